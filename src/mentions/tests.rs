//! Unit tests of the mentions module.

use super::*;
use crate::lexicon::DEFAULT;
use crate::tokens::tokenize;

fn mentions(text: &str) -> Vec<(String, MentionKind)> {
    let mut tokens = Vec::new();
    tokenize(text, [], &DEFAULT, &mut tokens);
    find(text, &tokens)
        .into_iter()
        .map(|m| (text[m.span().range()].to_string(), m.kind))
        .collect()
}

fn names(text: &str) -> Vec<String> {
    mentions(text).into_iter().map(|(s, _)| s).collect()
}

#[test]
fn a_singular_determiner_does_not_open_a_plural_description() {
    // Class 11: a fragment (`that campaigners`) is never a speaker.
    assert_eq!(names("One of them told us"), vec!["One of them"]);
    assert_eq!(names("the 43-year-old asked"), vec!["the 43-year-old"]);
    assert_eq!(
        names("the 34-year-old mother said"),
        vec!["the 34-year-old mother"]
    );
    assert_eq!(
        names("The Vermont senator said"),
        vec!["The Vermont senator"]
    );
    assert_eq!(names("The White House said"), vec!["The White House"]);
    assert_eq!(names("One of them left"), vec!["them"]);
    let found = names("a rule that campaigners called unfair");
    assert!(found.iter().all(|n| !n.starts_with("that")), "{found:?}");
    assert_eq!(names("a campaigner said"), vec!["a campaigner"]);
    assert_eq!(names("those campaigners said"), vec!["those campaigners"]);
    // Nor is a time, an auxiliary or a participle the noun of an unknown description.
    for text in [
        "a report this month said",
        "the report that would say",
        "sent a fundraising call",
    ] {
        assert!(
            names(text).iter().all(|n| !n.contains("month")
                && !n.contains("would")
                && !n.contains("fundraising")),
            "{text}: {:?}",
            names(text)
        );
    }
    assert_eq!(
        names("the gambling tycoon told"),
        vec!["the gambling tycoon"]
    );
}

#[test]
fn names_with_titles_initials_and_particles() {
    use MentionKind::*;
    assert_eq!(
        mentions("President Donald Trump spoke."),
        vec![("President Donald Trump".into(), Name)]
    );
    assert_eq!(
        mentions("Sen. Ted Cruz spoke."),
        vec![("Sen. Ted Cruz".into(), Name)]
    );
    assert_eq!(names("George H. W. Bush spoke."), vec!["George H. W. Bush"]);
    assert_eq!(
        names("Ludwig van Beethoven spoke."),
        vec!["Ludwig van Beethoven"]
    );
    assert_eq!(names("Beto O’Rourke spoke."), vec!["Beto O’Rourke"]);
    assert_eq!(names("Mrs. Clinton’s plan"), vec!["Mrs. Clinton"]);
    assert_eq!(
        names("North Korea leader Kim Jong Un came."),
        vec!["North Korea", "Kim Jong Un"]
    );
}

#[test]
fn a_titles_office_is_not_part_of_the_name() {
    // After `Secretary of`, the name starts at the given name.
    assert_eq!(
        names("Secretary of State John Kerry spoke."),
        vec!["Secretary", "John Kerry"]
    );
    assert_eq!(
        names("Director of National Intelligence James Clapper spoke."),
        vec!["Director", "James Clapper"]
    );
    // Without a title before `of`, or without a given name, the run stands.
    assert_eq!(
        names("the Bank of England Mark Carney spoke."),
        vec!["the Bank", "England Mark Carney"]
    );
    assert_eq!(
        names("the Secretary of State spoke."),
        vec!["the Secretary", "State"]
    );
}

#[test]
fn bare_strips_possessive_and_contracted_endings() {
    for (w, want) in [
        ("Trump’s", "Trump"),
        ("Trump's", "Trump"),
        ("he’ll", "he"),
        ("they're", "they"),
        ("we’ve", "we"),
        ("she'd", "she"),
        ("students’", "students"),
        ("students'", "students"),
        ("O’Brien", "O’Brien"),
        ("don’t", "don’t"),
        ("’s", "’s"),
        ("'", "'"),
        ("was", "was"),
        ("", ""),
        ("café’s", "café"),
    ] {
        assert_eq!(bare(w), want, "{w}");
    }
}

#[test]
fn sentence_openers_are_not_names() {
    assert_eq!(names("But Trump said no."), vec!["Trump"]);
    assert_eq!(names("On Monday, nothing."), Vec::<String>::new());
}

