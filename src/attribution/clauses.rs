//! Reading a reported clause: where it starts after its cue (past the one spoken to, a phrase
//! of time or place, `that`), whether it reads as a clause or as the object of a speech act,
//! and where it stops. Shared by the reported-speech rules in `reported`.

use std::ops::Range;

use super::*;

/// How far past its cue a reported clause may run, in tokens: a long sentence is cut there.
pub(super) const MAX_CLAUSE: usize = 2 * MAX_CONTEXT;
/// How many words a prepositional phrase between a cue and `that` may have (`said in a
/// radio interview on Tuesday that`).
pub(super) const MAX_PHRASE: usize = 8;
/// How many words a reported clause's subject may have before its verb (`the economic gap
/// between them is`).
pub(super) const MAX_SUBJECT: usize = 10;

impl Rules<'_, '_> {
    /// Whether the word at `i` is an adverb that may follow a cue: `back`, `again`, `repeatedly`.
    pub(super) fn is_adverb(&self, i: usize) -> bool {
        self.is(i, flag::SKIPPABLE)
            || self.word(i).is_some_and(|w| {
                w == "back" || (w.len() > 4 && w.ends_with("ly") && !mentions::is_capitalized(w))
            })
    }

    /// Where the sentence that goes on from token `from` ends: the token that ends it (kept
    /// when it is a quotation that ends in a period), at most [`MAX_CLAUSE`] tokens on.
    pub(super) fn clause_end_limit(&self, from: usize) -> usize {
        let tokens = self.input.tokens;
        let ceiling = (from + MAX_CLAUSE).min(tokens.len());
        let end = self.sentence_end(from, ceiling);
        match tokens.get(end).map(|t| t.kind()) {
            Some(Kind::Quote(_)) => end + 1,
            _ => end,
        }
    }

