//! Every word list crosscheck relies on, one file per lexicon.
//!
//! Extraction rules never hard-code words: they ask a lexicon. Each lexicon is a
//! documented, sorted table so that a reviewer can read it in one sitting and a
//! test can check it for duplicates. The lexicons are data only and depend on
//! nothing else in the crate.
//!
//! | lexicon | what it lists | used by |
//! |---|---|---|
//! | [`abbreviations`] | abbreviations whose full stop does not end a sentence | `text` |
//! | [`calendar`] | month and weekday names | `document`, `extract` |
//! | [`cues`] | reporting verbs, phrases and nouns, with inflections | `extract::attribution` |
//! | [`events`] | event words and their canonical event (losing → killed) | `extract::figures` |
//! | [`holidays`] | holidays and the rules that date them (Easter, Thanksgiving) | `extract::figures` |
//! | [`grammar`] | words that bound a counted noun phrase, irregular plurals | `extract::figures` |
//! | [`numbers`] | number words, scales, ordinals, vague amounts, modifiers | `extract::figures` |
//! | [`outlets`] | news outlets and audiences | `extract::attribution` |
//! | [`speakers`] | pronouns, source and organization heads, function words | `extract::attribution` |
//! | [`titles`] | titles and roles | `extract::attribution` |
//! | [`units`] | currencies and units of time | `extract::figures` |
//! | [`topics`] | synonyms that fold wordings of one fact onto a topic | `claim` |
//! | [`aliases`] | aliases of groups and countries normalization cannot guess | `claim` |

pub mod abbreviations;
pub mod aliases;
pub mod calendar;
pub mod cues;
pub mod events;
pub mod grammar;
pub mod holidays;
pub mod numbers;
pub mod outlets;
pub mod speakers;
pub mod titles;
pub mod topics;
pub mod units;

/// Looks `word` up (any ASCII letter case) in a table sorted by its lowercase keys.
// Inlined, as each table's lookup runs on every word the figure extractor reads.
// The word is folded once, so that each step of the search is a plain byte comparison.
#[inline]
fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    let mut buffer = [0; FOLDED];
    match folded(word, &mut buffer) {
        Some(word) => table.binary_search_by(|(key, _)| compare_bytes(key.as_bytes(), word)),
        None => table.binary_search_by(|(key, _)| compare_folded(key, word)),
    }
    .ok()
    .and_then(|index| table.get(index))
    .map(|entry| entry.1)
}

/// Whether the sorted lowercase list holds `word` (any ASCII letter case).
fn contains(list: &[&str], word: &str) -> bool {
    let mut buffer = [0; FOLDED];
    match folded(word, &mut buffer) {
        Some(word) => list.binary_search_by(|key| compare_bytes(key.as_bytes(), word)),
        None => list.binary_search_by(|key| compare_folded(key, word)),
    }
    .is_ok()
}

/// `key.cmp(word)`, inlined: the words are short and mostly differ in their first
/// byte, where a call to `memcmp` costs more than the comparison.
#[inline]
fn compare_bytes(key: &[u8], word: &[u8]) -> std::cmp::Ordering {
    for (a, b) in key.iter().zip(word) {
        if a != b {
            return a.cmp(b);
        }
    }
    key.len().cmp(&word.len())
}

/// The longest word [`folded`] folds on the stack; longer ones are compared as they go.
const FOLDED: usize = 32;

/// `word` with its ASCII letters lowercased, in `buffer`, when it fits.
fn folded<'b>(word: &str, buffer: &'b mut [u8; FOLDED]) -> Option<&'b [u8]> {
    let target = buffer.get_mut(..word.len())?;
    for (to, from) in target.iter_mut().zip(word.bytes()) {
        *to = from.to_ascii_lowercase();
    }
    Some(target)
}

/// Compares a lowercase key with a word as if the word were lowercased, without allocating.
fn compare_folded(key: &str, word: &str) -> std::cmp::Ordering {
    key.bytes().cmp(word.bytes().map(|byte| byte.to_ascii_lowercase()))
}
