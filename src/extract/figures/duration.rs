//! Durations: "48-hour", "three-day", "three days", "over two weeks" as ISO 8601
//! values with bounds; weekends and business days ("three weekends", "five business
//! days") in TIMEX3's notation (`P3WE`, `P5BD`).

use super::number::Figure;
use super::token::{Kind, Token};
use super::{DurationValue, Found, QuantityKind, TimeUnit, Value};
use crate::lexicon::{numbers, units};

/// What follows a figure, read as time.
pub(crate) enum Timed {
    /// A duration.
    Duration(Found),
    /// An age ("19-year-old"): neither a duration nor a count; skip to this token.
    Age(usize),
}

/// Whether a token is "old" of an age, as a noun too: "a 26-year-old", "the
/// 26-year-old's demands", "two 30-year-olds", "the 30-year-olds' parents".
fn old(token: &Token<'_>) -> bool {
    let Some((stem, rest)) = token.text.split_at_checked(3) else { return false };
    stem.eq_ignore_ascii_case("old")
        && ["", "s", "'s", "’s", "s'", "s’"].iter().any(|ending| rest.eq_ignore_ascii_case(ending))
}

/// Turns a figure followed by a unit of time into a duration, or `None` when no
/// unit follows.
pub(crate) fn duration(tokens: &[Token<'_>], figure: &Figure) -> Option<Timed> {
    let mut at = figure.end;
    let hyphenated = tokens.get(at).is_some_and(|t| t.is_punct("-") && !t.gap);
    if hyphenated {
        at += 1;
    }
    let unit_token = tokens.get(at)?;
    let (unit, multiple, unit_end) = unit_at(tokens, at)?;
    if hyphenated && unit_token.gap {
        return None;
    }
    // "thirty years old" is an age: the figure stays a count.
    if !hyphenated && tokens.get(unit_end).is_some_and(|t| t.is("old")) {
        return None;
    }
    if tokens.get(unit_end).is_some_and(|t| t.is_punct("-") && !t.gap)
        && tokens.get(unit_end + 1).is_some_and(old)
    {
        return Some(Timed::Age(unit_end + 2));
    }
    // "an hour and a half" after a number: "one hour and a half".
    let mut end = unit_end;
    let mut half = 0.0;
    if tokens.get(end).is_some_and(|t| t.is("and")) && !figure.range {
        if tokens.get(end + 1).is_some_and(|t| t.is("half")) {
            half = 0.5;
            end += 2;
        } else if tokens.get(end + 1).is_some_and(|t| t.is("a"))
            && tokens.get(end + 2).is_some_and(|t| t.is("half") || t.is("quarter"))
        {
            half = if tokens.get(end + 2).is_some_and(|t| t.is("half")) { 0.5 } else { 0.25 };
            end += 3;
        }
    }
    let make = |amount: f64| Value::Duration(DurationValue::new((amount + half) * multiple, unit));
    Some(Timed::Duration(Found {
        kind: QuantityKind::Duration,
        start: figure.start,
        end,
        number: (figure.num.start, figure.second.map_or(figure.num.end, |second| second.end)),
        value: make(figure.value),
        low: figure.low.map(make),
        high: figure.high.map(make),
        approximate: figure.approximate,
        range: figure.range,
        relative: false,
        unit: None,
    }))
}

/// Durations without a number: "a week", "an hour", "another day", "all-day",
/// "half an hour", "a couple of days", "a few hours"; and digits glued to their
/// unit: "3h", "10D", "3.5years".
pub(crate) fn bare(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    // "more than an hour", "less than a couple of days".
    let words = tokens.get(i..).unwrap_or_default().iter().take(5).map(|t| t.text);
    if let Some((bound, n_words)) = crate::lexicon::numbers::modifier(words)
        && let Some(mut found) = unbounded(tokens, i + n_words)
    {
        use crate::lexicon::numbers::Bound;
        found.start = i;
        match bound {
            Bound::Above | Bound::AtLeast | Bound::JustOver => found.high = None,
            Bound::Below | Bound::AtMost | Bound::Nearly => found.low = None,
            Bound::About => {
                found.low = None;
                found.high = None;
                found.approximate = true;
            }
            Bound::Exactly => {}
        }
        return Some(found);
    }
    unbounded(tokens, i)
}

/// Whether "a" at `i` makes the time unit after it a rate: right after a figure ("$13
/// million a year", "5% a year", "twice a day") or its noun ("500 pounds a week", "30 hours a
/// week", "three times a day"), the unit divides the figure; it lasts nothing.
fn rate(tokens: &[Token<'_>], i: usize) -> bool {
    let before = |back: usize| i.checked_sub(back).and_then(|k| tokens.get(k));
    let is_figure = |t: &Token<'_>| {
        t.kind == Kind::Number
            || numbers::scale(t.text).is_some()
            || numbers::cardinal(t.text).is_some()
            || t.is("twice")
            || t.is("once")
    };
    before(1).is_some_and(|previous| {
        is_figure(previous)
            || previous.is_punct("%")
            || units::currency_word(previous.text).is_some()
            || (previous.kind == Kind::Word && before(2).is_some_and(is_figure))
    })
}

fn unbounded(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let token = tokens.get(i)?;
    let next = |k: usize| tokens.get(k);
    let (amount, approximate, at) = if token.kind == Kind::Mixed {
        let split = token.text.find(|c: char| c.is_alphabetic())?;
        let amount = super::number::digits_value(token.text.get(..split)?)?;
        let (unit, multiple) = units::time_unit(token.text.get(split..)?)?;
        return Some(make(i, i + 1, (i, i + 1), amount * multiple, unit, false));
    } else if token.is("half") {
        let at = if next(i + 1).is_some_and(|t| t.is("a") || t.is("an")) { i + 2 } else { i + 1 };
        (0.5, false, at)
    } else if (token.is("a") || token.is("an")) && next(i + 1).is_some_and(|t| t.is("half")) {
        (0.5, false, i + 2)
    } else if (token.is("a") || token.is("an") || token.is("another"))
        && !((token.is("a") || token.is("an")) && rate(tokens, i))
        && unit_at(tokens, i + 1)
            .and_then(|(_, _, end)| tokens.get(end - 1))
            .is_some_and(|t| !t.text.ends_with('s'))
        // "a second truce", "chased a second, then": the ordinal, far commoner in news
        // than the length. "a second" lasts one only after a word of time ("for a
        // second", "in a second", "less than a second") or before one ("a second
        // later").
        && !(next(i + 1).is_some_and(|t| t.is("second"))
            && !(i.checked_sub(1).and_then(|k| tokens.get(k)).is_some_and(|p| {
                ["for", "in", "than", "within", "half", "split", "every"].iter().any(|w| p.is(w))
            }) || next(i + 2).is_some_and(|t| ["later", "ago", "earlier", "longer"].iter().any(|w| t.is(w)))))
    {
        (1.0, false, i + 1)
    } else if (token.is("all") || token.is("full") || token.is("whole"))
        && next(i + 1).is_some_and(|t| {
            t.is("day") || t.is("week") || t.is("month") || t.is("year") || t.is_punct("-")
        })
    {
        let at = if next(i + 1).is_some_and(|t| t.is_punct("-") && !t.gap) { i + 2 } else { i + 1 };
        (1.0, false, at)
    } else if token.is("a")
        && next(i + 1).is_some_and(|t| t.is("couple"))
        && next(i + 2).is_some_and(|t| t.is("of"))
    {
        (2.0, false, i + 3)
    } else if token.is("couple") && next(i + 1).is_some_and(|t| t.is("of")) {
        (2.0, false, i + 2)
    } else if token.is("a") && next(i + 1).is_some_and(|t| t.is("few")) {
        (3.0, true, i + 2)
    } else if token.is("few") || token.is("some") {
        (3.0, true, i + 1)
    } else {
        return None;
    };
    let (unit, multiple, unit_end) = unit_at(tokens, at)?;
    // "a weekend report", "Christmas falls on a weekend": without a number a weekend
    // is a time or a qualifier more often than a length.
    if unit == TimeUnit::Weekend {
        return None;
    }
    let unit_token = tokens.get(unit_end - 1)?;
    if matches!(unit_token.text.len(), 1) || (amount > 1.0 && !unit_token.text.ends_with('s')) {
        return None;
    }
    let mut end = unit_end;
    let mut amount = amount * multiple;
    // "an hour and a half", "one hour and half".
    if next(end).is_some_and(|t| t.is("and")) {
        if next(end + 1).is_some_and(|t| t.is("half")) {
            amount += 0.5 * multiple;
            end += 2;
        } else if next(end + 1).is_some_and(|t| t.is("a"))
            && next(end + 2).is_some_and(|t| t.is("half"))
        {
            amount += 0.5 * multiple;
            end += 3;
        }
    }
    Some(make(i, end, (i, at), amount, unit, approximate))
}

/// The unit of time at `at`, how many of it one counts, and one past it: a word of
/// the time units ("days", "fortnight"), "weekend(s)", or a day that counts only
/// working days ("business days", "working day"). Weekends and business days are
/// units of their own in TIMEX3 (`P3WE`, `P5BD`); they stay out of the lexicon of
/// time units, which the date readers reckon calendar offsets with.
fn unit_at(tokens: &[Token<'_>], at: usize) -> Option<(TimeUnit, f64, usize)> {
    let token = tokens.get(at)?;
    if let Some((unit, multiple)) = units::time_unit(token.text) {
        return Some((unit, multiple, at + 1));
    }
    if token.is("weekend") || token.is("weekends") {
        return Some((TimeUnit::Weekend, 1.0, at + 1));
    }
    let day = tokens.get(at + 1).filter(|t| t.is("day") || t.is("days"))?;
    (units::is_working_day_word(token.text) && day.gap).then_some((
        TimeUnit::BusinessDay,
        1.0,
        at + 2,
    ))
}

/// Extends a duration by the further units written after it: "1 year 1 month 21
/// days", "1 hour and 30 minutes", "one week three days". Each unit may come once,
/// in any order ("2 days 1 month" is `P1M2D`); a range is never extended.
pub(crate) fn compound(tokens: &[Token<'_>], found: Found) -> Found {
    extend(tokens, found, false)
}

/// [`compound`] for a length that an anchor follows ("2 years 1 month 21 days ago"):
/// the last part may stand right before "ago".
pub(crate) fn compound_before_anchor(tokens: &[Token<'_>], found: Found) -> Found {
    extend(tokens, found, true)
}

#[expect(clippy::cast_possible_truncation, reason = "amounts of time written in text fit an f32")]
fn extend(tokens: &[Token<'_>], found: Found, anchored: bool) -> Found {
    let Value::Duration(first) = found.value else { return found };
    if found.range || first.parts.is_some() {
        return found;
    }
    let slot = |unit: TimeUnit| DurationValue::PART_UNITS.iter().position(|u| *u == unit);
    let mut parts = [0.0_f32; 7];
    let Some(first_slot) = slot(first.unit).and_then(|k| parts.get_mut(k)) else { return found };
    *first_slot = first.amount as f32;
    let mut smallest = first.unit;
    let mut end = found.end;
    loop {
        let at = if tokens.get(end).is_some_and(|t| t.is("and") || anchored && t.is_punct(",")) {
            end + 1
        } else {
            end
        };
        let Some(num) = super::number::number(tokens, at, false) else { break };
        let Some((unit, multiple)) = tokens.get(num.end).and_then(|t| units::time_unit(t.text))
        else {
            break;
        };
        // "3 days 2 weeks ago": the second figure anchors a date, not this duration.
        if tokens.get(num.end + 1).is_some_and(|t| !anchored && t.is("ago") || t.is_punct("-")) {
            break;
        }
        let Some(part) = slot(unit).and_then(|k| parts.get_mut(k)).filter(|p| **p == 0.0) else {
            break;
        };
        *part = (num.value * multiple) as f32;
        if unit.seconds() < smallest.seconds() {
            smallest = unit;
        }
        end = num.end + 1;
    }
    if end == found.end {
        return found;
    }
    let seconds: f64 = parts
        .iter()
        .zip(DurationValue::PART_UNITS)
        .map(|(amount, unit)| f64::from(*amount) * unit.seconds())
        .sum();
    let value = Value::Duration(DurationValue {
        amount: seconds / smallest.seconds(),
        unit: smallest,
        parts: Some(parts),
    });
    Found {
        end,
        number: (found.number.0, end),
        value,
        low: found.low.map(|_| value),
        high: found.high.map(|_| value),
        ..found
    }
}

fn make(
    start: usize,
    end: usize,
    number: (usize, usize),
    amount: f64,
    unit: TimeUnit,
    approximate: bool,
) -> Found {
    let value = Value::Duration(DurationValue::new(amount, unit));
    Found {
        kind: QuantityKind::Duration,
        start,
        end,
        number,
        value,
        low: (!approximate).then_some(value),
        high: (!approximate).then_some(value),
        approximate,
        range: false,
        relative: false,
        unit: None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Context, find};
    use crate::span::Span;

    /// The durations of `text`: their text and ISO 8601 value.
    fn durations(text: &str) -> Vec<(String, String)> {
        find(text, Span::new(0, text.len()), &Context::default())
            .iter()
            .filter_map(|q| match q.value {
                Value::Duration(duration) => Some((
                    text.get(q.span.range()).unwrap_or_default().to_owned(),
                    duration.to_string(),
                )),
                _ => None,
            })
            .collect()
    }

    use super::Value;

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect()
    }

    #[test]
    fn a_unit_after_a_figure_is_a_rate() {
        assert!(durations("The firm earns $13 million a year from the deal.").is_empty());
        assert!(durations("He was paid 500 pounds a week, three times a day.").is_empty());
        assert!(durations("Prices rose 5% a year.").is_empty());
        // Elsewhere "a year" lasts a year.
        assert_eq!(durations("The plan lasts a year."), pairs(&[("a year", "P1Y")]));
        assert_eq!(durations("After a week of talks, 23 died."), pairs(&[("a week", "P1W")]));
        assert_eq!(
            durations("They met for 3 days, then another week."),
            pairs(&[("3 days", "P3D"), ("another week", "P1W")])
        );
    }

    #[test]
    fn an_age_as_a_noun_lasts_nothing() {
        assert!(durations("Police rejected the 31-year-old's demands.").is_empty());
        assert!(durations("The 19-year-old’s lawyer spoke to reporters.").is_empty());
        assert!(durations("Two 40-year-olds were charged.").is_empty());
        assert!(durations("A 12-year-old was hurt.").is_empty());
        // A length that merely precedes another word is still a length.
        assert_eq!(
            durations("It ended a 10-year oldest-rivals feud."),
            pairs(&[("10-year", "P10Y")])
        );
        assert_eq!(durations("A 26-year career ended."), pairs(&[("26-year", "P26Y")]));
    }

    #[test]
    fn weekends_and_working_days() {
        assert_eq!(
            durations("The film topped the box office for four weekends."),
            pairs(&[("four weekends", "P4WE")])
        );
        assert_eq!(
            durations("Ministers have 10 working days to reply, or another business day at most."),
            pairs(&[("10 working days", "P10BD"), ("another business day", "P1BD")])
        );
        // Without a number a weekend is a time or a qualifier.
        assert!(durations("A weekend report said Christmas fell on a weekend.").is_empty());
        assert!(durations("The festival took two business-days.").is_empty());
        // Two weekends last four days.
        let seconds = |text: &str| {
            find(text, Span::new(0, text.len()), &Context::default()).iter().find_map(|q| {
                match q.value {
                    Value::Duration(duration) => Some(duration.seconds()),
                    _ => None,
                }
            })
        };
        assert_eq!(seconds("for two weekends"), Some(4.0 * 86_400.0));
        // "business" and "working" alone count nothing.
        assert!(durations("Five business leaders and 20 working mothers met.").is_empty());
    }

    #[test]
    fn lengths_without_a_number() {
        assert_eq!(
            durations("The truce held for a fortnight, then another week."),
            pairs(&[("a fortnight", "P2W"), ("another week", "P1W")])
        );
        assert_eq!(
            durations("It took an hour and half, then half hour more, for a couple of weeks."),
            pairs(&[
                ("an hour and half", "PT1.5H"),
                ("half hour", "PT0.5H"),
                ("a couple of weeks", "P2W")
            ])
        );
        assert_eq!(durations("The ceasefire lasted 2½ days."), pairs(&[("2½ days", "P2.5D")]));
        // "a second truce" is an ordinal; "30 seconds" a duration.
        assert!(durations("They agreed a second truce.").is_empty());
        assert_eq!(durations("Silence fell for 30 seconds."), pairs(&[("30 seconds", "PT30S")]));
    }
}
