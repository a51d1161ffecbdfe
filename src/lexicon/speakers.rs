//! Words that shape a speaker's noun phrase: pronouns, the heads of anonymous
//! sources and of organizations, determiners, and the function words that
//! cannot stand inside a speaker's name.
//!
//! All entries are lowercase. The attribution extractor walks away from a
//! reporting cue word by word and asks these tables where the speaker's noun
//! phrase ends, what kind of speaker it names, and whether a pronoun is singular.

/// Personal and relative pronouns that can be the subject of a reporting verb,
/// with whether they are plural ("they") and whether they refer to people only.
pub const PRONOUNS: &[(&str, Number)] = &[
    ("he", Number::Person),
    ("i", Number::Person),
    ("it", Number::Thing),
    ("she", Number::Person),
    ("that", Number::Relative),
    ("they", Number::Plural),
    ("we", Number::Plural),
    ("which", Number::Relative),
    ("who", Number::Relative),
];

/// What a pronoun refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Number {
    /// One person: he, she, I.
    Person,
    /// A thing or institution: it.
    Thing,
    /// Several, or an institution: they, we.
    Plural,
    /// A relative pronoun, resolved to the noun phrase it follows: who, which.
    Relative,
}

/// Heads that stand for any unnamed source, whatever noun introduced it: "the
/// source" may take up "a security official" or "a person familiar with the talks".
pub const GENERIC_SOURCES: &[&str] = &["source", "sources"];

/// Whether `word` (lowercase) is a head that stands for any unnamed source.
pub fn is_generic_source(word: &str) -> bool {
    GENERIC_SOURCES.binary_search(&word).is_ok()
}

/// Heads of unnamed sources: "security sources", "a senior official".
pub const SOURCE_NOUNS: &[&str] = &[
    "activist",
    "activists",
    "admirals",
    "aide",
    "aides",
    "analyst",
    "analysts",
    "anyone",
    "attorney",
    "attorneys",
    "campaigners",
    "commentator",
    "commentators",
    "critic",
    "critics",
    "delegate",
    "delegates",
    "diplomat",
    "diplomats",
    "doctor",
    "doctors",
    "economist",
    "economists",
    "everybody",
    "everyone",
    "expert",
    "experts",
    "generals",
    "historians",
    "insider",
    "insiders",
    "investigator",
    "investigators",
    "lawmaker",
    "lawmakers",
    "lawyer",
    "lawyers",
    "leaders",
    "mediator",
    "mediators",
    "member",
    "members",
    "negotiators",
    "nobody",
    "observer",
    "observers",
    "officers",
    "official",
    "officials",
    "opponents",
    "others",
    "people",
    "person",
    "physicians",
    "prosecutor",
    "prosecutors",
    "protesters",
    "representatives",
    "researcher",
    "researchers",
    "resident",
    "residents",
    "scholars",
    "scientist",
    "scientists",
    "sides",
    "somebody",
    "someone",
    "source",
    "sources",
    "supporters",
    "trader",
    "traders",
    "voters",
    "witness",
    "witnesses",
];

/// Heads of organizations and documents that speak: "the Foreign Ministry", "the joint communique".
pub const GROUP_HEADS: &[&str] = &[
    "administration",
    "agency",
    "airline",
    "alliance",
    "army",
    "association",
    "authorities",
    "authority",
    "bank",
    "board",
    "brigade",
    "bureau",
    "cabinet",
    "campaign",
    "caucus",
    "center",
    "centre",
    "church",
    "club",
    "coalition",
    "command",
    "commission",
    "committee",
    "communique",
    "company",
    "consulate",
    "council",
    "court",
    "data",
    "delegation",
    "department",
    "document",
    "embassy",
    "federation",
    "firm",
    "forces",
    "foundation",
    "government",
    "group",
    "hospital",
    "institute",
    "insurgents",
    "junta",
    "kremlin",
    "league",
    "letter",
    "manufacturer",
    "militants",
    "military",
    "ministry",
    "movement",
    "municipality",
    "navy",
    "office",
    "operator",
    "opposition",
    "organisation",
    "organization",
    "parliament",
    "party",
    "patrol",
    "police",
    "poll",
    "presidency",
    "rebels",
    "regime",
    "regulator",
    "report",
    "research",
    "school",
    "service",
    "statement",
    "study",
    "survey",
    "team",
    "transcript",
    "tribunal",
    "union",
    "university",
    "watchdog",
];

