//! The engine: [`Attributor`], built once through [`AttributorBuilder`], runs the pipeline
//! (scanner → tokens → kinds → mentions and cues → attributions → speakers) over each text.

use std::borrow::Cow;
use std::fmt;
use std::mem::size_of;
use std::sync::{Arc, Mutex};

use once_cell::sync::Lazy;

use crate::attribution;
use crate::classify::{Quoted, classify};
use crate::cues::CueIndex;
use crate::error::Error;
use crate::layout::Layout;
use crate::lexicon::{DEFAULT, Lexicon};
use crate::result::{Article, Quote, QuoteKind, Span};
use crate::scanner::{Scanned, scan_as};
use crate::sentences::{Context, Cursor, SentenceIndex, context};
use crate::speakers::KnownSpeaker;
use crate::stream::Stream;
use crate::tokens::{Kind, Token, tokenize_as};

/// The default limit on a document's length: 64 MiB.
pub const DEFAULT_MAX_DOCUMENT_LEN: usize = 64 << 20;
/// The longest document any attributor takes, whatever its limit: 4 GiB less a byte, since
/// token offsets are 32-bit.
pub const MAX_DOCUMENT_LEN: usize = u32::MAX as usize;
/// The default limit on one quotation's length: 1 MiB.
pub const DEFAULT_MAX_QUOTE_LEN: usize = 1 << 20;

/// The most working memory an attributor keeps from one call for the next: 64 MiB, enough
/// for a 1 MiB text made of nothing but quotations.
const MAX_KEPT: usize = 64 << 20;

/// The shipped lexicons that default attributors share, built once: built afresh rather than
/// copied from [`DEFAULT`], which only a custom lexicon starts from.
static SHARED_DEFAULT: Lazy<Arc<Lexicon>> = Lazy::new(|| Arc::new(Lexicon::builtin()));

/// The lists one call builds that grow with its text. An attributor keeps them between calls,
/// so that a long text reuses the pages of the last one rather than having the kernel fault
/// in fresh ones (the allocator returns large blocks to it on every free).
#[derive(Default)]
struct Workspace {
    scanned: Vec<Scanned>,
    tokens: Vec<Token>,
    quote_tokens: Vec<usize>,
    contexts: Vec<Context>,
    kinds: Vec<QuoteKind>,
}

impl Workspace {
    /// The memory the lists hold.
    fn bytes(&self) -> usize {
        self.scanned.capacity() * size_of::<Scanned>()
            + self.tokens.capacity() * size_of::<Token>()
            + self.quote_tokens.capacity() * size_of::<usize>()
            + self.contexts.capacity() * size_of::<Context>()
            + self.kinds.capacity() * size_of::<QuoteKind>()
    }
}

/// The workspaces of finished calls: at most one for each call that ran at the same time, each
/// at most [`MAX_KEPT`] bytes.
#[derive(Default)]
struct Pool(Mutex<Vec<Workspace>>);

impl Pool {
    fn take(&self) -> Workspace {
        self.0
            .lock()
            .ok()
            .and_then(|mut kept| kept.pop())
            .unwrap_or_default()
    }

    fn give(&self, workspace: Workspace) {
        if workspace.bytes() <= MAX_KEPT
            && let Ok(mut kept) = self.0.lock()
        {
            kept.push(workspace);
        }
    }
}

/// A copy starts with no workspaces of its own.
impl Clone for Pool {
    fn clone(&self) -> Pool {
        Pool::default()
    }
}

impl fmt::Debug for Pool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pool")
    }
}

/// Finds the quotations in news text and who said them.
///
/// Build one with [`Attributor::new`] (the defaults) or [`Attributor::builder`], then call
/// [`attribute`](Attributor::attribute) on each text. An attributor is `Send + Sync`: share one
/// across threads.
///
/// An attributor keeps the working memory of its finished calls for the next ones (one set for
/// each call that ran at the same time, each at most 64 MiB; a few hundred KiB for a news
/// article), and frees it when it is dropped. A clone starts with none.
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
    workspaces: Pool,
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
    #[must_use]
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

    /// The longest quotation, in bytes ([`DEFAULT_MAX_QUOTE_LEN`], 1 MiB, by default). A longer
    /// one is not a quotation: its span is listed in [`Article::skipped`], the quotations inside
    /// it are reported on their own, and the rest of the document is attributed as usual.
    pub fn max_quote_len(&mut self, bytes: usize) -> &mut Self {
        self.max_quote_len = bytes;
        self
    }

    /// Builds the attributor, checking the lexicon entries and known speakers.
    ///
    /// # Errors
    /// [`Error::Lexicon`] for a malformed speech verb or cue phrase, naming the lexicon and the
    /// line; [`Error::Speaker`] for a known speaker whose name or an alias has no letters.
    ///
    /// ```
    /// use quote_attribution::{Attributor, Error};
    ///
    /// let err = Attributor::builder().speech_verbs("harrumph\nnot a verb 9\n").build();
    /// assert!(matches!(err, Err(Error::Lexicon { line: 2, .. })));
    /// ```
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
            workspaces: Pool::default(),
        })
    }
}

