//! Cutting a text into layout blocks and reading the metadata they reveal.
//!
//! The rules are about the shape of lines, never about particular words: a short
//! line without closing punctuation that stands between paragraphs is a heading;
//! the same line first in the text is the title, last in the text the credit.

use super::{Block, BlockKind, Metadata, dateline};
use crate::span::Span;

/// The most words a title or heading line has.
const MAX_HEADING_WORDS: usize = 14;
/// The most bytes a title or heading line has.
const MAX_HEADING_BYTES: usize = 160;
/// The most words a credit line has.
const MAX_CREDIT_WORDS: usize = 6;
/// How many leading lines may hold the title, the dateline and the byline.
const HEAD_LINES: usize = 4;

pub(super) struct Layout {
    pub blocks: Vec<Block>,
    pub metadata: Metadata,
    pub credit: Option<Span>,
}

/// Characters trimmed around lines: white space and the byte-order mark.
fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

pub(super) fn analyse(text: &str) -> Layout {
    let paragraphs = paragraphs(text);
    let mut metadata = Metadata::default();
    let mut blocks = Vec::with_capacity(paragraphs.len() + 2);
    let mut credit = None;
    // Kept as a flag rather than searched for in `blocks`, which made a text of
    // thousands of headings quadratic.
    let mut seen_paragraph = false;
    let last = paragraphs.len().saturating_sub(1);
    for (index, &span) in paragraphs.iter().enumerate() {
        let line = &text[span];
        if index < HEAD_LINES && metadata.published.is_none() {
            if let Some(found) = dateline::parse(line) {
                let rest = trim_span(text, Span::new(span.start + found.len, span.end));
                let separated = line[found.len..].trim_start().starts_with(['|', '-', '—', '–']);
                if rest.is_empty() || found.keyword || separated {
                    metadata.published = Some(found.date);
                    let head = trim_span(text, Span::new(span.start, span.start + found.len));
                    blocks.push(Block { kind: BlockKind::Dateline, span: head });
                    if !rest.is_empty() {
                        let rest = strip_separator(text, rest);
                        blocks.push(Block { kind: BlockKind::Paragraph, span: rest });
                        seen_paragraph = true;
                    }
                    continue;
                }
            }
            if let Some((wire, outlet)) = wire_dateline(line) {
                let head = Span::new(span.start, span.start + wire);
                let rest = trim_span(text, Span::new(head.end, span.end));
                blocks.push(Block { kind: BlockKind::Dateline, span: trim_span(text, head) });
                if !rest.is_empty() {
                    blocks.push(Block { kind: BlockKind::Paragraph, span: rest });
                    seen_paragraph = true;
                }
                if let Some(outlet) = outlet {
                    metadata.outlet.get_or_insert_with(|| outlet.to_string());
                }
                continue;
            }
            if is_byline(line) {
                blocks.push(Block { kind: BlockKind::Byline, span });
                continue;
            }
        }
        let kind = if index > 0 && index == last && is_credit(line) {
            credit = Some(span);
            BlockKind::Credit
        } else if index < last && is_heading(line) {
            if !seen_paragraph && metadata.title.is_none() {
                metadata.title = Some(line.to_string());
                BlockKind::Title
            } else {
                BlockKind::Heading
            }
        } else {
            BlockKind::Paragraph
        };
        seen_paragraph |= kind == BlockKind::Paragraph;
        blocks.push(Block { kind, span });
    }
    Layout { blocks, metadata, credit }
}

/// Paragraph spans (trimmed), one per non-blank line, except that a line which ends
/// without closing punctuation and is followed by a line opening in lower case is
/// joined to it (hard-wrapped text).
fn paragraphs(text: &str) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    let mut start = 0;
    let mut join_next = false;
    for line in lines(text) {
        let span = trim_span(text, Span::new(start, start + line.len()));
        start += line.len();
        if span.is_empty() {
            join_next = false;
            continue;
        }
        let body = &text[span];
        let opens_lower = body.chars().next().is_some_and(char::is_lowercase);
        match spans.last_mut() {
            Some(previous) if join_next && opens_lower => previous.end = span.end,
            _ => spans.push(span),
        }
        join_next = !ends_closed(body);
    }
    spans
}

