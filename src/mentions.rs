//! The mention finder: words in the narrative that can name a speaker.
//!
//! - **Names**: a run of capitalised words, with particles (`de`, `van`, `bin`), initials
//!   (`George H. W. Bush`), hyphens and apostrophes (`O’Rourke`); titles before the name
//!   (`President`, `Sen.`, `House Speaker`) become its role. A title with no name after it is a
//!   description (`the President`).
//! - **Organisations**: a capitalised name ending in an institution word (`the White House`, `the
//!   State Department`) or followed by one in lower case (`the Clinton campaign`).
//! - **Descriptions**: a noun from the description lexicon with its determiner and modifiers
//!   (`a senior administration official`, `the spokeswoman`, `sources`).
//! - **Pronouns**: `he`, `she`, `they`, `I`, `we` and their other cases.
//! - **Interview labels**: `Q` and `A` opening a paragraph before a colon, as interviews are
//!   laid out (`Q: Why now?`, `A: Because …`): the one who asks and the one who answers.

use std::ops::Range;

use crate::lexicon::{Class, Description, Gender, Number, Pronoun, flag};
use crate::result::{MentionKind, Span};
use crate::tokens::{Token, narrow};

mod common_words;
mod descriptions;
mod roles;
use descriptions::{bare_modifier, description};
use roles::{named_group, role_before_name};

/// How many modifiers a description may have.
const MAX_MODIFIERS: usize = 4;
/// The particles that may open a name in lower case (`de Blasio`, `van Gogh`, `al-Sisi` is one
/// word); `la`, `le` and `el` open other phrases as often.
const LEADING_PARTICLES: [&str; 14] = [
    "de", "van", "von", "del", "della", "da", "di", "du", "der", "den", "bin", "ibn", "dos", "das",
];
/// How many words a name may have.
const MAX_NAME_WORDS: usize = 8;
/// The classes of a word that can open a mention (besides a pronoun or a description noun):
/// a possessive, a capitalised word, a particle, a determiner or a quantifier.
const OPENERS: u32 =
    flag::POSSESSIVE | flag::CAPITALIZED | flag::PARTICLE | flag::DETERMINER | flag::QUANTIFIER;

/// A mention as the finder found it: 44 bytes, its token indices and offsets `u32` (as a
/// token's are), since a long document holds one for every 36 bytes of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    /// The tokens of the whole mention, title included ([`Found::tokens`]).
    tokens: [u32; 2],
    /// Its bytes in the text ([`Found::span`]).
    span: [u32; 2],
    pub(crate) kind: MentionKind,
    pub(crate) gender: Gender,
    pub(crate) number: Number,
    /// For names: the tokens of the name without its title ([`Found::name`]).
    name: [u32; 2],
    /// The title or description head that gives the mention a role (`President`,
    /// `spokeswoman`) ([`Found::title`]).
    title: Option<[u32; 2]>,
    /// For pronouns: which one.
    pub(crate) pronoun: Option<Pronoun>,
    /// The name's first word is a known given name.
    pub(crate) given_name: bool,
}

/// A range of token indices or of bytes as a [`Found`] keeps it.
fn pair(r: Range<usize>) -> [u32; 2] {
    [narrow(r.start), narrow(r.end)]
}

fn range([start, end]: [u32; 2]) -> Range<usize> {
    start as usize..end as usize
}

impl Found {
    /// The tokens of the whole mention, title included.
    pub(crate) fn tokens(&self) -> Range<usize> {
        range(self.tokens)
    }

    /// The mention's bytes in the text.
    pub(crate) fn span(&self) -> Span {
        let r = range(self.span);
        Span::new(r.start, r.end)
    }

    /// For names: the tokens of the name without its title.
    pub(crate) fn name(&self) -> Range<usize> {
        range(self.name)
    }

    /// The title or description head that gives the mention a role (`President`,
    /// `spokeswoman`).
    pub(crate) fn title(&self) -> Option<Range<usize>> {
        self.title.map(range)
    }

    /// Whether the mention is certainly a person (not a place that happens to be capitalised).
    pub(crate) fn is_person(&self) -> bool {
        match self.kind {
            MentionKind::Name => self.given_name || self.title.is_some(),
            MentionKind::Description => true,
            MentionKind::Pronoun => self
                .pronoun
                .is_some_and(|p| p.person == 3 && p.gender != Gender::Unknown),
            _ => false,
        }
    }
}

