//! Scoring a candidate pair of claims inside a block: do they speak about the same fact?
//!
//! Claims in a block already share a topic. What separates them is *which*
//! event they are about: a clash on October 12 and another on a later weekend
//! both have "soldiers killed" as their topic. The score weighs what the
//! sentences say around the figure:
//!
//! - **time anchors**: two claims whose sentences both give dates, none of which
//!   can be the same day, are about different events and never linked; weekdays
//!   only weigh (two reports may count days from different publication dates);
//! - **earlier events**: a figure marked "earlier" or "previous" weighs against
//!   one that is not;
//! - **places**: the places named ("in Doha", "in Istanbul") add when shared and
//!   weigh against when disjoint;
//! - **actors**: the share of named entities in common, by Jaccard similarity of
//!   their alias keys (spellings unified when the keys were made),
//!   both in the sentence and in the whole document (two reports of one story
//!   share their main names even when the sentences with the figure do not);
//! - **wording**: the same sentence word for word (a wire copy) is strong evidence,
//!   and so is the same sentence with only its numbers changed;
//! - **values**: agreeing figures add a little, never enough alone;
//! - **the speaker**: the same speaker adds a little;
//! - **one document**: a writer does not contradict themself within one article,
//!   so two claims of one document with incompatible values are different events,
//!   and two figures of one sentence with one topic are two facts.

use crate::claim::{Anchor, Claim};
use crate::extract::figures::DateValue;
use crate::matcher::status;

/// The score of a pair with the same topic and nothing else known: below the
/// default threshold (0.45), so that two stories that merely share a topic
/// ("people killed" in two different floods) are not joined without evidence.
pub(crate) const BASE: f64 = 0.3;

/// What scoring reads of a claim, with its names hashed to numbers so that
/// comparing two claims' names is a merge of small sorted integer lists.
pub(crate) struct Features<'c> {
    claim: &'c Claim,
    entities: Vec<u64>,
    document_entities: Vec<u64>,
    places: Vec<u64>,
    /// Weekday bits, Monday = bit 1; the weekend sets Saturday and Sunday.
    days: u8,
    /// Whether the figure is marked as about an earlier event.
    earlier: bool,
    has_dates: bool,
}

/// The features of a claim.
pub(crate) fn features(claim: &Claim) -> Features<'_> {
    let context = &claim.context;
    let days = context.anchors.iter().fold(0_u8, |bits, anchor| match anchor {
        Anchor::Weekday(day) => bits | 1_u8.checked_shl(u32::from(*day)).unwrap_or(0),
        Anchor::Weekend => bits | (1 << 6) | (1 << 7),
        Anchor::Date(_) | Anchor::Earlier => bits,
    });
    Features {
        claim,
        entities: hashes(&context.entities),
        document_entities: hashes(&context.document_entities),
        places: hashes(&context.places),
        days,
        earlier: context.anchors.contains(&Anchor::Earlier),
        has_dates: dates(&context.anchors).next().is_some(),
    }
}

/// Names as numbers for comparing: each name's 64-bit FNV-1a hash, sorted and
/// unique. No table is kept (a shared one would serialize the threads, one per
/// block cost a tenth of the matcher's time at a million claims); two names
/// sharing a hash is a one-in-2^64 event per pair of names, and would only add
/// a little to one pair's score.
fn hashes(names: &[String]) -> Vec<u64> {
    let mut ids: Vec<u64> = names
        .iter()
        .map(|name| {
            name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
                (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
            })
        })
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Claims of one topic need evidence beyond it to be linked: a shared date,
/// place, names or wording.
///
/// The score of two claims of one block, or `None` when they cannot be about the same fact.
pub(crate) fn score(a: &Features<'_>, b: &Features<'_>) -> Option<f64> {
    let (context_a, context_b) = (&a.claim.context, &b.claim.context);
    let (claim_a, claim_b) = (a.claim, b.claim);
    let mut score = BASE;
    let compatible = match (claim_a.quantity.as_ref(), claim_b.quantity.as_ref()) {
        (Some(x), Some(y)) => status::compatible(x, y, (context_a.published, context_b.published)),
        _ => false,
    };
    if claim_a.doc == claim_b.doc && (!compatible || claim_a.sentence == claim_b.sentence) {
        // A sentence does not state one fact twice ("3000 died over 30 years; 3000
        // died in one morning"), and an article does not contradict itself.
        return None;
    }

    if a.has_dates && b.has_dates {
        if dates(&context_a.anchors)
            .any(|x| dates(&context_b.anchors).any(|y| status::dates_meet(x, y)))
        {
            score += 0.3;
        } else {
            return None;
        }
    } else if a.days != 0 && b.days != 0 {
        let same_published =
            context_a.published.is_some() && context_a.published == context_b.published;
        if a.days & b.days != 0 {
            score += 0.15;
        } else if same_published {
            score -= 0.2;
        }
    }

    if a.earlier != b.earlier {
        // One speaks of an earlier event, the other of the one in the news.
        score -= 0.3;
    }

    if !a.places.is_empty() && !b.places.is_empty() {
        if overlap(&a.places, &b.places) > 0 {
            score += 0.2;
        } else {
            score -= 0.3;
        }
    }

    score += 0.3 * jaccard(&a.entities, &b.entities);
    score += 0.3 * jaccard(&a.document_entities, &b.document_entities);

    if context_a.fingerprint != 0 && context_a.fingerprint == context_b.fingerprint {
        // The same sentence word for word: a wire story copied.
        score += 0.4;
    } else if context_a.shape != 0 && context_a.shape == context_b.shape {
        // The same sentence with its figures changed: one story, updated or misreported.
        score += 0.3;
    }
    if compatible {
        // Agreeing figures are weak evidence of one fact; never enough alone.
        score += 0.1;
    }
    if let (Some(x), Some(y)) = (&claim_a.speaker, &claim_b.speaker)
        && (x.key == y.key || strsim::jaro_winkler(&x.name, &y.name) > 0.92)
    {
        score += 0.05;
    }
    Some(score.clamp(0.0, 1.0))
}

