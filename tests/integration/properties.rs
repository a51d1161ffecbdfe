//! Properties that hold for any text.

use crosscheck::Document;
use crosscheck::text::{quotes, segments, sentences};
use proptest::prelude::*;

/// Text built from the pieces news text is made of, so that boundaries are exercised.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("…".to_string()),
        Just("Gen. ".to_string()),
        Just("U.S. ".to_string()),
        Just("date 2025-10-30 ".to_string()),
        "[A-Za-z]{1,8}",
        "[0-9]{1,4}",
        "\\PC{1,4}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

fn check_tiling(text: &str, all: &[crosscheck::text::Segment]) -> Result<(), TestCaseError> {
    let mut end = 0;
    for segment in all {
        prop_assert_eq!(segment.outer.start, end);
        prop_assert!(segment.outer.contains(segment.span));
        prop_assert!(text.get(segment.span.range()).is_some());
        prop_assert!(text.get(segment.outer.range()).is_some());
        end = segment.outer.end;
    }
    prop_assert_eq!(end, text.len());
    Ok(())
}

proptest! {
    #[test]
    fn sentences_tile_arbitrary_text(text in "\\PC{0,300}") {
        check_tiling(&text, &sentences(&text))?;
    }

    #[test]
    fn sentences_tile_newsish_text(text in newsish()) {
        check_tiling(&text, &sentences(&text))?;
    }

    #[test]
    fn document_segments_tile(text in newsish()) {
        let doc = Document::new("p", text.clone());
        check_tiling(&text, &segments(&doc))?;
        for block in doc.blocks() {
            prop_assert!(text.get(block.span.range()).is_some());
        }
    }

    #[test]
    fn quotes_lie_on_char_boundaries(text in newsish()) {
        for quote in quotes(&text) {
            prop_assert!(quote.span.contains(quote.inner));
            prop_assert!(text.get(quote.span.range()).is_some());
            prop_assert!(text.get(quote.inner.range()).is_some());
        }
    }
}
