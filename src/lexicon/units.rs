//! Units: currencies (symbols, codes and words) and units of time.
//!
//! Currency units are ISO 4217 codes where the word names one currency, and the
//! lowercase word where it does not ("rupee" is Indian, Pakistani, Sri Lankan...).

use serde::{Deserialize, Serialize};

/// A unit of time: the unit of a duration figure, re-exported as
/// `extract::figures::TimeUnit`. It lives with the words that name it so that the
/// lexicon depends on nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum TimeUnit {
    /// Seconds (`PT…S`).
    Second,
    /// Minutes (`PT…M`).
    Minute,
    /// Hours (`PT…H`).
    Hour,
    /// Days (`P…D`).
    Day,
    /// Weeks (`P…W`).
    Week,
    /// Months (`P…M`).
    Month,
    /// Years (`P…Y`).
    Year,
    /// Weekends (`P…WE`, TIMEX3's extension of ISO 8601): "three weekends".
    Weekend,
    /// Business or working days (`P…BD`, TIMEX3): "five business days".
    BusinessDay,
}

impl TimeUnit {
    /// Whether the unit follows ISO 8601's `T`, and its designator: one letter, or
    /// two for TIMEX3's weekends (`WE`) and business days (`BD`).
    pub(crate) fn designator(self) -> (bool, char, Option<char>) {
        match self {
            TimeUnit::Second => (true, 'S', None),
            TimeUnit::Minute => (true, 'M', None),
            TimeUnit::Hour => (true, 'H', None),
            TimeUnit::Day => (false, 'D', None),
            TimeUnit::Week => (false, 'W', None),
            TimeUnit::Month => (false, 'M', None),
            TimeUnit::Year => (false, 'Y', None),
            TimeUnit::Weekend => (false, 'W', Some('E')),
            TimeUnit::BusinessDay => (false, 'B', Some('D')),
        }
    }

    /// The unit's length in seconds (a month is 30 days, a year 365).
    pub fn seconds(self) -> f64 {
        match self {
            TimeUnit::Second => 1.0,
            TimeUnit::Minute => 60.0,
            TimeUnit::Hour => 3_600.0,
            // A business day is a day.
            TimeUnit::Day | TimeUnit::BusinessDay => 86_400.0,
            TimeUnit::Week => 604_800.0,
            TimeUnit::Month => 2_592_000.0,
            TimeUnit::Year => 31_536_000.0,
            // A weekend is two days.
            TimeUnit::Weekend => 172_800.0,
        }
    }
}

/// Currency symbols written before the amount, with their unit.
pub const CURRENCY_SYMBOLS: &[(&str, &str)] =
    &[("$", "USD"), ("£", "GBP"), ("¥", "JPY"), ("₨", "rupee"), ("€", "EUR"), ("₹", "INR")];

