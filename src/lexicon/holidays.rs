//! Holidays that name a day of the calendar, with the rule that finds it in a given
//! year: "Christmas", "Easter 2018", "Thanksgiving", "two weeks before Christmas".
//!
//! Names are lowercase words separated by single spaces, as the figure extractor
//! reads them: possessive endings and apostrophes are dropped ("Valentine's Day" is
//! `valentine day`, "International Workers' Day" is `international workers day`,
//! "St. Patrick's Day" is `st patrick day`), so spelling variants are listed one by
//! one. The table is sorted by name.
//!
//! Conventions, where a name means different days in different places:
//! - "Independence Day" is the US one, July 4. Most countries have their own
//!   (Pakistan August 14, India August 15): the extractor refuses the name when a
//!   country qualifies it ("Pakistan's Independence Day", "Independence Day of
//!   India"), and reads it as July 4 otherwise.
//! - "Labor Day" (US spelling) is the US one, the first Monday of September;
//!   "Labour Day" and "May Day" are May 1, as in most of the world.
//! - "Thanksgiving" is the US one, the fourth Thursday of November (Canada's is the
//!   second Monday of October); "Black Friday" is the day after it.
//! - "Mother's Day" is the second Sunday of May (US and most countries; the UK's
//!   Mothering Sunday follows Easter).
//! - "Memorial Day" is the last Monday of May (US).
//! - Easter is the Western (Gregorian) one; a name qualified by another calendar
//!   ("Orthodox Easter", "Lunar New Year", "Persian New Year") is refused, see
//!   [`CALENDAR_QUALIFIERS`].
//!
//! Holidays of lunar calendars (Eid al-Fitr, Eid al-Adha, Ramadan, Diwali, Lunar New
//! Year, Passover) move against the Gregorian year by rules that need astronomical
//! or calendar tables; they are out of scope and not listed.

/// How to find a holiday's day in a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// The same month and day every year: Christmas is December 25.
    Fixed {
        /// The month, 1 to 12.
        month: u8,
        /// The day of the month.
        day: u8,
    },
    /// A number of days after (or before, when negative) Western Easter Sunday: Good
    /// Friday is -2.
    Easter {
        /// Days from Easter Sunday.
        offset: i8,
    },
    /// The `nth` weekday of a month (a negative `nth` counts from the end), then
    /// `offset` days: Thanksgiving is the 4th Thursday of November, Black Friday the
    /// day after it.
    NthWeekday {
        /// The month, 1 to 12.
        month: u8,
        /// The ISO weekday, Monday = 1 to Sunday = 7.
        weekday: u8,
        /// Which one: 1 the first, -1 the last.
        nth: i8,
        /// Days after that weekday.
        offset: i8,
    },
}

/// Holiday names (lowercase words, possessives and apostrophes dropped) and their
/// rules, sorted by name.
pub const HOLIDAYS: &[(&str, Rule)] = &[
    ("black friday", Rule::NthWeekday { month: 11, weekday: 4, nth: 4, offset: 1 }),
    ("boxing day", Rule::Fixed { month: 12, day: 26 }),
    ("christmas", Rule::Fixed { month: 12, day: 25 }),
    ("christmas day", Rule::Fixed { month: 12, day: 25 }),
    ("christmas eve", Rule::Fixed { month: 12, day: 24 }),
    ("earth day", Rule::Fixed { month: 4, day: 22 }),
    ("easter", Rule::Easter { offset: 0 }),
    ("easter monday", Rule::Easter { offset: 1 }),
    ("easter sunday", Rule::Easter { offset: 0 }),
    ("good friday", Rule::Easter { offset: -2 }),
    ("halloween", Rule::Fixed { month: 10, day: 31 }),
    ("independence day", Rule::Fixed { month: 7, day: 4 }),
    ("international workers day", Rule::Fixed { month: 5, day: 1 }),
    ("labor day", Rule::NthWeekday { month: 9, weekday: 1, nth: 1, offset: 0 }),
    ("labour day", Rule::Fixed { month: 5, day: 1 }),
    ("may day", Rule::Fixed { month: 5, day: 1 }),
    ("memorial day", Rule::NthWeekday { month: 5, weekday: 1, nth: -1, offset: 0 }),
    ("mother day", Rule::NthWeekday { month: 5, weekday: 7, nth: 2, offset: 0 }),
    ("mothers day", Rule::NthWeekday { month: 5, weekday: 7, nth: 2, offset: 0 }),
    ("new year", Rule::Fixed { month: 1, day: 1 }),
    ("new year day", Rule::Fixed { month: 1, day: 1 }),
    ("new year eve", Rule::Fixed { month: 12, day: 31 }),
    ("new years day", Rule::Fixed { month: 1, day: 1 }),
    ("new years eve", Rule::Fixed { month: 12, day: 31 }),
    ("saint patrick", Rule::Fixed { month: 3, day: 17 }),
    ("saint patrick day", Rule::Fixed { month: 3, day: 17 }),
    ("saint patricks day", Rule::Fixed { month: 3, day: 17 }),
    ("st patrick day", Rule::Fixed { month: 3, day: 17 }),
    ("st patricks day", Rule::Fixed { month: 3, day: 17 }),
    ("thanksgiving", Rule::NthWeekday { month: 11, weekday: 4, nth: 4, offset: 0 }),
    ("thanksgiving day", Rule::NthWeekday { month: 11, weekday: 4, nth: 4, offset: 0 }),
    ("valentine day", Rule::Fixed { month: 2, day: 14 }),
    ("valentines day", Rule::Fixed { month: 2, day: 14 }),
    ("workers day", Rule::Fixed { month: 5, day: 1 }),
    ("xmas", Rule::Fixed { month: 12, day: 25 }),
];

