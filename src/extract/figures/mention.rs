//! Measures a sentence names without giving their figure: the "percentage" of
//! "a small percentage of voters", the "%" of "the % of increase".
//!
//! A claim needs a figure to compare, so these never become claims; they tell a
//! reader that a sentence speaks of a percentage it does not state.

use super::token::{self, Kind, Token};
use super::{Mention, Quantity, QuantityKind};
use crate::lexicon::units;
use crate::span::Span;

/// Finds the percent words of `text[sentence]` that stand alone, outside every
/// span of `found`.
pub(crate) fn unstated(text: &str, sentence: Span, found: &[Quantity]) -> Vec<Mention> {
    let Some(slice) = text.get(sentence.range()) else { return Vec::new() };
    let tokens = token::tokens(slice, sentence.start);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(end) = percent_name(&tokens, i) else {
            i += 1;
            continue;
        };
        if let (Some(first), Some(last)) = (tokens.get(i), tokens.get(end - 1))
            && stands_alone(&tokens, i, end)
        {
            let span = Span::new(first.span.start, last.span.end);
            let inside_figure =
                found.iter().any(|q| q.span.start < span.end && span.start < q.span.end);
            if !inside_figure {
                out.push(Mention { kind: QuantityKind::Percent, span });
            }
        }
        i = end;
    }
    out
}

/// The end of a percent name starting at token `i`: "percentage", "per cent", "%".
fn percent_name(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let token = tokens.get(i)?;
    match token.kind {
        Kind::Word if units::percent_noun(token.text) => Some(i + 1),
        Kind::Word
            if token.is("per") && tokens.get(i + 1).is_some_and(|t| t.is("cent") && t.gap) =>
        {
            Some(i + 2)
        }
        Kind::Punct if token.is_punct("%") => Some(i + 1),
        _ => None,
    }
}

/// Whether tokens `start..end` are a word of their own: set apart by white space
/// or sentence punctuation, not a piece of a URL ("?q=30%25") or a code, and not
/// right after a number (that would be a figure: "30 %").
fn stands_alone(tokens: &[Token<'_>], start: usize, end: usize) -> bool {
    let Some(first) = tokens.get(start) else { return false };
    let before = start.checked_sub(1).and_then(|at| tokens.get(at));
    let left = match before {
        None => true,
        Some(previous) if matches!(previous.kind, Kind::Number | Kind::Mixed) => false,
        Some(previous) => first.gap || previous.is_punct("(\"'[\u{201c}\u{2018}"),
    };
    let right =
        tokens.get(end).is_none_or(|next| next.gap || next.is_punct(".,;:!?)\"']\u{201d}\u{2019}"));
    left && right
}

#[cfg(test)]
mod tests {
    use crate::extract::figures::{Context, find, unstated};
    use crate::span::Span;

    /// The text of every percentage named without a figure.
    fn named(text: &str) -> Vec<&str> {
        let sentence = Span::new(0, text.len());
        let found = find(text, sentence, &Context::default());
        unstated(text, sentence, &found).iter().filter_map(|m| text.get(m.span.range())).collect()
    }

    #[test]
    fn percent_words_without_a_figure() {
        assert_eq!(named("Only a small percentage of voters turned out."), ["percentage"]);
        assert_eq!(named("The table gives the % of households without power."), ["%"]);
        assert_eq!(
            named("Officials would not say what per cent of the aid arrived."),
            ["per cent"]
        );
        assert_eq!(
            named("Percentages were not given (percent, not points)."),
            ["Percentages", "percent"]
        );
    }

    #[test]
    fn percent_words_of_a_figure_are_not_unstated() {
        assert!(named("Turnout rose 12 percent, or 3 percentage points, to 40%.").is_empty());
        assert!(named("Prices rose 30 % in a year.").is_empty());
        assert!(named("It holds a percent of 10 in the venture.").is_empty());
        assert!(named("Twenty per cent of the vote went to him.").is_empty());
    }

    #[test]
    fn pieces_of_urls_and_other_words_are_not_percentages() {
        assert!(named("See https://www.example.com/search?q=30%25%2020% for details.").is_empty());
        assert!(named("PC sales fell; the per-capita figure did not.").is_empty());
        assert!(named("A percentile rank is not a percentage-point change.").is_empty());
    }
}
