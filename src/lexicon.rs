//! The lexicons: speech verbs, cue phrases, titles, descriptions, pronouns, organisation words,
//! given names, and words that never start a name. Each is a plain text file under `src/data/`,
//! parsed once; users can extend the verbs and phrases through the builder.
//!
//! Look-ups never allocate: a word is lower-cased into a stack buffer before it is hashed.

use std::sync::atomic::{AtomicU64, Ordering};

use once_cell::sync::Lazy;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::error::Error;
use cache::CACHE_WORD;
pub(crate) use cache::{Classifier, with_classifier};
#[cfg(test)]
use load::{entries, regular_forms};

/// A gender that a word implies, for resolving `he` and `she`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Gender {
    Male,
    Female,
    Unknown,
}

impl Gender {
    /// Whether a mention of gender `self` can be referred to by a pronoun of gender `other`.
    pub(crate) fn agrees(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

/// Singular or plural.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Number {
    Singular,
    Plural,
}

/// What a description noun implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Description {
    pub(crate) gender: Gender,
    pub(crate) number: Number,
    /// A person or group of people, rather than an institution or a document that speaks
    /// (`the company`, `the report`).
    pub(crate) person: bool,
}

/// What a pronoun can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Pronoun {
    pub(crate) gender: Gender,
    pub(crate) number: Number,
    /// First, second or third person.
    pub(crate) person: u8,
    pub(crate) case: Case,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Case {
    Subject,
    Object,
    Possessive,
    /// `who`: refers to the mention it follows.
    Relative,
}

/// The classes a word can have, as bit flags of [`Class`].
pub(crate) mod flag {
    /// A form of a speech verb.
    pub(crate) const VERB: u32 = 1;
    /// The first word of a multi-word cue.
    pub(crate) const PHRASE: u32 = 1 << 1;
    /// The classes of `function_words.txt`, in its order.
    pub(crate) const SKIPPABLE: u32 = 1 << 2;
    pub(crate) const TIME_NOUN: u32 = 1 << 3;
    pub(crate) const TIME_WORD: u32 = 1 << 4;
    pub(crate) const CLAUSE_OPENER: u32 = 1 << 5;
    pub(crate) const SUBORDINATOR: u32 = 1 << 6;
    pub(crate) const INTRODUCER: u32 = 1 << 7;
    pub(crate) const CONNECTIVE: u32 = 1 << 8;
    pub(crate) const COORDINATOR: u32 = 1 << 9;
    pub(crate) const APPOSITIVE: u32 = 1 << 10;
    pub(crate) const PARTICLE: u32 = 1 << 11;
    pub(crate) const DETERMINER: u32 = 1 << 12;
    pub(crate) const STOP: u32 = 1 << 13;
    pub(crate) const QUANTIFIER: u32 = 1 << 14;
    pub(crate) const PREPOSITION: u32 = 1 << 15;
    pub(crate) const TITLE_SMALL: u32 = 1 << 16;
    /// Case-sensitive: a word that makes a capitalised name an organisation.
    pub(crate) const ORGANIZATION: u32 = 1 << 17;
    /// Case-sensitive: a capitalised word that does not begin a name.
    pub(crate) const NON_NAME: u32 = 1 << 18;
    /// The word's shape, not a lexicon: it begins with an upper-case letter.
    pub(crate) const CAPITALIZED: u32 = 1 << 19;
    /// The word's shape: it ends in a possessive `’s` or `'s`.
    pub(crate) const POSSESSIVE: u32 = 1 << 20;
    /// `function_words.txt` classes too, numbered after the word-shape flags.
    pub(crate) const WORK: u32 = 1 << 21;
    pub(crate) const CLAUSE_START: u32 = 1 << 22;
    /// A verb that characterises something in someone's words (`likened`, `branded`).
    pub(crate) const CHARACTERIZING: u32 = 1 << 26;
    /// A word of crying out (`chants`, `yell`): quoted words right after it, or after its `of`,
    /// are what was cried out.
    pub(crate) const UTTERANCE: u32 = 1 << 27;
    pub(crate) const NO_REPORT: u32 = 1 << 23;
    pub(crate) const ADDRESSEE: u32 = 1 << 24;
    pub(crate) const FINITE: u32 = 1 << 25;
    pub(crate) const QUESTION: u32 = 1 << 31;
    pub(crate) const NEGATION: u32 = 1 << 30;
    pub(crate) const OBJECT: u32 = 1 << 29;
    pub(crate) const PASSIVE: u32 = 1 << 28;

