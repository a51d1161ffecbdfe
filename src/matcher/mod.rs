//! Matcher: claims about the same fact, clustered, with their values compared.
//!
//! Reconciling runs four steps, one file each:
//!
//! 1. `block.rs`: claims with the same topic and kind of figure form a block;
//!    blocks are capped in size, and oversized ones are split and recorded;
//! 2. `score.rs`: pairs inside a block are scored on time anchors, places,
//!    actors and speakers;
//! 3. `cluster.rs`: a deterministic union-find joins the pairs that score high
//!    enough, refusing joins that would merge different events;
//! 4. `status.rs`: the values of each cluster are compared (bounds, vague
//!    amounts, ranges, dates with or without a year, durations in any unit).
//!
//! The output never depends on the order of the claims nor on the number of
//! threads: claims are put in id order first, blocks are processed in parallel
//! with rayon but collected in order, and facts are sorted (conflicts first,
//! then by topic, then by their first claim) before their ids are given.

mod block;
mod cluster;
mod score;
mod status;
#[cfg(test)]
mod testing;

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::claim::{Anchor, Claim};
use crate::extract::figures::{QuantityKind, Value};

/// Whether the claims of a fact agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
    /// Indexes into the claims given to [`Matcher::reconcile`], in claim id order.
    pub claims: Vec<usize>,
}

/// A cluster of claims that speak about the same thing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Fact {
    /// `f1`, `f2`, ... in report order.
    pub id: String,
    /// What the claims measure.
    pub topic: String,
    /// Whether they agree.
    pub status: Status,
    /// The distinct values, the one given by most documents first.
    pub values: Vec<FactValue>,
    /// The kind of figure the claims give.
    pub kind: QuantityKind,
    /// How many independent documents speak to the fact: documents that give it in
    /// the same sentence word for word (a wire story copied) count once.
    pub corroboration: usize,
    /// Why claims shown together may still differ (different time anchors,
    /// places, sides, publication days), when they do.
    pub reason: Option<String>,
}

/// A block of claims that was over the size cap and was split, so that claims
/// about one fact may have ended up in different facts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CappedBlock {
    /// The topic of the block.
    pub topic: String,
    /// How many claims it had.
    pub claims: usize,
    /// Into how many pieces it was split.
    pub pieces: usize,
}

/// The facts of a run with what the matcher had to do to get them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Reconciliation {
    /// The facts, in report order.
    pub facts: Vec<Fact>,
    /// The blocks that were over the cap and split.
    pub capped: Vec<CappedBlock>,
    /// How many pairs of claims were scored.
    pub pairs: u64,
}

/// Clusters claims into facts and compares their values.
///
/// ```
/// use crosscheck::Matcher;
/// let matcher = Matcher::builder().min_score(0.5).max_block(1_000).build()?;
/// assert!(matcher.reconcile(&[]).is_empty());
/// # Ok::<(), crosscheck::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct Matcher {
    config: Config,
}

#[derive(Clone, Debug)]
struct Config {
    min_score: f64,
    max_block: usize,
    threads: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config { min_score: 0.45, max_block: 256, threads: true }
    }
}

/// Builds a [`Matcher`] with non-default settings.
#[derive(Clone, Debug, Default)]
pub struct MatcherBuilder {
    config: Config,
}

impl MatcherBuilder {
    /// The least score (0 to 1) at which two claims of one topic are linked; 0.45
    /// by default, which links claims of one topic unless their places or weekdays
    /// tell them apart.
    pub fn min_score(&mut self, value: f64) -> &mut MatcherBuilder {
        self.config.min_score = value;
        self
    }

    /// The most claims a block may hold before it is split (256 by default); the
    /// matcher scores at most `max_block - 1` pairs per claim.
    pub fn max_block(&mut self, value: usize) -> &mut MatcherBuilder {
        self.config.max_block = value;
        self
    }

    /// Whether to spread blocks over threads with rayon (on by default); the output is identical.
    pub fn parallel(&mut self, yes: bool) -> &mut MatcherBuilder {
        self.config.threads = yes;
        self
    }

