//! Topic words: the synonyms that let claims worded differently share a topic.
//!
//! A claim's topic names what its figure measures ("soldiers killed", "round of
//! talks", "ceasefire"). Reporters word the same fact many ways: "23 soldiers were
//! killed", "losing 23 soldiers", "23 soldiers embraced martyrdom", "23 soldiers
//! dead". The tables below fold such wordings onto one canonical word. They are
//! general English news vocabulary, not tied to any article.
//!
//! Every table is sorted by its first column and has no duplicate key (a test
//! checks this), so lookups are binary searches.

/// Words naming what happens to the counted people or things, with the canonical
/// event they stand for. Lowercase, exact word forms (no stemming at lookup).
pub const EVENTS: &[(&str, &str)] = &[
    ("abducted", "abducted"),
    ("arrest", "arrested"),
    ("arrested", "arrested"),
    ("arresting", "arrested"),
    ("arrests", "arrested"),
    ("captured", "captured"),
    ("casualties", "casualties"),
    ("dead", "killed"),
    ("death", "killed"),
    ("deaths", "killed"),
    ("detained", "arrested"),
    ("died", "killed"),
    ("displaced", "displaced"),
    ("evacuated", "evacuated"),
    ("fatalities", "killed"),
    ("hurt", "injured"),
    ("injured", "injured"),
    ("injuries", "injured"),
    ("kidnapped", "abducted"),
    ("killed", "killed"),
    ("killing", "killed"),
    ("lives", "killed"),
    ("losing", "killed"),
    ("lost", "killed"),
    ("martyrdom", "killed"),
    ("martyred", "killed"),
    ("missing", "missing"),
    ("perished", "killed"),
    ("rescued", "rescued"),
    ("slain", "killed"),
    ("wounded", "injured"),
];

/// Words that mean "killed" only when what they count are combatants
/// ("eliminated 25 militants"); "eliminated 25 posts" is no killing.
pub const COMBATANT_EVENTS: &[(&str, &str)] = &[
    ("eliminated", "killed"),
    ("eliminating", "killed"),
    ("elimination", "killed"),
    ("neutralised", "killed"),
    ("neutralising", "killed"),
    ("neutralized", "killed"),
    ("neutralizing", "killed"),
    ("taken out", "killed"),
];

/// Nouns for combatants, lowercase singular, for [`COMBATANT_EVENTS`].
pub const COMBATANTS: &[&str] = &[
    "attacker",
    "bomber",
    "combatant",
    "extremist",
    "fighter",
    "gunman",
    "insurgent",
    "jihadist",
    "khawarij",
    "militant",
    "rebel",
    "terrorist",
];

/// Counted nouns (lowercase singular) folded onto one canonical noun, so that
/// "troops" and "servicemen" count soldiers.
pub const COUNTED: &[(&str, &str)] = &[
    ("civilian", "civilian"),
    ("fighter", "militant"),
    ("insurgent", "militant"),
    ("militant", "militant"),
    ("person", "people"),
    ("serviceman", "soldier"),
    ("soldier", "soldier"),
    ("terrorist", "militant"),
    ("troop", "soldier"),
];

/// Nouns naming events that a date, a duration or an ordinal can attach to,
/// with their canonical name ("truce" is a ceasefire, "negotiations" are talks).
pub const EVENT_NOUNS: &[(&str, &str)] = &[
    ("armistice", "ceasefire"),
    ("attack", "attack"),
    ("attacks", "attack"),
    ("ceasefire", "ceasefire"),
    ("clash", "clashes"),
    ("clashes", "clashes"),
    ("conference", "conference"),
    ("dialogue", "talks"),
    ("dialogues", "talks"),
    ("discussions", "talks"),
    ("election", "election"),
    ("elections", "election"),
    ("fighting", "clashes"),
    ("firing", "clashes"),
    ("hostilities", "clashes"),
    ("meeting", "meeting"),
    ("negotiations", "talks"),
    ("offensive", "offensive"),
    ("skirmishes", "clashes"),
    ("strike", "strike"),
    ("strikes", "strike"),
    ("summit", "summit"),
    ("talks", "talks"),
    ("truce", "ceasefire"),
    ("visit", "visit"),
    ("vote", "election"),
];