    /// The class names of `function_words.txt`.
    pub(crate) const NAMES: &[(&str, u32)] = &[
        ("skippable", SKIPPABLE),
        ("time-noun", TIME_NOUN),
        ("time-word", TIME_WORD),
        ("clause-opener", CLAUSE_OPENER),
        ("subordinator", SUBORDINATOR),
        ("introducer", INTRODUCER),
        ("connective", CONNECTIVE),
        ("coordinator", COORDINATOR),
        ("appositive", APPOSITIVE),
        ("particle", PARTICLE),
        ("determiner", DETERMINER),
        ("stop", STOP),
        ("quantifier", QUANTIFIER),
        ("preposition", PREPOSITION),
        ("title-small", TITLE_SMALL),
        ("work", WORK),
        ("clause-start", CLAUSE_START),
        ("characterizing", CHARACTERIZING),
        ("utterance", UTTERANCE),
        ("no-report", NO_REPORT),
        ("negation", NEGATION),
        ("object", OBJECT),
        ("passive", PASSIVE),
        ("addressee", ADDRESSEE),
        ("finite", FINITE),
        ("question", QUESTION),
    ];
}

/// What the lexicons say of one word: looked up once per token, then read by every rule. Six
/// bytes, as a token keeps them: the flags, and the rest packed into fifteen bits, each part
/// read by its own method.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Class {
    flags: u32,
    /// The pronoun (bits 0 to 6), the description (7 to 10), the title's gender (11 and 12),
    /// the given name's (13 and 14), and whether the word is a speech verb's form that is
    /// usually a noun (15); 0 where the word is none of them.
    more: u16,
}

/// The words whose `’s` is always a contraction (`there’s no denying`), never a possessive.
const CONTRACTED_STEMS: &[&str] = &[
    "there", "here", "it", "that", "what", "who", "where", "when", "why", "how", "let", "he", "she",
];

/// The prefixes that leave a description noun a description: `co-founder`, `ex-senator`.
const RANK_PREFIXES: [&str; 3] = ["co", "ex", "vice"];

/// Where each part of [`Class::more`] lies: its lowest bit and its width.
const PRONOUN: (u16, u16) = (0, 7);
const DESCRIPTION: (u16, u16) = (7, 4);
const TITLE: (u16, u16) = (11, 2);
const GIVEN_NAME: (u16, u16) = (13, 2);
const NOUN_VERB: (u16, u16) = (15, 1);

impl Class {
    /// Whether the word has any of the classes in `flags`.
    pub(crate) fn is(self, flags: u32) -> bool {
        self.flags & flags != 0
    }

    /// The class as a token keeps it: the flags, and the rest.
    pub(crate) fn parts(self) -> (u32, u16) {
        (self.flags, self.more)
    }

    /// The class whose [`Class::parts`] these are.
    pub(crate) fn from_parts(flags: u32, more: u16) -> Class {
        Class { flags, more }
    }

    fn part(self, (shift, width): (u16, u16)) -> u16 {
        self.more >> shift & ((1 << width) - 1)
    }

    fn set_part(&mut self, (shift, width): (u16, u16), bits: u16) {
        let mask = ((1 << width) - 1) << shift;
        self.more = self.more & !mask | bits << shift & mask;
    }

