//! Builders shared by the matcher's unit tests.

use crate::extract::figures::{DateValue, Quantity, QuantityKind, Value};
use crate::span::Span;

/// A figure at the start of a text, with no counted noun.
pub(super) fn figure(
    kind: QuantityKind,
    value: Value,
    low: Option<Value>,
    high: Option<Value>,
    approximate: bool,
) -> Quantity {
    Quantity {
        kind,
        span: Span::new(0, 1),
        value,
        low,
        high,
        approximate,
        unit: None,
        counted: None,
        event: None,
        number: Span::new(0, 1),
        range: false,
        relative: false,
        series: None,
        part_of: None,
    }
}

/// An exact count.
pub(super) fn count(value: f64) -> Quantity {
    figure(QuantityKind::Count, Value::Number(value), None, None, false)
}

/// A day of a month, year unknown.
pub(super) fn day_of(month: u8, day: u8) -> DateValue {
    DateValue {
        year: None,
        month: Some(month),
        day: Some(day),
        year_inferred: false,
        season: None,
        century_inferred: false,
    }
}
