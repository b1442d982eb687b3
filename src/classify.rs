//! What kind of quotation each one is: a direct quotation (a full utterance), a partial one (a
//! fragment of someone's words inside the narrator's sentence), or a term that is not speech.
//!
//! The rules, in order:
//! 1. **Markup and symbols are terms**: a value after `=` (`id="123"`) and a quotation with no
//!    letters; **so are glosses and labels**: a translation (`Latin for “…”`) and a button's
//!    label (`click “sign up.”`). **So is a pull quote**: a paragraph that is only a short quotation repeating
//!    words quoted nearby, or a heading in capitals. **And the title of a work** named right
//!    before it: a short title-case quotation set off by a comma or colon after a noun such as
//!    `book`, `memoir` or `show` (`her memoir, “Hard Choices.”`). **And a heading**: a line of
//!    capitals in lower-case text, or a paragraph that is only a quotation between dashes.
//!    **And a title opening its sentence** and set off by an appositive (`“Tales From the
//!    Crypt,” an HBO series, returns`), with no cue after it. **And a headline's quotation**
//!    that the article quotes again below, as a pull quote repeats, unless the headline
//!    credits it with a colon (`Kasich: ‘We Will Win.’`) or a cue follows it.
//! 2. **Direct** when the quotation stands as an utterance of its own: it opens its sentence (or
//!    follows another quotation) and ends with punctuation or runs on for several words; or it
//!    follows a comma, colon or dash, or a speech verb right before it, and starts with a
//!    capital (`she said, “Unlike…”`, `he said “It is fine.”`); or a cue
//!    stands right after it (`“…,” Trump said`, `“No,” Mr. Adams said`, or a verb the lexicon
//!    lacks: `“Please,” she whimpered.`); or it is the second half of a split quotation
//!    (`“A,” she said, “and B.”`).
//! 3. **Partial** after a verb that characterises (`likened the rules to “…”`, `branded it
//!    “…”`, `pounding his rival as a “fraud”`): the subject's words. So are the words after a
//!    word of crying out (`chants of “Lock her up!”`, `you can't yell “fire”`): what was cried;
//!    after a noun that names words, or before one (`the slogan “…”`, `prefer the term “…”`,
//!    `the “king of debt” moniker`, `the “1960s” comment`); and after `as`
//!    (`billed as “Hard Hats for Hillary”`, `hailed the deal as a “breakthrough.”`): what
//!    someone calls a thing.
//! 4. **Terms**: a short title-case name or title (`“Saturday Night Live”`, `the “Trumpettes,”`)
//!    that no cue introduces (but a word or two that end a sentence with a cue, their stop
//!    inside the marks, are a statement's tail: `tweeted that she was “Disgraceful!”`, unless
//!    an owner, a preposition, a work's noun or `titled` marks a title), and a short fragment (a scare quote: `the “law and order” issue`)
//!    in a sentence with no speech cue, no noun for something said before it (`the claim
//!    that the panel is a “witch hunt”`) and no possessive owner, unless it ends the sentence
//!    with the sentence's punctuation inside its marks (`made the harbor a “top priority.”`):
//!    the tail of someone's statement; but a short line so ended is a heading.
//! 5. **Partial** otherwise: words of someone's embedded in the narrator's sentence
//!    (`Trump pointed to “just my touch, my feel.”`, `his “nuclear button.”`).

use crate::cues::CueIndex;
use crate::lexicon::{Case, Lexicon, flag};
use crate::result::QuoteKind;
use crate::sentences::{Context, ends_sentence};
use crate::tokens::{Kind, Token};
use text::{contains_ignoring_ascii_case, content, count_words, is_title_case};

