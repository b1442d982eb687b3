//! Whole articles in newsroom styles other than US political news, written for these tests:
//! a hard-wrapped wire story, a British story in single marks, a readers' letters column and an
//! interview transcript. Each lists every quotation with its kind and its speaker.

use quote_attribution::{Attributor, QuoteKind};

/// How a quotation starts, its kind, and its speaker's name.
type Row = (&'static str, QuoteKind, Option<&'static str>);

/// Checks every quotation of `text` against `want`, in order.
fn check(text: &str, want: &[Row]) {
    let article = Attributor::new()
        .attribute(text)
        .expect("the article attributes");
    let got: Vec<(&str, QuoteKind, Option<&str>)> = article
        .quotes()
        .iter()
        .map(|q| {
            (
                q.as_str(),
                q.kind(),
                article.speaker_of(q).map(|s| s.name()),
            )
        })
        .collect();
    assert_eq!(got.len(), want.len(), "{got:#?}");
    for (g, (starts, kind, speaker)) in got.iter().zip(want) {
        assert!(g.0.starts_with(starts), "{:?} / {starts:?}", g.0);
        assert_eq!(g.1, *kind, "{starts}");
        assert_eq!(g.2, *speaker, "{starts}");
    }
}

use QuoteKind::{Direct, Partial, Term};

/// Lines wrapped at 75 columns, paragraphs between blank lines: quotations and their cues run
/// across the wraps.
#[test]
fn a_hard_wrapped_wire_story() {
    let text = include_str!("fixtures/wire.txt");
    check(
        text,
        &[
            ("\"We have listened", Direct, Some("Martin Okafor")),
            ("\"At\nsome point", Direct, Some("Martin Okafor")),
            ("\"done in stages", Partial, Some("Martin Okafor")),
            ("\"They changed the dates", Direct, Some("Ellen Doucette")),
            ("\"We\nwill not stand by", Direct, Some("Ellen Doucette")),
            ("\"premature\"", Partial, Some("Paul Leger")),
        ],
    );
    // The quotation runs over its wrapped line, to its closing mark.
    let article = Attributor::new().attribute(text).expect("attributes");
    assert!(
        article.quotes()[0]
            .as_str()
            .ends_with("changed\nthe plan twice,\"")
    );
}

/// Single marks with apostrophes inside, double marks nested in single ones, a quotation over
/// two paragraphs each reopening with `‘`, and a cue followed by a time.
#[test]
fn a_british_news_story() {
    let text = include_str!("fixtures/british.txt");
    check(
        text,
        &[
            // The headline's scare quote, then the same words as the campaigners'.
            ("'builders' charter'", Term, None),
            ("'builders' charter'", Partial, Some("campaigners")),
            (
                "‘It’s rock ’n’ roll economics,’",
                Direct,
                Some("Priya Shah"),
            ),
            ("‘You knock down", Direct, Some("Priya Shah")),
            (
                "'It's a builders' charter, and",
                Direct,
                Some("Dave Morgan"),
            ),
            (
                "‘misunderstood from the start’",
                Partial,
                Some("Margaret Hale"),
            ),
            ("‘When the developers say", Direct, Some("Margaret Hale")),
            ("‘We should have seen", Direct, Some("Margaret Hale")),
            ("‘Nobody was hurt,’", Direct, Some("a spokesman")),
        ],
    );
    let article = Attributor::new().attribute(text).expect("attributes");
    let quotes = article.quotes();
    // The double marks nest inside the single ones.
    let inner: Vec<&str> = quotes[6].inner.iter().map(|s| &text[s.range()]).collect();
    assert_eq!(inner, vec!["“not here”"]);
    assert_eq!(quotes[7].pieces().len(), 2);
    assert_eq!(quotes[8].cue().map(|c| c.text.as_ref()), Some("said"));
}

/// Letters credited after a dash, on the letter's line or the next, with and without a place;
/// an em dash, a horizontal bar or a dash and no space.
#[test]
fn a_readers_letters_column() {
    let text = include_str!("fixtures/letters.txt");
    check(
        text,
        &[
            ("“The port authority", Direct, Some("Ellen Doucette")),
            ("“My children", Direct, Some("Samuel Bright")),
            ("“Students need", Direct, Some("Rosa Delgado")),
            ("“a first step", Partial, Some("Jane Roe")),
            ("“Buses every", Direct, Some("Tom Fisher")),
        ],
    );
}

/// An interview laid out as `NAME:` turns, with quotations inside the turns, and a block
/// quote of paragraphs that open with a mark and never close.
#[test]
fn an_interview_transcript() {
    let text = include_str!("fixtures/interview.txt");
    check(
        text,
        &[
            // A quotation inside the interviewer's turn is the words of whom she quotes.
            ("“They changed the dates", Direct, Some("One of them")),
            // `I` in a turn is the turn's speaker, the person the introduction named (the
            // label in capitals is another mention of them).
            ("“Come and look", Direct, Some("Martin Okafor")),
            // The block quote is one quotation over its two paragraphs: it swallows neither
            // the narrative after it nor the turns.
            (
                "\"The inner harbour",
                Direct,
                Some("The authority's own report"),
            ),
        ],
    );
    let article = Attributor::new().attribute(text).expect("attributes");
    let block = &article.quotes()[2];
    assert_eq!(block.pieces().len(), 2);
    assert!(block.as_str().ends_with("two largest customers."));
    // Each turn is a statement of its speaker, the label its mention.
    let turns: Vec<(&str, &str)> = article
        .statements()
        .iter()
        .filter(|s| s.mention().as_str().chars().all(|c| !c.is_lowercase()))
        .map(|s| {
            (
                article.speaker_of_statement(s).name(),
                &s.as_str()[..s.as_str().len().min(12)],
            )
        })
        .collect();
    assert_eq!(
        turns,
        vec![
            ("Ellen Park", "Fishermen sa"),
            ("Martin Okafor", "They are wor"),
            ("Ellen Park", "One of them "),
            ("Martin Okafor", "I would say,"),
            ("Ellen Park", "Will you mee"),
            ("Martin Okafor", "Yes. Next we"),
        ]
    );
}

/// An interview laid out as `Q:` and `A:` turns after an introduction that names both sides:
/// `A` is the one interviewed, `Q` the reporter the introduction names after `spoke with`.
#[test]
fn a_question_and_answer_interview() {
    let text = include_str!("fixtures/qa.txt");
    check(
        text,
        &[
            // A quotation inside a question is the words of whom the interviewer quotes.
            ("“They changed the dates", Direct, Some("One of them")),
            // `I` in an answer is the one interviewed.
            ("“Come and look", Direct, Some("Martin Okafor")),
        ],
    );
    let article = Attributor::new().attribute(text).expect("attributes");
    // Each turn is a statement of its side, the label its mention.
    let turns: Vec<(&str, &str, &str)> = article
        .statements()
        .iter()
        .filter(|s| matches!(s.mention().as_str(), "Q" | "A"))
        .map(|s| {
            (
                s.mention().as_str(),
                article.speaker_of_statement(s).name(),
                &s.as_str()[..s.as_str().len().min(12)],
            )
        })
        .collect();
    assert_eq!(
        turns,
        vec![
            ("Q", "Ellen Park", "Fishermen sa"),
            ("A", "Martin Okafor", "They are wor"),
            ("Q", "Ellen Park", "One of them "),
            ("A", "Martin Okafor", "I would say,"),
            ("Q", "Ellen Park", "Will you mee"),
            ("A", "Martin Okafor", "Yes. Next we"),
        ]
    );
}
