//! The speaker linker: joins the mentions of one person into one speaker.
//!
//! - A name links to an earlier name with the same family name (`Cha` → `Victor Cha`), or with
//!   the same first word for names written family name first (`Kim` → `Kim Jong Un`); the
//!   speaker is named by the fullest name the article gives.
//! - A title alone links to the person introduced with that title (`the President` →
//!   `President Donald Trump`); a known speaker's aliases link to it.
//! - A definite description links to the last one with the same words (`the spokeswoman`).
//! - `he` and `she` link to the most recent person of that gender in subject position, `they` to
//!   the most recent group; a pronoun with no such antecedent stays unresolved.
//! - In an interview laid out as `Q:` and `A:` turns, `A` is the first person the article
//!   names before the turns (the one interviewed), and `Q` the person it names after `spoke
//!   with`, `told` or `interviewed by` there (the interviewer); with no such person, every `Q`
//!   is one unnamed interviewer.

use std::num::NonZeroU32;

use rustc_hash::FxHashMap;

use crate::error::Error;
use crate::lexicon::{Case, Gender, Number, flag};
use crate::mentions::{Found, Side, bare, interview_label, is_word_in, opens_paragraph};
use crate::result::{MentionKind, Span};
use crate::tokens::{Kind, Token, narrow};

/// How many tokens back a pronoun looks for its antecedent.
const PRONOUN_REACH: usize = 400;
/// How many tokens a party and state tag after a name may have (`R-N.Y.`: `R-N`, `.`, `Y`,
/// `.`).
const MAX_PARTY_TAG_TOKENS: usize = 4;
/// How many of the most recent entities a name in capitals is compared with.
const CAPITALS_CANDIDATES: usize = 64;
/// How many of the most recent mentions a pronoun considers: salience fades long before.
const PRONOUN_CANDIDATES: usize = 32;
/// How many earlier entities with the same family name a name is compared with.
const NAME_CANDIDATES: usize = 8;
/// How many groups named by a plural noun the linker remembers, the newest: a bare `police`
/// links to the last of them named with its noun.
const MAX_GROUPS: usize = 32;
/// How many words may stand between `with`, `to` or `by` and the interviewer's name (`spoke to
/// the Gazette's Ellen Park`, `spoke with senior writer Ann Lee`).
const INTERVIEWER_REACH: usize = 5;
/// How many words before that `with` the verb of speaking may stand (`spoke on Friday with`).
const INTERVIEW_VERB_REACH: usize = 6;
/// Words that introduce an interview besides the speech verbs: the person after their `with`
/// or `by` asks the questions.
const INTERVIEW_WORDS: &[&str] = &["interview", "interviewed", "sat", "conversation"];

/// A person given to the builder, with the other names the text may use for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct KnownSpeaker {
    pub(crate) name: String,
    words: Vec<String>,
    aliases: Vec<String>,
}

impl KnownSpeaker {
    pub(crate) fn new(name: &str, aliases: &[String]) -> Result<KnownSpeaker, Error> {
        let words: Vec<String> = name.split_whitespace().map(str::to_string).collect();
        if !name.chars().any(char::is_alphabetic) {
            return Err(Error::Speaker {
                name: name.to_string(),
                reason: "a name needs letters".into(),
            });
        }
        if let Some(a) = aliases.iter().find(|a| !a.chars().any(char::is_alphabetic)) {
            return Err(Error::Speaker {
                name: name.to_string(),
                reason: format!("alias {a:?} needs letters"),
            });
        }
        Ok(KnownSpeaker {
            name: words.join(" "),
            words,
            aliases: aliases.iter().map(|a| normalize(a)).collect(),
        })
    }
}

/// One person, organisation or group that the article mentions.
#[derive(Debug, Clone)]
pub(crate) struct Entity {
    pub(crate) kind: MentionKind,
    /// The first and last word of the fullest name (for names), without a possessive ending,
    /// and how many words it has.
    first: Option<Span>,
    last: Option<Span>,
    words: usize,
    /// Where the canonical name is in the text, when it comes from a mention.
    pub(crate) name: Option<Span>,
    /// A known speaker's name.
    pub(crate) known: Option<usize>,
    /// The title keys the entity was given (`president`, `senator`).
    titles: Vec<u64>,
    pub(crate) gender: Gender,
    pub(crate) number: Number,
    pub(crate) person: bool,
    /// The span of its first title (as role), if any.
    pub(crate) role: Option<Span>,
    /// It is the narrator, the `I` of the article's own sentences: its author.
    pub(crate) narrator: bool,
}

