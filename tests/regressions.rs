//! Minimal inputs for bugs found by the property tests, the fuzzers and the robustness review.
//! A test marked `#[ignore = "bug: …"]` fails until its bug is fixed; then drop the attribute.
//! Each test says what went wrong, and where, before the fix.

use quote_attribution::{Article, Attributor};

mod common {
    pub mod invariants;
}

/// Each quotation's text, kind, speaker name and rule.
fn summary(article: &Article<'_>) -> Vec<(String, &'static str, Option<String>, Option<String>)> {
    article
        .quotes()
        .iter()
        .map(|q| {
            (
                q.as_str().to_string(),
                q.kind().as_str(),
                article.speaker_of(q).map(|s| s.name().to_string()),
                q.rule().map(|r| format!("{r:?}")),
            )
        })
        .collect()
}

fn attribute(text: &str) -> Article<'_> {
    let article = Attributor::new()
        .attribute(text)
        .expect("within the limits");
    if let Err(e) = common::invariants::check(text, &article) {
        panic!("{e}\ninput: {text:?}");
    }
    article
}

/// Control: without an invisible character the quotation is direct and attributed.
#[test]
fn plain_quote_is_attributed() {
    let article = attribute("“Hi,” Ann Lee said.");
    assert_eq!(
        summary(&article),
        vec![(
            "“Hi,”".to_string(),
            "direct",
            Some("Ann Lee".to_string()),
            Some("Adjacent".to_string())
        )]
    );
}

/// A byte-order mark at the start of a text (as Windows tools write files), or a zero-width
/// space or word joiner beside a quotation, turned the quotation into a non-speech term and lost
/// its speaker: `tokens::segment` skipped only `char::is_whitespace`, so U+FEFF, U+200B and
/// U+2060 became punctuation tokens between the quotation and its sentence, while the scanner's
/// `marks::flanks` already counted them as space.
#[test]
fn invisible_characters_do_not_change_the_attribution() {
    let want = summary(&attribute("“Hi,” she said."));
    for text in [
        "\u{feff}“Hi,” she said.",
        "\u{200b}“Hi,” she said.",
        "“Hi,”\u{200b} she said.",
        "“Hi,” she\u{2060} said.",
    ] {
        assert_eq!(summary(&attribute(text)), want, "{text:?}");
    }
    // After a paragraph break too.
    let article = attribute("Done.\n\n\u{feff}“Hi,” she said.");
    assert_eq!(summary(&article), want);
}

/// A paragraph that opens with much space and then holds many `”` marks took quadratic time:
/// `Scanner::at_paragraph_start` (src/scanner.rs) walked from the paragraph's start to the mark
/// for every `”` that had nothing to close, so N spaces and M marks cost N×M. 40 KB took 9 s in
/// a debug build; the 64 MiB default limit let one document hang the attributor for hours.
#[test]
fn leading_space_then_many_closing_marks_is_linear() {
    // Large enough that the quadratic scan took minutes; the linear one finishes at once. No
    // timing is asserted: the benchmarks measure speed.
    let n = 200_000;
    let text = " ".repeat(n) + &"”".repeat(n / 3);
    let article = attribute(&text);
    // The first `”` opens (only space stands before it in its paragraph), the next closes it;
    // every later `”` has nothing to close and, not opening its paragraph, opens nothing.
    let quotes = article.quotes();
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].start, n);
    assert_eq!(quotes[0].as_str(), "””");
}

/// A speech verb that ends in a multi-byte letter panicked the builder: `lexicon::regular_forms`
/// (src/lexicon.rs) took the stem as `&lemma[..lemma.len() - 1]`, which cut `é` in half.
#[test]
fn speech_verb_ending_in_a_multibyte_letter_builds() {
    for verbs in ["café", "olé", "naïf", "piñata\nbrûlé", "say’"] {
        let built = std::panic::catch_unwind(|| Attributor::builder().speech_verbs(verbs).build());
        match built {
            Ok(Ok(a)) => {
                let text = format!("“Yes,” Trump {verbs}.");
                attribute_with(&a, &text);
            }
            Ok(Err(e)) => panic!("{verbs:?}: a well-formed verb was refused: {e}"),
            Err(_) => panic!("{verbs:?}: the builder panicked"),
        }
    }
}

fn attribute_with<'t>(a: &Attributor, text: &'t str) -> Article<'t> {
    let article = a.attribute(text).expect("within the limits");
    if let Err(e) = common::invariants::check(text, &article) {
        panic!("{e}\ninput: {text:?}");
    }
    article
}

