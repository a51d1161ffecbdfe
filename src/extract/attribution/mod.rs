//! Attribution: who says what, with which cue, through which outlet.

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::span::Span;
use crate::text::{Quote, Segment};

/// The class of a reporting cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum CueClass {
    /// Plain speech: say, tell, add, state, announce.
    Speech,
    /// A contested claim: claim, allege, assert, insist.
    Claim,
    /// A warning: warn, caution.
    Warning,
    /// A confirmation or acknowledgement.
    Confirm,
    /// A denial or rejection.
    Deny,
    /// A request: urge, demand, ask.
    Request,
    /// A report: report, cite, according to.
    Report,
    /// An evaluation: accuse, praise, blame.
    Evaluation,
    /// A belief or expectation: believe, think, expect.
    Belief,
}

/// The word or phrase that marks an attribution: "said", "told", "according to".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue {
    /// Where the cue is.
    pub span: Span,
    /// Its lemma: "say", "according to", "pay tribute to".
    pub lemma: String,
    /// Its class.
    pub class: CueClass,
}

/// What kind of source a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// An institution, government, country, group or document.
    Organization,
    /// A news outlet speaking in its own name ("The Express Tribune reported").
    Outlet,
    /// An unnamed source ("security sources", "a source close to the delegation").
    Anonymous,
}

/// Who makes a statement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The name as written, pronouns resolved: "Khawaja Asif" for "he".
    pub name: String,
    /// Where this mention is ("he", "the minister", or the name itself).
    pub mention: Span,
    /// The title or role, if given: "Defence Minister".
    pub role: Option<String>,
    /// The affiliation or side, if given: "Pakistan".
    pub affiliation: Option<String>,
    /// What kind of source this is.
    pub kind: SpeakerKind,
    /// A normalized key, the same for every mention of one speaker across documents.
    pub key: String,
}

/// How a statement reaches the article: the outlet or audience it was given to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ViaKind {
    /// A news outlet: "told AFP".
    Outlet,
    /// An audience: "told reporters", "speaking to journalists".
    Audience,
}

/// An outlet or audience a statement is relayed through.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Via {
    /// The name as written: "AFP", "Al Arabiya", "reporters".
    pub name: String,
    /// Where it is.
    pub span: Span,
    /// Whether it is an outlet or an audience.
    pub kind: ViaKind,
}

/// One attributed statement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Attribution {
    /// The sentence that holds the cue (or, for a quotation with no cue, the quotation).
    pub sentence: Span,
    /// The cue, if any.
    pub cue: Option<Cue>,
    /// The speaker, if known.
    pub speaker: Option<Speaker>,
    /// What is attributed.
    pub content: Span,
    /// Outlets and audiences the statement is relayed through.
    pub via: Vec<Via>,
    /// Whether the statement is quoted directly.
    pub direct: bool,
    /// Whether it is hedged ("reportedly", "allegedly").
    pub hedged: bool,
    /// Whether it is a denial ("denies", "rejected").
    pub denial: bool,
}

/// Finds the attributions of a document, given its segments and quotations.
pub fn attribute(document: &Document, segments: &[Segment], quotes: &[Quote]) -> Vec<Attribution> {
    let _ = (document, segments, quotes);
    Vec::new()
}
