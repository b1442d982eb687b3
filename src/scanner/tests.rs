//! Unit tests of the scanner module.

use super::*;

/// The quoted texts that `scan` finds, with `!` after unclosed ones.
fn quotes(text: &str) -> Vec<String> {
    scan(text, Vec::new())
        .into_iter()
        .map(|q| {
            let s = &text[q.span.start..q.span.end];
            if q.unclosed {
                format!("{s}!")
            } else {
                s.to_string()
            }
        })
        .collect()
}

#[test]
fn each_mark_style_pairs() {
    for (text, want, style) in [
        ("He said “yes” to it.", "“yes”", Marks::Curly),
        ("He said ‘yes’ to it.", "‘yes’", Marks::CurlySingle),
        ("He said \"yes\" to it.", "\"yes\"", Marks::Straight),
        ("He said 'yes' to it.", "'yes'", Marks::StraightSingle),
        ("Il a dit « oui » hier.", "« oui »", Marks::Guillemets),
        ("Il a dit ‹oui› hier.", "‹oui›", Marks::SingleGuillemets),
        ("Er sagte „ja“ gestern.", "„ja“", Marks::LowHigh),
        ("Er sagte ‚ja‘ gestern.", "‚ja‘", Marks::LowHighSingle),
        ("彼は「はい」と言った。", "「はい」", Marks::Corner),
        ("彼は『はい』と言った。", "『はい』", Marks::WhiteCorner),
        ("He said ''yes'' to it.", "''yes''", Marks::Apostrophes),
        ("He said ``yes'' to it.", "``yes''", Marks::Apostrophes),
    ] {
        let found = scan(text, Vec::new());
        assert_eq!(quotes(text), vec![want.to_string()], "{text}");
        assert_eq!(found[0].marks, style, "{text}");
    }
}

#[test]
fn a_single_quotation_is_read_whole_past_its_apostrophes() {
    // British style: the mark after a word and before the sentence's next word may be an
    // apostrophe; a later mark that closes decides.
    assert_eq!(
        quotes("‘It’s rock ’n’ roll economics,’ he said."),
        vec!["‘It’s rock ’n’ roll economics,’"]
    );
    assert_eq!(
        quotes("'It's a builders' charter,' she said."),
        vec!["'It's a builders' charter,'"]
    );
    assert_eq!(
        quotes("‘When they say “not here”, I say no,’ said Ann."),
        vec!["‘When they say “not here”, I say no,’"]
    );
    // With no later mark to close it, the first one did.
    assert_eq!(quotes("He said ‘no’ to the players’ union."), vec!["‘no’"]);
    assert_eq!(
        quotes("He said ‘no’ to them and ‘yes’ to us."),
        vec!["‘no’", "‘yes’"]
    );
    // Inside a double quotation, too.
    let found = scan("“He said ‘no’ to them,” she said.", Vec::new());
    assert_eq!(found.len(), 1);
    let (_, inner) = found[0].clone().into_parts();
    assert_eq!(inner.len(), 1);
}

#[test]
fn a_single_quotation_over_paragraphs_reopens_each_with_its_mark() {
    let text = "‘We should have seen it.\n\n‘The residents saw it first,’ she said.";
    let found = scan(text, Vec::new());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].pieces_len(), 2);
    // A paragraph that does not reopen leaves the mark an apostrophe.
    assert!(quotes("‘Cause we said so.\n\nThe end.").is_empty());
    assert_eq!(
        quotes("’cause “we said so.”\n\n‘Yes,’ he said."),
        vec!["“we said so.”", "‘Yes,’"]
    );
}

#[test]
fn quotations_nest_three_deep() {
    let text = "“I asked him, ‘Did you say “never” to them?’ and he laughed,” she said.";
    let found = scan(text, Vec::new());
    assert_eq!(found.len(), 1);
    assert!(text[found[0].span.range()].ends_with("laughed,”"));
    let (_, inner) = found[0].clone().into_parts();
    let inner: Vec<&str> = inner.iter().map(|s| &text[s.range()]).collect();
    assert_eq!(inner, vec!["“never”", "‘Did you say “never” to them?’"]);
    // A double mark with nothing nested open still ends an unclosed quotation.
    assert_eq!(
        quotes("“First one. “Second one,” he said."),
        vec!["“First one.!", "“Second one,”"]
    );
}

