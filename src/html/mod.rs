//! An attributed article as a web page: the article's own text, each quotation highlighted in
//! its speaker's colour, with who said it, through which mention, cue and rule, and how surely.
//!
//! The page is one self-contained HTML file: its style sheet and a little script are inline,
//! and it loads nothing (its content security policy forbids it). Without the script it is
//! still complete: every highlight has its details in a `title` and in the list of quotations
//! after the text, which each highlight names as its description for screen readers.
//!
//! How it is drawn:
//! - Speech quotations stand in their speaker's colour (see `palette` for the twelve colours
//!   and the patterns beyond them; a speaker's colour follows its index in
//!   [`Article::speakers`], so the same text gets the same colours on every run); speech with no
//!   speaker is hatched grey over a dotted line; terms, which are not speech, are underlined.
//! - Hovering, focusing (each highlight is in the tab order) or tapping a highlight shows its
//!   details beside it (at the foot of the screen on a phone) and marks its mention and its cue.
//! - The legend lists the speakers with their roles and numbers of statements; choosing one
//!   marks its statements and goes to the first.
//!
//! The text is laid out by `text` (paragraphs, properly nested elements, escaping), from the list
//! of highlights that `highlights` builds from the article: the one place to extend for a new
//! kind of result.

mod escape;
mod highlights;
mod palette;
mod text;

use std::fmt::{self, Write};
use std::io;

use self::escape::escape;
use self::highlights::{Highlight, Kind, highlights};
use self::text::{Markup, write_text};
use crate::result::{Article, Span};

/// The page's style sheet, before the speakers' colours.
const STYLE: &str = include_str!("page.css");
/// The page's script: details on hover, focus or tap; the legend's choice of a speaker.
const SCRIPT: &str = include_str!("page.js");
/// How many characters of a quotation the list of quotations shows.
const EXCERPT_CHARS: usize = 120;

/// An [`Article`] with its text, as a self-contained HTML page: the text with every quotation
/// highlighted in its speaker's colour, a legend of the speakers, and the list of quotations
/// with their speakers, mentions, cues, rules and confidences.
///
/// The page is UTF-8, loads nothing from the network and reads without JavaScript. Offsets in
/// the article are byte offsets into `text`; a span that is not a range of `text` on character
/// boundaries (an article of another text) is left unmarked, and any text is escaped, so
/// that no input makes the page run a script of its own or panics.
///
/// ```
/// use quote_attribution::{Attributor, HtmlPage};
///
/// let text = "“We’ll see,” Trump said. Fans of <b> & “Star Wars” came.";
/// let article = Attributor::new().attribute(text)?;
///
/// let mut html = String::new();
/// HtmlPage::new(text, &article).title("Hanoi").write(&mut html)?;
/// assert!(html.starts_with("<!DOCTYPE html>"));
/// assert!(html.contains("<title>Hanoi</title>"));
/// assert!(html.contains("Fans of &lt;b&gt; &amp; "));
///
/// // Any `io::Write`, such as a file or standard output:
/// let mut bytes = Vec::new();
/// HtmlPage::new(text, &article).write_io(&mut bytes)?;
/// assert_eq!(bytes.len(), HtmlPage::new(text, &article).to_string().len());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct HtmlPage<'a, 't> {
    text: &'a str,
    article: &'a Article<'t>,
    title: &'a str,
}

impl<'a, 't> HtmlPage<'a, 't> {
    /// The page of `article`, the result of attributing `text`.
    #[must_use]
    pub fn new(text: &'a str, article: &'a Article<'t>) -> HtmlPage<'a, 't> {
        HtmlPage {
            text,
            article,
            title: "Who said what",
        }
    }

    /// Sets the page's title and heading (by default `Who said what`).
    pub fn title(&mut self, title: &'a str) -> &mut HtmlPage<'a, 't> {
        self.title = title;
        self
    }

