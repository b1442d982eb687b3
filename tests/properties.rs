//! Property tests: on generated news-like text and on any string or bytes, attribution never
//! panics, every span it reports is real, the output is deterministic and survives a JSON
//! round trip, the document limit gives a typed error rather than a truncated result, and the
//! quotation limit skips only the quotations over it.

use proptest::prelude::*;
use proptest::sample::select;
use quote_attribution::{Article, Attributor, Error, Span};

mod common {
    pub mod invariants;
}
use common::invariants::check;

/// 256 cases a property (more with `PROPTEST_CASES=N`), and no regression files: failures
/// found here become tests in `tests/regressions.rs`.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Strategies: the pieces of a news story, and the noise around them.

/// A capitalised name, a description, an institution or a pronoun.
fn speaker() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[A-Z][a-z]{1,8}( [A-Z][a-z]{1,9}){0,2}",
        2 => select(vec![
            "Trump",
            "President Donald Trump",
            "Victor Cha",
            "O’Brien",
            "Mr. O'Neill",
            "Kim Jong Un",
            "the President",
            "a senior administration official",
            "the White House",
            "the Clinton campaign",
            "Sen. Mitch McConnell",
            "he",
            "she",
            "they",
            "He",
            "She",
        ])
        .prop_map(String::from),
    ]
}

/// A speech cue.
fn verb() -> impl Strategy<Value = &'static str> {
    select(vec![
        "said",
        "says",
        "told reporters",
        "added",
        "asked",
        "insisted",
        "wrote",
        "explained",
        "said on Tuesday",
        "told The Times",
        "pointed to",
        "harrumphed",
    ])
}

/// Words with apostrophes that are not quotation marks.
fn apostrophe_word() -> impl Strategy<Value = &'static str> {
    select(vec![
        "don’t",
        "don't",
        "it’s",
        "it's",
        "O’Brien",
        "O'Brien",
        "Trump’s",
        "’90s",
        "'90s",
        "the ’80s",
        "rock ’n’ roll",
        "students’",
        "teachers'",
        "y’all",
        "’tis",
    ])
}

/// Lower-case words, some with apostrophes, and sentence punctuation.
fn words() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        4 => "[a-z]{1,9}",
        1 => apostrophe_word().prop_map(String::from),
        1 => "[A-Z][a-z]{1,7}",
    ];
    (
        prop::collection::vec(word, 1..8),
        select(vec!["", ",", ".", "?", "!", "…", " —"]),
    )
        .prop_map(|(w, p)| format!("{}{p}", w.join(" ")))
}

/// Every mark style's opening and closing marks, and the usual misuses.
fn marks() -> impl Strategy<Value = (&'static str, &'static str)> {
    select(vec![
        ("“", "”"),
        ("‘", "’"),
        ("\"", "\""),
        ("'", "'"),
        ("«", "»"),
        ("« ", " »"),
        ("‹", "›"),
        ("„", "“"),
        ("‚", "‘"),
        ("「", "」"),
        ("『", "』"),
        ("''", "''"),
        ("``", "''"),
        ("“", "“"),
        ("”", "”"),
        ("„", "”"),
        ("“", "\""),
    ])
}

/// A quotation in any mark style, sometimes with another nested in it, sometimes unclosed.
fn quotation() -> impl Strategy<Value = String> {
    (
        marks(),
        words(),
        prop::option::of((marks(), words())),
        words(),
        prop::bool::weighted(0.1),
    )
        .prop_map(|((o, c), a, nested, b, unclosed)| {
            let inner = nested.map_or_else(String::new, |((o2, c2), w)| format!(" {o2}{w}{c2} "));
            let close = if unclosed { "" } else { c };
            format!("{o}{a}{inner}{b}{close}")
        })
}

/// A paragraph break of any kind.
fn para_break() -> impl Strategy<Value = &'static str> {
    select(vec![
        "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r", "\n \n", "\u{2028}", "\u{2029}",
    ])
}

/// A stray mark or an odd character.
fn stray() -> impl Strategy<Value = &'static str> {
    select(vec![
        "“", "”", "‘", "’", "\"", "'", "«", "»", "‹", "›", "„", "‚", "「", "」", "『", "』", "''",
        "``", "`", "\u{feff}", "\0", "\t", "\u{a0}", "\u{200b}", "\u{202a}", ":", "—", "(", ")",
        ",", ".", "é", "😀", "\u{301}",
    ])
}

