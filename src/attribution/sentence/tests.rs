//! Unit tests of the rules in `sentence.rs`.

use super::super::testing::{attributed, one, s};
use crate::Rule;

#[test]
fn a_cue_further_on_is_not_adjacent() {
    // `endorse` has a subject after it, but it is not the quotation's cue.
    let got = attributed(
        "Randi Weingarten, a supporter, said that the unions “have too often been reactive” by waiting to endorse a Democrat.",
    );
    assert_eq!(got[0].1, s("Randi Weingarten"));
    assert_eq!(got[0].3, Some(Rule::SentenceCue));
}

#[test]
fn sentence_cue_and_possessive() {
    assert_eq!(
        one("Asked how, Trump pointed to “just my touch, my feel.”"),
        (s("Trump"), s("Trump"), Some(Rule::SentenceCue))
    );
    assert_eq!(
        one("Donald Trump arrived. Critics mocked his “beautiful wall.”"),
        (s("Critics"), s("Critics"), Some(Rule::SentenceCue))
    );
    assert_eq!(
        one("Donald Trump arrived. The size of his “nuclear button” grew."),
        (s("Donald Trump"), s("his"), Some(Rule::Possessive))
    );
}

#[test]
fn words_credited_to_a_possessor_are_theirs() {
    let text = "Ana Ruiz spoke at the council on Tuesday. The town moved the fair because, in her words, “it is the only open field.”";
    assert_eq!(attributed(text)[0].1, s("Ana Ruiz"));
    assert_eq!(attributed(text)[0].3, Some(Rule::AccordingTo));
    let text = "The summit moved to Lisbon because, in Forbes’ words, “it is the most open city.”";
    assert_eq!(attributed(text)[0].2, s("Forbes"));
    // A possessive that credits no words (`in his book`, `by his side`) does not.
    let got = attributed("In his book, Tom Lee called it “a costly gamble.”");
    assert_eq!(got[0].1, s("Tom Lee"));
    assert_eq!(got[0].3, Some(Rule::SentenceCue));
    let got = attributed("She stood by his side as Tom Lee called it “a costly gamble.”");
    assert_eq!(got[0].1, s("Tom Lee"));
}

#[test]
fn the_agent_of_a_cue_in_the_passive_speaks() {
    let got = attributed(
        "Mayor Dana Cole was asked by moderator Pat Reyes whether the plan would risk “another costly program.”",
    );
    assert_eq!(got[0].1, s("Pat Reyes"));
    assert_eq!(got[0].3, Some(Rule::SentenceCue));
    // In the active voice, or with `by` not right after the cue, the subject speaks.
    let got = attributed(
        "Mayor Dana Cole asked moderator Pat Reyes whether the plan would risk “another costly program.”",
    );
    assert_eq!(got[0].1, s("Dana Cole"));
    let got = attributed(
        "Mayor Dana Cole said by phone that the plan would risk “another costly program.”",
    );
    assert_eq!(got[0].1, s("Dana Cole"));
}

#[test]
fn a_document_before_a_participle_is_the_object() {
    let got = attributed(
        "On Saturday, Donald Trump issued a statement saying that Scalia was “a remarkable person.”",
    );
    assert_eq!(got[0].1, s("Donald Trump"));
    // A document that is the subject speaks for itself.
    let got = attributed("The statement said it was “a remarkable day.”");
    assert_eq!(got[0].1, s("The statement"));
}

#[test]
fn a_partial_quote_takes_the_subject_of_a_verb_the_lexicon_lacks() {
    assert_eq!(
        one("Walter Hewlett sniped that Carly Fiorina was “learning on the job.”"),
        (
            s("Walter Hewlett"),
            s("Walter Hewlett"),
            Some(Rule::SentenceSubject)
        )
    );
    // Past an appositive that a person noun opens, not a name inside it.
    assert_eq!(
        one("Ted Ray, co-founder of the Acme Institute, welcomed “the news we needed.”").0,
        s("Ted Ray")
    );
    assert_eq!(
        one("Ted Ray, founder of the Acme Institute, welcomed “the news we needed.”").0,
        s("Ted Ray")
    );
    // Not a direct quotation: it stands as an utterance of its own, which continues the
    // narrative paragraph before it.
    let got = attributed("Walter Hewlett sniped at her.\n\n“She is learning on the job.”");
    assert_eq!(got[0].3, Some(Rule::Continuation));
}

