//! Unit tests of the speakers module.

use super::*;
use crate::lexicon::DEFAULT;
use crate::mentions::find;
use crate::tokens::tokenize;
use rustc_hash::FxHasher;
use std::hash::Hasher;

/// For each mention, the text of its entity's first mention.
fn linked(text: &str, known: &[KnownSpeaker]) -> Vec<(String, String)> {
    linked_speaking(text, known, |_| false)
}

/// [`linked`], with the mentions that `speaks` picks as the subjects of speech cues.
fn linked_speaking(
    text: &str,
    known: &[KnownSpeaker],
    speaks: impl Fn(&Found) -> bool,
) -> Vec<(String, String)> {
    let mut tokens = Vec::new();
    tokenize(text, [], &DEFAULT, &mut tokens);
    let mentions = find(text, &tokens);
    let speaking: Vec<bool> = mentions.iter().map(speaks).collect();
    let linker = Linker {
        text,
        tokens: &tokens,
        mentions: &mentions,
        known,
        speaking: &speaking,
    };
    let links = linker.link();
    mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let to = links
                .of_mention(i)
                .map(|e| {
                    let ent = &links.entities[e];
                    match (ent.known, ent.name) {
                        (Some(k), _) => known[k].name.clone(),
                        (_, Some(s)) => text[s.range()].to_string(),
                        _ => "?".into(),
                    }
                })
                .unwrap_or_else(|| "-".into());
            (text[m.span().range()].to_string(), to)
        })
        .collect()
}

fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

#[test]
fn keys_ignore_case_spacing_and_a_leading_article() {
    assert_eq!(key("the spokeswoman"), key("The  Spokeswoman"));
    assert_eq!(key("the spokeswoman"), key("spokeswoman"));
    assert_ne!(key("the spokeswoman"), key("a spokesman"));
    assert_ne!(key("the"), key(""));
}

#[test]
fn a_key_hashes_the_words_of_its_text_in_lower_case() {
    // The words hashed one by one, as the linker first computed keys.
    let by_words = |s: &str| {
        let mut words = s.split_ascii_whitespace();
        let first = words.next().unwrap_or("");
        let second = words.next();
        let article = ["the", "a", "an"]
            .iter()
            .any(|a| a.eq_ignore_ascii_case(first));
        let leading = (!(article && second.is_some())).then_some(first);
        let mut h = FxHasher::default();
        for w in leading.into_iter().chain(second).chain(words) {
            for b in w.bytes() {
                h.write_u8(b.to_ascii_lowercase());
            }
            h.write_u8(0);
        }
        h.finish()
    };
    for s in [
        "",
        " ",
        "the",
        "The ",
        " a  spokeswoman ",
        "An\tAide\r\n",
        "the White House",
        "THE  senior   administration official",
        "Théo’s café",
        "a\u{b}b",
    ] {
        assert_eq!(key(s), by_words(s), "{s:?}");
    }
}

#[test]
fn family_names_link_to_full_names() {
    let got = linked("Victor Cha spoke. Later Cha left. Then Mr. Cha came.", &[]);
    assert_eq!(
        got,
        vec![
            pair("Victor Cha", "Victor Cha"),
            pair("Cha", "Victor Cha"),
            pair("Mr. Cha", "Victor Cha")
        ]
    );
}

#[test]
fn family_name_first_links_by_first_word() {
    let got = linked(
        "North Korea leader Kim Jong Un came. Kim spoke. Donald Trump came. Donald left.",
        &[],
    );
    assert_eq!(got[2], pair("Kim", "Kim Jong Un"));
    // A given name alone is the person introduced with it.
    assert_eq!(got[4], pair("Donald", "Donald Trump"));
    let got = linked(
        "Chris Andersen runs the shelter. Chris said no. Ana Lee came. Chris left.",
        &[],
    );
    assert_eq!(got[1], pair("Chris", "Chris Andersen"));
    assert_eq!(got[3], pair("Chris", "Chris Andersen"));
    // Before the full name, the full name joins it: one person.
    let got = linked("Chris said no. Chris Andersen came.", &[]);
    assert_eq!(got[1], pair("Chris Andersen", "Chris Andersen"));
    assert_eq!(got[0], pair("Chris", "Chris Andersen"));
    // But not a word that names no person: a place.
    let got = linked("Paris was calm. Paris Hilton came.", &[]);
    assert_eq!(got[0].1, "Paris", "{got:?}");
}

