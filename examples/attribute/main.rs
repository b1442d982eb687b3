//! `attribute`: finds the quotations and reported speech in news text, and who said them.
//!
//! Run `attribute --help` for every mode and option (the text is [`HELP`] below). In short:
//!
//! ```text
//! attribute                  the bundled sample article (in a terminal) or standard input
//!                            (in a pipe), as a table
//! attribute FILE... | -      text files, or standard input, as a table
//! attribute --json FILE...   one JSON object per document, a line each
//! attribute --jsonl          JSON Lines on standard input ({"id": ..., "text": ...}), one
//!                            result per line, in order, with progress and a summary on stderr
//! attribute --html FILE [-o DIR]
//!                            a web page per document, on stdout or in DIR
//! ```
//!
//! Bad input costs only itself: a file that is not UTF-8, or a line that is not JSON or has no
//! string `text`, gets a message on stderr naming the file or line and the byte offset (or the
//! line and column, for JSON), and (for `--jsonl`) an `{"id": ..., "error": ...}` line that
//! keeps the output aligned with the input. Every other document is processed; the exit status
//! is 1 at the end if anything failed, 2 for a usage error.
//!
//! Other input is text like any other: empty input writes nothing; an empty document, or one of
//! only quotation marks, gets an empty or a mark-only result; NUL bytes are characters; LF, CRLF
//! and CR all end paragraphs; a byte-order mark is kept as a character, so offsets still count
//! from the file's first byte. Blank lines in `--jsonl` input are skipped but counted, so error
//! line numbers match the input's.

mod html;
mod jsonl;

use std::borrow::Cow;
use std::io::{self, IsTerminal, Read, Write};
use std::process::ExitCode;

use quote_attribution::{
    Article, Attributor, DEFAULT_MAX_DOCUMENT_LEN, DEFAULT_MAX_QUOTE_LEN, Utterance,
};
use serde::Serialize;
use serde_json::Value;

const SAMPLE: &str = include_str!("../../tests/fixtures/hanoi.txt");
const SAMPLE_NAME: &str = "sample article (Hanoi summit)";

/// Standard input, when the command line had no file and it was read to see whether it brought
/// anything.
static PIPED: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();

/// What `--help` prints.
const HELP: &str = "\
attribute: finds the quotations and reported speech in news text, and who said them.

usage: attribute [--json | --html [-o DIR]] [OPTIONS] [FILE... | - | --sample]
       attribute --jsonl [OPTIONS] < IN.jsonl > OUT.jsonl