#[test]
fn an_attribution_set_off_by_commas_speaks_for_its_sentence() {
    assert_eq!(
        one("One offered shelter at a compound, Bob said, while others “did not want to help.”"),
        (s("Bob"), s("Bob"), Some(Rule::SentenceCue))
    );
    // Not a verb of thinking, which reports no statement.
    assert_ne!(
        one(
            "One offered shelter at a compound, Bob believes, while others “did not want to help.”"
        )
        .0,
        s("Bob")
    );
}

#[test]
fn a_trailing_subordinate_clause_governs_its_quotation() {
    assert_eq!(
        one("Lee weighed in with her support on Tuesday, hours after Ray said he was “encouraged” by the plan.").0,
        s("Ray")
    );
    // Not a clause the main cue governs, with no comma between.
    assert_eq!(
        one("Ann Lee says if people think it is “a disaster” they should vote.").0,
        s("Ann Lee")
    );
}

#[test]
fn a_quotation_ending_an_opening_subordinate_clause_is_that_clauses() {
    assert_eq!(
        one("When Ann Lee said she would “protect them,” the crowd applauded loudly.").0,
        s("Ann Lee")
    );
    let got = attributed(
        "After Ann Lee said students might do better at “other schools,” Tom Ray said: “I disagree.”",
    );
    assert_eq!(got[0].1, s("Ann Lee"), "{got:?}");
    assert_eq!(got[1].1, s("Tom Ray"), "{got:?}");
    // Without a subordinator the main clause after it speaks.
    assert_eq!(
        one("Ann Lee said she would “protect them,” the mayor said.").0,
        s("the mayor")
    );
    // The comma that introduces the quotation ends no clause.
    let got = attributed("When Ann Lee shouted, “Never,” Tom Ray joked, “Amen!”");
    assert_eq!(got[0].1, s("Ann Lee"), "{got:?}");
    assert_eq!(got[1].1, s("Tom Ray"), "{got:?}");
    // A clause whose cue has no subject of its own leaves the quotation to the main one.
    let got = attributed("When asked about it, “Never again,” Tom Ray said.");
    assert_eq!(got[0].1, s("Tom Ray"), "{got:?}");
}

#[test]
fn a_clause_a_subordinator_opens_does_not_speak_for_the_sentence() {
    for text in [
        "When the Lees were announced, Ann Lee said in an interview, the mayor “looked at me funny.”",
        "When the Lees came in and they were announced, Ann Lee said the mayor “looked at me funny.”",
        "While not everything Trump says is true, Ann Lee said Trump is “telling them what they want.”",
    ] {
        assert_eq!(one(text).0, s("Ann Lee"), "{text}");
    }
    // A clause with no subordinator speaks: `they`, whom the text leaves unnamed.
    assert_eq!(
        one("The Lees came in and they said the mayor “looked at me funny.”").1,
        s("they")
    );
}

#[test]
fn the_sentences_subject_is_past_an_opening_time_and_subordinate_clause() {
    assert_eq!(
        one("Last month, when I asked Ann Lee about it, she looked up, frowned and said, “Never.”")
            .1,
        s("she")
    );
    // A name and an age after an opening participle is the subject, not a place.
    assert_eq!(
        one("Appearing before supporters at NLD headquarters, Suu Kyi, 70, said it was early but added, “I think you know.”").0,
        s("Suu Kyi")
    );
    // Without the comma that closes it, the clause's subject is the sentence's.
    assert_eq!(
        one("When asked she looked up, frowned and said, “Never.”").1,
        s("she")
    );
}

#[test]
fn an_absolute_clause_with_a_participle_is_a_clause_of_its_own() {
    assert_eq!(
        one("Republicans were quick to chime in, with Ann Lee tweeting that it was a “disaster” for her.").0,
        s("Ann Lee")
    );
    // A phrase after `with` is no clause.
    assert_eq!(
        one(
            "Cruz, with unconcealed delight, chided Ann Lee for doubting his “natural born” status."
        )
        .0,
        s("Cruz")
    );
}

