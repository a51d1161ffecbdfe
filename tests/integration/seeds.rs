//! The seed articles: layout, metadata and sentence tiling.

use crosscheck::document::BlockKind;
use crosscheck::text::{SegmentKind, segments};
use crosscheck::{Document, ReadOptions, read_inputs};

use crate::support;

fn seeds() -> Vec<Document> {
    let inputs = read_inputs(&[support::seeds()], &ReadOptions::default());
    assert!(inputs.errors.is_empty(), "{:?}", inputs.errors);
    assert_eq!(inputs.documents.len(), 5);
    inputs.documents
}

fn seed(prefix: &str) -> Document {
    seeds().into_iter().find(|doc| doc.id().starts_with(prefix)).expect("seed present")
}

#[test]
fn project_seeds_match_shared_seeds() {
    let Some(shared) = support::shared("seeds") else { return };
    for doc in seeds() {
        let original =
            std::fs::read_to_string(shared.join(format!("{}.txt", doc.id()))).expect("shared seed");
        assert_eq!(doc.text(), original, "{}", doc.id());
    }
}

#[test]
fn segments_tile_every_seed() {
    for doc in seeds() {
        let text = doc.text();
        let all = segments(&doc);
        let mut end = 0;
        let mut joined = String::new();
        for segment in &all {
            assert_eq!(segment.outer.start, end, "{}", doc.id());
            assert!(segment.outer.contains(segment.span));
            end = segment.outer.end;
            joined.push_str(&text[segment.outer]);
            assert_eq!(text[segment.span].trim(), &text[segment.span], "trimmed in {}", doc.id());
        }
        assert_eq!(end, text.len());
        assert_eq!(joined, text);
    }
}

#[test]
fn seed_layout_and_metadata() {
    let first = seed("001");
    assert_eq!(
        first.title(),
        Some("Pakistan & Afghan Taliban Begin Third Round of Talks in Istanbul")
    );
    assert_eq!(
        first.headings().collect::<Vec<_>>(),
        ["Background and Developments", "Rising Tensions Since 2021", "Path Ahead"]
    );
    assert_eq!(first.published(), None);

    let fourth = seed("004");
    assert_eq!(fourth.published().map(|date| date.to_string()).as_deref(), Some("2025-10-30"));
    assert_eq!(fourth.headings().collect::<Vec<_>>(), ["Turkiye talks after border clashes"]);
    assert_eq!(fourth.blocks()[0].kind, BlockKind::Dateline);
    assert_eq!(&fourth.text()[fourth.blocks()[0].span], "date 2025-10-30");

    let zeroth = seed("000");
    assert_eq!(zeroth.credit(), Some("Agencies"));
    assert_eq!(zeroth.title(), None);

    for doc in [seed("002"), seed("003")] {
        assert_eq!(doc.title(), None, "{}", doc.id());
        assert_eq!(doc.headings().count(), 0, "{}", doc.id());
        assert_eq!(doc.credit(), None, "{}", doc.id());
    }
}

#[test]
fn headings_are_not_sentences() {
    let first = seed("001");
    let sentences: Vec<&str> = segments(&first)
        .iter()
        .filter(|segment| segment.kind == SegmentKind::Sentence)
        .map(|segment| &first.text()[segment.span])
        .collect();
    assert!(!sentences.contains(&"Rising Tensions Since 2021"));
    assert!(!sentences.iter().any(|sentence| sentence.contains("Path Ahead")));
    assert!(sentences.contains(
        &"Pakistan retaliated swiftly, neutralizing over 200 militants but losing 23 soldiers."
    ));
    assert_eq!(sentences.len(), 24);
}

#[test]
fn seed_sentences_mend_what_news_text_breaks() {
    let third = seed("003");
    let sentences: Vec<&str> = segments(&third)
        .iter()
        .filter(|s| s.is_sentence())
        .map(|s| &third.text()[s.span])
        .collect();
    // An ellipsis ends a sentence.
    assert!(sentences[1].ends_with("written guarantees\u{2026}"));
    assert!(sentences[2].starts_with("Conversations between"));

    let second = seed("002");
    let first_sentence =
        segments(&second).iter().find(|s| s.is_sentence()).map(|s| &second.text()[s.span]);
    // Opens with a straight mark, closes with a curly one: one sentence.
    assert_eq!(
        first_sentence,
        Some(
            "One Pakistani security official said: \"The Pakistani delegation has made it clear that no compromise is possible on our core demands on cross border terrorism.\u{201d}"
        )
    );
}

#[test]
fn seed_quotes() {
    let fourth = seed("004");
    let text = fourth.text();
    let quoted: Vec<&str> =
        crosscheck::text::quotes(text).iter().map(|quote| &text[quote.inner]).collect();
    assert!(quoted.contains(&"India is actually waging a low-intensity war against us from the Afghan territory and trying to settle the score"));
    assert!(quoted.contains(&"defeated"));
    assert!(quoted.contains(&"that they use our (Afghan) soil"));
}
