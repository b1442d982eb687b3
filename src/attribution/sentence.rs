//! Rules 3 and 4, in the sentence: a cue elsewhere in the quotation's sentence with its
//! subject, `according to`, the subject of a partial quotation's sentence, and a possessive.

use std::ops::Range;

use super::subjects::RELATIVE_CLASSES;
use super::*;

/// How many tokens before the `and` of a coordinated cue the earlier cue may end.
const MAX_COORDINATED_REACH: usize = 8;
/// How many quotations back in its sentence a partial quotation looks for a speaker.
const MAX_CHAINED: usize = 4;
/// How many words may stand between a cue and the quotation it governs.
const MAX_GOVERNED_GAP: usize = 3;
/// How many tokens before its cue a relative clause's relative word may stand (past the
/// subject's name, title and adverbs).
const MAX_RELATIVE_REACH: usize = 12;
/// The words that open a relative clause whose object they are. Not `that`, which as often
/// opens a reported clause (`expected that voters will say “no”`); for the narrative's
/// statements, where a `that` clause is subordinate either way, see
/// [`Rules::opens_object_relative`].
const RELATIVE_WORDS: [&str; 3] = ["which", "who", "whom"];

impl Rules<'_, '_> {
    /// Rule 3: a cue elsewhere in the sentence whose subject is a mention: the first one before
    /// the quotation (the main clause's: `He says if people think …`, not `people`), else the
    /// first after. The quotation's own clause, after a semicolon, a colon or a comma and a
    /// conjunction, is searched before the whole sentence, and a subject that opens a
    /// subordinate clause (`When Rubio thanked Miami, a man yelled …`) speaks only when no later
    /// cue has a subject.
    pub(super) fn sentence_cue(&self, ctx: &Context) -> Option<Found1> {
        // A coordinate clause of its own (`Rubio suggested …, while Cruz said that the “…”`)
        // is searched first.
        let tokens = self.input.tokens;
        let clause = (ctx.left().start + 1..ctx.left().end)
            .rev()
            .find(|&j| {
                matches!(tokens[j - 1].kind(), Kind::Punct(';' | ':'))
                    || (tokens[j - 1].is_punct(',')
                        && (self.is(j, flag::COORDINATOR) || self.opens_absolute(j)))
            })
            .unwrap_or(ctx.left().start);
        // A relative clause that holds the quotation speaks for its antecedent: `praised Dana
        // Cole, who said the plan was “a first step”`, `Acme, which called it “final”`.
        if let Some(cue) = self.input.cues.within_rev(clause..ctx.left().end).next()
            && !self.is(cue.start, flag::NO_REPORT)
            && let Some(f) =
                self.cue_with_subject(cue.start, clause, ctx.left().end, ctx.sentence().start)
            && self.mentions[f.mention()]
                .pronoun
                .is_some_and(|p| p.case == Case::Relative)
            && self.mentions[f.mention()].tokens().start > clause
        {
            return Some(f);
        }
        if let Some(f) = self.object_relative(ctx) {
            return Some(f);
        }
        if let Some(f) = self
            .parenthetical(ctx)
            .or_else(|| self.trailing_subordinate(ctx))
        {
            return Some(f);
        }
        // The first cue whose subject opens a subordinate clause: the fallback; and the first
        // verb of thinking of the main clause.
        let mut subordinate = None;
        let mut thought: Option<Found1> = None;
        for start in [clause, ctx.left().start] {
            for cue in self.input.cues.within(start..ctx.left().end) {
                if let Some(f) =
                    self.cue_with_subject(cue.start, start, ctx.left().end, ctx.sentence().start)
                {
                    // A verb of thinking (`they believe …`) yields to a finite cue of speech,
                    // not to a participle in its clause (`Trump believes, … the President
                    // boasting of his “…”`).
                    let thinking = self.is(cue.start, flag::NO_REPORT);
                    let dependent = self.opens_subordinate(f.mention())
                        || self.opens_object_relative(f.mention());
                    if !dependent && !thinking {
                        let participle = self.word(cue.start).is_some_and(|w| w.ends_with("ing"));
                        return Some(match thought.take() {
                            Some(t) if participle => t,
                            _ => f,
                        });
                    }
                    if thinking && !dependent {
                        thought = thought.or(Some(f.clone()));
                    }
                    subordinate = subordinate.or(Some(f));
                }
            }
            if let Some(f) = subordinate {
                return Some(f);
            }
            if start == ctx.left().start {
                break;
            }
        }
        // `…, aside from the men knowing each other, said the director, James Comey.`: an
        // inverted attribution after a comma speaks for the sentence before a participle.
        for cue in self.input.cues.within(ctx.right()) {
            if cue.start > ctx.right().start
                && self.input.tokens[cue.start - 1].is_punct(',')
                && !self.is(cue.start, flag::NO_REPORT)
                && !self.word(cue.start).is_some_and(|w| w.ends_with("ing"))
                && self.subject_before(cue.start, ctx.right().start).is_none()
                && let Some(m) = self.subject_after(cue.end, ctx.right().end, true)
            {
                return Some(Found1::new(m, Some(cue), Rule::SentenceCue));
            }
        }
        for cue in self.input.cues.within(ctx.right()) {
            if let Some(f) = self.cue_with_subject(
                cue.start,
                ctx.right().start,
                ctx.right().end,
                ctx.sentence().start,
            ) {
                return Some(f);
            }
        }
        None
    }

