//! A mutation fuzzer that needs no nightly toolchain: it mutates a corpus of nasty
//! texts (bit flips, splices, inserted quote marks, digits, newlines and other
//! tokens) and runs every input through the whole pipeline, from the bytes on disk
//! to every report format, checking that nothing panics and that every span lies on
//! char boundaries of its document (and that every quoted `text` in the JSON
//! equals `document.text()[start..end]`).
//!
//! ```sh
//! FUZZ_ITERATIONS=200000 cargo run --release --example fuzz_smoke
//! ```
//!
//! Environment: `FUZZ_ITERATIONS` (default 10000), `FUZZ_SEED` (default 1),
//! `FUZZ_CORPUS` (folders, `:`-separated; default `fuzz/corpus/seed:seeds`),
//! `FUZZ_CRASHES` (default `fuzz/corpus/crashes`), `FUZZ_MAX_LEN` (default 16384 bytes).
//! An input that fails is written to the crashes folder and the run goes on; the
//! exit code is 1 if any input failed.

use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::Instant;

use crosscheck::report::{self, Format, Run};
use crosscheck::text::{quotes, segments};
use crosscheck::{Document, Extractor, Matcher, ReadOptions};

/// Pieces that news text is made of, or that break naive code, inserted at random.
const TOKENS: &[&str] = &[
    "\"",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    "\u{ab}",
    "\u{bb}",
    "\u{201e}",
    "'",
    "\n",
    "\r\n",
    "\n\n",
    "\r",
    ".",
    "\u{2026}",
    "?",
    "!",
    ",",
    ";",
    ":",
    "0",
    "9",
    "23",
    "1,200",
    "3.5",
    "99999999999999999999999",
    "1e309",
    "-",
    "\u{2014}",
    "\u{2212}",
    "(",
    ")",
    "[",
    "said",
    " told AFP",
    " according to ",
    "Gen. ",
    "U.S. ",
    "Mr. ",
    "No. ",
    "date 2025-10-30\n",
    "Published: 30 Oct 2025\n",
    "\u{feff}",
    "\u{301}",
    "\u{200d}",
    "\u{1f469}\u{200d}\u{1f467}",
    "\u{202e}",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "By ",
    "(Reuters)",
    "\nAgencies",
    " killed ",
    " soldiers ",
    " ",
    "\t",
    "\u{a0}",
    "third round",
    "October 17",
    "19 October",
    "%",
    "$",
    " million",
    "dozens of ",
    "over ",
    "about ",
    "between 5 and 10 ",
    "he added",
    "\u{0661}",
    "Heading Line\n",
    "KABUL, Oct 30 (AFP) \u{2014} ",
];

/// Every report format the library has today.
const FORMATS: [Format; 5] =
    [Format::Jsonl, Format::Json, Format::Text, Format::Markdown, Format::Html];

/// A small, fast, deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number below `n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(n.max(1)).unwrap_or(1)).unwrap_or(0)
    }
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|value| value.parse().ok()).unwrap_or(default)
}

