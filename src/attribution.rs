//! The attribution rules: for each speech quotation, the mention that names its speaker and the
//! cue that says so. Rules are tried from most to least certain, and the one that decides is
//! recorded; a quotation that no rule attributes has no speaker.
//!
//! 1. [`Rule::Adjacent`]: a cue and its subject beside the quotation, on either side and in either
//!    order: `“…,” Trump said`, `“…,” said Victor Cha, a veteran adviser`, `Trump told the
//!    governors: “…”`, and across a split quotation (`“A,” she said, “B.”`).
//! 2. [`Rule::Colon`]: a mention and a colon before the quotation: `Trump: “…”`.
//! 3. [`Rule::SentenceCue`] and [`Rule::AccordingTo`]: a cue elsewhere in the quotation's sentence
//!    whose subject is a mention: `Asked how, Trump pointed to “…”`.
//! 4. [`Rule::Possessive`]: a possessive that owns a partial quotation: `his “nuclear button”`.
//! 5. [`Rule::Continuation`]: a quotation with no cue of its own that follows a quotation of a
//!    known speaker in the same paragraph or the next, with no other speaker in between (a
//!    mention in a relative clause or an object does not intervene).
//!
//! The subject of a cue is the mention right before it (past adverbs and auxiliaries, and past
//! an appositive set off by commas), or right after it (`said Cha`).

use std::borrow::Cow;
use std::ops::Range;

use crate::cues::{cue_at, is_colon};
use crate::lexicon::{Case, Lexicon};
use crate::mentions::{self, Found};
use crate::result::{Cue, Mention, MentionKind, QuoteKind, Rule, Span, Speaker};
use crate::sentences::{Context, MAX_CONTEXT, ends_sentence};
pub(crate) use crate::speakers::KnownSpeaker;
use crate::speakers::{Entity, Linker, Links};
use crate::tokens::{Kind, Token};

/// How many tokens after a quotation an adjacent cue may reach.
const ADJACENT_REACH: usize = 8;
/// How many adverbs and auxiliaries may stand between a subject and its cue.
const MAX_SKIPPED: usize = 3;
/// The longest appositive between a subject and its cue, in tokens.
const MAX_APPOSITIVE: usize = 16;

/// Words that may stand between a subject and its cue: `Trump later said`, `he has said`.
const SKIPPABLE: &[&str] = &[
    "also",
    "later",
    "then",
    "has",
    "had",
    "have",
    "was",
    "is",
    "were",
    "are",
    "would",
    "will",
    "again",
    "once",
    "often",
    "never",
    "always",
    "further",
    "just",
    "still",
    "even",
    "not",
    "did",
    "does",
    "do",
    "could",
    "should",
    "might",
    "may",
    "can",
    "had",
    "been",
    "once",
    "first",
    "had",
    "previously",
    "recently",
    "repeatedly",
    "flatly",
    "simply",
    "reportedly",
    "publicly",
    "privately",
    "quickly",
    "angrily",
    "bluntly",
    "frankly",
    "openly",
    "immediately",
    "yesterday",
    "today",
    "tonight",
    "herself",
    "himself",
    "themselves",
];

/// Everything the rules read.
pub(crate) struct Input<'a, 't> {
    pub(crate) text: &'t str,
    pub(crate) tokens: &'a [Token],
    /// The token that stands for each quotation.
    pub(crate) quote_tokens: &'a [usize],
    pub(crate) contexts: &'a [Context],
    pub(crate) kinds: &'a [QuoteKind],
    pub(crate) lex: &'a Lexicon,
    pub(crate) known: &'a [KnownSpeaker],
}

/// One quotation's attribution.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Attribution<'t> {
    pub(crate) speaker: usize,
    pub(crate) mention: Mention<'t>,
    pub(crate) cue: Option<Cue<'t>>,
    pub(crate) rule: Rule,
}

/// The attributions of all quotations, and the speakers they refer to.
#[derive(Debug, Clone, Default)]
pub(crate) struct Output<'t> {
    pub(crate) attributions: Vec<Option<Attribution<'t>>>,
    pub(crate) speakers: Vec<Speaker<'t>>,
}

