//! crosscheck reads news articles, extracts the claims they make (who said what,
//! through which outlet, with which figure) and reconciles the figures that
//! several outlets give for the same fact.
//!
//! The pipeline has three stages, each a type:
//!
//! 1. [`Document`]: an article's text, its layout and metadata;
//! 2. [`Extractor`]: a document in, [`Claim`]s out;
//! 3. [`Matcher`]: claims in, [`Fact`]s out, each with a [`Status`].
//!
//! ```
//! use crosscheck::{Document, Extractor, Matcher};
//!
//! let docs = [
//!     Document::new("a", "Five soldiers were killed on Sunday, the army said."),
//!     Document::new("b", "Officials said 23 soldiers were killed on Sunday."),
//! ];
//! let extractor = Extractor::new();
//! let claims: Vec<_> = docs.iter().flat_map(|doc| extractor.extract(doc)).collect();
//! let facts = Matcher::new().reconcile(&claims);
//! # let _ = facts;
//! # Ok::<(), crosscheck::Error>(())
//! ```

pub mod claim;
pub mod document;
mod error;
pub mod extract;
pub mod lexicon;
pub mod matcher;
pub mod report;
mod span;
pub mod text;

pub use claim::{Claim, Extractor, ExtractorBuilder};
pub use document::{Document, Metadata, ReadOptions, read_inputs};
pub use error::{Error, Result};
pub use matcher::{Fact, Matcher, Status};
pub use span::Span;
