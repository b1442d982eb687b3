//! The quotation scanner: one pass over the text that pairs quotation marks into quotations.
//!
//! The scanner looks only at bytes that can start a quotation mark or a line break, recognises
//! the mark with [`parse_mark`], and decides from the characters around it whether it opens,
//! closes, or is an apostrophe. Open quotations live on a small stack that holds at most one
//! quotation of each mark family, so the scan is linear whatever the input.
//!
//! Rules, each tested below:
//! - a paragraph ends at a line break (LF, CRLF, CR, U+2028, U+2029); no quotation crosses one,
//!   except by the news convention for quotations over several paragraphs: a paragraph that
//!   leaves a quotation open, followed by a paragraph that opens with a quotation mark, goes on
//!   with the same quotation;
//! - a double quotation that never closes ends at its paragraph's end and is flagged unclosed;
//! - a single quotation that never closes was an apostrophe and is dropped;
//! - a mark of a family that is already open ends the open quotation there (as unclosed);
//! - a quotation of one family inside another is nested: it is part of the outer quotation;
//! - a closing mark with nothing to close is ignored.

use crate::layout::Layout;
use crate::marks::{Family, Mark, Marks, Role, flanks, is_invisible, parse_mark};
use crate::result::{Piece, Pieces, Span};

/// A quotation as the scanner found it, before it is classified and attributed.
///
/// Most quotations are one piece with nothing nested, so the rest is boxed apart: text made of
/// little but quotations then needs 32 bytes a quotation here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Scanned {
    pub(crate) span: Span,
    pub(crate) marks: Marks,
    pub(crate) unclosed: bool,
    /// The pieces of a quotation over several paragraphs, and the quotations nested in it.
    extra: Option<Box<Extra>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Extra {
    /// Every piece when there are several; empty when the quotation is one piece.
    pieces: Vec<Piece>,
    inner: Vec<Span>,
}

impl Scanned {
    fn new(span: Span, marks: Marks, unclosed: bool, inner: Vec<Span>) -> Scanned {
        Scanned {
            span,
            marks,
            unclosed,
            extra: (!inner.is_empty()).then(|| {
                Box::new(Extra {
                    pieces: Vec::new(),
                    inner,
                })
            }),
        }
    }

    /// How many paragraph pieces the quotation has.
    fn pieces_len(&self) -> usize {
        self.extra.as_ref().map_or(1, |e| e.pieces.len().max(1))
    }

    /// The one piece of a quotation that has one.
    fn whole(&self) -> Piece {
        Piece {
            start: self.span.start,
            end: self.span.end,
            unclosed: self.unclosed,
        }
    }

    /// Goes on with the next paragraph's piece, and the quotations nested in it.
    fn continue_with(&mut self, piece: Piece, inner: Vec<Span>) {
        let first = self.whole();
        let extra = self.extra.get_or_insert_with(Box::default);
        if extra.pieces.is_empty() {
            extra.pieces.push(first);
        }
        extra.pieces.push(piece);
        extra.inner.extend(inner);
        self.span.end = piece.end;
        self.unclosed = piece.unclosed;
    }

    /// The paragraph pieces and the nested quotations, as the public result holds them.
    pub(crate) fn into_parts(self) -> (Pieces, Box<[Span]>) {
        let whole = self.whole();
        match self.extra {
            None => (Pieces::one(whole), Box::default()),
            Some(extra) => {
                let Extra { pieces, inner } = *extra;
                let pieces = if pieces.is_empty() {
                    Pieces::one(whole)
                } else {
                    Pieces::from(pieces)
                };
                (pieces, inner.into_boxed_slice())
            }
        }
    }
}

/// The most quotations open at once: one per family.
const MAX_DEPTH: usize = 6;

#[derive(Debug)]
struct Open {
    marks: Marks,
    start: usize,
    /// Opened by a low mark (`„`, `‚`): a high mark closes it.
    low: bool,
    /// Opens a paragraph that continues the previous paragraph's unclosed quotation.
    continues: bool,
    inner: Vec<Span>,
    /// For a single quotation, where a mark that may be an apostrophe would close it
    /// (`‘It’s rock ’n’ roll,’`, `'a builders' charter,'`): it closes there only when no
    /// later mark closes it.
    tentative: Option<usize>,
}