/// What a rule found before speakers are linked: a mention index and a cue.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Found1 {
    mention: usize,
    cue: Option<Range<usize>>,
    rule: Rule,
}

struct Rules<'a, 't> {
    input: &'a Input<'a, 't>,
    mentions: &'a [Found],
    /// For each token, 1 + the index of the mention that ends there (0: none).
    ends_at: Vec<u32>,
    /// For each token, 1 + the index of the mention that starts there (0: none).
    starts_at: Vec<u32>,
}

impl<'a, 't> Rules<'a, 't> {
    fn new(input: &'a Input<'a, 't>, mentions: &'a [Found]) -> Rules<'a, 't> {
        let mut ends_at = vec![0u32; input.tokens.len()];
        let mut starts_at = vec![0u32; input.tokens.len()];
        for (i, m) in mentions.iter().enumerate() {
            let id = u32::try_from(i + 1).unwrap_or(u32::MAX);
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

    fn word(&self, i: usize) -> Option<&'t str> {
        let t = self.input.tokens.get(i)?;
        t.is_word().then(|| &self.input.text[t.span.range()])
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
            .is_none_or(|p| p.case == Case::Subject)
    }

    fn cue(&self, i: usize) -> Option<Range<usize>> {
        cue_at(self.input.text, self.input.tokens, i, self.input.lex)
    }

    /// The subject right before the cue that starts at token `cue`, no further back than
    /// `floor`.
    fn subject_before(&self, cue: usize, floor: usize) -> Option<usize> {
        let mut k = cue;
        let mut skipped = 0;
        while k > floor {
            let i = k - 1;
            if let Some(m) = self.mention_ending(i) {
                if self.mentions[m].tokens.start >= floor && self.can_be_subject(m) {
                    return Some(m);
                }
                return None;
            }
            let t = self.input.tokens.get(i)?;
            if t.is_punct(',') {
                // `Victor Cha, a veteran adviser, said`: a subject before an appositive.
                let low = i.saturating_sub(MAX_APPOSITIVE).max(floor);
                let comma = (low..i)
                    .rev()
                    .find(|&j| self.input.tokens[j].is_punct(','))?;
                let m = self.mention_ending(comma.checked_sub(1)?)?;
                return (self.mentions[m].kind == MentionKind::Name
                    && self.mentions[m].tokens.start >= floor)
                    .then_some(m);
            }
            let w = self.word(i)?;
            let lower_skippable = SKIPPABLE.iter().any(|s| s.eq_ignore_ascii_case(w))
                || (w.len() > 4
                    && w.ends_with("ly")
                    && !w.chars().next().is_some_and(char::is_uppercase));
            if !lower_skippable || skipped >= MAX_SKIPPED {
                return None;
            }
            skipped += 1;
            k = i;
        }
        None
    }

    /// The subject right after a cue ending at token `end`: `said Victor Cha`.
    fn subject_after(&self, end: usize, ceiling: usize) -> Option<usize> {
        let m = self.mention_starting(end)?;
        (self.mentions[m].tokens.end <= ceiling && self.can_be_subject(m)).then_some(m)
    }

    fn is_according_to(&self, cue: &Range<usize>) -> bool {
        self.word(cue.start)
            .is_some_and(|w| w.eq_ignore_ascii_case("according"))
    }

    /// Rule 1, right side: `“…,” Trump said`, `“…,” said Cha`.
    fn adjacent_after(&self, ctx: &Context) -> Option<Found1> {
        let r = ctx.right.clone();
        let mut start = r.start;
        while start < r.end && self.input.tokens[start].kind != Kind::Word {
            let t = self.input.tokens[start];
            if !matches!(t.kind, Kind::Punct(',' | '—' | '–' | '-')) {
                return None;
            }
            start += 1;
        }
        let end = (start + ADJACENT_REACH).min(r.end);
        for k in start..end {
            if self.input.tokens[k].kind != Kind::Word {
                if self.input.tokens[k].is_punct(',') {
                    continue;
                }
                return None;
            }
            let Some(cue) = self.cue(k) else { continue };
            let rule = if self.is_according_to(&cue) {
                Rule::AccordingTo
            } else {
                Rule::Adjacent
            };
            if let Some(m) = self.subject_before(k, start) {
                return Some(Found1 {
                    mention: m,
                    cue: Some(cue),
                    rule,
                });
            }
            if let Some(m) = self.subject_after(cue.end, r.end) {
                return Some(Found1 {
                    mention: m,
                    cue: Some(cue),
                    rule,
                });
            }
        }
        None
    }

    /// Rule 1, left side, and rule 2: `Trump told the governors: “…”`, `she said, “…”`,
    /// `Trump: “…”`; a colon at the end of the previous paragraph introduces this one.
    fn adjacent_before(&self, q: usize, ctx: &Context) -> Option<Found1> {
        let tokens = self.input.tokens;
        let (left, intro) = if ctx.left.is_empty() {
            // `Cruz continued:` ending the paragraph before.
            let b = q.checked_sub(1)?;
            if tokens[b].kind != Kind::Break || !is_colon(tokens, b.checked_sub(1)?) {
                return None;
            }
            let colon = b - 1;
            let floor = colon.saturating_sub(MAX_CONTEXT);
            let mut s = colon;
            while s > floor
                && !ends_sentence(self.input.text, tokens, s - 1, self.input.lex)
                && !matches!(tokens[s - 1].kind, Kind::Quote(_))
            {
                s -= 1;
            }
            (s..colon + 1, colon)
        } else {
            let last = ctx.left.end - 1;
            if !matches!(tokens[last].kind, Kind::Punct(',' | ':' | '—' | '–')) {
                return None;
            }
            (ctx.left.clone(), last)
        };
        // The nearest cue before the introducing punctuation.
        for k in (left.start..intro).rev() {
            let Some(cue) = self.cue(k) else { continue };
            if cue.end > intro {
                continue;
            }
            let rule = if self.is_according_to(&cue) {
                Rule::AccordingTo
            } else {
                Rule::Adjacent
            };
            if let Some(m) = self.subject_before(k, left.start) {
                return Some(Found1 {
                    mention: m,
                    cue: Some(cue),
                    rule,
                });
            }
            if let Some(m) = self.subject_after(cue.end, intro) {
                return Some(Found1 {
                    mention: m,
                    cue: Some(cue),
                    rule,
                });
            }
        }
        if is_colon(tokens, intro) {
            let m = self.mention_ending(intro.checked_sub(1)?)?;
            if self.mentions[m].tokens.start >= left.start
                && self.mentions[m].kind != MentionKind::Pronoun
            {
                return Some(Found1 {
                    mention: m,
                    cue: Some(intro..intro + 1),
                    rule: Rule::Colon,
                });
            }
        }
        None
    }

    /// Rule 3: a cue anywhere in the sentence, nearest first, whose subject is a mention.
    fn sentence_cue(&self, ctx: &Context) -> Option<Found1> {
        for k in ctx.left.clone().rev() {
            if let Some(f) = self.cue_with_subject(k, ctx.left.start, ctx.left.end) {
                return Some(f);
            }
        }
        for k in ctx.right.clone() {
            if let Some(f) = self.cue_with_subject(k, ctx.right.start, ctx.right.end) {
                return Some(f);
            }
        }
        None
    }

    fn cue_with_subject(&self, k: usize, floor: usize, ceiling: usize) -> Option<Found1> {
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
        if !according && let Some(m) = self.subject_before(k, floor) {
            return Some(Found1 {
                mention: m,
                cue: Some(cue),
                rule,
            });
        }
        let m = self.subject_after(cue.end, ceiling)?;
        Some(Found1 {
            mention: m,
            cue: Some(cue),
            rule,
        })
    }

    /// Rule 4: `his “nuclear button”`, `Trump’s “beautiful wall”`.
    fn possessive(&self, ctx: &Context) -> Option<Found1> {
        if ctx.left.is_empty() {
            return None;
        }
        let m = self.mention_ending(ctx.left.end - 1)?;
        let found = &self.mentions[m];
        let possessive = match found.pronoun {
            Some(p) => p.case == Case::Possessive,
            None => {
                let w = &self.input.text[self.input.tokens[ctx.left.end - 1].span.range()];
                w.ends_with("’s") || w.ends_with("'s")
            }
        };
        possessive.then_some(Found1 {
            mention: m,
            cue: None,
            rule: Rule::Possessive,
        })
    }

    fn find(&self, qi: usize) -> Option<Found1> {
        let q = *self.input.quote_tokens.get(qi)?;
        let ctx = self.input.contexts.get(qi)?;
        self.adjacent_after(ctx)
            .or_else(|| self.adjacent_before(q, ctx))
            .or_else(|| self.sentence_cue(ctx))
            .or_else(|| self.possessive(ctx))
    }

    /// Whether a cue with a subject stands in `range` whose subject links to another entity
    /// than `speaker`.
    fn other_speaker_between(&self, range: Range<usize>, speaker: usize, links: &Links) -> bool {
        let range = range.start..range.end.min(self.input.tokens.len());
        range.clone().any(|k| {
            let Some(cue) = self.cue(k) else { return false };
            if cue.end > range.end {
                return false;
            }
            let m = self.subject_before(k, range.start);
            m.is_some_and(|m| links.of_mention.get(m).copied().flatten() != Some(speaker))
        })
    }
}

/// Runs the rules over every speech quotation and links their speakers.
pub(crate) fn attribute<'t>(input: &Input<'_, 't>) -> Output<'t> {
    let text = input.text;
    let found_mentions = mentions::find(text, input.tokens, input.lex);
    let rules = Rules::new(input, &found_mentions);

    let mut first: Vec<Option<Found1>> = input
        .kinds
        .iter()
        .enumerate()
        .map(|(qi, k)| if k.is_speech() { rules.find(qi) } else { None })
        .collect();

    let mut speaking = vec![false; found_mentions.len()];
    for f in first.iter().flatten() {
        if let Some(s) = speaking.get_mut(f.mention) {
            *s = true;
        }
    }
    let linker = Linker {
        text,
        tokens: input.tokens,
        mentions: &found_mentions,
        lex: input.lex,
        known: input.known,
        speaking: &speaking,
    };
    let mut links = linker.link();

    // Entities of the quotations found so far; then continuation, in text order.
    let mut entity_of: Vec<Option<usize>> = first
        .iter()
        .map(|f| f.as_ref().map(|f| linker.entity_for(&mut links, f.mention)))
        .collect();
    let mut last: Option<usize> = None;
    for qi in 0..first.len() {
        if !input.kinds[qi].is_speech() {
            continue;
        }
        if first[qi].is_none()
            && let Some(p) = last
            && let Some(f) = continuation(&rules, input, p, qi, &first, &entity_of, &links)
        {
            entity_of[qi] = entity_of[p];
            first[qi] = Some(f);
        }
        last = Some(qi);
    }

    build(input, &found_mentions, &links, first, entity_of)
}

/// Rule 5: the quotation `qi` continues the previous speech quotation `p`.
fn continuation(
    rules: &Rules<'_, '_>,
    input: &Input<'_, '_>,
    p: usize,
    qi: usize,
    first: &[Option<Found1>],
    entity_of: &[Option<usize>],
    links: &Links,
) -> Option<Found1> {
    let prev = first.get(p)?.as_ref()?;
    let speaker = entity_of.get(p).copied().flatten()?;
    let from_tok = *input.quote_tokens.get(p)?;
    let to_tok = *input.quote_tokens.get(qi)?;
    let between = input.tokens.get(from_tok + 1..to_tok)?;
    let breaks = between.iter().filter(|t| t.kind == Kind::Break).count();
    if breaks > 1 || to_tok - from_tok > 4 * MAX_CONTEXT {
        return None;
    }
    // The previous quotation's own cue does not intervene.
    let after_cue = prev
        .cue
        .as_ref()
        .map_or(from_tok + 1, |c| c.end.max(from_tok + 1));
    if rules.other_speaker_between(after_cue.min(to_tok)..to_tok, speaker, links) {
        return None;
    }
    Some(Found1 {
        mention: prev.mention,
        cue: None,
        rule: Rule::Continuation,
    })
}

fn span_of(tokens: &[Token], r: &Range<usize>) -> Option<Span> {
    let a = tokens.get(r.start)?;
    let b = tokens.get(r.end.checked_sub(1)?)?;
    Some(Span::new(a.span.start, b.span.end))
}

/// Turns rule results into the public types: each quotation's mention and cue, and the speakers
/// with all their mentions.
fn build<'t>(
    input: &Input<'_, 't>,
    mentions: &[Found],
    links: &Links,
    first: Vec<Option<Found1>>,
    entity_of: Vec<Option<usize>>,
) -> Output<'t> {
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
    // Speakers in order of their first quotation.
    let mut speaker_of_entity: Vec<Option<usize>> = vec![None; links.entities.len()];
    let mut speakers: Vec<Speaker<'t>> = Vec::new();
    let mut attributions = Vec::with_capacity(first.len());
    for (f, e) in first.into_iter().zip(entity_of) {
        let (Some(f), Some(e)) = (f, e) else {
            attributions.push(None);
            continue;
        };
        let Some(slot) = speaker_of_entity.get_mut(e) else {
            attributions.push(None);
            continue;
        };
        let s = match *slot {
            Some(s) => s,
            None => {
                let ent = &links.entities[e];
                speakers.push(speaker(input, ent, mentions, &mention));
                *slot = Some(speakers.len() - 1);
                speakers.len() - 1
            }
        };
        let cue = f
            .cue
            .as_ref()
            .and_then(|c| span_of(input.tokens, c))
            .map(|s| Cue {
                start: s.start,
                end: s.end,
                text: Cow::Borrowed(&text[s.range()]),
            });
        attributions.push(Some(Attribution {
            speaker: s,
            mention: mention(f.mention),
            cue,
            rule: f.rule,
        }));
    }
    Output {
        attributions,
        speakers,
    }
}

