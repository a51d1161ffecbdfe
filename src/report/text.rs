//! The text report: tables a person reads in a terminal.

use std::io::{self, Write};

use super::{DocIndex, Run, Source, status_word, value_label};
use crate::matcher::Status;

/// How many characters of a sentence are shown on each side of the figure.
const CONTEXT_CHARS: usize = 70;
/// The widest a speaker or outlet column gets.
const MAX_COLUMN: usize = 28;

pub(super) fn extract<W: Write>(
    out: &mut W,
    run: &Run<'_>,
    index: &DocIndex<'_>,
) -> io::Result<()> {
    const HEADER: [&str; 5] = ["claim", "figure", "topic", "speaker", "outlet"];
    writeln!(out, "{} documents, {} claims", run.documents.len(), run.claim_count())?;
    // Every document is listed, with its claims or none, in the order read.
    let mut by_doc: std::collections::HashMap<&str, Vec<&crate::Claim>> =
        std::collections::HashMap::new();
    for claim in run.claims {
        by_doc.entry(claim.doc.as_str()).or_default().push(claim);
    }
    for document in run.documents {
        let published = document.published().map(|date| format!(" ({date})")).unwrap_or_default();
        let claims = by_doc.get(document.id()).map_or(&[][..], Vec::as_slice);
        writeln!(out, "\n{}{published}: {} claims", clean(document.id()), claims.len())?;
        let mut rows = Vec::new();
        for claim in claims {
            let source = Source::new(index, claim);
            rows.push(vec![
                clean(&claim.id),
                clean(source.figure),
                claim.topic.as_deref().map_or_else(|| "-".to_string(), clean),
                shorten(&clean(&source.speaker), MAX_COLUMN),
                shorten(&clean(&source.outlet), MAX_COLUMN),
            ]);
        }
        flush(out, &mut rows, &HEADER)?;
    }
    failures(out, run)
}

pub(super) fn reconcile<W: Write>(
    out: &mut W,
    run: &Run<'_>,
    index: &DocIndex<'_>,
) -> io::Result<()> {
    let count = |status: Status| run.facts.iter().filter(|fact| fact.status == status).count();
    writeln!(
        out,
        "{} documents, {} claims, {} facts: {} conflicts, {} agreements, {} single",
        run.documents.len(),
        run.claim_count(),
        run.facts.len(),
        count(Status::Conflict),
        count(Status::Agreement),
        count(Status::Single)
    )?;
    let header = ["value", "doc", "speaker", "outlet", "sentence"];
    let mut singles = Vec::new();
    for fact in run.facts {
        if fact.status == Status::Single {
            singles.push(fact);
            continue;
        }
        writeln!(
            out,
            "\n{}  {}  {}  ({} documents, {} independent)",
            fact.id,
            status_word(fact.status),
            clean(&fact.topic),
            documents(run, fact),
            fact.corroboration
        )?;
        if let Some(reason) = &fact.reason {
            writeln!(out, "    may differ because: {}", clean(reason))?;
        }
        let mut rows = Vec::new();
        for value in &fact.values {
            for (position, claim) in
                value.claims.iter().filter_map(|&i| run.claims.get(i)).enumerate()
            {
                let source = Source::new(index, claim);
                rows.push(vec![
                    if position == 0 { value_label(run, value) } else { String::new() },
                    clean(&claim.doc),
                    shorten(&clean(&source.speaker), MAX_COLUMN),
                    shorten(&clean(&source.outlet), MAX_COLUMN),
                    sentence(&source),
                ]);
            }
        }
        flush(out, &mut rows, &header)?;
    }
    if !singles.is_empty() {
        writeln!(out, "\nsingle facts (one document each):")?;
        for fact in singles {
            let values: Vec<String> =
                fact.values.iter().map(|value| value_label(run, value)).collect();
            let doc = fact
                .values
                .first()
                .and_then(|value| value.claims.first())
                .and_then(|&i| run.claims.get(i))
                .map_or("", |claim| claim.doc.as_str());
            writeln!(
                out,
                "  {}  {}: {}  ({})",
                fact.id,
                clean(&fact.topic),
                values.join(", "),
                clean(doc)
            )?;
        }
    }
    for capped in run.capped {
        writeln!(
            out,
            "\nnote: {} claims about \"{}\" were too many to compare all together and were split into {} blocks",
            capped.claims,
            clean(&capped.topic),
            capped.pieces
        )?;
    }
    failures(out, run)
}