#[test]
fn an_inverted_attribution_after_a_comma_speaks_for_the_sentence() {
    assert_eq!(
        one("The FBI did not find “ties of any consequence,” aside from the two men knowing each other, said the bureau’s director, James Comey, on Monday.").0,
        s("James Comey")
    );
    // A subject before the cue makes it no inverted one; a participle's object is none.
    let got = attributed(
        "“We found nothing,” Ann Lee, the director, told The Courier in 2013. “It is a mess.”",
    );
    assert_eq!(got[1].1, s("Ann Lee"), "{got:?}");
    assert_eq!(
        one("Trump’s “excesses” are sickening, Hollande said on Tuesday, noting the nominee’s remarks.").0,
        s("Hollande")
    );
}

#[test]
fn a_time_and_a_name_that_ends_in_ing_leave_the_subject_the_subject() {
    assert_eq!(
        one("Ann Lee on Thursday ratcheted up her attacks on Rubio, saying he is “weak.”").0,
        s("Ann Lee")
    );
    assert_eq!(
        one("Boreing said the members will meet for drinks, but said, “It is time we change.”").0,
        s("Boreing")
    );
    assert_eq!(
        one("Outside the arena, about 200 protesters gathered, chanting “Dump Trump.”").0,
        s("protesters")
    );
    assert_eq!(
        one("In three interviews, the justice sounded off on Trump, saying she did not “want to contemplate” it.").0,
        s("the justice")
    );
}

#[test]
fn a_coordinated_cue_shares_the_subject_of_the_cue_before_it() {
    // `thanked … and said` is Rubio's, in a subordinate clause: the main clause speaks.
    let got = attributed(
        "Some in the crowd booed, and when Rubio thanked Miami and said it was good to be home, a man yelled “Stay there!”",
    );
    assert_eq!(got.last().and_then(|r| r.1.clone()), s("a man"), "{got:?}");
    // After a verb that is no cue, the sentence's subject.
    assert_eq!(
        one("Ann Lee furrowed her brow and said the plan was “a mess.”").0,
        s("Ann Lee")
    );
}

#[test]
fn a_coordinate_clause_has_its_own_speaker() {
    let got = attributed(
        "Marco Rubio suggested that he can't be president, while Ted Cruz said that the “stakes are too high.”",
    );
    assert_eq!(got[0].1, s("Ted Cruz"));
    let got = attributed(
        "Yet Hillary Clinton didn't limit her attacks, also calling on them to oppose “bigotry.”",
    );
    assert_eq!(got[0].1, s("Hillary Clinton"));
}

#[test]
fn a_sentence_cue_is_read_in_the_quotations_own_clause() {
    // A clause after a colon is searched first.
    let got = attributed(
        "Even people who endorsed the plan sounded equivocal: Jane Harman called it “the least bad option.”",
    );
    assert_eq!(got[0].1, s("Jane Harman"));
    // The cue of a subordinate clause yields to the main clause's.
    let got = attributed("When Rubio thanked Miami, a man yelled “Stay there!”");
    assert_eq!(got[0].2, s("a man"));
    // Without another cue, the subordinate clause's subject still speaks.
    let got = attributed("When Rubio thanked Miami for its “warm welcome” the room went quiet.");
    assert_eq!(got[0].1, s("Rubio"));
}

#[test]
fn according_to_is_no_participle() {
    let got = attributed(
        "The engineers call it a “patient on life support,” according to a report released last month.",
    );
    assert_eq!(got[0].2, s("a report"));
    assert_eq!(got[0].3, Some(Rule::AccordingTo));
}

#[test]
fn according_to() {
    assert_eq!(
        one("The plan is “dead on arrival,” according to a senior official."),
        (
            s("a senior official"),
            s("a senior official"),
            Some(Rule::AccordingTo)
        )
    );
    // Past a possessive, the noun it owns; the possessive alone is no source.
    assert_eq!(
        one("According to his doctor, the mayor had “excellent” results."),
        (s("doctor"), s("doctor"), Some(Rule::AccordingTo))
    );
    assert_ne!(
        one("According to his account, the mayor had “excellent” results.").2,
        Some(Rule::AccordingTo)
    );
    assert_eq!(
        one("According to his longtime personal physician, the mayor had “excellent” results.").0,
        s("physician")
    );
    // After a verb, a possessive with modifiers is its object, not an inverted subject.
    assert_ne!(
        one("Ann Lee, who called the plan “racially toxic,” portrayed his own party’s nominee as weak.").0,
        s("party’s nominee")
    );
}

