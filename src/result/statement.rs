//! Reported speech: [`Statement`], and [`Utterance`] for anything a speaker said.

use super::*;

spanned!(Statement<'_>, "the reported words");

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
