//! Number words, scale words, ordinals, fractions, vague amounts and the modifiers
//! that turn a number into bounds.
//!
//! All words are lowercase; lookups ignore ASCII case. Every table is sorted by its
//! first column so that it can be binary-searched, which the tests at the end check.

/// Ordinals that count from an anchor rather than from the start: the anchor
/// (`end` of the series, or the `current` item) and the offset from it. "current"
/// itself is left out: in news it qualifies ("the current government") far more
/// often than it numbers.
pub const RELATIVE_ORDINALS: &[(&str, &str, i8)] = &[
    ("antepenultimate", "end", -2),
    ("last", "end", 0),
    ("next", "current", 1),
    ("penultimate", "end", -1),
    ("previous", "current", -1),
];

/// Cardinal number words below one hundred with their value.
pub const CARDINALS: &[(&str, u32)] = &[
    ("eight", 8),
    ("eighteen", 18),
    ("eighty", 80),
    ("eleven", 11),
    ("fifteen", 15),
    ("fifty", 50),
    ("five", 5),
    ("forty", 40),
    ("four", 4),
    ("fourteen", 14),
    ("naught", 0),
    ("nine", 9),
    ("nineteen", 19),
    ("ninety", 90),
    ("nought", 0),
    ("one", 1),
    ("seven", 7),
    ("seventeen", 17),
    ("seventy", 70),
    ("six", 6),
    ("sixteen", 16),
    ("sixty", 60),
    ("ten", 10),
    ("thirteen", 13),
    ("thirty", 30),
    ("three", 3),
    ("twelve", 12),
    ("twenty", 20),
    ("two", 2),
    ("zero", 0),
];

/// Scale words that multiply what comes before them ("1.5 million", "13 lakh").
pub const SCALES: &[(&str, f64)] = &[
    ("billion", 1e9),
    ("bln", 1e9),
    ("bn", 1e9),
    ("crore", 1e7),
    ("crores", 1e7),
    ("doz", 12.0),
    ("dozen", 12.0),
    ("dozens", 12.0),
    ("dozs", 12.0),
    ("dz", 12.0),
    ("dzs", 12.0),
    ("hundred", 100.0),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("million", 1e6),
    ("mln", 1e6),
    ("mn", 1e6),
    ("thousand", 1e3),
    ("tln", 1e12),
    ("trillion", 1e12),
];

/// Suffixes glued to digits that multiply them ("10k", "$5m", "2.5bn"). "m" is only
/// read this way in money ("$5m") or upper case, because "1m" is as often one metre.
/// "G" is left out: in news "3G" is a mobile network's generation.
pub const SUFFIXES: &[(&str, f64)] = &[
    ("b", 1e9),
    ("bn", 1e9),
    ("k", 1e3),
    ("m", 1e6),
    ("mil", 1e6),
    ("mm", 1e6),
    ("mn", 1e6),
    ("t", 1e12),
    ("tn", 1e12),
    ("trn", 1e12),
];

/// Ordinal words with their value; the plural forms serve as fraction denominators
/// ("two thirds"). "second" is listed: "30 seconds" is caught earlier as a duration.
pub const ORDINALS: &[(&str, u64)] = &[
    ("billionth", 1_000_000_000),
    ("eighteenth", 18),
    ("eighth", 8),
    ("eightieth", 80),
    ("eleventh", 11),
    ("fifteenth", 15),
    ("fifth", 5),
    ("fiftieth", 50),
    ("first", 1),
    ("fortieth", 40),
    ("fourteenth", 14),
    ("fourth", 4),
    ("hundredth", 100),
    ("millionth", 1_000_000),
    ("nineteenth", 19),
    ("nineth", 9),
    ("ninetieth", 90),
    ("ninth", 9),
    ("second", 2),
    ("seventeenth", 17),
    ("seventh", 7),
    ("seventieth", 70),
    ("sixteenth", 16),
    ("sixth", 6),
    ("sixtieth", 60),
    ("tenth", 10),
    ("third", 3),
    ("thirteenth", 13),
    ("thirtieth", 30),
    ("thousandth", 1000),
    ("trillionth", 1_000_000_000_000),
    ("twelfth", 12),
    ("twentieth", 20),
];

