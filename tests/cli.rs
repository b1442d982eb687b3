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

/// Runs `--jsonl -q` on `input` (no summary on stderr: only the messages of failed lines) and
/// parses every output line as JSON.
fn jsonl(input: &[u8]) -> (Option<i32>, Vec<Value>, String) {
    jsonl_with(&[], input)
}

/// [`jsonl`] with more options.
fn jsonl_with(options: &[&str], input: &[u8]) -> (Option<i32>, Vec<Value>, String) {
    let mut args = vec!["--jsonl", "-q"];
    args.extend_from_slice(options);
    let r = run_text(&args, input);
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

/// The README's command run where nobody types: with no file and nothing on standard input,
/// the program shows the sample; with a story piped in, it reads the story.
#[test]
fn no_file_and_empty_input_is_the_sample_and_piped_text_is_read() {
    let r = run_text::<&str>(&[], b"");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let first = r.lines.first().expect("a title line");
    assert!(
        first.starts_with("sample article (Hanoi summit): "),
        "{first}"
    );
    let r = run_text::<&str>(&[], STORY.as_bytes());
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let first = r.lines.first().expect("a title line");
    assert!(first.starts_with("standard input: 4 quotations"), "{first}");
}

#[test]
fn the_sample_prints_as_a_table() {
    let r = run_text(&["--sample"], b"");
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
        r.lines[0].starts_with(&format!("{}: 1 quotation, ", good.path())),
        "{:?}",
        r.lines
    );
}

