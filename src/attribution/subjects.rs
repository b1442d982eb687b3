//! Shared helpers of the rules: the subject of a cue (before it, after it, or the sentence's),
//! appositives and parentheses between a subject and its cue, participles and subordinate clauses.

use std::ops::Range;

use super::*;

/// The lexicon's classes of which every relative word (`which`, `whom`, `whose`, `that`) has
/// one: a cheap test before the words are compared.
pub(super) const RELATIVE_CLASSES: u32 = flag::QUESTION | flag::APPOSITIVE | flag::CLAUSE_START;
/// How many words a place or a time set off by commas in an introductory phrase may have.
const MAX_PLACE_WORDS: usize = 3;
/// How many owners up a chain of places a subject is looked for (`a spokeswoman for the office
/// of the governor`).
const MAX_OWNERS: usize = 3;
/// How many words back a subordinator may open the clause a mention stands in (`when the
/// Rogans came and they were announced`).
const MAX_SUBORDINATE_REACH: usize = 10;
/// How many tokens a phrase of place or belonging may have between a subject and its cue
/// (`officials at the meeting said`).
const MAX_PHRASE: usize = 8;
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

    /// Whether the cue at `k` stands after an article or a possessive, as a noun or an
    /// adjective does: `a written statement`, `his remarks`. Not after a quantifier (`some
    /// said`) or a word that opens a clause (`that said`).
    pub(super) fn is_nominal(&self, k: usize) -> bool {
        k.checked_sub(1).is_some_and(|p| {
            self.is(p, flag::DETERMINER) && !self.is(p, flag::QUANTIFIER | flag::CLAUSE_START)
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

    /// The mention before a phrase of place or belonging that ends at token `last` and holds
    /// no mention of a person: `officials at the meeting`, `the nominee for the Nov. 8
    /// election`, `the head of the largest union in the state`. Only words, no verb and no
    /// clause opener, and at most [`MAX_PHRASE`] tokens.
    pub(super) fn phrase_owner(&self, last: usize, floor: usize) -> Option<usize> {
        let low = last.saturating_sub(MAX_PHRASE).max(floor + 1);
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
                || t.class().pronoun().is_some()
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
        let of = self.mentions[m].tokens().start.checked_sub(1)?;
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

    /// The subject before an appositive from `open` to `close` (both punctuation tokens).
    pub(super) fn appositive_subject(
        &self,
        open: usize,
        close: usize,
        floor: usize,
    ) -> Option<usize> {
        let first = self.word(open + 1)?;
        let before = self.mention_ending(self.skip_parenthesis_back(open.checked_sub(1)?, floor)?);
        // `His chief of staff, Joe Kasper, told`: the appositive is the name.
        if let Some(m) = self.mention_starting(open + 1)
            && self.mentions[m].kind == MentionKind::Name
            && self.mentions[m].tokens().end == close
            && before.is_none_or(|b| self.mentions[b].kind != MentionKind::Name)
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
            || (first.len() > 2 && first.starts_with(['R', 'D', 'I']) && first[1..].starts_with('-'))
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
                let between_ok = !self.is(end, flag::PREPOSITION)
                    && tokens[end..j]
                        .iter()
                        .all(|t| t.is_word() && !t.class().is(flag::VERB | flag::SKIPPABLE));
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
            let ok = (t.is_word() && !t.class().is(flag::VERB) && t.class().pronoun().is_none())
                || (t.is_punct('.') && !ends_sentence(self.input.text, tokens, j));
            if !ok {
                return None;
            }
        }
        None
    }

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
        let before_clause = Some(k + usize::from(participle));
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
            before_clause
                .filter(|&b| b != k)
                .and_then(|b| self.first_subject(b, limit))
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
                            // An age: `Suu Kyi, 70, said`.
                            || w.bytes().all(|b| b.is_ascii_digit())
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
    fn is_it(&self, m: usize) -> bool {
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

#[cfg(test)]
mod tests {
    use super::super::testing::{attributed, one, s};
    use crate::Rule;

    #[test]
    pub(super) fn a_phrase_of_place_or_belonging_leaves_its_owner_the_subject() {
        for (text, speaker) in [
            (
                "Officials at the meeting said the plan was “dead.”",
                "Officials",
            ),
            (
                "The head of the largest union in the state said it was “dead.”",
                "The head",
            ),
            (
                "A spokeswoman for the office of the governor said it was “dead.”",
                "A spokeswoman",
            ),
            (
                "The nominee for the Nov. 8 election later said it was “dead.”",
                "The nominee",
            ),
            // A document is no owner: it speaks for whom it is from.
            (
                "A statement from the union said the deal was “a disgrace.”",
                "the union",
            ),
            (
                "People familiar with the matter said it was “dead.”",
                "People",
            ),
            (
                "A source close to the campaign said it was “dead.”",
                "A source",
            ),
        ] {
            assert_eq!(one(text).0, s(speaker), "{text}");
        }
        // Not the object of a preposition other than a postmodifier's.
        assert_ne!(
            one("Lee has egged on voters on Facebook with pep talks like “we will win.”").0,
            s("Facebook")
        );
        // Not the object of a verb before a gerund, and not past the subject itself.
        assert_ne!(
            one("He accused the moderators of asking too many “attack Ted” questions.").0,
            s("the moderators")
        );
        assert_ne!(
            one("Alabama took the National Championship in a title game many are calling an “instant classic.”").0,
            s("National Championship")
        );
    }

    #[test]
    pub(super) fn appositives_and_pronouns() {
        let got = attributed("Donald Trump came in. “Read this,” he instructed Chuck Schumer.");
        assert_eq!(got[0].1, s("Donald Trump"));
        assert_eq!(got[0].2, s("he"));
        assert_eq!(
            one("Victor Cha, a veteran adviser, said “the gap is very wide.”"),
            (s("Victor Cha"), s("Victor Cha"), Some(Rule::SentenceCue))
        );
    }

    #[test]
    pub(super) fn appositives_with_roles_and_names() {
        let got = attributed(
            "“We raise money,” Jeff Weaver, Sanders’ campaign manager, said in a statement.",
        );
        assert_eq!(got[0].1, s("Jeff Weaver"));
        let got = attributed("“It works,” his chief of staff, Joe Kasper, told reporters.");
        assert_eq!(got[0].1, s("Joe Kasper"));
        // A place between commas is no appositive.
        let got = attributed(
            "Speaking in Salem, New Hampshire, Donald Trump went after Bush, calling him “a total stiff.”",
        );
        assert_eq!(got[0].1, s("Donald Trump"));
    }

    #[test]
    pub(super) fn a_subject_before_a_phrase_set_off_by_commas() {
        let got = attributed(
            "Donald Trump, in Kentucky, said that Rubio was “a lightweight” while Cruz is “a basket case.”",
        );
        assert_eq!(got[0].1, s("Donald Trump"));
        assert_eq!(got[1].1, s("Donald Trump"));
    }

    #[test]
    pub(super) fn a_phrase_after_a_preposition_is_not_a_subject() {
        let got = attributed("Donald Trump at the time said he had asked his “people” to help.");
        assert_eq!(got[0].1, s("Donald Trump"));
    }

    #[test]
    pub(super) fn participles_take_the_subject_past_an_introduction() {
        let got = attributed(
            "In a statement released Thursday, Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “He should be in prison.”",
        );
        assert_eq!(got[0].1, s("Hakeem Jeffries"));
    }

    #[test]
    pub(super) fn a_participle_phrase_before_the_subject() {
        let got = attributed(
            "Appearing before supporters at NLD headquarters, Aung San Suu Kyi said it was too early but added, “You all have an idea of the results.”",
        );
        assert_eq!(got[0].1, s("Aung San Suu Kyi"));
    }

    #[test]
    pub(super) fn a_participle_after_an_object_takes_the_subject_past_an_adverb() {
        // The mention before `, saying` is the verb's object; the subject is read past the
        // adverb that follows it, which could also end a clause (`said Cha recently`).
        let got = attributed(
            "Madeleine Albright recently urged women to vote for Hillary Clinton, saying, “There is a place for them.”",
        );
        assert_eq!(got[0].1, s("Madeleine Albright"));
        // A subject right before its verb is unchanged.
        let got = attributed(
            "Albright urged women to vote for Hillary Clinton, saying, “There is a place for them.”",
        );
        assert_eq!(got[0].1, s("Albright"));
    }
}
