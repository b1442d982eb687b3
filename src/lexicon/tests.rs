use super::*;

#[test]
fn every_part_of_a_class_reads_back_as_set() {
    let genders = [Gender::Male, Gender::Female, Gender::Unknown];
    let numbers = [Number::Singular, Number::Plural];
    let cases = [
        Case::Subject,
        Case::Object,
        Case::Possessive,
        Case::Relative,
    ];
    let mut pronouns = vec![None];
    let mut descriptions = vec![None];
    for (gender, number) in genders.iter().flat_map(|&g| numbers.map(|n| (g, n))) {
        for (person, case) in (1..=3).flat_map(|p| cases.map(|c| (p, c))) {
            pronouns.push(Some(Pronoun {
                gender,
                number,
                person,
                case,
            }));
        }
        for person in [false, true] {
            descriptions.push(Some(Description {
                gender,
                number,
                person,
            }));
        }
    }
    let optional = [
        None,
        Some(Gender::Male),
        Some(Gender::Female),
        Some(Gender::Unknown),
    ];
    for &p in &pronouns {
        for &d in &descriptions {
            for (t, g) in optional.iter().flat_map(|&t| optional.map(|g| (t, g))) {
                let mut class = Class::from_parts(u32::MAX, 0);
                class.set_pronoun(p);
                class.set_description(d);
                class.set_title(t);
                class.set_given_name(g);
                assert_eq!(
                    (class.pronoun(), class.description(), class.title()),
                    (p, d, t)
                );
                assert_eq!((class.given_name(), class.parts().0), (g, u32::MAX));
            }
        }
    }
    assert_eq!(Class::default().pronoun(), None);
    assert_eq!(Class::default().description(), None);
}

#[test]
fn shipped_lexicons_parse() {
    let mut lex = DEFAULT.clone();
    lex.add_verbs("speech_verbs.txt", include_str!("../data/speech_verbs.txt"))
        .expect("verbs");
    lex.add_phrases("cue_phrases.txt", include_str!("../data/cue_phrases.txt"))
        .expect("phrases");
    lex.add_titles(include_str!("../data/titles.txt"))
        .expect("titles");
    lex.add_descriptions(include_str!("../data/descriptions.txt"))
        .expect("descriptions");
    lex.add_pronouns(include_str!("../data/pronouns.txt"))
        .expect("pronouns");
    lex.add_given_names(include_str!("../data/given_names.txt"))
        .expect("given names");
}

#[test]
fn function_words_parse_and_classify() {
    let mut lex = DEFAULT.clone();
    lex.add_function_words(include_str!("../data/function_words.txt"))
        .expect("function words");
    assert!(lex.add_function_words("also nonsense-class\n").is_err());
    let c = DEFAULT.classify("Also");
    assert!(c.is(flag::SKIPPABLE) && c.is(flag::APPOSITIVE) && !c.is(flag::VERB));
    assert!(DEFAULT.classify("said").is(flag::VERB));
    assert!(DEFAULT.classify("According").is(flag::PHRASE));
    assert_eq!(
        DEFAULT.classify("he’s").pronoun().map(|p| p.gender),
        Some(Gender::Male)
    );
    assert_eq!(DEFAULT.classify("Mrs").title(), Some(Gender::Female));
    assert_eq!(DEFAULT.classify("mrs").title(), None);
    assert!(DEFAULT.classify("Department").is(flag::ORGANIZATION));
    assert!(DEFAULT.classify("However").is(flag::NON_NAME));
    assert_eq!(
        DEFAULT
            .classify("officials")
            .description()
            .map(|d| d.number),
        Some(Number::Plural)
    );
    assert_eq!(
        DEFAULT.classify("Hillary").given_name(),
        Some(Gender::Female)
    );
    // The classes added after the word-shape flags.
    assert!(DEFAULT.classify("But").is(flag::CLAUSE_START));
    assert!(DEFAULT.classify("although").is(flag::CLAUSE_START));
    assert!(!DEFAULT.classify("the").is(flag::CLAUSE_START));
    assert!(DEFAULT.classify("memoir").is(flag::WORK));
    assert!(!DEFAULT.classify("memo").is(flag::WORK));
}