/// Determiners that open a noun phrase.
pub const DETERMINERS: &[&str] = &[
    "a", "all", "an", "another", "both", "each", "every", "five", "four", "her", "his", "its",
    "many", "most", "my", "one", "our", "several", "some", "the", "their", "these", "those",
    "three", "two", "your",
];

/// Function words that never stand inside a speaker's noun phrase (besides "of").
pub const FUNCTION_WORDS: &[&str] = &[
    "about",
    "after",
    "against",
    "also",
    "although",
    "am",
    "and",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "for",
    "from",
    "had",
    "has",
    "have",
    "how",
    "however",
    "if",
    "in",
    "into",
    "is",
    "may",
    "meanwhile",
    "might",
    "must",
    "nor",
    "not",
    "on",
    "or",
    "over",
    "said",
    "says",
    "shall",
    "should",
    "since",
    "so",
    "than",
    "that",
    "then",
    "though",
    "through",
    "to",
    "under",
    "until",
    "was",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "yet",
];

/// Words that may stand between a subject and its reporting verb: auxiliaries,
/// negations and adverbs of time or manner that end in no "-ly".
pub const AUXILIARIES: &[&str] = &[
    "again",
    "already",
    "also",
    "could",
    "did",
    "does",
    "earlier",
    "even",
    "ever",
    "further",
    "had",
    "has",
    "have",
    "is",
    "just",
    "later",
    "long",
    "may",
    "might",
    "must",
    "n't",
    "never",
    "not",
    "now",
    "often",
    "once",
    "should",
    "since",
    "soon",
    "still",
    "then",
    "today",
    "will",
    "would",
    "yesterday",
];

/// Nouns of time that, after "this", "last", "in" or "on", make an adjunct
/// standing between a subject and its verb ("Wells Fargo this month announced").
pub const TIME_NOUNS: &[&str] =
    &["afternoon", "evening", "month", "morning", "night", "week", "weekend", "year"];

/// Whether `word` (lowercase) is a noun of time.
pub fn is_time_noun(word: &str) -> bool {
    contains(TIME_NOUNS, word)
}

fn contains(table: &[&str], word: &str) -> bool {
    table.binary_search(&word).is_ok()
}

/// The pronoun's reference, if `word` (lowercase) is a subject pronoun.
pub fn pronoun(word: &str) -> Option<Number> {
    PRONOUNS
        .binary_search_by(|(entry, _)| entry.cmp(&word))
        .ok()
        .and_then(|index| PRONOUNS.get(index))
        .map(|(_, number)| *number)
}

/// Whether `word` (lowercase) heads an unnamed source.
pub fn is_source_noun(word: &str) -> bool {
    contains(SOURCE_NOUNS, word)
}

/// Whether `word` (lowercase) heads an organization or document.
pub fn is_group_head(word: &str) -> bool {
    contains(GROUP_HEADS, word)
}

/// Whether `word` (lowercase) is a determiner.
pub fn is_determiner(word: &str) -> bool {
    contains(DETERMINERS, word)
}

/// Whether `word` (lowercase) is a function word.
pub fn is_function_word(word: &str) -> bool {
    contains(FUNCTION_WORDS, word)
}

/// Whether `word` (lowercase) may stand between a subject and its verb.
pub fn is_auxiliary(word: &str) -> bool {
    contains(AUXILIARIES, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        assert!(PRONOUNS.windows(2).all(|pair| pair[0].0 < pair[1].0));
        for table in [
            GENERIC_SOURCES,
            SOURCE_NOUNS,
            GROUP_HEADS,
            DETERMINERS,
            FUNCTION_WORDS,
            AUXILIARIES,
            TIME_NOUNS,
        ] {
            assert!(table.windows(2).all(|pair| pair[0] < pair[1]), "{table:?}");
        }
    }
}
