//! The tokenizer: the narrative around the quotations as words and punctuation, with one token
//! standing for each quotation and one for each paragraph break.
//!
//! Words keep their inner apostrophes, hyphens and periods (`don’t`, `O’Rourke`, `U.S`,
//! `Mar-a-Lago`); a period that ends a word is a separate token, so `Mr.` is `Mr` and `.`.

use nom::bytes::complete::take_while1;
use nom::character::complete::satisfy;
use nom::combinator::recognize;
use nom::multi::many0_count;
use nom::sequence::pair;
use nom::{IResult, Parser};

use crate::layout::Layout;
use crate::lexicon::{Class, Classifier, Lexicon, with_classifier};
use crate::marks::is_invisible;
use crate::result::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters or digits.
    Word,
    /// One punctuation or symbol character.
    Punct(char),
    /// The quotation with this index in the scanner's output.
    Quote(u32),
    /// A paragraph break.
    Break,
}

/// A token: 16 bytes, since every rule walks them and a long text holds one for every five or
/// six of its bytes. Offsets are `u32`: the attributor takes no text of 4 GiB or more. What
/// the token is and what the lexicons say of a word share one field: [`Token::kind`] and
/// [`Token::class`] read them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    start: u32,
    end: u32,
    /// A word's class flags, a punctuation token's character, a quotation token's index.
    value: u32,
    /// The rest of a word's class ([`Class::parts`]); 0 for other tokens.
    more: u16,
    tag: Tag,
}

/// Which [`Kind`] a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Word,
    Punct,
    Quote,
    Break,
}

/// An offset or index into a document as a `u32`: documents are under 4 GiB
/// ([`crate::MAX_DOCUMENT_LEN`]), so this never saturates for the attributor's input.
pub(crate) fn narrow(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

impl Token {
    /// A token of `kind`; `class` is kept for words only.
    fn new(span: Span, kind: Kind, class: Class) -> Token {
        let (tag, value, more) = match kind {
            Kind::Word => {
                let (flags, more) = class.parts();
                (Tag::Word, flags, more)
            }
            Kind::Punct(c) => (Tag::Punct, u32::from(c), 0),
            Kind::Quote(i) => (Tag::Quote, i, 0),
            Kind::Break => (Tag::Break, 0, 0),
        };
        Token {
            start: narrow(span.start),
            end: narrow(span.end),
            value,
            more,
            tag,
        }
    }

    /// A word token: [`Token::new`] for [`Kind::Word`].
    fn word(span: Span, class: Class) -> Token {
        let (value, more) = class.parts();
        Token {
            start: narrow(span.start),
            end: narrow(span.end),
            value,
            more,
            tag: Tag::Word,
        }
    }

    /// The token's bytes in the text.
    pub(crate) fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// What the token is.
    pub(crate) fn kind(&self) -> Kind {
        match self.tag {
            Tag::Word => Kind::Word,
            Tag::Punct => Kind::Punct(char::from_u32(self.value).unwrap_or('\u{fffd}')),
            Tag::Quote => Kind::Quote(self.value),
            Tag::Break => Kind::Break,
        }
    }

    /// What the lexicons say of a word; empty for other tokens.
    pub(crate) fn class(&self) -> Class {
        match self.tag {
            Tag::Word => Class::from_parts(self.value, self.more),
            _ => Class::default(),
        }
    }

    pub(crate) fn is_word(&self) -> bool {
        self.tag == Tag::Word
    }

    pub(crate) fn is_punct(&self, c: char) -> bool {
        self.tag == Tag::Punct && self.value == u32::from(c)
    }

    /// Whether the token is a paragraph break: [`Token::kind`] without building the kind.
    pub(crate) fn is_break(&self) -> bool {
        self.tag == Tag::Break
    }
}

fn is_word_char(c: char) -> bool {
    // General punctuation (U+2000 to U+206F: spaces, dashes, curly quotes) holds no letter or
    // digit, and asking Unicode's tables costs hundreds of instructions a character.
    c.is_ascii_alphanumeric()
        || (!c.is_ascii() && !matches!(c, '\u{2000}'..='\u{206f}') && c.is_alphanumeric())
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&')
}

/// A word: letters and digits, joined by apostrophes, hyphens or periods with a letter or digit
/// on both sides; for any text, a character at a time. [`ascii_word`] reads the same words
/// faster where they are ASCII.
fn any_word(input: &str) -> IResult<&str, &str> {
    recognize(pair(
        take_while1(is_word_char),
        many0_count(pair(satisfy(is_joiner), take_while1(is_word_char))),
    ))
    .parse_complete(input)
}

/// The length of the run of ASCII letters and digits at `at` in `bytes`, eight bytes at a time.
fn alnum_run(bytes: &[u8], mut at: usize) -> usize {
    use crate::swar::{HIGH, LOW, in_range};
    let start = at;
    while let Some(chunk) = bytes
        .get(at..at + 8)
        .and_then(|c| <[u8; 8]>::try_from(c).ok())
    {
        let x = u64::from_le_bytes(chunk);
        // The bytes' high bits cleared first, then each tested; a byte outside ASCII is no
        // letter whatever its low bits.
        let x7 = x & !HIGH;
        let digit = in_range(x7, b'0', b'9');
        let letter = in_range(x7 | (LOW * 0x20), b'a', b'z');
        let word = (digit | letter) & !x & HIGH;
        let stop = !word & HIGH;
        if stop != 0 {
            return at + (stop.trailing_zeros() / 8) as usize - start;
        }
        at += 8;
    }
    while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
        at += 1;
    }
    at - start
}

