//! Month and weekday names with their usual abbreviations, and the words that open
//! a phrase naming a period ("the rest of the week", "early March", "next quarter").

/// Months: every accepted spelling (lowercase) with its number, 1 to 12.
pub const MONTHS: &[(&str, u8)] = &[
    ("apr", 4),
    ("april", 4),
    ("aug", 8),
    ("august", 8),
    ("dec", 12),
    ("december", 12),
    ("feb", 2),
    ("february", 2),
    ("jan", 1),
    ("january", 1),
    ("jul", 7),
    ("july", 7),
    ("jun", 6),
    ("june", 6),
    ("mar", 3),
    ("march", 3),
    ("may", 5),
    ("nov", 11),
    ("november", 11),
    ("oct", 10),
    ("october", 10),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
];

/// Weekdays: every accepted spelling (lowercase) with its number, Monday = 1 to Sunday = 7.
pub const WEEKDAYS: &[(&str, u8)] = &[
    ("fri", 5),
    ("friday", 5),
    ("mon", 1),
    ("monday", 1),
    ("sat", 6),
    ("saturday", 6),
    ("sun", 7),
    ("sunday", 7),
    ("thu", 4),
    ("thur", 4),
    ("thurs", 4),
    ("thursday", 4),
    ("tue", 2),
    ("tues", 2),
    ("tuesday", 2),
    ("wed", 3),
    ("wednesday", 3),
];

/// The parts of a day, which follow a weekday ("Saturday night"). Capitalized between
/// a weekday and another capitalized word they make a name ("Saturday Night Live",
/// "Monday Night Football", "Sunday Morning Live").
pub const PARTS_OF_DAY: &[&str] = &["afternoon", "evening", "lunchtime", "morning", "night"];

/// Whether `word` is a part of the day ([`PARTS_OF_DAY`]), in any letter case.
pub fn is_part_of_day(word: &str) -> bool {
    PARTS_OF_DAY.iter().any(|part| part.len() == word.len() && part.eq_ignore_ascii_case(word))
}

/// Words that may open a phrase naming a period of time relative to a date or to
/// the publication date: "the rest of the week", "early March", "mid-2019", "the
/// end of next week", "the coming week", "within 10 days", "the past two weeks",
/// "the same week".
/// The figure extractor reads every word: it tries those phrases only after one
/// of these.
pub const PERIOD_OPENERS: &[&str] = &[
    "beginning",
    "coming",
    "current",
    "early",
    "end",
    "following",
    "last",
    "late",
    "mid",
    "middle",
    "next",
    "past",
    "previous",
    "remainder",
    "remaining",
    "rest",
    "same",
    "start",
    "the",
    "upcoming",
    "week",
    "within",
];

/// Whether `word` may open a phrase naming a period ([`PERIOD_OPENERS`]).
pub fn is_period_opener(word: &str) -> bool {
    // A linear scan that compares lengths first beats a binary search here: it runs
    // on every word, and almost every word fails on its length or first letter.
    PERIOD_OPENERS
        .iter()
        .any(|opener| opener.len() == word.len() && opener.eq_ignore_ascii_case(word))
}

/// Seasons: every accepted spelling with its number, 1 (spring) to 4 (winter).
pub const SEASONS: &[(&str, u8)] =
    &[("autumn", 3), ("fall", 3), ("spring", 1), ("summer", 2), ("winter", 4)];

/// The season number (1 spring, 2 summer, 3 fall, 4 winter) of a season name.
pub fn season(word: &str) -> Option<u8> {
    lookup(SEASONS, word)
}

/// Decades named in words, with their last two digits ("seventies" is 70), or the
/// full first year where the word names one century only ("noughties" is 2000).
/// "tens" is left out: "tens of thousands" counts; it is read only after a century
/// ("the twenty-tens").
pub const DECADES: &[(&str, i16)] = &[
    ("aughts", 2000),
    ("eighties", 80),
    ("fifties", 50),
    ("forties", 40),
    ("nineties", 90),
    ("noughties", 2000),
    ("seventies", 70),
    ("sixties", 60),
    ("thirties", 30),
    ("twenties", 20),
];

/// The decade a word names ([`DECADES`]).
pub fn decade(word: &str) -> Option<i16> {
    const FILTER: super::Filter = super::Filter::of(DECADES);
    FILTER.admits(word).then(|| super::lookup(DECADES, word)).flatten()
}

