//! The keys under which the linker files names, descriptions, titles and groups: text in
//! lower case without a leading article, hashed, so that `the spokeswoman` and `The
//! Spokeswoman` meet.

use std::hash::Hasher;

use rustc_hash::FxHasher;

/// Lower case, single spaces, no leading article.
pub(super) fn normalize(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    if words.len() > 1 && matches!(words[0], "the" | "a" | "an") {
        words.remove(0);
    }
    words.join(" ")
}

/// A hash of `s` in lower case, word by word, without a leading article: the key under which
/// `the spokeswoman` and `The Spokeswoman` meet, computed without allocating, in one pass over
/// the bytes.
pub(super) fn key(s: &str) -> u64 {
    let words = s.as_bytes().trim_ascii_start();
    let first_len = words
        .iter()
        .position(u8::is_ascii_whitespace)
        .unwrap_or(words.len());
    let (first, rest) = words.split_at(first_len);
    let rest = rest.trim_ascii_start();
    let article = [&b"the"[..], b"a", b"an"]
        .iter()
        .any(|a| a.eq_ignore_ascii_case(first));
    let words = if article && !rest.is_empty() {
        rest
    } else {
        words
    };
    // Each word's bytes, then a 0; a text of no words is one empty word.
    let mut h = FxHasher::default();
    let mut in_word = false;
    for &b in words {
        if !b.is_ascii_whitespace() {
            h.write_u8(b.to_ascii_lowercase());
            in_word = true;
        } else if in_word {
            h.write_u8(0);
            in_word = false;
        }
    }
    if in_word || words.is_empty() {
        h.write_u8(0);
    }
    h.finish()
}

/// Whether the first word of `s` is `the`, in any case: its three bytes, then the text's end
/// or a space (read without splitting the text into words).
pub(super) fn opens_with_the(s: &str) -> bool {
    let s = s.trim_start();
    s.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && s.get(3..)
            .is_some_and(|r| r.chars().next().is_none_or(char::is_whitespace))
}

/// The common word for a title, so `Sen.` and `the senator` meet.
/// The key of a group's plural noun: its letters in ASCII lower case, up to sixteen bytes
/// packed into two words and mixed (a longer noun hashed), without [`key`]'s normalising of a
/// phrase: this runs for every plural description.
pub(super) fn group_key(noun: &str) -> u64 {
    let w = noun.as_bytes();
    if w.len() > 16 {
        let mut h = FxHasher::default();
        w.iter().for_each(|b| h.write_u8(b.to_ascii_lowercase()));
        return h.finish();
    }
    let mut buf = [0u8; 16];
    buf[..w.len()].copy_from_slice(w);
    let [lo, hi] = [&buf[..8], &buf[8..]].map(|half| {
        let mut lane = [0u8; 8];
        lane.copy_from_slice(half);
        crate::lexicon::ascii_lowercase_u64(u64::from_le_bytes(lane))
    });
    (lo ^ hi.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

pub(super) fn title_key(title: &str) -> u64 {
    let t = title.trim_end_matches('.');
    let is = |w: &str| t.eq_ignore_ascii_case(w);
    let common = if is("sen") {
        "senator"
    } else if is("rep") || is("congressman") || is("congresswoman") {
        "representative"
    } else if is("gov") {
        "governor"
    } else if is("gen") {
        "general"
    } else if is("dr") {
        "doctor"
    } else if is("prof") {
        "professor"
    } else if is("sec") {
        "secretary"
    } else {
        t
    };
    key(common)
}
