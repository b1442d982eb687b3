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
    /// The first byte: the opening mark.
    #[must_use]
    pub fn start(&self) -> usize {
        self.start
    }

    /// One past the last byte.
    #[must_use]
    pub fn end(&self) -> usize {
        self.end
    }

    /// The piece's byte range.
    #[must_use]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Where the piece is.
    #[must_use]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// Whether the paragraph ended before a closing mark.
    #[must_use]
    pub fn is_unclosed(&self) -> bool {
        self.unclosed
    }
}

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

/// What kind of words a mention is. It prints (and serializes) as `name`, `organization`,
/// `description` or `pronoun`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum MentionKind {
    /// A person's name, with any title: `President Donald Trump`, `Cha`.
    Name,
    /// An organisation or institution: `the White House`, `the Clinton campaign`.
    Organization,
    /// A description of a person or group: `a senior administration official`, `the President`.
    Description,
    /// A personal pronoun: `he`, `she`, `they`.
    Pronoun,
}

impl MentionKind {
    /// The kind's name as it appears in JSON output.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Name => "name",
            MentionKind::Organization => "organization",
            MentionKind::Description => "description",
            MentionKind::Pronoun => "pronoun",
        }
    }
}

impl fmt::Display for MentionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Words in the text that refer to a speaker.
///
/// ```
/// use quote_attribution::{Attributor, MentionKind};
///
/// let text = "“Yes,” she said.";
/// let article = Attributor::new().attribute(text)?;
/// let mention = article.quotes()[0].mention().expect("attributed");
/// assert_eq!(mention.as_str(), "she");
/// assert_eq!(&text[mention.range()], "she");
/// assert_eq!(mention.kind(), MentionKind::Pronoun);
/// # Ok::<(), quote_attribution::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Mention<'t> {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The mention's words.
    pub text: Cow<'t, str>,
    /// What kind of words they are.
    pub kind: MentionKind,
}

impl Mention<'_> {
    /// The first byte.
    #[must_use]
    pub fn start(&self) -> usize {
        self.start
    }

    /// One past the last byte.
    #[must_use]
    pub fn end(&self) -> usize {
        self.end
    }

    /// The mention's byte range.
    #[must_use]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Where the mention is.
    #[must_use]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The mention's words.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// What kind of words they are.
    #[must_use]
    pub fn kind(&self) -> MentionKind {
        self.kind
    }

    /// A copy that owns its text.
    #[must_use]
    pub fn into_owned(self) -> Mention<'static> {
        Mention {
            start: self.start,
            end: self.end,
            text: Cow::Owned(self.text.into_owned()),
            kind: self.kind,
        }
    }
}

/// The words that signal an attribution: `said`, `told reporters`, `according to`, or a colon.
///
/// ```
/// use quote_attribution::Attributor;
///
/// let article = Attributor::new().attribute("“Yes,” she told reporters.")?;
/// let cue = article.quotes()[0].cue().expect("a cue");
/// assert_eq!(cue.as_str(), "told reporters");
/// assert_eq!((cue.start(), cue.end()), (15, 29));
/// # Ok::<(), quote_attribution::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Cue<'t> {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The cue's words.
    pub text: Cow<'t, str>,
}

impl Cue<'_> {
    /// The first byte.
    #[must_use]
    pub fn start(&self) -> usize {
        self.start
    }

    /// One past the last byte.
    #[must_use]
    pub fn end(&self) -> usize {
        self.end
    }

    /// The cue's byte range.
    #[must_use]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Where the cue is.
    #[must_use]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The cue's words.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// A copy that owns its text.
    #[must_use]
    pub fn into_owned(self) -> Cue<'static> {
        Cue {
            start: self.start,
            end: self.end,
            text: Cow::Owned(self.text.into_owned()),
        }
    }
}

