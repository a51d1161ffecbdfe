//! Criterion benchmarks at scale: the matcher at 10k, 100k and 1M claims, and the
//! command line end to end on a folder of 100,000 small files.
//!
//! `cargo bench --bench scale` (add `-- matcher` or `-- cli` for one group).
//! Claims come from the synthetic corpus generator (`examples/support/corpus.rs`):
//! stories with known facts, extracted once in setup by the real pipeline; the
//! three sizes are prefixes of one run of claims. The files of the CLI benchmark
//! are written once under `target/bench-cli/` and reused. Peak memory is not
//! something criterion measures: `cargo run --release --example scale` prints it.

#[path = "../examples/support/corpus.rs"]
mod corpus;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_main};
use crosscheck::{Claim, Document, Extractor, Matcher};
use rayon::prelude::*;

fn project() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The generated reports of `stories` stories (five reports a story, about 4.6 claims a report).
fn documents(stories: usize) -> Vec<Document> {
    let shared = std::env::var_os("CROSSCHECK_SHARED")
        .map_or_else(|| project().join("../shared"), PathBuf::from);
    let templates = corpus::templates(&project(), shared.exists().then_some(shared.as_path()));
    corpus::generate(&templates, &corpus::Config { stories, ..corpus::Config::default() }).documents
}

fn matcher(c: &mut Criterion) {
    const SIZES: [usize; 3] = [10_000, 100_000, 1_000_000];
    let extractor = Extractor::new();
    // 5 reports a story, about 23 claims a story.
    let claims: Vec<Claim> = documents(SIZES[2] / 20)
        .par_iter()
        .flat_map_iter(|document| extractor.extract(document))
        .collect();
    let mut group = c.benchmark_group("match");
    group.sample_size(10).warm_up_time(Duration::from_secs(1));
    for size in SIZES {
        let Some(claims) = claims.get(..size) else {
            eprintln!("only {} claims generated; skipping {size}", claims.len());
            continue;
        };
        group.throughput(Throughput::Elements(size as u64));
        group.bench_with_input(BenchmarkId::new("claims", size), claims, |b, claims| {
            b.iter(|| Matcher::new().reconcile_all(black_box(claims)).facts.len());
        });
    }
    group.finish();
}

/// Writes `count` generated reports as `.txt` files into `folder`, once.
fn small_files(folder: &Path, count: usize) -> std::io::Result<()> {
    let marker = folder.join(format!(".complete-{count}"));
    if marker.exists() {
        return Ok(());
    }
    let _ = std::fs::remove_dir_all(folder);
    std::fs::create_dir_all(folder)?;
    for document in documents(count / 5).iter().take(count) {
        std::fs::write(folder.join(format!("{}.txt", document.id())), document.text())?;
    }
    std::fs::write(marker, b"")
}

fn cli(c: &mut Criterion) {
    const FILES: usize = 100_000;
    let folder = project().join("target/bench-cli");
    if let Err(error) = small_files(&folder, FILES) {
        eprintln!("skipping the CLI benchmark: cannot write {}: {error}", folder.display());
        return;
    }
    let mut group = c.benchmark_group("cli");
    group.sample_size(10).warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_mins(1));
    group.throughput(Throughput::Elements(FILES as u64));
    group.bench_function(BenchmarkId::new("reconcile_json_files", FILES), |b| {
        b.iter(|| {
            let status = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
                .args(["reconcile", "--format", "json"])
                .arg(&folder)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
            assert!(status.is_ok_and(|status| status.success()), "crosscheck failed");
        });
    });
    group.finish();
}

/// Criterion's macro makes an undocumented public function; a private module keeps it out of the lint.
mod harness {
    criterion::criterion_group!(benches, super::matcher, super::cli);
}
criterion_main!(harness::benches);
