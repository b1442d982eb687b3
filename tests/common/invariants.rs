//! The invariants every [`Article`] must satisfy for the text it was made from, shared by the
//! property tests, the regression tests and the fuzz targets (which include this file by path).

use quote_attribution::{Article, Span};

/// Checks that `text[start..end]` is a valid slice that reads `want`.
fn slice_reads(text: &str, what: &str, start: usize, end: usize, want: &str) -> Result<(), String> {
    if start > end || end > text.len() {
        return Err(format!(
            "{what} {start}..{end} out of bounds (len {})",
            text.len()
        ));
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Err(format!("{what} {start}..{end} is not on char boundaries"));
    }
    if &text[start..end] != want {
        return Err(format!(
            "{what} {start}..{end} slices to {:?}, reported {want:?}",
            &text[start..end]
        ));
    }
    Ok(())
}

/// Checks that `start..end` is a valid, non-empty slice of `text`.
fn in_text(text: &str, what: &str, start: usize, end: usize) -> Result<(), String> {
    if start >= end || end > text.len() {
        return Err(format!(
            "{what} {start}..{end} empty or out of bounds (len {})",
            text.len()
        ));
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Err(format!("{what} {start}..{end} is not on char boundaries"));
    }
    Ok(())
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// A mention or cue of the quotation `quote`: a non-empty span of the text that reads `part`
/// and lies outside the quotation.
fn outside_quote(
    text: &str,
    what: &str,
    span: Span,
    part: &str,
    quote: Span,
) -> Result<(), String> {
    in_text(text, what, span.start, span.end)?;
    slice_reads(text, what, span.start, span.end, part)?;
    if overlaps(span, quote) {
        return Err(format!(
            "{what} {part:?} at {}..{} lies in the quote {}..{}",
            span.start, span.end, quote.start, quote.end
        ));
    }
    Ok(())
}

/// Every span of `article` is in bounds, on char boundaries and slices to its reported text;
/// quotations are in order and disjoint, with their pieces and inner quotations inside them;
/// attributions are complete and point at real speakers and mentions.
pub fn check(text: &str, article: &Article<'_>) -> Result<(), String> {
    let n_speakers = article.speakers.len();
    let mut used = vec![false; n_speakers];
    let mut prev_end = 0;
    for (i, q) in article.quotes.iter().enumerate() {
        let what = format!("quote #{i}");
        in_text(text, &what, q.start, q.end)?;
        slice_reads(text, &what, q.start, q.end, &q.text)?;
        if q.start < prev_end {
            return Err(format!(
                "{what} {}..{} starts before the previous quote ends at {prev_end}",
                q.start, q.end
            ));
        }
        prev_end = q.end;
        let opener = q.text.chars().next().unwrap_or(' ');
        if !"\"'`“”‘’„‚«»‹›「」『』".contains(opener) {
            return Err(format!("{what} {:?} does not start with a mark", q.text));
        }

        // Pieces: at least one, in order, disjoint, covering the quote from end to end, a
        // paragraph break between each two, every piece but the last unclosed.
        let (Some(first), Some(last)) = (q.pieces.first(), q.pieces.last()) else {
            return Err(format!("{what} has no pieces"));
        };
        if first.start != q.start || last.end != q.end {
            return Err(format!(
                "{what} {}..{} but its pieces run {}..{}",
                q.start, q.end, first.start, last.end
            ));
        }
        if last.unclosed != q.unclosed {
            return Err(format!(
                "{what} unclosed={} but its last piece unclosed={}",
                q.unclosed, last.unclosed
            ));
        }
        for (k, p) in q.pieces.iter().enumerate() {
            in_text(text, &format!("{what} piece #{k}"), p.start, p.end)?;
        }
        for (k, w) in q.pieces.windows(2).enumerate() {
            if w[0].end > w[1].start {
                return Err(format!("{what} pieces #{k} and #{} overlap", k + 1));
            }
            if !w[0].unclosed {
                return Err(format!("{what} piece #{k} is closed but not the last"));
            }
            let gap = &text[w[0].end..w[1].start];
            if !gap.contains(['\n', '\r', '\u{2028}', '\u{2029}']) {
                return Err(format!(
                    "{what} pieces #{k} and #{} have no paragraph break between them: {gap:?}",
                    k + 1
                ));
            }
        }

        // The words without the marks lie in each piece, a mark shorter at either end at most.
        for (k, (c, p)) in q.content_spans().zip(q.pieces.iter()).enumerate() {
            if text.get(c.range()).is_none()
                || !p.span().contains(c)
                || c.start - p.start > 3
                || p.end - c.end > 3
            {
                return Err(format!(
                    "{what} piece #{k} {}..{} has its words at {}..{}",
                    p.start, p.end, c.start, c.end
                ));
            }
        }

        // Inner quotations lie inside the quote.
        for (k, s) in q.inner.iter().enumerate() {
            in_text(text, &format!("{what} inner #{k}"), s.start, s.end)?;
            if !q.span().contains(*s) {
                return Err(format!(
                    "{what} {}..{} does not contain its inner #{k} {}..{}",
                    q.start, q.end, s.start, s.end
                ));
            }
        }

        // An attribution's confidence is its rule's; its speaker, mention and cue are real.
        let Some(a) = q.attribution() else {
            continue;
        };
        if a.confidence != a.rule.confidence() || !(0.0..=1.0).contains(&a.confidence) {
            return Err(format!(
                "{what} confidence {} for rule {:?}",
                a.confidence, a.rule
            ));
        }
        if a.speaker >= n_speakers {
            return Err(format!("{what} speaker {} of {n_speakers}", a.speaker));
        }
        used[a.speaker] = true;
        let m = &a.mention;
        let mw = format!("{what} mention");
        outside_quote(text, &mw, m.span(), &m.text, q.span())?;
        if !article.speakers[a.speaker].mentions.contains(m) {
            return Err(format!(
                "{mw} {:?} at {}..{} is not among its speaker's mentions",
                m.text, m.start, m.end
            ));
        }
        if let Some(c) = &a.cue {
            outside_quote(text, &format!("{what} cue"), c.span(), &c.text, q.span())?;
        }
    }

    // Quotations skipped for their length: real spans, in text order.
    for (k, s) in article.skipped.iter().enumerate() {
        in_text(text, &format!("skipped #{k}"), s.start, s.end)?;
    }
    if article.skipped.windows(2).any(|w| w[0].start > w[1].start) {
        return Err("skipped quotations are not in text order".to_string());
    }

    // Reported statements: in text order, in the text, never inside a quotation, with a real
    // speaker whose mentions hold the statement's own.
    let mut prev_start = 0;
    for (i, st) in article.statements.iter().enumerate() {
        let what = format!("statement #{i}");
        in_text(text, &what, st.start, st.end)?;
        slice_reads(text, &what, st.start, st.end, &st.text)?;
        if st.start < prev_start || st.start >= st.end {
            return Err(format!(
                "{what} {}..{} is out of order or empty",
                st.start, st.end
            ));
        }
        prev_start = st.start;
        if let Some(q) = article
            .quotes
            .iter()
            .find(|q| q.span().contains(st.span()) && q.span() != st.span())
        {
            return Err(format!(
                "{what} {}..{} lies inside quote {}..{}",
                st.start, st.end, q.start, q.end
            ));
        }
        let a = st.attribution();
        if a.confidence != a.rule.confidence() || a.speaker >= n_speakers {
            return Err(format!("{what}: rule {:?}, speaker {}", a.rule, a.speaker));
        }
        used[a.speaker] = true;
        if !article.speakers[a.speaker].mentions.contains(&a.mention) {
            return Err(format!(
                "{what} mention {:?} is not its speaker's",
                a.mention.text
            ));
        }
        in_text(
            text,
            &format!("{what} mention"),
            a.mention.start,
            a.mention.end,
        )?;
        if let Some(c) = &a.cue {
            in_text(text, &format!("{what} cue"), c.start, c.end)?;
            slice_reads(text, &format!("{what} cue"), c.start, c.end, &c.text)?;
        }
    }

    // Speakers: each the speaker of some quote or statement, with real mentions in text order.
    for (s, speaker) in article.speakers.iter().enumerate() {
        let what = format!("speaker #{s} {:?}", speaker.name);
        if !used[s] {
            return Err(format!("{what} says nothing"));
        }
        if speaker.name.trim().is_empty() {
            return Err(format!("{what} has an empty name"));
        }
        if speaker.mentions.is_empty() {
            return Err(format!("{what} has no mentions"));
        }
        for (k, m) in speaker.mentions.iter().enumerate() {
            let mw = format!("{what} mention #{k}");
            in_text(text, &mw, m.start, m.end)?;
            slice_reads(text, &mw, m.start, m.end, &m.text)?;
        }
        if speaker.mentions.windows(2).any(|w| w[0].start > w[1].start) {
            return Err(format!("{what} mentions are not in text order"));
        }
    }
    Ok(())
}