/// The attribution rule that decided a quotation's speaker, from most to least certain. It
/// prints (and serializes) in snake case: `adjacent`, `sentence_cue`, `according_to`.
///
/// ```
/// use quote_attribution::Rule;
///
/// assert_eq!(Rule::SentenceCue.to_string(), "sentence_cue");
/// assert!(Rule::Adjacent.confidence() > Rule::Possessive.confidence());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Rule {
    /// A speaker and a cue beside the quotation: `“…,” Trump said`, `Trump said: “…”`.
    Adjacent,
    /// A speaker with a colon before the quotation: `Trump: “…”`.
    Colon,
    /// A cue elsewhere in the quotation's sentence whose subject is a mention:
    /// `Asked how, Trump pointed to “…”`.
    SentenceCue,
    /// The subject of a partial quotation's sentence, whose verb is not a known cue:
    /// `Walter Hewlett sniped that Fiorina was “learning on the job”`.
    SentenceSubject,
    /// A possessive that owns a partial quotation: `his “nuclear button”`.
    Possessive,
    /// `according to X`.
    AccordingTo,
    /// A quotation with no cue of its own that follows a quotation of a known speaker.
    Continuation,
    /// Reported speech after its subject and cue: `Trump said (that) he was in no rush`,
    /// `He told aides he would know`, `Kim asked if he trusted him`.
    ReportedClause,
    /// What a speech act's object reports: `Trump announced a plan to cut taxes`, `She urged
    /// Republicans to disavow him`.
    ReportedObject,
    /// Reported speech before its cue and subject, or around them: `The deal is off, Trump
    /// said.`, `…, said Victor Cha`, `The deal, he said, is off.`
    ReportedBefore,
    /// Reported speech after a participle cue, whose subject is the sentence's: `Trump left,
    /// saying he was tired.`
    ReportedParticiple,
}

impl Rule {
    /// The confidence that attributions made by this rule carry, between 0 and 1.
    ///
    /// It is a prior, fixed per rule: it ranks the rules by how often their attributions are
    /// right (a speaker and a cue beside the quotation more often than a possessive), and is
    /// the same for every quotation a rule decides. It is not an estimate from the evidence of
    /// one quotation (its distance from the cue, a pronoun rather than a name), and it is not
    /// calibrated: use it to rank or filter attributions, not as a probability.
    #[must_use]
    pub fn confidence(self) -> f32 {
        match self {
            Rule::Adjacent => 0.95,
            Rule::Colon => 0.85,
            Rule::AccordingTo => 0.85,
            Rule::SentenceCue => 0.75,
            Rule::Continuation => 0.7,
            Rule::SentenceSubject => 0.6,
            Rule::Possessive => 0.5,
            Rule::ReportedClause => 0.8,
            Rule::ReportedBefore => 0.8,
            Rule::ReportedObject => 0.6,
            Rule::ReportedParticiple => 0.7,
        }
    }

    /// The rule's name as it appears in JSON output.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Adjacent => "adjacent",
            Rule::Colon => "colon",
            Rule::SentenceCue => "sentence_cue",
            Rule::SentenceSubject => "sentence_subject",
            Rule::Possessive => "possessive",
            Rule::AccordingTo => "according_to",
            Rule::Continuation => "continuation",
            Rule::ReportedClause => "reported_clause",
            Rule::ReportedBefore => "reported_before",
            Rule::ReportedObject => "reported_object",
            Rule::ReportedParticiple => "reported_participle",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who said a quotation, and how the attribution was decided.
///
/// A quotation has one only when a rule found its speaker, so the speaker, the mention, the
/// rule and the confidence always come together; the cue is absent for rules that need none
/// (a continuation of the previous quotation).
///
/// `speaker` is an index into [`Article::speakers`]: [`Article::speaker_of`] looks it up.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Attribution<'t> {
    /// The index of the speaker in [`Article::speakers`]; [`Article::speaker_of`] gives the
    /// speaker.
    pub speaker: usize,
    /// The mention that names the speaker here.
    pub mention: Mention<'t>,
    /// The words that signal the attribution.
    pub cue: Option<Cue<'t>>,
    /// How sure the attribution is, between 0 and 1: the [rule's prior](Rule::confidence).
    pub confidence: f32,
    /// The rule that decided the speaker.
    pub rule: Rule,
}

impl<'t> Attribution<'t> {
    /// The index of the speaker in [`Article::speakers`].
    #[must_use]
    pub fn speaker_index(&self) -> usize {
        self.speaker
    }

