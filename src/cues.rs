//! Cues: the words that signal an attribution. A form of a speech verb (`said`, `quipped`), a
//! multi-word cue (`according to`, `told reporters`, `pointed to`), or the colon that introduces
//! a quotation.

use std::ops::Range;

use crate::lexicon::{Lexicon, flag};
use crate::tokens::{Kind, Token};

/// The cue that starts at token `i`, as a token range: the longest phrase there, else a verb.
pub(crate) fn cue_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    lex: &Lexicon,
) -> Option<Range<usize>> {
    let t = tokens.get(i)?;
    if !t.is_word() || !t.class.is(flag::VERB | flag::PHRASE) {
        return None;
    }
    let mut best: Option<usize> = None;
    if t.class.is(flag::PHRASE) {
        for rest in lex.phrases(&text[t.span.range()]) {
            let matches = rest.iter().enumerate().all(|(k, w)| {
                tokens
                    .get(i + 1 + k)
                    .is_some_and(|t| t.is_word() && text[t.span.range()].eq_ignore_ascii_case(w))
            });
            if matches && best.is_none_or(|b| rest.len() > b) {
                best = Some(rest.len());
            }
        }
    }
    match best {
        Some(n) => Some(i..i + 1 + n),
        None if t.class.is(flag::VERB) => Some(i..i + 1),
        None => None,
    }
}

/// Where a document's cues are, found in one pass so that a rule finds the cues near a
/// quotation in constant time, however many quotations the document has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CueIndex {
    /// For each token, the end of the cue that starts there, or 0.
    end: Vec<usize>,
    /// For each token, the first cue that starts there or after it (`usize::MAX`: none).
    next: Vec<usize>,
    /// For each token, the last cue that starts there or before it (`usize::MAX`: none).
    prev: Vec<usize>,
}

impl CueIndex {
    pub(crate) fn new(text: &str, tokens: &[Token], lex: &Lexicon) -> CueIndex {
        let n = tokens.len();
        let mut end = vec![0; n];
        let mut i = 0;
        while i < n {
            match cue_at(text, tokens, i, lex) {
                Some(c) => {
                    end[i] = c.end;
                    // A phrase's later words start no cue of their own.
                    i = c.end.max(i + 1);
                }
                None => i += 1,
            }
        }
        let mut next = vec![usize::MAX; n];
        let mut following = usize::MAX;
        for i in (0..n).rev() {
            if end[i] > 0 {
                following = i;
            }
            next[i] = following;
        }
        let mut prev = vec![usize::MAX; n];
        let mut preceding = usize::MAX;
        for i in 0..n {
            if end[i] > 0 {
                preceding = i;
            }
            prev[i] = preceding;
        }
        CueIndex { end, next, prev }
    }

    /// The cue that starts at token `i`.
    pub(crate) fn at(&self, i: usize) -> Option<Range<usize>> {
        let end = *self.end.get(i)?;
        (end > i).then_some(i..end)
    }

    /// The cues that start and end within `range`, in order.
    pub(crate) fn within(&self, range: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
        let mut i = range.start;
        std::iter::from_fn(move || {
            let start = *self.next.get(i).filter(|&&s| s < range.end)?;
            i = start + 1;
            self.at(start)
        })
        .filter(move |c| c.end <= range.end)
    }

    /// The cues that start within `range`, last first.
    pub(crate) fn within_rev(
        &self,
        range: Range<usize>,
    ) -> impl Iterator<Item = Range<usize>> + '_ {
        let mut i = range.end;
        std::iter::from_fn(move || {
            let start = *self
                .prev
                .get(i.checked_sub(1)?)
                .filter(|&&s| s >= range.start && s != usize::MAX)?;
            i = start;
            self.at(start)
        })
    }

    /// The first cue within `range`.
    pub(crate) fn first_in(&self, range: Range<usize>) -> Option<Range<usize>> {
        self.within(range).next()
    }
}

/// Whether the token at `i` is a colon.
pub(crate) fn is_colon(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| t.kind == Kind::Punct(':'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::DEFAULT;
    use crate::tokens::tokenize;

    fn cues(text: &str) -> Vec<String> {
        let mut tokens = Vec::new();
        tokenize(text, &[], &DEFAULT, &mut tokens);
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match cue_at(text, &tokens, i, &DEFAULT) {
                Some(r) => {
                    out.push(
                        text[tokens[r.start].span.start..tokens[r.end - 1].span.end].to_string(),
                    );
                    i = r.end;
                }
                None => i += 1,
            }
        }
        out
    }

    #[test]
    fn verbs_in_every_form_are_cues() {
        assert_eq!(cues("Trump said it"), vec!["said"]);
        assert_eq!(
            cues("she says, he added, they insisted"),
            vec!["says", "added", "insisted"]
        );
        assert_eq!(cues("he quipped and tweeted"), vec!["quipped", "tweeted"]);
    }

    #[test]
    fn phrases_win_over_their_first_word() {
        assert_eq!(cues("according to the paper"), vec!["according to"]);
        assert_eq!(cues("Trump told reporters"), vec!["told reporters"]);
        assert_eq!(cues("Trump pointed to it"), vec!["pointed to"]);
        assert_eq!(cues("He went on to say"), vec!["went on to say"]);
    }

    #[test]
    fn the_index_finds_cues_in_ranges() {
        let text = "He said it, and according to them she told reporters so.";
        let mut tokens = Vec::new();
        tokenize(text, &[], &DEFAULT, &mut tokens);
        let index = CueIndex::new(text, &tokens, &DEFAULT);
        let words = |r: Range<usize>| {
            text[tokens[r.start].span.start..tokens[r.end - 1].span.end].to_string()
        };
        let all: Vec<String> = index.within(0..tokens.len()).map(words).collect();
        assert_eq!(all, vec!["said", "according to", "told reporters"]);
        let back: Vec<String> = index.within_rev(0..tokens.len()).map(words).collect();
        assert_eq!(back, vec!["told reporters", "according to", "said"]);
        // A cue that runs past the range's end is not within it.
        assert_eq!(
            index.within(0..6).map(words).collect::<Vec<_>>(),
            vec!["said"]
        );
        assert_eq!(index.first_in(2..5), None);
        assert_eq!(index.at(1), Some(1..2));
        assert_eq!(index.at(0), None);
    }

    #[test]
    fn other_words_are_not_cues() {
        assert!(cues("The table was in the house near a river").is_empty());
        assert!(cues("according").is_empty());
    }
}