/// The lines of `text`, each with its line break: a line ends at LF, at CR LF, or
/// at a CR alone (old Mac files), so that all three give the same layout.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let bytes = rest.as_bytes();
        let end = match bytes.iter().position(|&byte| byte == b'\n' || byte == b'\r') {
            Some(at) if bytes.get(at) == Some(&b'\r') && bytes.get(at + 1) == Some(&b'\n') => {
                at + 2
            }
            Some(at) => at + 1,
            None => rest.len(),
        };
        let (line, after) = rest.split_at_checked(end).unwrap_or((rest, ""));
        rest = after;
        Some(line)
    })
}

fn trim_span(text: &str, span: Span) -> Span {
    let Some(slice) = span.get(text) else { return Span::new(span.start, span.start) };
    let start = span.start + (slice.len() - slice.trim_start_matches(is_blank).len());
    let end = span.end - (slice.len() - slice.trim_end_matches(is_blank).len());
    Span::new(start, end)
}

/// Drops a separator (`|`, `-`, `—`) left between a dateline and the text after it.
fn strip_separator(text: &str, span: Span) -> Span {
    let slice = &text[span];
    let stripped = slice.trim_start_matches(['|', '-', '—', '–']);
    trim_span(text, Span::new(span.start + slice.len() - stripped.len(), span.end))
}

/// Whether a line ends the way a sentence or a quotation does.
fn ends_closed(line: &str) -> bool {
    line.ends_with(['.', '!', '?', ';', ':', ',', '…', '"', '”', '’', '\'', ')', ']', '»'])
}

/// Whether `line` has at most `max` words; stops counting after `max + 1`, so that
/// a line of millions of words costs no more than a short one.
fn at_most_words(line: &str, max: usize) -> bool {
    line.split_whitespace().take(max + 1).count() <= max
}

fn is_heading(line: &str) -> bool {
    line.len() <= MAX_HEADING_BYTES
        && at_most_words(line, MAX_HEADING_WORDS)
        && !ends_closed(line)
        && line.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && line.chars().any(char::is_alphabetic)
}

fn is_credit(line: &str) -> bool {
    let bare =
        line.trim_matches(|c: char| c == '(' || c == ')' || c == '—' || c == '-' || is_blank(c));
    // Only the head of the line can hold a reporting prefix; lowercasing the whole
    // of a last line that may be megabytes long would be wasted work.
    let lower: String = bare.chars().take(24).flat_map(char::to_lowercase).collect();
    let reporting = [
        "additional reporting",
        "reporting by",
        "with inputs from",
        "with input from",
        "compiled by",
    ]
    .iter()
    .any(|prefix| lower.starts_with(prefix));
    reporting
        || (at_most_words(bare, MAX_CREDIT_WORDS)
            && (!ends_closed(line) || line.starts_with('('))
            && bare.chars().next().is_some_and(char::is_uppercase))
}

fn is_byline(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("By ").or_else(|| line.strip_prefix("BY ")) else {
        return false;
    };
    let names = rest.split_whitespace().filter(|word| !matches!(*word, "and" | "&" | "in"));
    at_most_words(rest, 8)
        && !ends_closed(line)
        && names.clone().count() > 0
        && names.into_iter().all(|word| word.chars().next().is_some_and(char::is_uppercase))
}