    /// The mention that names the speaker here.
    #[must_use]
    pub fn mention(&self) -> &Mention<'t> {
        &self.mention
    }

    /// The words that signal the attribution, where there are some.
    #[must_use]
    pub fn cue(&self) -> Option<&Cue<'t>> {
        self.cue.as_ref()
    }

    /// How sure the attribution is, between 0 and 1: the [rule's prior](Rule::confidence).
    #[must_use]
    pub fn confidence(&self) -> f32 {
        self.confidence
    }

    /// The rule that decided the speaker.
    #[must_use]
    pub fn rule(&self) -> Rule {
        self.rule
    }

    /// A copy that owns its text.
    #[must_use]
    pub fn into_owned(self) -> Attribution<'static> {
        Attribution {
            speaker: self.speaker,
            mention: self.mention.into_owned(),
            cue: self.cue.map(Cue::into_owned),
            confidence: self.confidence,
            rule: self.rule,
        }
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
    /// The first byte: the opening mark.
    #[must_use]
    pub fn start(&self) -> usize {
        self.start
    }

    /// One past the last byte.
    #[must_use]
    pub fn end(&self) -> usize {
        self.end
    }

    /// The quotation's byte range.
    #[must_use]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Where the quotation is.
    #[must_use]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

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

/// Reported speech: someone's words given without quotation marks, as the narrator reports
/// them (`Trump said he was in no rush`, `The deal is off, officials said.`).
///
/// Its span covers the reported words (the content), not the cue or the speaker; a quotation
/// inside the content (`Trump said he was “very happy”`) stays a [`Quote`] of its own, with
/// the same speaker. A statement always has an [`Attribution`]: a cue and its subject are what
/// make words reported speech.
///
/// In JSON a statement is an item of the article's `quotes`, with `"kind": "indirect"` and
/// the attribution's fields flat in its object.
///
/// ```
/// use quote_attribution::{Attributor, Rule};
///
/// let text = "President Donald Trump met Kim.\n\nTrump said he was in no rush.";
/// let article = Attributor::new().attribute(text)?;
/// let said = &article.statements()[0];
/// assert_eq!(said.as_str(), "he was in no rush");
/// assert_eq!(said.cue().map(|c| &text[c.start..c.end]), Some("said"));
/// assert_eq!(said.rule(), Rule::ReportedClause);
/// assert_eq!(article.speaker_of_statement(said).name(), "Donald Trump");
/// # Ok::<(), quote_attribution::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Statement<'t> {
    /// The first byte of the reported words.
    pub start: usize,
    /// One past their last byte.
    pub end: usize,
    /// The reported words.
    pub text: Cow<'t, str>,
    /// Who said it, and how the attribution was decided.
    pub attribution: Attribution<'t>,
}

impl<'t> Statement<'t> {
    /// The first byte of the reported words.
    #[must_use]
    pub fn start(&self) -> usize {
        self.start
    }

    /// One past their last byte.
    #[must_use]
    pub fn end(&self) -> usize {
        self.end
    }

    /// Their byte range.
    #[must_use]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Where the reported words are.
    #[must_use]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The reported words.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Who said it.
    #[must_use]
    pub fn attribution(&self) -> &Attribution<'t> {
        &self.attribution
    }

    /// The speaker's index in [`Article::speakers`]; [`Article::speaker_of`] gives the speaker
    /// itself.
    #[must_use]
    pub fn speaker_index(&self) -> usize {
        self.attribution.speaker
    }

    /// The mention that names the speaker here.
    #[must_use]
    pub fn mention(&self) -> &Mention<'t> {
        &self.attribution.mention
    }

    /// The words that signal the statement.
    #[must_use]
    pub fn cue(&self) -> Option<&Cue<'t>> {
        self.attribution.cue.as_ref()
    }

    /// The rule that found the statement.
    #[must_use]
    pub fn rule(&self) -> Rule {
        self.attribution.rule
    }

    /// How sure the attribution is, between 0 and 1: the [rule's prior](Rule::confidence).
    #[must_use]
    pub fn confidence(&self) -> f32 {
        self.attribution.confidence
    }

    /// A copy that owns its text.
    #[must_use]
    pub fn into_owned(self) -> Statement<'static> {
        Statement {
            start: self.start,
            end: self.end,
            text: Cow::Owned(self.text.into_owned()),
            attribution: self.attribution.into_owned(),
        }
    }
}

/// Something a speaker said: a quotation or a reported statement, told apart by the variant.
///
/// ```
/// use quote_attribution::{Attributor, Utterance};
///
/// let text = "“We’ll see,” Trump said. Trump said he was in no rush.";
/// let article = Attributor::new().attribute(text)?;
/// let said: Vec<&str> = article.said_by(0).map(|u| u.as_str()).collect();
/// assert_eq!(said, ["“We’ll see,”", "he was in no rush"]);
/// assert!(matches!(article.said_by(0).nth(1), Some(Utterance::Reported(_))));
/// # Ok::<(), quote_attribution::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum Utterance<'a, 't> {
    /// Words in quotation marks.
    Quoted(&'a Quote<'t>),
    /// Reported speech, without marks.
    Reported(&'a Statement<'t>),
}

