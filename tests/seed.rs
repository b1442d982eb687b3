//! The seed article, end to end: every quotation with its kind, speaker, mention and rule.

use quote_attribution::{Article, Attributor, QuoteKind, Rule};

const HANOI: &str = include_str!("fixtures/hanoi.txt");

/// One expected quotation: how it starts, its kind, and (for speech) speaker, mention, rule.
struct Expected {
    starts: &'static str,
    kind: QuoteKind,
    speaker: Option<(&'static str, &'static str, Rule)>,
}

const fn speech(
    starts: &'static str,
    kind: QuoteKind,
    speaker: &'static str,
    mention: &'static str,
    rule: Rule,
) -> Expected {
    Expected {
        starts,
        kind,
        speaker: Some((speaker, mention, rule)),
    }
}

const TRUMP: &str = "Donald Trump";
const CHA: &str = "Victor Cha";

fn expected() -> Vec<Expected> {
    use QuoteKind::*;
    vec![
        speech(
            "“It’s a very interesting",
            Direct,
            TRUMP,
            "Trump",
            Rule::Adjacent,
        ),
        speech(
            "“We’ll see what that means.",
            Direct,
            TRUMP,
            "Trump",
            Rule::Continuation,
        ),
        speech(
            "“nuclear button.”",
            Partial,
            TRUMP,
            "Trump", // the main clause's cue, `Trump believes`, governs the sentence
            Rule::SentenceCue,
        ),
        speech("“Read this,”", Direct, TRUMP, "he", Rule::Adjacent),
        speech(
            "“We have a terrific",
            Direct,
            TRUMP,
            "Trump",
            Rule::Adjacent,
        ),
        Expected {
            starts: "“Trumpettes,”",
            kind: Term,
            speaker: None,
        },
        speech(
            "“The personal relationship",
            Direct,
            CHA,
            "Victor Cha",
            Rule::Adjacent,
        ),
        speech(
            "“But having said that,",
            Direct,
            CHA,
            "Victor Cha",
            Rule::Continuation,
        ),
        speech(
            "“The gap between the US",
            Direct,
            CHA,
            "Cha",
            Rule::Adjacent,
        ),
        speech(
            "“The gap is so wide",
            Direct,
            CHA,
            "Cha",
            Rule::Continuation,
        ),
        speech(
            "“just my touch, my feel.”",
            Partial,
            TRUMP,
            "Trump",
            Rule::SentenceCue,
        ),
        speech(
            "“But do you trust me?”",
            Direct,
            "Kim Jong Un",
            "Kim",
            Rule::Adjacent,
        ),
    ]
}

fn article() -> Article<'static> {
    Attributor::new()
        .attribute(HANOI)
        .expect("the seed article attributes")
}

#[test]
fn every_quotation_with_its_kind_and_speaker() {
    let article = article();
    let want = expected();
    assert_eq!(article.quotes().len(), want.len());
    for (q, w) in article.quotes().iter().zip(&want) {
        assert!(
            q.as_str().starts_with(w.starts),
            "{:?} should start {:?}",
            q.as_str(),
            w.starts
        );
        assert_eq!(q.kind(), w.kind, "{}", w.starts);
        assert_eq!(&HANOI[q.range()], q.as_str());
        let got = article
            .speaker_of(q)
            .map(|s| (s.name(), q.mention().map_or("", |m| m.as_str()), q.rule()));
        let want_speaker = w.speaker.map(|(s, m, r)| (s, m, Some(r)));
        assert_eq!(got, want_speaker, "{}", w.starts);
        assert_eq!(q.confidence().is_some(), w.speaker.is_some());
    }
}

#[test]
fn nine_direct_two_partial_one_term() {
    let article = article();
    let count = |k: QuoteKind| article.quotes().iter().filter(|q| q.kind() == k).count();
    assert_eq!(count(QuoteKind::Direct), 9);
    assert_eq!(count(QuoteKind::Partial), 2);
    assert_eq!(count(QuoteKind::Term), 1);
}

