//! Nouns that take a number after them as a name rather than a count: "district 4",
//! "round one", "type 2 diabetes", "article 50", "terminal 5".
//!
//! In English a count comes before its noun ("four districts"); a number right after
//! one of these nouns labels one member of a numbered series, so it is no figure. The
//! list leaves out nouns of time ("day 3", "week 2", "year 9"): a date reader owns
//! them, and "on the day 10 people died" starts a count after "day". It also leaves
//! out nouns that a count often follows across a phrase boundary ("the bus 40
//! passengers boarded"). All words are lowercase and sorted; lookups ignore ASCII
//! case.

/// The nouns, lowercase, sorted.
pub const LABEL_NOUNS: &[&str] = &[
    "amendment",
    "apartment",
    "article",
    "category",
    "channel",
    "chapter",
    "clause",
    "district",
    "division",
    "episode",
    "exit",
    "flight",
    "gate",
    "grade",
    "highway",
    "interstate",
    "junction",
    "lap",
    "level",
    "number",
    "paragraph",
    "part",
    "phase",
    "platform",
    "precinct",
    "question",
    "radio",
    "room",
    "round",
    "route",
    "section",
    "stage",
    "terminal",
    "tier",
    "type",
    "ward",
    "zone",
];

/// Whether a number right after `word` names rather than counts ("district 4").
pub fn is_label_noun(word: &str) -> bool {
    super::contains(LABEL_NOUNS, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(LABEL_NOUNS.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(LABEL_NOUNS.iter().all(|word| word.bytes().all(|b| b.is_ascii_lowercase())));
    }

    #[test]
    fn lookups() {
        assert!(is_label_noun("District") && is_label_noun("round"));
        assert!(!is_label_noun("rounds") && !is_label_noun("day"));
    }
}