    /// Builds the matcher.
    ///
    /// # Errors
    ///
    /// [`crate::Error::Setting`] if `min_score` is outside 0 to 1 or `max_block` is below 2.
    pub fn build(&self) -> crate::Result<Matcher> {
        if !(0.0..=1.0).contains(&self.config.min_score) {
            return Err(crate::Error::Setting {
                name: "min_score",
                expected: "between 0 and 1",
                value: self.config.min_score,
            });
        }
        if self.config.max_block < 2 {
            #[expect(clippy::cast_precision_loss, reason = "a value below 2 is shown exactly")]
            let value = self.config.max_block as f64;
            return Err(crate::Error::Setting { name: "max_block", expected: "at least 2", value });
        }
        Ok(Matcher { config: self.config.clone() })
    }
}

impl Matcher {
    /// A matcher with default settings.
    pub fn new() -> Matcher {
        Matcher::default()
    }

    /// A builder for non-default settings.
    pub fn builder() -> MatcherBuilder {
        MatcherBuilder::default()
    }

    /// Whether [`Matcher::reconcile`] can put `claim` in a fact: it has a topic and
    /// a figure. Leaving out the claims for which this is false changes no fact
    /// (only the indexes, which point into the slice given), so a caller that
    /// reconciles a large corpus need not keep them in memory.
    ///
    /// ```
    /// use crosscheck::{Claim, Matcher};
    /// assert!(!Matcher::new().considers(&Claim::default()));
    /// ```
    pub fn considers(&self, claim: &Claim) -> bool {
        considered(claim)
    }

    /// Clusters `claims` into facts. Claims without a topic or a figure are left out.
    pub fn reconcile(&self, claims: &[Claim]) -> Vec<Fact> {
        self.reconcile_all(claims).facts
    }

    /// Clusters `claims` into facts and says which blocks had to be split.
    pub fn reconcile_all(&self, claims: &[Claim]) -> Reconciliation {
        // Claims more than 4 billion cannot be ranked in a u32; they are not matched.
        let rank = block::ranks(claims);
        let order = |x: usize, y: usize| rank.get(x).cmp(&rank.get(y));
        let (blocks, capped) = block::blocks(claims, &rank, self.config.max_block);
        let pairs = blocks
            .iter()
            .map(|block| (block.len() as u64) * (block.len().saturating_sub(1) as u64) / 2)
            .sum();
        let min_score = self.config.min_score;
        let one = |members: &block::Block| -> Vec<Fact> {
            cluster::cluster(claims, members, min_score)
                .into_iter()
                .filter_map(|cluster| fact(claims, &cluster, &order))
                .collect()
        };
        let facts: Vec<Fact> = if self.config.threads {
            blocks.par_iter().flat_map_iter(one).collect()
        } else {
            blocks.iter().flat_map(one).collect()
        };
        // Each value lists its claims in claim order, so a fact's first claim is
        // the least of its values' first claims; found once per fact, not per comparison.
        let mut keyed: Vec<(Option<usize>, Fact)> = facts
            .into_iter()
            .map(|fact| {
                let first = fact
                    .values
                    .iter()
                    .filter_map(|value| value.claims.first().copied())
                    .min_by(|&x, &y| order(x, y));
                (first, fact)
            })
            .collect();
        let compare = |x: &(Option<usize>, Fact), y: &(Option<usize>, Fact)| {
            x.1.status.cmp(&y.1.status).then_with(|| x.1.topic.cmp(&y.1.topic)).then_with(
                || match (x.0, y.0) {
                    (Some(a), Some(b)) => order(a, b),
                    (a, b) => a.cmp(&b),
                },
            )
        };
        if self.config.threads {
            keyed.par_sort_unstable_by(compare);
        } else {
            keyed.sort_unstable_by(compare);
        }
        let mut facts: Vec<Fact> = keyed.into_iter().map(|(_, fact)| fact).collect();
        for (number, fact) in facts.iter_mut().enumerate() {
            fact.id = format!("f{}", number + 1);
        }
        Reconciliation { facts, capped, pairs }
    }
}

/// Whether a claim can be in a fact; see [`Matcher::considers`].
pub(crate) fn considered(claim: &Claim) -> bool {
    claim.quantity.is_some() && claim.topic.is_some()
}

/// What makes two values of a cluster the same: the value and its bounds as written.
type ValueKey = (Value, Option<Value>, Option<Value>, bool);

