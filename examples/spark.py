"""Attributes a corpus of JSON Lines on Apache Spark, through `attribute --jsonl`.

Each partition of INPUT is piped through the crate's `attribute --jsonl` program, and OUTPUT_DIR
receives its result lines: one line per input document, in input order within and across the
part files, a bad document as its `{"id": ..., "error": ...}` line.

    cargo build --release --example attribute
    spark-submit examples/spark.py INPUT OUTPUT_DIR        # or: python3 examples/spark.py ...
    spark-submit --master yarn --files target/release/examples/attribute examples/spark.py \\
        --attribute attribute hdfs:///corpus/*.jsonl hdfs:///quotes

INPUT is any path or URI that Spark's text reader takes (a file, a folder, a glob, gzip), one
`{"id": ..., "text": ...}` object a line. Blank lines are skipped, as `attribute` skips them:
they get no output line. An error line's message says where its document stood in the input:
`partition P, line N: ...`, N counting that partition's lines. The job fails (and leaves no
`_SUCCESS` in OUTPUT_DIR) when `attribute` is missing, crashes, stops reading, or returns a
different number of lines than it was given documents; a bad document alone does not fail it.
`spark.read.json(OUTPUT_DIR)` reads the result as a DataFrame.
"""

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from pathlib import Path

# Where `cargo build --release --example attribute` puts the program, from the repository root.
DEFAULT_ATTRIBUTE = Path(__file__).resolve().parent.parent / "target/release/examples/attribute"

# The characters that `attribute` trims before it decides that a line is blank (Rust's
# `trim_ascii`): a line of nothing else gets no output line.
ASCII_WHITESPACE = " \t\n\x0c\r"

# How each line that `attribute --jsonl` writes begins, a result or an error line.
RESULT = '{"id":'

# An error line's message opens with the line's number in the input that `attribute` was given.
LINE_NUMBER = re.compile(r"line (\d+): ")


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description="Attribute quotations in a JSON Lines corpus on Apache Spark, by piping "
        "each partition through `attribute --jsonl`.",
        epilog="On a cluster, ship the program with `spark-submit --files PATH/attribute` and "
        "pass `--attribute attribute`, or give a path that exists on every worker.",
    )
    parser.add_argument("input", metavar="INPUT", help="JSON Lines, one {\"id\", \"text\"} a line: "
                        "a path or any URI that Spark reads (folders, globs and .gz too)")
    parser.add_argument("output", metavar="OUTPUT_DIR",
                        help="where to write the results, as JSON Lines part files; must not exist")
    parser.add_argument("--master", help="Spark master URL (default: the one spark-submit was "
                        "given, else local[*])")
    parser.add_argument("--partitions", type=int, metavar="N",
                        help="split the input into N partitions: at least N where the input "
                        "splits (a .gz file does not), at most N (default: Spark's splits)")
    parser.add_argument("--attribute", default=str(DEFAULT_ATTRIBUTE), metavar="PATH",
                        help="the attribute program: a path that exists on every worker, or "
                        "the bare name of a file shipped with --files (default: %(default)s)")
    parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE",
                        help="a Spark setting, as spark-submit's --conf (may be repeated)")
    args = parser.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        parser.error("--partitions must be at least 1")
    for kv in args.conf:
        if "=" not in kv:
            parser.error(f"--conf {kv}: expected KEY=VALUE")
    return args


def resolve(program):
    """The attribute program's path on this worker: a bare name is a file shipped with
    `--files` (found through SparkFiles) or a program on PATH; a path is taken as it is."""
    if os.sep not in program:
        from pyspark import SparkFiles

        shipped = SparkFiles.get(program)
        if os.path.isfile(shipped):
            if not os.access(shipped, os.X_OK):
                os.chmod(shipped, os.stat(shipped).st_mode | 0o111)
            return shipped
        found = shutil.which(program)
        if found:
            return found
        raise FileNotFoundError(f"attribute program {program!r} on {socket.gethostname()}: not "
                                f"shipped with --files ({shipped}) and not on PATH")
    if not (os.path.isfile(program) and os.access(program, os.X_OK)):
        raise FileNotFoundError(f"attribute program {program} on {socket.gethostname()}: no such "
                                "executable file (build it with `cargo build --release --example "
                                "attribute`, or ship it with --files)")
    return program