    /// The pronoun the word is: its person (1 to 3; 0 for none) in two bits, its gender in
    /// two, its number in one and its case in two.
    pub(crate) fn pronoun(self) -> Option<Pronoun> {
        let bits = self.part(PRONOUN);
        let person = bits & 3;
        (person != 0).then(|| Pronoun {
            gender: gender_of(bits >> 2),
            number: number_of(bits >> 4),
            person: person as u8,
            case: match bits >> 5 & 3 {
                0 => Case::Subject,
                1 => Case::Object,
                2 => Case::Possessive,
                _ => Case::Relative,
            },
        })
    }

    fn set_pronoun(&mut self, p: Option<Pronoun>) {
        let bits = p.map_or(0, |p| {
            let case = match p.case {
                Case::Subject => 0,
                Case::Object => 1,
                Case::Possessive => 2,
                Case::Relative => 3,
            };
            u16::from(p.person & 3)
                | gender_bits(p.gender) << 2
                | number_bits(p.number) << 4
                | case << 5
        });
        self.set_part(PRONOUN, bits);
    }

    /// What the word implies as a description noun: 1 + its gender in two bits (0 for none),
    /// its number in one, and whether it is a person in one.
    pub(crate) fn description(self) -> Option<Description> {
        let bits = self.part(DESCRIPTION);
        let gender = bits & 3;
        (gender != 0).then(|| Description {
            gender: gender_of(gender - 1),
            number: number_of(bits >> 2),
            person: bits >> 3 & 1 == 1,
        })
    }

    fn set_description(&mut self, d: Option<Description>) {
        let bits = d.map_or(0, |d| {
            (gender_bits(d.gender) + 1) | number_bits(d.number) << 2 | u16::from(d.person) << 3
        });
        self.set_part(DESCRIPTION, bits);
    }

    /// The gender a title implies (`Mrs`, `President`), case-sensitive.
    pub(crate) fn title(self) -> Option<Gender> {
        optional_gender(self.part(TITLE))
    }

    fn set_title(&mut self, g: Option<Gender>) {
        self.set_part(TITLE, g.map_or(0, |g| gender_bits(g) + 1));
    }

    /// Whether the word is the bare or -s form of a speech verb that is usually a noun
    /// (`~note` in `speech_verbs.txt`: `notes`, `states`, `claims`), a cue only where its
    /// place shows it a verb.
    pub(crate) fn is_noun_verb(self) -> bool {
        self.part(NOUN_VERB) == 1
    }

    /// The gender a given name implies, case-sensitive.
    pub(crate) fn given_name(self) -> Option<Gender> {
        optional_gender(self.part(GIVEN_NAME))
    }

    fn set_given_name(&mut self, g: Option<Gender>) {
        self.set_part(GIVEN_NAME, g.map_or(0, |g| gender_bits(g) + 1));
    }
}

/// 1 + a gender in two bits, or 0 for none.
fn optional_gender(bits: u16) -> Option<Gender> {
    (bits != 0).then(|| gender_of(bits - 1))
}

/// A gender in two bits, for [`Class`].
fn gender_bits(g: Gender) -> u16 {
    match g {
        Gender::Male => 0,
        Gender::Female => 1,
        Gender::Unknown => 2,
    }
}

/// A word in capitals written in title case, as the lexicon lists proper words: `NOTE` is
/// `Note`, `DONALD` is `Donald`; `None` for a word with a letter in lower case, a word of one
/// letter, or one longer than `buf`.
fn title_cased<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let w = word.as_bytes();
    if w.len() < 2 || w.len() > buf.len() || !w.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let buf = &mut buf[..w.len()];
    buf.copy_from_slice(w);
    buf[1..].make_ascii_lowercase();
    std::str::from_utf8(buf).ok()
}

/// The gender in the low two bits of `bits`.
fn gender_of(bits: u16) -> Gender {
    match bits & 3 {
        0 => Gender::Male,
        1 => Gender::Female,
        _ => Gender::Unknown,
    }
}

fn number_bits(n: Number) -> u16 {
    match n {
        Number::Singular => 0,
        Number::Plural => 1,
    }
}

/// The number in the low bit of `bits`.
fn number_of(bits: u16) -> Number {
    if bits & 1 == 0 {
        Number::Singular
    } else {
        Number::Plural
    }
}