/// The longest term, in words: a longer quotation is someone's words.
const MAX_TERM_WORDS: usize = 8;
/// The longest scare quote, in words.
const MAX_SCARE_WORDS: usize = 3;
/// How many words before a title a speech verb may stand and still introduce it.
const CUE_BEFORE_REACH: usize = 3;
/// How many tokens after a quotation a cue may stand and still be beside it.
const CUE_REACH: usize = 5;
/// How many tokens after a one-word reply its cue may stand: a name of up to three words, then
/// the verb (`“Never,” Tom A. Ray said`).
const REPLY_CUE_REACH: usize = 4;
/// The words of a pull quote: long enough to be sure it repeats, short enough to be set apart.
const PULL_WORDS: std::ops::RangeInclusive<usize> = 4..=30;
/// How far a pull quote's words are looked for, on each side, in multiples of their length,
/// and at least [`PULL_REACH_MIN`] bytes: the search costs a bounded multiple of the
/// paragraph's length, so it stays linear.
const PULL_REACH: usize = 64;
const PULL_REACH_MIN: usize = 4096;
/// How many words an appositive after a title runs on past its first before any punctuation.
const APPOSITIVE_WORDS: usize = 3;
/// The longest line before a quotation that ends it and still reads as a heading, in bytes.
const SHORT_LINE: usize = 64;
/// How far into a text its headline may run, in bytes.
const HEADLINE_REACH: usize = 300;
/// The longest headline quotation looked for again in the article, in bytes: a headline's
/// quotation is short, and the search costs the article's length times this.
const MAX_REPEAT: usize = 160;
/// How far after the headline its quotation is looked for again, in bytes: a news article's
/// length, so that the search costs no more on a longer text.
const REPEAT_REACH: usize = 64 * 1024;
/// How far around a heading in capitals lower-case text is looked for, in bytes.
const HEADING_REACH: usize = 400;
/// How many words before a quotation a characterising verb may stand: its object and `as`
/// or `to` between (`likened the new rules to “…”`).
const CHARACTERIZE_REACH: usize = 6;

/// Everything the classifier reads about one quotation.
pub(crate) struct Quoted<'a> {
    pub(crate) text: &'a str,
    pub(crate) tokens: &'a [Token],
    /// The quotation's own text, marks included.
    pub(crate) quote: &'a str,
    pub(crate) ctx: &'a Context,
    pub(crate) lex: &'a Lexicon,
    pub(crate) cues: &'a CueIndex,
}

