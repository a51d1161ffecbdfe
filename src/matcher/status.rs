//! Comparing the values of one fact: can they all be true together?
//!
//! Each figure is read as the set of values its wording allows: "23" is exactly
//! 23, "over 200" is 200 and up, "dozens" (approximate) is a band around its
//! value, "18-19 October" covers both days. Two figures are compatible when
//! their sets meet. Durations are compared in seconds, so "48-hour" meets
//! "two-day"; a duration of something still going on may grow between two
//! reports, so reports published on different days are allowed the difference.
//! Dates compare month and day, and years only when both are written.

use jiff::civil::Date;

use crate::extract::figures::{DateValue, Quantity, QuantityKind, Value};

/// How far an approximate figure ("about 50", "dozens") may be from its value, as a factor.
const APPROXIMATE_FACTOR: f64 = 1.25;

/// A numeric reading of a figure: the closed interval of values its wording allows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Interval {
    pub(crate) low: f64,
    pub(crate) high: f64,
}

impl Interval {
    fn meets(self, other: Interval) -> bool {
        // A relative tolerance for numbers parsed from text ("1.5 million"), taken
        // from the finite ends only so that an unbounded side adds nothing.
        let magnitude = [self.low, self.high, other.low, other.high]
            .into_iter()
            .filter(|end| end.is_finite())
            .fold(1.0_f64, |most, end| most.max(end.abs()));
        let slack = 1e-9 * magnitude;
        self.low <= other.high + slack && other.low <= self.high + slack
    }

    fn widen(self, amount: f64) -> Interval {
        Interval { low: self.low - amount, high: self.high + amount }
    }
}

/// Whether two figures of the same kind can both be true; `published` are the
/// publication dates of their documents, if known.
pub(crate) fn compatible(
    a: &Quantity,
    b: &Quantity,
    published: (Option<Date>, Option<Date>),
) -> bool {
    if a.kind != b.kind {
        return false;
    }
    match a.kind {
        QuantityKind::Date => dates_compatible(a, b),
        QuantityKind::Ordinal | QuantityKind::Year => match (number(a.value), number(b.value)) {
            (Some(x), Some(y)) => (x - y).abs() < 1e-9,
            _ => a.value == b.value,
        },
        QuantityKind::Duration => {
            let (Some(x), Some(y)) = (interval(a), interval(b)) else { return false };
            let gap = match published {
                (Some(first), Some(second)) => {
                    let days = (first - second).get_days().unsigned_abs();
                    f64::from(days) * 86_400.0
                }
                _ => 0.0,
            };
            x.widen(gap).meets(y)
        }
        _ => match (interval(a), interval(b)) {
            (Some(x), Some(y)) => x.meets(y),
            _ => a.value == b.value,
        },
    }
}

/// The number behind a value (durations in seconds); `None` for dates.
fn number(value: Value) -> Option<f64> {
    match value {
        Value::Number(number) => Some(number),
        Value::Duration(duration) => Some(duration.seconds()),
        Value::Date(_) => None,
    }
}

/// The interval a numeric figure allows.
pub(crate) fn interval(quantity: &Quantity) -> Option<Interval> {
    let value = number(quantity.value)?;
    let low = quantity.low.and_then(number);
    let high = quantity.high.and_then(number);
    let mut interval = match (low, high) {
        (None, None) => Interval { low: value, high: value },
        (Some(low), None) => Interval { low, high: f64::INFINITY },
        (None, Some(high)) => Interval { low: f64::NEG_INFINITY, high },
        (Some(low), Some(high)) => Interval { low: low.min(high), high: high.max(low) },
    };
    if quantity.approximate {
        interval.low = if interval.low >= 0.0 {
            interval.low / APPROXIMATE_FACTOR
        } else {
            interval.low * APPROXIMATE_FACTOR
        };
        interval.high = if interval.high >= 0.0 {
            interval.high * APPROXIMATE_FACTOR
        } else {
            interval.high / APPROXIMATE_FACTOR
        };
    }
    Some(interval)
}

/// Month-and-day ranges meet, and written years agree.
fn dates_compatible(a: &Quantity, b: &Quantity) -> bool {
    let (Some((a_low, a_high)), Some((b_low, b_high))) = (date_range(a), date_range(b)) else {
        return a.value == b.value;
    };
    let year_clash = |x: DateValue, y: DateValue| match (x.year, y.year) {
        (Some(first), Some(second)) => !x.year_inferred && !y.year_inferred && first != second,
        _ => false,
    };
    if year_clash(a_low, b_low) {
        return false;
    }
    let key = |date: DateValue, end: bool| -> u32 {
        let month = u32::from(date.month.unwrap_or(if end { 12 } else { 1 }));
        let day = u32::from(date.day.unwrap_or(if end { 31 } else { 1 }));
        month * 32 + day
    };
    key(a_low, false) <= key(b_high, true) && key(b_low, false) <= key(a_high, true)
}