Input
  FILE...          text files, one document each
  -                standard input, as one document
  --sample         the bundled sample article (the Hanoi summit)
  (none)           standard input when it is a pipe or a file and not empty; else the sample
  --jsonl          JSON Lines on standard input, one {\"id\": ..., \"text\": ...} a line

Output
  (default)        a table of each document's quotations and reported statements, in text
                   order, with their speakers, cues and rules; then the speakers
  --json           one JSON object a document, a line each ({\"id\": FILE, ...})
  --jsonl          one JSON result a line, in input order, with the input's id; a line that
                   fails gets {\"id\": ..., \"error\": ...}
  --html           a self-contained web page: on standard output for one document
  -o DIR           with --html: each page in DIR, as <file stem>.html

Options
  --max-document-len BYTES  the longest document (default 64M); a longer one fails alone
  --max-quote-len BYTES     the longest quotation (default 1M); a longer one is skipped, the
                            rest of its document attributed. BYTES takes K, M or G (1024s)
  -q, --quiet               --jsonl: no progress and no summary on standard error
  -h, --help                this help

Examples
  attribute                                   the sample article, as a table
  attribute story.txt                         one file, as a table
  curl -s https://example.com/a.txt | attribute -
                                              standard input, as a table
  attribute --sample --json                   the sample article, as JSON
  attribute --json a.txt b.txt > out.jsonl    a JSON object a file
  attribute --jsonl < in.jsonl > out.jsonl    a corpus in JSON Lines, with progress
  attribute --jsonl -q < in.jsonl > out.jsonl the same, silent on standard error
  attribute --html story.txt > story.html     one web page
  attribute --html -o pages a.txt b.txt       pages/a.html and pages/b.html
  attribute --max-quote-len 4K story.txt      quotations over 4 KiB skipped
  attribute --max-document-len 256M big.txt   documents of up to 256 MiB

Exit status: 0 when every document was attributed, 1 when any failed (the others are still
processed), 2 for a usage error.
";

/// What a usage error prints after its message.
const USAGE: &str = "\
usage: attribute [--json | --html [-o DIR]] [OPTIONS] [FILE... | - | --sample]
       attribute --jsonl [OPTIONS] < IN.jsonl > OUT.jsonl
       attribute --help   for every mode and option";

/// How the results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Table,
    Json,
    Jsonl,
    Html,
}

impl Mode {
    fn flag(self) -> &'static str {
        match self {
            Mode::Table => "the table",
            Mode::Json => "--json",
            Mode::Jsonl => "--jsonl",
            Mode::Html => "--html",
        }
    }
}

/// One document to attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Input {
    File(String),
    Stdin,
    Sample,
}

impl Input {
    /// The document's name in messages, tables and JSON ids.
    fn name(&self) -> &str {
        match self {
            Input::File(f) => f,
            Input::Stdin => "-",
            Input::Sample => SAMPLE_NAME,
        }
    }

    /// The document's bytes, or a message saying why they cannot be read.
    fn read(&self) -> Result<Cow<'static, [u8]>, String> {
        match self {
            Input::File(f) => std::fs::read(f)
                .map(Cow::Owned)
                .map_err(|e| format!("{f}: {e}")),
            Input::Stdin if PIPED.get().is_some() => {
                Ok(Cow::Borrowed(PIPED.get().map_or(&[][..], Vec::as_slice)))
            }
            Input::Stdin => {
                let mut bytes = Vec::new();
                io::stdin()
                    .lock()
                    .read_to_end(&mut bytes)
                    .map(|_| Cow::Owned(bytes))
                    .map_err(|e| format!("standard input: {e}"))
            }
            Input::Sample => Ok(Cow::Borrowed(SAMPLE.as_bytes())),
        }
    }
}

/// The command line, read.
#[derive(Debug)]
struct Options {
    mode: Mode,
    inputs: Vec<Input>,
    dir: Option<String>,
    quiet: bool,
    max_document_len: usize,
    max_quote_len: usize,
}

