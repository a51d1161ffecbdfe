//! Figures: counts, bounds, ordinals, dates, durations, percentages, money and years.

use std::fmt;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::span::Span;

/// What kind of figure a [`Quantity`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum QuantityKind {
    /// A number of things: "23 soldiers", "dozens".
    Count,
    /// A position in a series: "third round".
    Ordinal,
    /// A calendar date: "October 17".
    Date,
    /// A length of time: "48-hour", "three days".
    Duration,
    /// A percentage: "40%".
    Percent,
    /// An amount of money: "$5 million".
    Money,
    /// A year: "in 2021".
    Year,
}

/// A calendar date, possibly without a year: a TIMEX3 value such as `2025-10-17` or `XXXX-10-17`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DateValue {
    /// The year, if the text gives it or it was inferred.
    pub year: Option<i16>,
    /// The month, 1 to 12.
    pub month: Option<u8>,
    /// The day of the month.
    pub day: Option<u8>,
    /// Whether the year was inferred from the publication date rather than written.
    pub year_inferred: bool,
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(year) => write!(f, "{year:04}")?,
            None => f.write_str("XXXX")?,
        }
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
            if let Some(day) = self.day {
                write!(f, "-{day:02}")?;
            }
        }
        Ok(())
    }
}

impl From<Date> for DateValue {
    fn from(date: Date) -> DateValue {
        DateValue {
            year: Some(date.year()),
            month: u8::try_from(date.month()).ok(),
            day: u8::try_from(date.day()).ok(),
            year_inferred: false,
        }
    }
}

/// The unit of a [`DurationValue`].
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
}

impl TimeUnit {
    /// The unit's length in seconds (a month is 30 days, a year 365).
    pub fn seconds(self) -> f64 {
        match self {
            TimeUnit::Second => 1.0,
            TimeUnit::Minute => 60.0,
            TimeUnit::Hour => 3_600.0,
            TimeUnit::Day => 86_400.0,
            TimeUnit::Week => 604_800.0,
            TimeUnit::Month => 2_592_000.0,
            TimeUnit::Year => 31_536_000.0,
        }
    }
}

/// A length of time: an amount of a unit, written as ISO 8601 (`P3D`, `PT48H`, `P2W`).
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Serialize, Deserialize)]
pub struct DurationValue {
    /// How many units.
    pub amount: f64,
    /// Which unit.
    pub unit: TimeUnit,
}

impl DurationValue {
    /// The length in seconds, for comparing durations written in different units.
    pub fn seconds(&self) -> f64 {
        self.amount * self.unit.seconds()
    }
}

impl fmt::Display for DurationValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (time, designator) = match self.unit {
            TimeUnit::Second => (true, 'S'),
            TimeUnit::Minute => (true, 'M'),
            TimeUnit::Hour => (true, 'H'),
            TimeUnit::Day => (false, 'D'),
            TimeUnit::Week => (false, 'W'),
            TimeUnit::Month => (false, 'M'),
            TimeUnit::Year => (false, 'Y'),
        };
        write!(f, "P{}{}{designator}", if time { "T" } else { "" }, self.amount)
    }
}

/// The value of a figure: a number, a date or a duration.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[non_exhaustive]
pub enum Value {
    /// A number (counts, ordinals, percentages, money, years).
    Number(f64),
    /// A calendar date.
    Date(DateValue),
    /// A length of time.
    Duration(DurationValue),
}

impl Serialize for Value {
    /// Numbers as JSON numbers (integers without a fraction), dates as TIMEX3 strings,
    /// durations as ISO 8601 strings, as the JSON contract says.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            #[expect(
                clippy::cast_possible_truncation,
                reason = "only whole numbers well inside i64 take this branch"
            )]
            Value::Number(number) if number.fract() == 0.0 && number.abs() < 9e15 => {
                serializer.serialize_i64(*number as i64)
            }
            Value::Number(number) => serializer.serialize_f64(*number),
            Value::Date(date) => serializer.collect_str(date),
            Value::Duration(duration) => serializer.collect_str(duration),
        }
    }
}

/// The noun phrase a figure counts: "23 soldiers" → soldier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counted {
    /// Where the noun phrase is.
    pub span: Span,
    /// The head noun's lemma, lowercase singular: "soldier".
    pub lemma: String,
}

/// The event a figure is tied to: "23 soldiers were killed" → killed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Where the word naming the event is.
    pub span: Span,
    /// The canonical event: `killed`, `injured`, `arrested`, ...
    pub canonical: String,
}

/// A figure found in a sentence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Quantity {
    /// What kind of figure it is.
    pub kind: QuantityKind,
    /// Where the figure is, with its modifier and the noun it counts ("over 200 militants").
    pub span: Span,
    /// The normalized value.
    pub value: Value,
    /// The least value the wording allows, if bounded.
    pub low: Option<Value>,
    /// The greatest value the wording allows, if bounded.
    pub high: Option<Value>,
    /// Whether the wording is approximate ("about", "dozens").
    pub approximate: bool,
    /// The unit, where there is one: a currency code, `percent`, ...
    pub unit: Option<String>,
    /// What the figure counts, measures or numbers.
    pub counted: Option<Counted>,
    /// The event the figure is tied to.
    pub event: Option<Event>,
}

/// What figure extraction needs to know beyond the sentence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// The publication date, against which relative dates are resolved.
    pub published: Option<Date>,
}

/// Finds every figure in `text[sentence]`; spans are into `text`.
pub fn find(text: &str, sentence: Span, context: &Context) -> Vec<Quantity> {
    let _ = (text, sentence, context);
    Vec::new()
}
