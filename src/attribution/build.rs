//! From rule results to the public types: each quotation's mention and cue, and the speakers
//! with all their mentions and roles.

use std::borrow::Cow;
use std::ops::Range;

use super::*;

pub(super) fn span_of(tokens: &[Token], r: &Range<usize>) -> Option<Span> {
    let a = tokens.get(r.start)?;
    let b = tokens.get(r.end.checked_sub(1)?)?;
    Some(Span::new(a.span().start, b.span().end))
}

/// Turns rule results into the public types: each quotation's mention and cue, and the speakers
/// with all their mentions.
pub(super) fn build<'t>(
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

pub(super) fn speaker<'t>(
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
pub(super) fn appositive(input: &Input<'_, '_>, of: &[usize], mentions: &[Found]) -> Option<Span> {
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