fn date_range(quantity: &Quantity) -> Option<(DateValue, DateValue)> {
    let Value::Date(value) = quantity.value else { return None };
    let low = match quantity.low {
        Some(Value::Date(low)) => low,
        _ => value,
    };
    let high = match quantity.high {
        Some(Value::Date(high)) => high,
        _ => value,
    };
    Some((low, high))
}

/// Whether two time anchors can name the same day.
pub(crate) fn dates_meet(a: DateValue, b: DateValue) -> bool {
    let years = match (a.year, b.year) {
        (Some(x), Some(y)) => x == y || a.year_inferred || b.year_inferred,
        _ => true,
    };
    years && a.month == b.month && a.day == b.day
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::figures::{DurationValue, TimeUnit};
    use crate::matcher::testing::{count, figure};

    fn date(year: Option<i16>, month: u8, day: u8) -> Value {
        Value::Date(DateValue {
            year,
            month: Some(month),
            day: Some(day),
            year_inferred: false,
            season: None,
            century_inferred: false,
        })
    }

    fn days(amount: f64) -> Value {
        Value::Duration(DurationValue { amount, unit: TimeUnit::Day, parts: None })
    }

    const NO_DATES: (Option<Date>, Option<Date>) = (None, None);

    #[test]
    fn exact_counts() {
        assert!(compatible(&count(5.0), &count(5.0), NO_DATES));
        assert!(!compatible(&count(23.0), &count(5.0), NO_DATES));
    }

    #[test]
    fn bounds_and_vague_amounts() {
        let over_200 = figure(
            QuantityKind::Count,
            Value::Number(200.0),
            Some(Value::Number(200.0)),
            None,
            false,
        );
        assert!(compatible(&over_200, &count(250.0), NO_DATES));
        assert!(!compatible(&over_200, &count(150.0), NO_DATES));
        let dozens =
            figure(QuantityKind::Count, Value::Number(24.0), Some(Value::Number(24.0)), None, true);
        assert!(compatible(&dozens, &count(30.0), NO_DATES));
        assert!(!compatible(&dozens, &count(5.0), NO_DATES));
        let about_50 = figure(QuantityKind::Count, Value::Number(50.0), None, None, true);
        assert!(compatible(&about_50, &count(55.0), NO_DATES));
        assert!(!compatible(&about_50, &count(90.0), NO_DATES));
        let up_to_30 = figure(
            QuantityKind::Count,
            Value::Number(30.0),
            None,
            Some(Value::Number(30.0)),
            false,
        );
        assert!(compatible(&up_to_30, &count(12.0), NO_DATES));
    }

    #[test]
    fn ranges() {
        let range = figure(
            QuantityKind::Count,
            Value::Number(35.0),
            Some(Value::Number(30.0)),
            Some(Value::Number(40.0)),
            false,
        );
        assert!(compatible(&range, &count(33.0), NO_DATES));
        assert!(!compatible(&range, &count(41.0), NO_DATES));
    }

    #[test]
    fn ordinals_are_exact() {
        let third = figure(QuantityKind::Ordinal, Value::Number(3.0), None, None, false);
        let second = figure(QuantityKind::Ordinal, Value::Number(2.0), None, None, false);
        assert!(!compatible(&third, &second, NO_DATES));
        assert!(compatible(&third, &third.clone(), NO_DATES));
    }

    #[test]
    fn dates_with_and_without_year() {
        let with_year = figure(QuantityKind::Date, date(Some(2025), 10, 17), None, None, false);
        let without = figure(QuantityKind::Date, date(None, 10, 17), None, None, false);
        let other_day = figure(QuantityKind::Date, date(None, 10, 19), None, None, false);
        let other_year = figure(QuantityKind::Date, date(Some(2024), 10, 17), None, None, false);
        assert!(compatible(&with_year, &without, NO_DATES));
        assert!(!compatible(&with_year, &other_day, NO_DATES));
        assert!(!compatible(&with_year, &other_year, NO_DATES));
        let range = figure(
            QuantityKind::Date,
            date(None, 10, 18),
            Some(date(None, 10, 18)),
            Some(date(None, 10, 19)),
            false,
        );
        assert!(compatible(&range, &other_day, NO_DATES));
        assert!(!compatible(&range, &without, NO_DATES));
    }

    #[test]
    fn durations_convert_units_and_allow_days_between_reports() {
        let hours_48 = figure(
            QuantityKind::Duration,
            Value::Duration(DurationValue { amount: 48.0, unit: TimeUnit::Hour, parts: None }),
            None,
            None,
            false,
        );
        let two_days = figure(QuantityKind::Duration, days(2.0), None, None, false);
        assert!(compatible(&hours_48, &two_days, NO_DATES));
        let three = figure(QuantityKind::Duration, days(3.0), None, None, false);
        let four = figure(QuantityKind::Duration, days(4.0), None, None, false);
        assert!(!compatible(&three, &four, NO_DATES));
        let monday = Date::new(2025, 10, 27).ok();
        let tuesday = Date::new(2025, 10, 28).ok();
        assert!(compatible(&three, &four, (monday, tuesday)));
        assert!(!compatible(&three, &four, (monday, monday)));
    }
}
