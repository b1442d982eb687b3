//! The crate's one error type.

use thiserror::Error;

/// What can go wrong when building an attributor or analysing a text.
///
/// Every variant says where: a byte offset, a length and its limit, or a lexicon's line. A
/// quotation over the quotation limit is not an error (see
/// [`Article::skipped`](crate::Article::skipped)).
///
/// ```
/// use quote_attribution::{Attributor, Error};
///
/// let attributor = Attributor::builder().max_document_len(10).build()?;
/// match attributor.attribute("“Far too long,” she said.") {
///     Err(Error::DocumentTooLarge { len, max }) => assert_eq!((len, max), (29, 10)),
///     other => panic!("expected a length error, got {other:?}"),
/// }
/// let err = Attributor::new().attribute_bytes(b"ok \xff").unwrap_err();
/// assert_eq!(err.to_string(), "invalid UTF-8 at byte offset 3");
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes given to [`Attributor::attribute_bytes`](crate::Attributor::attribute_bytes)
    /// are not UTF-8.
    #[error("invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 {
        /// The offset of the first byte that is not valid UTF-8.
        offset: usize,
    },
    /// The document is longer than the attributor's limit.
    #[error("document of {len} bytes exceeds the limit of {max} bytes")]
    DocumentTooLarge {
        /// The document's length in bytes.
        len: usize,
        /// The configured limit.
        max: usize,
    },
    /// A lexicon entry given to the builder is malformed.
    #[error("{file}, line {line}: {reason}")]
    Lexicon {
        /// The name the lexicon was given.
        file: String,
        /// The 1-based line of the bad entry.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// A known speaker given to the builder is malformed.
    #[error("known speaker {name:?}: {reason}")]
    Speaker {
        /// The speaker's name as given.
        name: String,
        /// What is wrong with it.
        reason: String,
    },
}
