//! The extractor: a document in, claims out.

use crate::claim::{Claim, topic};
use crate::document::Document;
use crate::extract::{attribution, figures};
use crate::text;

/// Extracts claims from documents. Cheap to build, `Send + Sync`, reusable.
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    config: Config,
}

#[derive(Clone, Debug, Default)]
struct Config {
    unattributed_without_figures: bool,
}

/// Builds an [`Extractor`] with non-default settings.
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    config: Config,
}

impl ExtractorBuilder {
    /// Builds the extractor.
    ///
    /// # Errors
    ///
    /// None today; settings that can be invalid will be checked here.
    pub fn build(&self) -> crate::Result<Extractor> {
        Ok(Extractor { config: self.config.clone() })
    }
}

impl Extractor {
    /// An extractor with default settings.
    pub fn new() -> Extractor {
        Extractor::default()
    }

    /// A builder for non-default settings.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Extracts every claim of a document, in text order.
    pub fn extract(&self, document: &Document) -> Vec<Claim> {
        let _ = self.config.unattributed_without_figures;
        let segments = text::segments(document);
        let quotes = text::quotes(document.text());
        let attributions = attribution::attribute(document, &segments, &quotes);
        let context = figures::Context { published: document.published() };
        let mut claims = Vec::new();
        for segment in segments.iter().filter(|segment| segment.is_sentence()) {
            for quantity in figures::find(document.text(), segment.span, &context) {
                let attribution = attributions
                    .iter()
                    .filter(|found| found.content.contains(quantity.span))
                    .min_by_key(|found| found.content.len());
                claims.push(Claim {
                    id: format!("{}#{}", document.id(), claims.len() + 1),
                    doc: document.id().to_string(),
                    sentence: segment.span,
                    speaker: attribution.and_then(|found| found.speaker.clone()),
                    via: attribution.map(|found| found.via.clone()).unwrap_or_default(),
                    cue: attribution.and_then(|found| found.cue.clone()),
                    hedged: attribution.is_some_and(|found| found.hedged),
                    denial: attribution.is_some_and(|found| found.denial),
                    topic: topic::topic(document.text(), segment.span, &quantity),
                    context: topic::context(
                        document.text(),
                        segment.span,
                        Some(quantity.span),
                        document.published(),
                    ),
                    quantity: Some(quantity),
                });
            }
        }
        claims
    }
}
