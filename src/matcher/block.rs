//! Blocking: which claims are compared at all.
//!
//! Only claims with the same topic and the same kind of figure can speak about
//! the same fact, so they form a block, and pairs are scored only inside blocks.
//! A block's cost grows with the square of its size, so blocks are capped: a
//! block over the cap is split by a second cheap key (the first date anchor of
//! the sentence, which separates events anyway), and any piece still over the
//! cap is cut into runs of claims in id order. Cutting can separate claims that
//! belong together, so each capped block is recorded with its topic and sizes
//! and the report shows it; nothing is dropped and no pair is compared outside
//! a block. Memory stays linear in the number of claims: a block holds indexes.

use rayon::slice::ParallelSliceMut;

use crate::claim::{Anchor, Claim};
use crate::extract::figures::QuantityKind;
use crate::matcher::CappedBlock;

/// The claims of one block, as indexes into the claims given to the matcher,
/// in claim id order.
pub(crate) type Block = Vec<usize>;

/// Groups the claims that have a topic and a figure into blocks of at most `max_block` claims.
pub(crate) fn blocks(claims: &[Claim], max_block: usize) -> (Vec<Block>, Vec<CappedBlock>) {
    let mut order: Vec<(QuantityKind, &str, usize)> = claims
        .iter()
        .enumerate()
        .filter_map(|(index, claim)| {
            Some((claim.quantity.as_ref()?.kind, claim.topic.as_deref()?, index))
        })
        .collect();
    order.par_sort_unstable_by(|x, y| {
        (x.0, x.1).cmp(&(y.0, y.1)).then_with(|| claim_order(claims, x.2, y.2))
    });

    let mut blocks = Vec::new();
    let mut capped = Vec::new();
    let mut start = 0;
    while start < order.len() {
        let key = order.get(start).map(|entry| (entry.0, entry.1));
        let end = order
            .get(start..)
            .unwrap_or_default()
            .iter()
            .position(|entry| Some((entry.0, entry.1)) != key)
            .map_or(order.len(), |len| start + len);
        let block: Block =
            order.get(start..end).unwrap_or_default().iter().map(|entry| entry.2).collect();
        if block.len() <= max_block {
            blocks.push(block);
        } else {
            let size = block.len();
            let pieces = split(claims, block, max_block);
            capped.push(CappedBlock {
                topic: key.map(|key| key.1.to_string()).unwrap_or_default(),
                claims: size,
                pieces: pieces.len(),
            });
            blocks.extend(pieces);
        }
        start = end;
    }
    (blocks, capped)
}

/// The total order of claims that makes the output independent of input order:
/// by id, then document, then the spans.
pub(crate) fn claim_order(claims: &[Claim], x: usize, y: usize) -> std::cmp::Ordering {
    match (claims.get(x), claims.get(y)) {
        (Some(a), Some(b)) => {
            a.id.cmp(&b.id)
                .then_with(|| a.doc.cmp(&b.doc))
                .then_with(|| a.sentence.cmp(&b.sentence))
                .then_with(|| {
                    a.quantity.as_ref().map(|q| q.span).cmp(&b.quantity.as_ref().map(|q| q.span))
                })
        }
        _ => x.cmp(&y),
    }
}

/// Splits an oversized block by first date anchor and first place, then into runs of `max_block`.
fn split(claims: &[Claim], mut block: Block, max_block: usize) -> Vec<Block> {
    // Claims with different dates or places are about different events anyway
    // (scoring refuses or penalizes such pairs), so this split loses little.
    let first_date = |index: usize| {
        claims.get(index).map(|claim| {
            let date = claim.context.anchors.iter().find_map(|anchor| match anchor {
                Anchor::Date(date) => Some((date.month, date.day)),
                _ => None,
            });
            (date, claim.context.places.first().map(String::as_str))
        })
    };
    // Stable: claims keep id order within one key; dated claims first, then by place.
    block.sort_by_key(|&index| {
        first_date(index).map(|(date, place)| {
            (date.map_or((1, None, None), |(month, day)| (0, month, day)), place)
        })
    });
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < block.len() {
        let key = block.get(start).map(|&index| first_date(index));
        let end = block
            .get(start..)
            .unwrap_or_default()
            .iter()
            .position(|&index| Some(first_date(index)) != key)
            .map_or(block.len(), |len| start + len);
        for chunk in block.get(start..end).unwrap_or_default().chunks(max_block.max(1)) {
            pieces.push(chunk.to_vec());
        }
        start = end;
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::ClaimContext;
    use crate::extract::figures::{DateValue, Quantity, Value};
    use crate::span::Span;

    fn claim(id: usize, topic: &str, day: Option<u8>) -> Claim {
        Claim {
            id: format!("d{id:04}#1"),
            doc: format!("d{id:04}"),
            quantity: Some(Quantity {
                kind: QuantityKind::Count,
                span: Span::new(0, 1),
                value: Value::Number(1.0),
                low: None,
                high: None,
                approximate: false,
                unit: None,
                counted: None,
                event: None,
                number: Span::new(0, 1),
                range: false,
                relative: false,
                series: None,
                part_of: None,
            }),
            topic: Some(topic.to_string()),
            context: ClaimContext {
                anchors: day
                    .map(|day| {
                        Anchor::Date(DateValue {
                            year: None,
                            month: Some(10),
                            day: Some(day),
                            year_inferred: false,
                        })
                    })
                    .into_iter()
                    .collect(),
                ..ClaimContext::default()
            },
            ..Claim::default()
        }
    }

    #[test]
    fn blocks_by_topic_and_skips_claims_without_one() {
        let mut claims = vec![
            claim(2, "soldiers killed", None),
            claim(1, "round of talks", None),
            claim(0, "soldiers killed", None),
        ];
        claims.push(Claim { topic: None, ..claim(3, "x", None) });
        let (blocks, capped) = blocks(&claims, 10);
        assert_eq!(blocks, vec![vec![1], vec![2, 0]]);
        assert!(capped.is_empty());
    }

    #[test]
    fn oversized_blocks_are_split_and_recorded() {
        let claims: Vec<Claim> = (0..25)
            .map(|id| claim(id, "soldiers killed", if id % 2 == 0 { Some(12) } else { None }))
            .collect();
        let (blocks, capped) = blocks(&claims, 5);
        assert!(blocks.iter().all(|block| block.len() <= 5));
        assert_eq!(blocks.iter().map(Vec::len).sum::<usize>(), 25);
        assert_eq!(
            capped,
            vec![CappedBlock { topic: "soldiers killed".to_string(), claims: 25, pieces: 6 }]
        );
        // The dated claims come first and stay together as far as the cap allows.
        assert!(blocks.first().is_some_and(|block| block.iter().all(|index| index % 2 == 0)));
    }
}
