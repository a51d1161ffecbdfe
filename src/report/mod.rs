//! Report: claims and facts written as JSON Lines, JSON, text, Markdown or HTML.
//!
//! Only this module knows the field names of the JSON contract
//! (`spec/json-output.md`). Its views borrow text back from the documents at
//! output time, so every quoted `text` equals `document.text()[start..end]` by
//! construction.

use std::io;

use serde::Serialize;

use crate::claim::Claim;
use crate::document::Document;
use crate::matcher::Fact;
use crate::span::Span;

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// One JSON object per line (claims).
    Jsonl,
    /// One JSON object.
    Json,
    /// A table for people in a terminal.
    Text,
    /// Markdown.
    Markdown,
    /// A standalone HTML page.
    Html,
}

/// An input that could not be read, kept so that the report shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Failure {
    /// The input, as given.
    pub input: String,
    /// Why it could not be read.
    pub error: String,
}

/// Everything a report shows: the documents, their claims, the facts, the failures.
#[derive(Clone, Copy, Debug)]
pub struct Run<'a> {
    /// The documents read, in the order their claims appear.
    pub documents: &'a [Document],
    /// The claims of every document.
    pub claims: &'a [Claim],
    /// The facts built from the claims (empty for `extract`).
    pub facts: &'a [Fact],
    /// The inputs that could not be read.
    pub failures: &'a [Failure],
}

/// A span with the text it covers.
#[derive(Serialize)]
struct Quoted<'d> {
    text: &'d str,
    start: usize,
    end: usize,
}

impl<'d> Quoted<'d> {
    fn new(text: &'d str, span: Span) -> Quoted<'d> {
        Quoted { text: span.get(text).unwrap_or(""), start: span.start, end: span.end }
    }
}

/// A claim as the JSON contract shows it.
#[derive(Serialize)]
struct ClaimView<'d> {
    id: &'d str,
    doc: &'d str,
    sentence: Quoted<'d>,
    speaker: Option<&'d crate::extract::attribution::Speaker>,
    via: &'d [crate::extract::attribution::Via],
    quantity: Option<QuantityView<'d>>,
    topic: Option<&'d str>,
}

#[derive(Serialize)]
struct QuantityView<'d> {
    text: &'d str,
    start: usize,
    end: usize,
    #[serde(flatten)]
    quantity: &'d crate::extract::figures::Quantity,
}

fn claim_view<'d>(documents: &'d [Document], claim: &'d Claim) -> ClaimView<'d> {
    let text = documents.iter().find(|doc| doc.id() == claim.doc).map_or("", Document::text);
    ClaimView {
        id: &claim.id,
        doc: &claim.doc,
        sentence: Quoted::new(text, claim.sentence),
        speaker: claim.speaker.as_ref(),
        via: &claim.via,
        quantity: claim.quantity.as_ref().map(|quantity| QuantityView {
            text: quantity.span.get(text).unwrap_or(""),
            start: quantity.span.start,
            end: quantity.span.end,
            quantity,
        }),
        topic: claim.topic.as_deref(),
    }
}

/// Writes the output of `crosscheck extract`.
///
/// # Errors
///
/// Any error of the writer.
pub fn write_extract<W: io::Write>(mut out: W, format: Format, run: &Run<'_>) -> io::Result<()> {
    match format {
        Format::Jsonl | Format::Json => {
            for claim in run.claims {
                serde_json::to_writer(&mut out, &claim_view(run.documents, claim))?;
                out.write_all(b"\n")?;
            }
        }
        Format::Text | Format::Markdown | Format::Html => {
            for document in run.documents {
                writeln!(out, "{}: {} blocks", document.id(), document.blocks().len())?;
            }
        }
    }
    Ok(())
}

/// Writes the output of `crosscheck reconcile`.
///
/// # Errors
///
/// Any error of the writer.
pub fn write_reconcile<W: io::Write>(out: W, format: Format, run: &Run<'_>) -> io::Result<()> {
    write_extract(out, format, run)
}
