//! Shared helpers of the rules: the subject of a cue (before it, after it, or the sentence's),
//! appositives and parentheses between a subject and its cue, participles and subordinate clauses.

use std::ops::Range;

use super::*;

/// The lexicon's classes of which every relative word (`which`, `whom`, `whose`, `that`) has
/// one: a cheap test before the words are compared.
pub(super) const RELATIVE_CLASSES: u32 = flag::QUESTION | flag::APPOSITIVE | flag::CLAUSE_START;
/// How many words back a subordinator may open the clause a mention stands in (`when the
/// Rogans came and they were announced`).
const MAX_SUBORDINATE_REACH: usize = 10;
/// How many tokens a relative clause between a subject and its cue may have, its `who`
/// included (`the groups who wrote to her on Thursday say`).
const MAX_RELATIVE_SUBJECT: usize = 12;
/// How many tokens of roles may stand between an inverted cue and the name they describe.
const MAX_ROLES: usize = 12;
/// How many words may stand between a subject and the `to` of an infinitive cue (`was
/// prompted to say`).
const MAX_INFINITIVE_CHAIN: usize = 3;
/// The words that open a chain of verbs before an infinitive cue: forms of `be` and `go`, and
/// verbs whose subject is their infinitive's (`began to`, `tried to`, `refused to`), not one
/// whose object is (`urged Cruz to`) nor `have`, whose object stands between (`have no
/// evidence to suggest`).
const CHAIN_OPENERS: [&str; 27] = [
    "was",
    "were",
    "is",
    "are",
    "went",
    "goes",
    "began",
    "begins",
    "started",
    "starts",
    "continued",
    "continues",
    "tried",
    "tries",
    "wanted",
    "wants",
    "decided",
    "refused",
    "declined",
    "seemed",
    "appeared",
    "hoped",
    "planned",
    "plans",
    "sought",
    "seeks",
    "moved",
];
/// Words that end a chain of verbs before an infinitive: they open a clause or a phrase of
/// their own (`that`, `when`, `the`).
const CHAIN_STOP: u32 =
    flag::CLAUSE_START | flag::SUBORDINATOR | flag::DETERMINER | flag::STOP | flag::NEGATION;