fn main() {
    let iterations = env_number("FUZZ_ITERATIONS", 10_000);
    let max_len = usize::try_from(env_number("FUZZ_MAX_LEN", 16_384)).unwrap_or(16_384);
    let mut rng = Rng(env_number("FUZZ_SEED", 1).max(1));
    let corpus_dirs =
        std::env::var("FUZZ_CORPUS").unwrap_or_else(|_| "fuzz/corpus/seed:seeds".into());
    let crashes = PathBuf::from(
        std::env::var("FUZZ_CRASHES").unwrap_or_else(|_| "fuzz/corpus/crashes".into()),
    );
    let mut pool = load_corpus(&corpus_dirs);
    if pool.is_empty() {
        pool.push(b"Five soldiers were killed, the army said.".to_vec());
    }
    let scratch = std::env::temp_dir().join(format!("crosscheck-fuzz-{}", std::process::id()));
    fs::create_dir_all(&scratch).expect("create a scratch folder");
    // Panics are caught and counted; the default hook would print each one twice.
    let default_hook = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if std::env::var_os("FUZZ_VERBOSE").is_some() {
            default_hook(info);
        }
    }));

    let started = Instant::now();
    let mut failures = 0_u64;
    let mut bytes_run = 0_u64;
    let mut previous = pool[0].clone();
    for iteration in 0..iterations {
        let base = pool[rng.below(pool.len())].clone();
        let input = mutate(&mut rng, base, &pool, max_len);
        bytes_run += input.len() as u64;
        let on_disk = iteration % 16 == 0;
        let result = panic::catch_unwind(AssertUnwindSafe(|| {
            check(&input, &previous, on_disk.then_some(scratch.as_path()));
        }));
        if let Err(payload) = result {
            failures += 1;
            let message = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(ToString::to_string))
                .unwrap_or_default();
            let name = format!("crash-{:016x}.txt", fnv(&input));
            eprintln!("iteration {iteration}: {message} (saved as {name})");
            let _ = fs::create_dir_all(&crashes);
            let _ = fs::write(crashes.join(name), &input);
        }
        // A random walk: some mutants become bases for later ones.
        if rng.below(8) == 0 {
            if pool.len() < 512 {
                pool.push(input.clone());
            } else {
                let slot = rng.below(pool.len());
                pool[slot].clone_from(&input);
            }
        }
        previous = input;
    }
    let _ = fs::remove_dir_all(&scratch);
    let seconds = started.elapsed().as_secs_f64();
    // Whole seconds are enough for a rate; this avoids lossy integer-to-float casts.
    let whole_seconds = started.elapsed().as_secs().max(1);
    println!(
        "{iterations} executions, {failures} failures, {} KB of input, {seconds:.1} s (~{} exec/s)",
        bytes_run / 1000,
        iterations / whole_seconds
    );
    if failures > 0 {
        std::process::exit(1);
    }
}

fn load_corpus(dirs: &str) -> Vec<Vec<u8>> {
    let mut pool = Vec::new();
    for dir in dirs.split(':').filter(|dir| !dir.is_empty()) {
        let Ok(entries) = fs::read_dir(dir) else { continue };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            if let Ok(bytes) = fs::read(&path) {
                pool.push(bytes);
            }
        }
    }
    pool
}

/// Applies one to eight random mutations.
fn mutate(rng: &mut Rng, mut data: Vec<u8>, pool: &[Vec<u8>], max_len: usize) -> Vec<u8> {
    for _ in 0..=rng.below(8) {
        let at = rng.below(data.len() + 1);
        match rng.below(9) {
            0 if !data.is_empty() => {
                let index = rng.below(data.len());
                data[index] ^= 1 << rng.below(8);
            }
            1 if !data.is_empty() => {
                let index = rng.below(data.len());
                data[index] = u8::try_from(rng.below(256)).unwrap_or(0);
            }
            2 | 3 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                data.splice(at..at, token.iter().copied());
            }
            4 => {
                let end = (at + rng.below(64)).min(data.len());
                data.drain(at..end);
            }
            5 => {
                let end = (at + rng.below(256)).min(data.len());
                let copy = data[at..end].to_vec();
                let to = rng.below(data.len() + 1);
                data.splice(to..to, copy);
            }
            6 => {
                let other = &pool[rng.below(pool.len())];
                let from = rng.below(other.len() + 1);
                let end = (from + rng.below(512)).min(other.len());
                data.splice(at..at, other[from..end].iter().copied());
            }
            7 => {
                let c = char::from_u32(u32::try_from(rng.below(0x11_0000)).unwrap_or(0))
                    .unwrap_or('\u{fffd}');
                let mut buffer = [0; 4];
                data.splice(at..at, c.encode_utf8(&mut buffer).bytes());
            }
            _ => data.truncate(at),
        }
    }
    data.truncate(max_len);
    data
}