#[test]
fn a_speech_verb_after_the_sentences_first_name_makes_it_the_subject() {
    // `told` can end a clause, but after a name it is the name's verb.
    let got = attributed(
        "Trump told Newsmax that Mitt Romney “had a crazy policy,” adding, “He lost the vote.”",
    );
    assert_eq!(got[0].1, s("Trump"));
    assert_eq!(got[1].1, s("Trump"));
    // A name followed by no verb is passed over.
    let got = attributed(
        "At the rally, Trump told reporters it was “a crazy policy,” adding, “It lost.”",
    );
    assert_eq!(got[0].1, s("Trump"));
}

#[test]
fn a_partial_quotation_takes_the_speaker_of_an_earlier_one_in_its_sentence() {
    let got = attributed(
        "Djokovic told a TV interviewer that he is feeling “a lot of emotion” before the “very important match.”",
    );
    assert_eq!(got[1].1, s("Djokovic"));
    // A cue between them starts a clause of its own.
    let got = attributed(
        "Djokovic felt “a lot of emotion,” but Murray said he was “looking forward to it.”",
    );
    assert_eq!(got[1].1, s("Murray"));
}

#[test]
fn the_subject_of_a_cue_is_the_person_not_a_place_or_object_beside_it() {
    // A participle after a comma speaks for the sentence's subject.
    let got = attributed(
        "On Friday, Mr. Carson endorsed Mr. Trump at Mar-a-Lago, calling him “a very intelligent man.”",
    );
    assert_eq!(got[0].1, s("Carson"));
    // A name placed by `of` is not the subject; the name it places is.
    let got = attributed(
        "Senator Bernie Sanders of Vermont endorsed Mrs. Clinton, saying she would “make an outstanding president.”",
    );
    assert_eq!(got[0].1, s("Bernie Sanders"));
    // An appositive that opens with a possessive: `X, his chief of staff, urged`.
    let got = attributed(
        "Rahm Emanuel, his chief of staff, urged a strong stand, saying Mr. Netanyahu would “walk all over us.”",
    );
    assert_eq!(got[0].1, s("Rahm Emanuel"));
    let got = attributed("The governor of Vermont said the plan was “a disgrace.”");
    assert_eq!(got[0].2, s("The governor"));
    // Without a mention before `of`, the mention itself speaks.
    let got = attributed("Most of the senators said the plan was “a disgrace.”");
    assert_eq!(got[0].2, s("the senators"));
}

#[test]
fn a_relative_clause_speaks_for_its_antecedent() {
    let got = attributed("The mayor praised Dana Cole, who said the plan was “a first step.”");
    assert_eq!(got[0].1, s("Dana Cole"));
    assert_eq!(got[0].2, s("who"));
    // Nor does one of thinking, nor one before the quotation's own cue.
    let got = attributed("She mocked candidates who think they can “outsource” the work.");
    assert_eq!(got[0].2, s("She"));
    let got = attributed("Dana Cole, who chairs the board, said the plan was “a first step.”");
    assert_eq!(got[0].2, s("Dana Cole"));
}

#[test]
fn a_document_speaks_for_whom_it_is_from() {
    let got = attributed("A statement from the union said the deal was “a disgrace.”");
    assert_eq!(got[0].1, s("the union"));
    let got =
        attributed("In a statement, the union's president, Carla Ruiz, said it was “a disgrace.”");
    assert_eq!(got[0].1, s("Carla Ruiz"));
    // With no one named, the document speaks.
    let got = attributed("The report found the bridge was “a patient on life support.”");
    assert_eq!(got[0].1, s("The report"));
}

#[test]
fn an_institution_before_a_role_and_a_name_is_not_the_subject() {
    let got = attributed(
        "FBI director James Comey decided the emails were “extremely careless in their handling.”",
    );
    assert_eq!(got[0].1, s("James Comey"));
    let got = attributed("The FBI decided the emails were “extremely careless in their handling.”");
    assert_eq!(got[0].1, s("FBI"));
}