impl<'t> Rules<'_, 't> {
    pub(super) fn word(&self, i: usize) -> Option<&'t str> {
        let t = self.input.tokens.get(i)?;
        t.is_word().then(|| &self.input.text[t.span().range()])
    }

    /// Whether the token at `i` is a word of any of the classes in `flags`.
    pub(super) fn is(&self, i: usize, flags: u32) -> bool {
        self.input
            .tokens
            .get(i)
            .is_some_and(|t| t.is_word() && t.class().is(flags))
    }

    /// The mention whose last token is `i`.
    pub(super) fn mention_ending(&self, i: usize) -> Option<usize> {
        self.at.ending(i)
    }

    /// The mention whose first token is `i`.
    pub(super) fn mention_starting(&self, i: usize) -> Option<usize> {
        self.at.starting(i)
    }

    /// The words of the quotation that ends right before `ctx`'s right side, without its
    /// closing marks: where its last punctuation is read.
    pub(super) fn quotation_words_end(&self, ctx: &Context) -> Option<&str> {
        let q = ctx.right().start.checked_sub(1)?;
        let quote = &self.input.text[self.input.tokens.get(q)?.span().range()];
        Some(crate::marks::words_end(quote))
    }

    /// Whether the cue at `k` stands after an article or a possessive, as a noun or an
    /// adjective does: `a written statement`, `his remarks`. Not after a quantifier (`some
    /// said`) or a word that opens a clause (`that said`).
    pub(super) fn is_nominal(&self, k: usize) -> bool {
        k.checked_sub(1).is_some_and(|p| {
            (self.is(p, flag::DETERMINER) && !self.is(p, flag::QUANTIFIER | flag::CLAUSE_START))
                // `his call for a ban`, `Trump's claim`: after a possessive.
                || self.is(p, flag::POSSESSIVE)
                || self.input.tokens[p]
                    .class()
                    .pronoun()
                    .is_some_and(|pr| pr.case == Case::Possessive)
                // `won 40 pledged delegates`, `more pledged delegates`: a participle before a
                // plural noun of people.
                || self.is_prenominal_participle(p, k)
        })
    }

    /// Whether the cue at `k` (after the token at `p`) is a participle in -ed before a plural
    /// noun of people, after a figure or a comparative: an adjective (`40 pledged delegates`,
    /// `more pledged delegates`), where a verb would follow its subject (`…, and asked
    /// voters`).
    fn is_prenominal_participle(&self, p: usize, k: usize) -> bool {
        self.input
            .tokens
            .get(k + 1)
            .and_then(|t| t.class().description())
            .is_some_and(|d| d.number == crate::lexicon::Number::Plural)
            && self.word(k).is_some_and(|w| w.ends_with("ed"))
            && self.word(p).is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_digit())
                    || ["more", "fewer", "most"].contains(&w)
            })
    }

    /// Whether a mention can be the subject of a clause (not `him`, `them`, `his`).
    pub(super) fn can_be_subject(&self, m: usize) -> bool {
        self.mentions[m]
            .pronoun
            .is_none_or(|p| matches!(p.case, Case::Subject | Case::Relative))
    }

    pub(super) fn cue(&self, i: usize) -> Option<Range<usize>> {
        self.input.cues.at(i)
    }

    /// The subject right before the cue that starts at token `cue`, no further back than
    /// `floor`: past adverbs and auxiliaries (`Trump later said`), a parenthesis (`Reid
    /// (D-Nev.) said`), and an appositive set off by commas or dashes (`Cha, a veteran adviser,
    /// said`).
    pub(super) fn subject_before(&self, cue: usize, floor: usize) -> Option<usize> {
        self.subject_right_before(cue, floor)
            .or_else(|| self.subject_past_relative(cue, floor))
    }

    /// The subject of a cue past a relative clause between them: `the groups who wrote to her
    /// on Thursday say`. The clause opens with `who` right after its antecedent (or after a
    /// comma), holds a verb, and runs to the cue in words alone, at most
    /// [`MAX_RELATIVE_SUBJECT`] tokens.
    fn subject_past_relative(&self, cue: usize, floor: usize) -> Option<usize> {
        let low = cue.saturating_sub(MAX_RELATIVE_SUBJECT).max(floor);
        let who = (low..cue)
            .rev()
            .take_while(|&j| self.input.tokens[j].is_word())
            .find(|&j| self.is_word_of(j, "who"))?;
        if who + 2 > cue || !(who + 1..cue).any(|j| self.is(j, flag::VERB | flag::FINITE)) {
            return None;
        }
        let mut end = who.checked_sub(1)?;
        if self.input.tokens[end].is_punct(',') {
            end = end.checked_sub(1)?;
        }
        let m = self.mention_ending(end)?;
        (self.mentions[m].tokens().start >= floor
            && self.mentions[m].pronoun.is_none()
            && self.can_be_subject(m))
        .then_some(m)
    }

    /// [`subject_before`](Rules::subject_before) without the relative clause.
    fn subject_right_before(&self, cue: usize, floor: usize) -> Option<usize> {
        let tokens = self.input.tokens;
        let mut k = cue;
        let mut skipped = 0;
        // Words of a time phrase are skipped only in a phrase with a time noun (`on Sunday`,
        // `last week`), not in any prepositional phrase (`the Post in a written statement`).
        let mut timed = false;
        // `Trump was prompted to say`, `Cruz went on to say`: the verbs before an infinitive
        // cue, a few lower-case words at most.
        let mut infinitive = 0;
        if cue > floor && self.is_word_of(cue - 1, "to") {
            k = cue - 1;
            infinitive = MAX_INFINITIVE_CHAIN;
        }
        let chained = infinitive > 0;
        while k > floor {
            let i = k - 1;
            if let Some(m) = self.mention_ending(i) {
                // The chain opens with `be` or `go` right after its subject (`was prompted`,
                // `went on`): after an object (`called Sanders to congratulate`) or another
                // verb (`voted to insist`) the infinitive is no statement of the mention's.
                let chain_ok = !chained
                    || (i + 1 < cue - 1
                        && CHAIN_OPENERS.iter().any(|w| self.is_word_of(i + 1, w))
                        && !self.is_dummy_it(m));
                let ok =
                    self.mentions[m].tokens().start >= floor && self.can_be_subject(m) && chain_ok;
                return ok.then(|| self.first_coordinated(self.owner_of_place(m, floor), floor));
            }
            // A chain of verbs crosses no punctuation: `took his daughter, Chloe, there to
            // explain` is the father's errand, not Chloe's statement.
            if chained && !tokens[i].is_word() {
                return None;
            }
            match tokens.get(i)?.kind() {
                Kind::Punct(')') => {
                    let low = i.saturating_sub(MAX_PARENTHESIS).max(floor);
                    k = (low..i).rev().find(|&j| tokens[j].is_punct('('))?;
                }
                // `Gov. John Kasich (R-OH), said`: a comma after a parenthesis sets off nothing.
                Kind::Punct(',')
                    if i > floor && tokens.get(i - 1).is_some_and(|t| t.is_punct(')')) =>
                {
                    k = i;
                }
                Kind::Punct(c @ (',' | '—' | '–')) => {
                    return self.before_appositive(i, c, floor);
                }
                Kind::Word
                    if infinitive > 0
                        && !self.is(i, CHAIN_STOP)
                        && self
                            .word(i)
                            .is_some_and(|w| w.chars().all(|c| c.is_lowercase() || c == '-')) =>
                {
                    infinitive -= 1;
                    k = i;
                }
                Kind::Word => {
                    let w = self.word(i)?;
                    let time_noun = self.is(i, flag::TIME_NOUN);
                    timed |= time_noun;
                    let skippable = self.is(i, flag::SKIPPABLE)
                        || time_noun
                        || (timed && self.is(i, flag::TIME_WORD))
                        || (w.len() > 4
                            && w.ends_with("ly")
                            && !w.chars().next().is_some_and(char::is_uppercase));
                    if !skippable || skipped >= MAX_SKIPPED {
                        // `Officials at the meeting said`: the mention a phrase places.
                        return (!chained && self.word(i).is_some())
                            .then(|| self.phrase_owner(i, floor))
                            .flatten()
                            .map(|m| self.owner_of_place(m, floor));
                    }
                    skipped += 1;
                    k = i;
                }
                _ => return None,
            }
        }
        None
    }

    /// Whether mention `m` is a document or a post (`a statement`, `the report`, `a tweet`):
    /// a description that is no person, in lower case.
    pub(super) fn is_document(&self, m: usize) -> bool {
        self.mentions[m].kind == MentionKind::Organization
            && self
                .word(self.mentions[m].name().start)
                .is_some_and(|w| w.chars().all(char::is_lowercase))
    }

    /// The first of two names coordinated by `and` (`Ana and Tom replied`): coordinated
    /// speakers are credited to the first, as `replied Ana and Tom` is; `m` otherwise.
    pub(super) fn first_coordinated(&self, m: usize, floor: usize) -> usize {
        let start = self.mentions[m].tokens().start;
        let Some(and) = start.checked_sub(1).filter(|&p| p > floor) else {
            return m;
        };
        if self.mentions[m].kind != MentionKind::Name
            || !self.word(and).is_some_and(|w| w == "and" || w == "&")
        {
            return m;
        }
        match self.mention_ending(and - 1) {
            Some(first)
                if self.mentions[first].kind == MentionKind::Name
                    && self.mentions[first].tokens().start >= floor =>
            {
                first
            }
            _ => m,
        }
    }

    /// The token before a parenthesis that ends at token `i` (`Reid (D-Nev.)`), or `i` itself
    /// when it ends none.
    pub(super) fn skip_parenthesis_back(&self, i: usize, floor: usize) -> Option<usize> {
        let tokens = self.input.tokens;
        if !tokens.get(i)?.is_punct(')') {
            return Some(i);
        }
        let low = i.saturating_sub(MAX_PARENTHESIS).max(floor);
        (low..i)
            .rev()
            .find(|&j| tokens[j].is_punct('('))?
            .checked_sub(1)
    }

    /// The name before an appositive that ends with the punctuation `close` at token `i`:
    /// the appositive opens with the same punctuation and reads as a description (`, a veteran
    /// adviser,`, `, who …,`, `— mentioned by Newsmax —`).
    pub(super) fn before_appositive(&self, i: usize, close: char, floor: usize) -> Option<usize> {
        let tokens = self.input.tokens;
        let low = i.saturating_sub(MAX_APPOSITIVE).max(floor);
        // The appositive may hold commas of its own (`Cory James, 22, of Flint, Mich., said`):
        // try each opening, nearest first.
        (low..i)
            .rev()
            .filter(|&j| tokens[j].is_punct(close))
            .find_map(|open| self.appositive_subject(open, i, floor))
    }

    /// Where the names coordinated with name mention `m` end (`David and Jeanne Heidler`,
    /// `Ann Lee and Tom Roe`): past `and` and one more name, or the mention's own end.
    fn coordinated_end(&self, m: usize) -> usize {
        let end = self.mentions[m].tokens().end;
        if self.is_word_of(end, "and")
            && let Some(n) = self.mention_starting(end + 1)
            && self.mentions[n].kind == MentionKind::Name
        {
            return self.mentions[n].tokens().end;
        }
        end
    }

    /// Whether mention `m` is the object of a preposition of belonging, past an article: `of
    /// the FBI`, `at Google`; not of place (`in Columbus, Ohio,`).
    fn is_placed(&self, m: usize) -> bool {
        let Some(mut p) = self.mentions[m].tokens().start.checked_sub(1) else {
            return false;
        };
        if self.is(p, flag::DETERMINER)
            && let Some(q) = p.checked_sub(1)
        {
            p = q;
        }
        ["of", "for", "at"].iter().any(|w| self.is_word_of(p, w))
    }

    /// The subject before an appositive from `open` to `close` (both punctuation tokens).
    pub(super) fn appositive_subject(
        &self,
        open: usize,
        close: usize,
        floor: usize,
    ) -> Option<usize> {
        let first = self.word(open + 1)?;
        let before = self.mention_ending(self.skip_parenthesis_back(open.checked_sub(1)?, floor)?);
        // `His chief of staff, Joe Kasper, told`: the appositive is the name; also after a
        // name that a phrase places (`The director of the FBI, James Comey, said`).
        if let Some(m) = self.mention_starting(open + 1)
            && self.mentions[m].kind == MentionKind::Name
            && self.coordinated_end(m) == close
            && before.is_none_or(|b| {
                self.mentions[b].kind != MentionKind::Name
                    || (self.is_placed(b) && self.mentions[m].is_person())
            })
        {
            return Some(m);
        }
        let lower = !first.chars().next().is_some_and(char::is_uppercase);
        // `Rahm Emanuel, his chief of staff, urged`.
        let possessive = self.mention_starting(open + 1).is_some_and(|m| {
            self.mentions[m]
                .pronoun
                .is_some_and(|p| p.case == Case::Possessive)
        });
        // `Blunt, after a long pause, said`, `Lee, when asked about it, said`: a phrase or a
        // clause set off between a subject and its verb.
        let parenthetical = self.is(open + 1, flag::PREPOSITION | flag::SUBORDINATOR)
            && before.is_some_and(|b| self.mentions[b].kind == MentionKind::Name)
            && self.cue(close + 1).is_some();
        let descriptive = possessive
            || parenthetical
            || self.is(open + 1, flag::APPOSITIVE)
            || self
                .mention_starting(open + 1)
                .is_some_and(|m| self.mentions[m].kind == MentionKind::Description)
            || (lower && (first.ends_with("ed") || first.ends_with("ing")))
            || first.chars().all(|c| c.is_ascii_digit())
            // An age past an adverb: `Daniloff, now 81 and retired, said`.
            || (self.is(open + 1, flag::SKIPPABLE | flag::CONNECTIVE)
                && self
                    .word(open + 2)
                    .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit())))
            || first.ends_with("’s")
            || first.ends_with("'s")
            || first.ends_with('’')
            // A party and state: `R-Pa.`, `D-N.Y.`
            || crate::mentions::is_party_tag(first)
            || (open + 1..close).any(|j| {
                let c = self.input.tokens[j].class();
                c.description().is_some_and(|d| d.person) || c.title().is_some()
            });
        let m = before.filter(|_| descriptive)?;
        let ok = self.mentions[m].kind != MentionKind::Pronoun
            && self.mentions[m].tokens().start >= floor;
        // `A spokesman for the union, who declined to be named, said`: the spokesman.
        ok.then(|| self.owner_of_place(m, floor))
    }

    /// The subject right after a cue ending at token `end`, as in an inverted attribution:
    /// `said Victor Cha`, `said Democratic strategist Simon Rosenberg`. It must end the clause
    /// (`said Cha.`, `said Cha, a …`, `said Cha in a statement`); `said Clinton was …` has
    /// Clinton as the subject of the reported clause, not of the cue.
    pub(super) fn subject_after(&self, end: usize, ceiling: usize, strict: bool) -> Option<usize> {
        let tokens = self.input.tokens;
        // After `according to` the noun may have modifiers (`according to his longtime
        // physician`); after a verb a possessive with modifiers is as often its object
        // (`portrayed his own party's nominee`).
        let according = end > 1 && self.is_word_of(end - 2, "according");
        let direct = self
            .mention_starting(end)
            .map(|m| self.owned(m, if according { MAX_SKIPPED } else { 1 }));
        // A name after a short lower-case or capitalised descriptor.
        let after_descriptor = || {
            (end + 1..(end + 1 + MAX_SKIPPED).min(ceiling)).find_map(|j| {
                // `said of Cruz`: a preposition's object is no subject.
                // `wrote that Taylor`: a clause's subject is no inverted one.
                let between_ok = !self.is(end, flag::PREPOSITION)
                    && tokens[end..j].iter().all(|t| {
                        t.is_word()
                            && !t
                                .class()
                                .is(flag::VERB | flag::SKIPPABLE | flag::SUBORDINATOR)
                            && !is_complementizer(&self.input.text[t.span().range()])
                    });
                if !between_ok {
                    return None;
                }
                self.mention_starting(j)
                    .filter(|&m| self.mentions[m].kind == MentionKind::Name)
            })
        };
        // `said Oilers head coach Ken Hill`: a team or a place, its role in lower case, then
        // the person.
        let person_after_role = |m: usize| {
            let from = self.mentions[m].tokens().end;
            (from + 1..(from + 1 + MAX_SKIPPED).min(ceiling)).find_map(|j| {
                let between_ok = tokens[from..j].iter().all(|t| {
                    t.is_word()
                        && !t.class().is(flag::VERB
                            | flag::SKIPPABLE
                            | flag::CAPITALIZED
                            | flag::COORDINATOR)
                        && t.class().pronoun().is_none()
                        && !matches!(&self.input.text[t.span().range()], "and" | "or")
                });
                if !between_ok {
                    return None;
                }
                self.mention_starting(j).filter(|&n| {
                    self.mentions[n].kind == MentionKind::Name && self.mentions[n].is_person()
                })
            })
        };
        // `said the housing minister, Ann Lee, on Tuesday`: a name set off after a description
        // is whom it describes.
        let named_after = |m: usize| {
            let comma = self.mentions[m].tokens().end;
            if !tokens.get(comma)?.is_punct(',') {
                return None;
            }
            let n = self.mention_starting(comma + 1)?;
            let after = self.mentions[n].tokens().end;
            (self.mentions[n].kind == MentionKind::Name
                && after <= ceiling
                && tokens.get(after).is_none_or(|t| !t.is_word()))
            .then_some(n)
        };
        let m = match direct {
            Some(m) if self.mentions[m].kind == MentionKind::Name => {
                person_after_role(m).unwrap_or(m)
            }
            Some(m) if self.mentions[m].kind == MentionKind::Description => {
                named_after(m).or_else(after_descriptor).unwrap_or(m)
            }
            Some(m) => after_descriptor().unwrap_or(m),
            None => after_descriptor().or_else(|| self.name_after_roles(end, ceiling))?,
        };
        let found = &self.mentions[m];
        // `as she put it, …`: `it` after a verb is its object.
        if found.tokens().end > ceiling || !self.can_be_subject(m) || self.is_it(m) {
            return None;
        }
        let next = tokens.get(found.tokens().end);
        let ends_clause = !strict
            || found.tokens().end >= ceiling
            || next.is_none_or(|t| !t.is_word())
            || self.is(found.tokens().end, flag::CLAUSE_OPENER);
        ends_clause.then_some(m)
    }

    /// The description a possessive pronoun `m` owns, or `m`: `according to his doctor`,
    /// `said her spokesman`, `“…,” their lawyer said`, with fewer than `reach` lower-case
    /// modifiers between. `her` is read as a possessive before a description.
    pub(super) fn owned(&self, m: usize, reach: usize) -> usize {
        let found = &self.mentions[m];
        let possessive = found.pronoun.is_some_and(|p| {
            p.case == Case::Possessive
                || (p.case == Case::Object && self.is_word_of(found.tokens().start, "her"))
        });
        if !possessive {
            return m;
        }
        // Past a few lower-case modifiers: `his longtime personal physician`.
        let from = found.tokens().end;
        (from..from + reach)
            .take_while(|&j| {
                j == from
                    || self.word(j - 1).is_some_and(|w| {
                        w.chars().all(|c| c.is_lowercase() || c == '-')
                            && !self.is(j - 1, flag::VERB)
                    })
            })
            .find_map(|j| self.mention_starting(j))
            .filter(|&n| self.mentions[n].kind == MentionKind::Description)
            .unwrap_or(m)
    }

    /// A person's name after a chain of roles following an inverted cue, ending the clause:
    /// `said former Pennsylvania Gov. and party chairman Ed Rendell.` Only words (no speech
    /// verb), abbreviations' periods and `and` stand between; at most [`MAX_ROLES`] tokens.
    pub(super) fn name_after_roles(&self, end: usize, ceiling: usize) -> Option<usize> {
        let tokens = self.input.tokens;
        for j in end..(end + MAX_ROLES).min(ceiling) {
            if let Some(n) = self.mention_starting(j)
                && self.mentions[n].kind == MentionKind::Name
                && self.mentions[n].is_person()
            {
                let after = self.mentions[n].tokens().end;
                let ends = after >= ceiling
                    || tokens.get(after).is_none_or(|t| !t.is_word())
                    || self.is(after, flag::CLAUSE_OPENER);
                return ends.then_some(n);
            }
            let t = tokens[j];
            let ok = (t.is_word()
                && !t.class().is(flag::VERB | flag::SUBORDINATOR)
                && t.class().pronoun().is_none()
                && !is_complementizer(&self.input.text[t.span().range()]))
                || (t.is_punct('.') && !ends_sentence(self.input.text, tokens, j));
            if !ok {
                return None;
            }
        }
        None
    }

    /// Whether the mention opens a subordinate or reported clause, or stands in one that opens
    /// its sentence or clause: `if people think`, `that Curiel happens`, `who told`, `when the
    /// Rogans came and they were announced, …`.
    pub(super) fn opens_subordinate(&self, m: usize) -> bool {
        let found = &self.mentions[m];
        if found.pronoun.is_some_and(|p| p.case == Case::Relative) {
            return true;
        }
        let Some(mut p) = found.tokens().start.checked_sub(1) else {
            return false;
        };
        if self.is(p, flag::DETERMINER)
            && let Some(q) = p.checked_sub(1)
        {
            p = q;
        }
        if self.is(p, flag::SUBORDINATOR) {
            return true;
        }
        // Back over the clause's words to a subordinator that opens it.
        let tokens = self.input.tokens;
        let low = p.saturating_sub(MAX_SUBORDINATE_REACH);
        for j in (low..=p).rev() {
            if !tokens[j].is_word() {
                return false;
            }
            if self.is(j, flag::SUBORDINATOR) {
                return j == 0 || !tokens[j - 1].is_word();
            }
        }
        false
    }

    /// Whether the mention `m` is the object of a cue of address right before it, past a
    /// determiner: `told Politico`, `told the Courier`.
    pub(super) fn is_object_of_cue(&self, m: usize) -> bool {
        let mut start = self.mentions[m].tokens().start;
        if start > 0 && self.is(start - 1, flag::DETERMINER) {
            start -= 1;
        }
        start > 0
            && self
                .input
                .cues
                .within(start.saturating_sub(3)..start)
                .any(|c| c.end == start && self.is(c.start, flag::ADDRESSEE))
    }

    /// Whether the mention `m` is the subject of a relative clause whose relative word is its
    /// verb's object: `the plan, which Trump called …`, `a crowd that the campaign estimated`,
    /// `Franklin, whose group does not …`. A `that` after a verb opens a clause that is no
    /// relative one (`said that Cruz …`).
    pub(super) fn opens_object_relative(&self, m: usize) -> bool {
        let Some(p) = self.mentions[m].tokens().start.checked_sub(1) else {
            return false;
        };
        // The lexicon's classes first: this runs for every cue.
        if !self.is(p, RELATIVE_CLASSES) {
            return false;
        }
        ["which", "whom", "whose"]
            .iter()
            .any(|w| self.is_word_of(p, w))
            || (self.is_word_of(p, "that")
                && p.checked_sub(1)
                    .is_some_and(|v| self.word(v).is_some() && !self.is(v, flag::VERB)))
    }

    /// Whether the cue at `cue` is a participle (`saying`, `calling`) that takes its subject
    /// from the sentence: after a comma or a preposition (`began by saying`).
    pub(super) fn is_participle(&self, cue: &Range<usize>) -> bool {
        // `…, also calling`: past an adverb.
        let mut before = cue.start.checked_sub(1);
        if let Some(b) = before
            && self.is(b, flag::SKIPPABLE)
        {
            before = b.checked_sub(1);
        }
        let participle = self.word(cue.start).is_some_and(|w| w.ends_with("ing"))
            && before.is_some_and(|p| {
                self.input.tokens[p].is_punct(',')
                    || self.is_word_among(p, &["by", "while", "before", "after", "when"])
            });
        // A verb coordinated with the sentence's own: `he furrowed his brow and said`.
        let coordinated = before.is_some_and(|p| self.is_word_among(p, &["and", "but", "then"]));
        participle || coordinated
    }

    pub(super) fn is_according_to(&self, cue: &Range<usize>) -> bool {
        self.is_word_of(cue.start, "according")
    }
}

/// Whether `w` opens a reported clause (`said that Taylor …`, `asked whether he …`): the
/// mention after it is the clause's subject, not the cue's.
fn is_complementizer(w: &str) -> bool {
    matches!(w, "that" | "if" | "whether")
}

#[cfg(test)]
mod tests;