#[test]
fn apostrophes_are_not_quotes() {
    for text in [
        "it’s fine, don’t worry",
        "Trump’s plan and O’Brien’s reply",
        "music of the ’90s and the '80s",
        "rock ’n’ roll",
        "the students’ votes and the teachers' pay",
        "it's, don't, O'Brien",
        "a ‘90s revival",
    ] {
        assert_eq!(quotes(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn apostrophes_inside_quotes_do_not_end_them() {
    let text = "“It’s the students’ choice, and O’Brien’s,” she said.";
    assert_eq!(
        quotes(text),
        vec!["“It’s the students’ choice, and O’Brien’s,”"]
    );
    let text = "'It's Trump's call,' she said.";
    assert_eq!(quotes(text), vec!["'It's Trump's call,'"]);
}

#[test]
fn nested_quotes_belong_to_the_outer_one() {
    let text = "“He told me ‘never’ and «jamais»,” she said.";
    let found = scan(text, Vec::new());
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].span,
        Span::new(0, text.find(',').map_or(0, |c| c + 4))
    );
    let (_, inner) = found[0].clone().into_parts();
    let inner: Vec<&str> = inner.iter().map(|s| &text[s.start..s.end]).collect();
    assert_eq!(inner, vec!["‘never’", "«jamais»"]);
    let text = "\"He said 'no way' twice,\" she said.";
    assert_eq!(quotes(text), vec!["\"He said 'no way' twice,\""]);
}

#[test]
fn quotes_continue_over_paragraphs() {
    let text = "“First paragraph.\n\n“Second paragraph.\n\n“Last one,” he said.\n\nAfter.";
    let found = scan(text, Vec::new());
    assert_eq!(found.len(), 1);
    assert!(!found[0].unclosed);
    let (pieces, _) = found[0].clone().into_parts();
    assert_eq!(pieces.len(), 3);
    assert!(pieces[0].unclosed && pieces[1].unclosed && !pieces[2].unclosed);
    assert_eq!(
        &text[found[0].span.start..found[0].span.end],
        &text[..text.find(" he").unwrap_or(0)]
    );
    // Straight marks and CRLF endings follow the same convention.
    let text = "\"One.\r\n\"Two.\" Done.";
    let found = scan(text, Vec::new());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].clone().into_parts().0.len(), 2);
}

#[test]
fn quotations_inside_an_apostrophe_stand_on_their_own() {
    // `’t` opens nothing that closes: the quotation after it is found all the same.
    let text = "said Sophie in 't Veld, a member. \"It's a risk,\" she added.\n\nNext.";
    assert_eq!(quotes(text), vec!["\"It's a risk,\""]);
    let text = "Fans came 'cause “he said «come» to us” and “stayed” on.";
    let found = scan(text, Vec::new());
    assert_eq!(quotes(text), vec!["“he said «come» to us”", "“stayed”"]);
    let (_, inner) = found[0].clone().into_parts();
    assert_eq!(inner.len(), 1);
    assert_eq!(&text[inner[0].range()], "«come»");
    // A single mark of the same family inside: the first one was the apostrophe.
    let text = "Fans came 'cause “he said ‘come’ to us” and left.";
    let found = scan(text, Vec::new());
    assert_eq!(quotes(text), vec!["“he said ‘come’ to us”"]);
    let (_, inner) = found[0].clone().into_parts();
    assert_eq!(&text[inner[0].range()], "‘come’");
    // A single quotation that closes keeps its nested one.
    let text = "She said 'he told me \"no\" twice' and left.";
    assert_eq!(quotes(text), vec!["'he told me \"no\" twice'"]);
}

#[test]
fn markup_attributes_are_not_quotations() {
    // An attribute value broken over a line: its closing mark opens the next paragraph.
    let text = "<tweet date=\"March 9, 2016\n\">Rubio event. Stands empty.\n\nAfter.";
    assert_eq!(quotes(text), Vec::<String>::new());
    // A quotation right after a tag is one.
    let text = "<p>\"Hello,\" he said.</p>";
    assert_eq!(quotes(text), vec!["\"Hello,\""]);
}

#[test]
fn a_paragraph_without_an_opening_mark_does_not_continue() {
    let text = "“Never closed.\n\nNarration follows. “Then this.”";
    assert_eq!(quotes(text), vec!["“Never closed.!", "“Then this.”"]);
}

#[test]
fn unclosed_quotes_end_at_their_paragraph() {
    let text = "He said “this never ends   \nNext “line” here.";
    assert_eq!(quotes(text), vec!["“this never ends!", "“line”"]);
    let text = "He said \"this never ends\rNext";
    assert_eq!(quotes(text), vec!["\"this never ends!"]);
}

#[test]
fn a_reopened_family_ends_the_open_quote() {
    let text = "“One without end. Then “two,” he said.";
    assert_eq!(quotes(text), vec!["“One without end. Then!", "“two,”"]);
}

#[test]
fn stray_closers_are_ignored() {
    let text = "Nothing” here» and 」 there. Then “real.”";
    assert_eq!(quotes(text), vec!["“real.”"]);
}

