//! What one text holds: the [`Article`] and its [`Speaker`]s.

use super::*;

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
    /// The canonical name: the fullest name the article gives. The narrator, who says `I` or
    /// `we` in the article's own sentences (a columnist), is `the author`; a speaker that the
    /// text never names, only refers to (a `he` with no antecedent, opening an excerpt), is
    /// `an unnamed speaker`. A canonical name is never a pronoun.
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