impl Attributor {
    /// An attributor with the default lexicons and limits.
    #[must_use]
    pub fn new() -> Self {
        Attributor {
            lexicon: SHARED_DEFAULT.clone(),
            known: Arc::from(Vec::new()),
            max_document_len: DEFAULT_MAX_DOCUMENT_LEN,
            max_quote_len: DEFAULT_MAX_QUOTE_LEN,
            workspaces: Pool::default(),
        }
    }

    /// A builder to configure an attributor.
    #[must_use]
    pub fn builder() -> AttributorBuilder {
        AttributorBuilder::new()
    }

    /// Finds the quotations and reported statements in `text`, and their speakers.
    ///
    /// The article borrows from `text`; [`Article::into_owned`] gives a copy that does not.
    /// A quotation longer than the [quotation limit](AttributorBuilder::max_quote_len) is
    /// skipped, not an error: see [`Article::skipped`].
    ///
    /// # Errors
    /// [`Error::DocumentTooLarge`] when `text` is longer than the attributor's
    /// [document limit](AttributorBuilder::max_document_len). Nothing else fails.
    ///
    /// ```
    /// use quote_attribution::Attributor;
    ///
    /// let text = "“We’ll see,” Trump said. “Nobody knows.”";
    /// let article = Attributor::new().attribute(text)?;
    /// for quote in article.quotes() {
    ///     let speaker = article.speaker_of(quote).map_or("unknown", |s| s.name());
    ///     println!("{speaker}: {}", quote.content());
    /// }
    /// assert_eq!(article.speaker_of(&article.quotes()[1]).map(|s| s.name()), Some("Trump"));
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    pub fn attribute<'t>(&self, text: &'t str) -> Result<Article<'t>, Error> {
        let max = self.max_document_len.min(MAX_DOCUMENT_LEN);
        if text.len() > max {
            return Err(Error::DocumentTooLarge {
                len: text.len(),
                max,
            });
        }
        let mut work = self.workspaces.take();
        let article = self.attribute_in(text, &mut work);
        self.workspaces.give(work);
        Ok(article)
    }

    /// [`attribute`](Attributor::attribute), with the lists it builds kept in `work`.
    fn attribute_in<'t>(&self, text: &'t str, work: &mut Workspace) -> Article<'t> {
        let layout = Layout::of(text);
        work.scanned = scan_as(text, layout, std::mem::take(&mut work.scanned));
        // The results are built now, then classified and attributed in place; their kind is
        // set by `classify` below.
        let mut quotes: Vec<Quote<'t>> = Vec::with_capacity(work.scanned.len());
        let mut skipped = Vec::new();
        for q in work.scanned.drain(..) {
            let quote = unclassified(text, 0, q);
            if quote.span().len() <= self.max_quote_len {
                quotes.push(quote);
                continue;
            }
            // Too long to be a quotation: its marks open and close nothing, and the quotations
            // inside it stand on their own, unless they too are too long.
            skipped.push(quote.span());
            for inside in quote.content_spans() {
                for q in scan_as(&text[inside.range()], layout, Vec::new()) {
                    let quote = unclassified(text, inside.start, q);
                    if quote.span().len() <= self.max_quote_len {
                        quotes.push(quote);
                    } else {
                        skipped.push(quote.span());
                    }
                }
            }
        }
        let tokens = &mut work.tokens;
        tokens.clear();
        tokens.reserve(text.len() / 4 + 16);
        tokenize_as(
            text,
            layout,
            quotes.iter().map(Quote::span),
            &self.lexicon,
            tokens,
        );
        let tokens = &*tokens;
        let lex = &*self.lexicon;
        let cues = CueIndex::new(text, tokens, lex);
        let sentences = SentenceIndex::new(text, tokens);

        // The token of each quotation (0 for one the tokenizer left out, inside another): found
        // by its start, since tokens are in text order, galloping on from the last one's.
        let quote_tokens = &mut work.quote_tokens;
        quote_tokens.clear();
        let mut from = 0;
        quote_tokens.extend(quotes.iter().enumerate().map(|(q, quote)| {
            let start = quote.span().start;
            let i = first_starting(tokens, start, from);
            match tokens.get(i).map(Token::kind) {
                Some(Kind::Quote(k)) if k as usize == q => {
                    from = i;
                    i
                }
                _ => 0,
            }
        }));
        let mut cursor = Cursor::default();
        work.contexts.clear();
        work.contexts.extend(
            quote_tokens
                .iter()
                .map(|&i| context(text, tokens, &sentences, i, &mut cursor)),
        );
        work.kinds.clear();
        work.kinds
            .extend(quotes.iter_mut().zip(&work.contexts).map(|(q, ctx)| {
                q.kind = classify(&Quoted {
                    text,
                    tokens,
                    quote: &text[q.range()],
                    ctx,
                    lex,
                    cues: &cues,
                });
                q.kind
            }));

        let (statements, speakers) = attribution::attribute(
            &attribution::Input {
                text,
                tokens,
                quote_tokens,
                contexts: &work.contexts,
                kinds: &work.kinds,
                cues: &cues,
                sentences: &sentences,
                known: &self.known,
            },
            &mut quotes,
        );
        Article {
            quotes,
            statements,
            speakers,
            skipped,
        }
    }

    /// Attributes many documents, on all cores when the `rayon` feature is on (the default),
    /// returning the results in input order. Each result is what
    /// [`attribute`](Attributor::attribute) gives, its error included. For more documents than
    /// fit in memory, use [`attribute_stream`](Attributor::attribute_stream).
    ///
    /// ```
    /// use quote_attribution::Attributor;
    ///
    /// let texts = ["“Yes,” she said.", "No quotes here.", "“No,” he said."];
    /// let results = Attributor::new().attribute_batch(&texts);
    /// let counts: Vec<usize> = results.iter().map(|r| r.as_ref().map_or(0, |a| a.quotes().len())).collect();
    /// assert_eq!(counts, [1, 0, 1]);
    /// ```
    #[must_use]
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

    /// Attributes a stream of documents, as many as it holds, in bounded memory: reads them in
    /// batches (256 documents or 16 MiB of text by default, see [`Stream::batch`]), attributes
    /// each batch across threads (the `rayon` feature, on by default), and yields every
    /// document with its result in input order, the result owned (`Article<'static>`) so that
    /// it outlives the batch.
    ///
    /// A document is anything that reads as text (`String`, `&str`, or a type of your own that
    /// carries an id beside its text, through `AsRef<str>`); it comes back with its result, so
    /// its id does too. A document's error (over the document limit) is its result; the others
    /// go on.
    ///
    /// ```
    /// use quote_attribution::Attributor;
    ///
    /// struct Doc {
    ///     id: u32,
    ///     text: String,
    /// }
    /// impl AsRef<str> for Doc {
    ///     fn as_ref(&self) -> &str {
    ///         &self.text
    ///     }
    /// }
    ///
    /// // Any iterator: lines of a file, rows of a database, pages of a crawl.
    /// let docs = (0..1000).map(|id| Doc { id, text: format!("“Number {id},” she said.") });
    /// let attributor = Attributor::new();
    /// for (doc, result) in attributor.attribute_stream(docs) {
    ///     let article = result?;
    ///     assert_eq!(article.quotes()[0].content(), format!("Number {},", doc.id));
    /// }
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    pub fn attribute_stream<I>(&self, documents: I) -> Stream<'_, I::IntoIter>
    where
        I: IntoIterator,
        I::Item: AsRef<str> + Sync,
    {
        Stream::new(self, documents.into_iter())
    }

    /// Like [`attribute`](Attributor::attribute), for bytes that should be UTF-8.
    ///
    /// # Errors
    /// [`Error::InvalidUtf8`] with the offset of the first byte that is not UTF-8, and
    /// [`Error::DocumentTooLarge`] as for [`attribute`](Attributor::attribute).
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