#[test]
fn straight_quotes_are_decided_by_context() {
    let text = "\"Yes,\" he said, \"we will.\" She said \"no\".";
    assert_eq!(quotes(text), vec!["\"Yes,\"", "\"we will.\"", "\"no\""]);
    // A closing mark followed by punctuation, and inch marks inside words.
    let text = "The 5\"x7\" print";
    assert_eq!(quotes(text), Vec::<String>::new());
}

#[test]
fn candidates_are_every_mark_and_break_byte() {
    let text = "a\"b'c`d“e«f「g\nh\ri";
    let mut c = Candidates::new(text.as_bytes());
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(at) = c.next_from(i) {
        found.push(at);
        i = at + 1;
    }
    let want: Vec<usize> = text
        .bytes()
        .enumerate()
        .filter(|&(_, b)| crate::marks::is_candidate(b))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(found, want);
    assert_eq!(found.len(), 8);
}

#[test]
fn paragraph_breaks_of_every_kind() {
    for sep in ["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u{2029}"] {
        let text = format!("“Open{sep}Closed.” x");
        assert_eq!(quotes(&text), vec!["“Open!".to_string()], "{sep:?}");
    }
}

#[test]
fn misused_curly_marks_still_pair() {
    assert_eq!(quotes("He said “yes“ today."), vec!["“yes“"]);
    assert_eq!(quotes("He said ”yes” today."), vec!["”yes”"]);
    assert_eq!(
        quotes("Done.\n\n” … and so on,” she wrote."),
        vec!["” … and so on,”"]
    );
    assert_eq!(quotes("Done.\n\n\u{202a}”Evil,” he said."), vec!["”Evil,”"]);
}

#[test]
fn straight_marks_after_sentence_punctuation() {
    assert_eq!(
        quotes("He left.\"We were deceived.\" Then"),
        vec!["\"We were deceived.\""]
    );
    assert_eq!(quotes("\"Hello,\"he said."), vec!["\"Hello,\""]);
}

#[test]
fn three_apostrophes_close_a_single_quotation_and_then_a_doubled_one() {
    // The first closes the single quotation nested inside, the other two the doubled one.
    let text = "''I would call it 'overdue,''' said Pat Reyes.";
    assert_eq!(quotes(text), vec!["''I would call it 'overdue,'''"]);
    assert_eq!(
        scan(text, Vec::new())[0].clone().into_parts().1.len(),
        1,
        "{text}"
    );
    // With no single quotation open, two apostrophes close and the third stands alone.
    assert_eq!(
        quotes("''We waited,''' said Lee Ortiz."),
        vec!["''We waited,''"]
    );
    // A doubled quotation that nests a closed single one closes as usual.
    assert_eq!(
        quotes("''They told us 'wait,' and we did,'' said Lee Ortiz."),
        vec!["''They told us 'wait,' and we did,''"]
    );
}

#[test]
fn an_apostrophe_inside_a_word_opens_and_closes_nothing() {
    assert_eq!(apostrophe_in_word("it’s".as_bytes(), 2), Some(3));
    assert_eq!(apostrophe_in_word(b"don't", 3), Some(1));
    assert_eq!(apostrophe_in_word(b"'90s", 0), None);
    assert_eq!(apostrophe_in_word("no’ yes".as_bytes(), 2), None);
    assert_eq!(
        quotes("‘It’s O'Brien’s rock’n’roll,’ she said, ‘isn’t it?’"),
        vec!["‘It’s O'Brien’s rock’n’roll,’", "‘isn’t it?’"]
    );
    // Every apostrophe inside a word is read as the marks' rules read it: as nothing.
    for text in ["He said 'don't' twice.", "“Trump’s” plan", "‘x’y’"] {
        let by_rules = {
            let mut s = Scanner {
                text,
                stack: Vec::new(),
                out: Vec::new(),
                pending: None,
                continue_at: None,
                para_start: 0,
                para_text: 0,
            };
            s.begin_paragraph(0);
            let bytes = text.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                match parse_mark(&text[i..]) {
                    Ok((_, mark)) => {
                        s.mark(i, mark);
                        i += mark.len;
                    }
                    Err(_) => i += text[i..].chars().next().map_or(1, char::len_utf8),
                }
            }
            s.end_paragraph(text.len());
            s.flush_pending();
            s.out
        };
        assert_eq!(scan(text, Vec::new()), by_rules, "{text}");
    }
}

#[test]
fn a_straight_mark_between_letters_with_nothing_open_opens() {
    assert_eq!(
        quotes("He waxed poetic about\"joint operations between us.\" He left."),
        ["\"joint operations between us.\""]
    );
    // Inside an open quotation it closes, as before.
    assert_eq!(
        quotes("He said \"no\"and left, then \"yes.\""),
        ["\"no\"", "\"yes.\""]
    );
}
