//! The HTML page in a real browser: headless Chromium loads the sample article's page, and the
//! tests read the document it built (after the page's script ran) and a screenshot of it.
//!
//! Chromium is `$CHROMIUM`, or `chromium` (Debian's package) or `chromium-browser` on the
//! `PATH`. Where there is none, each test prints a notice and passes, unless
//! `QA_REQUIRE_BROWSER=1` (as `.ci/run` sets it) makes its absence a failure. Each run of the
//! browser has a fresh profile and a minute to finish.

#![cfg(all(feature = "html", unix))]

use std::env;
use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use quote_attribution::{Article, Attributor, HtmlPage};

const HANOI: &str = include_str!("fixtures/hanoi.txt");
/// How long one run of the browser may take.
const TIMEOUT: Duration = Duration::from_secs(60);

/// Chromium, or `None` (after a notice) where there is none and none is required.
fn browser() -> Option<PathBuf> {
    let found = env::var_os("CHROMIUM").map(PathBuf::from).or_else(|| {
        let path = env::var_os("PATH")?;
        ["chromium", "chromium-browser"]
            .iter()
            .flat_map(|name| env::split_paths(&path).map(move |dir| dir.join(name)))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        assert!(
            env::var("QA_REQUIRE_BROWSER").as_deref() != Ok("1"),
            "QA_REQUIRE_BROWSER=1 and no Chromium: install Debian's `chromium` or set CHROMIUM"
        );
        eprintln!("notice: browser test skipped: no Chromium (install `chromium` or set CHROMIUM)");
    }
    found
}

/// A directory of its own under the system's temporary directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = env::temp_dir().join(format!("qa-browser-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        TempDir(dir)
    }

    /// Writes `page` to a file in the directory, and gives its `file://` address.
    fn page(&self, page: &str) -> String {
        let path = self.0.join("page.html");
        std::fs::write(&path, page).expect("the page is written");
        format!("file://{}", path.display())
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs headless Chromium on `url` with `args`, and gives what it wrote on standard output.
/// Its whole process group is killed if it takes longer than [`TIMEOUT`].
fn chromium(browser: &Path, args: &[&str], url: &str) -> String {
    let profile = TempDir::new();
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.0.display()))
        .args(args)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .expect("Chromium starts");
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut stderr = child.stderr.take().expect("stderr is piped");
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        stdout.read_to_string(&mut s).map(|_| s)
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        stderr.read_to_string(&mut s).map(|_| s)
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("Chromium runs") {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let group = format!("-{}", child.id());
            let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
            let _ = child.wait();
            panic!("Chromium took longer than {TIMEOUT:?} on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let out = out.join().expect("reader").expect("stdout is UTF-8");
    let err = err.join().expect("reader").unwrap_or_default();
    assert!(
        status.success(),
        "Chromium failed ({status}) on {url}:\n{err}"
    );
    out
}

/// The document that Chromium built from `page`, with the address's fragment `#fragment`.
fn dump_dom(browser: &Path, page: &str, fragment: &str) -> String {
    let dir = TempDir::new();
    let url = dir.page(page) + fragment;
    chromium(browser, &["--dump-dom"], &url)
}

/// The start tags (without `<` and `>`) in `dom` that begin with `prefix`, and where each ends.
fn start_tags<'d>(dom: &'d str, prefix: &str) -> Vec<(&'d str, usize)> {
    dom.match_indices(&format!("<{prefix}"))
        .filter_map(|(i, _)| {
            let end = i + dom[i..].find('>')?;
            Some((&dom[i + 1..end], end + 1))
        })
        .collect()
}

/// The value of attribute `name` in a start tag, unescaped.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let from = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(unescape(&tag[from..from + tag[from..].find('"')?]))
}