/// What the command line asks for: a run, the help, or a usage error.
enum Command {
    Run(Options),
    Help,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse(&args) {
        Ok(Command::Run(options)) => options,
        Ok(Command::Help) => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("attribute: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let attributor = match Attributor::builder()
        .max_document_len(options.max_document_len)
        .max_quote_len(options.max_quote_len)
        .build()
    {
        Ok(a) => a,
        Err(e) => {
            eprintln!("attribute: {e}");
            return ExitCode::from(2);
        }
    };
    let ok = match options.mode {
        Mode::Jsonl => jsonl::run(&attributor, options.quiet),
        Mode::Html => html::run(&attributor, &options.inputs, options.dir.as_deref()),
        Mode::Table | Mode::Json => {
            let mut ok = true;
            for input in &options.inputs {
                ok &= match input.read() {
                    Ok(bytes) => report(&attributor, input, &bytes, options.mode),
                    Err(e) => {
                        eprintln!("attribute: {e}");
                        false
                    }
                };
            }
            ok
        }
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Reads the command line; `Err` is a usage error's message.
fn parse(args: &[String]) -> Result<Command, String> {
    if args.iter().any(|a| a == "-h" || a == "--help") {
        return Ok(Command::Help);
    }
    let mut mode: Option<Mode> = None;
    let mut inputs = Vec::new();
    let mut dir = None;
    let mut quiet = false;
    let mut max_document_len = DEFAULT_MAX_DOCUMENT_LEN;
    let mut max_quote_len = DEFAULT_MAX_QUOTE_LEN;
    let mut args = args.iter();
    let mut only_files = false;
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if arg.starts_with("--") => (flag, Some(value)),
            _ => (arg.as_str(), None),
        };
        // An option's value: after `=`, or the next argument.
        let value = |args: &mut std::slice::Iter<'_, String>| {
            inline
                .map(str::to_string)
                .or_else(|| args.next().cloned())
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        let chosen = match flag {
            _ if only_files => {
                inputs.push(Input::File(arg.clone()));
                None
            }
            "--" => {
                only_files = true;
                None
            }
            "--json" => Some(Mode::Json),
            "--jsonl" => Some(Mode::Jsonl),
            "--html" => Some(Mode::Html),
            "-o" => {
                let d = args.next().ok_or("-o needs a directory")?;
                if dir.replace(d.clone()).is_some() {
                    return Err("-o is given twice".into());
                }
                None
            }
            "-q" | "--quiet" => {
                quiet = true;
                None
            }
            "--max-document-len" => {
                max_document_len = bytes(flag, &value(&mut args)?)?;
                None
            }
            "--max-quote-len" => {
                max_quote_len = bytes(flag, &value(&mut args)?)?;
                None
            }
            "--sample" => {
                inputs.push(Input::Sample);
                None
            }
            "-" => {
                if inputs.contains(&Input::Stdin) {
                    return Err("- (standard input) is given twice".into());
                }
                inputs.push(Input::Stdin);
                None
            }
            _ if flag.starts_with('-') => return Err(format!("unknown option {arg}")),
            _ => {
                inputs.push(Input::File(arg.clone()));
                None
            }
        };
        if let Some(new) = chosen {
            match mode {
                Some(old) if old != new => {
                    return Err(format!(
                        "{} and {} cannot be used together: choose one output",
                        old.flag(),
                        new.flag()
                    ));
                }
                _ => mode = Some(new),
            }
        }
    }
    let mode = mode.unwrap_or(Mode::Table);
    if mode == Mode::Jsonl && inputs.iter().any(|i| *i != Input::Stdin) {
        return Err("--jsonl reads standard input, not files".into());
    }
    if dir.is_some() && mode != Mode::Html {
        return Err("-o DIR is for --html".into());
    }
    if mode == Mode::Html && !cfg!(feature = "html") {
        return Err("--html needs the library's `html` feature".into());
    }
    if mode != Mode::Jsonl && inputs.is_empty() {
        // A person at a terminal who runs the program bare sees the sample; a pipe is read,
        // and one that brings nothing (`< /dev/null`, a script's closed input) gets the sample
        // too, so that the bare command shows what the program does wherever it runs.
        inputs.push(if io::stdin().is_terminal() {
            Input::Sample
        } else {
            let mut bytes = Vec::new();
            io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("standard input: {e}"))?;
            if bytes.is_empty() {
                Input::Sample
            } else {
                let _ = PIPED.set(bytes);
                Input::Stdin
            }
        });
    }
    if mode == Mode::Html && dir.is_none() && inputs.len() > 1 {
        return Err("several files make several pages: give a directory with -o DIR".into());
    }
    Ok(Command::Run(Options {
        mode,
        inputs,
        dir,
        quiet,
        max_document_len,
        max_quote_len,
    }))
}

/// A number of bytes, with an optional K, M or G (powers of 1024).
fn bytes(flag: &str, value: &str) -> Result<usize, String> {
    let bad = || format!("{flag} needs a number of bytes (such as 4096 or 4K), not {value:?}");
    let v = value.trim();
    let (digits, unit) = match v.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => v.split_at(i),
        None => (v, ""),
    };
    let shift = match unit.to_ascii_uppercase().as_str() {
        "" | "B" => 0,
        "K" | "KB" | "KIB" => 10,
        "M" | "MB" | "MIB" => 20,
        "G" | "GB" | "GIB" => 30,
        _ => return Err(bad()),
    };
    let n: usize = digits.parse().map_err(|_| bad())?;
    n.checked_mul(1 << shift).ok_or_else(bad)
}

