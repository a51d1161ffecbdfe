//! Words naming the events that figures in the news are tied to, with the canonical
//! event each stands for: "losing 23 soldiers", "neutralizing 200 militants",
//! "embraced martyrdom" and "dead" all say `killed`.
//!
//! Forms are listed one by one (no stemming) so that every entry is a reviewed
//! word; lowercase, sorted by word.

/// Event words and their canonical event.
pub const EVENTS: &[(&str, &str)] = &[
    ("abducted", "abducted"),
    ("apprehended", "arrested"),
    ("arrest", "arrested"),
    ("arrested", "arrested"),
    ("arresting", "arrested"),
    ("arrests", "arrested"),
    ("captured", "arrested"),
    ("casualties", "casualties"),
    ("dead", "killed"),
    ("death", "killed"),
    ("deaths", "killed"),
    ("detained", "arrested"),
    ("detaining", "arrested"),
    ("die", "killed"),
    ("died", "killed"),
    ("dies", "killed"),
    ("displaced", "displaced"),
    ("displacing", "displaced"),
    ("dying", "killed"),
    ("eliminated", "killed"),
    ("eliminating", "killed"),
    ("elimination", "killed"),
    ("evacuated", "evacuated"),
    ("executed", "killed"),
    ("fatalities", "killed"),
    ("fled", "displaced"),
    ("freed", "released"),
    ("hurt", "injured"),
    ("injured", "injured"),
    ("injuries", "injured"),
    ("injuring", "injured"),
    ("kidnapped", "abducted"),
    ("kill", "killed"),
    ("killed", "killed"),
    ("killing", "killed"),
    ("killings", "killed"),
    ("kills", "killed"),
    ("lose", "killed"),
    ("losing", "killed"),
    ("lost", "killed"),
    ("martyrdom", "killed"),
    ("martyred", "killed"),
    ("massacred", "killed"),
    ("missing", "missing"),
    ("neutralised", "killed"),
    ("neutralising", "killed"),
    ("neutralize", "killed"),
    ("neutralized", "killed"),
    ("neutralizing", "killed"),
    ("perished", "killed"),
    ("released", "released"),
    ("rescued", "rescued"),
    ("slain", "killed"),
    ("wounded", "injured"),
    ("wounding", "injured"),
];

/// The canonical event of an event word, in any letter case.
pub fn canonical(word: &str) -> Option<&'static str> {
    const FILTER: super::Filter = super::Filter::of(EVENTS);
    FILTER.admits(word).then(|| super::lookup(EVENTS, word)).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(EVENTS.windows(2).all(|p| p[0].0 < p[1].0));
    }

    #[test]
    fn lookups() {
        assert_eq!(canonical("Neutralizing"), Some("killed"));
        assert_eq!(canonical("losing"), Some("killed"));
        assert_eq!(canonical("wounded"), Some("injured"));
        assert_eq!(canonical("soldiers"), None);
    }
}
