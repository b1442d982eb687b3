//! Descriptions: a noun from the description lexicon with its determiner and modifiers (`a
//! senior administration official`), a quantifier that stands for a group (`Some chanted`), an
//! age (`the 34-year-old`), and a noun the lexicon lacks where a subject stands.

use super::*;

/// The first token of a share whose head `percent` is at `h` and whose description starts
/// at `i`: its number, when the description starts at the head (`8 percent`).
fn share_start(text: &str, tokens: &[Token], i: usize, h: usize) -> usize {
    let number =
        |k: usize| word(text, tokens, k).is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()));
    if i == h && h > 0 && number(h - 1) {
        h - 1
    } else {
        i
    }
}

/// The last token of a quantifier that stands for a group before a speech verb, starting at
/// `i`: the quantifier alone (`Some chanted`) or with `of` and a plural pronoun (`One of them
/// told us`).
fn quantified_group(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    // A finite verb: not a participle (`said Robin Maynard, half joking`).
    let verb_at = |k: usize| {
        class(tokens, k).is(flag::VERB)
            && !capitalized(tokens, k)
            && word(text, tokens, k).is_some_and(|w| !w.ends_with("ing"))
    };
    // `Some held signs`, `Others cheered`: a verb in the past tense after the quantifier
    // makes it the subject, whatever verb it is; not an adjective before a noun that names
    // people (`Some retired teachers`).
    let past_at = |k: usize| {
        word(text, tokens, k).is_some_and(|w| {
            (w.len() > 3 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase()))
                || IRREGULAR_PAST.contains(&w)
        }) && class(tokens, k).description().is_none()
            && class(tokens, k + 1).description().is_none()
    };
    // Not a participle before a noun that names people (`Three pledged delegates`).
    if verb_at(i + 1) && class(tokens, i + 2).description().is_none() || past_at(i + 1) {
        return Some(i);
    }
    // A poll's share: `Six in 10 said`, `nine out of 10 say`.
    if let Some(of) = share_of_ten(text, tokens, i + 1)
        && verb_at(of + 1)
    {
        return Some(of);
    }
    let of_them = word(text, tokens, i + 1) == Some("of")
        && class(tokens, i + 2).pronoun().is_some_and(|p| {
            p.number == Number::Plural && p.case != crate::lexicon::Case::Possessive
        });
    (of_them && verb_at(i + 3)).then_some(i + 2)
}

/// The last token of `in 10` or `out of 10` starting at `k` (after a number: `Six in 10`),
/// the second number a figure or a number word.
fn share_of_ten(text: &str, tokens: &[Token], k: usize) -> Option<usize> {
    // `in` is a preposition and `out` a word of no class: the class first.
    let c = class(tokens, k);
    if !(c.is(flag::PREPOSITION) || c == Class::default()) {
        return None;
    }
    let number = match word(text, tokens, k)? {
        "in" => k + 1,
        "out" if word(text, tokens, k + 1) == Some("of") => k + 2,
        _ => return None,
    };
    let w = word(text, tokens, number)?;
    (w.bytes().all(|b| b.is_ascii_digit()) || class(tokens, number).is(flag::QUANTIFIER))
        .then_some(number)
}

/// Whether the word at `i` can modify a bare plural noun after it: a lower-case word of no
/// lexicon class, not a verb form in -ed or -ing, after no word (`county police`, not `the
/// county police` or `said police`).
pub(super) fn bare_modifier(text: &str, tokens: &[Token], i: usize) -> bool {
    // Asked of most words: the tokens' classes first, the word's own class before its
    // neighbours', the word's letters only then.
    if tokens.get(i).is_none_or(|t| t.class() != Class::default())
        || class(tokens, i + 1).description().is_none()
        || i.checked_sub(1)
            .is_some_and(|p| tokens[p].is_word() && !tokens[p].class().is(flag::CLAUSE_START))
    {
        return false;
    }
    word(text, tokens, i).is_some_and(|w| {
        w.chars().all(|c| c.is_lowercase()) && !w.ends_with("ed") && !w.ends_with("ing")
    })
}