#[test]
fn organisations() {
    use MentionKind::*;
    assert_eq!(
        mentions("at the White House today"),
        vec![("the White House".into(), Organization)]
    );
    assert_eq!(
        mentions("the State Department said"),
        vec![("the State Department".into(), Organization)]
    );
    assert_eq!(
        mentions("the Clinton campaign said"),
        vec![("the Clinton campaign".into(), Organization)]
    );
}

#[test]
fn descriptions_and_titles_alone() {
    use MentionKind::*;
    assert_eq!(
        mentions("a senior administration official said"),
        vec![("a senior administration official".into(), Description)]
    );
    assert_eq!(
        mentions("the spokeswoman said"),
        vec![("the spokeswoman".into(), Description)]
    );
    assert_eq!(
        mentions("sources said"),
        vec![("sources".into(), Description)]
    );
    assert_eq!(
        mentions("The President said"),
        vec![("The President".into(), Description)]
    );
    // A description before a name is the name's role.
    assert_eq!(
        names("spokeswoman Sarah Sanders said"),
        vec!["Sarah Sanders"]
    );
    assert!(mentions("the table and the floor").is_empty());
    // A possessive opens a description; a quantifier before a verb is one.
    assert_eq!(
        mentions("Ryan’s office said"),
        vec![("Ryan’s office".into(), Organization)]
    );
    assert_eq!(mentions("Some chanted"), vec![("Some".into(), Description)]);
    // An unknown noun after a speech verb, ending the clause, is one too.
    assert_eq!(
        mentions("said the 46-year-old."),
        vec![("the 46-year-old".into(), Description)]
    );
    // An unknown noun before a speech verb is a description.
    assert_eq!(
        mentions("the gambling tycoon told Reuters"),
        vec![
            ("the gambling tycoon".into(), Description),
            ("Reuters".into(), Organization)
        ]
    );
}

#[test]
fn pronouns_and_their_cases() {
    let mut tokens = Vec::new();
    let text = "he’s sure she said they told him his";
    tokenize(text, [], &DEFAULT, &mut tokens);
    let found = find(text, &tokens);
    let spans: Vec<&str> = found.iter().map(|m| &text[m.span().range()]).collect();
    assert_eq!(spans, vec!["he", "she", "they", "him", "his"]);
    assert!(is_case(found[4].pronoun, crate::lexicon::Case::Possessive));
    assert_eq!(found[1].gender, Gender::Female);
}

#[test]
fn a_group_named_by_a_modifier_and_a_plural_noun() {
    assert_eq!(names("Later, county police said"), vec!["county police"]);
    assert_eq!(
        names("but federal prosecutors said"),
        vec!["federal prosecutors"]
    );
    // After another word it is no modifier of the group.
    assert_eq!(names("the county police said"), vec!["the county police"]);
}

/// The sides of the interview labels in `text`, in order.
fn labels(text: &str) -> Vec<Side> {
    let mut tokens = Vec::new();
    tokenize(text, [], &DEFAULT, &mut tokens);
    (0..tokens.len())
        .filter_map(|i| interview_label(text, &tokens, i))
        .collect()
}

#[test]
fn q_and_a_opening_a_paragraph_before_a_colon_are_labels() {
    let text = "Q: Why now?\n\nA: Because we waited.";
    let found = mentions(text);
    assert!(found.contains(&("Q".to_string(), MentionKind::Description)));
    assert!(found.contains(&("A".to_string(), MentionKind::Description)));
    assert_eq!(labels(text), vec![Side::Asks, Side::Answers]);
    // Not inside a sentence, nor without a colon, nor `Q&A`.
    for text in [
        "He got a grade A: fine work.",
        "A quiet week: nothing happened.",
        "Q&A: the mayor.",
    ] {
        assert_eq!(labels(text), vec![], "{text}");
    }
}

#[test]
fn people_of_every_walk_are_descriptions() {
    for text in [
        "the physician said",
        "a rabbi said",
        "the actress said",
        "many marchers and spectators chanted",
        "the crowd chanted",
        "the retired neurosurgeon said",
        "most Americans say",
    ] {
        assert!(
            mentions(text)
                .iter()
                .any(|(_, k)| *k == MentionKind::Description),
            "{text}"
        );
    }
    // A word the lexicon lacks, before no verb, is none.
    assert!(mentions("the pilot light").is_empty());
}