impl Entity {
    fn new(kind: MentionKind) -> Entity {
        Entity {
            kind,
            first: None,
            last: None,
            words: 0,
            name: None,
            known: None,
            titles: Vec::new(),
            gender: Gender::Unknown,
            number: Number::Singular,
            person: false,
            role: None,
            narrator: false,
        }
    }
}

/// Look-ups into the entities linked so far, so that linking a mention takes constant time.
#[derive(Debug, Default)]
pub(crate) struct Index<'a> {
    /// Name entities by the last and the first word of their fullest name, oldest first.
    by_last: Chains<'a>,
    by_first: Chains<'a>,
    /// The last name entity given each title.
    by_title: FxHashMap<u64, usize>,
    /// Organisations and descriptions by (is an organisation, normalised words).
    by_key: FxHashMap<(bool, u64), usize>,
    /// The last person introduced with each age (`Maria Gomez, 34,`).
    by_age: FxHashMap<u32, usize>,
    /// The last group named by each plural noun (`Winnipeg police`, `county officials`).
    /// At most [`MAX_GROUPS`] of them, newest last: an article names few groups, and a short
    /// list is searched faster than a map is hashed into.
    by_group: Vec<(u64, usize)>,
}

impl Index<'_> {
    fn with_capacity(n: usize) -> Self {
        Index {
            by_last: Chains::with_capacity(n / 2),
            by_first: Chains::with_capacity(n / 2),
            by_title: FxHashMap::default(),
            by_key: FxHashMap::with_capacity_and_hasher(n / 2, Default::default()),
            by_age: FxHashMap::default(),
            by_group: Vec::new(),
        }
    }
}

/// Entities filed under words, newest first, without a list per word: each word's latest node
/// links to the one filed before it.
#[derive(Debug, Default)]
pub(crate) struct Chains<'a> {
    head: FxHashMap<&'a str, usize>,
    /// Each node: its entity and the node filed before it under the same word.
    nodes: Vec<(usize, Option<usize>)>,
}

impl<'a> Chains<'a> {
    fn with_capacity(n: usize) -> Chains<'a> {
        Chains {
            head: FxHashMap::with_capacity_and_hasher(n, Default::default()),
            nodes: Vec::with_capacity(n),
        }
    }

    fn push(&mut self, word: &'a str, entity: usize) {
        let prev = self.head.insert(word, self.nodes.len());
        self.nodes.push((entity, prev));
    }

    /// The entities filed under `word`, newest first.
    fn recent(&self, word: &str) -> impl Iterator<Item = usize> + '_ {
        let mut node = self.head.get(word).copied();
        std::iter::from_fn(move || {
            let (entity, prev) = *self.nodes.get(node?)?;
            node = prev;
            Some(entity)
        })
    }
}

/// Everything the linker reads.
pub(crate) struct Linker<'a> {
    pub(crate) text: &'a str,
    pub(crate) tokens: &'a [Token],
    pub(crate) mentions: &'a [Found],
    pub(crate) known: &'a [KnownSpeaker],
    /// Mentions that are the subject of a speech cue: evidence that a name is a person.
    pub(crate) speaking: &'a [bool],
}

/// The result of linking: the entities and, for each mention, its entity.
#[derive(Debug, Clone, Default)]
pub(crate) struct Links {
    pub(crate) entities: Vec<Entity>,
    /// For each mention, 1 + the index of its entity: four bytes a mention, since a long
    /// document holds one for every 36 bytes of text.
    of_mention: Vec<Option<NonZeroU32>>,
    /// The entity of the narrator's `I` outside any reader's letter (the byline's name or
    /// the author), once one has spoken: found once, not looked for at every `I`.
    narrator: Option<usize>,
}

impl Links {
    /// The entity of mention `i`, if it has one.
    pub(crate) fn of_mention(&self, i: usize) -> Option<usize> {
        self.of_mention.get(i).copied().flatten().map(entity)
    }

    /// The entity of each mention, in order.
    pub(crate) fn of_mentions(&self) -> impl Iterator<Item = Option<usize>> + '_ {
        self.of_mention.iter().map(|e| e.map(entity))
    }

    fn set(&mut self, i: usize, e: Option<usize>) {
        if let Some(slot) = self.of_mention.get_mut(i) {
            *slot = e.and_then(|e| NonZeroU32::new(narrow(e + 1)));
        }
    }
}