#[test]
fn a_verb_of_thinking_yields_to_a_cue_of_speech() {
    let got = attributed(
        "Supporters think Ann Lee told reporters the plan was “a complete disaster for us.”",
    );
    assert_eq!(got[0].1, s("Ann Lee"));
    // Alone, it still has its subject.
    let got = attributed("Supporters believe the plan is “a complete disaster for us.”");
    assert_eq!(got[0].1, s("Supporters"));
}

#[test]
fn the_sentences_subject_past_a_mention_it_places() {
    let got = attributed(
        "Reprising a favourite line, the former secretary of state talked about continuing the “progress we had under the last president.”",
    );
    assert_eq!(got[0].1, s("the former secretary"));
}

#[test]
fn an_object_relative_clause_speaks_for_its_own_subject() {
    // The relative word is the cue's object; the clause's subject said the words.
    let got = attributed(
        "Ana Reyes praised the plan, which the mayor called “a first step” for the city.",
    );
    assert_eq!(got[0].1, s("the mayor"), "{got:?}");
    let got = attributed(
        "Aides say the effort could fail, angering donors, most of whom Ms. Ortiz thanked on Friday “for their patience.”",
    );
    assert_eq!(got[0].1, s("Ortiz"), "{got:?}");
    // A `that` after a verb opens a reported clause, not a relative one: the main
    // clause's subject speaks.
    let got = attributed("Tom Ray said he expected that voters will say “no” to the plan.");
    assert_eq!(got[0].1, s("Tom Ray"), "{got:?}");
    // Too far from the quotation, the relative clause's cue does not govern it.
    let got = attributed(
        "Ana Reyes, whom the mayor praised last year, said the plan was “a first step.”",
    );
    assert_eq!(got[0].1, s("Ana Reyes"), "{got:?}");
}

#[test]
fn a_participle_after_an_object_or_a_cue_takes_the_right_subject() {
    // The noun before the participle is the object of the sentence's verb.
    let got = attributed("The senator emailed supporters saying: “The struggle continues.”");
    assert_eq!(got[0].1, s("The senator"), "{got:?}");
    let got =
        attributed("The campaign sent an email to donors stating, “We are ready for the fall.”");
    assert_eq!(got[0].1, s("The campaign"), "{got:?}");
    // After a cue and a comma, the participle is that cue's subject's.
    let got =
        attributed("Ryan and Trump will meet next week, Spicer said, adding, “They need to talk.”");
    assert_eq!(got[0].1, s("Spicer"), "{got:?}");
    // A name before the participle is its own subject, after a preposition.
    let got = attributed("Dr. Tom Ray will be interviewed about Pope Francis calling it “a sham.”");
    assert_eq!(got[0].2, s("Pope Francis"), "{got:?}");
    // `with` opens the participle's own clause: its subject speaks.
    let got = attributed(
        "Republicans were irritated, with Sen. John McCain calling it a “Chinese menu.”",
    );
    assert_eq!(got[0].1, s("John McCain"), "{got:?}");
    // A group that is the sentence's subject speaks through its participle.
    let got = attributed("Protesters marched downtown chanting: “No more wars.”");
    assert_eq!(got[0].1, s("Protesters"), "{got:?}");
}

#[test]
fn names_set_off_after_a_description_leave_it_the_subject() {
    let got = attributed(
        "Two analysts, Ann Lee and Tom Ray, found last year that the navy is “the best in the world.”",
    );
    assert_eq!(got[0].1, s("Two analysts"), "{got:?}");
    // Without the verb after them, the names are no appositive: the clause's subject is.
    let got = attributed("Two analysts, Ann Lee and Tom Ray. The navy is “the best in the world.”");
    assert_ne!(got[0].1, s("Two analysts"), "{got:?}");
}

