//! `--jsonl`: JSON Lines on standard input, one result a line on standard output, in input
//! order, through the library's [`Attributor::attribute_stream`] (bounded memory, all cores);
//! progress on standard error when it is a terminal, and a summary at the end.

use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::time::{Duration, Instant};

use quote_attribution::{Article, Attributor};
use serde::de::IgnoredAny;
use serde_json::Value;

use crate::{Document, Failed, count};

/// One input line: its document (id and text), or its id (when one can be read) and why it
/// has no document.
struct Line {
    /// The line's number, from 1, blank lines counted.
    n: usize,
    /// Its length in bytes, line break included.
    len: usize,
    document: Result<(Value, String), (Value, String)>,
}

/// What the stream attributes: the document's text, or nothing for a line that has none (its
/// result is not used).
impl AsRef<str> for Line {
    fn as_ref(&self) -> &str {
        self.document.as_ref().map_or("", |(_, text)| text)
    }
}

/// Reads JSON Lines from stdin, attributes them, and writes one line per input document, in
/// input order; false if any document failed or the output could not be written.
pub(crate) fn run(attributor: &Attributor, quiet: bool) -> bool {
    let mut reader = io::BufReader::new(io::stdin().lock());
    let mut out = BufWriter::new(io::stdout().lock());
    let mut progress = Progress::new(!quiet && io::stderr().is_terminal());
    let mut read_error = None;
    let mut n = 0;
    let lines = std::iter::from_fn(|| {
        let mut bytes = Vec::new();
        loop {
            bytes.clear();
            match reader.read_until(b'\n', &mut bytes) {
                Ok(0) => return None,
                Ok(len) => {
                    n += 1;
                    if !bytes.trim_ascii().is_empty() {
                        let document = parse_line(&bytes, n);
                        return Some(Line { n, len, document });
                    }
                }
                Err(e) => {
                    read_error = Some(format!("reading standard input at line {}: {e}", n + 1));
                    return None;
                }
            }
        }
    });
    let mut ok = true;
    for (line, result) in attributor.attribute_stream(lines) {
        let failed = line.document.is_err() || result.is_err();
        let written = match (&line.document, result) {
            (Ok((id, _)), Ok(article)) => {
                progress.add(&article);
                let article = &article;
                serde_json::to_writer(&mut out, &Document { id, article })
            }
            (Ok((id, _)), Err(e)) => {
                let message = format!("line {}: {e}", line.n);
                fail(&mut out, &mut progress, id, &message)
            }
            (Err((id, message)), _) => fail(&mut out, &mut progress, id, message),
        };
        progress.line(line.len, failed);
        ok &= !failed;
        if written.is_err() || writeln!(out).is_err() {
            progress.clear();
            eprintln!("attribute: cannot write the output");
            return false;
        }
    }
    let flushed = out.flush();
    progress.clear();
    if let Some(e) = read_error {
        eprintln!("attribute: {e}");
        ok = false;
    }
    if !quiet {
        eprintln!("attribute: {}", progress.summary());
    }
    if flushed.is_err() {
        eprintln!("attribute: cannot write the output");
    }
    ok && flushed.is_ok()
}

/// Reports a line that failed on stderr, and writes it out where its result would be.
fn fail(
    out: &mut impl Write,
    progress: &mut Progress,
    id: &Value,
    message: &str,
) -> serde_json::Result<()> {
    progress.clear();
    eprintln!("attribute: {message}");
    serde_json::to_writer(out, &Failed { id, error: message })
}

/// One input line's document, or why it has none (with its id, when that can be read).
fn parse_line(bytes: &[u8], n: usize) -> Result<(Value, String), (Value, String)> {
    // Offsets and columns count from the line's first byte, leading space included; the line
    // break is not part of the JSON.
    let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    let line = std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        (
            readable_id(valid),
            format!("line {n}: invalid UTF-8 at byte offset {}", e.valid_up_to()),
        )
    })?;
    let value: Value = serde_json::from_str(line).map_err(|e| {
        let (column, reason) = explain(&e, line);
        (
            readable_id(line),
            format!("line {n}: not JSON at column {column}: {reason}"),
        )
    })?;
    let id = value.get("id").cloned().unwrap_or(Value::Null);
    match value {
        Value::Object(mut fields) => match fields.remove("text") {
            Some(Value::String(text)) => Ok((id, text)),
            Some(_) => Err((id, format!("line {n}: \"text\" is not a string"))),
            None => Err((id, format!("line {n}: no \"text\" field"))),
        },
        _ => Err((id, format!("line {n}: no \"text\" field"))),
    }
}

/// The `id` of a line that is not all JSON, when its object's fields up to the `id` can be
/// read (`{"id": 7, "text": "unterminated` gives 7); null otherwise.
fn readable_id(line: &str) -> Value {
    fn id(line: &str) -> Option<Value> {
        let mut rest = line.trim_start().strip_prefix('{')?;
        loop {
            let mut keys = serde_json::Deserializer::from_str(rest).into_iter::<String>();
            let key = keys.next()?.ok()?;
            rest = rest[keys.byte_offset()..].trim_start().strip_prefix(':')?;
            if key == "id" {
                let mut values = serde_json::Deserializer::from_str(rest).into_iter::<Value>();
                return values.next()?.ok();
            }
            let mut values = serde_json::Deserializer::from_str(rest).into_iter::<IgnoredAny>();
            values.next()?.ok()?;
            rest = rest[values.byte_offset()..]
                .trim_start()
                .strip_prefix(',')?;
        }
    }
    id(line).unwrap_or(Value::Null)
}