/// Builds the fact of one cluster (indexes in claim id order), with an empty id;
/// `order` compares two claims in claim id order.
fn fact(
    claims: &[Claim],
    cluster: &[usize],
    order: &(impl Fn(usize, usize) -> std::cmp::Ordering + Sync),
) -> Option<Fact> {
    let first = claims.get(*cluster.first()?)?;
    let kind = first.quantity.as_ref()?.kind;
    let topic = first.topic.clone()?;

    // Distinct values, keyed by their exact wording of bounds so that "over 200"
    // and "200" stay apart. A cluster has few values, so a linear search beats
    // building a key string per claim; their order is set by the sort below.
    let mut by_value: Vec<(ValueKey, (Value, Vec<usize>))> = Vec::new();
    for &index in cluster {
        let Some(quantity) = claims.get(index).and_then(|claim| claim.quantity.as_ref()) else {
            continue;
        };
        let key = (quantity.value, quantity.low, quantity.high, quantity.approximate);
        match by_value.iter_mut().find(|(seen, _)| *seen == key) {
            Some((_, (_, members))) => members.push(index),
            None => by_value.push((key, (quantity.value, vec![index]))),
        }
    }
    let documents = |members: &[usize]| -> usize {
        let mut docs: Vec<&str> =
            members.iter().filter_map(|&i| claims.get(i)).map(|claim| claim.doc.as_str()).collect();
        docs.sort_unstable();
        docs.dedup();
        docs.len()
    };
    // The value given by most documents first, then in the order of their first claim.
    let mut values: Vec<(usize, FactValue)> = by_value
        .into_iter()
        .map(|(_, value)| value)
        .map(|(value, members)| (documents(&members), FactValue { value, claims: members }))
        .collect();
    values.sort_by(|x, y| {
        y.0.cmp(&x.0).then_with(|| match (x.1.claims.first(), y.1.claims.first()) {
            (Some(&a), Some(&b)) => order(a, b),
            (a, b) => a.cmp(&b),
        })
    });
    // Into a vector of its own, of exact size: collecting in place would keep the
    // scratch allocation of `by_value` (224-byte entries, room for four at least),
    // which at a million claims held over a hundred megabytes of nothing.
    let mut kept: Vec<FactValue> = Vec::with_capacity(values.len());
    kept.extend(values.into_iter().map(|(_, mut value)| {
        value.claims.shrink_to_fit();
        value
    }));
    let values = kept;

    let n_documents = documents(cluster);
    let status = if n_documents < 2 {
        Status::Single
    } else if conflicting(claims, &values) {
        Status::Conflict
    } else {
        Status::Agreement
    };
    Some(Fact {
        id: String::new(),
        topic,
        status,
        values,
        kind,
        corroboration: corroboration(claims, cluster),
        reason: reason(claims, cluster, kind),
    })
}

/// Whether some two values, given by different documents, cannot both be true.
fn conflicting(claims: &[Claim], values: &[FactValue]) -> bool {
    let representative = |value: &FactValue| value.claims.first().and_then(|&i| claims.get(i));
    values.iter().enumerate().any(|(i, x)| {
        values.iter().skip(i + 1).any(|y| {
            let (Some(a), Some(b)) = (representative(x), representative(y)) else { return false };
            let (Some(qa), Some(qb)) = (a.quantity.as_ref(), b.quantity.as_ref()) else {
                return false;
            };
            // The claims of two values may come from many documents: the values
            // conflict when the figures cannot both hold for some pair of documents.
            x.claims.iter().filter_map(|&i| claims.get(i)).any(|ca| {
                y.claims.iter().filter_map(|&j| claims.get(j)).any(|cb| {
                    // A vague amount in words ("several") supports a fact but is
                    // never held against another figure.
                    ca.doc != cb.doc
                        && !ca.context.vague
                        && !cb.context.vague
                        && !status::compatible(qa, qb, (ca.context.published, cb.context.published))
                })
            })
        })
    })
}

/// The number of independent documents: documents joined when they share a sentence word for word.
fn corroboration(claims: &[Claim], cluster: &[usize]) -> usize {
    let mut docs: Vec<&str> =
        cluster.iter().filter_map(|&i| claims.get(i)).map(|claim| claim.doc.as_str()).collect();
    docs.sort_unstable();
    docs.dedup();
    let position = |doc: &str| docs.binary_search(&doc).ok();
    let mut parent: Vec<usize> = (0..docs.len()).collect();
    let mut seen: BTreeMap<u64, usize> = BTreeMap::new();
    for claim in cluster.iter().filter_map(|&i| claims.get(i)) {
        let Some(doc) = position(&claim.doc) else { continue };
        if claim.context.fingerprint == 0 {
            continue;
        }
        let other = *seen.entry(claim.context.fingerprint).or_insert(doc);
        let (a, b) = (cluster::find_root(&mut parent, doc), cluster::find_root(&mut parent, other));
        if let Some(slot) = parent.get_mut(a.max(b)) {
            *slot = a.min(b);
        }
    }
    (0..docs.len()).filter(|&i| cluster::find_root(&mut parent, i) == i).count()
}