#[test]
fn a_description_has_no_time_or_clause_inside() {
    let found = names("two hours after news outlets declared him the winner");
    assert!(found.iter().all(|n| !n.starts_with("two")), "{found:?}");
    assert_eq!(
        names("two senior officials said"),
        vec!["two senior officials"]
    );
}

#[test]
fn a_plural_noun_capitalised_at_a_sentences_start_is_a_group() {
    for (text, group) in [
        ("Prosecutors said he lied.", "Prosecutors"),
        ("Officials declined to comment.", "Officials"),
        ("It ended. Police officers said so.", "Police officers"),
    ] {
        assert!(
            mentions(text).contains(&(group.to_string(), MentionKind::Description)),
            "{text}: {:?}",
            mentions(text)
        );
    }
    // A name goes on in capitals; a singular noun may be a family name.
    assert!(
        mentions("Officials Say No.")
            .iter()
            .all(|(_, k)| *k != MentionKind::Description)
    );
    assert_eq!(
        mentions("Judge said no."),
        vec![("Judge".to_string(), MentionKind::Name)]
    );
}

#[test]
fn a_contraction_opens_no_description() {
    // Class 11: a fragment (`There's no`) is never a speaker.
    let found = names("Sanders spoke. There's no denying he has had a run.");
    assert!(found.iter().all(|n| !n.starts_with("There")), "{found:?}");
    assert_eq!(names("Ryan’s office said"), vec!["Ryan’s office"]);
}

#[test]
fn a_speech_verbs_participle_opening_a_sentence_begins_no_name() {
    assert_eq!(
        names("Asserting Clinton was wrong, the memo said so."),
        vec!["Clinton", "the memo"]
    );
    // A given name that ends the same way does.
    assert_eq!(names("Sterling Brown said no."), vec!["Sterling Brown"]);
    assert_eq!(names("Channing Tatum said no."), vec!["Channing Tatum"]);
}

#[test]
fn a_quantifier_before_a_past_tense_is_the_group_and_staff_speak() {
    assert_eq!(names("Some held signs reading no."), vec!["Some"]);
    assert_eq!(names("Others cheered loudly."), vec!["Others"]);
    // An adjective before the noun leaves the noun the head.
    assert_eq!(
        names("Some retired teachers said no."),
        vec!["Some retired teachers"]
    );
    assert_eq!(
        names("It will start in spring, staff said."),
        vec!["It", "staff"]
    );
    assert_eq!(names("Coun. Waye Mason said no."), vec!["Coun. Waye Mason"]);
}

#[test]
fn a_common_word_opening_a_sentence_is_no_name() {
    // The text writes `good` and `ever` in lower case elsewhere.
    let text =
        "It was good news. Good information can drive out bad. Ever since, it has ever been good.";
    let found = names(text);
    assert!(
        found.iter().all(|n| n != "Good" && n != "Ever"),
        "{found:?}"
    );
    // A name before a verb stays one, even where the text has its word in lower case.
    let found = names("The young voters came. Young said no. Young has left.");
    assert_eq!(
        found.iter().filter(|n| *n == "Young").count(),
        2,
        "{found:?}"
    );
    // A word the text never writes in lower case is a name.
    assert!(names("Kasich rallies were full.").contains(&"Kasich".to_string()));
}

#[test]
fn i_am_is_the_pronoun_i() {
    assert_eq!(
        mentions("I'm old enough to remember."),
        vec![("I".to_string(), MentionKind::Pronoun)]
    );
}

#[test]
fn q_and_a_with_a_period_are_labels_where_the_text_pairs_them() {
    assert_eq!(
        labels("Q. Why now?\n\nA. Because we waited."),
        vec![Side::Asks, Side::Answers]
    );
    // An initial opening a paragraph, with no `Q.` before it, is no label.
    for text in [
        "A. Philip Randolph spoke.\n\nHe left.",
        "Q. Smith spoke.\n\nHe left.",
    ] {
        assert_eq!(labels(text), vec![], "{text}");
    }
}

#[test]
fn a_share_is_named_with_its_number() {
    assert!(names("Just 8 percent of Democrats said no.").contains(&"8 percent".to_string()));
    assert!(names("Some 40 percent of voters said no.").contains(&"Some 40 percent".to_string()));
    // A number that ends a sentence before it is not its number.
    let found = names("It rose by 8. Percent of voters said no.");
    assert!(found.iter().all(|n| !n.starts_with('8')), "{found:?}");
}

