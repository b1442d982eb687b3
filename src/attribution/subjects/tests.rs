//! Unit tests of the rules in `subjects.rs`.

use super::super::testing::{attributed, one, s};
use crate::Rule;

#[test]
fn a_phrase_of_place_or_belonging_leaves_its_owner_the_subject() {
    for (text, speaker) in [
        (
            "Officials at the meeting said the plan was “dead.”",
            "Officials",
        ),
        (
            "The head of the largest union in the state said it was “dead.”",
            "The head",
        ),
        (
            "A spokeswoman for the office of the governor said it was “dead.”",
            "A spokeswoman",
        ),
        (
            "The nominee for the Nov. 8 election later said it was “dead.”",
            "The nominee",
        ),
        // A document is no owner: it speaks for whom it is from.
        (
            "A statement from the union said the deal was “a disgrace.”",
            "the union",
        ),
        (
            "People familiar with the matter said it was “dead.”",
            "People",
        ),
        (
            "A source close to the campaign said it was “dead.”",
            "A source",
        ),
    ] {
        assert_eq!(one(text).0, s(speaker), "{text}");
    }
    // Not the object of a preposition other than a postmodifier's.
    assert_ne!(
        one("Lee has egged on voters on Facebook with pep talks like “we will win.”").0,
        s("Facebook")
    );
    // Not the object of a verb before a gerund, and not past the subject itself.
    assert_ne!(
        one("He accused the moderators of asking too many “attack Ted” questions.").0,
        s("the moderators")
    );
    assert_ne!(
        one("Alabama took the National Championship in a title game many are calling an “instant classic.”").0,
        s("National Championship")
    );
}

#[test]
fn appositives_and_pronouns() {
    let got = attributed("Donald Trump came in. “Read this,” he instructed Chuck Schumer.");
    assert_eq!(got[0].1, s("Donald Trump"));
    assert_eq!(got[0].2, s("he"));
    assert_eq!(
        one("Victor Cha, a veteran adviser, said “the gap is very wide.”"),
        (s("Victor Cha"), s("Victor Cha"), Some(Rule::SentenceCue))
    );
}

#[test]
fn appositives_with_roles_and_names() {
    let got = attributed(
        "“We raise money,” Jeff Weaver, Sanders’ campaign manager, said in a statement.",
    );
    assert_eq!(got[0].1, s("Jeff Weaver"));
    let got = attributed("“It works,” his chief of staff, Joe Kasper, told reporters.");
    assert_eq!(got[0].1, s("Joe Kasper"));
    // A place between commas is no appositive.
    let got = attributed(
        "Speaking in Salem, New Hampshire, Donald Trump went after Bush, calling him “a total stiff.”",
    );
    assert_eq!(got[0].1, s("Donald Trump"));
}

#[test]
fn a_subject_before_a_phrase_set_off_by_commas() {
    let got = attributed(
        "Donald Trump, in Kentucky, said that Rubio was “a lightweight” while Cruz is “a basket case.”",
    );
    assert_eq!(got[0].1, s("Donald Trump"));
    assert_eq!(got[1].1, s("Donald Trump"));
}

#[test]
fn a_phrase_after_a_preposition_is_not_a_subject() {
    let got = attributed("Donald Trump at the time said he had asked his “people” to help.");
    assert_eq!(got[0].1, s("Donald Trump"));
}

#[test]
fn participles_take_the_subject_past_an_introduction() {
    let got = attributed(
        "In a statement released Thursday, Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “He should be in prison.”",
    );
    assert_eq!(got[0].1, s("Hakeem Jeffries"));
}

#[test]
fn a_participle_phrase_before_the_subject() {
    let got = attributed(
        "Appearing before supporters at NLD headquarters, Aung San Suu Kyi said it was too early but added, “You all have an idea of the results.”",
    );
    assert_eq!(got[0].1, s("Aung San Suu Kyi"));
}

#[test]
fn a_participle_after_an_object_takes_the_subject_past_an_adverb() {
    // The mention before `, saying` is the verb's object; the subject is read past the
    // adverb that follows it, which could also end a clause (`said Cha recently`).
    let got = attributed(
        "Madeleine Albright recently urged women to vote for Hillary Clinton, saying, “There is a place for them.”",
    );
    assert_eq!(got[0].1, s("Madeleine Albright"));
    // A subject right before its verb is unchanged.
    let got = attributed(
        "Albright urged women to vote for Hillary Clinton, saying, “There is a place for them.”",
    );
    assert_eq!(got[0].1, s("Albright"));
}

#[test]
fn the_owner_of_a_phrase_past_an_article_that_the_name_leaves_out() {
    assert_eq!(
        one("The director of the FBI said the messages were “truly fine.”").0,
        s("The director")
    );
    // A name set off after a name that a phrase of belonging places is the subject.
    assert_eq!(
        one("The director of the FBI, James Comey, said the files were “fine.”").0,
        s("James Comey")
    );
    // Not a place set off after a place.
    assert_eq!(
        one("Clinton, at a town hall in Columbus, Ohio, said she was “going to win.”").0,
        s("Clinton")
    );
}

#[test]
fn a_clauses_subject_is_no_inverted_subject_and_coordinated_names_set_off_speak() {
    // `wrote that Taylor`: Taylor is the reported clause's subject.
    let got = attributed("Critics, Ann Lee and Bob Roe, wrote that Taylor “had a tin ear.”");
    assert_eq!(got[0].2, s("Ann Lee"), "{got:?}");
    let got =
        attributed("Two historians, Ann Lee and Tom Roe, wrote that the general “had a tin ear.”");
    assert_eq!(got[0].2, s("Ann Lee"), "{got:?}");
    // An inverted subject after a comma still speaks.
    let got = attributed("The plan was “a mess,” said Ann Lee, a historian.");
    assert_eq!(got[0].2, s("Ann Lee"), "{got:?}");
    // After `that`, even where the cue follows a comma, the name is not the cue's subject.
    let got = attributed("In the end, they wrote, that Taylor “had a tin ear.”");
    assert_ne!(got[0].2, s("Taylor"), "{got:?}");
}

#[test]
fn a_phrase_with_a_possessive_between_subject_and_cue() {
    let got = attributed(
        "It began when Trump in his announcement speech called immigrants “rapists” (although he allowed that some were good).",
    );
    assert_eq!(got[0].2, s("Trump"), "{got:?}");
    // A subject pronoun in the phrase is no part of it: `at the meeting he said`.
    let got = attributed("Officials met, and at the meeting he called it “a mess.”");
    assert_eq!(got[0].2, s("he"), "{got:?}");
}

#[test]
fn a_subject_past_a_relative_clause_before_its_cue() {
    let got = attributed(
        "While Ann Lee condemned the plan, the groups who wrote to her on Thursday say they are “concerned about it.”",
    );
    assert_eq!(got[0].2, s("the groups"), "{got:?}");
    // A `who` right before the cue is the subject itself, its antecedent the speaker.
    let got = attributed("Tom Ray, who said it was “a mess,” left early.");
    assert_eq!(got[0].1, s("Tom Ray"), "{got:?}");
}
