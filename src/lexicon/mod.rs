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
//! | [`gender`] | titles and roles marked for gender (Mr, Ms, chairwoman) | `extract::attribution` |
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
pub mod change;
pub mod cues;
pub mod events;
pub mod gender;
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

/// A test that turns most words away before a table's binary search: the lengths and
/// the first letters of the table's keys, computed at compile time (`const`). The
/// hottest tables are looked up for most words the figure extractor tries.
struct Filter {
    shortest: usize,
    longest: usize,
    /// One bit per first byte of a key.
    firsts: [u64; 4],
}

impl Filter {
    /// The filter of a table of lowercase keys.
    #[expect(clippy::indexing_slicing, reason = "a compile-time loop over the table's own keys")]
    const fn of<T>(table: &[(&str, T)]) -> Filter {
        let mut filter = Filter { shortest: usize::MAX, longest: 0, firsts: [0; 4] };
        let mut i = 0;
        while i < table.len() {
            let key = table[i].0.as_bytes();
            if key.len() < filter.shortest {
                filter.shortest = key.len();
            }
            if key.len() > filter.longest {
                filter.longest = key.len();
            }
            if let [first, ..] = key {
                filter.firsts[(*first >> 6) as usize] |= 1 << (*first & 63);
            }
            i += 1;
        }
        filter
    }

    /// Whether `word` (any ASCII letter case) may be a key: it has a key's length and
    /// starts with a key's first letter.
    #[inline]
    fn admits(&self, word: &str) -> bool {
        let length = word.len();
        if length < self.shortest || length > self.longest {
            return false;
        }
        word.as_bytes().first().is_none_or(|byte| {
            let byte = byte.to_ascii_lowercase();
            self.firsts.get(usize::from(byte >> 6)).is_some_and(|bits| bits >> (byte & 63) & 1 == 1)
        })
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_admit_every_key_in_any_case_and_turn_others_away() {
        const FILTER: Filter = Filter::of(numbers::CARDINALS);
        for (key, value) in numbers::CARDINALS {
            assert!(FILTER.admits(key), "{key}");
            assert!(FILTER.admits(&key.to_uppercase()), "{key}");
            assert_eq!(numbers::cardinal(&key.to_uppercase()), Some(*value));
        }
        assert!(!FILTER.admits("people"), "no cardinal starts with p");
        assert!(!FILTER.admits("seventeenth"), "too long");
        assert!(!FILTER.admits("a"), "too short");
        assert!(!FILTER.admits(""));
        assert_eq!(calendar::month("SEPT"), calendar::month("sept"));
        assert_eq!(calendar::weekday("Tuesday"), Some(2));
        assert_eq!(compare_bytes(b"ab", b"abc"), std::cmp::Ordering::Less);
        assert_eq!(lookup(numbers::CARDINALS, "TWENTY"), Some(20));
        assert_eq!(lookup(numbers::CARDINALS, &"x".repeat(40)), None);
    }

    /// The lexicon is data at the bottom of the pipeline: it names nothing above it.
    /// Every file of the folder is read, so a new lexicon is checked too.
    #[test]
    fn the_lexicon_depends_on_nothing() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lexicon");
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .map(|entries| entries.filter_map(Result::ok).map(|entry| entry.path()).collect())
            .unwrap_or_default();
        files.sort();
        assert!(files.len() >= 15, "{} files in {}", files.len(), folder.display());
        let needle = ["crate", "::"].concat();
        for path in files {
            let file = std::fs::read_to_string(&path).unwrap_or_default();
            for (at, _) in file.match_indices(&needle) {
                let rest = file.get(at + needle.len()..).unwrap_or_default();
                assert!(
                    rest.starts_with("lexicon"),
                    "{} uses {}",
                    path.display(),
                    rest.get(..20).unwrap_or(rest)
                );
            }
        }
    }
}
