//! Reported speech: a cue and its subject with the words they report, no quotation marks.
//! Every cue of the narrative is read once, in one of four shapes:
//!
//! 1. [`Rule::ReportedClause`]: subject, cue, an optional addressee, time phrase and `that`, then
//!    the clause: `Trump said (that) he was in no rush`, `He told aides he would know`, `Kim
//!    asked if he trusted him`. The clause runs to the sentence's end, past commas (`he did,
//!    and that he must trust him` is one statement), and stops before a semicolon, a colon, or
//!    another cue set off by a comma (`…, adding that …`, `…, according to …`).
//! 2. [`Rule::ReportedBefore`]: the clause, a comma, then the cue and its subject in either
//!    order (`The deal is off, Trump said.`, `…, said Victor Cha, a veteran adviser.`); or
//!    both set off in the middle of the clause (`The deal, he said, is off.`).
//! 3. [`Rule::AccordingTo`]: `according to X` before or after its clause.
//! 4. [`Rule::ReportedParticiple`]: a participle cue after a comma, or a verb coordinated with
//!    the sentence's own, takes the sentence's subject: `Trump left early, saying he was
//!    tired.`, `Kim turned to Bolton and asked if he trusted him`.
//!
//! What is not reported speech: a verb of thinking (`She believes that …`, the lexicon's
//! `belief` class); a cue whose complement is a quotation (`Trump said: “…”`, `“…,” he
//! said`), which the quotation rules attribute; a cue with nothing after it that reads as a
//! clause (`he said on Tuesday.`, `he spoke in Iowa`). A subject in a relative or subordinate
//! clause speaks (`the man who said he saw it`, `when Clinton said she would debate, …`),
//! and its clause ends at the next comma.

use std::ops::Range;

use super::*;

/// How far past its cue a reported clause may run, in tokens: a long sentence is cut there.
const MAX_CLAUSE: usize = 2 * MAX_CONTEXT;
/// How many words a prepositional phrase between a cue and `that` may have (`said in a
/// radio interview on Tuesday that`).
const MAX_PHRASE: usize = 8;
/// How many words a reported clause's subject may have before its verb (`the economic gap
/// between them is`).
const MAX_SUBJECT: usize = 10;
/// How many tokens a label before a colon may have (`Former Arizona State Senator Dr. Kelli
/// Ward:`).
const MAX_LABEL: usize = 16;

/// A reported statement found before speakers are linked: its content and the subject and cue
/// that report it, all as token indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Reported {
    pub(super) content: Range<usize>,
    pub(super) mention: usize,
    pub(super) cue: Range<usize>,
    pub(super) rule: Rule,
}

impl Rules<'_, '_> {
    /// Every reported statement of the narrative, in text order.
    pub(super) fn reported(&self) -> Vec<Reported> {
        let mut out: Vec<Reported> = Vec::new();
        let mut labels = self.labels().peekable();
        for cue in self.input.cues.all() {
            while let Some(l) = labels.next_if(|l| l.cue.start < cue.start) {
                out.push(l);
            }
            let Some(r) = self.reported_at(cue) else {
                continue;
            };
            // A cue inside the last statement's words (`said he did, and warned that …`)
            // goes on with that statement.
            if out.last().is_some_and(|l| {
                l.content.start <= r.content.start && r.content.end <= l.content.end
            }) {
                continue;
            }
            out.push(r);
        }
        out.extend(labels);
        // A clause before its cue starts before statements found at earlier cues.
        out.sort_by_key(|r| r.content.start);
        out
    }