    /// Writes the page to `out`.
    ///
    /// # Errors
    /// The error of `out`, if writing to it fails; the page itself cannot fail.
    pub fn write<W: Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        Page::new(self.text, self.article).write(out, self.title)
    }

    /// Writes the page to `out`, through a buffer.
    ///
    /// # Errors
    /// The error of `out`, if writing to it or flushing it fails.
    pub fn write_io<W: io::Write + ?Sized>(&self, out: &mut W) -> io::Result<()> {
        let mut out = io::BufWriter::new(out);
        io::Write::write_fmt(&mut out, format_args!("{self}"))?;
        io::Write::flush(&mut out)
    }
}

/// The page as a string: `page.to_string()`, or `write!(out, "{page}")`.
impl fmt::Display for HtmlPage<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f)
    }
}

/// Writes `article`, the result of attributing `text`, as an HTML page to `out`: see
/// [`HtmlPage`], which also sets the page's title.
///
/// ```
/// use quote_attribution::{Attributor, write_html};
///
/// let text = "“Nobody knows,” Trump said.";
/// let article = Attributor::new().attribute(text)?;
/// let mut html = String::new();
/// write_html(&mut html, text, &article)?;
/// assert!(html.contains(r#"class="hl direct said s0""#));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// The error of `out`, if writing to it fails.
pub fn write_html<W: Write + ?Sized>(
    out: &mut W,
    text: &str,
    article: &Article<'_>,
) -> fmt::Result {
    HtmlPage::new(text, article).write(out)
}

/// Writes `article`, the result of attributing `text`, as an HTML page to `out`, an
/// [`io::Write`] such as a file: see [`HtmlPage`].
///
/// ```no_run
/// use quote_attribution::{Attributor, write_html_io};
///
/// let text = std::fs::read_to_string("article.txt")?;
/// let article = Attributor::new().attribute(&text)?;
/// let mut file = std::fs::File::create("article.html")?;
/// write_html_io(&mut file, &text, &article)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// The error of `out`, if writing to it or flushing it fails.
pub fn write_html_io<W: io::Write + ?Sized>(
    out: &mut W,
    text: &str,
    article: &Article<'_>,
) -> io::Result<()> {
    HtmlPage::new(text, article).write_io(out)
}

/// What an element around a span of the text stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Element {
    /// The highlight at this index.
    Highlight(usize),
    /// A mention of a speaker: of the speaker at this index, where it is known.
    Mention(Option<usize>),
    /// An attribution's cue.
    Cue,
}

/// One page being written: the article, its highlights, and the elements of its text.
struct Page<'a, 't> {
    text: &'a str,
    article: &'a Article<'t>,
    highlights: Vec<Highlight<'a>>,
    /// Each highlight's number in the list of quotations, for those that are described.
    numbers: Vec<Option<usize>>,
    /// Every span that gets an element, in text order, and what it stands for.
    spans: Vec<Span>,
    elements: Vec<Element>,
}

impl<'a, 't> Page<'a, 't> {
    fn new(text: &'a str, article: &'a Article<'t>) -> Page<'a, 't> {
        let highlights = highlights(article);
        let mut n = 0;
        let numbers = highlights
            .iter()
            .map(|h| {
                h.kind.is_described().then(|| {
                    n += 1;
                    n
                })
            })
            .collect();
        // Highlights, then every mention of a speaker and every cue, once each.
        let mut all: Vec<(Span, Element)> = highlights
            .iter()
            .enumerate()
            .map(|(i, h)| (h.span, Element::Highlight(i)))
            .collect();
        let mentions = article.speakers().iter().enumerate().flat_map(|(i, s)| {
            s.mentions()
                .iter()
                .map(move |m| (m.span(), Element::Mention(Some(i))))
        });
        let said = highlights
            .iter()
            .filter_map(|h| h.mention.map(|m| (m.span(), Element::Mention(h.speaker))));
        let cues = highlights
            .iter()
            .filter_map(|h| h.cue.map(|c| (c.span(), Element::Cue)));
        // A mention or a cue that runs into a highlight would cut it: it is left unmarked.
        let mut edges: Vec<usize> = highlights
            .iter()
            .flat_map(|h| [h.span.start, h.span.end])
            .collect();
        edges.sort_unstable();
        let crosses_an_edge = |span: Span| {
            let next = edges.partition_point(|&e| e <= span.start);
            edges.get(next).is_some_and(|&e| e < span.end)
        };
        let mut words: Vec<(Span, Element)> = mentions
            .chain(said)
            .chain(cues)
            .filter(|&(span, _)| !crosses_an_edge(span))
            .collect();
        words.sort_by_key(|&(span, element)| (span, matches!(element, Element::Cue), element));
        words.dedup_by_key(|&mut (span, element)| (span, matches!(element, Element::Cue)));
        all.extend(words);
        all.sort_by_key(|&(span, element)| (span.start, std::cmp::Reverse(span.end), element));
        let (spans, elements) = all.into_iter().unzip();
        Page {
            text,
            article,
            highlights,
            numbers,
            spans,
            elements,
        }
    }

