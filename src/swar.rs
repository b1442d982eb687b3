//! Eight bytes at a time: byte-wise tests on a `u64` holding eight bytes of text, as the
//! tokenizer, the lexicon's lower-casing and the word count read them.

/// The low bit of each byte.
pub(crate) const LOW: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x7` (eight bytes, each under 0x80) that lies in `lo..=hi`
/// (`hi` under 0x7F); the other bits are noise, to be masked with [`HIGH`]. A byte's high bit
/// after adding `0x80 - n` says whether it is at least `n`: no sum carries into the next byte.
#[inline(always)]
pub(crate) fn in_range(x7: u64, lo: u8, hi: u8) -> u64 {
    let at_least = |n: u8| x7.wrapping_add(LOW * u64::from(0x80 - n));
    at_least(lo) & !at_least(hi + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_range_tests_each_byte_as_one_at_a_time() {
        let ranges = [
            (b'0', b'9'),
            (b'a', b'z'),
            (b'A', b'Z'),
            (0x09, 0x0d),
            (b' ', b' '),
        ];
        for (lo, hi) in ranges {
            for b in 0..0x80u8 {
                for at in 0..8 {
                    let mut bytes = *b"a0 Z\t~\x7f\x01";
                    bytes[at] = b;
                    let got = in_range(u64::from_le_bytes(bytes), lo, hi) & HIGH;
                    let want = bytes
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| (lo..=hi).contains(*c))
                        .fold(0u64, |m, (k, _)| m | 0x80 << (8 * k));
                    assert_eq!(got, want, "{bytes:?} in {lo}..={hi}");
                }
            }
        }
    }
}