impl Quoted<'_> {
    fn prev(&self) -> Option<&Token> {
        self.ctx
            .left()
            .end
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i))
            .filter(|_| !self.ctx.left().is_empty())
    }

    /// A cue right after the quotation, past a comma or an abbreviation's period: `“…,” Trump
    /// said`, `“…,” said Cha`, `“No,” Mr. Adams said`.
    pub(crate) fn cue_after(&self) -> bool {
        let r = self.ctx.right();
        let end = (r.start + CUE_REACH).min(r.end);
        (r.start..end).any(|i| {
            self.cues.at(i).is_some()
                && !(r.start..i).any(|k| match self.tokens[k].kind() {
                    Kind::Punct(',') => false,
                    Kind::Punct('.') => ends_sentence(self.text, self.tokens, k),
                    Kind::Punct(_) => true,
                    _ => false,
                })
        })
    }

    /// A reply closed by its comma, with a finite cue right after it, past a name of at
    /// most [`REPLY_CUE_REACH`] tokens: `…, “Never,” Tom Ray said.` (not `told “Fox and
    /// Friends,” reminding …`, whose cue is a participle).
    fn reply_before_cue(&self, content: &str) -> bool {
        let r = self.ctx.right();
        content.ends_with(',')
            && (r.start..(r.start + REPLY_CUE_REACH).min(r.end)).any(|i| {
                self.cues.at(i).is_some()
                    && !self.text[self.tokens[i].span().range()].ends_with("ing")
                    && self.tokens[r.start..i].iter().all(Token::is_word)
            })
    }

    /// A speech verb that ends right before the quotation, with no comma between: `he said
    /// “It is fine.”`, as text written in haste has it; not a participle (`shouting “Get
    /// out!”`), whose words are a fragment of the narrator's sentence.
    fn cue_just_ends_before(&self) -> bool {
        let left = self.ctx.left();
        left.end
            .checked_sub(1)
            .filter(|&p| p >= left.start)
            .and_then(|p| self.cues.at(p))
            .is_some_and(|cue| {
                let verb = &self.text[self.tokens[cue.start].span().range()];
                cue.end == left.end
                    && !verb.ends_with("ing")
                    && !self.tokens[cue.start].class().is(flag::NO_REPORT)
            })
    }

    /// A verb the lexicon lacks in the attribution slot, right after the quotation and ending
    /// its sentence: a subject pronoun or a name, then a verb in the past tense (`“Please,”
    /// she whimpered.`).
    fn unknown_cue_after(&self) -> bool {
        let r = self.ctx.right();
        let [s, v] = self.tokens.get(r.clone()).unwrap_or_default() else {
            return false;
        };
        let subject = s.is_word()
            && (s.class().pronoun().is_some_and(|p| p.case == Case::Subject)
                || s.class().is(flag::CAPITALIZED) && !s.class().is(flag::NON_NAME));
        let w = &self.text[v.span().range()];
        subject && v.is_word() && w.ends_with("ed") && w.chars().all(|c| c.is_lowercase())
    }

    /// A pull quote: a paragraph that is only a short quotation with no cue, repeating words
    /// the article quotes elsewhere, nearby (a magazine sets them apart between paragraphs).
    fn pull_quote(&self, content: &str, words: usize) -> bool {
        let q = self.ctx.left().end;
        let alone = self.ctx.left().is_empty()
            && self.ctx.right().is_empty()
            && q.checked_sub(1).is_none_or(|p| self.tokens[p].is_break())
            && self.tokens.get(q + 1).is_none_or(|t| t.is_break());
        if !alone {
            return false;
        }
        // A short paragraph in single marks where the article quotes in double ones is a
        // subhead: `'A change warrior.'`.
        if words <= MAX_TERM_WORDS && self.is_single() && self.doubles_nearby() {
            return true;
        }
        if !PULL_WORDS.contains(&words) {
            return false;
        }
        // A heading in capitals (`“EVENTUALLY VOTERS DECIDE”`) is no one's new statement.
        if content.chars().any(char::is_alphabetic) && !content.chars().any(char::is_lowercase) {
            return true;
        }
        let Some(span) = self.tokens.get(q).map(|t| t.span()) else {
            return false;
        };
        // From the second word: a pull quote may capitalise the first.
        let Some((_, rest)) = content.split_once(' ') else {
            return false;
        };
        let needle = rest.trim_end_matches(['.', ',', '!', '?', '…']).as_bytes();
        let reach = (needle.len() * PULL_REACH).max(PULL_REACH_MIN);
        let bytes = self.text.as_bytes();
        let before = &bytes[span.start.saturating_sub(reach)..span.start];
        let after = &bytes[span.end..(span.end + reach).min(bytes.len())];
        // One searcher for both sides: building it costs more than a search.
        let finder = memchr::memmem::Finder::new(needle);
        finder.find(before).is_some() || finder.find(after).is_some()
    }

    /// A heading set in quotation marks: a line of capitals that opens its paragraph in text
    /// written in lower case (`‘EUROPEANS ASK IF THE VIOLENCE WILL END’ “In less than…”`),
    /// with no cue after it; or
    /// a paragraph that is only a quotation between dashes, as wire services set subheads
    /// (`– ‘Who cares?’ –`).
    fn heading(&self, content: &str, words: usize) -> bool {
        let Some(span) = self.tokens.get(self.ctx.left().end).map(|t| t.span()) else {
            return false;
        };
        let (before, after) = (&self.text[..span.start], &self.text[span.end..]);
        let line_start = |s: &str| {
            let s = s.trim_end_matches([' ', '\t']);
            s.is_empty() || s.ends_with(['\n', '\r'])
        };
        let line_end = |s: &str| {
            let s = s.trim_start_matches([' ', '\t', '.']);
            s.is_empty() || s.starts_with(['\n', '\r'])
        };
        let dashed = before
            .trim_end_matches([' ', '\t'])
            .strip_suffix(['–', '—', '-'])
            .is_some_and(line_start)
            && after
                .trim_start_matches([' ', '\t'])
                .strip_prefix(['–', '—', '-'])
                .is_some_and(line_end);
        if dashed {
            return true;
        }
        // A line of capitals opens its paragraph, as a heading does; words in capitals that
        // a sentence introduces (`a hat that says “MAKE IT GREAT”`) are quoted.
        if !line_start(before)
            || words < *PULL_WORDS.start()
            || !content.chars().any(char::is_alphabetic)
            || content.chars().any(char::is_lowercase)
            || self.cue_after()
        {
            return false;
        }
        // The text around is in lower case: a document all in capitals quotes in capitals.
        let floor = before.len().saturating_sub(HEADING_REACH);
        let ceiling = HEADING_REACH.min(after.len());
        let near = |s: &[u8]| s.iter().any(u8::is_ascii_lowercase);
        near(&before.as_bytes()[floor..]) || near(&after.as_bytes()[..ceiling])
    }

    /// The quotation ends a short line, as a heading or a subhead does (`Wary of ‘chaos.’`):
    /// only spaces and punctuation after it before the line break, and the line's start at
    /// most [`SHORT_LINE`] bytes before it.
    fn ends_short_line(&self) -> bool {
        let Some(span) = self.tokens.get(self.ctx.left().end).map(|t| t.span()) else {
            return false;
        };
        let after = &self.text.as_bytes()[span.end..];
        let ends_line = after
            .iter()
            .take(SHORT_LINE)
            .find(|b| !b.is_ascii_punctuation() && !matches!(b, b' ' | b'\t'))
            .is_none_or(|b| matches!(b, b'\n' | b'\r'));
        let before = &self.text.as_bytes()[span.start.saturating_sub(SHORT_LINE)..span.start];
        let first_line = self.past_mark(span.start) <= SHORT_LINE;
        ends_line && (first_line || memchr::memchr2(b'\n', b'\r', before).is_some())
    }

    /// A quotation in the headline (the text's first paragraph, before any blank line and
    /// within [`HEADLINE_REACH`] bytes) whose words the article quotes again below it (within
    /// [`REPEAT_REACH`] bytes), in any case: like a pull quote, a repeat with no statement of its own (`Clinton Blasts Trump
    /// Over ‘Deportation Force’ Idea`). A quotation the headline credits with a colon
    /// (`Kasich: ‘We Will Go to Cleveland.’`) stands as the speaker's.
    fn headline_repeat(&self, content: &str) -> bool {
        let Some(span) = self.tokens.get(self.ctx.left().end).map(|t| t.span()) else {
            return false;
        };
        if self.past_mark(span.start) > HEADLINE_REACH
            || self.prev().is_some_and(|t| t.is_punct(':'))
            || self.cue_after()
        {
            return false;
        }
        // No blank line before it: two line breaks (`\r\n` counting as one) with only
        // spaces between.
        let mut breaks = 0;
        let mut chars = self.text[..span.start].chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' | '\r' | '\u{2028}' | '\u{2029}' => breaks += 1,
                c if c.is_whitespace() => {}
                _ => breaks = 0,
            }
            if breaks >= 2 {
                return false;
            }
        }
        let needle = content
            .trim_end_matches(['.', ',', '!', '?', ';', ':', '…'])
            .as_bytes();
        if needle.is_empty() || needle.len() > MAX_REPEAT {
            return false;
        }
        let body = &self.text.as_bytes()[span.end..];
        contains_ignoring_ascii_case(&body[..body.len().min(REPEAT_REACH)], needle)
    }

    /// Byte `at` of the text counted from its first character: past a byte-order mark, which
    /// no reader sees.
    fn past_mark(&self, at: usize) -> usize {
        let bom = if self.text.starts_with('\u{feff}') {
            '\u{feff}'.len_utf8()
        } else {
            0
        };
        at.saturating_sub(bom)
    }

    /// Whether the quotation opens with a single mark.
    fn is_single(&self) -> bool {
        self.quote.starts_with(['‘', '\'']) && !self.quote.starts_with("''")
    }

    /// Whether the article quotes in double marks near the quotation: within
    /// [`PULL_REACH`] times its length, and at most [`PULL_REACH_MIN`] bytes, on each side.
    fn doubles_nearby(&self) -> bool {
        let Some(span) = self.tokens.get(self.ctx.left().end).map(|t| t.span()) else {
            return false;
        };
        let reach = (span.len() * PULL_REACH).min(PULL_REACH_MIN);
        let bytes = self.text.as_bytes();
        let before = &bytes[span.start.saturating_sub(reach)..span.start];
        let after = &bytes[span.end..(span.end + reach).min(bytes.len())];
        let double = |h: &[u8]| {
            memchr::memmem::find(h, "“".as_bytes()).is_some()
                || memchr::memchr(b'"', h).is_some()
                || memchr::memmem::find(h, b"''").is_some()
        };
        double(before) || double(after)
    }

    /// The quotation opens with a capital, ends with a comma and is followed by `by` and a
    /// capitalised name, as a headline credits its writer (`“…,” by Ben Sisario`), not the
    /// agent of a passive (`labeled a “witch hunt” by Democrats`, `the “ugliness of
    /// utterances,” by Trump`); or it is followed by a year in parentheses
    /// (also after a quotation that ends its sentence: `“No to Schengen.” (2005)`).
    fn credited_or_dated(&self, content: &str) -> bool {
        let r = self.ctx.right();
        let at = |k: usize| self.tokens.get(r.start + k).filter(|_| r.start + k < r.end);
        let word = |k: usize| {
            at(k)
                .filter(|t| t.is_word())
                .map(|t| &self.text[t.span().range()])
        };
        let by = content.ends_with(',')
            && content.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && word(0) == Some("by")
            && at(1).is_some_and(|t| t.class().is(flag::CAPITALIZED));
        // The year is read in the tokens right after the quotation, past its sentence's end.
        let next = self.ctx.left().end + 1;
        let after = self.tokens.get(next..next + 3).unwrap_or_default();
        let dated = matches!(after, [open, year, close]
            if open.is_punct('(')
                && close.is_punct(')')
                && year.is_word()
                && self.text[year.span().range()].len() == 4
                && self.text[year.span().range()].bytes().all(|b| b.is_ascii_digit()));
        by || dated
    }

    /// A word that opens an appositive right after the quotation (`“…,” an HBO series that
    /// …`, `“…,” whose star …`), not a preposition, and runs on for a few words: a short
    /// phrase that a comma ends is an inverted attribution (`“…,” the memo states,`).
    fn appositive_after(&self) -> bool {
        let r = self.ctx.right();
        let opens = self
            .tokens
            .get(r.start)
            .filter(|_| r.start < r.end)
            .is_some_and(|t| {
                t.is_word() && t.class().is(flag::APPOSITIVE) && !t.class().is(flag::PREPOSITION)
            });
        let runs_on = r.end >= r.start + 1 + APPOSITIVE_WORDS
            && self.tokens[r.start + 1..=r.start + APPOSITIVE_WORDS]
                .iter()
                .all(Token::is_word);
        opens && runs_on
    }

    fn cue_in_sentence(&self) -> bool {
        self.cues.first_in(self.ctx.sentence()).is_some()
    }

    /// A speech verb among the few words right before the quotation, whose object the
    /// quotation is: `called Rubio “…”`, `mocked the “…”`, but not `speaking on ABC’s “…”`, and
    /// not the one spoken to: `told “Fox and Friends”`, `speaking to “This Morning”`.
    fn cue_just_before(&self) -> bool {
        let left = self.ctx.left();
        let from = left.end.saturating_sub(CUE_BEFORE_REACH).max(left.start);
        let Some(verb) = (from..left.end)
            .rev()
            .find(|&i| self.tokens[i].is_word() && self.tokens[i].class().is(flag::VERB))
        else {
            return false;
        };
        if verb + 1 == left.end && self.tokens[verb].class().is(flag::ADDRESSEE) {
            return false;
        }
        !self.tokens[verb + 1..left.end].iter().any(|t| {
            let w = &self.text[t.span().range()];
            w.ends_with("’s")
                || w.ends_with("'s")
                || matches!(w, "on" | "in" | "at" | "from" | "with" | "to")
        })
    }

    /// A verb that characterises a few words before the quotation, in its clause, with only its
    /// object and `as`, `to` or `like` between: the quoted words are the subject's (`likened
    /// the rules to “burning the rulebook”`, `pounding his rival as a “fraud”`), not a scare
    /// quote (`the “elites”`) or a title (`referred to it in his book “…”`).
    fn characterized(&self) -> bool {
        let left = self.ctx.left();
        let from = left.end.saturating_sub(CHARACTERIZE_REACH).max(left.start);
        for i in (from..left.end).rev() {
            let t = &self.tokens[i];
            if !t.is_word() {
                return false;
            }
            if t.class().is(flag::CHARACTERIZING) {
                return true;
            }
            let w = &self.text[t.span().range()];
            let joins = ["as", "to", "like"]
                .iter()
                .any(|j| w.eq_ignore_ascii_case(j));
            if !joins
                && t.class()
                    .is(flag::WORK | flag::CLAUSE_START | flag::PREPOSITION)
            {
                return false;
            }
        }
        false
    }

    /// A word of crying out right before the quotation, or before an `of` right before it: the
    /// quotation is what was cried out (`chants of “Lock her up!”`, `you can't yell “fire”`),
    /// not a scare quote.
    fn uttered(&self) -> bool {
        let left = self.ctx.left();
        let word = |i: usize| {
            (i >= left.start && i < left.end)
                .then(|| &self.tokens[i])
                .filter(|t| t.is_word())
        };
        let Some(last) = left.end.checked_sub(1) else {
            return false;
        };
        let Some(p) = word(last) else {
            return false;
        };
        if p.class().is(flag::UTTERANCE) {
            return true;
        }
        let of = self.text[p.span().range()].eq_ignore_ascii_case("of");
        of && last
            .checked_sub(1)
            .and_then(word)
            .is_some_and(|t| t.class().is(flag::UTTERANCE))
    }

    /// `as`, or `as a` or `as an`, right before the quotation: what someone calls a thing or
    /// sees it as, in their words (`billed as “Hard Hats for Hillary”`, `hailed the deal as a
    /// “breakthrough.”`), not an example in a list (`words such as “attack”`).
    fn named_as(&self) -> bool {
        let left = self.ctx.left();
        let word = |i: usize| {
            (i >= left.start && i < left.end)
                .then(|| &self.tokens[i])
                .filter(|t| t.is_word())
                .map(|t| &self.text[t.span().range()])
        };
        let Some(mut at) = left.end.checked_sub(1) else {
            return false;
        };
        if word(at).is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")) {
            let Some(before) = at.checked_sub(1) else {
                return false;
            };
            at = before;
        }
        word(at).is_some_and(|w| w.eq_ignore_ascii_case("as"))
            && !at
                .checked_sub(1)
                .and_then(word)
                .is_some_and(|w| w.eq_ignore_ascii_case("such"))
    }

    /// A noun naming a work right before the comma or colon that sets the quotation off: the
    /// quotation is its title (`his memoir, “Tough Choices.”`).
    fn titles_a_work(&self) -> bool {
        let left = self.ctx.left();
        left.end >= left.start + 2
            && matches!(self.tokens[left.end - 1].kind(), Kind::Punct(',' | ':'))
            && self.tokens[left.end - 2].is_word()
            && self.tokens[left.end - 2].class().is(flag::WORK)
    }

    /// A possessive pronoun right before the quotation: `her “Ronnie”`.
    fn owned_by_pronoun(&self) -> bool {
        self.prev().is_some_and(|p| {
            p.is_word()
                && p.class()
                    .pronoun()
                    .is_some_and(|p| p.case == Case::Possessive && p.person == 3)
        })
    }

    /// A possessive right before the quotation: `his “nuclear button”`, `Trump’s “great wall”`.
    fn possessed(&self) -> bool {
        let Some(p) = self.prev() else { return false };
        if !p.is_word() {
            return false;
        }
        let w = &self.text[p.span().range()];
        p.class().pronoun().is_some_and(|p| {
            p.case == Case::Possessive && p.person == 3 && !w.eq_ignore_ascii_case("its")
        }) || ((w.ends_with("’s") || w.ends_with("'s"))
            && w.chars().next().is_some_and(char::is_uppercase))
    }
}

