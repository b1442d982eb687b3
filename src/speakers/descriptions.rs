//! Descriptions that stand for a person: set off beside a name (`Bernie Sanders, the Vermont
//! senator,`, `the housing minister, Ann Lee,`), filed under that person so that the
//! article's later uses of them link there, and a definite description that varies the name
//! of the one person just named (`the 27-year-old captain`).

use super::*;

/// How many words a phrase of place or belonging after a description may have (`a mother of
/// three`, `a spokesman for the city council`).
const MAX_POSTMODIFIER_WORDS: usize = 5;
/// How many tokens back a description that varies a name looks for the one person named.
const EPITHET_REACH: usize = 80;
/// The heads of descriptions of someone who acts or speaks for another, never another name for
/// the person named before: `Trump held a rally. “…,” the spokesman said.`
const ACTING_FOR_ANOTHER: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "adviser",
    "advisor",
    "official",
    "source",
    "lawyer",
    "attorney",
    "representative",
    "staffer",
    "assistant",
    "deputy",
    "surrogate",
    "ally",
    "friend",
    "rival",
    "opponent",
    "critic",
    "supporter",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "strategist",
    "pollster",
    "consultant",
];
/// Prepositions of place: a name after one is a place (`a rally in New Hampshire`).
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "from", "to", "near", "across", "outside"];

impl<'a> Linker<'a> {
    /// Whether a definite description reads as another name for someone already named, as
    /// news writing varies a name: one person (singular), its head no one acting for another
    /// (`the spokesman`, `the aide`), and a modifier that sets the person apart: an age (`the
    /// 27-year-old captain`), a place or a party (`the Vermont senator`, `the Republican
    /// front-runner`), or `former` (`the former secretary of state`).
    pub(super) fn epithet(&self, m: &Found) -> bool {
        let Some(head) = m.title().map(|t| t.start) else {
            return false;
        };
        let r = m.tokens();
        let person = self
            .tokens
            .get(head)
            .and_then(|t| t.class().description())
            .is_some_and(|d| d.person);
        if m.number != Number::Singular
            || !person
            || head <= r.start + 1
            || is_word_in(self.text, self.tokens, head, ACTING_FOR_ANOTHER)
        {
            return false;
        }
        (r.start + 1..head).any(|k| {
            let t = &self.tokens[k];
            let w = self.word(t.span());
            t.is_word()
                && (w.ends_with("-year-old")
                    || w.eq_ignore_ascii_case("former")
                    || t.class().is(flag::CAPITALIZED))
        })
    }

    /// The one person named in the sentence before mention `i` and in its own sentence up to
    /// it (within [`EPITHET_REACH`] tokens), when there is exactly one name there that no
    /// preposition of place precedes (`in New Hampshire`).
    pub(super) fn sole_person_before(&self, links: &Links, i: usize) -> Option<usize> {
        let start = self.mentions[i].tokens().start;
        let floor = start.saturating_sub(EPITHET_REACH);
        let mut from = floor;
        let mut ends = 0;
        for k in (floor..start).rev() {
            if crate::sentences::ends_sentence(self.text, self.tokens, k) {
                ends += 1;
                if ends == 2 {
                    from = k + 1;
                    break;
                }
            }
        }
        let mut found = None;
        for j in (0..i).rev() {
            let m = &self.mentions[j];
            if m.tokens().start < from {
                break;
            }
            if m.kind != MentionKind::Name
                || m.tokens()
                    .start
                    .checked_sub(1)
                    .is_some_and(|p| is_word_in(self.text, self.tokens, p, PLACE_PREPOSITIONS))
            {
                continue;
            }
            let e = links.of_mention(j)?;
            if found.is_some_and(|f| f != e) {
                return None;
            }
            found = Some(e);
        }
        // A person: known to be one, or named in full (a capitalised word alone may be no
        // name: `Sooner or later`).
        found.filter(|&e| {
            let ent = &links.entities[e];
            ent.kind == MentionKind::Name && (ent.person || ent.words >= 2)
        })
    }