#[test]
fn dates_adjectives_and_compounds_are_not_speakers() {
    // A date's abbreviation is no name.
    let got = attributed("Aug. 3 “was a day to remember,” the mayor said.");
    assert_eq!(got[0].1, s("the mayor"), "{got:?}");
    // An adjective of party or nation before a group is no speaker: the group it names is.
    let got = attributed("Conservative voters said the plan was “too costly.”");
    assert_eq!(got[0].1, s("Conservative voters"), "{got:?}");
    // A word of a compound is no name: the whole description speaks.
    let got = attributed("A Fortune 500 company said the rules were “unworkable.”");
    assert_eq!(got[0].1, s("A Fortune 500 company"), "{got:?}");
    assert!(got.iter().all(|r| r.1 != s("Fortune")), "{got:?}");
    // A heading's word is no speaker.
    let got = attributed("Partial transcript as follows:\n\n“We are ready,” she said.");
    assert!(got.iter().all(|r| r.1 != s("Partial")), "{got:?}");
}

#[test]
fn an_introductory_phrase_runs_past_a_place_and_a_time() {
    let got = attributed(
        "At an event in Ames, Iowa, on Sunday, Ms. Ortiz defended her plan, saying it would “bring jobs home.”",
    );
    assert_eq!(got[0].1, s("Ortiz"), "{got:?}");
    // A clause with its own subject after the phrase's comma is not part of it.
    let got = attributed(
        "Speaking in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”",
    );
    assert_eq!(got[0].1, s("Trump"), "{got:?}");
}

#[test]
fn an_attribution_closing_the_sentence_speaks_for_all_its_quotations() {
    let got = attributed(
        "People should not use words like “maybe” and “perhaps”, Lu Kang told reporters.",
    );
    assert_eq!(got[0].2, s("Lu Kang"), "{got:?}");
    assert_eq!(got[0].3, Some(Rule::SentenceCue));
    assert_eq!(got[1].2, s("Lu Kang"), "{got:?}");
    // Three quotations: the first two take it.
    let got = attributed("Voters want “jobs,” “homes” and “schools,” the mayor said.");
    assert!(got.iter().all(|g| g.2 == s("the mayor")), "{got:?}");
    // Not past a full stop: the next sentence's attribution is its own.
    let got = attributed("Critics call it “a tax.” “It works,” Lu Kang said.");
    assert_ne!(got[0].2, s("Lu Kang"), "{got:?}");
    // Not a verb of thinking.
    let got = attributed("The plan is “bold” and “fair”, voters believe.");
    assert_ne!(got[0].2, s("voters"), "{got:?}");
}

#[test]
fn someone_speaks() {
    let got = attributed("Someone called it a “quiet revolution,” and I agree.");
    assert_eq!(got[0].2, s("Someone"), "{got:?}");
    let got = attributed("When someone in the audience shouted, “Cruz,” Beck joked, “Amen!”");
    assert_eq!(got[0].2, s("someone"), "{got:?}");
}

#[test]
fn a_coordinated_cue_agrees_in_form_with_the_cue_it_joins() {
    // `his call for a ban … and suggested`: `call` is a noun; the sentence's subject speaks.
    let article = crate::Attributor::new()
        .attribute("Cameron criticised Trump over his call for a ban and suggested that he would unite Britain.")
        .expect("attributes");
    let speakers: Vec<&str> = article
        .statements()
        .iter()
        .map(|st| article.speaker_of_statement(st).name())
        .collect();
    assert_eq!(speakers.last(), Some(&"Cameron"), "{speakers:?}");
    // Two verbs in one form share the subject: `thanked … and said`.
    let got = attributed("When Rubio thanked Miami and said it was “home,” the crowd cheered.");
    assert_eq!(got[0].2, s("Rubio"), "{got:?}");
}

#[test]
fn a_coordinated_participle_past_a_quotation_and_a_clause_after_a_dash() {
    let got = attributed(
        "Republicans were quick to chime in, with Ann Lee tweeting that it was a “disaster” for the city and asking, “How can he lead?”",
    );
    assert_eq!(got[1].2, s("Ann Lee"), "{got:?}");
    // A dash before `but` opens a clause of its own, with its own speaker.
    let got = attributed(
        "Ann Lee proposed a debate on Monday - but the Tom Ray campaign rejected the idea as “ludicrous.”",
    );
    assert_ne!(got[0].2, s("Ann Lee"), "{got:?}");
}
