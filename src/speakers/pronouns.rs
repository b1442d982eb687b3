//! Pronouns: the antecedent a pronoun refers to, among the recent mentions that agree with it
//! (a subject or possessive pronoun preferring one in subject position), and the mention a
//! relative pronoun stands for.

use super::*;

impl Linker<'_> {
    /// Whether the mention stands where a subject stands: at a clause's start.
    pub(super) fn subject_like(&self, m: &Found) -> bool {
        let Some(prev) = m
            .tokens()
            .start
            .checked_sub(1)
            .and_then(|p| self.tokens.get(p))
        else {
            return true;
        };
        match prev.kind() {
            // A role before a name (`Council member David Okafor`) leaves it a subject.
            // A word that is a preposition as often as it opens a clause (`after Trump`, `as
            // Trump`) leaves its mention a subject only before a verb (`after Trump spoke`).
            Kind::Word if prev.class().is(flag::PREPOSITION) => {
                prev.class().is(flag::CLAUSE_START)
                    && self.tokens.get(m.tokens().end).is_some_and(|t| {
                        t.is_word()
                            && t.class().is(flag::VERB | flag::FINITE)
                            && !t.class().is(flag::CAPITALIZED)
                    })
            }
            Kind::Word => {
                prev.class().is(flag::CLAUSE_START | flag::NON_NAME)
                    || prev.class().description().is_some_and(|d| d.person)
            }
            _ => true,
        }
    }

    pub(super) fn link_pronouns(&self, links: &mut Links) {
        /// A mention that a later pronoun may refer to.
        struct Antecedent {
            entity: usize,
            start: usize,
            /// It stands where a subject stands.
            subject: bool,
        }
        let could_be_antecedent = |e: &Entity| {
            e.person
                || e.number == Number::Plural
                || matches!(e.kind, MentionKind::Organization | MentionKind::Description)
        };
        // Candidate antecedents, most recent last: the last PRONOUN_CANDIDATES of them, which
        // are all a pronoun considers, and at most as many older ones.
        let mut recent: Vec<Antecedent> = Vec::with_capacity(2 * PRONOUN_CANDIDATES);
        // Files the mention `m` of the entity `e` as the most recent antecedent.
        let remember = |recent: &mut Vec<Antecedent>, e: usize, m: &Found| {
            if recent.len() == 2 * PRONOUN_CANDIDATES {
                recent.drain(..PRONOUN_CANDIDATES);
            }
            recent.push(Antecedent {
                entity: e,
                start: m.tokens().start,
                subject: self.subject_like(m),
            });
        };
        // The speaker of the current paragraph's turn in a transcript (`OKAFOR: I would …`),
        // and the break that ends the turn's paragraph: only a turn's paragraph is read, once.
        let mut turn: Option<usize> = None;
        let mut turn_end = 0;
        for (i, m) in self.mentions.iter().enumerate() {
            let start = m.tokens().start;
            if start > turn_end {
                turn = None;
            }
            // A name and a colon, or an interview's label (`Q:`, or `Q.` where the text pairs
            // it with `A.`), opens a turn.
            let colon = || {
                self.tokens
                    .get(m.tokens().end)
                    .is_some_and(|t| t.is_punct(':'))
            };
            if opens_paragraph(self.tokens, start)
                && ((m.kind == MentionKind::Name && colon())
                    || interview_label(self.text, self.tokens, start).is_some())
            {
                turn = links.of_mention(i);
                turn_end = self.tokens[start..]
                    .iter()
                    .position(Token::is_break)
                    .map_or(self.tokens.len(), |b| start + b);
            }
            if m.kind != MentionKind::Pronoun {
                if let Some(e) = links.of_mention(i)
                    && could_be_antecedent(&links.entities[e])
                {
                    remember(&mut recent, e, m);
                }
                continue;
            }
            let Some(p) = m.pronoun else { continue };
            if p.case == Case::Relative {
                if let Some(e) = self.relative_antecedent(links, i, m) {
                    links.set(i, Some(e));
                }
                continue;
            }
            if p.person != 3 {
                // `I` in a transcript's turn is the turn's speaker.
                if p.person == 1 && p.number == Number::Singular {
                    links.set(i, turn);
                }
                continue;
            }
            // `it`: an organisation or a document, never a person.
            let neuter = p.number == Number::Singular && p.gender == Gender::Unknown;
            let floor = m.tokens().start.saturating_sub(PRONOUN_REACH);
            let agrees = |a: &Antecedent| -> bool {
                let ent = &links.entities[a.entity];
                match p.number {
                    Number::Singular if neuter => {
                        !ent.person
                            && matches!(
                                ent.kind,
                                MentionKind::Organization | MentionKind::Description
                            )
                    }
                    Number::Singular => {
                        ent.person && ent.number == Number::Singular && ent.gender.agrees(p.gender)
                    }
                    Number::Plural => {
                        ent.number == Number::Plural || ent.kind == MentionKind::Organization
                    }
                }
            };
            // In a transcript's turn, its speaker says `I`: `he` and `she` are someone else.
            let candidates = || {
                recent
                    .iter()
                    .rev()
                    .take(PRONOUN_CANDIDATES)
                    .take_while(|a| a.start >= floor)
                    .filter(|a| agrees(a) && Some(a.entity) != turn)
            };
            // A subject or possessive pronoun prefers an antecedent in subject position
            // (`Albright, a Clinton supporter, defended her remark`).
            let found = candidates()
                .find(|a| !matches!(p.case, Case::Subject | Case::Possessive) || a.subject)
                .or_else(|| candidates().next())
                .map(|a| a.entity);
            if let Some(e) = found {
                links.set(i, Some(e));
                if p.case == Case::Subject {
                    remember(&mut recent, e, m);
                }
            }
        }
    }

    /// The comma before a party and state tag that ends at token `end` (`, R-Ill.`, `, D-N.Y.`),
    /// if one does.
    fn party_tag_before(&self, end: usize) -> Option<usize> {
        let start = end.saturating_sub(MAX_PARTY_TAG_TOKENS);
        let tag = (start..=end).rev().find(|&k| {
            self.tokens[k].is_word()
                && crate::mentions::is_party_tag(self.word(self.tokens[k].span()))
        })?;
        let comma = tag.checked_sub(1)?;
        self.tokens[comma].is_punct(',').then_some(comma)
    }

    /// The entity a relative pronoun refers to: the mention right before it, past a comma or a
    /// parenthesis (`Beck, who …`, `Reid (D-Nev.), who …`).
    fn relative_antecedent(&self, links: &Links, i: usize, m: &Found) -> Option<usize> {
        let mut before = m.tokens().start.checked_sub(1);
        // A dash sets the clause off as a comma does: `Donald Trump - who …`.
        if let Some(b) = before
            && self
                .tokens
                .get(b)
                .is_some_and(|t| matches!(t.kind(), Kind::Punct('-' | '–' | '—')))
        {
            before = b.checked_sub(1);
        }
        for skip in [',', ')'] {
            let at = before.filter(|&b| self.tokens.get(b).is_some_and(|t| t.is_punct(skip)));
            if let Some(b) = at {
                before = if skip == ')' {
                    let low = b.saturating_sub(8);
                    let open = (low..b).rev().find(|&j| self.tokens[j].is_punct('('));
                    open.and_then(|j| j.checked_sub(1))
                } else {
                    b.checked_sub(1)
                };
            }
        }
        let mut b = before?;
        // Past a party and state set off after a name: `Sen. Mark Kirk, R-Ill., who …`.
        if let Some(comma) = self.party_tag_before(b) {
            b = comma.checked_sub(1)?;
        }
        let j = (0..i)
            .rev()
            .take(4)
            .find(|&j| self.mentions[j].tokens().end == b + 1)?;
        links.of_mention(j)
    }
}
