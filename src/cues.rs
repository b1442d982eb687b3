//! Cues: the words that signal an attribution. A form of a speech verb (`said`, `quipped`), a
//! multi-word cue (`according to`, `told reporters`, `pointed to`), or the colon that introduces
//! a quotation.

use std::ops::Range;

use crate::lexicon::{Case, Lexicon, flag};
use crate::tokens::{Kind, Token};

/// The cue that starts at token `i`, as a token range: the longest phrase there, else a verb.
pub(crate) fn cue_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    lex: &Lexicon,
) -> Option<Range<usize>> {
    let t = tokens.get(i)?;
    if !t.is_word() || !t.class().is(flag::VERB | flag::PHRASE) {
        return None;
    }
    let mut best: Option<usize> = None;
    if t.class().is(flag::PHRASE) {
        for rest in lex.phrases(&text[t.span().range()]) {
            let matches = rest.iter().enumerate().all(|(k, w)| {
                tokens
                    .get(i + 1 + k)
                    .is_some_and(|t| t.is_word() && text[t.span().range()].eq_ignore_ascii_case(w))
            });
            // A phrase that ends in a preposition (`said on`, `wrote in`) does not take a time
            // or a number for its object: `said on Tuesday` is the cue `said`.
            let end = i + 1 + rest.len();
            let dangling = || {
                let time = tokens.get(end).is_some_and(|t| {
                    t.is_word()
                        && (t.class().is(flag::TIME_NOUN)
                            || (t.class().is(flag::TIME_WORD)
                                && !t.class().is(flag::DETERMINER | flag::PREPOSITION))
                            || text[t.span().range()].starts_with(|c: char| c.is_ascii_digit()))
                });
                time && tokens[end - 1].class().is(flag::PREPOSITION)
            };
            if matches && best.is_none_or(|b| rest.len() > b) && !dangling() {
                best = Some(rest.len());
            }
        }
    }
    match best {
        Some(n) => Some(i..i + 1 + n),
        None if t.class().is(flag::VERB) => Some(i..i + 1),
        None => None,
    }
}

/// A speech verb's form that is usually a noun (`notes`, `states`, `claims`) where its place
/// shows it a verb: after a subject or relative pronoun (`she notes`, `which states`), or
/// before `that` with no determiner or possessive before it (`Pew notes that`, `the suit
/// claims that`), not `the notes that he kept`; not before `to` (`who reports to her`), nor
/// the writer's `I quote`; or right after a quotation, before its speaker (`“…,” reply Ana
/// and Tom`).
fn noun_verb_at(text: &str, tokens: &[Token], i: usize) -> Option<Range<usize>> {
    let t = tokens.get(i)?;
    if !t.is_word() || !t.class().is_noun_verb() {
        return None;
    }
    let prev = i
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .filter(|p| p.is_word());
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.is_word())
            .map(|t| &text[t.span().range()])
    };
    // `who reports to the president`: answering to someone, not speech. `and I quote`: the
    // writer's aside before someone else's words.
    let reports_to = word(i + 1) == Some("to") || word(i + 2) == Some("to");
    let aside = word(i).is_some_and(|w| w.eq_ignore_ascii_case("quote"))
        && prev.is_some_and(|p| p.class().pronoun().is_some_and(|p| p.person == 1));
    if reports_to || aside {
        return None;
    }
    let after_subject = prev.is_some_and(|p| {
        p.class()
            .pronoun()
            .is_some_and(|p| matches!(p.case, Case::Subject | Case::Relative))
    }) || i.checked_sub(1).and_then(word) == Some("which");
    let before_that = tokens
        .get(i + 1)
        .is_some_and(|n| n.is_word() && &text[n.span().range()] == "that")
        && prev.is_some_and(|p| {
            !p.class()
                .is(flag::DETERMINER | flag::POSSESSIVE | flag::PREPOSITION)
                && p.class().pronoun().is_none()
        });
    // `“We agree,” reply Ana and Tom`: right after a quotation, before its speaker.
    let inverted = i
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|p| matches!(p.kind(), Kind::Quote(_)))
        && (word(i + 1).is_some_and(|w| matches!(w, "the" | "a" | "an"))
            || tokens
                .get(i + 1)
                .is_some_and(|n| n.is_word() && n.class().is(flag::CAPITALIZED)));
    (after_subject || before_that || inverted).then(|| i..i + 1)
}

/// Where a document's cues are, found in one pass, so that a rule finds the cues near a
/// quotation by binary search, however many quotations the document has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CueIndex {
    /// Every cue as a token range, in order.
    cues: Vec<Range<usize>>,
    /// A bit for each token, set where a cue starts: most tokens asked about start none, and
    /// are answered without a search.
    starts: Vec<u64>,
}