def attribute_partition(program, threads, documents, errors):
    """Returns a function that pipes one partition's lines through `program --jsonl` and
    yields its result lines, counting documents and error lines into the accumulators."""

    def run(index, lines):
        path = resolve(program)
        env = dict(os.environ)
        # One task has `spark.task.cpus` cores: attribute's thread pool should not take more.
        env.setdefault("RAYON_NUM_THREADS", str(threads))
        child = subprocess.Popen([path, "--jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, env=env, bufsize=1 << 20)
        given = [0]  # the documents written, read once the writer has finished
        failure, broken = [], []
        stderr_tail = deque(maxlen=20)

        def write():
            try:
                for line in lines:
                    if line.strip(ASCII_WHITESPACE):
                        given[0] += 1
                    child.stdin.write(line.encode("utf-8"))
                    child.stdin.write(b"\n")
                child.stdin.close()
            except BrokenPipeError:  # attribute reads all its input unless it failed
                broken.append(True)
            except BaseException as e:  # reading the partition failed: fail the task with it
                failure.append(e)
                child.kill()

        def drain():
            for line in child.stderr:
                stderr_tail.append(line.decode("utf-8", "replace").rstrip("\n"))

        writer = threading.Thread(target=write, daemon=True)
        reader = threading.Thread(target=drain, daemon=True)
        writer.start()
        reader.start()
        returned = bad = 0
        try:
            for raw in child.stdout:
                line = raw.decode("utf-8").rstrip("\n")
                returned += 1
                if not line.startswith(RESULT):
                    raise RuntimeError(f"partition {index}: {path} --jsonl wrote a line that is "
                                       f"not a result: {line[:80]!r}")
                if '"error":' in line:  # rare: parse only the lines that may be errors
                    located = locate(line, index)
                    if located is not None:
                        bad += 1
                        line = located
                yield line
            writer.join()
            reader.join()
            status = child.wait()
        finally:
            if child.poll() is None:  # the task was cancelled, or failed while reading
                child.kill()
                child.wait()
        if failure:
            raise failure[0]
        tail = "".join("\n  " + s for s in stderr_tail)
        # attribute exits 1 when a line was bad, after writing that line's error line.
        if status != 0 and not (status == 1 and bad > 0):
            raise RuntimeError(f"partition {index}: {path} --jsonl exited with status {status}"
                               + tail)
        if broken:
            raise RuntimeError(f"partition {index}: {path} --jsonl stopped reading its input{tail}")
        if returned != given[0]:
            raise RuntimeError(f"partition {index}: {path} --jsonl returned {returned} lines for "
                               f"{given[0]} documents{tail}")
        documents.add(returned)
        errors.add(bad)

    return run


def locate(line, index):
    """An error line with its message saying which partition its `line N` counts in (N counts
    the partition's lines, blank ones included); None if the line is not an error line."""
    value = json.loads(line)
    if not (isinstance(value, dict) and value.keys() == {"id", "error"}):
        return None
    # The message is the line's last string, so its key's last occurrence is the key itself
    # (any "error" in the id is before it); the rest of the line is kept byte for byte.
    head, key, message = line.rpartition('"error":"')
    if not LINE_NUMBER.match(message):
        return line
    return f"{head}{key}partition {index}, {message}"


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("quote-attribution")
    if args.master:
        builder = builder.master(args.master)
    for kv in args.conf:
        key, value = kv.split("=", 1)
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    try:
        start = time.monotonic()
        lines = sc.textFile(args.input, minPartitions=args.partitions)
        if args.partitions and lines.getNumPartitions() > args.partitions:
            lines = lines.coalesce(args.partitions)  # no shuffle: input order is kept
        threads = int(sc.getConf().get("spark.task.cpus", "1"))
        documents, errors = sc.accumulator(0), sc.accumulator(0)
        results = lines.mapPartitionsWithIndex(
            attribute_partition(args.attribute, threads, documents, errors))
        results.saveAsTextFile(args.output)
    except Exception as e:
        # Spark's message holds the worker's Python traceback, whose last line says what failed.
        causes = re.findall(r"^(?:RuntimeError|FileNotFoundError): (.*)$", str(e), re.M)
        print(f"spark.py: failed: {causes[-1] if causes else e}", file=sys.stderr)
        return 1
    finally:
        spark.stop()
    print(f"spark.py: {documents.value} documents in {lines.getNumPartitions()} partitions, "
          f"{errors.value} of them error lines, written to {args.output} in "
          f"{time.monotonic() - start:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
