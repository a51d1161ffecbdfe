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
        let mut contents = Owners::new(attributions.iter().map(|found| found.content).collect());
        let owners: Vec<Vec<Option<usize>>> = sentences
            .iter()
            .map(|(_, quantities)| {
                quantities
                    .iter()
                    .map(|quantity| {
                        let owner = contents.owner(quantity.span);
                        if let Some(index) = owner {
                            used[index] = true;
                        }
                        owner
                    })
                    .collect()
            })
            .collect();
        let words = topic::DocumentWords::new(text);
        let document_context = topic::DocumentContext::of_words(&words, document.published());
        // Attributions by the sentence that holds their cue, for the statements
        // without a figure; a stable sort keeps their order within a sentence.
        let mut by_sentence: Vec<usize> = (0..attributions.len()).collect();
        by_sentence.sort_by_key(|&index| attributions.get(index).map(|found| found.sentence.start));
        let mut claims = Vec::new();
        let mut push = |view: &topic::SentenceView<'_, '_>,
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
            let view = words.sentence(sentence);
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

/// Finds the content that holds each figure, the innermost when several do (the
/// first of equal ones). Figures come in text order, so a sweep over the contents
/// sorted by start keeps only those open at the figure: a document costs about its
/// figures plus its contents, not their product, unless its contents nest deeply.
struct Owners {
    contents: Vec<Span>,
    /// Indices into `contents`, by start.
    by_start: Vec<usize>,
    /// How many of `by_start` have been opened.
    opened: usize,
    /// The contents opened that may still hold a figure at or after `last`.
    open: Vec<usize>,
    /// The start of the last figure asked about.
    last: usize,
}

impl Owners {
    fn new(contents: Vec<Span>) -> Owners {
        let mut by_start: Vec<usize> = (0..contents.len()).collect();
        by_start.sort_by_key(|&index| contents.get(index).map(|span| span.start));
        Owners { contents, by_start, opened: 0, open: Vec::new(), last: 0 }
    }

    /// The index of the innermost content holding `span`.
    fn owner(&mut self, span: Span) -> Option<usize> {
        if span.start < self.last {
            // Out of text order (never from `find`): a plain scan gives the same answer.
            return innermost(&self.contents, 0..self.contents.len(), span);
        }
        self.last = span.start;
        while let Some(&index) = self.by_start.get(self.opened)
            && self.contents.get(index).is_some_and(|content| content.start <= span.start)
        {
            self.open.push(index);
            self.opened += 1;
        }
        // A content that ends before this figure starts holds no later figure either.
        let contents = &self.contents;
        self.open.retain(|&index| contents.get(index).is_some_and(|c| c.end >= span.start));
        innermost(&self.contents, self.open.iter().copied(), span)
    }
}

/// Among `candidates`, the shortest content that holds `span`, the first of equals.
fn innermost(
    contents: &[Span],
    candidates: impl IntoIterator<Item = usize>,
    span: Span,
) -> Option<usize> {
    candidates
        .into_iter()
        .filter_map(|index| Some((index, *contents.get(index)?)))
        .filter(|(_, content)| content.contains(span))
        .min_by_key(|(index, content)| (content.len(), *index))
        .map(|(index, _)| index)
}

#[cfg(test)]
mod tests {
    use super::{Owners, innermost};
    use crate::span::Span;
    use proptest::prelude::*;

    fn spans(raw: &[(usize, usize)]) -> Vec<Span> {
        raw.iter().map(|&(start, len)| Span::new(start, start + len)).collect()
    }

    #[test]
    fn the_innermost_content_owns_a_figure() {
        // A quotation inside a reported statement, and a later statement.
        let mut owners = Owners::new(spans(&[(0, 100), (10, 20), (150, 30)]));
        assert_eq!(owners.owner(Span::new(5, 8)), Some(0));
        assert_eq!(owners.owner(Span::new(12, 15)), Some(1));
        assert_eq!(owners.owner(Span::new(40, 45)), Some(0));
        assert_eq!(owners.owner(Span::new(120, 125)), None);
        assert_eq!(owners.owner(Span::new(160, 170)), Some(2));
        // Asked out of order, the answer is the same.
        assert_eq!(owners.owner(Span::new(12, 15)), Some(1));
    }

    proptest! {
        /// The sweep finds what a scan of every content finds, for figures in any order.
        #[test]
        fn the_sweep_agrees_with_a_scan(
            contents in prop::collection::vec((0usize..200, 0usize..80), 0..12),
            figures in prop::collection::vec((0usize..260, 1usize..10), 0..20),
            sorted in any::<bool>(),
        ) {
            let contents = spans(&contents);
            let mut figures = spans(&figures);
            if sorted {
                figures.sort_by_key(|span| span.start);
            }
            let mut owners = Owners::new(contents.clone());
            for figure in figures {
                let scan = innermost(&contents, 0..contents.len(), figure);
                prop_assert_eq!(owners.owner(figure), scan);
            }
        }
    }
}
