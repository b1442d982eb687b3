//! Any bytes: `attribute_bytes` must not panic, must name the first bad byte of invalid UTF-8,
//! and on valid UTF-8 must agree with `attribute`; a small quotation limit gives the typed
//! error for the first long quotation, never a truncated result.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use quote_attribution::{Attributor, Error};

#[path = "../../tests/common/invariants.rs"]
mod invariants;

const MAX_QUOTE: usize = 24;

static LIMITED: LazyLock<Attributor> = LazyLock::new(|| {
    Attributor::builder()
        .max_quote_len(MAX_QUOTE)
        .build()
        .expect("builds")
});

fuzz_target!(|data: &[u8]| {
    let attributor = Attributor::new();
    let result = attributor.attribute_bytes(data);
    let text = match std::str::from_utf8(data) {
        Ok(text) => text,
        Err(e) => {
            assert_eq!(
                result,
                Err(Error::InvalidUtf8 {
                    offset: e.valid_up_to()
                })
            );
            return;
        }
    };
    let article = result.expect("no limit is reached");
    if let Err(e) = invariants::check(text, &article) {
        panic!("{e}\ninput: {text:?}");
    }
    assert_eq!(Ok(&article), attributor.attribute(text).as_ref());

    let long = article.quotes.iter().find(|q| q.end - q.start > MAX_QUOTE);
    match (LIMITED.attribute(text), long) {
        (Ok(limited), None) => assert_eq!(limited, article),
        (Err(Error::QuoteTooLong { offset, len, max }), Some(q)) => {
            assert_eq!((offset, len, max), (q.start, q.end - q.start, MAX_QUOTE));
        }
        (got, want) => panic!("limit {MAX_QUOTE}: got {got:?}, first long quote {want:?}"),
    }
});
