//! Who said something and how it was decided: the [`Attribution`] and its [`Rule`].

use super::*;

/// The attribution rule that decided a quotation's speaker, from most to least certain. It
/// prints (and serializes) in snake case: `adjacent`, `sentence_cue`, `according_to`.
///
/// ```
/// use quote_attribution::Rule;
///
/// assert_eq!(Rule::SentenceCue.to_string(), "sentence_cue");
/// assert!(Rule::Adjacent.confidence() > Rule::Possessive.confidence());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Rule {
    /// A speaker and a cue beside the quotation: `“…,” Trump said`, `Trump said: “…”`.
    Adjacent,
    /// A speaker with a colon before the quotation: `Trump: “…”`.
    Colon,
    /// A cue elsewhere in the quotation's sentence whose subject is a mention:
    /// `Asked how, Trump pointed to “…”`.
    SentenceCue,
    /// The subject of a partial quotation's sentence, whose verb is not a known cue:
    /// `Walter Hewlett sniped that Fiorina was “learning on the job”`.
    SentenceSubject,
    /// A possessive that owns a partial quotation: `his “nuclear button”`.
    Possessive,
    /// `according to X`.
    AccordingTo,
    /// A quotation with no cue of its own that follows a quotation of a known speaker.
    Continuation,
    /// Reported speech after its subject and cue: `Trump said (that) he was in no rush`,
    /// `He told aides he would know`, `Kim asked if he trusted him`.
    ReportedClause,
    /// What a speech act's object reports: `Trump announced a plan to cut taxes`, `She urged
    /// Republicans to disavow him`.
    ReportedObject,
    /// Reported speech before its cue and subject, or around them: `The deal is off, Trump
    /// said.`, `…, said Victor Cha`, `The deal, he said, is off.`
    ReportedBefore,
    /// Reported speech after a participle cue, whose subject is the sentence's: `Trump left,
    /// saying he was tired.`
    ReportedParticiple,
}

impl Rule {
    /// The confidence that attributions made by this rule carry, between 0 and 1.
    ///
    /// It is a prior, fixed per rule: it ranks the rules by how often their attributions are
    /// right (a speaker and a cue beside the quotation more often than a possessive), and is
    /// the same for every quotation a rule decides. It is not an estimate from the evidence of
    /// one quotation (its distance from the cue, a pronoun rather than a name), and it is not
    /// calibrated: use it to rank or filter attributions, not as a probability.
    #[must_use]
    pub fn confidence(self) -> f32 {
        match self {
            Rule::Adjacent => 0.95,
            Rule::Colon => 0.85,
            Rule::AccordingTo => 0.85,
            Rule::SentenceCue => 0.75,
            Rule::Continuation => 0.7,
            Rule::SentenceSubject => 0.6,
            Rule::Possessive => 0.5,
            Rule::ReportedClause => 0.8,
            Rule::ReportedBefore => 0.8,
            Rule::ReportedObject => 0.6,
            Rule::ReportedParticiple => 0.7,
        }
    }

    /// The rule's name as it appears in JSON output.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Adjacent => "adjacent",
            Rule::Colon => "colon",
            Rule::SentenceCue => "sentence_cue",
            Rule::SentenceSubject => "sentence_subject",
            Rule::Possessive => "possessive",
            Rule::AccordingTo => "according_to",
            Rule::Continuation => "continuation",
            Rule::ReportedClause => "reported_clause",
            Rule::ReportedBefore => "reported_before",
            Rule::ReportedObject => "reported_object",
            Rule::ReportedParticiple => "reported_participle",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who said a quotation, and how the attribution was decided.
///
/// A quotation has one only when a rule found its speaker, so the speaker, the mention, the
/// rule and the confidence always come together; the cue is absent for rules that need none
/// (a continuation of the previous quotation).
///
/// `speaker` is an index into [`Article::speakers`]: [`Article::speaker_of`] looks it up.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Attribution<'t> {
    /// The index of the speaker in [`Article::speakers`]; [`Article::speaker_of`] gives the
    /// speaker.
    pub speaker: usize,
    /// The mention that names the speaker here.
    pub mention: Mention<'t>,
    /// The words that signal the attribution.
    pub cue: Option<Cue<'t>>,
    /// How sure the attribution is, between 0 and 1: the [rule's prior](Rule::confidence).
    pub confidence: f32,
    /// The rule that decided the speaker.
    pub rule: Rule,
}

impl<'t> Attribution<'t> {
    /// The index of the speaker in [`Article::speakers`].
    #[must_use]
    pub fn speaker_index(&self) -> usize {
        self.speaker
    }

    /// The mention that names the speaker here.
    #[must_use]
    pub fn mention(&self) -> &Mention<'t> {
        &self.mention
    }

    /// The words that signal the attribution, where there are some.
    #[must_use]
    pub fn cue(&self) -> Option<&Cue<'t>> {
        self.cue.as_ref()
    }

    /// How sure the attribution is, between 0 and 1: the [rule's prior](Rule::confidence).
    #[must_use]
    pub fn confidence(&self) -> f32 {
        self.confidence
    }

    /// The rule that decided the speaker.
    #[must_use]
    pub fn rule(&self) -> Rule {
        self.rule
    }

    /// A copy that owns its text.
    #[must_use]
    pub fn into_owned(self) -> Attribution<'static> {
        Attribution {
            speaker: self.speaker,
            mention: self.mention.into_owned(),
            cue: self.cue.map(Cue::into_owned),
            confidence: self.confidence,
            rule: self.rule,
        }
    }
}
