//! Reported speech: a cue and its subject with the words they report, no quotation marks.
//! Every cue of the narrative is read once, in one of these shapes:
//!
//! 1. [`Rule::ReportedClause`]: subject, cue, an optional addressee, time phrase and `that`, then
//!    the clause: `Trump said (that) he was in no rush`, `He told aides he would know`, `Kim
//!    asked if he trusted him`. The clause runs to the sentence's end, past commas (`he did,
//!    and that he must trust him` is one statement), and stops before a semicolon, a colon, or
//!    another cue (`…, adding that …`, `…, according to …`); how a clause is read is in
//!    `clauses`.
//! 2. [`Rule::ReportedObject`]: the object of a speech act whose object is what was said (the
//!    lexicon's `object` class): `announced a plan to …`, `urged Republicans to disavow him`,
//!    `called for his resignation`.
//! 3. [`Rule::ReportedBefore`]: the clause, a comma, then the cue and its subject in either
//!    order (`The deal is off, Trump said.`, `…, said Victor Cha, a veteran adviser.`); or
//!    both set off in the middle of the clause (`The deal, he said, is off.`).
//! 4. [`Rule::AccordingTo`]: `according to X` before or after its clause.
//! 5. [`Rule::ReportedParticiple`]: a participle cue after a comma, or a verb coordinated with
//!    the sentence's own, takes the sentence's subject: `Trump left early, saying he was
//!    tired.`, `Kim turned to Bolton and asked if he trusted him`.
//! 6. [`Rule::Colon`]: a paragraph that opens with a name and a colon, as headlines and
//!    transcripts write them: `TRUMP: The deals are terrible.`
//!
//! What is not reported speech: a verb of thinking (`She believes that …`, the lexicon's
//! `no-report` class); a negated cue (`did not say that`); a passive participle (`was declared
//! the winner`); a participle right after a noun (`Republicans probing the emails have …`); a
//! cue whose complement is a quotation (`Trump said: “…”`, `“…,” he said`), which the
//! quotation rules attribute; a cue with nothing after it that reads as a clause or an object
//! (`he said on Tuesday.`, `he spoke in Iowa`, `she wrote a letter`). A subject in a relative
//! or subordinate clause speaks (`the spokesman, who said he saw it`, `when Clinton said she
//! would debate, …`), and its clause ends at the next comma.

use std::ops::Range;

use super::clauses::{MAX_CLAUSE, MAX_PHRASE};
use super::*;

/// The most tokens a wire dateline holds (`ST. LOUIS, Mo. (AP) —`).
const MAX_DATELINE: usize = 10;