/// The dates among time anchors.
fn dates(anchors: &[Anchor]) -> impl Iterator<Item = DateValue> + '_ {
    anchors
        .iter()
        .filter_map(|anchor| if let Anchor::Date(date) = anchor { Some(*date) } else { None })
}

/// The Jaccard similarity of two sorted lists of name numbers, 0 when both are empty.
fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let shared = overlap(a, b);
    let union = (a.len() + b.len()).saturating_sub(shared);
    if union == 0 {
        return 0.0;
    }
    f64::from(u32::try_from(shared).unwrap_or(u32::MAX))
        / f64::from(u32::try_from(union).unwrap_or(u32::MAX))
}

/// The number of names two sorted, deduplicated lists share, by a linear
/// merge. Spelling variants were already unified when the keys were made
/// (`claim::topic::name_key`), so exact comparison suffices here and the cost
/// per pair stays linear in the names, which matters at millions of pairs.
fn overlap(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::ClaimContext;
    use crate::matcher::testing;
    use crate::span::Span;

    fn claim(doc: &str, value: f64, anchors: Vec<Anchor>, places: &[&str]) -> Claim {
        Claim {
            id: format!("{doc}#1"),
            doc: doc.to_string(),
            quantity: Some(testing::count(value)),
            topic: Some("soldiers killed".to_string()),
            context: ClaimContext {
                anchors,
                places: places.iter().map(|place| (*place).to_string()).collect(),
                ..ClaimContext::default()
            },
            ..Claim::default()
        }
    }

    /// Scores two claims as a block of two would.
    fn score(a: &Claim, b: &Claim) -> Option<f64> {
        let (x, y) = (features(a), features(b));
        super::score(&x, &y)
    }

    fn on(month: u8, day: u8) -> Anchor {
        Anchor::Date(testing::day_of(month, day))
    }

    #[test]
    fn different_dates_never_link() {
        assert_eq!(
            score(
                &claim("a", 5.0, vec![on(10, 12)], &[]),
                &claim("b", 23.0, vec![on(10, 26)], &[])
            ),
            None
        );
        assert!(
            score(
                &claim("a", 5.0, vec![on(10, 12)], &[]),
                &claim("b", 23.0, vec![on(10, 12)], &[])
            )
            .is_some_and(|s| s > BASE)
        );
    }

    #[test]
    fn a_missing_anchor_does_not_separate() {
        assert_eq!(
            score(
                &claim("a", 5.0, vec![on(10, 12)], &[]),
                &claim("b", 23.0, vec![Anchor::Weekend], &[])
            ),
            Some(BASE)
        );
    }

    #[test]
    fn disjoint_places_weigh_against() {
        let doha = claim("a", 1.0, vec![], &["doha"]);
        let istanbul = claim("b", 2.0, vec![], &["istanbul"]);
        assert!(score(&doha, &istanbul).is_some_and(|s| s < 0.45));
        assert!(
            score(&istanbul, &claim("c", 3.0, vec![], &["istanbul"])).is_some_and(|s| s > BASE)
        );
    }

    #[test]
    fn one_document_does_not_contradict_itself() {
        assert_eq!(score(&claim("a", 5.0, vec![], &[]), &claim("a", 23.0, vec![], &[])), None);
        let mut later = claim("a", 5.0, vec![], &[]);
        later.sentence = Span::new(10, 20);
        assert!(score(&claim("a", 5.0, vec![], &[]), &later).is_some());
    }

    #[test]
    fn one_sentence_does_not_state_one_fact_twice() {
        // "3000 died over 30 years; 3000 died in one morning."
        assert_eq!(score(&claim("a", 5.0, vec![], &[]), &claim("a", 5.0, vec![], &[])), None);
    }
}