/// One fragment of a story: narration, attributed quotations in the usual patterns, bare
/// quotations, breaks, stray marks and random Unicode.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (speaker(), verb(), words()).prop_map(|(s, v, w)| format!("{s} {v} {w}")),
        3 => (quotation(), speaker(), verb()).prop_map(|(q, s, v)| format!("{q} {s} {v}.")),
        3 => (quotation(), verb(), speaker()).prop_map(|(q, v, s)| format!("{q} {v} {s}, a veteran adviser.")),
        2 => (speaker(), verb(), quotation()).prop_map(|(s, v, q)| format!("{s} {v}: {q}")),
        1 => (speaker(), quotation()).prop_map(|(s, q)| format!("{s}: {q}")),
        1 => (speaker(), quotation()).prop_map(|(s, q)| format!("According to {s}, it was {q}")),
        1 => (speaker(), quotation()).prop_map(|(s, q)| format!("{s} pointed to his {q}.")),
        1 => (marks(), prop::collection::vec((words(), para_break()), 1..4), speaker())
            .prop_map(|((o, c), paras, s)| {
                // A quotation over several paragraphs, in the news convention.
                let mut out = String::new();
                for (w, br) in paras {
                    out += &format!("{o}{w}{br}");
                }
                out + &format!("{o}the end,{c} {s} said.")
            }),
        3 => quotation(),
        3 => words(),
        1 => apostrophe_word().prop_map(String::from),
        3 => para_break().prop_map(String::from),
        2 => stray().prop_map(String::from),
        1 => ".{0,12}",
    ]
}

/// News-like text: fragments joined by spaces, nothing, or sentence breaks.
fn news() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (fragment(), select(vec![" ", " ", "", ". ", "\n\n"])),
        0..24,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .map(|(f, sep)| f + sep)
            .collect::<String>()
    })
}

/// Dense mark soup: marks, letters, spaces, punctuation and breaks, where the scanner's
/// decisions are hardest.
fn soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => stray(),
        2 => select(vec!["a", "Bo", "x", "7", " ", "  ", ".", ",", "!", "?"]),
        1 => para_break(),
    ];
    prop::collection::vec(piece, 0..48).prop_map(|v| v.concat())
}

/// Any text worth testing: news, soup, or any string at all.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => news(),
        2 => soup(),
        1 => any::<String>(),
        1 => "\\PC{0,64}",
    ]
}

fn attribute(text: &str) -> Article<'_> {
    match Attributor::new().attribute(text) {
        Ok(a) => a,
        Err(e) => panic!("default limits reached by {} bytes: {e}", text.len()),
    }
}

fn checked(text: &str) -> Result<Article<'_>, TestCaseError> {
    let article = attribute(text);
    if let Err(e) = check(text, &article) {
        return Err(TestCaseError::fail(format!("{e}\ninput: {text:?}")));
    }
    Ok(article)
}

/// Builds an attributor from the given options; on success attributes a text that uses them.
fn build_and_attribute(
    name: &str,
    aliases: &[String],
    verbs: &str,
    phrases: &str,
) -> Result<(), TestCaseError> {
    let aliases: Vec<&str> = aliases.iter().map(String::as_str).collect();
    let mut builder = Attributor::builder();
    builder
        .speaker(name, &aliases)
        .speech_verbs(verbs)
        .cue_phrases(phrases);
    match builder.build() {
        Ok(a) => {
            let verb = verbs.split_whitespace().next().unwrap_or("said");
            let text = format!(
                "“Yes,” {name} {verb}. “No,” said {}. {phrases} “Maybe.”",
                aliases.join(" ")
            );
            let article = a.attribute(&text).expect("within the limits");
            if let Err(e) = check(&text, &article) {
                return Err(TestCaseError::fail(format!("{e}\ninput: {text:?}")));
            }
            Ok(())
        }
        Err(Error::Speaker { .. } | Error::Lexicon { .. }) => Ok(()),
        Err(e) => Err(TestCaseError::fail(format!("unexpected error {e:?}"))),
    }
}

// ---------------------------------------------------------------------------------------------
// Properties.

