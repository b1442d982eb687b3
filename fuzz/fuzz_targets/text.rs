//! Any string: `attribute` must not panic, and its result must satisfy the span invariants and
//! survive a JSON round trip.

#![no_main]

use libfuzzer_sys::fuzz_target;
use quote_attribution::{Article, Attributor};

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|text: &str| {
    let article = Attributor::new()
        .attribute(text)
        .expect("no limit is reached");
    if let Err(e) = invariants::check(text, &article) {
        panic!("{e}\ninput: {text:?}");
    }
    let owned = article.into_owned();
    let json = serde_json::to_string(&owned).expect("serializes");
    let back: Article<'static> = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back, owned, "JSON round trip");
});