#[test]
fn speakers_are_canonical_with_all_their_mentions() {
    let article = article();
    let names: Vec<&str> = article.speakers().iter().map(|s| s.name()).collect();
    // The speakers of quotations and of reported statements, in order of the first thing each
    // said. Two descriptions (`senior administration officials`, `administration officials
    // who last week told reporters`) stay two speakers: nothing says they are the same people.
    assert_eq!(
        names,
        vec![
            TRUMP,
            "administration officials",
            "aides",
            CHA,
            "administration officials",
            "person",
            "Kim Jong Un",
            "John Bolton"
        ]
    );
    let trump = &article.speakers()[0];
    let mentions: Vec<&str> = trump.mentions().iter().map(|m| m.as_str()).collect();
    for m in [
        "President Donald Trump",
        "Trump",
        "he",
        "the President",
        "the US President",
    ] {
        assert!(mentions.contains(&m), "{m} missing from {mentions:?}");
    }
    let cha = &article.speakers()[3];
    assert_eq!(cha.role(), Some("veteran North Korea adviser"));
    let cha_mentions: Vec<&str> = cha.mentions().iter().map(|m| m.as_str()).collect();
    assert_eq!(cha_mentions, vec!["Victor Cha", "Cha"]);
    let kim: Vec<&str> = article.speakers()[6]
        .mentions()
        .iter()
        .map(|m| m.as_str())
        .collect();
    assert!(kim.contains(&"North Korea leader Kim Jong Un") || kim.contains(&"Kim Jong Un"));
    assert!(kim.contains(&"Kim"));
    // Every mention is where it says it is.
    for s in article.speakers() {
        for m in s.mentions() {
            assert_eq!(&HANOI[m.start..m.end], m.as_str());
        }
    }
}

#[test]
fn the_owned_article_round_trips_through_json() {
    let owned = article().into_owned();
    let json = serde_json::to_string(&owned).expect("serializes");
    let back: Article<'static> = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back, owned);
}

/// The article's twelve reported statements, as the hand annotation lists them: how each
/// starts, its speaker and its mention, in text order. Two more are found that the annotation
/// leaves out (an `according to` the person familiar with the conversation, and Kim's question
/// `So what did he think of him, Kim asked`); they are listed too, so that any change shows.
#[test]
fn every_reported_statement_with_its_speaker() {
    let article = Attributor::new().attribute(HANOI).expect("attributes");
    let got: Vec<(String, &str, &str)> = article
        .statements()
        .iter()
        .map(|s| {
            let starts: String = s.as_str().chars().take(24).collect();
            (
                starts,
                article.speaker_of_statement(s).name(),
                s.mention().as_str(),
            )
        })
        .collect();
    let want = [
        ("He had known plenty of p", TRUMP, "Trump"),
        ("Many of them emerged mes", TRUMP, "Trump"),
        ("Kim wasn’t one of them", TRUMP, "he"),
        (
            "This time, however, Trum",
            "administration officials",
            "administration officials",
        ),
        ("a second go-around would", "aides", "aides"),
        (
            "there did not yet exist ",
            "administration officials",
            "administration officials",
        ),
        ("he is in no rush to exec", TRUMP, "Trump"),
        ("he was likely to apprais", TRUMP, "He"),
        ("Kim, who had caught wind", "person", "the person"),
        ("it really only takes a f", TRUMP, "Trump"),
        ("So what did he think of ", "Kim Jong Un", "Kim"),
        ("he did, and that he must", TRUMP, "The President"),
        ("if he trusted him, too", "Kim Jong Un", "Kim"),
        ("if Trump did, then he di", "John Bolton", "Bolton"),
    ];
    let want: Vec<(String, &str, &str)> = want
        .iter()
        .map(|&(s, n, m)| (s.to_string(), n, m))
        .collect();
    assert_eq!(got, want);
}
