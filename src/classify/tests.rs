use super::*;
use crate::lexicon::DEFAULT;
use crate::sentences::around_quote;

fn kind(text: &str, quote: &str) -> QuoteKind {
    let (tokens, _, ctx) = around_quote(text, quote);
    let cues = CueIndex::new(text, &tokens, &DEFAULT);
    classify(&Quoted {
        text,
        tokens: &tokens,
        quote,
        ctx: &ctx,
        lex: &DEFAULT,
        cues: &cues,
    })
}

#[test]
fn direct_quotes_stand_alone() {
    assert_eq!(
        kind("“Read this,” he instructed Schumer.", "“Read this,”"),
        QuoteKind::Direct
    );
    assert_eq!(
        kind("She said, “Unlike her, I know.”", "“Unlike her, I know.”"),
        QuoteKind::Direct
    );
    assert_eq!(
        kind(
            "Cruz continued: “Look at the questions.”",
            "“Look at the questions.”"
        ),
        QuoteKind::Direct
    );
    assert_eq!(
        kind(
            "“But do you trust me?” Kim asked.",
            "“But do you trust me?”"
        ),
        QuoteKind::Direct
    );
    assert_eq!(
        kind(
            "It ended.\n\n“We will win, and win big.”",
            "“We will win, and win big.”"
        ),
        QuoteKind::Direct
    );
}

/// The kinds of every quotation in `text`, through the whole pipeline.
fn kinds(text: &str) -> Vec<QuoteKind> {
    crate::Attributor::new()
        .attribute(text)
        .expect("attributes")
        .quotes()
        .iter()
        .map(|q| q.kind())
        .collect()
}

#[test]
fn the_second_half_of_a_split_quote_is_direct() {
    assert_eq!(
        kinds("“We have not seen it,” she said, “and we will not comment.”"),
        vec![QuoteKind::Direct, QuoteKind::Direct]
    );
    // A work's title is not the second half, even after a cue.
    assert_eq!(
        kinds("“It was cold,” she wrote in her memoir, “Hard Choices.”"),
        vec![QuoteKind::Direct, QuoteKind::Term]
    );
    // Without a cue between, a lower-case quotation after a comma is partial.
    assert_eq!(
        kinds("He called it “a fiasco,” and “a waste of money.”")[1],
        QuoteKind::Partial
    );
}

#[test]
fn a_one_word_reply_with_a_cue_beside_it_is_speech() {
    // An abbreviated title's period does not part a quotation from its cue.
    for text in [
        "“No,” Mr. Adams said.",
        "“Yes,” Dr. Lee told reporters.",
        "“Finally,” Sen. Ortiz said after the vote.",
        "“Never,” the manager replied.",
        // A verb the lexicon lacks, in the attribution slot.
        "“Please,” she whimpered.",
    ] {
        assert_eq!(kinds(text), vec![QuoteKind::Direct], "{text}");
    }
    // A period that ends a sentence does.
    assert_eq!(
        kinds("“Closed.” Pat left. Adams said nothing."),
        vec![QuoteKind::Term]
    );
    // A longer clause after a title is no attribution.
    assert_eq!(
        kinds("It aired “Friends,” she watched it twice."),
        vec![QuoteKind::Term]
    );
}

#[test]
fn words_after_a_characterising_verb_are_the_subjects() {
    for (text, quote) in [
        ("She called the plan “a betrayal”.", "“a betrayal”"),
        (
            "He likened the rules to “burning the rulebook.”",
            "“burning the rulebook.”",
        ),
        (
            "The union described the offer as “an insult”.",
            "“an insult”",
        ),
        (
            "Critics have branded it “a tax on work”.",
            "“a tax on work”",
        ),
        ("He has been pounding his rival as a “fraud”.", "“fraud”"),
        (
            "She identified the judge as “Spanish,” he said.",
            "“Spanish,”",
        ),
    ] {
        assert_eq!(kind(text, quote), QuoteKind::Partial, "{text}");
    }
    // A scare quote, or a title after another preposition, stays a term.
    for (text, quote) in [
        ("They fear the “elites” most.", "“elites”"),
        (
            "He described it in his book “Hard Times” last year.",
            "“Hard Times”",
        ),
        ("It was called off. The “elites” left.", "“elites”"),
    ] {
        assert_eq!(kind(text, quote), QuoteKind::Term, "{text}");
    }
}

