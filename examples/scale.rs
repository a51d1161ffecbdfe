//! Measures the pipeline at scale on a generated corpus: time and peak memory.
//!
//! ```sh
//! cargo run --release --example scale -- [CLAIMS ...]
//! ```
//!
//! For each target number of claims (default 10000 100000 1000000) it generates
//! stories until extraction yields about that many claims, then times the matcher and the
//! JSON report written to a file under `target/` (end to end: claims → facts →
//! report on disk; extraction is timed apart), and prints peak resident memory (Linux `VmHWM`,
//! read once the report is written: the accuracy scoring after it is not counted), pairwise precision
//! and recall of the facts against the generator's truth. With `SCALE_STAGES=1` it also prints,
//! on stderr, resident and peak memory after each stage (generated, extracted, matched, reported, scored). Each size runs in a fresh
//! process so that peak memory is its own: the example re-runs itself per size.

mod support {
    pub mod corpus;
}

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use crosscheck::{Claim, Extractor, Matcher};
use rayon::prelude::*;
use support::corpus::{self, Config};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, claims] = args.as_slice()
        && flag == "--one"
    {
        return one(claims.parse()?);
    }
    let sizes = if args.is_empty() {
        vec!["10000".to_string(), "100000".to_string(), "1000000".to_string()]
    } else {
        args
    };
    println!(
        "| claims | with topic | documents | extract s | match s | JSON report s | match+report s | pairs scored | split blocks | facts | conflicts | report MiB | peak MiB | pair precision | pair recall |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for size in sizes {
        let status = Command::new(std::env::current_exe()?).args(["--one", &size]).status()?;
        if !status.success() {
            eprintln!("size {size} failed: {status}");
        }
    }
    Ok(())
}

fn one(target: usize) -> Result<(), Box<dyn std::error::Error>> {
    let project = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = std::env::var_os("CROSSCHECK_SHARED")
        .map_or_else(|| project.join("../shared"), PathBuf::from);
    let templates = corpus::templates(&project, shared.exists().then_some(shared.as_path()));
    let reports = 5;
    let config = Config { stories: 1, reports, ..Config::default() };
    // Estimate how many stories give the target number of claims from a sample.
    let sample = corpus::generate(&templates, &Config { stories: 200, ..config.clone() });
    let extractor = Extractor::new();
    let sample_claims: usize =
        sample.documents.iter().map(|doc| extractor.extract(doc).len()).sum();
    let stories = (target * 200).div_ceil(sample_claims.max(1)).max(1);
    let generated = corpus::generate(&templates, &Config { stories, ..config });
    stage("generated");

    // As `crosscheck reconcile` does, only the claims the matcher considers are
    // kept (all are counted). Where a claim left out has a figure, its document
    // and sentence are noted: recall counts it as missed.
    let started = Instant::now();
    let matcher = Matcher::new();
    let extracted = AtomicUsize::new(0);
    let missed = Mutex::new(Vec::new());
    let claims: Vec<Claim> = generated
        .documents
        .par_iter()
        .enumerate()
        .flat_map_iter(|(doc_index, doc)| {
            let mut claims = extractor.extract(doc);
            extracted.fetch_add(claims.len(), Ordering::Relaxed);
            let left_out: Vec<(usize, usize)> = claims
                .iter()
                .filter(|claim| claim.quantity.is_some() && !matcher.considers(claim))
                .map(|claim| (doc_index, claim.sentence.start))
                .collect();
            if !left_out.is_empty()
                && let Ok(mut missed) = missed.lock()
            {
                missed.extend(left_out);
            }
            claims.retain(|claim| matcher.considers(claim));
            claims
        })
        .collect();
    let extracted = extracted.into_inner();
    let missed = missed.into_inner().unwrap_or_default();
    let extract_seconds = started.elapsed().as_secs_f64();
    stage("extracted");
    if std::env::var_os("SCALE_STAGES").is_some() {
        let considered = claims.iter().filter(|claim| matcher.considers(claim)).count();
        eprintln!("kept {} of {extracted} claims, {considered} considered", claims.len());
    }

    // End to end below means: claims in memory → facts → JSON report written to a
    // file (the same work as `crosscheck reconcile --format json` after extraction).
    let started = Instant::now();
    let outcome = matcher.reconcile_all(&claims);
    let match_seconds = started.elapsed().as_secs_f64();
    stage("matched");
    let facts = &outcome.facts;

    let started = Instant::now();
    let run = crosscheck::report::Run {
        documents: &generated.documents,
        claims: &claims,
        facts,
        failures: &[],
        capped: &outcome.capped,
        extracted: Some(extracted),
    };
    let path = project.join("target").join(format!("scale-report-{target}.json"));
    let mut out = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(&path)?);
    crosscheck::report::write_reconcile(&mut out, crosscheck::report::Format::Json, &run)?;
    std::io::Write::flush(&mut out)?;
    drop(out);
    let report_seconds = started.elapsed().as_secs_f64();
    stage("reported");
    // The peak of the pipeline: the accuracy scoring below is the harness's own
    // work (maps over the generator's truth) and is not counted.
    let peak = peak_mib();
    let report_mib = std::fs::metadata(&path).map_or(0, |meta| meta.len() >> 20);
    std::fs::remove_file(&path)?;

    let with_topic = claims.iter().filter(|c| c.topic.is_some() && c.quantity.is_some()).count();
    let conflicts = facts.iter().filter(|fact| fact.status == crosscheck::Status::Conflict).count();
    let (precision, recall) = pairwise(&generated, &claims, facts, &missed);
    stage("scored (harness, not counted)");
    println!(
        "| {} | {with_topic} | {} | {extract_seconds:.2} | {match_seconds:.2} | {report_seconds:.2} | {:.2} | {} | {} | {} | {conflicts} | {report_mib} | {} | {precision:.3} | {recall:.3} |",
        extracted,
        generated.documents.len(),
        match_seconds + report_seconds,
        outcome.pairs,
        outcome.capped.len(),
        facts.len(),
        peak.map_or_else(|| "?".to_string(), |mib| mib.to_string()),
    );
    Ok(())
}