    /// The clause after a cue, up to `end`: past the one spoken to (`told aides`), a phrase
    /// of time or place (`said on Tuesday that`, `told reporters on his way there he`), and
    /// `that` itself. It must read as a clause (see [`Rules::starts_clause`]): `promised even
    /// more` and `concludes his investigation` report no statement.
    pub(super) fn clause_after(
        &self,
        cue: &Range<usize>,
        end: usize,
    ) -> Option<(Range<usize>, bool)> {
        let mut c = cue.end;
        if self.is(cue.start, flag::ADDRESSEE)
            && cue.len() == 1
            && let Some(m) = self.mention_starting(c)
        {
            c = self.mentions[m].tokens().end;
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
        // `named in his email are …`: a phrase of place, not what was said.
        if !that
            && self.is(c, flag::PREPOSITION)
            && !self.is(c, flag::QUESTION | flag::SUBORDINATOR)
            && !self.starts_object(c)
        {
            return None;
        }
        let object = !(that || self.starts_clause(c, end));
        if object && !(self.is(cue.start, flag::OBJECT) && self.starts_object(c)) {
            return None;
        }
        let stop = self.clause_stop(c, end);
        Some((c..self.coordinated_stop(cue, c, stop, object), object))
    }

    /// Where a second verb of the cue's subject, coordinated by `and` or `but`, ends what the
    /// cue reports, in the words from `c` to `stop`: a second cue
    /// ([`Rules::second_cue_at`]) or a second predicate ([`Rules::second_predicate_at`]).
    /// One pass over the clause, its words' classes first: it reads every word of every
    /// reported clause.
    fn coordinated_stop(&self, cue: &Range<usize>, c: usize, stop: usize, object: bool) -> usize {
        // The cue's forms, read at the first conjunction: most clauses have none.
        let mut forms = None;
        for j in c + 1..stop.min(c + MAX_CLAUSE) {
            if !self.is(j, flag::COORDINATOR) {
                continue;
            }
            let (finite, form) = *forms
                .get_or_insert_with(|| (self.finite_form(cue.start), self.verb_form(cue.start)));
            let and = self.is_word_of(j, "and");
            if and && finite.is_some_and(|f| self.second_cue_at(j, f))
                || (and || self.is_word_of(j, "but"))
                    && self.second_predicate_at(c, j, form, object)
            {
                // Not the comma or dash before the conjunction.
                return if self.set_off_before(j) { j - 1 } else { j };
            }
        }
        stop
    }

    /// Whether `and` or `but` at `j`, in a reported clause from `c`, opens a second predicate
    /// of the cue's subject: `claimed self-defense and was acquitted`, `mentioned the remarks
    /// and went back to …`, `insists the party must change, and has championed …`. Its verb
    /// is a form of `be`, `have` or `do` or a modal, after words that hold no verb of their
    /// own or set off by a comma or dash; or it has the cue's `form`, set off, or after an
    /// `object` (`said … and went`), unless it is a speech verb there (`said the economy grew
    /// and added jobs`: the clause's).
    fn second_predicate_at(&self, c: usize, j: usize, form: Option<bool>, object: bool) -> bool {
        let set_off = self.set_off_before(j);
        let auxiliary =
            self.is(j + 1, flag::FINITE) && (object || set_off || !self.starts_clause(c, j));
        let same_form = form.is_some()
            && self.verb_form(j + 1) == form
            && (set_off || object && !self.is(j + 1, flag::VERB));
        auxiliary || same_form
    }

    /// Whether a comma or a dash right before token `j` sets off what it opens.
    fn set_off_before(&self, j: usize) -> bool {
        j.checked_sub(1)
            .and_then(|p| self.input.tokens.get(p))
            .is_some_and(|t| matches!(t.kind(), Kind::Punct(',' | '—' | '–')))
    }

    /// The form of the verb at token `k`, by its ending: as [`Rules::finite_form`] for the
    /// past (`Some(false)`), or a speech verb's present (`Some(true)`: a plural noun has the
    /// same ending), and `None` for any other word. A participle in `-ing` is `None` too.
    fn verb_form(&self, k: usize) -> Option<bool> {
        let w = self.word(k)?;
        if !w.starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        match self.finite_form(k)? {
            true => self.is(k, flag::VERB).then_some(true),
            false => Some(false),
        }
    }

    /// Whether `and` at `j` is followed by a second cue that starts a statement of its own:
    /// `He says he respects Clinton and calls her “…”`. The second cue agrees with the first
    /// in its finite form `first` (`says … calls`, `said … asked`), so it is the same
    /// subject's verb, not the reported clause's (`said voters want jobs and say …`), and what
    /// follows it reads as speech: `that`, a question word, a mention or a quotation.
    fn second_cue_at(&self, j: usize, first: bool) -> bool {
        self.cue(j + 1).is_some_and(|second| {
            second.len() == 1
                && self.finite_form(second.start) == Some(first)
                && (self.is_word_of(second.end, "that")
                    || self.is(second.end, flag::QUESTION)
                    || self.mention_starting(second.end).is_some()
                    || self
                        .input
                        .tokens
                        .get(second.end)
                        .is_some_and(|t| matches!(t.kind(), Kind::Quote(_))))
        })
    }

    /// The finite form of the verb at token `k`: `Some(true)` for the present's -s (`says`,
    /// `calls`), `Some(false)` for the past (`said`, `asked`), `None` for any other form. Two
    /// verbs coordinated with one subject share it.
    pub(super) fn finite_form(&self, k: usize) -> Option<bool> {
        let w = self.word(k)?;
        if w.ends_with('s') && !w.ends_with("ss") {
            Some(true)
        } else if w.ends_with("ed") || crate::mentions::IRREGULAR_PAST.contains(&w) {
            Some(false)
        } else {
            None
        }
    }

    /// Whether a clause starts at token `c`: a word that opens a question or an object clause
    /// (`if`, `whether`, `how`), a subject followed by a verb (`he was`, `Kim wasn’t`, `the
    /// President did`), or a finite verb among its first words (`the gap is wide`).
    pub(super) fn starts_clause(&self, c: usize, end: usize) -> bool {
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
    pub(super) fn starts_object(&self, c: usize) -> bool {
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
    pub(super) fn subject_and_verb(&self, c: usize) -> bool {
        let Some(m) = self.mention_starting(c) else {
            return false;
        };
        let after = self.mentions[m].tokens().end;
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
    pub(super) fn past_phrase(&self, mut c: usize, end: usize) -> usize {
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
        // `on Sunday`, `last week`, `Tuesday`: words of time up to a time noun, unless a verb
        // follows them: then they are the clause's subject (`said the year has been hard`).
        if let Some(noun) = (c..high)
            .take_while(|&j| {
                self.is(j, flag::TIME_NOUN | flag::TIME_WORD | flag::PREPOSITION)
                    && !self.is_word_of(j, "that")
            })
            .filter(|&j| self.is(j, flag::TIME_NOUN))
            .last()
            .filter(|&noun| !self.is(noun + 1, flag::FINITE))
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
    pub(super) fn starts_subject_clause(&self, j: usize) -> bool {
        self.mention_starting(j).is_some_and(|m| {
            self.mentions[m]
                .pronoun
                .is_some_and(|p| p.case == Case::Subject)
        })
    }

    /// Where a reported clause that starts at `c` stops, at `end` at the latest: before a
    /// semicolon or colon, a paragraph break, a comma that sets off another cue (`…, adding
    /// that`, `…, according to officials`, `…, Trump said`) or a coordinate clause with a
    /// speaker of its own (`…, and her deputy, Tom Abel, said …`), or `according to` after a
    /// quotation.
    pub(super) fn clause_stop(&self, c: usize, end: usize) -> usize {
        let tokens = self.input.tokens;
        (c..end)
            .find(|&j| match tokens[j].kind() {
                Kind::Punct(';' | ':') | Kind::Break => true,
                Kind::Punct(',') => {
                    self.cue(j + 1).is_some()
                        || self.cue_follows_subject(j + 1)
                        || self.opens_coordinate_statement(j, end)
                }
                // `a “patient on life support,” according to a report`: another source, after
                // a comma inside a quotation.
                Kind::Word => {
                    self.input.tokens[j - 1].kind() != Kind::Word
                        && self.cue(j).is_some_and(|cue| self.is_according_to(&cue))
                }
                _ => false,
            })
            .unwrap_or(end)
    }

    /// Whether the comma at token `comma` opens a coordinate clause whose subject says
    /// something of its own: `, and her deputy, Tom Abel, said`, `, while Cruz argued`.
    fn opens_coordinate_statement(&self, comma: usize, end: usize) -> bool {
        let from = comma + 2;
        if !self.is(comma + 1, flag::COORDINATOR) {
            return false;
        }
        let high = (from + MAX_APPOSITIVE).min(end);
        self.input
            .cues
            .first_in(from..high)
            .is_some_and(|cue| self.subject_before(cue.start, from).is_some())
    }

    /// Whether the mention at token `i` is followed by a cue: `, Trump said`.
    pub(super) fn cue_follows_subject(&self, i: usize) -> bool {
        self.mention_starting(i)
            .is_some_and(|m| self.cue(self.mentions[m].tokens().end).is_some())
    }

    /// A clause cut at its first comma: a subordinate clause ends there (`When Clinton said
    /// she would debate, he …`).
    pub(super) fn cut_at_comma(&self, content: Range<usize>) -> Range<usize> {
        let tokens = self.input.tokens;
        let stop = content
            .clone()
            .find(|&j| tokens[j].is_punct(','))
            .unwrap_or(content.end);
        content.start..stop
    }

    /// Whether tokens `range` hold a verb: a finite one, a past form, or a subject followed by
    /// a verb.
    pub(super) fn has_verb(&self, range: Range<usize>) -> bool {
        range.clone().any(|j| {
            self.is(j, flag::FINITE)
                || self.word(j).is_some_and(|w| {
                    w.len() > 3 && w.ends_with("ed") && !mentions::is_capitalized(w)
                })
                || self.subject_and_verb(j)
        })
    }

    /// Whether tokens `content` read as reported words: two words or more, not a quotation
    /// alone.
    pub(super) fn is_content(&self, content: &Range<usize>) -> bool {
        let tokens = self.input.tokens;
        let words = content
            .clone()
            .filter(|&j| tokens.get(j).is_some_and(|t| t.is_word()))
            .take(2)
            .count();
        // Words, not a figure: `Clinton: 1,769` is a table's row; but a figure may open a
        // clause with a verb (`said 2016 has seen the worst start`).
        let lettered = self
            .word(content.start)
            .is_none_or(|w| w.chars().next().is_some_and(char::is_alphabetic));
        words >= 2 && (lettered || self.is(content.start + 1, flag::FINITE))
    }

    /// Whether the quotation at index `q` is speech.
    pub(super) fn is_speech_quote(&self, q: u32) -> bool {
        self.input
            .kinds
            .get(q as usize)
            .is_some_and(|k| k.is_speech())
    }

    /// Whether the quotation at index `q` is a direct quotation.
    pub(super) fn is_direct_quote(&self, q: u32) -> bool {
        self.input.kinds.get(q as usize) == Some(&QuoteKind::Direct)
    }

    /// Whether the token at `i` is a word written as one of `words` (in their case): compared
    /// as bytes, as [`is_word_of`](Rules::is_word_of) compares.
    pub(super) fn is_word_among(&self, i: usize, words: &[&str]) -> bool {
        self.input
            .tokens
            .get(i)
            .filter(|t| t.is_word())
            .and_then(|t| self.input.text.as_bytes().get(t.span().range()))
            .is_some_and(|x| words.iter().any(|w| w.as_bytes() == x))
    }

    /// Whether the token at `i` is the word `w`, in any case: compared as bytes, without
    /// making a `str` of the token.
    pub(super) fn is_word_of(&self, i: usize, w: &str) -> bool {
        self.input
            .tokens
            .get(i)
            .filter(|t| t.is_word())
            .and_then(|t| self.input.text.as_bytes().get(t.span().range()))
            .is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()))
    }
}
