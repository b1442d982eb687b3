//! Quotation marks: which characters they are, which family they belong to, and how a reader
//! decides whether one opens or closes a quotation.

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::value;
use std::fmt;

use nom::{IResult, Parser};
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The pair of marks that delimits a quotation. It prints (and serializes) in snake case:
/// `curly`, `curly_single`, `straight`.
///
/// ```
/// use quote_attribution::Marks;
/// assert_eq!(Marks::Curly.open(), "“");
/// assert_eq!(Marks::CurlySingle.as_str(), "curly_single");
/// assert_eq!(Marks::Guillemets.to_string(), "guillemets");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Marks {
    /// “…” (English double).
    Curly,
    /// ‘…’ (English single).
    CurlySingle,
    /// "…" (straight double).
    Straight,
    /// '…' (straight single).
    StraightSingle,
    /// «…» (guillemets).
    Guillemets,
    /// ‹…› (single guillemets).
    SingleGuillemets,
    /// „…“ (low-high double, as in German).
    LowHigh,
    /// ‚…‘ (low-high single).
    LowHighSingle,
    /// 「…」 (corner brackets).
    Corner,
    /// 『…』 (white corner brackets).
    WhiteCorner,
    /// ''…'' or ``…'' (doubled apostrophes or backticks, as typewritten news and TeX write
    /// double quotes).
    Apostrophes,
}

impl Marks {
    /// The style's name as it appears in JSON output.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Marks::Curly => "curly",
            Marks::CurlySingle => "curly_single",
            Marks::Straight => "straight",
            Marks::StraightSingle => "straight_single",
            Marks::Guillemets => "guillemets",
            Marks::SingleGuillemets => "single_guillemets",
            Marks::LowHigh => "low_high",
            Marks::LowHighSingle => "low_high_single",
            Marks::Corner => "corner",
            Marks::WhiteCorner => "white_corner",
            Marks::Apostrophes => "apostrophes",
        }
    }

    /// The mark that opens a quotation in this style.
    #[must_use]
    pub fn open(self) -> &'static str {
        match self {
            Marks::Curly => "“",
            Marks::CurlySingle => "‘",
            Marks::Straight => "\"",
            Marks::StraightSingle => "'",
            Marks::Guillemets => "«",
            Marks::SingleGuillemets => "‹",
            Marks::LowHigh => "„",
            Marks::LowHighSingle => "‚",
            Marks::Corner => "「",
            Marks::WhiteCorner => "『",
            Marks::Apostrophes => "''",
        }
    }

    /// Whether this style is a double (primary) style rather than a single (nested) one.
    #[must_use]
    pub fn is_double(self) -> bool {
        self.family().is_primary()
    }

    pub(crate) fn family(self) -> Family {
        match self {
            Marks::Curly | Marks::Straight | Marks::LowHigh | Marks::Apostrophes => Family::Double,
            Marks::CurlySingle | Marks::StraightSingle | Marks::LowHighSingle => Family::Single,
            Marks::Guillemets => Family::Guillemet,
            Marks::SingleGuillemets => Family::SingleGuillemet,
            Marks::Corner => Family::Corner,
            Marks::WhiteCorner => Family::WhiteCorner,
        }
    }
}

impl fmt::Display for Marks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Marks that close each other's quotations belong to one family: `“` may be closed by `”` or by
/// a straight `"`, but never by `’`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
}

impl Family {
    /// Primary families carry speech; the others are nested inside them, and an unclosed one
    /// is an apostrophe more often than a quotation.
    pub(crate) fn is_primary(self) -> bool {
        matches!(self, Family::Double | Family::Guillemet | Family::Corner)
    }
}

/// What a mark can do, before its context is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Only opens (`«`, `„`, `「`).
    Open,
    /// Only closes (`»`, `」`).
    Close,
    /// Opens, or closes a low-opened quotation (`“` closes `„…“`, `‘` closes `‚…‘`).
    OpenOrCloseLow,
    /// Closes, or is an apostrophe (`”`, `’`).
    CloseOrApostrophe,
    /// Straight marks: the context decides.
    Straight,
}

/// One quotation mark found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mark {
    pub(crate) style: Marks,
    pub(crate) role: Role,
    /// Its length in bytes.
    pub(crate) len: usize,
}

const fn mark(style: Marks, role: Role, len: usize) -> Mark {
    Mark { style, role, len }
}

/// Recognises the quotation mark at the start of `input`, if there is one.
pub(crate) fn parse_mark(input: &str) -> IResult<&str, Mark> {
    // Dispatch on the lead byte: each branch set shares its prefix.
    match input.as_bytes().first() {
        Some(b'"') => {
            value(mark(Marks::Straight, Role::Straight, 1), tag("\"")).parse_complete(input)
        }
        Some(b'\'') => alt((
            value(mark(Marks::Apostrophes, Role::Straight, 2), tag("''")),
            value(mark(Marks::StraightSingle, Role::Straight, 1), tag("'")),
        ))
        .parse_complete(input),
        Some(b'`') => {
            value(mark(Marks::Apostrophes, Role::Open, 2), tag("``")).parse_complete(input)
        }
        Some(0xE2) => alt((
            value(mark(Marks::Curly, Role::OpenOrCloseLow, 3), tag("“")),
            value(mark(Marks::Curly, Role::CloseOrApostrophe, 3), tag("”")),
            value(
                mark(Marks::CurlySingle, Role::CloseOrApostrophe, 3),
                tag("’"),
            ),
            value(mark(Marks::CurlySingle, Role::OpenOrCloseLow, 3), tag("‘")),
            value(mark(Marks::LowHigh, Role::Open, 3), tag("„")),
            value(mark(Marks::LowHighSingle, Role::Open, 3), tag("‚")),
            value(mark(Marks::SingleGuillemets, Role::Open, 3), tag("‹")),
            value(mark(Marks::SingleGuillemets, Role::Close, 3), tag("›")),
        ))
        .parse_complete(input),
        Some(0xC2) => alt((
            value(mark(Marks::Guillemets, Role::Open, 2), tag("«")),
            value(mark(Marks::Guillemets, Role::Close, 2), tag("»")),
        ))
        .parse_complete(input),
        Some(0xE3) => alt((
            value(mark(Marks::Corner, Role::Open, 3), tag("「")),
            value(mark(Marks::Corner, Role::Close, 3), tag("」")),
            value(mark(Marks::WhiteCorner, Role::Open, 3), tag("『")),
            value(mark(Marks::WhiteCorner, Role::Close, 3), tag("』")),
        ))
        .parse_complete(input),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Char,
        ))),
    }
}

