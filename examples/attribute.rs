//! Attributes quotations in news text.
//!
//! ```text
//! attribute                 the bundled sample article, as a table
//! attribute FILE...         each text file, as a table
//! attribute --json FILE...  each text file, as one JSON object per line
//! attribute --jsonl         JSON Lines on stdin ({"id": ..., "text": ...}), one result per line
//! attribute --html [FILE]   the sample or one text file as a web page, on stdout
//! attribute --html FILE... -o DIR
//!                           each text file as a web page, DIR/<file stem>.html
//! ```
//!
//! Bad input costs only itself: a file that is not UTF-8, or a line that is not JSON or has no
//! string `text`, gets a message on stderr naming the file or line and the byte offset (or the
//! column, for JSON), and (for `--jsonl`) an `{"id": ..., "error": ...}` line that keeps the
//! output aligned with the input. Every other document is processed; the exit status is 1 at the
//! end if anything failed, 2 for a usage error.
//!
//! Other input is text like any other: empty input writes nothing; an empty document, or one of
//! only quotation marks, gets an empty or a mark-only result; NUL bytes are characters; LF, CRLF
//! and CR all end paragraphs; a byte-order mark is kept as a character, so offsets still count
//! from the file's first byte. Blank lines in `--jsonl` input are skipped but counted, so error
//! line numbers match the input's.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use quote_attribution::{Article, Attributor};
use serde::Serialize;
use serde_json::Value;

const SAMPLE: &str = include_str!("../tests/fixtures/hanoi.txt");

#[derive(Serialize)]
struct Document<'a, 't> {
    id: &'a Value,
    #[serde(flatten)]
    article: &'a Article<'t>,
}

#[derive(Serialize)]
struct Failed<'a> {
    id: &'a Value,
    error: &'a str,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--html" || a == "-o") {
        return html::run(&args);
    }
    let json = args.iter().any(|a| a == "--json");
    let jsonl = args.iter().any(|a| a == "--jsonl");
    if let Some(bad) = args
        .iter()
        .find(|a| a.starts_with("--") && !matches!(a.as_str(), "--json" | "--jsonl"))
    {
        eprintln!(
            "attribute: unknown option {bad}\nusage: attribute [--json] [FILE...] | attribute --jsonl < IN.jsonl\n       attribute --html [FILE...] [-o DIR]"
        );
        return ExitCode::from(2);
    }
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if jsonl && !files.is_empty() {
        eprintln!(
            "attribute: --jsonl reads standard input, not files\nusage: attribute --jsonl < IN.jsonl"
        );
        return ExitCode::from(2);
    }
    let attributor = Attributor::new();
    let ok = if jsonl {
        run_jsonl(&attributor)
    } else if files.is_empty() {
        report(
            &attributor,
            "sample article (Hanoi summit)",
            SAMPLE.as_bytes(),
            json,
        )
    } else {
        let mut ok = true;
        for f in files {
            match std::fs::read(f) {
                Ok(bytes) => ok &= report(&attributor, f, &bytes, json),
                Err(e) => {
                    eprintln!("attribute: {f}: {e}");
                    ok = false;
                }
            }
        }
        ok
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Prints one document's attribution as a table or a JSON object; false if it failed.
fn report(attributor: &Attributor, name: &str, bytes: &[u8], json: bool) -> bool {
    let article = match attributor.attribute_bytes(bytes) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("attribute: {name}: {e}");
            return false;
        }
    };
    let mut out = io::stdout().lock();
    let written = if json {
        let id = Value::String(name.to_string());
        serde_json::to_writer(
            &mut out,
            &Document {
                id: &id,
                article: &article,
            },
        )
        .map_err(io::Error::other)
        .and_then(|()| writeln!(out))
    } else {
        table(&mut out, name, &article)
    };
    written.is_ok()
}

fn shorten(s: &str, max: usize) -> String {
    let s = s.replace(['\n', '\r'], " ");
    if s.chars().count() <= max {
        s
    } else {
        let cut: String = s.chars().take(max - 1).collect();
        format!("{cut}…")
    }
}

