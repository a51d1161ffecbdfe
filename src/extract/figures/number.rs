//! Cardinals in digits and words, fractions, vague amounts, modifiers as bounds,
//! and ranges.
//!
//! Every function here reads tokens from an index forward and returns the index
//! one past what it consumed, looking at most a few tokens ahead: the scan stays
//! linear in the sentence.

use super::token::{Kind, Token};
use crate::lexicon::change;
use crate::lexicon::numbers::{self, Bound};

/// A number read from the tokens `start..end`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Num {
    pub value: f64,
    pub start: usize,
    pub end: usize,
    /// Whether any part was spelled out in words.
    pub spelled: bool,
    /// The number of digits when the number is one token of plain digits ("2021").
    pub plain_digits: Option<usize>,
}

impl Num {
    /// A number that is not one token of plain digits (a fraction, a power, a share).
    fn of(value: f64, (start, end): (usize, usize), spelled: bool) -> Num {
        Num { value, start, end, spelled, plain_digits: None }
    }
}

/// A number with what its wording says about it: modifier, range, vagueness.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Figure {
    /// First token, modifier included.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The number itself (the first one of a range).
    pub num: Num,
    pub value: f64,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub approximate: bool,
    pub range: bool,
    /// Whether the figure is a vague amount ("dozens", "several").
    pub vague: bool,
    /// The second number of a range.
    pub second: Option<Num>,
}

/// What a run of digits means: "1,200", "1.5", "1.111,11", "4.800".
pub(crate) fn digits_value(text: &str) -> Option<f64> {
    let commas = text.matches(',').count();
    let dots = text.matches('.').count();
    let cleaned: String = if commas > 0 && dots > 0 {
        let last_comma = text.rfind(',')?;
        let last_dot = text.rfind('.')?;
        if last_dot > last_comma {
            text.chars().filter(|&c| c != ',').collect()
        } else {
            text.chars().filter(|&c| c != '.').map(|c| if c == ',' { '.' } else { c }).collect()
        }
    } else if commas == 1 && text.rsplit(',').next().is_some_and(|group| group.len() != 3) {
        text.replace(',', ".")
    } else if dots > 1 {
        return None;
    } else {
        text.chars().filter(|&c| c != ',').collect()
    };
    cleaned.parse::<f64>().ok().filter(|value| value.is_finite())
}

