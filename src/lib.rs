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
//! use crosscheck::{Document, Extractor, Matcher, Status};
//!
//! let docs = [
//!     Document::new("a", "Five soldiers were killed in Kurram on Sunday, the army said."),
//!     Document::new("b", "Officials told AFP that 23 soldiers were killed in Kurram on Sunday."),
//! ];
//! let extractor = Extractor::new();
//! let claims: Vec<_> = docs.iter().flat_map(|doc| extractor.extract(doc)).collect();
//! let facts = Matcher::new().reconcile(&claims);
//!
//! let fact = &facts[0];
//! assert_eq!((fact.topic.as_str(), fact.status), ("soldiers killed", Status::Conflict));
//! let values: Vec<String> = fact.values.iter().map(|v| serde_json::to_string(&v.value)).collect::<Result<_, _>>()?;
//! assert_eq!(values, ["5", "23"]);
//! // Who said it, and through which outlet.
//! let second = &claims[fact.values[1].claims[0]];
//! assert_eq!(second.speaker.as_ref().map(|s| s.name.as_str()), Some("Officials"));
//! assert_eq!(second.via[0].name, "AFP");
//! # Ok::<(), Box<dyn std::error::Error>>(())
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
