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
//! | [`labels`] | nouns a number after which names, not counts ("district 4") | `extract::figures` |
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
pub mod labels;
pub mod numbers;
pub mod outlets;
pub mod speakers;
pub mod titles;
pub mod topics;
pub mod units;

/// Looks `word` up (any ASCII letter case) in a table sorted by its lowercase keys.
// Inlined, as each table's lookup runs on every word the figure extractor reads.
#[inline]
fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table
        .binary_search_by(|(key, _)| compare_folded(key, word))
        .ok()
        .and_then(|index| table.get(index))
        .map(|entry| entry.1)
}

/// Whether the sorted lowercase list holds `word` (any ASCII letter case).
fn contains(list: &[&str], word: &str) -> bool {
    list.binary_search_by(|key| compare_folded(key, word)).is_ok()
}

/// Compares a lowercase key with a word as if the word were lowercased, without allocating.
fn compare_folded(key: &str, word: &str) -> std::cmp::Ordering {
    key.bytes().cmp(word.bytes().map(|byte| byte.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    /// The lexicon is data at the bottom of the pipeline: it names nothing above it.
    #[test]
    fn the_lexicon_depends_on_nothing() {
        let files = [
            include_str!("mod.rs"),
            include_str!("abbreviations.rs"),
            include_str!("aliases.rs"),
            include_str!("calendar.rs"),
            include_str!("cues.rs"),
            include_str!("events.rs"),
            include_str!("grammar.rs"),
            include_str!("holidays.rs"),
            include_str!("labels.rs"),
            include_str!("numbers.rs"),
            include_str!("outlets.rs"),
            include_str!("speakers.rs"),
            include_str!("titles.rs"),
            include_str!("topics.rs"),
            include_str!("units.rs"),
        ];
        let needle = ["crate", "::"].concat();
        for file in files {
            for (at, _) in file.match_indices(&needle) {
                let rest = file.get(at + needle.len()..).unwrap_or_default();
                assert!(
                    rest.starts_with("lexicon"),
                    "the lexicon uses {}",
                    rest.get(..20).unwrap_or(rest)
                );
            }
        }
    }
}