/// Whether the token at `i` is a word written as one of `words`: [`word`] compared as bytes,
/// without making a `str` of the token (which checks its ends for character boundaries).
pub(crate) fn is_word_in(text: &str, tokens: &[Token], i: usize, words: &[&str]) -> bool {
    tokens
        .get(i)
        .filter(|t| t.is_word())
        .and_then(|t| text.as_bytes().get(t.span().range()))
        .is_some_and(|b| words.iter().any(|w| w.as_bytes() == b))
}

fn word<'a>(text: &'a str, tokens: &[Token], i: usize) -> Option<&'a str> {
    tokens
        .get(i)
        .filter(|t| t.is_word())
        .map(|t| &text[t.span().range()])
}

/// Whether `w` begins with an upper-case letter. The tokenizer records it in each word's class
/// ([`flag::CAPITALIZED`]), which the rules read instead.
pub(crate) fn is_capitalized(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Whether the word at `i` is capitalised; false for other tokens.
fn capitalized(tokens: &[Token], i: usize) -> bool {
    class(tokens, i).is(flag::CAPITALIZED)
}

/// Whether `w`, a capitalised speech verb, is in the present's -s form as headlines write it
/// (`Says`, `Tells`, `Warns`): a name's word is rarely one (`Edward Said` is past).
fn headline_verb(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("’s") && !w.ends_with("'s")
}

/// `w` without a possessive or contracted ending (`Trump’s` → `Trump`, `he’s` → `he`).
pub(crate) fn bare(w: &str) -> &str {
    let b = w.as_bytes();
    // The length of the stem when an apostrophe (' or ’) stands right before the last `k`
    // bytes.
    let apostrophe_before = |k: usize| -> Option<usize> {
        let at = b.len().checked_sub(k)?;
        if at >= 1 && b[at - 1] == b'\'' {
            Some(at - 1)
        } else if at >= 3 && &b[at - 3..at] == "’".as_bytes() {
            Some(at - 3)
        } else {
            None
        }
    };
    let stem = match b.last() {
        Some(b'\'' | 0x99) => apostrophe_before(0),
        // `’S` in a line of capitals: `EDITOR’S NOTE`.
        Some(b's' | b'S' | b'd' | b'm') => apostrophe_before(1),
        Some(b'l' | b'e') if w.ends_with("ll") || w.ends_with("re") || w.ends_with("ve") => {
            apostrophe_before(2)
        }
        _ => None,
    };
    match stem {
        Some(n) if n > 0 => &w[..n],
        _ => w,
    }
}

/// Whether `w` ends in a possessive `’s` or `'s`; recorded as [`flag::POSSESSIVE`].
pub(crate) fn is_possessive(w: &str) -> bool {
    w.ends_with("’s") || w.ends_with("'s") || w.ends_with("’S") || w.ends_with("'S")
}

/// Common irregular past tenses: a coordinated cue must match its first cue's form (`said …
/// and told`), and after a quantifier one is its verb (`Some held signs`).
pub(crate) const IRREGULAR_PAST: [&str; 14] = [
    "said", "told", "wrote", "spoke", "thought", "took", "held", "made", "gave", "came", "went",
    "left", "sent", "kept",
];

/// Whether `w` is a party and state set off after a name (`R-Ky`, `D-N`, `I-Vt`): the word
/// the tokenizer reads of `R-Ky.` or `D-N.Y.`.
pub(crate) fn is_party_tag(w: &str) -> bool {
    w.len() > 2 && matches!(w.get(..2), Some("R-" | "D-" | "I-"))
}

/// Which side of an interview a `Q:` or `A:` label speaks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    /// `Q`: the interviewer.
    Asks,
    /// `A`: the one interviewed.
    Answers,
}

