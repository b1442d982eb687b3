//! The `attribute` example run as a program, one test per class of bad input: every bad line or
//! file gets a message naming it (and the byte offset where there is one), the output stays
//! aligned with the input, every other document is still processed, and the exit status says
//! whether anything failed.
//!
//! `cargo test` builds the examples next to the test executables; run the whole suite (or
//! `cargo build --example attribute` first) so that the binary is there and up to date:
//! `cargo test --test cli` alone does not rebuild it.

use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{Value, json};

/// `target/<profile>/examples/attribute`, found from this test's own executable in
/// `target/<profile>/deps`.
fn binary() -> PathBuf {
    let exe = std::env::current_exe().expect("the test executable's path");
    let profile = exe
        .parent()
        .and_then(Path::parent)
        .expect("the test executable lies in target/<profile>/deps");
    let bin = profile
        .join("examples")
        .join(format!("attribute{}", std::env::consts::EXE_SUFFIX));
    assert!(
        bin.is_file(),
        "{} is missing: run `cargo test` (which builds the examples) or \
         `cargo build --example attribute` first",
        bin.display()
    );
    bin
}

/// Runs the example with `args`, feeding it `stdin`.
fn run<S: AsRef<OsStr>>(args: &[S], stdin: &[u8]) -> Output {
    let mut child = Command::new(binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    let bytes = stdin.to_vec();
    // Write from another thread so that a full stdout pipe cannot block us both.
    let writer = std::thread::spawn(move || input.write_all(&bytes));
    let out = child.wait_with_output().expect("the example runs");
    writer
        .join()
        .expect("the writer thread")
        .expect("stdin is written");
    out
}

/// What a run printed: its exit code, stdout's lines and stderr.
struct Run {
    code: Option<i32>,
    lines: Vec<String>,
    stderr: String,
}

fn run_text<S: AsRef<OsStr>>(args: &[S], stdin: &[u8]) -> Run {
    let out = run(args, stdin);
    Run {
        code: out.status.code(),
        lines: String::from_utf8(out.stdout)
            .expect("stdout is UTF-8")
            .lines()
            .map(String::from)
            .collect(),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// Runs `--jsonl` on `input` and parses every output line as JSON.
fn jsonl(input: &[u8]) -> (Option<i32>, Vec<Value>, String) {
    let r = run_text(&["--jsonl"], input);
    let values = r
        .lines
        .iter()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    (r.code, values, r.stderr)
}

/// One JSONL input line for a document.
fn doc(id: &str, text: &str) -> String {
    json!({"id": id, "text": text}).to_string() + "\n"
}

/// A file under the temp directory, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> TempFile {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!(
            "quote-attribution-cli-{}-{n}-{name}",
            std::process::id()
        ));
        std::fs::write(&path, bytes).expect("the temp file is written");
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("a UTF-8 temp path")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn usize_at(v: &Value, key: &str) -> usize {
    let n = v[key].as_u64().unwrap_or_else(|| panic!("no {key} in {v}"));
    usize::try_from(n).expect("fits")
}

/// Checks that every span in one document's JSON output slices `text` to the reported text.
fn assert_spans(text: &[u8], doc: &Value) {
    let slice = |what: &str, v: &Value| {
        let (start, end) = (usize_at(v, "start"), usize_at(v, "end"));
        assert!(
            start <= end && end <= text.len(),
            "{what} {start}..{end} out of bounds in {doc}"
        );
        if let Some(t) = v["text"].as_str() {
            assert_eq!(
                std::str::from_utf8(&text[start..end]).ok(),
                Some(t),
                "{what} {start}..{end} in {doc}"
            );
        }
        (start, end)
    };
    let quotes = doc["quotes"].as_array().expect("quotes");
    for q in quotes {
        let (start, end) = slice("quote", q);
        for p in q["pieces"].as_array().expect("pieces") {
            let (s, e) = slice("piece", p);
            assert!(start <= s && e <= end, "piece outside its quote in {doc}");
        }
        for i in q["inner"].as_array().expect("inner") {
            let (s, e) = slice("inner", i);
            assert!(start <= s && e <= end, "inner outside its quote in {doc}");
        }
        for key in ["mention", "cue"] {
            if !q[key].is_null() {
                slice(key, &q[key]);
            }
        }
        if let Some(s) = q["speaker"].as_u64() {
            let s = usize::try_from(s).expect("fits");
            assert!(s < doc["speakers"].as_array().expect("speakers").len());
        }
    }
    for w in quotes.windows(2) {
        assert!(
            usize_at(&w[0], "end") <= usize_at(&w[1], "start"),
            "quotes overlap in {doc}"
        );
    }
    for s in doc["speakers"].as_array().expect("speakers") {
        for m in s["mentions"].as_array().expect("mentions") {
            slice("speaker mention", m);
        }
    }
}

/// Each quotation's text (line breaks as LF), kind and speaker name.
fn summary(doc: &Value) -> Vec<(String, String, Value)> {
    doc["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .map(|q| {
            let speaker = q["speaker"]
                .as_u64()
                .map_or(Value::Null, |s| doc["speakers"][s as usize]["name"].clone());
            let text = q["text"].as_str().expect("text");
            (
                text.replace("\r\n", "\n").replace('\r', "\n"),
                q["kind"].as_str().expect("kind").to_string(),
                speaker,
            )
        })
        .collect()
}

