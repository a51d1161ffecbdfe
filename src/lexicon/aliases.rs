//! Entity aliases: names of one group, country or body written differently.
//!
//! Outlets spell transliterated names in several ways ("Tehrik-e-Taliban
//! Pakistan", "Tehreek-i-Taliban Pakistan") and countries change their official
//! English names ("Turkey", "Türkiye"). Spelling variants are mostly caught by
//! normalization (diacritics folded, hyphens as spaces, the i/e vowel variants of
//! transliteration unified; see `claim::topic::name_key`); this table lists the
//! aliases that normalization cannot guess: acronyms and renamed countries.
//!
//! Each row is `(alias, canonical)`. The alias column is already normalized
//! (lowercase ASCII, single spaces), sorted and unique, so lookups are binary
//! searches; a test checks that.

/// Aliases in normalized form with the canonical name they stand for.
pub const ALIASES: &[(&str, &str)] = &[
    ("afghan", "Afghanistan"),
    ("afghanistan", "Afghanistan"),
    ("britain", "United Kingdom"),
    ("british", "United Kingdom"),
    ("burma", "Myanmar"),
    ("daesh", "Islamic State"),
    ("isil", "Islamic State"),
    ("isis", "Islamic State"),
    ("islamic state", "Islamic State"),
    ("myanmar", "Myanmar"),
    ("pakistan", "Pakistan"),
    ("pakistani", "Pakistan"),
    ("tehrik i taliban pakistan", "TTP"),
    ("ttp", "TTP"),
    ("turkey", "Turkey"),
    ("turkish", "Turkey"),
    ("turkiye", "Turkey"),
    ("u.k.", "United Kingdom"),
    ("u.s.", "United States"),
    ("uk", "United Kingdom"),
    ("united kingdom", "United Kingdom"),
    ("united states", "United States"),
    ("us", "United States"),
    ("usa", "United States"),
];

/// The canonical name for a normalized alias, if listed.
pub fn canonical(normalized: &str) -> Option<&'static str> {
    ALIASES
        .binary_search_by(|(alias, _)| (*alias).cmp(normalized))
        .ok()
        .and_then(|index| ALIASES.get(index))
        .map(|(_, canonical)| *canonical)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_unique_and_normalized() {
        assert!(ALIASES.windows(2).all(|pair| pair[0].0 < pair[1].0));
        for (alias, _) in ALIASES {
            assert!(
                alias.chars().all(|c| c.is_ascii_lowercase() || c == ' ' || c == '.'),
                "{alias}"
            );
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(canonical("turkiye"), Some("Turkey"));
        assert_eq!(canonical("ttp"), Some("TTP"));
        assert_eq!(canonical("france"), None);
    }
}