    fn write<W: Write + ?Sized>(&self, out: &mut W, title: &str) -> fmt::Result {
        out.write_str(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
             style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n<title>",
        )?;
        escape(out, title)?;
        out.write_str("</title>\n<style>\n")?;
        out.write_str(STYLE)?;
        self.write_colours(out)?;
        out.write_str("</style>\n</head>\n<body>\n<div class=\"page\">\n<header>\n<h1>")?;
        escape(out, title)?;
        out.write_str("</h1>\n")?;
        self.write_summary(out)?;
        out.write_str("</header>\n<main>\n<article class=\"text\" aria-label=\"The article\">\n")?;
        let opened = write_text(out, self.text, &self.spans, &mut TextMarkup { page: self })?;
        if text::paragraphs(self.text).next().is_none() {
            out.write_str("<p class=\"empty\">The text is empty.</p>\n")?;
        }
        out.write_str("</article>\n</main>\n")?;
        // Which highlights are in the text, to link to: those on a range of the text.
        let mut shown = vec![false; self.highlights.len()];
        for (element, opened) in self.elements.iter().zip(opened) {
            if let (&Element::Highlight(i), true) = (element, opened) {
                shown[i] = true;
            }
        }
        self.write_legend(out, &shown)?;
        self.write_notes(out, &shown)?;
        out.write_str(
            "</div>\n<div id=\"panel\" class=\"panel\" hidden aria-hidden=\"true\"></div>\n<script>\n",
        )?;
        out.write_str(SCRIPT)?;
        out.write_str("</script>\n</body>\n</html>\n")
    }