/// The entity index that [`Links::of_mention`] keeps as `e`.
/// What a description set off beside a name tells of its entity: `His wife, Doreen,` is a
/// woman, so a later `she` may be her.
fn described(e: &mut Entity, description: &Found) {
    if description.kind != MentionKind::Description || description.number != Number::Singular {
        return;
    }
    e.person = true;
    if e.gender == Gender::Unknown {
        e.gender = description.gender;
    }
}

fn entity(e: NonZeroU32) -> usize {
    e.get() as usize - 1
}

impl<'a> Linker<'a> {
    fn word(&self, s: Span) -> &'a str {
        bare(&self.text[s.range()])
    }

    /// The text at `s`.
    fn at(&self, s: Span) -> &'a str {
        &self.text[s.range()]
    }

    /// Where the word of token `k` lies without its possessive ending.
    fn word_span(&self, k: usize) -> Span {
        let s = self.tokens[k].span();
        Span::new(s.start, s.start + self.word(s).len())
    }

    /// The word tokens of a name mention (a name has at most eight words), and their count.
    fn name_words(&self, m: &Found) -> ([usize; 8], usize) {
        let mut buf = [0; 8];
        let mut n = 0;
        for k in m
            .name()
            .filter(|&k| self.tokens.get(k).is_some_and(Token::is_word))
        {
            if let Some(slot) = buf.get_mut(n) {
                *slot = k;
                n += 1;
            }
        }
        (buf, n)
    }

    /// Links every mention; pronouns last, once the names are known to be people or not.
    pub(crate) fn link(&self) -> Links {
        let n = self.mentions.len();
        let mut entities = Vec::with_capacity(self.known.len() + n);
        entities.extend((0..self.known.len()).map(|k| {
            let mut e = Entity::new(MentionKind::Name);
            e.known = Some(k);
            e.person = true;
            e
        }));
        let mut links = Links {
            entities,
            of_mention: vec![None; n],
            narrator: None,
        };
        let mut index = Index::with_capacity(n);
        // The entities that `Q` and `A` stand for, once the first label is reached.
        let mut sides: Option<[Option<usize>; 2]> = None;
        for (i, m) in self.mentions.iter().enumerate() {
            if m.kind == MentionKind::Description
                && let Some(side) = interview_label(self.text, self.tokens, m.tokens().start)
            {
                let sides = sides.get_or_insert_with(|| self.interview_sides(&links, i));
                let slot = &mut sides[side as usize];
                let e = *slot.get_or_insert_with(|| {
                    let mut e = Entity::new(m.kind);
                    e.name = Some(m.span());
                    e.person = true;
                    links.entities.push(e);
                    links.entities.len() - 1
                });
                links.set(i, Some(e));
                continue;
            }
            // `Madeleine Albright, a Clinton supporter,`: a description set off right after a
            // person's name is that person.
            if m.kind == MentionKind::Description
                && let Some(e) = self.appositive_of(&links, i)
            {
                links.set(i, Some(e));
                self.file_description(&mut index, m, e);
                described(&mut links.entities[e], m);
                continue;
            }
            let e = match m.kind {
                MentionKind::Name => {
                    let e = self.link_name(&mut links, &mut index, m);
                    // `Doreen Hartley, 64,` is a person.
                    if let Some(age) = self.age_after(m) {
                        index.by_age.insert(age, e);
                        links.entities[e].person = true;
                    }
                    // `the housing minister, Ann Lee,`: the description set off before a
                    // person's name is that person.
                    if let Some(d) = self.description_before(i) {
                        links.set(d, Some(e));
                        self.file_description(&mut index, &self.mentions[d], e);
                        described(&mut links.entities[e], &self.mentions[d]);
                    }
                    e
                }
                MentionKind::Organization | MentionKind::Description => {
                    self.link_other(&mut links, &mut index, i)
                }
                MentionKind::Pronoun => continue,
            };
            links.set(i, Some(e));
            let ent = &mut links.entities[e];
            if m.is_person()
                || self.speaking.get(i).copied().unwrap_or(false) && m.kind == MentionKind::Name
            {
                ent.person = true;
            }
            if ent.gender == Gender::Unknown {
                ent.gender = m.gender;
            }
        }
        self.link_pronouns(&mut links);
        links
    }

    /// The entities of an interview's two sides, `[Q, A]`, from the mentions before its first
    /// label at `first`: the first person named answers; the first other person named after
    /// `with`, `to` or `by` that follows a verb of speaking asks.
    fn interview_sides(&self, links: &Links, first: usize) -> [Option<usize>; 2] {
        let person = |j: usize| {
            (self.mentions[j].kind == MentionKind::Name)
                .then(|| links.of_mention(j))
                .flatten()
                .filter(|&e| links.entities[e].person)
        };
        let answers = (0..first).find_map(person);
        let asks = (0..first)
            .filter(|&j| self.introduced_as_interviewer(self.mentions[j].tokens().start))
            .filter_map(person)
            .find(|&e| Some(e) != answers);
        let mut sides = [None; 2];
        sides[Side::Asks as usize] = asks;
        sides[Side::Answers as usize] = answers;
        sides
    }

    /// Whether the name at token `start` follows `with`, `to` or `by` a few words after a verb
    /// of speaking or a word of interviewing, in one sentence: `spoke to the Gazette's Ellen
    /// Park`, `was interviewed by Ann Lee`.
    fn introduced_as_interviewer(&self, start: usize) -> bool {
        let is_word = |j: usize| self.tokens.get(j).is_some_and(Token::is_word);
        let text = |j: usize| &self.text[self.tokens[j].span().range()];
        let Some(prep) = (start.saturating_sub(INTERVIEWER_REACH)..start)
            .rev()
            .take_while(|&j| is_word(j))
            .find(|&j| matches!(text(j), "with" | "to" | "by"))
        else {
            return false;
        };
        (prep.saturating_sub(INTERVIEW_VERB_REACH)..prep)
            .rev()
            .take_while(|&j| is_word(j))
            .any(|j| {
                self.tokens[j].class().is(flag::VERB)
                    || INTERVIEW_WORDS
                        .iter()
                        .any(|w| text(j).eq_ignore_ascii_case(w))
            })
    }

    fn known_alias(&self, text: &str) -> Option<usize> {
        if self.known.iter().all(|k| k.aliases.is_empty()) {
            return None;
        }
        let key = normalize(text);
        self.known.iter().position(|k| k.aliases.contains(&key))
    }

    fn link_name(&self, links: &mut Links, index: &mut Index<'a>, m: &Found) -> usize {
        let (buf, n) = self.name_words(m);
        let full = &buf[..n];
        // A suffix is part of the name but not its family name: `Martin Luther King Jr.` is
        // `King`.
        let mut words = full;
        while let [rest @ .., last] = words
            && !rest.is_empty()
            && matches!(
                self.word(self.tokens[*last].span()),
                "Jr" | "Sr" | "II" | "III" | "IV"
            )
        {
            words = rest;
        }
        // The title's key where the lexicon lists it as a title: a noun written as one at a
        // sentence's start (`Republican Donald Trump`) is a role that many others share, so a
        // later `the Wisconsin Republican` is not filed under it.
        let title = m.title().and_then(|t| {
            let last = t.end.checked_sub(1)?;
            self.tokens.get(last).map(|tok| {
                (tok.class().title().is_some()).then(|| title_key(self.word(tok.span())))
            })
        });
        // The first and last words without their possessive endings, read once.
        let ends = words.first().zip(words.last()).map(|(&f, &l)| {
            let first = self.word_span(f);
            (first, if l == f { first } else { self.word_span(l) })
        });
        let found = self
            .known_alias(&self.text[m.span().range()])
            .or_else(|| {
                let (f, l) = ends?;
                self.match_name(links, index, words.len(), self.at(f), self.at(l))
            })
            .or_else(|| {
                let (f, l) = ends?;
                self.match_capitals(links, words.len(), self.at(f), self.at(l))
            });
        let e = match found {
            Some(e) => e,
            None => {
                links.entities.push(Entity::new(MentionKind::Name));
                links.entities.len() - 1
            }
        };
        let ent = &mut links.entities[e];
        if words.len() > ent.words && ent.known.is_none() {
            ent.words = words.len();
            if let (Some((f, l)), Some(&end)) = (ends, full.last()) {
                // A suffix keeps its period: `Martin Luther King Jr.`.
                let end = if Some(&end) == words.last() {
                    l
                } else {
                    let suffix = self.word_span(end);
                    match self.tokens.get(end + 1) {
                        Some(p)
                            if p.is_punct('.')
                                && p.span().start == suffix.end
                                && matches!(self.word(suffix), "Jr" | "Sr") =>
                        {
                            Span::new(suffix.start, p.span().end)
                        }
                        _ => suffix,
                    }
                };
                ent.first = Some(f);
                ent.last = Some(l);
                ent.name = Some(Span::new(f.start, end.end));
                index.by_last.push(self.at(l), e);
                index.by_first.push(self.at(f), e);
            }
        }
        if let Some(key) = title {
            if let Some(t) = key {
                if !ent.titles.contains(&t) {
                    ent.titles.push(t);
                }
                index.by_title.insert(t, e);
            }
            // An honorific (`Mr.`, `Sir`) is no role: the role is what follows it, if anything
            // (`Mr. President`), or a later title.
            if ent.role.is_none() {
                ent.role = m.title().and_then(|r| {
                    let start = (r.start..r.end).find(|&k| {
                        self.tokens
                            .get(k)
                            .is_some_and(|t| t.is_word() && !is_honorific(self.word(t.span())))
                    })?;
                    let a = self.tokens.get(start)?;
                    let b = self.tokens.get(r.end.checked_sub(1)?)?;
                    Some(Span::new(a.span().start, b.span().end))
                });
            }
        }
        e
    }

    /// The entity a name of `n` words, `first` to `last` (without possessive endings), refers
    /// to: a known speaker, or an earlier name with the same family name (or the same first
    /// word, for a name written family name first).
    fn match_name(
        &self,
        links: &Links,
        index: &Index<'a>,
        n: usize,
        first: &'a str,
        last: &'a str,
    ) -> Option<usize> {
        for (k, known) in self.known.iter().enumerate() {
            let kl = known.words.last().map(String::as_str);
            if kl == Some(last)
                && (n == 1 || known.words.first().map(String::as_str) == Some(first))
            {
                return Some(k);
            }
        }
        let entity_words = |e: usize| {
            let ent = &links.entities[e];
            let ef = ent.first.map(|s| self.at(s));
            let el = ent.last.map(|s| self.at(s));
            (ent, ef, el)
        };
        // A family name alone is the first person the article named with it, its subject
        // (`Okonkwo` after `Margaret Okonkwo` and her daughter `Adaeze Okonkwo`); a fuller
        // name is the last person it matches.
        let mut found = None;
        for e in index.by_last.recent(last).take(NAME_CANDIDATES) {
            let (ent, ef, el) = entity_words(e);
            if el == Some(last) && (n == 1 || ent.words == 1 || ef == Some(first)) {
                found = Some(e);
                if n != 1 {
                    break;
                }
            }
        }
        if found.is_some() {
            return found;
        }
        // A full name for a person introduced by a given name alone (`Her daughter, Adaeze,`
        // … `Adaeze Okonkwo said`).
        if n != 1 {
            return index
                .by_first
                .recent(first)
                .take(NAME_CANDIDATES)
                .find(|&e| {
                    let (ent, ef, _) = entity_words(e);
                    ef == Some(first) && ent.words == 1 && ent.person
                });
        }
        // `Kim` for `Kim Jong Un`, `Xi` for `Xi Jinping`: family name first; and a given name
        // alone for the person introduced with it (`Chris` for `Chris Andersen`).
        let mut by_first = index.by_first.recent(first).take(NAME_CANDIDATES);
        by_first.find(|&e| {
            let (ent, ef, _) = entity_words(e);
            ef == Some(first) && ent.words >= 2
        })
    }

    /// A name written in capitals, as a transcript labels its turns (`LEE:`, `MARTIN
    /// OKAFOR:`), is the person named before in any case: the last name entity, among the
    /// [`CAPITALS_CANDIDATES`] most recent entities, whose last word (and first, for a name of
    /// several words) is the same but for case.
    fn match_capitals(&self, links: &Links, n: usize, first: &str, last: &str) -> Option<usize> {
        if last.len() < 2 || last.chars().any(char::is_lowercase) {
            return None;
        }
        let same = |s: Option<Span>, w: &str| s.is_some_and(|s| self.at(s).eq_ignore_ascii_case(w));
        links
            .entities
            .iter()
            .enumerate()
            .rev()
            .take(CAPITALS_CANDIDATES)
            .find(|(_, e)| {
                e.kind == MentionKind::Name
                    && e.known.is_none()
                    && e.last
                        .is_some_and(|l| self.at(l).chars().any(char::is_lowercase))
                    && same(e.last, last)
                    && (n == 1 || same(e.first, first))
            })
            .map(|(k, _)| k)
    }

    fn link_other(&self, links: &mut Links, index: &mut Index<'a>, i: usize) -> usize {
        let m = &self.mentions[i];
        let text = &self.text[m.span().range()];
        if let Some(k) = self.known_alias(text) {
            return k;
        }
        let definite = opens_with_the(text);
        // A title alone (`the President`, `the senator`) names the person introduced with it.
        if m.kind == MentionKind::Description
            && definite
            && !index.by_title.is_empty()
            && let Some(t) = m.title().and_then(|t| self.tokens.get(t.start))
            && let Some(&e) = index.by_title.get(&title_key(self.word(t.span())))
        {
            return e;
        }
        // `the 34-year-old` is the person introduced as `Maria Gomez, 34,` (the words are
        // read only when someone was introduced with an age).
        if m.kind == MentionKind::Description
            && definite
            && !index.by_age.is_empty()
            && let Some(age) = text
                .split_whitespace()
                .nth(1)
                .and_then(|w| w.strip_suffix("-year-old"))
                .and_then(|n| n.parse::<u32>().ok())
            && let Some(&e) = index.by_age.get(&age)
        {
            return e;
        }
        let key = (m.kind == MentionKind::Organization, key(text));
        if (definite || m.kind == MentionKind::Organization)
            && let Some(&e) = index.by_key.get(&key)
        {
            return e;
        }
        // `Winnipeg police said` … `Police said`: a group named by its noun alone is the group
        // last named with that noun; not one a possessive owns (`his aides`).
        let group = (m.kind == MentionKind::Description && m.number == Number::Plural)
            .then(|| m.title().and_then(|t| self.tokens.get(t.start)))
            .flatten()
            .map(|head| group_key(self.at(head.span())));
        let owned = || {
            m.tokens()
                .start
                .checked_sub(1)
                .and_then(|p| self.tokens.get(p))
                .is_some_and(|p| {
                    p.class().is(flag::POSSESSIVE)
                        || p.class()
                            .pronoun()
                            .is_some_and(|p| p.case == Case::Possessive)
                })
        };
        if let Some(g) = group
            && m.tokens().len() == 1
            && !index.by_group.is_empty()
            && !owned()
            && let Some(&(_, e)) = index.by_group.iter().rev().find(|(k, _)| *k == g)
        {
            return e;
        }
        // `McDavid shrugged off the praise. “…,” the 27-year-old captain said.`: a speaker
        // described, not named, right after one person is named is that person.
        if m.kind == MentionKind::Description
            && definite
            && self.speaking.get(i).copied().unwrap_or(false)
            && self.epithet(m)
            && let Some(e) = self.sole_person_before(links, i)
        {
            self.file_description(index, m, e);
            return e;
        }
        let mut e = Entity::new(m.kind);
        e.number = m.number;
        e.name = Some(m.span());
        links.entities.push(e);
        let id = links.entities.len() - 1;
        index.by_key.insert(key, id);
        if let Some(g) = group {
            if index.by_group.len() == MAX_GROUPS {
                index.by_group.remove(0);
            }
            index.by_group.push((g, id));
        }
        id
    }

    /// The age set off after a name: `Maria Gomez, 34,`.
    fn age_after(&self, m: &Found) -> Option<u32> {
        let end = m.tokens().end;
        let [comma, n, close] = self.tokens.get(end..end + 3)? else {
            return None;
        };
        if !comma.is_punct(',') || !n.is_word() || !matches!(close.kind(), Kind::Punct(',' | '.')) {
            return None;
        }
        let w = &self.text[n.span().range()];
        (w.len() <= 3).then(|| w.parse().ok()).flatten()
    }
}

/// Whether `word` is an honorific, which names no role: `Mr`, `Ms`, `Sir`, `Dame`.
fn is_honorific(word: &str) -> bool {
    ["Mr", "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame", "Madam"]
        .iter()
        .any(|h| word.eq_ignore_ascii_case(h))
}

use keys::{group_key, key, normalize, opens_with_the, title_key};

mod descriptions;
mod keys;
mod narrator;
mod pronouns;
#[cfg(test)]
mod tests;