#[test]
fn words_after_a_word_of_crying_out_were_cried_out() {
    for (text, quote) in [
        (
            "He was met with chants of “Lock her up” outside.",
            "“Lock her up”",
        ),
        ("You can’t yell “fire” in a crowded theater.", "“fire”"),
        ("All she could do was shout “Yes!” at the TV.", "“Yes!”"),
        ("It was the cries of “Shame” that hurt.", "“Shame”"),
    ] {
        assert_eq!(kind(text, quote), QuoteKind::Partial, "{text}");
    }
    // Another noun before `of`, or the word elsewhere, leaves a scare quote or a title.
    for (text, quote) in [
        ("A fear of “elites” runs deep.", "“elites”"),
        ("The “fire” sale ended with a shout.", "“fire”"),
        (
            "They watched “Game of Thrones” amid cries.",
            "“Game of Thrones”",
        ),
    ] {
        assert_eq!(kind(text, quote), QuoteKind::Term, "{text}");
    }
}

#[test]
fn a_programme_spoken_to_is_a_title() {
    for (text, quote) in [
        (
            "“We will win,” the senator told “Morning Report” on Friday.",
            "“Morning Report”",
        ),
        (
            "Speaking to “Sunday Forum” on Monday, she declined to answer.",
            "“Sunday Forum”",
        ),
        (
            "He wrote to “The Daily Ledger” twice last year.",
            "“The Daily Ledger”",
        ),
    ] {
        assert_eq!(kind(text, quote), QuoteKind::Term, "{text}");
    }
    // A speech verb whose object the title-case words are quotes them.
    for (text, quote) in [
        ("He called Rubio “Little Marco” again.", "“Little Marco”"),
        (
            "The crowd heard him mock the “Green New Deal” at length.",
            "“Green New Deal”",
        ),
    ] {
        assert_eq!(kind(text, quote), QuoteKind::Partial, "{text}");
    }
}

#[test]
fn words_after_a_noun_that_names_words_are_someone_s() {
    for (text, quote) in [
        (
            "Many voters disliked the phrase “job creators.”",
            "“job creators.”",
        ),
        (
            "Officials now prefer the term “irregular migrants.”",
            "“irregular migrants.”",
        ),
        (
            "The mayor ran on the slogan “Clean Streets First” in 2010.",
            "“Clean Streets First”",
        ),
        (
            "He forwarded a note with the subject line “Read this now!” to aides.",
            "“Read this now!”",
        ),
    ] {
        assert_eq!(kind(text, quote), QuoteKind::Partial, "{text}");
    }
    // Right after the quotation, the noun names it too.
    assert_eq!(
        kind("The “reform” slogan faded within a week.", "“reform”"),
        QuoteKind::Partial
    );
    // The noun elsewhere in the sentence leaves a scare quote or a title.
    assert_eq!(
        kind(
            "Her term on “Morning Talk” ended in June.",
            "“Morning Talk”"
        ),
        QuoteKind::Term
    );
}

#[test]
fn words_after_as_are_what_someone_calls_a_thing() {
    for (text, quote) in [
        (
            "The minister hailed the accord as a “turning point.”",
            "“turning point.”",
        ),
        (
            "The rally was billed as “Farmers for Fairness,” and drew hundreds.",
            "“Farmers for Fairness,”",
        ),
        (
            "Aides addressed her simply as “Madam Mayor” in the memos.",
            "“Madam Mayor”",
        ),
        (
            "The plan was seen by its backers as an “insurance policy” for the party.",
            "“insurance policy”",
        ),
    ] {
        assert_eq!(kind(text, quote), QuoteKind::Partial, "{text}");
    }
    // Examples in a list after `such as`, and a title after another word, are terms.
    for (text, quote) in [
        (
            "The filter caught words such as “strike” in the emails.",
            "“strike”",
        ),
        (
            "The committee met as the “Harbor Group” convened nearby.",
            "“Harbor Group”",
        ),
        ("She watched “Night Court” as a child.", "“Night Court”"),
    ] {
        assert_eq!(kind(text, quote), QuoteKind::Term, "{text}");
    }
}