#[test]
fn a_plurals_possessive_opens_a_description_as_a_determiner() {
    assert_eq!(
        names("Residents’ groups have warned of cuts."),
        vec!["Residents’ groups"]
    );
    assert_eq!(
        names("The nurses' union said no."),
        vec!["The nurses' union"]
    );
    // A plural with no mark, or a mark with a space before it (a closing quotation mark),
    // is a description of its own.
    assert_eq!(names("Residents said no."), vec!["Residents"]);
    assert_eq!(
        names("the residents ’ groups said"),
        vec!["the residents", "groups"]
    );
}

#[test]
fn a_role_in_capitals_before_a_name_is_its_title() {
    // The name is the rest; the role is the mention's title.
    for (text, name, role) in [
        (
            "Spokeswoman Sarah Sanders said no.",
            "Sarah Sanders",
            "Spokeswoman",
        ),
        ("Republican Trump said no.", "Trump", "Republican"),
        ("Deckhand Luis Ortega said no.", "Luis Ortega", "Deckhand"),
    ] {
        let mut tokens = Vec::new();
        tokenize(text, [], &DEFAULT, &mut tokens);
        let found = find(text, &tokens);
        let m = &found[0];
        let words = |r: Range<usize>| {
            text[tokens[r.start].span().start..tokens[r.end - 1].span().end].to_string()
        };
        assert_eq!(words(m.name()), name, "{text}");
        assert_eq!(m.title().map(words).as_deref(), Some(role), "{text}");
    }
    // Not a given name before another (`Mary Ann Evans`), not a word the lexicon knows, nor a
    // role before an organisation or an acronym, nor an unknown word before a name that opens
    // with no given name.
    for (text, name) in [
        ("Mary Ann Evans said no.", "Mary Ann Evans"),
        (
            "Republican National Convention officials said no.",
            "Republican National Convention",
        ),
        (
            "Conservative Solutions PAC said no.",
            "Conservative Solutions PAC",
        ),
        ("Kasongo Ilunga Mbuyi said no.", "Kasongo Ilunga Mbuyi"),
        // A family name before a full name is no role: a caption's two names.
        ("Trump Kim Jong Un summit letter", "Trump Kim Jong Un"),
    ] {
        let mut tokens = Vec::new();
        tokenize(text, [], &DEFAULT, &mut tokens);
        let found = find(text, &tokens);
        let m = &found[0];
        assert_eq!(&text[m.span().range()], name, "{text}");
        assert!(
            m.title().is_none_or(|t| t.start != m.tokens().start),
            "{text}: {:?} {:?}",
            m.title(),
            m.tokens()
        );
    }
}

#[test]
fn a_name_before_a_group_noun_is_part_of_the_group() {
    assert_eq!(
        mentions("A man was charged, Toronto police said."),
        vec![
            ("A man".to_string(), MentionKind::Description),
            ("Toronto police".to_string(), MentionKind::Description)
        ]
    );
    assert_eq!(names("FBI officials said no."), vec!["FBI officials"]);
    // A possessive opens a description of its own; a role precedes a name.
    assert_eq!(names("Trump’s aides said no."), vec!["Trump’s aides"]);
    assert_eq!(
        names("Obama adviser David Axelrod said no."),
        vec!["Obama", "David Axelrod"]
    );
    assert_eq!(names("Toronto said no."), vec!["Toronto"]);
}

#[test]
fn police_and_military_ranks_are_titles() {
    for text in [
        "Const. Dani McKinnon told reporters.",
        "Cpl. Dani McKinnon told reporters.",
        "Supt. Dani McKinnon told reporters.",
    ] {
        let found = names(text);
        assert_eq!(found[0], text[..found[0].len()], "{text}: {found:?}");
        assert!(found[0].ends_with(". Dani McKinnon"), "{text}: {found:?}");
    }
}

#[test]
fn a_name_after_a_preposition_is_no_groups_modifier() {
    assert_eq!(
        names("A Department for Levelling Up spokeswoman said no."),
        vec!["Department", "Levelling Up", "spokeswoman"]
    );
}

#[test]
fn a_headlines_speech_verb_ends_the_name_before_it() {
    assert_eq!(
        names("Hillary Clinton Says Crash Seems Like Terrorism")[0],
        "Hillary Clinton"
    );
    assert_eq!(names("Rubio Tells Voters To Stay Home")[0], "Rubio");
    // Only a verb in -s: a past form may be a name's word, as may a noun in -s.
    assert_eq!(names("Edward Said wrote the book.")[0], "Edward Said");
    assert_eq!(
        names("Consumer Reports found the flaw.")[0],
        "Consumer Reports"
    );
}