/// The curly apostrophe in UTF-8: the one joiner outside ASCII that news writes often
/// (`Trump’s`, `don’t`).
const CURLY_APOSTROPHE: &[u8] = "’".as_bytes();

/// The length of the word at the start of `bytes` when it is ASCII letters and digits joined by
/// ASCII joiners or curly apostrophes, and the byte after it is ASCII (most words): the same
/// word [`any_word`] reads, found without the parser. `None` sends anything else to the full
/// parser.
fn ascii_word(bytes: &[u8]) -> Option<usize> {
    let mut end = 0;
    loop {
        let run = alnum_run(bytes, end);
        if run == 0 {
            return None;
        }
        end += run;
        let joiner = match bytes.get(end) {
            Some(b'\'' | b'-' | b'.' | b'&') => 1,
            // Most words end at a space or a mark: the curly apostrophe's lead byte first.
            Some(0xE2) if bytes[end..].starts_with(CURLY_APOSTROPHE) => CURLY_APOSTROPHE.len(),
            Some(&b) if !b.is_ascii() => return None,
            _ => return Some(end),
        };
        // A joiner joins only with a letter or digit after it.
        match bytes.get(end + joiner) {
            Some(n) if n.is_ascii_alphanumeric() => end += joiner,
            Some(n) if !n.is_ascii() => return None,
            _ => return Some(end),
        }
    }
}

/// Tokenizes `text`, putting a [`Kind::Quote`] token in place of each of `quotes` (which are in
/// order and do not overlap) and a [`Kind::Break`] token for each run of line breaks, and
/// classifies each word with `lex`.
#[cfg(test)]
pub(crate) fn tokenize(
    text: &str,
    quotes: impl IntoIterator<Item = Span>,
    lex: &Lexicon,
    out: &mut Vec<Token>,
) {
    tokenize_as(text, Layout::Lines, quotes, lex, out);
}

/// [`tokenize`] for a text of the given layout: in wrapped text a single line break is a
/// space, not a paragraph break.
pub(crate) fn tokenize_as(
    text: &str,
    layout: Layout,
    quotes: impl IntoIterator<Item = Span>,
    lex: &Lexicon,
    out: &mut Vec<Token>,
) {
    out.clear();
    let mut quotes = quotes.into_iter();
    with_classifier(|cache| {
        let mut pos = 0;
        for (i, q) in quotes.by_ref().enumerate() {
            if q.start < pos || q.end > text.len() {
                continue;
            }
            segment(text, pos, q.start, layout, lex, cache, out);
            out.push(Token::new(q, Kind::Quote(narrow(i)), Class::default()));
            pos = q.end;
        }
        segment(text, pos, text.len(), layout, lex, cache, out);
    });
}

