//! Cues: the words that signal an attribution. A form of a speech verb (`said`, `quipped`), a
//! multi-word cue (`according to`, `told reporters`, `pointed to`), or the colon that introduces
//! a quotation.

use std::ops::Range;

use crate::lexicon::{Lexicon, flag};
use crate::tokens::{Kind, Token};

/// The cue that starts at token `i`, as a token range: the longest phrase there, else a verb.
pub(crate) fn cue_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    lex: &Lexicon,
) -> Option<Range<usize>> {
    let t = tokens.get(i)?;
    if !t.is_word() || !t.class.is(flag::VERB | flag::PHRASE) {
        return None;
    }
    let mut best: Option<usize> = None;
    if t.class.is(flag::PHRASE) {
        for rest in lex.phrases(&text[t.span.range()]) {
            let matches = rest.iter().enumerate().all(|(k, w)| {
                tokens
                    .get(i + 1 + k)
                    .is_some_and(|t| t.is_word() && text[t.span.range()].eq_ignore_ascii_case(w))
            });
            if matches && best.is_none_or(|b| rest.len() > b) {
                best = Some(rest.len());
            }
        }
    }
    match best {
        Some(n) => Some(i..i + 1 + n),
        None if t.class.is(flag::VERB) => Some(i..i + 1),
        None => None,
    }
}

/// Whether the tokens in `range` hold a cue (a phrase or a verb), and where the first one is.
pub(crate) fn first_cue(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    lex: &Lexicon,
) -> Option<Range<usize>> {
    range
        .clone()
        .find_map(|i| cue_at(text, tokens, i, lex).filter(|c| c.end <= range.end))
}

/// Whether the token at `i` is a colon.
pub(crate) fn is_colon(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| t.kind == Kind::Punct(':'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::DEFAULT;
    use crate::tokens::tokenize;

    fn cues(text: &str) -> Vec<String> {
        let mut tokens = Vec::new();
        tokenize(text, &[], &DEFAULT, &mut tokens);
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match cue_at(text, &tokens, i, &DEFAULT) {
                Some(r) => {
                    out.push(
                        text[tokens[r.start].span.start..tokens[r.end - 1].span.end].to_string(),
                    );
                    i = r.end;
                }
                None => i += 1,
            }
        }
        out
    }

    #[test]
    fn verbs_in_every_form_are_cues() {
        assert_eq!(cues("Trump said it"), vec!["said"]);
        assert_eq!(
            cues("she says, he added, they insisted"),
            vec!["says", "added", "insisted"]
        );
        assert_eq!(cues("he quipped and tweeted"), vec!["quipped", "tweeted"]);
    }

    #[test]
    fn phrases_win_over_their_first_word() {
        assert_eq!(cues("according to the paper"), vec!["according to"]);
        assert_eq!(cues("Trump told reporters"), vec!["told reporters"]);
        assert_eq!(cues("Trump pointed to it"), vec!["pointed to"]);
        assert_eq!(cues("He went on to say"), vec!["went on to say"]);
    }

    #[test]
    fn other_words_are_not_cues() {
        assert!(cues("The table was in the house near a river").is_empty());
        assert!(cues("according").is_empty());
    }
}