/// All the lexicons the attributor reads.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    verbs: FxHashSet<Box<str>>,
    /// The bare and -s forms of the verbs marked `~`: nouns as often as verbs.
    noun_verbs: FxHashSet<Box<str>>,
    /// Multi-word cues by their first word: the remaining words of each.
    phrases: FxHashMap<Box<str>, Vec<Vec<Box<str>>>>,
    titles: FxHashMap<Box<str>, Gender>,
    descriptions: FxHashMap<Box<str>, Description>,
    pronouns: FxHashMap<Box<str>, Pronoun>,
    organizations: FxHashSet<Box<str>>,
    given_names: FxHashMap<Box<str>, Gender>,
    non_names: FxHashSet<Box<str>>,
    /// The function-word classes, by lower-case word.
    function_words: FxHashMap<Box<str>, u32>,
    /// Every lexicon merged for [`Lexicon::classify`]: what a word is in any case, by its
    /// lower-case bytes (verbs, phrases, function words, pronouns, descriptions and their
    /// plurals, lower-case organisation words).
    merged: FxHashMap<Box<[u8]>, Class>,
    /// The entries of `merged` of at most eight bytes, keyed by the word packed into an integer
    /// ([`pack`]): most words, found with one integer hash and compare.
    short: FxHashMap<u64, Class>,
    /// What a capitalised word is, as written (titles, given names, non-names, organisation
    /// words).
    proper: FxHashMap<Box<str>, Class>,
    /// Names what the merged maps hold, for caches of their answers: new at each
    /// [`Lexicon::rebuild`], never 0.
    id: u64,
}

/// The next [`Lexicon::id`].
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// The lexicons as shipped, parsed on first use.
pub(crate) static DEFAULT: Lazy<Lexicon> = Lazy::new(Lexicon::builtin);

/// The longest word any lexicon holds; longer words are in none of them.
const MAX_WORD: usize = 40;

/// Calls `f` with `word` in ASCII lower case, without allocating. Words longer than any entry
/// get `None`.
fn lowered<R>(word: &str, f: impl FnOnce(Option<&str>) -> R) -> R {
    let bytes = word.as_bytes();
    if bytes.len() > MAX_WORD {
        return f(None);
    }
    let mut buf = [0u8; MAX_WORD];
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    // Lower-casing ASCII bytes keeps UTF-8 valid.
    f(std::str::from_utf8(out).ok())
}

/// A word of one to eight bytes packed into an integer in ASCII lower case (no word holds a NUL
/// byte, so the zero padding keeps words of different lengths apart); `None` for other words.
fn pack(word: &[u8]) -> Option<u64> {
    if word.is_empty() || word.len() > 8 {
        return None;
    }
    let mut buf = [0u8; 8];
    buf.get_mut(..word.len())?.copy_from_slice(word);
    Some(ascii_lowercase_u64(u64::from_le_bytes(buf)))
}

/// The eight bytes of `x` in ASCII lower case, all at once: each byte from `A` to `Z` gains its
/// 0x20 bit, and every other byte (non-ASCII ones among them) stays as it is.
pub(crate) fn ascii_lowercase_u64(x: u64) -> u64 {
    use crate::swar::{HIGH, in_range};
    // The bytes' high bits cleared first; a byte outside ASCII is no capital.
    let upper = in_range(x & !HIGH, b'A', b'Z') & !x & HIGH;
    x | upper >> 2
}

/// Calls `f` with `word`'s bytes in ASCII lower case, without allocating; words longer than any
/// entry get `None`.
fn lowered_bytes<R>(word: &str, f: impl FnOnce(&[u8]) -> Option<R>) -> Option<R> {
    let bytes = word.as_bytes();
    if bytes.len() > MAX_WORD {
        return None;
    }
    let mut buf = [0u8; MAX_WORD];
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    f(out)
}