const STORY: &str = "President Donald Trump met Victor Cha.\n\n\
                     “We’ll see,” Trump said. “Nobody knows.”\n\n\
                     “It is a start,” said Cha, a veteran adviser.\n\n\
                     “The first paragraph of a long quotation.\n\n\
                     “And its second,” Cha added.";

#[test]
fn no_arguments_print_the_sample_table() {
    let r = run_text::<&str>(&[], b"");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stderr, "");
    let first = r.lines.first().expect("a title line");
    assert!(
        first.starts_with("sample article (Hanoi summit): ") && first.contains(" quotations, "),
        "{first}"
    );
    let header = r.lines.get(2).expect("a header line");
    for column in [
        "#", "bytes", "kind", "speaker", "mention", "cue", "rule", "conf",
    ] {
        assert!(header.contains(column), "{header}");
    }
    let all = r.lines.join("\n");
    assert!(
        all.contains("Donald Trump") && all.contains("\nspeakers\n"),
        "{all}"
    );
}

#[test]
fn jsonl_malformed_json_line() {
    let input = format!(
        "{}{{not json\n{}",
        doc("a", "“Yes,” he said."),
        doc("c", "“No,” she said.")
    );
    let (code, out, stderr) = jsonl(input.as_bytes());
    assert_eq!(code, Some(1));
    assert_eq!(out.len(), 3, "{out:?}");
    assert_eq!(out[0]["id"], "a");
    assert_eq!(out[0]["quotes"].as_array().map(Vec::len), Some(1));
    assert_eq!(out[1]["id"], Value::Null);
    let error = out[1]["error"].as_str().expect("an error line");
    // The line of the input and the column in it, without serde_json's own line count.
    assert!(
        error.starts_with("line 2: not JSON at column 2: "),
        "{error}"
    );
    assert!(!error.contains(" at line "), "{error}");
    assert_eq!(out[2]["id"], "c");
    assert_eq!(out[2]["quotes"].as_array().map(Vec::len), Some(1));
    assert!(stderr.contains("line 2: not JSON at column 2"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn jsonl_missing_text() {
    let input = format!(
        "{}{}\n{}",
        doc("a", "ok"),
        json!({"id": "b", "body": "“Yes,” he said."}),
        doc("c", "ok")
    );
    let (code, out, stderr) = jsonl(input.as_bytes());
    assert_eq!(code, Some(1));
    assert_eq!(out.len(), 3, "{out:?}");
    assert_eq!(
        out[1],
        json!({"id": "b", "error": "line 2: no \"text\" field"})
    );
    assert_eq!(out[0]["id"], "a");
    assert_eq!(out[2]["id"], "c");
    assert!(stderr.contains("line 2: no \"text\" field"), "{stderr}");

    // JSON that is not an object has no `text` either.
    let (code, out, stderr) = jsonl(b"\"just a string\"\n[1, 2]\nnull\n42\n{}\n");
    assert_eq!(code, Some(1));
    assert_eq!(out.len(), 5, "{out:?}");
    for (i, line) in out.iter().enumerate() {
        let message = format!("line {}: no \"text\" field", i + 1);
        assert_eq!(line, &json!({"id": null, "error": message}));
        assert!(stderr.contains(&message), "{stderr}");
    }
}

#[test]
fn jsonl_non_string_text() {
    let bad = [
        json!(42),
        json!(null),
        json!(["a"]),
        json!({"t": "x"}),
        json!(true),
    ];
    let mut input = doc("first", "ok");
    for (i, t) in bad.iter().enumerate() {
        input += &(json!({"id": i, "text": t}).to_string() + "\n");
    }
    let (code, out, stderr) = jsonl(input.as_bytes());
    assert_eq!(code, Some(1));
    assert_eq!(out.len(), 1 + bad.len(), "{out:?}");
    assert_eq!(out[0]["id"], "first");
    for (i, line) in out[1..].iter().enumerate() {
        let n = i + 2;
        assert_eq!(
            line,
            &json!({"id": i, "error": format!("line {n}: \"text\" is not a string")})
        );
        assert!(stderr.contains(&format!("line {n}: ")), "{stderr}");
    }
}

#[test]
fn jsonl_invalid_utf8_names_line_and_offset() {
    let mut input = doc("a", "“Yes,” he said.").into_bytes();
    let bad = b"{\"id\":\"d\",\"text\":\"ab\xffcd\"}\n";
    let offset = bad.iter().position(|&b| b == 0xff).expect("the bad byte");
    input.extend_from_slice(bad);
    input.extend_from_slice(doc("c", "“No,” she said.").as_bytes());
    let (code, out, stderr) = jsonl(&input);
    assert_eq!(code, Some(1));
    assert_eq!(out.len(), 3, "{out:?}");
    let message = format!("line 2: invalid UTF-8 at byte offset {offset}");
    assert_eq!(out[1]["error"], message.as_str());
    assert!(stderr.contains(&message), "{stderr}");
    assert_eq!(out[0]["id"], "a");
    assert_eq!(out[2]["id"], "c");
    assert_eq!(out[2]["quotes"].as_array().map(Vec::len), Some(1));
}

#[test]
fn jsonl_invalid_utf8_offset_counts_leading_space() {
    // The offset is in the line as read, leading space included (it once counted from the
    // trimmed line).
    let bad = b"  {\"id\":\"d\",\"text\":\"ab\xffcd\"}\n";
    let offset = bad.iter().position(|&b| b == 0xff).expect("the bad byte");
    let (code, out, stderr) = jsonl(bad);
    assert_eq!(code, Some(1));
    let message = format!("line 1: invalid UTF-8 at byte offset {offset}");
    assert_eq!(out[0]["error"], message.as_str());
    assert!(stderr.contains(&message), "{stderr}");
}

#[test]
fn file_invalid_utf8_names_offset() {
    let mut bytes = "“Yes,” he said.\n\nThen ".as_bytes().to_vec();
    let offset = bytes.len();
    bytes.extend_from_slice(b"\xe2\x80 more \xff");
    let bad = TempFile::new("bad.txt", &bytes);
    let good = TempFile::new("good.txt", "“No,” she said.".as_bytes());
    let message = format!(
        "attribute: {}: invalid UTF-8 at byte offset {offset}",
        bad.path()
    );

    let r = run_text(&["--json", bad.path(), good.path()], b"");
    assert_eq!(r.code, Some(1));
    assert!(r.stderr.contains(&message), "{}", r.stderr);
    assert_eq!(r.lines.len(), 1, "{:?}", r.lines);
    let out: Value = serde_json::from_str(&r.lines[0]).expect("JSON");
    assert_eq!(out["id"], good.path());
    assert_eq!(out["quotes"].as_array().map(Vec::len), Some(1));

    let r = run_text(&[bad.path(), good.path()], b"");
    assert_eq!(r.code, Some(1));
    assert!(r.stderr.contains(&message), "{}", r.stderr);
    assert!(
        r.lines[0].starts_with(&format!("{}: 1 quotations", good.path())),
        "{:?}",
        r.lines
    );
}

#[test]
fn jsonl_empty_stdin() {
    for input in [&b""[..], b"\n", b"\n\n   \n\t\r\n"] {
        let r = run_text(&["--jsonl"], input);
        assert_eq!(r.code, Some(0), "{input:?}: {}", r.stderr);
        assert!(r.lines.is_empty(), "{input:?}: {:?}", r.lines);
        assert_eq!(r.stderr, "", "{input:?}");
    }
}

#[test]
fn empty_document_and_empty_file() {
    let (code, out, stderr) = jsonl(doc("e", "").as_bytes());
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(out, vec![json!({"id": "e", "quotes": [], "speakers": []})]);

    let empty = TempFile::new("empty.txt", b"");
    let r = run_text(&[empty.path()], b"");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stderr, "");
    assert_eq!(
        r.lines[0],
        format!("{}: 0 quotations, 0 speakers", empty.path())
    );
    let r = run_text(&["--json", empty.path()], b"");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.lines.len(), 1);
    let out: Value = serde_json::from_str(&r.lines[0]).expect("JSON");
    assert_eq!(
        out,
        json!({"id": empty.path(), "quotes": [], "speakers": []})
    );
}

#[test]
fn documents_of_only_quotation_marks() {
    let texts = [
        "“”‘’\"'«»‹›„‚「」『』''``",
        "\"\"\"\"\"",
        "“““““",
        "”””””",
        "''''''''",
        "``''``",
        "« » « »",
        "「『「『」』」』",
        "“\n”\r\n„\r“",
        "' \" ' \"",
    ];
    let input: String = texts
        .iter()
        .enumerate()
        .map(|(i, t)| doc(&i.to_string(), t))
        .collect();
    let (code, out, stderr) = jsonl(input.as_bytes());
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(out.len(), texts.len());
    for (i, (text, line)) in texts.iter().zip(&out).enumerate() {
        assert_eq!(line["id"], i.to_string());
        assert!(line.get("error").is_none(), "{line}");
        assert_spans(text.as_bytes(), line);
    }

    let file = TempFile::new("marks.txt", texts.concat().as_bytes());
    let r = run_text(&["--json", file.path()], b"");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let out: Value = serde_json::from_str(&r.lines[0]).expect("JSON");
    assert_spans(texts.concat().as_bytes(), &out);
}

#[test]
fn nul_bytes_in_text() {
    let text = "\0“Yes,\0” he said.\0\n\n“No,” she\0 said. \0";
    let (code, out, stderr) = jsonl(doc("n", text).as_bytes());
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(out.len(), 1);
    assert_eq!(out[0]["id"], "n");
    assert_eq!(out[0]["quotes"].as_array().map(Vec::len), Some(2));
    assert_spans(text.as_bytes(), &out[0]);

    let file = TempFile::new("nul.txt", text.as_bytes());
    let r = run_text(&["--json", file.path()], b"");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let out: Value = serde_json::from_str(&r.lines[0]).expect("JSON");
    assert_eq!(out["quotes"].as_array().map(Vec::len), Some(2));
    assert_spans(text.as_bytes(), &out);
    let r = run_text(&[file.path()], b"");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
}

#[test]
fn crlf_and_cr_line_endings_find_the_same_quotes() {
    let lf = STORY;
    let lf_file = TempFile::new("lf.txt", lf.as_bytes());
    let r = run_text(&["--json", lf_file.path()], b"");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let base: Value = serde_json::from_str(&r.lines[0]).expect("JSON");
    assert_spans(lf.as_bytes(), &base);
    let want = summary(&base);
    assert_eq!(want.len(), 4, "{want:?}");
    assert_eq!(
        base["quotes"][3]["pieces"].as_array().map(Vec::len),
        Some(2)
    );

    for eol in ["\r\n", "\r"] {
        let text = lf.replace('\n', eol);
        let file = TempFile::new("eol.txt", text.as_bytes());
        let r = run_text(&["--json", file.path()], b"");
        assert_eq!(r.code, Some(0), "{eol:?}: {}", r.stderr);
        let out: Value = serde_json::from_str(&r.lines[0]).expect("JSON");
        assert_spans(text.as_bytes(), &out);
        assert_eq!(summary(&out), want, "{eol:?} in a file");

        let (code, out, stderr) = jsonl(doc("t", &text).as_bytes());
        assert_eq!(code, Some(0), "{eol:?}: {stderr}");
        assert_spans(text.as_bytes(), &out[0]);
        assert_eq!(summary(&out[0]), want, "{eol:?} in --jsonl");
    }

    // JSON Lines themselves ended by CRLF.
    let input = doc("a", lf).replace('\n', "\r\n") + "\r\n" + &doc("b", lf).replace('\n', "\r\n");
    let (code, out, stderr) = jsonl(input.as_bytes());
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(out.len(), 2);
    assert_eq!((&out[0]["id"], &out[1]["id"]), (&json!("a"), &json!("b")));
}

#[test]
fn byte_order_mark_at_the_start_of_a_file_and_of_a_text() {
    let text = "\u{feff}“Yes,” Trump said.";
    let file = TempFile::new("bom.txt", text.as_bytes());
    let r = run_text(&["--json", file.path()], b"");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let from_file: Value = serde_json::from_str(&r.lines[0]).expect("JSON");
    let (code, out, stderr) = jsonl(doc("bom", text).as_bytes());
    assert_eq!(code, Some(0), "{stderr}");
    for out in [&from_file, &out[0]] {
        assert_spans(text.as_bytes(), out);
        let quotes = out["quotes"].as_array().expect("quotes");
        assert_eq!(quotes.len(), 1, "{out}");
        // Offsets count the mark's three bytes: they index the input as given.
        assert_eq!(usize_at(&quotes[0], "start"), 3);
        assert_eq!(quotes[0]["text"], "“Yes,”");
    }
    let only = TempFile::new("bom-only.txt", "\u{feff}".as_bytes());
    let r = run_text(&[only.path()], b"");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(
        r.lines[0],
        format!("{}: 0 quotations, 0 speakers", only.path())
    );
}

#[test]
fn nonexistent_file_fails_but_the_others_are_processed() {
    let first = TempFile::new("first.txt", "“Yes,” he said.".as_bytes());
    let last = TempFile::new("last.txt", "“No,” she said.".as_bytes());
    let missing = std::env::temp_dir().join(format!(
        "quote-attribution-cli-{}-does-not-exist.txt",
        std::process::id()
    ));
    let missing = missing.to_str().expect("a UTF-8 temp path");

    let r = run_text(&["--json", first.path(), missing, last.path()], b"");
    assert_eq!(r.code, Some(1));
    assert!(
        r.stderr.contains(&format!("attribute: {missing}: ")),
        "{}",
        r.stderr
    );
    let ids: Vec<Value> = r
        .lines
        .iter()
        .map(|l| serde_json::from_str::<Value>(l).expect("JSON")["id"].clone())
        .collect();
    assert_eq!(ids, vec![json!(first.path()), json!(last.path())]);

    let r = run_text(&[missing, first.path()], b"");
    assert_eq!(r.code, Some(1));
    assert!(r.stderr.contains(missing), "{}", r.stderr);
    assert!(r.lines[0].starts_with(first.path()), "{:?}", r.lines);
}

#[test]
fn unknown_option_is_a_usage_error() {
    let r = run_text(&["--nope"], b"");
    assert_eq!(r.code, Some(2));
    assert!(r.stderr.contains("unknown option --nope"), "{}", r.stderr);
    assert!(r.stderr.contains("usage:"), "{}", r.stderr);
    assert!(r.lines.is_empty());
}

#[test]
fn jsonl_with_a_file_argument_is_a_usage_error() {
    let r = run_text(&["--jsonl", "some-file.jsonl"], b"");
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr.contains("--jsonl reads standard input"),
        "{}",
        r.stderr
    );
    assert!(r.lines.is_empty());
}

