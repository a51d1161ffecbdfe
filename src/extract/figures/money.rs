//! Percentages ("40%", "12 percent", "5 per cent") and money ("$5 million",
//! "Rs 300", "5 billion rupees").

use super::number::{self, Figure};
use super::token::{Kind, Token};
use super::{Found, QuantityKind, Value};
use crate::lexicon::units;

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
    } else if next.is("percent") || next.is("percents") || next.is("percentage") || next.is("pc") {
        if tokens.get(figure.end + 1).is_some_and(|t| t.is("points")) {
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
    let mut found = from_figure(&figure, QuantityKind::Money, figure.end, Some(unit));
    found.start = i;
    found.number = (figure.start, found.number.1);
    Some(found)
}

/// Money written with the currency word after the figure: "5 million dollars".
pub(crate) fn money_after(tokens: &[Token<'_>], figure: &Figure) -> Option<Found> {
    let next = tokens.get(figure.end)?;
    let unit = units::currency_word(next.text).or_else(|| {
        units::currency_code(next.text).filter(|_| next.text.chars().all(char::is_uppercase))
    })?;
    Some(from_figure(figure, QuantityKind::Money, figure.end + 1, Some(unit)))
}
