//! The attribution rules: for each speech quotation, the mention that names its speaker and the
//! cue that says so. Rules are tried from most to least certain, and the one that decides is
//! recorded; a quotation that no rule attributes has no speaker.
//!
//! 1. [`Rule::Adjacent`]: a cue and its subject beside the quotation, on either side and in either
//!    order: `“…,” Trump said`, `“…,” said Victor Cha, a veteran adviser`, `Trump told the
//!    governors: “…”`, and across a split quotation (`“A,” she said, “B.”`).
//! 2. [`Rule::Colon`]: a mention and a colon before the quotation: `Trump: “…”`.
//! 3. [`Rule::SentenceCue`] and [`Rule::AccordingTo`]: a cue elsewhere in the quotation's sentence
//!    whose subject is a mention, outside subordinate clauses: `Asked how, Trump pointed to “…”`.
//! 4. [`Rule::SentenceSubject`]: a partial quotation in a sentence whose verb the lexicon lacks
//!    takes the sentence's subject: `Walter Hewlett sniped that Fiorina was “learning”`. Then
//!    [`Rule::Possessive`]: a possessive that owns a partial quotation: `his “nuclear button”`.
//! 5. [`Rule::Continuation`]: a quotation with no cue of its own that follows a quotation of a
//!    known speaker in the same paragraph or the next, with no other speaker in between (a
//!    mention in a relative clause or an object does not intervene).
//!
//! The subject of a cue is the mention right before it (past adverbs and auxiliaries, and past
//! an appositive set off by commas), or right after it (`said Cha`).

use std::borrow::Cow;
use std::ops::Range;

use crate::cues::{CueIndex, is_colon};
use crate::lexicon::{Case, flag};
use crate::mentions::{self, Found};
use crate::result::{
    Attribution, Cue, Mention, MentionKind, Quote, QuoteKind, Rule, Span, Speaker,
};
use crate::sentences::{Context, MAX_CONTEXT, SentenceIndex, ends_sentence};
pub(crate) use crate::speakers::KnownSpeaker;
use crate::speakers::{Entity, Linker, Links};
use crate::tokens::{Kind, Token, narrow};

/// How many tokens after a quotation an adjacent cue may reach.
const ADJACENT_REACH: usize = 8;
/// How many adverbs, auxiliaries and words of time may stand between a subject and its cue.
const MAX_SKIPPED: usize = 4;

/// The longest appositive between a subject and its cue, in tokens.
const MAX_APPOSITIVE: usize = 24;
/// The longest parenthesis between a subject and its cue, in tokens.
const MAX_PARENTHESIS: usize = 8;

/// Everything the rules read.
pub(crate) struct Input<'a, 't> {
    pub(crate) text: &'t str,
    pub(crate) tokens: &'a [Token],
    /// The token that stands for each quotation.
    pub(crate) quote_tokens: &'a [usize],
    pub(crate) contexts: &'a [Context],
    pub(crate) kinds: &'a [QuoteKind],
    pub(crate) cues: &'a CueIndex,
    pub(crate) sentences: &'a SentenceIndex,
    pub(crate) known: &'a [KnownSpeaker],
}

/// What a rule found before speakers are linked: a mention index and a cue.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Found1 {
    /// The mention's index, and the cue's tokens, as `u32`: one is kept for every quotation.
    mention: u32,
    cue: Option<[u32; 2]>,
    rule: Rule,
}

impl Found1 {
    fn new(mention: usize, cue: Option<Range<usize>>, rule: Rule) -> Found1 {
        Found1 {
            mention: narrow(mention),
            cue: cue.map(|c| [narrow(c.start), narrow(c.end)]),
            rule,
        }
    }

    /// The index of the speaker's mention.
    fn mention(&self) -> usize {
        self.mention as usize
    }

    /// The cue's tokens.
    fn cue(&self) -> Option<Range<usize>> {
        self.cue.map(|[a, b]| a as usize..b as usize)
    }
}

struct Rules<'a, 't> {
    input: &'a Input<'a, 't>,
    mentions: &'a [Found],
    /// For each token, 1 + the index of the mention that ends there (0: none).
    ends_at: Vec<u32>,
    /// For each token, 1 + the index of the mention that starts there (0: none).
    starts_at: Vec<u32>,
}

/// A cue in the narrative with its subject: someone says something (`Ted Cruz said he
/// disagreed.`), with or without a quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Statement {
    cue: Range<usize>,
    mention: usize,
}

impl<'a, 't> Rules<'a, 't> {
    fn new(input: &'a Input<'a, 't>, mentions: &'a [Found]) -> Rules<'a, 't> {
        let mut ends_at = vec![0u32; input.tokens.len()];
        let mut starts_at = vec![0u32; input.tokens.len()];
        for (i, m) in mentions.iter().enumerate() {
            let id = narrow(i + 1);
            if let Some(slot) = m.tokens.end.checked_sub(1).and_then(|e| ends_at.get_mut(e)) {
                *slot = id;
            }
            if let Some(slot) = starts_at.get_mut(m.tokens.start) {
                *slot = id;
            }
        }
        Rules {
            input,
            mentions,
            ends_at,
            starts_at,
        }
    }

    /// Every cue in the narrative that has a subject, in text order.
    fn statements(&self) -> Vec<Statement> {
        let mut out = Vec::with_capacity(self.mentions.len() / 4);
        for cue in self.input.cues.all().iter().cloned() {
            let i = cue.start;
            if self.is_according_to(&cue) {
                continue;
            }
            // The sentence's start, for a participle's subject. An inverted subject (`said
            // Cha`) belongs beside a quotation; in the narrative the word after a cue is its
            // object (`citing officials`).
            let start = self.input.sentences.start(i, i.saturating_sub(MAX_CONTEXT));
            let subject = self.subject_before(i, start).or_else(|| {
                self.is_participle(&cue)
                    .then(|| self.sentence_subject(start, i))
                    .flatten()
            });
            // `after Rubio spoke` and `officials who told reporters` are subordinate clauses,
            // not statements of the narrative.
            let subordinate = subject.is_some_and(|m| self.opens_subordinate(m));
            if let Some(mention) = subject.filter(|_| !subordinate) {
                out.push(Statement { cue, mention });
            }
        }
        out
    }

