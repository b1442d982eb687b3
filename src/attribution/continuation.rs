//! Rule 5: a quotation with no cue of its own continues the last statement before it.

use super::*;

/// Rule 5: the quotation `qi`, with no cue of its own, continues the last statement before
/// it in its paragraph or the one before: the previous speech quotation `last` (through its own
/// speaker), or a cue with a subject in the narrative after it (`Ted Cruz said he disagreed.
/// “No way.”`). A mention in a relative clause or an object makes no statement, so it does not
/// intervene.
pub(super) fn continuation(
    input: &Input<'_, '_>,
    last: Option<usize>,
    qi: usize,
    first: &[Option<Found1>],
    statements: &[Stated],
) -> Option<Found1> {
    let to_tok = *input.quote_tokens.get(qi)?;
    // The window: this paragraph and the one before, at most a few sentences back.
    let floor_limit = to_tok.saturating_sub(4 * MAX_CONTEXT);
    let mut breaks = 0;
    let mut floor = to_tok;
    while floor > floor_limit {
        if input.tokens[floor - 1].is_break() {
            breaks += 1;
            if breaks > 1 {
                break;
            }
        }
        floor -= 1;
    }
    let prev = last.and_then(|p| {
        let f = first.get(p)?.as_ref()?;
        let tok = *input.quote_tokens.get(p)?;
        (tok >= floor).then_some((tok, f))
    });
    // The last statement before the quotation, after the previous quotation and its own cue.
    let after = prev.map_or(floor, |(tok, f)| {
        f.cue().map_or(tok + 1, |c| c.end.max(tok + 1))
    });
    // The statements between `after` and the quotation (in text order, as the cues are).
    let k = statements.partition_point(|s| s.cue.end <= to_tok);
    let from = statements[..k].partition_point(|s| s.cue.start < after);
    let recent = &statements[from..k];
    // In a sentence of several statements the main clause's, its first, speaks on: `Carter
    // said that critics had been predicting a withdrawal. “That is wrong.”`
    let stated = recent
        .iter()
        .rposition(|s| !names_something(input, s))
        .map(|j| {
            let mut hint = 0;
            let start = input.sentences.start(recent[j].cue.start, after, &mut hint);
            recent[..=j]
                .iter()
                .rev()
                .take_while(|s| s.cue.start >= start)
                .filter(|s| !names_something(input, s))
                .last()
                .unwrap_or(&recent[j])
        });
    match (stated, prev) {
        (Some(s), _) => Some(Found1::new(s.mention, None, Rule::Continuation)),
        (None, Some((_, f))) => Some(Found1::new(f.mention(), None, Rule::Continuation)),
        (None, None) => None,
    }
}

impl Rules<'_, '_> {
    /// Rule 5 when no statement is near: a quotation that opens its paragraph, or a sentence
    /// of its paragraph, continues the narrative right before it when the last sentence there
    /// has a person for its subject (`Lee is upbeat about the vote. ¶ “We will win.”`, `The
    /// judge turned to me. “Mr. Lee?”`). A paragraph or sentence with a quotation of its own is
    /// left to the rule above.
    pub(super) fn narrative_before(&self, qi: usize) -> Option<Found1> {
        let tokens = self.input.tokens;
        let q = *self.input.quote_tokens.get(qi)?;
        let before = q.checked_sub(1)?;
        // The quotation opens its paragraph, or a sentence after a narrative one in its own.
        let opens_paragraph = tokens[before].kind() == Kind::Break;
        if !opens_paragraph && !ends_sentence(self.input.text, tokens, before) {
            return None;
        }
        let end = if opens_paragraph { before } else { q };
        let floor = end.saturating_sub(2 * MAX_CONTEXT);
        let start = (floor..end)
            .rev()
            .find(|&j| tokens[j].kind() == Kind::Break)
            .map_or(floor, |b| b + 1);
        if start >= end {
            return None;
        }
        let mut hint = 0;
        let sentence = self.input.sentences.start(end - 1, start, &mut hint);
        // A paragraph before with a quotation of its own is left to the rule above; so is a
        // sentence before with one.
        let since = if opens_paragraph { start } else { sentence };
        let quoted = qi
            .checked_sub(1)
            .and_then(|p| self.input.quote_tokens.get(p))
            .is_some_and(|&p| p >= since);
        if quoted {
            return None;
        }
        let m = self.sentence_subject(sentence, end)?;
        let found = &self.mentions[m];
        (found.kind == MentionKind::Name || found.is_person())
            .then(|| Found1::new(m, None, Rule::Continuation))
    }
}

