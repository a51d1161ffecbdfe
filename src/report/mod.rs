//! Report: claims and facts written as JSON Lines, JSON, text, Markdown or HTML.
//!
//! Only this module knows the field names of the JSON contract
//! (`spec/json-output.md`). Its views borrow text back from the documents at
//! output time, so every quoted `text` equals `document.text()[start..end]` by
//! construction. Documents are found through an index built once per report,
//! so writing is linear in the number of claims.
//!
//! - [`Format::Jsonl`] / [`Format::Json`]: the contract;
//! - [`Format::Text`]: a table for a terminal, conflicts first, each value with its sources;
//! - [`Format::Markdown`]: the same as Markdown tables;
//! - [`Format::Html`]: a standalone page, conflicts side by side, the figures
//!   highlighted in their sentences, every piece of article text escaped.

mod html;
mod markdown;
mod text;

use std::collections::HashMap;
use std::io;

use serde::Serialize;

use crate::claim::Claim;
use crate::document::Document;
use crate::extract::figures::{QuantityKind, Value};
use crate::matcher::{CappedBlock, Fact, Status};
use crate::span::Span;

pub use html::escape_html;

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

impl Failure {
    /// The failure of a read error: its path as the input, its message as the error.
    pub fn from_error(error: &crate::Error) -> Failure {
        use crate::Error;
        let input = match error {
            Error::Io { path, .. }
            | Error::NotUtf8 { path, .. }
            | Error::Binary { path, .. }
            | Error::TooLarge { path, .. }
            | Error::EmptyFolder { path }
            | Error::BadRecord { path, .. } => path.display().to_string(),
            Error::Setting { .. } => String::new(),
        };
        Failure { input, error: error.to_string() }
    }
}

/// Everything a report shows: the documents, their claims, the facts, the failures.
///
/// Build it with a struct literal ending in `..Run::default()`, so that fields
/// added later keep their empty default.
#[derive(Clone, Copy, Debug, Default)]
pub struct Run<'a> {
    /// The documents read, in the order their claims appear.
    pub documents: &'a [Document],
    /// The claims of every document.
    pub claims: &'a [Claim],
    /// The facts built from the claims (empty for `extract`); their claim indexes point into `claims`.
    pub facts: &'a [Fact],
    /// The inputs that could not be read.
    pub failures: &'a [Failure],
    /// The blocks the matcher had to split because they were over its cap
    /// ([`crate::matcher::Reconciliation::capped`]); shown so a user knows that
    /// claims of those topics may be spread over several facts.
    pub capped: &'a [CappedBlock],
    /// How many claims were extracted, when `claims` holds only those the matcher
    /// considers ([`crate::Matcher::considers`]) to save memory; `None` when
    /// `claims` is all of them. Reports give this count as the number of claims.
    pub extracted: Option<usize>,
}

impl Run<'_> {
    /// The number of claims extracted: [`Run::extracted`], or else the length of [`Run::claims`].
    fn claim_count(&self) -> usize {
        self.extracted.unwrap_or(self.claims.len())
    }
}

/// Writes the output of `crosscheck extract`.
///
/// # Errors
///
/// Any error of the writer.
pub fn write_extract<W: io::Write>(mut out: W, format: Format, run: &Run<'_>) -> io::Result<()> {
    let index = DocIndex::new(run.documents);
    match format {
        Format::Jsonl => {
            for claim in run.claims {
                serde_json::to_writer(&mut out, &claim_view(&index, claim))?;
                out.write_all(b"\n")?;
            }
        }
        Format::Json => {
            let claims: Vec<ClaimView<'_>> =
                run.claims.iter().map(|claim| claim_view(&index, claim)).collect();
            let report = ExtractView { documents: document_views(run), claims };
            serde_json::to_writer_pretty(&mut out, &report)?;
            out.write_all(b"\n")?;
        }
        Format::Text => text::extract(&mut out, run, &index)?,
        Format::Markdown => markdown::extract(&mut out, run, &index)?,
        Format::Html => html::extract(&mut out, run, &index)?,
    }
    Ok(())
}

