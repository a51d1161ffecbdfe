//! Documents: the original text of one article, its layout and its metadata.
//!
//! A [`Document`] owns its text exactly as read; every [`Span`] crosscheck returns
//! indexes into [`Document::text`]. On creation the text is cut into layout
//! [`Block`]s (title, dateline, headings, paragraphs, credit) and the metadata that
//! the layout reveals (publication date, title, credit) is recorded. Metadata given
//! by the caller wins over what is detected.

mod dateline;
mod layout;
mod load;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::span::Span;

pub use load::{Decoding, Inputs, ReadOptions, read_inputs};

/// What a layout block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum BlockKind {
    /// The headline: a first line that reads as a title.
    Title,
    /// A publication line such as `Published: 30 Oct 2025`, alone or opening the first line.
    Dateline,
    /// A byline such as `By Jane Doe`.
    Byline,
    /// A section heading inside the article.
    Heading,
    /// Running text, made of sentences.
    Paragraph,
    /// A closing credit line such as `Agencies` or `(Reuters)`.
    Credit,
}

/// A layout block: a line or paragraph of the document and what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Where it is, without surrounding white space.
    pub span: Span,
}

/// Metadata of a document. Every field is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    /// The outlet that published the article.
    pub outlet: Option<String>,
    /// The publication date.
    pub published: Option<Date>,
    /// The headline.
    pub title: Option<String>,
    /// Where the article was found.
    pub url: Option<String>,
}

impl Metadata {
    /// Fills every field of `self` that is empty from `fallback`.
    fn or(self, fallback: Metadata) -> Metadata {
        Metadata {
            outlet: self.outlet.or(fallback.outlet),
            published: self.published.or(fallback.published),
            title: self.title.or(fallback.title),
            url: self.url.or(fallback.url),
        }
    }
}

/// One news article: an id, its original text, its layout and its metadata.
#[derive(Clone, Debug)]
pub struct Document {
    id: String,
    text: String,
    metadata: Metadata,
    blocks: Vec<Block>,
    credit: Option<Span>,
    decoding: Decoding,
}

impl Document {
    /// Makes a document from an id and its text, detecting layout and metadata.
    ///
    /// Any text is accepted: an empty text makes a document with no block.
    ///
    /// ```
    /// let doc = crosscheck::Document::new("a", "Published: 30 Oct 2025\nTalks resumed.");
    /// assert_eq!(doc.published().map(|d| d.to_string()), Some("2025-10-30".to_string()));
    /// ```
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        let text = text.into();
        let layout = layout::analyse(&text);
        Document {
            id: id.into(),
            metadata: layout.metadata,
            credit: layout.credit,
            blocks: layout.blocks,
            text,
            decoding: Decoding::Utf8,
        }
    }

    /// Sets metadata given by the caller; each field that is set wins over the detected one.
    #[must_use]
    pub fn with_metadata(mut self, given: Metadata) -> Document {
        self.metadata = given.or(std::mem::take(&mut self.metadata));
        self
    }

    /// Records how the text was decoded from bytes.
    #[must_use]
    pub fn with_decoding(mut self, decoding: Decoding) -> Document {
        self.decoding = decoding;
        self
    }

    /// The document id (for files, the file name without its extension).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The original text, untouched.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The metadata: given by the caller where it was, detected otherwise.
    pub fn metadata(&self) -> &Metadata {
        &self.metadata
    }

    /// The publication date, if known.
    pub fn published(&self) -> Option<Date> {
        self.metadata.published
    }

    /// The headline, if known.
    pub fn title(&self) -> Option<&str> {
        self.metadata.title.as_deref()
    }

    /// The outlet that published the document, if known.
    pub fn outlet(&self) -> Option<&str> {
        self.metadata.outlet.as_deref()
    }

    /// The layout blocks, in text order.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The section headings, in text order.
    pub fn headings(&self) -> impl Iterator<Item = &str> {
        self.blocks
            .iter()
            .filter(|block| block.kind == BlockKind::Heading)
            .filter_map(|block| block.span.get(&self.text))
    }

    /// The closing credit line ("Agencies", "Reuters"), if there is one.
    pub fn credit(&self) -> Option<&str> {
        self.credit.and_then(|span| span.get(&self.text))
    }

    /// How the text was decoded.
    pub fn decoding(&self) -> &Decoding {
        &self.decoding
    }
}
