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

use std::collections::BTreeMap;

use rayon::slice::ParallelSliceMut;

use crate::claim::{Anchor, Claim};
use crate::extract::figures::QuantityKind;
use crate::matcher::CappedBlock;

/// The claims of one block, as indexes into the claims given to the matcher,
/// in claim id order.
pub(crate) type Block = Vec<usize>;

/// Groups the claims that have a topic and a figure into blocks of at most
/// `max_block` claims; `rank` is from [`ranks`].
pub(crate) fn blocks(
    claims: &[Claim],
    rank: &[u32],
    max_block: usize,
) -> (Vec<Block>, Vec<CappedBlock>) {
    // Claims in id order (by their precomputed rank, so no string is compared
    // here), then grouped by key: each block comes out in id order, and the
    // blocks in key order, with one map lookup per claim.
    let mut order: Vec<usize> = (0..claims.len())
        .filter(|&index| rank.get(index).is_some_and(|&rank| rank != u32::MAX))
        .collect();
    order.par_sort_unstable_by_key(|&index| rank.get(index).copied());
    let mut grouped: BTreeMap<(QuantityKind, &str), Block> = BTreeMap::new();
    for index in order {
        let Some(claim) = claims.get(index) else { continue };
        let (Some(quantity), Some(topic)) = (claim.quantity.as_ref(), claim.topic.as_deref())
        else {
            continue;
        };
        grouped.entry((quantity.kind, topic)).or_default().push(index);
    }

    let mut blocks = Vec::with_capacity(grouped.len());
    let mut capped = Vec::new();
    for ((_, topic), block) in grouped {
        if block.len() <= max_block {
            blocks.push(block);
        } else {
            let size = block.len();
            let pieces = split(claims, rank, &block, max_block);
            capped.push(CappedBlock {
                topic: topic.to_string(),
                claims: size,
                pieces: pieces.len(),
            });
            blocks.extend(pieces);
        }
    }
    (blocks, capped)
}

/// The position of each claim with a topic and a figure in [`claim_order`]
/// (`u32::MAX` for the others): one sort of the strings, after which every
/// comparison of claims is a comparison of two numbers.
pub(crate) fn ranks(claims: &[Claim]) -> Vec<u32> {
    // The first 16 bytes of each id, as a number that orders like the bytes,
    // sit next to the index: most comparisons are of two numbers in one
    // contiguous array, and only ties read the claims (scattered in memory,
    // which at a million claims made the sort cost more than the matching).
    let mut order: Vec<(u128, usize)> = claims
        .iter()
        .enumerate()
        .filter(|(_, claim)| crate::matcher::considered(claim))
        .map(|(index, claim)| (prefix(&claim.id), index))
        .collect();
    order.par_sort_unstable_by(|x, y| {
        x.0.cmp(&y.0).then_with(|| claim_order(claims, x.1, y.1)).then_with(|| x.1.cmp(&y.1))
    });
    let mut rank = vec![u32::MAX; claims.len()];
    for (position, (_, index)) in order.into_iter().enumerate() {
        if let (Some(slot), Ok(position)) = (rank.get_mut(index), u32::try_from(position)) {
            *slot = position;
        }
    }
    rank
}

/// The first 16 bytes of `id`, zero-padded, big-endian: when two prefixes
/// differ they order as the whole strings do; when equal, the strings decide.
fn prefix(id: &str) -> u128 {
    let mut bytes = [0_u8; 16];
    for (slot, byte) in bytes.iter_mut().zip(id.bytes()) {
        *slot = byte;
    }
    u128::from_be_bytes(bytes)
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

/// What an oversized block is split by: whether dated, month, day; the first place's hash.
type SplitKey = ((u8, Option<u8>, Option<u8>), Option<u64>);

/// Splits an oversized block by first date anchor and first place, then into runs of `max_block`.
fn split(claims: &[Claim], rank: &[u32], block: &[usize], max_block: usize) -> Vec<Block> {
    // Claims with different dates or places are about different events anyway
    // (scoring refuses or penalizes such pairs), so this split loses little.
    // The key is computed once per claim and holds the place as a hash (FNV-1a,
    // fixed, so the order is the same on every run): sorting a big block then
    // compares small numbers in one array instead of strings scattered in memory.
    let key = |index: usize| {
        let claim = claims.get(index);
        let date = claim.and_then(|claim| {
            claim.context.anchors.iter().find_map(|anchor| match anchor {
                Anchor::Date(date) => Some((date.month, date.day)),
                _ => None,
            })
        });
        let place = claim.and_then(|claim| claim.context.places.first()).map(|place| {
            place.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
                (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
            })
        });
        // Dated claims first; within one key, claims stay in id order.
        (date.map_or((1, None, None), |(month, day)| (0, month, day)), place)
    };
    let mut keyed: Vec<(SplitKey, u32, usize)> = block
        .iter()
        .map(|&index| (key(index), rank.get(index).copied().unwrap_or(u32::MAX), index))
        .collect();
    keyed.sort_unstable();
    let mut pieces = Vec::new();
    for run in keyed.chunk_by(|x, y| x.0 == y.0) {
        for chunk in run.chunks(max_block.max(1)) {
            pieces.push(chunk.iter().map(|entry| entry.2).collect());
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::ClaimContext;
    use crate::matcher::testing;

    fn claim(id: usize, topic: &str, day: Option<u8>) -> Claim {
        Claim {
            id: format!("d{id:04}#1"),
            doc: format!("d{id:04}"),
            quantity: Some(testing::count(1.0)),
            topic: Some(topic.to_string()),
            context: ClaimContext {
                anchors: day
                    .map(|day| Anchor::Date(testing::day_of(10, day)))
                    .into_iter()
                    .collect(),
                ..ClaimContext::default()
            },
            ..Claim::default()
        }
    }

    #[test]
    fn prefixes_order_like_the_strings() {
        let ids = ["", "a", "a\u{0}", "ab", "abcdefghijklmnop", "abcdefghijklmnopq", "b", "é"];
        for x in ids {
            for y in ids {
                let (px, py) = (prefix(x), prefix(y));
                if px != py {
                    assert_eq!(px.cmp(&py), x.cmp(y), "{x:?} {y:?}");
                }
            }
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
        let (blocks, capped) = blocks(&claims, &ranks(&claims), 10);
        assert_eq!(blocks, vec![vec![1], vec![2, 0]]);
        assert!(capped.is_empty());
    }

    #[test]
    fn oversized_blocks_are_split_and_recorded() {
        let claims: Vec<Claim> = (0..25)
            .map(|id| claim(id, "soldiers killed", if id % 2 == 0 { Some(12) } else { None }))
            .collect();
        let (blocks, capped) = blocks(&claims, &ranks(&claims), 5);
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