impl Lexicon {
    /// Everything the lexicons say of `word`, as written in the text.
    pub(crate) fn classify(&self, word: &str) -> Class {
        let mut class = match pack(word.as_bytes()) {
            Some(k) => self.short.get(&k).copied(),
            None => lowered_bytes(word, |w| self.merged.get(w).copied()),
        }
        .unwrap_or_default();
        // Possessive and contracted endings do not change what a word is (`he’s`, `Trump’s`).
        let stem = crate::mentions::bare(word);
        if stem.len() != word.len() {
            class.set_pronoun(lowered_bytes(stem, |w| {
                self.merged.get(w).and_then(|c| c.pronoun())
            }));
        }
        // `there’s`, `it’s`, `what’s`: a contraction of `is` or `has`, not a possessive.
        if crate::mentions::is_possessive(word)
            && !CONTRACTED_STEMS
                .iter()
                .any(|c| c.eq_ignore_ascii_case(stem))
        {
            class.flags |= flag::POSSESSIVE;
        }
        // `co-founder`, `ex-senator`, `vice-chair`: the noun after a prefix of rank.
        if class.description().is_none()
            && let Some(noun) = RANK_PREFIXES.iter().find_map(|p| {
                let rest = stem.get(p.len()..)?.strip_prefix('-')?;
                stem[..p.len()].eq_ignore_ascii_case(p).then_some(rest)
            })
        {
            class.set_description(lowered_bytes(noun, |w| {
                self.merged.get(w).and_then(|c| c.description())
            }));
        }
        if crate::mentions::is_capitalized(stem) {
            class.flags |= flag::CAPITALIZED;
            let mut buf = [0u8; CACHE_WORD];
            if let Some(p) = self
                .proper
                .get(stem)
                .or_else(|| self.proper.get(title_cased(stem, &mut buf)?))
            {
                class.set_title(p.title());
                class.set_given_name(p.given_name());
                class.flags |= p.flags;
            }
        }
        class
    }

    #[cfg(test)]
    /// Whether `word` (any case) is a form of a speech verb.
    pub(crate) fn is_verb(&self, word: &str) -> bool {
        lowered(word, |w| w.is_some_and(|w| self.verbs.contains(w)))
    }

    /// The remaining words of each cue phrase that starts with `word`.
    pub(crate) fn phrases(&self, word: &str) -> &[Vec<Box<str>>] {
        // Cues are mostly in lower case already (`said`, `told`): looked up as they stand.
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return self.phrases.get(word).map_or(&[][..], Vec::as_slice);
        }
        lowered(word, |w| {
            w.and_then(|w| self.phrases.get(w))
                .map_or(&[][..], Vec::as_slice)
        })
    }

    #[cfg(test)]
    /// The gender a title implies, if `word` (as written, without a period) is a title.
    pub(crate) fn title(&self, word: &str) -> Option<Gender> {
        self.titles.get(word).copied()
    }

    #[cfg(test)]
    /// What a description noun implies, if `word` (any case) is one; a regular plural of a
    /// listed noun (`authors`) is one too.
    #[cfg(test)]
    pub(crate) fn description(&self, word: &str) -> Option<Description> {
        self.classify(word).description()
    }

    /// The pronoun `word` (any case) is, if it is one.
    #[cfg(test)]
    pub(crate) fn pronoun(&self, word: &str) -> Option<Pronoun> {
        self.classify(word).pronoun()
    }

    #[cfg(test)]
    /// Whether `word` (as written) makes a capitalised name an organisation.
    pub(crate) fn is_organization(&self, word: &str) -> bool {
        self.organizations.contains(word)
    }

    #[cfg(test)]
    /// The gender a given name (as written) implies.
    pub(crate) fn given_name(&self, word: &str) -> Option<Gender> {
        self.given_names.get(word).copied()
    }

    #[cfg(test)]
    /// Whether `word` (as written) is capitalised for another reason than being a name.
    pub(crate) fn is_non_name(&self, word: &str) -> bool {
        self.non_names.contains(word)
    }
}

mod cache;
mod load;
#[cfg(test)]
mod tests;
