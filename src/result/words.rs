//! Words in the text that an attribution names: a speaker's [`Mention`] and the [`Cue`]
//! that signals it.

use super::*;

spanned!(Mention<'_>, "the mention");
spanned!(Cue<'_>, "the cue");

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