/// Writes the output of `crosscheck reconcile`.
///
/// # Errors
///
/// Any error of the writer.
pub fn write_reconcile<W: io::Write>(mut out: W, format: Format, run: &Run<'_>) -> io::Result<()> {
    let index = DocIndex::new(run.documents);
    match format {
        Format::Json | Format::Jsonl => {
            let report = ReconcileView {
                documents: document_views(run),
                facts: FactsView { run, index: &index },
                capped: run.capped,
            };
            if format == Format::Json {
                serde_json::to_writer_pretty(&mut out, &report)?;
            } else {
                serde_json::to_writer(&mut out, &report)?;
            }
            out.write_all(b"\n")?;
        }
        Format::Text => text::reconcile(&mut out, run, &index)?,
        Format::Markdown => markdown::reconcile(&mut out, run, &index)?,
        Format::Html => html::reconcile(&mut out, run, &index)?,
    }
    Ok(())
}

/// Documents by id, built once per report.
struct DocIndex<'d> {
    by_id: HashMap<&'d str, &'d Document>,
}

impl<'d> DocIndex<'d> {
    fn new(documents: &'d [Document]) -> DocIndex<'d> {
        let mut by_id = HashMap::with_capacity(documents.len());
        for document in documents {
            // The first document with an id wins, as a linear search would find it.
            by_id.entry(document.id()).or_insert(document);
        }
        DocIndex { by_id }
    }

    fn get(&self, id: &str) -> Option<&'d Document> {
        self.by_id.get(id).copied()
    }

    fn text(&self, id: &str) -> &'d str {
        self.get(id).map_or("", Document::text)
    }
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
    cue: Option<&'d crate::extract::attribution::Cue>,
    hedged: bool,
    denial: bool,
}

/// A quantity: `text`, `start` and `end` cover the figure with the noun it counts
/// ("23 soldiers", "third round") when that noun follows closely, as the contract's
/// example shows; `span` inside is the figure alone.
#[derive(Serialize)]
struct QuantityView<'d> {
    text: &'d str,
    start: usize,
    end: usize,
    #[serde(flatten)]
    quantity: &'d crate::extract::figures::Quantity,
}

fn claim_view<'d>(index: &DocIndex<'d>, claim: &'d Claim) -> ClaimView<'d> {
    let text = index.text(&claim.doc);
    ClaimView {
        id: &claim.id,
        doc: &claim.doc,
        sentence: Quoted::new(text, claim.sentence),
        speaker: claim.speaker.as_ref(),
        via: &claim.via,
        quantity: claim.quantity.as_ref().map(|quantity| {
            let extent = extent(quantity);
            QuantityView {
                text: extent.get(text).unwrap_or(""),
                start: extent.start,
                end: extent.end,
                quantity,
            }
        }),
        topic: claim.topic.as_deref(),
        cue: claim.cue.as_ref(),
        hedged: claim.hedged,
        denial: claim.denial,
    }
}

/// The most bytes between a figure and the noun it counts for the two to be quoted
/// together ("five of its soldiers").
const MAX_COUNTED_GAP: usize = 24;

/// The figure with the noun it counts when that noun follows within a few words.
fn extent(quantity: &crate::extract::figures::Quantity) -> Span {
    match &quantity.counted {
        Some(counted)
            if counted.span.start >= quantity.span.end
                && counted.span.start - quantity.span.end <= MAX_COUNTED_GAP =>
        {
            quantity.span.cover(counted.span)
        }
        _ => quantity.span,
    }
}

/// A document line of a report; failed inputs appear with an `error` and no date.
#[derive(Serialize)]
struct DocumentView<'d> {
    id: &'d str,
    published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'d str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet: Option<&'d str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'d str>,
}