/// Where in `line` the JSON error `e` is, as a column of characters from 1, and what is wrong
/// there, in plain words.
fn explain(e: &serde_json::Error, line: &str) -> (usize, String) {
    let message = e.to_string();
    let message = message.split(" at line ").next().unwrap_or(&message);
    if e.is_eof() {
        // The line ends inside something: the column just past its last character.
        let inside = match message {
            m if m.contains("string") => "unterminated string: the line ends inside it",
            m if m.contains("object") => "unterminated object: the line ends before its `}`",
            m if m.contains("list") => "unterminated array: the line ends before its `]`",
            _ => "the line ends where a value should be",
        };
        return (line.chars().count() + 1, inside.to_string());
    }
    // serde_json's column is the 1-based byte of the character it stopped at.
    let at = char_start(line, e.column().saturating_sub(1));
    let column = line[..at].chars().count() + 1;
    let found = line[at..].chars().next();
    let reason = match message {
        m if m.starts_with("control character") => match found {
            Some('\t') => "a raw tab in a string: write it as \\t".to_string(),
            Some('\r') => "a raw carriage return in a string: write it as \\r".to_string(),
            Some(c) => format!(
                "a control character (U+{:04X}) in a string: write it as \\u{:04x}",
                c as u32, c as u32
            ),
            None => "a control character in a string".to_string(),
        },
        "key must be a string" => "an object's key must be a string in double quotes".into(),
        "expected `,` or `}`" => "expected `,` or `}` after a value in an object".into(),
        "expected `,` or `]`" => "expected `,` or `]` after a value in an array".into(),
        "expected `:`" => "expected `:` after an object's key".into(),
        "trailing comma" => "a comma before the closing bracket".into(),
        "trailing characters" => "more text after the JSON value".into(),
        "invalid escape" => "an invalid escape in a string (after `\\` come `\"\\/bfnrt` or `u`)".into(),
        "expected value" | "expected ident" => {
            "not a JSON value (a string is in double quotes; the bare words are true, false and null)".into()
        }
        "invalid number" => "an invalid number".into(),
        "number out of range" => "a number out of range".into(),
        m if m.contains("escape") || m.contains("code point") => {
            "an invalid \\u escape in a string".into()
        }
        "recursion limit exceeded" => "nested too deeply".into(),
        m => m.to_string(),
    };
    (column, reason)
}

/// The byte at which the character holding byte `at` of `line` starts.
fn char_start(line: &str, at: usize) -> usize {
    let mut at = at.min(line.len());
    while !line.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// How far `--jsonl` has got: shown on stderr at most four times a second when it is a
/// terminal, and summed up at the end.
struct Progress {
    shown: bool,
    show: bool,
    start: Instant,
    last: Instant,
    documents: usize,
    errors: usize,
    bytes: usize,
    quotes: usize,
    statements: usize,
    speakers: usize,
}

impl Progress {
    const EVERY: Duration = Duration::from_millis(250);

    fn new(show: bool) -> Progress {
        let now = Instant::now();
        Progress {
            shown: false,
            show,
            start: now,
            last: now,
            documents: 0,
            errors: 0,
            bytes: 0,
            quotes: 0,
            statements: 0,
            speakers: 0,
        }
    }

    /// Counts what a document's result holds.
    fn add(&mut self, article: &Article<'_>) {
        self.quotes += article.quotes().len();
        self.statements += article.statements().len();
        self.speakers += article.speakers().len();
    }

    /// Counts an input line written out, failed or not, and shows the progress when it is due.
    fn line(&mut self, len: usize, failed: bool) {
        self.documents += 1;
        self.bytes += len;
        self.errors += usize::from(failed);
        if self.show && self.last.elapsed() >= Self::EVERY {
            self.last = Instant::now();
            let seconds = self.start.elapsed().as_secs_f64();
            eprint!(
                "\r\x1b[K{}, {:.1} MB, {:.1} MB/s, {}",
                count(self.documents, "document"),
                megabytes(self.bytes),
                megabytes(self.bytes) / seconds.max(1e-9),
                count(self.errors, "error"),
            );
            self.shown = true;
        }
    }

    /// Clears the progress line, if one is shown.
    fn clear(&mut self) {
        if self.shown {
            eprint!("\r\x1b[K");
            self.shown = false;
        }
    }

    /// The line that sums up the run.
    fn summary(&self) -> String {
        let seconds = self.start.elapsed().as_secs_f64();
        format!(
            "{}, {}, {}, {}, {}; {:.1} MB in {seconds:.2} s, {:.1} MB/s",
            count(self.documents, "document"),
            count(self.quotes, "quotation"),
            count(self.statements, "statement"),
            count(self.speakers, "speaker"),
            count(self.errors, "error"),
            megabytes(self.bytes),
            megabytes(self.bytes) / seconds.max(1e-9),
        )
    }
}

/// Bytes in MB (10^6 bytes), for display.
#[allow(clippy::cast_precision_loss)]
fn megabytes(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}