    fn word(&self, i: usize) -> Option<&'t str> {
        let t = self.input.tokens.get(i)?;
        t.is_word().then(|| &self.input.text[t.span().range()])
    }

    /// Whether the token at `i` is a word of any of the classes in `flags`.
    fn is(&self, i: usize, flags: u32) -> bool {
        self.input
            .tokens
            .get(i)
            .is_some_and(|t| t.is_word() && t.class.is(flags))
    }

    fn mention_ending(&self, i: usize) -> Option<usize> {
        self.ends_at
            .get(i)
            .copied()
            .filter(|&m| m > 0)
            .map(|m| m as usize - 1)
    }

    fn mention_starting(&self, i: usize) -> Option<usize> {
        self.starts_at
            .get(i)
            .copied()
            .filter(|&m| m > 0)
            .map(|m| m as usize - 1)
    }

    /// Whether a mention can be the subject of a clause (not `him`, `them`, `his`).
    fn can_be_subject(&self, m: usize) -> bool {
        self.mentions[m]
            .pronoun
            .is_none_or(|p| matches!(p.case, Case::Subject | Case::Relative))
    }

    fn cue(&self, i: usize) -> Option<Range<usize>> {
        self.input.cues.at(i)
    }

    /// The subject right before the cue that starts at token `cue`, no further back than
    /// `floor`: past adverbs and auxiliaries (`Trump later said`), a parenthesis (`Reid
    /// (D-Nev.) said`), and an appositive set off by commas or dashes (`Cha, a veteran adviser,
    /// said`).
    fn subject_before(&self, cue: usize, floor: usize) -> Option<usize> {
        let tokens = self.input.tokens;
        let mut k = cue;
        let mut skipped = 0;
        // Words of a time phrase are skipped only in a phrase with a time noun (`on Sunday`,
        // `last week`), not in any prepositional phrase (`the Post in a written statement`).
        let mut timed = false;
        while k > floor {
            let i = k - 1;
            if let Some(m) = self.mention_ending(i) {
                let ok = self.mentions[m].tokens.start >= floor && self.can_be_subject(m);
                return ok.then_some(m);
            }
            match tokens.get(i)?.kind {
                Kind::Punct(')') => {
                    let low = i.saturating_sub(MAX_PARENTHESIS).max(floor);
                    k = (low..i).rev().find(|&j| tokens[j].is_punct('('))?;
                }
                Kind::Punct(c @ (',' | '—' | '–')) => {
                    return self.before_appositive(i, c, floor);
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
                        return None;
                    }
                    skipped += 1;
                    k = i;
                }
                _ => return None,
            }
        }
        None
    }

    /// The token before a parenthesis that ends at token `i` (`Reid (D-Nev.)`), or `i` itself
    /// when it ends none.
    fn skip_parenthesis_back(&self, i: usize, floor: usize) -> Option<usize> {
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
    fn before_appositive(&self, i: usize, close: char, floor: usize) -> Option<usize> {
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
    fn appositive_subject(&self, open: usize, close: usize, floor: usize) -> Option<usize> {
        let first = self.word(open + 1)?;
        let before = self.mention_ending(self.skip_parenthesis_back(open.checked_sub(1)?, floor)?);
        // `His chief of staff, Joe Kasper, told`: the appositive is the name.
        if let Some(m) = self.mention_starting(open + 1)
            && self.mentions[m].kind == MentionKind::Name
            && self.mentions[m].tokens.end == close
            && before.is_none_or(|b| self.mentions[b].kind != MentionKind::Name)
        {
            return Some(m);
        }
        let lower = !first.chars().next().is_some_and(char::is_uppercase);
        let descriptive = self.is(open + 1, flag::APPOSITIVE)
            || self
                .mention_starting(open + 1)
                .is_some_and(|m| self.mentions[m].kind == MentionKind::Description)
            || (lower && (first.ends_with("ed") || first.ends_with("ing")))
            || first.chars().all(|c| c.is_ascii_digit())
            || first.ends_with("’s")
            || first.ends_with("'s")
            || first.ends_with('’')
            // A party and state: `R-Pa.`, `D-N.Y.`
            || (first.len() > 2 && first.starts_with(['R', 'D', 'I']) && first[1..].starts_with('-'))
            || (open + 1..close).any(|j| {
                let c = self.input.tokens[j].class;
                c.description.is_some_and(|d| d.person) || c.title.is_some()
            });
        let m = before.filter(|_| descriptive)?;
        let ok =
            self.mentions[m].kind != MentionKind::Pronoun && self.mentions[m].tokens.start >= floor;
        ok.then_some(m)
    }

    /// The subject right after a cue ending at token `end`, as in an inverted attribution:
    /// `said Victor Cha`, `said Democratic strategist Simon Rosenberg`. It must end the clause
    /// (`said Cha.`, `said Cha, a …`, `said Cha in a statement`); `said Clinton was …` has
    /// Clinton as the subject of the reported clause, not of the cue.
    fn subject_after(&self, end: usize, ceiling: usize, strict: bool) -> Option<usize> {
        let tokens = self.input.tokens;
        let direct = self.mention_starting(end);
        // A name after a short lower-case or capitalised descriptor.
        let after_descriptor = || {
            (end + 1..(end + 1 + MAX_SKIPPED).min(ceiling)).find_map(|j| {
                let between_ok = tokens[end..j]
                    .iter()
                    .all(|t| t.is_word() && !t.class.is(flag::VERB | flag::SKIPPABLE));
                if !between_ok {
                    return None;
                }
                self.mention_starting(j)
                    .filter(|&m| self.mentions[m].kind == MentionKind::Name)
            })
        };
        let m = match direct {
            Some(m) if self.mentions[m].kind == MentionKind::Name => m,
            Some(m) => after_descriptor().unwrap_or(m),
            None => after_descriptor()?,
        };
        let found = &self.mentions[m];
        if found.tokens.end > ceiling || !self.can_be_subject(m) {
            return None;
        }
        let next = tokens.get(found.tokens.end);
        let ends_clause = !strict
            || found.tokens.end >= ceiling
            || next.is_none_or(|t| !t.is_word())
            || self.is(found.tokens.end, flag::CLAUSE_OPENER);
        ends_clause.then_some(m)
    }

    /// The subject of the sentence that runs from `floor`: past an introductory phrase (`When
    /// he returned,`, `Speaking in Salem, New Hampshire,`), the first mention followed by a
    /// verb or an appositive. The subject of a participle cue: `Trump went after Bush, calling
    /// him …`.
    fn sentence_subject(&self, floor: usize, limit: usize) -> Option<usize> {
        let tokens = self.input.tokens;
        let mut k = floor;
        // A conjunction or adverb that opens the sentence (`Yet she …`) is passed over; an
        // introductory phrase (`In a statement released Thursday,`) ends at its comma.
        while self.is(k, flag::CONNECTIVE)
            || tokens.get(k).is_some_and(|t| k > floor && t.is_punct(','))
        {
            k += 1;
        }
        // A participle opening the sentence (`Appearing before supporters, …`) introduces too.
        let participle = self
            .word(k)
            .is_some_and(|w| w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed")));
        if (self.is(k, flag::INTRODUCER) || participle)
            && let Some(comma) =
                (k..limit.min(floor + MAX_CONTEXT)).find(|&j| tokens[j].is_punct(','))
        {
            k = comma + 1;
        }
        while k < limit {
            if let Some(m) = self.mention_starting(k) {
                let found = &self.mentions[m];
                // `Rep. Hakeem Jeffries (D-N.Y.) reacted`: past a parenthesis.
                let mut after = found.tokens.end;
                if tokens.get(after).is_some_and(|t| t.is_punct('(')) {
                    let high = (after + MAX_PARENTHESIS).min(limit);
                    if let Some(close) = (after..high).find(|&j| tokens[j].is_punct(')')) {
                        after = close + 1;
                    }
                }
                let verb_at = |i: usize| {
                    self.word(i).is_some_and(|w| {
                        !w.chars().next().is_some_and(char::is_uppercase)
                            && !self.is(i, flag::CLAUSE_OPENER)
                    })
                };
                // `Albright recently urged`: an adverb that can also end a clause, then the verb.
                let mut verb = after;
                while verb < (after + MAX_SKIPPED).min(limit) && self.is(verb, flag::SKIPPABLE) {
                    verb += 1;
                }
                let verb_follows = verb_at(after) || verb_at(verb);
                // `De Blasio, speaking on WOR710, called`, `Cha, a veteran adviser, said`.
                let appositive_follows = tokens.get(after).is_some_and(|t| t.is_punct(','))
                    && self.word(after + 1).is_some_and(|w| {
                        self.is(after + 1, flag::APPOSITIVE)
                            || (w.chars().all(char::is_lowercase)
                                && (w.ends_with("ing") || w.ends_with("ed")))
                    });
                if after < limit && (verb_follows || appositive_follows) && self.can_be_subject(m) {
                    return Some(m);
                }
                k = after;
            } else {
                k += 1;
            }
        }
        None
    }

    /// Whether the mention opens a subordinate or reported clause: `if people think`, `that
    /// Curiel happens`, `who told`.
    fn opens_subordinate(&self, m: usize) -> bool {
        self.mentions[m]
            .pronoun
            .is_some_and(|p| p.case == Case::Relative)
            || self.mentions[m]
                .tokens
                .start
                .checked_sub(1)
                .is_some_and(|p| self.is(p, flag::SUBORDINATOR))
    }

    /// Whether the cue at `cue` is a participle (`saying`, `calling`) that takes its subject
    /// from the sentence: after a comma or a preposition (`began by saying`).
    fn is_participle(&self, cue: &Range<usize>) -> bool {
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
                    || self
                        .word(p)
                        .is_some_and(|w| matches!(w, "by" | "while" | "before" | "after" | "when"))
            });
        // A verb coordinated with the sentence's own: `he furrowed his brow and said`.
        let coordinated = before
            .and_then(|p| self.word(p))
            .is_some_and(|w| matches!(w, "and" | "but" | "then"));
        participle || coordinated
    }

    fn is_according_to(&self, cue: &Range<usize>) -> bool {
        self.word(cue.start)
            .is_some_and(|w| w.eq_ignore_ascii_case("according"))
    }

    /// Rule 1, right side: `“…,” Trump said`, `“…,” said Cha`.
    fn adjacent_after(&self, ctx: &Context) -> Option<Found1> {
        let r = ctx.right();
        let mut start = r.start;
        while start < r.end && self.input.tokens[start].kind != Kind::Word {
            let t = self.input.tokens[start];
            if !matches!(t.kind, Kind::Punct(',' | '—' | '–' | '-')) {
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
            if let Some(m) = self.subject_after(cue.end, r.end, false) {
                return Some(Found1::new(m, Some(cue), rule));
            }
        }
        // The subject first, then its cue past adverbs or an appositive (`“…,” Trump later
        // said`, `“…,” Victor Cha, a veteran adviser, said`).
        let m = self.mention_starting(start)?;
        if !self.can_be_subject(m) {
            return None;
        }
        let end = (self.mentions[m].tokens.end + ADJACENT_REACH + MAX_APPOSITIVE).min(r.end);
        let after = self.mentions[m].tokens.end;
        (after..end).find_map(|k| {
            let cue = self.cue(k)?;
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

    /// Rule 1 for a pull quotation signed on the next line: `“…” ¶ —Michelle Marks,
    /// Philadelphia.`
    fn byline(&self, ctx: &Context) -> Option<Found1> {
        let tokens = self.input.tokens;
        let r = ctx.right();
        if !r.is_empty() || tokens.get(r.start)?.kind != Kind::Break {
            return None;
        }
        let dash = r.start + 1;
        if !matches!(tokens.get(dash)?.kind, Kind::Punct('-' | '—' | '–')) {
            return None;
        }
        let m = self.mention_starting(dash + 1)?;
        let ends = self.mentions[m].tokens.end;
        let signed = tokens.get(ends).is_none_or(|t| !t.is_word());
        (signed && self.mentions[m].kind != MentionKind::Pronoun).then_some(Found1::new(
            m,
            Some(dash..dash + 1),
            Rule::Adjacent,
        ))
    }

    /// Rule 1 with a verb the lexicon lacks, in the place only a speech verb stands: right after
    /// a quotation that ends in a comma, question or exclamation mark, a short clause of a
    /// mention and a verb (`“…,” Hannity started.`, `“…?” reacted Trump.`).
    fn adjacent_unknown_verb(&self, ctx: &Context) -> Option<Found1> {
        let tokens = self.input.tokens;
        let q = ctx.right().start.checked_sub(1)?;
        let quote = &self.input.text[tokens.get(q)?.span().range()];
        let inner =
            quote.trim_end_matches(|c: char| crate::marks::is_mark_char(c) || c.is_whitespace());
        if !inner.ends_with([',', '?', '!', '—']) {
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
        let ends_clause = |i: usize| {
            i >= r.end
                || tokens.get(i).is_none_or(|t| !t.is_word())
                || self.is(i, flag::CLAUSE_OPENER)
        };
        // `Hannity started.`
        if let Some(m) = self
            .mention_starting(start)
            .filter(|&m| self.can_be_subject(m))
        {
            let v = self.mentions[m].tokens.end;
            if lower_verb(v) && ends_clause(v + 1) {
                return Some(Found1::new(m, Some(v..v + 1), Rule::Adjacent));
            }
        }
        // `reacted Trump.`
        if lower_verb(start) && self.word(start).is_some_and(|w| w.ends_with("ed")) {
            let m = self
                .mention_starting(start + 1)
                .filter(|&m| self.can_be_subject(m))?;
            if ends_clause(self.mentions[m].tokens.end) {
                return Some(Found1::new(m, Some(start..start + 1), Rule::Adjacent));
            }
        }
        None
    }

    /// Rule 1, left side, and rule 2: `Trump told the governors: “…”`, `she said, “…”`,
    /// `Trump: “…”`; a colon at the end of the previous paragraph introduces this one.
    fn adjacent_before(&self, q: usize, ctx: &Context) -> Option<Found1> {
        let tokens = self.input.tokens;
        let (left, intro) = if ctx.left().is_empty() {
            // `Cruz continued:` ending the paragraph before.
            let b = q.checked_sub(1)?;
            if tokens[b].kind != Kind::Break || !is_colon(tokens, b.checked_sub(1)?) {
                return None;
            }
            let colon = b - 1;
            let floor = colon.saturating_sub(MAX_CONTEXT);
            let mut s = colon;
            while s > floor
                && !ends_sentence(self.input.text, tokens, s - 1)
                && !matches!(tokens[s - 1].kind, Kind::Quote(_))
            {
                s -= 1;
            }
            (s..colon + 1, colon)
        } else {
            let last = ctx.left().end - 1;
            if !matches!(tokens[last].kind, Kind::Punct(',' | ':' | '—' | '–')) {
                return None;
            }
            (ctx.left(), last)
        };
        // The nearest cue before the introducing punctuation.
        for cue in self.input.cues.within_rev(left.start..intro) {
            if cue.end > intro {
                continue;
            }
            let rule = if self.is_according_to(&cue) {
                Rule::AccordingTo
            } else {
                Rule::Adjacent
            };
            if let Some(m) = self.subject_of(&cue, left.start, intro, left.start, true) {
                return Some(Found1::new(m, Some(cue), rule));
            }
        }
        if is_colon(tokens, intro) {
            // `Trump: “…”`, or a clause with a verb the lexicon lacks: `Kasich resisted: “…”`.
            // The mention before the colon speaks when it is the whole clause (`Trump:`,
            // `Rep. Trey Gowdy (R-S.C.):`); in a longer clause it is an object (`delivered a
            // message to Trump:`) and the sentence's subject speaks.
            let named = self
                .mention_ending(self.skip_parenthesis_back(intro.checked_sub(1)?, left.start)?)
                .filter(|&m| {
                    let start = self.mentions[m].tokens.start;
                    self.mentions[m].kind != MentionKind::Pronoun
                        && (start == left.start
                            || start
                                .checked_sub(1)
                                .is_some_and(|p| !self.input.tokens[p].is_word()))
                });
            let m = named.or_else(|| self.sentence_subject(left.start, intro))?;
            if self.mentions[m].tokens.start >= left.start {
                return Some(Found1::new(m, Some(intro..intro + 1), Rule::Colon));
            }
        }
        None
    }

    /// Rule 3: a cue elsewhere in the sentence whose subject is a mention: the first one before
    /// the quotation (the main clause's: `He says if people think …`, not `people`), else the
    /// first after. The quotation's own clause, after a semicolon, a colon or a comma and a
    /// conjunction, is searched before the whole sentence, and a subject that opens a
    /// subordinate clause (`When Rubio thanked Miami, a man yelled …`) speaks only when no later
    /// cue has a subject.
    fn sentence_cue(&self, ctx: &Context) -> Option<Found1> {
        // A coordinate clause of its own (`Rubio suggested …, while Cruz said that the “…”`)
        // is searched first.
        let tokens = self.input.tokens;
        let clause = (ctx.left().start + 1..ctx.left().end)
            .rev()
            .find(|&j| {
                matches!(tokens[j - 1].kind, Kind::Punct(';' | ':'))
                    || (tokens[j - 1].is_punct(',') && self.is(j, flag::COORDINATOR))
            })
            .unwrap_or(ctx.left().start);
        // The first cue whose subject opens a subordinate clause: the fallback.
        let mut subordinate = None;
        for start in [clause, ctx.left().start] {
            for cue in self.input.cues.within(start..ctx.left().end) {
                if let Some(f) =
                    self.cue_with_subject(cue.start, start, ctx.left().end, ctx.sentence().start)
                {
                    if !self.opens_subordinate(f.mention()) {
                        return Some(f);
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

    /// The cue at `k` with its subject, all within `floor..ceiling`; `sentence` is where the
    /// sentence starts, for participles.
    fn cue_with_subject(
        &self,
        k: usize,
        floor: usize,
        ceiling: usize,
        sentence: usize,
    ) -> Option<Found1> {
        let cue = self.cue(k)?;
        if cue.end > ceiling {
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
    fn subject_of(
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
        let before = self.subject_before(cue.start, floor);
        // `Trump issued a statement saying …`: a document before a participle is the object of
        // the sentence's verb; the sentence's subject speaks.
        let document = before.is_some_and(|m| {
            self.mentions[m].kind == MentionKind::Organization
                && self
                    .word(self.mentions[m].name.start)
                    .is_some_and(|w| w.chars().all(char::is_lowercase))
        });
        if document
            && self.word(cue.start).is_some_and(|w| w.ends_with("ing"))
            && let Some(m) = self.sentence_subject(sentence.min(cue.start), cue.start)
            && Some(m) != before
        {
            return Some(m);
        }
        before
            .or_else(|| {
                self.is_participle(cue)
                    .then(|| self.sentence_subject(sentence.min(cue.start), cue.start))
                    .flatten()
            })
            .or_else(|| {
                if inverted {
                    self.subject_after(cue.end, ceiling, true)
                } else {
                    None
                }
            })
    }

    /// Rule 4: `his “nuclear button”`, `Trump’s “beautiful wall”`.
    fn possessive(&self, ctx: &Context) -> Option<Found1> {
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

    fn find(&self, qi: usize) -> Option<Found1> {
        let q = *self.input.quote_tokens.get(qi)?;
        let ctx = self.input.contexts.get(qi)?;
        let partial = self.input.kinds.get(qi) == Some(&QuoteKind::Partial);
        self.adjacent_after(ctx)
            .or_else(|| self.adjacent_before(q, ctx))
            .or_else(|| self.adjacent_unknown_verb(ctx))
            .or_else(|| self.byline(ctx))
            .or_else(|| self.sentence_cue(ctx))
            .or_else(|| partial.then(|| self.subject_of_sentence(q, ctx)).flatten())
            .or_else(|| self.possessive(ctx))
    }

    /// Rule 4: a partial quotation in a sentence whose verb the lexicon does not know takes
    /// the sentence's subject, with the verb after it as the cue: `Walter Hewlett sniped that
    /// Fiorina was “learning on the job”`.
    fn subject_of_sentence(&self, q: usize, ctx: &Context) -> Option<Found1> {
        let m = self.sentence_subject(ctx.sentence().start, q)?;
        let verb = self.mentions[m].tokens.end;
        let cue = (verb < q && self.word(verb).is_some()).then_some(verb..verb + 1);
        Some(Found1::new(m, cue, Rule::SentenceSubject))
    }
}

/// Runs the rules over every speech quotation and links their speakers: attributes each of
/// `quotes` (one for each of the input's quotations, in order) by filling in
/// its speaker, mention, cue, confidence and rule, and returns the speakers they refer to.
pub(crate) fn attribute<'t>(input: &Input<'_, 't>, quotes: &mut [Quote<'t>]) -> Vec<Speaker<'t>> {
    let text = input.text;
    let found_mentions = mentions::find(text, input.tokens);
    let rules = Rules::new(input, &found_mentions);

    let mut first: Vec<Option<Found1>> = input
        .kinds
        .iter()
        .enumerate()
        .map(|(qi, k)| if k.is_speech() { rules.find(qi) } else { None })
        .collect();

    // A name that is the subject of any speech cue is a person.
    let statements = rules.statements();
    let mut speaking = vec![false; found_mentions.len()];
    for m in first
        .iter()
        .flatten()
        .map(Found1::mention)
        .chain(statements.iter().map(|s| s.mention))
    {
        if let Some(s) = speaking.get_mut(m) {
            *s = true;
        }
    }
    let linker = Linker {
        text,
        tokens: input.tokens,
        mentions: &found_mentions,
        known: input.known,
        speaking: &speaking,
    };
    let mut links = linker.link();

    // Entities of the quotations found so far; then continuation, in text order.
    let mut entity_of: Vec<Option<usize>> = first
        .iter()
        .map(|f| {
            f.as_ref()
                .map(|f| linker.entity_for(&mut links, f.mention()))
        })
        .collect();
    let mut last: Option<usize> = None;
    for qi in 0..first.len() {
        if !input.kinds[qi].is_speech() {
            continue;
        }
        if first[qi].is_none()
            && let Some(f) = continuation(input, last, qi, &first, &statements)
        {
            entity_of[qi] = match last {
                Some(p) if first[p].as_ref().is_some_and(|pf| pf.mention == f.mention) => {
                    entity_of[p]
                }
                _ => Some(linker.entity_for(&mut links, f.mention())),
            };
            first[qi] = Some(f);
        }
        last = Some(qi);
    }

    build(input, &found_mentions, &links, first, entity_of, quotes)
}

/// Rule 5: the quotation `qi`, with no cue of its own, continues the last statement before
/// it in its paragraph or the one before: the previous speech quotation `last` (through its own
/// speaker), or a cue with a subject in the narrative after it (`Ted Cruz said he disagreed.
/// “No way.”`). A mention in a relative clause or an object makes no statement, so it does not
/// intervene.
fn continuation(
    input: &Input<'_, '_>,
    last: Option<usize>,
    qi: usize,
    first: &[Option<Found1>],
    statements: &[Statement],
) -> Option<Found1> {
    let to_tok = *input.quote_tokens.get(qi)?;
    // The window: this paragraph and the one before, at most a few sentences back.
    let floor_limit = to_tok.saturating_sub(4 * MAX_CONTEXT);
    let mut breaks = 0;
    let mut floor = to_tok;
    while floor > floor_limit {
        if input.tokens[floor - 1].kind == Kind::Break {
            breaks += 1;
            if breaks > 1 {
                break;
            }
        }
        floor -= 1;
    }
    let prev = last.and_then(|p| {
        let f = first.get(p)?.as_ref()?;
        let tok = *input.quote_tokens.get(p)?;
        (tok >= floor).then_some((tok, f))
    });
    // The last statement before the quotation, after the previous quotation and its own cue.
    let after = prev.map_or(floor, |(tok, f)| {
        f.cue().map_or(tok + 1, |c| c.end.max(tok + 1))
    });
    let k = statements.partition_point(|s| s.cue.end <= to_tok);
    let stated = statements[..k]
        .iter()
        .rev()
        .take_while(|s| s.cue.start >= after)
        .next();
    match (stated, prev) {
        (Some(s), _) => Some(Found1::new(s.mention, None, Rule::Continuation)),
        (None, Some((_, f))) => Some(Found1::new(f.mention(), None, Rule::Continuation)),
        (None, None) => None,
    }
}

fn span_of(tokens: &[Token], r: &Range<usize>) -> Option<Span> {
    let a = tokens.get(r.start)?;
    let b = tokens.get(r.end.checked_sub(1)?)?;
    Some(Span::new(a.span().start, b.span().end))
}

/// Turns rule results into the public types: each quotation's mention and cue, and the speakers
/// with all their mentions.
fn build<'t>(
    input: &Input<'_, 't>,
    mentions: &[Found],
    links: &Links,
    first: Vec<Option<Found1>>,
    entity_of: Vec<Option<usize>>,
    quotes: &mut [Quote<'t>],
) -> Vec<Speaker<'t>> {
    let text = input.text;
    let mention = |i: usize| -> Mention<'t> {
        let m = &mentions[i];
        Mention {
            start: m.span.start,
            end: m.span.end,
            text: Cow::Borrowed(&text[m.span.range()]),
            kind: m.kind,
        }
    };
    // Speakers in order of their first quotation, each with its mentions in text order.
    let mut speaker_of_entity: Vec<Option<usize>> = vec![None; links.entities.len()];
    let mut speaker_entities: Vec<usize> = Vec::new();
    for &e in entity_of.iter().flatten() {
        if let Some(slot @ None) = speaker_of_entity.get_mut(e) {
            *slot = Some(speaker_entities.len());
            speaker_entities.push(e);
        }
    }
    let mut mentions_of: Vec<Vec<usize>> = vec![Vec::new(); speaker_entities.len()];
    for (i, e) in links.of_mention.iter().enumerate() {
        if let Some(s) = e.and_then(|e| speaker_of_entity.get(e).copied().flatten()) {
            mentions_of[s].push(i);
        }
    }
    let speakers: Vec<Speaker<'t>> = speaker_entities
        .iter()
        .zip(&mentions_of)
        .map(|(&e, of)| speaker(input, &links.entities[e], of, mentions, &mention))
        .collect();
    for ((f, e), quote) in first.into_iter().zip(entity_of).zip(quotes) {
        let s = e.and_then(|e| speaker_of_entity.get(e).copied().flatten());
        let (Some(f), Some(s)) = (f, s) else {
            continue;
        };
        let cue = f
            .cue()
            .and_then(|c| span_of(input.tokens, &c))
            .map(|s| Cue {
                start: s.start,
                end: s.end,
                text: Cow::Borrowed(&text[s.range()]),
            });
        quote.attribution = Some(Box::new(Attribution {
            speaker: s,
            mention: mention(f.mention()),
            cue,
            confidence: f.rule.confidence(),
            rule: f.rule,
        }));
    }
    speakers
}

fn speaker<'t>(
    input: &Input<'_, 't>,
    ent: &Entity,
    of: &[usize],
    mentions: &[Found],
    mention: &impl Fn(usize) -> Mention<'t>,
) -> Speaker<'t> {
    let text = input.text;
    let name: Cow<'t, str> = match (ent.known, ent.name) {
        (Some(k), _) => Cow::Owned(
            input
                .known
                .get(k)
                .map_or_else(String::new, |k| k.name.clone()),
        ),
        (None, Some(s)) => Cow::Borrowed(&text[s.range()]),
        (None, None) => Cow::Borrowed(""),
    };
    let role = ent
        .role
        .map(|r| Cow::Borrowed(&text[r.range()]))
        .or_else(|| appositive(input, of, mentions).map(|r| Cow::Borrowed(&text[r.range()])));
    Speaker {
        name,
        role,
        mentions: of.iter().map(|&i| mention(i)).collect(),
    }
}

/// An appositive after one of the entity's names: `Victor Cha, a veteran adviser who …`.
fn appositive(input: &Input<'_, '_>, of: &[usize], mentions: &[Found]) -> Option<Span> {
    let tokens = input.tokens;
    of.iter().find_map(|&i| {
        let m = mentions.get(i)?;
        if m.kind != MentionKind::Name || !tokens.get(m.tokens.end)?.is_punct(',') {
            return None;
        }
        let start = m.tokens.end + 1;
        let w = tokens
            .get(start)
            .filter(|t| t.is_word())
            .map(|t| &input.text[t.span().range()])?;
        if !matches!(w, "a" | "an" | "the") {
            return None;
        }
        let mut end = start;
        while end < (start + 12).min(tokens.len()) {
            let t = tokens[end];
            let stop = match t.kind {
                Kind::Word => matches!(
                    &input.text[t.span().range()],
                    "who" | "whose" | "which" | "that" | "where" | "when" | "said" | "says"
                ),
                _ => true,
            };
            if stop {
                break;
            }
            end += 1;
        }
        (end > start + 1)
            .then(|| span_of(tokens, &(start..end)))
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use crate::{Attributor, Rule};

    /// Each speech quotation's text, speaker name, mention and rule.
    /// A quotation's text, speaker name, mention and rule.
    type Row = (String, Option<String>, Option<String>, Option<Rule>);

    fn attributed(text: &str) -> Vec<Row> {
        let article = Attributor::new().attribute(text).expect("attributes");
        article
            .speech()
            .map(|q| {
                (
                    q.as_str().to_string(),
                    article.speaker_of(q).map(|s| s.name().to_string()),
                    q.mention().map(|m| m.as_str().to_string()),
                    q.rule(),
                )
            })
            .collect()
    }

    fn one(text: &str) -> (Option<String>, Option<String>, Option<Rule>) {
        let mut all = attributed(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        let (_, s, m, r) = all.remove(0);
        (s, m, r)
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn adjacent_after_in_either_order() {
        assert_eq!(
            one("“We’ll see,” Trump said."),
            (s("Trump"), s("Trump"), Some(Rule::Adjacent))
        );
        assert_eq!(
            one("“It matters,” said Victor Cha, a veteran adviser."),
            (s("Victor Cha"), s("Victor Cha"), Some(Rule::Adjacent))
        );
        assert_eq!(
            one("“No,” Trump later told reporters."),
            (s("Trump"), s("Trump"), Some(Rule::Adjacent))
        );
    }

    #[test]
    fn a_cue_further_on_is_not_adjacent() {
        // `endorse` has a subject after it, but it is not the quotation's cue.
        let got = attributed(
            "Randi Weingarten, a supporter, said that the unions “have too often been reactive” by waiting to endorse a Democrat.",
        );
        assert_eq!(got[0].1, s("Randi Weingarten"));
        assert_eq!(got[0].3, Some(Rule::SentenceCue));
    }

    #[test]
    fn adjacent_before_with_comma_or_colon() {
        assert_eq!(
            one("Donald Trump told the governors: “We will see what happens.”"),
            (s("Donald Trump"), s("Donald Trump"), Some(Rule::Adjacent))
        );
        assert_eq!(
            one("Hillary Clinton said, “Not now.”"),
            (
                s("Hillary Clinton"),
                s("Hillary Clinton"),
                Some(Rule::Adjacent)
            )
        );
        assert_eq!(
            one("Trump: “Not now, not ever.”"),
            (s("Trump"), s("Trump"), Some(Rule::Colon))
        );
        assert_eq!(
            one("Ted Cruz continued:\n\n“Look at the questions.”"),
            (s("Ted Cruz"), s("Ted Cruz"), Some(Rule::Adjacent))
        );
    }

    #[test]
    fn split_quotes_share_their_speaker() {
        let got = attributed("“First,” Hillary Clinton said, “second.”");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].1, s("Hillary Clinton"));
        assert_eq!(got[1].1, s("Hillary Clinton"));
    }

    #[test]
    fn appositives_and_pronouns() {
        let got = attributed("Donald Trump came in. “Read this,” he instructed Chuck Schumer.");
        assert_eq!(got[0].1, s("Donald Trump"));
        assert_eq!(got[0].2, s("he"));
        assert_eq!(
            one("Victor Cha, a veteran adviser, said “the gap is very wide.”"),
            (s("Victor Cha"), s("Victor Cha"), Some(Rule::SentenceCue))
        );
    }

    #[test]
    fn sentence_cue_and_possessive() {
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
    fn appositives_with_roles_and_names() {
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
    fn a_document_before_a_participle_is_the_object() {
        let got = attributed(
            "On Saturday, Donald Trump issued a statement saying that Scalia was “a remarkable person.”",
        );
        assert_eq!(got[0].1, s("Donald Trump"));
        // A document that is the subject speaks for itself.
        let got = attributed("The statement said it was “a remarkable day.”");
        assert_eq!(got[0].1, s("The statement"));
    }

    #[test]
    fn a_partial_quote_takes_the_subject_of_a_verb_the_lexicon_lacks() {
        assert_eq!(
            one("Walter Hewlett sniped that Carly Fiorina was “learning on the job.”"),
            (
                s("Walter Hewlett"),
                s("Walter Hewlett"),
                Some(Rule::SentenceSubject)
            )
        );
        // Not a direct quotation: it stands as an utterance of its own.
        let got = attributed("Walter Hewlett sniped at her.\n\n“She is learning on the job.”");
        assert_eq!(got[0].3, None);
    }

    #[test]
    fn a_coordinate_clause_has_its_own_speaker() {
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
    fn an_unknown_verb_in_the_attribution_slot() {
        assert_eq!(
            one("“The Times is claiming today that it happened,” Sean Hannity started."),
            (s("Sean Hannity"), s("Sean Hannity"), Some(Rule::Adjacent))
        );
        assert_eq!(
            one("“What sport is he talking about?” reacted Donald Trump.").1,
            s("Donald Trump")
        );
        // Not after a quotation that ends its sentence.
        assert_eq!(one("“It happened.” Sean Hannity started a show.").1, None);
    }

    #[test]
    fn a_signed_pull_quote_and_a_colon_after_a_parenthesis() {
        assert_eq!(
            one(
                "Quotable.\n\n“The whole idea is something we hear about.”\n\n—Michelle Marks, Philadelphia."
            ),
            (
                s("Michelle Marks"),
                s("Michelle Marks"),
                Some(Rule::Adjacent)
            )
        );
        assert_eq!(
            one("Rep. Trey Gowdy (R-S.C.): “I have not heard anyone cite that figure.”"),
            (s("Trey Gowdy"), s("Rep. Trey Gowdy"), Some(Rule::Colon))
        );
    }

    #[test]
    fn a_subject_before_a_phrase_set_off_by_commas() {
        let got = attributed(
            "Donald Trump, in Kentucky, said that Rubio was “a lightweight” while Cruz is “a basket case.”",
        );
        assert_eq!(got[0].1, s("Donald Trump"));
        assert_eq!(got[1].1, s("Donald Trump"));
    }

    #[test]
    fn a_prepositional_phrase_between_subject_and_cue() {
        assert_eq!(
            one(
                "“Will he be the next attorney general?” a Democratic staffer in the room wondered."
            )
            .1,
            s("a Democratic staffer")
        );
        assert_eq!(
            one("“It works,” the committee chairmen wrote.").1,
            s("the committee chairmen")
        );
    }

    #[test]
    fn the_colon_credits_the_subject_not_an_object() {
        assert_eq!(
            one("Senate Majority Leader Mitch McConnell delivered a blunt message to Donald Trump: “It's time to quit attacking people.”").0,
                        s("Mitch McConnell")
        );
        assert_eq!(
            one("Polls again - Carl Bialik: “Keep on contacting voters.”").0,
            s("Carl Bialik")
        );
    }

    #[test]
    fn a_participle_phrase_before_the_subject() {
        let got = attributed(
            "Appearing before supporters at NLD headquarters, Aung San Suu Kyi said it was too early but added, “You all have an idea of the results.”",
        );
        assert_eq!(got[0].1, s("Aung San Suu Kyi"));
    }

    #[test]
    fn colon_after_a_verb_the_lexicon_lacks() {
        assert_eq!(
            one("John Kasich resisted: “Governors do not have the power.”"),
            (s("John Kasich"), s("John Kasich"), Some(Rule::Colon))
        );
    }

    #[test]
    fn participles_take_the_subject_past_an_introduction() {
        let got = attributed(
            "In a statement released Thursday, Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “He should be in prison.”",
        );
        assert_eq!(got[0].1, s("Hakeem Jeffries"));
    }

    #[test]
    fn a_participle_after_an_object_takes_the_subject_past_an_adverb() {
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

    #[test]
    fn a_sentence_cue_is_read_in_the_quotations_own_clause() {
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
    fn a_phrase_after_a_preposition_is_not_a_subject() {
        let got = attributed("Donald Trump at the time said he had asked his “people” to help.");
        assert_eq!(got[0].1, s("Donald Trump"));
    }

    #[test]
    fn according_to_is_no_participle() {
        let got = attributed(
            "The engineers call it a “patient on life support,” according to a report released last month.",
        );
        assert_eq!(got[0].2, s("a report"));
        assert_eq!(got[0].3, Some(Rule::AccordingTo));
    }

    #[test]
    fn according_to() {
        assert_eq!(
            one("The plan is “dead on arrival,” according to a senior official."),
            (
                s("a senior official"),
                s("a senior official"),
                Some(Rule::AccordingTo)
            )
        );
    }

    #[test]
    fn continuation_until_another_speaker() {
        let text = "“One thing,” Victor Cha said. “Another thing.”\n\n“A third thing.”\n\nTed Cruz said he disagreed. “No way.”";
        let got = attributed(text);
        assert_eq!(got[1].1, s("Victor Cha"));
        assert_eq!(got[1].3, Some(Rule::Continuation));
        assert_eq!(got[2].1, s("Victor Cha"));
        // A statement in the narrative is the next quotation's speaker.
        assert_eq!(got[3].1, s("Ted Cruz"), "{got:?}");
        assert_eq!(got[3].2, s("he"));
    }

    #[test]
    fn relative_clauses_do_not_intervene() {
        let text = "“One thing,” Cha added, citing officials who last week told reporters nothing. “Another thing.”";
        let got = attributed(text);
        assert_eq!(got[1].1, s("Cha"));
    }

    #[test]
    fn unattributed_quotes_have_no_speaker() {
        // A sign, like a statement, speaks through `read`.
        assert_eq!(
            one("The sign read “Welcome to the show, friends.”").0,
            s("The sign")
        );
        assert_eq!(
            one("Under the banner “Welcome to the show, my friends” the band played.").0,
            None
        );
        assert_eq!(one("“Nobody says this.”").0, None);
    }
}