struct Scanner<'t> {
    text: &'t str,
    stack: Vec<Open>,
    out: Vec<Scanned>,
    /// A quotation left open at the end of the last paragraph, waiting to see whether the next
    /// paragraph continues it.
    pending: Option<Scanned>,
    /// Where the current paragraph's text begins, when a quotation mark there would continue
    /// `pending`.
    continue_at: Option<usize>,
    para_start: usize,
    /// Where the current paragraph's text begins, past its leading space.
    para_text: usize,
}

/// The positions of the bytes that can start a quotation mark or a line break
/// ([`is_candidate`]), found by three vectorised searches for two or three bytes each, merged
/// in order.
struct Candidates<'t> {
    a: memchr::Memchr3<'t>,
    b: memchr::Memchr3<'t>,
    c: memchr::Memchr2<'t>,
    /// The next position each search has found, or `usize::MAX` when it is done.
    next: [usize; 3],
}

impl<'t> Candidates<'t> {
    fn new(bytes: &'t [u8]) -> Candidates<'t> {
        let mut c = Candidates {
            a: memchr::memchr3_iter(b'"', b'\'', b'\n', bytes),
            b: memchr::memchr3_iter(b'\r', b'`', 0xE2, bytes),
            c: memchr::memchr2_iter(0xC2, 0xE3, bytes),
            next: [0; 3],
        };
        c.next = [
            c.a.next().unwrap_or(usize::MAX),
            c.b.next().unwrap_or(usize::MAX),
            c.c.next().unwrap_or(usize::MAX),
        ];
        c
    }

    /// The first candidate at `from` or after it.
    fn next_from(&mut self, from: usize) -> Option<usize> {
        while self.next[0] < from {
            self.next[0] = self.a.next().unwrap_or(usize::MAX);
        }
        while self.next[1] < from {
            self.next[1] = self.b.next().unwrap_or(usize::MAX);
        }
        while self.next[2] < from {
            self.next[2] = self.c.next().unwrap_or(usize::MAX);
        }
        let at = self.next.iter().copied().min().unwrap_or(usize::MAX);
        (at != usize::MAX).then_some(at)
    }
}

/// Finds every quotation in `text`, in order of their opening marks. They are written to `out`,
/// cleared first: a list from an earlier call, whose memory is reused.
#[cfg(test)]
pub(crate) fn scan(text: &str, out: Vec<Scanned>) -> Vec<Scanned> {
    scan_as(text, Layout::Lines, out)
}

/// [`scan`] for a text of the given layout: in wrapped text a single line break is a space.
pub(crate) fn scan_as(text: &str, layout: Layout, mut out: Vec<Scanned>) -> Vec<Scanned> {
    out.clear();
    let mut s = Scanner {
        text,
        stack: Vec::with_capacity(MAX_DEPTH),
        out,
        pending: None,
        continue_at: None,
        para_start: 0,
        para_text: 0,
    };
    let bytes = text.as_bytes();
    let mut candidates = Candidates::new(bytes);
    let mut i = 0;
    s.begin_paragraph(0);
    while i < bytes.len() {
        let Some(at) = candidates.next_from(i) else {
            break;
        };
        i = at;
        let rest = &text[i..];
        match bytes[i] {
            b'\n' | b'\r' => {
                let len = if rest.starts_with("\r\n") { 2 } else { 1 };
                if layout.is_soft_break(text, i, len) {
                    i += len;
                    continue;
                }
                s.end_paragraph(i);
                i += len;
                s.begin_paragraph(i);
                continue;
            }
            _ => {}
        }
        // An apostrophe between letters or digits (`Trump’s`, `don't`) opens and closes
        // nothing (see `Scanner::mark`): passed over without being parsed.
        if let Some(len) = apostrophe_in_word(bytes, i) {
            i += len;
            continue;
        }
        if rest.starts_with('\u{2028}') || rest.starts_with('\u{2029}') {
            s.end_paragraph(i);
            i += 3;
            s.begin_paragraph(i);
            continue;
        }
        // `''…'word,'''`: three apostrophes close a single quotation inside a doubled one, and
        // then the doubled one.
        let mark_text = if s.closes_single_then_double(rest) {
            &rest[..1]
        } else {
            rest
        };
        match parse_mark(mark_text) {
            Ok((_, mark)) => {
                s.mark(i, mark);
                i += mark.len;
            }
            // A lead byte of some other character: its continuation bytes are never candidates.
            Err(_) => i += 1,
        }
    }
    s.end_paragraph(text.len());
    s.flush_pending();
    s.out
}

/// The length of the apostrophe (`'` or `’`) at `i` in `bytes` when an ASCII letter or digit
/// stands on both sides of it.
fn apostrophe_in_word(bytes: &[u8], i: usize) -> Option<usize> {
    let len = match bytes.get(i..)? {
        [b'\'', ..] => 1,
        [0xE2, 0x80, 0x99, ..] => 3,
        _ => return None,
    };
    let alnum = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_alphanumeric);
    (i > 0 && alnum(i - 1) && alnum(i + len)).then_some(len)
}

