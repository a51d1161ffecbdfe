//! Byte spans into a document's original text.

use std::ops::{Index, Range};

use serde::{Deserialize, Serialize};

/// A half-open range of UTF-8 byte offsets, `start..end`, into a document's text.
///
/// Every span that crosscheck returns lies on `char` boundaries of the text it was
/// made from, so `&text[span]` never panics for that text. Use [`Span::get`] when the
/// text may not be the one the span came from.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span; `end` is clamped so that it is never before `start`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end: end.max(start) }
    }

    /// The number of bytes covered.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// Whether `other` lies entirely inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span moved `offset` bytes to the right.
    #[must_use]
    pub fn shift(self, offset: usize) -> Span {
        Span { start: self.start + offset, end: self.end + offset }
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// The text under the span, or `None` when it is out of bounds or not on `char` boundaries.
    pub fn get(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }

    /// The span as a `Range`.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

impl Index<Span> for str {
    type Output = str;

    /// # Panics
    ///
    /// Panics if the span is out of bounds or not on `char` boundaries, like `&text[a..b]`.
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

#[cfg(test)]
mod tests {
    use super::Span;

    #[test]
    fn get_rejects_bad_boundaries() {
        let text = "é!";
        assert_eq!(Span::new(0, 2).get(text), Some("é"));
        assert_eq!(Span::new(0, 1).get(text), None);
        assert_eq!(Span::new(2, 9).get(text), None);
        assert_eq!(&text[Span::new(2, 3)], "!");
    }

    #[test]
    fn relations() {
        let outer = Span::new(2, 10);
        assert!(outer.contains(Span::new(3, 10)));
        assert!(!outer.contains(Span::new(1, 4)));
        assert!(outer.overlaps(Span::new(9, 12)));
        assert!(!outer.overlaps(Span::new(10, 12)));
        assert_eq!(Span::new(5, 2), Span::new(5, 5));
        assert_eq!(outer.cover(Span::new(0, 3)), Span::new(0, 10));
    }
}