/// The first words of the names in [`HOLIDAYS`], sorted and unique: one lookup
/// turns away the words that start no holiday.
pub const FIRST_WORDS: &[&str] = &[
    "black",
    "boxing",
    "christmas",
    "earth",
    "easter",
    "good",
    "halloween",
    "independence",
    "international",
    "labor",
    "labour",
    "may",
    "memorial",
    "mother",
    "mothers",
    "new",
    "saint",
    "st",
    "thanksgiving",
    "valentine",
    "valentines",
    "workers",
    "xmas",
];

/// Words before a holiday's name that put it on another calendar or in another
/// country ("Orthodox Easter" is in April or May by the Julian calendar, "Lunar New
/// Year" in January or February); the name is then not read. Sorted.
pub const CALENDAR_QUALIFIERS: &[&str] = &[
    "chinese",
    "coptic",
    "hebrew",
    "hijri",
    "islamic",
    "jewish",
    "julian",
    "korean",
    "lunar",
    "orthodox",
    "persian",
    "sinhala",
    "tamil",
    "thai",
    "tibetan",
    "vietnamese",
];

/// The holidays whose name starts with `word` (any ASCII letter case), as a slice
/// of [`HOLIDAYS`]; empty for most words.
pub fn starting_with(word: &str) -> &'static [(&'static str, Rule)] {
    fn first(name: &str) -> &str {
        name.split(' ').next().unwrap_or(name)
    }
    if !super::contains(FIRST_WORDS, word) {
        return &[];
    }
    let begin = HOLIDAYS.partition_point(|(name, _)| {
        super::compare_folded(first(name), word) == std::cmp::Ordering::Less
    });
    let rest = HOLIDAYS.get(begin..).unwrap_or_default();
    let count = rest.iter().take_while(|(name, _)| first(name).eq_ignore_ascii_case(word)).count();
    rest.get(..count).unwrap_or_default()
}

/// Whether `word` puts a holiday on another calendar ([`CALENDAR_QUALIFIERS`]).
pub fn is_calendar_qualifier(word: &str) -> bool {
    super::contains(CALENDAR_QUALIFIERS, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        assert!(HOLIDAYS.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert!(CALENDAR_QUALIFIERS.windows(2).all(|pair| pair[0] < pair[1]));
        // The first words are those of the names, each once.
        let mut firsts: Vec<&str> =
            HOLIDAYS.iter().filter_map(|(name, _)| name.split(' ').next()).collect();
        firsts.dedup();
        assert_eq!(firsts, FIRST_WORDS);
        // Names are lowercase words with single spaces, as the extractor compares them.
        for (name, _) in HOLIDAYS {
            assert!(
                name.split(' ').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
            );
        }
    }

    #[test]
    fn names_are_found_by_their_first_word() {
        let names: Vec<&str> = starting_with("New").iter().map(|(name, _)| *name).collect();
        assert_eq!(
            names,
            ["new year", "new year day", "new year eve", "new years day", "new years eve"]
        );
        assert_eq!(starting_with("Christmas").len(), 3);
        assert!(starting_with("soldiers").is_empty());
        assert!(is_calendar_qualifier("Orthodox") && !is_calendar_qualifier("last"));
    }
}
