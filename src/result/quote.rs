//! Quotations: [`Quote`], its [`QuoteKind`], and how it reads in JSON.

use super::*;

spanned!(Quote<'_>, "the quotation, marks included");

/// What a quotation is. It prints (and serializes) as `direct`, `partial` or `term`.
///
/// ```
/// use quote_attribution::QuoteKind;
///
/// assert_eq!(QuoteKind::Partial.as_str(), "partial");
/// assert_eq!(QuoteKind::Partial.to_string(), "partial");
/// assert!(QuoteKind::Partial.is_speech() && !QuoteKind::Term.is_speech());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// A full utterance: `“We’ll see,” Trump said.`
    Direct,
    /// A fragment of someone's words inside the narrator's sentence:
    /// `Trump pointed to “just my touch, my feel.”`
    Partial,
    /// Quotation marks around a term that is not speech: a scare quote, a name or a title
    /// (`an event held for the “Trumpettes,”`, `“Saturday Night Live”`).
    Term,
}

impl QuoteKind {
    /// Whether the quotation is someone's words (direct or partial).
    #[must_use]
    pub fn is_speech(self) -> bool {
        matches!(self, QuoteKind::Direct | QuoteKind::Partial)
    }

    /// The kind's name as it appears in JSON output.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Term => "term",
        }
    }
}

impl fmt::Display for QuoteKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A quotation found in the text, with its speaker where a rule found one.
///
/// The attribution is boxed because most quotations in a text either have none (terms) or are
/// few: a quotation is 104 bytes, so that a text made of little else (a quotation every few
/// bytes) does not need several times its own size for the result.
///
/// In JSON the attribution's fields stand in the quotation's object (`null` when it has none),
/// and `speaker` is the index of the speaker in [`Article::speakers`].
///
/// ```
/// use quote_attribution::{Attributor, QuoteKind, Rule};
///
/// let text = "“We’ll see,” Trump said.";
/// let article = Attributor::new().attribute(text)?;
/// let quote = &article.quotes()[0];
/// assert_eq!(quote.as_str(), "“We’ll see,”");
/// assert_eq!(quote.content(), "We’ll see,");
/// assert_eq!(&text[quote.range()], quote.as_str());
/// assert_eq!(quote.kind(), QuoteKind::Direct);
/// assert_eq!(article.speaker_of(quote).map(|s| s.name()), Some("Trump"));
/// assert_eq!(quote.mention().map(|m| m.as_str()), Some("Trump"));
/// assert_eq!(quote.cue().map(|c| c.as_str()), Some("said"));
/// assert_eq!(quote.rule(), Some(Rule::Adjacent));
/// # Ok::<(), quote_attribution::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Quote<'t> {
    /// The first byte: the opening mark.
    pub start: usize,
    /// One past the last byte: the closing mark, or the end of the last paragraph's text for an
    /// unclosed quotation.
    pub end: usize,
    /// The quotation, marks included.
    pub text: Cow<'t, str>,
    /// Direct, partial, or a non-speech term.
    pub kind: QuoteKind,
    /// The style of quotation marks.
    pub marks: Marks,
    /// The paragraph pieces: one, or several for a quotation over several paragraphs.
    pub pieces: Pieces,
    /// Quotations nested inside this one.
    pub inner: Box<[Span]>,
    /// The last paragraph ended before a closing mark.
    pub unclosed: bool,
    /// Who said it, where a rule found the speaker.
    pub attribution: Option<Box<Attribution<'t>>>,
}