/// The side that the word at `i` labels, when it is `Q` or `A` opening its paragraph before a
/// colon: `Q: Why now?` (not `A: list` inside a sentence, nor `Q&A`).
pub(crate) fn interview_label(text: &str, tokens: &[Token], i: usize) -> Option<Side> {
    // The cheap tests first: this runs for every word.
    let mark = tokens
        .get(i + 1)
        .filter(|t| t.is_punct(':') || t.is_punct('.'))?;
    if tokens.get(i)?.span().len() != 1 || !opens_paragraph(tokens, i) {
        return None;
    }
    let side = match word(text, tokens, i)? {
        "Q" => Side::Asks,
        "A" => Side::Answers,
        _ => return None,
    };
    // `Q.` and `A.` are labels only where the text pairs them: an `A.` alone opening a
    // paragraph is an initial (`A. Philip Randolph said`).
    if mark.is_punct('.') && !paired_label(text, tokens, i, side) {
        return None;
    }
    Some(side)
}

/// How many tokens from a `Q.` its `A.` is looked for, or from an `A.` its `Q.`.
const LABEL_PAIR_REACH: usize = 400;

/// Whether token `k` opens a paragraph: the text's first, or right after a break.
pub(crate) fn opens_paragraph(tokens: &[Token], k: usize) -> bool {
    k.checked_sub(1).is_none_or(|p| tokens[p].is_break())
}

/// Whether the other side's label with a period opens a paragraph near the label at `i`:
/// after a `Q.` within [`LABEL_PAIR_REACH`] tokens, or before an `A.`.
fn paired_label(text: &str, tokens: &[Token], i: usize, side: Side) -> bool {
    let (other, range) = match side {
        Side::Asks => ("A", i + 2..(i + LABEL_PAIR_REACH).min(tokens.len())),
        Side::Answers => ("Q", i.saturating_sub(LABEL_PAIR_REACH)..i),
    };
    range.into_iter().any(|j| {
        tokens[j].span().len() == 1
            && opens_paragraph(tokens, j)
            && word(text, tokens, j) == Some(other)
            && tokens.get(j + 1).is_some_and(|t| t.is_punct('.'))
    })
}

/// Finds every mention in `tokens`, in order.
pub(crate) fn find(text: &str, tokens: &[Token]) -> Vec<Found> {
    let mut out = Vec::with_capacity(tokens.len() / 5 + 1);
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if !t.is_word() {
            i += 1;
            continue;
        }
        let c = t.class();
        // Most words (verbs, nouns, function words) open no mention of the kinds below: one
        // test of their class sends them on to the last kind, a bare modifier.
        let opens = c.is(OPENERS) || c.pronoun().is_some() || c.description().is_some();
        // A label (`Q:`, `A:`) is a capital letter before a colon: the cheap tests at the call.
        if opens
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.is_punct(':') || n.is_punct('.'))
            && interview_label(text, tokens, i).is_some()
        {
            out.push(Found {
                tokens: pair(i..i + 1),
                span: pair(t.span().range()),
                kind: MentionKind::Description,
                gender: Gender::Unknown,
                number: Number::Singular,
                name: pair(i..i + 1),
                title: None,
                pronoun: None,
                given_name: false,
            });
            i += 1;
            continue;
        }
        if opens {
            // `Ryan’s office`, `the ad’s narrator`: a possessive opens a description.
            if c.is(flag::POSSESSIVE)
                && let Some(m) = description(text, tokens, i)
            {
                i = m.tokens().end;
                out.push(m);
                continue;
            }
            // `The Vermont senator said`: a description with a capitalised modifier, at a
            // sentence's start, is not the name `Vermont`.
            if c.is(flag::CAPITALIZED)
                && c.is(flag::DETERMINER)
                && let Some(m) = description(text, tokens, i)
                && m.tokens().end > i + 2
                && !capitalized(tokens, m.tokens().end - 1)
            {
                i = m.tokens().end;
                out.push(m);
                continue;
            }
            // `Prosecutors said`: a plural description noun capitalised at a sentence's start,
            // before a word in lower case, is a group, not a name (a family name is not a
            // plural noun).
            if c.is(flag::CAPITALIZED)
                && c.description().is_some_and(|d| d.number == Number::Plural)
                && !capitalized(tokens, i + 1)
                && let Some(m) = description(text, tokens, i)
                && m.tokens().start == i
            {
                i = m.tokens().end;
                out.push(m);
                continue;
            }
            if c.is(flag::CAPITALIZED) {
                let end = name_run(text, tokens, i);
                if end > i
                    && !common_words::opening_sentence(text, tokens, i, end)
                    && let Some(m) = name_mention(text, tokens, i..end)
                {
                    let m = named_group(text, tokens, &m).unwrap_or(m);
                    i = m.tokens().end.max(i + 1);
                    out.push(m);
                    continue;
                }
                // A run of words that name no one, like "The" at a sentence's start: try the
                // words one by one as descriptions and pronouns.
            }
            // `de Blasio`, `van Gogh`: a name that opens with a particle in lower case.
            if c.is(flag::PARTICLE)
                && word(text, tokens, i).is_some_and(|w| LEADING_PARTICLES.contains(&w))
                && capitalized(tokens, i + 1)
                && !(i > 0 && capitalized(tokens, i - 1))
            {
                let end = name_run(text, tokens, i + 1);
                if end > i + 1
                    && let Some(mut m) = name_mention(text, tokens, i + 1..end)
                    && m.kind == MentionKind::Name
                    && m.tokens().start == i + 1
                {
                    m.tokens[0] = narrow(i);
                    m.span[0] = narrow(t.span().start);
                    i = m.tokens().end;
                    out.push(m);
                    continue;
                }
            }
            if let Some(p) = c.pronoun() {
                let w = &text[t.span().range()];
                out.push(Found {
                    tokens: pair(i..i + 1),
                    span: pair(t.span().start..t.span().start + bare(w).len()),
                    kind: MentionKind::Pronoun,
                    gender: p.gender,
                    number: p.number,
                    name: pair(i..i + 1),
                    title: None,
                    pronoun: Some(p),
                    given_name: false,
                });
                i += 1;
                continue;
            }
            // Only a description noun, a determiner or a quantifier can start a description.
            if (c.description().is_some() || c.is(flag::DETERMINER | flag::QUANTIFIER))
                && let Some(m) = description(text, tokens, i)
            {
                i = m.tokens().end;
                out.push(m);
                continue;
            }
        }
        // A group named by a plural noun and one modifier, with no determiner: `county police
        // said`, `federal prosecutors said`.
        if let Some(mut m) = bare_modifier(text, tokens, i)
            .then(|| description(text, tokens, i + 1))
            .flatten()
            .filter(|m| m.tokens().start == i + 1 && m.number == Number::Plural)
        {
            m.tokens[0] = narrow(i);
            m.span[0] = narrow(t.span().start);
            i = m.tokens().end;
            out.push(m);
            continue;
        }
        i += 1;
    }
    with_sources(text, tokens, out)
}

