//! libFuzzer target: any bytes through the whole pipeline. It fails on a panic and
//! on any span that is not on char boundaries of its document.
#![no_main]

use crosscheck::report::{self, Format, Run};
use crosscheck::{Document, Extractor, Matcher, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let document = Document::new("fuzz", String::from_utf8_lossy(data));
    let source = document.text();
    for block in document.blocks() {
        assert!(source.get(block.span.range()).is_some(), "{block:?}");
    }
    let mut end = 0;
    for segment in text::segments(&document) {
        assert_eq!(segment.outer.start, end);
        assert!(source.get(segment.span.range()).is_some(), "{segment:?}");
        end = segment.outer.end;
    }
    assert_eq!(end, source.len());
    for quote in text::quotes(source) {
        assert!(source.get(quote.span.range()).is_some(), "{quote:?}");
        assert!(source.get(quote.inner.range()).is_some(), "{quote:?}");
    }
    let claims = Extractor::new().extract(&document);
    for claim in &claims {
        assert!(source.get(claim.sentence.range()).is_some(), "{claim:?}");
        if let Some(quantity) = &claim.quantity {
            assert!(source.get(quantity.span.range()).is_some(), "{claim:?}");
        }
    }
    let facts = Matcher::new().reconcile(&claims);
    let documents = [document];
    let run = Run { documents: &documents, claims: &claims, facts: &facts, failures: &[], ..Run::default() };
    for format in [Format::Jsonl, Format::Json, Format::Text, Format::Markdown, Format::Html] {
        assert!(report::write_extract(std::io::sink(), format, &run).is_ok());
        assert!(report::write_reconcile(std::io::sink(), format, &run).is_ok());
    }
});
