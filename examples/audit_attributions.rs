//! Prints a seeded random sample of the attributions found in a news corpus, to
//! judge the attribution extractor's precision by hand on running text.
//!
//! ```text
//! cargo run --release --example audit_attributions -- CORPUS.jsonl [--n 100] [--seed 1]
//! ```
//!
//! The corpus is anything [`crosscheck::read_inputs`] reads, usually JSON Lines,
//! one article a line (`{"id"?, "url"?, "date"?, "title"?, "paragraphs": [...]}`
//! or `"text"`). Each article is cut with [`crosscheck::text::segments`] and
//! [`crosscheck::text::quotes`] and read with
//! [`crosscheck::extract::attribution::attribute`], as the extractor does.
//!
//! Every attribution gets a pseudo-random key from the seed, the article's id and
//! the attribution's position (its cue's start, or its content's start when it has
//! no cue), mixed with splitmix64 so that no dependency is needed; the `n`
//! attributions with the smallest keys are printed in key order. Because a key
//! depends only on where the attribution is, a fix to the extractor leaves the
//! attributions it still finds at the same rank: the samples before and after a fix
//! can be compared line by line, and a bigger `n` extends a smaller one.
//!
//! One line an attribution, tab-separated: rank, article id, the speaker as
//! `name (kind)` (`-` if none; `[mention]` added when the mention differs from the
//! name, as for a resolved pronoun), the cue's text and lemma, the channels
//! (`via:` name/kind, `-` if none), the flags (`direct`, `hedged`, `denial`), the
//! content span's text in «», and the sentence.

mod support {
    pub mod sample;
}

use support::sample::{self, Found, one_line};

use crosscheck::extract::attribution::{self, Attribution, SpeakerKind, ViaKind};
use crosscheck::{ReadOptions, read_inputs, text};

fn main() {
    let mut path = None;
    let mut wanted = 100_usize;
    let mut seed = 1_u64;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--n" => wanted = args.next().and_then(|n| n.parse().ok()).unwrap_or(wanted),
            "--seed" => seed = args.next().and_then(|n| n.parse().ok()).unwrap_or(seed),
            _ => path = Some(arg),
        }
    }
    let Some(path) = path else {
        eprintln!("usage: audit_attributions CORPUS.jsonl [--n N] [--seed S]");
        std::process::exit(2);
    };
    let inputs = read_inputs(&[&path], &ReadOptions::default());
    for error in &inputs.errors {
        eprintln!("{error}");
    }
    let mut found = Vec::new();
    for document in &inputs.documents {
        let segments = text::segments(document);
        let quotes = text::quotes(document.text());
        let id = document.id();
        for attribution in attribution::attribute(document, &segments, &quotes) {
            let position =
                attribution.cue.as_ref().map_or(attribution.content.start, |cue| cue.span.start)
                    as u64;
            let line = describe(id, document.text(), &attribution);
            found.push(Found::new(seed, id, position, line));
        }
    }
    let total = found.len();
    println!(
        "# {path}: {} documents, {total} attributions, sample of {} with seed {seed}",
        inputs.documents.len(),
        wanted.min(total)
    );
    sample::print(found, wanted);
}

/// One tab-separated line for an attribution (without its rank).
fn describe(id: &str, text: &str, attribution: &Attribution) -> String {
    let slice = |span: crosscheck::Span| one_line(text.get(span.start..span.end).unwrap_or(""));
    let speaker = attribution.speaker.as_ref().map_or_else(
        || "-".to_owned(),
        |speaker| {
            let kind = match speaker.kind {
                SpeakerKind::Person => "person",
                SpeakerKind::Organization => "organization",
                SpeakerKind::Outlet => "outlet",
                SpeakerKind::Anonymous => "anonymous",
                _ => "other",
            };
            let mention = slice(speaker.mention);
            if mention == speaker.name {
                format!("{} ({kind})", speaker.name)
            } else {
                format!("{} ({kind}) [{mention}]", speaker.name)
            }
        },
    );
    let cue = attribution
        .cue
        .as_ref()
        .map_or_else(|| "-".to_owned(), |cue| format!("{} ({})", slice(cue.span), cue.lemma));
    let via = if attribution.via.is_empty() {
        "-".to_owned()
    } else {
        let names: Vec<String> = attribution
            .via
            .iter()
            .map(|via| {
                let kind = match via.kind {
                    ViaKind::Outlet => "outlet",
                    ViaKind::Audience => "audience",
                    _ => "other",
                };
                format!("via:{}/{kind}", via.name)
            })
            .collect();
        names.join(",")
    };
    let mut flags: Vec<&str> = Vec::new();
    if attribution.direct {
        flags.push("direct");
    }
    if attribution.hedged {
        flags.push("hedged");
    }
    if attribution.denial {
        flags.push("denial");
    }
    let flags = if flags.is_empty() { "-".to_owned() } else { flags.join(",") };
    format!(
        "{id}\t{speaker}\t{cue}\t{via}\t{flags}\t«{}»\t{}",
        slice(attribution.content),
        slice(attribution.sentence)
    )
}