impl<'a, 't> Utterance<'a, 't> {
    /// The first byte.
    #[must_use]
    pub fn start(self) -> usize {
        self.span().start
    }

    /// One past the last byte.
    #[must_use]
    pub fn end(self) -> usize {
        self.span().end
    }

    /// The words' byte range.
    #[must_use]
    pub fn range(self) -> Range<usize> {
        self.span().range()
    }

    /// Where the words are.
    #[must_use]
    pub fn span(self) -> Span {
        match self {
            Utterance::Quoted(q) => q.span(),
            Utterance::Reported(s) => s.span(),
        }
    }

    /// The words: a quotation with its marks, or the reported words.
    #[must_use]
    pub fn as_str(self) -> &'a str {
        match self {
            Utterance::Quoted(q) => q.as_str(),
            Utterance::Reported(s) => s.as_str(),
        }
    }

    /// The words without quotation marks: a quotation's [`content`](Quote::content), or the
    /// reported words.
    #[must_use]
    pub fn content(self) -> Cow<'a, str> {
        match self {
            Utterance::Quoted(q) => q.content(),
            Utterance::Reported(s) => Cow::Borrowed(s.as_str()),
        }
    }

    /// Who said it, where a rule found the speaker (always, for a reported statement).
    #[must_use]
    pub fn attribution(self) -> Option<&'a Attribution<'t>> {
        match self {
            Utterance::Quoted(q) => q.attribution(),
            Utterance::Reported(s) => Some(s.attribution()),
        }
    }

    /// The speaker's index in [`Article::speakers`], where a rule found the speaker.
    #[must_use]
    pub fn speaker_index(self) -> Option<usize> {
        self.attribution().map(|a| a.speaker)
    }
}

impl<'a, 't> From<&'a Quote<'t>> for Utterance<'a, 't> {
    fn from(quote: &'a Quote<'t>) -> Self {
        Utterance::Quoted(quote)
    }
}

impl<'a, 't> From<&'a Statement<'t>> for Utterance<'a, 't> {
    fn from(statement: &'a Statement<'t>) -> Self {
        Utterance::Reported(statement)
    }
}

/// A statement as it reads in JSON: an item of `quotes` of kind `indirect`.
#[cfg(feature = "serde")]
#[derive(Serialize, Deserialize)]
struct FlatStatement<'a> {
    start: usize,
    end: usize,
    text: Cow<'a, str>,
    kind: Indirect,
    speaker: usize,
    mention: Cow<'a, Mention<'a>>,
    cue: Option<Cow<'a, Cue<'a>>>,
    confidence: f32,
    rule: Rule,
}

/// The one kind a statement has in JSON.
#[cfg(feature = "serde")]
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Indirect {
    Indirect,
}

#[cfg(feature = "serde")]
impl Serialize for Statement<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let a = &self.attribution;
        FlatStatement {
            start: self.start,
            end: self.end,
            text: Cow::Borrowed(&self.text),
            kind: Indirect::Indirect,
            speaker: a.speaker,
            mention: Cow::Borrowed(&a.mention),
            cue: a.cue.as_ref().map(Cow::Borrowed),
            confidence: a.confidence,
            rule: a.rule,
        }
        .serialize(serializer)
    }
}

#[cfg(feature = "serde")]
impl<'de, 't> Deserialize<'de> for Statement<'t> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let f = FlatStatement::<'t>::deserialize(deserializer)?;
        Ok(Statement {
            start: f.start,
            end: f.end,
            text: Cow::Owned(f.text.into_owned()),
            attribution: Attribution {
                speaker: f.speaker,
                mention: f.mention.into_owned(),
                cue: f.cue.map(Cow::into_owned),
                confidence: f.confidence,
                rule: f.rule,
            },
        })
    }
}

