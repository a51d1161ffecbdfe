//! Generates a synthetic corpus of news reports with known facts and conflicts.
//!
//! ```sh
//! cargo run --release --example generate_corpus -- OUT_DIR [STORIES] [REPORTS_PER_STORY]
//! ```
//!
//! Writes `OUT_DIR/corpus.jsonl` (one document per line, readable by
//! `crosscheck extract|reconcile`) and `OUT_DIR/truth.jsonl` (what each generated
//! sentence states: story, fact, value, whether perturbed or a wire copy). Templates
//! come from the seeds, and from `../shared/corpora` (or `CROSSCHECK_SHARED`) when present.

mod support {
    pub mod corpus;
}

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use support::corpus::{self, Config};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(
        args.next().ok_or("usage: generate_corpus OUT_DIR [STORIES] [REPORTS_PER_STORY]")?,
    );
    let stories = args.next().map(|arg| arg.parse()).transpose()?.unwrap_or(1000);
    let reports = args.next().map(|arg| arg.parse()).transpose()?.unwrap_or(5);
    let project = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = std::env::var_os("CROSSCHECK_SHARED")
        .map_or_else(|| project.join("../shared"), PathBuf::from);
    let templates = corpus::templates(&project, shared.exists().then_some(shared.as_path()));
    eprintln!("{} templates", templates.len());
    let corpus = corpus::generate(&templates, &Config { stories, reports, ..Config::default() });
    std::fs::create_dir_all(&out)?;
    let mut documents = BufWriter::new(std::fs::File::create(out.join("corpus.jsonl"))?);
    for document in &corpus.documents {
        let record = serde_json::json!({
            "id": document.id(),
            "text": document.text(),
            "outlet": document.outlet(),
            "published": document.published().map(|date| date.to_string()),
        });
        serde_json::to_writer(&mut documents, &record)?;
        documents.write_all(b"\n")?;
    }
    documents.flush()?;
    let mut truth = BufWriter::new(std::fs::File::create(out.join("truth.jsonl"))?);
    for row in &corpus.truth {
        let record = serde_json::json!({
            "doc": row.doc, "start": row.sentence.start, "end": row.sentence.end, "story": row.story,
            "fact": row.fact, "value": row.value, "perturbed": row.perturbed, "wire_copy": row.wire_copy,
        });
        serde_json::to_writer(&mut truth, &record)?;
        truth.write_all(b"\n")?;
    }
    truth.flush()?;
    eprintln!(
        "{} documents, {} fact sentences written to {}",
        corpus.documents.len(),
        corpus.truth.len(),
        out.display()
    );
    Ok(())
}
