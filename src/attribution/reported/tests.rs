//! Unit tests of the rules in `reported.rs`.

use crate::{Attributor, Rule};

/// Each reported statement's words, speaker name, mention and rule.
fn reported(text: &str) -> Vec<(String, String, String, Rule)> {
    let article = Attributor::new().attribute(text).expect("attributes");
    article
        .statements()
        .iter()
        .map(|s| {
            (
                s.as_str().to_string(),
                article.speaker_of_statement(s).name().to_string(),
                s.mention().as_str().to_string(),
                s.rule(),
            )
        })
        .collect()
}

/// The one statement of `text`: its words, speaker name, mention and rule.
fn only(text: &str) -> (String, String, String, Rule) {
    let mut all = reported(text);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all.remove(0)
}

/// The words of the one statement of `text`, and its rule.
fn one(text: &str) -> (String, Rule) {
    let (words, _, _, rule) = only(text);
    (words, rule)
}

fn none(text: &str) {
    assert_eq!(reported(text), vec![], "{text}");
}

#[test]
fn a_second_speech_act_coordinated_by_and_ends_the_first() {
    let got = reported("He says he respects Clinton and calls her a friend of his.");
    assert_eq!(got[0].0, "he respects Clinton", "{got:?}");
    let got = reported("Ann Lee said the plan failed and asked why it was kept.");
    assert_eq!(got[0].0, "the plan failed", "{got:?}");
    // Not a verb of the reported clause, in another form (`want … say`), nor one whose
    // object is no speech (`added jobs`).
    let got = reported("Ann Lee said voters want jobs and say they need help.");
    assert_eq!(
        got[0].0, "voters want jobs and say they need help",
        "{got:?}"
    );
    let got = reported("Ann Lee said the economy grew and added jobs last year.");
    assert_eq!(
        got[0].0, "the economy grew and added jobs last year",
        "{got:?}"
    );
}

#[test]
fn a_genre_or_heading_before_a_colon_is_no_speaker() {
    none("Q&A: The new coach on the season ahead");
    none("Explainer: What the ruling means for renters");
    // Nor is a heading that ends in such a word, or a credit line.
    none("Delegate Update: The latest count in the Democratic race.");
    none("Monday’s Morning Email: The week ahead in Washington.");
    none("Contributing: Deborah Berry.");
    // A name before the colon is one.
    assert_eq!(
        one("Kasich: We will go on to the convention").1,
        Rule::Colon
    );
}

#[test]
fn a_headlines_passive_without_be_reports_nothing() {
    none("Ministers urged to act on housing after damning report");
    none("Trump told to drop out by party elders");
    // Active: the object comes before the infinitive, or the verb takes none.
    assert_eq!(
        one("The mayor urged residents to stay home.").1,
        Rule::ReportedObject
    );
    assert_eq!(reported("Trump called to ban the imports.").len(), 1);
}

#[test]
fn subject_cue_and_clause() {
    assert_eq!(
        one("Trump said he was in no rush."),
        ("he was in no rush".into(), Rule::ReportedClause)
    );
    assert_eq!(
        one("Trump said that the deal was off."),
        ("the deal was off".into(), Rule::ReportedClause)
    );
    assert_eq!(
        one("He told aides he would know within a minute."),
        ("he would know within a minute".into(), Rule::ReportedClause)
    );
    assert_eq!(
        one("Trump has countered that he is in no rush."),
        ("he is in no rush".into(), Rule::ReportedClause)
    );
    assert_eq!(
        one("Trump quipped back that it only takes a few seconds."),
        ("it only takes a few seconds".into(), Rule::ReportedClause)
    );
    assert_eq!(
        one("Officials said on Tuesday that the talks would resume."),
        ("the talks would resume".into(), Rule::ReportedClause)
    );
}