#[test]
fn word_shape_is_part_of_the_class() {
    let shape = |w: &str| {
        let c = DEFAULT.classify(w);
        (c.is(flag::CAPITALIZED), c.is(flag::POSSESSIVE))
    };
    assert_eq!(shape("Trump"), (true, false));
    assert_eq!(shape("Trump’s"), (true, true));
    assert_eq!(shape("Élysée"), (true, false));
    assert_eq!(shape("ad's"), (false, true));
    assert_eq!(shape("trump"), (false, false));
    assert_eq!(shape("students’"), (false, false));
    assert_eq!(shape("90s"), (false, false));
}

#[test]
fn packed_words_are_distinct_and_case_free() {
    assert_eq!(pack(b"Said"), pack(b"said"));
    assert_ne!(pack(b"said"), pack(b"saids"));
    assert_ne!(pack(b"a"), pack(b"ab"));
    assert_eq!(pack(b""), None);
    assert_eq!(pack(b"ninechars"), None);
    // Long words go through the byte map and classify the same.
    assert!(DEFAULT.classify("acknowledged").is(flag::VERB));
    assert!(DEFAULT.classify("said").is(flag::VERB));
    // The cache answers as the lexicon does, hit or miss, and keeps case apart.
    let mut cache = Classifier::new();
    for w in [
        "said",
        "Said",
        "said",
        "Mrs",
        "mrs",
        "acknowledged",
        "he’s",
        "Mrs",
    ] {
        let text = format!("{w} and more");
        assert_eq!(
            cache.classify(&DEFAULT, &text, 0, w.len()),
            DEFAULT.classify(w),
            "{w}"
        );
        assert_eq!(
            cache.classify(&DEFAULT, w, 0, w.len()),
            DEFAULT.classify(w),
            "{w}"
        );
    }
}

#[test]
fn eight_bytes_are_lower_cased_at_once_as_one_at_a_time() {
    for b in 0..=255u8 {
        for at in 0..8 {
            let mut bytes = *b"AbZ@[`z{";
            bytes[at] = b;
            let mut lower = bytes;
            lower.make_ascii_lowercase();
            assert_eq!(
                ascii_lowercase_u64(u64::from_le_bytes(bytes)),
                u64::from_le_bytes(lower),
                "{bytes:?}"
            );
        }
    }
}

#[test]
fn verb_lexicon_has_150_lemmas() {
    let lemmas: FxHashSet<&str> = entries(include_str!("../data/speech_verbs.txt"))
        .filter_map(|(_, w)| w.first().copied())
        .collect();
    assert!(lemmas.len() >= 150, "{}", lemmas.len());
}

#[test]
fn verbs_in_all_their_forms() {
    for w in [
        "say",
        "says",
        "said",
        "saying",
        "Said",
        "told",
        "adds",
        "added",
        "adding",
        "asked",
        "insisted",
        "vowed",
        "pledged",
        "promises",
        "reported",
        "emailed",
        "instructed",
        "quipped",
        "tweeted",
        "wrote",
        "written",
        "responds",
        "replied",
        "denied",
        "argues",
        "noted",
        "noting",
    ] {
        assert!(DEFAULT.is_verb(w), "{w}");
    }
    for w in [
        "table",
        "house",
        "quiped",
        "report",
        "emails",
        "the",
        "",
        "a-very-long-word-that-is-no-verb-at-all-really",
    ] {
        assert!(!DEFAULT.is_verb(w), "{w}");
    }
}

#[test]
fn regular_forms_follow_spelling_rules() {
    assert_eq!(regular_forms("say"), ["says", "sayed", "saying"]);
    assert_eq!(regular_forms("reply"), ["replies", "replied", "replying"]);
    assert_eq!(regular_forms("note"), ["notes", "noted", "noting"]);
    assert_eq!(
        regular_forms("stress"),
        ["stresses", "stressed", "stressing"]
    );
    assert_eq!(regular_forms("agree"), ["agrees", "agreed", "agreeing"]);
    // A last letter of several bytes.
    assert_eq!(regular_forms("olé"), ["olés", "oléed", "oléing"]);
    assert_eq!(regular_forms("brûle"), ["brûles", "brûled", "brûling"]);
}

