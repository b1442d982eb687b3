//! Capitalised words that open a sentence and are no names: the text writes them in lower case
//! nearby (`Good information can …`).

use super::*;

/// How far on each side of a capitalised word its form in lower case is looked for, in bytes:
/// the search costs a bounded amount a word, so it stays linear.
const COMMON_WORD_REACH: usize = 3 * 1024;

/// Whether the one capitalised word at `i` (its run ending at `end`), opening a sentence, is
/// a common word, not a name: the text writes it in lower case nearby (`Good information can
/// …` where it says `good` elsewhere, `Ever since`), and a word in lower case follows it that
/// is no verb (`Young said` and `Young has`, where the text has `young voters`, are a name's).
/// Not a word of the lexicon's (`The`, `But`), a given name or a title. Names are mostly
/// followed by verbs, so the search is rare.
pub(super) fn opening_sentence(text: &str, tokens: &[Token], i: usize, end: usize) -> bool {
    let t = &tokens[i];
    let c = t.class();
    if end != i + 1
        || c.is(!flag::CAPITALIZED)
        || c.given_name().is_some()
        || c.title().is_some()
        || c.description().is_some()
        || c.pronoun().is_some()
        || class(tokens, i + 1).is(flag::VERB | flag::PHRASE | flag::FINITE | flag::CAPITALIZED)
        || tokens.get(i + 1).is_none_or(|n| !n.is_word())
        || !i
            .checked_sub(1)
            .is_none_or(|p| crate::sentences::ends_sentence(text, tokens, p))
    {
        return false;
    }
    let w = text[t.span().range()].as_bytes();
    if w.len() < 3 || w.len() > 24 || !w.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let mut lower = [0u8; 24];
    let lower = &mut lower[..w.len()];
    lower.copy_from_slice(w);
    lower.make_ascii_lowercase();
    let bytes = text.as_bytes();
    let span = t.span();
    let from = span.start.saturating_sub(COMMON_WORD_REACH);
    let to = (span.end + COMMON_WORD_REACH).min(bytes.len());
    memchr::memmem::find_iter(&bytes[from..to], &*lower).any(|k| {
        let before = (from + k).checked_sub(1).and_then(|b| bytes.get(b));
        let after = bytes.get(from + k + lower.len());
        before.is_none_or(|b| !b.is_ascii_alphanumeric())
            && after.is_none_or(|a| !a.is_ascii_alphanumeric())
    })
}
