//! Finds quoted speech in news text and says who said it.
//!
//! An [`Attributor`] reads an article and returns an [`Article`]: every quotation as a
//! [`Quote`] (its byte span, its [`QuoteKind`] — a direct quotation, a partial one inside the
//! narrator's sentence, or a non-speech term — its [`Marks`], and its paragraph pieces), and for
//! each speech quotation the [`Mention`] that names its speaker, the [`Cue`] that signals it,
//! the [`Rule`] that decided and a confidence; and the article's [`Speaker`]s, each a canonical
//! person (`he` → Donald Trump, `Cha` → Victor Cha) with all of its mentions. Reported speech,
//! without quotation marks (`Trump said he was in no rush`), is a [`Statement`] of the same
//! speakers; [`Article::said_by`] gives everything one speaker said, as [`Utterance`]s in text
//! order.
//!
//! ```
//! use quote_attribution::{Attributor, QuoteKind, Rule};
//!
//! let text = "President Donald Trump met Victor Cha.\n\n\
//!             “We’ll see,” Trump said. “Nobody knows.”\n\n\
//!             “It is a start,” said Cha, a veteran adviser.";
//! let article = Attributor::new().attribute(text)?;
//!
//! let quotes = article.quotes();
//! assert_eq!(quotes.len(), 3);
//! assert_eq!(quotes[0].as_str(), "“We’ll see,”");
//! assert_eq!(quotes[0].kind(), QuoteKind::Direct);
//! assert_eq!(article.speaker_of(&quotes[0]).map(|s| s.name()), Some("Donald Trump"));
//! assert_eq!(quotes[1].rule(), Some(Rule::Continuation));
//! assert_eq!(article.speaker_of(&quotes[2]).map(|s| s.name()), Some("Victor Cha"));
//! assert_eq!(&text[quotes[2].range()], "“It is a start,”");
//! # Ok::<(), quote_attribution::Error>(())
//! ```
//!
//! # How it works
//! Data flows one way through small modules: the layout of the document is read once (`layout`:
//! a paragraph a line, or hard-wrapped lines between blank lines); the scanner pairs quotation
//! marks into quotations (`scanner`, with the marks themselves in `marks`); the tokenizer reads the narrative around
//! them (`tokens`, `sentences`); the classifier gives each quotation its kind (`classify`); the
//! mention finder and the cue lexicon find who could speak and the words that say so (`mentions`,
//! `cues`, `lexicon`); the rules attribute each quotation and find reported statements (`attribution`), and the linker joins
//! the mentions of one person into one speaker (`speakers`). The lexicons are plain text files
//! under `src/data/`.
//!
//! Every scan is bounded (a quotation never looks past its paragraph except by the news
//! convention for quotations over several paragraphs; a rule never looks more than a sentence
//! away), each word is classified by the lexicons once, and the cues and sentence ends of a
//! document are indexed once, so that a quotation's context is a binary search: the time taken
//! grows linearly with the text, however many quotations it holds. For many documents,
//! [`Attributor::attribute_batch`] uses all cores (the `rayon` feature, on by default).
//!
//! # Who said what, as a web page
//! [`HtmlPage`] (or [`write_html`]) writes an article with its text as one self-contained HTML
//! page: the text with each quotation highlighted in its speaker's colour, the details of a
//! quotation on hover, focus or tap, and a legend of the speakers (the `html` feature, on by
//! default; it needs no dependency).

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod attribution;
mod attributor;
mod classify;
mod cues;
mod error;
#[cfg(feature = "html")]
mod html;
mod layout;
mod lexicon;
mod marks;
mod mentions;
mod result;
mod scanner;
mod sentences;
mod speakers;
mod tokens;

pub use crate::attributor::{
    Attributor, AttributorBuilder, DEFAULT_MAX_DOCUMENT_LEN, DEFAULT_MAX_QUOTE_LEN,
    MAX_DOCUMENT_LEN,
};
pub use crate::error::Error;
#[cfg(feature = "html")]
pub use crate::html::{HtmlPage, write_html, write_html_io};
pub use crate::marks::Marks;
pub use crate::result::{
    Article, Attribution, Cue, Mention, MentionKind, Piece, Pieces, Quote, QuoteKind, Rule, Span,
    Speaker, Statement, Utterance,
};

/// The README's examples, run as doc-tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