    /// Paragraphs that open with a speaker's name and a colon, as headlines and transcripts
    /// write them: `TRUMP: The deals are terrible.`, `Senator Kelli Ward: Impeach him.` The
    /// words run to the paragraph's end.
    fn labels(&self) -> impl Iterator<Item = Reported> + '_ {
        let tokens = self.input.tokens;
        // Colons are rare: each is found in the text, and its token by binary search.
        memchr::memchr_iter(b':', self.input.text.as_bytes()).filter_map(move |at| {
            let colon = tokens.partition_point(|t| t.span().start < at);
            if !tokens.get(colon)?.is_punct(':') {
                return None;
            }
            // A label opens its paragraph, a few tokens back at most.
            let low = colon.saturating_sub(MAX_LABEL);
            let paragraph = (low..colon)
                .rev()
                .find(|&j| tokens[j].kind == Kind::Break)
                .map_or(low, |b| b + 1);
            if paragraph > 0 && tokens[paragraph - 1].kind != Kind::Break {
                return None;
            }
            self.label_at(paragraph, colon)
        })
    }

    /// The statement after the colon at token `colon`, when a name opens its paragraph at
    /// `paragraph` and ends at the colon.
    fn label_at(&self, paragraph: usize, colon: usize) -> Option<Reported> {
        let tokens = self.input.tokens;
        let m = self.mention_ending(colon.checked_sub(1)?)?;
        let found = &self.mentions[m];
        let opens = found.tokens.start <= paragraph + MAX_SKIPPED
            && (paragraph..found.tokens.start).all(|j| self.is(j, flag::CAPITALIZED));
        // A heading word (`Correction:`, `Poll:`) is no mention: the lexicon's non-names.
        if !opens || found.kind == MentionKind::Pronoun || !tokens.get(colon + 1)?.is_word() {
            return None;
        }
        let ceiling = (colon + 1 + MAX_CLAUSE).min(tokens.len());
        let end = (colon + 1..ceiling)
            .find(|&j| tokens[j].kind == Kind::Break)
            .unwrap_or(ceiling);
        let content = colon + 1..end;
        self.is_content(&content).then(|| Reported {
            content,
            mention: m,
            cue: colon..colon + 1,
            rule: Rule::Colon,
        })
    }

    /// The statement that the cue `cue` reports, if any.
    fn reported_at(&self, cue: &Range<usize>) -> Option<Reported> {
        if self.is(cue.start, flag::NO_REPORT) || self.is_negated(cue.start) {
            return None;
        }
        let start = self
            .input
            .sentences
            .start(cue.start, cue.start.saturating_sub(MAX_CONTEXT));
        let end = self.clause_end_limit(cue.end);
        let found = |content: Range<usize>, mention: usize, rule: Rule| {
            self.is_content(&content).then(|| Reported {
                content,
                mention: self.antecedent(mention),
                cue: cue.clone(),
                rule,
            })
        };
        if self.is_according_to(cue) {
            let m = self.subject_after(cue.end, end, false)?;
            return found(
                self.according_content(cue, m, start, end)?,
                m,
                Rule::AccordingTo,
            );
        }
        // The subject before the cue, or the sentence's for a participle (`Trump issued a
        // statement saying …` is Trump's).
        let participle = self.is_participle(cue);
        let before = self
            .subject_of(cue, start, end, start, false)
            .or_else(|| self.subject_before_phrase(cue.start, start))
            .filter(|&m| participle || self.is_finite_cue(cue, m));
        // `“…,” Trump told the governors before leaving`: the cue of a quotation (a participle
        // after it, `“…,” he said, adding that …`, reports words of its own).
        if !participle
            && before.is_some_and(|m| self.follows_speech_quote(self.mentions[m].tokens.start))
        {
            return None;
        }
        if let Some(m) = before
            && let Some((content, object)) = self.clause_after(cue, end)
        {
            let content = if self.opens_subordinate(m) {
                self.cut_at_comma(content)
            } else {
                content
            };
            let rule = match (object, participle) {
                (true, _) => Rule::ReportedObject,
                (false, true) => Rule::ReportedParticiple,
                (false, false) => Rule::ReportedClause,
            };
            return found(content, m, rule);
        }
        let after_comma = cue
            .start
            .checked_sub(1)
            .is_some_and(|p| self.input.tokens[p].is_punct(','));
        // `…, explain senior administration officials.`
        if after_comma && let Some(m) = self.inverted_subject(cue.end, end) {
            let content = self.clause_around(cue.start, self.mentions[m].tokens.end, start, end)?;
            return found(content, m, Rule::ReportedBefore);
        }
        let m = before.filter(|_| !participle)?;
        let content = self.clause_around(self.mentions[m].tokens.start, cue.end, start, end)?;
        found(content, m, Rule::ReportedBefore)
    }

    /// A subject with a phrase after it, before the cue at `cue`: `Several supporters of reform
    /// said`, `Some 56 percent of Cuban-Americans polled said`. The phrase opens with a
    /// preposition and holds no verb or punctuation.
    fn subject_before_phrase(&self, cue: usize, floor: usize) -> Option<usize> {
        let low = cue.saturating_sub(MAX_PHRASE).max(floor);
        let mut k = cue;
        while k > low {
            let i = k - 1;
            if !self.input.tokens[i].is_word() || self.is(i, flag::FINITE | flag::QUESTION) {
                return None;
            }
            if let Some(m) = self.mention_ending(i)
                && self.is(i + 1, flag::PREPOSITION)
                && !self.is_word_of(i + 1, "that")
            {
                let kind = self.mentions[m].kind;
                let ok = matches!(kind, MentionKind::Description | MentionKind::Name)
                    && self.mentions[m].tokens.start >= floor
                    && !self.opens_subordinate(m);
                return ok.then_some(m);
            }
            k = i;
        }
        None
    }

    /// The mention a relative pronoun stands for (`the driver, who said`), or `m` itself.
    fn antecedent(&self, m: usize) -> usize {
        let found = &self.mentions[m];
        if found.pronoun.is_none_or(|p| p.case != Case::Relative) {
            return m;
        }
        let before = found.tokens.start.checked_sub(1);
        let before = before.and_then(|b| {
            if self.input.tokens[b].is_punct(',') {
                b.checked_sub(1)
            } else {
                Some(b)
            }
        });
        before
            .and_then(|b| self.mention_ending(b))
            .filter(|&a| self.mentions[a].pronoun.is_none())
            .unwrap_or(m)
    }

    /// Whether the cue at `cue` is denied: `did not say that`, `never said`.
    fn is_negated(&self, cue: usize) -> bool {
        (cue.saturating_sub(2)..cue).any(|j| self.is(j, flag::NEGATION))
    }

    /// Whether a cue after its subject `m` is the clause's verb: not a participle right after
    /// a noun (`Republicans probing the emails have …`), which modifies it.
    fn is_finite_cue(&self, cue: &Range<usize>, m: usize) -> bool {
        let ing = self.word(cue.start).is_some_and(|w| w.ends_with("ing"));
        !ing || self.mentions[m].tokens.end < cue.start
    }

    /// The subject after a cue that ends at token `c`, ending its clause: `said Cha`, `explain
    /// senior administration officials`.
    fn inverted_subject(&self, c: usize, end: usize) -> Option<usize> {
        let tokens = self.input.tokens;
        self.subject_after(c, end, true).or_else(|| {
            let m = (c..(c + MAX_SKIPPED).min(end))
                .take_while(|&j| tokens[j].is_word())
                .find_map(|j| self.mention_starting(j))?;
            let next = self.mentions[m].tokens.end;
            let ends = next >= end
                || tokens.get(next).is_none_or(|t| !t.is_word())
                || self.is(next, flag::CLAUSE_OPENER);
            (ends && self.can_be_subject(m)).then_some(m)
        })
    }

    /// Whether the word at `i` is an adverb that may follow a cue: `back`, `again`, `repeatedly`.
    fn is_adverb(&self, i: usize) -> bool {
        self.is(i, flag::SKIPPABLE)
            || self.word(i).is_some_and(|w| {
                w == "back" || (w.len() > 4 && w.ends_with("ly") && !mentions::is_capitalized(w))
            })
    }

    /// Whether the token before `i` is a speech quotation: `“…,” Trump said`.
    fn follows_speech_quote(&self, i: usize) -> bool {
        i.checked_sub(1)
            .and_then(|p| self.input.tokens.get(p))
            .is_some_and(|t| matches!(t.kind, Kind::Quote(q) if self.is_speech_quote(q)))
    }

    /// Where the sentence that goes on from token `from` ends: the token that ends it (kept
    /// when it is a quotation that ends in a period), at most [`MAX_CLAUSE`] tokens on.
    fn clause_end_limit(&self, from: usize) -> usize {
        let tokens = self.input.tokens;
        let ceiling = (from + MAX_CLAUSE).min(tokens.len());
        let end = self.input.sentences.end(from, ceiling);
        match tokens.get(end).map(|t| t.kind) {
            Some(Kind::Quote(_)) => end + 1,
            _ => end,
        }
    }

    /// The clause after a cue, up to `end`: past the one spoken to (`told aides`), a phrase
    /// of time or place (`said on Tuesday that`, `told reporters on his way there he`), and
    /// `that` itself. It must read as a clause (see [`Rules::starts_clause`]): `promised even
    /// more` and `concludes his investigation` report no statement.
    fn clause_after(&self, cue: &Range<usize>, end: usize) -> Option<(Range<usize>, bool)> {
        let mut c = cue.end;
        if self.is(cue.start, flag::ADDRESSEE)
            && cue.len() == 1
            && let Some(m) = self.mention_starting(c)
        {
            c = self.mentions[m].tokens.end;
        }
        // `quipped back that`, `said repeatedly that`.
        while c < (cue.end + 2).min(end) && self.is_adverb(c) {
            c += 1;
        }
        c = self.past_phrase(c, end);
        let that = self.is_word_of(c, "that");
        if that {
            c += 1;
        }
        if c >= end {
            return None;
        }
        let object = !(that || self.starts_clause(c, end));
        if object && !(self.is(cue.start, flag::OBJECT) && self.starts_object(c)) {
            return None;
        }
        Some((c..self.clause_stop(c, end), object))
    }

    /// Whether a clause starts at token `c`: a word that opens a question or an object clause
    /// (`if`, `whether`, `how`), a subject followed by a verb (`he was`, `Kim wasn’t`, `the
    /// President did`), or a finite verb among its first words (`the gap is wide`).
    fn starts_clause(&self, c: usize, end: usize) -> bool {
        let tokens = self.input.tokens;
        if self.is(c, flag::QUESTION) {
            return true;
        }
        // `applauded when the vote was announced`: an adverbial clause.
        if self.is(c, flag::SUBORDINATOR) {
            return false;
        }
        if !tokens[c].is_word() {
            return false;
        }
        if self.subject_and_verb(c) {
            return true;
        }
        // A finite verb among the first words, before any punctuation but an abbreviation's
        // period (`his friendship with Mr. Clinton was`).
        // A relative clause (`officials who told reporters there did`) is not the clause's.
        (c..(c + MAX_SUBJECT).min(end))
            .take_while(|&j| {
                (tokens[j].is_word() && !self.is(j, flag::QUESTION)) || tokens[j].is_punct('.')
            })
            .any(|j| self.is(j, flag::FINITE))
    }

    /// Whether an object that a speech verb reports starts at token `c` (`announced a program
    /// to defer deportations`, `urged Republicans to disavow him`).
    fn starts_object(&self, c: usize) -> bool {
        // `vowed to fight`: an infinitive is what was promised.
        let infinitive = self.is_word_of(c, "to") && self.word(c + 1).is_some();
        // `called for his resignation`, `asked about the deal`, `spoke of reform`.
        let particle = ["for", "about", "of"].iter().any(|w| self.is_word_of(c, w))
            && self.word(c + 1).is_some();
        infinitive
            || particle
            || (self.word(c).is_some()
                && !self.is(c, flag::PREPOSITION | flag::CLAUSE_OPENER | flag::SKIPPABLE))
    }

    /// Whether a mention that can be a subject starts at token `c`, followed by a lower-case
    /// word that can be its verb (`he was`, `the President did`).
    fn subject_and_verb(&self, c: usize) -> bool {
        let Some(m) = self.mention_starting(c) else {
            return false;
        };
        let after = self.mentions[m].tokens.end;
        let verb = self.word(after).is_some_and(|w| {
            !mentions::is_capitalized(w)
                && !self.is(
                    after,
                    flag::PREPOSITION | flag::DETERMINER | flag::COORDINATOR | flag::QUESTION,
                )
                && !self.is_word_of(after, "that")
        });
        verb && self.can_be_subject(m)
    }

    /// Past a phrase of time or place from token `c`: `on Sunday`, `last week`, or a short
    /// prepositional phrase before `that` or a clause (`in an interview that`, `on his way
    /// there he`).
    fn past_phrase(&self, mut c: usize, end: usize) -> usize {
        let tokens = self.input.tokens;
        let high = (c + MAX_PHRASE).min(end);
        // Not `to`: `urged people to seek shelter that way` is an infinitive.
        if self.is(c, flag::PREPOSITION)
            && !self.is_word_of(c, "to")
            && let Some(j) = (c + 1..high)
                .take_while(|&j| tokens[j].is_word())
                .find(|&j| self.is_word_of(j, "that") || self.starts_subject_clause(j))
        {
            return j;
        }
        // `on Sunday`, `last week`, `Tuesday`: words of time up to a time noun.
        if let Some(noun) = (c..high)
            .take_while(|&j| {
                self.is(j, flag::TIME_NOUN | flag::TIME_WORD | flag::PREPOSITION)
                    && !self.is_word_of(j, "that")
            })
            .filter(|&j| self.is(j, flag::TIME_NOUN))
            .last()
        {
            c = noun + 1;
            if tokens.get(c).is_some_and(|t| t.is_punct(',')) && c + 1 < end {
                c += 1;
            }
        }
        c
    }

    /// Whether a subject pronoun starts a clause at `j` (`he was`): where a phrase before a
    /// clause ends.
    fn starts_subject_clause(&self, j: usize) -> bool {
        self.mention_starting(j).is_some_and(|m| {
            self.mentions[m]
                .pronoun
                .is_some_and(|p| p.case == Case::Subject)
        })
    }

    /// Where a reported clause that starts at `c` stops, at `end` at the latest: before a
    /// semicolon or colon, a paragraph break, a comma that sets off another cue (`…, adding
    /// that`, `…, according to officials`, `…, Trump said`), or `according to` after a
    /// quotation.
    fn clause_stop(&self, c: usize, end: usize) -> usize {
        let tokens = self.input.tokens;
        (c..end)
            .find(|&j| match tokens[j].kind {
                Kind::Punct(';' | ':') | Kind::Break => true,
                Kind::Punct(',') => self.cue(j + 1).is_some() || self.cue_follows_subject(j + 1),
                // `a “patient on life support,” according to a report`: another source, after
                // a comma inside a quotation.
                Kind::Word => {
                    self.input.tokens[j - 1].kind != Kind::Word
                        && self.cue(j).is_some_and(|cue| self.is_according_to(&cue))
                }
                _ => false,
            })
            .unwrap_or(end)
    }

    /// Whether the mention at token `i` is followed by a cue: `, Trump said`.
    fn cue_follows_subject(&self, i: usize) -> bool {
        self.mention_starting(i)
            .is_some_and(|m| self.cue(self.mentions[m].tokens.end).is_some())
    }

    /// A clause cut at its first comma: a subordinate clause ends there (`When Clinton said
    /// she would debate, he …`).
    fn cut_at_comma(&self, content: Range<usize>) -> Range<usize> {
        let tokens = self.input.tokens;
        let stop = content
            .clone()
            .find(|&j| tokens[j].is_punct(','))
            .unwrap_or(content.end);
        content.start..stop
    }

    /// The clause around a cue and its subject, from token `first` (the first of them) to
    /// `last` (past the last), set off by a comma before: the clause before (`The deal is off,
    /// Trump said.`, `…, said Cha, a veteran adviser.`), or the whole sentence when the clause
    /// goes on after them (`The deal, he said, is off.`).
    fn clause_around(
        &self,
        first: usize,
        last: usize,
        start: usize,
        end: usize,
    ) -> Option<Range<usize>> {
        let tokens = self.input.tokens;
        let comma = first.checked_sub(1).filter(|&p| p > start)?;
        if !tokens[comma].is_punct(',') {
            return None;
        }
        // A quotation in the clause before is the cue's: `“…,” Trump said` is direct speech.
        if (start..comma)
            .any(|j| matches!(tokens[j].kind, Kind::Quote(q) if self.is_direct_quote(q)))
        {
            return None;
        }
        // After them: the one spoken to (`Trump told Kim Jong Un, the …`), a time phrase,
        // then the sentence's end, or a comma and the clause going on.
        let mut after = last;
        if let Some(m) = self.mention_starting(after) {
            after = self.mentions[m].tokens.end;
        }
        after = self.past_phrase(after, end);
        let goes_on = match tokens.get(after) {
            _ if after >= end => false,
            // `…, he said, “…”`: the quotation is the cue's.
            Some(t)
                if t.is_punct(',')
                    && matches!(tokens.get(after + 1).map(|t| t.kind), Some(Kind::Quote(_))) =>
            {
                return None;
            }
            Some(t) if t.is_punct(',') => {
                // `, a veteran adviser`: an appositive, not the clause.
                after + 1 < end
                    && self.word(after + 1).is_some()
                    && !self.is(after + 1, flag::APPOSITIVE | flag::DETERMINER)
                    && self.cue(after + 1).is_none()
            }
            // `Asked how, Trump pointed to “…”`: the cue's complement follows.
            _ => return None,
        };
        let only_connectives = (start..comma).all(|j| self.is(j, flag::CONNECTIVE));
        let content = match (goes_on, only_connectives) {
            // `But, he added, Kim wasn’t one of them.`
            (true, true) => after + 1..self.clause_stop(after + 1, end),
            (true, false) => start..self.clause_stop(after + 1, end),
            (false, false) => start..comma,
            (false, true) => return None,
        };
        // `A year later, Mr. Obama called her.`: a phrase, not a clause.
        self.has_verb(content.clone()).then_some(content)
    }

    /// Whether tokens `range` hold a verb: a finite one, a past form, or a subject followed by
    /// a verb.
    fn has_verb(&self, range: Range<usize>) -> bool {
        range.clone().any(|j| {
            self.is(j, flag::FINITE)
                || self.word(j).is_some_and(|w| {
                    w.len() > 3 && w.ends_with("ed") && !mentions::is_capitalized(w)
                })
                || self.subject_and_verb(j)
        })
    }

    /// The clause that `according to` the mention `m` attributes: the one before it after a
    /// comma (`The deal is off, according to officials.`), the one after it when it opens the
    /// sentence (`According to officials, the deal is off.`), else the sentence before it.
    fn according_content(
        &self,
        cue: &Range<usize>,
        m: usize,
        start: usize,
        end: usize,
    ) -> Option<Range<usize>> {
        let tokens = self.input.tokens;
        let opens = (start..cue.start).all(|j| self.is(j, flag::CONNECTIVE));
        if opens {
            let from = self.mentions[m].tokens.end;
            let comma =
                (from..(from + MAX_APPOSITIVE).min(end)).find(|&j| tokens[j].is_punct(','))?;
            return Some(comma + 1..self.clause_stop(comma + 1, end));
        }
        let stop = if cue
            .start
            .checked_sub(1)
            .is_some_and(|p| tokens[p].is_punct(','))
        {
            cue.start - 1
        } else {
            cue.start
        };
        Some(start..stop)
    }

    /// Whether tokens `content` read as reported words: two words or more, not a quotation
    /// alone.
    fn is_content(&self, content: &Range<usize>) -> bool {
        let tokens = self.input.tokens;
        let words = content
            .clone()
            .filter(|&j| tokens.get(j).is_some_and(|t| t.is_word()))
            .take(2)
            .count();
        // Words, not a figure: `Clinton: 1,769` is a table's row.
        let lettered = self
            .word(content.start)
            .is_none_or(|w| w.chars().next().is_some_and(char::is_alphabetic));
        words >= 2 && lettered
    }

    /// Whether the quotation at index `q` is speech.
    fn is_speech_quote(&self, q: u32) -> bool {
        self.input
            .kinds
            .get(q as usize)
            .is_some_and(|k| k.is_speech())
    }

    /// Whether the quotation at index `q` is a direct quotation.
    fn is_direct_quote(&self, q: u32) -> bool {
        self.input.kinds.get(q as usize) == Some(&QuoteKind::Direct)
    }

    /// Whether the token at `i` is the word `w`, in any case.
    fn is_word_of(&self, i: usize, w: &str) -> bool {
        self.word(i).is_some_and(|x| x.eq_ignore_ascii_case(w))
    }
}