#[test]
fn jsonl_output_stays_aligned_with_its_input() {
    // Good and bad lines, blank lines (not counted as documents, but counted as lines), ids of
    // every type, and a last line without a newline.
    let lines = [
        doc("a", "“Yes,” he said."),
        "\n".to_string(),
        "{\"text\": \"no id\"}\n".to_string(),
        "[1, 2]\n".to_string(),
        "   \n".to_string(),
        json!({"id": 7, "text": STORY}).to_string() + "\n",
        json!({"id": {"k": [1]}, "text": "x"}).to_string() + "\n",
        "{\"id\": \"trunc\", \"text\": \"“Unclosed\n".to_string(),
        json!({"id": "last", "text": "“End.”"}).to_string(),
    ];
    let (code, out, stderr) = jsonl(lines.concat().as_bytes());
    assert_eq!(code, Some(1));
    let ids: Vec<Value> = out.iter().map(|v| v["id"].clone()).collect();
    assert_eq!(
        ids,
        vec![
            json!("a"),
            Value::Null,
            Value::Null,
            json!(7),
            json!({"k": [1]}),
            Value::Null,
            json!("last")
        ]
    );
    assert_eq!(out[1]["quotes"].as_array().map(Vec::len), Some(0));
    assert_eq!(out[2]["error"], "line 4: no \"text\" field");
    assert_spans(STORY.as_bytes(), &out[3]);
    let error = out[5]["error"].as_str().expect("an error");
    assert!(error.starts_with("line 8: not JSON at column "), "{error}");
    assert!(stderr.contains("line 4: ") && stderr.contains("line 8: "));
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
}

