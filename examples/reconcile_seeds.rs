//! Reconciles the seed articles and prints the conflicts they contain.
//!
//! ```sh
//! cargo run --example reconcile_seeds            # the project's seeds/
//! cargo run --example reconcile_seeds -- DIR...  # any files or folders
//! ```
//!
//! Only the public API is used: read the inputs, extract claims, match them,
//! write the text report of the conflicts.

use std::path::PathBuf;

use crosscheck::report::{self, Failure, Format, Run};
use crosscheck::{Extractor, Matcher, ReadOptions, Status, read_inputs};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        paths.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds"));
    }
    let inputs = read_inputs(&paths, &ReadOptions::default());
    let failures: Vec<Failure> = inputs.errors.iter().map(Failure::from_error).collect();

    let extractor = Extractor::new();
    let claims: Vec<_> =
        inputs.documents.iter().flat_map(|document| extractor.extract(document)).collect();
    let outcome = Matcher::new().reconcile_all(&claims);
    let conflicts: Vec<_> =
        outcome.facts.iter().filter(|fact| fact.status == Status::Conflict).cloned().collect();

    println!(
        "{} documents, {} claims, {} facts, {} conflicts",
        inputs.documents.len(),
        claims.len(),
        outcome.facts.len(),
        conflicts.len()
    );
    let run = Run {
        documents: &inputs.documents,
        claims: &claims,
        facts: &conflicts,
        failures: &failures,
        capped: &outcome.capped,
        ..Run::default()
    };
    report::write_reconcile(std::io::stdout().lock(), Format::Text, &run)?;
    Ok(())
}
