//! Cost grows linearly with input: the same extraction and matching over 1x and
//! 10x the input.
//!
//! `cargo bench --bench linearity` extracts claims from a corpus of N documents and
//! of 10N documents (BBC News from `../shared/corpora` when present, else the seeds
//! repeated under new ids) and matches them. The time per document should stay
//! about the same; `BENCHMARKS.md` records the ratio.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_main};
use crosscheck::{Claim, Document, Extractor, Matcher, ReadOptions, read_inputs};

fn corpus() -> Vec<Document> {
    let shared = std::env::var_os("CROSSCHECK_SHARED")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"), PathBuf::from);
    let bbc = shared.join("corpora/bbc/bbc_news.jsonl");
    if bbc.exists() {
        return read_inputs(&[bbc], &ReadOptions::default()).documents;
    }
    eprintln!("{} is absent: using the seeds, repeated", bbc.display());
    let seeds = read_inputs(
        &[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")],
        &ReadOptions::default(),
    );
    (0..500)
        .flat_map(|copy| {
            seeds
                .documents
                .iter()
                .map(move |doc| Document::new(format!("{}-{copy}", doc.id()), doc.text()))
        })
        .collect()
}

fn linearity(c: &mut Criterion) {
    let documents = corpus();
    let small = documents.len().min(2000) / 10;
    let extractor = Extractor::new();
    let mut group = c.benchmark_group("linearity");
    group.sample_size(10);
    for n in [small, small * 10] {
        let slice = &documents[..n];
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("extract", n), slice, |b, slice| {
            b.iter(|| {
                slice.iter().map(|doc| extractor.extract(black_box(doc)).len()).sum::<usize>()
            });
        });
        let claims: Vec<Claim> = slice.iter().flat_map(|doc| extractor.extract(doc)).collect();
        group.throughput(Throughput::Elements(claims.len() as u64));
        group.bench_with_input(BenchmarkId::new("match", claims.len()), &claims, |b, claims| {
            b.iter(|| Matcher::new().reconcile(black_box(claims)).len());
        });
    }
    group.finish();
}

/// Criterion's macro makes an undocumented public function; a private module keeps it out of the lint.
mod harness {
    criterion::criterion_group!(benches, super::linearity);
}
criterion_main!(harness::benches);
