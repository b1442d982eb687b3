//! The owner of a phrase of place or belonging between a subject and its cue: `officials at
//! the meeting said`, `people familiar with the matter said`, `a spokeswoman for the office of
//! the governor said`.

use super::*;

/// How many owners up a chain of places a subject is looked for (`a spokeswoman for the office
/// of the governor`).
const MAX_OWNERS: usize = 3;
/// How many tokens a phrase of place or belonging may have between a subject and its cue
/// (`officials at the meeting said`).
const MAX_PLACING_PHRASE: usize = 8;
/// The words that may stand between a subject and such a phrase: `people familiar with the
/// matter`, `officials involved in the talks`, `a source close to the campaign`.
const POSTMODIFIERS: [&str; 8] = [
    "familiar",
    "involved",
    "close",
    "briefed",
    "knowledgeable",
    "loyal",
    "opposed",
    "aligned",
];
/// The prepositions of such a phrase.
const PLACING: [&str; 5] = ["of", "for", "at", "from", "in"];

impl Rules<'_, '_> {
    /// The mention before a phrase of place or belonging that ends at token `last` and holds
    /// no mention of a person: `officials at the meeting`, `the nominee for the Nov. 8
    /// election`, `the head of the largest union in the state`. Only words, no verb and no
    /// clause opener, and at most [`MAX_PLACING_PHRASE`] tokens.
    pub(super) fn phrase_owner(&self, last: usize, floor: usize) -> Option<usize> {
        let low = last.saturating_sub(MAX_PLACING_PHRASE).max(floor + 1);
        for j in (low..=last).rev() {
            // The phrase has words of its own: `accused the moderators of asking` is no phrase.
            if j < last
                && let Some(owner_end) = self.placed_after(j)
            {
                let m = self.mention_ending(owner_end)?;
                let found = &self.mentions[m];
                let ok = found.pronoun.is_none() && found.tokens().start >= floor;
                return ok.then_some(m);
            }
            let t = self.input.tokens[j];
            let abbreviation =
                t.is_punct('.') && !ends_sentence(self.input.text, self.input.tokens, j);
            // A verb's form after a determiner is a noun: `the meeting`.
            let noun = j > 0 && self.is(j - 1, flag::DETERMINER);
            if !(t.is_word() || abbreviation)
                || (self.is(j, flag::VERB) && !noun)
                || self.is(
                    j,
                    flag::CLAUSE_OPENER | flag::SUBORDINATOR | flag::QUANTIFIER,
                )
                // A possessive is part of the phrase: `Trump in his speech called`.
                || t.class()
                    .pronoun()
                    .is_some_and(|p| p.case != Case::Possessive)
            {
                return None;
            }
        }
        None
    }

    /// Where the owner of a phrase that the preposition at `j` opens ends: right before it
    /// (`officials at`), or before a word that takes the phrase (`people familiar with`).
    fn placed_after(&self, j: usize) -> Option<usize> {
        // The lexicon's class first: this runs for most words before a cue.
        if !self.is(j, flag::PREPOSITION) {
            return None;
        }
        if PLACING.iter().any(|w| self.is_word_of(j, w)) {
            return j.checked_sub(1);
        }
        // A passive's agent: `economists polled by Reuters say`, `a lawyer hired by the
        // campaign said`.
        if self.is_word_of(j, "by")
            && j.checked_sub(1).is_some_and(|p| {
                self.word(p).is_some_and(|w| {
                    w.len() > 3 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase())
                })
            })
        {
            return j.checked_sub(2);
        }
        // A participle takes a phrase too: `a source speaking to Fox News`.
        let modified = ["with", "to", "in", "on"]
            .iter()
            .any(|w| self.is_word_of(j, w))
            && j.checked_sub(1).is_some_and(|p| {
                POSTMODIFIERS.iter().any(|w| self.is_word_of(p, w))
                    || self.word(p).is_some_and(|w| {
                        w.len() > 5 && w.ends_with("ing") && w.chars().all(char::is_lowercase)
                    })
            });
        modified.then(|| j.checked_sub(2)).flatten()
    }

    /// The mention that a mention after `of`, `from`, `for` or `at` places (`Senator Bernie
    /// Sanders of Vermont said`, `the governor of Vermont said`, `a spokesman for the union
    /// said`, `officials at the State Department said`): the subject is the first; `m` when no
    /// mention stands right before the preposition.
    pub(super) fn owner_of_place(&self, m: usize, floor: usize) -> usize {
        // `a spokeswoman for the office of the governor`: up a short chain of owners, past a
        // document or an office to the person who holds it.
        let mut at = m;
        for _ in 0..MAX_OWNERS {
            match self.owner(at, floor) {
                Some(owner) if !self.is_document(owner) => return owner,
                Some(document) => at = document,
                None => break,
            }
        }
        m
    }

    /// The mention right before the preposition that places `m`, past a phrase with no
    /// mention (`officials at the meeting in Ames`).
    fn owner(&self, m: usize, floor: usize) -> Option<usize> {
        let mut of = self.mentions[m].tokens().start.checked_sub(1)?;
        // Past an article that the name leaves out: `the director of the FBI`.
        if self.mentions[m].kind != MentionKind::Description && self.is(of, flag::DETERMINER) {
            of = of.checked_sub(1)?;
        }
        // Past a modifier of a place: `farmers in southern Manitoba`, `voters in rural Iowa`.
        if self.mentions[m].kind == MentionKind::Name
            && !self.is(of, flag::PREPOSITION | flag::VERB | flag::DETERMINER)
            && self
                .word(of)
                .is_some_and(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
            && of
                .checked_sub(1)
                .is_some_and(|p| self.is(p, flag::PREPOSITION))
        {
            of -= 1;
        }
        if of <= floor || self.mentions[m].kind == MentionKind::Pronoun {
            return None;
        }
        let owner_end = self.placed_after(of)?;
        self.mention_ending(owner_end)
            .or_else(|| self.phrase_owner(owner_end, floor))
            .filter(|&owner| {
                self.mentions[owner].kind != MentionKind::Pronoun
                    && self.mentions[owner].tokens().start >= floor
            })
    }
}
