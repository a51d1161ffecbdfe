//! Claims: the figures and attributions of a document put together.
//!
//! A claim is one statement: who makes it (if anyone), through which outlet, and
//! the figure it carries. A sentence with two figures gives two claims sharing a
//! speaker; an attributed statement without a figure gives one claim with no
//! quantity. [`Extractor`] runs the whole extraction over a [`Document`](crate::Document).

mod extractor;
pub mod topic;

use serde::{Deserialize, Serialize};

pub use extractor::{Extractor, ExtractorBuilder};
pub use topic::{Anchor, ClaimContext, DocumentContext};

use crate::extract::attribution::{Cue, Speaker, Via};
use crate::extract::figures::Quantity;
use crate::span::Span;

/// One statement found in a document. Owned, so it can be stored and sent across threads.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Claim {
    /// `document id#number`, unique within a run.
    pub id: String,
    /// The id of the document it comes from.
    pub doc: String,
    /// The sentence that makes the claim.
    pub sentence: Span,
    /// Who makes it; `None` when the article says it in its own voice.
    pub speaker: Option<Speaker>,
    /// Outlets and audiences it is relayed through.
    pub via: Vec<Via>,
    /// The reporting cue, if any.
    pub cue: Option<Cue>,
    /// Whether it is hedged ("reportedly").
    pub hedged: bool,
    /// Whether it is a denial.
    pub denial: bool,
    /// The figure it carries, if any.
    pub quantity: Option<Quantity>,
    /// What the figure measures, as a canonical phrase ("soldiers killed").
    pub topic: Option<String>,
    /// What the matcher needs from the sentence besides the figure: time anchors,
    /// entities, places, publication date and a wording fingerprint. Empty by default.
    #[serde(default)]
    pub context: ClaimContext,
}
