//! Reading a quotation's own words: what lies between its marks, how many words it holds,
//! whether they are set in title case, and whether they occur again nearby.

use crate::lexicon::{Lexicon, flag};
use crate::marks::is_mark_char;
use crate::swar::{HIGH, in_range};

/// The words between the marks.
pub(super) fn content(quote: &str) -> &str {
    quote.trim_matches(|c: char| is_mark_char(c) || c.is_whitespace())
}

/// How many words `text` holds, separated by white space as [`str::split_whitespace`]
/// separates them, counted no further than `cap`. Every quotation's words are counted, so
/// runs of ASCII are read eight bytes at a time, and only a character outside ASCII is
/// decoded.
pub(super) fn count_words(text: &str, cap: usize) -> usize {
    let bytes = text.as_bytes();
    let mut words = 0;
    // Whether the byte before `i` is white space (the text's start counts as such).
    let mut after_space = true;
    let mut i = 0;
    while words < cap {
        if let Some(chunk) = bytes
            .get(i..i + 8)
            .and_then(|c| <[u8; 8]>::try_from(c).ok())
            .map(u64::from_le_bytes)
            .filter(|x| x & HIGH == 0)
        {
            let space = ascii_spaces(chunk);
            // A word starts at each byte that is no space and follows one.
            let before = (space << 8) | (u64::from(after_space) << 7);
            words += (!space & HIGH & before).count_ones() as usize;
            after_space = space >> 63 == 1;
            i += 8;
            continue;
        }
        let Some(&b) = bytes.get(i) else { break };
        let (space, len) = if b.is_ascii() {
            (matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'), 1)
        } else {
            match text.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) => (c.is_whitespace(), c.len_utf8()),
                None => (false, 1),
            }
        };
        if !space && after_space {
            words += 1;
        }
        after_space = space;
        i += len;
    }
    words.min(cap)
}

/// The high bit of each byte of `x` (eight ASCII bytes) that is white space: a space, or a
/// tab, line feed, vertical tab, form feed or carriage return (`0x09` to `0x0D`).
fn ascii_spaces(x: u64) -> u64 {
    (in_range(x, b' ', b' ') | in_range(x, 0x09, 0x0D)) & HIGH
}

/// Whether every word of `content` opens with a capital or a digit, or is a small word that
/// titles leave in lower case (`of`, `the`).
pub(super) fn is_title_case(content: &str, lex: &Lexicon) -> bool {
    let mut words = content
        .split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .peekable();
    let Some(first) = words.peek() else {
        return false;
    };
    if !first
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    {
        return false;
    }
    words.all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || lex.classify(w).is(flag::TITLE_SMALL)
    })
}

/// Whether `needle` occurs in `hay`, ASCII letters in either case: each place where its first
/// byte occurs, in either case, is compared, so the cost is at most `hay`'s length times
/// `needle`'s, and `needle` is short ([`super::MAX_REPEAT`]).
pub(super) fn contains_ignoring_ascii_case(hay: &[u8], needle: &[u8]) -> bool {
    let Some(&first) = needle.first() else {
        return true;
    };
    memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), hay).any(|i| {
        hay.get(i..i + needle.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(needle))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_as_split_whitespace_splits_them() {
        let texts = [
            "",
            "   ",
            "one",
            "  one two\tthree\nfour  ",
            "no\u{a0}break space",
            "ideographic\u{3000}space and\u{2003}em\u{2028}line",
            "caf\u{e9} na\u{ef}ve \u{201c}quoted\u{201d}",
            "vertical\u{b}tab and\u{c}feed\u{85}next",
            "\u{feff}byte-order mark is no space",
            "eight by eight, then some: twelve words in two or three chunks",
            "separators\u{1c}\u{1d}\u{1e}\u{1f} are no\u{7f}space  in\x08between",
            "runs\t\t\tof\r\n\r\nwhite     space      longer than a chunk",
            "chunk\u{2009}broken by\u{a0}non-ASCII spaces, \u{e9}t\u{e9} \u{2014} long",
        ];
        // Every suffix, so that each run meets the eight-byte chunks at every alignment.
        let suffixes = texts
            .iter()
            .flat_map(|t| t.char_indices().map(|(i, _)| &t[i..]).chain([""]));
        for t in suffixes {
            for cap in [0, 1, 2, 3, 5, 31] {
                let expected = t.split_whitespace().take(cap).count();
                assert_eq!(count_words(t, cap), expected, "{t:?} up to {cap}");
            }
        }
    }

    #[test]
    fn words_stop_being_counted_at_the_cap() {
        assert_eq!(count_words("a b c d e f", 3), 3);
        assert_eq!(count_words("a b", 3), 2);
    }
}
