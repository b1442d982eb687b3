//! The engine: [`Attributor`], built once through [`AttributorBuilder`], runs the pipeline
//! (scanner → tokens → kinds → mentions and cues → attributions → speakers) over each text.

use std::borrow::Cow;
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::attribution;
use crate::classify::{Quoted, classify};
use crate::cues::CueIndex;
use crate::error::Error;
use crate::lexicon::{DEFAULT, Lexicon};
use crate::result::{Article, Quote, QuoteKind};
use crate::scanner::scan;
use crate::sentences::{Cursor, SentenceIndex, context};
use crate::speakers::KnownSpeaker;
use crate::tokens::{Kind, tokenize};

/// The default limit on a document's length: 64 MiB.
pub const DEFAULT_MAX_DOCUMENT_LEN: usize = 64 << 20;
/// The longest document any attributor takes, whatever its limit: 4 GiB less a byte, since
/// token offsets are 32-bit.
pub const MAX_DOCUMENT_LEN: usize = u32::MAX as usize;
/// The default limit on one quotation's length: 1 MiB.
pub const DEFAULT_MAX_QUOTE_LEN: usize = 1 << 20;

static SHARED_DEFAULT: Lazy<Arc<Lexicon>> = Lazy::new(|| Arc::new(DEFAULT.clone()));

/// Finds the quotations in news text and who said them.
///
/// Build one with [`Attributor::new`] (the defaults) or [`Attributor::builder`], then call
/// [`attribute`](Attributor::attribute) on each text. An attributor is `Send + Sync`: share one
/// across threads.
///
/// ```
/// use quote_attribution::{Attributor, QuoteKind};
///
/// let text = "“We’ll see,” Trump said.";
/// let article = Attributor::new().attribute(text)?;
/// let quote = &article.quotes()[0];
/// assert_eq!(quote.as_str(), "“We’ll see,”");
/// assert_eq!(quote.kind(), QuoteKind::Direct);
/// assert_eq!(article.speaker_of(quote).map(|s| s.name()), Some("Trump"));
/// # Ok::<(), quote_attribution::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Attributor {
    lexicon: Arc<Lexicon>,
    known: Arc<[KnownSpeaker]>,
    max_document_len: usize,
    max_quote_len: usize,
}

impl Default for Attributor {
    fn default() -> Self {
        Attributor::new()
    }
}

/// Builds an [`Attributor`] with limits, known speakers and extra lexicon entries.
///
/// ```
/// use quote_attribution::Attributor;
///
/// let attributor = Attributor::builder()
///     .speaker("Donald Trump", &["the President"])
///     .speech_verbs("harrumph\nsnarl")
///     .max_document_len(1 << 20)
///     .build()?;
/// let article = attributor.attribute("“No,” the President harrumphed.")?;
/// let quote = &article.quotes()[0];
/// assert_eq!(article.speaker_of(quote).map(|s| s.name()), Some("Donald Trump"));
/// # Ok::<(), quote_attribution::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct AttributorBuilder {
    known: Vec<(String, Vec<String>)>,
    verbs: Vec<String>,
    phrases: Vec<String>,
    max_document_len: usize,
    max_quote_len: usize,
}

impl Default for AttributorBuilder {
    fn default() -> Self {
        AttributorBuilder {
            known: Vec::new(),
            verbs: Vec::new(),
            phrases: Vec::new(),
            max_document_len: DEFAULT_MAX_DOCUMENT_LEN,
            max_quote_len: DEFAULT_MAX_QUOTE_LEN,
        }
    }
}

impl AttributorBuilder {
    /// A builder holding the defaults.
    pub fn new() -> Self {
        AttributorBuilder::default()
    }

    /// A person the articles will quote, with other names the text may use for them
    /// (`"the President"`). Mentions that match a name or an alias link to this speaker.
    pub fn speaker(&mut self, name: &str, aliases: &[&str]) -> &mut Self {
        self.known.push((
            name.to_string(),
            aliases.iter().map(|a| a.to_string()).collect(),
        ));
        self
    }