/// An ordinal and the noun after it that together name a title or a thing rather
/// than a position in a series: "the first minister", "first aid", "a second
/// lieutenant". Plurals are matched through their singular.
pub const ORDINAL_COMPOUNDS: &[(&str, &str)] = &[
    ("first", "aid"),
    ("first", "lady"),
    ("first", "lieutenant"),
    ("first", "mate"),
    ("first", "minister"),
    ("first", "name"),
    ("first", "officer"),
    ("first", "person"),
    ("first", "secretary"),
    ("first", "sergeant"),
    ("second", "lieutenant"),
];

/// Whether `ordinal` followed by `noun` names a title or a thing, not a position
/// ("first minister", "first aid", "first ladies").
pub fn is_ordinal_compound(ordinal: &str, noun: &str) -> bool {
    let noun = noun.strip_suffix("ies").map_or_else(
        || noun.strip_suffix('s').unwrap_or(noun).to_ascii_lowercase(),
        |stem| format!("{}y", stem.to_ascii_lowercase()),
    );
    let ordinal = ordinal.to_ascii_lowercase();
    ORDINAL_COMPOUNDS.binary_search(&(ordinal.as_str(), noun.as_str())).is_ok()
}

/// Words of betting: in a sentence with one of them, "5/1" and "4/6" are odds, not
/// fractions or dates ("odds of 25/1", "the 1/5 favourite").
pub const ODDS_WORDS: &[&str] =
    &["bet", "betting", "bookies", "bookmaker", "bookmakers", "favorite", "favourite", "odds"];

/// Whether `word` is a word of betting ([`ODDS_WORDS`]).
pub fn is_odds_word(word: &str) -> bool {
    super::contains(ODDS_WORDS, word)
}

/// Fraction words that are not plain ordinals, with their denominator.
pub const FRACTIONS: &[(&str, u32)] =
    &[("half", 2), ("halves", 2), ("quarter", 4), ("quarters", 4)];

/// Vague amounts as intervals: (word, least, greatest). "dozens" is at least 24
/// because one dozen would be written "a dozen".
pub const VAGUE: &[(&str, f64, Option<f64>)] = &[
    ("dozens", 24.0, None),
    ("hundreds", 200.0, None),
    ("many", 2.0, None),
    ("millions", 2e6, None),
    ("numerous", 2.0, None),
    ("scores", 40.0, None),
    ("several", 3.0, Some(9.0)),
    ("tens", 20.0, Some(90.0)),
    ("thousands", 2000.0, None),
];

/// How a modifier bounds the number it stands before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// More than the number: "over 200", "more than 200".
    Above,
    /// The number or more: "at least 200", "no fewer than 200".
    AtLeast,
    /// Less than the number: "under 200", "fewer than 200".
    Below,
    /// The number or less: "up to 200", "at most 200".
    AtMost,
    /// About the number, either side: "about 200", "some 200".
    About,
    /// Just under the number: "nearly 200", "almost 200".
    Nearly,
    /// Just over the number: "just over 200".
    JustOver,
    /// Exactly the number, said out loud: "equal to 20", "exactly 20".
    Exactly,
}

