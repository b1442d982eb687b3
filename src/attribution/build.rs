//! From rule results to the public types: each quotation's mention and cue, and the speakers
//! with all their mentions and roles.

use std::borrow::Cow;
use std::ops::Range;

use super::*;

/// The name of the speaker who says `I` in the article's own sentences, outside quotations:
/// the article does not name its author.
pub(crate) const NARRATOR: &str = "the author";
/// The name of a speaker the text never names: a pronoun with no antecedent in it.
pub(crate) const UNNAMED: &str = "an unnamed speaker";

pub(super) fn span_of(tokens: &[Token], r: &Range<usize>) -> Option<Span> {
    let a = tokens.get(r.start)?;
    let b = tokens.get(r.end.checked_sub(1)?)?;
    Some(Span::new(a.span().start, b.span().end))
}

/// What the rules found, with the entity of each speaker.
pub(super) struct Found {
    /// For each quotation, its rule result and its speaker's entity.
    pub(super) quotes: Vec<Option<Found1>>,
    pub(super) entity_of: Vec<Option<usize>>,
    /// The reported statements, each with its speaker's entity.
    pub(super) reported: Vec<(Reported, usize)>,
}

/// Turns rule results into the public types: each quotation's mention and cue, the reported
/// statements, and the speakers with all their mentions.
pub(super) fn build<'t>(
    input: &Input<'_, 't>,
    mentions: &[mentions::Found],
    links: &Links,
    found: Found,
    quotes: &mut [Quote<'t>],
) -> (Vec<Statement<'t>>, Vec<Speaker<'t>>) {
    let Found {
        quotes: first,
        entity_of,
        reported,
    } = found;
    let text = input.text;
    let mention = |i: usize| -> Mention<'t> {
        let m = &mentions[i];
        Mention {
            start: m.span().start,
            end: m.span().end,
            text: Cow::Borrowed(&text[m.span().range()]),
            kind: m.kind,
        }
    };
    // Speakers in order of the first thing they said, quoted or reported, each with its
    // mentions in text order.
    let mut speaker_of_entity: Vec<Option<usize>> = vec![None; links.entities.len()];
    let mut speaker_entities: Vec<usize> = Vec::new();
    let quoted = entity_of
        .iter()
        .zip(input.quote_tokens)
        .filter_map(|(e, &t)| e.map(|e| (t, e)));
    let said = reported.iter().map(|(r, e)| (r.content.start, *e));
    for (_, e) in merge_by_key(quoted, said) {
        if let Some(slot @ None) = speaker_of_entity.get_mut(e) {
            *slot = Some(speaker_entities.len());
            speaker_entities.push(e);
        }
    }
    // Each speaker's mentions, in one list: counted first, so that speaker `s` holds
    // `mentions_of[starts[s]..starts[s + 1]]` and no list grows a mention at a time.
    let speaker_of_mention =
        |e: Option<usize>| e.and_then(|e| speaker_of_entity.get(e).copied().flatten());
    let mut starts: Vec<usize> = vec![0; speaker_entities.len() + 1];
    for s in links.of_mentions().filter_map(speaker_of_mention) {
        starts[s + 1] += 1;
    }
    let mut total = 0;
    for n in &mut starts {
        total += *n;
        *n = total;
    }
    let mut filled = starts.clone();
    let mut mentions_of: Vec<usize> = vec![0; starts.last().copied().unwrap_or(0)];
    for (i, e) in links.of_mentions().enumerate() {
        if let Some(s) = speaker_of_mention(e) {
            mentions_of[filled[s]] = i;
            filled[s] += 1;
        }
    }
    let speakers: Vec<Speaker<'t>> = speaker_entities
        .iter()
        .zip(starts.windows(2))
        .map(|(&e, w)| {
            let of = &mentions_of[w[0]..w[1]];
            speaker(input, &links.entities[e], of, mentions, &mention)
        })
        .collect();
    let cue = |c: Option<Range<usize>>| {
        c.and_then(|c| span_of(input.tokens, &c)).map(|s| Cue {
            start: s.start,
            end: s.end,
            text: Cow::Borrowed(&text[s.range()]),
        })
    };
    for ((f, e), quote) in first.into_iter().zip(entity_of).zip(quotes) {
        let s = e.and_then(|e| speaker_of_entity.get(e).copied().flatten());
        let (Some(f), Some(s)) = (f, s) else {
            continue;
        };
        let cue = cue(f.cue());
        quote.attribution = Some(Box::new(Attribution {
            speaker: s,
            mention: mention(f.mention()),
            cue,
            confidence: f.rule.confidence(),
            rule: f.rule,
        }));
    }
    let statements = reported
        .into_iter()
        .filter_map(|(r, e)| {
            let speaker = speaker_of_entity.get(e).copied().flatten()?;
            let span = span_of(input.tokens, &r.content)?;
            Some(Statement {
                start: span.start,
                end: span.end,
                text: Cow::Borrowed(&text[span.range()]),
                attribution: Attribution {
                    speaker,
                    mention: mention(r.mention),
                    cue: cue(Some(r.cue)),
                    confidence: r.rule.confidence(),
                    rule: r.rule,
                },
            })
        })
        .collect();
    (statements, speakers)
}

