//! Sentence context around a quotation: the narrative words before it back to the sentence's
//! start, and after it on to the sentence's end. Quotations are opaque: a period inside one does
//! not end the narrator's sentence (`“We’ll see.” Trump said.` is one sentence).

use std::ops::Range;

use crate::tokens::{Kind, Token, narrow};

/// How far a context reaches, in tokens, at the most: every scan is bounded.
pub(crate) const MAX_CONTEXT: usize = 60;

/// Whether `w`, right before a period, is an abbreviation whose period does not end a sentence
/// (titles and initials are told apart elsewhere). A `match` on the word (by length, then
/// bytes) rather than a scan of a list: this is asked at every period.
fn is_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "St" | "Jr"
            | "Sr"
            | "Inc"
            | "Co"
            | "Corp"
            | "Ltd"
            | "No"
            | "vs"
            | "etc"
            | "U.S"
            | "U.N"
            | "U.K"
            | "D.C"
            | "a.m"
            | "p.m"
            | "Ph.D"
            | "Mt"
            | "Ft"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Aug"
            | "Sept"
            | "Sep"
            | "Oct"
            | "Nov"
            | "Dec"
            | "R"
            | "D"
            | "I"
    )
}

/// The tokens before and after one quotation that belong to its sentence. Token indices are
/// kept as `u32` (a document has fewer than 2^32 bytes), so that a context takes 32 bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Context {
    left: [u32; 2],
    right: [u32; 2],
    sentence: [u32; 2],
    left_quote: Option<u32>,
}

impl Context {
    fn new(
        left: Range<usize>,
        right: Range<usize>,
        sentence: Range<usize>,
        left_quote: Option<usize>,
    ) -> Context {
        let pair = |r: Range<usize>| [narrow(r.start), narrow(r.end)];
        Context {
            left: pair(left),
            right: pair(right),
            sentence: pair(sentence),
            left_quote: left_quote.map(narrow),
        }
    }

    /// Tokens from the sentence's start (or the previous quotation) up to the quotation.
    pub(crate) fn left(&self) -> Range<usize> {
        self.left[0] as usize..self.left[1] as usize
    }

    /// Tokens after the quotation up to the sentence's end (or the next quotation), the final
    /// punctuation excluded.
    pub(crate) fn right(&self) -> Range<usize> {
        self.right[0] as usize..self.right[1] as usize
    }

    /// The whole sentence, through any other quotations in it.
    pub(crate) fn sentence(&self) -> Range<usize> {
        self.sentence[0] as usize..self.sentence[1] as usize
    }

    /// The left context stopped at this quotation token of the same sentence, not at its start.
    pub(crate) fn left_quote(&self) -> Option<usize> {
        self.left_quote.map(|q| q as usize)
    }
}

/// Whether the token at `i` ends a sentence.
pub(crate) fn ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else { return true };
    match t.kind() {
        Kind::Break => true,
        Kind::Punct('?' | '!') => true,
        Kind::Punct('.') if continues_after(text, tokens, i) => false,
        Kind::Punct('.') => {
            let prev = i.checked_sub(1).and_then(|p| tokens.get(p));
            let abbreviation = prev.is_some_and(|p| {
                p.is_word() && p.span().end == t.span().start && {
                    let w = &text[p.span().range()];
                    is_abbreviation(w)
                        || p.class().title().is_some()
                        || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
                }
            });
            if !abbreviation {
                return true;
            }
            // After an abbreviation, only a new paragraph or a lower-case word shows that the
            // sentence goes on; anything else is read as going on too.
            false
        }
        _ => false,
    }
}

/// The longest clause after a quotation that ends in a period and still belongs to it:
/// `“We’ll see.” Trump said.`
const SHORT_TAIL: usize = 6;

/// Whether the quotation in `span` ends its sentence: its words end in a period.
fn quote_ends_sentence(text: &str, span: crate::result::Span) -> bool {
    text.get(span.range())
        .is_some_and(|q| crate::marks::words_end(q).ends_with('.'))
}

/// Whether the sentence visibly goes on after the period at `i`: a lower-case word, or a
/// closing bracket or comma (`(D-N.Y.) said`, `U.S., …`).
fn continues_after(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|t| match t.kind() {
        Kind::Word => text[t.span().range()]
            .chars()
            .next()
            .is_some_and(char::is_lowercase),
        Kind::Punct(c) => matches!(c, ')' | ']' | ',' | ';' | ':'),
        _ => false,
    })
}

/// Where a document's sentences end, found in one pass, so that a quotation's context is found
/// by binary search however many quotations stand in one sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SentenceIndex {
    /// The tokens where the narrative around a quotation stops: other quotations and sentence
    /// ends, in order.
    stops: Vec<usize>,
    /// The tokens that end a sentence through quotations: sentence ends, and quotations that end
    /// in a period, in order.
    ends: Vec<usize>,
}

