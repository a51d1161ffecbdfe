//! Matcher: claims about the same fact, clustered, with their values compared.

use serde::{Deserialize, Serialize};

use crate::claim::Claim;
use crate::extract::figures::Value;

/// Whether the claims of a fact agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Status {
    /// The claims give values that cannot all be true together.
    Conflict,
    /// Two or more documents give compatible values.
    Agreement,
    /// Only one document speaks to the fact.
    Single,
}

/// One value of a fact and the claims that give it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FactValue {
    /// The value.
    pub value: Value,
    /// Indexes into the claims given to [`Matcher::reconcile`].
    pub claims: Vec<usize>,
}

/// A cluster of claims that speak about the same thing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// `f1`, `f2`, ... in report order.
    pub id: String,
    /// What the claims measure.
    pub topic: String,
    /// Whether they agree.
    pub status: Status,
    /// The distinct values.
    pub values: Vec<FactValue>,
}

/// Clusters claims into facts and compares their values.
#[derive(Clone, Debug, Default)]
pub struct Matcher {}

impl Matcher {
    /// A matcher with default settings.
    pub fn new() -> Matcher {
        Matcher::default()
    }

    /// Clusters `claims` into facts.
    pub fn reconcile(&self, claims: &[Claim]) -> Vec<Fact> {
        let _ = claims;
        Vec::new()
    }
}
