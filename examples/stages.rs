//! Times each extraction stage on a corpus, single-threaded, to see where time goes.
//!
//! `cargo run --release --example stages -- PATH...` (files, folders or JSON Lines).

use std::time::Instant;

use crosscheck::extract::{attribution, figures};
use crosscheck::{Extractor, ReadOptions, read_inputs, text};

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let documents = read_inputs(&paths, &ReadOptions::default()).documents;
    let words: usize = documents.iter().map(|doc| doc.text().split_whitespace().count()).sum();
    #[expect(clippy::cast_precision_loss, reason = "a rate")]
    let rate = |label: &str, started: Instant| {
        let seconds = started.elapsed().as_secs_f64();
        println!("{label:<12} {seconds:>8.3} s {:>12.0} words/s", words as f64 / seconds);
    };
    println!("{} documents, {words} words", documents.len());

    let started = Instant::now();
    let all: Vec<_> = documents.iter().map(text::segments).collect();
    rate("segments", started);

    let started = Instant::now();
    let quotes: Vec<_> = documents.iter().map(|doc| text::quotes(doc.text())).collect();
    rate("quotes", started);

    let started = Instant::now();
    let mut found = 0;
    for (doc, segments) in documents.iter().zip(&all) {
        let context = figures::Context { published: doc.published() };
        for segment in segments.iter().filter(|segment| segment.is_sentence()) {
            found += figures::find(doc.text(), segment.span, &context).len();
        }
    }
    rate("figures", started);

    let started = Instant::now();
    let mut attributed = 0;
    for ((doc, segments), quotes) in documents.iter().zip(&all).zip(&quotes) {
        attributed += attribution::attribute(doc, segments, quotes).len();
    }
    rate("attribution", started);

    let started = Instant::now();
    let extractor = Extractor::new();
    let claims: usize = documents.iter().map(|doc| extractor.extract(doc).len()).sum();
    rate("extract", started);
    println!("{found} figures, {attributed} attributions, {claims} claims");
}