/// A person (or organisation) who speaks in the article, with every mention that refers to them.
///
/// ```
/// use quote_attribution::Attributor;
///
/// let text = "President Donald Trump spoke.\n\n“We’ll see,” Trump said. “Nobody knows,” he said.";
/// let article = Attributor::new().attribute(text)?;
/// let trump = &article.speakers()[0];
/// assert_eq!(trump.name(), "Donald Trump");
/// assert_eq!(trump.role(), Some("President"));
/// let mentions: Vec<&str> = trump.mentions().iter().map(|m| m.as_str()).collect();
/// assert_eq!(mentions, ["President Donald Trump", "Trump", "he"]);
/// let said: Vec<String> = article.said_by(trump).map(|u| u.content().into_owned()).collect();
/// assert_eq!(said, ["We’ll see,", "Nobody knows,"]);
/// # Ok::<(), quote_attribution::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Speaker<'t> {
    /// The canonical name: the fullest name the article gives.
    pub name: Cow<'t, str>,
    /// A role from an appositive or a title, where the article gives one.
    pub role: Option<Cow<'t, str>>,
    /// Every mention of the speaker, in text order.
    pub mentions: Vec<Mention<'t>>,
}

impl<'t> Speaker<'t> {
    /// The canonical name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The role, where the article gives one.
    #[must_use]
    pub fn role(&self) -> Option<&str> {
        self.role.as_deref()
    }

    /// Every mention of the speaker, in text order.
    #[must_use]
    pub fn mentions(&self) -> &[Mention<'t>] {
        &self.mentions
    }

    /// A copy that owns its text.
    #[must_use]
    pub fn into_owned(self) -> Speaker<'static> {
        Speaker {
            name: Cow::Owned(self.name.into_owned()),
            role: self.role.map(|r| Cow::Owned(r.into_owned())),
            mentions: self.mentions.into_iter().map(Mention::into_owned).collect(),
        }
    }
}