#[cfg(test)]
mod tests {
    use crate::{Attributor, Rule};

    /// Each reported statement's words, speaker name, mention and rule.
    fn reported(text: &str) -> Vec<(String, String, String, Rule)> {
        let article = Attributor::new().attribute(text).expect("attributes");
        article
            .statements()
            .iter()
            .map(|s| {
                (
                    s.as_str().to_string(),
                    article.speaker_of_statement(s).name().to_string(),
                    s.mention().as_str().to_string(),
                    s.rule(),
                )
            })
            .collect()
    }

    /// The words of the one statement of `text`, and its rule.
    fn one(text: &str) -> (String, Rule) {
        let mut all = reported(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        let (words, _, _, rule) = all.remove(0);
        (words, rule)
    }

    fn none(text: &str) {
        assert_eq!(reported(text), vec![], "{text}");
    }

    #[test]
    fn subject_cue_and_clause() {
        assert_eq!(
            one("Trump said he was in no rush."),
            ("he was in no rush".into(), Rule::ReportedClause)
        );
        assert_eq!(
            one("Trump said that the deal was off."),
            ("the deal was off".into(), Rule::ReportedClause)
        );
        assert_eq!(
            one("He told aides he would know within a minute."),
            ("he would know within a minute".into(), Rule::ReportedClause)
        );
        assert_eq!(
            one("Trump has countered that he is in no rush."),
            ("he is in no rush".into(), Rule::ReportedClause)
        );
        assert_eq!(
            one("Trump quipped back that it only takes a few seconds."),
            ("it only takes a few seconds".into(), Rule::ReportedClause)
        );
        assert_eq!(
            one("Officials said on Tuesday that the talks would resume."),
            ("the talks would resume".into(), Rule::ReportedClause)
        );
    }

    #[test]
    fn a_question_and_several_clauses() {
        assert_eq!(
            one("Kim asked if he trusted him, too."),
            ("if he trusted him, too".into(), Rule::ReportedClause)
        );
        assert_eq!(
            one("Kim asked whether the talks would go on."),
            ("whether the talks would go on".into(), Rule::ReportedClause)
        );
        assert_eq!(
            one("The President said he did, and that he must trust him."),
            (
                "he did, and that he must trust him".into(),
                Rule::ReportedClause
            )
        );
    }

    #[test]
    fn clause_then_cue_in_either_order() {
        assert_eq!(
            one("The deal is off, Trump said."),
            ("The deal is off".into(), Rule::ReportedBefore)
        );
        let got = reported("The talks have stalled, said Victor Cha, a veteran adviser.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "The talks have stalled");
        assert_eq!(got[0].1, "Victor Cha");
        assert_eq!(
            one("The deal is off, explain senior officials."),
            ("The deal is off".into(), Rule::ReportedBefore)
        );
    }

    #[test]
    fn a_parenthetical_cue() {
        assert_eq!(
            one("The deal, he said, is off."),
            ("The deal, he said, is off".into(), Rule::ReportedBefore)
        );
        assert_eq!(
            one("But, he added, Kim was not one of them."),
            ("Kim was not one of them".into(), Rule::ReportedBefore)
        );
    }

    #[test]
    fn according_to_before_or_after() {
        let got = reported("The deal is off, according to officials.");
        assert_eq!(got[0].0, "The deal is off");
        assert_eq!(got[0].3, Rule::AccordingTo);
        let got = reported("According to two aides, the summit will go ahead.");
        assert_eq!(got[0].0, "the summit will go ahead");
        // A source the mention finder does not know is the source all the same.
        let got = reported("Turnout fell sharply, according to exit polls.");
        assert_eq!(got[0].2, "exit polls");
    }

    #[test]
    fn a_participle_takes_the_sentence_subject() {
        let got = reported("Trump left early, saying he was tired.");
        assert_eq!(
            got,
            [(
                "he was tired".into(),
                "Trump".into(),
                "Trump".into(),
                Rule::ReportedParticiple
            )]
        );
        // After a quotation's cue, the participle reports words of its own.
        let got = reported("“We’ll see,” Trump said, adding that he was in no rush.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "he was in no rush");
        assert_eq!(got[0].1, "Trump");
    }

    #[test]
    fn what_a_speech_act_reports() {
        let got = reported("Sanders urged Republicans to disavow him.");
        assert_eq!(got[0].0, "to disavow him");
        assert_eq!(got[0].3, Rule::ReportedObject);
        // Not a thing done: `endorse` and `write` are no speech acts on their object.
        none("Ayotte wrote a letter to the organizers.");
        none("Goldwater endorsed the ticket last week.");
    }

    #[test]
    fn a_partial_quotation_inside_a_reported_clause() {
        let article = Attributor::new()
            .attribute("Trump said he was “very happy” with the talks.")
            .expect("attributes");
        assert_eq!(article.statements().len(), 1);
        assert_eq!(
            article.statements()[0].as_str(),
            "he was “very happy” with the talks"
        );
        let quote = &article.quotes()[0];
        assert_eq!(quote.speaker(), Some(article.statements()[0].speaker()));
    }

    #[test]
    fn a_relative_clause_speaks_for_its_antecedent() {
        let got = reported("The spokesman, who said he saw the crash, left early.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "he saw the crash");
        assert_eq!(got[0].2, "The spokesman");
        assert_eq!(got[0].1, "The spokesman");
    }

    #[test]
    fn a_label_and_a_colon() {
        let got = reported("TRUMP: The deals are terrible and everyone knows it.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "The deals are terrible and everyone knows it.");
        assert_eq!(got[0].3, Rule::Colon);
        let got = reported("Senator Kelli Ward: Impeach the attorney general.");
        assert_eq!(got[0].1, "Kelli Ward");
        // A heading or a table's row is no speaker.
        none("Correction: An earlier version of this story misstated a date.");
        none("Hillary Clinton: 1,769 delegates.");
    }

    #[test]
    fn beliefs_and_evidence_are_not_speech() {
        none("She believes that the deal is off.");
        none("Trump thinks he is in no rush.");
        none("Polls show that the race is tight.");
        none("Trump is expected to win the state.");
        none("Trump wants to build a wall.");
    }

    #[test]
    fn a_cue_whose_complement_is_a_quotation() {
        none("Trump said: “We will see what happens.”");
        none("Trump said, “We will see.”");
        none("“We’ll see,” Trump said.");
        none("“We’ll see,” Trump told the governors before leaving for Hanoi.");
        none("Asked how, Trump pointed to “just my touch.”");
    }

    #[test]
    fn no_clause_no_statement() {
        none("Trump said on Tuesday.");
        none("Trump spoke in Iowa.");
        none("A year later, Mr. Obama called her.");
        none("Clinton did not say that Sanders was unqualified.");
        none("Republicans probing the emails have two questions.");
    }
}
