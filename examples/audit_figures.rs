//! Prints a seeded random sample of the figures found in a news corpus, to judge the
//! extractor's precision by hand on running text.
//!
//! ```text
//! cargo run --release --example audit_figures -- CORPUS.jsonl [--n 200] [--seed 1] [--kind date]
//! ```
//!
//! The corpus is JSON Lines, one article a line: `{"id"?, "url"?, "date"? or
//! "published"?, "title"?, "paragraphs": [...]}` (or `"text"` instead of
//! `"paragraphs"`). Each paragraph is cut into sentences with
//! [`crosscheck::text::sentences`] and each sentence read with
//! [`crosscheck::extract::figures::find`], the publication date (`date` or
//! `published`, `YYYY-MM-DD`) as the context when the article has one.
//!
//! Every figure gets a pseudo-random key from the seed, the article's id and the
//! figure's position (a splitmix/xorshift mix, so no dependency), and the `n` figures
//! with the smallest keys are printed in key order. Because a figure's key depends
//! only on where it is, a change to the extractor leaves the figures it still finds
//! in the sample at the same rank: the before and after samples of a fix can be
//! compared line by line, and a bigger `n` extends a smaller one. `--kind` keeps
//! only figures of one kind (`count`, `date`, `year`, ...).
//!
//! One line a figure, tab-separated: rank, article id, kind, the span's text, the
//! value (with `low..high` for a range or bound, `~` if approximate), the sentence.

mod support {
    pub mod sample;
}

use std::fmt::Write as _;

use support::sample::{self, Found, one_line};

use crosscheck::extract::figures::{self, Quantity, QuantityKind, Value};
use crosscheck::text;

fn main() {
    let mut path = None;
    let mut wanted = 200_usize;
    let mut seed = 1_u64;
    let mut kind: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--n" => wanted = args.next().and_then(|n| n.parse().ok()).unwrap_or(wanted),
            "--seed" => seed = args.next().and_then(|n| n.parse().ok()).unwrap_or(seed),
            "--kind" => kind = args.next(),
            _ => path = Some(arg),
        }
    }
    let Some(path) = path else {
        eprintln!("usage: audit_figures CORPUS.jsonl [--n N] [--seed S] [--kind KIND]");
        std::process::exit(2);
    };
    let corpus = match std::fs::read_to_string(&path) {
        Ok(corpus) => corpus,
        Err(error) => {
            eprintln!("cannot read {path}: {error}");
            std::process::exit(1);
        }
    };
    let mut found = Vec::new();
    let mut n_figures = 0_usize;
    for (line_no, line) in corpus.lines().enumerate() {
        let Ok(article) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let id = article_id(&article, line_no);
        let published = ["date", "published"]
            .iter()
            .find_map(|field| article.get(field)?.as_str()?.get(..10)?.parse().ok());
        let context = figures::Context { published };
        let paragraphs: Vec<&str> = match article.get("paragraphs").and_then(|p| p.as_array()) {
            Some(paragraphs) => paragraphs.iter().filter_map(|p| p.as_str()).collect(),
            None => article.get("text").and_then(|t| t.as_str()).into_iter().collect(),
        };
        for (paragraph_no, paragraph) in paragraphs.iter().enumerate() {
            for sentence in text::sentences(paragraph) {
                let sentence_text = one_line(&paragraph[sentence.span]);
                for figure in figures::find(paragraph, sentence.span, &context) {
                    if kind.as_deref().is_some_and(|kind| kind != kind_name(figure.kind)) {
                        continue;
                    }
                    n_figures += 1;
                    let position = (paragraph_no as u64) << 32 | figure.span.start as u64;
                    let line = format!(
                        "{id}\t{}\t«{}»\t{}\t{sentence_text}",
                        kind_name(figure.kind),
                        one_line(&paragraph[figure.span]),
                        describe(&figure),
                    );
                    found.push(Found::new(seed, &id, position, line));
                }
            }
        }
    }
    println!(
        "# {path}: {n_figures} figures, sample of {} with seed {seed}",
        wanted.min(found.len())
    );
    sample::print(found, wanted);
}

/// The article's id: its `id`, else the last part of its `url`, else its line number.
fn article_id(article: &serde_json::Value, line_no: usize) -> String {
    if let Some(id) = article.get("id").and_then(|id| id.as_str()) {
        return id.to_owned();
    }
    if let Some(url) = article.get("url").and_then(|url| url.as_str()) {
        return url.rsplit('/').next().unwrap_or(url).chars().take(40).collect();
    }
    format!("line{}", line_no + 1)
}

/// The kind's name as in the JSON output.
fn kind_name(kind: QuantityKind) -> &'static str {
    match kind {
        QuantityKind::Count => "count",
        QuantityKind::Ordinal => "ordinal",
        QuantityKind::Date => "date",
        QuantityKind::Duration => "duration",
        QuantityKind::Percent => "percent",
        QuantityKind::Money => "money",
        QuantityKind::Year => "year",
        _ => "other",
    }
}

/// The value, its bounds and whether it is approximate, as one short string.
fn describe(figure: &Quantity) -> String {
    let mut out = value(&figure.value);
    if figure.low.is_some() || figure.high.is_some() {
        let low = figure.low.as_ref().map(value).unwrap_or_default();
        let high = figure.high.as_ref().map(value).unwrap_or_default();
        let _ = write!(out, " [{low}..{high}]");
    }
    if figure.approximate {
        out.push_str(" ~");
    }
    if let Some(unit) = &figure.unit {
        let _ = write!(out, " {unit}");
    }
    out
}

fn value(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_default().trim_matches('"').to_owned()
}