#[test]
fn i_in_a_transcripts_turn_is_its_speaker() {
    let got = linked(
        "ELLEN PARK: Are they wrong?\n\nMARTIN OKAFOR: I understand them.\n\nI left.",
        &[],
    );
    let i: Vec<&(String, String)> = got.iter().filter(|(m, _)| m == "I").collect();
    assert_eq!(*i[0], pair("I", "MARTIN OKAFOR"));
    // Outside a turn, `I` stays the narrator's.
    assert_eq!(*i[1], pair("I", "-"));
}

#[test]
fn a_suffix_is_part_of_the_name_not_the_family_name() {
    let got = linked("Martin Luther King Jr. spoke. King said no.", &[]);
    assert_eq!(got[1], pair("King", "Martin Luther King Jr."));
    let got = linked("Ken Griffey Jr. came. Griffey Sr. left.", &[]);
    assert_eq!(got[1].0, "Griffey Sr.");
}

#[test]
fn titles_link_to_the_titled_person() {
    let got = linked("President Donald Trump came. The President spoke.", &[]);
    assert_eq!(got[1], pair("The President", "Donald Trump"));
    let got = linked("Sen. Ted Cruz came. The senator spoke.", &[]);
    assert_eq!(got[1], pair("The senator", "Ted Cruz"));
    // No titled person: the description stands alone.
    let got = linked("The senator spoke.", &[]);
    assert_eq!(got[0], pair("The senator", "The senator"));
}

#[test]
fn pronouns_link_to_the_last_agreeing_subject() {
    let got = linked(
        "Hillary Clinton met Donald Trump. She said no. Then he left.",
        &[],
    );
    assert_eq!(got[2], pair("She", "Hillary Clinton"));
    assert_eq!(got[3], pair("he", "Donald Trump"));
    let got = linked(
        "During talks with Nancy Pelosi and Chuck Schumer, Donald Trump left. Then he spoke.",
        &[],
    );
    assert_eq!(got[3], pair("he", "Donald Trump"));
    // No person before: unresolved.
    let got = linked("He came to Hanoi.", &[]);
    assert_eq!(got[0], pair("He", "-"));
}

#[test]
fn relative_pronouns_link_to_their_antecedent() {
    let got = linked(
        "Glenn Beck, who spoke, left. Sarah Palin who came stayed.",
        &[],
    );
    assert_eq!(got[1], pair("who", "Glenn Beck"));
    assert_eq!(got[3], pair("who", "Sarah Palin"));
}

#[test]
fn known_speakers_and_aliases() {
    let known =
        vec![KnownSpeaker::new("Donald Trump", &["the President".to_string()]).expect("valid")];
    let got = linked("The President spoke. Trump left.", &known);
    assert_eq!(
        got,
        vec![
            pair("The President", "Donald Trump"),
            pair("Trump", "Donald Trump")
        ]
    );
}

#[test]
fn q_and_a_are_the_interviewer_and_the_one_interviewed() {
    let text = "Ann Lee has led the council since May. She spoke on Friday with reporter \
                Tom Price.\n\nQ: Why now?\n\nA: I waited long enough.\n\nQ: And next?";
    let got = linked(text, &[]);
    let of = |m: &str| -> Vec<&str> {
        got.iter()
            .filter(|(w, _)| w == m)
            .map(|(_, s)| s.as_str())
            .collect()
    };
    assert_eq!(of("Q"), vec!["Tom Price", "Tom Price"]);
    assert_eq!(of("A"), vec!["Ann Lee"]);
    // `I` in the answer is the one interviewed.
    assert_eq!(of("I"), vec!["Ann Lee"]);
}

#[test]
fn an_unnamed_interviewer_is_one_speaker_and_no_one_else() {
    // No one is named after `with`, `to` or `by` a verb of speaking: `Q` is not Tom Price, who
    // is only mentioned.
    let text = "Ann Lee has led the council since May. Tom Price ran against her.\n\n\
                Q: Why now?\n\nA: Because.\n\nQ: And next?";
    let got = linked(text, &[]);
    let q: Vec<&str> = got
        .iter()
        .filter(|(w, _)| w == "Q")
        .map(|(_, s)| s.as_str())
        .collect();
    assert_eq!(q, vec!["Q", "Q"]);
    assert!(got.contains(&pair("A", "Ann Lee")));
}