#[test]
fn a_heading_in_quotation_marks_is_no_one_s_words() {
    // A line of capitals that opens its paragraph, in lower-case text.
    let text = "Markets fell.\n‘BANKS WAIT FOR THE NEXT MOVE’ “Traders braced for more losses on \
                Monday.” [Wire]";
    assert_eq!(kinds(text)[0], QuoteKind::Term);
    // A subhead between dashes, as wire services set them.
    let text = "She spoke for an hour.\n\n– ‘Who cares?’ –\n\nThe crowd cheered.";
    assert_eq!(kinds(text), vec![QuoteKind::Term]);
    // Capitals that a sentence introduces or a cue follows are quoted words.
    assert_ne!(
        kinds("He wore a hat that says “MAKE THE HARBOUR GREAT AGAIN” all day.")[0],
        QuoteKind::Term
    );
    assert_eq!(
        kinds("“WE WANT OUR JOBS BACK,” the crowd chanted.")[0],
        QuoteKind::Direct
    );
    // A quotation between dashes inside a sentence is not a subhead.
    assert_ne!(
        kinds("She said – “we will win this” – and left.")[0],
        QuoteKind::Term
    );
}

#[test]
fn a_pull_quote_repeats_words_quoted_elsewhere() {
    let text = "“The bridge is a patient on life support,” said the engineer, Ann Lee.\n\n\
                “A patient on life support”\n\n\
                The council meets next week.";
    assert_eq!(kinds(text), vec![QuoteKind::Direct, QuoteKind::Term]);
    // So is a subhead in single marks where the article quotes in double ones.
    let text = "“We will win,” she said.\n\n'A change warrior.'\n\nShe left.";
    assert_eq!(kinds(text), vec![QuoteKind::Direct, QuoteKind::Term]);
    let text = "‘We will win,’ she said.\n\n‘A change is coming.’\n\nShe left.";
    assert_eq!(kinds(text), vec![QuoteKind::Direct, QuoteKind::Direct]);
    // So is a heading in capitals.
    let text = "Obama spoke.\n\n“EVENTUALLY VOTERS MAKE GOOD DECISIONS”\n\nHe left.";
    assert_eq!(kinds(text), vec![QuoteKind::Term]);
    // A paragraph of new words continues the speaker.
    let text = "“The bridge is old,” said the engineer, Ann Lee.\n\n\
                “It will not last another winter.”";
    assert_eq!(kinds(text), vec![QuoteKind::Direct, QuoteKind::Direct]);
}

#[test]
fn a_title_set_off_by_an_appositive_names_a_work() {
    for text in [
        "“Tales From the Crypt,” an old HBO series that first aired in 1989, returns.",
        "“Harbour Lights,” which opens in bookstores on Tuesday, is her first novel.",
    ] {
        assert_eq!(kinds(text)[0], QuoteKind::Term, "{text}");
    }
    // An inverted attribution, a cue, or words not in title case are speech.
    for text in [
        "“Family Medical Leave,” the memo states, comes after a year.",
        "“Good Night, Everyone,” the host said as the show ended.",
        "“We never saw it coming,” an old friend of the family who lives nearby said.",
    ] {
        assert_eq!(kinds(text)[0], QuoteKind::Direct, "{text}");
    }
}

#[test]
fn a_credited_or_dated_headline_is_a_title() {
    assert_eq!(
        kinds(
            "FAREWELL—“The club will close at the end of December,” by Times' Ben Sisario: “It was a good run.”"
        )[0],
        QuoteKind::Term
    );
    assert_eq!(
        kinds("“No special rights for foreigners!” (2015).")[0],
        QuoteKind::Term
    );
    // Also when the quotation ends its sentence.
    assert_eq!(
        kinds("“Free pass for all? No.” (2007) — “Yes to the ban” (2009).")[0],
        QuoteKind::Term
    );
    // Written by hand, a quotation keeps its cue.
    assert_eq!(
        kinds("“We will win,” he wrote by hand.")[0],
        QuoteKind::Direct
    );
}

#[test]
fn partial_quotes_are_embedded() {
    assert_eq!(
        kind(
            "Asked how, Trump pointed to “just my touch, my feel.”",
            "“just my touch, my feel.”"
        ),
        QuoteKind::Partial
    );
    assert_eq!(
        kind(
            "He boasted of the size of his “nuclear button.”",
            "“nuclear button.”"
        ),
        QuoteKind::Partial
    );
    assert_eq!(
        kind(
            "Clinton called the plan “reprehensible.”",
            "“reprehensible.”"
        ),
        QuoteKind::Partial
    );
    // Long embedded fragments are speech even with no cue in sight.
    assert_eq!(
        kind(
            "The plan is a “tremendous deal for all of the people” he thinks.",
            "“tremendous deal for all of the people”"
        ),
        QuoteKind::Partial
    );
}

