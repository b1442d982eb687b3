//! What the words around a short quotation say about it: that someone said it (a noun for
//! something said before it, `the claim that … a “witch hunt”`, or after it, `the “king of
//! debt” moniker`), or that no one did (a translation, a button's label, the article a
//! letter answers).

use super::*;

/// Whether `word` is a noun for something said, whose content a short quotation after it in
/// the sentence gives in the speaker's words (`claim`, `accusation`, `remarks`). Compared as
/// lower-case bytes: a match on byte strings dispatches on their length first.
fn is_speech_noun(word: &str) -> bool {
    let w = word.as_bytes();
    // The first letters of the nouns below, asked first: most words fail here.
    if !(3..=12).contains(&w.len())
        || !matches!(
            w[0].to_ascii_lowercase(),
            b'a' | b'b' | b'c' | b'd' | b'i' | b'l' | b'p' | b'r' | b'v' | b'w'
        )
    {
        return false;
    }
    let mut buf = [0u8; 12];
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w);
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"claim"
            | b"claims"
            | b"accusation"
            | b"accusations"
            | b"allegation"
            | b"allegations"
            | b"assertion"
            | b"assertions"
            | b"contention"
            | b"dictum"
            | b"lament"
            | b"complaint"
            | b"complaints"
            | b"criticism"
            | b"pledge"
            | b"pledges"
            | b"promise"
            | b"promises"
            | b"vow"
            | b"vows"
            | b"warning"
            | b"warnings"
            | b"insistence"
            | b"remark"
            | b"remarks"
            | b"comment"
            | b"comments"
            | b"declaration"
            | b"boast"
            | b"retort"
    )
}

/// How many tokens before a quotation a noun for something said may stand.
const SPEECH_NOUN_REACH: usize = 16;

impl Quoted<'_> {
    /// A noun for something said earlier in the quotation's sentence, within
    /// [`SPEECH_NOUN_REACH`] words: the quoted words are the claim's (`Podliska’s claim is that
    /// the committee is a “witch hunt”`, `Trump's accusation that Clinton is playing the
    /// “woman's card”`, `Republican claims of “significant breakthroughs”`).
    pub(super) fn speech_noun_before(&self) -> bool {
        let left = self.ctx.left();
        let from = left.end.saturating_sub(SPEECH_NOUN_REACH).max(left.start);
        self.tokens[from..left.end]
            .iter()
            .any(|t| t.is_word() && is_speech_noun(&self.text[t.span().range()]))
    }

    /// A noun right after the quotation that names it as words someone said: `the “Stronger
    /// Together” slogan`, `the “king of debt” moniker`, `the “1960s” comment`, past a
    /// participle (`Trump’s “Make America Great Again” rallying cry`).
    pub(super) fn words_named_after(&self) -> bool {
        let right = self.ctx.right();
        let word = |i: usize| {
            (i < right.end)
                .then(|| self.tokens.get(i))
                .flatten()
                .filter(|t| t.is_word())
        };
        let names_words = |t: &Token| {
            t.class().is(flag::UTTERANCE) || is_speech_noun(&self.text[t.span().range()])
        };
        let Some(next) = word(right.start) else {
            return false;
        };
        names_words(next)
            || (self.text[next.span().range()].ends_with("ing")
                && word(right.start + 1).is_some_and(names_words))
    }

    /// The quotation glosses a word, labels a control or names an article, and no one says
    /// it: a translation after a language and `for` (`Latin for “if you wish peace, prepare
    /// for war.”`, `slang for “…”`), a button's label after a verb of clicking (`click “sign
    /// up.”`, `clicking the “subscribe” button`), or the article a reader's letter answers
    /// (`Re: “…”`).
    pub(super) fn gloss_or_label(&self) -> bool {
        let left = self.ctx.left();
        let word = |back: usize| {
            left.end
                .checked_sub(back)
                .filter(|&i| i >= left.start)
                .and_then(|i| self.tokens.get(i))
                .filter(|t| t.is_word())
                .map(|t| &self.text[t.span().range()])
        };
        let language = |w: &str| {
            ["slang", "shorthand", "euphemism"].contains(&w)
                || (w.starts_with(|c: char| c.is_uppercase())
                    && ["ish", "ese", "ian", "an", "ic", "in", "ch", "ek"]
                        .iter()
                        .any(|e| w.len() > e.len() + 2 && w.ends_with(e)))
        };
        let clicks = |w: &str| {
            [
                "click", "clicking", "clicked", "tap", "tapping", "tapped", "press", "pressing",
            ]
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c))
        };
        // `Re: “Council votes to scrap bike lane” (Nov. 27)`: the article a letter answers.
        // The words before are read only as far as each shape needs.
        match word(1) {
            None => self.prev().is_some_and(|t| t.is_punct(':')) && word(2) == Some("Re"),
            Some("for") => word(2).is_some_and(language),
            Some("the") => word(2).is_some_and(clicks),
            Some(w) => clicks(w),
        }
    }
}
