//! Unit tests of the rules in `adjacent.rs`.

use super::super::testing::{attributed, one, s};
use crate::Rule;

#[test]
fn adjacent_after_in_either_order() {
    assert_eq!(
        one("“We’ll see,” Trump said."),
        (s("Trump"), s("Trump"), Some(Rule::Adjacent))
    );
    assert_eq!(
        one("“It matters,” said Victor Cha, a veteran adviser."),
        (s("Victor Cha"), s("Victor Cha"), Some(Rule::Adjacent))
    );
    assert_eq!(
        one("“No,” Trump later told reporters."),
        (s("Trump"), s("Trump"), Some(Rule::Adjacent))
    );
}

#[test]
fn a_one_word_reply_before_an_abbreviated_title() {
    assert_eq!(
        one("“No,” Mr. Adams said."),
        (s("Adams"), s("Mr. Adams"), Some(Rule::Adjacent))
    );
    assert_eq!(
        one("“Finally,” Sen. Ortiz said after the vote.").2,
        Some(Rule::Adjacent)
    );
    // A sentence between them parts the quotation from the cue.
    assert!(attributed("“Closed.” Pat left. Adams said nothing.").is_empty());
}

#[test]
fn adjacent_before_with_comma_or_colon() {
    assert_eq!(
        one("Donald Trump told the governors: “We will see what happens.”"),
        (s("Donald Trump"), s("Donald Trump"), Some(Rule::Adjacent))
    );
    assert_eq!(
        one("Hillary Clinton said, “Not now.”"),
        (
            s("Hillary Clinton"),
            s("Hillary Clinton"),
            Some(Rule::Adjacent)
        )
    );
    assert_eq!(
        one("Trump: “Not now, not ever.”"),
        (s("Trump"), s("Trump"), Some(Rule::Colon))
    );
    // Coordinated names before the colon: the first.
    assert_eq!(
        one("POLLS NOT WRONG - Ann Lee and Tom Ray: “The polls were early.”").0,
        s("Ann Lee")
    );
    assert_eq!(
        one("Ted Cruz continued:\n\n“Look at the questions.”"),
        (s("Ted Cruz"), s("Ted Cruz"), Some(Rule::Adjacent))
    );
}

#[test]
fn a_name_after_an_article_and_modifiers_is_the_subject() {
    for text in [
        "“France will always be France,” an angry Hollande said.",
        "“France will always be France,” an angry Hollande retaliated.",
        "“France will always be France,” a visibly annoyed Hollande said.",
    ] {
        assert_eq!(one(text).0, s("Hollande"), "{text}");
        assert_eq!(one(text).2, Some(Rule::Adjacent), "{text}");
    }
    // An article right before a name adds nothing: no mention starts there.
    assert_eq!(
        one("Under what Ann Lee called “the old model,” the Acme Club reported a loss.").0,
        s("Ann Lee")
    );
}

#[test]
fn a_subordinate_cue_with_its_own_object_yields_before_a_comma() {
    assert_eq!(
        one("Ann Lee said that when Tom Ray railed against the banks, “he spoke for us.”").0,
        s("Ann Lee")
    );
    // A cue right before the comma is the quotation's, subordinate or not.
    assert_eq!(
        one("But, as Tom Ray said, “you wake up one day.”").0,
        s("Tom Ray")
    );
}

#[test]
fn a_full_sentence_after_a_comma_is_the_clauses_subjects() {
    assert_eq!(
        one(
            "Ann Lee shared her worry with an audience in the Hamptons, “I do not know who will show up.”"
        ),
        (s("Ann Lee"), s("Ann Lee"), Some(Rule::SentenceSubject))
    );
    // Not a document's.
    assert_eq!(
        one("The report reached an audience in the Hamptons, “We do not know who will show up.”").2,
        None
    );
    // A relative clause's cue before the comma speaks, whatever follows it.
    assert_eq!(
        one("Cruz won an endorsement from Mike Lee, who declared in the spin room, “It is time to unite.”").0,
        s("Mike Lee")
    );
}