/// `mentions` with a source after each `according to` that has none: whatever follows it
/// names the source (`according to exit polls`, `according to a count by the Associated
/// Press`), up to punctuation or at most [`MAX_NAME_WORDS`] words.
fn with_sources(text: &str, tokens: &[Token], mentions: Vec<Found>) -> Vec<Found> {
    let mut extra = Vec::new();
    let mut next = 0;
    // `according` opens a cue phrase: the class test first, the words only then, each
    // phrase's first word found by a slice search from the last.
    let scan = tokens
        .get(..tokens.len().saturating_sub(2))
        .unwrap_or_default();
    let mut after = 0;
    while let Some(k) = scan
        .get(after..)
        .and_then(|rest| rest.iter().position(|t| t.class().is(flag::PHRASE)))
    {
        let i = after + k;
        after = i + 1;
        let is =
            |j: usize, w: &str| word(text, tokens, j).is_some_and(|x| x.eq_ignore_ascii_case(w));
        if !(is(i, "according") && is(i + 1, "to")) {
            continue;
        }
        let from = i + 2;
        next += mentions[next..].partition_point(|m| m.tokens().start < from);
        if mentions.get(next).is_some_and(|m| m.tokens().start == from) {
            continue;
        }
        let end = (from..(from + MAX_NAME_WORDS).min(tokens.len()))
            .take_while(|&j| tokens[j].is_word() || tokens[j].is_punct('\''))
            .last()
            .map_or(from, |j| j + 1);
        if end > from {
            extra.push(Found {
                tokens: pair(from..end),
                span: pair(tokens[from].span().start..tokens[end - 1].span().end),
                kind: MentionKind::Description,
                gender: Gender::Unknown,
                number: Number::Plural,
                name: pair(from..end),
                title: None,
                pronoun: None,
                given_name: false,
            });
        }
    }
    if extra.is_empty() {
        return mentions;
    }
    // Both lists are in text order: merge them, leaving out a mention that overlaps a source.
    let mut out: Vec<Found> = Vec::with_capacity(mentions.len() + extra.len());
    let mut extra = extra.into_iter().peekable();
    let push_source = |out: &mut Vec<Found>, e: Found| {
        while out
            .last()
            .is_some_and(|l| l.tokens().end > e.tokens().start)
        {
            out.pop();
        }
        out.push(e);
    };
    for m in mentions {
        while let Some(e) = extra.next_if(|e| e.tokens().start < m.tokens().start) {
            push_source(&mut out, e);
        }
        if out
            .last()
            .is_none_or(|l| l.tokens().end <= m.tokens().start)
        {
            out.push(m);
        }
    }
    for e in extra {
        push_source(&mut out, e);
    }
    out
}