/// Why claims shown together may differ, in words; `None` when nothing sets them apart.
fn reason(claims: &[Claim], cluster: &[usize], kind: QuantityKind) -> Option<String> {
    let members: Vec<&Claim> = cluster.iter().filter_map(|&i| claims.get(i)).collect();
    let mut reasons = Vec::new();

    // Described once per distinct list of anchors, not once per claim.
    let mut distinct: Vec<&[Anchor]> =
        members.iter().map(|claim| claim.context.anchors.as_slice()).collect();
    distinct.sort_unstable();
    distinct.dedup();
    let mut anchors: Vec<String> = distinct.into_iter().map(describe_anchors).collect();
    anchors.sort_unstable();
    anchors.dedup();
    if anchors.len() > 1 {
        reasons.push(format!("time anchors differ ({})", anchors.join("; ")));
    }
    let mut places: Vec<String> = members
        .iter()
        .filter(|claim| !claim.context.places.is_empty())
        .map(|claim| claim.context.places.join(", "))
        .collect();
    places.sort_unstable();
    places.dedup();
    if places.len() > 1 {
        reasons.push(format!("places differ ({})", places.join("; ")));
    }
    let mut sides: Vec<&str> =
        members.iter().filter_map(|claim| claim.speaker.as_ref()?.affiliation.as_deref()).collect();
    sides.sort_unstable();
    sides.dedup();
    if sides.len() > 1 {
        reasons.push(format!("sources on different sides ({})", sides.join("; ")));
    }
    if members.iter().any(|claim| claim.context.vague)
        && members.iter().any(|claim| !claim.context.vague)
    {
        reasons.push("vague amounts in words are shown but not held against figures".to_string());
    }
    if kind == QuantityKind::Duration {
        let mut days: Vec<String> = members
            .iter()
            .filter_map(|claim| claim.context.published)
            .map(|date| date.to_string())
            .collect();
        days.sort_unstable();
        days.dedup();
        if days.len() > 1 {
            reasons.push(format!("reported on different days ({})", days.join(", ")));
        }
    }
    (!reasons.is_empty()).then(|| reasons.join("; "))
}

/// Anchors in words: "October 12", "Sunday", "weekend"; "no time given" when none.
fn describe_anchors(anchors: &[Anchor]) -> String {
    use crate::lexicon::calendar::{MONTH_NAMES as MONTHS, WEEKDAY_NAMES as WEEKDAYS};
    if anchors.is_empty() {
        return "no time given".to_string();
    }
    let words: Vec<String> = anchors
        .iter()
        .map(|anchor| match anchor {
            Anchor::Date(date) => {
                let month = date
                    .month
                    .and_then(|m| MONTHS.get(usize::from(m).checked_sub(1)?))
                    .copied()
                    .unwrap_or("?");
                match (date.day, date.year) {
                    (Some(day), Some(year)) => format!("{month} {day}, {year}"),
                    (Some(day), None) => format!("{month} {day}"),
                    _ => month.to_string(),
                }
            }
            Anchor::Weekday(day) => WEEKDAYS
                .get(usize::from(*day).saturating_sub(1))
                .copied()
                .unwrap_or("?")
                .to_string(),
            Anchor::Weekend => "weekend".to_string(),
            Anchor::Earlier => "an earlier event".to_string(),
        })
        .collect();
    words.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builder_validates() {
        assert!(Matcher::builder().min_score(1.5).build().is_err());
        assert!(Matcher::builder().min_score(-0.1).build().is_err());
        assert!(Matcher::builder().max_block(1).build().is_err());
        assert!(Matcher::builder().min_score(0.6).max_block(2).build().is_ok());
    }

    #[test]
    fn anchors_in_words() {
        assert_eq!(describe_anchors(&[]), "no time given");
        assert_eq!(describe_anchors(&[Anchor::Weekday(7), Anchor::Weekend]), "Sunday, weekend");
    }

    #[test]
    fn public_types_are_send_sync() {
        fn ok<T: Send + Sync + 'static>() {}
        ok::<Matcher>();
        ok::<Fact>();
        ok::<Reconciliation>();
    }
}
