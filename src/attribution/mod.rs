//! The attribution rules: for each speech quotation, the mention that names its speaker and the
//! cue that says so. Rules are tried from most to least certain, and the one that decides is
//! recorded; a quotation that no rule attributes has no speaker.
//!
//! 1. [`Rule::Adjacent`]: a cue and its subject beside the quotation, on either side and in either
//!    order: `“…,” Trump said`, `“…,” said Victor Cha, a veteran adviser`, `Trump told the
//!    governors: “…”`, and across a split quotation (`“A,” she said, “B.”`).
//! 2. [`Rule::Colon`]: a mention and a colon before the quotation: `Trump: “…”`.
//! 3. [`Rule::SentenceCue`] and [`Rule::AccordingTo`]: words credited to a possessor before the
//!    quotation (`in her words, “…”`, `by his own admission a “…”`); a cue elsewhere in the
//!    quotation's sentence whose subject is a mention, outside subordinate clauses: `Asked how,
//!    Trump pointed to “…”`;
//!    a relative clause that holds the quotation speaks for its antecedent (`praised Dana Cole,
//!    who said the plan was “…”`), and a partial quotation with no cue of its own takes the
//!    speaker of an earlier one in its sentence.
//! 4. [`Rule::SentenceSubject`]: a partial quotation in a sentence whose verb the lexicon lacks
//!    takes the sentence's subject: `Walter Hewlett sniped that Fiorina was “learning”`. Then
//!    [`Rule::Possessive`]: a possessive that owns a partial quotation: `his “nuclear button”`.
//! 5. [`Rule::Continuation`]: a quotation with no cue of its own that follows a quotation of a
//!    known speaker in the same paragraph or the next, with no other speaker in between (a
//!    mention in a relative clause or an object does not intervene).
//!
//! The subject of a cue is the mention right before it (past adverbs and auxiliaries, and past
//! an appositive set off by commas), or right after it (`said Cha`).
//!
//! Each rule family has a file of its own: `adjacent` (rules 1 and 2), `sentence` (3 and 4),
//! `continuation` (5), `reported` (reported speech, without quotation marks); `subjects` holds
//! what they share (the subject of a cue, appositives, participles), `sentence_subject` the
//! subject of a whole sentence, `owners` the owner of a phrase of place or belonging (`officials
//! at the meeting said`), and `clauses` how a reported clause is read; `build` turns their
//! findings into the public types. This file holds the
//! driver, which tries the rules in order and records the one that decided.

mod adjacent;
mod build;
mod clauses;
mod continuation;
mod mention_index;
mod owners;
mod reported;
mod sentence;
mod sentence_subject;
mod subjects;
#[cfg(test)]
mod testing;

use std::cell::Cell;
use std::ops::Range;

use self::mention_index::MentionIndex;
use self::reported::Reported;
use crate::cues::{CueIndex, is_colon};
use crate::lexicon::{Case, flag};
use crate::mentions::{self, Found};
use crate::result::{
    Attribution, Cue, Mention, MentionKind, Quote, QuoteKind, Rule, Span, Speaker, Statement,
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
    /// In text order, none overlapping another ([`mentions::find`]).
    mentions: &'a [Found],
    /// Where the last look-up of a sentence's start or end landed in the sentence index: the
    /// rules read cues in text order, so each look-up goes on from the last.
    sentence_hint: Cell<usize>,
    /// The mention that starts or ends at a token.
    at: MentionIndex,
}

/// A cue in the narrative with its subject: someone says something (`Ted Cruz said he
/// disagreed.`), with or without a quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stated {
    cue: Range<usize>,
    mention: usize,
}

/// What a cue's subject before it reads as: the mention, and whether the cue is a participle
/// that may take the sentence's subject instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Before {
    mention: Option<usize>,
    participle: bool,
}

/// A cue of the narrative as read once for both [`Rules::stated`] and [`Rules::reported`]: where
/// its sentence starts, and, unless it is `according to`, its subject before it from there.
#[derive(Debug, Clone, PartialEq, Eq)]
struct CueRead {
    cue: Range<usize>,
    sentence: usize,
    according: bool,
    before: Before,
}

impl<'a, 't> Rules<'a, 't> {
    fn new(input: &'a Input<'a, 't>, mentions: &'a [Found]) -> Rules<'a, 't> {
        Rules {
            input,
            mentions,
            sentence_hint: Cell::new(0),
            at: MentionIndex::new(mentions, input.tokens.len()),
        }
    }

    /// Where the sentence of the token at `i` starts, at most [`MAX_CONTEXT`] tokens back.
    fn sentence_start(&self, i: usize) -> usize {
        let mut hint = self.sentence_hint.get();
        let start = self
            .input
            .sentences
            .start(i, i.saturating_sub(MAX_CONTEXT), &mut hint);
        self.sentence_hint.set(hint);
        start
    }