fn document_views<'d>(run: &Run<'d>) -> Vec<DocumentView<'d>> {
    let read = run.documents.iter().map(|document| DocumentView {
        id: document.id(),
        published: document.published().map(|date| date.to_string()),
        title: document.title(),
        outlet: document.outlet(),
        error: None,
    });
    let failed = run.failures.iter().map(|failure| DocumentView {
        id: &failure.input,
        published: None,
        title: None,
        outlet: None,
        error: Some(&failure.error),
    });
    // By id, so that the report is the same whatever order the inputs came in.
    let mut views: Vec<DocumentView<'d>> = read.chain(failed).collect();
    views.sort_by(|a, b| a.id.cmp(b.id));
    views
}

#[derive(Serialize)]
struct ExtractView<'d> {
    documents: Vec<DocumentView<'d>>,
    claims: Vec<ClaimView<'d>>,
}

#[derive(Serialize)]
struct ReconcileView<'d, 'r> {
    documents: Vec<DocumentView<'d>>,
    facts: FactsView<'d, 'r>,
    #[serde(skip_serializing_if = "<[CappedBlock]>::is_empty")]
    capped: &'d [CappedBlock],
}

/// The facts of a run, serialized one by one as they are viewed: the views of a
/// million claims are never all in memory at once, and the bytes are the same.
struct FactsView<'d, 'r> {
    run: &'r Run<'d>,
    index: &'r DocIndex<'d>,
}

impl Serialize for FactsView<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .collect_seq(self.run.facts.iter().map(|fact| fact_view(self.run, self.index, fact)))
    }
}

#[derive(Serialize)]
struct FactView<'d> {
    id: &'d str,
    topic: &'d str,
    status: Status,
    kind: QuantityKind,
    corroboration: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'d str>,
    values: Vec<ValueView<'d>>,
}

#[derive(Serialize)]
struct ValueView<'d> {
    value: &'d Value,
    claims: Vec<ClaimView<'d>>,
}

fn fact_view<'d>(run: &Run<'d>, index: &DocIndex<'d>, fact: &'d Fact) -> FactView<'d> {
    FactView {
        id: &fact.id,
        topic: &fact.topic,
        status: fact.status,
        kind: fact.kind,
        corroboration: fact.corroboration,
        reason: fact.reason.as_deref(),
        values: fact
            .values
            .iter()
            .map(|value| ValueView {
                value: &value.value,
                claims: value
                    .claims
                    .iter()
                    .filter_map(|&i| run.claims.get(i))
                    .map(|claim| claim_view(index, claim))
                    .collect(),
            })
            .collect(),
    }
}

/// One source of a value, as the people-facing formats show it.
struct Source<'d> {
    claim: &'d Claim,
    /// The figure as written ("over 200 militants").
    figure: &'d str,
    /// The sentence split around the figure: before, figure, after.
    parts: (&'d str, &'d str, &'d str),
    speaker: String,
    outlet: String,
}

impl<'d> Source<'d> {
    fn new(index: &DocIndex<'d>, claim: &'d Claim) -> Source<'d> {
        let document = index.get(&claim.doc);
        let text = document.map_or("", Document::text);
        let sentence = claim.sentence;
        let figure_span =
            claim.quantity.as_ref().map(|q| q.span).filter(|span| sentence.contains(*span));
        let parts = match figure_span {
            Some(figure) => (
                Span::new(sentence.start, figure.start).get(text).unwrap_or(""),
                figure.get(text).unwrap_or(""),
                Span::new(figure.end, sentence.end).get(text).unwrap_or(""),
            ),
            None => (sentence.get(text).unwrap_or(""), "", ""),
        };
        let speaker = claim.speaker.as_ref().map_or_else(
            || "(the article)".to_string(),
            |speaker| match &speaker.role {
                Some(role) if !speaker.name.contains(role.as_str()) => {
                    format!("{} ({role})", speaker.name)
                }
                _ => speaker.name.clone(),
            },
        );
        let via: Vec<&str> = claim.via.iter().map(|via| via.name.as_str()).collect();
        let outlet = if via.is_empty() {
            document.and_then(|doc| doc.outlet().or_else(|| doc.credit())).unwrap_or("").to_string()
        } else {
            via.join(", ")
        };
        Source { claim, figure: parts.1, parts, speaker, outlet }
    }
}

