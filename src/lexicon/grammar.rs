//! Closed-class words that bound the noun phrase a figure counts, and irregular plurals.
//!
//! A figure's noun phrase ("23 Pakistani soldiers") runs over content words and stops
//! at the first word listed in [`STOP_WORDS`] (articles, prepositions, auxiliaries,
//! conjunctions, pronouns, speech verbs, and the commonest irregular past tenses, which
//! a suffix test cannot tell from nouns: "2 went missing"). Lowercase, sorted.

/// Words that never belong to the noun phrase after a figure.
pub const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "according",
    "across",
    "added",
    "after",
    "against",
    "ago",
    "all",
    "along",
    "also",
    "am",
    "among",
    "an",
    "and",
    "any",
    "are",
    "around",
    "as",
    "at",
    "be",
    "became",
    "been",
    "before",
    "began",
    "behind",
    "being",
    "between",
    "both",
    "but",
    "by",
    "came",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "either",
    "every",
    "fell",
    "for",
    "from",
    "gave",
    "got",
    "had",
    "has",
    "have",
    "he",
    "held",
    "her",
    "here",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "including",
    "inside",
    "into",
    "is",
    "it",
    "its",
    "last",
    "left",
    "made",
    "may",
    "me",
    "met",
    "might",
    "must",
    "my",
    "near",
    "neither",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "onto",
    "or",
    "our",
    "out",
    "over",
    "per",
    "ran",
    "remain",
    "remained",
    "remains",
    "rose",
    "said",
    "saw",
    "say",
    "says",
    "shall",
    "she",
    "should",
    "since",
    "so",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "told",
    "took",
    "toward",
    "towards",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "was",
    "we",
    "went",
    "were",
    "what",
    "when",
    "where",
    "whereas",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
];

/// Words between a figure and its noun that are not the noun: "five more soldiers",
/// "third consecutive day".
pub const SKIPPED_ADJECTIVES: &[&str] =
    &["additional", "consecutive", "extra", "further", "more", "other", "straight", "successive"];

/// Determiners after "of" that lead to the counted noun: "five of its soldiers".
pub const PARTITIVE_DETERMINERS: &[&str] =
    &["her", "his", "its", "our", "the", "their", "these", "those", "your"];

/// Verbs of saying: a noun phrase followed by one is a speaker, not a count
/// ("One Pakistani security official said").
pub const SPEECH_VERBS: &[&str] = &[
    "added",
    "claimed",
    "confirmed",
    "noted",
    "reported",
    "said",
    "says",
    "stated",
    "told",
    "warned",
];

/// Words before "last" that make it the verb ("will last three days", "to last",
/// "didn't last") or an idiom ("at last"): then it is neither an ordinal nor the
/// start of a date ("the last three days").
pub const BEFORE_VERB_LAST: &[&str] = &[
    "at",
    "can",
    "cannot",
    "could",
    "couldn't",
    "did",
    "didn't",
    "does",
    "doesn't",
    "may",
    "might",
    "must",
    "not",
    "should",
    "shouldn't",
    "to",
    "will",
    "won't",
    "would",
    "wouldn't",
];

/// Subjects after which "first" is the adverb of time, before the verb: "when I
/// first met her", "the firm, which first appeared in 1998".
pub const BEFORE_ADVERB_FIRST: &[&str] =
    &["he", "i", "it", "she", "they", "we", "which", "who", "you"];

/// Determiners and possessives before which an ordinal stays an ordinal even
/// before a participle: "the first recorded case", "his first published novel".
pub const ORDINAL_DETERMINERS: &[&str] = &[
    "a", "an", "her", "his", "its", "my", "our", "the", "their", "these", "this", "those", "whose",
    "your",
];

/// Irregular past forms of verbs that news puts after the adverb "first": "Labour
/// first came to power", "they first met in 2014". Regular ones end in "-ed".
pub const IRREGULAR_PASTS: &[&str] = &[
    "became", "began", "begun", "brought", "came", "drew", "found", "gave", "got", "heard", "held",
    "known", "led", "made", "met", "ran", "rose", "said", "saw", "seen", "set", "shown", "spoke",
    "took", "went", "won", "written", "wrote",
];

/// Plurals that the suffix rules get wrong, with their lemma.
pub const IRREGULAR_PLURALS: &[(&str, &str)] = &[
    ("children", "child"),
    ("civilians", "civilian"),
    ("feet", "foot"),
    ("lives", "life"),
    ("men", "man"),
    ("news", "news"),
    ("people", "people"),
    ("personnel", "personnel"),
    ("police", "police"),
    ("series", "series"),
    ("species", "species"),
    ("talks", "talks"),
    ("teeth", "tooth"),
    ("women", "woman"),
];