#[test]
fn jsonl_many_documents_cross_batches_in_order() {
    // More than one batch of the example's 256 documents.
    let n = 600;
    let input: String = (0..n)
        .map(|i| {
            if i % 97 == 0 {
                "{oops\n".to_string()
            } else {
                json!({"id": i, "text": format!("“Number {i},” she said.")}).to_string() + "\n"
            }
        })
        .collect();
    let (code, out, _) = jsonl(input.as_bytes());
    assert_eq!(code, Some(1));
    assert_eq!(out.len(), n);
    for (i, line) in out.iter().enumerate() {
        if i % 97 == 0 {
            assert_eq!(
                line["error"]
                    .as_str()
                    .map(|e| e.starts_with(&format!("line {}: ", i + 1))),
                Some(true),
                "{line}"
            );
        } else {
            assert_eq!(line["id"], i);
            assert_eq!(line["quotes"][0]["text"], format!("“Number {i},”").as_str());
        }
    }
}

/// `--html`: a page on stdout for one document, pages in a directory for several.
#[cfg(feature = "html")]
mod html {
    use super::*;

    /// A directory under the temp directory, removed with what it holds when dropped.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new() -> TempDir {
            let file = TempFile::new("dir", b"");
            let dir = file.0.with_extension("d");
            std::fs::create_dir_all(&dir).expect("the temp directory is made");
            TempDir(dir)
        }

        fn path(&self) -> &str {
            self.0.to_str().expect("a UTF-8 temp path")
        }

        fn read(&self, name: &str) -> String {
            std::fs::read_to_string(self.0.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn highlights(page: &str) -> usize {
        page.matches("<mark id=\"h").count()
    }

    #[test]
    fn the_sample_as_a_page_on_stdout() {
        let r = run_text(&["--html"], b"");
        assert_eq!(r.code, Some(0), "{}", r.stderr);
        let page = r.lines.join("\n");
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains("<title>Sample article (Hanoi summit)</title>"));
        // The sample's 12 quotations and 14 reported statements.
        assert_eq!(highlights(&page), 26);
        assert!(page.ends_with("</html>"));
    }

    #[test]
    fn one_file_as_a_page_on_stdout() {
        let file = TempFile::new("story.txt", "“Yes,” Trump said. <b>&</b>".as_bytes());
        let r = run_text(&["--html", file.path()], b"");
        assert_eq!(r.code, Some(0), "{}", r.stderr);
        let page = r.lines.join("\n");
        let name = file.0.file_name().and_then(|n| n.to_str()).expect("a name");
        assert!(page.contains(&format!("<title>{name}</title>")), "{page}");
        assert_eq!(highlights(&page), 1);
        assert!(page.contains("&lt;b&gt;&amp;&lt;/b&gt;"));
    }

    #[test]
    fn several_files_as_pages_in_a_directory() {
        let dir = TempDir::new();
        let out = dir.0.join("pages");
        let out = out.to_str().expect("a UTF-8 path");
        let a = TempFile::new("a.txt", "“One,” she said.".as_bytes());
        let bad = TempFile::new("bad.txt", b"ok \xff");
        let b = TempFile::new("b.txt", b"");
        let r = run_text(&["--html", a.path(), bad.path(), b.path(), "-o", out], b"");
        assert_eq!(r.code, Some(1));
        assert!(r.lines.is_empty(), "{:?}", r.lines);
        assert!(
            r.stderr.contains("invalid UTF-8 at byte offset 3"),
            "{}",
            r.stderr
        );
        let stem = |f: &TempFile| {
            f.0.file_stem()
                .and_then(|s| s.to_str())
                .expect("a stem")
                .to_string()
        };
        let pages = TempDir(PathBuf::from(out));
        assert_eq!(highlights(&pages.read(&format!("{}.html", stem(&a)))), 1);
        assert!(
            pages
                .read(&format!("{}.html", stem(&b)))
                .contains("The text is empty.")
        );
        assert!(!pages.0.join(format!("{}.html", stem(&bad))).exists());
        assert_eq!(std::fs::read_dir(&pages.0).expect("lists").count(), 2);
    }

    #[test]
    fn two_files_with_one_stem_do_not_overwrite_each_other() {
        let dir = TempDir::new();
        let a = TempFile::new("x.txt", "“A,” she said.".as_bytes());
        let r = run_text(&["--html", "-o", dir.path(), a.path(), a.path()], b"");
        assert_eq!(r.code, Some(1));
        assert!(r.stderr.contains("already made"), "{}", r.stderr);
        assert_eq!(std::fs::read_dir(&dir.0).expect("lists").count(), 1);
    }

    #[test]
    fn usage_errors() {
        let a = TempFile::new("a.txt", b"A.");
        for (args, says) in [
            (
                vec!["--html", a.path(), a.path()],
                "give a directory with -o DIR",
            ),
            (vec!["-o", "somewhere", a.path()], "-o DIR is for --html"),
            (vec!["--html", "-o"], "-o needs a directory"),
            (vec!["--html", "--json", a.path()], "unknown option --json"),
            (vec!["--html", "-o", "x", "-o", "y"], "-o is given twice"),
        ] {
            let r = run_text(&args, b"");
            assert_eq!(r.code, Some(2), "{args:?}");
            assert!(r.stderr.contains(says), "{args:?}: {}", r.stderr);
            assert!(r.stderr.contains("usage: attribute --html"), "{}", r.stderr);
            assert!(r.lines.is_empty());
        }
    }
}