#[test]
fn a_cue_after_an_article_is_a_noun_or_an_adjective() {
    assert_eq!(
        one("Trump told the Post in a written statement, “I do not want it.”").0,
        s("Trump")
    );
    // After a quantifier it is a verb.
    assert_eq!(one("Some said, “We do not want it.”").0, s("Some"));
}

#[test]
fn a_participle_and_its_phrase_leave_the_subject_before_them() {
    assert_eq!(
        one("Another source speaking to Fox News said, “The agents are looking.”").0,
        s("Another source")
    );
    assert_eq!(
        one("Alongside calls for action, a GOP strategist said, “She will have to choose.”").0,
        s("a GOP strategist")
    );
}

#[test]
fn a_verb_the_lexicon_lacks_before_a_comma_and_a_quotation() {
    assert_eq!(
        one("During the debate, Ann Lee cracked, “I am a progressive.”"),
        (s("Ann Lee"), s("Ann Lee"), Some(Rule::Adjacent))
    );
    assert_eq!(
        one("Ann Lee circled the boat as his friends jeered, “Goodbye!”").0,
        s("friends")
    );
    // Not an object's verb, and not a clause that opens mid-sentence.
    assert_ne!(
        one("The team that Ann Lee coached, “the best in the state,” won again.").2,
        Some(Rule::Adjacent)
    );
}

#[test]
fn a_possessive_before_a_description_is_its_owner() {
    for text in [
        "“We won,” said her spokesman.",
        "“We won,” her spokesman said.",
        "“We won,” their spokesman told reporters.",
    ] {
        assert_eq!(one(text).0, s("spokesman"), "{text}");
        assert_eq!(one(text).2, Some(Rule::Adjacent), "{text}");
    }
    // `her` as an object is no owner.
    assert_eq!(one("“We won,” said Ann Lee.").0, s("Ann Lee"));
}

#[test]
fn a_capitalised_pronoun_after_a_full_stop_opens_a_new_sentence() {
    let got = attributed(
        "Clinton, exasperated, responded: “What difference does it make?” Her critics cited it as proof.",
    );
    assert_eq!(got[0].1, s("Clinton"), "{got:?}");
    // In lower case it is the quotation's cue.
    assert_eq!(
        one("“What difference does it make?” her critics asked.").0,
        s("critics")
    );
}

#[test]
fn split_quotes_share_their_speaker() {
    let got = attributed("“First,” Hillary Clinton said, “second.”");
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].1, s("Hillary Clinton"));
    assert_eq!(got[1].1, s("Hillary Clinton"));
}

#[test]
fn an_unknown_verb_in_the_attribution_slot() {
    assert_eq!(
        one("“The Times is claiming today that it happened,” Sean Hannity started."),
        (s("Sean Hannity"), s("Sean Hannity"), Some(Rule::Adjacent))
    );
    assert_eq!(
        one("“What sport is he talking about?” reacted Donald Trump.").1,
        s("Donald Trump")
    );
    // Not after a quotation that ends its sentence.
    assert_eq!(one("“It happened.” Sean Hannity started a show.").1, None);
}

#[test]
fn a_signed_pull_quote_and_a_colon_after_a_parenthesis() {
    assert_eq!(
        one(
            "Quotable.\n\n“The whole idea is something we hear about.”\n\n—Michelle Marks, Philadelphia."
        ),
        (
            s("Michelle Marks"),
            s("Michelle Marks"),
            Some(Rule::Adjacent)
        )
    );
    assert_eq!(
        one("Rep. Trey Gowdy (R-S.C.): “I have not heard anyone cite that figure.”"),
        (s("Trey Gowdy"), s("Rep. Trey Gowdy"), Some(Rule::Colon))
    );
}

#[test]
fn a_prepositional_phrase_between_subject_and_cue() {
    assert_eq!(
        one("“Will he be the next attorney general?” a Democratic staffer in the room wondered.").1,
        s("a Democratic staffer")
    );
    assert_eq!(
        one("“It works,” the committee chairmen wrote.").1,
        s("the committee chairmen")
    );
}