/// The end of the run of name words starting at `start`: capitalised words, particles between
/// them, initials with their periods, and a title's period.
fn name_run(text: &str, tokens: &[Token], start: usize) -> usize {
    let mut end = start;
    let mut words = 0;
    while words < MAX_NAME_WORDS {
        let Some(t) = tokens.get(end).filter(|t| t.is_word()) else {
            break;
        };
        if t.class().is(flag::CAPITALIZED) {
            // `Hillary Clinton Says …`: a headline's capitalised speech verb in -s ends the
            // name before it.
            if end > start && t.class().is(flag::VERB) && headline_verb(&text[t.span().range()]) {
                break;
            }
            end += 1;
            words += 1;
            if t.class().is(flag::POSSESSIVE) {
                break;
            }
            // `Sen.`, `H.`: a period right after a title or an initial stays in the name.
            let attached_period = tokens
                .get(end)
                .is_some_and(|t| t.is_punct('.') && t.span().start == tokens[end - 1].span().end);
            if attached_period
                && (t.class().title().is_some() || text[t.span().range()].chars().count() == 1)
                && capitalized(tokens, end + 1)
            {
                end += 1;
            }
        } else if t.class().is(flag::PARTICLE) && end > start && capitalized(tokens, end + 1) {
            end += 1;
        } else {
            break;
        }
    }
    end
}