impl SentenceIndex {
    pub(crate) fn new(text: &str, tokens: &[Token]) -> SentenceIndex {
        // News has a sentence end every twenty-odd tokens: room for one every eight spares
        // the lists their regrowing on almost any text.
        let mut stops = Vec::with_capacity(tokens.len() / 8 + 1);
        let mut ends = Vec::with_capacity(tokens.len() / 8 + 1);
        for (i, t) in tokens.iter().enumerate() {
            let (stop, end) = match t.kind() {
                Kind::Word => continue,
                Kind::Quote(_) => (true, quote_ends_sentence(text, t.span())),
                // Most marks (commas, dashes, brackets) end no sentence: only a break and
                // these are asked of `ends_sentence`.
                Kind::Punct(c) if !matches!(c, '.' | '?' | '!') => continue,
                Kind::Break | Kind::Punct(_) => {
                    let end = ends_sentence(text, tokens, i);
                    (end, end)
                }
            };
            if stop {
                stops.push(i);
            }
            if end {
                ends.push(i);
            }
        }
        SentenceIndex { stops, ends }
    }

    /// The last of `list` before token `i`, if it is at `floor` or after; `hint` as for
    /// [`rank`], and set to the rank found.
    fn last_before(list: &[usize], i: usize, floor: usize, hint: &mut usize) -> Option<usize> {
        let k = rank(list, i, *hint);
        *hint = k;
        list.get(k.checked_sub(1)?).copied().filter(|&s| s >= floor)
    }

    /// Where the sentence of the token at `i` starts, through quotations, no further back than
    /// `floor`. `hint` as for [`rank`], and set to the rank found: look-ups in text order each
    /// go on from the last one's answer.
    pub(crate) fn start(&self, i: usize, floor: usize, hint: &mut usize) -> usize {
        Self::last_before(&self.ends, i, floor, hint).map_or(floor, |e| e + 1)
    }

    /// The first token at `i` or after that ends a sentence (a sentence end, or a quotation
    /// that ends in a period), no further than `ceiling`; `hint` as for
    /// [`SentenceIndex::start`].
    pub(crate) fn end(&self, i: usize, ceiling: usize, hint: &mut usize) -> usize {
        let k = rank(&self.ends, i, *hint);
        *hint = k;
        self.ends
            .get(k)
            .copied()
            .filter(|&s| s < ceiling)
            .unwrap_or(ceiling)
    }

    /// The first of `list` at token `i` or after, if it is before `ceiling`; `hint` as for
    /// [`rank`].
    fn first_from(list: &[usize], i: usize, ceiling: usize, hint: usize) -> Option<usize> {
        list.get(rank(list, i, hint))
            .copied()
            .filter(|&s| s < ceiling)
    }
}

/// How many items of the sorted `list` are below `target`, searched from `hint`: galloping
/// forward from it, so a look-up costs the logarithm of how far its answer lies past the hint.
/// Any hint gives the right answer; one past the answer costs a binary search.
fn rank(list: &[usize], target: usize, hint: usize) -> usize {
    let below = |s: &usize| *s < target;
    let hint = hint.min(list.len());
    if hint > 0 && !below(&list[hint - 1]) {
        return list[..hint].partition_point(below);
    }
    // Everything before `lo` is below the target.
    let mut lo = hint;
    let mut step = 1;
    while let Some(s) = list.get(lo + step - 1) {
        if !below(s) {
            break;
        }
        lo += step;
        step *= 2;
    }
    let hi = (lo + step).min(list.len());
    lo + list[lo..hi].partition_point(below)
}

/// Where the last look-ups into a [`SentenceIndex`] landed. Quotations are looked up in text
/// order, so each look-up starts from the last one's answer.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Cursor {
    stops: usize,
    ends: usize,
}

/// The sentence context of the quotation token at `q`. `cursor` speeds up look-ups for
/// quotations taken in text order; any cursor gives the same answer.
pub(crate) fn context(
    text: &str,
    tokens: &[Token],
    index: &SentenceIndex,
    q: usize,
    cursor: &mut Cursor,
) -> Context {
    let floor = q.saturating_sub(MAX_CONTEXT);
    let (start, left_quote) =
        match SentenceIndex::last_before(&index.stops, q, floor, &mut cursor.stops) {
            Some(s) => (
                s + 1,
                matches!(tokens[s].kind(), Kind::Quote(_)).then_some(s),
            ),
            None => (floor, None),
        };
    let ceiling = (q + 1 + MAX_CONTEXT).min(tokens.len());
    let (mut end, mut right_quote) =
        match SentenceIndex::first_from(&index.stops, q + 1, ceiling, cursor.stops) {
            Some(s) => (s, matches!(tokens[s].kind(), Kind::Quote(_)).then_some(s)),
            None => (ceiling, None),
        };
    // A quotation that ends in a period ends the sentence, but for a short attribution.
    // A question after it is a sentence of its own (`“…” What do you say?`).
    let short_attribution = right_quote.is_none()
        && end - (q + 1) <= SHORT_TAIL
        && !tokens.get(end).is_some_and(|t| t.is_punct('?'))
        && tokens[q + 1..end]
            .iter()
            .any(|t| t.is_word() && t.class().is(crate::lexicon::flag::VERB));
    if quote_ends_sentence(text, tokens[q].span()) && !short_attribution {
        end = q + 1;
        right_quote = None;
    }
    // The whole sentence passes through other quotations, up to one that ends it.
    let s_start = if left_quote.is_some() {
        SentenceIndex::last_before(&index.ends, start, floor, &mut cursor.ends)
            .map_or(floor, |e| e + 1)
    } else {
        start
    };
    let s_end = match right_quote {
        Some(_) => {
            SentenceIndex::first_from(&index.ends, end, ceiling, cursor.ends).unwrap_or(ceiling)
        }
        None => end,
    };
    Context::new(start..q, q + 1..end, s_start..s_end, left_quote)
}