    /// Extra speech verbs, in the format of the shipped `speech_verbs.txt`: one lemma a line,
    /// followed by any irregular forms; `#` starts a comment.
    pub fn speech_verbs(&mut self, lexicon: &str) -> &mut Self {
        self.verbs.push(lexicon.to_string());
        self
    }

    /// Extra multi-word cues, one phrase a line (`"let it be known"`).
    pub fn cue_phrases(&mut self, lexicon: &str) -> &mut Self {
        self.phrases.push(lexicon.to_string());
        self
    }

    /// The longest document, in bytes, that [`Attributor::attribute`] accepts; at most
    /// [`MAX_DOCUMENT_LEN`] (4 GiB), whatever is asked.
    pub fn max_document_len(&mut self, bytes: usize) -> &mut Self {
        self.max_document_len = bytes;
        self
    }

    /// The longest quotation, in bytes; a longer one makes the document an error.
    pub fn max_quote_len(&mut self, bytes: usize) -> &mut Self {
        self.max_quote_len = bytes;
        self
    }

    /// Builds the attributor, checking the lexicon entries and known speakers.
    pub fn build(&self) -> Result<Attributor, Error> {
        let lexicon = if self.verbs.is_empty() && self.phrases.is_empty() {
            SHARED_DEFAULT.clone()
        } else {
            let mut lex = DEFAULT.clone();
            for (n, text) in self.verbs.iter().enumerate() {
                lex.add_verbs(&format!("speech verbs #{}", n + 1), text)?;
            }
            for (n, text) in self.phrases.iter().enumerate() {
                lex.add_phrases(&format!("cue phrases #{}", n + 1), text)?;
            }
            lex.rebuild();
            Arc::new(lex)
        };
        let known = self
            .known
            .iter()
            .map(|(name, aliases)| KnownSpeaker::new(name, aliases))
            .collect::<Result<Vec<_>, Error>>()?;
        Ok(Attributor {
            lexicon,
            known: known.into(),
            max_document_len: self.max_document_len,
            max_quote_len: self.max_quote_len,
        })
    }
}

impl Attributor {
    /// An attributor with the default lexicons and limits.
    pub fn new() -> Self {
        Attributor {
            lexicon: SHARED_DEFAULT.clone(),
            known: Arc::from(Vec::new()),
            max_document_len: DEFAULT_MAX_DOCUMENT_LEN,
            max_quote_len: DEFAULT_MAX_QUOTE_LEN,
        }
    }

    /// A builder to configure an attributor.
    pub fn builder() -> AttributorBuilder {
        AttributorBuilder::new()
    }