/// The value of digits with a glued multiplier ("10k", "2.5bn", "10M"); a lowercase
/// "m" counts only where `money` says the figure is an amount of money.
pub(crate) fn suffixed_value(text: &str, money: bool) -> Option<f64> {
    let split = text.find(|c: char| c.is_alphabetic())?;
    let (digits, suffix) = (text.get(..split)?, text.get(split..)?);
    // Outside money only unambiguous multipliers count: "1m" is as often one metre and
    // "1500b" 1500 bits.
    // "1.2b" is 1.2 billion, but "1500b" is 1500 bits and "802.11b" a standard: a
    // short decimal only.
    let billions = suffix == "b"
        && digits.split_once('.').is_some_and(|(whole, _)| (1..=2).contains(&whole.len()));
    let ambiguous = matches!(suffix, "m" | "t" | "mm") || (suffix == "b" && !billions);
    if digits.is_empty() || (!money && ambiguous) {
        return None;
    }
    Some(digits_value(digits)? * numbers::suffix(suffix)?)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Last {
    None,
    A,
    Unit,
    Teen,
    Tens,
    Digits,
    Hundred,
    Scale,
    And,
}

/// Reads a cardinal at `i`: digits ("1,200", "816 000", "1.5 million"), words
/// ("twenty-three", "a dozen", "one hundred and six"), fractions ("two thirds",
/// "one and a half", "1/2").
#[expect(
    clippy::too_many_lines,
    reason = "one state machine over the tokens of a number reads best whole"
)]
pub(crate) fn number(tokens: &[Token<'_>], i: usize, money: bool) -> Option<Num> {
    let first = tokens.get(i)?;
    let mut j = i;
    let mut sign = 1.0;
    if first.is("minus")
        || first.is("negative")
        || first.is_punct("-−")
            && (i == 0
                || first.gap
                // "<-30": a sign right after a comparison mark.
                || i.checked_sub(1).and_then(|k| tokens.get(k)).is_some_and(|t| t.is_punct("<>")))
            && tokens.get(i + 1).is_some_and(|next| next.kind == Kind::Number && !next.gap)
    {
        sign = -1.0;
        j += 1;
    }
    if let Some(half) = leading_fraction(tokens, j) {
        return Some(Num::of(sign * half.0, (i, half.1), true));
    }
    let (mut total, mut current) = (0.0_f64, 0.0_f64);
    let mut last = Last::None;
    let (mut spelled, mut end, mut plain_digits) = (false, j, None);
    // The value read before the last "and", for "two hundred and fifty-four
    // hundredths" (200.54) and "three hundred and two dozens" (324).
    let mut before_and: Option<(f64, f64)> = None;
    // Where the last "and" is, the state before it, and the scale it follows: "3
    // hundred and 2 hundred" are two numbers, for "and" joins a smaller part, or a
    // scale that multiplies all before it ("two hundred and two thousand").
    let mut and_at: Option<(usize, f64, Last, f64)> = None;
    let joins_after_and = |and_at: Option<(usize, f64, Last, f64)>, scale: f64| {
        and_at.is_none_or(|(_, kept, _, before)| scale < before || scale > kept)
    };
    while let Some(token) = tokens.get(j) {
        match token.kind {
            Kind::Number => {
                if !matches!(last, Last::None | Last::Scale | Last::And) {
                    break;
                }
                let Some(mut value) = digits_value(token.text) else { break };
                let mut next = j + 1;
                if last == Last::None {
                    plain_digits =
                        token.text.bytes().all(|b| b.is_ascii_digit()).then_some(token.text.len());
                    // "816 000": groups of three digits after one white-space character.
                    if token.text.len() <= 3 && plain_digits.is_some() {
                        while let Some(group) = tokens.get(next) {
                            let single_space = tokens.get(next - 1).is_some_and(|before| {
                                group.span.start == before.span.end + ' '.len_utf8()
                            }) || tokens.get(next - 1).is_some_and(|before| {
                                group.span.start == before.span.end + '\u{202f}'.len_utf8()
                            });
                            // The last group may carry the decimals: "1 234 567.89".
                            let (whole_part, decimals) =
                                group.text.split_once('.').unwrap_or((group.text, ""));
                            if group.kind == Kind::Number
                                && whole_part.len() == 3
                                && single_space
                                && whole_part.bytes().all(|b| b.is_ascii_digit())
                                && decimals.bytes().all(|b| b.is_ascii_digit())
                            {
                                value = value * 1000.0 + digits_value(group.text).unwrap_or(0.0);
                                next += 1;
                                plain_digits = None;
                                if !decimals.is_empty() {
                                    break;
                                }
                            } else {
                                break;
                            }
                        }
                    }
                } else {
                    plain_digits = None;
                    // "4 thousand 3 hundred and 0": a zero is never a part after "and".
                    if value >= 1000.0 || (last == Last::And && value == 0.0) {
                        break;
                    }
                }
                current += value;
                last = Last::Digits;
                j = next;
                end = j;
            }
            Kind::Mixed => {
                if last != Last::None {
                    break;
                }
                let Some(value) = suffixed_value(token.text, money || token.text.ends_with('M'))
                    .or_else(|| {
                        // "1.3x10^6", "5.5x10-3", "8x2^10": a factor times a power.
                        let (factor, base_text) = token.text.split_once(['x', 'X'])?;
                        let base = digits_value(base_text)?;
                        let (exponent, after) = exponent_at(tokens, j + 1).or_else(|| {
                            (base_text == "10").then(|| signed_at(tokens, j + 1)).flatten()
                        })?;
                        j = after - 1;
                        Some(digits_value(factor)? * base.powf(exponent))
                    })
                else {
                    break;
                };
                current = value;
                j += 1;
                end = j;
                last = Last::Scale;
                break;
            }
            Kind::Word => {
                if let Some(value) = numbers::cardinal(token.text) {
                    let value = f64::from(value);
                    let fits = match last {
                        Last::None | Last::And | Last::Scale | Last::Hundred => true,
                        Last::Tens => value < 10.0 && value > 0.0,
                        _ => false,
                    };
                    if !fits {
                        break;
                    }
                    current += value;
                    last = if value >= 20.0 && value % 10.0 == 0.0 {
                        Last::Tens
                    } else if value >= 10.0 {
                        Last::Teen
                    } else {
                        Last::Unit
                    };
                } else if token.is("hundred")
                    && matches!(last, Last::A | Last::Unit | Last::Teen | Last::Tens | Last::Digits)
                    && !joins_after_and(and_at, 100.0)
                {
                    // The number ends before the "and".
                    if let Some((k, kept, kept_last, _)) = and_at {
                        (total, current, last, end) = (kept, 0.0, kept_last, k);
                    }
                    break;
                } else if token.is("hundred")
                    && matches!(last, Last::A | Last::Unit | Last::Teen | Last::Tens | Last::Digits)
                {
                    let small = current % 1000.0;
                    current = current - small + small.max(1.0) * 100.0;
                    last = Last::Hundred;
                } else if let Some(scale) = numbers::scale(token.text).filter(|_| {
                    matches!(
                        last,
                        Last::A
                            | Last::Unit
                            | Last::Teen
                            | Last::Tens
                            | Last::Digits
                            | Last::Hundred
                    )
                }) {
                    if !joins_after_and(and_at, scale) {
                        if let Some((k, kept, kept_last, _)) = and_at {
                            (total, current, last, end) = (kept, 0.0, kept_last, k);
                        }
                        break;
                    }
                    if (scale - 12.0).abs() < f64::EPSILON {
                        // "three hundred and two dozens": the dozens multiply what
                        // follows the "and".
                        let kept = before_and.map_or(0.0, |(_, kept)| kept);
                        current = kept + (current - kept).max(1.0) * scale;
                        last = Last::Hundred;
                    } else {
                        total += current.max(1.0) * scale;
                        current = 0.0;
                        last = Last::Scale;
                    }
                } else if last == Last::Scale
                    && current == 0.0
                    && let Some(scale) = numbers::scale(token.text)
                    && j.checked_sub(1)
                        .and_then(|k| tokens.get(k))
                        .and_then(|t| numbers::scale(t.text))
                        .is_some_and(|before| before < scale)
                {
                    // "three lakh crore", "two thousand million": a scale of scales.
                    total *= scale;
                } else if token.is("and")
                    && matches!(last, Last::Hundred | Last::Scale)
                    && tokens.get(j + 1).is_some_and(|next| {
                        numbers::cardinal(next.text).is_some() || next.kind == Kind::Number
                    })
                    // "and three quarters" is a fraction, read after the loop.
                    && and_fraction(tokens, j + 1).is_none()
                {
                    before_and = Some((total + current, current));
                    let scale = if last == Last::Hundred {
                        100.0
                    } else {
                        j.checked_sub(1)
                            .and_then(|k| tokens.get(k))
                            .and_then(|t| numbers::scale(t.text))
                            .unwrap_or(f64::INFINITY)
                    };
                    and_at = Some((j, total + current, last, scale));
                    last = Last::And;
                    j += 1;
                    continue;
                } else if (token.is("a") || token.is("an"))
                    && last == Last::None
                    && tokens.get(j + 1).is_some_and(|next| {
                        next.is("hundred")
                            || next.is("dozen")
                            || (numbers::scale(next.text).is_some()
                                && !next.text.ends_with('s')
                                && !next.is("bn")
                                && !next.is("mn"))
                    })
                {
                    current = 1.0;
                    last = Last::A;
                    j += 1;
                    continue;
                } else {
                    break;
                }
                spelled = true;
                plain_digits = None;
                j += 1;
                end = j;
            }
            Kind::Punct => {
                // "twenty-three", "fifty - two".
                if last == Last::Tens
                    && token.is_punct("-")
                    && tokens
                        .get(j + 1)
                        .and_then(|next| numbers::cardinal(next.text))
                        .is_some_and(|value| (1..10).contains(&value))
                {
                    j += 1;
                    continue;
                }
                break;
            }
        }
    }
    if end == i || matches!(last, Last::None | Last::A) {
        return None;
    }
    let mut value = total + current;
    // "1.1^23", "2.5^-1": a power.
    if last == Last::Digits
        && total == 0.0
        && tokens.get(end).is_some_and(|t| t.is_punct("^") && !t.gap)
        && let Some((exponent, after)) = exponent_at(tokens, end)
    {
        let power = value.powf(exponent);
        if power.is_finite() {
            return Some(Num::of(sign * power, (i, after), false));
        }
    }
    // "2.48×10−5", "6×10^23": scientific notation with a times sign.
    if last == Last::Digits
        && total == 0.0
        && tokens.get(end).is_some_and(|t| t.is_punct("×") && !t.gap)
        && tokens.get(end + 1).is_some_and(|t| t.text == "10" && !t.gap)
        && let Some((exponent, after)) =
            exponent_at(tokens, end + 2).or_else(|| signed_at(tokens, end + 2))
    {
        return Some(Num::of(sign * value * 10f64.powf(exponent), (i, after), false));
    }
    // "2.33 k", "1,674,200.5 M": a multiplier apart, ending the clause.
    if last == Last::Digits
        && total == 0.0
        && let Some(letter) = tokens.get(end).filter(|t| t.gap && matches!(t.text, "k" | "K" | "M"))
        && tokens.get(end + 1).is_none_or(|t| t.is_punct(".,;:!?)"))
        && let Some(multiplier) = numbers::suffix(letter.text)
    {
        value *= multiplier;
        end += 1;
        plain_digits = None;
    } else if !money && let Some((share, after)) = share_of(tokens, end, value, last) {
        return Some(Num::of(sign * share, (i, after), spelled));
    } else if !money
        && matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Digits | Last::Hundred)
        && tokens.get(end).is_some_and(|t| t.is("over"))
        && let Some(divisor) = number(tokens, end + 1, false)
        && divisor.value != 0.0
        && divisor.plain_digits != Some(4)
        && tokens.get(divisor.end).is_none_or(|t| t.kind == Kind::Punct && !t.is_punct("-/%$€£"))
    {
        // "one over three", "2000 over 3": a number right before "over" and a number
        // that ends the clause is a ratio; "over 200" after a verb stays a bound.
        value /= divisor.value;
        end = divisor.end;
        plain_digits = None;
        return Some(Num { value: sign * value, start: i, end, spelled, plain_digits });
    }
    // "one and a half", "3 million and a quarter".
    if tokens.get(end).is_some_and(|t| t.is("and"))
        && let Some((fraction, after)) = and_fraction(tokens, end + 1)
    {
        let scale_of_last = if last == Last::Scale {
            tokens.get(end - 1).and_then(|t| numbers::scale(t.text)).unwrap_or(1.0)
        } else {
            1.0
        };
        let next_scale = tokens.get(after).and_then(|t| numbers::scale(t.text));
        let plural = tokens.get(after).is_some_and(|t| t.text.ends_with('s'));
        if let Some(scale) = next_scale.filter(|s| !plural && *s > 12.0 && *s < scale_of_last) {
            // "one billion and a half million": the fraction is of the smaller scale
            // after it (1,000,500,000), not of the billion before it.
            value += fraction * scale;
            end = after + 1;
        } else {
            value += fraction * scale_of_last;
            end = after;
            if let Some(scale) = next_scale.filter(|_| scale_of_last <= 1.0) {
                value *= scale;
                end += 1;
            }
        }
        spelled = true;
        plain_digits = None;
    } else if let Some((fraction, after)) =
        ordinal_fraction(tokens, end, last, (total, current), before_and)
    {
        // "two thirds", "one hundred thirty fifths", "a hundred trillionths".
        value = fraction;
        end = after;
        // "two thirds of a million": a fraction of a scale.
        if tokens.get(end).is_some_and(|t| t.is("of"))
            && tokens.get(end + 1).is_some_and(|t| t.is("a"))
            && let Some(scale) = tokens
                .get(end + 2)
                .filter(|t| !t.text.ends_with('s'))
                .and_then(|t| numbers::scale(t.text))
        {
            value *= scale;
            end += 3;
        }
        spelled = true;
        plain_digits = None;
    } else if spelled
        && tokens.get(end).is_some_and(|t| t.is("point"))
        && let Some((decimals, after)) = spelled_decimals(tokens, end + 1)
    {
        value += decimals;
        end = after;
    } else if last == Last::Digits
        && total == 0.0
        && tokens.get(end).is_some_and(|t| t.is_punct("/") && !t.gap)
        && let Some(fraction) = end.checked_sub(1).and_then(|k| fraction_of(tokens, k, k + 3))
    {
        value = fraction;
        end += 2;
        plain_digits = None;
    } else if last == Last::Digits
        && current.fract() == 0.0
        && let Some(mark) = tokens.get(end).filter(|t| !t.gap)
        && let Some((_, fraction)) = VULGAR.iter().find(|(glyph, _)| *glyph == mark.text)
    {
        // "2½ years", "3¼": a whole number and a fraction glyph glued to it.
        value += fraction;
        end += 1;
        plain_digits = None;
    } else if last == Last::Digits
        && let Some((fraction, after)) = slash_fraction(tokens, end)
    {
        value += fraction;
        end = after;
        plain_digits = None;
    }
    Some(Num { value: sign * value, start: i, end, spelled, plain_digits })
}