/// Pairwise precision and recall of the facts: a pair of claims is right when both
/// state the same generated fact; only claims on generated fact sentences count.
/// `missed` holds the document index and sentence start of each claim with a
/// figure that was left out before matching (no topic): never in a fact.
fn pairwise(
    generated: &corpus::Corpus,
    claims: &[Claim],
    facts: &[crosscheck::Fact],
    missed: &[(usize, usize)],
) -> (f64, f64) {
    let truth: HashMap<(&str, usize), (usize, usize)> = generated
        .truth
        .iter()
        .map(|row| ((row.doc.as_str(), row.sentence.start), (row.story, row.fact)))
        .collect();
    // A fact sentence may also give a claim without a figure (a second
    // attribution, "X said ..., police said"): only the figure is the fact.
    let key = |claim: &Claim| {
        claim.quantity.as_ref()?;
        truth.get(&(claim.doc.as_str(), claim.sentence.start)).copied()
    };
    let pairs = |counts: &HashMap<(usize, usize), u64>| {
        counts.values().map(|n| n * n.saturating_sub(1) / 2).sum::<u64>()
    };
    let mut true_positive = 0;
    let mut predicted = 0;
    for fact in facts {
        let mut counts = HashMap::new();
        let mut members = 0u64;
        for value in &fact.values {
            for &index in &value.claims {
                if let Some(found) = claims.get(index).and_then(key) {
                    *counts.entry(found).or_insert(0u64) += 1;
                    members += 1;
                }
            }
        }
        true_positive += pairs(&counts);
        predicted += members * members.saturating_sub(1) / 2;
    }
    let mut expected = HashMap::new();
    for claim in claims {
        if let Some(found) = key(claim) {
            *expected.entry(found).or_insert(0u64) += 1;
        }
    }
    for &(doc_index, start) in missed {
        let doc = generated.documents.get(doc_index).map_or("", crosscheck::Document::id);
        if let Some(&found) = truth.get(&(doc, start)) {
            *expected.entry(found).or_insert(0u64) += 1;
        }
    }
    let expected = pairs(&expected);
    #[expect(clippy::cast_precision_loss, reason = "ratios")]
    let ratio = |a: u64, b: u64| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    (ratio(true_positive, predicted), ratio(true_positive, expected))
}

/// Peak resident memory of this process in MiB, from `/proc/self/status`.
fn peak_mib() -> Option<u64> {
    status_mib("VmHWM:")
}

/// A memory line of `/proc/self/status` in MiB (`VmHWM:` the peak, `VmRSS:` now).
fn status_mib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with(field))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024)
}

/// With `SCALE_STAGES` set, prints resident and peak memory after a stage on stderr,
/// to see which stage makes the peak.
fn stage(name: &str) {
    if std::env::var_os("SCALE_STAGES").is_some() {
        let show = |mib: Option<u64>| mib.map_or_else(|| "?".to_string(), |mib| mib.to_string());
        eprintln!(
            "{name}: resident {} MiB, peak {} MiB",
            show(status_mib("VmRSS:")),
            show(status_mib("VmHWM:")),
        );
    }
}