    /// Finds the quotations in `text` and their speakers.
    ///
    /// Fails only when a configured limit is exceeded.
    pub fn attribute<'t>(&self, text: &'t str) -> Result<Article<'t>, Error> {
        let max = self.max_document_len.min(MAX_DOCUMENT_LEN);
        if text.len() > max {
            return Err(Error::DocumentTooLarge {
                len: text.len(),
                max,
            });
        }
        let scanned = scan(text);
        if let Some(q) = scanned.iter().find(|q| q.span.len() > self.max_quote_len) {
            return Err(Error::QuoteTooLong {
                offset: q.span.start,
                len: q.span.len(),
                max: self.max_quote_len,
            });
        }
        let mut tokens = Vec::with_capacity(text.len() / 4 + 16);
        tokenize(
            text,
            scanned.iter().map(|q| q.span),
            &self.lexicon,
            &mut tokens,
        );
        let lex = &*self.lexicon;
        let cues = CueIndex::new(text, &tokens, lex);
        let sentences = SentenceIndex::new(text, &tokens);

        let mut quote_tokens = vec![0; scanned.len()];
        for (i, t) in tokens.iter().enumerate() {
            if let Kind::Quote(q) = t.kind
                && let Some(slot) = quote_tokens.get_mut(q as usize)
            {
                *slot = i;
            }
        }
        let mut cursor = Cursor::default();
        let contexts: Vec<_> = quote_tokens
            .iter()
            .map(|&i| context(text, &tokens, &sentences, i, &mut cursor))
            .collect();
        let kinds: Vec<QuoteKind> = scanned
            .iter()
            .zip(&contexts)
            .map(|(q, ctx)| {
                classify(&Quoted {
                    text,
                    tokens: &tokens,
                    quote: &text[q.span.range()],
                    ctx,
                    lex,
                    cues: &cues,
                })
            })
            .collect();

        let mut quotes: Vec<Quote<'t>> = scanned
            .into_iter()
            .zip(kinds.iter().copied())
            .map(|(q, kind)| Quote {
                start: q.span.start,
                end: q.span.end,
                text: Cow::Borrowed(&text[q.span.range()]),
                kind,
                marks: q.marks,
                pieces: q.pieces,
                inner: q.inner,
                unclosed: q.unclosed,
                speaker: None,
                mention: None,
                cue: None,
                confidence: None,
                rule: None,
            })
            .collect();
        let speakers = attribution::attribute(
            &attribution::Input {
                text,
                tokens: &tokens,
                quote_tokens: &quote_tokens,
                contexts: &contexts,
                kinds: &kinds,
                cues: &cues,
                sentences: &sentences,
                known: &self.known,
            },
            &mut quotes,
        );
        Ok(Article { quotes, speakers })
    }

    /// Attributes many documents, on all cores when the `rayon` feature is on (the default),
    /// returning the results in input order.
    ///
    /// ```
    /// use quote_attribution::Attributor;
    ///
    /// let texts = ["“Yes,” she said.", "No quotes here.", "“No,” he said."];
    /// let results = Attributor::new().attribute_batch(&texts);
    /// let counts: Vec<usize> = results.iter().map(|r| r.as_ref().map_or(0, |a| a.quotes().len())).collect();
    /// assert_eq!(counts, [1, 0, 1]);
    /// ```
    pub fn attribute_batch<'t, T>(&self, texts: &'t [T]) -> Vec<Result<Article<'t>, Error>>
    where
        T: AsRef<str> + Sync,
    {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            texts
                .par_iter()
                .map(|t| self.attribute(t.as_ref()))
                .collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            texts.iter().map(|t| self.attribute(t.as_ref())).collect()
        }
    }

    /// Like [`attribute`](Attributor::attribute), for bytes that should be UTF-8.
    ///
    /// ```
    /// use quote_attribution::{Attributor, Error};
    ///
    /// let err = Attributor::new().attribute_bytes(b"ok \xff").unwrap_err();
    /// assert_eq!(err, Error::InvalidUtf8 { offset: 3 });
    /// ```
    pub fn attribute_bytes<'t>(&self, bytes: &'t [u8]) -> Result<Article<'t>, Error> {
        let text = std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
            offset: e.valid_up_to(),
        })?;
        self.attribute(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributor_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Attributor>();
        check::<AttributorBuilder>();
        check::<Article<'static>>();
    }

    #[test]
    fn limits_are_typed_errors() {
        let a = Attributor::builder()
            .max_document_len(4)
            .build()
            .expect("builds");
        assert_eq!(
            a.attribute("hello"),
            Err(Error::DocumentTooLarge { len: 5, max: 4 })
        );
        let a = Attributor::builder()
            .max_quote_len(8)
            .build()
            .expect("builds");
        assert_eq!(
            a.attribute("He said “a long one.”"),
            Err(Error::QuoteTooLong {
                offset: 8,
                len: "“a long one.”".len(),
                max: 8
            })
        );
        assert!(a.attribute("He said “ok”").is_ok());
    }

    #[test]
    fn bad_lexicon_entries_fail_the_build() {
        let err = Attributor::builder().speech_verbs("ok\nnot a 9\n").build();
        assert!(matches!(err, Err(Error::Lexicon { line: 2, .. })));
        let err = Attributor::builder().cue_phrases("single\n").build();
        assert!(matches!(err, Err(Error::Lexicon { line: 1, .. })));
        let err = Attributor::builder().speaker("  ", &[]).build();
        assert!(matches!(err, Err(Error::Speaker { .. })));
    }
}
