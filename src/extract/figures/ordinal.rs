//! Ordinals: "third round", "3rd", "twenty-first", "second phase". Not ordinals:
//! "third-party" (a compound), "a third of" (a fraction), "next" and "last".

use super::token::{Kind, Token};
use super::{Found, QuantityKind, Value};
use crate::lexicon::numbers;

/// Reads an ordinal at `i`.
pub(crate) fn ordinal(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let token = tokens.get(i)?;
    let (value, end) = match token.kind {
        Kind::Mixed => {
            let split = token.text.find(|c: char| c.is_alphabetic())?;
            let suffix = token.text.get(split..)?.to_ascii_lowercase();
            if !matches!(suffix.as_str(), "st" | "nd" | "rd" | "th") {
                return None;
            }
            (token.text.get(..split)?.parse::<u32>().ok()?, i + 1)
        }
        Kind::Word => {
            if let Some(value) = numbers::ordinal(token.text) {
                (value, i + 1)
            } else if let Some(tens) =
                numbers::cardinal(token.text).filter(|v| *v >= 20 && v % 10 == 0)
            {
                let hyphen = tokens.get(i + 1).filter(|t| t.is_punct("-"))?;
                let unit_token = tokens.get(i + 2)?;
                let unit = numbers::ordinal(unit_token.text).filter(|v| *v < 10)?;
                let _ = hyphen;
                (tens + unit, i + 3)
            } else {
                return None;
            }
        }
        _ => return None,
    };
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
    let next = tokens.get(end);
    // "third-party", "first-hand", "second-largest": a compound, not an ordinal figure.
    if next.is_some_and(|t| t.is_punct("-") && !t.gap) {
        return None;
    }
    // "a third of the budget": a fraction.
    if previous.is_some_and(|t| t.is("a") || t.is("one")) && next.is_some_and(|t| t.is("of")) {
        return None;
    }
    // "wait a second", "for a second.": the unit of time.
    if token.is("second")
        && previous.is_some_and(|t| t.is("a"))
        && next.is_none_or(|t| t.kind == Kind::Punct)
    {
        return None;
    }
    Some(Found {
        kind: QuantityKind::Ordinal,
        start: i,
        end,
        number: (i, end),
        value: Value::Number(f64::from(value)),
        low: Some(Value::Number(f64::from(value))),
        high: Some(Value::Number(f64::from(value))),
        approximate: false,
        range: false,
        relative: false,
        unit: None,
    })
}
