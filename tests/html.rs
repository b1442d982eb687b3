//! The HTML page as markup, on any text and on any article: its elements nest, its paragraphs
//! read as the text's, and each quotation is one highlight with its speaker. An article that
//! does not fit its text (spans past its end or inside a character, speakers that do not exist)
//! still makes a page. The page in a real browser is tested in `tests/browser.rs`.

#![cfg(all(feature = "html", feature = "serde"))]

use proptest::prelude::*;
use proptest::sample::select;
use quote_attribution::{Article, Attributor, HtmlPage, QuoteKind};
use serde_json::{Value, json};

/// What the article element of a page holds.
#[derive(Debug)]
struct Reading {
    /// Each paragraph's text, unescaped.
    paragraphs: Vec<String>,
    /// Every start tag inside the paragraphs, without its `<` and `>`.
    tags: Vec<String>,
}

/// Reads the article element of `page`, checking that its elements nest, that they all stand
/// in paragraphs, and that its text holds no markup character but in a character reference.
fn read(page: &str) -> Result<Reading, String> {
    let from = page.find("<article").ok_or("no <article>")?;
    let body_from = from + page[from..].find('>').ok_or("<article> is not closed")? + 1;
    let to = page.find("</article>").ok_or("no </article>")?;
    let mut rest = page
        .get(body_from..to)
        .ok_or("</article> before <article>")?;
    let mut open: Vec<&str> = Vec::new();
    let mut reading = Reading {
        paragraphs: Vec::new(),
        tags: Vec::new(),
    };
    let mut paragraph: Option<String> = None;
    while !rest.is_empty() {
        if let Some(tail) = rest.strip_prefix('<') {
            let end = tail.find('>').ok_or("a tag is not closed")?;
            let tag = &tail[..end];
            rest = &tail[end + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                match open.pop() {
                    Some(o) if o == name => {}
                    o => return Err(format!("</{name}> closes {o:?}")),
                }
                if name == "p" {
                    reading.paragraphs.extend(paragraph.take());
                }
            } else {
                let name = tag.split(' ').next().unwrap_or_default();
                match (name, open.is_empty()) {
                    ("p", true) => paragraph = Some(String::new()),
                    ("p", false) => return Err(format!("<p> inside {open:?}")),
                    (_, true) => return Err(format!("<{tag}> outside a paragraph")),
                    (_, false) => reading.tags.push(tag.to_string()),
                }
                open.push(name);
            }
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = unescape(&rest[..end])?;
            rest = &rest[end..];
            match &mut paragraph {
                Some(p) => p.push_str(&text),
                None if text.trim().is_empty() => {}
                None => return Err(format!("text outside paragraphs: {text:?}")),
            }
        }
    }
    match open.is_empty() {
        true => Ok(reading),
        false => Err(format!("{open:?} left open")),
    }
}

/// Text with its five character references read; any other `&` or a `>` is an error.
fn unescape(s: &str) -> Result<String, String> {
    if s.contains('>') {
        return Err(format!("a bare > in {s:?}"));
    }
    let mut out = String::with_capacity(s.len());
    let mut parts = s.split('&');
    out.push_str(parts.next().unwrap_or_default());
    for part in parts {
        let (reference, rest) = part.split_once(';').ok_or(format!("a bare & in {s:?}"))?;
        out.push(match reference {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "#39" => '\'',
            _ => return Err(format!("&{reference}; in {s:?}")),
        });
        out.push_str(rest);
    }
    Ok(out)
}

/// The paragraphs a page shows for `text`: its lines that hold more than spaces, with a NUL
/// shown as U+FFFD.
fn paragraphs(text: &str) -> Vec<String> {
    let paragraphs: Vec<String> = text
        .split(['\n', '\r'])
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.replace('\0', "\u{FFFD}"))
        .collect();
    match paragraphs.is_empty() {
        true => vec!["The text is empty.".to_string()],
        false => paragraphs,
    }
}

/// The value of attribute `name` in a start tag.
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let from = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(&tag[from..from + tag[from..].find('"')?])
}

/// Checks the page of an attributed text: it reads as the text, and each quotation and each
/// reported statement is one highlight, numbered in text order, in its speaker's class.
fn check_attributed(text: &str) -> Result<(), TestCaseError> {
    let article = Attributor::new()
        .attribute(text)
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let page = HtmlPage::new(text, &article).to_string();
    let reading = read(&page).map_err(TestCaseError::fail)?;
    prop_assert_eq!(&reading.paragraphs, &paragraphs(text));
    let all: Vec<&String> = reading
        .tags
        .iter()
        .filter(|t| t.starts_with("mark id="))
        .collect();
    // Highlights are numbered in text order, quotations and reported statements together.
    for (n, tag) in all.iter().enumerate() {
        let n = (n + 1).to_string();
        prop_assert_eq!(attribute(tag, "data-h"), Some(n.as_str()));
    }
    let reported = |t: &&&String| attribute(t, "class").is_some_and(|c| c.contains("reported"));
    prop_assert_eq!(
        all.iter().filter(reported).count(),
        article.statements().len()
    );
    let firsts: Vec<&&String> = all.iter().filter(|t| !reported(t)).collect();
    prop_assert_eq!(firsts.len(), article.quotes().len());
    for (tag, quote) in firsts.iter().zip(article.quotes()) {
        let speaker = quote.speaker_index().map(|s| s.to_string());
        prop_assert_eq!(attribute(tag, "data-speaker"), speaker.as_deref());
    }
    Ok(())
}

/// Short texts of quotation marks, markup characters, line endings and words.
fn soup() -> impl Strategy<Value = String> {
    "[a-zA-Z .,:“”‘’\"'<>&;#é🙂\u{0}\r\n-]{0,120}"
}