#[test]
fn a_possessive_pronoun_prefers_the_subject() {
    // The subject, not a name in an object or a phrase after it.
    let got = linked("Ann Lee met Tom Ray in Boston and praised his record.", &[]);
    assert_eq!(
        got.last().map(|(m, e)| (m.as_str(), e.as_str())),
        Some(("his", "Tom Ray"))
    );
    let got = linked(
        "Ann Lee defended Tom Ray on Monday. His record, Lee said, is fine.",
        &[],
    );
    assert_eq!(got.last().map(|(m, _)| m.as_str()), Some("Lee"));
    let got = linked(
        "Former Sen. Jane Roe, a Smith supporter, stood by her remark on Tuesday.",
        &[],
    );
    let her = got
        .iter()
        .find(|(m, _)| m == "her")
        .map(|(_, e)| e.as_str());
    assert_eq!(her, Some("Jane Roe"), "{got:?}");
}

#[test]
fn a_name_after_a_preposition_is_no_subject_unless_a_verb_follows() {
    let got = linked(
        "Jeb Bush went after Donald Trump at the debate. He called the plan weak.",
        &[],
    );
    let he = got.iter().find(|(m, _)| m == "He").map(|(_, e)| e.as_str());
    assert_eq!(he, Some("Jeb Bush"), "{got:?}");
    // `after Trump spoke`: the name opens a clause of its own, and is its subject.
    let got = linked(
        "Jeb Bush sat down after Donald Trump spoke. He called the plan weak.",
        &[],
    );
    let he = got.iter().find(|(m, _)| m == "He").map(|(_, e)| e.as_str());
    assert_eq!(he, Some("Donald Trump"), "{got:?}");
}

#[test]
fn a_name_may_open_with_a_particle_in_lower_case() {
    let got = linked("Mayor Bill de Blasio spoke. Later, de Blasio left.", &[]);
    assert_eq!(got[1], pair("de Blasio", "Bill de Blasio"));
    // Inside a capitalised name the particle is the name's own; `la` opens other phrases.
    let got = linked("Ludwig van Beethoven wrote. He left la casa.", &[]);
    assert_eq!(got[0].0, "Ludwig van Beethoven");
    assert!(got.iter().all(|(m, _)| !m.starts_with("la ")), "{got:?}");
}

#[test]
fn an_age_links_to_the_person_introduced_with_it() {
    let got = linked(
        "Maria Gomez, 34, lives in Halifax. The 34-year-old said no.",
        &[],
    );
    assert_eq!(got[2], pair("The 34-year-old", "Maria Gomez"), "{got:?}");
    // Another age is another person.
    let got = linked(
        "Maria Gomez, 34, lives in Halifax. The 51-year-old said no.",
        &[],
    );
    assert_eq!(got[2].1, "The 51-year-old", "{got:?}");
}

#[test]
fn a_text_opens_with_the_when_its_first_word_is_the() {
    for s in [
        "the President",
        "The senator",
        "THE",
        "the",
        " the\u{a0}spokeswoman",
        "there",
        "theory of it",
        "th",
        "",
        "a the",
        "the’s",
    ] {
        let by_words = s
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        assert_eq!(opens_with_the(s), by_words, "{s:?}");
    }
}

/// The entity each mention whose text is `mention` links to, by its first mention's text.
fn link_of(got: &[(String, String)], mention: &str) -> Vec<String> {
    got.iter()
        .filter(|(m, _)| m == mention)
        .map(|(_, e)| e.clone())
        .collect()
}