proptest! {
    #![proptest_config(config())]

    /// News-like text: no panic, and every span is real.
    #[test]
    fn spans_are_real_in_news_like_text(text in news()) {
        checked(&text)?;
    }

    /// Marks, breaks and letters densely mixed: no panic, and every span is real.
    #[test]
    fn spans_are_real_in_mark_soup(text in soup()) {
        checked(&text)?;
    }

    /// Any string at all: no panic, and every span is real.
    #[test]
    fn spans_are_real_in_any_string(text in any::<String>()) {
        checked(&text)?;
    }

    /// The same text twice, by the same or another attributor, gives equal results.
    #[test]
    fn output_is_deterministic(text in any_text()) {
        let a = Attributor::new();
        let first = a.attribute(&text);
        prop_assert_eq!(&first, &a.attribute(&text));
        prop_assert_eq!(&first, &Attributor::builder().build().expect("builds").attribute(&text));
        // Words are classified through a cache each thread keeps across documents: on a new
        // thread, an attributor with other lexicons first must not change what this one sees.
        let other = Attributor::builder()
            .speech_verbs("official\nsenior\nadministration")
            .build()
            .expect("builds");
        let after_other = std::thread::scope(|s| {
            s.spawn(|| {
                let _ = other.attribute(&text);
                a.attribute(&text)
            })
            .join()
        });
        prop_assert!(after_other.is_ok_and(|r| r == first));
    }

    /// A batch gives, in order, what attributing each text alone gives.
    #[test]
    fn batch_equals_one_by_one(texts in prop::collection::vec(any_text(), 0..12)) {
        let a = Attributor::new();
        let batch = a.attribute_batch(&texts);
        prop_assert_eq!(batch.len(), texts.len());
        for (text, got) in texts.iter().zip(&batch) {
            prop_assert_eq!(got, &a.attribute(text));
        }
    }

    /// An attributor keeps its working memory from one call for the next: a run of texts, some
    /// of them errors that end a call early, gives for each what a new attributor gives.
    #[test]
    fn working_memory_carries_nothing_over(
        texts in prop::collection::vec(any_text(), 1..8),
        max in 8usize..64,
    ) {
        let reused = Attributor::builder().max_quote_len(max).build().expect("builds");
        for text in &texts {
            let fresh = Attributor::builder().max_quote_len(max).build().expect("builds");
            prop_assert_eq!(reused.attribute(text), fresh.attribute(text));
        }
    }

    /// `into_owned` keeps everything, and its JSON round trip is the identity.
    #[test]
    fn json_round_trip_is_identity(text in any_text()) {
        let article = attribute(&text);
        let borrowed_json = serde_json::to_string(&article).expect("serializes");
        let owned = article.clone().into_owned();
        prop_assert_eq!(&owned, &article);
        let json = serde_json::to_string(&owned).expect("serializes");
        prop_assert_eq!(&json, &borrowed_json);
        let back: Article<'static> = serde_json::from_str(&json).expect("deserializes");
        prop_assert_eq!(&back, &owned);
        let value: serde_json::Value = serde_json::from_str(&json).expect("parses");
        let back: Article<'static> = serde_json::from_value(value).expect("from a value");
        prop_assert_eq!(back, owned);
    }

    /// Any bytes: no panic; invalid UTF-8 names its first bad byte; valid UTF-8 gives what
    /// `attribute` gives.
    #[test]
    fn bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let a = Attributor::new();
        let got = a.attribute_bytes(&bytes);
        match std::str::from_utf8(&bytes) {
            Ok(text) => prop_assert_eq!(got, a.attribute(text)),
            Err(e) => prop_assert_eq!(got, Err(Error::InvalidUtf8 { offset: e.valid_up_to() })),
        }
    }

    /// News-like text with a bad byte or a truncated character somewhere: the error names the
    /// offset; untouched, the bytes give what the text gives.
    #[test]
    fn bytes_of_text_with_a_bad_byte(
        text in news(),
        at in any::<prop::sample::Index>(),
        bad in select(vec![&b"\xff"[..], b"\xc0", b"\x80", b"\xe2\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"]),
    ) {
        let a = Attributor::new();
        prop_assert_eq!(a.attribute_bytes(text.as_bytes()), a.attribute(&text));
        // Cut at a char boundary so that the text before stays valid.
        let mut cut = at.index(text.len() + 1);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut bytes = text.as_bytes()[..cut].to_vec();
        bytes.extend_from_slice(bad);
        bytes.extend_from_slice(&text.as_bytes()[cut..]);
        prop_assert_eq!(a.attribute_bytes(&bytes), Err(Error::InvalidUtf8 { offset: cut }));
    }

    /// A document over `max_document_len` is an error naming both lengths; one within it gives
    /// the full result.
    #[test]
    fn document_limit_is_a_typed_error(text in any_text(), slack in 0usize..16, over in any::<bool>()) {
        let len = text.len();
        let max = if over { len.saturating_sub(slack + 1) } else { len + slack };
        let limited = Attributor::builder().max_document_len(max).build().expect("builds");
        let got = limited.attribute(&text);
        if len > max {
            prop_assert_eq!(got, Err(Error::DocumentTooLarge { len, max }));
            prop_assert_eq!(
                limited.attribute_bytes(text.as_bytes()),
                Err(Error::DocumentTooLarge { len, max })
            );
        } else {
            prop_assert_eq!(got, Ok(attribute(&text)));
        }
    }

    /// A quotation over `max_quote_len` is skipped, not an error: its span is listed, every
    /// quotation reported is within the limit, and the quotations outside the skipped ones are
    /// those found without the limit. Without a long quotation the result is the full one.
    #[test]
    fn quote_limit_skips_long_quotations(text in any_text(), max in 0usize..48) {
        let full = attribute(&text);
        let limited = Attributor::builder().max_quote_len(max).build().expect("builds");
        let got = limited.attribute(&text).expect("within the document limit");
        if let Err(e) = check(&text, &got) {
            return Err(TestCaseError::fail(format!("{e}\ninput: {text:?}")));
        }
        let long: Vec<Span> = full.quotes().iter().map(|q| q.span()).filter(|s| s.len() > max).collect();
        if long.is_empty() {
            prop_assert_eq!(got, full);
            return Ok(());
        }
        prop_assert!(got.quotes().iter().all(|q| q.span().len() <= max));
        prop_assert!(got.skipped().iter().all(|s| s.len() > max));
        prop_assert!(long.iter().all(|s| got.skipped().contains(s)), "{long:?} {:?}", got.skipped());
        let outside = |q: &&quote_attribution::Quote<'_>| !long.iter().any(|s| s.contains(q.span()));
        let spans = |a: &Article<'_>| -> Vec<Span> {
            a.quotes().iter().filter(outside).map(|q| q.span()).collect()
        };
        prop_assert_eq!(spans(&got), spans(&full));
    }

    /// A byte-order mark before the text only shifts every span by its three bytes.
    #[test]
    fn byte_order_mark_only_shifts_spans(text in news()) {
        let with_bom = format!("\u{feff}{text}");
        let base = checked(&text)?;
        let got = checked(&with_bom)?;
        let shifted = |a: &Article<'_>, by: usize| -> Vec<_> {
            a.quotes
                .iter()
                .map(|q| {
                    (
                        q.start - by,
                        q.end - by,
                        q.kind,
                        a.speaker_of(q).map(|s| s.name().to_string()),
                        q.rule(),
                        q.mention().map(|m| (m.start - by, m.text.to_string())),
                    )
                })
                .collect()
        };
        prop_assert_eq!(shifted(&got, 3), shifted(&base, 0));
    }

    /// LF, CRLF and CR paragraph breaks find the same quotations, kinds and speakers.
    #[test]
    fn line_endings_do_not_change_the_result(text in news()) {
        let lf = text.replace("\r\n", "\n").replace('\r', "\n");
        let base = checked(&lf)?;
        let summary = |t: &str, a: &Article<'_>| -> Vec<(String, String, Option<String>)> {
            a.quotes
                .iter()
                .map(|q| {
                    (
                        t[q.start..q.end].replace("\r\n", "\n").replace('\r', "\n"),
                        q.kind.as_str().to_string(),
                        a.speaker_of(q).map(|s| s.name().to_string()),
                    )
                })
                .collect()
        };
        let want = summary(&lf, &base);
        for eol in ["\r\n", "\r"] {
            let other = lf.replace('\n', eol);
            let got = checked(&other)?;
            prop_assert_eq!(&summary(&other, &got), &want, "with {:?}", eol);
        }
    }
}

