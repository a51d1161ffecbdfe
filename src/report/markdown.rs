//! The Markdown report: one table per fact, conflicts first.

use std::io::{self, Write};

use super::{DocIndex, Run, Source, status_word, value_label};
use crate::matcher::Status;

pub(super) fn extract<W: Write>(
    out: &mut W,
    run: &Run<'_>,
    index: &DocIndex<'_>,
) -> io::Result<()> {
    writeln!(out, "# Claims\n\n{} documents, {} claims\n", run.documents.len(), run.claim_count())?;
    writeln!(
        out,
        "| claim | figure | topic | speaker | outlet | sentence |\n|---|---|---|---|---|---|"
    )?;
    for claim in run.claims {
        let source = Source::new(index, claim);
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            escape(&claim.id),
            escape(source.figure),
            escape(claim.topic.as_deref().unwrap_or("")),
            escape(&source.speaker),
            escape(&source.outlet),
            sentence(&source)
        )?;
    }
    failures(out, run)
}

pub(super) fn reconcile<W: Write>(
    out: &mut W,
    run: &Run<'_>,
    index: &DocIndex<'_>,
) -> io::Result<()> {
    writeln!(
        out,
        "# Facts\n\n{} documents, {} claims, {} facts",
        run.documents.len(),
        run.claim_count(),
        run.facts.len()
    )?;
    let sections = [
        (Status::Conflict, "Conflicts"),
        (Status::Agreement, "Agreements"),
        (Status::Single, "Single sources"),
    ];
    for (status, title) in sections {
        let facts: Vec<_> = run.facts.iter().filter(|fact| fact.status == status).collect();
        if facts.is_empty() {
            continue;
        }
        writeln!(out, "\n## {title}")?;
        for fact in facts {
            writeln!(
                out,
                "\n### {} · {} · {}\n\n{} independent documents.",
                escape(&fact.id),
                status_word(fact.status),
                escape(&fact.topic),
                fact.corroboration
            )?;
            if let Some(reason) = &fact.reason {
                writeln!(out, "They may differ because: {}.", escape(reason))?;
            }
            writeln!(
                out,
                "\n| value | doc | speaker | outlet | sentence |\n|---|---|---|---|---|"
            )?;
            for value in &fact.values {
                for claim in value.claims.iter().filter_map(|&i| run.claims.get(i)) {
                    let source = Source::new(index, claim);
                    writeln!(
                        out,
                        "| {} | {} | {} | {} | {} |",
                        escape(&value_label(run, value)),
                        escape(&claim.doc),
                        escape(&source.speaker),
                        escape(&source.outlet),
                        sentence(&source)
                    )?;
                }
            }
        }
    }
    for capped in run.capped {
        writeln!(
            out,
            "\n> {} claims about *{}* were split into {} blocks (over the block cap).",
            capped.claims,
            escape(&capped.topic),
            capped.pieces
        )?;
    }
    failures(out, run)
}

fn failures<W: Write>(out: &mut W, run: &Run<'_>) -> io::Result<()> {
    if !run.failures.is_empty() {
        writeln!(out, "\n## Not read\n")?;
        for failure in run.failures {
            writeln!(out, "- {}: {}", escape(&failure.input), escape(&failure.error))?;
        }
    }
    Ok(())
}

/// The sentence with its figure in bold.
fn sentence(source: &Source<'_>) -> String {
    let (before, figure, after) = source.parts;
    if figure.is_empty() {
        escape(before)
    } else {
        // The parts keep their edge spaces so the bold figure stays a separate word.
        let before = escape_keeping_edges(before);
        let after = escape_keeping_edges(after);
        format!("{}**{}**{}", before.trim_start(), escape(figure), after.trim_end())
    }
}

/// Text made safe inside a Markdown table cell: one line, Markdown and HTML
/// punctuation backslash-escaped, so article text can neither break the table
/// nor inject markup.
pub(super) fn escape(text: &str) -> String {
    escape_keeping_edges(text).trim().to_string()
}

/// [`escape`] without trimming the white space at the ends.
fn escape_keeping_edges(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for ch in text.chars() {
        match ch {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '!' | '|'
            | '<' | '>' | '~' => {
                out.push('\\');
                out.push(ch);
            }
            '&' => out.push_str("&amp;"),
            ch if ch.is_whitespace() => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            ch if ch.is_control() => {}
            ch => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_keeps_cells_whole() {
        assert_eq!(escape("a | b\n<script>*x*"), "a \\| b \\<script\\>\\*x\\*");
        assert_eq!(escape("R&D"), "R&amp;D");
    }
}