fn table(out: &mut impl Write, name: &str, article: &Article<'_>) -> io::Result<()> {
    writeln!(
        out,
        "{name}: {} quotations, {} speakers\n",
        article.quotes().len(),
        article.speakers().len()
    )?;
    writeln!(
        out,
        "{:>3}  {:>11}  {:<7}  {:<16}  {:<14}  {:<12}  {:<13}  {:>4}  quotation",
        "#", "bytes", "kind", "speaker", "mention", "cue", "rule", "conf"
    )?;
    for (i, q) in article.quotes().iter().enumerate() {
        let speaker = article.speaker_of(q).map_or("-", |s| s.name());
        let rule = q
            .rule()
            .map_or_else(|| "-".to_string(), |r| format!("{r:?}"));
        writeln!(
            out,
            "{:>3}  {:>11}  {:<7}  {:<16}  {:<14}  {:<12}  {:<13}  {:>4}  {}",
            i + 1,
            format!("{}..{}", q.start, q.end),
            q.kind().as_str(),
            shorten(speaker, 16),
            shorten(q.mention().map_or("-", |m| m.as_str()), 14),
            shorten(q.cue().map_or("-", |c| &c.text), 12),
            rule,
            q.confidence()
                .map_or_else(|| "-".to_string(), |c| format!("{c:.2}")),
            shorten(q.as_str(), 60),
        )?;
    }
    if !article.speakers().is_empty() {
        writeln!(out, "\nspeakers")?;
        for s in article.speakers() {
            let mentions: Vec<&str> = s.mentions().iter().map(|m| m.as_str()).collect();
            let role = s.role().map(|r| format!(" ({r})")).unwrap_or_default();
            writeln!(
                out,
                "  {}{role}: {}",
                s.name(),
                shorten(&mentions.join(", "), 100)
            )?;
        }
    }
    writeln!(out)
}

/// One input line's document (its id and text), or its id and why it has none.
type Parsed = Result<(Value, String), (Value, String)>;

/// One input line's document, or why it has none.
fn parse_line(line: &[u8], n: usize) -> Parsed {
    let text = std::str::from_utf8(line).map_err(|e| {
        (
            Value::Null,
            format!("line {n}: invalid UTF-8 at byte offset {}", e.valid_up_to()),
        )
    })?;
    let value: Value = serde_json::from_str(text).map_err(|e| {
        // serde_json counts within the line, which is this program's line `n`.
        let reason = e.to_string();
        let reason = reason
            .split(" at line ")
            .next()
            .unwrap_or(&reason)
            .to_string();
        (
            Value::Null,
            format!("line {n}: not JSON at column {}: {reason}", e.column()),
        )
    })?;
    let id = value.get("id").cloned().unwrap_or(Value::Null);
    match value.get("text") {
        Some(Value::String(t)) => Ok((id, t.clone())),
        Some(_) => Err((id, format!("line {n}: \"text\" is not a string"))),
        None => Err((id, format!("line {n}: no \"text\" field"))),
    }
}

/// How many documents `--jsonl` reads before it attributes them as one batch.
const BATCH_DOCUMENTS: usize = 256;
/// How many bytes of text `--jsonl` reads at most before it attributes a batch: memory stays
/// bounded whatever the input's size.
const BATCH_BYTES: usize = 16 << 20;

/// Reads JSON Lines from stdin in batches, attributes each batch across threads, and writes
/// one line per input document, in input order.
fn run_jsonl(attributor: &Attributor) -> bool {
    let mut reader = io::BufReader::new(io::stdin().lock());
    let mut out = BufWriter::new(io::stdout().lock());
    let mut ok = true;
    let mut line = Vec::new();
    let mut n = 0;
    // Each document of a batch: its id and its text, or the error that replaces it.
    let mut batch: Vec<(usize, Parsed)> = Vec::new();
    let mut batch_bytes = 0;
    let mut done = false;
    while !done {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => done = true,
            Ok(_) => {
                n += 1;
                // Offsets count from the line's first byte: JSON allows the space around it.
                let trimmed = line.trim_ascii();
                if !trimmed.is_empty() {
                    let parsed = parse_line(&line, n);
                    batch_bytes += parsed.as_ref().map_or(0, |(_, t)| t.len());
                    batch.push((n, parsed));
                }
            }
            Err(e) => {
                eprintln!("attribute: reading stdin at line {}: {e}", n + 1);
                ok = false;
                done = true;
            }
        }
        if batch.len() >= BATCH_DOCUMENTS
            || batch_bytes >= BATCH_BYTES
            || (done && !batch.is_empty())
        {
            if !flush(attributor, &batch, &mut out, &mut ok) {
                eprintln!("attribute: cannot write output");
                return false;
            }
            batch.clear();
            batch_bytes = 0;
        }
    }
    out.flush().is_ok() && ok
}