#[test]
fn a_description_set_off_beside_a_name_names_that_person_later() {
    // After the name: the same words later, its head alone, and its age.
    let got = linked(
        "Bernie Sanders, the Vermont senator, spoke. Then the Vermont senator left. \
         The senator waved.",
        &[],
    );
    assert_eq!(
        link_of(&got, "the Vermont senator"),
        ["Bernie Sanders"; 2],
        "{got:?}"
    );
    assert_eq!(link_of(&got, "The senator"), ["Bernie Sanders"], "{got:?}");
    let got = linked(
        "Maria Gomez, a 34-year-old mother of three, waited. The 34-year-old said no. \
         The mother sighed.",
        &[],
    );
    assert_eq!(link_of(&got, "The 34-year-old"), ["Maria Gomez"], "{got:?}");
    assert_eq!(link_of(&got, "The mother"), ["Maria Gomez"], "{got:?}");
    // Before the name.
    let got = linked(
        "The housing minister, Ann Lee, spoke. Later the housing minister left.",
        &[],
    );
    assert_eq!(
        link_of(&got, "the housing minister"),
        ["Ann Lee"],
        "{got:?}"
    );
    // Not set off: a description that a verb follows is someone else.
    let got = linked("Sanders met the Vermont senator. The senator left.", &[]);
    assert_ne!(link_of(&got, "The senator"), ["Sanders"], "{got:?}");
    // A longer phrase after the description is no postmodifier: `of` and six words.
    let got = linked(
        "Ann Lee, a mother of one of the two boys in class, waited. The mother left.",
        &[],
    );
    assert_ne!(link_of(&got, "The mother"), ["Ann Lee"], "{got:?}");
}

#[test]
fn a_description_or_an_age_beside_a_name_makes_it_a_person_she_may_be() {
    // A name the lexicon does not know, described as a woman before or after it, or given an
    // age: a later `she` is her.
    for text in [
        "The ferry left. His wife, Doreen, is less sentimental. Then she laughed.",
        "The ferry left. Doreen, his wife, is less sentimental. Then she laughed.",
        "The ferry left. Doreen Vale, 64, is less sentimental. Then she laughed.",
    ] {
        let got = linked(text, &[]);
        let doreen = if text.contains("Vale") {
            "Doreen Vale"
        } else {
            "Doreen"
        };
        assert_eq!(link_of(&got, "she"), [doreen], "{text}: {got:?}");
    }
    // A husband is no `she`; and a place after a preposition is not the person described
    // after it.
    let got = linked(
        "The ferry left. Her husband, Doreen, is less sentimental. Then she laughed.",
        &[],
    );
    assert_ne!(link_of(&got, "she"), ["Doreen"], "{got:?}");
    let got = linked(
        "Debbie Wasserman Schultz of Florida, the party chairwoman, spoke.",
        &[],
    );
    assert_ne!(
        link_of(&got, "the party chairwoman"),
        ["Florida"],
        "{got:?}"
    );
}

#[test]
fn a_speaker_described_right_after_one_person_is_named_is_that_person() {
    let speaks = |m: &Found| m.kind == MentionKind::Description;
    for (text, mention, person) in [
        (
            "Connor McDavid shrugged off the praise. \u{201c}I made a play,\u{201d} the 27-year-old captain said.",
            "the 27-year-old captain",
            "Connor McDavid",
        ),
        (
            "Bernie Sanders held a rally in New Hampshire. \u{201c}It is rigged,\u{201d} the Vermont senator said.",
            "the Vermont senator",
            "Bernie Sanders",
        ),
        (
            "Hillary Clinton spoke in Iowa. \u{201c}We win,\u{201d} the former secretary said.",
            "the former secretary",
            "Hillary Clinton",
        ),
    ] {
        let got = linked_speaking(text, &[], speaks);
        assert_eq!(link_of(&got, mention), [person], "{got:?}");
    }
    for (text, mention) in [
        // Someone who speaks for another.
        (
            "Bernie Sanders held a rally. \u{201c}No,\u{201d} the Sanders spokesman said.",
            "the Sanders spokesman",
        ),
        // Two people named: either could be meant.
        (
            "Donald Trump attacked Ted Cruz. \u{201c}No,\u{201d} the Texas senator said.",
            "the Texas senator",
        ),
        // Nothing sets the person apart: `the captain` may be anyone on the team.
        (
            "McDavid shrugged off the praise. \u{201c}No,\u{201d} the captain said.",
            "the captain",
        ),
        // Named two sentences before.
        (
            "Bernie Sanders held a rally. The crowd was large. \u{201c}No,\u{201d} the Vermont senator said.",
            "the Vermont senator",
        ),
        // A capitalised word that is not known to be a person.
        (
            "Sooner or later the polls close. \u{201c}No,\u{201d} the New Jersey governor said.",
            "the New Jersey governor",
        ),
        // Plural.
        (
            "Bernie Sanders held a rally. \u{201c}No,\u{201d} the Vermont senators said.",
            "the Vermont senators",
        ),
    ] {
        let got = linked_speaking(text, &[], speaks);
        let to = link_of(&got, mention);
        assert_eq!(to, [mention], "{got:?}");
    }
    // A description that is not the subject of a speech cue is left alone.
    let got = linked(
        "Bernie Sanders held a rally. \u{201c}No,\u{201d} the Vermont senator said.",
        &[],
    );
    assert_eq!(
        link_of(&got, "the Vermont senator"),
        ["the Vermont senator"]
    );
}