    /// The first token at `i` or after that ends a sentence, no further than `ceiling`.
    fn sentence_end(&self, i: usize, ceiling: usize) -> usize {
        let mut hint = self.sentence_hint.get();
        let end = self.input.sentences.end(i, ceiling, &mut hint);
        self.sentence_hint.set(hint);
        end
    }

    /// Every cue in the narrative, in text order, with its sentence's start and its subject
    /// before it there.
    fn cue_reads(&self) -> Vec<CueRead> {
        let cues = self.input.cues.all();
        let mut out = Vec::with_capacity(cues.len());
        for cue in cues.iter().cloned() {
            let sentence = self.sentence_start(cue.start);
            let according = self.is_according_to(&cue);
            let before = Before {
                mention: (!according)
                    .then(|| self.subject_before(cue.start, sentence))
                    .flatten(),
                participle: self.is_participle(&cue),
            };
            out.push(CueRead {
                cue,
                sentence,
                according,
                before,
            });
        }
        out
    }

    /// Every cue in the narrative that has a subject, in text order.
    fn stated(&self, reads: &[CueRead]) -> Vec<Stated> {
        let mut out = Vec::with_capacity(self.mentions.len() / 4);
        for read in reads {
            let cue = read.cue.clone();
            let i = cue.start;
            // `in an interview`: a cue's word after an article is a noun, and a cue phrase
            // that opens with a preposition has no subject of its own (`told Rachel Maddow in
            // an interview`).
            if read.according || self.is_nominal(i) || self.is(i, flag::PREPOSITION) {
                continue;
            }
            // The sentence's start, for a participle's subject. An inverted subject (`said
            // Cha`) belongs beside a quotation; in the narrative the word after a cue is its
            // object (`citing officials`).
            let start = read.sentence;
            let subject = read.before.mention.or_else(|| {
                read.before
                    .participle
                    .then(|| self.sentence_subject(start, i))
                    .flatten()
            });
            // `after Rubio spoke` and `officials who told reporters` are subordinate clauses,
            // not statements of the narrative; nor is a negated cue (`does not endorse`), a
            // cue whose subject is another cue's object (`told Politico in an email`), or one
            // in a relative clause that has its own subject (`a crowd that the campaign
            // estimated`).
            let subordinate = subject.is_some_and(|m| {
                self.opens_subordinate(m)
                    || self.is_object_of_cue(m)
                    || self.opens_object_relative(m)
            });
            if let Some(mention) = subject.filter(|_| !subordinate && !self.is_negated(i)) {
                out.push(Stated { cue, mention });
            }
        }
        out
    }

    fn find(&self, qi: usize) -> Option<Found1> {
        self.find_with(qi, true)
    }

    /// The rules in order; `inherit`: whether a partial quotation may take the speaker of an
    /// earlier one in its sentence.
    fn find_with(&self, qi: usize, inherit: bool) -> Option<Found1> {
        let q = *self.input.quote_tokens.get(qi)?;
        let ctx = self.input.contexts.get(qi)?;
        let partial = self.input.kinds.get(qi) == Some(&QuoteKind::Partial);
        self.in_opening_clause(ctx)
            .or_else(|| self.adjacent_after(ctx))
            .or_else(|| self.adjacent_before(q, ctx))
            .or_else(|| self.adjacent_unknown_verb(ctx))
            .or_else(|| self.byline(ctx))
            .or_else(|| self.in_words_of(ctx))
            .or_else(|| self.sentence_cue(ctx))
            .or_else(|| {
                (partial && inherit)
                    .then(|| self.earlier_in_sentence(qi))
                    .flatten()
            })
            .or_else(|| partial.then(|| self.subject_of_sentence(q, ctx)).flatten())
            .or_else(|| self.possessive(ctx))
    }
}

/// Runs the rules over every speech quotation and the narrative, and links their speakers:
/// attributes each of `quotes` (one for each of the input's quotations, in order) by filling
/// in its speaker, mention, cue, confidence and rule, and returns the reported statements and
/// the speakers that both refer to.
pub(crate) fn attribute<'t>(
    input: &Input<'_, 't>,
    quotes: &mut [Quote<'t>],
) -> (Vec<Statement<'t>>, Vec<Speaker<'t>>) {
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
    let reads = rules.cue_reads();
    let statements = rules.stated(&reads);
    let reported = rules.reported(&reads);
    let mut speaking = vec![false; found_mentions.len()];
    for m in first
        .iter()
        .flatten()
        .map(Found1::mention)
        .chain(statements.iter().map(|s| s.mention))
        .chain(reported.iter().map(|r| r.mention))
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
            && let Some(f) = continuation::continuation(input, last, qi, &first, &statements)
                .or_else(|| rules.narrative_before(qi))
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

    let reported: Vec<(Reported, usize)> = reported
        .into_iter()
        .map(|r| {
            let e = linker.entity_for(&mut links, r.mention);
            (r, e)
        })
        .collect();
    build::build(
        input,
        &found_mentions,
        &links,
        build::Found {
            quotes: first,
            entity_of,
            reported,
        },
        quotes,
    )
}