/// The first of `tokens` from `from` on that starts at or after byte `start`: galloping forward
/// from `from`, so that the search costs the logarithm of how far the answer lies.
fn first_starting(tokens: &[Token], start: usize, from: usize) -> usize {
    let below = |t: &Token| t.span().start < start;
    let rest = tokens.get(from..).unwrap_or_default();
    let mut step = 1;
    while rest.get(step - 1).is_some_and(below) {
        step *= 2;
    }
    // Everything before `step / 2` is below; the answer is at `step` at the latest.
    let (lo, hi) = (step / 2, step.min(rest.len()));
    from + lo + rest.get(lo..hi).map_or(0, |r| r.partition_point(below))
}

/// The quotation `q`, found by scanning the part of `text` that starts at byte `offset`, as a
/// result not yet classified or attributed.
fn unclassified(text: &str, offset: usize, q: Scanned) -> Quote<'_> {
    let span = Span::new(q.span.start + offset, q.span.end + offset);
    let (marks, unclosed) = (q.marks, q.unclosed);
    let (mut pieces, mut inner) = q.into_parts();
    if offset > 0 {
        pieces.shift(offset);
        for s in &mut inner {
            *s = Span::new(s.start + offset, s.end + offset);
        }
    }
    Quote {
        start: span.start,
        end: span.end,
        text: Cow::Borrowed(&text[span.range()]),
        kind: QuoteKind::Term,
        marks,
        pieces,
        inner,
        unclosed,
        attribution: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pool_keeps_workspaces_up_to_its_limit() {
        let pool = Pool::default();
        let mut small = pool.take();
        small.tokens.reserve(1000);
        let mut big = Workspace::default();
        big.quote_tokens.reserve(MAX_KEPT / size_of::<usize>() + 1);
        assert!(big.bytes() > MAX_KEPT);
        pool.give(small);
        pool.give(big);
        let kept = pool.take();
        assert!(kept.tokens.capacity() >= 1000 && kept.quote_tokens.capacity() == 0);
        // Only the small one was kept; a copy of the pool starts empty.
        assert_eq!(pool.take().bytes(), 0);
        pool.give(kept);
        assert_eq!(pool.clone().take().bytes(), 0);
    }

    #[test]
    fn the_first_token_at_a_start_is_found_from_any_token_before_it() {
        let text = "“Yes,” she said, and “no” — he said: “maybe.”";
        let mut tokens = Vec::new();
        crate::tokens::tokenize(text, [], &DEFAULT, &mut tokens);
        for start in 0..=text.len() + 1 {
            let first = tokens.iter().position(|t| t.span().start >= start);
            let first = first.unwrap_or(tokens.len());
            for from in 0..=first {
                assert_eq!(
                    first_starting(&tokens, start, from),
                    first,
                    "{start} {from}"
                );
            }
        }
    }

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
    }

    #[test]
    fn a_quotation_over_the_limit_is_skipped_and_the_rest_attributed() {
        let a = Attributor::builder()
            .max_quote_len(20)
            .build()
            .expect("builds");
        let text =
            "“Yes,” she said. He said “a long one with ‘a short one’ inside.” “No,” he said.";
        let article = a.attribute(text).expect("within the document limit");
        let long = text.find("“a long").expect("there");
        let end = text.find("inside.”").expect("there") + "inside.”".len();
        assert_eq!(article.skipped(), [Span::new(long, end)]);
        let quotes: Vec<&str> = article.quotes().iter().map(|q| q.as_str()).collect();
        assert_eq!(quotes, ["“Yes,”", "‘a short one’", "“No,”"]);
        let first = &article.quotes()[0];
        assert_eq!(first.mention().map(|m| m.as_str()), Some("she"));
        assert!(article.speaker_of(first).is_some());
        assert!(
            a.attribute("He said “ok”")
                .expect("ok")
                .skipped()
                .is_empty()
        );
    }

    #[test]
    fn a_quotation_over_the_limit_in_one_over_the_limit_is_skipped_too() {
        let a = Attributor::builder()
            .max_quote_len(12)
            .build()
            .expect("builds");
        let text = "“a long one with ‘another long one’ inside” and ‘ok’";
        let article = a.attribute(text).expect("within the document limit");
        let spans: Vec<&str> = article.skipped().iter().map(|s| &text[s.range()]).collect();
        assert_eq!(
            spans,
            [
                "“a long one with ‘another long one’ inside”",
                "‘another long one’"
            ]
        );
        let quotes: Vec<&str> = article.quotes().iter().map(|q| q.as_str()).collect();
        assert_eq!(quotes, ["‘ok’"]);
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