#[test]
fn a_short_fragment_that_ends_its_sentence_is_someone_s_words() {
    // The sentence's final punctuation inside the marks: the tail of a statement.
    for (text, quote) in [
        (
            "Over the long weekend, the regional council on the coast has now made the harbor a “top priority.”",
            "“top priority.”",
        ),
        (
            "The deputy mayor of the small northern town over the river was, by most accounts, “visibly shaken.” Nobody argued.",
            "“visibly shaken.”",
        ),
    ] {
        assert_eq!(kind(text, quote), QuoteKind::Partial, "{text}");
    }
    // A scare quote inside the sentence, and a short heading line, stay terms.
    for (text, quote) in [
        (
            "The regional council on the coast has made the “harbor plan” a priority.",
            "“harbor plan”",
        ),
        (
            "The long meeting of the regional council ended late in the evening.\n\nWary of ‘chaos.’\n\nThe mayor left.",
            "‘chaos.’",
        ),
    ] {
        assert_eq!(kind(text, quote), QuoteKind::Term, "{text}");
    }
}

#[test]
fn a_headline_s_quotation_repeated_below_is_no_statement() {
    let body = "\n\nThe mayor said the plan was a \"reckless gamble\" on Monday.";
    let text = format!("Mayor calls harbor plan a 'reckless gamble'{body}");
    assert_eq!(kinds(&text)[0], QuoteKind::Term);
    // With `\r\n` line breaks too.
    let text = text.replace('\n', "\r\n");
    assert_eq!(kinds(&text)[0], QuoteKind::Term);
    // Credited with a colon, or followed by a cue, it is the speaker's.
    let text = format!("Mayor Lee: 'A Reckless Gamble.'{body}");
    assert_ne!(kinds(&text)[0], QuoteKind::Term);
    let text = format!("\"It is a reckless gamble,\" the mayor said.{body}");
    assert_eq!(kinds(&text)[0], QuoteKind::Direct);
    // Words the article does not quote again, and quotations past the headline, stand.
    let text = "Mayor calls harbor plan a 'reckless gamble'\n\nThe council voted no.";
    assert_ne!(kinds(text)[0], QuoteKind::Term);
    let text = format!("Harbor plan.\n\nThe mayor called it a 'reckless gamble' today.{body}");
    assert_eq!(kinds(&text)[0], QuoteKind::Partial);
}

#[test]
fn names_titles_and_scare_quotes_are_terms() {
    assert_eq!(
        kind(
            "He spoke at an event held for the “Trumpettes,” a group of fans.",
            "“Trumpettes,”"
        ),
        QuoteKind::Term
    );
    assert_eq!(
        kind(
            "He hosted “Saturday Night Live” last year.",
            "“Saturday Night Live”"
        ),
        QuoteKind::Term
    );
    assert_eq!(
        kind("Yes, the “law and order” issue is back.", "“law and order”"),
        QuoteKind::Term
    );
    assert_eq!(kind("<tweet id=\"6721\">", "\"6721\""), QuoteKind::Term);
    assert_eq!(kind("<a href=\"x.html\">", "\"x.html\""), QuoteKind::Term);
    assert_eq!(kind("It cost “$5” then.", "“$5”"), QuoteKind::Term);
    // A title that a speech verb introduces is someone's words.
    assert_eq!(
        kind(
            "Within minutes, he called Rubio “Little Marco” again.",
            "“Little Marco”"
        ),
        QuoteKind::Partial
    );
    assert_eq!(
        kind(
            "Co-anchor Norah O’Donnell then asked, “Really?”",
            "“Really?”"
        ),
        QuoteKind::Direct
    );
    // A title set off by commas is an appositive, not an utterance.
    assert_eq!(
        kind(
            "Copies of his memoir, “Gifted Hands,” pass around.",
            "“Gifted Hands,”"
        ),
        QuoteKind::Term
    );
    // A title after a noun naming a work, even one that ends a sentence.
    assert_eq!(
        kind(
            "She wrote it in her memoir, “Hard Choices.”",
            "“Hard Choices.”"
        ),
        QuoteKind::Term
    );
    assert_eq!(
        kind(
            "He spoke on the podcast, “So, That Happened.”",
            "“So, That Happened.”"
        ),
        QuoteKind::Term
    );
    // Words after another noun, or not in title case, are still an utterance.
    assert_eq!(
        kind(
            "She told the reporter, “Come Back Tomorrow.”",
            "“Come Back Tomorrow.”"
        ),
        QuoteKind::Direct
    );
    assert_eq!(
        kind("He said of the book, “It sold well.”", "“It sold well.”"),
        QuoteKind::Direct
    );
    // A title stays a term even when a cue follows it.
    assert_eq!(
        kind(
            "Speaking on ABC’s “This Week,” Carson admitted it.",
            "“This Week,”"
        ),
        QuoteKind::Term
    );
}