/// A value in words: numbers without a needless fraction, dates and durations as in JSON.
fn value_text(value: &Value) -> String {
    serde_json::to_value(value).map_or_else(
        |_| String::new(),
        |json| json.as_str().map_or_else(|| json.to_string(), str::to_string),
    )
}

/// A value as people read it, with the bounds its wording gives: "over 200"
/// shows as "≥ 200", "dozens" as "~24", "18-19" as "18 – 19".
fn value_label(run: &Run<'_>, value: &crate::matcher::FactValue) -> String {
    let plain = value_text(&value.value);
    let Some(quantity) = value
        .claims
        .first()
        .and_then(|&i| run.claims.get(i))
        .and_then(|claim| claim.quantity.as_ref())
    else {
        return plain;
    };
    let tilde = if quantity.approximate { "~" } else { "" };
    match (quantity.low.as_ref(), quantity.high.as_ref()) {
        (Some(low), Some(high)) if low != high => {
            format!("{tilde}{} – {}", value_text(low), value_text(high))
        }
        (Some(low), None) => format!("{tilde}≥ {}", value_text(low)),
        (None, Some(high)) if quantity.kind != QuantityKind::Date => {
            format!("{tilde}≤ {}", value_text(high))
        }
        _ => format!("{tilde}{plain}"),
    }
}

