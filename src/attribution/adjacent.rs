//! Rules 1 and 2, beside the quotation: a cue and its subject right before or after it, a
//! speaker and a colon, a verb the lexicon lacks in the attribution slot, and a signed pull quote.

use super::*;

/// How many lower-case words may stand between an article and the name they modify (`a
/// visibly annoyed Clinton`).
const MAX_NAME_MODIFIERS: usize = 3;

impl Rules<'_, '_> {
    /// Rule 1, right side: `“…,” Trump said`, `“…,” said Cha`.
    pub(super) fn adjacent_after(&self, ctx: &Context) -> Option<Found1> {
        let r = ctx.right();
        let mut start = r.start;
        while start < r.end && self.input.tokens[start].kind() != Kind::Word {
            let t = self.input.tokens[start];
            if !matches!(t.kind(), Kind::Punct(',' | '—' | '–' | '-')) {
                return None;
            }
            start += 1;
        }
        // A participle right after the quotation takes the sentence's subject: `Trump hailed
        // it as “fantastic,” telling reporters …`; what follows it is its object.
        if let Some(cue) = self.cue(start)
            && self.word(start).is_some_and(|w| w.ends_with("ing"))
            && !self.is_according_to(&cue)
        {
            let q = r.start.saturating_sub(1);
            return self
                .sentence_subject(ctx.sentence().start, q)
                .map(|m| Found1::new(m, Some(cue), Rule::SentenceCue));
        }
        // Inverted: the cue first (`“…,” said Cha`, `“…,” according to a source`).
        if let Some(cue) = self.cue(start) {
            let rule = if self.is_according_to(&cue) {
                Rule::AccordingTo
            } else {
                Rule::Adjacent
            };
            // `…,” said the candidate could win`: a mention that a verb follows is the
            // subject of the clause the cue reports, not the cue's.
            if let Some(m) = self.subject_after(cue.end, r.end, false)
                && !self.is(self.mentions[m].tokens().end, flag::VERB | flag::FINITE)
            {
                return Some(Found1::new(m, Some(cue), rule));
            }
        }
        // The subject first, then its cue past adverbs or an appositive (`“…,” Trump later
        // said`, `“…,” Victor Cha, a veteran adviser, said`).
        let m = self.owned(self.modified_mention(start)?, MAX_NAME_MODIFIERS);
        if !self.can_be_subject(m) || self.opens_next_sentence(ctx, start) {
            return None;
        }
        let end = (self.mentions[m].tokens().end + ADJACENT_REACH + MAX_APPOSITIVE).min(r.end);
        let after = self.mentions[m].tokens().end;
        (after..end).find_map(|k| {
            let cue = self.cue(k)?;
            if cue.len() == 1 && self.takes_a_thing(cue.end) {
                return None;
            }
            // `“…?” a staffer in the room wondered`: a short prepositional phrase between.
            let phrase = k - after <= MAX_SKIPPED
                && self.is(after, flag::PREPOSITION)
                && self.input.tokens[after..k].iter().all(|t| t.is_word())
                && (after..k).all(|j| {
                    self.mention_starting(j)
                        .is_none_or(|n| self.mentions[n].kind != MentionKind::Name)
                });
            (phrase || self.subject_before(k, start) == Some(m)).then_some(Found1::new(
                m,
                Some(cue),
                Rule::Adjacent,
            ))
        })
    }

