//! Byte spans of the text: [`Span`], and a quotation's paragraph [`Piece`]s.

use super::*;

spanned!(Piece, "the piece");

/// A byte range of the analysed text, end-exclusive: `&text[span.range()]`.
///
/// ```
/// use quote_attribution::Span;
///
/// let text = "“Yes,” she said.";
/// let span = Span::new(0, 10);
/// assert_eq!(&text[span.range()], "“Yes,”");
/// assert_eq!((span.start(), span.end(), span.len()), (0, 10, 10));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Span {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The first byte.
    #[must_use]
    pub const fn start(self) -> usize {
        self.start
    }

    /// One past the last byte.
    #[must_use]
    pub const fn end(self) -> usize {
        self.end
    }

    /// The span as a range, to slice the text with.
    #[must_use]
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The span itself, so that a `Span` reads as every other span-like type does.
    #[must_use]
    pub const fn span(self) -> Span {
        self
    }

    /// Its length in bytes.
    #[must_use]
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether it covers no bytes.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies within this span.
    #[must_use]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A quotation's paragraph pieces, in order: one, or several for a quotation continued over
/// paragraphs. It reads as a slice (`quote.pieces[0]`, `quote.pieces.iter()`) and serializes as
/// a list; the one piece of most quotations is stored inline, without an allocation.
///
/// ```
/// use quote_attribution::Attributor;
///
/// let text = "“The first paragraph.\n\n“And the second,” she said.";
/// let article = Attributor::new().attribute(text)?;
/// let pieces = &article.quotes()[0].pieces;
/// assert_eq!(pieces.len(), 2);
/// assert!(pieces[0].unclosed && !pieces[1].unclosed);
/// assert_eq!(&text[pieces[1].range()], "“And the second,”");
/// # Ok::<(), quote_attribution::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Pieces(SmallVec<[Piece; 1]>);

impl Pieces {
    /// One piece.
    pub(crate) fn one(piece: Piece) -> Pieces {
        Pieces(smallvec::smallvec![piece])
    }

    /// Moves every piece `by` bytes on: pieces found in a part of the text that starts there.
    pub(crate) fn shift(&mut self, by: usize) {
        for p in &mut self.0 {
            p.start += by;
            p.end += by;
        }
    }
}

impl Deref for Pieces {
    type Target = [Piece];

    fn deref(&self) -> &[Piece] {
        &self.0
    }
}

impl From<Vec<Piece>> for Pieces {
    fn from(pieces: Vec<Piece>) -> Pieces {
        Pieces(SmallVec::from_vec(pieces))
    }
}

impl<'a> IntoIterator for &'a Pieces {
    type Item = &'a Piece;
    type IntoIter = std::slice::Iter<'a, Piece>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// One paragraph's part of a quotation, marks included. A quotation that runs over several
/// paragraphs in the news style has one piece per paragraph; [`Quote::contents`] gives each
/// piece's words without its marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Piece {
    /// The first byte: the opening mark.
    pub start: usize,
    /// One past the last byte: the closing mark, or the paragraph's last non-space character.
    pub end: usize,
    /// The paragraph ended before a closing mark.
    pub unclosed: bool,
}

impl Piece {
    /// Whether the paragraph ended before a closing mark.
    #[must_use]
    pub fn is_unclosed(&self) -> bool {
        self.unclosed
    }
}
