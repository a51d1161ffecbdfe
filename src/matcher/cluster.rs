//! Clustering the claims of one block: deterministic union-find over scored pairs.
//!
//! Every pair of the block is scored (the block is capped, so this is bounded);
//! pairs at or above the threshold are joined in a fixed order (best score first,
//! then by position), so the clusters never depend on thread scheduling or input
//! order. A join is refused when it would put two claims that cannot be about the
//! same fact (different dates, incompatible values in one document) into one
//! cluster, so such constraints hold across chains of links too.

use crate::claim::Claim;
use crate::matcher::score;

/// Clusters the claims `members` (indexes into `claims`, in id order); returns
/// clusters of indexes into `claims`, each in id order, in order of their first member.
pub(crate) fn cluster(claims: &[Claim], members: &[usize], min_score: f64) -> Vec<Vec<usize>> {
    let count = members.len();
    let mut edges: Vec<(f64, u32, u32)> = Vec::new();
    let mut cannot: Vec<(u32, u32)> = Vec::new();
    let features: Vec<score::Features<'_>> =
        members.iter().filter_map(|&index| claims.get(index)).map(score::features).collect();
    for (i, a) in features.iter().enumerate() {
        for (j, b) in features.iter().enumerate().skip(i + 1) {
            let (Ok(i), Ok(j)) = (u32::try_from(i), u32::try_from(j)) else { continue };
            match score::score(a, b) {
                Some(value) if value >= min_score => edges.push((value, i, j)),
                Some(_) => {}
                None => cannot.push((i, j)),
            }
        }
    }
    edges.sort_unstable_by(|x, y| y.0.total_cmp(&x.0).then_with(|| (x.1, x.2).cmp(&(y.1, y.2))));
    cannot.sort_unstable();

    let mut parent: Vec<usize> = (0..count).collect();
    let mut groups: Vec<Vec<u32>> =
        (0..count).map(|i| vec![u32::try_from(i).unwrap_or(u32::MAX)]).collect();
    for (_, i, j) in edges {
        let (root_i, root_j) =
            (find_root(&mut parent, i as usize), find_root(&mut parent, j as usize));
        if root_i == root_j {
            continue;
        }
        let (keep, gone) = (root_i.min(root_j), root_i.max(root_j));
        let blocked = {
            let (left, right) = (
                groups.get(keep).map_or(&[][..], Vec::as_slice),
                groups.get(gone).map_or(&[][..], Vec::as_slice),
            );
            left.iter().any(|&p| {
                right.iter().any(|&q| cannot.binary_search(&(p.min(q), p.max(q))).is_ok())
            })
        };
        if blocked {
            continue;
        }
        if let Some(slot) = parent.get_mut(gone) {
            *slot = keep;
        }
        let moved = groups.get_mut(gone).map(std::mem::take).unwrap_or_default();
        if let Some(group) = groups.get_mut(keep) {
            group.extend(moved);
        }
    }
    groups
        .into_iter()
        .filter(|group| !group.is_empty())
        .map(|mut group| {
            group.sort_unstable();
            group.into_iter().filter_map(|local| members.get(local as usize).copied()).collect()
        })
        .collect()
}

pub(crate) fn find_root(parent: &mut [usize], mut node: usize) -> usize {
    let mut root = node;
    while let Some(&up) = parent.get(root) {
        if up == root {
            break;
        }
        root = up;
    }
    // Path compression keeps later finds short.
    while let Some(&up) = parent.get(node) {
        if up == root {
            break;
        }
        if let Some(slot) = parent.get_mut(node) {
            *slot = root;
        }
        node = up;
    }
    root
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{Anchor, ClaimContext};
    use crate::matcher::testing;

    fn claim(doc: &str, value: f64, day: Option<u8>) -> Claim {
        Claim {
            id: format!("{doc}#1"),
            doc: doc.to_string(),
            quantity: Some(testing::count(value)),
            topic: Some("soldiers killed".to_string()),
            context: ClaimContext {
                anchors: day
                    .map(|day| Anchor::Date(testing::day_of(10, day)))
                    .into_iter()
                    .collect(),
                // One story: the same names in both documents.
                document_entities: vec!["Pakistan".to_string()].into(),
                ..ClaimContext::default()
            },
            ..Claim::default()
        }
    }

    #[test]
    fn links_same_topic_claims() {
        let claims = [claim("a", 5.0, None), claim("b", 23.0, None), claim("c", 5.0, None)];
        assert_eq!(cluster(&claims, &[0, 1, 2], 0.45), vec![vec![0, 1, 2]]);
    }

    #[test]
    fn a_chain_cannot_join_two_dated_events() {
        // b (no anchor) links to both, but a and c are dated on different days.
        let claims = [claim("a", 5.0, Some(12)), claim("b", 5.0, None), claim("c", 9.0, Some(26))];
        let clusters = cluster(&claims, &[0, 1, 2], 0.45);
        assert_eq!(clusters.len(), 2);
        assert!(!clusters.iter().any(|c| c.contains(&0) && c.contains(&2)));
    }

    #[test]
    fn find_compresses_paths() {
        let mut parent = vec![0, 0, 1, 2];
        assert_eq!(find_root(&mut parent, 3), 0);
        assert_eq!(parent, vec![0, 0, 0, 0]);
    }
}