    /// Whether `with` at `j` opens a clause of its own: a mention and a participle (`…, with
    /// Donald Trump tweeting that it was a “disaster”`), not a phrase (`Cruz, with delight,`).
    fn opens_absolute(&self, j: usize) -> bool {
        self.is_word_of(j, "with")
            && self.mention_starting(j + 1).is_some_and(|m| {
                self.word(self.mentions[m].tokens().end)
                    .is_some_and(|w| w.ends_with("ing"))
            })
    }

    /// A quotation that ends the subordinate clause opening its sentence belongs to that
    /// clause's cue, not to the main clause after it: `When Trump said he would “protect
    /// them,” the crowd applauded`, `After Scalia said that they might do better at “less
    /// advanced schools,” Trump said …`.
    pub(super) fn in_opening_clause(&self, ctx: &Context) -> Option<Found1> {
        let tokens = self.input.tokens;
        let q = ctx.right().start.checked_sub(1)?;
        let quote = &self.input.text[tokens.get(q)?.span().range()];
        let inner =
            quote.trim_end_matches(|c: char| crate::marks::is_mark_char(c) || c.is_whitespace());
        if !inner.ends_with(',')
            && !tokens
                .get(ctx.right().start)
                .is_some_and(|t| t.is_punct(','))
        {
            return None;
        }
        let mut k = ctx.sentence().start;
        while self.is(k, flag::CONNECTIVE) && k < ctx.left().end {
            k += 1;
        }
        let left = ctx.left();
        if !self.is(k, flag::SUBORDINATOR)
            || k < left.start
            || (k..left.end).any(|j| matches!(tokens[j].kind(), Kind::Punct(',' | ';' | ':')))
        {
            return None;
        }
        self.input.cues.within(k + 1..left.end).find_map(|cue| {
            (!self.is(cue.start, flag::NO_REPORT))
                .then(|| self.cue_with_subject(cue.start, k + 1, left.end, ctx.sentence().start))
                .flatten()
        })
    }

    /// A subordinate clause set off after its main clause whose cue governs the quotation:
    /// `Clinton weighed in on Tuesday, hours after Sanders said he was “encouraged”`. The
    /// clause's subordinator follows a comma (past a time: `hours after`), and its cue stands
    /// a few words before the quotation with no punctuation between.
    fn trailing_subordinate(&self, ctx: &Context) -> Option<Found1> {
        let tokens = self.input.tokens;
        let left = ctx.left();
        let cue = self.input.cues.within_rev(left.clone()).next()?;
        if cue.end > left.end
            || left.end - cue.end > MAX_GOVERNED_GAP
            || (cue.end..left.end).any(|j| !tokens[j].is_word())
            || self.is(cue.start, flag::NO_REPORT)
        {
            return None;
        }
        let m = self.subject_before(cue.start, left.start)?;
        let sub = self.mentions[m]
            .tokens()
            .start
            .checked_sub(1)
            .filter(|&p| p > left.start && self.is(p, flag::SUBORDINATOR))?;
        let mut before = sub - 1;
        if self.is(before, flag::TIME_NOUN) && before > left.start {
            before -= 1;
        }
        tokens[before]
            .is_punct(',')
            .then(|| Found1::new(m, Some(cue), Rule::SentenceCue))
    }

    /// An attribution set off by commas before the quotation speaks for its whole sentence:
    /// `One offered shelter, Bob said, while others “…”`, `The plan, Lee said on Monday, is
    /// “…”`. The subject follows a comma and the cue is followed by one.
    fn parenthetical(&self, ctx: &Context) -> Option<Found1> {
        let tokens = self.input.tokens;
        let left = ctx.left();
        self.input.cues.within(left.clone()).find_map(|cue| {
            if cue.end >= left.end
                || !tokens[cue.end].is_punct(',')
                || self.is(cue.start, flag::NO_REPORT)
                || self.word(cue.start).is_some_and(|w| w.ends_with("ing"))
            {
                return None;
            }
            let m = self.subject_before(cue.start, left.start)?;
            let start = self.mentions[m].tokens().start;
            let set_off = start > left.start && tokens[start - 1].is_punct(',');
            (set_off && self.can_be_subject(m) && !self.opens_subordinate(m))
                .then(|| Found1::new(m, Some(cue), Rule::SentenceCue))
        })
    }

    /// A relative clause whose subject speaks, with its cue a few words at most before the
    /// quotation and no punctuation between: `a plan, which he declared “a disaster”`, `the
    /// donors, both of whom Clinton praised Tuesday night “for …”`. The clause's relative
    /// word is the cue's object; its subject, not the main clause's, said the words.
    fn object_relative(&self, ctx: &Context) -> Option<Found1> {
        let tokens = self.input.tokens;
        let end = ctx.left().end;
        let cue = self.input.cues.within_rev(ctx.left()).next()?;
        if cue.end > end
            || end - cue.end > MAX_GOVERNED_GAP
            || self.is(cue.start, flag::NO_REPORT)
            || (cue.end..end).any(|j| matches!(tokens[j].kind(), Kind::Punct(_)))
            // The relative word stands a few words before the cue.
            || !(cue.start.saturating_sub(MAX_RELATIVE_REACH)..cue.start)
                .any(|j| self.is(j, RELATIVE_CLASSES))
        {
            return None;
        }
        let f = self.cue_with_subject(cue.start, ctx.left().start, end, ctx.sentence().start)?;
        let relative = self.mentions[f.mention()]
            .tokens()
            .start
            .checked_sub(1)
            .is_some_and(|p| RELATIVE_WORDS.iter().any(|w| self.is_word_of(p, w)));
        relative.then_some(f)
    }