/// Currency codes and abbreviations written before or after the amount.
pub const CURRENCY_CODES: &[(&str, &str)] = &[
    ("aed", "AED"),
    ("afn", "AFN"),
    ("cny", "CNY"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("inr", "INR"),
    ("jpy", "JPY"),
    ("pkr", "PKR"),
    ("rs", "rupee"),
    ("sar", "SAR"),
    ("usd", "USD"),
];

/// Words that name a percentage after its figure: "12 percent", "5 pc", "3
/// percentage points".
pub const PERCENT_WORDS: &[&str] = &["pc", "percent", "percentage", "percents"];

/// Nouns that name a percentage without giving it: "a small percentage of
/// voters" (read by `extract::figures::unstated`). "pc" is left out: alone it is
/// a personal computer.
pub const PERCENT_NOUNS: &[&str] = &["percent", "percentage", "percentages", "percents"];

/// Currency words written after the amount ("5 million dollars").
pub const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("afghanis", "AFN"),
    ("dirhams", "AED"),
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("rand", "ZAR"),
    ("riyals", "SAR"),
    ("rupee", "rupee"),
    ("rupees", "rupee"),
    ("rupiah", "IDR"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
];

/// Words for the pound that news reads as sterling after a scale word ("200 million
/// pounds"); alone they are as often a weight ("300 pounds of beef").
pub const STERLING_WORDS: &[&str] = &["pound", "pounds"];

/// Whether `word` is one of [`STERLING_WORDS`].
pub fn is_sterling_word(word: &str) -> bool {
    super::contains(STERLING_WORDS, word)
}

/// Units of time, singular, plural and abbreviated, with the unit and how many of it.
pub const TIME_UNITS: &[(&str, TimeUnit, f64)] = &[
    ("day", TimeUnit::Day, 1.0),
    ("days", TimeUnit::Day, 1.0),
    ("decade", TimeUnit::Year, 10.0),
    ("decades", TimeUnit::Year, 10.0),
    ("fortnight", TimeUnit::Week, 2.0),
    ("h", TimeUnit::Hour, 1.0),
    ("hour", TimeUnit::Hour, 1.0),
    ("hours", TimeUnit::Hour, 1.0),
    ("hr", TimeUnit::Hour, 1.0),
    ("hrs", TimeUnit::Hour, 1.0),
    ("min", TimeUnit::Minute, 1.0),
    ("mins", TimeUnit::Minute, 1.0),
    ("minute", TimeUnit::Minute, 1.0),
    ("minutes", TimeUnit::Minute, 1.0),
    ("month", TimeUnit::Month, 1.0),
    ("months", TimeUnit::Month, 1.0),
    ("night", TimeUnit::Day, 1.0),
    ("nights", TimeUnit::Day, 1.0),
    ("sec", TimeUnit::Second, 1.0),
    ("second", TimeUnit::Second, 1.0),
    ("seconds", TimeUnit::Second, 1.0),
    ("secs", TimeUnit::Second, 1.0),
    ("week", TimeUnit::Week, 1.0),
    ("weeks", TimeUnit::Week, 1.0),
    ("wk", TimeUnit::Week, 1.0),
    ("wks", TimeUnit::Week, 1.0),
    ("year", TimeUnit::Year, 1.0),
    ("years", TimeUnit::Year, 1.0),
    ("yr", TimeUnit::Year, 1.0),
    ("yrs", TimeUnit::Year, 1.0),
];

/// Words before "day(s)" that make it a day of work, TIMEX3's business day (`P5BD`):
/// "five business days", "10 working days".
pub const WORKING_DAY_WORDS: &[&str] = &["business", "working"];

/// Whether `word` makes the "day(s)" after it a business day.
pub fn is_working_day_word(word: &str) -> bool {
    super::contains(WORKING_DAY_WORDS, word)
}

/// Units of measure written glued to digits ("180ml", "29km", "25lbs"), with their
/// canonical symbol: a figure with one is a measurement, not a count.
pub const MEASURES: &[(&str, &str)] = &[
    ("cl", "cl"),
    ("cm", "cm"),
    ("ft", "ft"),
    ("g", "g"),
    ("gb", "GB"),
    ("ha", "ha"),
    ("kb", "kB"),
    ("kg", "kg"),
    ("kgs", "kg"),
    ("km", "km"),
    ("kmh", "km/h"),
    ("kph", "km/h"),
    ("kw", "kW"),
    ("kwh", "kWh"),
    ("l", "l"),
    ("lb", "lb"),
    ("lbs", "lb"),
    ("mb", "MB"),
    ("mg", "mg"),
    ("mi", "mi"),
    ("ml", "ml"),
    ("mm", "mm"),
    ("mph", "mph"),
    ("mw", "MW"),
    ("oz", "oz"),
    ("sq", "sq"),
    ("tb", "TB"),
    ("yd", "yd"),
];

/// The canonical symbol of a unit of measure glued to digits ("ml", "km/h").
pub fn measure(word: &str) -> Option<&'static str> {
    super::lookup(MEASURES, word)
}

/// The unit of a currency symbol.
pub fn currency_symbol(symbol: &str) -> Option<&'static str> {
    super::lookup(CURRENCY_SYMBOLS, symbol)
}

/// The unit of a currency code ("USD", "Rs").
pub fn currency_code(word: &str) -> Option<&'static str> {
    super::lookup(CURRENCY_CODES, word)
}

/// The unit of a currency word ("dollars").
pub fn currency_word(word: &str) -> Option<&'static str> {
    const FILTER: super::Filter = super::Filter::of(CURRENCY_WORDS);
    FILTER.admits(word).then(|| super::lookup(CURRENCY_WORDS, word)).flatten()
}

/// Whether a word names a percentage after its figure ("percent", "pc").
pub fn percent_word(word: &str) -> bool {
    super::contains(PERCENT_WORDS, word)
}

/// Whether a word names a percentage on its own ("percentage").
pub fn percent_noun(word: &str) -> bool {
    super::contains(PERCENT_NOUNS, word)
}

/// The unit and multiple of a time word ("days", "fortnight").
pub fn time_unit(word: &str) -> Option<(TimeUnit, f64)> {
    let index = TIME_UNITS.binary_search_by(|entry| super::compare_folded(entry.0, word)).ok()?;
    TIME_UNITS.get(index).map(|entry| (entry.1, entry.2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        assert!(CURRENCY_SYMBOLS.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(CURRENCY_CODES.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(CURRENCY_WORDS.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(STERLING_WORDS.windows(2).all(|p| p[0] < p[1]));
        assert!(TIME_UNITS.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(MEASURES.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(PERCENT_WORDS.windows(2).all(|p| p[0] < p[1]));
        assert!(PERCENT_NOUNS.windows(2).all(|p| p[0] < p[1]));
        assert!(WORKING_DAY_WORDS.windows(2).all(|p| p[0] < p[1]));
    }

    #[test]
    fn lookups() {
        assert_eq!(currency_symbol("$"), Some("USD"));
        assert_eq!(currency_code("Rs"), Some("rupee"));
        assert_eq!(time_unit("Hours"), Some((TimeUnit::Hour, 1.0)));
        assert_eq!(time_unit("fortnight"), Some((TimeUnit::Week, 2.0)));
        assert_eq!(measure("KPH"), Some("km/h"));
        assert_eq!(measure("soldiers"), None);
        assert!(percent_word("Percent") && percent_word("pc") && !percent_noun("pc"));
        assert!(percent_noun("percentages") && !percent_word("percentages"));
    }
}
