//! Titles and roles that stand before or after a name ("Defence Minister
//! Khawaja Asif", "Zabihullah Mujahid, the Taliban's chief spokesman").
//!
//! All entries are lowercase; lookups lowercase the word first. [`ROLES`] are
//! the heads of a title, [`ROLE_MODIFIERS`] the words that may stand before a
//! head inside the title ("Deputy Foreign Minister"), and [`HONORIFICS`] the
//! courtesy titles that are dropped from a normalized name.

/// Heads of titles and roles.
pub const ROLES: &[&str] = &[
    "adm",
    "admiral",
    "adviser",
    "advisor",
    "ambassador",
    "attorney",
    "brig",
    "brigadier",
    "businessman",
    "businesswoman",
    "capt",
    "captain",
    "ceo",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "chancellor",
    "chief",
    "coach",
    "col",
    "colonel",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "councillor",
    "counsel",
    "dg",
    "director",
    "director-general",
    "editor",
    "emir",
    "envoy",
    "founder",
    "gen",
    "general",
    "governor",
    "head",
    "historian",
    "inspector",
    "judge",
    "king",
    "lawyer",
    "leader",
    "lieutenant",
    "lt",
    "maj",
    "major",
    "manager",
    "mayor",
    "minister",
    "negotiator",
    "officer",
    "owner",
    "pm",
    "pollster",
    "premier",
    "president",
    "professor",
    "prosecutor",
    "queen",
    "rep",
    "representative",
    "secretary",
    "secretary-general",
    "sen",
    "senator",
    "sheriff",
    "speaker",
    "spokesman",
    "spokesmen",
    "spokesperson",
    "spokeswoman",
    "sultan",
    "superintendent",
    "surgeon",
];

/// Words that may stand before a role head inside a title.
pub const ROLE_MODIFIERS: &[&str] = &[
    "acting",
    "air",
    "army",
    "assistant",
    "associate",
    "attorney",
    "chief",
    "commerce",
    "defence",
    "defense",
    "deputy",
    "economic",
    "education",
    "energy",
    "executive",
    "finance",
    "first",
    "foreign",
    "former",
    "health",
    "home",
    "information",
    "interim",
    "interior",
    "junior",
    "justice",
    "lieutenant",
    "managing",
    "military",
    "national",
    "naval",
    "prime",
    "principal",
    "security",
    "senior",
    "special",
    "state",
    "top",
    "trade",
    "vice",
];

/// Courtesy titles, dropped from normalized names.
pub const HONORIFICS: &[&str] = &["dr", "miss", "mr", "mrs", "ms", "prof", "sir"];

/// Whether `word` (lowercase) heads a title.
pub fn is_role(word: &str) -> bool {
    ROLES.binary_search(&word).is_ok()
}

/// Whether `word` (lowercase) may stand before a role head.
pub fn is_role_modifier(word: &str) -> bool {
    ROLE_MODIFIERS.binary_search(&word).is_ok()
}

/// Whether `word` (lowercase) is a courtesy title.
pub fn is_honorific(word: &str) -> bool {
    HONORIFICS.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        for table in [ROLES, ROLE_MODIFIERS, HONORIFICS] {
            assert!(table.windows(2).all(|pair| pair[0] < pair[1]), "{table:?}");
        }
    }
}