    /// The cue at `k` with its subject, all within `floor..ceiling`; `sentence` is where the
    /// sentence starts, for participles.
    pub(super) fn cue_with_subject(
        &self,
        k: usize,
        floor: usize,
        ceiling: usize,
        sentence: usize,
    ) -> Option<Found1> {
        let cue = self.cue(k)?;
        if cue.end > ceiling || self.is_nominal(k) {
            return None;
        }
        let according = self.is_according_to(&cue);
        let rule = if according {
            Rule::AccordingTo
        } else {
            Rule::SentenceCue
        };
        // `…, said David Wasserman, an analyst`: the inverted order after a comma.
        let after_comma = k
            .checked_sub(1)
            .is_some_and(|p| self.input.tokens[p].is_punct(','));

        self.subject_of(&cue, floor, ceiling, sentence, after_comma)
            .map(|m| Found1::new(m, Some(cue), rule))
    }

    /// The subject of `cue`: before it, from the sentence for a participle, or after it.
    /// An inverted subject (`said Cha:`) is read only where `inverted` allows: beside the
    /// quotation; elsewhere the mention after a cue is its object (`called Rubio “…”`).
    pub(super) fn subject_of(
        &self,
        cue: &Range<usize>,
        floor: usize,
        ceiling: usize,
        sentence: usize,
        inverted: bool,
    ) -> Option<usize> {
        if self.is_according_to(cue) {
            return self.subject_after(cue.end, ceiling, false);
        }
        if let Some(agent) = self.passive_agent(cue, ceiling) {
            return Some(agent);
        }
        let read = Before {
            mention: self.subject_before(cue.start, floor),
            participle: self.is_participle(cue),
        };
        self.subject_of_read(cue, floor, ceiling, sentence, inverted, read)
    }

    /// [`subject_of`](Rules::subject_of) for a cue other than `according to`, whose subject
    /// before it (from `floor`) has been read.
    pub(super) fn subject_of_read(
        &self,
        cue: &Range<usize>,
        floor: usize,
        ceiling: usize,
        sentence: usize,
        inverted: bool,
        read: Before,
    ) -> Option<usize> {
        let before = read.mention;
        // `Trump issued a statement saying …`: a document before a participle is the object of
        // the sentence's verb; the sentence's subject speaks.
        let document = before.is_some_and(|m| self.is_document(m));
        if document
            && self.word(cue.start).is_some_and(|w| w.ends_with("ing"))
            && let Some(m) = self.sentence_subject(sentence.min(cue.start), cue.start)
            && Some(m) != before
        {
            return Some(m);
        }
        // `Carson endorsed Trump at Mar-a-Lago, calling him …`: the mention before a participle
        // is its clause's object or place; the sentence's subject speaks. After a cue and a
        // comma (`Spicer said, adding …`) the participle is that cue's subject's.
        let ing = self.word(cue.start).is_some_and(|w| w.ends_with("ing"));
        let first = if read.participle {
            self.subject_of_cue_before(cue.start, floor)
                .or_else(|| self.subject_of_coordinated_cue(cue.start, floor))
                .or_else(|| self.sentence_subject(sentence.min(cue.start), cue.start))
        } else if ing && before.is_some_and(|m| self.is_object_before(m, cue.start)) {
            // `emailed supporters saying: “…”`: the participle after a verb's object.
            self.sentence_subject(sentence.min(cue.start), cue.start)
                .filter(|&m| Some(m) != before)
        } else {
            None
        };
        first.or(before).or_else(|| {
            if inverted {
                self.subject_after(cue.end, ceiling, true)
            } else {
                None
            }
        })
    }

    /// The agent of a cue in the passive, the mention right after its `by`: `was described by
    /// critics as “…”`, `was asked by the host, “…”`. The cue's grammatical subject was
    /// spoken of, or to; the agent spoke.
    fn passive_agent(&self, cue: &Range<usize>, ceiling: usize) -> Option<usize> {
        let passive = cue
            .start
            .checked_sub(1)
            .is_some_and(|b| self.is(b, flag::PASSIVE));
        let by = cue.end < ceiling && self.word(cue.end) == Some("by");
        if !passive || !by {
            return None;
        }
        // Past a role in lower case: `by moderator Pat Reyes`.
        let tokens = self.input.tokens;
        (cue.end + 1..(cue.end + 2 + MAX_GOVERNED_GAP).min(ceiling))
            .take_while(|&j| tokens[j].is_word())
            .find_map(|j| self.mention_starting(j))
            .filter(|&m| self.mentions[m].tokens().end <= ceiling && self.can_be_subject(m))
    }

    /// The subject of a cue that ends right before the comma before token `at`: `Spicer
    /// said, adding`, `said Spicer, adding`.
    fn subject_of_cue_before(&self, at: usize, floor: usize) -> Option<usize> {
        let comma = at
            .checked_sub(1)
            .filter(|&c| self.input.tokens[c].is_punct(','))?;
        let cue = self.input.cues.within_rev(floor..comma).next()?;
        if cue.end != comma || self.is(cue.start, flag::NO_REPORT) {
            return None;
        }
        self.subject_before(cue.start, floor)
            .or_else(|| self.subject_after(cue.end, comma, true))
            .filter(|&m| !self.opens_subordinate(m))
    }

    /// The subject of a cue that a cue at `at` is coordinated with, in the same clause: `when
    /// Rubio thanked Miami and said …` is Rubio's, not the sentence's subject's. The earlier
    /// cue stands a few words before the `and`, with no punctuation between.
    fn subject_of_coordinated_cue(&self, at: usize, floor: usize) -> Option<usize> {
        let and = at
            .checked_sub(1)
            .filter(|&p| ["and", "but", "then"].iter().any(|w| self.is_word_of(p, w)))?;
        let low = and.saturating_sub(MAX_COORDINATED_REACH).max(floor);
        let earlier = self.input.cues.within_rev(low..and).next()?;
        let tokens = self.input.tokens;
        if (earlier.end..and).any(|j| !tokens[j].is_word())
            || self.is(earlier.start, flag::NO_REPORT)
        {
            return None;
        }
        self.subject_before(earlier.start, floor)
    }

