//! The HTML report: a standalone page, conflicts first, the values of a fact side
//! by side, each source sentence shown with its figure highlighted.
//!
//! Every piece of text that comes from an article, a file name or an error goes
//! through [`escape_html`], which escapes the five characters that can end a
//! text node or an attribute value. No template engine is needed for a page
//! this small, and a single escape function is easy to test exhaustively.

use std::fmt;
use std::io::{self, Write};

use super::{DocIndex, Run, Source, status_word, value_label};
use crate::matcher::Status;

/// Escapes `&`, `<`, `>`, `"` and `'` for use in HTML text and quoted attribute values.
///
/// ```
/// use crosscheck::report::escape_html;
/// assert_eq!(escape_html(r#"<a href="x">Tom & Jerry's</a>"#), "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
/// ```
pub fn escape_html(text: &str) -> String {
    Escaped(text).to_string()
}

/// Text that writes itself escaped, so the page is written without temporary strings.
struct Escaped<'a>(&'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(position) = rest.find(['&', '<', '>', '"', '\'']) {
            let (plain, special) = rest.split_at(position);
            f.write_str(plain)?;
            let mut chars = special.chars();
            let entity = match chars.next() {
                Some('&') => "&amp;",
                Some('<') => "&lt;",
                Some('>') => "&gt;",
                Some('"') => "&quot;",
                _ => "&#39;",
            };
            f.write_str(entity)?;
            rest = chars.as_str();
        }
        f.write_str(rest)
    }
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:80rem;padding:0 1rem;color:#222}\
h1{font-size:1.5rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}\
section.fact{border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}\
section.conflict{border-left:6px solid #c0392b}section.agreement{border-left:6px solid #27ae60}\
.values{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}\
.value h4{margin:.3rem 0;font-size:1.2rem}.value ul{list-style:none;padding:0;margin:0}\
.value li{margin:.5rem 0}blockquote{margin:0;padding:.3rem .6rem;background:#f6f6f6}\
mark{background:#ffe066;font-weight:bold}.source{font-size:.85rem;color:#555;margin:.2rem 0}\
.reason{font-style:italic;color:#555}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}";

fn page_start<W: Write>(out: &mut W, title: &str) -> io::Result<()> {
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>",
        Escaped(title),
        Escaped(title)
    )
}

fn page_end<W: Write>(out: &mut W, run: &Run<'_>) -> io::Result<()> {
    if !run.failures.is_empty() {
        writeln!(out, "<h2>Not read</h2>\n<ul>")?;
        for failure in run.failures {
            writeln!(
                out,
                "<li><code>{}</code>: {}</li>",
                Escaped(&failure.input),
                Escaped(&failure.error)
            )?;
        }
        writeln!(out, "</ul>")?;
    }
    writeln!(out, "</body>\n</html>")
}

/// The sentence with the figure in `<mark>`, every part escaped.
fn sentence<W: Write>(out: &mut W, source: &Source<'_>) -> io::Result<()> {
    let (before, figure, after) = source.parts;
    if figure.is_empty() {
        write!(out, "<blockquote>{}</blockquote>", Escaped(before))
    } else {
        write!(
            out,
            "<blockquote>{}<mark>{}</mark>{}</blockquote>",
            Escaped(before),
            Escaped(figure),
            Escaped(after)
        )
    }
}

fn source_line<W: Write>(out: &mut W, source: &Source<'_>) -> io::Result<()> {
    write!(out, "<p class=\"source\">{}", Escaped(&source.speaker))?;
    if !source.outlet.is_empty() {
        write!(out, " · via {}", Escaped(&source.outlet))?;
    }
    write!(out, " · <code>{}</code></p>", Escaped(&source.claim.id))
}

pub(super) fn extract<W: Write>(
    out: &mut W,
    run: &Run<'_>,
    index: &DocIndex<'_>,
) -> io::Result<()> {
    page_start(out, "crosscheck: claims")?;
    writeln!(out, "<p>{} documents, {} claims</p>\n<ul>", run.documents.len(), run.claim_count())?;
    for claim in run.claims {
        let source = Source::new(index, claim);
        write!(out, "<li>")?;
        if let Some(topic) = &claim.topic {
            write!(out, "<strong>{}</strong> ", Escaped(topic))?;
        }
        sentence(out, &source)?;
        source_line(out, &source)?;
        writeln!(out, "</li>")?;
    }
    writeln!(out, "</ul>")?;
    page_end(out, run)
}

pub(super) fn reconcile<W: Write>(
    out: &mut W,
    run: &Run<'_>,
    index: &DocIndex<'_>,
) -> io::Result<()> {
    page_start(out, "crosscheck: facts")?;
    let count = |status: Status| run.facts.iter().filter(|fact| fact.status == status).count();
    writeln!(
        out,
        "<p>{} documents, {} claims: {} conflicts, {} agreements, {} single.</p>",
        run.documents.len(),
        run.claim_count(),
        count(Status::Conflict),
        count(Status::Agreement),
        count(Status::Single)
    )?;
    let sections = [
        (Status::Conflict, "Conflicts", "conflict"),
        (Status::Agreement, "Agreements", "agreement"),
        (Status::Single, "Single sources", "single"),
    ];
    for (status, title, class) in sections {
        let facts: Vec<_> = run.facts.iter().filter(|fact| fact.status == status).collect();
        if facts.is_empty() {
            continue;
        }
        writeln!(out, "<h2>{title}</h2>")?;
        for fact in facts {
            writeln!(
                out,
                "<section class=\"fact {class}\" id=\"{}\">\n<h3>{} · {} · {}</h3>\n<p>{} independent documents</p>",
                Escaped(&fact.id),
                Escaped(&fact.id),
                status_word(fact.status),
                Escaped(&fact.topic),
                fact.corroboration
            )?;
            if let Some(reason) = &fact.reason {
                writeln!(
                    out,
                    "<p class=\"reason\">They may differ because: {}</p>",
                    Escaped(reason)
                )?;
            }
            writeln!(out, "<div class=\"values\">")?;
            for value in &fact.values {
                writeln!(
                    out,
                    "<div class=\"value\">\n<h4>{}</h4>\n<ul>",
                    Escaped(&value_label(run, value))
                )?;
                for claim in value.claims.iter().filter_map(|&i| run.claims.get(i)) {
                    let source = Source::new(index, claim);
                    write!(out, "<li>")?;
                    sentence(out, &source)?;
                    source_line(out, &source)?;
                    writeln!(out, "</li>")?;
                }
                writeln!(out, "</ul>\n</div>")?;
            }
            writeln!(out, "</div>\n</section>")?;
        }
    }
    for capped in run.capped {
        writeln!(
            out,
            "<p class=\"reason\">{} claims about “{}” were split into {} blocks (over the block cap).</p>",
            capped.claims,
            Escaped(&capped.topic),
            capped.pieces
        )?;
    }
    page_end(out, run)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_special_character() {
        assert_eq!(escape_html("&<>\"'"), "&amp;&lt;&gt;&quot;&#39;");
        assert_eq!(escape_html("plain — text ü"), "plain — text ü");
        assert_eq!(escape_html(""), "");
        assert_eq!(escape_html("\" onmouseover=\"alert(1)"), "&quot; onmouseover=&quot;alert(1)");
    }

    #[test]
    fn escaped_text_has_no_markup_left() {
        assert_eq!(escape_html("&lt;"), "&amp;lt;");
        for text in ["<script>alert(1)</script>", "a<b", "x' onload='y", "a&b"] {
            let escaped = escape_html(text);
            assert!(!escaped.contains(['<', '>', '"', '\'']), "{escaped}");
            assert!(escaped.matches('&').count() == escaped.matches(';').count(), "{escaped}");
        }
    }
}