/// Whether a statement only names something (`a super PAC called Future45`): a cue that
/// characterises, right after its subject, before a capitalised name.
fn names_something(input: &Input<'_, '_>, s: &Stated) -> bool {
    let tokens = input.tokens;
    let after = tokens.get(s.cue.end);
    s.cue.len() == 1
        && tokens
            .get(s.cue.start)
            .is_some_and(|t| t.class().is(flag::CHARACTERIZING))
        && after.is_some_and(|t| t.is_word() && t.class().is(flag::CAPITALIZED))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{attributed, one, s};
    use crate::Rule;

    #[test]
    fn continuation_until_another_speaker() {
        let text = "“One thing,” Victor Cha said. “Another thing.”\n\n“A third thing.”\n\nTed Cruz said he disagreed. “No way.”";
        let got = attributed(text);
        assert_eq!(got[1].1, s("Victor Cha"));
        assert_eq!(got[1].3, Some(Rule::Continuation));
        assert_eq!(got[2].1, s("Victor Cha"));
        // A statement in the narrative is the next quotation's speaker, through the subject of
        // its main clause.
        assert_eq!(got[3].1, s("Ted Cruz"), "{got:?}");
        assert_eq!(got[3].2, s("Ted Cruz"));
    }

    #[test]
    fn a_quotation_after_a_narrative_paragraph_takes_its_subject() {
        let got = attributed(
            "Lena Ortiz is upbeat about the vote, in part because she sees it as a test.\n\n“We are going to win this one.”",
        );
        assert_eq!(got[0].1, s("Lena Ortiz"), "{got:?}");
        assert_eq!(got[0].3, Some(Rule::Continuation));
        // Not a thing, not a quotation in the paragraph between, not a sentence away.
        let got =
            attributed("The storm hit the coast on Monday.\n\n“We are going to win this one.”");
        assert_eq!(got[0].1, None, "{got:?}");
        let got = attributed(
            "Lena Ortiz is upbeat about the “vote” this week.\n\n“We are going to win this one.”",
        );
        assert_eq!(got.last().and_then(|r| r.1.clone()), None, "{got:?}");
        // A narrative sentence before it in its own paragraph speaks on too, and a sentence
        // with a quotation of its own does not.
        let got =
            attributed("Lena Ortiz is upbeat about the vote. “We are going to win this one.”");
        assert_eq!(got[0].1, s("Lena Ortiz"), "{got:?}");
        let got = attributed(
            "Lena Ortiz is upbeat about the “vote” this week. “We are going to win this one.”",
        );
        assert_eq!(got.last().and_then(|r| r.1.clone()), None, "{got:?}");
    }

    #[test]
    fn a_cue_phrase_after_an_object_makes_no_statement_of_it() {
        let got = attributed(
            "“There were 400,” Ann Lee told the Post’s Tom Ray in an interview last week. “That stacks the deck.”",
        );
        assert_eq!(got[1].1, s("Ann Lee"), "{got:?}");
        // The cue itself still states: the subject before it speaks on.
        let got = attributed(
            "“There were 400,” the mayor said. Ann Lee told Tom Ray in an interview she agreed. “That stacks the deck.”",
        );
        assert_eq!(got[1].1, s("Ann Lee"), "{got:?}");
    }

    #[test]
    fn naming_something_does_not_intervene() {
        let text = "“They advertise against me,” Clinton said, referencing a super PAC called Future45. “So they think I will win.”";
        let got = attributed(text);
        assert_eq!(got[1].1, s("Clinton"));
    }

    #[test]
    fn relative_clauses_do_not_intervene() {
        let text = "“One thing,” Cha added, citing officials who last week told reporters nothing. “Another thing.”";
        let got = attributed(text);
        assert_eq!(got[1].1, s("Cha"));
    }

    #[test]
    fn unattributed_quotes_have_no_speaker() {
        // A sign, like a statement, speaks through `read`.
        assert_eq!(
            one("The sign read “Welcome to the show, friends.”").0,
            s("The sign")
        );
        assert_eq!(
            one("Under the banner “Welcome to the show, my friends” the band played.").0,
            None
        );
        assert_eq!(one("“Nobody says this.”").0, None);
    }

    #[test]
    fn an_object_a_relative_clause_or_a_negation_does_not_intervene() {
        // The object of the cue, before a cue phrase of its own.
        let got = attributed(
            "“We found no way out,” Klein told the Daily Courier in an email. “We will not try again.”",
        );
        assert_eq!(got[1].1, s("Klein"), "{got:?}");
        // The subject of a relative clause whose relative word is the cue's object.
        let got = attributed(
            "“Labels are for cans,” the governor told a crowd that the campaign estimated at 3,000. “This is a serious job.”",
        );
        assert_eq!(got[1].1, s("the governor"), "{got:?}");
        let got = attributed(
            "“It is different,” said Mr. Franklin, whose group does not endorse candidates. “It always has been.”",
        );
        assert_eq!(got[1].1, s("Franklin"), "{got:?}");
        // A statement of the narrative does intervene.
        let got = attributed(
            "“We found no way out,” Klein said. The mayor told reporters he disagreed. “We will try again.”",
        );
        assert_eq!(got[1].1, s("The mayor"), "{got:?}");
    }

    #[test]
    fn the_main_clause_of_a_sentence_of_statements_speaks_on() {
        let got = attributed(
            "“We are staying,” Carter said. Carter said that for years some critics had been predicting a withdrawal.\n\n“That is because the region matters.”",
        );
        assert_eq!(got[1].1, s("Carter"), "{got:?}");
        // A statement in a sentence of its own after it does intervene.
        let got = attributed(
            "“We are staying,” Carter said. Some critics have been predicting a withdrawal.\n\n“That is because the region matters.”",
        );
        assert_eq!(got[1].1, s("Some critics"), "{got:?}");
    }
}
