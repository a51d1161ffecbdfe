//! Percentages ("40%", "12 percent", "5 per cent") and money ("$5 million",
//! "Rs 300", "5 billion rupees").

use super::number::{self, Figure};
use super::token::{Kind, Token};
use super::{Found, QuantityKind, Value};
use crate::lexicon::{numbers, units};

fn from_figure(
    figure: &Figure,
    kind: QuantityKind,
    end: usize,
    unit: Option<&'static str>,
) -> Found {
    Found {
        kind,
        start: figure.start,
        end,
        number: (figure.num.start, figure.second.map_or(figure.num.end, |second| second.end)),
        value: Value::Number(figure.value),
        low: figure.low.map(Value::Number),
        high: figure.high.map(Value::Number),
        approximate: figure.approximate,
        range: figure.range,
        relative: false,
        unit,
    }
}

/// A percentage when a percent sign or word follows the figure.
pub(crate) fn percent(tokens: &[Token<'_>], figure: &Figure) -> Option<Found> {
    let next = tokens.get(figure.end)?;
    let end = if next.is_punct("%") {
        figure.end + 1
    } else if next.kind == Kind::Word && units::percent_word(next.text) {
        if tokens.get(figure.end + 1).is_some_and(|t| t.is("points") || t.is("point")) {
            figure.end + 2
        } else {
            figure.end + 1
        }
    } else if next.is("per") && tokens.get(figure.end + 1).is_some_and(|t| t.is("cent")) {
        figure.end + 2
    } else {
        return None;
    };
    Some(from_figure(figure, QuantityKind::Percent, end, Some("percent")))
}

/// A percentage written word first: "percent of 10", "per cent of twenty-two".
pub(crate) fn percent_first(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let token = tokens.get(i)?;
    let at = if token.is("percent") || token.is("percents") {
        i + 1
    } else if token.is("per") && tokens.get(i + 1).is_some_and(|t| t.is("cent")) {
        i + 2
    } else {
        return None;
    };
    if !tokens.get(at).is_some_and(|t| t.is("of")) {
        return None;
    }
    let figure = number::figure(tokens, at + 1, false)?;
    let mut found = from_figure(&figure, QuantityKind::Percent, figure.end, Some("percent"));
    found.start = i;
    Some(found)
}

/// A fraction of a percentage point, the step of interest rates: "a quarter
/// percentage point", "half a percentage point", "three quarters of a percentage
/// point".
pub(crate) fn fraction_of_point(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let first = tokens.get(i)?;
    let (numerator, mut at) = if first.is("a") {
        (1.0, i + 1)
    } else if let Some(count) = numbers::cardinal(first.text).filter(|n| (1..10).contains(n)) {
        (f64::from(count), i + 1)
    } else {
        (1.0, i)
    };
    let part = tokens.get(at)?;
    let part = if first.is("a") && part.is("percentage") {
        // "by a percentage point": one point.
        at -= 1;
        1.0
    } else if part.is("half") {
        0.5
    } else if part.is("quarter") || part.is("quarters") {
        0.25
    } else if part.is("third") || part.is("thirds") {
        1.0 / 3.0
    } else {
        return None;
    };
    let number_end = at + 1;
    at = number_end;
    if tokens.get(at).is_some_and(|t| t.is("of")) {
        at += 1;
    }
    if tokens.get(at).is_some_and(|t| t.is("a")) {
        at += 1;
    }
    if !(tokens.get(at).is_some_and(|t| t.is("percentage"))
        && tokens.get(at + 1).is_some_and(|t| t.is("point") || t.is("points")))
    {
        return None;
    }
    let value = Value::Number(numerator * part);
    Some(Found::exact(QuantityKind::Percent, (i, at + 2), (i, number_end), value, Some("percent")))
}

/// Money written with the currency first: "$5 million", "US$ 1MM", "Rs 300", "USD 20".
pub(crate) fn money_first(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let token = tokens.get(i)?;
    let (unit, mut at) = match token.kind {
        Kind::Punct => (units::currency_symbol(token.text)?, i + 1),
        Kind::Word
            if token.is("us") && tokens.get(i + 1).is_some_and(|t| t.is_punct("$") && !t.gap) =>
        {
            ("USD", i + 2)
        }
        Kind::Word if token.text.chars().next().is_some_and(char::is_uppercase) => {
            (units::currency_code(token.text)?, i + 1)
        }
        _ => return None,
    };
    if tokens.get(at).is_some_and(|t| t.is_punct(".") && !t.gap) {
        at += 1;
    }
    let mut figure = number::figure(tokens, at, true)?;
    if tokens.get(figure.start).is_some_and(|t| t.kind == Kind::Punct) {
        return None;
    }
    figure.num.start = figure.start;
    // "$458 m", "£3 M": the million written apart, which after a currency is no metre.
    let spaced_million = tokens.get(figure.end).is_some_and(|t| (t.is("m") || t.is("mn")) && t.gap)
        && tokens.get(figure.end - 1).is_some_and(|t| t.kind == Kind::Number)
        && !tokens.get(figure.end + 1).is_some_and(|t| t.is_punct("²³/") && !t.gap);
    if spaced_million {
        figure.value *= 1e6;
        figure.low = figure.low.map(|low| low * 1e6);
        figure.high = figure.high.map(|high| high * 1e6);
        figure.end += 1;
    }
    let mut found = from_figure(&figure, QuantityKind::Money, figure.end, Some(unit));
    found.start = i;
    found.number = (figure.start, found.number.1);
    Some(found)
}

/// Money written with the currency word after the figure: "5 million dollars".
pub(crate) fn money_after(tokens: &[Token<'_>], figure: &Figure) -> Option<Found> {
    let next = tokens.get(figure.end)?;
    // "$3 million US dollars": the country before the currency word.
    if next.is("us")
        && let Some(dollars) = tokens.get(figure.end + 1)
        && units::currency_word(dollars.text) == Some("USD")
    {
        return Some(from_figure(figure, QuantityKind::Money, figure.end + 2, Some("USD")));
    }
    // "200 million pounds" is sterling; "300 pounds of beef" is a weight. After a
    // scale word, news means money: nobody weighs things in millions of pounds.
    if units::is_sterling_word(next.text)
        && figure.end.checked_sub(1).and_then(|k| tokens.get(k)).is_some_and(|t| {
            t.kind == Kind::Word && numbers::scale(t.text).is_some_and(|scale| scale >= 1e6)
        })
        && !tokens.get(figure.end + 1).is_some_and(|t| t.is("of"))
    {
        return Some(from_figure(figure, QuantityKind::Money, figure.end + 1, Some("GBP")));
    }
    // "a 418bn-rand budget", "a 20-euro fine": the currency word glued by a hyphen.
    // Not the pound: "a 10-pound baby" is a weight.
    if next.is_punct("-")
        && !next.gap
        && let Some(word) = tokens.get(figure.end + 1).filter(|t| !t.gap)
        && let Some(unit) = units::currency_word(word.text)
    {
        return Some(from_figure(figure, QuantityKind::Money, figure.end + 2, Some(unit)));
    }
    let unit = units::currency_word(next.text).or_else(|| {
        units::currency_code(next.text).filter(|_| next.text.chars().all(char::is_uppercase))
    })?;
    Some(from_figure(figure, QuantityKind::Money, figure.end + 1, Some(unit)))
}

#[cfg(test)]
mod tests {
    use crate::extract::figures::{Context, QuantityKind, Value, find};
    use crate::span::Span;

    /// The percentages found, as (text, value).
    fn percents(text: &str) -> Vec<(&str, f64)> {
        find(text, Span::new(0, text.len()), &Context::default())
            .iter()
            .filter(|q| q.kind == QuantityKind::Percent)
            .filter_map(|q| match q.value {
                Value::Number(value) => Some((text.get(q.span.range())?, value)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn percentage_points_whole_and_fractions() {
        assert_eq!(
            percents("The bank raised rates by a quarter percentage point to 2%."),
            [("a quarter percentage point", 0.25), ("2%", 2.0)]
        );
        assert_eq!(
            percents("Yields rose half a percentage point."),
            [("half a percentage point", 0.5)]
        );
        assert_eq!(
            percents("a cut of three quarters of a percentage point"),
            [("three quarters of a percentage point", 0.75)]
        );
        assert_eq!(percents("Rates rose by a percentage point."), [("a percentage point", 1.0)]);
        assert_eq!(
            percents("Support fell one percentage point, then 2 percentage points."),
            [("one percentage point", 1.0), ("2 percentage points", 2.0)]
        );
    }

    #[test]
    fn quarters_and_halves_without_percentage_points_are_not_percentages() {
        assert!(
            percents("Profits rose in the third quarter; half a point came from sales.").is_empty()
        );
        assert!(percents("A quarter of the percentage was lost.").is_empty());
    }

    /// The money found, as (text, value, unit).
    fn money(text: &str) -> Vec<(&str, f64, String)> {
        find(text, Span::new(0, text.len()), &Context::default())
            .into_iter()
            .filter(|q| q.kind == QuantityKind::Money)
            .filter_map(|q| match q.value {
                Value::Number(value) => Some((text.get(q.span.range())?, value, q.unit?)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn money_written_apart_or_in_pounds_after_a_scale() {
        assert_eq!(
            money("The firm lost $458 m and £3 bn last year."),
            [("$458 m", 458e6, "USD".to_owned()), ("£3 bn", 3e9, "GBP".to_owned())]
        );
        assert_eq!(
            money("The scheme cost 200 million pounds, or 2 billion US dollars."),
            [
                ("200 million pounds", 2e8, "GBP".to_owned()),
                ("2 billion US dollars", 2e9, "USD".to_owned())
            ]
        );
        // A weight stays a count, and a metre stays a metre.
        assert!(
            money("They seized 2 million pounds of cannabis and 300 pounds of beef.").is_empty()
        );
        assert!(money("The wall is 3 m high.").is_empty());
    }
}