/// A share written as a ratio after the number `value` read up to `end`: "one out
/// of three", "two out of five hundred", "one in five" (a proportion of a whole, the
/// way polls and casualty ratios are reported). The whole must be larger than the
/// part; after "in" it must not be a year ("3 in 2008") nor a length of time ("1
/// in 5 minutes").
fn share_of(tokens: &[Token<'_>], end: usize, value: f64, last: Last) -> Option<(f64, usize)> {
    if !matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Digits | Last::Hundred)
        || value <= 0.0
    {
        return None;
    }
    let joint = tokens.get(end)?;
    let at = if joint.is("out") && tokens.get(end + 1).is_some_and(|t| t.is("of")) {
        end + 2
    } else if joint.is("in") {
        end + 1
    } else {
        return None;
    };
    let whole = number(tokens, at, false)?;
    let after = tokens.get(whole.end);
    if whole.value <= value
        || whole.plain_digits == Some(4)
        || after
            .is_some_and(|t| t.is_punct("%") || crate::lexicon::units::time_unit(t.text).is_some())
    {
        return None;
    }
    Some((value / whole.value, whole.end))
}

/// A whole number from a lexicon as a float (all are below 2^53, so exact).
#[expect(clippy::cast_precision_loss, reason = "lexicon values are below 2^53")]
pub(crate) fn whole(value: u64) -> f64 {
    value as f64
}

/// Vulgar fraction characters.
const VULGAR: &[(&str, f64)] = &[
    ("¼", 0.25),
    ("½", 0.5),
    ("¾", 0.75),
    ("⅓", 1.0 / 3.0),
    ("⅔", 2.0 / 3.0),
    ("⅕", 0.2),
    ("⅙", 1.0 / 6.0),
    ("⅛", 0.125),
];