    /// Each speaker's colours, as a rule for its class.
    fn write_colours<W: Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        for i in 0..self.article.speakers().len() {
            let (colour, pattern) = palette::style(i);
            write!(out, ".s{i} {{ --c: {}; --t: {};", colour.line, colour.tint)?;
            if let Some(pattern) = pattern {
                write!(out, " --p: {pattern};")?;
            }
            out.write_str(" }\n")?;
        }
        Ok(())
    }

    fn statements(&self) -> impl Iterator<Item = &Highlight<'a>> {
        self.highlights.iter().filter(|h| h.kind.is_statement())
    }

    fn write_summary<W: Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        let statements = self.statements().count();
        let unsaid = self.statements().filter(|h| h.speaker.is_none()).count();
        let terms = self
            .highlights
            .iter()
            .filter(|h| h.kind == Kind::Term)
            .count();
        let speakers = self.article.speakers().len();
        writeln!(
            out,
            "<p class=\"summary\">{}, by {}; {} without a speaker; {}.</p>",
            counted(statements, "statement", "statements"),
            counted(speakers, "speaker", "speakers"),
            unsaid,
            counted(terms, "term (not speech)", "terms (not speech)"),
        )
    }

    /// The legend: each speaker, linked to its first statement in the text, then a key to the
    /// highlights that have no speaker's colour.
    fn write_legend<W: Write + ?Sized>(&self, out: &mut W, shown: &[bool]) -> fmt::Result {
        out.write_str(
            "<nav class=\"legend\" aria-labelledby=\"legend-title\">\n\
             <h2 id=\"legend-title\">Speakers</h2>\n",
        )?;
        if self.article.speakers().is_empty() {
            out.write_str("<p class=\"empty\">No speakers found.</p>\n")?;
        } else {
            out.write_str(
                "<p class=\"hint js-only\">Choose a speaker to mark their statements.</p>\n\
                 <ul class=\"speakers\">\n",
            )?;
            // Each speaker's number of statements, and the number of its first in the text.
            let mut counts = vec![0; self.article.speakers().len()];
            let mut firsts = vec![None; counts.len()];
            for (j, h) in self.highlights.iter().enumerate() {
                let Some(s) = h.speaker.filter(|_| h.kind.is_statement()) else {
                    continue;
                };
                if let (Some(count), Some(first)) = (counts.get_mut(s), firsts.get_mut(s)) {
                    *count += 1;
                    if first.is_none() && shown[j] {
                        *first = self.numbers[j];
                    }
                }
            }
            let speakers = self
                .article
                .speakers()
                .iter()
                .zip(counts.into_iter().zip(firsts));
            for (i, (speaker, (count, first))) in speakers.enumerate() {
                match first {
                    Some(n) => write!(
                        out,
                        "<li><a class=\"who s{i}\" href=\"#h{n}\" data-speaker=\"{i}\">"
                    )?,
                    None => write!(out, "<li><span class=\"who s{i}\" data-speaker=\"{i}\">")?,
                }
                out.write_str(
                    "<span class=\"swatch\" aria-hidden=\"true\"></span><span class=\"name\">",
                )?;
                escape(out, speaker.name())?;
                out.write_str("</span> ")?;
                if let Some(role) = speaker.role() {
                    out.write_str("<span class=\"role\">")?;
                    escape(out, role)?;
                    out.write_str("</span> ")?;
                }
                writeln!(
                    out,
                    "<span class=\"count\">{}</span>{}</li>",
                    counted(count, "statement", "statements"),
                    if first.is_some() { "</a>" } else { "</span>" }
                )?;
            }
            out.write_str("</ul>\n")?;
        }
        out.write_str(
            "<ul class=\"key\">\n\
             <li><mark class=\"hl unsaid\">“…”</mark> a statement with no speaker found</li>\n\
             <li><mark class=\"hl term\">“…”</mark> a term in quotation marks, not speech</li>\n\
             </ul>\n</nav>\n",
        )
    }

    /// The list of quotations: each highlight's excerpt, linked to it, and its details, which
    /// the highlight names as its description.
    fn write_notes<W: Write + ?Sized>(&self, out: &mut W, shown: &[bool]) -> fmt::Result {
        out.write_str(
            "<section class=\"notes\" aria-labelledby=\"notes-title\">\n\
             <h2 id=\"notes-title\">Quotations</h2>\n",
        )?;
        if !self.numbers.iter().any(Option::is_some) {
            out.write_str("<p class=\"empty\">No quotations found.</p>\n</section>\n")?;
            return Ok(());
        }
        out.write_str("<ol>\n")?;
        for (i, h) in self.highlights.iter().enumerate() {
            let Some(n) = self.numbers[i] else { continue };
            write!(out, "<li id=\"n{n}\">")?;
            let linked = shown[i];
            if linked {
                write!(out, "<a class=\"excerpt\" href=\"#h{n}\">")?;
            } else {
                out.write_str("<span class=\"excerpt\">")?;
            }
            escape(
                out,
                &excerpt(self.text.get(h.span.range()).unwrap_or_default()),
            )?;
            out.write_str(if linked { "</a>" } else { "</span>" })?;
            write!(out, " <span class=\"details\" id=\"d{n}\">")?;
            for (label, value) in self.details(h) {
                out.write_str("<span class=\"row\"><span class=\"k\">")?;
                escape(out, label)?;
                out.write_str(":</span> ")?;
                escape(out, &value)?;
                out.write_str("</span>")?;
            }
            out.write_str("</span></li>\n")?;
        }
        out.write_str("</ol>\n</section>\n")
    }

    /// What the page says about a highlight, as labels and values.
    fn details(&self, h: &Highlight<'_>) -> Vec<(&'static str, String)> {
        let mut rows = Vec::with_capacity(6);
        if h.kind.is_statement() {
            let speaker = h.speaker.and_then(|i| self.article.speakers().get(i));
            rows.push((
                "Speaker",
                speaker.map_or_else(
                    || "none found".to_string(),
                    |s| match s.role() {
                        Some(role) => format!("{} ({role})", s.name()),
                        None => s.name().to_string(),
                    },
                ),
            ));
        }
        rows.push(("Kind", h.kind.name().to_string()));
        if h.kind.is_statement() {
            let none = || "none".to_string();
            rows.push((
                "Mention",
                h.mention.map_or_else(none, |m| format!("“{}”", m.as_str())),
            ));
            rows.push(("Cue", h.cue.map_or_else(none, |c| format!("“{}”", c.text))));
            rows.push((
                "Rule",
                h.rule.map_or_else(none, |r| words(&format!("{r:?}"))),
            ));
            rows.push((
                "Confidence",
                h.confidence.map_or_else(none, |c| format!("{c:.2}")),
            ));
        }
        rows
    }
}