/// Modifiers before a number, as space-separated lowercase words, with the bound
/// they give. Sorted by phrase.
pub const MODIFIERS: &[(&str, Bound)] = &[
    ("about", Bound::About),
    ("above", Bound::Above),
    ("almost", Bound::Nearly),
    ("an estimated", Bound::About),
    ("approximately", Bound::About),
    ("around", Bound::About),
    ("as few as", Bound::AtLeast),
    ("as many as", Bound::AtMost),
    ("at least", Bound::AtLeast),
    ("at least or equal to", Bound::AtLeast),
    ("at most", Bound::AtMost),
    ("below", Bound::Below),
    ("bigger or equal than", Bound::AtLeast),
    ("bigger than", Bound::Above),
    ("close to", Bound::Nearly),
    ("equal to", Bound::Exactly),
    ("equal to or greater than", Bound::AtLeast),
    ("equal to or less than", Bound::AtMost),
    ("equal to or more than", Bound::AtLeast),
    ("equaling", Bound::Exactly),
    ("equaling to", Bound::Exactly),
    ("equals", Bound::Exactly),
    ("equals to", Bound::Exactly),
    ("estimated", Bound::About),
    ("exactly", Bound::Exactly),
    ("exceed", Bound::Above),
    ("exceeding", Bound::Above),
    ("fewer than", Bound::Below),
    ("greater or equal than", Bound::AtLeast),
    ("greater than", Bound::Above),
    ("greater than or equal to", Bound::AtLeast),
    ("higher or equal than", Bound::AtLeast),
    ("higher than", Bound::Above),
    ("in excess of", Bound::Above),
    ("just over", Bound::JustOver),
    ("just under", Bound::Nearly),
    ("larger or equal than", Bound::AtLeast),
    ("larger than", Bound::Above),
    ("less or equal than", Bound::AtMost),
    ("less than", Bound::Below),
    ("less than or equal to", Bound::AtMost),
    ("lower or equal than", Bound::AtMost),
    ("lower than", Bound::Below),
    ("more than", Bound::Above),
    ("nearly", Bound::Nearly),
    ("no fewer than", Bound::AtLeast),
    ("no less than", Bound::AtLeast),
    ("no more than", Bound::AtMost),
    ("not more than", Bound::AtMost),
    ("over", Bound::Above),
    ("roughly", Bound::About),
    ("smaller or equal than", Bound::AtMost),
    ("smaller than", Bound::Below),
    ("some", Bound::About),
    ("surpass", Bound::Above),
    ("under", Bound::Below),
    ("up to", Bound::AtMost),
    ("upwards of", Bound::Above),
    ("well over", Bound::Above),
];

/// Participles that make an ordinal glued before them a rank: "the 187th-ranked
/// player", "the third-seeded team", "the 12th-placed club". The ordinal is a position,
/// never a count; other compounds ("second-largest", "third-party") stay no figure.
pub const RANK_PARTICIPLES: &[&str] = &["placed", "ranked", "seeded"];

/// Whether `word` makes an ordinal glued before it a rank.
pub fn is_rank_participle(word: &str) -> bool {
    super::contains(RANK_PARTICIPLES, word)
}

/// The bound given by the longest modifier phrase at the start of `words`, with the
/// number of words it spans. Only phrases whose first word is `words`' first are
/// tried, found by binary search.
pub fn modifier<'w>(mut words: impl Iterator<Item = &'w str> + Clone) -> Option<(Bound, usize)> {
    // Folded once: this runs at every token a number may start at. No phrase starts
    // with a word too long to fold.
    let mut buffer = [0; super::FOLDED];
    let first = super::folded(words.clone().next()?, &mut buffer)?;
    let from = MODIFIERS
        .partition_point(|(phrase, _)| super::compare_bytes(phrase.as_bytes(), first).is_lt());
    let mut best: Option<(Bound, usize)> = None;
    for (phrase, bound) in MODIFIERS.iter().skip(from) {
        let Some(head) = phrase.as_bytes().get(..first.len()) else { break };
        if head != first {
            break;
        }
        // "about" is no phrase for the word "a": the first word must end here.
        if phrase.as_bytes().get(first.len()).is_some_and(|byte| *byte != b' ') {
            continue;
        }
        let n_words = phrase.split(' ').count();
        let matched = phrase
            .split(' ')
            .zip(words.clone())
            .take_while(|(key, word)| super::compare_folded(key, word).is_eq())
            .count();
        if matched == n_words && best.is_none_or(|(_, n)| n < n_words) {
            best = Some((*bound, n_words));
        }
    }
    let _ = words.next();
    best
}