    /// Whether the mention `m`, ending at token `end`, is the object of a verb or preposition
    /// before it (past a determiner): `emailed supporters`, `an email to supporters`.
    fn is_object_before(&self, m: usize, end: usize) -> bool {
        // A name before the participle is as often its own subject (`about Pope Francis
        // calling it …`): only a description or a group is taken for an object.
        let found = &self.mentions[m];
        if found.tokens().end != end
            || matches!(found.kind, MentionKind::Pronoun | MentionKind::Name)
        {
            return false;
        }
        let mut p = found.tokens().start;
        if p > 0 && self.is(p - 1, flag::DETERMINER) {
            p -= 1;
        }
        // `with McCain calling it …` is McCain's clause: `with` opens no object.
        p.checked_sub(1).is_some_and(|v| {
            self.word(v).is_some_and(|w| {
                !w.chars().next().is_some_and(char::is_uppercase) && !w.eq_ignore_ascii_case("with")
            }) && self.is(v, flag::VERB | flag::PREPOSITION)
        })
    }

    /// Rule 3 for a partial quotation after another in its sentence, with no cue between: the
    /// earlier one's speaker and cue (`Djokovic said he felt “a lot of emotion” before the
    /// “very important match.”`), looked for among at most a few earlier quotations.
    pub(super) fn earlier_in_sentence(&self, qi: usize) -> Option<Found1> {
        let mut at = qi;
        for _ in 0..MAX_CHAINED {
            let ctx = self.input.contexts.get(at)?;
            let earlier = at.checked_sub(1)?;
            if ctx.left_quote() != self.input.quote_tokens.get(earlier).copied()
                || self.input.cues.within(ctx.left()).next().is_some()
            {
                return None;
            }
            if !self.input.kinds.get(earlier)?.is_speech() {
                at = earlier;
                continue;
            }
            return self.find_with(earlier, false);
        }
        None
    }

    /// Rule 3, `according to` in other words: a phrase before the quotation, in its sentence,
    /// that credits the words to a possessor: `in her words, “…”`, `in Forbes’ words, “…”`,
    /// `by her own admission a “mistake”`. Not `in his book` or `by his side`.
    pub(super) fn in_words_of(&self, ctx: &Context) -> Option<Found1> {
        let left = ctx.left();
        for at in left.clone() {
            let by = match self.word(at) {
                Some(w) if w.eq_ignore_ascii_case("in") => false,
                Some(w) if w.eq_ignore_ascii_case("by") => true,
                _ => continue,
            };
            // The possessor: a pronoun (`her`), or a name ending in `’s` or `’` (`Forbes’`).
            let owner = self
                .mention_ending(at + 1)
                .filter(|&m| self.mentions[m].tokens().start == at + 1)
                .or_else(|| self.mention_starting(at + 1));
            let Some(m) = owner else {
                continue;
            };
            let found = &self.mentions[m];
            let end = found.tokens().end;
            let text = self.input.text;
            let after = &text[found.span().end..];
            let possessive = match found.pronoun {
                // `her` is written alike in both cases.
                Some(p) => {
                    p.case == Case::Possessive
                        || self
                            .word(at + 1)
                            .is_some_and(|w| w.eq_ignore_ascii_case("her"))
                }
                None => {
                    self.word(end - 1)
                        .is_some_and(|w| w.ends_with("’s") || w.ends_with("'s"))
                        || after.starts_with(['’', '\''])
                }
            };
            // A closing apostrophe of its own (`Forbes’ words`) stands between.
            let end = if self.input.tokens.get(end).is_some_and(|t| !t.is_word())
                && after.starts_with(['’', '\''])
            {
                end + 1
            } else {
                end
            };
            let noun = if self
                .word(end)
                .is_some_and(|w| w.eq_ignore_ascii_case("own"))
            {
                end + 1
            } else {
                end
            };
            let credits = self.word(noun).is_some_and(|w| {
                if by {
                    matches!(w, "admission" | "account")
                } else {
                    matches!(w, "words" | "view" | "telling" | "phrase")
                }
            });
            if possessive && credits && noun < left.end {
                return Some(Found1::new(m, Some(at..noun + 1), Rule::AccordingTo));
            }
        }
        None
    }

    /// Rule 4: `his “nuclear button”`, `Trump’s “beautiful wall”`.
    pub(super) fn possessive(&self, ctx: &Context) -> Option<Found1> {
        if ctx.left().is_empty() {
            return None;
        }
        let m = self.mention_ending(ctx.left().end - 1)?;
        let found = &self.mentions[m];
        let possessive = match found.pronoun {
            Some(p) => p.case == Case::Possessive,
            None => {
                let w = &self.input.text[self.input.tokens[ctx.left().end - 1].span().range()];
                w.ends_with("’s") || w.ends_with("'s")
            }
        };
        possessive.then_some(Found1::new(m, None, Rule::Possessive))
    }