/// The status in capitals, for the headings of people-facing formats.
fn status_word(status: Status) -> &'static str {
    match status {
        Status::Conflict => "CONFLICT",
        Status::Agreement => "agreement",
        Status::Single => "single",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::attribution::{Speaker, SpeakerKind, Via, ViaKind};
    use crate::extract::figures::Quantity;
    use crate::matcher::FactValue;

    pub(super) fn sample() -> (Vec<Document>, Vec<Claim>, Vec<Fact>) {
        let documents = vec![
            Document::new(
                "a",
                "Pakistan lost 23 soldiers, officials said <script>alert(1)</script>.",
            ),
            Document::new(
                "b",
                "The army in Pakistan said \" onmouseover=\"x five soldiers were killed & more.",
            ),
        ];
        let claim = |doc: &Document, needle: &str, value: f64, speaker: Option<&str>| {
            let text = doc.text();
            let start = text.find(needle).unwrap_or(0);
            Claim {
                id: format!("{}#1", doc.id()),
                doc: doc.id().to_string(),
                sentence: Span::new(0, text.len()),
                speaker: speaker.map(|name| Speaker {
                    name: name.to_string(),
                    mention: Span::new(0, 0),
                    role: None,
                    affiliation: None,
                    kind: SpeakerKind::Organization,
                    key: name.to_lowercase(),
                }),
                via: vec![Via {
                    name: "AFP".to_string(),
                    span: Span::new(0, 0),
                    kind: ViaKind::Outlet,
                }],
                quantity: Some(Quantity {
                    kind: QuantityKind::Count,
                    span: Span::new(start, start + needle.len()),
                    value: Value::Number(value),
                    low: None,
                    high: None,
                    approximate: false,
                    unit: None,
                    counted: None,
                    event: None,
                    number: Span::new(start, start + needle.len()),
                    range: false,
                    relative: false,
                    series: None,
                    part_of: None,
                }),
                topic: Some("soldiers killed".to_string()),
                context: crate::claim::topic::context(
                    text,
                    Span::new(0, text.len()),
                    None,
                    &crate::claim::DocumentContext::new(text, None),
                ),
                ..Claim::default()
            }
        };
        let claims = vec![
            claim(&documents[0], "23 soldiers", 23.0, Some("officials")),
            claim(&documents[1], "five soldiers", 5.0, Some("The army")),
        ];
        let facts = crate::Matcher::new().reconcile(&claims);
        assert_eq!(facts.len(), 1);
        assert_eq!(
            facts[0].values,
            vec![
                FactValue { value: Value::Number(23.0), claims: vec![0] },
                FactValue { value: Value::Number(5.0), claims: vec![1] }
            ]
        );
        (documents, claims, facts)
    }

    fn render(format: Format, extract: bool) -> String {
        let (documents, claims, facts) = sample();
        let failures = [Failure {
            input: "missing<.txt".to_string(),
            error: "cannot read missing<.txt".to_string(),
        }];
        let run = Run {
            documents: &documents,
            claims: &claims,
            facts: &facts,
            failures: &failures,
            ..Run::default()
        };
        let mut out = Vec::new();
        if extract {
            write_extract(&mut out, format, &run).expect("writing to a Vec");
        } else {
            write_reconcile(&mut out, format, &run).expect("writing to a Vec");
        }
        String::from_utf8(out).expect("reports are UTF-8")
    }

    #[test]
    fn reconcile_json_follows_the_contract_and_lists_failures() {
        let json: serde_json::Value =
            serde_json::from_str(&render(Format::Json, false)).expect("valid JSON");
        assert_eq!(json["documents"][0], serde_json::json!({"id": "a", "published": null}));
        assert_eq!(
            json["documents"][2],
            serde_json::json!({"id": "missing<.txt", "published": null, "error": "cannot read missing<.txt"})
        );
        let fact = &json["facts"][0];
        assert_eq!(fact["id"], "f1");
        assert_eq!(fact["topic"], "soldiers killed");
        assert_eq!(fact["status"], "conflict");
        assert_eq!(fact["values"][0]["value"], 23);
        assert_eq!(fact["values"][1]["value"], 5);
        let claim = &fact["values"][0]["claims"][0];
        assert_eq!(claim["id"], "a#1");
        assert_eq!(claim["quantity"]["text"], "23 soldiers");
        assert_eq!(claim["quantity"]["value"], 23);
        assert_eq!(claim["via"][0]["name"], "AFP");
        assert_eq!(claim["speaker"]["name"], "officials");
    }

    #[test]
    fn extract_jsonl_is_one_claim_per_line() {
        let out = render(Format::Jsonl, true);
        let lines: Vec<serde_json::Value> =
            out.lines().map(|line| serde_json::from_str(line).expect("valid JSON")).collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1]["sentence"]["start"], 0);
        assert_eq!(lines[1]["quantity"]["text"], "five soldiers");
        assert_eq!(lines[1]["topic"], "soldiers killed");
    }

    #[test]
    fn text_puts_sources_side_by_side() {
        let out = render(Format::Text, false);
        assert!(out.contains("f1  CONFLICT  soldiers killed"), "{out}");
        assert!(out.contains("[23 soldiers]"), "{out}");
        assert!(out.contains("The army"), "{out}");
        assert!(out.contains("missing<.txt"), "{out}");
        let five = out.find("[five soldiers]").expect("five shown");
        let twenty_three = out.find("[23 soldiers]").expect("23 shown");
        assert!(twenty_three < five, "values given by as many documents come in claim order");
    }

    #[test]
    fn markdown_escapes_table_breakers() {
        let out = render(Format::Markdown, false);
        assert!(out.contains("## Conflicts"), "{out}");
        assert!(out.contains("**23 soldiers**"), "{out}");
        assert!(!out.contains("<script>"), "{out}");
        let other = render(Format::Markdown, true);
        assert!(!other.contains("<script>"), "{other}");
    }

    #[test]
    fn html_escapes_article_text() {
        for extract in [false, true] {
            let out = render(Format::Html, extract);
            assert!(out.starts_with("<!DOCTYPE html>"), "{out}");
            assert!(!out.contains("<script>"), "{out}");
            assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{out}");
            assert!(!out.contains("\" onmouseover=\""), "{out}");
            assert!(out.contains("&amp; more"), "{out}");
            assert!(out.contains("missing&lt;.txt"), "{out}");
        }
        assert!(render(Format::Html, false).contains("<mark>23 soldiers</mark>"));
    }
}