#[test]
fn other_lexicons_answer() {
    assert_eq!(DEFAULT.title("Mrs"), Some(Gender::Female));
    assert_eq!(DEFAULT.title("President"), Some(Gender::Unknown));
    assert_eq!(DEFAULT.title("Banana"), None);
    assert_eq!(
        DEFAULT.description("Spokeswoman"),
        Some(Description {
            gender: Gender::Female,
            number: Number::Singular,
            person: true
        })
    );
    assert_eq!(
        DEFAULT.description("company").map(|d| d.person),
        Some(false)
    );
    assert_eq!(
        DEFAULT.description("authors").map(|d| d.number),
        Some(Number::Plural)
    );
    assert_eq!(DEFAULT.pronoun("He").map(|p| p.gender), Some(Gender::Male));
    assert!(DEFAULT.pronoun("the").is_none());
    assert!(DEFAULT.is_organization("Department"));
    assert_eq!(DEFAULT.given_name("Hillary"), Some(Gender::Female));
    assert!(DEFAULT.is_non_name("However"));
    assert_eq!(
        DEFAULT.phrases("according"),
        &[vec![Box::<str>::from("to")]]
    );
}

#[test]
fn a_prefix_of_rank_keeps_a_description_noun() {
    for w in ["co-founder", "Ex-senator", "vice-chairman"] {
        assert!(
            DEFAULT.classify(w).description().is_some_and(|d| d.person),
            "{w}"
        );
    }
    // Not any prefix, and not a noun the lexicon lacks.
    assert!(DEFAULT.classify("anti-senator").description().is_none());
    assert!(DEFAULT.classify("co-pilot").description().is_none());
}

#[test]
fn bad_entries_are_errors_with_their_line() {
    let mut lex = DEFAULT.clone();
    let err = lex.add_verbs("mine.txt", "# verbs\nsnarl\nsay 42\n");
    assert_eq!(
        err,
        Err(Error::Lexicon {
            file: "mine.txt".into(),
            line: 3,
            reason: "\"42\" is not a word".into()
        })
    );
    let err = lex.add_phrases("mine.txt", "according\n");
    assert!(matches!(err, Err(Error::Lexicon { line: 1, .. })));
    assert!(lex.add_verbs("mine.txt", "snarl\n").is_ok());
    assert!(lex.is_verb("snarled"));
}

#[test]
fn a_contraction_is_no_possessive() {
    for w in ["There’s", "there's", "It's", "what’s", "Let's", "He’s"] {
        assert!(!DEFAULT.classify(w).is(flag::POSSESSIVE), "{w}");
    }
    for w in ["Trump’s", "Ryan's", "somebody's", "Theresa's"] {
        assert!(DEFAULT.classify(w).is(flag::POSSESSIVE), "{w}");
    }
}

#[test]
fn a_word_in_capitals_is_read_as_its_title_case() {
    let lex = &*DEFAULT;
    // A heading word, a title and a given name, written in capitals.
    assert!(lex.classify("NOTE").is(flag::NON_NAME));
    assert!(lex.classify("EDITOR’S").is(flag::NON_NAME));
    assert!(lex.classify("MR").title().is_some());
    assert_eq!(lex.classify("DONALD").given_name(), Some(Gender::Male));
    // A name in capitals stays a name; a mixed-case word is looked up as written.
    assert!(!lex.classify("TRUMP").is(flag::NON_NAME));
    assert!(lex.classify("TRUMP").is(flag::CAPITALIZED));
    assert_eq!(lex.classify("DOnald").given_name(), None);
    assert_eq!(title_cased("NOTE", &mut [0; 16]), Some("Note"));
    assert_eq!(title_cased("A", &mut [0; 16]), None);
    assert_eq!(title_cased("Note", &mut [0; 16]), None);
    assert_eq!(title_cased("ABCDEFGHIJKLMNOPQ", &mut [0; 16]), None);
}
