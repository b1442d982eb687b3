//! The public result types: quotations, their speakers, and the mentions that name them.
//!
//! Every result borrows its text from the caller's `&str` (as [`Cow::Borrowed`]) and, with the
//! `serde` feature (on by default), serializes; [`Article::into_owned`] gives a `'static` copy
//! that can outlive the text, and the owned form also deserializes.
//!
//! Every span-like type ([`Span`], [`Piece`], [`Mention`], [`Cue`], [`Quote`], [`Statement`],
//! [`Utterance`]) reads the same way: `start()`, `end()`, `range()`, `span()`, and `as_str()`
//! where it holds text; every enum ([`QuoteKind`], [`MentionKind`], [`Rule`], [`Marks`]) has an
//! `as_str()` and a `Display` that spell it as JSON does. The structs and enums that may grow
//! are `#[non_exhaustive]`: read their fields, but build them only through the attributor (or
//! serde).

use std::borrow::Cow;
use std::fmt;
use std::ops::{Deref, Range};

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};
use smallvec::SmallVec;

use crate::marks::{Marks, is_mark_char, parse_mark};

/// The accessors that every span-like result type shares, over its public `start` and `end`
/// fields: `start()`, `end()`, `range()` and `span()`.
macro_rules! spanned {
    ($ty:ty, $what:literal) => {
        impl $ty {
            #[doc = concat!("The first byte of ", $what, ".")]
            #[must_use]
            pub fn start(&self) -> usize {
                self.start
            }

            #[doc = concat!("One past the last byte of ", $what, ".")]
            #[must_use]
            pub fn end(&self) -> usize {
                self.end
            }

            #[doc = concat!("The byte range of ", $what, ": `&text[x.range()]`.")]
            #[must_use]
            pub fn range(&self) -> Range<usize> {
                self.start..self.end
            }

            #[doc = concat!("Where ", $what, " lies, as a [`Span`].")]
            #[must_use]
            pub fn span(&self) -> Span {
                Span::new(self.start, self.end)
            }
        }
    };
}

mod article;
mod attribution;
mod quote;
mod spans;
mod statement;
mod words;

