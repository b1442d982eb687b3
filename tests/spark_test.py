"""Runs examples/spark.py in Spark's local mode and checks it against `attribute --jsonl`.

    cargo build --release --example attribute
    python3 tests/spark_test.py

The input, made at test time in a temporary folder, is the seed article and the first few
hundred PolNeAR training documents from ../shared (or, where ../shared is missing, the
repository's text fixtures), with a malformed line, a blank line and a document without text
among them. The job's partition function is checked first without Spark, against stand-ins for
`attribute` that are missing, lose a line, crash or stop reading. Then the job runs with two
partitions: its output must hold the same lines as a direct run of `attribute --jsonl`, in the
same order; and a second run, through the stand-in that loses a line, must fail. Needs PySpark
and a Java runtime; closes with `spark: N passed, N failed`.
"""

import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ATTRIBUTE = ROOT / "target/release/examples/attribute"
JOB = ROOT / "examples/spark.py"
SHARED = ROOT.parent / "shared/corpus"
TRAIN_DOCUMENTS = 300
MALFORMED = '{"id": "malformed", "text": "cut off'

# Spark in a sandbox: no network but the loopback, no web UI, a modest driver.
SPARK_CONF = ["--conf", "spark.ui.enabled=false", "--conf", "spark.driver.memory=1g"]


def corpus():
    """The test's documents, as JSON Lines."""
    seed, train = SHARED / "seed/hanoi.jsonl", SHARED / "polnear/train.jsonl"
    if seed.is_file() and train.is_file():
        lines = seed.read_text(encoding="utf-8").splitlines()
        with train.open(encoding="utf-8") as f:
            lines += [line.rstrip("\n") for _, line in zip(range(TRAIN_DOCUMENTS), f)]
        return [line for line in lines if line.strip()]
    # The text fixtures, each whole and each of its paragraphs, so that both partitions get some.
    documents = []
    for path in sorted((ROOT / "tests/fixtures").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        documents.append({"id": path.stem, "text": text})
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        documents += [{"id": f"{path.stem}-{i}", "text": p} for i, p in enumerate(paragraphs)]
    return [json.dumps(d, ensure_ascii=False) for d in documents]


def spark_job(input_path, output, attribute):
    env = dict(os.environ)
    env.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    env.setdefault("PYSPARK_PYTHON", sys.executable)
    command = [sys.executable, str(JOB), str(input_path), str(output), "--master", "local[2]",
               "--partitions", "2", "--attribute", str(attribute), *SPARK_CONF]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)


def unlocated(line):
    """An output line with its error message's location taken out: the job's error lines say
    `partition P, line N` (N counting within the partition), a direct run's `line N`."""
    return re.sub(r'"error":"(partition \d+, )?line \d+: ', '"error":"', line)


def by_id(line):
    return json.dumps(json.loads(line)["id"], sort_keys=True), line


class Counter:
    """Stands in for a Spark accumulator."""

    def __init__(self):
        self.value = 0

    def add(self, n):
        self.value += n


def partition_checks(check, tmp, documents):
    """Checks the job's partition function without Spark: what it yields for good and bad
    lines, and that it fails on each way the program can go wrong."""
    spec = importlib.util.spec_from_file_location("spark_job", JOB)
    job = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(job)

    def run(program, lines):
        documents, errors = Counter(), Counter()
        out = list(job.attribute_partition(str(program), 1, documents, errors)(3, iter(lines)))
        return out, documents.value, errors.value

    out, n, bad = run(ATTRIBUTE, documents[:2] + ["", MALFORMED])
    check("a partition's bad line comes back as an error line saying where it stood",
          (n, bad) == (3, 1) and len(out) == 3
          and json.loads(out[2])["error"].startswith("partition 3, line 4: not JSON"), out[2:])
    stand_ins = {
        "a program that is missing": None,
        "a program that loses a line": "exec sed 1d",
        "a program that crashes": "head -n 1; kill -SEGV $$",
        "a program that stops reading": "exec head -n 1",
    }
    for name, script in stand_ins.items():
        program = tmp / name.replace(" ", "-")
        if script is not None:
            program.write_text(f"#!/bin/sh\n{script}\n")
            program.chmod(0o755)
        try:
            run(program, documents)
            check(f"{name} fails the partition", False, "no error")
        except (RuntimeError, FileNotFoundError) as e:
            check(f"{name} fails the partition", True)
            print(f"        {type(e).__name__}: {str(e).splitlines()[0]}")


