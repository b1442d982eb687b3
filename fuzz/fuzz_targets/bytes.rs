//! Any bytes: `attribute_bytes` must not panic, must name the first bad byte of invalid UTF-8,
//! and on valid UTF-8 must agree with `attribute`; a small quotation limit skips every long
//! quotation (listing its span) and leaves the quotations outside them as they were.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use quote_attribution::{Article, Attributor, Error, Span};

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

    let limited = LIMITED
        .attribute(text)
        .expect("no document limit is reached");
    if let Err(e) = invariants::check(text, &limited) {
        panic!("limit {MAX_QUOTE}: {e}\ninput: {text:?}");
    }
    let long: Vec<Span> = article
        .quotes()
        .iter()
        .map(|q| q.span())
        .filter(|s| s.len() > MAX_QUOTE)
        .collect();
    if long.is_empty() {
        assert_eq!(limited, article);
        return;
    }
    assert!(limited.quotes().iter().all(|q| q.span().len() <= MAX_QUOTE));
    assert!(long.iter().all(|s| limited.skipped().contains(s)));
    let outside = |a: &Article<'_>| -> Vec<Span> {
        a.quotes()
            .iter()
            .map(|q| q.span())
            .filter(|q| !long.iter().any(|s| s.contains(*q)))
            .collect()
    };
    assert_eq!(outside(&limited), outside(&article));
});