/// Tokenizes `text[from..to]`: through ASCII by bytes (words eight bytes at a time), elsewhere
/// a character at a time.
fn segment(
    text: &str,
    from: usize,
    to: usize,
    layout: Layout,
    lex: &Lexicon,
    cache: &mut Classifier,
    out: &mut Vec<Token>,
) {
    let Some(slice) = text.get(from..to) else {
        return;
    };
    let bytes = slice.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Most gaps are one space before a word or a mark.
        if b == b' ' && bytes.get(i + 1).is_some_and(u8::is_ascii_graphic) {
            i += 1;
            continue;
        }
        let at = from + i;
        // Most tokens are words that start with an ASCII letter or digit: read, classified and
        // pushed here, with the one space after them.
        if b.is_ascii_alphanumeric() {
            let len = ascii_word(&bytes[i..])
                .or_else(|| word_len(slice, i))
                .unwrap_or(1);
            let class = cache.classify(lex, text, at, at + len);
            out.push(Token::word(Span::new(at, at + len), class));
            i += len;
            if bytes.get(i) == Some(&b' ') && bytes.get(i + 1).is_some_and(u8::is_ascii_graphic) {
                i += 1;
            }
            continue;
        }
        let (len, kind) = if b.is_ascii() {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                i = gap(slice, i, at, layout, out);
                continue;
            }
            (1, Kind::Punct(char::from(b)))
        } else {
            let Some(c) = slice.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            if c.is_whitespace() || is_invisible(c) {
                i = gap(slice, i, at, layout, out);
                continue;
            }
            match word_len(slice, i) {
                Some(len) => (len, Kind::Word),
                None => (c.len_utf8(), Kind::Punct(c)),
            }
        };
        let class = if kind == Kind::Word {
            cache.classify(lex, text, at, at + len)
        } else {
            Class::default()
        };
        out.push(Token::new(Span::new(at, at + len), kind, class));
        i += len;
    }
}

/// The length of the word starting at byte `i` of `slice`, if one does, read by the full parser
/// (the ASCII path has been tried).
fn word_len(slice: &str, i: usize) -> Option<usize> {
    let rest = slice.get(i..)?;
    any_word(rest).ok().map(|(_, w)| w.len())
}

