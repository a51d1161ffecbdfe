//! What the date readers' unit tests share: the dates found in a sentence, each as its
//! text and its value written as TIMEX (`low..high` for a range).

use crate::Span;
use crate::extract::figures::{Context, Quantity, QuantityKind, Value, find};

/// A figure's value as the tests write it: a date's TIMEX (`XX30` when the century
/// was inferred), a year, a duration; `low..high` for a range.
pub(super) fn shown(q: &Quantity) -> String {
    let one = |value: &Value| match value {
        Value::Date(date) if date.century_inferred => {
            format!("XX{}", date.to_string().get(2..).unwrap_or_default())
        }
        Value::Date(date) => date.to_string(),
        Value::Number(number) => format!("{number}"),
        Value::Duration(duration) => duration.to_string(),
    };
    match (&q.low, &q.high) {
        (Some(low), Some(high)) if q.range => format!("{}..{}", one(low), one(high)),
        _ => one(&q.value),
    }
}

/// The figures of `text` that `keep` keeps, published on `published` (`YYYY-MM-DD`).
pub(super) fn figures_where(
    text: &str,
    published: &str,
    keep: impl Fn(&Quantity) -> bool,
) -> Vec<(String, String)> {
    let context = Context { published: published.parse().ok() };
    find(text, Span::new(0, text.len()), &context)
        .iter()
        .filter(|q| keep(q))
        .filter_map(|q| Some((text.get(q.span.range())?.to_owned(), shown(q))))
        .collect()
}

/// The dates and years of `text`.
pub(super) fn dates(text: &str, published: &str) -> Vec<(String, String)> {
    figures_where(text, published, |q| matches!(q.kind, QuantityKind::Date | QuantityKind::Year))
}

/// An expected `(text, value)`.
pub(super) fn pair(text: &str, value: &str) -> (String, String) {
    (text.to_owned(), value.to_owned())
}