#[test]
fn the_colon_credits_the_subject_not_an_object() {
    assert_eq!(
        one("Senate Majority Leader Mitch McConnell delivered a blunt message to Donald Trump: “It's time to quit attacking people.”").0,
                    s("Mitch McConnell")
    );
    assert_eq!(
        one("Polls again - Carl Bialik: “Keep on contacting voters.”").0,
        s("Carl Bialik")
    );
}

#[test]
fn colon_after_a_verb_the_lexicon_lacks() {
    assert_eq!(
        one("John Kasich resisted: “Governors do not have the power.”"),
        (s("John Kasich"), s("John Kasich"), Some(Rule::Colon))
    );
}

#[test]
fn a_credit_after_a_dash_names_the_speaker() {
    assert_eq!(
        one("“Life is short, and the winters are long.” ― Jane Roe, Halifax").0,
        s("Jane Roe")
    );
    assert_eq!(
        one("“Nobody asked the tenants.” — Jane Roe").0,
        s("Jane Roe")
    );
    assert_eq!(
        one("“Nobody asked the tenants.”\n\n—Michelle Marks, Philadelphia.").0,
        s("Michelle Marks")
    );
    // A dash that opens an aside is no credit.
    let got = attributed("“Hope is a plan.” — a line Jane Roe used often — returned.");
    assert!(got.iter().all(|r| r.1 != s("Jane Roe")), "{got:?}");
}

#[test]
fn coordinated_speakers_are_credited_to_the_first() {
    assert_eq!(one("“We never agreed,” Ana and Tom replied.").0, s("Ana"));
    assert_eq!(one("“We never agreed,” replied Ana and Tom.").0, s("Ana"));
    // Before a colon, too, also after a heading's dash.
    assert_eq!(
        one("Ana Ruiz and Tom Lee: “We never agreed.”"),
        (s("Ana Ruiz"), s("Ana Ruiz"), Some(Rule::Colon))
    );
    assert_eq!(
        one("VOTERS STAY HOME - Ana Ruiz and Tom Lee: “Turnout fell.”").0,
        s("Ana Ruiz")
    );
    // A name after `and` in a longer clause is an object, not a speaker.
    assert_ne!(
        one("The mayor thanked the voters and Tom Lee: “We never agreed.”").0,
        s("Tom Lee")
    );
    // A description before `and` is no coordinated speaker.
    assert_eq!(
        one("“We never agreed,” the owners and Tom replied.").0,
        s("Tom")
    );
}

#[test]
fn verbs_the_lexicon_lacks_beside_a_quotation() {
    assert_eq!(one("“Please,” she whimpered.").2, Some(Rule::Adjacent));
    assert_eq!(
        one("“It is over” — said the coach after the game.").0,
        s("the coach")
    );
}

#[test]
fn the_person_after_a_team_and_a_role() {
    assert_eq!(
        one("“We will win,” said Oilers head coach Ken Hill.").0,
        s("Ken Hill")
    );
    let got = attributed("“It is done,” said the housing minister, Ann Lee, on Tuesday.");
    assert_eq!(got[0].1, s("Ann Lee"));
    let got =
        attributed("“He is back,” said former Pennsylvania Gov. and party chairman Ed Rendell.");
    assert_eq!(got[0].1, s("Ed Rendell"));
    // A name with no person after its role speaks itself.
    assert_eq!(
        one("“We will win,” said Acme Corp. on Tuesday.").1,
        s("Acme Corp")
    );
}

#[test]
fn a_comma_after_a_parenthesis_sets_off_nothing() {
    assert_eq!(
        one("After the vote, Gov. John Kasich (R-OH), said, “We will win.”").0,
        s("John Kasich")
    );
}

