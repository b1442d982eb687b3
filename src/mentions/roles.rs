//! Names beside the words that describe them: a role written in capitals before a name
//! (`Spokeswoman Sarah Sanders`, `Deckhand Luis Ortega`), and a name that modifies the group
//! after it (`Toronto police`).

use super::*;

/// A name that modifies a description right after it, as one group: `Toronto police`, `FBI
/// officials`, `Trump aides`. Not a possessive (`Trump’s aides`, two mentions), and not a
/// description that is a role before a name (`Obama adviser David Axelrod`).
pub(super) fn named_group(text: &str, tokens: &[Token], name: &Found) -> Option<Found> {
    let at = name.tokens().end;
    let t = tokens.get(at).filter(|t| t.is_word())?;
    // After a preposition the name is the phrase's object (`in Toronto police said`, `A
    // Department for Levelling Up spokeswoman`), not the group's modifier.
    let placed = name
        .tokens()
        .start
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|p| p.is_word() && p.class().is(flag::PREPOSITION));
    if name.kind != MentionKind::Name
        || placed
        || t.class().is(flag::CAPITALIZED)
        || t.class().description().is_none_or(|d| !d.person)
        || tokens[at - 1].class().is(flag::POSSESSIVE)
    {
        return None;
    }
    let d = description(text, tokens, at)?;
    (d.kind == MentionKind::Description && d.tokens().start == at).then(|| Found {
        tokens: pair(name.tokens().start..d.tokens().end),
        span: pair(name.span().start..d.span().end),
        ..d
    })
}

/// Whether the first of a name's `words` is a role written in capitals, as a sentence's first
/// word is: a noun for a person (`Spokeswoman Sarah Sanders`, `Tenant Mary Ellis`), or a word
/// the lexicon does not know before a given name and a family name (`Deckhand Luis Ortega`).
/// Not a given name (`Mary Ann Evans`).
pub(super) fn role_before_name(text: &str, tokens: &[Token], words: &[usize]) -> bool {
    let [first, second, ..] = *words else {
        return false;
    };
    let c = tokens[first].class();
    if c.given_name().is_some() || c.title().is_some() || tokens[first].span().range().len() < 3 {
        return false;
    }
    // The rest is a person's name: no organisation (`Republican National Convention`) and
    // no acronym (`Conservative Solutions PAC`).
    let personal = words[1..].iter().all(|&k| {
        let w = text[tokens[k].span().range()].as_bytes();
        let acronym = w.len() > 1 && w.iter().all(u8::is_ascii_uppercase);
        !(acronym || tokens[k].class().is(flag::ORGANIZATION))
    });
    personal
        && c.description()
            .is_some_and(|d| d.person && d.number == Number::Singular)
        || (words.len() >= 3
            && !c.is(!flag::CAPITALIZED)
            && tokens[second].class().given_name().is_some()
            && names_a_trade(&text[tokens[first].span().range()]))
}

/// Whether a word the lexicon does not know ends as nouns of trades and roles do (`Deckhand`,
/// `Firefighter`, `Veteran`, `Trustee`, `Medic`), so that before a full name it reads as a
/// role, where a family name (`Trump Kim Jong Un summit`) does not.
fn names_a_trade(word: &str) -> bool {
    const ENDINGS: [&str; 13] = [
        "er", "or", "ist", "an", "ant", "ent", "man", "woman", "hand", "ee", "ic", "ess", "ive",
    ];
    word.len() > 4
        && ENDINGS.iter().any(|e| {
            word.len() > e.len()
                && word.as_bytes()[word.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes())
        })
}