#[test]
fn jsonl_empty_stdin() {
    for input in [&b""[..], b"\n", b"\n\n   \n\t\r\n"] {
        let r = run_text(&["--jsonl", "-q"], input);
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
        format!("{}: 0 quotations, 0 statements, 0 speakers", empty.path())
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
        format!("{}: 0 quotations, 0 statements, 0 speakers", only.path())
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
            json!("trunc"),
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
        let r = run_text(&["--html", "--sample"], b"");
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
            (
                vec!["--html", "--json", a.path()],
                "cannot be used together",
            ),
            (vec!["--html", "--nope", a.path()], "unknown option --nope"),
            (vec!["--html", "-o", "x", "-o", "y"], "-o is given twice"),
        ] {
            let r = run_text(&args, b"");
            assert_eq!(r.code, Some(2), "{args:?}");
            assert!(r.stderr.contains(says), "{args:?}: {}", r.stderr);
            assert!(r.stderr.contains("usage: attribute"), "{}", r.stderr);
            assert!(r.lines.is_empty());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The program as a user meets it: help, standard input, modes, limits, progress, JSON errors.

#[test]
fn help_shows_every_mode_and_option_with_an_example_each() {
    for flag in ["-h", "--help"] {
        let r = run_text(&[flag], b"");
        assert_eq!(r.code, Some(0), "{flag}");
        assert_eq!(r.stderr, "", "{flag}");
        let help = r.lines.join("\n");
        let examples: Vec<&str> = r
            .lines
            .iter()
            .skip_while(|l| *l != "Examples")
            .filter(|l| l.trim_start().starts_with("attribute") || l.contains("| attribute"))
            .map(String::as_str)
            .collect();
        for option in [
            "--json",
            "--jsonl",
            "--html",
            "-o",
            "--sample",
            "-",
            "--max-document-len",
            "--max-quote-len",
            "-q",
        ] {
            assert!(
                help.contains(&format!("  {option} ")) || help.contains(&format!("  {option},")),
                "{option} is not explained: {help}"
            );
            assert!(
                examples
                    .iter()
                    .any(|e| e.split_whitespace().any(|w| w == option)),
                "{option} has no example: {examples:?}"
            );
        }
        assert!(help.contains("-h, --help") && help.contains("Exit status"));
    }
    // Help comes first, whatever else the line holds.
    let r = run_text(&["--json", "--jsonl", "--help"], b"");
    assert_eq!(r.code, Some(0));
}

#[test]
fn a_dash_or_a_pipe_is_read_as_one_document() {
    let text = "“Yes,” she said.";
    for args in [&["-"][..], &[]] {
        let r = run_text(args, text.as_bytes());
        assert_eq!(r.code, Some(0), "{args:?}: {}", r.stderr);
        assert_eq!(
            r.lines[0], "standard input: 1 quotation, 0 statements, 1 speaker",
            "{args:?}"
        );
    }
    let file = TempFile::new("first.txt", "“No,” he said.".as_bytes());
    let r = run_text(&["--json", file.path(), "-"], text.as_bytes());
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let out: Vec<Value> = r
        .lines
        .iter()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(out[0]["id"], file.path());
    assert_eq!(out[1]["id"], "-");
    assert_eq!(out[1]["quotes"][0]["text"], "“Yes,”");

    let r = run_text(&["-", "-"], b"");
    assert_eq!(r.code, Some(2));
    assert!(r.stderr.contains("given twice"), "{}", r.stderr);
}

#[test]
fn sample_prints_the_sample_whatever_standard_input_holds() {
    let r = run_text(&["--sample", "--json"], "“Other,” she said.".as_bytes());
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let out: Value = serde_json::from_str(&r.lines[0]).expect("JSON");
    assert_eq!(out["id"], "sample article (Hanoi summit)");
    assert!(out["quotes"].as_array().is_some_and(|q| q.len() > 10));
}

#[test]
fn conflicting_modes_and_bad_options_are_usage_errors() {
    let file = TempFile::new("a.txt", b"A.");
    for (args, says) in [
        (
            vec!["--json", "--jsonl"],
            "--json and --jsonl cannot be used together",
        ),
        (
            vec!["--jsonl", "--json"],
            "--jsonl and --json cannot be used together",
        ),
        (vec!["--jsonl", "--html"], "cannot be used together"),
        (
            vec!["--json", "--html", file.path()],
            "cannot be used together",
        ),
        (vec!["--jsonl", "--sample"], "--jsonl reads standard input"),
        (vec!["-o", "dir", file.path()], "-o DIR is for --html"),
        (vec!["--max-quote-len"], "--max-quote-len needs a value"),
        (
            vec!["--max-quote-len", "lots", file.path()],
            "a number of bytes",
        ),
        (
            vec!["--max-document-len=9Q", file.path()],
            "a number of bytes",
        ),
        (vec!["-x"], "unknown option -x"),
    ] {
        let r = run_text(&args, b"");
        assert_eq!(r.code, Some(2), "{args:?}");
        assert!(r.stderr.contains(says), "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("usage: attribute"), "{}", r.stderr);
        assert!(r.lines.is_empty(), "{args:?}");
    }
}

#[test]
fn the_limits_are_options() {
    let long = TempFile::new("long.txt", "“Yes,” she said, at some length.".as_bytes());
    let short = TempFile::new("short.txt", "“No,” he said.".as_bytes());
    let r = run_text(
        &[
            "--json",
            "--max-document-len",
            "20",
            long.path(),
            short.path(),
        ],
        b"",
    );
    assert_eq!(r.code, Some(1));
    assert!(
        r.stderr.contains("exceeds the limit of 20 bytes"),
        "{}",
        r.stderr
    );
    assert_eq!(r.lines.len(), 1, "{:?}", r.lines);
    let r = run_text(&["--json", "--max-document-len=1K", long.path()], b"");
    assert_eq!(r.code, Some(0), "{}", r.stderr);

    let (code, out, _) = jsonl_with(
        &["--max-document-len", "10"],
        doc("x", "Too long a text.").as_bytes(),
    );
    assert_eq!(code, Some(1));
    assert_eq!(
        out[0],
        json!({"id": "x", "error": "line 1: document of 16 bytes exceeds the limit of 10 bytes"})
    );
}

#[test]
fn an_over_long_quotation_is_skipped_and_the_rest_attributed() {
    let long = "“a quotation far too long for the limit,”";
    let text = format!("“Yes,” she said. Then {long} he said. “No,” Trump said.");
    let (code, out, stderr) = jsonl_with(&["--max-quote-len", "24"], doc("d", &text).as_bytes());
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stderr, "");
    let start = text.find(long).expect("there");
    assert_eq!(
        out[0]["skipped"],
        json!([{"start": start, "end": start + long.len()}])
    );
    let quotes: Vec<(String, String, Value)> = summary(&out[0]);
    assert_eq!(
        quotes,
        [
            (
                "“Yes,”".to_string(),
                "direct".to_string(),
                json!("an unnamed speaker")
            ),
            ("“No,”".to_string(), "direct".to_string(), json!("Trump")),
        ]
    );
    assert_spans(text.as_bytes(), &out[0]);

    let file = TempFile::new("long-quote.txt", text.as_bytes());
    let r = run_text(&["--max-quote-len", "24", file.path()], b"");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let table = r.lines.join("\n");
    assert!(
        table.contains(&format!("skipped: a quotation of {} bytes", long.len())),
        "{table}"
    );
    // Without the limit it is a quotation, and nothing is skipped.
    let (_, out, _) = jsonl(doc("d", &text).as_bytes());
    assert!(out[0].get("skipped").is_none(), "{}", out[0]);
    assert_eq!(out[0]["quotes"].as_array().map(Vec::len), Some(3));
}

/// Three documents, the second not JSON.
fn three_lines() -> String {
    format!(
        "{}{{oops\n{}",
        doc("a", "“Yes,” she said."),
        doc("c", "“No,” he said. Trump said he was in no rush.")
    )
}

#[test]
fn jsonl_sums_up_on_standard_error_unless_quiet() {
    let r = run_text(&["--jsonl"], three_lines().as_bytes());
    assert_eq!(r.code, Some(1));
    assert_eq!(r.lines.len(), 3);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{}", r.stderr);
    assert!(
        lines[0].starts_with("attribute: line 2: not JSON"),
        "{}",
        r.stderr
    );
    let summary = lines[1];
    assert!(
        summary.starts_with(
            "attribute: 3 documents, 2 quotations, 1 statement, 3 speakers, 1 error; "
        ) && summary.ends_with(" MB/s"),
        "{summary}"
    );
    // No progress when standard error is not a terminal.
    assert!(!r.stderr.contains('\r'), "{:?}", r.stderr);

    let r = run_text(&["--jsonl", "-q"], three_lines().as_bytes());
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    let r = run_text(&["--jsonl", "--quiet"], b"");
    assert_eq!((r.code, r.stderr.as_str()), (Some(0), ""));
    let r = run_text(&["--jsonl"], b"");
    assert!(
        r.stderr.starts_with(
            "attribute: 0 documents, 0 quotations, 0 statements, 0 speakers, 0 errors; "
        ),
        "{}",
        r.stderr
    );
}

/// Runs `shell` (a command line) with its standard error on a terminal, through `script`;
/// what the terminal showed, or `None` where `script` is missing.
fn on_a_terminal(shell: &str) -> Option<String> {
    let out = Command::new("script")
        .args(["-q", "-e", "-c", shell, "/dev/null"])
        .stdin(Stdio::null())
        .output()
        .ok()?;
    assert!(out.status.success(), "{shell}: {out:?}");
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn jsonl_shows_progress_on_a_terminal() {
    // Enough documents to take longer than the first update (a quarter of a second).
    let story = include_str!("fixtures/hanoi.txt");
    let input: String = (0..400).map(|i| doc(&i.to_string(), story)).collect();
    let file = TempFile::new("progress.jsonl", input.as_bytes());
    let out = TempFile::new("progress.out", b"");
    let shell = format!(
        "'{}' --jsonl < '{}' > '{}'",
        binary().display(),
        file.path(),
        out.path()
    );
    let Some(terminal) = on_a_terminal(&shell) else {
        eprintln!("skipped: `script` is missing, and with it a terminal to show progress on");
        return;
    };
    let updates: Vec<&str> = terminal
        .split("\r\x1b[K")
        .filter(|u| !u.is_empty())
        .collect();
    assert!(updates.len() >= 2, "{terminal:?}");
    let progress = updates[updates.len() - 2];
    assert!(
        progress.contains(" documents, ")
            && progress.contains(" MB/s, ")
            && progress.ends_with(" errors"),
        "{terminal:?}"
    );
    assert!(
        updates[updates.len() - 1].starts_with("attribute: 400 documents, "),
        "{terminal:?}"
    );
    let written = std::fs::read_to_string(&out.0).expect("the output");
    assert_eq!(written.lines().count(), 400);
    // Quiet: nothing at all.
    let quiet = on_a_terminal(&format!("{shell} -q")).expect("script is there");
    assert_eq!(quiet, "");
}

#[test]
fn jsonl_errors_say_what_is_wrong_where_and_keep_the_id() {
    let column_of =
        |line: &str, at: &str| line[..line.find(at).expect("there")].chars().count() + 1;
    let end_of = |line: &str| line.chars().count() + 1;
    let unterminated = r#"{"id": "t", "text": "“Unclosed"#;
    let after = r#"{"id": "é", "text": "é" x}"#;
    let tab = "{\"id\": 7, \"text\": \"a\tb\"}";
    let comma = r#"{"text": "a", "id": [1, 2], }"#;
    let key = "{oops";
    let escape = r#"{"id": 3, "text": "a\q"}"#;
    let trailing = r#"{"id": 4, "text": "a"} x"#;
    let object = r#"{"id": 5, "text": "a""#;
    let cases = [
        (
            unterminated,
            json!("t"),
            end_of(unterminated),
            "unterminated string",
        ),
        (
            after,
            json!("é"),
            column_of(after, " x") + 1,
            "expected `,` or `}`",
        ),
        (tab, json!(7), column_of(tab, "\t"), "a raw tab in a string"),
        (
            comma,
            json!([1, 2]),
            column_of(comma, "}"),
            "a comma before the closing bracket",
        ),
        (key, Value::Null, 2, "an object's key must be a string"),
        (
            escape,
            json!(3),
            column_of(escape, "q\""),
            "an invalid escape",
        ),
        (
            trailing,
            json!(4),
            column_of(trailing, " x") + 1,
            "more text after the JSON value",
        ),
        (object, json!(5), end_of(object), "unterminated object"),
    ];
    let input: String = cases.iter().map(|(line, ..)| format!("{line}\n")).collect();
    let (code, out, stderr) = jsonl(input.as_bytes());
    assert_eq!(code, Some(1));
    assert_eq!(out.len(), cases.len());
    for (i, ((line, id, column, says), got)) in cases.iter().zip(&out).enumerate() {
        let want = format!("line {}: not JSON at column {column}: {says}", i + 1);
        let error = got["error"].as_str().expect("an error");
        assert!(
            error.starts_with(&want),
            "{line}\n  got  {error}\n  want {want}…"
        );
        assert_eq!(&got["id"], id, "{line}");
        assert!(stderr.contains(error), "{stderr}");
        assert!(
            !error.contains("control character") && !error.contains(" at line "),
            "{error}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Memory: measured as the peak resident set of the program, by `/usr/bin/time`.

/// The peak resident memory of the program run with `args`, in bytes, its standard input
/// written by `feed`; `None` (with a notice) where `/usr/bin/time` is missing.
fn peak_memory<F>(args: &[&str], feed: F) -> Option<usize>
where
    F: FnOnce(&mut dyn Write) -> std::io::Result<()> + Send + 'static,
{
    let time = Path::new("/usr/bin/time");
    if !time.is_file() {
        eprintln!("skipped: /usr/bin/time is missing, and with it the peak memory of a run");
        return None;
    }
    let mut child = Command::new(time)
        .args(["-f", "peak %M KiB"])
        .arg(binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    let writer = std::thread::spawn(move || feed(&mut input));
    let out = child.wait_with_output().expect("the example runs");
    writer
        .join()
        .expect("the writer thread")
        .expect("stdin is written");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{args:?}: {stderr}");
    let kib: usize = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("peak ")?.strip_suffix(" KiB")?.parse().ok())
        .next_back()
        .unwrap_or_else(|| panic!("no peak in {stderr}"));
    Some(kib * 1024)
}

/// `n` JSON Lines documents of `text`.
fn documents(
    n: usize,
    text: &str,
) -> impl FnOnce(&mut dyn Write) -> std::io::Result<()> + Send + use<> {
    let line = json!({"id": 0, "text": text}).to_string() + "\n";
    move |out| (0..n).try_for_each(|_| out.write_all(line.as_bytes()))
}

#[test]
fn jsonl_memory_does_not_grow_with_the_input() {
    let text: String = include_str!("fixtures/hanoi.txt")
        .chars()
        .take(2000)
        .collect();
    let Some(small) = peak_memory(&["--jsonl", "-q"], documents(512, &text)) else {
        return;
    };
    let large = peak_memory(&["--jsonl", "-q"], documents(2048, &text)).expect("measured");
    // Four times the documents (4 MB against 1 MB), in batches of 256: the same memory.
    assert!(
        large < small + (4 << 20),
        "512 documents peaked at {small} bytes, 2048 at {large}"
    );
}

/// A single paragraph of `len` bytes of news, in a file.
fn one_paragraph(len: usize) -> TempFile {
    let story = include_str!("fixtures/hanoi.txt").replace(['\n', '\r'], " ");
    let mut text = String::with_capacity(len + story.len());
    while text.len() < len {
        text.push_str(&story);
        text.push(' ');
    }
    let mut cut = len;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    TempFile::new("one-paragraph.txt", text.as_bytes())
}

/// The targets of issue 12 for memory, on inputs too large for every `cargo test`: a 50 MB
/// single-paragraph document under 8 bytes of memory a byte of text, and a 200 MB stream of
/// JSON Lines under 100 MB. Run them on a release build:
/// `cargo test --release --test cli -- --ignored memory_targets`.
#[test]
#[ignore = "50 MB and 200 MB inputs: run on a release build with --ignored"]
fn memory_targets_for_a_large_document_and_a_large_stream() {
    let len = 50_000_000;
    let file = one_paragraph(len);
    let Some(document) = peak_memory(&["--json", file.path()], |_| Ok(())) else {
        return;
    };
    drop(file);
    let story = include_str!("fixtures/hanoi.txt");
    let n = 200_000_000 / (story.len() + 20);
    let stream = peak_memory(&["--jsonl", "-q"], documents(n, story)).expect("measured");
    eprintln!(
        "a {len}-byte paragraph peaked at {document} bytes ({:.1} a byte of text); \
         {n} documents of JSON Lines (200 MB) at {stream} bytes",
        document as f64 / len as f64
    );
    assert!(stream < 100_000_000, "the stream peaked at {stream} bytes");
    assert!(
        document < 8 * len,
        "the paragraph peaked at {document} bytes, {:.1} a byte",
        document as f64 / len as f64
    );
}