/// Nouns that number a series ("third round"), with the noun they number when
/// the sentence does not say ("the second round" of talks).
pub const SERIES_NOUNS: &[&str] = &["leg", "phase", "round", "session", "stage", "term", "wave"];

/// Verbs and nouns that mark the start of a dated event ("clashes began on").
pub const BEGIN_WORDS: &[&str] =
    &["began", "begin", "begun", "broke", "erupted", "launched", "started", "starting"];

/// Words that, right before a figure, say it is about an earlier event than the
/// one in the news ("earlier five-day negotiations", "the previous 48-hour truce").
pub const EARLIER: &[&str] = &["earlier", "preceding", "previous", "prior"];

/// Words that, right before a number, make it a subset of the previous count
/// ("25 militants, including four suicide bombers").
pub const SUBSET_MARKERS: &[&str] = &["among", "included", "includes", "including"];

/// Modifiers that make an ordinal something other than a position in a series of
/// events ("third consecutive day", "third-party").
pub const NON_SERIES_AFTER_ORDINAL: &[&str] =
    &["consecutive", "party", "straight", "successive", "time"];

fn lookup<'a>(table: &'a [(&'a str, &'a str)], word: &str) -> Option<&'a str> {
    table
        .binary_search_by(|(key, _)| (*key).cmp(word))
        .ok()
        .and_then(|index| table.get(index))
        .map(|(_, value)| *value)
}

/// The canonical event of a lowercase word, if it names one; `combatant` says
/// whether the counted noun is a combatant, which lets "eliminated" mean killed.
pub fn event(word: &str, combatant: bool) -> Option<&'static str> {
    lookup(EVENTS, word).or_else(|| if combatant { lookup(COMBATANT_EVENTS, word) } else { None })
}

/// The canonical noun of a counted lemma (lowercase singular), or the lemma itself.
pub fn counted(lemma: &str) -> &str {
    lookup(COUNTED, lemma).unwrap_or(lemma)
}

/// Whether a lowercase singular noun names combatants.
pub fn is_combatant(lemma: &str) -> bool {
    COMBATANTS.binary_search(&lemma).is_ok()
}

/// The canonical event of a lowercase event noun ("truce" → ceasefire).
pub fn event_noun(word: &str) -> Option<&'static str> {
    lookup(EVENT_NOUNS, word)
}

/// Whether a lowercase word is a series noun ("round").
pub fn is_series(word: &str) -> bool {
    SERIES_NOUNS.binary_search(&word).is_ok()
}

/// Whether a lowercase word marks the start of an event.
pub fn is_begin(word: &str) -> bool {
    BEGIN_WORDS.binary_search(&word).is_ok()
}

/// Whether a lowercase word marks a figure as about an earlier event.
pub fn is_earlier(word: &str) -> bool {
    EARLIER.binary_search(&word).is_ok()
}

/// Whether a lowercase word marks a subset count.
pub fn is_subset_marker(word: &str) -> bool {
    SUBSET_MARKERS.binary_search(&word).is_ok()
}

/// Whether a lowercase word after an ordinal takes it out of a series of events.
pub fn is_non_series(word: &str) -> bool {
    NON_SERIES_AFTER_ORDINAL.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        for table in [EVENTS, COMBATANT_EVENTS, COUNTED, EVENT_NOUNS] {
            assert!(table.windows(2).all(|pair| pair[0].0 < pair[1].0), "{table:?}");
        }
        for table in
            [COMBATANTS, SERIES_NOUNS, BEGIN_WORDS, SUBSET_MARKERS, NON_SERIES_AFTER_ORDINAL]
        {
            assert!(table.windows(2).all(|pair| pair[0] < pair[1]), "{table:?}");
        }
    }

    #[test]
    fn synonyms_fold() {
        assert_eq!(event("losing", false), Some("killed"));
        assert_eq!(event("martyrdom", false), Some("killed"));
        assert_eq!(event("neutralized", false), None);
        assert_eq!(event("neutralized", true), Some("killed"));
        assert_eq!(event_noun("truce"), Some("ceasefire"));
        assert_eq!(event_noun("negotiations"), Some("talks"));
        assert_eq!(counted("troop"), "soldier");
        assert_eq!(counted("journalist"), "journalist");
        assert!(is_combatant("militant"));
        assert!(!is_combatant("soldier"));
    }
}
