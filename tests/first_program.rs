//! A user's first program, written from the README and the API docs alone: who said each
//! quotation and statement, what each speaker said, the words without their marks, the results
//! kept past their text and as JSON, the limits, and a stream of documents with ids. If this
//! stops compiling, the API a new user meets has changed.

use quote_attribution::{Article, Attributor, Error, QuoteKind, Rule, Utterance};

const STORY: &str = "President Donald Trump met Victor Cha in Hanoi.\n\n\
                     “We’ll see,” Trump said. “Nobody knows.”\n\n\
                     “The first paragraph of a long answer.\n\n\
                     “And its second,” Cha said, a veteran adviser.\n\n\
                     Trump said he was in no rush.";

#[test]
fn who_said_what() -> Result<(), Error> {
    let article = Attributor::new().attribute(STORY)?;

    // 1. From what was said to who said it, and every result read the same way.
    let mut lines = Vec::new();
    for quote in article.quotes() {
        let speaker = article.speaker_of(quote).map_or("nobody", |s| s.name());
        let cue = quote.cue().map_or("-", |c| c.as_str());
        let rule = quote.rule().map_or("-".to_string(), |r| r.to_string());
        lines.push(format!("{speaker} | {cue} | {rule} | {}", quote.kind()));
    }
    assert_eq!(
        lines,
        [
            "Donald Trump | said | adjacent | direct",
            "Donald Trump | - | continuation | direct",
            "Victor Cha | said | adjacent | direct",
        ]
    );
    for statement in article.statements() {
        let speaker = article.speaker_of(statement).map(|s| s.name());
        assert_eq!(speaker, Some("Donald Trump"));
        assert_eq!(statement.as_str(), "he was in no rush");
        assert_eq!(&STORY[statement.range()], statement.as_str());
        assert_eq!(statement.rule(), Rule::ReportedClause);
    }
    let first = &article.quotes()[0];
    assert_eq!(&STORY[first.start()..first.end()], first.as_str());
    assert_eq!(first.mention().map(|m| m.kind().as_str()), Some("name"));
    assert_eq!(first.marks().to_string(), "curly");
    assert!(first.confidence().is_some_and(|c| c > 0.9));
    assert_eq!(first.speaker_index(), Some(0));

    // 2. From a speaker to what they said, quoted and reported, in text order.
    let trump = &article.speakers()[0];
    let said: Vec<String> = article
        .said_by(trump)
        .map(|u| match u {
            Utterance::Quoted(q) => format!("quoted: {}", q.content()),
            Utterance::Reported(s) => format!("reported: {}", s.as_str()),
            _ => "something new".to_string(),
        })
        .collect();
    assert_eq!(
        said,
        [
            "quoted: We’ll see,",
            "quoted: Nobody knows.",
            "reported: he was in no rush"
        ]
    );
    let counts: Vec<(&str, usize)> = article
        .by_speaker()
        .map(|(speaker, said)| (speaker.name(), said.count()))
        .collect();
    assert_eq!(counts, [("Donald Trump", 3), ("Victor Cha", 1)]);

    // 3. The words without the marks, per paragraph and joined.
    let long = &article.quotes()[2];
    assert_eq!(long.pieces().len(), 2);
    assert_eq!(
        long.contents().collect::<Vec<_>>(),
        ["The first paragraph of a long answer.", "And its second,"]
    );
    assert_eq!(
        long.content(),
        "The first paragraph of a long answer.\n\nAnd its second,"
    );
    Ok(())
}

#[test]
fn results_outlive_their_text_and_read_back_from_json() -> Result<(), Box<dyn std::error::Error>> {
    // 4. Owned results, and the JSON the `attribute` program writes.
    let owned: Article<'static> = {
        let text = STORY.to_string();
        Attributor::new().attribute(&text)?.into_owned()
    };
    let json = serde_json::to_string(&owned)?;
    let back: Article<'static> = serde_json::from_str(&json)?;
    assert_eq!(back, owned);
    assert_eq!(back.quotes()[0].kind(), QuoteKind::Direct);

    // Limits: a long document is an error; a long quotation is skipped, not the document.
    let strict = Attributor::builder()
        .max_document_len(1 << 20)
        .max_quote_len(40)
        .build()?;
    let article = strict.attribute(STORY)?;
    assert_eq!(article.skipped().len(), 1);
    assert_eq!(article.quotes().len(), 2);
    let tiny = Attributor::builder().max_document_len(8).build()?;
    assert!(matches!(
        tiny.attribute(STORY),
        Err(Error::DocumentTooLarge { .. })
    ));
    Ok(())
}

#[test]
fn a_stream_of_documents_with_their_ids() {
    // 5. Many documents, in input order, each with its id.
    struct Doc {
        id: String,
        text: String,
    }
    impl AsRef<str> for Doc {
        fn as_ref(&self) -> &str {
            &self.text
        }
    }
    let docs = (0..600).map(|i| Doc {
        id: format!("doc-{i}"),
        text: format!("“Number {i},” she said."),
    });
    let attributor = Attributor::new();
    let mut seen = 0;
    for (i, (doc, result)) in attributor.attribute_stream(docs).enumerate() {
        let article = result.expect("within the limits");
        assert_eq!(doc.id, format!("doc-{i}"));
        assert_eq!(article.quotes()[0].content(), format!("Number {i},"));
        seen += 1;
    }
    assert_eq!(seen, 600);
}