#[test]
fn a_coordinate_clause_with_its_own_speaker_is_its_own_statement() {
    let got = reported(
        "Mayor Elena Ruiz said she would ask for funds, and her deputy, Tom Abel, said the \
         city would not raise fares.",
    );
    let words: Vec<&str> = got.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(
        words,
        ["she would ask for funds", "the city would not raise fares"]
    );
    // Without a speaker of its own, the coordinate clause goes on with the statement.
    assert_eq!(
        one("Trump said he was tired, and the talks would wait.").0,
        "he was tired, and the talks would wait"
    );
}

#[test]
fn a_question_and_several_clauses() {
    assert_eq!(
        one("Kim asked if he trusted him, too."),
        ("if he trusted him, too".into(), Rule::ReportedClause)
    );
    assert_eq!(
        one("Kim asked whether the talks would go on."),
        ("whether the talks would go on".into(), Rule::ReportedClause)
    );
    assert_eq!(
        one("The President said he did, and that he must trust him."),
        (
            "he did, and that he must trust him".into(),
            Rule::ReportedClause
        )
    );
}

#[test]
fn clause_then_cue_in_either_order() {
    assert_eq!(
        one("The deal is off, Trump said."),
        ("The deal is off".into(), Rule::ReportedBefore)
    );
    let got = reported("The talks have stalled, said Victor Cha, a veteran adviser.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "The talks have stalled");
    assert_eq!(got[0].1, "Victor Cha");
    assert_eq!(
        one("The deal is off, explain senior officials."),
        ("The deal is off".into(), Rule::ReportedBefore)
    );
}

#[test]
fn a_parenthetical_cue() {
    assert_eq!(
        one("The deal, he said, is off."),
        ("The deal, he said, is off".into(), Rule::ReportedBefore)
    );
    assert_eq!(
        one("But, he added, Kim was not one of them."),
        ("Kim was not one of them".into(), Rule::ReportedBefore)
    );
}

#[test]
fn according_to_before_or_after() {
    let got = reported("The deal is off, according to officials.");
    assert_eq!(got[0].0, "The deal is off");
    assert_eq!(got[0].3, Rule::AccordingTo);
    let got = reported("According to two aides, the summit will go ahead.");
    assert_eq!(got[0].0, "the summit will go ahead");
    // A source the mention finder does not know is the source all the same.
    let got = reported("Turnout fell sharply, according to exit polls.");
    assert_eq!(got[0].2, "exit polls");
}

#[test]
fn a_participle_takes_the_sentence_subject() {
    let got = reported("Trump left early, saying he was tired.");
    assert_eq!(
        got,
        [(
            "he was tired".into(),
            "Trump".into(),
            "Trump".into(),
            Rule::ReportedParticiple
        )]
    );
    // After a quotation's cue, the participle reports words of its own.
    let got = reported("“We’ll see,” Trump said, adding that he was in no rush.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "he was in no rush");
    assert_eq!(got[0].1, "Trump");
}

#[test]
fn what_a_speech_act_reports() {
    let got = reported("Sanders urged Republicans to disavow him.");
    assert_eq!(got[0].0, "to disavow him");
    assert_eq!(got[0].3, Rule::ReportedObject);
    // Not a thing done: `endorse` and `write` are no speech acts on their object.
    none("Ayotte wrote a letter to the organizers.");
    none("Goldwater endorsed the ticket last week.");
}

#[test]
fn a_partial_quotation_inside_a_reported_clause() {
    let article = Attributor::new()
        .attribute("Trump said he was “very happy” with the talks.")
        .expect("attributes");
    assert_eq!(article.statements().len(), 1);
    assert_eq!(
        article.statements()[0].as_str(),
        "he was “very happy” with the talks"
    );
    let quote = &article.quotes()[0];
    assert_eq!(
        quote.speaker_index(),
        Some(article.statements()[0].speaker_index())
    );
}

#[test]
fn the_person_not_the_body_a_phrase_names() {
    let got = reported(
        "A spokesman for the Road Haulage Association, who declined to be named, said the \
         industry welcomed the plan.",
    );
    assert_eq!(got[0].1, "A spokesman");
    let got = reported("Officials at the State Department said the talks would resume.");
    assert_eq!(got[0].2, "Officials");
    // Without a person before the phrase, the body speaks.
    let got = reported("The State Department said the talks would resume.");
    assert_eq!(got[0].2, "The State Department");
}

#[test]
fn a_relative_clause_speaks_for_its_antecedent() {
    let got = reported("The spokesman, who said he saw the crash, left early.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "he saw the crash");
    assert_eq!(got[0].2, "The spokesman");
    assert_eq!(got[0].1, "The spokesman");
}

#[test]
fn a_label_and_a_colon() {
    let got = reported("TRUMP: The deals are terrible and everyone knows it.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "The deals are terrible and everyone knows it.");
    assert_eq!(got[0].3, Rule::Colon);
    let got = reported("Senator Kelli Ward: Impeach the attorney general.");
    assert_eq!(got[0].1, "Kelli Ward");
    // A heading or a table's row is no speaker.
    none("Correction: An earlier version of this story misstated a date.");
    none("Hillary Clinton: 1,769 delegates.");
    // In capitals too, as wire stories write their sections.
    none("NOTES: Vancouver D Tyler Myers left in the second period.");
    none("EDITOR’S NOTE: This story was updated to correct a date.");
    none("UP NEXT: The Flames host Edmonton on Tuesday.");
}

#[test]
fn beliefs_and_evidence_are_not_speech() {
    none("She believes that the deal is off.");
    none("Trump thinks he is in no rush.");
    none("Polls show that the race is tight.");
    none("Trump is expected to win the state.");
    none("Trump wants to build a wall.");
}

#[test]
fn a_cue_whose_complement_is_a_quotation() {
    none("Trump said: “We will see what happens.”");
    none("Trump said, “We will see.”");
    none("“We’ll see,” Trump said.");
    none("“We’ll see,” Trump told the governors before leaving for Hanoi.");
    none("Asked how, Trump pointed to “just my touch.”");
    // A quotation that ends its sentence, its stop inside the marks, leaves the next one's
    // cue free to report a clause of its own.
    none("“We’ll see.” Trump said.");
    // After a question or an exclamation, a name and a cue are the quotation's.
    none("“Why would you try?” Lichtman said about the effort to downplay it.");
    none("“We need our fix!” Clinton told the magazine about the job she left.");
    for text in [
        "Baker said the probe is “ongoing.” He said the FBI has not commented on it.",
        "“Is it over?” Baker asked. “Maybe not!” She said the talks would go on.",
    ] {
        let got = reported(text);
        let last = got.last().expect("a statement");
        assert!(
            last.0.starts_with("the FBI") || last.0.starts_with("the talks"),
            "{text}: {got:?}"
        );
        assert!(matches!(last.2.as_str(), "He" | "She"), "{text}: {got:?}");
    }
}

#[test]
fn passives_and_possessives_say_nothing() {
    none("Mr. Yanukovych was declared the winner of the election.");
    none("The voters were told the polls would close early.");
    none("The candidates Sanders named in his email are state lawmakers.");
}

#[test]
fn no_clause_no_statement() {
    none("Trump said on Tuesday.");
    none("Trump spoke in Iowa.");
    none("A year later, Mr. Obama called her.");
    none("Clinton did not say that Sanders was unqualified.");
    none("Republicans probing the emails have two questions.");
}

#[test]
fn an_interviews_turns_labelled_with_a_period() {
    let text = "Tom Ray spoke with Ann Lee of the Star.\n\nQ. What does a good season look like?\n\nA. Improvement every day.";
    let got = reported(text);
    let turns: Vec<(&str, &str)> = got
        .iter()
        .filter(|r| r.2 == "Q" || r.2 == "A")
        .map(|r| (r.0.as_str(), r.1.as_str()))
        .collect();
    assert_eq!(
        turns,
        vec![
            ("What does a good season look like?", "Ann Lee"),
            ("Improvement every day.", "Tom Ray")
        ]
    );
}

#[test]
fn an_institution_after_the_clause_with_its_article_or_its_place() {
    for (text, speaker) in [
        ("A man was charged, the FBI said.", "FBI"),
        ("A man was charged, the Smiths said.", "Smiths"),
        ("A man was charged, Toronto police said.", "Toronto police"),
        ("A man was charged, county police said.", "county police"),
    ] {
        let got = reported(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].0, "A man was charged", "{text}");
        assert_eq!(got[0].1, speaker, "{text}");
        assert_eq!(got[0].3, Rule::ReportedBefore, "{text}");
    }
    // With no comma before the article, the subject is inside the clause: no clause before.
    let got = reported("When the man was charged the FBI said nothing more.");
    assert!(got.iter().all(|s| s.3 != Rule::ReportedBefore), "{got:?}");
}

#[test]
fn a_place_with_a_modifier_places_the_group_before_it() {
    for (text, speaker) in [
        (
            "But farmers in southern Manitoba say the damage is done.",
            "farmers",
        ),
        (
            "Voters in rural Iowa said they were tired of the ads.",
            "Voters",
        ),
    ] {
        assert_eq!(only(text).1, speaker, "{text}");
    }
}

#[test]
fn a_time_phrase_or_a_figure_before_a_verb_is_the_clauses_subject() {
    // `said last week that`: a phrase of time; `said the year has`: the clause's subject.
    assert_eq!(
        one("Officials said last week the talks would resume.").0,
        "the talks would resume"
    );
    assert_eq!(
        one("Officials said the year has seen the worst start.").0,
        "the year has seen the worst start"
    );
    // A figure opens a clause when a verb follows it, not a table's row.
    assert_eq!(
        one("Officials said 2016 has seen the worst start.").0,
        "2016 has seen the worst start"
    );
    none("Clinton: 1,769");
}

#[test]
fn an_intensifying_pronoun_stands_between_subject_and_cue() {
    let (words, _, mention, _) = only("Ford itself said the deal was on.");
    assert_eq!(
        (words.as_str(), mention.as_str()),
        ("the deal was on", "Ford")
    );
}

#[test]
fn a_cue_set_off_inside_its_clause_after_a_fronted_phrase() {
    let (words, _, _, rule) = only("In a merger, he said, the HP brand would survive.");
    assert_eq!(words, "In a merger, he said, the HP brand would survive");
    assert_eq!(rule, Rule::ReportedBefore);
    // After a subject that follows its cue, a phrase set off is its appositive.
    let got = reported("The brand would survive, said Ann Lee, a veteran adviser.");
    assert_eq!(got[0].0, "The brand would survive", "{got:?}");
    // And so is one set off after the one spoken to.
    let got = reported("The deal is off, Trump told Kim Jong Un, the North Korean leader.");
    assert_eq!(got[0].0, "The deal is off", "{got:?}");
}

#[test]
fn a_second_predicate_of_the_subject_ends_what_it_said() {
    // Set off by a comma, or after an object, a form of `be` or `have` is the subject's.
    assert_eq!(
        reported("Ryan insists the party must change, and has championed an agenda of cuts.")[0].0,
        "the party must change"
    );
    assert_eq!(
        reported("He called the actions lawful, and said there was no attempt to hide them.")[0].0,
        "the actions lawful"
    );
    assert_eq!(
        reported("The campaign denied any wrongdoing and was cleared in May.")[0].0,
        "any wrongdoing"
    );
    // Inside a clause with a verb of its own, unset off, it is the clause's.
    assert_eq!(
        reported("Trump said he would win and was confident of it.")[0].0,
        "he would win and was confident of it"
    );
}

#[test]
fn a_polls_shares_stand_for_those_asked() {
    for (text, mention) in [
        ("Six in 10 said they prefer a liberal agenda.", "Six in 10"),
        ("Nine out of 10 say the economy is weak.", "Nine out of 10"),
        ("Two in 3 say the economy is weak.", "Two in 3"),
        ("Three said they had not decided.", "Three"),
        ("Nearly half said they would stay home.", "half"),
        ("Almost two-thirds said they would stay home.", "two-thirds"),
    ] {
        assert_eq!(only(text).2, mention, "{text}");
    }
    // A number word before a participle and its noun is no speaker, nor one before a
    // participle alone.
    none("Three pledged delegates are at stake.");
    let article = Attributor::new()
        .attribute("“I like my work,” said Robin Maynard, half joking.")
        .expect("attributes");
    let quote = &article.quotes()[0];
    assert_eq!(
        article.speaker_of(quote).map(|s| s.name()),
        Some("Robin Maynard")
    );
}

#[test]
fn a_second_cue_ends_the_first_statement_before_its_comma() {
    let got = reported("She said the results were consistent, and warned that they could shift.");
    assert_eq!(got[0].0, "the results were consistent", "{got:?}");
    assert_eq!(got[1].0, "they could shift", "{got:?}");
}

#[test]
fn what_was_promised_threatened_or_ordered() {
    for (text, words) in [
        ("Trump has promised to build a wall.", "to build a wall"),
        (
            "Trump threatened to sue the newspaper.",
            "to sue the newspaper",
        ),
        (
            "A federal judge ordered the release of the documents.",
            "the release of the documents",
        ),
    ] {
        assert_eq!(one(text).0, words, "{text}");
    }
    // A promise to someone is still what the speaker told them.
    assert_eq!(
        one("Trump promised voters that the plant would stay.").0,
        "the plant would stay"
    );
    // An order of a noun, not a verb: no cue.
    none("The order of the speakers was changed.");
}

#[test]
fn a_cue_only_guessed_at_reports_nothing() {
    none("Experts worry that Trump may have promised even more to Kim.");
    none("He might have told aides that the deal was off.");
    // A modal before the cue alone is a statement to come.
    assert_eq!(one("Trump will say the deal is off.").0, "the deal is off");
}

#[test]
fn a_headline_in_title_case() {
    let (words, _, mention, _) =
        only("Hillary Clinton Says EgyptAir Crash Seems Like An Act Of Terrorism");
    assert_eq!(words, "EgyptAir Crash Seems Like An Act Of Terrorism");
    assert_eq!(mention, "Hillary Clinton");
}

#[test]
fn a_participle_before_a_noun_of_people_is_an_adjective() {
    none("Clinton has won 1,200 pledged delegates so far.");
    none("Sanders needs more pledged delegates to win.");
    // After its subject, the same form is the verb.
    assert_eq!(one("Trump asked voters to stay home.").0, "to stay home");
}

#[test]
fn a_wire_dateline_is_no_part_of_what_was_said() {
    for text in [
        "WASHINGTON (AP) — The deal is off, according to officials.",
        "ST. LOUIS, Mo. -- The deal is off, according to officials.",
    ] {
        assert_eq!(one(text).0, "The deal is off", "{text}");
    }
    // A name in capitals that speaks is no dateline.
    assert_eq!(
        one("NATO said the alliance would respond — and soon.").0,
        "the alliance would respond — and soon"
    );
}

#[test]
fn a_passives_agent_between_subject_and_cue_is_no_subject() {
    for (text, mention) in [
        (
            "Economists polled by Reuters say the forecast is too optimistic.",
            "Economists",
        ),
        (
            "A lawyer hired by the campaign said the filing was late.",
            "A lawyer",
        ),
    ] {
        assert_eq!(only(text).2, mention, "{text}");
    }
    // An agent with no participle before it is the subject's own phrase.
    assert_eq!(
        reported("Officials at the agency said the filing was late.")[0].2,
        "Officials"
    );
}