/// Past tenses of verbs that take an object before their infinitive (`urged Republicans to
/// act`): with `to` right after them, they are a passive without its `be`, as headlines write
/// it (`Ministers urged to act`). Not `asked` or `called`: `she asked to speak` and `he
/// called to ban them` are active.
const OBJECT_BEFORE_INFINITIVE: &[&str] = &[
    "urged",
    "told",
    "ordered",
    "warned",
    "advised",
    "pressed",
    "instructed",
    "encouraged",
    "invited",
    "begged",
    "implored",
];

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
    pub(super) fn reported(&self, reads: &[CueRead]) -> Vec<Reported> {
        let mut out: Vec<Reported> = Vec::new();
        // Colons' labels, then an interview's `Q.` and `A.`, in text order.
        let mut all: Vec<Reported> = self.labels().chain(self.period_labels()).collect();
        all.sort_by_key(|r| r.cue.start);
        let mut labels = all.into_iter().peekable();
        for read in reads {
            while let Some(l) = labels.next_if(|l| l.cue.start < read.cue.start) {
                out.push(l);
            }
            let Some(r) = self.reported_at(read) else {
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
                .find(|&j| tokens[j].is_break())
                .map_or(low, |b| b + 1);
            if paragraph > 0 && !tokens[paragraph - 1].is_break() {
                return None;
            }
            self.label_at(paragraph, colon)
        })
    }

    /// An interview's turns labelled with a period where the text pairs `Q.` and `A.`
    /// (`Q. How do you handle a losing streak?`): statements of the label's side, as with a
    /// colon.
    fn period_labels(&self) -> impl Iterator<Item = Reported> + '_ {
        let tokens = self.input.tokens;
        // Most texts have no `Q.` at all: one search spares the walk over the mentions. A
        // capital Q is rare, so looking for it first costs less than a substring searcher.
        let bytes = self.input.text.as_bytes();
        let any = memchr::memchr_iter(b'Q', bytes).any(|i| bytes.get(i + 1) == Some(&b'.'));
        let mentions = if any { self.mentions } else { &[] };
        mentions.iter().filter_map(move |m| {
            let start = m.tokens().start;
            let period = start + 1;
            (m.kind == MentionKind::Description
                && m.tokens().len() == 1
                && tokens.get(period).is_some_and(|t| t.is_punct('.'))
                && crate::mentions::interview_label(self.input.text, tokens, start).is_some())
            .then(|| self.label_at(start, period))
            .flatten()
        })
    }

    /// The statement after the colon at token `colon`, when a name opens its paragraph at
    /// `paragraph` and ends at the colon.
    fn label_at(&self, paragraph: usize, colon: usize) -> Option<Reported> {
        let tokens = self.input.tokens;
        let m = self.mention_ending(colon.checked_sub(1)?)?;
        let found = &self.mentions[m];
        let opens = found.tokens().start <= paragraph + MAX_SKIPPED
            && (paragraph..found.tokens().start).all(|j| self.is(j, flag::CAPITALIZED));
        // A heading word (`Correction:`, `Poll:`) is no mention: the lexicon's non-names,
        // and a heading that ends in one is none either (`Delegate Update:`, `Monday’s
        // Morning Email:`); nor is the genre an interview's headline names (`Q&A: …`).
        let genre = matches!(&self.input.text[found.span().range()], "Q&A" | "Q & A")
            || found.tokens().len() > 1 && self.is(colon - 1, flag::NON_NAME);
        if !opens
            || genre
            || found.kind == MentionKind::Pronoun
            || !tokens.get(colon + 1)?.is_word()
        {
            return None;
        }
        let ceiling = (colon + 1 + MAX_CLAUSE).min(tokens.len());
        let end = (colon + 1..ceiling)
            .find(|&j| tokens[j].is_break())
            .unwrap_or(ceiling);
        let content = colon + 1..end;
        self.is_content(&content).then(|| Reported {
            content,
            mention: m,
            cue: colon..colon + 1,
            rule: Rule::Colon,
        })
    }

    /// The statement that the cue `read.cue` reports, if any.
    fn reported_at(&self, read: &CueRead) -> Option<Reported> {
        let cue = &read.cue;
        if self.is(cue.start, flag::NO_REPORT)
            || self.is_negated(cue.start)
            || self.is_speculative(cue.start)
            || self.is_passive(cue.start)
            || self.is_nominal(cue.start)
        {
            return None;
        }
        let start = self.past_dateline(read.sentence, cue.start);
        let end = self.clause_end_limit(cue.end);
        let found = |content: Range<usize>, mention: usize, rule: Rule| {
            self.is_content(&content).then(|| Reported {
                content,
                mention: self.antecedent(mention),
                cue: cue.clone(),
                rule,
            })
        };
        if read.according {
            let m = self.subject_after(cue.end, end, false)?;
            return found(
                self.according_content(cue, m, start, end)?,
                m,
                Rule::AccordingTo,
            );
        }
        // The subject before the cue, or the sentence's for a participle (`Trump issued a
        // statement saying …` is Trump's).
        let participle = read.before.participle;
        let before = self
            .subject_of_read(cue, start, end, start, false, read.before)
            .or_else(|| self.subject_before_phrase(cue.start, start))
            .filter(|&m| participle || self.is_finite_cue(cue, m));
        // `“…,” Trump told the governors before leaving`: the cue of a quotation (a participle
        // after it, `“…,” he said, adding that …`, reports words of its own).
        if !participle
            && before.is_some_and(|m| self.follows_speech_quote(self.mentions[m].tokens().start))
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
            let content =
                self.clause_around(cue.start, self.mentions[m].tokens().end, start, end)?;
            return found(content, m, Rule::ReportedBefore);
        }
        let m = before.filter(|_| !participle)?;
        let content = self.clause_around(self.mentions[m].tokens().start, cue.end, start, end)?;
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
                    && self.mentions[m].tokens().start >= floor
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
        let before = found.tokens().start.checked_sub(1);
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

    /// Whether the cue at `cue` is a passive participle: `was declared the winner`, `were
    /// told to leave` (the subject is who was spoken of or to, not the speaker).
    fn is_passive(&self, cue: usize) -> bool {
        let mut b = cue.checked_sub(1);
        if let Some(p) = b
            && self.is_adverb(p)
            && !self.is(p, flag::PASSIVE)
        {
            b = p.checked_sub(1);
        }
        if b.is_some_and(|p| self.is(p, flag::PASSIVE))
            && self.word(cue).is_some_and(|w| !w.ends_with("ing"))
        {
            return true;
        }
        // A headline drops the `be` of the passive: `Ministers urged to act`. These verbs take
        // an object before their infinitive, so `urged to` with none is passive.
        self.word(cue)
            .is_some_and(|w| OBJECT_BEFORE_INFINITIVE.contains(&w))
            && self.word(cue + 1) == Some("to")
    }

    /// Whether the cue at `cue` is denied: `did not say that`, `never said`.
    pub(super) fn is_negated(&self, cue: usize) -> bool {
        (cue.saturating_sub(2)..cue).any(|j| self.is(j, flag::NEGATION))
    }

    /// Past a wire dateline that opens the sentence at `start`, before `limit`: a place in
    /// capitals, an agency in brackets and a dash (`WASHINGTON (AP) —`, `ST. LOUIS, Mo. —`),
    /// which is no part of what anyone said.
    fn past_dateline(&self, start: usize, limit: usize) -> usize {
        let tokens = self.input.tokens;
        let dash = |j: usize| {
            tokens
                .get(j)
                .is_some_and(|t| matches!(t.kind(), Kind::Punct('—' | '–' | '-')))
        };
        // The dash of a dateline whose place ended a sentence with its period (`Mo. --`).
        if dash(start) {
            let mut j = start;
            while j < limit && dash(j) {
                j += 1;
            }
            return j;
        }
        let in_capitals = |j: usize| {
            self.word(j).is_some_and(|w| {
                w.len() > 1
                    && w.bytes().all(|b| !b.is_ascii_lowercase())
                    && w.contains(char::is_alphabetic)
            })
        };
        if !in_capitals(start) {
            return start;
        }
        let high = (start + MAX_DATELINE).min(limit);
        (start + 1..high)
            .take_while(|&j| {
                let t = &tokens[j];
                // Capitalised words (`Mo.`, `Calif.`), the agency's brackets, the punctuation.
                (t.is_word() && t.class().is(flag::CAPITALIZED))
                    || matches!(
                        t.kind(),
                        Kind::Punct(',' | '.' | '(' | ')' | '—' | '–' | '-')
                    )
            })
            .find(|&j| dash(j))
            .map_or(start, |d| {
                // `--` is two dashes.
                if dash(d + 1) { d + 2 } else { d + 1 }
            })
    }

    /// Whether the cue at `cue` is only guessed at, after `may have`, `might have` or `could
    /// have` (`Trump may have promised even more`): the guess is the writer's or a source's,
    /// not a statement of the subject's.
    fn is_speculative(&self, cue: usize) -> bool {
        cue.checked_sub(2).is_some_and(|m| {
            self.is_word_of(cue - 1, "have")
                && ["may", "might", "could"]
                    .iter()
                    .any(|w| self.is_word_of(m, w))
        })
    }

    /// Whether a cue after its subject `m` is the clause's verb: not a participle right after
    /// a noun (`Republicans probing the emails have …`), which modifies it.
    fn is_finite_cue(&self, cue: &Range<usize>, m: usize) -> bool {
        let ing = self.word(cue.start).is_some_and(|w| w.ends_with("ing"));
        !ing || self.mentions[m].tokens().end < cue.start
    }

    /// The subject after a cue that ends at token `c`, ending its clause: `said Cha`, `explain
    /// senior administration officials`.
    fn inverted_subject(&self, c: usize, end: usize) -> Option<usize> {
        let tokens = self.input.tokens;
        self.subject_after(c, end, true).or_else(|| {
            let m = (c..(c + MAX_SKIPPED).min(end))
                .take_while(|&j| tokens[j].is_word())
                .find_map(|j| self.mention_starting(j))?;
            let next = self.mentions[m].tokens().end;
            let ends = next >= end
                || tokens.get(next).is_none_or(|t| !t.is_word())
                || self.is(next, flag::CLAUSE_OPENER);
            (ends && self.can_be_subject(m)).then_some(m)
        })
    }

    /// Whether the token before `i` is a speech quotation that the words from `i` attribute:
    /// `“…,” Trump said`. Not one that ends its sentence, its period inside the marks, before
    /// a capital that opens the next (`“…” He said the talks would go on.`); after a question
    /// or an exclamation, only a pronoun's capital opens a sentence (`“…?” Trump asked` is
    /// the quotation's cue).
    fn follows_speech_quote(&self, i: usize) -> bool {
        let tokens = self.input.tokens;
        let Some(t) = i.checked_sub(1).and_then(|p| tokens.get(p)) else {
            return false;
        };
        let Kind::Quote(q) = t.kind() else {
            return false;
        };
        let opens_sentence = || {
            let c = tokens.get(i).map_or_else(Default::default, Token::class);
            let stop = crate::marks::words_end(&self.input.text[t.span().range()]);
            c.is(flag::CAPITALIZED)
                && (stop.ends_with('.') || stop.ends_with(['?', '!']) && c.pronoun().is_some())
        };
        self.is_speech_quote(q) && !opens_sentence()
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
        // `…, the FBI said`: an article before a name is no mention's.
        let first = match first.checked_sub(1) {
            Some(p) if self.is_word_of(p, "the") => p,
            _ => first,
        };
        let comma = first.checked_sub(1).filter(|&p| p > start)?;
        if !tokens[comma].is_punct(',') {
            return None;
        }
        // A quotation in the clause before is the cue's: `“…,” Trump said` is direct speech.
        if (start..comma)
            .any(|j| matches!(tokens[j].kind(), Kind::Quote(q) if self.is_direct_quote(q)))
        {
            return None;
        }
        // After them: the one spoken to (`Trump told Kim Jong Un, the …`), a time phrase,
        // then the sentence's end, or a comma and the clause going on.
        let mut after = last;
        if let Some(m) = self.mention_starting(after) {
            after = self.mentions[m].tokens().end;
        }
        after = self.past_phrase(after, end);
        let goes_on = match tokens.get(after) {
            _ if after >= end => false,
            // `…, he said, “…”`: the quotation is the cue's.
            Some(t)
                if t.is_punct(',')
                    && matches!(
                        tokens.get(after + 1).map(|t| t.kind()),
                        Some(Kind::Quote(_))
                    ) =>
            {
                return None;
            }
            Some(t) if t.is_punct(',') => {
                // `…, said Cha, a veteran adviser`, `Trump told Kim, the dictator`: an
                // appositive of a name after the cue, not the clause. Right after a subject
                // and its cue, the clause goes on (`In a merger, he said, the brand would
                // survive`).
                let bare_cue = self.cue(first).is_none() && after == last;
                after + 1 < end
                    && self.word(after + 1).is_some()
                    && (bare_cue || !self.is(after + 1, flag::APPOSITIVE | flag::DETERMINER))
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
            let from = self.mentions[m].tokens().end;
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
}

#[cfg(test)]
mod tests;
