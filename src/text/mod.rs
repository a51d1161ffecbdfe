//! Text: sentences and quotations, as byte spans into the original text.
//!
//! [`segments`] cuts a whole [`Document`] into pieces that tile its text exactly:
//! each layout block that is not running text (title, dateline, heading, credit)
//! is one segment, and paragraphs are cut into sentences. [`sentences`] does the
//! same for a bare string. [`quotes`] pairs quotation marks.
//!
//! Sentence boundaries are those of Unicode UAX #29, mended where news text
//! breaks them: titles and abbreviations ("Lt Gen.", "U.S.", "No. 10"), a
//! quotation closing after the full stop, an ellipsis ending a sentence, a
//! quoted question followed by its cue ("'Why?' he asked"). A run of more than
//! 4096 bytes without a sentence end is cut at white space, so that no sentence
//! (and no claim quoting one) is megabytes long.

mod quotes;
mod sentences;
mod words;

use serde::{Deserialize, Serialize};

use crate::document::{BlockKind, Document};
use crate::span::Span;

pub use quotes::{Quote, quotes};
pub use words::{Word, words};

/// What a segment of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum SegmentKind {
    /// A sentence of running text.
    Sentence,
    /// A layout block that is not running text; see [`BlockKind`].
    Block(BlockKind),
    /// Nothing but white space (only in a text with no other segment).
    Space,
}

/// A piece of text. The `outer` spans of consecutive segments tile the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// What the segment is.
    pub kind: SegmentKind,
    /// The segment without the white space around it.
    pub span: Span,
    /// The segment with the white space that follows it (and, for the first
    /// segment, the white space before it).
    pub outer: Span,
}

impl Segment {
    /// Whether the segment is a sentence of running text.
    pub fn is_sentence(&self) -> bool {
        self.kind == SegmentKind::Sentence
    }
}

/// Cuts a document into segments that tile its text: layout blocks and sentences.
///
/// ```
/// use crosscheck::{Document, text::{segments, SegmentKind}};
/// let doc = Document::new("d", "Talks Resume\nGen. Munir spoke. He left.");
/// let kinds: Vec<_> = segments(&doc).iter().map(|s| (s.kind, &doc.text()[s.span])).collect();
/// assert_eq!(kinds[1], (SegmentKind::Sentence, "Gen. Munir spoke."));
/// assert_eq!(kinds.len(), 3);
/// ```
pub fn segments(document: &Document) -> Vec<Segment> {
    let text = document.text();
    let mut inner = Vec::with_capacity(document.blocks().len() * 4);
    for block in document.blocks() {
        if block.kind == BlockKind::Paragraph {
            sentences::split(text, block.span, &mut inner);
        } else {
            inner.push((SegmentKind::Block(block.kind), block.span));
        }
    }
    tile(text, &inner)
}

/// Cuts a bare text into sentences whose `outer` spans tile it.
///
/// ```
/// let text = "Dr. Ali said 23 died. \u{201c}We wept.\u{201d} Talks went on\u{2026} Nothing else.";
/// let found: Vec<&str> = crosscheck::text::sentences(text).iter().map(|s| &text[s.span]).collect();
/// assert_eq!(found, ["Dr. Ali said 23 died.", "\u{201c}We wept.\u{201d}", "Talks went on\u{2026}", "Nothing else."]);
/// ```
pub fn sentences(text: &str) -> Vec<Segment> {
    let mut inner = Vec::new();
    sentences::split(text, Span::new(0, text.len()), &mut inner);
    tile(text, &inner)
}

/// Extends trimmed spans so that they tile `text`: each runs to the start of the next.
fn tile(text: &str, inner: &[(SegmentKind, Span)]) -> Vec<Segment> {
    if inner.is_empty() {
        if text.is_empty() {
            return Vec::new();
        }
        let all = Span::new(0, text.len());
        return vec![Segment { kind: SegmentKind::Space, span: all, outer: all }];
    }
    let mut segments = Vec::with_capacity(inner.len());
    for (index, &(kind, span)) in inner.iter().enumerate() {
        let start = if index == 0 { 0 } else { span.start };
        let end = inner.get(index + 1).map_or(text.len(), |next| next.1.start);
        segments.push(Segment { kind, span, outer: Span::new(start, end) });
    }
    segments
}
