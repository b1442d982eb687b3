//! The mention that starts or ends at a token, in constant time and in three bits a token:
//! the mentions are in text order and none overlaps another, so the mention that starts at a
//! token is the number of mentions that start before it, and likewise for ends.

use crate::mentions::Found;

/// Where the mentions of a document start and end: for each 64 tokens, a bit for each that
/// starts a mention and one for each that ends one, and how many mentions start before them.
/// (As many end before them, less the one that spans their first token, if any.)
pub(super) struct MentionIndex {
    blocks: Vec<Block>,
}

#[derive(Debug, Clone, Copy, Default)]
struct Block {
    starts: u64,
    ends: u64,
    /// How many mentions start before the block, and how many end before it.
    started: u32,
    ended: u32,
}

impl MentionIndex {
    /// The index of `mentions` (in text order, none overlapping another) over `tokens` tokens.
    pub(super) fn new(mentions: &[Found], tokens: usize) -> MentionIndex {
        let mut blocks = vec![Block::default(); tokens.div_ceil(64)];
        for m in mentions {
            let r = m.tokens();
            if let Some(b) = blocks.get_mut(r.start / 64) {
                b.starts |= 1 << (r.start % 64);
            }
            if let Some(last) = r.end.checked_sub(1)
                && let Some(b) = blocks.get_mut(last / 64)
            {
                b.ends |= 1 << (last % 64);
            }
        }
        let (mut started, mut ended) = (0u32, 0u32);
        for b in &mut blocks {
            (b.started, b.ended) = (started, ended);
            started = started.saturating_add(b.starts.count_ones());
            ended = ended.saturating_add(b.ends.count_ones());
        }
        MentionIndex { blocks }
    }

    /// The mention whose first token is `i`: as many mentions start before it.
    pub(super) fn starting(&self, i: usize) -> Option<usize> {
        let b = self.blocks.get(i / 64)?;
        rank(b.starts, i % 64).map(|r| b.started as usize + r)
    }

    /// The mention whose last token is `i`: as many mentions end before it.
    pub(super) fn ending(&self, i: usize) -> Option<usize> {
        let b = self.blocks.get(i / 64)?;
        rank(b.ends, i % 64).map(|r| b.ended as usize + r)
    }
}

/// How many of the bits of `word` below bit `at` are set, when bit `at` is.
fn rank(word: u64, at: usize) -> Option<usize> {
    let bit = 1u64 << at;
    (word & bit != 0).then(|| (word & (bit - 1)).count_ones() as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bit_is_ranked_among_the_bits_below_it() {
        let word = 0b1011_0001u64 | 1 << 63;
        let ranks: Vec<Option<usize>> = (0..64).map(|at| rank(word, at)).collect();
        let expected: Vec<Option<usize>> = (0..64)
            .map(|at| match at {
                0 => Some(0),
                4 => Some(1),
                5 => Some(2),
                7 => Some(3),
                63 => Some(4),
                _ => None,
            })
            .collect();
        assert_eq!(ranks, expected);
    }

    #[test]
    fn the_mention_at_a_token_is_found_at_either_end() {
        // Over a block of 64 tokens, so that the counts before a block are read too.
        let text = "Victor Cha, a veteran adviser, said he agreed with the President. ".repeat(12);
        let mut tokens = Vec::new();
        crate::tokens::tokenize(&text, [], &crate::lexicon::DEFAULT, &mut tokens);
        let mentions = crate::mentions::find(&text, &tokens);
        let index = MentionIndex::new(&mentions, tokens.len());
        for i in 0..tokens.len() + 2 {
            let starting = mentions.iter().position(|m| m.tokens().start == i);
            let ending = mentions.iter().position(|m| m.tokens().end == i + 1);
            assert_eq!(
                (index.starting(i), index.ending(i)),
                (starting, ending),
                "{i}"
            );
        }
        assert!(mentions.len() >= 3, "{mentions:?}");
    }
}