/// Whether the byte can start a quotation mark or a line break: the scanner looks only at these.
#[cfg(test)]
pub(crate) const fn is_candidate(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'`' | 0xE2 | 0xC2 | 0xE3 | b'\n' | b'\r')
}

/// Whether `c` is an invisible format character (a zero-width space, a bidirectional mark, a
/// word joiner, a byte-order mark): the scanner and the tokenizer read it as space.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

/// A quotation's words without the marks and spaces that close it: where its last
/// punctuation is read (`“No,”` ends in a comma).
pub(crate) fn words_end(quote: &str) -> &str {
    quote.trim_end_matches(|c: char| is_mark_char(c) || c.is_whitespace())
}

/// Whether `c` is a quotation-mark character (so that `“‘` reads as two openers).
pub(crate) fn is_mark_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '„'
            | '‚'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

/// How the characters on each side of a mark let it act, as a reader judges: a mark with a
/// space before and a word after opens; one with a word before and a space or punctuation after
/// closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Flanks {
    pub(crate) can_open: bool,
    pub(crate) can_close: bool,
    /// A letter or digit on both sides: `don't`, `O’Brien`.
    pub(crate) inside_word: bool,
}

pub(crate) fn flanks(before: Option<char>, after: Option<char>) -> Flanks {
    // Invisible format characters (bidi marks, zero-width spaces, byte-order marks) count as
    // space.
    let space = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || is_invisible(c));
    // Sentence punctuation before a mark lets it close whatever follows (`."We`), and open
    // when nothing is open.
    let after_sentence = |c: char| matches!(c, '.' | '?' | '!' | ',' | ';');
    let opens_after = |c: char| {
        matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '>' | '…') || is_mark_char(c)
    };
    let closes_before = |c: char| {
        matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | ')'
                | ']'
                | '}'
                | '—'
                | '–'
                | '-'
                | '/'
                | '<'
                | '…'
                | '*'
        ) || is_mark_char(c)
    };
    // A mark before `>` ends a markup attribute (`date="…">`): it never opens.
    let can_open = !space(after)
        && after != Some('>')
        && (space(before) || before.is_some_and(|c| opens_after(c) || after_sentence(c)));
    let can_close = !space(before)
        && (space(after) || after.is_some_and(closes_before) || before.is_some_and(after_sentence));
    let inside_word =
        before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric);
    Flanks {
        can_open,
        can_close,
        inside_word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_every_mark_style() {
        for (s, style) in [
            ("“", Marks::Curly),
            ("”", Marks::Curly),
            ("‘", Marks::CurlySingle),
            ("’", Marks::CurlySingle),
            ("\"", Marks::Straight),
            ("'", Marks::StraightSingle),
            ("«", Marks::Guillemets),
            ("»", Marks::Guillemets),
            ("‹", Marks::SingleGuillemets),
            ("›", Marks::SingleGuillemets),
            ("„", Marks::LowHigh),
            ("‚", Marks::LowHighSingle),
            ("「", Marks::Corner),
            ("」", Marks::Corner),
            ("『", Marks::WhiteCorner),
            ("』", Marks::WhiteCorner),
            ("''", Marks::Apostrophes),
            ("``", Marks::Apostrophes),
        ] {
            let (rest, m) = parse_mark(s).expect(s);
            assert_eq!(rest, "");
            assert_eq!(m.style, style, "{s}");
            assert_eq!(m.len, s.len());
        }
    }

    #[test]
    fn rejects_other_characters_with_the_same_lead_byte() {
        for s in ["—", "…", "€", "é", "a", "", "\u{3001}", "`"] {
            assert!(parse_mark(s).is_err(), "{s:?}");
        }
    }

    #[test]
    fn flanks_read_the_neighbours() {
        let f = flanks(Some(' '), Some('W'));
        assert!(f.can_open && !f.can_close);
        let f = flanks(Some(','), Some(' '));
        assert!(!f.can_open && f.can_close);
        let f = flanks(Some('n'), Some('t'));
        assert!(f.inside_word && !f.can_open && !f.can_close);
        let f = flanks(None, Some('A'));
        assert!(f.can_open);
        let f = flanks(Some('.'), None);
        assert!(f.can_close);
        let f = flanks(Some('—'), Some('M'));
        assert!(f.can_open);
        // `authorities."We`: both, and the stack decides.
        let f = flanks(Some('.'), Some('W'));
        assert!(f.can_open && f.can_close);
        let f = flanks(Some('\u{202a}'), Some('T'));
        assert!(f.can_open && !f.can_close);
        // The end of a markup attribute, and a quotation right after a tag.
        let f = flanks(Some(' '), Some('>'));
        assert!(!f.can_open);
        let f = flanks(Some('>'), Some('H'));
        assert!(f.can_open);
    }
}
