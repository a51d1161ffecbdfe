//! Sentence and quotation cases of our own, beyond the seeds.

use crosscheck::Document;
use crosscheck::text::{quotes, segments, sentences};

fn cut(text: &str) -> Vec<&str> {
    sentences(text).iter().map(|segment| &text[segment.span]).collect()
}

#[test]
fn titles_and_abbreviations_do_not_end_sentences() {
    assert_eq!(
        cut("Lt Gen. Ahmed Sharif Chaudhry spoke first. Gen. Asim Munir followed."),
        ["Lt Gen. Ahmed Sharif Chaudhry spoke first.", "Gen. Asim Munir followed."]
    );
    assert_eq!(
        cut("Dr. Ayesha Siddiqa and Mr. Khan met at No. 10 on Oct. 17."),
        ["Dr. Ayesha Siddiqa and Mr. Khan met at No. 10 on Oct. 17."]
    );
    assert_eq!(
        cut("U.S. President Joe Biden arrived. He spoke briefly."),
        ["U.S. President Joe Biden arrived.", "He spoke briefly."]
    );
    assert_eq!(
        cut("The deal was signed in the U.S. The talks then moved on."),
        ["The deal was signed in the U.S.", "The talks then moved on."]
    );
    assert_eq!(
        cut("Acme Inc. said profits rose. Shares fell."),
        ["Acme Inc. said profits rose.", "Shares fell."]
    );
}

#[test]
fn quotation_marks_and_ellipses() {
    assert_eq!(
        cut("“We will not back down.” The minister left. \"Why now?\" she asked."),
        ["“We will not back down.”", "The minister left.", "\"Why now?\" she asked."]
    );
    assert_eq!(
        cut("The offer was rejected… Talks collapsed on Friday."),
        ["The offer was rejected…", "Talks collapsed on Friday."]
    );
    assert_eq!(cut("He said: \"We agree.” They left."), ["He said: \"We agree.”", "They left."]);
}

#[test]
fn headings_and_datelines_are_blocks() {
    let doc = Document::new(
        "own",
        "Ceasefire Holds Along the Border\nPublished: 3 Nov 2025\nTroops withdrew on Sunday.\n\nWhat Happens Next\n\nTalks resume Monday.\n\nReuters",
    );
    assert_eq!(doc.title(), Some("Ceasefire Holds Along the Border"));
    assert_eq!(doc.published().map(|d| d.to_string()).as_deref(), Some("2025-11-03"));
    assert_eq!(doc.headings().collect::<Vec<_>>(), ["What Happens Next"]);
    assert_eq!(doc.credit(), Some("Reuters"));
    let sentences: Vec<&str> =
        segments(&doc).iter().filter(|s| s.is_sentence()).map(|s| &doc.text()[s.span]).collect();
    assert_eq!(sentences, ["Troops withdrew on Sunday.", "Talks resume Monday."]);
}

#[test]
fn quotations_over_several_sentences_and_unbalanced() {
    let text = "“We came to talk. We will stay,” he said. She called it “a farce.\nNext paragraph.";
    let found: Vec<(&str, bool)> =
        quotes(text).iter().map(|quote| (&text[quote.inner], quote.closed)).collect();
    assert_eq!(found, [("We came to talk. We will stay,", true), ("a farce.", false)]);
    assert!(quotes("\"\"\"").len() <= 2);
}
