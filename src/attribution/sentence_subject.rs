//! The subject of a sentence: past an introductory phrase, a time or a subordinate clause,
//! the first mention that a verb or an appositive follows. Participles and partial quotations
//! with no cue of their own take it.

use super::*;

/// How many words a place or a time set off by commas in an introductory phrase may have.
const MAX_PLACE_WORDS: usize = 3;

impl Rules<'_, '_> {
    /// The subject of the sentence that runs from `floor`: past an introductory phrase (`When
    /// he returned,`, `Speaking in Salem, New Hampshire,`), the first mention followed by a
    /// verb or an appositive. The subject of a participle cue: `Trump went after Bush, calling
    /// him …`.
    pub(super) fn sentence_subject(&self, floor: usize, limit: usize) -> Option<usize> {
        let tokens = self.input.tokens;
        let mut k = floor;
        // A conjunction or adverb that opens the sentence (`Yet she …`) is passed over; an
        // introductory phrase (`In a statement released Thursday,`) ends at its comma.
        while self.is(k, flag::CONNECTIVE)
            || tokens.get(k).is_some_and(|t| k > floor && t.is_punct(','))
        {
            k += 1;
        }
        // A time (`Last month, when I asked him, he said …`) opens the sentence before its
        // introductory phrase.
        if let Some(comma) = (k..(k + MAX_PLACE_WORDS + 1).min(limit))
            .find(|&j| tokens[j].is_punct(','))
            .filter(|&c| {
                c > k
                    && (k..c).all(|j| {
                        self.is(j, flag::TIME_WORD | flag::TIME_NOUN)
                            || self
                                .word(j)
                                .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
                    })
                    && (k..c).any(|j| self.is(j, flag::TIME_NOUN))
            })
        {
            k = comma + 1;
        }
        // A participle opening the sentence (`Appearing before supporters, …`) introduces too,
        // as does a subordinate clause (`When I asked him, he said …`).
        // A name before a speech verb is no participle (`Boreing said …`).
        let participle = self
            .word(k)
            .is_some_and(|w| w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed")))
            && self.mention_starting(k).is_none_or(|m| {
                self.mentions[m].kind != MentionKind::Name
                    || !self.is(self.mentions[m].tokens().end, flag::VERB)
            });
        // Where an introductory phrase or clause opens: its own subject is the fallback when
        // none follows its comma (`When asked she said …`, with no comma to close the clause),
        // past an opening participle (`Based on the statement released …`).
        let before_clause = k + usize::from(participle);
        if (self.is(k, flag::INTRODUCER | flag::SUBORDINATOR) || participle)
            && let Some(comma) =
                (k..limit.min(floor + MAX_CONTEXT)).find(|&j| tokens[j].is_punct(','))
        {
            k = comma + 1;
            // The phrase runs on past a place's own commas and a time after them (`At an
            // event in Ames, Iowa, on Sunday, Clinton …`): up to the next comma, a short
            // stretch of capitalised words (a place), or one that opens with a preposition or
            // a word of time, is still the phrase.
            while let Some(next) = (k..(k + MAX_PLACE_WORDS + 1).min(limit))
                .find(|&j| tokens[j].is_punct(','))
                .filter(|&c| {
                    c > k
                        && (k..c).all(|j| tokens[j].is_word())
                        && ((k..c).all(|j| self.is(j, flag::CAPITALIZED))
                            || self.is(k, flag::PREPOSITION | flag::TIME_WORD | flag::TIME_NOUN))
                        && self.mention_starting(k).is_none_or(|m| {
                            self.mentions[m].pronoun.is_none() && !self.mentions[m].is_person()
                        })
                        // A name and an age is a person: `Suu Kyi, 70, said`.
                        && !self
                            .word(c + 1)
                            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
                })
            {
                k = next + 1;
            }
        }
        self.first_subject(k, limit).or_else(|| {
            (before_clause != k)
                .then(|| self.first_subject(before_clause, limit))
                .flatten()
        })
    }

    /// The first mention from token `k` on that a verb or an appositive follows.
    fn first_subject(&self, mut k: usize, limit: usize) -> Option<usize> {
        let tokens = self.input.tokens;
        while k < limit {
            if let Some(m) = self.mention_starting(k) {
                let found = &self.mentions[m];
                // `Rep. Hakeem Jeffries (D-N.Y.) reacted`: past a parenthesis.
                let mut after = found.tokens().end;
                if tokens.get(after).is_some_and(|t| t.is_punct('(')) {
                    let high = (after + MAX_PARENTHESIS).min(limit);
                    if let Some(close) = (after..high).find(|&j| tokens[j].is_punct(')')) {
                        after = close + 1;
                    }
                }
                // A speech verb is a verb even where it can end a clause (`told`).
                // A noun that describes a person is no verb: `FBI director James Comey decided`
                // is Comey's sentence.
                let verb_at = |i: usize| {
                    self.word(i).is_some_and(|w| {
                        !w.chars().next().is_some_and(char::is_uppercase)
                            && (self.is(i, flag::VERB)
                                || (!self.is(i, flag::CLAUSE_OPENER)
                                    && self.input.tokens[i].class().description().is_none()))
                    })
                };
                // `Albright recently urged`: an adverb that can also end a clause, then the verb;
                // `Trump on Thursday ratcheted up`: a time.
                let mut verb = after;
                while verb < (after + MAX_SKIPPED).min(limit)
                    && (self.is(verb, flag::SKIPPABLE | flag::TIME_NOUN)
                        || (self.is(verb, flag::TIME_WORD)
                            && self.is(verb + 1, flag::TIME_NOUN | flag::TIME_WORD)))
                {
                    verb += 1;
                }
                // `the former secretary of state talked`: past a mention it places.
                let placed_then_verb = self.word(after).is_some_and(|w| w == "of" || w == "from")
                    && self.word(after + 1).is_some()
                    && verb_at(
                        self.mention_starting(after + 1)
                            .map_or(after + 2, |n| self.mentions[n].tokens().end),
                    );
                let verb_follows = verb_at(after) || verb_at(verb) || placed_then_verb;
                // `De Blasio, speaking on WOR710, called`, `Cha, a veteran adviser, said`.
                // `Two analysts, Ann Lee and Tom Ray, found`: names set off after a
                // description, then a verb.
                let names_set_off = || {
                    let n = self.mention_starting(after + 1)?;
                    let n = self.last_coordinated(n, limit);
                    let close = self.mentions[n].tokens().end;
                    (self.mentions[n].kind == MentionKind::Name
                        && tokens.get(close).is_some_and(|t| t.is_punct(','))
                        && verb_at(close + 1))
                    .then_some(())
                };
                let appositive_follows = tokens.get(after).is_some_and(|t| t.is_punct(','))
                    && (self.word(after + 1).is_some_and(|w| {
                        self.is(after + 1, flag::APPOSITIVE)
                            || tokens[after + 1]
                                .class()
                                .description()
                                .is_some_and(|d| d.person)
                            || (w.chars().all(char::is_lowercase)
                                && (w.ends_with("ing") || w.ends_with("ed")))
                            // An age: `Suu Kyi, 70, said`; a party: `McConnell, R-Ky.,`.
                            || w.bytes().all(|b| b.is_ascii_digit())
                            || crate::mentions::is_party_tag(w)
                    }) || (found.kind == MentionKind::Description
                        && names_set_off().is_some()));
                if after < limit
                    && (verb_follows || appositive_follows)
                    && self.can_be_subject(m)
                    && !self.is_dummy_it(m)
                {
                    return Some(m);
                }
                k = after;
            } else {
                k += 1;
            }
        }
        None
    }

    /// Whether the mention is the pronoun `it`.
    pub(super) fn is_it(&self, m: usize) -> bool {
        let found = &self.mentions[m];
        found.pronoun.is_some() && self.input.text[found.span().range()].eq_ignore_ascii_case("it")
    }

    /// Whether the mention is an `it` that stands for no one, before a form of `be` or
    /// `seem`: `It’s the pull of Obama’s “…”`, `It was Obama’s rejection of “…”`.
    pub(super) fn is_dummy_it(&self, m: usize) -> bool {
        if !self.is_it(m) {
            return false;
        }
        let t = self.mentions[m].tokens().start;
        let contracted = self
            .word(t)
            .is_some_and(|w| w.len() > 2 && !w.eq_ignore_ascii_case("its"));
        let next = self.mentions[m].tokens().end;
        contracted
            || ["is", "was", "seems", "seemed"]
                .iter()
                .any(|w| self.is_word_of(next, w))
    }

    /// The last of the mentions coordinated with `m` by `and` (`Ann Lee and Tom Ray`), or `m`.
    fn last_coordinated(&self, m: usize, limit: usize) -> usize {
        let end = self.mentions[m].tokens().end;
        if end + 1 < limit && self.is_word_of(end, "and") {
            self.mention_starting(end + 1).unwrap_or(m)
        } else {
            m
        }
    }
}