/// News-like paragraphs: quotations with speakers and cues, and markup in the words.
fn news() -> impl Strategy<Value = String> {
    let words = select(vec![
        "the deal",
        "<b>",
        "&amp;",
        "Tom & Jerry",
        "it’s",
        "“we’ll see”",
        "‘no way’",
        "a\u{0}b",
    ]);
    let paragraph = (
        words.clone(),
        select(vec!["Trump", "Victor Cha", "she", "the President", "Kim"]),
        select(vec!["said", "told reporters", "added", "asked"]),
        words,
    )
        .prop_map(|(a, who, cue, b)| format!("“{a} {b},” {who} {cue}. He cited {b}."));
    prop::collection::vec(
        (paragraph, select(vec!["\n\n", "\r\n", "\r", "\n \n"])),
        0..6,
    )
    .prop_map(|ps| ps.into_iter().map(|(p, br)| p + br).collect())
}

/// A span anywhere near a text of `len` bytes: inside it, past it, or reversed.
fn span(len: usize) -> impl Strategy<Value = (usize, usize)> {
    (0..len + 4, 0..len + 4)
}

/// Any text with an article made up for it: spans anywhere, speakers that may not exist. The
/// result types cannot be built outside the crate (they are `#[non_exhaustive]`), so the article
/// is read from its JSON form, as a program reads one that it stored.
fn made_up() -> impl Strategy<Value = (String, Article<'static>)> {
    "[a-z “”é\n\r]{0,60}".prop_flat_map(|text| {
        let len = text.len();
        let quote = (
            span(len),
            span(len),
            span(len),
            prop::collection::vec(span(len), 0..3),
            prop::option::of(0usize..4),
            select(vec![QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Term]),
        )
            .prop_map(|((start, end), mention, cue, inner, speaker, kind)| {
                let attributed = speaker.is_some();
                json!({
                    "start": start,
                    "end": end,
                    "text": "“…”",
                    "kind": kind.as_str(),
                    "marks": "curly",
                    "pieces": [{"start": start, "end": end, "unclosed": false}],
                    "inner": inner
                        .into_iter()
                        .map(|(s, e)| json!({"start": s, "end": e}))
                        .collect::<Vec<_>>(),
                    "unclosed": false,
                    "speaker": speaker,
                    "mention": attributed.then(|| mention_at(mention)),
                    "cue": attributed.then(|| json!({"start": cue.0, "end": cue.1, "text": "said"})),
                    "confidence": attributed.then_some(0.5),
                    "rule": attributed.then_some("adjacent"),
                })
            });
        let speaker = prop::collection::vec(span(len), 0..4).prop_map(|mentions| {
            json!({
                "name": "Someone <x>",
                "role": "a \"role\"",
                "mentions": mentions.into_iter().map(mention_at).collect::<Vec<_>>(),
            })
        });
        (
            Just(text),
            prop::collection::vec(quote, 0..6),
            prop::collection::vec(speaker, 0..3),
        )
            .prop_map(|(text, quotes, speakers)| {
                let article = json!({"quotes": quotes, "speakers": speakers});
                let article = serde_json::from_value(article).expect("an article's JSON form");
                (text, article)
            })
    })
}

fn mention_at((start, end): (usize, usize)) -> Value {
    json!({"start": start, "end": end, "text": "him", "kind": "pronoun"})
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_page_of_any_text_reads_as_the_text(text in soup()) {
        check_attributed(&text)?;
    }

    #[test]
    fn the_page_of_news_highlights_each_quotation_once(text in news()) {
        check_attributed(&text)?;
    }

    #[test]
    fn any_article_makes_a_well_formed_page((text, article) in made_up()) {
        let page = HtmlPage::new(&text, &article).to_string();
        let reading = read(&page).map_err(TestCaseError::fail)?;
        prop_assert_eq!(reading.paragraphs, paragraphs(&text));
        prop_assert!(page.ends_with("</html>\n"));
    }
}

#[test]
fn the_sample_article_reads_as_its_text() {
    let text = include_str!("fixtures/hanoi.txt");
    check_attributed(text).expect("the sample's page");
    let article = Attributor::new().attribute(text).expect("attributes");
    let reading = read(&HtmlPage::new(text, &article).to_string()).expect("reads");
    let inner: usize = article.quotes().iter().map(|q| q.inner.len()).sum();
    let marked = |prefix: &str| {
        reading
            .tags
            .iter()
            .filter(|t| t.starts_with(prefix))
            .count()
    };
    assert_eq!(marked("span class=\"inner\""), inner);
    assert_eq!(
        marked("span class=\"cue\""),
        article
            .utterances()
            .filter_map(|u| u.attribution()?.cue.as_ref().map(|c| (c.start, c.end)))
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    );
}

#[test]
fn the_reader_rejects_bad_markup() {
    let page = |body: &str| format!("<article class=\"text\">\n{body}</article>");
    assert!(read(&page("<p>a <b>c</p></b>")).is_err());
    assert!(read(&page("<p>a</p> b")).is_err());
    assert!(read(&page("<p>a > b</p>")).is_err());
    assert!(read(&page("<p>a & b</p>")).is_err());
    assert!(read(&page("<mark>a</mark>")).is_err());
    let ok = read(&page(
        "<p>a <mark id=\"h1\">&lt;b&gt; &amp;amp;</mark></p>\n",
    ))
    .expect("reads");
    assert_eq!(ok.paragraphs, ["a <b> &amp;"]);
    assert_eq!(ok.tags, ["mark id=\"h1\""]);
}
