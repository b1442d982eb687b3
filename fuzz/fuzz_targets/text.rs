//! Any string: `attribute` must not panic, and its result must satisfy the span invariants and
//! survive a JSON round trip. One attributor serves every input, so the working memory it keeps
//! between calls is reused across the run; its result must equal a new attributor's.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use quote_attribution::{Article, Attributor};

#[path = "../../tests/common/invariants.rs"]
mod invariants;

static SHARED: LazyLock<Attributor> = LazyLock::new(Attributor::new);

fuzz_target!(|text: &str| {
    let article = SHARED.attribute(text).expect("no limit is reached");
    let fresh = Attributor::new().attribute(text);
    assert_eq!(Ok(&article), fresh.as_ref(), "reused working memory");
    if let Err(e) = invariants::check(text, &article) {
        panic!("{e}\ninput: {text:?}");
    }
    let owned = article.into_owned();
    let json = serde_json::to_string(&owned).expect("serializes");
    let back: Article<'static> = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back, owned, "JSON round trip");
});