/// A wire dateline opening a paragraph: `ISLAMABAD (Reuters) -`, `KABUL, Oct 30 (AFP) —`.
/// Returns the bytes it takes and the outlet in parentheses, if any.
fn wire_dateline(line: &str) -> Option<(usize, Option<&str>)> {
    let place_end =
        line.find(|c: char| !(c.is_uppercase() || c == ' ' || c == '.' || c == '-' || c == '\''))?;
    let place = line[..place_end].trim_end_matches([' ', '-']);
    if place.chars().filter(|c| c.is_alphabetic()).count() < 3 || place.len() > 40 {
        return None;
    }
    let mut pos = place.len();
    let mut outlet = None;
    let rest = &line[pos..];
    if let Some(after_comma) = rest.strip_prefix(',') {
        let stop = after_comma.find(['(', '-', '—', '–'])?;
        if stop > 20 {
            return None;
        }
        pos += 1 + stop;
    }
    let rest = line[pos..].trim_start();
    pos = line.len() - rest.len();
    if let Some(inner) = rest.strip_prefix('(') {
        let close = inner.find(')')?;
        if close > 30 {
            return None;
        }
        outlet = Some(inner[..close].trim());
        pos += 1 + close + 1;
    }
    let rest = line[pos..].trim_start();
    let dash = ['-', '—', '–'].into_iter().find(|dash| rest.starts_with(*dash))?;
    if outlet.is_none() && dash == '-' {
        return None;
    }
    pos = line.len() - rest.len() + dash.len_utf8();
    Some((pos, outlet))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(BlockKind, &str)> {
        analyse(text).blocks.iter().map(|block| (block.kind, &text[block.span])).collect()
    }

    #[test]
    fn title_headings_credit() {
        let text = "Ceasefire Holds in the North\nTroops pulled back on Monday.\nWhat Comes Next\nTalks resume.\n\nReuters";
        assert_eq!(
            kinds(text),
            [
                (BlockKind::Title, "Ceasefire Holds in the North"),
                (BlockKind::Paragraph, "Troops pulled back on Monday."),
                (BlockKind::Heading, "What Comes Next"),
                (BlockKind::Paragraph, "Talks resume."),
                (BlockKind::Credit, "Reuters"),
            ]
        );
    }

    #[test]
    fn dateline_prefix_and_wire() {
        let layout = analyse("KABUL, Oct 30 (AFP) — Talks resumed on Thursday.");
        assert_eq!(layout.metadata.outlet.as_deref(), Some("AFP"));
        assert_eq!(layout.blocks[0].kind, BlockKind::Dateline);
        let text = "Published: 30 Oct 2025 | Talks resumed.";
        assert_eq!(
            kinds(text),
            [
                (BlockKind::Dateline, "Published: 30 Oct 2025"),
                (BlockKind::Paragraph, "Talks resumed.")
            ]
        );
    }

    #[test]
    fn byline() {
        let text = "Talks Resume\nBy Jane Doe and John Roe\nThe talks resumed.";
        assert_eq!(kinds(text)[1], (BlockKind::Byline, "By Jane Doe and John Roe"));
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let text = "The talks, which began\non Monday, ended today.\nA new line.";
        assert_eq!(
            kinds(text),
            [
                (BlockKind::Paragraph, "The talks, which began\non Monday, ended today."),
                (BlockKind::Paragraph, "A new line.")
            ]
        );
    }

    #[test]
    fn line_endings_give_one_layout() {
        let lf = "Talks Resume\nThe talks, which began\non Monday, ended.\n\nWhat Next\nMore.\n\nAgencies";
        let expected: Vec<(BlockKind, String)> =
            kinds(lf).into_iter().map(|(kind, text)| (kind, text.to_string())).collect();
        for ending in ["\r\n", "\r"] {
            let text = lf.replace('\n', ending);
            let found: Vec<(BlockKind, String)> = kinds(&text)
                .into_iter()
                .map(|(kind, text)| (kind, text.replace(ending, "\n")))
                .collect();
            assert_eq!(found, expected, "{ending:?}");
        }
        assert_eq!(lines("a\r\nb\rc\n\nd").collect::<Vec<_>>(), ["a\r\n", "b\r", "c\n", "\n", "d"]);
    }

    #[test]
    fn single_line_and_blank() {
        assert!(analyse("").blocks.is_empty());
        assert!(analyse(" \n\u{feff}\n").blocks.is_empty());
        assert_eq!(kinds("Agencies"), [(BlockKind::Paragraph, "Agencies")]);
    }
}
