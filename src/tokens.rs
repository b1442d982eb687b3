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

use crate::lexicon::{Class, Classifier, Lexicon};
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
    Quote(usize),
    /// A paragraph break.
    Break,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) span: Span,
    pub(crate) kind: Kind,
    /// What the lexicons say of a word; empty for other tokens.
    pub(crate) class: Class,
}

impl Token {
    pub(crate) fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub(crate) fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&')
}

/// A word: letters and digits, joined by apostrophes, hyphens or periods with a letter or digit
/// on both sides.
fn word(input: &str) -> IResult<&str, &str> {
    if let Some(end) = ascii_word(input.as_bytes()) {
        return Ok((&input[end..], &input[..end]));
    }
    any_word(input)
}

/// [`word`] for any text, a character at a time.
fn any_word(input: &str) -> IResult<&str, &str> {
    recognize(pair(
        take_while1(is_word_char),
        many0_count(pair(satisfy(is_joiner), take_while1(is_word_char))),
    ))
    .parse_complete(input)
}

/// The length of the word at the start of `bytes` when it and the byte after it are ASCII (most
/// words): the same word [`word`] reads, found a byte at a time. `None` sends anything else to
/// the full parser.
fn ascii_word(bytes: &[u8]) -> Option<usize> {
    let mut end = 0;
    loop {
        let run = bytes[end..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if run == 0 {
            return None;
        }
        end += run;
        match bytes.get(end) {
            Some(&b) if !b.is_ascii() => return None,
            Some(b'\'' | b'-' | b'.' | b'&') => match bytes.get(end + 1) {
                Some(n) if n.is_ascii_alphanumeric() => end += 1,
                Some(n) if !n.is_ascii() => return None,
                _ => return Some(end),
            },
            _ => return Some(end),
        }
    }
}

/// Tokenizes `text`, putting a [`Kind::Quote`] token in place of each of `quotes` (which are in
/// order and do not overlap) and a [`Kind::Break`] token for each run of line breaks, and
/// classifies each word with `lex`.
pub(crate) fn tokenize(text: &str, quotes: &[Span], lex: &Lexicon, out: &mut Vec<Token>) {
    out.clear();
    let mut lex = Classifier::new(lex);
    let lex = &mut lex;
    let mut pos = 0;
    for (i, q) in quotes.iter().enumerate() {
        if q.start < pos || q.end > text.len() {
            continue;
        }
        segment(text, pos, q.start, lex, out);
        out.push(Token {
            span: *q,
            kind: Kind::Quote(i),
            class: Class::default(),
        });
        pos = q.end;
    }
    segment(text, pos, text.len(), lex, out);
}

/// Tokenizes `text[from..to]`.
fn segment(text: &str, from: usize, to: usize, lex: &mut Classifier<'_>, out: &mut Vec<Token>) {
    let Some(slice) = text.get(from..to) else {
        return;
    };
    let mut rest = slice;
    while !rest.is_empty() {
        let at = from + (slice.len() - rest.len());
        // Most gaps are one or a few ASCII spaces before a word: skip them a byte at a time.
        let spaces = rest.bytes().take_while(|&b| b == b' ').count();
        let trimmed = if rest
            .as_bytes()
            .get(spaces)
            .is_some_and(|b| b.is_ascii_graphic())
        {
            &rest[spaces..]
        } else {
            rest.trim_start_matches(|c: char| c.is_whitespace() || is_invisible(c))
        };
        if trimmed.len() != rest.len() {
            let gap = &rest[..rest.len() - trimmed.len()];
            if gap.contains(['\n', '\r', '\u{2028}', '\u{2029}'])
                && out.last().is_some_and(|t| t.kind != Kind::Break)
            {
                out.push(Token {
                    span: Span::new(at, at + gap.len()),
                    kind: Kind::Break,
                    class: Class::default(),
                });
            }
            rest = trimmed;
            continue;
        }
        if let Ok((after, w)) = word(rest) {
            out.push(Token {
                span: Span::new(at, at + w.len()),
                kind: Kind::Word,
                class: lex.classify(w),
            });
            rest = after;
        } else if let Some(c) = rest.chars().next() {
            out.push(Token {
                span: Span::new(at, at + c.len_utf8()),
                kind: Kind::Punct(c),
                class: Class::default(),
            });
            rest = &rest[c.len_utf8()..];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        tokenize(text, &[], &crate::lexicon::DEFAULT, &mut out);
        out.iter()
            .map(|t| match t.kind {
                Kind::Break => "¶".to_string(),
                _ => text[t.span.range()].to_string(),
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
        tokenize(text, &[q], &crate::lexicon::DEFAULT, &mut out);
        let kinds: Vec<Kind> = out.iter().map(|t| t.kind).collect();
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
        ] {
            let fast = ascii_word(text.as_bytes()).map(|e| &text[..e]);
            let full = any_word(text).map(|(_, w)| w).ok();
            if let Some(f) = fast {
                assert_eq!(Some(f), full, "{text}");
            }
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
