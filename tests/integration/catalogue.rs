//! The catalogue of bad inputs (README, "Bad input"): each case through the library
//! and through the command line, with its expected behaviour. Every case that is not
//! an error is also checked for exact spans: every block, segment and quotation lies
//! on char boundaries of the text, and segments tile it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use crosscheck::document::Decoding;
use crosscheck::text::{self, SegmentKind};
use crosscheck::{Document, Error, Extractor, ReadOptions, read_inputs};

use crate::support;

/// A sentence that carries a figure, so that its document shows in any report.
const GOOD: &str = "Five soldiers were killed on Sunday, the army said.\n";

fn crosscheck(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck")).args(args).output().expect("run crosscheck")
}

fn cli(args: &[&str], paths: &[&Path]) -> Output {
    let mut all: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
    all.extend(paths.iter().map(|path| path.as_os_str()));
    crosscheck(&all)
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Reads one file with default options.
fn read(path: &Path) -> crosscheck::Result<Document> {
    Document::from_path(path, &ReadOptions::default())
}

/// Checks every span of a document, runs the extractor and returns the segments' kinds.
fn check_spans(doc: &Document) -> Vec<SegmentKind> {
    let text = doc.text();
    for block in doc.blocks() {
        assert!(text.get(block.span.range()).is_some(), "{}: block {:?}", doc.id(), block);
    }
    let segments = text::segments(doc);
    let mut end = 0;
    for segment in &segments {
        assert_eq!(segment.outer.start, end, "{}: segments tile", doc.id());
        assert!(text.get(segment.span.range()).is_some(), "{}: {:?}", doc.id(), segment);
        assert!(segment.outer.contains(segment.span));
        end = segment.outer.end;
    }
    assert_eq!(end, text.len(), "{}: segments cover the text", doc.id());
    for quote in text::quotes(text) {
        assert!(text.get(quote.span.range()).is_some(), "{}: {:?}", doc.id(), quote);
        assert!(text.get(quote.inner.range()).is_some(), "{}: {:?}", doc.id(), quote);
    }
    for claim in Extractor::new().extract(doc) {
        assert!(text.get(claim.sentence.range()).is_some(), "{}: {:?}", doc.id(), claim);
        if let Some(quantity) = &claim.quantity {
            assert!(text.get(quantity.span.range()).is_some(), "{}: {:?}", doc.id(), claim);
        }
    }
    segments.iter().map(|segment| segment.kind).collect()
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
    for unit in text.encode_utf16() {
        bytes.extend(if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
    }
    bytes
}

#[test]
fn encodings() {
    let dir = support::scratch("cat_encodings");
    let text = "Talks resumed in Doha. “We go on,” he said.";
    fs::write(dir.join("latin1.txt"), b"Caf\xe9 talks ended.").expect("write");
    fs::write(dir.join("utf16le.txt"), utf16(text, false)).expect("write");
    fs::write(dir.join("utf16be.txt"), utf16(text, true)).expect("write");
    fs::write(dir.join("utf8bom.txt"), format!("\u{feff}{text}")).expect("write");
    // UTF-16 without a byte-order mark is not guessed: its NUL bytes make it binary.
    let mut bare = utf16(text, false);
    bare.drain(..2);
    fs::write(dir.join("utf16bare.txt"), bare).expect("write");

    let error = read(&dir.join("latin1.txt")).expect_err("latin-1 is not UTF-8");
    assert!(matches!(error, Error::NotUtf8 { offset: 3, .. }), "{error}");
    assert!(error.to_string().contains("latin1.txt"), "{error}");
    for name in ["utf16le.txt", "utf16be.txt"] {
        let doc = read(&dir.join(name)).expect("UTF-16 with a BOM is decoded");
        assert_eq!((doc.text(), doc.decoding()), (text, &Decoding::Utf16));
        assert_eq!(check_spans(&doc), [SegmentKind::Sentence, SegmentKind::Sentence]);
    }
    // The UTF-8 mark is kept, so that offsets are those of the file; no span covers it.
    let doc = read(&dir.join("utf8bom.txt")).expect("UTF-8 with a BOM");
    assert!(doc.text().starts_with('\u{feff}'));
    let first = text::segments(&doc)[0].span;
    assert_eq!(&doc.text()[first], "Talks resumed in Doha.");
    check_spans(&doc);
    let error = read(&dir.join("utf16bare.txt")).expect_err("no BOM");
    assert!(matches!(error, Error::Binary { offset: 1, .. }), "{error}");

    let output = cli(&["extract", "--format", "text"], &[&dir]);
    assert_eq!(output.status.code(), Some(1));
    let messages = stderr(&output);
    assert!(messages.contains("latin1.txt is not valid UTF-8: invalid byte at offset 3"));
    assert!(messages.contains("utf16bare.txt looks binary: NUL byte at offset 1"), "{messages}");
    assert_eq!(messages.lines().count(), 2, "{messages}");
    for id in ["utf16le", "utf16be", "utf8bom"] {
        assert!(stdout(&output).contains(id), "{id} is processed");
    }
    let output = cli(&["extract", "--lossy", "--format", "text"], &[&dir]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stderr(&output).contains("warning: latin1 is not valid UTF-8 from byte 3"));
}

#[test]
fn nul_bytes_binary_and_emptiness() {
    let dir = support::scratch("cat_binary");
    fs::write(dir.join("nul.txt"), b"Talks\0resumed.").expect("write");
    fs::write(dir.join("png.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0").expect("write");
    fs::write(dir.join("empty.txt"), b"").expect("write");
    fs::write(dir.join("space.txt"), b" \t\r\n\n \xc2\xa0\n").expect("write");
    fs::write(dir.join("zgood.txt"), GOOD).expect("write");

    let inputs = read_inputs(&[&dir], &ReadOptions::default());
    let ids: Vec<&str> = inputs.documents.iter().map(Document::id).collect();
    assert_eq!(ids, ["empty", "space", "zgood"]);
    let messages: Vec<String> = inputs.errors.iter().map(ToString::to_string).collect();
    assert!(messages[0].ends_with("nul.txt looks binary: NUL byte at offset 5"), "{messages:?}");
    assert!(messages[1].ends_with("png.txt looks binary: NUL byte at offset 8"), "{messages:?}");
    assert_eq!(messages.len(), 2);
    assert_eq!(check_spans(&inputs.documents[0]), []);
    // Only white space: no block, one segment of kind `Space` covering it.
    assert!(inputs.documents[1].blocks().is_empty());
    assert_eq!(check_spans(&inputs.documents[1]), [SegmentKind::Space]);

    // Lossy reading turns each NUL into a space, so offsets still match the file.
    let lossy = ReadOptions { lossy: true, ..ReadOptions::default() };
    let doc = Document::from_path(dir.join("nul.txt"), &lossy).expect("lossy");
    assert_eq!(doc.text(), "Talks resumed.");
    assert_eq!(doc.decoding(), &Decoding::Lossy { first_invalid: 5 });
    check_spans(&Document::from_path(dir.join("png.txt"), &lossy).expect("lossy png"));

    let output = cli(&["extract", "--format", "text"], &[&dir]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("nul.txt looks binary"), "{}", stderr(&output));
    assert!(stderr(&output).contains("png.txt looks binary"), "{}", stderr(&output));
    assert!(stdout(&output).contains("zgood"));
}

/// Time limits are generous (debug builds, two shared cores); what they catch is a
/// quadratic step, which takes minutes on these sizes.
fn assert_quick(what: &str, started: Instant, limit: Duration) {
    let took = started.elapsed();
    eprintln!("{what}: {took:?}");
    assert!(took < limit, "{what} took {took:?}");
}

#[test]
fn fifty_megabytes_without_a_newline() {
    let dir = support::scratch("cat_huge");
    let path = dir.join("huge.txt");
    let line = "Officials said 23 soldiers were killed, and talks went on and on ";
    let text = line.repeat(50 * 1024 * 1024 / line.len());
    fs::write(&path, &text).expect("write");
    drop(text);

    let started = Instant::now();
    let doc = read(&path).expect("a big file reads");
    assert_eq!(doc.blocks().len(), 1);
    // No sentence is longer than 4096 bytes: a run without a full stop is cut at
    // white space, so that a claim never quotes megabytes.
    let segments = text::segments(&doc);
    assert!(segments.len() > 50 * 1024 * 1024 / 4096, "{}", segments.len());
    assert!(segments.iter().all(|segment| segment.is_sentence() && segment.span.len() <= 4096));
    assert_eq!(segments.last().map(|segment| segment.span.end), Some(doc.text().trim_end().len()));
    assert!(text::quotes(doc.text()).is_empty());
    assert_quick("50 MB: read, layout, sentences, quotes", started, Duration::from_mins(1));

    // Through the CLI (a debug build, extraction included) on 5 MB without a figure,
    // so that the test measures reading and extraction rather than output size.
    let five = dir.join("five.txt");
    let line = "talks went on and on without a pause ";
    fs::write(&five, line.repeat(5 * 1024 * 1024 / line.len())).expect("write");
    let started = Instant::now();
    let output = cli(&["extract", "--format", "jsonl"], &[&five]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_quick("5 MB through the CLI", started, Duration::from_mins(2));

    // The size limit is checked before reading.
    let small = ReadOptions { max_bytes: 1024, ..ReadOptions::default() };
    let error = Document::from_path(&path, &small).expect_err("over the limit");
    assert!(matches!(error, Error::TooLarge { limit: 1024, .. }), "{error}");
}

#[test]
fn long_sentences_lines_and_headings() {
    let sentence = format!("The {} ended.", "very long ".repeat(100_000));
    let headings = (0..5000).fold(String::new(), |mut text, n| {
        text.push_str("Heading Number ");
        text.push_str(&n.to_string());
        text.push_str("\nA paragraph of text follows.\n");
        text
    });
    let only_headings = "Heading Line\n".repeat(20_000);
    let crlf = "Talks Resume\r\nBy Jane Doe\r\nThe talks, which began\r\non Monday, ended.\r\n\r\nWhat Comes Next\r\nTalks go on. “We hope so,” he said.\r\n\r\nAgencies\r\n";
    let started = Instant::now();
    let doc = Document::new("sentence", sentence.as_str());
    let kinds = check_spans(&doc);
    assert!(
        kinds.len() > 1_000_000 / 4096 && kinds.iter().all(|kind| *kind == SegmentKind::Sentence)
    );
    let doc = Document::new("headings", headings.as_str());
    assert_eq!(doc.headings().count(), 4999);
    assert_eq!(doc.title(), Some("Heading Number 0"));
    check_spans(&doc);
    let doc = Document::new("only_headings", only_headings.as_str());
    assert_eq!(doc.blocks().len(), 20_000);
    check_spans(&doc);
    assert_quick("1 MB sentence and 25,000 headings", started, Duration::from_mins(1));

    // CRLF: the same layout as with LF, and no span takes in a carriage return.
    let doc = Document::new("crlf", crlf);
    let lf = Document::new("lf", crlf.replace("\r\n", "\n"));
    let kinds = |doc: &Document| doc.blocks().iter().map(|block| block.kind).collect::<Vec<_>>();
    assert_eq!(kinds(&doc), kinds(&lf));
    assert_eq!(doc.title(), Some("Talks Resume"));
    assert_eq!(doc.headings().collect::<Vec<_>>(), ["What Comes Next"]);
    assert_eq!(doc.credit(), Some("Agencies"));
    let sentences: Vec<&str> = text::segments(&doc)
        .iter()
        .filter(|segment| segment.is_sentence())
        .map(|segment| &doc.text()[segment.span])
        .collect();
    assert_eq!(
        sentences,
        ["The talks, which began\r\non Monday, ended.", "Talks go on.", "“We hope so,” he said."]
    );
    check_spans(&doc);
}

#[test]
fn hostile_text() {
    let nested = format!("He said ({}23{}) soldiers died.", "(".repeat(20_000), ")".repeat(20_000));
    // 45,000 marks: attribution reads only the quotations near each sentence and
    // marks words by binary search (it was worse than quadratic before).
    let quotes_only = "\"“”‘’«»„'".repeat(5_000);
    let cases: &[(&str, &str)] = &[
        ("quotes_only", &quotes_only),
        ("unbalanced", "He said: “We go on.\nThe talks ended.” Then \"more"),
        (
            "rtl",
            "قال الوزير إن 23 جنديا قتلوا. “نعم” قال.\nשלום עולם. \u{202e}txet desrever\u{202c}.",
        ),
        (
            "emoji",
            "👩‍👩‍👧 Five 🇵🇰 soldiers e\u{301}\u{301}\u{301} died. Z\u{335}\u{30d}a\u{337}l\u{334}g.",
        ),
        ("big_numbers", "99999999999999999999999 soldiers were killed. It was 1e309 or 1e-400."),
        ("signs", "-5 soldiers, 0 soldiers and −3 people were hurt. Minus 0.0 percent."),
        ("nested", &nested),
        ("controls", "Talks\u{7}\u{1b}[31m resumed.\u{85}Next\u{2028}line\u{2029}para."),
    ];
    let dir = support::scratch("cat_hostile");
    for (name, text) in cases {
        let doc = Document::new(*name, *text);
        check_spans(&doc);
        fs::write(dir.join(format!("{name}.txt")), text).expect("write");
    }
    let unbalanced = text::quotes(cases[1].1);
    assert_eq!(unbalanced.len(), 2, "{unbalanced:?}");
    assert!(!unbalanced[0].closed && !unbalanced[1].closed);
    assert_eq!(&cases[1].1[unbalanced[0].inner], "We go on.");
    assert_eq!(&cases[1].1[unbalanced[1].inner], "more");

    for format in ["jsonl", "text"] {
        let output = cli(&["extract", "--format", format], &[&dir]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
    for format in ["json", "text", "markdown", "html"] {
        let output = cli(&["reconcile", "--format", format], &[&dir]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
    let output = cli(&["extract", "--format", "jsonl"], &[&dir]);
    for line in stdout(&output).lines() {
        let claim: serde_json::Value = serde_json::from_str(line).expect("each line is JSON");
        assert!(claim.get("doc").is_some(), "{line}");
    }
}

/// Whether this process can read a file that has no read permission (it is root).
fn reads_despite_chmod(path: &Path) -> bool {
    fs::read(path).is_ok()
}

#[cfg(unix)]
#[test]
fn unreadable_files_and_symlinks() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let dir = support::scratch("cat_folder");
    fs::write(dir.join("a_good.txt"), GOOD).expect("write");
    fs::write(dir.join("locked.txt"), GOOD).expect("write");
    fs::set_permissions(dir.join("locked.txt"), fs::Permissions::from_mode(0o000)).expect("chmod");
    symlink("loop.txt", dir.join("loop.txt")).expect("symlink to itself");
    symlink("nowhere.txt", dir.join("dangling.txt")).expect("dangling symlink");
    symlink("ping.txt", dir.join("pong.txt")).expect("symlink");
    symlink("pong.txt", dir.join("ping.txt")).expect("symlink");
    symlink(&dir, dir.join("self.txt")).expect("symlink to the folder");
    fs::write(dir.join("z_good.txt"), GOOD).expect("write");

    let root = reads_despite_chmod(&dir.join("locked.txt"));
    if root {
        eprintln!("note: running as root, so chmod 000 does not stop reads; locked.txt is read");
    }
    let started = Instant::now();
    let inputs = read_inputs(&[&dir], &ReadOptions::default());
    assert_quick("folder of bad links", started, Duration::from_secs(10));
    let ids: Vec<&str> = inputs.documents.iter().map(Document::id).collect();
    let mut expected = vec!["a_good", "locked", "z_good"];
    if !root {
        expected.remove(1);
    }
    assert_eq!(ids, expected);
    let messages: Vec<String> =
        inputs.errors.iter().map(|error| format!("{error}: {}", source(error))).collect();
    let find = |name: &str| {
        messages.iter().find(|message| message.contains(name)).cloned().unwrap_or_default()
    };
    assert!(find("/loop.txt").contains("symbolic links"), "{messages:?}");
    assert!(find("/ping.txt").contains("symbolic links"), "{messages:?}");
    assert!(find("/dangling.txt").contains("No such file"), "{messages:?}");
    // A link to a folder named like a text file is a folder, and folders are not
    // entered: it is skipped, as sub-folders are.
    assert!(find("/self.txt").is_empty(), "{messages:?}");
    if !root {
        assert!(find("/locked.txt").contains("Permission denied"), "{messages:?}");
    }
    assert_eq!(messages.len(), if root { 4 } else { 5 }, "{messages:?}");

    let output = cli(&["extract", "--format", "text"], &[&dir]);
    assert_eq!(output.status.code(), Some(1));
    let messages = stderr(&output);
    assert!(messages.contains("loop.txt: Too many levels of symbolic links"), "{messages}");
    assert!(messages.contains("dangling.txt: No such file"), "{messages}");
    assert!(stdout(&output).contains("a_good") && stdout(&output).contains("z_good"));
}

fn source(error: &Error) -> String {
    std::error::Error::source(error).map(ToString::to_string).unwrap_or_default()
}

#[cfg(unix)]
#[test]
fn fifos_and_devices_never_hang() {
    let dir = support::scratch("cat_fifo");
    fs::write(dir.join("good.txt"), GOOD).expect("write");
    let fifo = dir.join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().is_ok_and(|status| status.success());
    if made {
        // In a folder, a FIFO is reported, never opened: nothing will ever write to it.
        let started = Instant::now();
        let inputs = read_inputs(&[&dir], &ReadOptions::default());
        assert_quick("folder with a FIFO", started, Duration::from_secs(10));
        assert_eq!(inputs.documents.len(), 1);
        let message = format!("{}: {}", inputs.errors[0], source(&inputs.errors[0]));
        assert!(message.ends_with("pipe.txt: not a regular file"), "{message}");
        let output = cli(&["extract"], &[&dir]);
        assert_eq!(output.status.code(), Some(1));
        assert!(stderr(&output).contains("pipe.txt: not a regular file"), "{}", stderr(&output));

        // Named on its own, a FIFO is read like `cat` reads it, until its writer closes it.
        let writer_path = fifo.clone();
        let writer = std::thread::spawn(move || fs::write(writer_path, GOOD));
        let doc = read(&fifo).expect("a FIFO with a writer");
        assert_eq!(doc.text(), GOOD);
        writer.join().expect("writer thread").expect("write to the FIFO");
    } else {
        eprintln!("skipped the FIFO cases: mkfifo is not available");
    }

    let zero = PathBuf::from("/dev/zero");
    if zero.exists() {
        // An endless device: stops at the first NUL byte, or at the size limit.
        let started = Instant::now();
        let error = read(&zero).expect_err("/dev/zero is binary");
        assert!(matches!(error, Error::Binary { offset: 0, .. }), "{error}");
        let small = ReadOptions { lossy: true, max_bytes: 1 << 20 };
        let error = Document::from_path(&zero, &small).expect_err("/dev/zero never ends");
        assert!(matches!(error, Error::TooLarge { .. }), "{error}");
        assert_quick("/dev/zero", started, Duration::from_secs(10));
        let output = cli(&["extract"], &[&zero, &dir.join("good.txt")]);
        assert_eq!(output.status.code(), Some(1));
        assert!(stderr(&output).contains("/dev/zero looks binary: NUL byte at offset 0"));
    }
}

#[cfg(unix)]
#[test]
fn folder_path_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let base = support::scratch("cat_not_utf8_path");
    let dir = base.join(std::ffi::OsStr::from_bytes(b"caf\xe9"));
    if fs::create_dir(&dir).is_err() {
        eprintln!("skipped: this file system refuses names that are not UTF-8");
        return;
    }
    fs::write(dir.join("story.txt"), GOOD).expect("write");
    fs::write(dir.join(std::ffi::OsStr::from_bytes(b"r\xe9sum\xe9.txt")), GOOD).expect("write");
    let inputs = read_inputs(&[&dir], &ReadOptions::default());
    assert!(inputs.errors.is_empty(), "{:?}", inputs.errors);
    let ids: Vec<&str> = inputs.documents.iter().map(Document::id).collect();
    assert_eq!(ids, ["r\u{FFFD}sum\u{FFFD}", "story"]);
    let output = cli(&["extract", "--format", "text"], &[&dir]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("story"));
    let missing = dir.join("missing.txt");
    let output = cli(&["extract"], &[&missing]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("caf\u{FFFD}/missing.txt"), "{}", stderr(&output));
}

#[test]
fn ids_stay_unique() {
    let dir = support::scratch("cat_ids");
    for sub in ["one", "two", "three"] {
        fs::create_dir_all(dir.join(sub)).expect("mkdir");
        fs::write(dir.join(sub).join("story.txt"), GOOD).expect("write");
    }
    fs::write(dir.join("three").join("story~2.txt"), GOOD).expect("write");
    let paths = [dir.join("one"), dir.join("two"), dir.join("three")];
    let inputs = read_inputs(&paths, &ReadOptions::default());
    let ids: Vec<&str> = inputs.documents.iter().map(Document::id).collect();
    assert_eq!(ids, ["story", "story~3", "story~4", "story~2"]);
}

#[test]
fn json_lines_bad_lines_are_bad_records() {
    let dir = support::scratch("cat_jsonl");
    let path = dir.join("feed.jsonl");
    let mut bytes = "\u{feff}{\"id\": \"a\", \"text\": \"Talks resumed.\"}\r\n".as_bytes().to_vec();
    bytes.extend(b"{\"id\": \"b\", \"text\": \"Caf\xe9\"}\r\n");
    bytes.extend(b"{\"id\": \"c\", \"text\": \"nul\0\"}\n");
    bytes.extend(format!("{{\"id\": \"d\", \"text\": \"{}\"}}\n", "word ".repeat(200_000)).bytes());
    bytes.extend(b"\n   \n{\"id\": \"e\", \"text\": \"\\u00e9 \\u0000 \\ud83d\\ude00\"}");
    fs::write(&path, &bytes).expect("write");

    let inputs = read_inputs(&[&path], &ReadOptions::default());
    let ids: Vec<&str> = inputs.documents.iter().map(Document::id).collect();
    assert_eq!(ids, ["a", "d", "e"]);
    for doc in &inputs.documents {
        check_spans(doc);
    }
    let messages: Vec<String> = inputs.errors.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[0].ends_with("feed.jsonl:2: invalid document record: not valid UTF-8: invalid byte at offset 24 of the line"), "{messages:?}");
    assert!(messages[1].contains("feed.jsonl:3: invalid document record"), "{messages:?}");

    let lossy = ReadOptions { lossy: true, ..ReadOptions::default() };
    let inputs = read_inputs(&[&path], &lossy);
    let ids: Vec<&str> = inputs.documents.iter().map(Document::id).collect();
    assert_eq!(ids, ["a", "b", "d", "e"]);
    assert_eq!(inputs.documents[1].text(), "Caf\u{FFFD}");

    let output = cli(&["extract", "--format", "text"], &[&path]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("feed.jsonl:2"), "{}", stderr(&output));
}

#[test]
fn thousands_of_files() {
    let dir = support::scratch("cat_many");
    for n in 0..2000 {
        fs::write(dir.join(format!("{n:04}.txt")), GOOD).expect("write");
    }
    let started = Instant::now();
    let inputs = read_inputs(&[&dir], &ReadOptions::default());
    assert_quick("2000 files", started, Duration::from_secs(20));
    assert!(inputs.errors.is_empty());
    let ids: Vec<&str> = inputs.documents.iter().map(Document::id).collect();
    assert_eq!((ids.len(), ids[0], ids[1999]), (2000, "0000", "1999"));
    let output = cli(&["extract", "--format", "jsonl"], &[&dir]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}
