//! Rules 3 and 4, in the sentence: a cue elsewhere in the quotation's sentence with its
//! subject, `according to`, the subject of a partial quotation's sentence, and a possessive.

use std::ops::Range;

use super::subjects::RELATIVE_CLASSES;
use super::*;

/// How many tokens before the `and` of a coordinated cue the earlier cue may end.
const MAX_COORDINATED_REACH: usize = 12;
/// How many tokens an attribution that closes a sentence after its last quotation may have,
/// its comma included (`, the director of the agency told reporters.`).
const MAX_CLOSING_WORDS: usize = 10;
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
                    || (matches!(tokens[j - 1].kind(), Kind::Punct(',' | '-' | '—' | '–'))
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
        self.closing_attribution(ctx)
    }

    /// An attribution that closes the sentence past the quotations after this one, set off by
    /// a comma: `… words like “maybe” and “perhaps”, he told reporters.` The quotations of a
    /// sentence that ends so are all the speaker's.
    fn closing_attribution(&self, ctx: &Context) -> Option<Found1> {
        let (right, sentence) = (ctx.right(), ctx.sentence());
        if right.end >= sentence.end
            || !matches!(
                self.input.tokens.get(right.end).map(Token::kind),
                Some(Kind::Quote(_))
            )
        {
            return None;
        }
        // The last comma of the sentence, after its last quotation or inside its marks
        // (`“schools,” the mayor said`), and a cue with its subject after it.
        let tokens = self.input.tokens;
        let end = sentence.end.min(tokens.len());
        let comma = (right.end..end)
            .rev()
            .take(MAX_CLOSING_WORDS)
            .find(|&j| matches!(tokens[j].kind(), Kind::Quote(_)) || tokens[j].is_punct(','))
            .filter(|&j| {
                tokens[j].is_punct(',')
                    || crate::marks::words_end(&self.input.text[tokens[j].span().range()])
                        .ends_with(',')
            })?;
        let cue = self.input.cues.within(comma + 1..end).next()?;
        if self.is(cue.start, flag::NO_REPORT) {
            return None;
        }
        self.cue_with_subject(cue.start, comma + 1, end, ctx.sentence().start)
            .filter(|f| self.mentions[f.mention()].tokens().start > comma)
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
    /// advanced schools,” Trump said …`, `When someone shouted, “Cruz,” Beck joked`.
    pub(super) fn in_opening_clause(&self, ctx: &Context) -> Option<Found1> {
        let tokens = self.input.tokens;
        if !self.quotation_words_end(ctx)?.ends_with(',')
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
        // A comma or colon that introduces the quotation ends no clause: `When someone
        // shouted, “Cruz,” Beck joked`.
        let introduced = left.end > left.start
            && matches!(tokens[left.end - 1].kind(), Kind::Punct(',' | ':'))
            && left
                .end
                .checked_sub(2)
                .and_then(|v| self.cue(v))
                .is_some_and(|c| c.end + 1 == left.end);
        let clause_end = if introduced { left.end - 1 } else { left.end };
        if !self.is(k, flag::SUBORDINATOR)
            || k < left.start
            || (k..clause_end).any(|j| matches!(tokens[j].kind(), Kind::Punct(',' | ';' | ':')))
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
                .or_else(|| self.subject_of_coordinated_cue(cue.start, sentence.min(floor)))
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
        // The two verbs agree in form (`thanked … and said`), where the later one shows its
        // form: `his call for a ban and suggested` coordinates no verb with `call`.
        let later_form = self.finite_form(at);
        // A quotation may stand in the first verb's clause: `tweeting that it was a
        // “disaster” for Clinton and asking`.
        if (earlier.end..and)
            .any(|j| !tokens[j].is_word() && !matches!(tokens[j].kind(), Kind::Quote(_)))
            || self.is(earlier.start, flag::NO_REPORT)
            || (later_form.is_some() && self.finite_form(earlier.start) != later_form)
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
mod tests;