/// The token after a plural's possessive mark at `i` (`Residents’ groups`, `the nurses’
/// union`): a word in -s, an apostrophe written against it, then a word.
fn plural_owner(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let owner = tokens.get(i).filter(|t| t.is_word())?;
    let mark = tokens.get(i + 1)?;
    let possessive = matches!(mark.kind(), crate::tokens::Kind::Punct('\'' | '’'))
        && mark.span().start == owner.span().end
        && text[owner.span().range()].ends_with(['s', 'S']);
    (possessive && word(text, tokens, i + 2).is_some()).then_some(i + 2)
}

/// Whether `w` is an age (`43-year-old`).
fn is_age(w: &str) -> bool {
    w.strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether the token at `k` is a word that is an age. An age starts with a digit: asked of
/// every modifier, that byte is tested before the word is read.
fn is_age_at(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| {
        t.is_word()
            && text
                .as_bytes()
                .get(t.span().start)
                .is_some_and(u8::is_ascii_digit)
            && is_age(&text[t.span().range()])
    })
}

/// A description that starts at `i`: a determiner with modifiers and a head noun from the
/// lexicon (`a senior administration official`), or a bare head noun (`officials`).
pub(super) fn description(text: &str, tokens: &[Token], i: usize) -> Option<Found> {
    if !tokens.get(i)?.is_word() {
        return None;
    }
    let compound = |mut h: usize, mut gn: Description| {
        // The head is the last description noun of a compound: "administration officials".
        while let Some(next) =
            word(text, tokens, h + 1).and_then(|_| class(tokens, h + 1).description())
        {
            h += 1;
            gn = next;
        }
        (h, gn)
    };
    let here = class(tokens, i);
    // A plural's possessive opens a description as a determiner does: `Residents’ groups`
    // (the owner a noun of the lexicon's, asked first).
    let owner = here
        .description()
        .and_then(|_| plural_owner(text, tokens, i));
    let head = if let Some(gn) = here.description().filter(|_| owner.is_none()) {
        Some(compound(i, gn))
    } else if let Some(h) = here
        .is(flag::QUANTIFIER)
        .then(|| quantified_group(text, tokens, i))
        .flatten()
    {
        // `Some chanted`, `Others said`, `One of them told us`: the quantifier is the group.
        let number = if word(text, tokens, i).is_some_and(|w| w.eq_ignore_ascii_case("one")) {
            Number::Singular
        } else {
            Number::Plural
        };
        Some((
            h,
            Description {
                gender: Gender::Unknown,
                number,
                person: true,
            },
        ))
    } else if here.is(flag::DETERMINER | flag::POSSESSIVE) || owner.is_some() {
        // `at the time said`: a determiner after a preposition opens no subject.
        let after_preposition = i
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|p| p.is_word() && p.class().is(flag::PREPOSITION));
        let mut head = None;
        let mut k = owner.unwrap_or(i + 1);
        let ceiling = (k + MAX_MODIFIERS + 1).min(tokens.len());
        while k < ceiling {
            if !tokens[k].is_word() {
                break;
            }
            if let Some(gn) = class(tokens, k).description() {
                // `the nurses’ union`: the owner's noun is a modifier.
                if let Some(next) = plural_owner(text, tokens, k) {
                    k = next;
                    continue;
                }
                head = Some(compound(k, gn));
                break;
            }
            if class(tokens, k).is(flag::STOP
                | flag::DETERMINER
                | flag::VERB
                | flag::SUBORDINATOR
                | flag::TIME_NOUN)
            {
                return None;
            }
            // `the 43-year-old asked`: an age stands for the person, where no noun follows it.
            if is_age_at(text, tokens, k)
                && word(text, tokens, k + 1)
                    .is_none_or(|_| class(tokens, k + 1).is(flag::VERB | flag::SKIPPABLE))
            {
                head = Some((
                    k,
                    Description {
                        gender: Gender::Unknown,
                        number: Number::Singular,
                        person: true,
                    },
                ));
                break;
            }
            // A noun the lexicon does not know, as the subject of a speech verb: `the gambling
            // tycoon told`. A verb in -s after a noun is as often a plural noun (`audible
            // gasps`). The cheap tests first: this runs for every determiner.
            let verb_after = || {
                word(text, tokens, k + 1).is_some_and(|v| {
                    class(tokens, k + 1).is(flag::VERB)
                        && !capitalized(tokens, k + 1)
                        && (!v.ends_with('s') || v == "says")
                })
            };
            // Not a time (`this month said`), an auxiliary (`that would`) or a participle or
            // adjective in -ing or -ed (`a fundraising call`); and `that` before an unknown
            // word opens a clause more often than a noun phrase (`that almost`).
            let unknown_noun = |m: &str| {
                m.chars().all(char::is_alphabetic)
                    && !m.ends_with("ly")
                    && !m.ends_with("ing")
                    && !m.ends_with("ed")
                    && !class(tokens, k).is(flag::TIME_NOUN | flag::TIME_WORD | flag::SKIPPABLE)
                    && !word(text, tokens, i).is_some_and(|d| d.eq_ignore_ascii_case("that"))
            };
            if !after_preposition
                && !capitalized(tokens, k)
                && verb_after()
                && let Some(m) = word(text, tokens, k).filter(|m| unknown_noun(m))
            {
                let number = if m.ends_with('s') {
                    Number::Plural
                } else {
                    Number::Singular
                };
                head = Some((
                    k,
                    Description {
                        gender: Gender::Unknown,
                        number,
                        person: true,
                    },
                ));
                break;
            }
            k += 1;
        }
        head
    } else {
        None
    };
    let (h, d) = head.or_else(|| inverted_subject(text, tokens, i))?;
    // A singular determiner before a plural noun is no determiner of it: `that campaigners
    // called` opens a clause; the mention is the noun's own.
    if h > i
        && d.number == Number::Plural
        && word(text, tokens, i).is_some_and(|w| {
            ["that", "this", "a", "an", "every", "each", "another"]
                .iter()
                .any(|s| w.eq_ignore_ascii_case(s))
        })
    {
        return None;
    }
    // A description right before a name is that name's role ("spokeswoman Sarah Sanders").
    if capitalized(tokens, h + 1) && !class(tokens, h + 1).is(flag::NON_NAME) {
        return None;
    }
    // `8 percent of Democrats said`: a share is named with its number.
    let start = if word(text, tokens, h).is_some_and(|w| w.eq_ignore_ascii_case("percent")) {
        share_start(text, tokens, i, h)
    } else {
        i
    };
    let end = h + 1;
    Some(Found {
        tokens: pair(start..end),
        span: pair(tokens[start].span().start..tokens[end - 1].span().end),
        kind: if d.person {
            MentionKind::Description
        } else {
            MentionKind::Organization
        },
        gender: d.gender,
        number: d.number,
        name: pair(h..h + 1),
        title: Some(pair(h..h + 1)),
        pronoun: None,
        given_name: false,
    })
}