/// Decides the kind of one quotation.
pub(crate) fn classify(q: &Quoted<'_>) -> QuoteKind {
    let content = content(q.quote);
    if q.prev().is_some_and(|t| t.is_punct('='))
        || !content.chars().any(char::is_alphabetic)
        || q.gloss_or_label()
    {
        return QuoteKind::Term;
    }
    // Counted only as far as the longest pull quote: no rule tells longer quotations apart.
    let words = count_words(content, PULL_WORDS.end() + 1);
    // A pull quote repeats words said elsewhere: no statement of its own. A headline
    // credited to its writer (`“…,” by Ben Sisario`) or dated like a poster (`“…” (2005)`)
    // is a work's title.
    if q.pull_quote(content, words)
        || q.credited_or_dated(content)
        || q.heading(content, words)
        || q.headline_repeat(content)
    {
        return QuoteKind::Term;
    }
    // The title of a work named right before it: `her memoir, “Hard Choices.”`
    if words <= MAX_TERM_WORDS && q.titles_a_work() && is_title_case(content, q.lex) {
        return QuoteKind::Term;
    }
    let ends_clause = content.ends_with(['.', ',', '?', '!', '…', '—', '–', ';', ':']);
    let starts_upper = content
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let cue_after = q.cue_after() || (content.ends_with([',', '?', '!']) && q.unknown_cue_after());
    let next_is_punct = q
        .tokens
        .get(q.ctx.right().start)
        .is_none_or(|t| !t.is_word());

    // A title that opens its sentence set off by an appositive, with no cue, names a work:
    // `“Tales From the Crypt,” an HBO series, returns.`
    if q.ctx.left().is_empty()
        && !cue_after
        && words <= MAX_TERM_WORDS
        && content.ends_with(',')
        && is_title_case(content, q.lex)
        && q.appositive_after()
    {
        return QuoteKind::Term;
    }
    // A one-word reply after a comma, with its cue right after it: `…, “Never,” Tom Ray said`.
    let reply = !q.ctx.left().is_empty() && starts_upper && q.reply_before_cue(content);
    // Standing as an utterance of its own: opening the sentence, or introduced by a comma,
    // colon or dash.
    if q.ctx.left().is_empty() {
        if (ends_clause || next_is_punct || cue_after) && (words >= 2 || cue_after) {
            return QuoteKind::Direct;
        }
    } else if (q
        .prev()
        .is_some_and(|t| matches!(t.kind(), Kind::Punct(',' | ':' | '—' | '–')))
        || q.cue_just_ends_before())
        && starts_upper
        && (words >= 2 || content.ends_with(['?', '!']) || reply)
        && (reply
            || !(words <= MAX_TERM_WORDS
                && is_title_case(content, q.lex)
                && !content.ends_with(['.', '?', '!'])))
    {
        return QuoteKind::Direct;
    }
    // The second half of a split quotation: `“A,” she said, “and B.”`
    if q.ctx.left_quote().is_some()
        && q.prev().is_some_and(|t| t.is_punct(','))
        && q.cues.first_in(q.ctx.left()).is_some()
        && ends_clause
    {
        return QuoteKind::Direct;
    }
    // Embedded in the narrator's sentence. A title is a term unless a speech verb right before
    // it (`called Rubio “Little Marco”`) or a pronoun that owns it (`her “Ronnie”`) makes it
    // someone's words.
    if words <= MAX_TERM_WORDS
        && (q.characterized() || q.uttered() || q.named_as() || q.words_named_after())
    {
        return QuoteKind::Partial;
    }
    if words <= MAX_TERM_WORDS && is_title_case(content, q.lex) {
        // A word or two that end the sentence with its stop inside the marks, in a sentence
        // with a cue, are the tail of a statement: `tweeted that she was “Disgraceful!”`.
        // Not a title where the words before it say it is one: an owner (`CNN’s “New
        // Day.”`), a preposition (`in “The Revenant.”`), a work's noun or a comma after one
        // (`his film, “Trainwreck.”`), or a verb of naming (`titled “Unifier?”`).
        let ends_statement = words <= 2
            && content.ends_with(['.', '!', '?'])
            && !q.ends_short_line()
            && q.prev().is_some_and(|p| {
                let w = &q.text[p.span().range()];
                p.is_word()
                    && !p
                        .class()
                        .is(flag::POSSESSIVE | flag::PREPOSITION | flag::WORK)
                    && !w.ends_with(['\'', '’'])
                    && !["titled", "entitled", "named"].contains(&w)
            })
            && q.cue_in_sentence();
        return if q.cue_just_before() || q.owned_by_pronoun() || ends_statement {
            QuoteKind::Partial
        } else {
            QuoteKind::Term
        };
    }
    if words <= MAX_SCARE_WORDS
        && !q.cue_in_sentence()
        && !q.speech_noun_before()
        && !q.possessed()
        && (!content.ends_with(['.', '!', '?']) || q.ends_short_line())
    {
        return QuoteKind::Term;
    }
    QuoteKind::Partial
}

mod said;
#[cfg(test)]
mod tests;
mod text;