impl Scanner<'_> {
    fn begin_paragraph(&mut self, at: usize) {
        self.para_start = at;
        self.continue_at = None;
        // Where the paragraph's text begins: its leading space is read once.
        let rest = &self.text[at..];
        let body = rest.trim_start_matches(|c: char| {
            (c.is_whitespace() && !matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}'))
                || is_invisible(c)
        });
        let first = at + (rest.len() - body.len());
        self.para_text = first;
        let Some(pending) = &self.pending else {
            return;
        };
        if body.is_empty() || body.starts_with(['\n', '\r', '\u{2028}', '\u{2029}']) {
            // A blank paragraph: the next one decides.
            return;
        }
        let continues = parse_mark(body).is_ok_and(|(_, m)| {
            m.style.family() == pending.marks.family()
                && matches!(m.role, Role::Open | Role::OpenOrCloseLow | Role::Straight)
        });
        if continues {
            self.continue_at = Some(first);
        } else {
            self.flush_pending();
        }
    }

    fn end_paragraph(&mut self, at: usize) {
        let end = self.para_start + self.text[self.para_start..at].trim_end().len();
        if let Some(bottom) = self.take_from(0) {
            self.finish(bottom, end, true, true);
        }
    }

    fn mark(&mut self, at: usize, mark: Mark) {
        let before = self.text[..at].chars().next_back();
        let after = self.text[at + mark.len..].chars().next();
        let f = flanks(before, after);
        let family = mark.style.family();
        let open = self.find(family);
        let end = at + mark.len;
        match mark.role {
            Role::Open => {
                // Marks that also serve as commas or backticks open only before a word.
                let low = matches!(mark.style, Marks::LowHigh | Marks::LowHighSingle);
                if !(low || mark.style == Marks::Apostrophes) || f.can_open {
                    self.open(at, mark.style, low);
                }
            }
            Role::Close => {
                if open.is_some() {
                    self.close(family, end);
                }
            }
            Role::OpenOrCloseLow => {
                let low_open = open.is_some_and(|k| self.stack[k].low);
                if low_open && (f.can_close || !f.can_open) {
                    self.close(family, end);
                } else if open.is_some() && f.can_close && !f.can_open {
                    // A typed “ at the end of a quotation: `“word“`.
                    self.close(family, end);
                } else if family == Family::Single {
                    if f.can_open && !f.inside_word {
                        self.open(at, mark.style, false);
                    }
                } else if f.can_open || !f.can_close {
                    self.open(at, mark.style, false);
                }
            }
            Role::CloseOrApostrophe => {
                if family == Family::Single {
                    if open.is_some() && f.can_close && !f.inside_word {
                        self.close_single(at, end);
                    }
                } else if open.is_some() {
                    self.close(family, end);
                } else if (f.can_open && !f.can_close) || self.at_paragraph_start(at) {
                    // A quotation typed with ” at both ends; or ” opening a paragraph, where
                    // nothing is open to close.
                    self.open(at, mark.style, false);
                }
            }
            Role::Straight => {
                if family == Family::Single {
                    if f.inside_word {
                        // don't, O'Brien
                    } else if open.is_some() && f.can_close {
                        self.close_single(at, end);
                    } else if f.can_open && !after.is_some_and(|c| c.is_ascii_digit()) {
                        // '90s is an elision, not a quotation.
                        self.open(at, mark.style, false);
                    }
                } else if open.is_some() {
                    if f.can_close || !f.can_open {
                        self.close(family, end);
                    } else {
                        self.open(at, mark.style, false);
                    }
                } else if f.can_open
                    || (before.is_some_and(char::is_alphabetic)
                        && after.is_some_and(char::is_alphabetic))
                {
                    // Between two letters with nothing open, a space was left out before it:
                    // `waxed poetic about"joint operations."`
                    self.open(at, mark.style, false);
                }
            }
        }
    }

    /// Three apostrophes while a straight single quotation is open inside a doubled-apostrophe
    /// one: the first closes the single quotation, the other two the doubled one
    /// (`''I'd call it 'overdue,''' she said`).
    fn closes_single_then_double(&self, rest: &str) -> bool {
        rest.starts_with("'''")
            && self
                .find(Family::Single)
                .is_some_and(|k| self.stack[k].marks == Marks::StraightSingle)
            && self
                .find(Family::Double)
                .is_some_and(|k| self.stack[k].marks == Marks::Apostrophes)
    }

    /// Whether only space stands between the paragraph's start and `at`.
    fn at_paragraph_start(&self, at: usize) -> bool {
        at <= self.para_text
    }

    /// The index of the innermost open quotation of `family`.
    fn find(&self, family: Family) -> Option<usize> {
        self.stack.iter().rposition(|o| o.marks.family() == family)
    }

    /// Removes the open quotation at `index` and everything nested in it, returning it.
    /// A single quotation above it that a possible apostrophe closed (`“He said ‘no’ to
    /// them,”`) stays nested in it, closed there.
    fn take_from(&mut self, index: usize) -> Option<Open> {
        if index >= self.stack.len() {
            return None;
        }
        let mut kept = Vec::new();
        while self.stack.len() > index + 1 {
            if let Some(a) = self.stack.pop()
                && let Some(t) = a.tentative
            {
                let (inside, after): (Vec<Span>, Vec<Span>) =
                    a.inner.into_iter().partition(|s| s.end <= t);
                kept.extend(inside);
                kept.push(Span::new(a.start, t));
                kept.extend(after);
            }
        }
        let mut o = self.stack.pop()?;
        o.inner.extend(kept);
        Some(o)
    }

    fn open(&mut self, at: usize, marks: Marks, low: bool) {
        if let Some(k) = self.find(marks.family()) {
            let inside_another = k + 1 < self.stack.len();
            if marks.family().is_primary() && inside_another {
                // Nested three deep: `“I asked, ‘Did you say “never”?’ and he laughed,”`.
            } else if marks.family().is_primary() || !inside_another {
                // The same family opens again: the open quotation was never closed.
                let end = self.para_start + self.text[self.para_start..at].trim_end().len();
                if let Some(o) = self.take_from(k) {
                    self.finish(o, end, true, false);
                }
            } else {
                // A single mark below other open quotations (`'cause “he said ‘no’”`) was an
                // apostrophe: it goes, and the quotations opened after it stay open.
                let o = self.stack.remove(k);
                self.release(o.inner, k.checked_sub(1));
            }
        }
        if self.stack.len() >= MAX_DEPTH {
            return;
        }
        let continues = self.stack.is_empty() && self.continue_at == Some(at);
        self.stack.push(Open {
            marks,
            start: at,
            low,
            continues,
            inner: Vec::new(),
            tentative: None,
        });
    }

    /// A single mark that can close the open single quotation: it closes it, unless it could
    /// as well be an apostrophe, after a word and before the sentence's next word (`rock ’n’
    /// roll`, `the builders' charter`): then it is where the quotation ends only if no later
    /// mark closes it (the first such mark: `‘no’ to the players’ union`).
    fn close_single(&mut self, at: usize, end: usize) {
        let after_word = self.text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let rest = &self.text[end..];
        let next = rest.trim_start_matches([' ', '\t', '\u{a0}']);
        let goes_on = next.len() < rest.len()
            && next
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
        if after_word && goes_on {
            // Only the innermost quotation can end here: inside a quotation nested in it,
            // the mark is that one's apostrophe.
            if let Some(o) = self
                .stack
                .last_mut()
                .filter(|o| o.marks.family() == Family::Single)
            {
                o.tentative = o.tentative.or(Some(end));
            }
            return;
        }
        self.close(Family::Single, end);
    }

    fn close(&mut self, family: Family, end: usize) {
        if let Some(o) = self.find(family).and_then(|k| self.take_from(k)) {
            self.finish(o, end, false, false);
        }
    }

    /// Passes on `inner`, the nested quotations of a quotation that turned out to be none: to the
    /// open quotation at `parent` on the stack, or, with none, as quotations of their own (the
    /// outermost of them). `inner` holds each quotation after those nested in it, as `finish`
    /// records them.
    fn release(&mut self, inner: Vec<Span>, parent: Option<usize>) {
        if let Some(p) = parent.and_then(|p| self.stack.get_mut(p)) {
            p.inner.extend(inner);
            return;
        }
        let mut outer: Vec<(Span, Vec<Span>)> = Vec::new();
        for span in inner {
            let first_inside = outer.partition_point(|(s, _)| !span.contains(*s));
            let nested = outer
                .drain(first_inside..)
                .flat_map(|(s, mut within)| {
                    within.push(s);
                    within
                })
                .collect();
            outer.push((span, nested));
        }
        if outer.is_empty() {
            return;
        }
        self.flush_pending();
        for (span, nested) in outer {
            if let Ok((_, mark)) = parse_mark(&self.text[span.start..]) {
                self.out.push(Scanned::new(span, mark.style, false, nested));
            }
        }
    }

    /// Outputs the quotation left open at the last paragraph's end, which the paragraph after
    /// it does not continue. A single quotation that never closed in one paragraph was an
    /// apostrophe (`’cause`): the quotations that closed inside it stand on their own. Over
    /// several paragraphs, each reopening with its mark, it was a quotation.
    fn flush_pending(&mut self) {
        let Some(p) = self.pending.take() else {
            return;
        };
        if p.marks.family().is_primary() || !p.unclosed || p.pieces_len() > 1 {
            self.out.push(p);
            return;
        }
        let (_, inner) = p.into_parts();
        self.release(inner.into_vec(), None);
    }

    /// Records a quotation that has ended: nested ones in their parent, outer ones in the output
    /// (or, when left open at a paragraph's end, as pending a continuation).
    fn finish(&mut self, mut o: Open, end: usize, unclosed: bool, at_paragraph_end: bool) {
        if unclosed && let Some(t) = o.tentative.take() {
            // No later mark closed it: the possible apostrophe did. Quotations that closed
            // after it stand on their own.
            let (inside, after): (Vec<Span>, Vec<Span>) =
                o.inner.drain(..).partition(|s| s.end <= t);
            o.inner = inside;
            self.finish(o, t, false, false);
            let parent = self.stack.len().checked_sub(1);
            self.release(after, parent);
            return;
        }
        let span = Span::new(o.start, end.max(o.start));
        if let Some(parent) = self.stack.last_mut() {
            parent.inner.extend(o.inner);
            if !unclosed {
                parent.inner.push(span);
            }
            return;
        }
        if unclosed && !o.marks.family().is_primary() && !at_paragraph_end {
            // An unclosed single quotation was an apostrophe or a typo (`in ’t Veld`, `’cause`):
            // the quotations that closed inside it stand on their own. One left open at its
            // paragraph's end waits to see whether the next paragraph continues it.
            self.release(o.inner, None);
            return;
        }
        let piece = Piece {
            start: span.start,
            end: span.end,
            unclosed,
        };
        let mut quote = match (o.continues, self.pending.take()) {
            (true, Some(mut p)) => {
                p.continue_with(piece, o.inner);
                p
            }
            (_, earlier) => {
                self.pending = earlier;
                self.flush_pending();
                Scanned::new(span, o.marks, unclosed, o.inner)
            }
        };
        self.continue_at = None;
        if unclosed && at_paragraph_end {
            self.pending = Some(quote);
        } else {
            quote.unclosed = unclosed;
            self.out.push(quote);
        }
    }
}

#[cfg(test)]
mod tests;