fn documents(run: &Run<'_>, fact: &crate::Fact) -> usize {
    let mut docs: Vec<&str> = fact
        .values
        .iter()
        .flat_map(|value| value.claims.iter())
        .filter_map(|&i| run.claims.get(i))
        .map(|claim| claim.doc.as_str())
        .collect();
    docs.sort_unstable();
    docs.dedup();
    docs.len()
}

fn failures<W: Write>(out: &mut W, run: &Run<'_>) -> io::Result<()> {
    if !run.failures.is_empty() {
        writeln!(out, "\nnot read:")?;
        for failure in run.failures {
            writeln!(out, "  {}: {}", clean(&failure.input), clean(&failure.error))?;
        }
    }
    Ok(())
}

/// The sentence around the figure, the figure in brackets, cut to a window.
fn sentence(source: &Source<'_>) -> String {
    let (before, figure, after) = source.parts;
    let before = one_line(before).trim_start().to_string();
    let after = one_line(after).trim_end().to_string();
    let skip = before.chars().count().saturating_sub(CONTEXT_CHARS);
    let head: String = before.chars().skip(skip).collect();
    let tail: String = after.chars().take(CONTEXT_CHARS).collect();
    let open = if skip > 0 { "…" } else { "" };
    let close = if after.chars().count() > CONTEXT_CHARS { "…" } else { "" };
    if figure.is_empty() {
        format!("{open}{head}{close}")
    } else {
        format!("{open}{head}[{}]{tail}{close}", clean(figure))
    }
}

/// Text on one line, trimmed, with control characters (terminal escapes among them) dropped.
fn clean(text: &str) -> String {
    one_line(text).trim().to_string()
}

/// Text on one line with runs of white space as one space (kept at the ends) and
/// control characters dropped.
fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if ch.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else if !ch.is_control() {
            out.push(ch);
        }
    }
    out
}

fn shorten(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut out: String = text.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Writes a table (header, rule, rows) with columns padded to their widest cell, and empties `rows`.
fn flush<W: Write>(out: &mut W, rows: &mut Vec<Vec<String>>, header: &[&str]) -> io::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let mut widths: Vec<usize> = header.iter().map(|cell| cell.chars().count()).collect();
    for row in rows.iter() {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let last = cells.len().saturating_sub(1);
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, cell)| {
                if i == last {
                    (*cell).to_string()
                } else {
                    let pad =
                        widths.get(i).copied().unwrap_or(0).saturating_sub(cell.chars().count());
                    format!("{cell}{}", " ".repeat(pad))
                }
            })
            .collect();
        format!("  {}", padded.join(" | "))
    };
    writeln!(out, "{}", line(header.to_vec()))?;
    let rule: Vec<String> = widths.iter().map(|&width| "-".repeat(width)).collect();
    writeln!(out, "  {}", rule.join("-+-"))?;
    for row in rows.drain(..) {
        writeln!(out, "{}", line(row.iter().map(String::as_str).collect()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_drops_terminal_escapes_and_newlines() {
        assert_eq!(clean("a\u{1b}[31mred\n\tb "), "a[31mred b");
    }

    #[test]
    fn shorten_counts_chars() {
        assert_eq!(shorten("Türkiye Foreign Ministry", 8), "Türkiye…");
        assert_eq!(shorten("AFP", 8), "AFP");
    }
}