#[test]
fn an_age_after_an_adverb_is_an_appositive() {
    let got = attributed(
        "“It was a long year,” Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone.",
    );
    assert_eq!(got[0].1, s("Daniloff"), "{got:?}");
    assert_eq!(got[0].3, Some(Rule::Adjacent));
    // A place after an adverb is no appositive of the name before it.
    let got = attributed("“It was a long year,” Mr. Daniloff, now Boston, said.");
    assert_ne!(got[0].1, s("Boston"), "{got:?}");
}

#[test]
fn a_suffix_a_set_off_phrase_or_an_infinitive_stands_between_subject_and_cue() {
    // A suffix's period ends the name.
    let got = attributed("“Terror sells,” James B. Comey Jr., the director, said.");
    assert_eq!(got[0].1, s("James B. Comey Jr."), "{got:?}");
    let got = attributed("“We shall overcome,” Martin Luther King Jr. said.");
    assert_eq!(got[0].1, s("Martin Luther King Jr."), "{got:?}");
    // A phrase or a clause set off between the name and its cue.
    let got = attributed("“He had a lot of supporters,” Blunt, after a long pause, said of Cruz.");
    assert_eq!(got[0].1, s("Blunt"), "{got:?}");
    let got = attributed("“It is over,” Ms. Lee, when asked about the vote, said on Tuesday.");
    assert_eq!(got[0].1, s("Lee"), "{got:?}");
    // An infinitive after `be` or `go`.
    let got = attributed("The debate was calm, and Mr. Trump was prompted to say, “How civil.”");
    assert_eq!(got[0].1, s("Trump"), "{got:?}");
    let got = attributed("Then Cruz went on to say: “We will win.”");
    assert_eq!(got[0].1, s("Cruz"), "{got:?}");
    // After a verb whose subject is its infinitive's.
    let got = attributed("Then Ann Lee began to say: “We will win.”");
    assert_eq!(got[0].1, s("Ann Lee"), "{got:?}");
}

#[test]
fn an_object_or_a_preposition_s_object_is_no_subject() {
    // `of Cruz` is whom it was said of.
    let got = attributed("“He had a lot of supporters,” said of Cruz, was the only answer.");
    assert_ne!(got[0].1, s("Cruz"), "{got:?}");
    // A chain crosses no comma, and `have` takes an object before the infinitive.
    let got = attributed(
        "Lee took his daughter, Chloe, there on Sunday to explain: “This is where he lived.”",
    );
    assert_ne!(got[0].1, s("Chloe"), "{got:?}");
    let article = crate::Attributor::new()
        .attribute("Investigators have no evidence to suggest that the server was breached.")
        .expect("attributes");
    assert!(
        article
            .statements()
            .iter()
            .all(|st| st.mention().as_str() != "Investigators"),
        "{:?}",
        article.statements()
    );
    // The object of a verb before an infinitive does not say it: the subject does.
    let got = attributed("Clinton called Sanders to congratulate him: “You ran a fine race.”");
    assert_ne!(got[0].1, s("Sanders"), "{got:?}");
    // A span of time is no subject.
    let got = attributed(
        "The State Department less than two weeks ago said for the first time that “top secret” files had passed through it.",
    );
    assert_eq!(got[0].1, s("The State Department"), "{got:?}");
    // An `it` before `be` stands for no one.
    let got = attributed("It was the senator’s rejection of “a politics of cynicism” that won.");
    assert_ne!(got[0].2, s("It"), "{got:?}");
}

