//! Attributing a stream of documents: [`Attributor::attribute_stream`] reads documents from an
//! iterator in batches, attributes each batch across threads, and yields the results in input
//! order, so that memory stays bounded however long the stream.

use std::iter::FusedIterator;

use crate::attributor::Attributor;
use crate::error::Error;
use crate::result::Article;

/// How many documents [`Stream`] reads at most before it attributes them, by default.
pub const DEFAULT_BATCH_DOCUMENTS: usize = 256;
/// How many bytes of text [`Stream`] reads at most before it attributes them, by default: 16
/// MiB (a batch may pass it by its last document).
pub const DEFAULT_BATCH_BYTES: usize = 16 << 20;

/// The documents of a stream with their results, in input order: what
/// [`Attributor::attribute_stream`] returns.
///
/// It reads up to [`DEFAULT_BATCH_DOCUMENTS`] documents or [`DEFAULT_BATCH_BYTES`] of text
/// (see [`batch`](Stream::batch)), attributes them across threads (the `rayon` feature, on by
/// default), and yields each document with its owned result before it reads the next batch.
/// At most one batch of documents and results is held at a time.
#[derive(Debug)]
#[must_use = "a stream attributes nothing until it is iterated"]
pub struct Stream<'a, I: Iterator> {
    attributor: &'a Attributor,
    documents: std::iter::Fuse<I>,
    ready: std::vec::IntoIter<(I::Item, Result<Article<'static>, Error>)>,
    max_documents: usize,
    max_bytes: usize,
}

impl<'a, I: Iterator> Stream<'a, I> {
    pub(crate) fn new(attributor: &'a Attributor, documents: I) -> Self {
        Stream {
            attributor,
            documents: documents.fuse(),
            ready: Vec::new().into_iter(),
            max_documents: DEFAULT_BATCH_DOCUMENTS,
            max_bytes: DEFAULT_BATCH_BYTES,
        }
    }

    /// Sets the size of a batch: at most `documents` documents (at least one) and, once they
    /// hold `bytes` of text, no more. Larger batches keep more threads busy on uneven
    /// documents; smaller ones hold less memory.
    pub fn batch(mut self, documents: usize, bytes: usize) -> Self {
        self.max_documents = documents.max(1);
        self.max_bytes = bytes;
        self
    }
}

impl<I, T> Iterator for Stream<'_, I>
where
    I: Iterator<Item = T>,
    T: AsRef<str> + Sync,
{
    type Item = (T, Result<Article<'static>, Error>);

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(done) = self.ready.next() {
            return Some(done);
        }
        let mut batch = Vec::new();
        let mut bytes = 0;
        while batch.len() < self.max_documents && bytes < self.max_bytes {
            let Some(document) = self.documents.next() else {
                break;
            };
            bytes += document.as_ref().len();
            batch.push(document);
        }
        if batch.is_empty() {
            return None;
        }
        let results = attribute_owned(self.attributor, &batch);
        self.ready = batch
            .into_iter()
            .zip(results)
            .collect::<Vec<_>>()
            .into_iter();
        self.ready.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (low, high) = self.documents.size_hint();
        let ready = self.ready.len();
        (
            low.saturating_add(ready),
            high.and_then(|h| h.checked_add(ready)),
        )
    }
}

impl<I, T> FusedIterator for Stream<'_, I>
where
    I: Iterator<Item = T>,
    T: AsRef<str> + Sync,
{
}

/// Attributes `batch`, across threads where the `rayon` feature is on, into owned results.
fn attribute_owned<T: AsRef<str> + Sync>(
    attributor: &Attributor,
    batch: &[T],
) -> Vec<Result<Article<'static>, Error>> {
    let one = |t: &T| attributor.attribute(t.as_ref()).map(Article::into_owned);
    #[cfg(feature = "rayon")]
    {
        use rayon::prelude::*;
        batch.par_iter().map(one).collect()
    }
    #[cfg(not(feature = "rayon"))]
    {
        batch.iter().map(one).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order_across_batches() {
        let attributor = Attributor::builder()
            .max_document_len(40)
            .build()
            .expect("builds");
        let texts: Vec<String> = (0..25)
            .map(|i| {
                if i % 7 == 3 {
                    format!("{i} is a document far too long for the limit.")
                } else {
                    format!("“{i},” she said.")
                }
            })
            .collect();
        let out: Vec<(String, Result<Article<'static>, Error>)> = attributor
            .attribute_stream(texts.clone())
            .batch(4, 64)
            .collect();
        assert_eq!(out.len(), texts.len());
        for (i, ((text, result), want)) in out.iter().zip(&texts).enumerate() {
            assert_eq!(text, want);
            match result {
                Ok(article) => assert_eq!(article.quotes()[0].as_str(), format!("“{i},”")),
                Err(e) => {
                    assert_eq!(i % 7, 3, "{e}");
                    assert!(matches!(e, Error::DocumentTooLarge { .. }));
                }
            }
        }
    }

    #[test]
    fn a_batch_stops_at_its_bytes() {
        let docs = ["“One,” he said.", "“Two,” he said.", "“Three,” he said."];
        let attributor = Attributor::new();
        let mut stream = attributor.attribute_stream(docs.iter()).batch(100, 1);
        // One document a batch: the first result is ready before the second document is read.
        let (first, _) = stream.next().expect("a result");
        assert_eq!(*first, docs[0]);
        assert_eq!(stream.documents.size_hint(), (2, Some(2)));
        assert_eq!(stream.count(), 2);
        assert_eq!(
            attributor.attribute_stream(Vec::<String>::new()).next(),
            None
        );
    }
}