#[test]
fn a_cue_makes_short_fragments_speech() {
    assert_eq!(
        kind("Trump said the wall is “beautiful.”", "“beautiful.”"),
        QuoteKind::Partial
    );
    assert_eq!(
        kind("“Denver,” he answered.", "“Denver,”"),
        QuoteKind::Direct
    );
}

#[test]
fn a_headline_repeat_is_found_in_any_ascii_case() {
    assert!(contains_ignoring_ascii_case(
        b"He said it was a Deportation Force.",
        b"deportation force"
    ));
    assert!(!contains_ignoring_ascii_case(
        b"He said it was a deport force.",
        b"deportation force"
    ));
    assert!(!contains_ignoring_ascii_case(b"Deport", b"deportation"));
    assert!(contains_ignoring_ascii_case(b"", b""));
}

#[test]
fn a_sentence_right_after_a_speech_verb_is_direct() {
    assert_eq!(
        kind("The chief said “It is fine.”", "“It is fine.”"),
        QuoteKind::Direct
    );
    // Not after a participle: `shouting “Get out!”` is a fragment of the sentence.
    assert_eq!(
        kind(
            "He left, shouting “Get them out!” twice.",
            "“Get them out!”"
        ),
        QuoteKind::Partial
    );
    // Nor after a verb of thinking, nor a fragment in lower case.
    assert_ne!(
        kind("The chief believes “It Is Fine” is a show.", "“It Is Fine”"),
        QuoteKind::Direct
    );
    assert_eq!(
        kind("The chief said “very fine” things.", "“very fine”"),
        QuoteKind::Partial
    );
}

#[test]
fn a_one_word_reply_after_an_opening_clause_is_speech() {
    assert_eq!(
        kind("When asked about it, “Never,” Tom Ray said.", "“Never,”"),
        QuoteKind::Direct
    );
    // Not a title that a participle follows, nor one with no comma of its own.
    assert_ne!(
        kind(
            "“Fine,” she told “Fox and Friends,” reminding them of it.",
            "“Fox and Friends,”"
        ),
        QuoteKind::Direct
    );
    assert_ne!(
        kind("Signs read, simply, “Joe” shooting into view.", "“Joe”"),
        QuoteKind::Direct
    );
}

#[test]
fn a_capitalised_word_ending_a_statement_is_its_tail() {
    // A word or two in capitals that end the sentence with its stop inside the marks, in a
    // sentence with a cue: the end of what someone said.
    for (text, quote) in [
        (
            "Trump attacked a witness at a rally and then tweeted that she was “Disgraceful!”",
            "“Disgraceful!”",
        ),
        (
            "He said at a rally in San Diego that he believed the Indiana-born judge was “Mexican.”",
            "“Mexican.”",
        ),
    ] {
        assert_eq!(kind(text, quote), QuoteKind::Partial, "{text}");
    }
    // A title stays a term: after an owner, a preposition, a work's noun or a comma after
    // one, or a verb of naming; and with no cue in the sentence.
    for (text, quote) in [
        (
            "He said in an interview on Wednesday’s broadcast of CNN’s “New Day.”",
            "“New Day.”",
        ),
        (
            "She said the actor was at his best as a frontiersman in “The Revenant.”",
            "“The Revenant.”",
        ),
        (
            "She said she became a voice for gun control after a screening of her film, “Trainwreck.”",
            "“Trainwreck.”",
        ),
        (
            "The group said on Tuesday that it would run a new ad in Iowa titled “Unifier?”",
            "“Unifier?”",
        ),
        (
            "The Indiana-born judge has sat on the federal bench since 2012 and is “Mexican.”",
            "“Mexican.”",
        ),
    ] {
        assert_eq!(kind(text, quote), QuoteKind::Term, "{text}");
    }
}