impl<'t> Quote<'t> {
    /// The quotation, marks included.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The quotation's words without its quotation marks: for a quotation over several
    /// paragraphs, each piece's words without the marks that open (and close) it, joined by
    /// the text between the pieces (the paragraph break as the text writes it).
    ///
    /// Borrowed for a quotation of one piece; a new string for one of several.
    ///
    /// ```
    /// use quote_attribution::Attributor;
    ///
    /// let text = "“First paragraph.\n\n“Second paragraph,” she said.";
    /// let article = Attributor::new().attribute(text)?;
    /// let quote = &article.quotes()[0];
    /// assert_eq!(quote.content(), "First paragraph.\n\nSecond paragraph,");
    /// let pieces: Vec<&str> = quote.contents().collect();
    /// assert_eq!(pieces, ["First paragraph.", "Second paragraph,"]);
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    #[must_use]
    pub fn content(&self) -> Cow<'_, str> {
        match &self.pieces[..] {
            [] => Cow::Borrowed(""),
            [one] => Cow::Borrowed(self.slice(self.content_span(one))),
            pieces => {
                let mut joined = String::with_capacity(self.text.len());
                let mut last_end = None;
                for piece in pieces {
                    if let Some(end) = last_end {
                        joined.push_str(self.slice(Span::new(end, piece.start)));
                    }
                    joined.push_str(self.slice(self.content_span(piece)));
                    last_end = Some(piece.end);
                }
                Cow::Owned(joined)
            }
        }
    }

    /// Each paragraph piece's words without its quotation marks, in order.
    pub fn contents(&self) -> impl Iterator<Item = &str> + '_ {
        self.pieces.iter().map(|p| self.slice(self.content_span(p)))
    }

    /// Where each paragraph piece's words are, without its quotation marks: spans of the
    /// analysed text, in order.
    pub fn content_spans(&self) -> impl Iterator<Item = Span> + '_ {
        self.pieces.iter().map(|p| self.content_span(p))
    }

    /// The span of `piece` between its opening mark and its closing mark (if it has one).
    fn content_span(&self, piece: &Piece) -> Span {
        let text = self.slice(piece.span());
        let open = parse_mark(text).map_or(0, |(_, m)| m.len);
        let close = if piece.unclosed {
            0
        } else if self.marks == Marks::Apostrophes && text.ends_with("''") {
            2
        } else {
            text.chars()
                .next_back()
                .filter(|&c| is_mark_char(c))
                .map_or(0, char::len_utf8)
        };
        let end = piece.end - close.min(text.len() - open);
        Span::new(piece.start + open, end)
    }

    /// The text of `span`, a span within the quotation; empty where it is not one.
    fn slice(&self, span: Span) -> &str {
        span.start
            .checked_sub(self.start)
            .and_then(|from| self.text.get(from..span.end.checked_sub(self.start)?))
            .unwrap_or("")
    }

    /// Direct, partial, or a non-speech term.
    #[must_use]
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }

    /// The style of quotation marks.
    #[must_use]
    pub fn marks(&self) -> Marks {
        self.marks
    }

    /// Whether the last paragraph ended before a closing mark.
    #[must_use]
    pub fn is_unclosed(&self) -> bool {
        self.unclosed
    }

    /// The quotations nested inside this one (`“He said ‘no,’ twice”`).
    #[must_use]
    pub fn inner(&self) -> &[Span] {
        &self.inner
    }

    /// Who said it, where a rule found the speaker.
    #[must_use]
    pub fn attribution(&self) -> Option<&Attribution<'t>> {
        self.attribution.as_deref()
    }

    /// The speaker's index in [`Article::speakers`], when the quotation is attributed;
    /// [`Article::speaker_of`] gives the speaker itself.
    #[must_use]
    pub fn speaker_index(&self) -> Option<usize> {
        self.attribution().map(|a| a.speaker)
    }

    /// The mention that names the speaker here.
    #[must_use]
    pub fn mention(&self) -> Option<&Mention<'t>> {
        self.attribution().map(|a| &a.mention)
    }

    /// The words that signal the attribution.
    #[must_use]
    pub fn cue(&self) -> Option<&Cue<'t>> {
        self.attribution().and_then(|a| a.cue.as_ref())
    }

    /// The rule that decided the speaker.
    #[must_use]
    pub fn rule(&self) -> Option<Rule> {
        self.attribution().map(|a| a.rule)
    }

    /// How sure the attribution is, between 0 and 1: the [rule's prior](Rule::confidence).
    #[must_use]
    pub fn confidence(&self) -> Option<f32> {
        self.attribution().map(|a| a.confidence)
    }

    /// The paragraph pieces.
    #[must_use]
    pub fn pieces(&self) -> &[Piece] {
        &self.pieces
    }

    /// A copy that owns its text.
    #[must_use]
    pub fn into_owned(self) -> Quote<'static> {
        Quote {
            start: self.start,
            end: self.end,
            text: Cow::Owned(self.text.into_owned()),
            kind: self.kind,
            marks: self.marks,
            pieces: self.pieces,
            inner: self.inner,
            unclosed: self.unclosed,
            attribution: self.attribution.map(|a| Box::new(a.into_owned())),
        }
    }
}

/// A quotation as it reads in JSON: the attribution's fields flat in the object, each `null`
/// when there is none. Serializing borrows the quotation; deserializing builds one.
#[cfg(feature = "serde")]
#[derive(Serialize, Deserialize)]
struct FlatQuote<'a> {
    start: usize,
    end: usize,
    text: Cow<'a, str>,
    kind: QuoteKind,
    marks: Marks,
    pieces: Cow<'a, Pieces>,
    inner: Cow<'a, [Span]>,
    unclosed: bool,
    speaker: Option<usize>,
    mention: Option<Cow<'a, Mention<'a>>>,
    cue: Option<Cow<'a, Cue<'a>>>,
    confidence: Option<f32>,
    rule: Option<Rule>,
}

#[cfg(feature = "serde")]
impl Serialize for Quote<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let a = self.attribution();
        FlatQuote {
            start: self.start,
            end: self.end,
            text: Cow::Borrowed(&self.text),
            kind: self.kind,
            marks: self.marks,
            pieces: Cow::Borrowed(&self.pieces),
            inner: Cow::Borrowed(&self.inner),
            unclosed: self.unclosed,
            speaker: a.map(|a| a.speaker),
            mention: a.map(|a| Cow::Borrowed(&a.mention)),
            cue: a.and_then(|a| a.cue.as_ref()).map(Cow::Borrowed),
            confidence: a.map(|a| a.confidence),
            rule: a.map(|a| a.rule),
        }
        .serialize(serializer)
    }
}

#[cfg(feature = "serde")]
impl<'de, 't> Deserialize<'de> for Quote<'t> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let f = FlatQuote::<'t>::deserialize(deserializer)?;
        let attribution = match (f.speaker, f.mention, f.confidence, f.rule) {
            (Some(speaker), Some(mention), Some(confidence), Some(rule)) => {
                Some(Box::new(Attribution {
                    speaker,
                    mention: mention.into_owned(),
                    cue: f.cue.map(Cow::into_owned),
                    confidence,
                    rule,
                }))
            }
            (None, None, None, None) if f.cue.is_none() => None,
            _ => {
                return Err(serde::de::Error::custom(
                    "a quotation's speaker, mention, confidence and rule come together",
                ));
            }
        };
        Ok(Quote {
            start: f.start,
            end: f.end,
            text: Cow::Owned(f.text.into_owned()),
            kind: f.kind,
            marks: f.marks,
            pieces: f.pieces.into_owned(),
            inner: f.inner.into_owned().into_boxed_slice(),
            unclosed: f.unclosed,
            attribution,
        })
    }
}
