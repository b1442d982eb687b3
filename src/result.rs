//! The public result types: quotations, their speakers, and the mentions that name them.
//!
//! Every result borrows its text from the caller's `&str` (as [`Cow::Borrowed`]) and serializes
//! with serde; [`Article::into_owned`] gives a `'static` copy that can outlive the text, and
//! the owned form also deserializes.

use std::borrow::Cow;
use std::ops::{Deref, Range};

use serde::{Deserialize, Serialize};
use smallvec::SmallVec;

use crate::marks::Marks;

/// A byte range of the analysed text, end-exclusive: `&text[span.start..span.end]`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span as a range, to slice the text with.
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Its length in bytes.
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether it covers no bytes.
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies within this span.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A quotation's paragraph pieces, in order: one, or several for a quotation continued over
/// paragraphs. It reads as a slice (`quote.pieces[0]`, `quote.pieces.iter()`) and serializes as
/// a list; the one piece of most quotations is stored inline, without an allocation.
///
/// ```
/// use quote_attribution::{Piece, Pieces};
///
/// let pieces = Pieces::from(vec![Piece { start: 0, end: 7, unclosed: true }]);
/// assert_eq!(pieces.len(), 1);
/// assert!(pieces[0].unclosed);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Pieces(SmallVec<[Piece; 1]>);

impl Pieces {
    /// One piece.
    pub(crate) fn one(piece: Piece) -> Pieces {
        Pieces(smallvec::smallvec![piece])
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
/// paragraphs in the news style has one piece per paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Piece {
    /// The first byte: the opening mark.
    pub start: usize,
    /// One past the last byte: the closing mark, or the paragraph's last non-space character.
    pub end: usize,
    /// The paragraph ended before a closing mark.
    pub unclosed: bool,
}

/// What a quotation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
    pub fn is_speech(self) -> bool {
        matches!(self, QuoteKind::Direct | QuoteKind::Partial)
    }

    /// The kind's name as it appears in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Term => "term",
        }
    }
}

/// What kind of words a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

/// Words in the text that refer to a speaker.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
    /// Where the mention is.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The mention's words.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// A copy that owns its text.
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Cue<'t> {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The cue's words.
    pub text: Cow<'t, str>,
}

impl Cue<'_> {
    /// Where the cue is.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// A copy that owns its text.
    pub fn into_owned(self) -> Cue<'static> {
        Cue {
            start: self.start,
            end: self.end,
            text: Cow::Owned(self.text.into_owned()),
        }
    }
}

/// The attribution rule that decided a quotation's speaker, from most to least certain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

/// Who said a quotation, and how the attribution was decided.
///
/// A quotation has one only when a rule found its speaker, so the speaker, the mention, the
/// rule and the confidence always come together; the cue is absent for rules that need none
/// (a continuation of the previous quotation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution<'t> {
    /// The index of the speaker in [`Article::speakers`].
    pub speaker: usize,
    /// The mention that names the speaker here.
    pub mention: Mention<'t>,
    /// The words that signal the attribution.
    pub cue: Option<Cue<'t>>,
    /// How sure the attribution is, between 0 and 1.
    pub confidence: f32,
    /// The rule that decided the speaker.
    pub rule: Rule,
}

impl Attribution<'_> {
    /// A copy that owns its text.
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
#[derive(Debug, Clone, PartialEq)]
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
    /// Where the quotation is.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The quotation's byte range.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The quotation, marks included.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Direct, partial, or a non-speech term.
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }

    /// Who said it, where a rule found the speaker.
    pub fn attribution(&self) -> Option<&Attribution<'t>> {
        self.attribution.as_deref()
    }

    /// The speaker's index in [`Article::speakers`], when the quotation is attributed.
    pub fn speaker(&self) -> Option<usize> {
        self.attribution().map(|a| a.speaker)
    }

    /// The mention that names the speaker here.
    pub fn mention(&self) -> Option<&Mention<'t>> {
        self.attribution().map(|a| &a.mention)
    }

    /// The words that signal the attribution.
    pub fn cue(&self) -> Option<&Cue<'t>> {
        self.attribution().and_then(|a| a.cue.as_ref())
    }

    /// The rule that decided the speaker.
    pub fn rule(&self) -> Option<Rule> {
        self.attribution().map(|a| a.rule)
    }

    /// How sure the attribution is, between 0 and 1.
    pub fn confidence(&self) -> Option<f32> {
        self.attribution().map(|a| a.confidence)
    }

    /// The paragraph pieces.
    pub fn pieces(&self) -> &[Piece] {
        &self.pieces
    }

    /// A copy that owns its text.
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
    /// Where the reported words are.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// Their byte range.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The reported words.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Who said it.
    pub fn attribution(&self) -> &Attribution<'t> {
        &self.attribution
    }

    /// The speaker's index in [`Article::speakers`].
    pub fn speaker(&self) -> usize {
        self.attribution.speaker
    }

    /// The mention that names the speaker here.
    pub fn mention(&self) -> &Mention<'t> {
        &self.attribution.mention
    }

    /// The words that signal the statement.
    pub fn cue(&self) -> Option<&Cue<'t>> {
        self.attribution.cue.as_ref()
    }

    /// The rule that found the statement.
    pub fn rule(&self) -> Rule {
        self.attribution.rule
    }

    /// How sure the attribution is, between 0 and 1.
    pub fn confidence(&self) -> f32 {
        self.attribution.confidence
    }

    /// A copy that owns its text.
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
    /// Where the words are.
    pub fn span(self) -> Span {
        match self {
            Utterance::Quoted(q) => q.span(),
            Utterance::Reported(s) => s.span(),
        }
    }

    /// The words: a quotation with its marks, or the reported words.
    pub fn as_str(self) -> &'a str {
        match self {
            Utterance::Quoted(q) => q.as_str(),
            Utterance::Reported(s) => s.as_str(),
        }
    }

    /// Who said it, where a rule found the speaker (always, for a reported statement).
    pub fn attribution(self) -> Option<&'a Attribution<'t>> {
        match self {
            Utterance::Quoted(q) => q.attribution(),
            Utterance::Reported(s) => Some(s.attribution()),
        }
    }
}