/// "half a dozen", "half million", "quarter million", "a half", "a fifth", "½", ".08".
fn leading_fraction(tokens: &[Token<'_>], j: usize) -> Option<(f64, usize)> {
    let token = tokens.get(j)?;
    if token.kind == Kind::Punct {
        if let Some((_, value)) = VULGAR.iter().find(|(mark, _)| *mark == token.text) {
            return Some((*value, j + 1));
        }
        let next = tokens.get(j + 1)?;
        if token.is_punct(".")
            && next.kind == Kind::Number
            && !next.gap
            && next.text.bytes().all(|b| b.is_ascii_digit())
            && (j == 0 || token.gap)
        {
            return Some((format!("0.{}", next.text).parse().ok()?, j + 2));
        }
        return None;
    }
    // "a twenty-first": a compound ordinal at the end or before "of".
    if token.is("a")
        && let Some(tens) = tokens
            .get(j + 1)
            .and_then(|t| numbers::cardinal(t.text))
            .filter(|v| *v >= 20 && v % 10 == 0)
    {
        let unit_at = if tokens.get(j + 2).is_some_and(|t| t.is_punct("-") && !t.gap) {
            j + 3
        } else {
            j + 2
        };
        if let Some(unit) =
            tokens.get(unit_at).and_then(|t| numbers::ordinal(t.text)).filter(|v| *v < 10)
            && tokens.get(unit_at + 1).is_none_or(|t| t.kind == Kind::Punct || t.is("of"))
        {
            return Some((1.0 / (f64::from(tens) + whole(unit)), unit_at + 1));
        }
    }
    // "a fifth", "a hundredth" at the end or before "of".
    if (token.is("a") || token.is("one"))
        && let Some(ordinal) =
            tokens.get(j + 1).and_then(|t| numbers::ordinal(t.text)).filter(|v| *v > 2)
        && tokens.get(j + 2).is_none_or(|t| t.kind == Kind::Punct)
        && !tokens.get(j + 2).is_some_and(|t| t.is_punct("-"))
    {
        return Some((1.0 / whole(ordinal), j + 2));
    }
    let (part, next) = if token.is("half") {
        (0.5, j + 1)
    } else if token.is("quarter") {
        (0.25, j + 1)
    } else if (token.is("a") || token.is("one"))
        && tokens.get(j + 1).is_some_and(|t| t.is("quarter"))
    {
        // "a quarter of a million": only before a scale (below); "a quarter of the
        // vote" is a fraction the caller reads.
        (0.25, j + 2)
    } else if (token.is("a") || token.is("one")) && tokens.get(j + 1).is_some_and(|t| t.is("half"))
    {
        let after = tokens.get(j + 2);
        if after.is_some_and(|t| {
            t.kind == Kind::Word && !t.is("of") && numbers::scale(t.text).is_none()
        }) {
            return None;
        }
        return Some((0.5, j + 2));
    } else {
        return None;
    };
    // "half a million", "a quarter of a million": the article (and "of") before the scale.
    let mut next = next;
    if tokens.get(next).is_some_and(|t| t.is("of"))
        && tokens.get(next + 1).is_some_and(|t| t.is("a"))
    {
        next += 1;
    }
    let after = tokens.get(next)?;
    if after.is("a") && tokens.get(next + 1).is_some_and(|t| t.is("dozen")) {
        return Some((part * 12.0, next + 2));
    }
    let (after, next) =
        if after.is("a") { (tokens.get(next + 1)?, next + 1) } else { (after, next) };
    let scale = numbers::scale(after.text).filter(|_| !after.text.ends_with('s'))?;
    Some((part * scale, next + 1))
}

/// "a half", "one quarter", "three quarters" after "and".
fn and_fraction(tokens: &[Token<'_>], j: usize) -> Option<(f64, usize)> {
    let numerator_token = tokens.get(j)?;
    // "one and half hours": the article left out.
    if numerator_token.is("half") {
        return Some((0.5, j + 1));
    }
    let cardinal = numbers::cardinal(numerator_token.text);
    let numerator = if numerator_token.is("a") || numerator_token.is("an") {
        1.0
    } else if let Some(value) = cardinal.filter(|&v| (1..10).contains(&v)) {
        f64::from(value)
    } else {
        // "two and fifty-four hundredths": a spelled fraction below one.
        cardinal?;
        let fraction =
            number(tokens, j, false).filter(|n| n.spelled && n.value > 0.0 && n.value < 1.0)?;
        return Some((fraction.value, fraction.end));
    };
    let word = tokens.get(j + 1)?;
    let denominator = numbers::denominator(word.text).or_else(|| {
        numbers::ordinal(word.text).filter(|&v| v > 2).and_then(|v| u32::try_from(v).ok())
    })?;
    Some((numerator / f64::from(denominator), j + 2))
}

/// The exponent after a caret at `j`: "^23", "^-1", "^+23", "^--23" (two minus signs
/// cancel), and one past it.
fn exponent_at(tokens: &[Token<'_>], j: usize) -> Option<(f64, usize)> {
    if !tokens.get(j).is_some_and(|t| t.is_punct("^") && !t.gap) {
        return None;
    }
    let mut k = j + 1;
    let mut sign = 1.0;
    while let Some(mark) = tokens.get(k).filter(|t| t.is_punct("+-−") && !t.gap) {
        if !mark.is_punct("+") {
            sign = -sign;
        }
        k += 1;
    }
    let digits = tokens.get(k).filter(|t| t.kind == Kind::Number && !t.gap)?;
    Some((sign * digits_value(digits.text)?, k + 1))
}

/// A signed exponent glued after a power of ten without a caret: "10-3", "10−5".
fn signed_at(tokens: &[Token<'_>], j: usize) -> Option<(f64, usize)> {
    let mark = tokens.get(j).filter(|t| t.is_punct("+-−") && !t.gap)?;
    let digits = tokens.get(j + 1).filter(|t| t.kind == Kind::Number && !t.gap)?;
    let sign = if mark.is_punct("+") { 1.0 } else { -1.0 };
    Some((sign * digits_value(digits.text)?, j + 2))
}

/// The value of a denominator word: "fifths", "hundredths", "trillionths",
/// "quarters"; singular ordinals only when `singular` allows them.
fn denominator_value(word: &Token<'_>, singular: bool) -> Option<f64> {
    if word.kind != Kind::Word {
        return None;
    }
    if let Some(value) = numbers::denominator(word.text) {
        return Some(f64::from(value));
    }
    let plural = word.text.strip_suffix('s').or_else(|| word.text.strip_suffix('S'));
    match plural {
        Some(stem) => numbers::ordinal(stem).filter(|&v| v > 2).map(whole),
        None if singular => numbers::ordinal(word.text).filter(|&v| v > 2).map(whole),
        None => None,
    }
}

/// A fraction whose denominator is an ordinal after the number read so far (`total`
/// and `current`, ending at token `end` with `last`): "three fifths", "one
/// twenty-fifth", "a hundred trillionths". How the denominator binds:
/// - a tens word right before a unit ordinal joins the denominator when a number
///   comes before it: "one hundred thirty fifths" is 100/35, "three twenty-firsts"
///   3/21; after "and" it stays in the numerator ("one hundred and thirty fifths" is
///   130/5);
/// - after "and", a part smaller than the denominator is the fraction of a whole
///   number: "two hundred and fifty-four hundredths" is 200.54;
/// - a singular ordinal needs the numerator one and nothing but punctuation or
///   "of" after it ("one third of", not "one third round").
fn ordinal_fraction(
    tokens: &[Token<'_>],
    end: usize,
    last: Last,
    (total, current): (f64, f64),
    before_and: Option<(f64, f64)>,
) -> Option<(f64, usize)> {
    let value = total + current;
    let digits = last == Last::Digits;
    if !matches!(
        last,
        Last::Unit | Last::Teen | Last::Tens | Last::Digits | Last::Hundred | Last::Scale
    ) || value <= 0.0
        || (digits && !(1.0..=99.0).contains(&value))
    {
        return None;
    }
    let ends_clause = |k: usize| tokens.get(k).is_none_or(|t| t.kind == Kind::Punct || t.is("of"));
    let is_one = (value - 1.0).abs() < f64::EPSILON;
    // "two-thirds": a hyphen before the denominator of a spelled numerator.
    // "two-thirds", "five - eighths": glued or spaced on both sides.
    let hyphen = tokens.get(end).is_some_and(|t| {
        t.is_punct("-") && t.gap == tokens.get(end + 1).is_some_and(|next| next.gap)
    });
    let at = if !digits && hyphen { end + 1 } else { end };
    let word = tokens.get(at)?;
    // "twenty-firsts", "twenty fifth": a compound denominator.
    if !digits && let Some(tens) = numbers::cardinal(word.text).filter(|v| *v >= 20 && v % 10 == 0)
    {
        let unit_at = if tokens.get(at + 1).is_some_and(|t| t.is_punct("-") && !t.gap) {
            at + 2
        } else {
            at + 1
        };
        let unit = tokens.get(unit_at)?;
        // Any unit ordinal completes it, "first" and "second" too.
        let stem = match unit.text.strip_suffix('s') {
            Some(stem) => stem,
            None if is_one && ends_clause(unit_at + 1) => unit.text,
            None => return None,
        };
        let denominator = numbers::ordinal(stem).filter(|v| *v < 10).map(whole)?;
        return Some((value / (f64::from(tens) + denominator), unit_at + 1));
    }
    // "one-fourth is": the hyphen makes it one word, a fraction wherever it stands.
    let singular = is_one && (ends_clause(at + 1) || (hyphen && !digits));
    let denominator = denominator_value(word, singular)?;
    // "one hundred thirty fifths": the tens word before a unit ordinal is the
    // denominator's.
    if last == Last::Tens
        && denominator < 10.0
        && let Some(tens) =
            end.checked_sub(1).and_then(|k| tokens.get(k)).and_then(|t| numbers::cardinal(t.text))
        && value > f64::from(tens)
        && !end.checked_sub(2).and_then(|k| tokens.get(k)).is_some_and(|t| t.is("and"))
    {
        let denominator = f64::from(tens) + denominator;
        return Some(((value - f64::from(tens)) / denominator, at + 1));
    }
    if let Some((before, _)) = before_and {
        let part = value - before;
        if part > 0.0 && part < denominator {
            return Some((before + part / denominator, at + 1));
        }
    }
    Some((value / denominator, at + 1))
}

/// Spelled decimals after "point": "point zero three", "point five".
fn spelled_decimals(tokens: &[Token<'_>], mut j: usize) -> Option<(f64, usize)> {
    let mut digits = String::new();
    while let Some(value) = tokens.get(j).and_then(|t| numbers::cardinal(t.text)) {
        digits.push_str(&value.to_string());
        j += 1;
        if value >= 20
            && tokens.get(j).is_some_and(|t| t.is_punct("-"))
            && let Some(unit) = tokens
                .get(j + 1)
                .and_then(|t| numbers::cardinal(t.text))
                .filter(|v| (1..10).contains(v))
        {
            digits.pop();
            digits.push_str(&unit.to_string());
            j += 2;
        }
    }
    if digits.is_empty() {
        return None;
    }
    Some((format!("0.{digits}").parse().ok()?, j))
}

/// A fraction of digits "N/M" at `j` (where `j` may be the "/" after a number
/// already read, or a new number after a gap as in "2 1/4").
fn slash_fraction(tokens: &[Token<'_>], j: usize) -> Option<(f64, usize)> {
    let token = tokens.get(j)?;
    if token.is_punct("/") {
        return None;
    }
    if token.kind != Kind::Number || !token.gap {
        return None;
    }
    let value = fraction_of(tokens, j, j + 3)?;
    Some((value, j + 3))
}

/// The value of "N / M" at tokens `j`, `j + 1`, `j + 2`, glued together.
fn fraction_of(tokens: &[Token<'_>], j: usize, end: usize) -> Option<f64> {
    if end != j + 3 {
        return None;
    }
    let (numerator, slash, denominator) = (tokens.get(j)?, tokens.get(j + 1)?, tokens.get(j + 2)?);
    if numerator.kind != Kind::Number
        || !slash.is_punct("/")
        || slash.gap
        || denominator.kind != Kind::Number
        || denominator.gap
    {
        return None;
    }
    if tokens.get(j + 3).is_some_and(|t| t.is_punct("/-") && !t.gap) {
        return None;
    }
    let (top, bottom) = (digits_value(numerator.text)?, digits_value(denominator.text)?);
    (bottom > 0.0 && top < bottom).then(|| top / bottom)
}

/// Reads a figure at `i`: an optional modifier, a number or vague amount, an
/// optional second number of a range, an optional trailing "or more".
#[expect(clippy::too_many_lines, reason = "one case per way of bounding a number, each short")]
pub(crate) fn figure(tokens: &[Token<'_>], i: usize, money: bool) -> Option<Figure> {
    let token = tokens.get(i)?;
    if let Some(found) = vague(tokens, i) {
        return Some(found);
    }
    if token.kind == Kind::Word {
        if token.is("between") {
            let first = number(tokens, i + 1, money)?;
            if let Some(second) = after_repeated_unit(tokens, first, "and", money) {
                return Some(range(i, first, second));
            }
            if tokens.get(first.end).is_some_and(|t| t.is("and")) {
                let second = number(tokens, first.end + 1, money)?;
                if second.value > first.value {
                    return Some(range(i, first, second));
                }
            }
            return None;
        }
        if token.is("from") && !after_change(tokens, i + 1) {
            let first = number(tokens, i + 1, money)?;
            if let Some(second) = after_repeated_unit(tokens, first, "to", money) {
                return Some(range(i, first, second));
            }
            if tokens.get(first.end).is_some_and(|t| t.is("to") || t.is("through")) {
                let second = number(tokens, first.end + 1, money)?;
                if second.value > first.value {
                    return Some(range(i, first, second));
                }
            }
            return None;
        }
        // "how about 20?", "what about the other 300?": a suggestion, not an
        // approximation; the number is read on its own.
        if token.is("about")
            && i.checked_sub(1)
                .and_then(|k| tokens.get(k))
                .is_some_and(|t| t.is("how") || t.is("what"))
        {
            return None;
        }
        let words = tokens.get(i..).unwrap_or_default().iter().take(5).map(|t| t.text);
        if let Some((bound, n_words)) = numbers::modifier(words) {
            let at = i + n_words;
            // "more than half", "nearly half of the votes": half after a modifier.
            let half = || {
                let glued = tokens.get(at + 1).is_some_and(|t| t.is_punct("-") && !t.gap);
                tokens.get(at).filter(|t| t.is("half") && !glued).map(|_| Num {
                    value: 0.5,
                    start: at,
                    end: at + 1,
                    spelled: true,
                    plain_digits: None,
                })
            };
            let num = number(tokens, at, money).or_else(half)?;
            // "about 2019-aug-1": a number glued to a month name is a date.
            if tokens.get(num.end).is_some_and(|t| t.is_punct("-/") && !t.gap)
                && tokens.get(num.end + 1).is_some_and(|t| {
                    !t.gap
                        && t.kind == Kind::Word
                        && crate::lexicon::calendar::month(t.text).is_some()
                })
            {
                return None;
            }
            // "about 20-30", "some 200 to 300": an approximate range.
            if bound == Bound::About
                && let Some(joint) = tokens.get(num.end)
                && (joint.is_punct("-–~") && !joint.gap
                    || joint.is("to") && !after_change(tokens, i))
                && let Some(second) = number(tokens, num.end + 1, money)
                && second.value > num.value
                && num.spelled == second.spelled
            {
                let mut found = range(i, num, second);
                found.approximate = true;
                return Some(found);
            }
            let mut found = bounded(i, num, bound, tokens);
            // "above 1000 and below 1500", "at most 100 and at least 20", "more than 100
            // but fewer than 200", "at least 100, at most 300": one interval.
            if tokens.get(found.end).is_some_and(|t| t.is("and") || t.is("but") || t.is_punct(","))
                && let Some(after) = tokens.get(found.end + 1..)
                && let Some((second_bound, second_words)) =
                    numbers::modifier(after.iter().take(5).map(|t| t.text))
                && let Some(second) = number(tokens, found.end + 1 + second_words, money)
            {
                let upper = matches!(second_bound, Bound::Below | Bound::AtMost);
                let lower = matches!(second_bound, Bound::Above | Bound::AtLeast);
                if upper && found.high.is_none() && found.low.is_some_and(|low| low < second.value)
                {
                    found.high = Some(second.value);
                    found.end = second.end;
                    found.range = true;
                    found.second = Some(second);
                } else if lower
                    && found.low.is_none()
                    && found.high.is_some_and(|high| high > second.value)
                {
                    found.low = Some(second.value);
                    found.end = second.end;
                    found.range = true;
                    found.second = Some(second);
                }
            }
            return Some(found);
        }
    }
    if token.is_punct("<>") && !tokens.get(i + 1).is_some_and(|t| t.is_punct("<>")) {
        let (or_equal, next) = if tokens.get(i + 1).is_some_and(|t| t.is_punct("=")) {
            (true, i + 2)
        } else {
            (false, i + 1)
        };
        if i.checked_sub(1)
            .and_then(|k| tokens.get(k))
            .is_some_and(|t| t.is_punct("<>=") && !token.gap)
        {
            return None;
        }
        let num = number(tokens, next, money)?;
        let bound = match (token.text, or_equal) {
            (">", false) => Bound::Above,
            (">", true) => Bound::AtLeast,
            (_, false) => Bound::Below,
            (_, true) => Bound::AtMost,
        };
        return Some(bounded(i, num, bound, tokens));
    }
    let num = number(tokens, i, money)?;
    // "rose from 5% to 7%", "fell by 600,000 to 5.9 million": a change and a level,
    // two exact figures, read one at a time.
    let change = after_change(tokens, i);
    // "44 mg to 50 mg": the unit written at both ends.
    if !change && let Some(second) = after_repeated_unit(tokens, num, "to", money) {
        return Some(range(i, num, second));
    }
    // A suspended hyphen: "8- to 16-meter", "two- or three-day".
    if let Some(hyphen) = tokens.get(num.end)
        && hyphen.is_punct("-")
        && !hyphen.gap
        && tokens.get(num.end + 1).is_some_and(|t| t.gap && (t.is("to") || t.is("or")))
        && let Some(second) = number(tokens, num.end + 2, money)
        && second.value > num.value
        && num.spelled == second.spelled
        && tokens.get(second.end).is_some_and(|t| t.is_punct("-") && !t.gap)
    {
        let mut found = range(i, num, second);
        found.approximate = tokens.get(num.end + 1).is_some_and(|t| t.is("or"));
        return Some(found);
    }
    // A range: "18-19", "two to four", "1000 – 5000", "20~100", "two or three".
    if let Some(joint) = tokens.get(num.end) {
        let dash = joint.is_punct("-–—~");
        let word = joint.is("to") && !change || joint.is("through") || joint.is("or");
        if (dash || word)
            && let Some(second) = number(tokens, num.end + 1, money)
            && second.value > num.value
            && !(dash && second.value < 0.0)
            && !tokens.get(second.end).is_some_and(|t| t.is_punct("-/") && !t.gap)
            && !(dash && num.spelled != second.spelled)
            && !(joint.is("or") && second.value > 2.0 * num.value.max(10.0))
        {
            let mut found = range(i, num, second);
            found.approximate = joint.is("or");
            return Some(found);
        }
    }
    Some(bounded(i, num, Bound::Exactly, tokens)).map(|mut found| {
        found.low = Some(num.value);
        found.high = Some(num.value);
        trailing(tokens, &mut found);
        found
    })
}

/// Whether a number at `i` tells a change or the level before one: right after a word
/// of change that needs no object ("rose 3% to 7%") or after "by" or "from" that follows
/// one, an adverb between allowed ("fell sharply by 600,000 to 5.9 million", "rose
/// from 5% to 7%"). Then "X to Y" is the change and the new level, or the old and the
/// new level, not a range. Three tokens looked back, one lookup each.
fn after_change(tokens: &[Token<'_>], i: usize) -> bool {
    let before = |back: usize| i.checked_sub(back).and_then(|k| tokens.get(k));
    let change = |t: &Token<'_>| t.kind == Kind::Word && change::change_word(t.text).is_some();
    if before(1).is_some_and(|t| t.kind == Kind::Word && change::change_word(t.text) == Some(true))
    {
        return true;
    }
    before(1).is_some_and(|t| t.is("by") || t.is("from"))
        && (before(2).is_some_and(change) || before(3).is_some_and(change))
}

/// The second number of a range whose unit is written at both ends: "44 mg to 50
/// mg", "between 5 km and 10 km". The unit after the second number stays for the
/// counted noun.
fn after_repeated_unit(tokens: &[Token<'_>], first: Num, joint: &str, money: bool) -> Option<Num> {
    // "from 2 July to 10 July" is a range of dates, which the date reader takes.
    let unit = tokens.get(first.end).filter(|t| {
        t.kind == Kind::Word && !t.is(joint) && crate::lexicon::calendar::month(t.text).is_none()
    })?;
    if !tokens.get(first.end + 1).is_some_and(|t| t.is(joint)) {
        return None;
    }
    let second = number(tokens, first.end + 2, money)?;
    let same = tokens.get(second.end).is_some_and(|t| t.text.eq_ignore_ascii_case(unit.text));
    (same && second.value > first.value).then_some(second)
}

fn range(start: usize, first: Num, second: Num) -> Figure {
    Figure {
        start,
        end: second.end,
        num: first,
        value: first.value,
        low: Some(first.value),
        high: Some(second.value),
        approximate: false,
        range: true,
        vague: false,
        second: Some(second),
    }
}

fn bounded(start: usize, num: Num, bound: Bound, tokens: &[Token<'_>]) -> Figure {
    let value = num.value;
    let (low, high, approximate) = match bound {
        Bound::Above | Bound::AtLeast => (Some(value), None, false),
        Bound::Below | Bound::AtMost => (None, Some(value), false),
        Bound::About => (None, None, true),
        Bound::Nearly => (None, Some(value), true),
        Bound::JustOver => (Some(value), None, true),
        Bound::Exactly => (Some(value), Some(value), false),
    };
    let mut found = Figure {
        start,
        end: num.end,
        num,
        value,
        low,
        high,
        approximate,
        range: false,
        vague: false,
        second: None,
    };
    if start != num.start {
        trailing(tokens, &mut found);
        // "about 500 or more": the bound after the number says which side the figure
        // lies on, and the approximation before it only blurs the end the bound leaves
        // open. The figure is the bounded number ("500 or more"), still approximate.
        if bound == Bound::About && (found.low.is_some() || found.high.is_some()) {
            found.start = num.start;
        }
    }
    found
}

/// "or more", "or so", "or less", "plus", "+", "or equal to" after a number.
fn trailing(tokens: &[Token<'_>], found: &mut Figure) {
    let Some(next) = tokens.get(found.end) else { return };
    let after = tokens.get(found.end + 1);
    // "more than 5000 or equal to": the bound includes the number; "more than 5000 or
    // equal to 6000" is two figures.
    if next.is("or") && after.is_some_and(|t| t.is("equal")) {
        let to = usize::from(tokens.get(found.end + 2).is_some_and(|t| t.is("to")));
        if number(tokens, found.end + 2 + to, false).is_none() {
            found.end += 2 + to;
        }
        return;
    }
    // "equal to 5000 or less than 6000": a second figure, not a bound of this one;
    // "200 or greater than" at the end of a clause is the bound itself.
    let than = tokens.get(found.end + 2).is_some_and(|t| t.is("than"));
    if than && !tokens.get(found.end + 3).is_none_or(|t| t.kind == Kind::Punct) {
        return;
    }
    let than = usize::from(than);
    if (next.is("or") || next.is("and"))
        && after.is_some_and(|t| t.is("more") || t.is("greater") || t.is("above") || t.is("higher"))
    {
        found.low = found.low.or(Some(found.value));
        found.high = None;
        found.end += 2 + than;
    } else if next.is("or")
        && after.is_some_and(|t| t.is("less") || t.is("fewer") || t.is("below") || t.is("lower"))
    {
        found.high = found.high.or(Some(found.value));
        found.low = None;
        found.end += 2 + than;
    } else if next.is("or") && after.is_some_and(|t| t.is("so")) {
        found.approximate = true;
        found.low = None;
        found.high = None;
        found.end += 2;
    } else if next.is_punct("+") && !next.gap {
        found.low = Some(found.value);
        found.high = None;
        found.end += 1;
    } else if next.is_punct("-") && !next.gap && after.is_some_and(|t| t.is("plus") && !t.gap) {
        found.low = Some(found.value);
        found.high = None;
        found.end += 2;
    }
}

/// Vague amounts: "dozens", "hundreds of", "tens of thousands", "several", "a few".
fn vague(tokens: &[Token<'_>], i: usize) -> Option<Figure> {
    let token = tokens.get(i)?;
    if token.kind != Kind::Word {
        return None;
    }
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
    let next = tokens.get(i + 1);
    // "several tens of thousands", "many hundreds of": a vague word
    // before a vague multiple only blurs it, one figure that the multiple sets.
    if (token.is("several") || token.is("many") || token.is("numerous"))
        && next.is_some_and(|t| {
            ["tens", "hundreds", "thousands", "millions", "dozens", "scores"]
                .iter()
                .any(|w| t.is(w))
        })
        && let Some(mut blurred) = vague(tokens, i + 1)
    {
        blurred.start = i;
        blurred.num.start = i;
        return Some(blurred);
    }
    let (mut low, mut high, mut end) = if (token.is("a") || token.is("an"))
        && next.is_some_and(|t| t.is("few") || t.is("handful"))
    {
        (2.0, Some(if next.is_some_and(|t| t.is("few")) { 5.0 } else { 6.0 }), i + 2)
    } else if token.is("a")
        && next.is_some_and(|t| t.is("couple"))
        && tokens.get(i + 2).is_some_and(|t| t.is("of"))
    {
        (2.0, Some(2.0), i + 2)
    } else {
        let (low, high) = numbers::vague(token.text)?;
        (low, high, i + 1)
    };
    let of_follows = tokens.get(end).is_some_and(|t| t.is("of"));
    if (token.is("scores") || token.is("tens")) && !of_follows {
        return None;
    }
    if (token.is("many") || token.is("several") || token.is("numerous"))
        && previous.is_some_and(|t| {
            ["how", "so", "too", "very", "not", "as", "the"].iter().any(|w| t.is(w))
        })
    {
        return None;
    }
    // "tens of thousands", "hundreds of thousands".
    if of_follows
        && let Some(scale) = tokens
            .get(end + 1)
            .filter(|t| t.text.ends_with('s'))
            .and_then(|t| numbers::vague(t.text))
        && scale.0 >= 2000.0
        && ["tens", "hundreds", "thousands", "dozens"].iter().any(|w| token.is(w))
    {
        let base = scale.0 / 2.0;
        low *= base;
        high = high.map(|h| h * base);
        end += 2;
    }
    Some(Figure {
        start: i,
        end,
        num: Num { value: low, start: i, end, spelled: true, plain_digits: None },
        value: low,
        low: Some(low),
        high,
        approximate: true,
        range: false,
        vague: true,
        second: None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::token::tokens;
    use super::*;

    fn value(text: &str) -> Option<f64> {
        let tokens = tokens(text, 0);
        number(&tokens, 0, false).map(|num| num.value)
    }

    #[test]
    fn cardinals() {
        assert_eq!(value("23"), Some(23.0));
        assert_eq!(value("1,200"), Some(1200.0));
        assert_eq!(value("816 000"), Some(816_000.0));
        assert_eq!(value("1.5 million"), Some(1_500_000.0));
        assert_eq!(value("twenty-three"), Some(23.0));
        assert_eq!(value("a dozen"), Some(12.0));
        assert_eq!(value("one hundred and six"), Some(106.0));
        assert_eq!(value("two thousand and two hundred"), Some(2200.0));
        assert_eq!(value("4 thousand 3 hundred and 21"), Some(4321.0));
        assert_eq!(value("one and a half"), Some(1.5));
        assert_eq!(value("half a dozen"), Some(6.0));
        assert_eq!(value("half of a dozen"), Some(6.0));
        assert_eq!(value("half a million"), Some(500_000.0));
        assert_eq!(value("a quarter of a million"), Some(250_000.0));
        assert_eq!(value("quarter of a billion"), Some(250_000_000.0));
        // A fraction of something else is no number of its own here.
        assert_eq!(value("half a day"), None);
        assert_eq!(value("a quarter of the vote"), None);
        assert_eq!(value("three quarters"), Some(0.75));
        assert_eq!(value("10k"), Some(10_000.0));
        assert_eq!(value("1m"), None);
        assert_eq!(value("minus five"), Some(-5.0));
        assert_eq!(value("2 1/4"), Some(2.25));
        assert_eq!(value("3/4"), Some(0.75));
        assert_eq!(value("two hundred point zero three"), Some(200.03));
        assert_eq!(value("five and a half million"), Some(5_500_000.0));
        assert_eq!(value("the"), None);
        assert_eq!(value("a"), None);
    }

    #[test]
    fn ordinal_denominators_bind_by_position() {
        let close = |text: &str, expected: f64| {
            let found = value(text).unwrap_or(f64::NAN);
            assert!((found - expected).abs() < 1e-9, "{text}: {found} != {expected}");
        };
        close("three fifths", 0.6);
        close("two-thirds", 2.0 / 3.0);
        close("one hundred thirty fifths", 100.0 / 35.0);
        close("two hundred forty-sixths", 200.0 / 46.0);
        close("one hundred and thirty fifths", 26.0);
        close("seven twenty-firsts", 7.0 / 21.0);
        close("one twenty-fifth", 0.04);
        close("a thirty-second", 1.0 / 32.0);
        close("three - eighths", 0.375);
        close("4 dzs", 48.0);
        close("two hundred and fifty-four hundredths", 200.54);
        close("two and fifty-four hundredths", 2.54);
        close("a hundred trillionths", 1e-10);
        close("four hundred and three dozen", 436.0);
        close("three lakh crore", 3e12);
        close("two thousand million", 2e9);
        // A singular ordinal after "one" is a fraction only at the end or before "of".
        assert_eq!(value("one third round"), Some(1.0));
    }

    #[test]
    fn powers_ratios_and_multipliers() {
        let close = |text: &str, expected: f64| {
            let found = value(text).unwrap_or(f64::NAN);
            assert!((found - expected).abs() < 1e-9 * expected.abs().max(1.0), "{text}: {found}");
        };
        close("2^10", 1024.0);
        close("-4^-2", -0.0625);
        close("4.2x10^3", 4200.0);
        close("4.5x10-3", 0.0045);
        close("3x2^4", 48.0);
        close("6.02×10^23", 6.02e23);
        close("1.5×10−4", 1.5e-4);
        close("one over four", 0.25);
        close("3 over 4.", 0.75);
        close("12 K", 12_000.0);
        close("3.5b", 3.5e9);
        assert_eq!(value("3G"), None);
        assert_eq!(value("802.11b"), None);
        // Not ratios: "over" before a count of something, or a year.
        assert_eq!(value("23 over three days"), Some(23.0));
        assert_eq!(value("5 over 2024"), Some(5.0));
        // Not multipliers: grams, bits, a letter inside a sentence.
        assert_eq!(value("10g"), None);
        assert_eq!(value("1500b"), None);
        assert_eq!(value("12 K street"), Some(12.0));
        assert_eq!(value("35 M&S goods"), Some(35.0));
    }

    fn figure_of(text: &str) -> Option<(f64, Option<f64>, Option<f64>, bool)> {
        let tokens = tokens(text, 0);
        figure(&tokens, 0, false).map(|f| (f.value, f.low, f.high, f.approximate))
    }

    #[test]
    fn a_vague_word_before_a_vague_multiple() {
        let tens = Some((20_000.0, Some(20_000.0), Some(90_000.0), true));
        assert_eq!(figure_of("several tens of thousands of people"), tens);
        assert_eq!(figure_of("many tens of thousands"), tens);
        let tokens = tokens("several hundreds of thousands marched", 0);
        assert_eq!(figure(&tokens, 0, false).map(|f| (f.end, f.value)), Some((4, 200_000.0)));
        // Alone, or before another word, "several" is its own figure.
        assert_eq!(figure_of("several people"), Some((3.0, Some(3.0), Some(9.0), true)));
        assert_eq!(figure_of("several times"), Some((3.0, Some(3.0), Some(9.0), true)));
    }

    #[test]
    fn bounds_and_ranges() {
        assert_eq!(figure_of("over 200"), Some((200.0, Some(200.0), None, false)));
        assert_eq!(figure_of("at least 12"), Some((12.0, Some(12.0), None, false)));
        assert_eq!(figure_of("nearly 50"), Some((50.0, None, Some(50.0), true)));
        assert_eq!(figure_of("up to 700"), Some((700.0, None, Some(700.0), false)));
        assert_eq!(figure_of("about 30"), Some((30.0, None, None, true)));
        assert_eq!(figure_of("18-19"), Some((18.0, Some(18.0), Some(19.0), false)));
        assert_eq!(figure_of("about 20-30"), Some((20.0, Some(20.0), Some(30.0), true)));
        assert_eq!(figure_of("5- to 10-year"), Some((5.0, Some(5.0), Some(10.0), false)));
        assert_eq!(figure_of("5- to 10 years"), Some((5.0, Some(5.0), Some(5.0), false)));
        assert_eq!(figure_of("some 200 to 300"), Some((200.0, Some(200.0), Some(300.0), true)));
        assert_eq!(figure_of("more than half"), Some((0.5, Some(0.5), None, false)));
        assert_eq!(figure_of("nearly half of"), Some((0.5, None, Some(0.5), true)));
        assert_eq!(figure_of("equaling 20"), Some((20.0, Some(20.0), Some(20.0), false)));
        assert_eq!(figure_of("over half-time"), None);
        assert_eq!(figure_of("two to four"), Some((2.0, Some(2.0), Some(4.0), false)));
        assert_eq!(figure_of("between 5 and 10"), Some((5.0, Some(5.0), Some(10.0), false)));
        assert_eq!(figure_of("dozens"), Some((24.0, Some(24.0), None, true)));
        assert_eq!(figure_of("several"), Some((3.0, Some(3.0), Some(9.0), true)));
        assert_eq!(
            figure_of("tens of thousands"),
            Some((20_000.0, Some(20_000.0), Some(90_000.0), true))
        );
        assert_eq!(figure_of("500 or more"), Some((500.0, Some(500.0), None, false)));
        assert_eq!(figure_of("some"), None);
        // A bound at the end of a clause, with its "than"; a comparison mark and sign.
        assert_eq!(figure_of("40 or higher than."), Some((40.0, Some(40.0), None, false)));
        assert_eq!(figure_of("< -5 degrees"), Some((-5.0, None, Some(-5.0), false)));
        // "at most 40 or equal to 50": the second number is a figure of its own.
        let bounds = tokens("more than 70 or equal to 80", 0);
        let first = figure(&bounds, 0, false).map(|f| (f.end, f.low, f.high));
        assert_eq!(first, Some((3, Some(70.0), None)));
        // "How about 30?" suggests a number, it does not round one.
        let suggestion = tokens("How about 30 seats?", 0);
        assert_eq!(figure(&suggestion, 1, false), None);
        assert_eq!(figure(&suggestion, 2, false).map(|f| f.approximate), Some(false));
    }

    #[test]
    fn shares_and_parts_joined_by_and() {
        // A share of a whole, as polls and casualty ratios report it.
        assert_eq!(value("one in five children"), Some(0.2));
        assert_eq!(value("3 out of 4 voters"), Some(0.75));
        assert_eq!(value("two out of three hundred"), Some(2.0 / 300.0));
        // Not a share: a year, a length of time, a part larger than the whole.
        assert_eq!(value("3 in 2008"), Some(3.0));
        assert_eq!(value("1 in 5 minutes"), Some(1.0));
        assert_eq!(value("12 in three attacks"), Some(12.0));
        // "and" joins a smaller part, or a scale over all before it.
        assert_eq!(value("two hundred and two thousand"), Some(202_000.0));
        assert_eq!(value("four hundred and five"), Some(405.0));
        assert_eq!(value("5 hundred and 3 hundred"), Some(500.0));
        assert_eq!(value("6 thousand 2 hundred and 0"), Some(6200.0));
        // A fraction of a scale; a hyphenated fraction wherever it stands.
        assert_eq!(value("three quarters of a million"), Some(750_000.0));
        assert_eq!(value("one-fifth was lost"), Some(0.2));
        // Groups of digits set apart by narrow spaces, decimals in the last one.
        assert_eq!(value("2\u{202f}500\u{202f}000.75 euros"), Some(2_500_000.75));
    }

    /// Where a figure read at the first token starts and ends, in tokens.
    fn extent(text: &str) -> Option<(usize, usize)> {
        let tokens = tokens(text, 0);
        figure(&tokens, 0, false).map(|f| (f.start, f.end))
    }

    #[test]
    fn a_bound_after_an_approximation() {
        // The bound after the number wins; the figure starts at the number, and the
        // approximation stays in its flag.
        let text = "about 300 or more families";
        assert_eq!(figure_of(text), Some((300.0, Some(300.0), None, true)));
        assert_eq!(extent(text), Some((1, 4)));
        let text = "roughly forty or fewer.";
        assert_eq!(figure_of(text), Some((40.0, None, Some(40.0), true)));
        assert_eq!(extent(text), Some((1, 4)));
        // Without a bound after it the approximation keeps its word, and "or so"
        // keeps both.
        assert_eq!(extent("about 300 families"), Some((0, 2)));
        assert_eq!(figure_of("around 60 or so"), Some((60.0, None, None, true)));
        assert_eq!(extent("around 60 or so"), Some((0, 4)));
    }

    #[test]
    fn two_bounds_make_one_interval() {
        assert_eq!(
            figure_of("more than 100 but fewer than 200 people"),
            Some((100.0, Some(100.0), Some(200.0), false))
        );
        assert_eq!(
            figure_of("at least 40, at most 90 seats"),
            Some((40.0, Some(40.0), Some(90.0), false))
        );
        // Bounds that do not enclose an interval stay apart.
        assert_eq!(
            figure_of("more than 100 but fewer than 50 of them"),
            Some((100.0, Some(100.0), None, false))
        );
        assert_eq!(extent("over 200, under 20 of them children"), Some((0, 2)));
    }

    #[test]
    fn a_fraction_of_the_smaller_scale_after_it() {
        assert_eq!(value("one billion and a half million"), Some(1_000_500_000.0));
        assert_eq!(value("two million and three quarters thousand"), Some(2_000_750.0));
        // The fraction of the scale before it.
        assert_eq!(value("a billion and a half"), Some(1_500_000_000.0));
        assert_eq!(value("one and a half million"), Some(1_500_000.0));
        assert_eq!(value("3 million and a quarter"), Some(3_250_000.0));
        // A larger scale after it is a figure of its own.
        assert_eq!(value("one million and a half billion"), Some(1_500_000.0));
    }

    #[test]
    fn a_fraction_glyph_glued_to_digits() {
        assert_eq!(value("2½ years"), Some(2.5));
        assert_eq!(value("10¾"), Some(10.75));
        assert_eq!(value("½"), Some(0.5));
        // Apart from the digits, the glyph is a figure of its own.
        assert_eq!(value("2 ½"), Some(2.0));
        assert_eq!(value("1.5½"), Some(1.5));
    }
}
