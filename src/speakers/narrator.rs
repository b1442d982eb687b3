//! Speakers that pronouns alone name: the narrator's `I` (the byline's name, the name that
//! signs a reader's letter, or the author), and a relative pronoun with no mention before it,
//! named by the words it follows.

use super::*;

/// How many mentions after a narrator's `I` the name signing a reader's letter may come.
const MAX_LETTER_MENTIONS: usize = 64;
/// How many tokens the place after a letter's signature may have (`Halifax, N.S.`).
const MAX_PLACE_TOKENS: usize = 8;
/// How many tokens into a text its byline may stand.
const BYLINE_REACH: usize = 120;
/// How many words of the phrase before a relative pronoun name it when no mention does.
const MAX_PHRASE_BEFORE: usize = 4;

impl Linker<'_> {
    /// The entity of a speaker's mention that no rule could link: the narrator for `I` and
    /// `we` outside any quotation (a transcript's `I` is its turn's speaker), a relative
    /// pronoun named by the words it follows (`those who said`), or an unnamed speaker for a
    /// pronoun whose antecedent is not in the text (`he` opening an excerpt): a speaker's name
    /// is a person's or an organisation's, never a pronoun.
    pub(crate) fn entity_for(&self, links: &mut Links, i: usize) -> usize {
        if let Some(e) = links.of_mention(i) {
            return e;
        }
        let m = &self.mentions[i];
        let pronoun = m.pronoun;
        // The narrator's `I` or `we`: one speaker, the article's author, however often they
        // speak.
        if pronoun.is_some_and(|p| p.person == 1) {
            let e = self
                .letter_signer(links, i)
                .or_else(|| {
                    if links.narrator.is_none() {
                        links.narrator = self.byline(links);
                    }
                    links.narrator
                })
                .unwrap_or_else(|| {
                    let mut e = Entity::new(m.kind);
                    e.narrator = true;
                    e.person = true;
                    links.entities.push(e);
                    let id = links.entities.len() - 1;
                    links.narrator = Some(id);
                    id
                });
            links.set(i, Some(e));
            return e;
        }
        // A relative pronoun whose antecedent is no mention (`those who said`, `and birther
        // who has`) is named by the words it follows; another pronoun names no one.
        let mut e = Entity::new(m.kind);
        e.name = match pronoun {
            Some(p) if p.case == Case::Relative => self.phrase_before(m),
            Some(_) => None,
            None => Some(m.span()),
        };
        links.entities.push(e);
        let id = links.entities.len() - 1;
        links.set(i, Some(id));
        id
    }

    /// The writer of a reader's letter that holds mention `i`: the name that signs it, a
    /// paragraph of its own after it (`Marshall H. Tanick.`), within
    /// [`MAX_LETTER_MENTIONS`] mentions.
    pub(super) fn letter_signer(&self, links: &Links, i: usize) -> Option<usize> {
        let end = (i + 1 + MAX_LETTER_MENTIONS).min(self.mentions.len());
        (i + 1..end).find_map(|j| {
            let m = &self.mentions[j];
            let r = m.tokens();
            let alone = m.kind == MentionKind::Name
                && opens_paragraph(self.tokens, r.start)
                && self.ends_signature(r.end);
            alone.then(|| links.of_mention(j)).flatten()
        })
    }

    /// Whether a signature's name that ends at token `at` ends its paragraph: at once, after a
    /// period, or after a comma and the writer's place (`Martha Nguyen, Kitchener`, `Jane Roe,
    /// Halifax, N.S.`), a few capitalised words.
    fn ends_signature(&self, at: usize) -> bool {
        let ends = |k: usize| self.tokens.get(k).is_none_or(Token::is_break);
        let mut k = at;
        if self.tokens.get(k).is_some_and(|t| t.is_punct(',')) {
            k += 1;
            let low = k;
            while k < low + MAX_PLACE_TOKENS
                && self.tokens.get(k).is_some_and(|t| {
                    t.class().is(flag::CAPITALIZED) || t.is_punct('.') || t.is_punct(',')
                })
            {
                k += 1;
            }
            if k == low {
                return false;
            }
            return ends(k);
        }
        ends(k) || (self.tokens.get(k).is_some_and(|t| t.is_punct('.')) && ends(k + 1))
    }

    /// The name in the article's byline (`By Jane Doe`, a paragraph's start within the first
    /// [`BYLINE_REACH`] tokens).
    pub(super) fn byline(&self, links: &Links) -> Option<usize> {
        self.mentions
            .iter()
            .enumerate()
            .take_while(|(_, m)| m.tokens().start < BYLINE_REACH)
            .find_map(|(j, m)| {
                let by = m.tokens().start.checked_sub(1)?;
                (m.kind == MentionKind::Name
                    && is_word_in(self.text, self.tokens, by, &["By", "by", "BY"])
                    && opens_paragraph(self.tokens, by))
                .then(|| links.of_mention(j))
                .flatten()
            })
    }

    /// The noun phrase right before a relative pronoun, past a comma: its words back to a
    /// determiner (included) or to anything else that is not a word of the phrase, at most
    /// [`MAX_PHRASE_BEFORE`] words (`those`, `6 in 10 voters`, `a campaign surrogate`).
    pub(super) fn phrase_before(&self, m: &Found) -> Option<Span> {
        let mut end = m.tokens().start;
        if end > 0 && self.tokens[end - 1].is_punct(',') {
            end -= 1;
        }
        let mut start = end;
        while start > 0 && end - start < MAX_PHRASE_BEFORE {
            let t = &self.tokens[start - 1];
            let c = t.class();
            if !t.is_word()
                || c.is(flag::PREPOSITION | flag::COORDINATOR | flag::VERB | flag::SUBORDINATOR)
                || c.pronoun().is_some() && !c.is(flag::DETERMINER)
            {
                break;
            }
            start -= 1;
            if c.is(flag::DETERMINER) {
                break;
            }
        }
        (start < end).then(|| {
            Span::new(
                self.tokens[start].span().start,
                self.tokens[end - 1].span().end,
            )
        })
    }
}