/// One of an article's speakers, as [`Article::said_by`] takes it: its index in
/// [`Article::speakers`] (a `usize`), or the speaker itself (a `&Speaker` of the article).
pub trait SpeakerKey: sealed::Sealed {
    /// The speaker's index in `speakers`, if it is one of them.
    fn index_in(self, speakers: &[Speaker<'_>]) -> Option<usize>;
}

impl SpeakerKey for usize {
    fn index_in(self, speakers: &[Speaker<'_>]) -> Option<usize> {
        (self < speakers.len()).then_some(self)
    }
}

/// The speaker itself, or (for a speaker from a copy of the article) an equal one.
impl SpeakerKey for &Speaker<'_> {
    fn index_in(self, speakers: &[Speaker<'_>]) -> Option<usize> {
        let this = std::ptr::from_ref(self).cast::<()>();
        speakers
            .iter()
            .position(|s| std::ptr::from_ref(s).cast::<()>() == this)
            .or_else(|| speakers.iter().position(|s| s == self))
    }
}

mod sealed {
    /// Only this crate's types name speakers.
    pub trait Sealed {}
    impl Sealed for usize {}
    impl Sealed for &super::Speaker<'_> {}
}

/// What the attributor found in one text: its quotations, its reported statements and its
/// speakers.
///
/// In JSON the statements stand among the `quotes`, in text order, as items of kind
/// `indirect` (see [`Statement`]); deserializing sorts them back out by their kind. The spans
/// of quotations skipped for their length are in `skipped`, written only when there are some.
///
/// ```
/// use quote_attribution::Attributor;
///
/// let text = "President Donald Trump met Victor Cha.\n\n\
///             “We’ll see,” Trump said. “It is a start,” said Cha.";
/// let article = Attributor::new().attribute(text)?;
/// for quote in article.quotes() {
///     let speaker = article.speaker_of(quote).map_or("nobody", |s| s.name());
///     println!("{speaker}: {}", quote.content());
/// }
/// for (speaker, said) in article.by_speaker() {
///     println!("{} said {} things", speaker.name(), said.count());
/// }
/// assert_eq!(article.quotes().len(), 2);
/// assert_eq!(article.speakers().len(), 2);
/// assert!(article.skipped().is_empty());
/// # Ok::<(), quote_attribution::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Article<'t> {
    /// Every quotation, in text order: speech and non-speech terms alike.
    pub quotes: Vec<Quote<'t>>,
    /// Every reported statement, in text order.
    pub statements: Vec<Statement<'t>>,
    /// The speakers of the quotations and statements, each with all of its mentions.
    pub speakers: Vec<Speaker<'t>>,
    /// Quotations longer than the attributor's
    /// [`max_quote_len`](crate::AttributorBuilder::max_quote_len), in text order: not
    /// reported as quotations (the quotations inside them are).
    pub skipped: Vec<Span>,
}

impl<'t> Article<'t> {
    /// Every quotation, in text order.
    #[must_use]
    pub fn quotes(&self) -> &[Quote<'t>] {
        &self.quotes
    }

    /// The quotations that are speech (direct or partial).
    pub fn speech(&self) -> impl Iterator<Item = &Quote<'t>> {
        self.quotes.iter().filter(|q| q.kind.is_speech())
    }

    /// Every reported statement (speech without quotation marks), in text order.
    #[must_use]
    pub fn statements(&self) -> &[Statement<'t>] {
        &self.statements
    }

    /// The speakers, each with all of its mentions.
    #[must_use]
    pub fn speakers(&self) -> &[Speaker<'t>] {
        &self.speakers
    }

    /// The spans of quotations longer than the attributor's
    /// [`max_quote_len`](crate::AttributorBuilder::max_quote_len), in text order: they are not
    /// reported as quotations, but the quotations nested in them are, and the rest of the text
    /// is attributed as usual.
    ///
    /// ```
    /// use quote_attribution::{Attributor, Span};
    ///
    /// let attributor = Attributor::builder().max_quote_len(16).build()?;
    /// let text = "“A quotation far too long for the limit,” she said. “Short,” he said.";
    /// let article = attributor.attribute(text)?;
    /// assert_eq!(article.skipped(), [Span::new(0, 45)]);
    /// assert_eq!(article.quotes()[0].as_str(), "“Short,”");
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    #[must_use]
    pub fn skipped(&self) -> &[Span] {
        &self.skipped
    }

    /// The speaker of a quotation or a reported statement of this article, if it has one: the
    /// way from what was said to who said it.
    ///
    /// ```
    /// use quote_attribution::Attributor;
    ///
    /// let article = Attributor::new().attribute("“Yes,” said Victor Cha. “No,” he added.")?;
    /// for quote in article.quotes() {
    ///     assert_eq!(article.speaker_of(quote).map(|s| s.name()), Some("Victor Cha"));
    /// }
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    pub fn speaker_of<'a>(&self, said: impl Into<Utterance<'a, 't>>) -> Option<&Speaker<'t>>
    where
        't: 'a,
    {
        said.into()
            .speaker_index()
            .and_then(|i| self.speakers.get(i))
    }

    /// The speaker of a reported statement of this article.
    ///
    /// # Panics
    /// When `statement` is not one of this article's (its speaker index is out of range).
    #[must_use]
    pub fn speaker_of_statement(&self, statement: &Statement<'t>) -> &Speaker<'t> {
        &self.speakers[statement.speaker_index()]
    }

    /// Every quotation that is speech and every reported statement, in text order.
    pub fn utterances(&self) -> impl Iterator<Item = Utterance<'_, 't>> {
        Merged {
            quotes: self.speech().peekable(),
            statements: self.statements.iter().peekable(),
        }
    }

    /// Everything one speaker said, quoted and reported, in text order. The speaker is named by
    /// its index in [`speakers`](Article::speakers) or by the `&Speaker` itself; one that is not
    /// this article's said nothing.
    ///
    /// ```
    /// use quote_attribution::Attributor;
    ///
    /// let text = "“Yes,” said Cha. “No,” Trump said. “Maybe,” Cha added.";
    /// let article = Attributor::new().attribute(text)?;
    /// let cha = article.speakers().iter().find(|s| s.name() == "Cha").expect("Cha speaks");
    /// let said: Vec<&str> = article.said_by(cha).map(|u| u.as_str()).collect();
    /// assert_eq!(said, ["“Yes,”", "“Maybe,”"]);
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    pub fn said_by(&self, speaker: impl SpeakerKey) -> impl Iterator<Item = Utterance<'_, 't>> {
        let index = speaker.index_in(&self.speakers);
        self.utterances()
            .filter(move |u| index.is_some() && u.speaker_index() == index)
    }

    /// Each speaker with everything they said, quoted and reported, in text order: the
    /// speakers as [`speakers`](Article::speakers) lists them.
    pub fn by_speaker(
        &self,
    ) -> impl Iterator<Item = (&Speaker<'t>, impl Iterator<Item = Utterance<'_, 't>>)> {
        self.speakers
            .iter()
            .enumerate()
            .map(|(i, speaker)| (speaker, self.said_by(i)))
    }

    /// A copy that owns its text and can outlive it.
    ///
    /// ```
    /// use quote_attribution::{Article, Attributor};
    ///
    /// fn attribute_file(text: String) -> Result<Article<'static>, quote_attribution::Error> {
    ///     let article = Attributor::new().attribute(&text)?;
    ///     Ok(article.into_owned()) // `text` is dropped here; the article lives on
    /// }
    /// let article = attribute_file("“Yes,” she said.".to_string())?;
    /// assert_eq!(article.quotes()[0].as_str(), "“Yes,”");
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Article<'static> {
        Article {
            quotes: self.quotes.into_iter().map(Quote::into_owned).collect(),
            statements: self
                .statements
                .into_iter()
                .map(Statement::into_owned)
                .collect(),
            speakers: self.speakers.into_iter().map(Speaker::into_owned).collect(),
            skipped: self.skipped,
        }
    }
}

/// Two lists in text order, read as one.
struct Merged<Q: Iterator, S: Iterator> {
    quotes: std::iter::Peekable<Q>,
    statements: std::iter::Peekable<S>,
}

impl<'a, 't: 'a, Q, S> Iterator for Merged<Q, S>
where
    Q: Iterator<Item = &'a Quote<'t>>,
    S: Iterator<Item = &'a Statement<'t>>,
{
    type Item = Utterance<'a, 't>;

    fn next(&mut self) -> Option<Self::Item> {
        let quote_first = match (self.quotes.peek(), self.statements.peek()) {
            (Some(q), Some(s)) => q.start <= s.start,
            (Some(_), None) => true,
            (None, _) => false,
        };
        if quote_first {
            self.quotes.next().map(Utterance::Quoted)
        } else {
            self.statements.next().map(Utterance::Reported)
        }
    }
}

/// An item of an article's `quotes` in JSON: a quotation or a statement.
#[cfg(feature = "serde")]
#[derive(Serialize)]
#[serde(untagged)]
enum Item<'a, 't> {
    Quote(&'a Quote<'t>),
    Statement(&'a Statement<'t>),
}

/// An article as it reads in JSON.
#[cfg(feature = "serde")]
#[derive(Serialize)]
struct FlatArticle<'a, 't> {
    quotes: Vec<Item<'a, 't>>,
    speakers: &'a [Speaker<'t>],
    #[serde(skip_serializing_if = "<[Span]>::is_empty")]
    skipped: &'a [Span],
}

