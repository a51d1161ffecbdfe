//! Criterion benchmarks of the pipeline.
//!
//! `cargo bench --bench pipeline` measures extraction throughput on the seeds and,
//! when `../shared/corpora` is present (or `CROSSCHECK_SHARED` points to it), on the
//! BBC News and Wikinews corpora. Throughput is reported in bytes and in words, on
//! one thread (`extract`) and on all cores (`extract_parallel`), and for the figure
//! extractor alone (`figures`: `extract::figures::find` over every sentence, one
//! thread).

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_main};
use crosscheck::extract::figures::{self, Context};
use crosscheck::{Document, Extractor, ReadOptions, Span, read_inputs, text};
use rayon::prelude::*;

fn shared() -> PathBuf {
    std::env::var_os("CROSSCHECK_SHARED")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"), PathBuf::from)
}

/// The corpora to measure: the seeds always, the shared corpora when present.
fn corpora() -> Vec<(&'static str, Vec<Document>)> {
    let mut corpora = Vec::new();
    let seeds = read_inputs(
        &[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")],
        &ReadOptions::default(),
    );
    corpora.push(("seeds", seeds.documents));
    for (name, path) in [
        ("bbc", "corpora/bbc/bbc_news.jsonl"),
        ("wikinews", "corpora/wikinews/wikinews_2019_2020.jsonl"),
    ] {
        let path = shared().join(path);
        if path.exists() {
            corpora.push((name, read_inputs(&[path], &ReadOptions::default()).documents));
        } else {
            eprintln!("skipping the {name} corpus: {} is absent", path.display());
        }
    }
    corpora
}

fn extraction(c: &mut Criterion) {
    let extractor = Extractor::new();
    for (name, documents) in corpora() {
        let bytes: usize = documents.iter().map(|doc| doc.text().len()).sum();
        let words: usize = documents.iter().map(|doc| doc.text().split_whitespace().count()).sum();
        let mut group = c.benchmark_group("extract");
        group.sample_size(10);
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(BenchmarkId::new("bytes", name), &documents, |b, documents| {
            b.iter(|| {
                documents.iter().map(|doc| extractor.extract(black_box(doc)).len()).sum::<usize>()
            });
        });
        group.throughput(Throughput::Elements(words as u64));
        group.bench_with_input(BenchmarkId::new("words", name), &documents, |b, documents| {
            b.iter(|| {
                documents.iter().map(|doc| extractor.extract(black_box(doc)).len()).sum::<usize>()
            });
        });
        group.finish();

        // All cores, as the command line runs it (rayon, one document per task).
        let mut group = c.benchmark_group("extract_parallel");
        group.sample_size(10);
        group.throughput(Throughput::Elements(words as u64));
        group.bench_with_input(BenchmarkId::new("words", name), &documents, |b, documents| {
            b.iter(|| {
                documents
                    .par_iter()
                    .map(|doc| extractor.extract(black_box(doc)).len())
                    .sum::<usize>()
            });
        });
        group.finish();
    }
}

/// The figure extractor alone, over sentences cut beforehand.
fn figure_extraction(c: &mut Criterion) {
    for (name, documents) in corpora() {
        let sentences: Vec<(&Document, Vec<Span>)> = documents
            .iter()
            .map(|doc| {
                let spans = text::segments(doc)
                    .iter()
                    .filter(|segment| segment.is_sentence())
                    .map(|segment| segment.span)
                    .collect();
                (doc, spans)
            })
            .collect();
        let bytes: usize = documents.iter().map(|doc| doc.text().len()).sum();
        let words: usize = documents.iter().map(|doc| doc.text().split_whitespace().count()).sum();
        let run = || {
            sentences
                .iter()
                .map(|(doc, spans)| {
                    let context = Context { published: doc.published() };
                    spans
                        .iter()
                        .map(|&span| figures::find(doc.text(), black_box(span), &context).len())
                        .sum::<usize>()
                })
                .sum::<usize>()
        };
        let mut group = c.benchmark_group("figures");
        group.sample_size(10);
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(BenchmarkId::new("bytes", name), |b| b.iter(run));
        group.throughput(Throughput::Elements(words as u64));
        group.bench_function(BenchmarkId::new("words", name), |b| b.iter(run));
        group.finish();
    }
}

/// Criterion's macro makes an undocumented public function; a private module keeps it out of the lint.
mod harness {
    criterion::criterion_group!(benches, super::extraction, super::figure_extraction);
}
criterion_main!(harness::benches);