/// Runs one input through everything and checks every span.
fn check(input: &[u8], previous: &[u8], scratch: Option<&Path>) {
    let mut documents = vec![
        Document::new("a", String::from_utf8_lossy(input)),
        Document::new("b", String::from_utf8_lossy(previous)),
    ];
    if let Some(scratch) = scratch {
        documents.extend(from_disk(input, scratch));
    }
    let extractor = Extractor::new();
    let mut claims = Vec::new();
    for document in &documents {
        check_document(document);
        let found = extractor.extract(document);
        for claim in &found {
            let text = document.text();
            assert!(text.get(claim.sentence.range()).is_some(), "claim sentence {claim:?}");
            if let Some(quantity) = &claim.quantity {
                assert!(text.get(quantity.span.range()).is_some(), "quantity {claim:?}");
            }
        }
        claims.extend(found);
    }
    let facts = Matcher::new().reconcile(&claims);
    let run = Run {
        documents: &documents,
        claims: &claims,
        facts: &facts,
        failures: &[],
        ..Run::default()
    };
    for format in FORMATS {
        for reconcile in [false, true] {
            let mut out = Vec::new();
            let written = if reconcile {
                report::write_reconcile(&mut out, format, &run)
            } else {
                report::write_extract(&mut out, format, &run)
            };
            assert!(written.is_ok(), "writing {format:?} failed");
            let out = String::from_utf8(out).expect("reports are UTF-8");
            if matches!(format, Format::Json | Format::Jsonl) {
                check_json(&out, &documents);
            }
        }
    }
}

/// Checks JSON output: one value, or one value per line.
fn check_json(out: &str, documents: &[Document]) {
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(out) {
        return check_quoted(&value, None, documents);
    }
    for line in out.lines().filter(|line| !line.trim().is_empty()) {
        let value: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|error| panic!("not JSON ({error}): {line}"));
        check_quoted(&value, None, documents);
    }
}

/// The same bytes read from a file, strictly and lossily (exercises decoding).
fn from_disk(input: &[u8], scratch: &Path) -> Vec<Document> {
    let path = scratch.join("input.txt");
    fs::write(&path, input).expect("write the input");
    let strict = Document::from_path(&path, &ReadOptions::default());
    let lossy = ReadOptions { lossy: true, ..ReadOptions::default() };
    let lossy = Document::from_path(&path, &lossy).expect("lossy reading never fails");
    if let Ok(strict) = &strict {
        assert_eq!(strict.text(), lossy.text(), "strict and lossy reads agree when both work");
    }
    if let Ok(text) = std::str::from_utf8(input)
        && !text.contains('\0')
    {
        assert_eq!(strict.as_ref().map(Document::text).ok(), Some(text), "UTF-8 is read as is");
    }
    strict.into_iter().chain([lossy]).collect()
}

fn check_document(document: &Document) {
    let text = document.text();
    for block in document.blocks() {
        assert!(text.get(block.span.range()).is_some(), "block {block:?}");
    }
    let mut end = 0;
    for segment in segments(document) {
        assert_eq!(segment.outer.start, end, "segments tile");
        assert!(segment.outer.contains(segment.span), "segment {segment:?}");
        assert!(text.get(segment.span.range()).is_some(), "segment {segment:?}");
        assert!(text.get(segment.outer.range()).is_some(), "segment {segment:?}");
        end = segment.outer.end;
    }
    assert_eq!(end, text.len(), "segments cover the text");
    for quote in quotes(text) {
        assert!(quote.span.contains(quote.inner), "quote {quote:?}");
        assert!(text.get(quote.span.range()).is_some(), "quote {quote:?}");
        assert!(text.get(quote.inner.range()).is_some(), "quote {quote:?}");
    }
}

/// Every JSON object with `text`, `start` and `end` quotes its document exactly.
fn check_quoted(value: &serde_json::Value, doc: Option<&str>, documents: &[Document]) {
    match value {
        serde_json::Value::Object(map) => {
            let doc = map.get("doc").and_then(serde_json::Value::as_str).or(doc);
            if let (Some(text), Some(start), Some(end), Some(doc)) = (
                map.get("text").and_then(serde_json::Value::as_str),
                map.get("start").and_then(serde_json::Value::as_u64),
                map.get("end").and_then(serde_json::Value::as_u64),
                doc,
            ) && let Some(document) = documents.iter().find(|document| document.id() == doc)
            {
                let (start, end) = (
                    usize::try_from(start).unwrap_or(usize::MAX),
                    usize::try_from(end).unwrap_or(0),
                );
                assert_eq!(document.text().get(start..end), Some(text), "quoted {start}..{end}");
            }
            for child in map.values() {
                check_quoted(child, doc, documents);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                check_quoted(item, doc, documents);
            }
        }
        _ => {}
    }
}

/// FNV-1a, to name crash files by their content.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
