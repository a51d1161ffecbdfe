//! The extractor: a document in, claims out.

use crate::claim::{Claim, topic};
use crate::document::Document;
use crate::extract::attribution::{self, Attribution};
use crate::extract::figures::{self, Quantity};
use crate::span::Span;
use crate::text;

/// Extracts claims from documents. Cheap to build, `Send + Sync`, reusable.
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    config: Config,
}

#[derive(Clone, Debug)]
struct Config {
    /// Whether attributed statements without a figure become claims.
    statements: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config { statements: true }
    }
}

/// Builds an [`Extractor`] with non-default settings.
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    config: Config,
}

impl ExtractorBuilder {
    /// Whether attributed statements that carry no figure become claims (with no
    /// quantity). On by default, as the JSON contract says.
    pub fn statements(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.config.statements = yes;
        self
    }

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
    ///
    /// Each figure gives a claim, attributed to the attribution whose content holds
    /// it (the innermost when several do) or to nobody when the article states it in
    /// its own voice. Each attribution that holds no figure gives one claim with no
    /// quantity.
    pub fn extract(&self, document: &Document) -> Vec<Claim> {
        let text = document.text();
        let segments = text::segments(document);
        let quotes = text::quotes(text);
        let attributions = attribution::attribute(document, &segments, &quotes);
        let context = figures::Context { published: document.published() };
        let sentences: Vec<(Span, Vec<Quantity>)> = segments
            .iter()
            .filter(|segment| segment.is_sentence())
            .map(|segment| (segment.span, figures::find(text, segment.span, &context)))
            .collect();
        let mut used = vec![false; attributions.len()];
        let owners: Vec<Vec<Option<usize>>> = sentences
            .iter()
            .map(|(_, quantities)| {
                quantities
                    .iter()
                    .map(|quantity| {
                        let owner = owner(&attributions, quantity.span);
                        if let Some(index) = owner {
                            used[index] = true;
                        }
                        owner
                    })
                    .collect()
            })
            .collect();
        let document_context = topic::DocumentContext::new(text, document.published());
        // Attributions by the sentence that holds their cue, for the statements
        // without a figure; a stable sort keeps their order within a sentence.
        let mut by_sentence: Vec<usize> = (0..attributions.len()).collect();
        by_sentence.sort_by_key(|&index| attributions.get(index).map(|found| found.sentence.start));
        let mut claims = Vec::new();
        let mut push = |view: &topic::SentenceView<'_>,
                        sentence: Span,
                        attribution: Option<&Attribution>,
                        quantity: Option<Quantity>| {
            claims.push(Claim {
                id: format!("{}#{}", document.id(), claims.len() + 1),
                doc: document.id().to_string(),
                sentence,
                speaker: attribution.and_then(|found| found.speaker.clone()),
                via: attribution.map(|found| found.via.clone()).unwrap_or_default(),
                cue: attribution.and_then(|found| found.cue.clone()),
                hedged: attribution.is_some_and(|found| found.hedged),
                denial: attribution.is_some_and(|found| found.denial),
                topic: quantity.as_ref().and_then(|quantity| view.topic(quantity)),
                context: view.context(quantity.as_ref(), &document_context),
                quantity,
            });
        };
        for ((sentence, quantities), owners) in sentences.into_iter().zip(owners) {
            let statements = self.config.statements.then(|| {
                let first = by_sentence.partition_point(|&index| {
                    attributions
                        .get(index)
                        .is_some_and(|found| found.sentence.start < sentence.start)
                });
                by_sentence
                    .get(first..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|&&index| {
                        attributions
                            .get(index)
                            .is_some_and(|found| found.sentence.start == sentence.start)
                    })
                    .filter(|&&index| {
                        !used.get(index).copied().unwrap_or(true)
                            && attributions
                                .get(index)
                                .is_some_and(|found| found.sentence == sentence)
                    })
                    .filter_map(|&index| attributions.get(index))
                    .collect::<Vec<_>>()
            });
            if quantities.is_empty() && statements.as_ref().is_none_or(Vec::is_empty) {
                continue;
            }
            let view = topic::SentenceView::new(text, sentence);
            for (quantity, owner) in quantities.into_iter().zip(owners) {
                push(
                    &view,
                    sentence,
                    owner.and_then(|index| attributions.get(index)),
                    Some(quantity),
                );
            }
            for found in statements.unwrap_or_default() {
                push(&view, sentence, Some(found), None);
            }
        }
        claims
    }
}

/// The attribution whose content holds `span`: the innermost when several do.
fn owner(attributions: &[Attribution], span: Span) -> Option<usize> {
    attributions
        .iter()
        .enumerate()
        .filter(|(_, found)| found.content.contains(span))
        .min_by_key(|(index, found)| (found.content.len(), *index))
        .map(|(index, _)| index)
}