proptest! {
    #![proptest_config(config())]

    /// Any known speakers, verbs and cue phrases, in any script: the builder returns an
    /// attributor or a typed error, never panics (a verb ending in `é` once did).
    #[test]
    fn builder_never_panics(
        name in any::<String>(),
        aliases in prop::collection::vec(any::<String>(), 0..3),
        verbs in prop_oneof![
            "[a-zA-Z'.#~0-9 -]{0,24}(\n[a-zA-Z'.#~0-9 -]{0,24}){0,3}",
            "\\PC{0,24}(\n\\PC{0,24}){0,3}",
            "([a-z]{1,6}[é’ñü])( [a-z]+)?",
        ],
        phrases in "\\PC{0,24}(\n\\PC{0,24}){0,3}",
    ) {
        build_and_attribute(&name, &aliases, &verbs, &phrases)?;
    }

    /// An attributor with known speakers and extra verbs keeps every span real.
    #[test]
    fn spans_are_real_with_known_speakers_and_verbs(
        text in news(),
        known in prop::collection::vec((speaker(), prop::collection::vec(speaker(), 0..3)), 0..4),
        verbs in prop::collection::vec("[a-z]{2,9}", 0..4),
    ) {
        let mut builder = Attributor::builder();
        for (name, aliases) in &known {
            let aliases: Vec<&str> = aliases.iter().map(String::as_str).collect();
            builder.speaker(name, &aliases);
        }
        builder.speech_verbs(&verbs.join("\n")).cue_phrases("let it be known\nmade clear");
        let a = builder.build().expect("letters only");
        let article = a.attribute(&text).expect("within the limits");
        if let Err(e) = check(&text, &article) {
            return Err(TestCaseError::fail(format!("{e}\ninput: {text:?}")));
        }
        let texts = [text.as_str()];
        prop_assert_eq!(a.attribute_batch(&texts), vec![Ok(article)]);
    }
}
