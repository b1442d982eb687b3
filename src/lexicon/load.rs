//! Reading the lexicon files: each line's entries checked and filed, the regular forms of the
//! speech verbs derived, and the look-up tables built from the lists.

use super::*;

/// The lines of a lexicon file that carry entries: comments and blank lines dropped, each with
/// its 1-based line number.
pub(super) fn entries(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .map(|(n, line)| (n + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
        .map(|(n, line)| (n, line.split_whitespace().collect()))
}

fn is_word(w: &str) -> bool {
    !w.is_empty()
        && w.len() <= MAX_WORD
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        && w.chars().next().is_some_and(char::is_alphabetic)
}

fn lexicon_error(file: &str, line: usize, reason: impl Into<String>) -> Error {
    Error::Lexicon {
        file: file.to_string(),
        line,
        reason: reason.into(),
    }
}

fn gender(file: &str, line: usize, g: Option<&&str>) -> Result<Gender, Error> {
    match g.copied() {
        Some("m") => Ok(Gender::Male),
        Some("f") => Ok(Gender::Female),
        Some("-") => Ok(Gender::Unknown),
        other => Err(lexicon_error(
            file,
            line,
            format!("expected a gender (m, f or -), found {other:?}"),
        )),
    }
}

fn number(file: &str, line: usize, n: Option<&&str>) -> Result<Number, Error> {
    match n.copied() {
        Some("s") => Ok(Number::Singular),
        Some("p") => Ok(Number::Plural),
        other => Err(lexicon_error(
            file,
            line,
            format!("expected a number (s or p), found {other:?}"),
        )),
    }
}

/// The regular forms of an English verb: third person, past, and present participle.
pub(super) fn regular_forms(lemma: &str) -> [String; 3] {
    // The lemma without its last letter, which may be more than one byte (`café`).
    let stem = lemma
        .char_indices()
        .last()
        .map_or(lemma, |(i, _)| &lemma[..i]);
    let consonant_y =
        !stem.is_empty() && lemma.ends_with('y') && !stem.ends_with(['a', 'e', 'i', 'o', 'u']);
    let third = if consonant_y {
        format!("{stem}ies")
    } else if lemma.ends_with(['s', 'x', 'z', 'o'])
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
    {
        format!("{lemma}es")
    } else {
        format!("{lemma}s")
    };
    let past = if consonant_y {
        format!("{stem}ied")
    } else if lemma.ends_with('e') {
        format!("{lemma}d")
    } else {
        format!("{lemma}ed")
    };
    let ing = if lemma.ends_with('e') && !lemma.ends_with("ee") && lemma.len() > 2 {
        format!("{stem}ing")
    } else {
        format!("{lemma}ing")
    };
    [third, past, ing]
}

impl Lexicon {
    pub(crate) fn builtin() -> Lexicon {
        let mut lex = Lexicon {
            verbs: FxHashSet::default(),
            noun_verbs: FxHashSet::default(),
            phrases: FxHashMap::default(),
            titles: FxHashMap::default(),
            descriptions: FxHashMap::default(),
            pronouns: FxHashMap::default(),
            organizations: FxHashSet::default(),
            given_names: FxHashMap::default(),
            non_names: FxHashSet::default(),
            function_words: FxHashMap::default(),
            merged: FxHashMap::default(),
            short: FxHashMap::default(),
            proper: FxHashMap::default(),
            id: 0,
        };
        // The shipped files are tested to parse (see the tests below); an error here would be a
        // build defect, so it leaves that lexicon as far as it got rather than panicking.
        let _ = lex.add_verbs("speech_verbs.txt", include_str!("../data/speech_verbs.txt"));
        let _ = lex.add_phrases("cue_phrases.txt", include_str!("../data/cue_phrases.txt"));
        let _ = lex.add_titles(include_str!("../data/titles.txt"));
        let _ = lex.add_descriptions(include_str!("../data/descriptions.txt"));
        let _ = lex.add_pronouns(include_str!("../data/pronouns.txt"));
        let _ = lex.add_given_names(include_str!("../data/given_names.txt"));
        for (_, words) in entries(include_str!("../data/organizations.txt")) {
            lex.organizations
                .extend(words.iter().map(|w| Box::from(*w)));
        }
        for (_, words) in entries(include_str!("../data/non_names.txt")) {
            lex.non_names.extend(words.iter().map(|w| Box::from(*w)));
        }
        let _ = lex.add_function_words(include_str!("../data/function_words.txt"));
        lex.rebuild();
        lex
    }

    /// Merges the lexicons into the two maps that [`Lexicon::classify`] reads.
    pub(crate) fn rebuild(&mut self) {
        // Sized up front: the maps grow by rehashing every entry otherwise.
        let mut merged: FxHashMap<Box<[u8]>, Class> = FxHashMap::with_capacity_and_hasher(
            self.function_words.len()
                + self.verbs.len()
                + self.noun_verbs.len()
                + self.phrases.len()
                + self.pronouns.len()
                + self.organizations.len()
                + 2 * self.descriptions.len(),
            Default::default(),
        );
        fn entry<'m>(merged: &'m mut FxHashMap<Box<[u8]>, Class>, w: &str) -> &'m mut Class {
            merged
                .entry(w.to_lowercase().into_bytes().into())
                .or_default()
        }
        for (w, &flags) in &self.function_words {
            entry(&mut merged, w).flags |= flags;
        }
        for w in &self.verbs {
            entry(&mut merged, w).flags |= flag::VERB;
        }
        for w in &self.noun_verbs {
            entry(&mut merged, w).set_part(NOUN_VERB, 1);
        }
        for w in self.phrases.keys() {
            entry(&mut merged, w).flags |= flag::PHRASE;
        }
        for (w, &p) in &self.pronouns {
            entry(&mut merged, w).set_pronoun(Some(p));
        }
        for w in self
            .organizations
            .iter()
            .filter(|w| !w.starts_with(char::is_uppercase))
        {
            entry(&mut merged, w).flags |= flag::ORGANIZATION;
        }
        for (w, &d) in &self.descriptions {
            entry(&mut merged, w).set_description(Some(d));
        }
        // Regular plurals of description nouns (`authors`), where the plural is not listed.
        for (w, &d) in &self.descriptions {
            let plural = entry(&mut merged, &format!("{w}s"));
            if plural.description().is_none() {
                plural.set_description(Some(Description {
                    number: Number::Plural,
                    ..d
                }));
            }
        }
        let mut proper: FxHashMap<Box<str>, Class> = FxHashMap::with_capacity_and_hasher(
            self.titles.len() + self.given_names.len() + self.non_names.len(),
            Default::default(),
        );
        for (w, &g) in &self.titles {
            proper.entry(w.clone()).or_default().set_title(Some(g));
        }
        for (w, &g) in &self.given_names {
            proper.entry(w.clone()).or_default().set_given_name(Some(g));
        }
        for w in &self.non_names {
            proper.entry(w.clone()).or_default().flags |= flag::NON_NAME;
        }
        for w in self
            .organizations
            .iter()
            .filter(|w| w.starts_with(char::is_uppercase))
        {
            proper.entry(w.clone()).or_default().flags |= flag::ORGANIZATION;
        }
        self.short = merged
            .iter()
            .filter_map(|(w, &c)| pack(w).map(|k| (k, c)))
            .collect();
        self.merged = merged;
        self.proper = proper;
        self.id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    }

    pub(super) fn add_function_words(&mut self, text: &str) -> Result<(), Error> {
        for (line, words) in entries(text) {
            let Some((word, classes)) = words.split_first() else {
                continue;
            };
            let mut flags = 0;
            for c in classes {
                let Some((_, f)) = flag::NAMES.iter().find(|(n, _)| n == c) else {
                    return Err(lexicon_error(
                        "function_words.txt",
                        line,
                        format!("unknown class {c:?}"),
                    ));
                };
                flags |= f;
            }
            *self
                .function_words
                .entry(word.to_lowercase().into())
                .or_default() |= flags;
        }
        Ok(())
    }

    /// Adds speech verbs in the format of `speech_verbs.txt`: a lemma per line, then any
    /// irregular forms.
    pub(crate) fn add_verbs(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for (line, words) in entries(text) {
            let Some(first) = words.first() else { continue };
            // `~report`: the bare and -s forms are nouns.
            let noun_like = first.starts_with('~');
            let lemma = first.trim_start_matches('~');
            for w in std::iter::once(&lemma).chain(&words[1..]) {
                if !is_word(w) {
                    return Err(lexicon_error(file, line, format!("{w:?} is not a word")));
                }
            }
            let lemma = lemma.to_lowercase();
            let [third, past, ing] = regular_forms(&lemma);
            // Listed forms replace the derived past (`quipped`, not `quiped`).
            let mut derived = vec![ing];
            if words.len() == 1 {
                derived.push(past);
            }
            if noun_like {
                self.noun_verbs.insert(third.into());
                self.noun_verbs.insert(lemma.clone().into());
            } else {
                derived.push(third);
                derived.push(lemma);
            }
            for form in derived {
                self.verbs.insert(form.into());
            }
            for w in &words[1..] {
                self.verbs.insert(w.to_lowercase().into());
            }
        }
        Ok(())
    }

    /// Adds multi-word cues, one per line.
    pub(crate) fn add_phrases(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for (line, words) in entries(text) {
            if words.len() < 2 {
                return Err(lexicon_error(
                    file,
                    line,
                    "a cue phrase has two words or more",
                ));
            }
            if let Some(w) = words.iter().find(|w| !is_word(w)) {
                return Err(lexicon_error(file, line, format!("{w:?} is not a word")));
            }
            let lower: Vec<Box<str>> = words.iter().map(|w| w.to_lowercase().into()).collect();
            let rest = lower[1..].to_vec();
            let list = self.phrases.entry(lower[0].clone()).or_default();
            if !list.contains(&rest) {
                list.push(rest);
            }
        }
        Ok(())
    }

    pub(super) fn add_titles(&mut self, text: &str) -> Result<(), Error> {
        for (line, words) in entries(text) {
            let g = gender("titles.txt", line, words.get(1))?;
            if let Some(t) = words.first() {
                self.titles.insert((*t).into(), g);
            }
        }
        Ok(())
    }

    pub(super) fn add_descriptions(&mut self, text: &str) -> Result<(), Error> {
        for (line, words) in entries(text) {
            // `n`: not a person.
            let person = words.get(1) != Some(&"n");
            let g = if person {
                gender("descriptions.txt", line, words.get(1))?
            } else {
                Gender::Unknown
            };
            let n = number("descriptions.txt", line, words.get(2))?;
            if let Some(d) = words.first() {
                self.descriptions.insert(
                    (*d).into(),
                    Description {
                        gender: g,
                        number: n,
                        person,
                    },
                );
            }
        }
        Ok(())
    }

    pub(super) fn add_pronouns(&mut self, text: &str) -> Result<(), Error> {
        for (line, words) in entries(text) {
            let g = gender("pronouns.txt", line, words.get(1))?;
            let n = number("pronouns.txt", line, words.get(2))?;
            let person = match words.get(3).copied() {
                Some("1") => 1,
                Some("2") => 2,
                Some("3") => 3,
                other => {
                    return Err(lexicon_error(
                        "pronouns.txt",
                        line,
                        format!("expected a person (1, 2 or 3), found {other:?}"),
                    ));
                }
            };
            let case = match words.get(4).copied() {
                Some("subject") => Case::Subject,
                Some("object") => Case::Object,
                Some("possessive") => Case::Possessive,
                Some("relative") => Case::Relative,
                other => {
                    return Err(lexicon_error(
                        "pronouns.txt",
                        line,
                        format!("expected a case, found {other:?}"),
                    ));
                }
            };
            if let Some(p) = words.first() {
                self.pronouns.insert(
                    (*p).into(),
                    Pronoun {
                        gender: g,
                        number: n,
                        person,
                        case,
                    },
                );
            }
        }
        Ok(())
    }

    /// Adds given names, a name and its gender a line. Read a line at a time without the
    /// word list that [`entries`] builds: the file holds thousands of names, read at every
    /// start.
    pub(super) fn add_given_names(&mut self, text: &str) -> Result<(), Error> {
        self.given_names.reserve(text.lines().count());
        for (n, line) in text.lines().enumerate() {
            let mut words = line.split_whitespace();
            let Some(name) = words.next().filter(|w| !w.starts_with('#')) else {
                continue;
            };
            let g = gender("given_names.txt", n + 1, words.next().as_ref())?;
            self.given_names.insert(name.into(), g);
        }
        Ok(())
    }
}
