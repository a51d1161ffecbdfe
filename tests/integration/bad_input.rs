//! Bad input through the library: a clear error naming the file, or a documented recovery.

use std::fs;

use crosscheck::document::Decoding;
use crosscheck::{Document, Error, Extractor, ReadOptions, read_inputs};

use crate::support;

#[test]
fn not_utf8_names_file_and_offset() {
    let dir = support::scratch("not_utf8");
    let path = dir.join("latin1.txt");
    fs::write(&path, b"Caf\xe9 talks ended.").expect("write");
    let error = Document::from_path(&path, &ReadOptions::default()).expect_err("not UTF-8");
    assert!(matches!(error, Error::NotUtf8 { offset: 3, .. }));
    let message = error.to_string();
    assert!(message.contains("latin1.txt") && message.contains("offset 3"), "{message}");

    let lossy = ReadOptions { lossy: true, ..ReadOptions::default() };
    let doc = Document::from_path(&path, &lossy).expect("lossy read");
    assert_eq!(doc.text(), "Caf\u{FFFD} talks ended.");
    assert_eq!(doc.decoding(), &Decoding::Lossy { first_invalid: 3 });
}

#[test]
fn empty_and_blank_files_are_empty_documents() {
    let dir = support::scratch("empty");
    fs::write(dir.join("empty.txt"), b"").expect("write");
    fs::write(dir.join("blank.txt"), b" \n\t\n").expect("write");
    let inputs = read_inputs(&[&dir], &ReadOptions::default());
    assert!(inputs.errors.is_empty());
    let ids: Vec<&str> = inputs.documents.iter().map(Document::id).collect();
    assert_eq!(ids, ["blank", "empty"]);
    for doc in &inputs.documents {
        assert!(doc.blocks().is_empty());
        assert!(Extractor::new().extract(doc).is_empty());
    }
}

#[test]
fn folder_without_text_files_is_an_error() {
    let dir = support::scratch("no_txt");
    fs::write(dir.join("notes.md"), b"# notes").expect("write");
    let inputs = read_inputs(&[&dir], &ReadOptions::default());
    assert!(inputs.documents.is_empty());
    assert_eq!(inputs.errors.len(), 1);
    assert!(matches!(inputs.errors[0], Error::EmptyFolder { .. }));
    assert!(inputs.errors[0].to_string().ends_with("contains no .txt files"));
}

#[test]
fn one_bad_input_does_not_stop_the_others() {
    let dir = support::scratch("mixed");
    fs::write(dir.join("a.txt"), "Talks resumed.").expect("write");
    fs::write(dir.join("b.txt"), b"\xff\xfe\x00").expect("write");
    fs::write(dir.join("c.txt"), b"bin\0ary").expect("write");
    fs::write(dir.join("d.txt"), "Talks ended.").expect("write");
    let missing = dir.join("missing.txt");
    let inputs = read_inputs(&[dir.clone(), missing], &ReadOptions::default());
    let ids: Vec<&str> = inputs.documents.iter().map(Document::id).collect();
    assert_eq!(ids, ["a", "d"]);
    let messages: Vec<String> = inputs.errors.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert!(messages[0].contains("b.txt"), "{messages:?}");
    assert!(
        messages[1].contains("c.txt") && messages[1].contains("NUL byte at offset 3"),
        "{messages:?}"
    );
    assert!(messages[2].contains("missing.txt"), "{messages:?}");
}

#[test]
fn byte_order_marks() {
    let dir = support::scratch("bom");
    fs::write(dir.join("utf8.txt"), "\u{feff}Talks resumed.").expect("write");
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "Talks resumed.".encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    fs::write(dir.join("utf16.txt"), utf16).expect("write");
    let inputs = read_inputs(&[&dir], &ReadOptions::default());
    assert!(inputs.errors.is_empty(), "{:?}", inputs.errors);
    // The UTF-8 mark is kept so that offsets match the file; sentences skip it.
    let utf8 = &inputs.documents[1];
    let sentence = crosscheck::text::segments(utf8)[0].span;
    assert_eq!(&utf8.text()[sentence], "Talks resumed.");
    assert_eq!(inputs.documents[0].text(), "Talks resumed.");
    assert_eq!(inputs.documents[0].decoding(), &Decoding::Utf16);
}

#[test]
fn json_lines_records_and_bad_lines() {
    let dir = support::scratch("jsonl");
    let path = dir.join("feed.jsonl");
    fs::write(
        &path,
        "{\"id\": \"x1\", \"text\": \"Talks resumed.\", \"outlet\": \"AFP\", \"published\": \"2025-10-30\"}\n\nnot json\n{\"text\": \"No id here.\"}\n",
    )
    .expect("write");
    let inputs = read_inputs(&[&path], &ReadOptions::default());
    let ids: Vec<&str> = inputs.documents.iter().map(Document::id).collect();
    assert_eq!(ids, ["x1", "feed:4"]);
    assert_eq!(inputs.documents[0].outlet(), Some("AFP"));
    assert_eq!(inputs.errors.len(), 1);
    assert!(
        inputs.errors[0]
            .to_string()
            .starts_with(&format!("{}:3: invalid document record", path.display()))
    );
}

#[test]
fn duplicate_ids_are_made_unique() {
    let dir = support::scratch("dupes");
    fs::create_dir_all(dir.join("one")).expect("mkdir");
    fs::create_dir_all(dir.join("two")).expect("mkdir");
    fs::write(dir.join("one/story.txt"), "A.").expect("write");
    fs::write(dir.join("two/story.txt"), "B.").expect("write");
    let inputs = read_inputs(&[dir.join("one"), dir.join("two")], &ReadOptions::default());
    let ids: Vec<&str> = inputs.documents.iter().map(Document::id).collect();
    assert_eq!(ids, ["story", "story~2"]);
}

#[test]
fn caller_metadata_wins() {
    let doc = Document::new("m", "Published: 30 Oct 2025\nTalks resumed.").with_metadata(
        crosscheck::Metadata {
            published: "2025-11-01".parse().ok(),
            outlet: Some("Dawn".into()),
            ..crosscheck::Metadata::default()
        },
    );
    assert_eq!(doc.published().map(|d| d.to_string()).as_deref(), Some("2025-11-01"));
    assert_eq!(doc.outlet(), Some("Dawn"));
}

#[test]
fn hostile_text_never_panics() {
    let long_line = "word ".repeat(200_000);
    let quotes_only = "\"“”‘’«»".repeat(1000);
    let nested = format!("{}x{}", "(".repeat(5000), ")".repeat(5000));
    let headings = "Heading Line\n".repeat(3000);
    for text in [
        "",
        "\u{feff}",
        "\"",
        "“",
        long_line.as_str(),
        quotes_only.as_str(),
        nested.as_str(),
        headings.as_str(),
        "مرحبا بالعالم. قال الوزير “نعم”.",
        "e\u{301}\u{301}\u{301} 👩‍👩‍👧 soldiers. 99999999999999999999999 soldiers were killed. 1e309",
    ] {
        let doc = Document::new("hostile", text);
        let segments = crosscheck::text::segments(&doc);
        assert_eq!(segments.last().map_or(0, |s| s.outer.end), text.len());
        let _ = Extractor::new().extract(&doc);
    }
}