/// Text as Chromium serializes it, read.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// The text of the element whose start tag ends at `from`, its tags removed.
fn text_of(dom: &str, from: usize) -> String {
    let mut depth = 1;
    let mut text = String::new();
    let mut rest = &dom[from..];
    while depth > 0 && !rest.is_empty() {
        match rest.find('<') {
            Some(0) => {
                let end = rest.find('>').map_or(rest.len(), |e| e + 1);
                depth = if rest.starts_with("</") {
                    depth - 1
                } else {
                    depth + 1
                };
                rest = &rest[end..];
            }
            Some(i) => {
                text.push_str(&rest[..i]);
                rest = &rest[i..];
            }
            None => rest = "",
        }
    }
    unescape(&text)
}

fn page(text: &str, article: &Article<'_>) -> String {
    HtmlPage::new(text, article).title("Hanoi").to_string()
}

#[test]
fn each_quotation_is_one_highlight_with_its_speaker_and_the_legend_counts_them() {
    let Some(browser) = browser() else { return };
    let article = Attributor::new().attribute(HANOI).expect("attributes");
    // The address names the first highlight: the script shows its details.
    let dom = dump_dom(&browser, &page(HANOI, &article), "#h1");
    assert!(
        dom.contains("<html lang=\"en\" class=\"js\">"),
        "the script ran"
    );

    let all = start_tags(&dom, "mark id=\"h");
    let reported = all
        .iter()
        .filter(|(tag, _)| attribute(tag, "class").is_some_and(|c| c.contains("reported")))
        .count();
    assert_eq!(reported, article.statements().len(), "one per statement");
    let marks: Vec<_> = all
        .into_iter()
        .filter(|(tag, _)| attribute(tag, "class").is_some_and(|c| !c.contains("reported")))
        .collect();
    assert_eq!(
        marks.len(),
        article.quotes().len(),
        "one highlight per quotation"
    );
    for ((tag, end), quote) in marks.iter().zip(article.quotes()) {
        assert!(attribute(tag, "id").is_some_and(|id| id.starts_with('h')));
        let first_piece = &HANOI[quote.pieces()[0].start..quote.pieces()[0].end];
        assert_eq!(text_of(&dom, *end), first_piece, "{tag}");
        assert_eq!(
            attribute(tag, "data-speaker"),
            quote.speaker_index().map(|s| s.to_string()),
            "{tag}"
        );
        let class = attribute(tag, "class").expect("a class");
        match quote.speaker_index() {
            Some(s) => assert!(class.contains(&format!(" said s{s}")), "{class}"),
            None => assert!(
                class.contains(" term") || class.contains(" unsaid"),
                "{class}"
            ),
        }
        // The script moved the details from the title, where they are without it.
        let details = attribute(tag, "data-title").expect("the details");
        if let Some(speaker) = article.speaker_of(quote) {
            assert!(
                details.starts_with(&format!("Speaker: {}", speaker.name())),
                "{details}"
            );
        }
    }

    for (i, speaker) in article.speakers().iter().enumerate() {
        let (_, end) = start_tags(&dom, &format!("a class=\"who s{i}\""))[0];
        let entry = text_of(&dom, end);
        let count = article.said_by(i).count();
        let noun = if count == 1 {
            "statement"
        } else {
            "statements"
        };
        assert!(entry.starts_with(speaker.name()), "{entry}");
        assert!(entry.ends_with(&format!("{count} {noun}")), "{entry}");
    }

    // The first highlight's details are shown (a reported statement of Trump's), and its
    // mention and cue marked.
    let first = article
        .utterances()
        .next()
        .and_then(|u| u.attribution())
        .expect("an attributed first statement");
    let (panel, end) = start_tags(&dom, "div id=\"panel\"")[0];
    assert!(!panel.contains(" hidden"), "{panel}");
    assert!(text_of(&dom, end).contains("Speaker: Donald Trump"));
    let mention = &first.mention;
    let cue = first.cue.as_ref().expect("a cue");
    for (class, start, end) in [
        ("mention", mention.start, mention.end),
        ("cue", cue.start, cue.end),
    ] {
        let id = format!("{}{start}-{end}", &class[..1]);
        let tags = start_tags(&dom, &format!("span class=\"{class} on\" id=\"{id}\""));
        assert_eq!(tags.len(), 1, "{class} {id} is marked");
    }
}