#[test]
fn a_short_quotation_after_a_noun_for_something_said_is_partial() {
    for (text, quote) in [
        (
            "But the most explosive claim is that the committee is a “witch hunt” of sorts.",
            "“witch hunt”",
        ),
        (
            "Trump's accusation that Clinton is playing the “woman's card” drew fire.",
            "“woman's card”",
        ),
        (
            "Aides set out to disprove Republican claims of “significant breakthroughs” in it.",
            "“significant breakthroughs”",
        ),
    ] {
        assert_eq!(kind(text, quote), QuoteKind::Partial, "{text}");
    }
    // With no such noun, a short fragment is a scare quote; and one far back in a long
    // sentence is another clause's.
    assert_eq!(
        kind(
            "But the committee is a “witch hunt” of sorts, and a costly one at that.",
            "“witch hunt”"
        ),
        QuoteKind::Term
    );
    assert_eq!(
        kind(
            "The claim came early, and in the weeks after the vote in the spring the state's \
             voters turned out in record numbers for the “closed” primary.",
            "“closed”"
        ),
        QuoteKind::Term
    );
}

#[test]
fn by_after_a_quotation_credits_a_headline_not_a_passives_agent() {
    // A headline with its comma, credited to its writer: a title.
    assert_eq!(
        kind(
            "FAREWELL—“The Living Room to close in December,” by Times' Ben Sisario: The club closes.",
            "“The Living Room to close in December,”"
        ),
        QuoteKind::Term
    );
    // The agent of a passive: the quoted words are someone's.
    assert_eq!(
        kind(
            "The inquiry, often labeled as a “witch hunt” by Democrats in the House, goes on.",
            "“witch hunt”"
        ),
        QuoteKind::Partial
    );
    assert_eq!(
        kind(
            "The long feature has been called “strategic ambiguity” by Joshua Hendrick, a professor.",
            "“strategic ambiguity”"
        ),
        QuoteKind::Partial
    );
}

#[test]
fn a_fragment_with_a_comma_before_by_is_no_headline() {
    assert_eq!(
        kind(
            "Salceda said the “ugliness of utterances, largely undeserved,” by Trump stood out.",
            "“ugliness of utterances, largely undeserved,”"
        ),
        QuoteKind::Partial
    );
}

#[test]
fn a_translation_or_a_buttons_label_is_a_term() {
    for (text, quote) in [
        (
            "He ended the description with a motto, Latin for “if you wish peace, prepare for war.”",
            "“if you wish peace, prepare for war.”",
        ),
        (
            "His friends jeered as he left, Russian for “goodbye,” they said.",
            "“goodbye,”",
        ),
        (
            "Enter your email address, and click “sign up.” That is all, she said.",
            "“sign up.”",
        ),
        (
            "Sign up by entering your email and clicking the “subscribe” button, he said.",
            "“subscribe”",
        ),
    ] {
        assert_eq!(kind(text, quote), QuoteKind::Term, "{text}");
    }
    // Not a name before `for`, nor a verb of speaking before the quotation.
    assert_eq!(
        kind(
            "The crowd voted for “change,” organizers said.",
            "“change,”"
        ),
        QuoteKind::Partial
    );
}

#[test]
fn a_noun_after_a_quotation_that_names_it_as_words_makes_it_partial() {
    for (text, quote) in [
        (
            "The ''Stronger Together'' slogan shared by the camp feels bloodless, he said.",
            "''Stronger Together''",
        ),
        (
            "On Wednesday he doubled down on the “king of debt” moniker in an interview.",
            "“king of debt”",
        ),
        (
            "It was a rebuttal to Trump’s “Make America Great Again” rallying cry at the time.",
            "“Make America Great Again”",
        ),
        (
            "The answer was not as easily weaponized as the “1960s” comment from the spring.",
            "“1960s”",
        ),
    ] {
        assert_eq!(kind(text, quote), QuoteKind::Partial, "{text}");
    }
    // Another noun after it leaves a title a term.
    assert_eq!(
        kind(
            "Supporters in the crowd of about 2,600 waved “Girl Power” signs in hopes of it.",
            "“Girl Power”"
        ),
        QuoteKind::Term
    );
}

#[test]
fn the_article_a_letter_answers_is_a_term() {
    assert_eq!(
        kind(
            "Re: “Council votes to scrap Elm Street bike lane” (Nov. 27). I was dismayed.",
            "“Council votes to scrap Elm Street bike lane”"
        ),
        QuoteKind::Term
    );
}