#[test]
fn a_singular_pronoun_never_links_to_a_group_that_opens_a_sentence() {
    let got = linked("Prosecutors said Hayes lied. Later he said no.", &[]);
    assert_ne!(link_of(&got, "he"), ["Prosecutors"], "{got:?}");
    let got = linked("Prosecutors said Hayes lied. They said no.", &[]);
    assert_eq!(link_of(&got, "They"), ["Prosecutors"], "{got:?}");
}

/// The canonical names of an article's speakers, in order.
fn speaker_names(text: &str) -> Vec<String> {
    let article = crate::Attributor::new()
        .attribute(text)
        .expect("attributes");
    article
        .speakers()
        .iter()
        .map(|s| s.name().to_string())
        .collect()
}

/// Each speech quotation's speaker name, through the whole pipeline.
fn speakers_of(text: &str) -> Vec<String> {
    let article = crate::Attributor::new()
        .attribute(text)
        .expect("attributes");
    article
        .speech()
        .map(|q| article.speaker_of(q).map_or("-", |s| s.name()).to_string())
        .collect()
}

#[test]
fn a_relative_pronoun_links_past_a_dash_or_a_party_tag() {
    for (text, who) in [
        (
            "Voters listened to Gov. Chris Christie — who said the plan was “a disaster.”",
            "Chris Christie",
        ),
        (
            "Candidates like Donald Trump - who said the country is “in decline” - spoke.",
            "Donald Trump",
        ),
        (
            "Voters backed Rep. Jane Doe, D-N.Y., who called it “a win.”",
            "Jane Doe",
        ),
        (
            "Republicans met Sen. Mark Kirk, R-Ill., who called the bill “a mistake.”",
            "Mark Kirk",
        ),
    ] {
        assert_eq!(speakers_of(text), [who], "{text}");
    }
    // A comma that sets off something else is no party tag.
    let got = speakers_of("Voters backed Rep. Jane Doe, a Democrat, who called it “a win.”");
    assert_ne!(got, ["who"], "{got:?}");
}

#[test]
fn a_relative_pronoun_with_no_antecedent_is_named_by_the_words_before_it() {
    assert_eq!(
        speakers_of("Most of those who said the economy mattered called it “a mess.”"),
        ["those"]
    );
    assert_eq!(
        speakers_of("The same survey found a bully who called it “a mess.”"),
        ["a bully"]
    );
}

#[test]
fn the_narrators_i_is_one_speaker_the_author() {
    let text = "I asked him “why?” and I told him “no.” Then I left.";
    let article = crate::Attributor::new()
        .attribute(text)
        .expect("attributes");
    let names: Vec<&str> = article.speakers().iter().map(|s| s.name()).collect();
    assert_eq!(names, ["the author"], "{names:?}");
    assert!(article.speakers()[0].mentions().len() >= 2);
    // An `I` inside a quotation is the quotation's speaker's, not the author's.
    let got = speakers_of("“I will win,” Ana Ruiz said.");
    assert_eq!(got, ["Ana Ruiz"]);
}

#[test]
fn the_narrators_i_is_the_byline_or_the_letters_signer() {
    let names = speaker_names;
    assert_eq!(
        names("A column\n\nBy Jane Doe\n\nI told them it was “a mistake.”"),
        ["Jane Doe"]
    );
    assert_eq!(
        names(
            "I told him it was “a mistake.”\n\nAnn Lee.\n\nBoston.\n\n\
             I said it was “the end.”\n\nTom Fisher.\n\nDallas."
        ),
        ["Ann Lee", "Tom Fisher"]
    );
    // A name inside a paragraph signs nothing; `by` inside a sentence is no byline.
    assert_eq!(
        names("A column\n\nIt was written by Jane Doe.\n\nI told Ann Lee it was “a mistake.”"),
        ["the author"]
    );
}