    /// Whether the words at `at`, right after a cue, are an object that is a thing, which
    /// makes the verb no cue of speech: an amount (`charged $100`) or an indefinite noun
    /// (`charged a fee`, `added a goal`); not a time (`said a day later`) or the one spoken to
    /// (`told a reporter`).
    fn takes_a_thing(&self, at: usize) -> bool {
        let Some(&t) = self.input.tokens.get(at) else {
            return false;
        };
        let amount = self.input.text[t.span().range()]
            .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '£' | '€'));
        if amount || !t.is_word() {
            return amount;
        }
        (self.is_word_of(at, "a") || self.is_word_of(at, "an"))
            && at
                .checked_sub(1)
                .is_some_and(|c| !self.is(c, flag::ADDRESSEE))
            && (at + 1..(at + 3).min(self.input.tokens.len())).all(|j| {
                let c = self.input.tokens[j].class();
                !c.is(flag::TIME_NOUN | flag::TIME_WORD) && c.description().is_none()
            })
    }

    /// The mention that starts at `start`, or a name after an article and one to a few
    /// lower-case modifiers: `an angry Hollande`, `a visibly annoyed Clinton` (not `the Acme
    /// Club`, which a mention would start at `the` if it were one).
    fn modified_mention(&self, start: usize) -> Option<usize> {
        if let Some(m) = self.mention_starting(start) {
            return Some(m);
        }
        if !["a", "an", "the"].iter().any(|w| self.is_word_of(start, w)) {
            return None;
        }
        (start + 2..start + 2 + MAX_NAME_MODIFIERS).find_map(|j| {
            let lower = |k: usize| {
                self.word(k)
                    .is_some_and(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
                    && !self.is(k, flag::VERB)
            };
            if !(start + 1..j).all(lower) {
                return None;
            }
            self.mention_starting(j)
                .filter(|&m| self.mentions[m].kind == MentionKind::Name)
        })
    }

    /// Whether the word at `start`, right after the quotation, opens a sentence of its own: the
    /// quotation ends in a full stop, a question or an exclamation mark, and the word is a
    /// capitalised pronoun or determiner (`…?” Her critics cited it …`), where a cue of the
    /// quotation's would be in lower case (`…?” her critics asked`). A name tells nothing.
    fn opens_next_sentence(&self, ctx: &Context, start: usize) -> bool {
        let tokens = self.input.tokens;
        self.quotation_words_end(ctx)
            .is_some_and(|w| w.ends_with(['.', '?', '!']))
            && self.is(start, flag::CAPITALIZED)
            && (tokens[start].class().pronoun().is_some() || self.is(start, flag::DETERMINER))
    }

    /// Rule 1 for a quotation signed after a dash, on its own line or the next: an epigraph's or
    /// a letter's credit (`“…” ― Jane Roe, Halifax`, `“…” ¶ —Michelle Marks, Philadelphia.`).
    /// The name ends the line or is set off by a comma; a dash before other words (`“…” — a
    /// word she used often — returned`) is no credit.
    pub(super) fn byline(&self, ctx: &Context) -> Option<Found1> {
        let tokens = self.input.tokens;
        let r = ctx.right();
        let dash = if r.is_empty() && tokens.get(r.start)?.is_break() {
            r.start + 1
        } else {
            r.start
        };
        if !matches!(tokens.get(dash)?.kind(), Kind::Punct('-' | '—' | '–' | '―')) {
            return None;
        }
        let m = self.mention_starting(dash + 1)?;
        let ends = self.mentions[m].tokens().end;
        let signed = tokens.get(ends).is_none_or(|t| {
            if dash == r.start {
                matches!(t.kind(), Kind::Break | Kind::Punct(',' | '.'))
            } else {
                !t.is_word()
            }
        });
        (signed && self.mentions[m].kind != MentionKind::Pronoun).then_some(Found1::new(
            m,
            Some(dash..dash + 1),
            Rule::Adjacent,
        ))
    }

    /// Rule 1 with a verb the lexicon lacks, in the place only a speech verb stands: right after
    /// a quotation that ends in a comma, question or exclamation mark, a short clause of a
    /// mention and a verb (`“…,” Hannity started.`, `“…?” reacted Trump.`).
    pub(super) fn adjacent_unknown_verb(&self, ctx: &Context) -> Option<Found1> {
        let tokens = self.input.tokens;
        if !self
            .quotation_words_end(ctx)?
            .ends_with([',', '?', '!', '—'])
        {
            return None;
        }
        let r = ctx.right();
        let start = r.start;
        let lower_verb = |i: usize| {
            self.word(i).is_some_and(|w| {
                w.chars().all(|c| c.is_lowercase() || c == '-')
                    && !self.is(i, flag::CLAUSE_OPENER | flag::SKIPPABLE)
            })
        };
        // Punctuation ends the clause; an amount goes on with an object (`charged $100`).
        let ends_clause = |i: usize| {
            i >= r.end
                || tokens.get(i).is_none_or(|t| {
                    !t.is_word() && !matches!(t.kind(), Kind::Punct('$' | '£' | '€' | '#'))
                })
                || self.is(i, flag::CLAUSE_OPENER)
        };
        // `Hannity started.`, `an angry Hollande retaliated.`
        if let Some(m) = self
            .modified_mention(start)
            .filter(|&m| self.can_be_subject(m))
        {
            let v = self.mentions[m].tokens().end;
            if lower_verb(v) && ends_clause(v + 1) {
                return Some(Found1::new(m, Some(v..v + 1), Rule::Adjacent));
            }
        }
        // `reacted Trump.`
        if lower_verb(start) && self.word(start).is_some_and(|w| w.ends_with("ed")) {
            let m = self
                .mention_starting(start + 1)
                .filter(|&m| self.can_be_subject(m))?;
            if ends_clause(self.mentions[m].tokens().end) {
                return Some(Found1::new(m, Some(start..start + 1), Rule::Adjacent));
            }
        }
        None
    }

    /// Rule 1, left side, and rule 2: `Trump told the governors: “…”`, `she said, “…”`,
    /// `Trump: “…”`; a colon at the end of the previous paragraph introduces this one.
    pub(super) fn adjacent_before(&self, q: usize, ctx: &Context) -> Option<Found1> {
        let tokens = self.input.tokens;
        let (left, intro) = if ctx.left().is_empty() {
            // `Cruz continued:` ending the paragraph before.
            let b = q.checked_sub(1)?;
            if !tokens[b].is_break() || !is_colon(tokens, b.checked_sub(1)?) {
                return None;
            }
            let colon = b - 1;
            let floor = colon.saturating_sub(MAX_CONTEXT);
            let mut s = colon;
            while s > floor
                && !ends_sentence(self.input.text, tokens, s - 1)
                && !matches!(tokens[s - 1].kind(), Kind::Quote(_))
            {
                s -= 1;
            }
            (s..colon + 1, colon)
        } else {
            let last = ctx.left().end - 1;
            if !matches!(tokens[last].kind(), Kind::Punct(',' | ':' | '—' | '–')) {
                return None;
            }
            (ctx.left(), last)
        };
        // The nearest cue before the introducing punctuation.
        for cue in self.input.cues.within_rev(left.start..intro) {
            if cue.end > intro || self.is_nominal(cue.start) {
                continue;
            }
            let rule = if self.is_according_to(&cue) {
                Rule::AccordingTo
            } else {
                Rule::Adjacent
            };
            if let Some(m) = self.subject_of(&cue, left.start, intro, left.start, true) {
                // `Lee said that when Ms. Warren railed against it, “…”`: before a comma, a
                // subordinate clause's cue with words of its own after it yields to an earlier
                // one (not `as Sykes said, “…”`).
                let relative = self.mentions[m]
                    .pronoun
                    .is_some_and(|p| p.case == Case::Relative);
                if tokens[intro].is_punct(',')
                    && cue.end < intro
                    && !relative
                    && self.opens_subordinate(m)
                {
                    continue;
                }
                return Some(Found1::new(m, Some(cue), rule));
            }
        }
        // `Hillary Clinton cracked, “…”`: a clause of a subject and a verb the lexicon lacks.
        if tokens[intro].is_punct(',')
            && let Some(v) = intro.checked_sub(1).filter(|&v| v > left.start)
            && self.word(v).is_some_and(|w| {
                w.len() > 4 && w.ends_with("ed") && w.chars().all(|c| c.is_lowercase())
            })
            && !self.is(v, flag::CLAUSE_OPENER | flag::SKIPPABLE)
            && let Some(m) = self.mention_ending(v - 1)
        {
            // Past a possessive or an article, after a subordinator (`as his friends jeered`).
            let mut start = self.mentions[m].tokens().start;
            if start > left.start && self.is(start - 1, flag::DETERMINER) {
                start -= 1;
            }
            let opens = start == left.start
                || start
                    .checked_sub(1)
                    .is_some_and(|p| !tokens[p].is_word() || self.is(p, flag::SUBORDINATOR));
            if opens && start >= left.start && self.can_be_subject(m) && !self.is_dummy_it(m) {
                return Some(Found1::new(m, Some(v..v + 1), Rule::Adjacent));
            }
        }
        if is_colon(tokens, intro) {
            // `Trump: “…”`, or a clause with a verb the lexicon lacks: `Kasich resisted: “…”`.
            // The mention before the colon speaks when it is the whole clause (`Trump:`,
            // `Rep. Trey Gowdy (R-S.C.):`); in a longer clause it is an object (`delivered a
            // message to Trump:`) and the sentence's subject speaks.
            let opens_clause = |start: usize| {
                start == left.start
                    || start
                        .checked_sub(1)
                        .is_some_and(|p| !self.input.tokens[p].is_word())
            };
            // `Former secretary of state Hillary Rodham Clinton:`: words and no other name
            // before the name, opening with a capital, are its role, part of the label.
            let role_only = |start: usize| {
                start > left.start
                    && self.is(left.start, flag::CAPITALIZED)
                    && (left.start..start).all(|j| {
                        self.input.tokens[j].is_word()
                            && self
                                .mention_starting(j)
                                .is_none_or(|n| self.mentions[n].kind == MentionKind::Description)
                    })
            };
            let before_colon = self
                .mention_ending(self.skip_parenthesis_back(intro.checked_sub(1)?, left.start)?)
                .filter(|&m| self.mentions[m].kind != MentionKind::Pronoun);
            let named = before_colon.and_then(|m| {
                let start = self.mentions[m].tokens().start;
                if opens_clause(start) || role_only(start) {
                    return Some(m);
                }
                // `Ana Ruiz and Tom Lee: “…”`: coordinated names, credited to the first.
                let first = self.first_coordinated(m, left.start);
                (first != m && opens_clause(self.mentions[first].tokens().start)).then_some(first)
            });
            let m = named.or_else(|| self.sentence_subject(left.start, intro))?;
            if self.mentions[m].tokens().start >= left.start {
                return Some(Found1::new(m, Some(intro..intro + 1), Rule::Colon));
            }
        }
        // `Clinton shared her worry with an audience in the Hamptons, “I do not know …”`: a
        // full sentence quoted after a comma that ends a clause with no cue is its subject's.
        let opens_sentence = self.input.text[tokens[q].span().range()]
            .trim_start_matches(|c: char| crate::marks::is_mark_char(c) || c.is_whitespace())
            .starts_with(char::is_uppercase);
        if tokens[intro].is_punct(',') && opens_sentence && left.start == ctx.sentence().start {
            let m = self.sentence_subject(left.start, intro)?;
            return (!self.is_document(m)).then(|| Found1::new(m, None, Rule::SentenceSubject));
        }
        None
    }
}

#[cfg(test)]
mod tests;