#[cfg(feature = "serde")]
impl Serialize for Article<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut quotes = Vec::with_capacity(self.quotes.len() + self.statements.len());
        let (mut q, mut s) = (
            self.quotes.iter().peekable(),
            self.statements.iter().peekable(),
        );
        loop {
            let item = match (q.peek(), s.peek()) {
                (Some(a), Some(b)) if a.start <= b.start => q.next().map(Item::Quote),
                (_, Some(_)) => s.next().map(Item::Statement),
                (Some(_), None) => q.next().map(Item::Quote),
                (None, None) => None,
            };
            match item {
                Some(item) => quotes.push(item),
                None => break,
            }
        }
        FlatArticle {
            quotes,
            speakers: &self.speakers,
            skipped: &self.skipped,
        }
        .serialize(serializer)
    }
}

/// An item of `quotes` read back: a statement when its kind is `indirect`.
#[cfg(feature = "serde")]
#[derive(Deserialize)]
#[serde(untagged)]
enum OwnedItem<'t> {
    Statement(Statement<'t>),
    Quote(Quote<'t>),
}

#[cfg(feature = "serde")]
#[derive(Deserialize)]
struct OwnedArticle<'t> {
    #[serde(default)]
    quotes: Vec<OwnedItem<'t>>,
    #[serde(default)]
    speakers: Vec<Speaker<'t>>,
    #[serde(default)]
    skipped: Vec<Span>,
}

#[cfg(feature = "serde")]
impl<'de, 't> Deserialize<'de> for Article<'t> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let f = OwnedArticle::<'t>::deserialize(deserializer)?;
        let mut article = Article {
            speakers: f.speakers,
            skipped: f.skipped,
            ..Article::default()
        };
        for item in f.quotes {
            match item {
                OwnedItem::Statement(s) => article.statements.push(s),
                OwnedItem::Quote(q) => article.quotes.push(q),
            }
        }
        Ok(article)
    }
}

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