    /// Rule 4: a partial quotation in a sentence whose verb the lexicon does not know takes
    /// the sentence's subject, with the verb after it as the cue: `Walter Hewlett sniped that
    /// Fiorina was “learning on the job”`.
    pub(super) fn subject_of_sentence(&self, q: usize, ctx: &Context) -> Option<Found1> {
        let m = self.sentence_subject(ctx.sentence().start, q)?;
        let verb = self.mentions[m].tokens().end;
        let cue = (verb < q && self.word(verb).is_some()).then_some(verb..verb + 1);
        Some(Found1::new(m, cue, Rule::SentenceSubject))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{attributed, one, s};
    use crate::Rule;

    #[test]
    pub(super) fn a_cue_further_on_is_not_adjacent() {
        // `endorse` has a subject after it, but it is not the quotation's cue.
        let got = attributed(
            "Randi Weingarten, a supporter, said that the unions “have too often been reactive” by waiting to endorse a Democrat.",
        );
        assert_eq!(got[0].1, s("Randi Weingarten"));
        assert_eq!(got[0].3, Some(Rule::SentenceCue));
    }

    #[test]
    pub(super) fn sentence_cue_and_possessive() {
        assert_eq!(
            one("Asked how, Trump pointed to “just my touch, my feel.”"),
            (s("Trump"), s("Trump"), Some(Rule::SentenceCue))
        );
        assert_eq!(
            one("Donald Trump arrived. Critics mocked his “beautiful wall.”"),
            (s("Critics"), s("Critics"), Some(Rule::SentenceCue))
        );
        assert_eq!(
            one("Donald Trump arrived. The size of his “nuclear button” grew."),
            (s("Donald Trump"), s("his"), Some(Rule::Possessive))
        );
    }

    #[test]
    pub(super) fn words_credited_to_a_possessor_are_theirs() {
        let text = "Ana Ruiz spoke at the council on Tuesday. The town moved the fair because, in her words, “it is the only open field.”";
        assert_eq!(attributed(text)[0].1, s("Ana Ruiz"));
        assert_eq!(attributed(text)[0].3, Some(Rule::AccordingTo));
        let text =
            "The summit moved to Lisbon because, in Forbes’ words, “it is the most open city.”";
        assert_eq!(attributed(text)[0].2, s("Forbes"));
        // A possessive that credits no words (`in his book`, `by his side`) does not.
        let got = attributed("In his book, Tom Lee called it “a costly gamble.”");
        assert_eq!(got[0].1, s("Tom Lee"));
        assert_eq!(got[0].3, Some(Rule::SentenceCue));
        let got = attributed("She stood by his side as Tom Lee called it “a costly gamble.”");
        assert_eq!(got[0].1, s("Tom Lee"));
    }

    #[test]
    pub(super) fn the_agent_of_a_cue_in_the_passive_speaks() {
        let got = attributed(
            "Mayor Dana Cole was asked by moderator Pat Reyes whether the plan would risk “another costly program.”",
        );
        assert_eq!(got[0].1, s("Pat Reyes"));
        assert_eq!(got[0].3, Some(Rule::SentenceCue));
        // In the active voice, or with `by` not right after the cue, the subject speaks.
        let got = attributed(
            "Mayor Dana Cole asked moderator Pat Reyes whether the plan would risk “another costly program.”",
        );
        assert_eq!(got[0].1, s("Dana Cole"));
        let got = attributed(
            "Mayor Dana Cole said by phone that the plan would risk “another costly program.”",
        );
        assert_eq!(got[0].1, s("Dana Cole"));
    }

    #[test]
    pub(super) fn a_document_before_a_participle_is_the_object() {
        let got = attributed(
            "On Saturday, Donald Trump issued a statement saying that Scalia was “a remarkable person.”",
        );
        assert_eq!(got[0].1, s("Donald Trump"));
        // A document that is the subject speaks for itself.
        let got = attributed("The statement said it was “a remarkable day.”");
        assert_eq!(got[0].1, s("The statement"));
    }

    #[test]
    pub(super) fn a_partial_quote_takes_the_subject_of_a_verb_the_lexicon_lacks() {
        assert_eq!(
            one("Walter Hewlett sniped that Carly Fiorina was “learning on the job.”"),
            (
                s("Walter Hewlett"),
                s("Walter Hewlett"),
                Some(Rule::SentenceSubject)
            )
        );
        // Past an appositive that a person noun opens, not a name inside it.
        assert_eq!(
            one("Ted Ray, co-founder of the Acme Institute, welcomed “the news we needed.”").0,
            s("Ted Ray")
        );
        assert_eq!(
            one("Ted Ray, founder of the Acme Institute, welcomed “the news we needed.”").0,
            s("Ted Ray")
        );
        // Not a direct quotation: it stands as an utterance of its own, which continues the
        // narrative paragraph before it.
        let got = attributed("Walter Hewlett sniped at her.\n\n“She is learning on the job.”");
        assert_eq!(got[0].3, Some(Rule::Continuation));
    }

    #[test]
    pub(super) fn an_attribution_set_off_by_commas_speaks_for_its_sentence() {
        assert_eq!(
            one(
                "One offered shelter at a compound, Bob said, while others “did not want to help.”"
            ),
            (s("Bob"), s("Bob"), Some(Rule::SentenceCue))
        );
        // Not a verb of thinking, which reports no statement.
        assert_ne!(
            one("One offered shelter at a compound, Bob believes, while others “did not want to help.”").0,
            s("Bob")
        );
    }

    #[test]
    pub(super) fn a_trailing_subordinate_clause_governs_its_quotation() {
        assert_eq!(
            one("Lee weighed in with her support on Tuesday, hours after Ray said he was “encouraged” by the plan.").0,
            s("Ray")
        );
        // Not a clause the main cue governs, with no comma between.
        assert_eq!(
            one("Ann Lee says if people think it is “a disaster” they should vote.").0,
            s("Ann Lee")
        );
    }

    #[test]
    pub(super) fn a_quotation_ending_an_opening_subordinate_clause_is_that_clauses() {
        assert_eq!(
            one("When Ann Lee said she would “protect them,” the crowd applauded loudly.").0,
            s("Ann Lee")
        );
        let got = attributed(
            "After Ann Lee said students might do better at “other schools,” Tom Ray said: “I disagree.”",
        );
        assert_eq!(got[0].1, s("Ann Lee"), "{got:?}");
        assert_eq!(got[1].1, s("Tom Ray"), "{got:?}");
        // Without a subordinator the main clause after it speaks.
        assert_eq!(
            one("Ann Lee said she would “protect them,” the mayor said.").0,
            s("the mayor")
        );
    }

    #[test]
    pub(super) fn a_clause_a_subordinator_opens_does_not_speak_for_the_sentence() {
        for text in [
            "When the Lees were announced, Ann Lee said in an interview, the mayor “looked at me funny.”",
            "When the Lees came in and they were announced, Ann Lee said the mayor “looked at me funny.”",
            "While not everything Trump says is true, Ann Lee said Trump is “telling them what they want.”",
        ] {
            assert_eq!(one(text).0, s("Ann Lee"), "{text}");
        }
        // A clause with no subordinator speaks.
        assert_eq!(
            one("The Lees came in and they said the mayor “looked at me funny.”").0,
            s("they")
        );
    }

    #[test]
    pub(super) fn the_sentences_subject_is_past_an_opening_time_and_subordinate_clause() {
        assert_eq!(
            one("Last month, when I asked Ann Lee about it, she looked up, frowned and said, “Never.”").1,
            s("she")
        );
        // A name and an age after an opening participle is the subject, not a place.
        assert_eq!(
            one("Appearing before supporters at NLD headquarters, Suu Kyi, 70, said it was early but added, “I think you know.”").0,
            s("Suu Kyi")
        );
        // Without the comma that closes it, the clause's subject is the sentence's.
        assert_eq!(
            one("When asked she looked up, frowned and said, “Never.”").1,
            s("she")
        );
    }

    #[test]
    pub(super) fn an_absolute_clause_with_a_participle_is_a_clause_of_its_own() {
        assert_eq!(
            one("Republicans were quick to chime in, with Ann Lee tweeting that it was a “disaster” for her.").0,
            s("Ann Lee")
        );
        // A phrase after `with` is no clause.
        assert_eq!(
            one("Cruz, with unconcealed delight, chided Ann Lee for doubting his “natural born” status.").0,
            s("Cruz")
        );
    }

    #[test]
    pub(super) fn an_inverted_attribution_after_a_comma_speaks_for_the_sentence() {
        assert_eq!(
            one("The FBI did not find “ties of any consequence,” aside from the two men knowing each other, said the bureau’s director, James Comey, on Monday.").0,
            s("James Comey")
        );
        // A subject before the cue makes it no inverted one; a participle's object is none.
        let got = attributed(
            "“We found nothing,” Ann Lee, the director, told The Courier in 2013. “It is a mess.”",
        );
        assert_eq!(got[1].1, s("Ann Lee"), "{got:?}");
        assert_eq!(
            one("Trump’s “excesses” are sickening, Hollande said on Tuesday, noting the nominee’s remarks.").0,
            s("Hollande")
        );
    }

    #[test]
    pub(super) fn a_time_and_a_name_that_ends_in_ing_leave_the_subject_the_subject() {
        assert_eq!(
            one("Ann Lee on Thursday ratcheted up her attacks on Rubio, saying he is “weak.”").0,
            s("Ann Lee")
        );
        assert_eq!(
            one("Boreing said the members will meet for drinks, but said, “It is time we change.”")
                .0,
            s("Boreing")
        );
        assert_eq!(
            one("Outside the arena, about 200 protesters gathered, chanting “Dump Trump.”").0,
            s("protesters")
        );
        assert_eq!(
            one("In three interviews, the justice sounded off on Trump, saying she did not “want to contemplate” it.").0,
            s("the justice")
        );
    }

    #[test]
    pub(super) fn a_coordinated_cue_shares_the_subject_of_the_cue_before_it() {
        // `thanked … and said` is Rubio's, in a subordinate clause: the main clause speaks.
        let got = attributed(
            "Some in the crowd booed, and when Rubio thanked Miami and said it was good to be home, a man yelled “Stay there!”",
        );
        assert_eq!(got.last().and_then(|r| r.1.clone()), s("a man"), "{got:?}");
        // After a verb that is no cue, the sentence's subject.
        assert_eq!(
            one("Ann Lee furrowed her brow and said the plan was “a mess.”").0,
            s("Ann Lee")
        );
    }

    #[test]
    pub(super) fn a_coordinate_clause_has_its_own_speaker() {
        let got = attributed(
            "Marco Rubio suggested that he can't be president, while Ted Cruz said that the “stakes are too high.”",
        );
        assert_eq!(got[0].1, s("Ted Cruz"));
        let got = attributed(
            "Yet Hillary Clinton didn't limit her attacks, also calling on them to oppose “bigotry.”",
        );
        assert_eq!(got[0].1, s("Hillary Clinton"));
    }

    #[test]
    pub(super) fn a_sentence_cue_is_read_in_the_quotations_own_clause() {
        // A clause after a colon is searched first.
        let got = attributed(
            "Even people who endorsed the plan sounded equivocal: Jane Harman called it “the least bad option.”",
        );
        assert_eq!(got[0].1, s("Jane Harman"));
        // The cue of a subordinate clause yields to the main clause's.
        let got = attributed("When Rubio thanked Miami, a man yelled “Stay there!”");
        assert_eq!(got[0].2, s("a man"));
        // Without another cue, the subordinate clause's subject still speaks.
        let got =
            attributed("When Rubio thanked Miami for its “warm welcome” the room went quiet.");
        assert_eq!(got[0].1, s("Rubio"));
    }

    #[test]
    pub(super) fn according_to_is_no_participle() {
        let got = attributed(
            "The engineers call it a “patient on life support,” according to a report released last month.",
        );
        assert_eq!(got[0].2, s("a report"));
        assert_eq!(got[0].3, Some(Rule::AccordingTo));
    }

    #[test]
    pub(super) fn according_to() {
        assert_eq!(
            one("The plan is “dead on arrival,” according to a senior official."),
            (
                s("a senior official"),
                s("a senior official"),
                Some(Rule::AccordingTo)
            )
        );
        // Past a possessive, the noun it owns; the possessive alone is no source.
        assert_eq!(
            one("According to his doctor, the mayor had “excellent” results."),
            (s("doctor"), s("doctor"), Some(Rule::AccordingTo))
        );
        assert_ne!(
            one("According to his account, the mayor had “excellent” results.").2,
            Some(Rule::AccordingTo)
        );
        assert_eq!(
            one("According to his longtime personal physician, the mayor had “excellent” results.")
                .0,
            s("physician")
        );
        // After a verb, a possessive with modifiers is its object, not an inverted subject.
        assert_ne!(
            one("Ann Lee, who called the plan “racially toxic,” portrayed his own party’s nominee as weak.").0,
            s("party’s nominee")
        );
    }

    #[test]
    pub(super) fn a_speech_verb_after_the_sentences_first_name_makes_it_the_subject() {
        // `told` can end a clause, but after a name it is the name's verb.
        let got = attributed(
            "Trump told Newsmax that Mitt Romney “had a crazy policy,” adding, “He lost the vote.”",
        );
        assert_eq!(got[0].1, s("Trump"));
        assert_eq!(got[1].1, s("Trump"));
        // A name followed by no verb is passed over.
        let got = attributed(
            "At the rally, Trump told reporters it was “a crazy policy,” adding, “It lost.”",
        );
        assert_eq!(got[0].1, s("Trump"));
    }

    #[test]
    pub(super) fn a_partial_quotation_takes_the_speaker_of_an_earlier_one_in_its_sentence() {
        let got = attributed(
            "Djokovic told a TV interviewer that he is feeling “a lot of emotion” before the “very important match.”",
        );
        assert_eq!(got[1].1, s("Djokovic"));
        // A cue between them starts a clause of its own.
        let got = attributed(
            "Djokovic felt “a lot of emotion,” but Murray said he was “looking forward to it.”",
        );
        assert_eq!(got[1].1, s("Murray"));
    }

    #[test]
    pub(super) fn the_subject_of_a_cue_is_the_person_not_a_place_or_object_beside_it() {
        // A participle after a comma speaks for the sentence's subject.
        let got = attributed(
            "On Friday, Mr. Carson endorsed Mr. Trump at Mar-a-Lago, calling him “a very intelligent man.”",
        );
        assert_eq!(got[0].1, s("Carson"));
        // A name placed by `of` is not the subject; the name it places is.
        let got = attributed(
            "Senator Bernie Sanders of Vermont endorsed Mrs. Clinton, saying she would “make an outstanding president.”",
        );
        assert_eq!(got[0].1, s("Bernie Sanders"));
        // An appositive that opens with a possessive: `X, his chief of staff, urged`.
        let got = attributed(
            "Rahm Emanuel, his chief of staff, urged a strong stand, saying Mr. Netanyahu would “walk all over us.”",
        );
        assert_eq!(got[0].1, s("Rahm Emanuel"));
        let got = attributed("The governor of Vermont said the plan was “a disgrace.”");
        assert_eq!(got[0].2, s("The governor"));
        // Without a mention before `of`, the mention itself speaks.
        let got = attributed("Most of the senators said the plan was “a disgrace.”");
        assert_eq!(got[0].2, s("the senators"));
    }

    #[test]
    pub(super) fn a_relative_clause_speaks_for_its_antecedent() {
        let got = attributed("The mayor praised Dana Cole, who said the plan was “a first step.”");
        assert_eq!(got[0].1, s("Dana Cole"));
        assert_eq!(got[0].2, s("who"));
        // Nor does one of thinking, nor one before the quotation's own cue.
        let got = attributed("She mocked candidates who think they can “outsource” the work.");
        assert_eq!(got[0].2, s("She"));
        let got = attributed("Dana Cole, who chairs the board, said the plan was “a first step.”");
        assert_eq!(got[0].2, s("Dana Cole"));
    }

    #[test]
    pub(super) fn a_document_speaks_for_whom_it_is_from() {
        let got = attributed("A statement from the union said the deal was “a disgrace.”");
        assert_eq!(got[0].1, s("the union"));
        let got = attributed(
            "In a statement, the union's president, Carla Ruiz, said it was “a disgrace.”",
        );
        assert_eq!(got[0].1, s("Carla Ruiz"));
        // With no one named, the document speaks.
        let got = attributed("The report found the bridge was “a patient on life support.”");
        assert_eq!(got[0].1, s("The report"));
    }

    #[test]
    pub(super) fn an_institution_before_a_role_and_a_name_is_not_the_subject() {
        let got = attributed(
            "FBI director James Comey decided the emails were “extremely careless in their handling.”",
        );
        assert_eq!(got[0].1, s("James Comey"));
        let got =
            attributed("The FBI decided the emails were “extremely careless in their handling.”");
        assert_eq!(got[0].1, s("FBI"));
    }

    #[test]
    pub(super) fn a_verb_of_thinking_yields_to_a_cue_of_speech() {
        let got = attributed(
            "Supporters think Ann Lee told reporters the plan was “a complete disaster for us.”",
        );
        assert_eq!(got[0].1, s("Ann Lee"));
        // Alone, it still has its subject.
        let got = attributed("Supporters believe the plan is “a complete disaster for us.”");
        assert_eq!(got[0].1, s("Supporters"));
    }

    #[test]
    pub(super) fn the_sentences_subject_past_a_mention_it_places() {
        let got = attributed(
            "Reprising a favourite line, the former secretary of state talked about continuing the “progress we had under the last president.”",
        );
        assert_eq!(got[0].1, s("the former secretary"));
    }

    #[test]
    pub(super) fn an_object_relative_clause_speaks_for_its_own_subject() {
        // The relative word is the cue's object; the clause's subject said the words.
        let got = attributed(
            "Ana Reyes praised the plan, which the mayor called “a first step” for the city.",
        );
        assert_eq!(got[0].1, s("the mayor"), "{got:?}");
        let got = attributed(
            "Aides say the effort could fail, angering donors, most of whom Ms. Ortiz thanked on Friday “for their patience.”",
        );
        assert_eq!(got[0].1, s("Ortiz"), "{got:?}");
        // A `that` after a verb opens a reported clause, not a relative one: the main
        // clause's subject speaks.
        let got = attributed("Tom Ray said he expected that voters will say “no” to the plan.");
        assert_eq!(got[0].1, s("Tom Ray"), "{got:?}");
        // Too far from the quotation, the relative clause's cue does not govern it.
        let got = attributed(
            "Ana Reyes, whom the mayor praised last year, said the plan was “a first step.”",
        );
        assert_eq!(got[0].1, s("Ana Reyes"), "{got:?}");
    }

    #[test]
    pub(super) fn a_participle_after_an_object_or_a_cue_takes_the_right_subject() {
        // The noun before the participle is the object of the sentence's verb.
        let got = attributed("The senator emailed supporters saying: “The struggle continues.”");
        assert_eq!(got[0].1, s("The senator"), "{got:?}");
        let got = attributed(
            "The campaign sent an email to donors stating, “We are ready for the fall.”",
        );
        assert_eq!(got[0].1, s("The campaign"), "{got:?}");
        // After a cue and a comma, the participle is that cue's subject's.
        let got = attributed(
            "Ryan and Trump will meet next week, Spicer said, adding, “They need to talk.”",
        );
        assert_eq!(got[0].1, s("Spicer"), "{got:?}");
        // A name before the participle is its own subject, after a preposition.
        let got =
            attributed("Dr. Tom Ray will be interviewed about Pope Francis calling it “a sham.”");
        assert_eq!(got[0].2, s("Pope Francis"), "{got:?}");
        // `with` opens the participle's own clause: its subject speaks.
        let got = attributed(
            "Republicans were irritated, with Sen. John McCain calling it a “Chinese menu.”",
        );
        assert_eq!(got[0].1, s("John McCain"), "{got:?}");
        // A group that is the sentence's subject speaks through its participle.
        let got = attributed("Protesters marched downtown chanting: “No more wars.”");
        assert_eq!(got[0].1, s("Protesters"), "{got:?}");
    }

    #[test]
    pub(super) fn names_set_off_after_a_description_leave_it_the_subject() {
        let got = attributed(
            "Two analysts, Ann Lee and Tom Ray, found last year that the navy is “the best in the world.”",
        );
        assert_eq!(got[0].1, s("Two analysts"), "{got:?}");
        // Without the verb after them, the names are no appositive: the clause's subject is.
        let got =
            attributed("Two analysts, Ann Lee and Tom Ray. The navy is “the best in the world.”");
        assert_ne!(got[0].1, s("Two analysts"), "{got:?}");
    }

    #[test]
    pub(super) fn dates_adjectives_and_compounds_are_not_speakers() {
        // A date's abbreviation is no name.
        let got = attributed("Aug. 3 “was a day to remember,” the mayor said.");
        assert_eq!(got[0].1, s("the mayor"), "{got:?}");
        // An adjective of party or nation before a group is no speaker: the group is.
        let got = attributed("Conservative voters said the plan was “too costly.”");
        assert_eq!(got[0].1, s("voters"), "{got:?}");
        // A word of a compound is no name: the whole description speaks.
        let got = attributed("A Fortune 500 company said the rules were “unworkable.”");
        assert_eq!(got[0].1, s("A Fortune 500 company"), "{got:?}");
        assert!(got.iter().all(|r| r.1 != s("Fortune")), "{got:?}");
        // A heading's word is no speaker.
        let got = attributed("Partial transcript as follows:\n\n“We are ready,” she said.");
        assert!(got.iter().all(|r| r.1 != s("Partial")), "{got:?}");
    }

    #[test]
    pub(super) fn an_introductory_phrase_runs_past_a_place_and_a_time() {
        let got = attributed(
            "At an event in Ames, Iowa, on Sunday, Ms. Ortiz defended her plan, saying it would “bring jobs home.”",
        );
        assert_eq!(got[0].1, s("Ortiz"), "{got:?}");
        // A clause with its own subject after the phrase's comma is not part of it.
        let got = attributed(
            "Speaking in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”",
        );
        assert_eq!(got[0].1, s("Trump"), "{got:?}");
    }
}
