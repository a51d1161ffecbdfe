//! Reconciling is a function of the set of inputs: order, thread count and grouping
//! do not change what it sees.

use std::collections::BTreeSet;
use std::process::Command;

use crosscheck::{Claim, Document, Extractor, Matcher, ReadOptions, read_inputs};
use proptest::prelude::*;

use crate::support;

fn seeds() -> Vec<Document> {
    read_inputs(&[support::seeds()], &ReadOptions::default()).documents
}

/// Every claim id the facts mention.
fn claims_in_facts(claims: &[Claim]) -> BTreeSet<String> {
    Matcher::new()
        .reconcile(claims)
        .iter()
        .flat_map(|fact| fact.values.iter().flat_map(|value| value.claims.iter()))
        .filter_map(|&index| claims.get(index).map(|claim| claim.id.clone()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Reconciling A together with B sees every claim of A and of B: each claim
    /// with a topic lands in a fact whether A and B are reconciled apart or together.
    #[test]
    fn together_sees_every_claim_of_each(split in prop::collection::vec(any::<bool>(), 5)) {
        let documents = seeds();
        let extractor = Extractor::new();
        let claims_a: Vec<Claim> = documents.iter().zip(&split).filter(|(_, in_a)| **in_a).flat_map(|(doc, _)| extractor.extract(doc)).collect();
        let claims_b: Vec<Claim> = documents.iter().zip(&split).filter(|(_, in_a)| !**in_a).flat_map(|(doc, _)| extractor.extract(doc)).collect();
        let together: Vec<Claim> = claims_a.iter().chain(&claims_b).cloned().collect();
        let with_topic = |claims: &[Claim]| -> BTreeSet<String> {
            claims.iter().filter(|claim| claim.topic.is_some()).map(|claim| claim.id.clone()).collect()
        };
        let seen = claims_in_facts(&together);
        prop_assert_eq!(&seen, &with_topic(&together));
        prop_assert!(with_topic(&claims_a).is_subset(&seen));
        prop_assert!(with_topic(&claims_b).is_subset(&seen));
    }
}

#[test]
fn output_is_the_same_for_any_file_order() {
    let mut files: Vec<String> = std::fs::read_dir(support::seeds())
        .expect("seeds")
        .map(|entry| entry.expect("entry").path().display().to_string())
        .collect();
    files.sort();
    let run = |args: &[&str], files: &[String]| {
        let output = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .args(args)
            .args(files)
            .output()
            .expect("run crosscheck");
        assert_eq!(output.status.code(), Some(0));
        output.stdout
    };
    for args in [
        ["reconcile", "--format", "json"],
        ["reconcile", "--format", "text"],
        ["extract", "--format", "jsonl"],
    ] {
        let forward = run(&args, &files);
        let mut shuffled = files.clone();
        shuffled.reverse();
        assert_eq!(run(&args, &shuffled), forward, "{args:?}");
        shuffled.rotate_left(2);
        assert_eq!(run(&args, &shuffled), forward, "{args:?}");
    }
}
