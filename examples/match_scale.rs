//! Times the matcher on synthetic claims: `cargo run --release --example match_scale -- 100000`.
//!
//! Claims are spread over 2,000 topics and 60 dates, name 3 of 5,000 names in
//! their sentence and 8 in their document, five claims per document,
//! with values drawn so that about one fact in ten conflicts. This is a quick
//! check of how time grows with claims, not the benchmark of issue 6.

use std::time::Instant;

use crosscheck::claim::{Anchor, ClaimContext};
use crosscheck::extract::figures::{DateValue, Quantity, Value};
use crosscheck::{Claim, Matcher, Status};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n_claims: usize = std::env::args().nth(1).map_or(Ok(100_000), |arg| arg.parse())?;
    let template: Quantity = serde_json::from_value(serde_json::json!({
        "kind": "count", "span": {"start": 0, "end": 2}, "value": {"Number": 1.0},
        "low": null, "high": null, "approximate": false, "unit": null, "counted": null, "event": null,
        "number": {"start": 0, "end": 2}, "range": false, "relative": false
    }))?;
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let topics: Vec<String> = (0..2_000).map(|i| format!("topic {i}")).collect();
    let names: Vec<String> = (0..5_000).map(|i| format!("name {i:04}")).collect();
    let pick = |count: usize, next: &mut dyn FnMut() -> u64| -> Vec<String> {
        let mut chosen: Vec<String> = (0..count)
            .filter_map(|_| names.get(usize::try_from(next() % 5_000).unwrap_or(0)).cloned())
            .collect();
        chosen.sort_unstable();
        chosen.dedup();
        chosen
    };
    let started = Instant::now();
    let claims: Vec<Claim> = (0..n_claims)
        .map(|i| {
            let topic = usize::try_from(next() % 2_000).unwrap_or(0);
            let day = u8::try_from(next() % 30 + 1).unwrap_or(1);
            let mut quantity = template.clone();
            let wrong = next() % 10 == 0;
            quantity.value = Value::Number(f64::from(
                u32::try_from(topic % 50).unwrap_or(0) + u32::from(day) + u32::from(wrong),
            ));
            let mut claim = Claim::default();
            claim.id = format!("d{:07}#{}", i / 5, i % 5 + 1);
            claim.doc = format!("d{:07}", i / 5);
            claim.topic = topics.get(topic).cloned();
            claim.quantity = Some(quantity);
            let mut context = ClaimContext::default();
            context.anchors = vec![Anchor::Date(DateValue {
                year: None,
                month: Some(10 + (day % 2)),
                day: Some(day),
                year_inferred: false,
                season: None,
                century_inferred: false,
            })];
            context.fingerprint = next();
            context.entities = pick(3, &mut next);
            context.document_entities = pick(8, &mut next).into();
            claim.context = context;
            claim
        })
        .collect();
    let generated = started.elapsed();
    let started = Instant::now();
    let outcome = Matcher::new().reconcile_all(&claims);
    let matched = started.elapsed();
    let conflicts = outcome.facts.iter().filter(|fact| fact.status == Status::Conflict).count();
    println!(
        "{n_claims} claims (generated in {generated:.2?}): {} facts, {conflicts} conflicts, {} pairs scored, {} capped blocks, matched in {matched:.2?}",
        outcome.facts.len(),
        outcome.pairs,
        outcome.capped.len()
    );
    Ok(())
}
