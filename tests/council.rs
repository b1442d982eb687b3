//! A second whole article, written for these tests: straight quotation marks, a split quotation,
//! a quotation over two paragraphs, `according to`, a description that speaks, pronouns, a
//! colon introduction and partial quotations, each with its expected speaker.

use quote_attribution::{Article, Attributor, QuoteKind, Rule};

const COUNCIL: &str = include_str!("fixtures/council.txt");

fn article() -> Article<'static> {
    Attributor::new()
        .attribute(COUNCIL)
        .expect("the article attributes")
}

/// How a quotation starts, its kind, its speaker's name, the mention and the rule.
type Row = (&'static str, QuoteKind, &'static str, &'static str, Rule);

#[test]
fn every_quotation_with_its_speaker() {
    use QuoteKind::{Direct, Partial};
    let want: Vec<Row> = vec![
        (
            "\"This is the day",
            Direct,
            "Elena Ruiz",
            "Ruiz",
            Rule::Adjacent,
        ),
        (
            "\"We owe it",
            Direct,
            "Elena Ruiz",
            "Ruiz",
            Rule::Continuation,
        ),
        (
            "\"a fantasy\"",
            Partial,
            "David Okafor",
            "David Okafor",
            Rule::SentenceCue,
        ),
        // `he` is the council member of the paragraph before, not the mayor.
        (
            "\"I want a bridge",
            Direct,
            "David Okafor",
            "he",
            Rule::Adjacent,
        ),
        (
            "\"I don't want",
            Direct,
            "David Okafor",
            "he",
            Rule::Continuation,
        ),
        // The words are the report's, as `according to` says.
        (
            "\"patient on life support,\"",
            Partial,
            "a report",
            "a report",
            Rule::AccordingTo,
        ),
        (
            "\"We have not seen",
            Direct,
            "A spokeswoman",
            "she",
            Rule::Adjacent,
        ),
        // The second half of a split quotation.
        (
            "\"and we will not",
            Direct,
            "A spokeswoman",
            "she",
            Rule::Adjacent,
        ),
        (
            "\"For ten years",
            Direct,
            "Maria Chen",
            "Chen",
            Rule::Adjacent,
        ),
        (
            "\"Now maybe",
            Direct,
            "Maria Chen",
            "Chen",
            Rule::Continuation,
        ),
        (
            "\"contracts already signed",
            Partial,
            "Elena Ruiz",
            "she",
            Rule::SentenceCue,
        ),
        (
            "\"Promises are cheap.",
            Direct,
            "David Okafor",
            "Okafor",
            Rule::Adjacent,
        ),
    ];
    let article = article();
    assert_eq!(article.quotes().len(), want.len());
    for (q, (starts, kind, speaker, mention, rule)) in article.quotes().iter().zip(&want) {
        assert!(
            q.as_str().starts_with(starts),
            "{:?} / {starts:?}",
            q.as_str()
        );
        assert_eq!(q.kind(), *kind, "{starts}");
        assert_eq!(
            article.speaker_of(q).map(|s| s.name()),
            Some(*speaker),
            "{starts}"
        );
        assert_eq!(q.mention().map(|m| m.as_str()), Some(*mention), "{starts}");
        assert_eq!(q.rule(), Some(*rule), "{starts}");
    }
}

#[test]
fn a_quotation_over_two_paragraphs_is_one_with_two_pieces() {
    let article = article();
    let q = article
        .quotes()
        .iter()
        .find(|q| q.as_str().starts_with("\"Now maybe"))
        .expect("the continued quotation");
    assert_eq!(q.pieces().len(), 2);
    assert!(q.pieces()[0].unclosed && !q.pieces()[1].unclosed);
    assert!(q.as_str().ends_with("come back too.\""));
}

#[test]
fn speakers_carry_their_roles_and_mentions() {
    let article = article();
    let names: Vec<&str> = article.speakers().iter().map(|s| s.name()).collect();
    assert_eq!(
        names,
        vec![
            "Elena Ruiz",
            "David Okafor",
            "a report",
            "The plan's engineers",
            // `A spokeswoman for the state transportation agency said`: the spokeswoman, not
            // the agency her phrase names.
            "A spokeswoman",
            "Maria Chen"
        ]
    );
    let ruiz = &article.speakers()[0];
    assert_eq!(ruiz.role(), Some("Mayor"));
    let mentions: Vec<&str> = ruiz.mentions().iter().map(|m| m.as_str()).collect();
    assert_eq!(mentions, vec!["Mayor Elena Ruiz", "Ruiz", "Ruiz", "she"]);
    let okafor: Vec<&str> = article.speakers()[1]
        .mentions()
        .iter()
        .map(|m| m.as_str())
        .collect();
    assert_eq!(okafor, vec!["David Okafor", "who", "he", "Okafor"]);
}

#[test]
fn reported_statements_and_their_speakers() {
    let article = article();
    let got: Vec<(&str, &str)> = article
        .statements()
        .iter()
        .map(|s| (s.as_str(), article.speaker_of_statement(s).name()))
        .collect();
    assert_eq!(
        got,
        vec![
            // Two speech acts coordinated by `and` are two statements of one speaker.
            ("the cost estimates were \"a fantasy\"", "David Okafor"),
            (
                "the city would be back for more money within a year",
                "David Okafor"
            ),
            (
                "The plan's engineers call the current structure a \"patient on life support,\"",
                "a report"
            ),
            (
                "the current structure a \"patient on life support,\"",
                "The plan's engineers"
            ),
            ("it would review the plan", "A spokeswoman"),
            ("she had waited a long time", "Maria Chen"),
            ("work will begin in the spring", "Elena Ruiz"),
        ]
    );
}