/// Skips the run of white space and invisible characters starting at byte `i` of `slice`
/// (which is at `at` in the text), pushing a [`Kind::Break`] token for it when it holds a line
/// break and does not open the text or follow another break. Returns where the run ends.
fn gap(slice: &str, mut i: usize, at: usize, layout: Layout, out: &mut Vec<Token>) -> usize {
    let start = i;
    let bytes = slice.as_bytes();
    // How many line breaks the run holds (CRLF is one); a separator character counts as a
    // blank line.
    let mut lines = 0usize;
    loop {
        match bytes.get(i) {
            Some(b' ' | b'\t' | 0x0b | 0x0c) => i += 1,
            Some(b'\r') if bytes.get(i + 1) == Some(&b'\n') => {
                lines += 1;
                i += 2;
            }
            Some(b'\n' | b'\r') => {
                lines += 1;
                i += 1;
            }
            Some(&b) if !b.is_ascii() => match slice.get(i..).and_then(|r| r.chars().next()) {
                Some(c) if c.is_whitespace() || is_invisible(c) => {
                    if matches!(c, '\u{2028}' | '\u{2029}') {
                        lines += 2;
                    }
                    i += c.len_utf8();
                }
                _ => break,
            },
            _ => break,
        }
    }
    // In wrapped text, one line break between two lines of text is a space.
    let line = match layout {
        Layout::Lines => lines > 0,
        Layout::Wrapped => lines > 1,
    };
    if line && out.last().is_some_and(|t| !t.is_break()) {
        out.push(Token::new(
            Span::new(at, at + (i - start)),
            Kind::Break,
            Class::default(),
        ));
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_sixteen_bytes() {
        assert_eq!(std::mem::size_of::<Token>(), 16);
    }

    #[test]
    fn a_token_keeps_its_kind_and_class() {
        let class = crate::lexicon::DEFAULT.classify("She");
        for kind in [
            Kind::Word,
            Kind::Punct('—'),
            Kind::Quote(u32::MAX),
            Kind::Break,
        ] {
            let t = Token::new(Span::new(3, 9), kind, class);
            assert_eq!((t.kind(), t.span()), (kind, Span::new(3, 9)));
            let expected = if kind == Kind::Word {
                class
            } else {
                Class::default()
            };
            assert_eq!(t.class(), expected);
        }
    }

    fn words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        tokenize(text, [], &crate::lexicon::DEFAULT, &mut out);
        out.iter()
            .map(|t| match t.kind() {
                Kind::Break => "¶".to_string(),
                _ => text[t.span().range()].to_string(),
            })
            .collect()
    }

    #[test]
    fn words_keep_inner_joiners() {
        assert_eq!(
            words("Mr. O’Rourke’s U.S. trip, Mar-a-Lago; don't."),
            vec![
                "Mr",
                ".",
                "O’Rourke’s",
                "U.S",
                ".",
                "trip",
                ",",
                "Mar-a-Lago",
                ";",
                "don't",
                "."
            ]
        );
    }

    #[test]
    fn breaks_and_quotes_become_tokens() {
        let text = "He said “yes.”\n\nThen left.";
        let q = Span::new(8, 8 + "“yes.”".len());
        let mut out = Vec::new();
        tokenize(text, [q], &crate::lexicon::DEFAULT, &mut out);
        let kinds: Vec<Kind> = out.iter().map(|t| t.kind()).collect();
        assert_eq!(
            kinds,
            vec![
                Kind::Word,
                Kind::Word,
                Kind::Quote(0),
                Kind::Break,
                Kind::Word,
                Kind::Word,
                Kind::Punct('.')
            ]
        );
    }

    #[test]
    fn the_ascii_path_reads_what_the_parser_reads() {
        for text in [
            "don't",
            "U.S.",
            "Mar-a-Lago",
            "a-",
            "x&y",
            "end.",
            "café",
            "it’s",
            "b2b",
            "x'é",
            "Trump’s",
            "don’t know",
            "students’ votes",
            "rock ’n’ roll",
            "O’Brien’s",
            "it’sé",
            "it’’s",
            "x’",
        ] {
            let fast = ascii_word(text.as_bytes()).map(|e| &text[..e]);
            let full = any_word(text).map(|(_, w)| w).ok();
            if let Some(f) = fast {
                assert_eq!(Some(f), full, "{text}");
            }
        }
        // Words with curly apostrophes take the fast path too.
        for word in ["Trump’s", "don’t", "O’Brien’s"] {
            assert_eq!(ascii_word(word.as_bytes()), Some(word.len()), "{word}");
        }
    }

    #[test]
    fn alnum_runs_are_read_eight_bytes_at_a_time_as_one_at_a_time() {
        let one_at_a_time = |b: &[u8], at: usize| {
            b[at..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count()
        };
        let mut texts: Vec<Vec<u8>> = vec![
            b"abcdefghijklmnopqrstuvwxyz0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ".to_vec(),
            "caf\u{e9} na\u{ef}ve \u{201c}x\u{201d}".as_bytes().to_vec(),
        ];
        // Every byte value, at every position of a chunk and after runs of every length.
        for b in 0..=255u8 {
            for run in 0..10 {
                let mut t = vec![b'a'; run];
                t.push(b);
                t.extend_from_slice(b"zzzzzzzzz");
                texts.push(t);
            }
        }
        for t in &texts {
            for at in 0..t.len() {
                assert_eq!(alnum_run(t, at), one_at_a_time(t, at), "{t:?} at {at}");
            }
        }
    }

    #[test]
    fn word_characters_are_the_alphanumeric_ones() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn invisible_characters_are_space() {
        assert_eq!(
            words("\u{feff}she\u{200b} said\u{2060}."),
            vec!["she", "said", "."]
        );
    }

    #[test]
    fn a_trailing_joiner_is_not_part_of_the_word() {
        assert_eq!(words("students' votes"), vec!["students", "'", "votes"]);
        assert_eq!(words("end-"), vec!["end", "-"]);
    }
}
