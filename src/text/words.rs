//! Words with their byte spans, for the extractors.

use unicode_segmentation::UnicodeSegmentation;

use crate::span::Span;

/// A word (or number, or punctuation mark) of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word<'t> {
    /// The word as written.
    pub text: &'t str,
    /// Where it is in the document: `base` plus its offset in the string scanned.
    pub span: Span,
}

impl Word<'_> {
    /// Whether the word holds a letter or a digit (and is not punctuation).
    pub fn is_alphanumeric(&self) -> bool {
        self.text.chars().any(char::is_alphanumeric)
    }
}

/// The UAX #29 words of `text` that are not white space, with spans shifted by
/// `base` (the offset of `text` in its document).
///
/// ```
/// let words: Vec<_> = crosscheck::text::words("Over 1,200 died.", 10).map(|w| w.text).collect();
/// assert_eq!(words, ["Over", "1,200", "died", "."]);
/// ```
pub fn words(text: &str, base: usize) -> impl Iterator<Item = Word<'_>> {
    text.split_word_bound_indices().filter(|(_, word)| !word.chars().all(char::is_whitespace)).map(
        move |(offset, word)| Word {
            text: word,
            span: Span::new(base + offset, base + offset + word.len()),
        },
    )
}
