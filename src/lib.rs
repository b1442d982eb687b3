//! Finds quoted speech in news text and says who said it.
//!
//! An [`Attributor`] reads an article and returns an [`Article`]: every quotation as a
//! [`Quote`] (its byte span, its [`QuoteKind`] — a direct quotation, a partial one inside the
//! narrator's sentence, or a non-speech term — its [`Marks`], and its paragraph [`Piece`]s), and
//! for each speech quotation the [`Mention`] that names its speaker, the [`Cue`] that signals it,
//! the [`Rule`] that decided and a confidence; the reported statements (speech without marks) as
//! [`Statement`]s; and the article's [`Speaker`]s, each a canonical person (`he` → Donald Trump,
//! `Cha` → Victor Cha) with all of its mentions. [`Article::said_by`] gives everything one
//! speaker said, quoted and reported, as [`Utterance`]s in text order.
//!
//! ```
//! use quote_attribution::{Attributor, QuoteKind, Rule};
//!
//! let text = "President Donald Trump met Victor Cha.\n\n\
//!             “We’ll see,” Trump said. “Nobody knows.”\n\n\
//!             “It is a start,” said Cha, a veteran adviser.";
//! let article = Attributor::new().attribute(text)?;
//!
//! // From what was said to who said it.
//! for quote in article.quotes() {
//!     let speaker = article.speaker_of(quote).map_or("nobody", |s| s.name());
//!     println!("{speaker}: {} ({})", quote.content(), quote.kind());
//! }
//! // From a speaker to what they said, in text order.
//! for speaker in article.speakers() {
//!     let said: Vec<_> = article.said_by(speaker).map(|u| u.content()).collect();
//!     println!("{} said {said:?}", speaker.name());
//! }
//!
//! let quotes = article.quotes();
//! assert_eq!(quotes.len(), 3);
//! assert_eq!(quotes[0].as_str(), "“We’ll see,”");
//! assert_eq!(quotes[0].content(), "We’ll see,");
//! assert_eq!(quotes[0].kind(), QuoteKind::Direct);
//! assert_eq!(article.speaker_of(&quotes[0]).map(|s| s.name()), Some("Donald Trump"));
//! assert_eq!(quotes[0].cue().map(|c| c.as_str()), Some("said"));
//! assert_eq!(quotes[1].rule(), Some(Rule::Continuation));
//! assert_eq!(article.speaker_of(&quotes[2]).map(|s| s.name()), Some("Victor Cha"));
//! assert_eq!(&text[quotes[2].range()], "“It is a start,”");
//! # Ok::<(), quote_attribution::Error>(())
//! ```
//!
//! Results borrow from the text; [`Article::into_owned`] gives a copy that outlives it. For
//! many documents, [`Attributor::attribute_batch`] attributes a slice of them on all cores, and
//! [`Attributor::attribute_stream`] an iterator of any length, in bounded memory and in input
//! order (both use the `rayon` feature, on by default). With the `serde` feature (on by
//! default) the results serialize to the JSON that the `attribute` example program writes.
//!
//! # How it works
//! Data flows one way. The layout of the document is read once (a paragraph a line, or lines
//! hard-wrapped between blank lines). The scanner pairs quotation marks into quotations, each a [`Quote`] with
//! its [`Marks`] and [`Pieces`], deciding from the characters around a mark whether it opens or
//! closes, as a reader does. The tokenizer then reads the narrative around them as words and
//! punctuation, and the classifier gives each quotation its [`QuoteKind`]. The mention finder and
//! the cue lexicon find the words that could name a speaker (a [`Mention`] of a [`MentionKind`])
//! and the words that say someone spoke (a [`Cue`]). The attribution rules, tried in a fixed
//! order from most to least certain and each recorded as a [`Rule`], give each speech quotation
//! and each reported [`Statement`] its [`Attribution`]; the linker joins the mentions of one
//! person into one [`Speaker`]. The [`Attributor`] runs these steps over each text, configured
//! through an [`AttributorBuilder`]; every failure is an [`Error`]. The lexicons are plain text
//! files under `src/data/`.
//!
//! Every scan is bounded (a quotation never looks past its paragraph except by the news
//! convention for quotations over several paragraphs; a rule never looks more than a sentence
//! away), each word is classified by the lexicons once, and the cues and sentence ends of a
//! document are indexed once, so that a quotation's context is a binary search: the time taken
//! grows linearly with the text, however many quotations it holds.
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
mod stream;
mod swar;
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
    Speaker, SpeakerKey, Statement, Utterance,
};
pub use crate::stream::{DEFAULT_BATCH_BYTES, DEFAULT_BATCH_DOCUMENTS, Stream};

/// The README's examples, run as doc-tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