    /// The entity of the person named right before the mention `i`, when the mention is set
    /// off from the name by a comma and ends at a comma or the sentence's end.
    pub(super) fn appositive_of(&self, links: &Links, i: usize) -> Option<usize> {
        let m = &self.mentions[i];
        // A possessive pronoun opening the description is a mention of its own: `Doreen, his
        // wife,`.
        let mut name = i.checked_sub(1)?;
        let mut first = m.tokens().start;
        if self.mentions[name].kind == MentionKind::Pronoun
            && self.mentions[name].tokens().end == first
            && self.mentions[name]
                .pronoun
                .is_some_and(|p| p.case == Case::Possessive)
        {
            first = self.mentions[name].tokens().start;
            name = name.checked_sub(1)?;
        }
        let prev = &self.mentions[name];
        let comma = first.checked_sub(1)?;
        // The cheap tests first: this runs for every description.
        if prev.kind != MentionKind::Name
            || prev.tokens().end != comma
            || !self.tokens[comma].is_punct(',')
        {
            return None;
        }
        let e = links.of_mention(name)?;
        let closed = self
            .tokens
            .get(self.past_postmodifier(m.tokens().end))
            .is_some_and(|t| matches!(t.kind(), Kind::Punct(',' | '.')));
        // A name not yet known as a person's is one when a person's description is set off
        // after it (`Doreen, his wife,`), unless a preposition puts it in a phrase, as a
        // place (`Debbie Wasserman Schultz of Florida, the party chairwoman,`).
        let in_phrase = prev
            .tokens()
            .start
            .checked_sub(1)
            .is_some_and(|p| self.tokens[p].class().is(flag::PREPOSITION));
        (closed && (links.entities[e].person || !in_phrase)).then_some(e)
    }

    /// Files a description set off beside a person's name under that person, so that the
    /// article's later uses of it name them: the same words (`Bernie Sanders, the Vermont
    /// senator,` … `the Vermont senator said`), its head alone (`the senator`), or its age
    /// (`Maria Gomez, a 34-year-old mother of three,` … `the 34-year-old`).
    pub(super) fn file_description(&self, index: &mut Index<'a>, m: &Found, e: usize) {
        let text = &self.text[m.span().range()];
        index.by_key.insert((false, key(text)), e);
        if let Some(head) = m
            .title()
            .and_then(|t| t.end.checked_sub(1))
            .and_then(|k| self.tokens.get(k))
        {
            index.by_title.insert(title_key(self.word(head.span())), e);
        }
        if let Some(age) = text.split_whitespace().find_map(|w| {
            w.strip_suffix("-year-old")
                .and_then(|n| n.parse::<u32>().ok())
        }) {
            index.by_age.insert(age, e);
        }
    }

    /// The description mention right before the name mention `i`, set off from it by a comma,
    /// when the name ends at a comma or the sentence's end: `the housing minister, Ann Lee,`.
    pub(super) fn description_before(&self, i: usize) -> Option<usize> {
        let m = &self.mentions[i];
        let d = i.checked_sub(1)?;
        let desc = &self.mentions[d];
        let comma = m.tokens().start.checked_sub(1)?;
        // The cheap tests first: this runs for every name.
        if desc.kind != MentionKind::Description
            || desc.number != Number::Singular
            || !self.tokens[comma].is_punct(',')
        {
            return None;
        }
        let closed = self
            .tokens
            .get(m.tokens().end)
            .is_some_and(|t| matches!(t.kind(), Kind::Punct(',' | '.')));
        (closed && self.past_postmodifier(desc.tokens().end) == comma).then_some(d)
    }

    /// Past a short phrase of place or belonging that follows a description, at token `end`:
    /// `a mother of three`, `a spokesman for the council`. The token after it, or `end`.
    pub(super) fn past_postmodifier(&self, end: usize) -> usize {
        let opens = self.tokens.get(end).is_some_and(|t| {
            t.is_word()
                && matches!(
                    self.word(t.span()),
                    "of" | "for" | "from" | "at" | "in" | "with" | "on"
                )
        });
        if !opens {
            return end;
        }
        let words = self.tokens[end + 1..]
            .iter()
            .take(MAX_POSTMODIFIER_WORDS + 1)
            .take_while(|t| t.is_word())
            .count();
        if (1..=MAX_POSTMODIFIER_WORDS).contains(&words) {
            end + 1 + words
        } else {
            end
        }
    }
}