/// Reads a run of capitalised words as a name, an organisation, or a titled description.
fn name_mention(text: &str, tokens: &[Token], run: Range<usize>) -> Option<Found> {
    // At most MAX_NAME_WORDS words: kept on the stack.
    let mut buf = [0usize; MAX_NAME_WORDS];
    let mut n = 0;
    for k in run.clone().filter(|&k| tokens[k].is_word()) {
        if let Some(slot) = buf.get_mut(n) {
            *slot = k;
            n += 1;
        }
    }
    let words = &buf[..n];
    // Leading words that do not begin names ("But", "The", "Monday").
    let mut first = 0;
    while first < words.len() && tokens[words[first]].class().is(flag::NON_NAME) {
        first += 1;
    }
    // A speech verb's participle opening the sentence (`Asserting Clinton was wrong, …`,
    // `Responding, …`) begins no name; a given name that looks like one does (`Sterling`).
    if first + 1 < words.len() && {
        let c = tokens[words[first]].class();
        c.is(flag::VERB) && c.given_name().is_none() && {
            let w = &text[tokens[words[first]].span().range()];
            w.ends_with("ing") || w.ends_with("ed")
        }
    } {
        first += 1;
    }
    let determiner = first > 0 && is_word_in(text, tokens, words[first - 1], &["The", "the"]);
    let has_the_before = run.start > 0 && is_word_in(text, tokens, run.start - 1, &["the"]);
    // `Secretary of State John Kerry`: after a title's `of`, the words before a given name name
    // the office.
    let after_title_of = run.start >= 2
        && is_word_in(text, tokens, run.start - 1, &["of"])
        && tokens[run.start - 2].class().title().is_some();
    if after_title_of
        && let Some(p) = words[first..]
            .iter()
            .skip(1)
            .position(|&k| tokens[k].class().given_name().is_some())
    {
        first += p + 1;
    }
    let words = &words[first..];
    let &first_word = words.first()?;
    let &last_word = words.last()?;

    // The last title in the run: what follows it is the name. A title followed only by a
    // suffix (`Martin Luther King Jr.`) is the name's own word.
    let suffix = |k: usize| is_word_in(text, tokens, k, &["Jr", "Sr", "II", "III", "IV"]);
    let title_at = words
        .iter()
        .rposition(|&k| tokens[k].class().title().is_some())
        .filter(|&t| t + 1 == words.len() || !words[t + 1..].iter().all(|&k| suffix(k)))
        // A title word alone with no determiner is a family name (`King said`, for Martin
        // Luther King Jr.), not a title (`the King said`).
        .filter(|&t| t + 1 < words.len() || t > 0 || determiner || has_the_before)
        .or_else(|| role_before_name(text, tokens, words).then_some(0));
    let mut gender = Gender::Unknown;
    if let Some(t) = title_at {
        let c = tokens[words[t]].class();
        gender = c
            .title()
            .or_else(|| c.description().map(|d| d.gender))
            .unwrap_or(Gender::Unknown);
    }
    let name_words = match title_at {
        Some(t) => &words[t + 1..],
        None => words,
    };
    let start_tok = if determiner || has_the_before {
        if determiner {
            words[0].saturating_sub(1)
        } else {
            run.start - 1
        }
    } else {
        first_word
    };
    let last_text = &text[tokens[last_word].span().range()];
    let end_span = tokens[last_word].span().start + bare(last_text).len();

    if name_words.is_empty() {
        // A title alone: `the President`, `the Senator`.
        let t = title_at?;
        return Some(Found {
            tokens: pair(start_tok..last_word + 1),
            span: pair(tokens[start_tok].span().start..end_span),
            kind: MentionKind::Description,
            gender,
            number: Number::Singular,
            name: pair(words[t]..words[t] + 1),
            title: Some(pair(words[t]..words[t] + 1)),
            pronoun: None,
            given_name: false,
        });
    }
    let name_first = name_words[0];
    let org_after = !tokens[last_word].class().is(flag::POSSESSIVE)
        && tokens.get(last_word + 1).is_some_and(|t| {
            t.is_word() && !t.class().is(flag::CAPITALIZED) && t.class().is(flag::ORGANIZATION)
        });
    let is_org = tokens[last_word].class().is(flag::ORGANIZATION) || org_after;
    if is_org {
        let end_tok = if org_after {
            last_word + 2
        } else {
            last_word + 1
        };
        let end = if org_after {
            tokens[last_word + 1].span().end
        } else {
            end_span
        };
        return Some(Found {
            tokens: pair(start_tok..end_tok),
            span: pair(tokens[start_tok].span().start..end),
            kind: MentionKind::Organization,
            gender: Gender::Unknown,
            number: Number::Singular,
            name: pair(name_first..end_tok),
            title: None,
            pronoun: None,
            given_name: false,
        });
    }
    let given = tokens[name_first].class().given_name();
    if let Some(g) = given
        && gender == Gender::Unknown
    {
        gender = g;
    }
    let mention_start = match title_at {
        Some(t) => words[..=t].first().copied().unwrap_or(name_first),
        None => name_first,
    };
    // A suffix's period is the mention's last token (`King Jr. said`), so that a cue after it
    // finds its subject.
    let suffix_period = matches!(last_text, "Jr" | "Sr")
        && tokens
            .get(last_word + 1)
            .is_some_and(|t| t.is_punct('.') && t.span().start == tokens[last_word].span().end);
    let (end_tok, end_span) = if suffix_period {
        (last_word + 2, tokens[last_word + 1].span().end)
    } else {
        (last_word + 1, end_span)
    };
    Some(Found {
        tokens: pair(mention_start..end_tok),
        span: pair(tokens[mention_start].span().start..end_span),
        kind: MentionKind::Name,
        gender,
        number: Number::Singular,
        name: pair(name_first..last_word + 1),
        title: title_at.map(|t| pair(words[0]..words[t] + 1)),
        pronoun: None,
        given_name: given.is_some(),
    })
}

/// The class of the token at `i`, or none past the end.
fn class(tokens: &[Token], i: usize) -> Class {
    tokens.get(i).map(|t| t.class()).unwrap_or_default()
}

#[cfg(test)]
fn is_case(p: Option<Pronoun>, c: crate::lexicon::Case) -> bool {
    p.is_some_and(|p| p.case == c)
}

#[cfg(test)]
mod tests;