pub use self::article::*;
pub use self::attribution::*;
pub use self::quote::*;
pub use self::spans::*;
pub use self::statement::*;
pub use self::words::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "serde")]
    fn quote(attribution: Option<Attribution<'static>>) -> Quote<'static> {
        Quote {
            start: 0,
            end: 6,
            text: Cow::Borrowed("“Yes,”"),
            kind: QuoteKind::Direct,
            marks: Marks::Curly,
            pieces: Pieces::one(Piece {
                start: 0,
                end: 6,
                unclosed: false,
            }),
            inner: Box::default(),
            unclosed: false,
            attribution: attribution.map(Box::new),
        }
    }

    #[cfg(feature = "serde")]
    #[test]
    fn a_quote_reads_in_json_with_its_attribution_flat() {
        let attributed = quote(Some(Attribution {
            speaker: 0,
            mention: Mention {
                start: 7,
                end: 10,
                text: Cow::Borrowed("she"),
                kind: MentionKind::Pronoun,
            },
            cue: Some(Cue {
                start: 11,
                end: 15,
                text: Cow::Borrowed("said"),
            }),
            confidence: Rule::Adjacent.confidence(),
            rule: Rule::Adjacent,
        }));
        let json: serde_json::Value = serde_json::to_value(&attributed).expect("serializes");
        assert_eq!(json["speaker"], 0);
        assert_eq!(json["mention"]["text"], "she");
        assert_eq!(json["cue"]["end"], 15);
        assert_eq!(json["rule"], "adjacent");
        let back: Quote<'static> = serde_json::from_value(json).expect("deserializes");
        assert_eq!(back, attributed);
        assert_eq!(back.mention().map(Mention::as_str), Some("she"));
        assert_eq!(back.confidence(), Some(0.95));

        let bare = quote(None);
        let json = serde_json::to_value(&bare).expect("serializes");
        for field in ["speaker", "mention", "cue", "confidence", "rule"] {
            assert!(json[field].is_null(), "{field}: {json}");
        }
        let back: Quote<'static> = serde_json::from_value(json).expect("deserializes");
        assert_eq!(back, bare);
        assert_eq!(
            (back.speaker_index(), back.cue(), back.rule()),
            (None, None, None)
        );
    }

    #[cfg(feature = "serde")]
    #[test]
    fn a_partial_attribution_in_json_is_an_error() {
        let mut json = serde_json::to_value(quote(None)).expect("serializes");
        json["speaker"] = 0.into();
        let err = serde_json::from_value::<Quote<'static>>(json).expect_err("no mention");
        assert!(err.to_string().contains("come together"), "{err}");
    }

    /// A text of nothing but quotations needs about one `Quote` a few bytes: keep it small.
    #[cfg(target_pointer_width = "64")]
    #[test]
    fn a_quote_is_small() {
        assert!(std::mem::size_of::<Quote<'_>>() <= 104);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn pieces_read_and_serialize_as_a_list() {
        let a = Piece {
            start: 0,
            end: 5,
            unclosed: true,
        };
        let b = Piece {
            start: 7,
            end: 12,
            unclosed: false,
        };
        assert_eq!(&Pieces::one(a)[..], &[a]);
        let pieces = Pieces::from(vec![a, b]);
        assert_eq!(pieces.len(), 2);
        assert_eq!(pieces.iter().map(|p| p.start).collect::<Vec<_>>(), [0, 7]);
        let json = serde_json::to_string(&pieces).expect("serializes");
        assert_eq!(
            json,
            r#"[{"start":0,"end":5,"unclosed":true},{"start":7,"end":12,"unclosed":false}]"#
        );
        let back: Pieces = serde_json::from_str(&json).expect("deserializes");
        assert_eq!(back, pieces);
        assert!(Pieces::default().is_empty());
    }

    /// A quotation over `pieces` of `text`, each closed unless it is unclosed.
    fn quote_of<'t>(text: &'t str, marks: Marks, pieces: &[(usize, usize, bool)]) -> Quote<'t> {
        let (start, end) = (pieces[0].0, pieces[pieces.len() - 1].1);
        Quote {
            start,
            end,
            text: Cow::Borrowed(&text[start..end]),
            kind: QuoteKind::Direct,
            marks,
            pieces: Pieces::from(
                pieces
                    .iter()
                    .map(|&(start, end, unclosed)| Piece {
                        start,
                        end,
                        unclosed,
                    })
                    .collect::<Vec<_>>(),
            ),
            inner: Box::default(),
            unclosed: pieces[pieces.len() - 1].2,
            attribution: None,
        }
    }

    #[test]
    fn content_is_the_words_without_the_marks_of_every_piece() {
        fn one(text: &str, marks: Marks) -> Quote<'_> {
            quote_of(text, marks, &[(0, text.len(), false)])
        }
        for (text, marks, words) in [
            ("“Yes,”", Marks::Curly, "Yes,"),
            ("\"Yes\"", Marks::Straight, "Yes"),
            ("“Yes\"", Marks::Curly, "Yes"),
            ("''Yes''", Marks::Apostrophes, "Yes"),
            ("``Yes''", Marks::Apostrophes, "Yes"),
            ("«Oui»", Marks::Guillemets, "Oui"),
            ("„Ja“", Marks::LowHigh, "Ja"),
            ("「はい」", Marks::Corner, "はい"),
            ("“”", Marks::Curly, ""),
            ("\"\"", Marks::Straight, ""),
        ] {
            let q = one(text, marks);
            assert_eq!(q.content(), words, "{text}");
            assert!(matches!(q.content(), Cow::Borrowed(_)));
            assert_eq!(q.contents().collect::<Vec<_>>(), [words]);
        }
        // An unclosed piece keeps its last character.
        let text = "“Unclosed.";
        let q = quote_of(text, Marks::Curly, &[(0, text.len(), true)]);
        assert_eq!(q.content(), "Unclosed.");

        // Three paragraphs: each piece without its marks, joined by the text between them.
        let text = "x “One.\n\n“Two.\r\n\r\n“Three,” she said.";
        let at = |s: &str| text.find(s).expect("in the text");
        let q = quote_of(
            text,
            Marks::Curly,
            &[
                (at("“One"), at(".\n") + 1, true),
                (at("“Two"), at(".\r") + 1, true),
                (at("“Three"), at(",”") + ",”".len(), false),
            ],
        );
        assert_eq!(q.content(), "One.\n\nTwo.\r\n\r\nThree,");
        assert_eq!(q.contents().collect::<Vec<_>>(), ["One.", "Two.", "Three,"]);
        let spans: Vec<&str> = q.content_spans().map(|s| &text[s.range()]).collect();
        assert_eq!(spans, ["One.", "Two.", "Three,"]);
    }

    #[test]
    fn enums_print_as_json_spells_them() {
        assert_eq!(Rule::SentenceCue.to_string(), "sentence_cue");
        assert_eq!(QuoteKind::Term.to_string(), "term");
        assert_eq!(MentionKind::Organization.to_string(), "organization");
        assert_eq!(Marks::CurlySingle.to_string(), "curly_single");
    }

    #[cfg(feature = "serde")]
    #[test]
    fn enums_print_as_they_serialize() {
        let json = |v: serde_json::Value| v.as_str().map(str::to_string);
        for rule in [
            Rule::Adjacent,
            Rule::Colon,
            Rule::SentenceCue,
            Rule::SentenceSubject,
            Rule::Possessive,
            Rule::AccordingTo,
            Rule::Continuation,
            Rule::ReportedClause,
            Rule::ReportedObject,
            Rule::ReportedBefore,
            Rule::ReportedParticiple,
        ] {
            assert_eq!(
                json(serde_json::to_value(rule).expect("serializes")),
                Some(rule.to_string())
            );
        }
        for kind in [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Term] {
            assert_eq!(
                json(serde_json::to_value(kind).expect("serializes")),
                Some(kind.to_string())
            );
        }
        for kind in [
            MentionKind::Name,
            MentionKind::Organization,
            MentionKind::Description,
            MentionKind::Pronoun,
        ] {
            assert_eq!(
                json(serde_json::to_value(kind).expect("serializes")),
                Some(kind.to_string())
            );
        }
        for marks in [
            Marks::Curly,
            Marks::CurlySingle,
            Marks::Straight,
            Marks::StraightSingle,
            Marks::Guillemets,
            Marks::SingleGuillemets,
            Marks::LowHigh,
            Marks::LowHighSingle,
            Marks::Corner,
            Marks::WhiteCorner,
            Marks::Apostrophes,
        ] {
            assert_eq!(
                json(serde_json::to_value(marks).expect("serializes")),
                Some(marks.to_string())
            );
        }
    }

    #[test]
    fn a_speaker_is_found_by_index_by_reference_or_by_an_equal_copy() {
        let speaker = |name: &'static str| Speaker {
            name: Cow::Borrowed(name),
            role: None,
            mentions: Vec::new(),
        };
        let speakers = [speaker("A"), speaker("B")];
        assert_eq!(1.index_in(&speakers), Some(1));
        assert_eq!(2.index_in(&speakers), None);
        assert_eq!((&speakers[1]).index_in(&speakers), Some(1));
        let copy = speakers[1].clone();
        assert_eq!((&copy).index_in(&speakers), Some(1));
        assert_eq!((&speaker("C")).index_in(&speakers), None);
    }
}