/// Opens and closes the elements of the text.
struct TextMarkup<'p, 'a, 't> {
    page: &'p Page<'a, 't>,
}

impl<W: Write + ?Sized> Markup<W> for TextMarkup<'_, '_, '_> {
    fn open(&mut self, out: &mut W, index: usize, first: bool) -> fmt::Result {
        let page = self.page;
        match page.elements[index] {
            Element::Highlight(i) => {
                let h = &page.highlights[i];
                let Some(n) = page.numbers[i] else {
                    return write!(out, "<span class=\"{}\">", h.kind.class());
                };
                out.write_str("<mark")?;
                if first {
                    write!(out, " id=\"h{n}\"")?;
                }
                write!(out, " class=\"hl {}", h.kind.class())?;
                if h.kind.is_statement() {
                    match h.speaker {
                        Some(s) => write!(out, " said s{s}")?,
                        None => out.write_str(" unsaid")?,
                    }
                }
                if !first {
                    out.write_str(" cont")?;
                }
                write!(out, "\" data-h=\"{n}\"")?;
                if let Some(s) = h.speaker {
                    write!(out, " data-speaker=\"{s}\"")?;
                }
                if let Some(m) = h.mention {
                    write!(out, " data-mention=\"m{}-{}\"", m.start, m.end)?;
                }
                if let Some(c) = h.cue {
                    write!(out, " data-cue=\"c{}-{}\"", c.start, c.end)?;
                }
                write!(
                    out,
                    " tabindex=\"{}\" aria-describedby=\"d{n}\" title=\"",
                    if first { 0 } else { -1 }
                )?;
                for (k, (label, value)) in page.details(h).into_iter().enumerate() {
                    if k > 0 {
                        out.write_str("&#10;")?;
                    }
                    escape(out, label)?;
                    out.write_str(": ")?;
                    escape(out, &value)?;
                }
                out.write_str("\">")
            }
            Element::Mention(speaker) => {
                out.write_str("<span class=\"mention\"")?;
                if first {
                    let span = page.spans[index];
                    write!(out, " id=\"m{}-{}\"", span.start, span.end)?;
                }
                if let Some(s) = speaker {
                    write!(out, " data-speaker=\"{s}\"")?;
                }
                out.write_str(">")
            }
            Element::Cue => {
                out.write_str("<span class=\"cue\"")?;
                if first {
                    let span = page.spans[index];
                    write!(out, " id=\"c{}-{}\"", span.start, span.end)?;
                }
                out.write_str(">")
            }
        }
    }

    fn close(&mut self, out: &mut W, index: usize) -> fmt::Result {
        match self.page.elements[index] {
            Element::Highlight(i) if self.page.numbers[i].is_some() => out.write_str("</mark>"),
            _ => out.write_str("</span>"),
        }
    }
}