fn speaker<'t>(
    input: &Input<'_, 't>,
    ent: &Entity,
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
        .or_else(|| appositive(input, ent, mentions).map(|r| Cow::Borrowed(&text[r.range()])));
    Speaker {
        name,
        role,
        mentions: ent.mentions.iter().map(|&i| mention(i)).collect(),
    }
}

/// An appositive after one of the entity's names: `Victor Cha, a veteran adviser who …`.
fn appositive(input: &Input<'_, '_>, ent: &Entity, mentions: &[Found]) -> Option<Span> {
    let tokens = input.tokens;
    ent.mentions.iter().find_map(|&i| {
        let m = mentions.get(i)?;
        if m.kind != MentionKind::Name || !tokens.get(m.tokens.end)?.is_punct(',') {
            return None;
        }
        let start = m.tokens.end + 1;
        let w = tokens
            .get(start)
            .filter(|t| t.is_word())
            .map(|t| &input.text[t.span.range()])?;
        if !matches!(w, "a" | "an" | "the") {
            return None;
        }
        let mut end = start;
        while end < (start + 12).min(tokens.len()) {
            let t = tokens[end];
            let stop = match t.kind {
                Kind::Word => matches!(
                    &input.text[t.span.range()],
                    "who" | "which" | "that" | "said" | "says"
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
        assert_eq!(got[3].1, None, "{got:?}");
    }

    #[test]
    fn relative_clauses_do_not_intervene() {
        let text = "“One thing,” Cha added, citing officials who last week told reporters nothing. “Another thing.”";
        let got = attributed(text);
        assert_eq!(got[1].1, s("Cha"));
    }

    #[test]
    fn unattributed_quotes_have_no_speaker() {
        assert_eq!(one("The sign read “Welcome to the show, friends.”").0, None);
        assert_eq!(one("“Nobody says this.”").0, None);
    }
}