/// Two lists of `(position, item)` in order of position, read as one.
fn merge_by_key<T>(
    a: impl Iterator<Item = (usize, T)>,
    b: impl Iterator<Item = (usize, T)>,
) -> impl Iterator<Item = (usize, T)> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if x.0 <= y.0 => a.next(),
        (_, Some(_)) => b.next(),
        _ => a.next(),
    })
}

pub(super) fn speaker<'t>(
    input: &Input<'_, 't>,
    ent: &Entity,
    of: &[usize],
    mentions: &[mentions::Found],
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
        (None, None) if ent.narrator => Cow::Borrowed(NARRATOR),
        (None, None) => Cow::Borrowed(UNNAMED),
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

/// An appositive after one of the entity's names (`Victor Cha, a veteran adviser who …`), or
/// a description set off before one (`the housing minister, Ann Lee,`), without its article.
pub(super) fn appositive(
    input: &Input<'_, '_>,
    of: &[usize],
    mentions: &[mentions::Found],
) -> Option<Span> {
    let tokens = input.tokens;
    let before = of.iter().find_map(|&i| {
        let m = mentions.get(i)?;
        let d = mentions.get(i.checked_sub(1)?)?;
        let comma = m.tokens().start.checked_sub(1)?;
        if m.kind != MentionKind::Name
            || d.kind != MentionKind::Description
            || d.tokens().end != comma
            || !tokens.get(comma)?.is_punct(',')
        {
            return None;
        }
        let r = d.tokens();
        let article = tokens.get(r.start).is_some_and(|t| {
            t.is_word() && matches!(&input.text[t.span().range()], "a" | "an" | "the" | "The")
        });
        let start = r.start + usize::from(article);
        (start < r.end)
            .then(|| span_of(tokens, &(start..r.end)))
            .flatten()
    });
    before.or_else(|| {
        of.iter().find_map(|&i| {
            let m = mentions.get(i)?;
            if m.kind != MentionKind::Name || !tokens.get(m.tokens().end)?.is_punct(',') {
                return None;
            }
            let start = m.tokens().end + 1;
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
                let stop = match t.kind() {
                    Kind::Word => matches!(
                        &input.text[t.span().range()],
                        "who" | "whose" | "which" | "that" | "where" | "when" | "said" | "says"
                    ),
                    // A plural's possessive mark: `the Toronto Raptors' new head coach`.
                    Kind::Punct('\'' | '’') => {
                        end == start
                            || t.span().start != tokens[end - 1].span().end
                            || !tokens.get(end + 1).is_some_and(|n| n.is_word())
                    }
                    _ => true,
                };
                if stop {
                    break;
                }
                end += 1;
            }
            // A conjunction before what stopped the appositive joins nothing in it: `a
            // 33-year-old African American and “child of the ’80s”`.
            while end > start + 1
                && matches!(
                    &input.text[tokens[end - 1].span().range()],
                    "and" | "or" | "but"
                )
            {
                end -= 1;
            }
            (end > start + 1)
                .then(|| span_of(tokens, &(start + 1..end)))
                .flatten()
        })
    })
}