#[test]
fn a_name_in_capitals_is_the_person_named_before_in_any_case() {
    let got = linked(
        "Finance Minister Ann Lee spoke to us.\n\nLEE: It will be balanced.\n\nANN LEE: Yes.",
        &[],
    );
    assert_eq!(link_of(&got, "LEE"), ["Ann Lee"], "{got:?}");
    assert_eq!(link_of(&got, "ANN LEE"), ["Ann Lee"], "{got:?}");
    // Another first name is another person; a name in capitals alone is its own.
    let got = linked("Ann Lee spoke to us.\n\nTOM LEE: No.\n\nOKAFOR: Yes.", &[]);
    assert_eq!(link_of(&got, "TOM LEE"), ["TOM LEE"], "{got:?}");
    assert_eq!(link_of(&got, "OKAFOR"), ["OKAFOR"], "{got:?}");
}

#[test]
fn a_group_named_by_its_noun_alone_is_the_group_named_before() {
    let got = linked(
        "Three were hurt, Winnipeg police said. Police said a truck ran a light. \
         The crash was preventable, police said.",
        &[],
    );
    assert_eq!(link_of(&got, "Police"), ["Winnipeg police"], "{got:?}");
    assert_eq!(link_of(&got, "police"), ["Winnipeg police"], "{got:?}");
    // A relative pronoun before the noun owns nothing: `who police did not name`.
    let got = linked(
        "Three were hurt, Winnipeg police said. The driver, who police did not name, left.",
        &[],
    );
    assert_eq!(link_of(&got, "police"), ["Winnipeg police"], "{got:?}");
    // A group with words of its own is another group.
    let got = linked("Police said no. Toronto police said yes.", &[]);
    assert_eq!(
        link_of(&got, "Toronto police"),
        ["Toronto police"],
        "{got:?}"
    );
}

#[test]
fn he_in_a_transcripts_turn_is_not_its_speaker() {
    let got = linked(
        "BELL: The opposition leader called your plan a fantasy.\n\n\
         RUIZ: I would say he should read it.",
        &[],
    );
    assert_eq!(link_of(&got, "I"), ["RUIZ"], "{got:?}");
    assert_eq!(link_of(&got, "he"), ["The opposition leader"], "{got:?}");
}

#[test]
fn a_pronoun_with_no_antecedent_is_an_unnamed_speaker_and_we_is_the_author() {
    let text = "“We will win,” he said.\n\nWe said last week that the plan would fail.";
    assert_eq!(speaker_names(text), ["an unnamed speaker", "the author"]);
    let article = crate::Attributor::new()
        .attribute(text)
        .expect("attributes");
    // The quotation keeps its mention and cue.
    let q = &article.quotes()[0];
    assert_eq!(q.mention().map(|m| m.as_str()), Some("he"));
}

#[test]
fn a_letters_signature_may_give_the_writers_place() {
    let speakers = speaker_names;
    for text in [
        "I wrote that the vote was wrong.\n\nMartha Nguyen, Kitchener",
        "I wrote that the vote was wrong.\n\nMartha Nguyen, Halifax, N.S.",
        "I wrote that the vote was wrong.\n\nMartha Nguyen.",
    ] {
        assert_eq!(speakers(text), ["Martha Nguyen"], "{text}");
    }
    // A sentence after the name is no signature.
    assert_eq!(
        speakers("I wrote that the vote was wrong.\n\nMartha Nguyen, who lives here, agreed."),
        ["the author"]
    );
}

#[test]
fn a_family_name_alone_is_the_first_person_named_with_it() {
    let got = linked(
        "Margaret Okonkwo, an engineer, died on Sunday. Her daughter, Adaeze, spoke. \
         Adaeze Okonkwo said she was proud. Okonkwo studied in Lagos.",
        &[],
    );
    // The daughter's full name is the daughter introduced by her given name; the family name
    // alone is the article's subject, named with it first.
    assert_eq!(link_of(&got, "Adaeze"), ["Adaeze Okonkwo"], "{got:?}");
    assert_eq!(link_of(&got, "Okonkwo"), ["Margaret Okonkwo"], "{got:?}");
    // A full name still links to the last person it matches.
    let got = linked("Ann Lee spoke. Tom Lee spoke. Then Tom Lee left.", &[]);
    assert_eq!(link_of(&got, "Tom Lee"), ["Tom Lee", "Tom Lee"], "{got:?}");
}