/// A statement as it reads in JSON: an item of `quotes` of kind `indirect`.
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
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Indirect {
    Indirect,
}

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
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The role, where the article gives one.
    pub fn role(&self) -> Option<&str> {
        self.role.as_deref()
    }

    /// Every mention of the speaker, in text order.
    pub fn mentions(&self) -> &[Mention<'t>] {
        &self.mentions
    }

    /// A copy that owns its text.
    pub fn into_owned(self) -> Speaker<'static> {
        Speaker {
            name: Cow::Owned(self.name.into_owned()),
            role: self.role.map(|r| Cow::Owned(r.into_owned())),
            mentions: self.mentions.into_iter().map(Mention::into_owned).collect(),
        }
    }
}

/// What the attributor found in one text: its quotations, its reported statements and its
/// speakers.
///
/// In JSON the statements stand among the `quotes`, in text order, as items of kind
/// `indirect` (see [`Statement`]); deserializing sorts them back out by their kind.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Article<'t> {
    /// Every quotation, in text order: speech and non-speech terms alike.
    pub quotes: Vec<Quote<'t>>,
    /// Every reported statement, in text order.
    pub statements: Vec<Statement<'t>>,
    /// The speakers of the quotations and statements, each with all of its mentions.
    pub speakers: Vec<Speaker<'t>>,
}

impl<'t> Article<'t> {
    /// Every quotation, in text order.
    pub fn quotes(&self) -> &[Quote<'t>] {
        &self.quotes
    }

    /// The quotations that are speech (direct or partial).
    pub fn speech(&self) -> impl Iterator<Item = &Quote<'t>> {
        self.quotes.iter().filter(|q| q.kind.is_speech())
    }

    /// Every reported statement (speech without quotation marks), in text order.
    pub fn statements(&self) -> &[Statement<'t>] {
        &self.statements
    }

    /// The speakers, each with all of its mentions.
    pub fn speakers(&self) -> &[Speaker<'t>] {
        &self.speakers
    }

    /// The speaker of `quote`, if it has one.
    pub fn speaker_of(&self, quote: &Quote<'t>) -> Option<&Speaker<'t>> {
        quote.speaker().and_then(|i| self.speakers.get(i))
    }

    /// The speaker of a reported statement of this article.
    ///
    /// # Panics
    /// When `statement` is not one of this article's (its speaker index is out of range).
    pub fn speaker_of_statement(&self, statement: &Statement<'t>) -> &Speaker<'t> {
        &self.speakers[statement.speaker()]
    }

    /// Every quotation that is speech and every reported statement, in text order.
    pub fn utterances(&self) -> impl Iterator<Item = Utterance<'_, 't>> {
        Merged {
            quotes: self.speech().peekable(),
            statements: self.statements.iter().peekable(),
        }
    }

    /// Everything the speaker at index `speaker` said, quoted and reported, in text order.
    pub fn said_by(&self, speaker: usize) -> impl Iterator<Item = Utterance<'_, 't>> {
        self.utterances()
            .filter(move |u| u.attribution().is_some_and(|a| a.speaker == speaker))
    }

    /// A copy that owns its text and can outlive it.
    pub fn into_owned(self) -> Article<'static> {
        Article {
            quotes: self.quotes.into_iter().map(Quote::into_owned).collect(),
            statements: self
                .statements
                .into_iter()
                .map(Statement::into_owned)
                .collect(),
            speakers: self.speakers.into_iter().map(Speaker::into_owned).collect(),
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
#[derive(Serialize)]
#[serde(untagged)]
enum Item<'a, 't> {
    Quote(&'a Quote<'t>),
    Statement(&'a Statement<'t>),
}

/// An article as it reads in JSON.
#[derive(Serialize)]
struct FlatArticle<'a, 't> {
    quotes: Vec<Item<'a, 't>>,
    speakers: &'a [Speaker<'t>],
}

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
        }
        .serialize(serializer)
    }
}

/// An item of `quotes` read back: a statement when its kind is `indirect`.
#[derive(Deserialize)]
#[serde(untagged)]
enum OwnedItem<'t> {
    Statement(Statement<'t>),
    Quote(Quote<'t>),
}

#[derive(Deserialize)]
struct OwnedArticle<'t> {
    #[serde(default)]
    quotes: Vec<OwnedItem<'t>>,
    #[serde(default)]
    speakers: Vec<Speaker<'t>>,
}

impl<'de, 't> Deserialize<'de> for Article<'t> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let f = OwnedArticle::<'t>::deserialize(deserializer)?;
        let mut article = Article {
            speakers: f.speakers,
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
            (back.speaker(), back.cue(), back.rule()),
            (None, None, None)
        );
    }

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
}
