//! Durations: "48-hour", "three-day", "three days", "over two weeks" as ISO 8601
//! values with bounds.

use super::number::Figure;
use super::token::Token;
use super::{DurationValue, Found, QuantityKind, Value};
use crate::lexicon::units;

/// What follows a figure, read as time.
pub(crate) enum Timed {
    /// A duration.
    Duration(Found),
    /// An age ("19-year-old"): neither a duration nor a count; skip to this token.
    Age(usize),
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
    let (unit, multiple) = units::time_unit(unit_token.text)?;
    if hyphenated && unit_token.gap {
        return None;
    }
    if tokens.get(at + 1).is_some_and(|t| t.is_punct("-") && !t.gap)
        && tokens.get(at + 2).is_some_and(|t| t.is("old"))
    {
        return Some(Timed::Age(at + 3));
    }
    let make = |amount: f64| Value::Duration(DurationValue { amount: amount * multiple, unit });
    Some(Timed::Duration(Found {
        kind: QuantityKind::Duration,
        start: figure.start,
        end: at + 1,
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
