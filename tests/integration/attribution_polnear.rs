//! Attribution against `PolNeAR` relations (`shared/attribution/attribution_cases.jsonl`).
//!
//! Each distinct paragraph becomes a [`Document`]; its gold relations are those
//! whose `text` it is. Spans in the file are character offsets and are turned
//! into byte offsets. A predicted attribution matches a gold relation of the same
//! paragraph when the predicted speaker's mention overlaps one of the relation's
//! source spans; each prediction and each gold relation match at most once
//! (pairs whose cues also overlap are matched first). Relations with no source
//! span (implicit sources) cannot be matched on the source and are left out of
//! the gold count.
//!
//! `CROSSCHECK_DEBUG=1` lists each missed gold relation (`MISS`) and each
//! unmatched prediction (`EXTRA`).
//!
//! The test also measures cue coverage: the share of gold cues with a word that
//! the cue lexicon knows, and the share that the extractor finds as a cue.

use std::collections::BTreeMap;

use crosscheck::extract::attribution::attribute;
use crosscheck::lexicon::cues;
use crosscheck::{Document, Span, text};
use serde_json::Value;

use crate::shared;

/// Byte spans from a list of `[start, end]` character offsets into `text`.
fn byte_spans(text: &str, value: Option<&Value>) -> Vec<Span> {
    let offsets: Vec<usize> =
        text.char_indices().map(|(at, _)| at).chain(std::iter::once(text.len())).collect();
    let at = |index: Option<u64>| {
        index
            .and_then(|index| usize::try_from(index).ok())
            .and_then(|index| offsets.get(index).copied())
    };
    value
        .and_then(Value::as_array)
        .map(|spans| {
            spans
                .iter()
                .filter_map(|pair| {
                    let pair = pair.as_array()?;
                    Some(Span::new(at(pair.first()?.as_u64())?, at(pair.get(1)?.as_u64())?))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Every form the cue lexicon knows, lowercase.
fn lexicon_words() -> Vec<String> {
    let mut known: Vec<String> = Vec::new();
    for (lemma, _) in cues::VERBS {
        known.extend(cues::inflections(lemma));
    }
    for (lemma, rest, _) in cues::PHRASES {
        known.extend(cues::inflections(lemma));
        known.extend(rest.iter().map(|word| (*word).to_string()));
    }
    for (first, _, _) in cues::FIXED {
        known.push((*first).to_string());
    }
    known.extend(cues::NOUNS.iter().map(|(noun, _)| (*noun).to_string()));
    known.sort();
    known.dedup();
    known
}

struct Relation {
    source: Vec<Span>,
    cue: Vec<Span>,
    cue_text: String,
}

#[derive(Default)]
struct Counts {
    matched: usize,
    predicted: usize,
    gold: usize,
    relations: usize,
    cue_known: usize,
    cue_found: usize,
}

/// Runs the extractor on one paragraph and counts its matches with the gold relations.
fn score_paragraph(
    index: usize,
    paragraph: &str,
    relations: &[Relation],
    known: &[String],
    debug: bool,
    counts: &mut Counts,
) {
    let doc = Document::new(format!("p{index}"), paragraph);
    let predicted = attribute(&doc, &text::segments(&doc), &text::quotes(doc.text()));
    let mut used = vec![false; predicted.len()];
    let mut matched = vec![false; relations.len()];
    // Pairs whose cues also overlap are matched first.
    for need_cue in [true, false] {
        for (relation, done) in relations.iter().zip(matched.iter_mut()) {
            if *done || relation.source.is_empty() {
                continue;
            }
            let hit = predicted.iter().enumerate().find(|(at, found)| {
                let free = !used.get(*at).copied().unwrap_or(true);
                let source_ok = found.speaker.as_ref().is_some_and(|speaker| {
                    relation.source.iter().any(|span| speaker.mention.overlaps(*span))
                });
                let cue_ok = !need_cue
                    || found.cue.as_ref().is_some_and(|cue| {
                        relation.cue.iter().any(|span| cue.span.overlaps(*span))
                    });
                free && source_ok && cue_ok
            });
            if let Some((at, _)) = hit {
                used[at] = true;
                *done = true;
            }
        }
    }
    for (relation, done) in relations.iter().zip(&matched) {
        counts.relations += 1;
        let words: Vec<&str> = relation
            .cue_text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .collect();
        if words.iter().any(|word| known.binary_search(&(*word).to_string()).is_ok()) {
            counts.cue_known += 1;
        }
        if predicted.iter().any(|found| {
            found
                .cue
                .as_ref()
                .is_some_and(|cue| relation.cue.iter().any(|span| cue.span.overlaps(*span)))
        }) {
            counts.cue_found += 1;
        }
        if relation.source.is_empty() {
            continue;
        }
        counts.gold += 1;
        if *done {
            counts.matched += 1;
        } else if debug {
            let source: Vec<&str> =
                relation.source.iter().filter_map(|span| span.get(paragraph)).collect();
            println!(
                "MISS source={source:?} cue={:?} | {}",
                relation.cue_text,
                paragraph.chars().take(160).collect::<String>()
            );
        }
    }
    if debug {
        for (found, _) in predicted.iter().zip(&used).filter(|(_, used)| !**used) {
            let speaker = found.speaker.as_ref().map(|s| (s.name.as_str(), &doc.text()[s.mention]));
            println!(
                "EXTRA cue={:?} speaker={speaker:?} | {}",
                found.cue.as_ref().map(|cue| &doc.text()[cue.span]),
                paragraph.chars().take(160).collect::<String>()
            );
        }
    }
    counts.predicted += predicted.len();
}

#[test]
fn polnear_reaches_the_floor() {
    let Some(shared) = shared::dir("attribution/attribution_cases.jsonl") else { return };
    let Ok(lines) = std::fs::read_to_string(shared.join("attribution/attribution_cases.jsonl"))
    else {
        return;
    };
    let mut paragraphs: BTreeMap<String, Vec<Relation>> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for line in lines.lines() {
        let Ok(row) = serde_json::from_str::<Value>(line) else { continue };
        let Some(paragraph) = row.get("text").and_then(Value::as_str) else { continue };
        let relation = Relation {
            source: byte_spans(paragraph, row.get("source_spans")),
            cue: byte_spans(paragraph, row.get("cue_spans")),
            cue_text: row.get("cue").and_then(Value::as_str).unwrap_or("").to_lowercase(),
        };
        if !paragraphs.contains_key(paragraph) {
            order.push(paragraph.to_string());
        }
        paragraphs.entry(paragraph.to_string()).or_default().push(relation);
    }
    let known = lexicon_words();
    let debug = std::env::var_os("CROSSCHECK_DEBUG").is_some();
    let mut counts = Counts::default();
    for (index, paragraph) in order.iter().enumerate() {
        let relations = paragraphs.get(paragraph).map(Vec::as_slice).unwrap_or_default();
        score_paragraph(index, paragraph, relations, &known, debug, &mut counts);
    }
    let Counts {
        matched: n_matched,
        predicted: n_predicted,
        gold: n_gold,
        relations: n_relations,
        cue_known: n_cue_known,
        cue_found: n_cue_found,
    } = counts;
    let (precision, recall, f1) = shared::scores(n_matched, n_predicted, n_gold);
    let (_, cue_known, _) = shared::scores(n_cue_known, 1, n_relations);
    let (_, cue_found, _) = shared::scores(n_cue_found, 1, n_relations);
    println!(
        "polnear source: P {precision:.3} R {recall:.3} F1 {f1:.3} ({n_matched} matched, {n_predicted} predicted, {n_gold} gold)"
    );
    println!(
        "polnear cue coverage: lexicon {cue_known:.3}, found by the extractor {cue_found:.3} (of {n_relations} relations)"
    );
    assert_eq!(n_relations, 555);
    // Floors one step below the measured P 0.876, R 0.716, F1 0.788 (session 5).
    assert!(precision >= 0.87, "P {precision:.3} fell below the floor of 0.87");
    assert!(recall >= 0.71, "R {recall:.3} fell below the floor of 0.71");
    assert!(f1 >= 0.78, "F1 {f1:.3} fell below the floor of 0.78");
}