/// Whether "first" after `word` is the adverb of time ("when I first met").
pub fn makes_first_an_adverb(word: &str) -> bool {
    super::contains(BEFORE_ADVERB_FIRST, word)
}

/// Whether `word` is a determiner or possessive that opens a noun phrase.
pub fn is_ordinal_determiner(word: &str) -> bool {
    super::contains(ORDINAL_DETERMINERS, word)
}

/// Whether `word` is a past form of a verb: "-ed" or an irregular one.
pub fn looks_past(word: &str) -> bool {
    // "-eed" is a noun as often as not ("seed", "speed"), and "hundred" is a number.
    (word.len() > 4
        && word.ends_with("ed")
        && !word.ends_with("eed")
        && !word.eq_ignore_ascii_case("hundred"))
        || super::contains(IRREGULAR_PASTS, word)
}

/// Whether `word` is one of [`IRREGULAR_PLURALS`] ("people", "police", "children").
pub fn is_irregular_plural(word: &str) -> bool {
    super::lookup(IRREGULAR_PLURALS, word).is_some()
}

/// Whether `word` ends a noun phrase.
pub fn is_stop_word(word: &str) -> bool {
    super::contains(STOP_WORDS, word)
}

/// Whether `word` may stand between a figure and its noun without being the noun.
pub fn is_skipped_adjective(word: &str) -> bool {
    super::contains(SKIPPED_ADJECTIVES, word)
}

/// Whether `word` is a determiner of a partitive "five of its soldiers".
pub fn is_partitive_determiner(word: &str) -> bool {
    super::contains(PARTITIVE_DETERMINERS, word)
}

/// Whether `word` is a verb of saying.
pub fn is_speech_verb(word: &str) -> bool {
    super::contains(SPEECH_VERBS, word)
}

/// Whether "last" after `word` is the verb or an idiom ("will last", "at last").
pub fn makes_last_a_verb(word: &str) -> bool {
    super::contains(BEFORE_VERB_LAST, word)
}

/// The lowercase singular of a noun: "soldiers" → "soldier", "casualties" → "casualty".
pub fn lemma(word: &str) -> String {
    let lower = word.to_lowercase();
    if let Some(lemma) = super::lookup(IRREGULAR_PLURALS, &lower) {
        return lemma.to_owned();
    }
    if lower.len() > 4 && lower.ends_with("ies") {
        return format!("{}y", lower.trim_end_matches("ies"));
    }
    for suffix in ["sses", "ches", "shes", "xes"] {
        if lower.ends_with(suffix) {
            return lower.get(..lower.len() - 2).unwrap_or(&lower).to_owned();
        }
    }
    if lower.len() > 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
    {
        return lower.get(..lower.len() - 1).unwrap_or(&lower).to_owned();
    }
    lower
}

/// Whether a noun looks plural, so that the noun phrase ends with it.
pub fn looks_plural(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    if let Some(lemma) = super::lookup(IRREGULAR_PLURALS, &lower) {
        return lemma != lower || matches!(lower.as_str(), "people" | "personnel" | "talks");
    }
    lower.len() > 2 && lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        for table in
            [STOP_WORDS, SKIPPED_ADJECTIVES, PARTITIVE_DETERMINERS, SPEECH_VERBS, BEFORE_VERB_LAST]
                .into_iter()
                .chain([BEFORE_ADVERB_FIRST, ORDINAL_DETERMINERS, IRREGULAR_PASTS])
        {
            assert!(table.windows(2).all(|p| p[0] < p[1]), "{table:?}");
        }
        assert!(IRREGULAR_PLURALS.windows(2).all(|p| p[0].0 < p[1].0));
    }

    #[test]
    fn past_forms() {
        assert!(looks_past("started"));
        assert!(looks_past("came"));
        assert!(!looks_past("seed"));
        assert!(!looks_past("speed"));
        assert!(!looks_past("hundred"));
        assert!(!looks_past("red"));
        assert!(!looks_past("round"));
    }

    #[test]
    fn lemmas() {
        assert_eq!(lemma("Soldiers"), "soldier");
        assert_eq!(lemma("casualties"), "casualty");
        assert_eq!(lemma("militants"), "militant");
        assert_eq!(lemma("bombers"), "bomber");
        assert_eq!(lemma("women"), "woman");
        assert_eq!(lemma("round"), "round");
        assert_eq!(lemma("ceasefires"), "ceasefire");
        assert_eq!(lemma("crashes"), "crash");
        assert_eq!(lemma("status"), "status");
        assert!(looks_plural("soldiers"));
        assert!(looks_plural("people"));
        assert!(!looks_plural("round"));
    }
}