/// Found by the `bytes` fuzz target: after a speech verb, `the` and the words after it became an
/// inverted subject, but the search for its last word skipped over a quotation, so the mention
/// `the “x” reed` spanned the quotation. The phrase now ends at the first token that is not a
/// word.
#[test]
fn an_inverted_subject_never_spans_a_quotation() {
    for text in [
        "He said the “x” reed.",
        "“Yes,” said the \".nat#o5! `n['' to reed, citing officials.",
        "They told the ‘a’ b.",
    ] {
        let article = attribute(text);
        if let Err(e) = common::invariants::check(text, &article) {
            panic!("{e}\ninput: {text:?}");
        }
        for s in article.speakers() {
            for m in s.mentions() {
                for q in article.quotes() {
                    assert!(
                        m.end <= q.start || q.end <= m.start,
                        "{text:?}: {m:?} in {q:?}"
                    );
                }
            }
        }
    }
}

/// A quotation after a comma that opens the text underflowed a token index in the rule for
/// quotations that end an opening clause (found by `line_endings_do_not_change_the_result`).
#[test]
fn a_comma_opening_the_text_before_a_quotation_does_not_panic() {
    for text in [
        ", “Never,” she said.",
        ",“a”",
        ": “Yes,” Ann Lee said.",
        "When, “x,” y said.",
    ] {
        let article = quote_attribution::Attributor::new()
            .attribute(text)
            .expect("attributes");
        assert!(article.quotes().len() <= 2, "{text}");
    }
}

/// Found by `byte_order_mark_only_shifts_spans`: a short quotation ending the text's first line
/// read as a heading when it began within 64 bytes of the text's start, a distance counted
/// from byte 0, so a byte-order mark (3 bytes) moved it past the limit and changed its kind
/// (`Quoted::ends_short_line`, src/classify.rs).
#[test]
fn a_byte_order_mark_does_not_move_the_first_lines_limit() {
    let text = "\"aaa…aaaa —\" insisted Aaaaa Aaaaaa Aaa, a veteran adviser. “aa.” ";
    let want = summary(&attribute(text));
    let with_bom = format!("\u{feff}{text}");
    assert_eq!(summary(&attribute(&with_bom)), want);
}

/// Found by `line_endings_do_not_change_the_result`: a text whose lines end in CR alone read as
/// one long line when the layout was judged (`Layout::of`, src/layout.rs, looked for LF only),
/// so it was never hard-wrapped, and its quotations and kinds changed with the line endings.
#[test]
fn cr_line_endings_are_line_breaks_when_the_layout_is_judged() {
    let lf = "Aa said on Tuesday aaaaa aaaaa aaaaaa aaaaaaaa — \n “aaaaaaaa aaaaa aaaa,” \
              Aaaaaaa told reporters. \n é Aa said a\n\nAa said: “Aaaaaa aaaaaaa aaaaaa,aaaaaaaaa \
              —” \n “aa” ";
    let want = summary(&attribute(lf));
    for eol in ["\r\n", "\r"] {
        let other = lf.replace('\n', eol);
        let got: Vec<_> = summary(&attribute(&other))
            .into_iter()
            .map(|(q, k, s, r)| (q.replace("\r\n", "\n").replace('\r', "\n"), k, s, r))
            .collect();
        assert_eq!(got, want, "{eol:?}");
    }
}

/// A headline's quotation is read as one only in the text's first 300 bytes
/// (`classify::headline_repeat`), and that reach was counted from byte 0, so a byte-order mark
/// moved a quotation near the limit out of the headline: `«y’all` at byte 299 was a term
/// without the mark and someone's words with it. Found by the property test
/// `byte_order_mark_only_shifts_spans` at 40,000 cases.
#[test]
fn a_byte_order_mark_does_not_move_the_headlines_reach() {
    let text = "«aaaaaaaaa aaaaa aaaaaaa aaaaaaaaa aaaaaaaaa Aaaaaaa Aaa,'90s aaaaa aaaaaaaaa \
                aaaaaaaa aaaaaaaa aaaaaaaaa» Aaaaaaaa said on Tuesday. aa aaaaaa « aaaaaa \
                aaaaaaaaa aa Aa aaaaaaa aa —don't ». Aaa insisted aaaaaaaa aaaaaaa aa aaaa \
                aaaaaa, Aaaaaaa insisted: “aaaa Aaa,aaaaaaa aaaaaaa aaaa aaa” «y’all «a» a» y’all ";
    let with_mark = format!("\u{feff}{text}");
    assert_eq!(summary(&attribute(text)), summary(&attribute(&with_mark)));
}
