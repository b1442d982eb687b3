//! The article's text as HTML paragraphs, with properly nested elements around spans of it.
//!
//! The text is split into paragraphs at every line break (LF, CRLF or CR, as the attributor
//! reads them); blank lines, and lines of nothing but spaces, only separate paragraphs. Each
//! span becomes an element, which the caller's [`Markup`] opens and closes, and the elements
//! always nest: a span that runs over a paragraph break is closed at the paragraph's end and
//! opened again in the next paragraph, and a span that partly overlaps an earlier, enclosing one
//! is clipped to it. A span that is not a range of the text on character boundaries is left out.

use std::fmt::{self, Write};
use std::ops::Range;

use super::escape::escape;
use crate::result::Span;

/// Writes the elements around the spans.
pub(super) trait Markup<W: Write + ?Sized> {
    /// Opens the element of span `index`. `first` is false where the span goes on after a
    /// paragraph break: the element continues one opened before.
    fn open(&mut self, out: &mut W, index: usize, first: bool) -> fmt::Result;

    /// Closes the element of span `index`.
    fn close(&mut self, out: &mut W, index: usize) -> fmt::Result;
}

/// The paragraphs of `text`: its lines that hold more than spaces, without their line breaks.
pub(super) fn paragraphs(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        while start < bytes.len() {
            let rest = bytes.get(start..).unwrap_or_default();
            let end = memchr::memchr2(b'\n', b'\r', rest).map_or(bytes.len(), |i| start + i);
            let line = start..end;
            // CR LF leaves an empty line between the two, skipped as blank.
            start = end + 1;
            if text.get(line.clone()).is_some_and(|l| !l.trim().is_empty()) {
                return Some(line);
            }
        }
        None
    })
}

/// Writes `text` as `<p>` paragraphs, with the elements of `spans` (in text order: by start,
/// then longest first) around their spans. Returns which spans got an element.
pub(super) fn write_text<W, M>(
    out: &mut W,
    text: &str,
    spans: &[Span],
    markup: &mut M,
) -> Result<Vec<bool>, fmt::Error>
where
    W: Write + ?Sized,
    M: Markup<W>,
{
    let valid =
        |s: Span| s.start < s.end && text.is_char_boundary(s.start) && text.is_char_boundary(s.end);
    let mut opened = vec![false; spans.len()];
    // The spans that reach into the current paragraph, in the order given.
    let mut active: Vec<usize> = Vec::new();
    let mut next = 0;
    // This paragraph's part of each active span: clipped start, end, index.
    let mut parts: Vec<(usize, usize, usize)> = Vec::new();
    // The open elements, innermost last: index and where it closes.
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for para in paragraphs(text) {
        active.retain(|&i| spans[i].end > para.start);
        while let Some(&s) = spans.get(next).filter(|s| s.start < para.end) {
            if s.end > para.start && valid(s) {
                active.push(next);
            }
            next += 1;
        }
        parts.clear();
        parts.extend(active.iter().map(|&i| {
            let s = spans[i];
            (s.start.max(para.start), s.end.min(para.end), i)
        }));
        // Spans carried over a break all start here: the longest encloses the others.
        parts.sort_by_key(|&(start, end, i)| (start, std::cmp::Reverse(end), i));

        out.write_str("<p>")?;
        let mut at = para.start;
        for &(start, end, i) in &parts {
            while let Some(&(j, close)) = stack.last().filter(|&&(_, close)| close <= start) {
                write_slice(out, text, at..close)?;
                markup.close(out, j)?;
                at = close;
                stack.pop();
            }
            let end = stack.last().map_or(end, |&(_, close)| end.min(close));
            if start >= end {
                continue;
            }
            write_slice(out, text, at..start)?;
            markup.open(out, i, !opened[i])?;
            opened[i] = true;
            stack.push((i, end));
            at = start;
        }
        while let Some((j, close)) = stack.pop() {
            write_slice(out, text, at..close)?;
            markup.close(out, j)?;
            at = close;
        }
        write_slice(out, text, at..para.end)?;
        out.write_str("</p>\n")?;
    }
    Ok(opened)
}

fn write_slice<W: Write + ?Sized>(out: &mut W, text: &str, range: Range<usize>) -> fmt::Result {
    escape(out, text.get(range).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `<i>`…`</i>` with the span's index, and `+` for a continued element.
    struct Tags;

    impl Markup<String> for Tags {
        fn open(&mut self, out: &mut String, index: usize, first: bool) -> fmt::Result {
            write!(out, "<{index}{}>", if first { "" } else { "+" })
        }

        fn close(&mut self, out: &mut String, index: usize) -> fmt::Result {
            write!(out, "</{index}>")
        }
    }

    fn render(text: &str, spans: &[(usize, usize)]) -> (String, Vec<bool>) {
        let spans: Vec<Span> = spans.iter().map(|&(s, e)| Span::new(s, e)).collect();
        let mut out = String::new();
        let opened = write_text(&mut out, text, &spans, &mut Tags).expect("writes");
        (out, opened)
    }

    #[test]
    fn paragraphs_break_at_every_line_ending_and_skip_blank_lines() {
        let text = "a\n\nb\r\nc\rd\r\n\r\n  \n\te\n";
        let paras: Vec<&str> = paragraphs(text).map(|r| &text[r]).collect();
        assert_eq!(paras, ["a", "b", "c", "d", "\te"]);
        assert_eq!(paragraphs("").count(), 0);
        assert_eq!(paragraphs("\n\r\n \r").count(), 0);
    }

    #[test]
    fn spans_nest_and_the_text_is_escaped() {
        let (html, opened) = render("x “a ‘b’ c” & d", &[(2, 19), (7, 14), (22, 23)]);
        assert_eq!(html, "<p>x <0>“a <1>‘b’</1> c”</0> &amp; <2>d</2></p>\n");
        assert_eq!(opened, [true, true, true]);
    }

    #[test]
    fn equal_spans_nest_in_the_order_given() {
        let (html, _) = render("abc", &[(0, 3), (0, 3), (1, 2)]);
        assert_eq!(html, "<p><0><1>a<2>b</2>c</1></0></p>\n");
    }

    #[test]
    fn a_span_over_a_paragraph_break_is_continued() {
        let (html, _) = render("ab\r\n\r\ncd\nef", &[(1, 11), (7, 10)]);
        assert_eq!(
            html,
            "<p>a<0>b</0></p>\n<p><0+>c<1>d</1></0></p>\n<p><0+><1+>e</1>f</0></p>\n"
        );
    }

    #[test]
    fn a_partly_overlapping_span_is_clipped() {
        let (html, _) = render("abcdef", &[(0, 3), (2, 5)]);
        assert_eq!(html, "<p><0>ab<1>c</1></0>def</p>\n");
    }

    #[test]
    fn spans_off_the_text_or_off_character_boundaries_are_left_out() {
        let (html, opened) = render("é b", &[(1, 3), (0, 0), (3, 99), (2, 1), (3, 4)]);
        assert_eq!(html, "<p>é <4>b</4></p>\n");
        assert_eq!(opened, [false, false, false, false, true]);
    }

    #[test]
    fn a_span_in_a_blank_line_is_left_out_and_one_from_it_starts_at_the_next_paragraph() {
        let (html, opened) = render("a\n \nb", &[(2, 3), (2, 5)]);
        assert_eq!(html, "<p>a</p>\n<p><1>b</1></p>\n");
        assert_eq!(opened, [false, true]);
    }

    #[test]
    fn empty_text() {
        assert_eq!(render("", &[]).0, "");
        assert_eq!(render("", &[(0, 1)]), (String::new(), vec![false]));
    }
}