/// `n` and the noun, singular or plural.
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A rule's name in words: `SentenceCue` → `sentence cue`.
fn words(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push(' ');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// The start of a quotation for the list of quotations, on one line.
fn excerpt(quote: &str) -> String {
    let mut out: String = quote
        .chars()
        .take(EXCERPT_CHARS)
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    if quote.chars().nth(EXCERPT_CHARS).is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::{Attributor, Speaker};

    const HANOI: &str = include_str!("../../tests/fixtures/hanoi.txt");

    fn page(text: &str, article: &Article<'_>) -> String {
        HtmlPage::new(text, article).to_string()
    }

    fn attributed(text: &str) -> String {
        let article = Attributor::new().attribute(text).expect("attributes");
        page(text, &article)
    }

    /// The start tags of `page` that open with `prefix`.
    fn tags<'p>(page: &'p str, prefix: &str) -> Vec<&'p str> {
        page.match_indices(prefix)
            .map(|(i, _)| &page[i..i + page[i..].find('>').expect("tags close")])
            .collect()
    }

    #[test]
    fn markup_in_the_text_and_the_title_is_shown_as_text() {
        let text = "“<script>alert(1)</script> &amp; it’s done,” Trump said. <b>Tom</b> & 'Jerry'";
        let article = Attributor::new().attribute(text).expect("attributes");
        let html = HtmlPage::new(text, &article)
            .title("<i>\"T\" & 'S'</i>")
            .to_string();
        assert!(
            html.contains("“&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; it’s done,”</mark>")
        );
        assert!(html.contains("&lt;b&gt;Tom&lt;/b&gt; &amp; "));
        assert!(html.contains("&#39;Jerry&#39;"));
        assert!(html.contains("<title>&lt;i&gt;&quot;T&quot; &amp; &#39;S&#39;&lt;/i&gt;</title>"));
        // The excerpt in the list of quotations and the highlight's title are escaped too.
        assert!(html.contains("\">“&lt;script&gt;alert(1)"));
        assert_eq!(
            html.matches("<script").count(),
            1,
            "only the page's own script"
        );
        assert_eq!(html.matches("<b>").count(), 0);
    }

    #[test]
    fn an_empty_text_makes_a_page_that_says_so() {
        let html = page("", &Article::default());
        assert!(html.contains("<p class=\"empty\">The text is empty.</p>"));
        assert!(html.contains("<p class=\"empty\">No speakers found.</p>"));
        assert!(html.contains("<p class=\"empty\">No quotations found.</p>"));
        assert!(html.contains("0 statements, by 0 speakers; 0 without a speaker; 0 terms"));
        assert!(html.ends_with("</html>\n"));
        // Blank lines are no text either.
        assert!(attributed("\r\n \n\r").contains("The text is empty."));
    }

    #[test]
    fn a_text_without_quotations_is_the_text_alone() {
        let html = attributed("Nothing was said.\r\n\r\nNothing at all.");
        assert!(html.contains("<p>Nothing was said.</p>\n<p>Nothing at all.</p>\n"));
        assert!(tags(&html, "<mark id=").is_empty());
        assert!(html.contains("No quotations found."));
        assert!(!html.contains("The text is empty."));
    }

    #[test]
    fn every_quotation_is_one_highlight_with_its_speaker() {
        let article = Attributor::new().attribute(HANOI).expect("attributes");
        let html = page(HANOI, &article);
        let all = tags(&html, "<mark id=");
        let reported = all.iter().filter(|m| m.contains("hl reported")).count();
        assert_eq!(reported, article.statements().len());
        let marks: Vec<_> = all.iter().filter(|m| !m.contains("hl reported")).collect();
        assert_eq!(marks.len(), article.quotes().len());
        for (mark, quote) in marks.iter().zip(article.quotes()) {
            let n: String = mark["<mark id=\"h".len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            assert!(
                mark.contains(&format!("aria-describedby=\"d{n}\"")),
                "{mark}"
            );
            match quote.speaker_index() {
                Some(s) => assert!(mark.contains(&format!(" said s{s}\" ")), "{mark}"),
                None if quote.kind().is_speech() => assert!(mark.contains(" unsaid"), "{mark}"),
                None => assert!(mark.contains("class=\"hl term\""), "{mark}"),
            }
            if let Some(m) = quote.mention() {
                let id = format!("m{}-{}", m.start, m.end);
                assert!(mark.contains(&format!("data-mention=\"{id}\"")), "{mark}");
                assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
            }
            assert!(html.contains(&format!("<li id=\"n{n}\">")));
        }
    }

    #[test]
    fn a_speakers_colour_follows_its_index_and_is_the_same_on_every_run() {
        let article = Attributor::new().attribute(HANOI).expect("attributes");
        let html = page(HANOI, &article);
        assert_eq!(
            html,
            page(HANOI, &Attributor::new().attribute(HANOI).expect("again"))
        );
        let cha = article
            .speakers()
            .iter()
            .position(|s| s.name() == "Victor Cha")
            .expect("Cha speaks");
        let (colour, _) = palette::style(cha);
        assert!(html.contains(&format!(
            ".s{cha} {{ --c: {}; --t: {}; }}",
            colour.line, colour.tint
        )));
        assert!(html.contains(&format!("class=\"who s{cha}\"")));
    }

    #[test]
    fn speakers_after_the_twelfth_get_a_pattern() {
        let speakers: Vec<Speaker<'static>> = (0..14)
            .map(|i| Speaker {
                name: Cow::Owned(format!("Speaker {i}")),
                role: None,
                mentions: Vec::new(),
            })
            .collect();
        let article = Article {
            quotes: Vec::new(),
            statements: Vec::new(),
            speakers,
            skipped: Vec::new(),
        };
        let html = page("Text.", &article);
        assert!(html.contains(".s11 { --c: #6b9bb2; --t: #cceeff; }"));
        assert!(html.contains(&format!(
            ".s12 {{ --c: #0072b2; --t: #80b8d8; --p: {}; }}",
            palette::PATTERNS[0]
        )));
        // Listed, though they say nothing here: no link to a first statement.
        assert!(html.contains("<li><span class=\"who s13\" data-speaker=\"13\">"));
        assert!(html.contains("<span class=\"count\">0 statements</span>"));
    }

    #[test]
    fn a_quotation_over_two_paragraphs_is_one_highlight_in_two_parts() {
        let text = "Cha said: “The gap is wide.\r\n\r\n“It will stay so.”";
        let html = attributed(text);
        let marks = tags(&html, "<mark ");
        assert_eq!(
            marks.len(),
            2 + 2,
            "two parts, and the two samples in the key"
        );
        assert!(marks[0].starts_with("<mark id=\"h1\" class=\"hl direct said s0\""));
        assert!(marks[1].starts_with("<mark class=\"hl direct said s0 cont\" data-h=\"1\""));
        assert!(marks[1].contains("tabindex=\"-1\""));
    }

    #[test]
    fn rule_names_in_words() {
        assert_eq!(words("SentenceCue"), "sentence cue");
        assert_eq!(words("Adjacent"), "adjacent");
        assert_eq!(words(""), "");
    }

    #[test]
    fn excerpts_are_one_line_and_cut_on_characters() {
        assert_eq!(excerpt("“a\r\nb”"), "“a  b”");
        let long = "é".repeat(EXCERPT_CHARS + 1);
        let cut = excerpt(&long);
        assert_eq!(cut.chars().count(), EXCERPT_CHARS + 1);
        assert!(cut.ends_with("é…"));
        assert_eq!(
            excerpt(&long[..2 * EXCERPT_CHARS]),
            long[..2 * EXCERPT_CHARS]
        );
    }

    #[test]
    fn io_and_fmt_writers_get_the_same_page() {
        let text = "“Yes,” she said.";
        let article = Attributor::new().attribute(text).expect("attributes");
        let mut fmt_out = String::new();
        write_html(&mut fmt_out, text, &article).expect("writes");
        let mut io_out = Vec::new();
        write_html_io(&mut io_out, text, &article).expect("writes");
        assert_eq!(fmt_out.as_bytes(), io_out);
    }
}