#[test]
fn choosing_a_speaker_marks_its_statements() {
    let Some(browser) = browser() else { return };
    let article = Attributor::new().attribute(HANOI).expect("attributes");
    let cha = article
        .speakers()
        .iter()
        .position(|s| s.name() == "Victor Cha")
        .expect("Cha speaks");
    let dom = dump_dom(&browser, &page(HANOI, &article), &format!("#speaker-{cha}"));
    assert!(dom.contains("<body class=\"choosing\">"), "{}", &dom[..200]);
    let chosen = start_tags(&dom, "mark id=\"h")
        .into_iter()
        .filter(|(tag, _)| attribute(tag, "class").is_some_and(|c| c.contains("chosen")))
        .count();
    let own = article.said_by(cha).count();
    assert_eq!(chosen, own);
    let entry = start_tags(&dom, &format!("a class=\"who s{cha}\""));
    assert!(
        entry[0].0.contains("aria-current=\"true\""),
        "{}",
        entry[0].0
    );
}

#[test]
fn markup_in_the_text_stays_text() {
    let Some(browser) = browser() else { return };
    let text = "“<script>alert(1)</script> is &amp; stays text,” Trump said.\r\n\r\n\
                Tom & Jerry <b>bold</b> 'it' \"q\"";
    let article = Attributor::new().attribute(text).expect("attributes");
    let dom = dump_dom(&browser, &page(text, &article), "");
    assert_eq!(
        dom.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert!(!dom.contains("<b>"));
    let (_, end) = start_tags(&dom, "article")[0];
    let shown = text_of(&dom, end);
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        assert!(shown.contains(line), "{line:?} in {shown:?}");
    }
    let (tag, end) = start_tags(&dom, "mark id=\"h1\"")[0];
    assert_eq!(
        text_of(&dom, end),
        "“<script>alert(1)</script> is &amp; stays text,”",
        "{tag}"
    );
}

#[test]
fn the_screenshot_shows_the_page_in_colour() {
    let Some(browser) = browser() else { return };
    let article = Attributor::new().attribute(HANOI).expect("attributes");
    let html = page(HANOI, &article);
    let dir = TempDir::new();
    let url = dir.page(&html);
    let shot = dir.0.join("shot.png");
    let screenshot = format!("--screenshot={}", shot.display());
    chromium(&browser, &[&screenshot, "--window-size=1200,1600"], &url);

    let bytes = std::fs::read(&shot).expect("the screenshot is written");
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("a size")];
    let frame = reader.next_frame(&mut buf).expect("decodes");
    assert_eq!((frame.width, frame.height), (1200, 1600));
    assert_eq!(frame.bit_depth, png::BitDepth::Eight);
    let channels = match frame.color_type {
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        other => panic!("a screenshot in {other:?}"),
    };
    let pixels: Vec<[u8; 3]> = buf[..frame.buffer_size()]
        .chunks_exact(channels)
        .map(|p| [p[0], p[1], p[2]])
        .collect();

    let distinct: std::collections::HashSet<[u8; 3]> = pixels.iter().copied().collect();
    assert!(
        distinct.len() > 200,
        "{} colours: a blank page?",
        distinct.len()
    );
    let white = pixels.iter().filter(|&&p| p == [255, 255, 255]).count();
    assert!(
        white < pixels.len() * 97 / 100,
        "{white} of {} pixels are white",
        pixels.len()
    );
    // The first quotations, Donald Trump's, stand in his tint: `.s0 { --c: …; --t: #rrggbb; }`.
    let tint = html
        .split(".s0 { ")
        .nth(1)
        .and_then(|rule| rule.split("--t: #").nth(1))
        .expect("speaker 0's tint");
    let tint = [0, 2, 4].map(|i| u8::from_str_radix(&tint[i..i + 2], 16).expect("hex"));
    let near = |p: &[u8; 3]| p.iter().zip(tint).all(|(&a, b)| a.abs_diff(b) <= 3);
    let tinted = pixels.iter().filter(|p| near(p)).count();
    assert!(tinted > 5_000, "{tinted} pixels in speaker 0's tint");
}
