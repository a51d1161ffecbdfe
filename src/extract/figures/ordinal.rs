//! Ordinals: "third round", "3rd", "twenty-first", "second phase", "two hundredth".
//! Not ordinals: "third-party" (a compound), "a third of" (a fraction), "twenty
//! seconds" (a duration).

use super::number::whole;
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
            (token.text.get(..split)?.parse::<u64>().ok()?, i + 1)
        }
        Kind::Word => spelled(tokens, i)?,
        _ => return None,
    };
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
    let next = tokens.get(end);
    // "third-party", "first-hand", "second-largest": a compound, not an ordinal figure.
    if next.is_some_and(|t| t.is_punct("-") && !t.gap) {
        return None;
    }
    // "a third of the budget": a fraction.
    if previous.is_some_and(|t| t.is("a") || t.is("one"))
        && next.is_none_or(|t| t.is("of") || t.kind == Kind::Punct)
        && value > 2
    {
        return None;
    }
    // "wait a second", "for a second.": the unit of time.
    if token.is("second")
        && previous.is_some_and(|t| t.is("a"))
        && next.is_none_or(|t| t.kind == Kind::Punct)
    {
        return None;
    }
    let value = Value::Number(whole(value));
    Some(Found {
        kind: QuantityKind::Ordinal,
        start: i,
        end,
        number: (i, end),
        value,
        low: Some(value),
        high: Some(value),
        approximate: false,
        range: false,
        relative: false,
        unit: None,
    })
}

/// A spelled ordinal: "third", "twenty-first", "twenty second", "two hundredth",
/// "one hundred twenty-fifth".
fn spelled(tokens: &[Token<'_>], i: usize) -> Option<(u64, usize)> {
    let token = tokens.get(i)?;
    if let Some(value) = numbers::ordinal(token.text) {
        return Some((value, i + 1));
    }
    // A cardinal part, then an ordinal word: "twenty-first", "two hundredth".
    let mut j = i;
    let mut base: u64 = 0;
    let mut last_was_tens = false;
    let mut last_was_scale = false;
    while let Some(word) = tokens.get(j) {
        if let Some(value) = numbers::cardinal(word.text) {
            if last_was_tens && value >= 10 || (!last_was_tens && !base.is_multiple_of(100)) {
                return None;
            }
            base += u64::from(value);
            last_was_tens = value >= 20 && value % 10 == 0;
            last_was_scale = false;
        } else if word.is("hundred") || word.is("thousand") || word.is("million") {
            let scale = if word.is("hundred") {
                100
            } else if word.is("thousand") {
                1000
            } else {
                1_000_000
            };
            let small = base % 1000;
            base = base - small + small.max(1) * scale;
            last_was_tens = false;
            last_was_scale = true;
        } else if word.is_punct("-") && last_was_tens && !word.gap {
            // "twenty-first".
        } else if word.is("and") && last_was_scale {
        } else {
            break;
        }
        j += 1;
    }
    if j == i {
        return None;
    }
    let word = tokens.get(j)?;
    let ordinal = numbers::ordinal(word.text)?;
    let value = if ordinal >= 100 && base > 0 && !last_was_tens {
        if last_was_scale || base >= 100 {
            return None;
        }
        base * ordinal
    } else if ordinal < 10 && last_was_tens || ordinal < 100 && last_was_scale {
        base + ordinal
    } else {
        return None;
    };
    Some((value, j + 1))
}