/// The anchor and offset of a relative ordinal: "last" is (`end`, 0).
pub fn relative_ordinal(word: &str) -> Option<(&'static str, i8)> {
    let index =
        RELATIVE_ORDINALS.binary_search_by(|entry| super::compare_folded(entry.0, word)).ok()?;
    RELATIVE_ORDINALS.get(index).map(|entry| (entry.1, entry.2))
}

/// The value of a cardinal word below one hundred.
pub fn cardinal(word: &str) -> Option<u32> {
    const FILTER: super::Filter = super::Filter::of(CARDINALS);
    FILTER.admits(word).then(|| super::lookup(CARDINALS, word)).flatten()
}

/// The multiplier of a scale word.
pub fn scale(word: &str) -> Option<f64> {
    const FILTER: super::Filter = super::Filter::of(SCALES);
    FILTER.admits(word).then(|| super::lookup(SCALES, word)).flatten()
}

/// The multiplier of a suffix glued to digits.
pub fn suffix(word: &str) -> Option<f64> {
    super::lookup(SUFFIXES, word)
}

/// The value of an ordinal word, also accepting the plural ("thirds").
pub fn ordinal(word: &str) -> Option<u64> {
    ordinal_filtered(word)
}

/// [`ordinal`] behind the table's filter (also used for [`denominator`]'s singulars).
fn ordinal_filtered(word: &str) -> Option<u64> {
    const FILTER: super::Filter = super::Filter::of(ORDINALS);
    FILTER.admits(word).then(|| super::lookup(ORDINALS, word)).flatten()
}

/// The denominator of a fraction word: "half", "quarters", or a plural ordinal ("thirds").
pub fn denominator(word: &str) -> Option<u32> {
    const FRACTIONS_FILTER: super::Filter = super::Filter::of(FRACTIONS);
    if FRACTIONS_FILTER.admits(word)
        && let Some(value) = super::lookup(FRACTIONS, word)
    {
        return Some(value);
    }
    let singular = word.strip_suffix('s').or_else(|| word.strip_suffix('S'))?;
    ordinal_filtered(singular)
        .filter(|&value| value > 2)
        .and_then(|value| u32::try_from(value).ok())
}

/// The interval of a vague amount word.
pub fn vague(word: &str) -> Option<(f64, Option<f64>)> {
    let index = VAGUE.binary_search_by(|entry| super::compare_folded(entry.0, word)).ok()?;
    VAGUE.get(index).map(|entry| (entry.1, entry.2))
}

/// Nouns of the parts of a publication or broadcast, numbered in the order they
/// come out: "the current edition", "the current page". With the series nouns of
/// `topics` ("round", "phase") they are what "current" numbers rather than qualifies.
pub const SERIES_PARTS: &[&str] =
    &["chapter", "edition", "episode", "installment", "instalment", "page", "volume"];

/// Whether `word` is the part of a publication or broadcast ("edition").
pub fn is_series_part(word: &str) -> bool {
    super::contains(SERIES_PARTS, word)
}

/// Nouns of a rank that may follow the last ordinal of a range of ranks: "between
/// fifth and eighth place".
pub const RANK_NOUNS: &[&str] = &["place", "position", "rank", "spot"];

/// Whether `word` is a noun of a rank ("place").
pub fn is_rank_noun(word: &str) -> bool {
    super::contains(RANK_NOUNS, word)
}