/// For tests: `text` tokenized with the first occurrence of `quote` as its one quotation, that
/// quotation's token, and its context.
#[cfg(test)]
pub(crate) fn around_quote(text: &str, quote: &str) -> (Vec<Token>, usize, Context) {
    let s = text.find(quote).unwrap_or(0);
    let mut tokens = Vec::new();
    let span = crate::result::Span::new(s, s + quote.len());
    crate::tokens::tokenize(text, [span], &crate::lexicon::DEFAULT, &mut tokens);
    let q = tokens
        .iter()
        .position(|t| matches!(t.kind(), Kind::Quote(_)))
        .unwrap_or(0);
    let c = context(
        text,
        &tokens,
        &SentenceIndex::new(text, &tokens),
        q,
        &mut Cursor::default(),
    );
    (tokens, q, c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rank_from_any_hint_is_the_partition_point() {
        let lists: [&[usize]; 5] = [
            &[],
            &[4],
            &[1, 3, 3, 3, 8, 9, 20],
            &[0, 1, 2, 3, 4, 5],
            &[7; 9],
        ];
        for list in lists {
            for target in 0..25 {
                let want = list.partition_point(|&s| s < target);
                for hint in 0..list.len() + 3 {
                    assert_eq!(rank(list, target, hint), want, "{list:?} {target} {hint}");
                }
            }
        }
    }

    #[test]
    fn contexts_in_order_with_a_cursor_are_those_found_alone() {
        let text = "He said “a” and “b.” “C,” she said. Then “d” and “e” “f.”\n\n“G” was \
                    it, they said “h.” “I?” “J,” Kim asked “k” and “l.”";
        let spans = crate::scanner::scan(text, Vec::new())
            .into_iter()
            .map(|q| q.span);
        let mut tokens = Vec::new();
        crate::tokens::tokenize(text, spans, &crate::lexicon::DEFAULT, &mut tokens);
        let index = SentenceIndex::new(text, &tokens);
        let quotes: Vec<usize> = (0..tokens.len())
            .filter(|&i| matches!(tokens[i].kind(), Kind::Quote(_)))
            .collect();
        assert!(quotes.len() >= 12);
        let mut cursor = Cursor::default();
        for &q in &quotes {
            let alone = context(text, &tokens, &index, q, &mut Cursor::default());
            assert_eq!(context(text, &tokens, &index, q, &mut cursor), alone, "{q}");
        }
        // A cursor left past the answer still gives it.
        for &q in &quotes {
            let alone = context(text, &tokens, &index, q, &mut Cursor::default());
            assert_eq!(context(text, &tokens, &index, q, &mut cursor), alone, "{q}");
        }
    }

    fn around(text: &str, quote: &str) -> (String, String) {
        let (tokens, _, c) = around_quote(text, quote);
        let join = |r: Range<usize>| {
            tokens[r]
                .iter()
                .map(|t| &text[t.span().range()])
                .collect::<Vec<_>>()
                .join(" ")
        };
        (join(c.left()), join(c.right()))
    }

    #[test]
    fn context_runs_to_the_sentence_ends() {
        let text = "It rained. Asked how, Trump pointed to “just my touch.” Then he left.";
        assert_eq!(
            around(text, "“just my touch.”"),
            ("Asked how , Trump pointed to".into(), "".into())
        );
        let text = "“We’ll see.” Mr. Trump said on Sunday. Next.";
        assert_eq!(
            around(text, "“We’ll see.”"),
            ("".into(), "Mr . Trump said on Sunday".into())
        );
    }

    #[test]
    fn paragraph_breaks_end_context() {
        let text = "Before\n“Quote,” he said\nafter";
        assert_eq!(around(text, "“Quote,”"), ("".into(), "he said".into()));
    }

    #[test]
    fn a_period_before_a_bracket_or_lower_case_does_not_end_sentences() {
        let text = "Rep. Hakeem Jeffries (D-N.Y.) said “no.”";
        assert_eq!(
            around(text, "“no.”").0,
            "Rep . Hakeem Jeffries ( D-N.Y . ) said"
        );
        let text = "It grew 5 p.m. on Friday. He said “no.”";
        assert_eq!(around(text, "“no.”").0, "He said");
    }

    #[test]
    fn initials_do_not_end_sentences() {
        let text = "George H. W. Bush said “no.”";
        assert_eq!(around(text, "“no.”").0, "George H . W . Bush said");
    }
}
