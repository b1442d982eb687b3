//! Helpers of the rules' unit tests.

use crate::{Attributor, Rule};

/// A quotation's text, speaker name, mention and rule.
pub(super) type Row = (String, Option<String>, Option<String>, Option<Rule>);

pub(super) fn attributed(text: &str) -> Vec<Row> {
    let article = Attributor::new().attribute(text).expect("attributes");
    article
        .speech()
        .map(|q| {
            (
                q.as_str().to_string(),
                article.speaker_of(q).map(|s| s.name().to_string()),
                q.mention().map(|m| m.as_str().to_string()),
                q.rule(),
            )
        })
        .collect()
}

pub(super) fn one(text: &str) -> (Option<String>, Option<String>, Option<Rule>) {
    let mut all = attributed(text);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    let (_, s, m, r) = all.remove(0);
    (s, m, r)
}

pub(super) fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}