/// Attributes one batch and writes its lines; false if the output cannot be written.
fn flush(
    attributor: &Attributor,
    batch: &[(usize, Parsed)],
    out: &mut impl Write,
    ok: &mut bool,
) -> bool {
    let texts: Vec<&str> = batch
        .iter()
        .filter_map(|(_, d)| d.as_ref().ok().map(|(_, t)| t.as_str()))
        .collect();
    let mut results = attributor.attribute_batch(&texts).into_iter();
    for (n, doc) in batch {
        let written = match doc {
            Ok((id, _)) => match results.next() {
                Some(Ok(article)) => serde_json::to_writer(
                    &mut *out,
                    &Document {
                        id,
                        article: &article,
                    },
                ),
                Some(Err(e)) => {
                    *ok = false;
                    let msg = format!("line {n}: {e}");
                    eprintln!("attribute: {msg}");
                    serde_json::to_writer(&mut *out, &Failed { id, error: &msg })
                }
                None => return false,
            },
            Err((id, msg)) => {
                *ok = false;
                eprintln!("attribute: {msg}");
                serde_json::to_writer(&mut *out, &Failed { id, error: msg })
            }
        };
        if written.is_err() || writeln!(out).is_err() {
            return false;
        }
    }
    true
}

/// `--html`: each document as a self-contained web page (the library's `HtmlPage`), on
/// standard output for one document, or in a directory (`-o DIR`) as `<file stem>.html`.
#[cfg(feature = "html")]
mod html {
    use std::collections::HashSet;
    use std::fs::File;
    use std::path::{Path, PathBuf};

    use quote_attribution::HtmlPage;

    use super::*;

    const USAGE: &str = "usage: attribute --html [FILE] | attribute --html FILE... -o DIR";

    fn usage(message: &str) -> ExitCode {
        eprintln!("attribute: {message}\n{USAGE}");
        ExitCode::from(2)
    }

    pub(super) fn run(args: &[String]) -> ExitCode {
        let mut dir: Option<&Path> = None;
        let mut files: Vec<&String> = Vec::new();
        let mut args_left = args.iter();
        while let Some(arg) = args_left.next() {
            match arg.as_str() {
                "--html" => {}
                "-o" => match (args_left.next(), dir) {
                    (Some(d), None) => dir = Some(Path::new(d)),
                    (None, _) => return usage("-o needs a directory"),
                    (Some(_), Some(_)) => return usage("-o is given twice"),
                },
                _ if arg.starts_with('-') => return usage(&format!("unknown option {arg}")),
                _ => files.push(arg),
            }
        }
        if !args.iter().any(|a| a == "--html") {
            return usage("-o DIR is for --html");
        }
        if dir.is_none() && files.len() > 1 {
            return usage("several files make several pages: give a directory with -o DIR");
        }
        if let Some(dir) = dir
            && let Err(e) = std::fs::create_dir_all(dir)
        {
            eprintln!("attribute: {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
        let attributor = Attributor::new();
        let ok = if files.is_empty() {
            let title = "Sample article (Hanoi summit)";
            page(&attributor, title, title, SAMPLE.as_bytes(), dir, "sample")
        } else {
            let mut stems = HashSet::new();
            let mut ok = true;
            for f in files {
                let path = Path::new(f);
                let stem = path
                    .file_stem()
                    .map_or_else(|| f.into(), |s| s.to_string_lossy());
                let title = path
                    .file_name()
                    .map_or_else(|| f.into(), |s| s.to_string_lossy());
                if dir.is_some() && !stems.insert(stem.to_string()) {
                    eprintln!("attribute: {f}: another file already made {stem}.html");
                    ok = false;
                    continue;
                }
                ok &= match std::fs::read(path) {
                    Ok(bytes) => page(&attributor, f, &title, &bytes, dir, &stem),
                    Err(e) => {
                        eprintln!("attribute: {f}: {e}");
                        false
                    }
                };
            }
            ok
        };
        if ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }
    }

    /// Writes the page of document `name` to `dir/<stem>.html`, or to stdout; false if it
    /// failed.
    fn page(
        attributor: &Attributor,
        name: &str,
        title: &str,
        bytes: &[u8],
        dir: Option<&Path>,
        stem: &str,
    ) -> bool {
        let article = match attributor.attribute_bytes(bytes) {
            Ok(article) => article,
            Err(e) => {
                eprintln!("attribute: {name}: {e}");
                return false;
            }
        };
        // The attributor has read the bytes as UTF-8: this borrows them as they are.
        let text = String::from_utf8_lossy(bytes);
        let mut page = HtmlPage::new(&text, &article);
        page.title(title);
        let (written, to) = match dir {
            Some(dir) => {
                let path: PathBuf = dir.join(format!("{stem}.html"));
                let written = File::create(&path).and_then(|mut file| page.write_io(&mut file));
                (written, path.display().to_string())
            }
            None => (
                page.write_io(&mut io::stdout().lock()),
                "standard output".to_string(),
            ),
        };
        if let Err(e) = &written {
            eprintln!("attribute: {name}: writing {to}: {e}");
        }
        written.is_ok()
    }
}

#[cfg(not(feature = "html"))]
mod html {
    use std::process::ExitCode;

    pub(super) fn run(_: &[String]) -> ExitCode {
        eprintln!("attribute: --html needs the library's `html` feature");
        ExitCode::from(2)
    }
}