/// An unknown noun phrase right after a speech verb that ends its clause, as an inverted
/// subject: `said the 46-year-old.`, `asked the boy, who …`.
fn inverted_subject(text: &str, tokens: &[Token], i: usize) -> Option<(usize, Description)> {
    // The verb first: the cheaper test, and the rarer.
    word(text, tokens, i.checked_sub(1)?)?;
    if !class(tokens, i - 1).is(flag::VERB) || capitalized(tokens, i - 1) {
        return None;
    }
    let det = word(text, tokens, i)?;
    if !matches!(det, "the" | "a" | "an" | "The" | "A" | "An") {
        return None;
    }
    // The phrase is a run of words: it ends at any other token (a quotation, punctuation).
    let words = (i + 1..(i + MAX_MODIFIERS).min(tokens.len())).take_while(|&h| tokens[h].is_word());
    words.clone().find_map(|h| {
        if class(tokens, h).is(flag::STOP | flag::VERB) || capitalized(tokens, h) {
            return None;
        }
        let next = tokens.get(h + 1);
        let ends = next.is_none_or(|t| !t.is_word())
            || word(text, tokens, h + 1)
                .is_some_and(|n| matches!(n, "who" | "whose" | "in" | "on" | "at"));
        ends.then_some((
            h,
            Description {
                gender: Gender::Unknown,
                number: Number::Singular,
                person: true,
            },
        ))
    })
}