impl CueIndex {
    pub(crate) fn new(text: &str, tokens: &[Token], lex: &Lexicon) -> CueIndex {
        // Room for a cue every sixty tokens, about twice what news holds.
        let mut cues = Vec::with_capacity(tokens.len() / 64 + 1);
        let mut starts = vec![0u64; tokens.len().div_ceil(64)];
        let mut i = 0;
        while i < tokens.len() {
            // Only a speech verb or a phrase's first word starts a cue: the tokens before the
            // next one are passed over by their class alone.
            let Some(skip) = tokens[i..].iter().position(|t| {
                t.is_word() && (t.class().is(flag::VERB | flag::PHRASE) || t.class().is_noun_verb())
            }) else {
                break;
            };
            i += skip;
            let found = cue_at(text, tokens, i, lex).or_else(|| noun_verb_at(text, tokens, i));
            match found {
                Some(c) => {
                    // A phrase's later words start no cue of their own.
                    if let Some(bits) = starts.get_mut(c.start / 64) {
                        *bits |= 1 << (c.start % 64);
                    }
                    i = c.end.max(i + 1);
                    cues.push(c);
                }
                None => i += 1,
            }
        }
        CueIndex { cues, starts }
    }

    /// The index in `cues` of the first cue that starts at `i` or after.
    fn first_from(&self, i: usize) -> usize {
        self.cues.partition_point(|c| c.start < i)
    }

    /// The cue that starts at token `i`.
    pub(crate) fn at(&self, i: usize) -> Option<Range<usize>> {
        if self
            .starts
            .get(i / 64)
            .is_none_or(|bits| bits >> (i % 64) & 1 == 0)
        {
            return None;
        }
        self.cues
            .get(self.first_from(i))
            .filter(|c| c.start == i)
            .cloned()
    }

    /// The cues that start and end within `range`, in order.
    pub(crate) fn within(&self, range: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
        let from = self.first_from(range.start);
        self.cues[from..]
            .iter()
            .take_while(move |c| c.start < range.end)
            .filter(move |c| c.end <= range.end)
            .cloned()
    }

    /// The cues that start within `range`, last first.
    pub(crate) fn within_rev(
        &self,
        range: Range<usize>,
    ) -> impl Iterator<Item = Range<usize>> + '_ {
        let (from, to) = (self.first_from(range.start), self.first_from(range.end));
        self.cues[from..to].iter().rev().cloned()
    }

    /// The first cue within `range`.
    pub(crate) fn first_in(&self, range: Range<usize>) -> Option<Range<usize>> {
        self.within(range).next()
    }

    /// Every cue, in order.
    pub(crate) fn all(&self) -> &[Range<usize>] {
        &self.cues
    }
}

/// Whether the token at `i` is a colon.
pub(crate) fn is_colon(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| t.kind() == Kind::Punct(':'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::DEFAULT;
    use crate::tokens::tokenize;

    fn cues(text: &str) -> Vec<String> {
        let mut tokens = Vec::new();
        tokenize(text, [], &DEFAULT, &mut tokens);
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match cue_at(text, &tokens, i, &DEFAULT) {
                Some(r) => {
                    out.push(
                        text[tokens[r.start].span().start..tokens[r.end - 1].span().end]
                            .to_string(),
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
        tokenize(text, [], &DEFAULT, &mut tokens);
        let index = CueIndex::new(text, &tokens, &DEFAULT);
        let words = |r: Range<usize>| {
            text[tokens[r.start].span().start..tokens[r.end - 1].span().end].to_string()
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

    #[test]
    fn a_phrase_never_takes_a_following_time_for_its_object() {
        assert_eq!(cues("a spokesman said on Tuesday"), vec!["said"]);
        assert_eq!(cues("she wrote in 2019 that"), vec!["wrote"]);
        assert_eq!(cues("he said on last week's show"), vec!["said"]);
        // A medium or a place is the phrase's object.
        assert_eq!(cues("she said on Twitter"), vec!["said on"]);
        assert_eq!(cues("he wrote in the Gazette"), vec!["wrote in"]);
    }

    /// The cues the index finds in `text`, as their words.
    fn indexed(text: &str) -> Vec<String> {
        let mut tokens = Vec::new();
        tokenize(text, [], &DEFAULT, &mut tokens);
        let index = CueIndex::new(text, &tokens, &DEFAULT);
        index
            .within(0..tokens.len())
            .map(|r| text[tokens[r.start].span().start..tokens[r.end - 1].span().end].to_string())
            .collect()
    }

    #[test]
    fn a_speech_verb_usually_a_noun_is_a_cue_where_its_place_shows_a_verb() {
        for (text, cue) in [
            ("She notes the plan failed.", "notes"),
            ("the report, which states the facts", "states"),
            ("Pew notes that the polls differ.", "notes"),
            ("The suit claims that he lied.", "claims"),
        ] {
            assert_eq!(indexed(text), [cue], "{text}");
        }
        for text in [
            "He read the notes that she kept.",
            "His claims that he won were false.",
            "a prosecutor who reports directly to the president",
            "Trump said, and I quote, the polls are rigged.",
            "The notes were lost.",
        ] {
            let got = indexed(text);
            assert!(
                got.iter()
                    .all(|c| !["notes", "claims", "reports", "quote"].contains(&c.as_str())),
                "{text}: {got:?}"
            );
        }
    }
}
