//! The highlights of a page: the spans of the text it marks, built from an [`Article`].
//!
//! Every kind of result that the page shows becomes a [`Highlight`] here and nowhere else; the
//! page draws, counts and describes highlights without knowing where they came from. To show
//! a new kind of result (reported statements, say), add a [`Kind`] (its CSS class and its
//! name; `page.css` already styles a `reported` class), write the function that yields its
//! highlights beside [`quotations`], and chain it in [`highlights`].

use std::cmp::Reverse;

use crate::result::{Article, Attribution, Cue, Mention, QuoteKind, Rule, Span};

/// What a highlight marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A direct quotation.
    Direct,
    /// A partial quotation.
    Partial,
    /// Quotation marks around words that are not speech.
    Term,
    /// A quotation inside a quotation: the speaker quoting someone.
    Inner,
    /// Reported speech, without quotation marks.
    Reported,
}

impl Kind {
    fn of(kind: QuoteKind) -> Kind {
        match kind {
            QuoteKind::Direct => Kind::Direct,
            QuoteKind::Partial => Kind::Partial,
            QuoteKind::Term => Kind::Term,
        }
    }

    /// The highlight's CSS class.
    pub(super) fn class(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Partial => "partial",
            Kind::Term => "term",
            Kind::Inner => "inner",
            Kind::Reported => "reported",
        }
    }

    /// What the page calls it.
    pub(super) fn name(self) -> &'static str {
        match self {
            Kind::Direct => "direct quotation",
            Kind::Partial => "partial quotation",
            Kind::Term => "term (not speech)",
            Kind::Inner => "quotation inside a quotation",
            Kind::Reported => "reported speech",
        }
    }

    /// Whether it is someone's statement: it has a speaker, or is marked as having none, and
    /// counts in the legend.
    pub(super) fn is_statement(self) -> bool {
        matches!(self, Kind::Direct | Kind::Partial | Kind::Reported)
    }

    /// Whether the page numbers and describes it (in its list of quotations, and when it is
    /// focused); an inner quotation is read as part of the one around it.
    pub(super) fn is_described(self) -> bool {
        !matches!(self, Kind::Inner)
    }
}

/// A span of the text that the page marks, with what the article says about it.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Highlight<'a> {
    /// Where it is in the text.
    pub(super) span: Span,
    /// What it marks.
    pub(super) kind: Kind,
    /// Its speaker's index in the article's speakers.
    pub(super) speaker: Option<usize>,
    /// The mention that names the speaker.
    pub(super) mention: Option<&'a Mention<'a>>,
    /// The words that signal the attribution.
    pub(super) cue: Option<&'a Cue<'a>>,
    /// The rule that decided the speaker.
    pub(super) rule: Option<Rule>,
    /// How sure the attribution is.
    pub(super) confidence: Option<f32>,
}

impl<'a> Highlight<'a> {
    /// A highlight with the speaker, mention, cue, rule and confidence of `attribution`.
    /// A speaker index that is not one of `article`'s speakers (an article deserialized from
    /// bad JSON) is dropped, with the rest of the attribution.
    fn attributed(
        span: Span,
        kind: Kind,
        attribution: Option<&'a Attribution<'a>>,
        article: &Article<'_>,
    ) -> Highlight<'a> {
        let a = attribution.filter(|a| a.speaker < article.speakers().len());
        Highlight {
            span,
            kind,
            speaker: a.map(|a| a.speaker),
            mention: a.map(|a| &a.mention),
            cue: a.and_then(|a| a.cue.as_ref()),
            rule: a.map(|a| a.rule),
            confidence: a.map(|a| a.confidence),
        }
    }
}

/// Every highlight of `article`, in text order, outer ones before the ones they hold.
pub(super) fn highlights<'a>(article: &'a Article<'_>) -> Vec<Highlight<'a>> {
    let mut all: Vec<Highlight<'a>> = quotations(article).chain(statements(article)).collect();
    all.sort_by_key(|h| (h.span.start, Reverse(h.span.end)));
    all
}

/// The article's quotations, each followed by the quotations inside it.
fn quotations<'a>(article: &'a Article<'_>) -> impl Iterator<Item = Highlight<'a>> {
    article.quotes().iter().flat_map(move |q| {
        let outer = Highlight::attributed(q.span(), Kind::of(q.kind()), q.attribution(), article);
        let inner = q
            .inner
            .iter()
            .map(move |&span| Highlight::attributed(span, Kind::Inner, None, article));
        std::iter::once(outer).chain(inner)
    })
}

/// The article's reported statements.
fn statements<'a>(article: &'a Article<'_>) -> impl Iterator<Item = Highlight<'a>> {
    article.statements().iter().map(move |s| {
        Highlight::attributed(s.span(), Kind::Reported, Some(s.attribution()), article)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Attributor;

    #[test]
    fn quotations_and_their_inner_quotations_in_text_order() {
        let text = "“He told me ‘no way’ and left,” Trump said. Fans of “Star Wars” came.";
        let article = Attributor::new().attribute(text).expect("attributes");
        let all = highlights(&article);
        let kinds: Vec<(Kind, &str)> = all
            .iter()
            .map(|h| (h.kind, &text[h.span.range()]))
            .collect();
        assert_eq!(
            kinds,
            [
                (Kind::Direct, "“He told me ‘no way’ and left,”"),
                (Kind::Inner, "‘no way’"),
                (Kind::Term, "“Star Wars”"),
            ]
        );
        let text = "Trump said he was “very happy” with it.";
        let article = Attributor::new().attribute(text).expect("attributes");
        let kinds: Vec<(Kind, &str)> = highlights(&article)
            .iter()
            .map(|h| (h.kind, &text[h.span.range()]))
            .collect();
        assert_eq!(
            kinds,
            [
                (Kind::Reported, "he was “very happy” with it"),
                (Kind::Partial, "“very happy”"),
            ]
        );
        assert_eq!(all[0].speaker, Some(0));
        assert_eq!(all[0].mention.map(Mention::as_str), Some("Trump"));
        assert_eq!(all[0].cue.map(|c| &*c.text), Some("said"));
        assert_eq!(all[0].rule, Some(Rule::Adjacent));
        assert_eq!(all[1].speaker, None);
        assert_eq!(all[2].speaker, None);
    }

    #[test]
    fn a_speaker_that_is_not_in_the_article_is_dropped() {
        let text = "“Yes,” Trump said.";
        let mut article = Attributor::new().attribute(text).expect("attributes");
        article.speakers.clear();
        let all = highlights(&article);
        assert_eq!((all[0].speaker, all[0].rule), (None, None));
    }
}