#[test]
fn an_honorific_is_no_role_but_a_title_is() {
    let role_of = |text: &str| {
        let article = crate::Attributor::new()
            .attribute(text)
            .expect("attributes");
        let speaker = article.speakers().first().expect("a speaker").clone();
        (
            speaker.name().to_string(),
            speaker.role().map(str::to_string),
        )
    };
    assert_eq!(
        role_of("“We will win,” Mr. Adams said."),
        ("Adams".into(), None)
    );
    assert_eq!(
        role_of("“We will win,” said Sir Keir Starmer."),
        ("Keir Starmer".into(), None)
    );
    // A description set off before the name is the role.
    assert_eq!(
        role_of("“We need homes,” said the housing minister, Ann Lee, on Tuesday."),
        ("Ann Lee".into(), Some("housing minister".into()))
    );
    assert_eq!(
        role_of("“We will win,” Prime Minister Ann Lee said."),
        ("Ann Lee".into(), Some("Prime Minister".into()))
    );
    // An appositive after the name ends before a conjunction that joins what stopped it.
    assert_eq!(
        role_of(
            "“We will win,” said Wayne Borders, a 33-year-old teacher and “a child of the ’80s.”"
        ),
        ("Wayne Borders".into(), Some("33-year-old teacher".into()))
    );
    assert_eq!(
        role_of("“We will win,” said Wayne Borders, a teacher and coach."),
        ("Wayne Borders".into(), Some("teacher and coach".into()))
    );
    // A plural's possessive mark stays in the role; a closing quotation mark ends it.
    assert_eq!(
        role_of("“We will win,” said Darko Rajakovic, the Toronto Raptors' new head coach."),
        (
            "Darko Rajakovic".into(),
            Some("Toronto Raptors' new head coach".into())
        )
    );
}

#[test]
fn a_mention_that_a_verb_follows_after_a_cue_is_no_inverted_subject() {
    // `said the candidate could win`: the candidate is the reported clause's subject.
    let got = attributed(
        "Mr. Manafort, citing “the unique magic of Trump,” said the candidate could win.",
    );
    assert_eq!(got[0].2, s("Mr. Manafort"), "{got:?}");
    // An inverted subject ends its clause.
    let got = attributed("“It is over,” said the candidate, smiling.");
    assert_eq!(got[0].2, s("the candidate"), "{got:?}");
}

#[test]
fn a_colon_after_a_party_tag_or_a_role_label() {
    let got = attributed(
        "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: “It's time to stop.”",
    );
    assert_eq!(got[0].1, s("Mitch McConnell"), "{got:?}");
    let got = attributed("Former secretary of state Hillary Rodham Clinton: “We learned that.”");
    assert_eq!(got[0].1, s("Hillary Rodham Clinton"), "{got:?}");
    // A name after a verb before the colon is its object, not a label.
    let got = attributed(
        "Senate Majority Leader Mitch McConnell delivered a blunt message to Trump: “Stop it now.”",
    );
    assert_eq!(got[0].1, s("Mitch McConnell"), "{got:?}");
}

#[test]
fn a_verb_whose_object_is_a_thing_is_no_cue_of_the_quotation() {
    // `charged a fee`, `charged $100`: the subject charged something, and said nothing.
    for text in [
        "Under what Hedge called “the old model,” the Acme Country Club charged a fee.",
        "Under what Hedge called “the old model,” the Acme Country Club charged $100.",
    ] {
        let got = one(text);
        assert_eq!(got.1, s("Hedge"), "{text}: {got:?}");
    }
    // A time, the one spoken to, or a cue of several words is no such object.
    assert_eq!(
        one("“We won,” Trump said a day later.").2,
        Some(Rule::Adjacent)
    );
    assert_eq!(
        one("“We won,” Trump told a reporter.").2,
        Some(Rule::Adjacent)
    );
    assert_eq!(
        one("“We won,” Ann Lee, an analyst, wrote in a note to investors.").1,
        s("Ann Lee")
    );
}

#[test]
fn a_cue_that_is_also_a_noun_right_after_the_quotation_before_its_speaker() {
    assert_eq!(one("“We agree,” reply Ana and Tom.").1, s("Ana"));
    // Not a noun after a quotation that names no one: `“Yes” replies were few.`
    assert!(
        attributed("“Yes” replies were few.")
            .iter()
            .all(|r| r.1.is_none())
    );
    let got = attributed("The FEC studied “independent expenditure” reports that PACs file.");
    assert!(got.iter().all(|r| r.1.is_none()), "{got:?}");
}
