//! Pairing quotation marks, tolerantly.
//!
//! News text mixes straight and curly marks, types an opening mark where a
//! closing one belongs, and leaves quotations open at the end of a paragraph. A
//! mark's role is read from what stands around it (a mark after a space and before
//! a letter opens; one after a letter and before a space closes) and only where
//! that is ambiguous from its shape. An unclosed quotation ends with its line,
//! unless the next line goes on in lower case. No input makes this fail.

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// A quotation: the marks and what they enclose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// From the opening mark to the closing mark, both included (to the end of the
    /// line when unclosed).
    pub span: Span,
    /// What the marks enclose.
    pub inner: Span,
    /// Whether a closing mark was found.
    pub closed: bool,
    /// Whether the marks are single quotation marks (‘…’).
    pub single: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
}

/// Finds every quotation in `text`, in order of their opening marks.
///
/// ```
/// let text = "He said: \"We won.\u{201d} It was \u{201c}clear\u{201c} to all.";
/// let quoted: Vec<&str> = crosscheck::text::quotes(text).iter().map(|q| &text[q.inner]).collect();
/// assert_eq!(quoted, ["We won.", "clear"]);
/// ```
pub fn quotes(text: &str) -> Vec<Quote> {
    let mut found = Vec::new();
    let mut double: Option<Open> = None;
    let mut single: Option<Open> = None;
    let mut previous: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        let next = chars.peek().map(|&(_, next)| next);
        if c == '\n' {
            let continues =
                text[index + 1..].trim_start_matches([' ', '\t']).starts_with(char::is_lowercase);
            if !continues {
                // A CR LF line break leaves its CR out of an unclosed quotation.
                let end = if text[..index].ends_with('\r') { index - 1 } else { index };
                close_at_line_end(&mut double, &mut single, end, &mut found);
            }
        } else if is_double(c) {
            match role(c, previous, next, double.is_some()) {
                Role::Open => {
                    if let Some(start) = double.take() {
                        found.push(unclosed(start, index, false));
                    }
                    double = Some((index, c.len_utf8()));
                }
                Role::Close => {
                    if let Some(start) = double.take() {
                        if let Some(inner_start) = single.take() {
                            found.push(unclosed(inner_start, index, true));
                        }
                        found.push(closed(start, index, c, false));
                    }
                }
            }
        } else if c == '‘' && role(c, previous, next, false) == Role::Open {
            single = Some((index, c.len_utf8()));
        } else if c == '’'
            && single.is_some()
            && role(c, previous, next, true) == Role::Close
            && let Some(start) = single.take()
        {
            found.push(closed(start, index, c, true));
        }
        previous = Some(c);
    }
    close_at_line_end(&mut double, &mut single, text.len(), &mut found);
    found.sort_by_key(|quote| quote.span.start);
    found
}

fn close_at_line_end(
    double: &mut Option<Open>,
    single: &mut Option<Open>,
    end: usize,
    found: &mut Vec<Quote>,
) {
    if let Some(start) = single.take() {
        found.push(unclosed(start, end, true));
    }
    if let Some(start) = double.take() {
        found.push(unclosed(start, end, false));
    }
}

fn is_double(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»')
}

/// The role of a mark from its neighbours, falling back on its shape.
fn role(mark: char, previous: Option<char>, next: Option<char>, open: bool) -> Role {
    let after_space = previous.is_none_or(|c| {
        c.is_whitespace()
            || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '"')
    });
    let before_space = next.is_none_or(|c| {
        c.is_whitespace()
            || (c.is_ascii_punctuation() && c != '(' && c != '[')
            || matches!(c, '—' | '–' | '…' | '”' | '’')
    });
    match (after_space, before_space) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => match mark {
            '“' | '„' | '‟' | '«' | '‘' => Role::Open,
            '”' | '»' | '’' => Role::Close,
            _ if open => Role::Close,
            _ => Role::Open,
        },
    }
}

/// An opening mark: where it starts and how many bytes it takes.
type Open = (usize, usize);

fn closed(open: Open, close: usize, mark: char, single: bool) -> Quote {
    let (start, len) = open;
    Quote {
        span: Span::new(start, close + mark.len_utf8()),
        inner: Span::new(start + len, close),
        closed: true,
        single,
    }
}

fn unclosed(open: Open, end: usize, single: bool) -> Quote {
    let (start, len) = open;
    Quote { span: Span::new(start, end), inner: Span::new(start + len, end), closed: false, single }
}

#[cfg(test)]
mod tests {
    use super::quotes;

    fn inner(text: &str) -> Vec<(&str, bool)> {
        quotes(text).iter().map(|q| (&text[q.inner], q.closed)).collect()
    }

    #[test]
    fn straight_curly_and_mixed() {
        assert_eq!(inner("said: \"No compromise.\u{201d} Then"), [("No compromise.", true)]);
        assert_eq!(inner("the \u{201c}illogical\u{201d} stance"), [("illogical", true)]);
        assert_eq!(
            inner("settle the score\u{201c} after, it was \u{201c}defeated\u{201d}."),
            [("defeated", true)]
        );
        assert_eq!(
            inner("that \u{201c}India is at war\u{201c} after"),
            [("India is at war", true)]
        );
    }

    #[test]
    fn unbalanced_and_multi_sentence() {
        assert_eq!(inner("\"One. Two.\" Three."), [("One. Two.", true)]);
        assert_eq!(inner("He said: \u{201c}We go on.\nNext line."), [("We go on.", false)]);
        assert_eq!(inner("He said: \u{201c}We go on.\r\nNext line."), [("We go on.", false)]);
        assert_eq!(inner("\u{201c}\r\n"), [("", false)]);
        assert_eq!(inner("Stray\u{201d} mark \u{201c}"), [("", false)]);
        assert_eq!(inner("\"\"\"\""), [("", true), ("", true)]);
        assert_eq!(inner("the \u{2018}quiet\u{2019} man\u{2019}s"), [("quiet", true)]);
    }
}