/// A document's result in `--json` and `--jsonl` output: its id beside the article's fields.
#[derive(Serialize)]
struct Document<'a, 't> {
    id: &'a Value,
    #[serde(flatten)]
    article: &'a Article<'t>,
}

/// A document that failed, in `--jsonl` output.
#[derive(Serialize)]
struct Failed<'a> {
    id: &'a Value,
    error: &'a str,
}

/// Prints one document's attribution as a table or a JSON object; false if it failed.
fn report(attributor: &Attributor, input: &Input, bytes: &[u8], mode: Mode) -> bool {
    let name = input.name();
    let article = match attributor.attribute_bytes(bytes) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("attribute: {name}: {e}");
            return false;
        }
    };
    let mut out = io::stdout().lock();
    let written = if mode == Mode::Json {
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
        let title = if *input == Input::Stdin {
            "standard input"
        } else {
            name
        };
        table(&mut out, title, &article)
    };
    written.is_ok()
}

/// `n` and the noun, plural unless `n` is one.
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `s` on one line, cut to `max` characters with an ellipsis.
fn shorten(s: &str, max: usize) -> String {
    let s = s.replace(['\n', '\r'], " ");
    if s.chars().count() <= max {
        s
    } else {
        let cut: String = s.chars().take(max - 1).collect();
        format!("{cut}…")
    }
}

/// A row of the table: a quotation (speech or term) or a reported statement.
fn row(article: &Article<'_>, said: Utterance<'_, '_>) -> [String; 8] {
    let a = said.attribution();
    let kind = match said {
        Utterance::Quoted(q) => q.kind().as_str(),
        _ => "reported",
    };
    let speaker = article.speaker_of(said).map_or("-", |s| s.name());
    [
        format!("{}..{}", said.start(), said.end()),
        kind.to_string(),
        shorten(speaker, 16),
        shorten(a.map_or("-", |a| a.mention().as_str()), 14),
        shorten(a.and_then(|a| a.cue()).map_or("-", |c| c.as_str()), 12),
        a.map_or_else(|| "-".to_string(), |a| a.rule().to_string()),
        a.map_or_else(|| "-".to_string(), |a| format!("{:.2}", a.confidence())),
        shorten(said.as_str(), 60),
    ]
}

/// The readable form: each quotation and reported statement in text order, then the speakers.
fn table(out: &mut impl Write, name: &str, article: &Article<'_>) -> io::Result<()> {
    writeln!(
        out,
        "{name}: {}, {}, {}\n",
        count(article.quotes().len(), "quotation"),
        count(article.statements().len(), "statement"),
        count(article.speakers().len(), "speaker"),
    )?;
    writeln!(
        out,
        "{:>3}  {:>11}  {:<8}  {:<16}  {:<14}  {:<12}  {:<19}  {:>4}  words",
        "#", "bytes", "kind", "speaker", "mention", "cue", "rule", "conf"
    )?;
    // Terms are rows too: every quotation, and every statement, in text order.
    let mut quotes = article.quotes().iter().peekable();
    let mut statements = article.statements().iter().peekable();
    let mut n = 0;
    loop {
        let said = match (quotes.peek(), statements.peek()) {
            (Some(q), Some(s)) if s.start() < q.start() => statements.next().map(Utterance::from),
            (Some(_), _) => quotes.next().map(Utterance::from),
            (None, _) => statements.next().map(Utterance::from),
        };
        let Some(said) = said else { break };
        n += 1;
        let [bytes, kind, speaker, mention, cue, rule, conf, words] = row(article, said);
        writeln!(
            out,
            "{n:>3}  {bytes:>11}  {kind:<8}  {speaker:<16}  {mention:<14}  {cue:<12}  {rule:<19}  {conf:>4}  {words}"
        )?;
    }
    for s in article.skipped() {
        writeln!(
            out,
            "  -  {:>11}  skipped: a quotation of {} bytes, over the limit",
            format!("{}..{}", s.start(), s.end()),
            s.len()
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