/// Words the figure recognizers test by name outside the tables of this lexicon and
/// of `calendar` and `units` ("the weekend", "a dozen", "mid-2015", "per cent").
/// Together with those tables they are every word a figure can start at, which lets
/// the extractor pass over every other word after one lookup; a test in
/// `extract::figures` checks that every word its recognizers name is listed here.
pub const FIGURE_WORDS: &[&str] = &[
    "a",
    "above",
    "after",
    "ago",
    "all",
    "an",
    "and",
    "another",
    "any",
    "as",
    "at",
    "b",
    "before",
    "beginning",
    "below",
    "between",
    "billion",
    "bn",
    "but",
    "by",
    "calendar",
    "can",
    "cannot",
    "cent",
    "coming",
    "commencing",
    "could",
    "couple",
    "current",
    "day",
    "decade",
    "did",
    "does",
    "door",
    "dozen",
    "dozens",
    "during",
    "e",
    "each",
    "earlier",
    "early",
    "end",
    "equal",
    "every",
    "fa",
    "few",
    "fewer",
    "following",
    "for",
    "from",
    "full",
    "greater",
    "h",
    "half",
    "handful",
    "higher",
    "how",
    "http",
    "https",
    "hundred",
    "hundreds",
    "in",
    "into",
    "last",
    "late",
    "later",
    "less",
    "lower",
    "lowercase",
    "m",
    "many",
    "march",
    "may",
    "mid",
    "middle",
    "might",
    "mil",
    "million",
    "minus",
    "mm",
    "mn",
    "month",
    "more",
    "must",
    "my",
    "nd",
    "negative",
    "next",
    "night",
    "no",
    "not",
    "now",
    "numerous",
    "of",
    "old",
    "on",
    "one",
    "or",
    "out",
    "p",
    "past",
    "pc",
    "per",
    "percent",
    "percentage",
    "percents",
    "plus",
    "point",
    "points",
    "previous",
    "q",
    "quarter",
    "rd",
    "remainder",
    "rest",
    "s",
    "scores",
    "season",
    "second",
    "semester",
    "several",
    "should",
    "since",
    "so",
    "some",
    "sp",
    "st",
    "start",
    "starting",
    "su",
    "t",
    "tens",
    "term",
    "th",
    "than",
    "that",
    "the",
    "this",
    "thousand",
    "thousands",
    "through",
    "thru",
    "till",
    "time",
    "tmrw",
    "to",
    "today",
    "tomorrow",
    "tonight",
    "too",
    "trillion",
    "until",
    "upcoming",
    "us",
    "usd",
    "very",
    "week",
    "weekend",
    "what",
    "which",
    "whole",
    "wi",
    "will",
    "within",
    "would",
    "www",
    "xxxx",
    "year",
    "yesterday",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        assert!(CARDINALS.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(RELATIVE_ORDINALS.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(SCALES.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(SUFFIXES.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(ORDINALS.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(FRACTIONS.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(VAGUE.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(MODIFIERS.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(FIGURE_WORDS.windows(2).all(|p| p[0] < p[1]));
        assert!(RANK_PARTICIPLES.windows(2).all(|p| p[0] < p[1]));
        assert!(RANK_NOUNS.windows(2).all(|p| p[0] < p[1]));
        assert!(SERIES_PARTS.windows(2).all(|p| p[0] < p[1]));
        assert!(ORDINAL_COMPOUNDS.windows(2).all(|p| p[0] < p[1]));
        assert!(ODDS_WORDS.windows(2).all(|p| p[0] < p[1]));
    }

    #[test]
    fn ordinal_compounds() {
        assert!(is_ordinal_compound("First", "Minister"));
        assert!(is_ordinal_compound("first", "ladies"));
        assert!(is_ordinal_compound("second", "lieutenants"));
        assert!(!is_ordinal_compound("first", "round"));
        assert!(!is_ordinal_compound("second", "minister"));
    }

    #[test]
    fn lookups() {
        assert_eq!(cardinal("Twenty"), Some(20));
        assert_eq!(relative_ordinal("Penultimate"), Some(("end", -1)));
        assert_eq!(relative_ordinal("current"), None);
        assert_eq!(ordinal("third"), Some(3));
        assert_eq!(denominator("thirds"), Some(3));
        assert_eq!(denominator("seconds"), None);
        assert_eq!(vague("dozens"), Some((24.0, None)));
        assert_eq!(scale("Million"), Some(1e6));
    }
}