/// The months' names as written, January first: `MONTH_NAMES[month - 1]`.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The weekdays' names as written, Monday first: `WEEKDAY_NAMES[weekday - 1]`.
pub const WEEKDAY_NAMES: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// The month number of a month name or abbreviation, in any letter case.
pub fn month(word: &str) -> Option<u8> {
    const FILTER: super::Filter = super::Filter::of(MONTHS);
    FILTER.admits(word).then(|| lookup(MONTHS, word)).flatten()
}

/// The ISO weekday number (Monday = 1) of a weekday name or abbreviation, in any letter case.
pub fn weekday(word: &str) -> Option<u8> {
    const FILTER: super::Filter = super::Filter::of(WEEKDAYS);
    FILTER.admits(word).then(|| lookup(WEEKDAYS, word)).flatten()
}

fn lookup(table: &[(&str, u8)], word: &str) -> Option<u8> {
    // Compared folded, without allocating: month and weekday names are looked up for
    // every word the figure extractor reads.
    super::lookup(table, word)
}

/// Words before a date that make it a bound rather than the date itself, with the
/// side they bound: "before 2015" is below 2015, "since August" from August on.
/// Space-separated lowercase phrases, sorted.
pub const DATE_BOUNDS: &[(&str, super::numbers::Bound)] = &[
    ("after", super::numbers::Bound::Above),
    ("as early as", super::numbers::Bound::AtLeast),
    ("as late as", super::numbers::Bound::AtMost),
    ("before", super::numbers::Bound::Below),
    ("earlier than", super::numbers::Bound::Below),
    ("later than", super::numbers::Bound::Above),
    ("no earlier than", super::numbers::Bound::AtLeast),
    ("no later than", super::numbers::Bound::AtMost),
    ("not later than", super::numbers::Bound::AtMost),
    ("prior to", super::numbers::Bound::Below),
    ("since", super::numbers::Bound::AtLeast),
    ("starting", super::numbers::Bound::AtLeast),
    ("starting from", super::numbers::Bound::AtLeast),
    ("starting on", super::numbers::Bound::AtLeast),
    ("till", super::numbers::Bound::AtMost),
    ("until", super::numbers::Bound::AtMost),
];

/// Words after a date that bound it, after "and" or "or": "1/1/2016 and later",
/// "2018 or later", "2016 and greater", "March 3 or earlier".
pub const DATE_BOUNDS_AFTER: &[(&str, super::numbers::Bound)] = &[
    ("after", super::numbers::Bound::AtLeast),
    ("before", super::numbers::Bound::AtMost),
    ("earlier", super::numbers::Bound::AtMost),
    ("greater", super::numbers::Bound::AtLeast),
    ("later", super::numbers::Bound::AtLeast),
];

/// Abbreviations of time zones written after a time of day on the 24-hour clock:
/// "0227 GMT", "(1130 UTC)", "at 0900 BST".
pub const TIME_ZONES: &[&str] = &[
    "aedt", "aest", "bst", "cdt", "cest", "cet", "cst", "edt", "eest", "eet", "est", "gmt", "hkt",
    "ist", "jst", "mdt", "msk", "mst", "pdt", "pst", "sast", "utc", "wat",
];

/// Whether `word` is a time zone's abbreviation ([`TIME_ZONES`]).
pub fn is_time_zone(word: &str) -> bool {
    super::contains(TIME_ZONES, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        for table in [MONTHS, SEASONS, WEEKDAYS] {
            assert!(table.windows(2).all(|pair| pair[0].0 < pair[1].0));
        }
        assert!(PERIOD_OPENERS.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(TIME_ZONES.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(PARTS_OF_DAY.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(DECADES.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert!(DATE_BOUNDS.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert!(DATE_BOUNDS_AFTER.windows(2).all(|pair| pair[0].0 < pair[1].0));
    }

    #[test]
    fn names_read_back_as_their_numbers() {
        for (index, name) in MONTH_NAMES.iter().enumerate() {
            assert_eq!(month(name).map(usize::from), Some(index + 1));
        }
        for (index, name) in WEEKDAY_NAMES.iter().enumerate() {
            assert_eq!(weekday(name).map(usize::from), Some(index + 1));
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(month("Oct"), Some(10));
        assert_eq!(month("SEPTEMBER"), Some(9));
        assert_eq!(month("Octo"), None);
        assert_eq!(weekday("Thursday"), Some(4));
        assert_eq!(weekday("Sun"), Some(7));
        assert_eq!(season("Autumn"), Some(3));
        assert_eq!(decade("Seventies"), Some(70));
        assert!(is_period_opener("Rest") && !is_period_opener("soldiers"));
        assert!(is_time_zone("GMT") && !is_time_zone("GMO"));
    }
}
