//! Properties that hold for any text.

use std::path::PathBuf;

use crosscheck::text::{quotes, segments, sentences};
use crosscheck::{Document, ReadOptions};
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

/// News-like text as files from Windows or with a byte-order mark give it.
fn newsish_crlf_bom() -> impl Strategy<Value = String> {
    (newsish(), any::<bool>(), any::<bool>()).prop_map(|(text, crlf, bom)| {
        let text = if crlf { text.replace('\n', "\r\n") } else { text };
        if bom { format!("\u{feff}{text}") } else { text }
    })
}

/// Marks that may open or close a quotation.
const MARKS: &[char] = &['"', '“', '”', '„', '‟', '«', '»', '‘', '’'];

/// Every span of a document is on char boundaries, and what it quotes is what the
/// span says: blocks and segments hold no surrounding white space, a quotation
/// starts with its opening mark and its inner span is what lies between the marks.
fn check_exact(text: &str) -> Result<(), TestCaseError> {
    let is_blank = |c: char| c.is_whitespace() || c == '\u{feff}';
    let doc = Document::new("p", text);
    for block in doc.blocks() {
        let quoted = text.get(block.span.range());
        prop_assert!(quoted.is_some(), "block {:?} off char boundaries", block);
        let quoted = quoted.unwrap_or_default();
        prop_assert!(!quoted.is_empty());
        prop_assert_eq!(quoted, quoted.trim_matches(is_blank));
    }
    let all = segments(&doc);
    check_tiling(text, &all)?;
    for segment in &all {
        let quoted = &text[segment.span];
        if segment.is_sentence() {
            prop_assert!(!quoted.is_empty());
            prop_assert_eq!(quoted, quoted.trim_matches(is_blank));
            prop_assert!(
                doc.blocks().iter().any(|block| block.span.contains(segment.span)),
                "sentence {:?} outside every block",
                quoted
            );
        }
    }
    for quote in quotes(text) {
        prop_assert!(text.get(quote.span.range()).is_some(), "quote {:?}", quote);
        prop_assert!(text.get(quote.inner.range()).is_some(), "quote {:?}", quote);
        let quoted = &text[quote.span];
        let opening = quoted.chars().next();
        prop_assert!(opening.is_some_and(|c| MARKS.contains(&c)), "{:?}", quoted);
        prop_assert_eq!(quote.inner.start, quote.span.start + opening.map_or(0, char::len_utf8));
        if quote.closed {
            let closing = quoted.chars().next_back();
            prop_assert!(closing.is_some_and(|c| MARKS.contains(&c)), "{:?}", quoted);
            prop_assert_eq!(quote.inner.end, quote.span.end - closing.map_or(0, char::len_utf8));
        } else {
            prop_assert_eq!(quote.inner.end, quote.span.end);
        }
    }
    Ok(())
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

    #[test]
    fn spans_are_exact_on_arbitrary_text(text in "(?s).{0,300}") {
        check_exact(&text)?;
    }

    #[test]
    fn spans_are_exact_on_newsish_text(text in newsish_crlf_bom()) {
        check_exact(&text)?;
    }

}

proptest! {
    // Each case writes a file, so fewer cases than the text-only properties.
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn loading_any_bytes_is_exact_or_an_error(
        bytes in prop::collection::vec(any::<u8>(), 0..400),
        bom in prop::sample::select(vec![&b""[..], b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]),
    ) {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("prop_load");
        std::fs::create_dir_all(&dir).expect("mkdir");
        let path = dir.join(format!("in-{:?}.txt", std::thread::current().id()));
        let bytes = [bom, &bytes[..]].concat();
        std::fs::write(&path, &bytes).expect("write");
        let strict = Document::from_path(&path, &ReadOptions::default());
        let lossy = ReadOptions { lossy: true, ..ReadOptions::default() };
        let lossy = Document::from_path(&path, &lossy);
        prop_assert!(lossy.is_ok(), "lossy reading never fails: {:?}", lossy.err());
        let lossy = lossy.expect("checked");
        check_exact(lossy.text())?;
        match std::str::from_utf8(&bytes) {
            Ok(text) if !text.contains('\0') => {
                prop_assert_eq!(strict.as_ref().map(Document::text).ok(), Some(text));
            }
            _ if !bytes.starts_with(b"\xff\xfe") && !bytes.starts_with(b"\xfe\xff") => {
                prop_assert!(strict.is_err());
            }
            _ => {}
        }
        if let Ok(strict) = &strict {
            prop_assert_eq!(strict.text(), lossy.text());
        }
    }
}
