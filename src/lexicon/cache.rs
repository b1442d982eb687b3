//! The per-thread cache of word classes: each distinct word form is classified by the lexicon
//! once, then read back from a direct-mapped table keyed by its bytes.

use std::cell::RefCell;

use super::{Class, Lexicon};

/// A cache of classifications: a direct-mapped table of words of up to sixteen bytes, keyed by
/// their exact bytes. Each thread keeps one across documents ([`with_classifier`]), since news
/// articles share most of their words; the cache empties itself when it is asked about another
/// lexicon.
pub(crate) struct Classifier {
    /// The [`Lexicon::id`] the slots hold classes from; 0 for none.
    lexicon: u64,
    slots: Box<[(u128, Class)]>,
}

/// The cache's size: a power of two. At 32 bytes a slot, 512 KiB per thread. Measured on the
/// second half of the PolNeAR texts after the first half (words it has not seen in those
/// documents), 16,384 slots attribute about 7% faster than 4,096: a miss costs a mispredicted
/// branch as well as the look-up.
const CACHE_SLOTS: usize = 16384;
/// The longest word the cache holds.
pub(super) const CACHE_WORD: usize = 16;

/// The size of the stand-in cache [`with_classifier`] makes when the thread's is unavailable.
const SPARE_SLOTS: usize = 512;

impl Classifier {
    pub(crate) fn new() -> Classifier {
        Classifier::with_slots(CACHE_SLOTS)
    }

    /// A cache of `slots` entries, rounded up to a power of two.
    pub(super) fn with_slots(slots: usize) -> Classifier {
        Classifier {
            lexicon: 0,
            slots: vec![(0, Class::default()); slots.max(2).next_power_of_two()].into_boxed_slice(),
        }
    }

    /// The same as `lex.classify(&text[start..end])`. Inlined into the tokenizer's loop,
    /// which asks it of every word: a call costs more than the look-up when it hits.
    #[inline(always)]
    pub(crate) fn classify(
        &mut self,
        lex: &Lexicon,
        text: &str,
        start: usize,
        end: usize,
    ) -> Class {
        let word = || text.get(start..end).unwrap_or_default();
        let Some(key) = cache_key(text.as_bytes(), start, end.saturating_sub(start)) else {
            return lex.classify(word());
        };
        if self.lexicon != lex.id {
            self.slots.fill((0, Class::default()));
            self.lexicon = lex.id;
        }
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        // Fibonacci hashing onto the table.
        let slot = (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15)
            >> (64 - self.slots.len().trailing_zeros())) as usize;
        match self.slots.get_mut(slot) {
            Some((k, class)) if *k == key => *class,
            Some(entry) => {
                let class = lex.classify(word());
                *entry = (key, class);
                class
            }
            None => lex.classify(word()),
        }
    }
}

/// The word of `len` bytes at `start` in `bytes` as an integer, distinct for distinct words and
/// never 0: its bytes, zero-padded (no word holds a NUL byte); `None` for an empty word or one
/// longer than [`CACHE_WORD`]. Read with whole loads that reach past the word where the text
/// goes on, then masked.
fn cache_key(bytes: &[u8], start: usize, len: usize) -> Option<u128> {
    // A look-up, not a shift: a shift of a `u128` by a variable costs a dozen instructions,
    // and every word asks for its key.
    let mask = *KEY_MASKS.get(len).filter(|_| len > 0)?;
    match bytes
        .get(start..start + CACHE_WORD)
        .and_then(|b| <[u8; CACHE_WORD]>::try_from(b).ok())
    {
        // One load, where the text goes on for sixteen bytes.
        Some(b) => Some(u128::from_le_bytes(b) & mask),
        // Near the text's end, a byte at a time.
        None => Some(
            bytes
                .get(start..start + len)?
                .iter()
                .rev()
                .fold(0, |k, &x| (k << 8) | u128::from(x)),
        ),
    }
}

/// For each word length up to [`CACHE_WORD`], the mask that keeps that many low bytes.
const KEY_MASKS: [u128; CACHE_WORD + 1] = {
    let mut masks = [0; CACHE_WORD + 1];
    let mut len = 1;
    while len <= CACHE_WORD {
        masks[len] = u128::MAX >> (8 * (CACHE_WORD - len));
        len += 1;
    }
    masks
};

thread_local! {
    static CLASSIFIER: RefCell<Classifier> = RefCell::new(Classifier::new());
}

/// Runs `f` with this thread's [`Classifier`], or with a new one when the thread's is in use or
/// gone (during the thread's teardown).
pub(crate) fn with_classifier<R>(mut f: impl FnMut(&mut Classifier) -> R) -> R {
    match CLASSIFIER.try_with(|c| c.try_borrow_mut().ok().map(|mut c| f(&mut c))) {
        Ok(Some(r)) => r,
        _ => f(&mut Classifier::with_slots(SPARE_SLOTS)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{DEFAULT, flag};

    #[test]
    fn cache_keys_are_the_words_bytes_wherever_the_word_stands() {
        let words = [
            "a",
            "ab",
            "said",
            "Said",
            "sevench",
            "eightchr",
            "ninechars",
            "fifteen-letters",
            "sixteen-letters!",
        ];
        let mut keys = Vec::new();
        for w in words {
            let alone = cache_key(w.as_bytes(), 0, w.len());
            // Mid-text, where whole loads reach past the word, and at the text's end.
            let mid = format!("xx {w} and more text after it");
            let end = format!("xx {w}");
            assert_eq!(cache_key(mid.as_bytes(), 3, w.len()), alone, "{w}");
            assert_eq!(cache_key(end.as_bytes(), 3, w.len()), alone, "{w}");
            assert!(alone.is_some_and(|k| k != 0), "{w}");
            keys.push(alone);
        }
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), words.len());
        assert_eq!(cache_key(b"", 0, 0), None);
        assert_eq!(cache_key(b"seventeen-letters", 0, 17), None);
        assert_eq!(cache_key(b"short", 3, 5), None);
    }

    #[test]
    fn a_classifier_answers_for_the_lexicon_it_is_given() {
        let mut custom = DEFAULT.clone();
        custom.add_verbs("test", "zorble").expect("a valid entry");
        custom.rebuild();
        let text = "zorbled";
        let mut cache = Classifier::new();
        let mut small = Classifier::with_slots(SPARE_SLOTS);
        for _ in 0..2 {
            assert!(!small.classify(&DEFAULT, text, 0, text.len()).is(flag::VERB));
            assert!(small.classify(&custom, text, 0, text.len()).is(flag::VERB));
            assert!(!cache.classify(&DEFAULT, text, 0, text.len()).is(flag::VERB));
            assert!(cache.classify(&custom, text, 0, text.len()).is(flag::VERB));
        }
        // The thread's shared cache, too.
        let verb = |lex: &Lexicon| {
            with_classifier(|c| c.classify(lex, text, 0, text.len())).is(flag::VERB)
        };
        assert!(!verb(&DEFAULT));
        assert!(verb(&custom));
        assert!(!verb(&DEFAULT));
    }
}