def main():
    if not ATTRIBUTE.is_file():
        sys.exit(f"spark: {ATTRIBUTE} is missing: run `cargo build --release --example attribute`")
    passed, failed = 0, 0

    def check(name, ok, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
            print(f"ok    {name}")
        else:
            failed += 1
            print(f"FAIL  {name}" + (f": {detail}" if detail else ""))

    with tempfile.TemporaryDirectory(prefix="spark-test-") as tmp:
        tmp = Path(tmp)
        documents = corpus()
        middle = len(documents) // 2
        lines = (documents[:middle] + [MALFORMED, "", '{"id": "no-text"}'] + documents[middle:])
        input_path = tmp / "input.jsonl"
        input_path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        given = sum(1 for line in lines if line.strip())
        print(f"spark: {given} documents, {input_path.stat().st_size} bytes")
        partition_checks(check, tmp, documents)

        direct = subprocess.run([str(ATTRIBUTE), "--jsonl"], stdin=input_path.open("rb"),
                                capture_output=True, text=True)
        expected = direct.stdout.splitlines()
        check("attribute --jsonl writes one line per document and exits 1 for the bad ones",
              direct.returncode == 1 and len(expected) == given,
              f"status {direct.returncode}, {len(expected)} lines")

        output = tmp / "out"
        job = spark_job(input_path, output, ATTRIBUTE)
        check("the job succeeds", job.returncode == 0 and (output / "_SUCCESS").is_file(),
              f"status {job.returncode}\n{job.stderr[-3000:]}")
        parts = sorted(output.glob("part-*"))
        check("the output has a part file for each of the two partitions",
              len(parts) == 2 and all(p.stat().st_size for p in parts), [p.name for p in parts])
        got = [line for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
        check("the output has one line per document", len(got) == given, f"{len(got)} lines")

        expected_sorted = sorted(map(unlocated, expected), key=by_id)
        got_sorted = sorted(map(unlocated, got), key=by_id)
        differ = [i for i, (e, g) in enumerate(zip(expected_sorted, got_sorted)) if e != g]
        check("the output, sorted by id, is attribute --jsonl's line for line",
              len(got_sorted) == len(expected_sorted) and not differ,
              f"first difference at line {differ[0] + 1}" if differ else "")
        check("the output keeps the input's order",
              list(map(unlocated, got)) == list(map(unlocated, expected)))

        errors = [json.loads(line) for line in got if '"error":' in line]
        # `attribute` keeps the id of a line that is not JSON where it can still read it.
        malformed = [e for e in errors if e.get("id") == "malformed"]
        check("the malformed line is an error line with its id, where it stood",
              len(malformed) == 1 and "not JSON" in malformed[0].get("error", "")
              and json.loads(got[middle]) == malformed[0],
              f"{malformed}")
        check("the document without text is an error line with its id",
              [e["id"] for e in errors] == ["malformed", "no-text"]
              and "text" in errors[-1].get("error", ""), f"{errors}")

        # A stand-in for attribute that loses each partition's first line must fail the job.
        # Like attribute, it writes nothing for a blank line, so that the count alone is wrong.
        lossy = tmp / "lossy"
        lossy.write_text("#!/bin/sh\ngrep -v '^[[:space:]]*$' | sed 1d\n")
        lossy.chmod(0o755)
        job = spark_job(input_path, tmp / "lossy-out", lossy)
        check("a partition that comes back a line short fails the job",
              job.returncode != 0 and re.search(r"returned \d+ lines for \d+ documents", job.stderr)
              and not (tmp / "lossy-out/_SUCCESS").exists(),
              f"status {job.returncode}\n{job.stderr[-3000:]}")

    print(f"spark: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
