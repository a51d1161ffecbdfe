//! Dates: absolute ("October 17", "19 October", "17th of October", "October 18-19",
//! "2025-10-17"), years ("in 2021"), and relative dates ("on Monday", "yesterday",
//! "two weeks ago", "earlier this month", "the weekend") resolved against the
//! publication date when the document has one.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::token::{Kind, Token};
use super::{DateValue, Found, QuantityKind, Season, Value};
use crate::lexicon::{calendar, numbers, units};

mod holidays;
mod numeric;
mod offsets;
mod periods;
#[cfg(test)]
mod testing;
mod weeks;
mod years;

pub(crate) use numeric::embedded;

/// Words after which a bare month name or a four-digit number is a date.
const DATE_PREPOSITIONS: &[&str] = &[
    "after", "before", "by", "during", "early", "end", "from", "in", "into", "last", "late", "mid",
    "next", "of", "since", "this", "through", "till", "to", "until",
];

fn is_date_preposition(token: Option<&Token<'_>>) -> bool {
    token.is_some_and(|t| DATE_PREPOSITIONS.iter().any(|w| t.is(w)))
}

/// Reads a date, a year or a relative date at `i`.
pub(crate) fn date(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let mut found =
        periods::at(tokens, i, published).or_else(|| absolute_or_relative(tokens, i, published))?;
    // Without a publication date a relative date keeps its text and no value.
    if published.is_none() && found.relative {
        found.value = Value::Date(DateValue::default());
        found.low = None;
        found.high = None;
        found.range = false;
    }
    Some(found)
}

/// The reference for relative dates when the document has no publication date; the
/// values computed from it are blanked by [`date`].
const PLACEHOLDER: Date = Date::constant(2000, 1, 3);

fn absolute_or_relative(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let token = tokens.get(i)?;
    let reference = published.or(Some(PLACEHOLDER));
    if let Some(found) = offsets::offset_date(tokens, i, published.unwrap_or(PLACEHOLDER))
        .or_else(|| holidays::holiday(tokens, i, published))
    {
        return Some(found);
    }
    match token.kind {
        Kind::Word => {
            // One lookup turns most words away from the period phrases.
            let opener = calendar::is_period_opener(token.text);
            if opener {
                if let Some(found) = week_phrase(tokens, i, published) {
                    return Some(found);
                }
                if let Some(found) = part_of_period(tokens, i, published) {
                    return Some(found);
                }
                if let Some(found) = the_day(tokens, i) {
                    return Some(found);
                }
            }
            // "that weekend", "the same year": a period named earlier in the story.
            if let Some(found) = weeks::anaphoric(tokens, i) {
                return Some(found);
            }
            let next = tokens.get(i + 1);
            // "third quarter of 2016", "fourth-quarter 2004", "Q3": a part word follows,
            // glued by a hyphen or not, or the token is a code.
            let part = |t: &Token<'_>| t.is("quarter") || t.is("half");
            if (opener
                || token.text.len() == 2
                || next.is_some_and(part)
                || next.is_some_and(|t| t.is_punct("-") && !t.gap)
                    && tokens.get(i + 2).is_some_and(|t| !t.gap && part(t)))
                && let Some(found) = quarter(tokens, i, published)
            {
                return Some(found);
            }
            // Season names start with a, f, s or w and have four to six letters.
            let season_like = (4..=6).contains(&token.text.len())
                && matches!(
                    token.text.as_bytes().first(),
                    Some(b'a' | b'A' | b'f' | b'F' | b's' | b'S' | b'w' | b'W')
                );
            if (opener || token.is("this") || season_like)
                && let Some(found) = season(tokens, i, published)
            {
                return Some(found);
            }
            // "from 4 to 22 next month": the opener belongs to the range of days.
            if (token.is("from") || token.is("between"))
                && let Some(mut found) = days_of_month(tokens, i + 1, published)
            {
                found.start = i;
                found.number.0 = i;
                return Some(found);
            }
            if let Some(found) = numeric::word_forms(tokens, i, published) {
                return Some(found);
            }
            // "the first Sunday": a weekday name ("…day") one or two words on.
            let day_word = |t: &Token<'_>| {
                t.text.len() >= 6
                    && t.text.get(t.text.len() - 3..).is_some_and(|e| e.eq_ignore_ascii_case("day"))
            };
            if (next.is_some_and(day_word) || tokens.get(i + 2).is_some_and(day_word))
                && let Some(found) = nth_weekday(tokens, i, published)
            {
                return Some(found);
            }
            // "first week of 2015": an ordinal opens it.
            if tokens.get(i + 1).is_some_and(|t| t.is("week"))
                && let Some(found) = week_phrase(tokens, i, published)
            {
                return Some(found);
            }
            if let Some(found) = years::word(tokens, i, published) {
                return Some(found);
            }
            if let Some(found) = between(tokens, i, published) {
                return Some(found);
            }
            if let Some(found) = weekday(tokens, i, published, reference) {
                return Some(found);
            }
            if let Some(found) = month_first(tokens, i, published) {
                return Some(found);
            }
            if let Some(found) = day_first(tokens, i, published) {
                return Some(found);
            }
            relative(tokens, i, reference)
        }
        Kind::Number | Kind::Mixed => digits_date(tokens, i, published, reference),
        // "-2020-07-01-": a date glued into a name after the mark.
        Kind::Punct => numeric::at_mark(tokens, i),
    }
}

/// A date starting with digits: "17 October", "2025-10-17", "4/22", "1990s", "Q3".
fn digits_date(
    tokens: &[Token<'_>],
    i: usize,
    published: Option<Date>,
    reference: Option<Date>,
) -> Option<Found> {
    let token = tokens.get(i)?;
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
    if previous.is_some_and(|t| t.is_punct("-/+:._") && !token.gap) {
        return numeric::after_mark(tokens, i, published);
    }
    if token.kind == Kind::Mixed {
        return weeks::period(tokens, i, published)
            .or_else(|| quarter(tokens, i, published))
            .or_else(|| glued(tokens, i, published))
            .or_else(|| years::number(tokens, i, published))
            .or_else(|| day_first(tokens, i, published))
            .or_else(|| bare_day(tokens, i));
    }
    if token.kind == Kind::Number
        && let Some(found) = relative(tokens, i, reference)
    {
        return Some(found);
    }
    numeric::number_forms(tokens, i, published)
        .or_else(|| quarter(tokens, i, published))
        .or_else(|| years::number(tokens, i, published))
        .or_else(|| days_of_month(tokens, i, published))
        .or_else(|| numeric(tokens, i, published))
        .or_else(|| numeric::month_day(tokens, i, published))
        .or_else(|| day_first(tokens, i, published))
        .or_else(|| year(tokens, i))
        .or_else(|| bare_day(tokens, i))
}

/// The first day of the month "this", "next" or "last" names, from the publication
/// date (or the placeholder when there is none).
fn month_named_by(which: &Token<'_>, published: Option<Date>) -> Option<Date> {
    let shift = if which.is("next") {
        1
    } else if which.is("last") {
        -1
    } else if which.is("this") {
        0
    } else {
        return None;
    };
    published
        .unwrap_or(PLACEHOLDER)
        .first_of_month()
        .checked_add(jiff::Span::new().months(shift))
        .ok()
}

fn found(start: usize, end: usize, value: DateValue, high: Option<DateValue>) -> Found {
    Found {
        kind: QuantityKind::Date,
        start,
        end,
        number: (start, end),
        value: Value::Date(value),
        low: high.map(|_| Value::Date(value)),
        high: high.map(Value::Date),
        approximate: false,
        range: high.is_some(),
        relative: false,
        unit: None,
    }
}

/// A day of the month at `j`: "17", "17th", "first", "twenty-first".
fn day_at(tokens: &[Token<'_>], j: usize, words: bool) -> Option<(u8, usize)> {
    let token = tokens.get(j)?;
    let (day, end) = match token.kind {
        Kind::Number if token.text.len() <= 2 => (token.text.parse::<u8>().ok()?, j + 1),
        Kind::Mixed => {
            let split = token.text.find(|c: char| c.is_alphabetic())?;
            let suffix = token.text.get(split..)?.to_ascii_lowercase();
            if !matches!(suffix.as_str(), "st" | "nd" | "rd" | "th") || split > 2 {
                return None;
            }
            (token.text.get(..split)?.parse::<u8>().ok()?, j + 1)
        }
        Kind::Word if words => {
            if let Some(value) = numbers::ordinal(token.text) {
                (u8::try_from(value).ok()?, j + 1)
            } else if let Some(tens) =
                numbers::cardinal(token.text).filter(|v| *v == 20 || *v == 30)
                && let Some((unit, end)) = tokens
                    .get(j + 1)
                    .filter(|t| t.kind == Kind::Word)
                    .and_then(|t| numbers::cardinal(t.text))
                    .filter(|v| (1..10).contains(v))
                    .map(|v| (v, j + 2))
                    .or_else(|| {
                        let hyphen = tokens.get(j + 1).filter(|t| t.is_punct("-") && !t.gap)?;
                        let _ = hyphen;
                        let unit = tokens
                            .get(j + 2)
                            .and_then(|t| numbers::cardinal(t.text))
                            .filter(|v| (1..10).contains(v))?;
                        Some((unit, j + 3))
                    })
            {
                // "twenty one", "twenty-two" after a month.
                (u8::try_from(tens + unit).ok()?, end)
            } else {
                let tens = numbers::cardinal(token.text).filter(|v| *v == 20 || *v == 30)?;
                // "twenty-first", "twenty second".
                let at =
                    if tokens.get(j + 1).is_some_and(|t| t.is_punct("-")) { j + 2 } else { j + 1 };
                let unit = numbers::ordinal(tokens.get(at)?.text).filter(|v| *v < 10)?;
                (u8::try_from(u64::from(tens) + unit).ok()?, at + 1)
            }
        }
        _ => return None,
    };
    (1..=31).contains(&day).then_some((day, end))
}

/// "the rest of the week", "the remainder of this year": from the publication date
/// to the period's last day.
fn rest_of(tokens: &[Token<'_>], i: usize, j: usize, published: Option<Date>) -> Option<Found> {
    let at = |k: usize, word: &str| tokens.get(k).is_some_and(|t| t.is(word));
    // "the rest of the week"; spoken and headline English drop the "of": "rest
    // this week".
    let determiner = |k: usize| ["the", "this", "my", "current"].iter().any(|w| at(k, w));
    // "the remaining of the week" (a spoken form) only with its "of".
    let remaining = at(j, "remaining") && at(j + 1, "of");
    if (at(j, "rest") || at(j, "remainder") || remaining) && (at(j + 1, "of") || determiner(j + 1))
    {
        let of = usize::from(at(j + 1, "of"));
        let k = if determiner(j + 1 + of) { j + 2 + of } else { j + 1 + of };
        // Without a publication date the value is blanked by `date`.
        let published = published.unwrap_or(PLACEHOLDER);
        let last = if at(k, "week") {
            published.checked_add(i64::from(7 - iso_weekday(published.weekday())).days()).ok()?
        } else if at(k, "month") {
            published.last_of_month()
        } else if at(k, "year") {
            Date::new(published.year(), 12, 31).ok()?
        } else {
            return None;
        };
        let mut found = found(i, k + 1, DateValue::from(published), Some(DateValue::from(last)));
        found.relative = true;
        return Some(found);
    }
    None
}

/// Weeks named by a phrase: "the rest of the week" (and of the month or year), "the
/// first week of 2015", "the last week of 2016", "week 31 of 2018", and "the week
/// of November 30th" (whose value is the day named, the week's anchor).
fn week_phrase(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let token = tokens.get(i)?;
    let is_week = |k: usize| tokens.get(k).is_some_and(|t| t.is("week"));
    if !(token.is("the")
        || token.is("rest")
        || token.is("remainder")
        || is_week(i)
        || is_week(i + 1))
    {
        return None;
    }
    let at = |k: usize, word: &str| tokens.get(k).is_some_and(|t| t.is(word));
    let j = if token.is("the") { i + 1 } else { i };
    if let Some(found) = rest_of(tokens, i, j, published) {
        return Some(found);
    }
    // "the week of November 30th", "the week beginning on February 4".
    if at(j, "week") {
        let k = if at(j + 1, "of") {
            j + 2
        } else if ["beginning", "commencing", "starting"].iter().any(|w| at(j + 1, w)) {
            if at(j + 2, "on") { j + 3 } else { j + 2 }
        } else {
            0
        };
        if k > 0
            && let Some(mut day) = absolute_or_relative(tokens, k, published)
            && day.start == k
            && !day.range
            && matches!(day.value, Value::Date(DateValue { day: Some(_), month: Some(_), .. }))
        {
            day.start = i;
            return Some(day);
        }
        // "the week of the 18th": a day of the month the story is in.
        if k > 0
            && at(k, "the")
            && let Some((day, end)) = day_at(tokens, k + 1, true)
            && ends_clause(tokens, end)
        {
            return Some(found(i, end, DateValue { day: Some(day), ..DateValue::default() }, None));
        }
    }
    // "the first week of 2015", "the last week of 2016", "week 31 of 2018", "week 1".
    let (which, k) = if at(j, "week")
        && let Some(number) = tokens.get(j + 1).filter(|t| t.kind == Kind::Number)
    {
        (number.text.parse::<i8>().ok().filter(|w| (1..=53).contains(w))?, j + 2)
    } else if at(j + 1, "week") {
        let word = tokens.get(j)?;
        let which = if word.is("last") {
            -1
        } else {
            let value = numbers::ordinal(word.text).or_else(|| {
                let split = word.text.find(|c: char| c.is_alphabetic())?;
                word.text.get(..split)?.parse::<u64>().ok()
            })?;
            i8::try_from(value).ok().filter(|w| (1..=53).contains(w))?
        };
        if !at(j + 2, "of") {
            return None;
        }
        (which, j + 3)
    } else {
        return None;
    };
    let of = if at(k, "of") { k + 1 } else { k };
    let (year, end, relative) = if let Some((year, end)) = year_at(tokens, of) {
        (year, end, false)
    } else if let Some(shift) = tokens.get(of).and_then(|t| {
        if t.is("this") {
            Some(0)
        } else if t.is("next") {
            Some(1)
        } else if t.is("last") {
            Some(-1)
        } else {
            None
        }
    }) && at(of + 1, "year")
    {
        (published.unwrap_or(PLACEHOLDER).year() + shift, of + 2, true)
    } else if at(j, "week") && which > 0 {
        // "week 31": of the publication year.
        (published.unwrap_or(PLACEHOLDER).year(), k, true)
    } else {
        return None;
    };
    let week = if which < 0 {
        // The ISO week holding December 28th is the year's last.
        Date::new(year, 12, 28).ok()?.iso_week_date().week()
    } else {
        which
    };
    let monday = jiff::civil::ISOWeekDate::new(year, week, Weekday::Monday).ok()?.date();
    let mut found = found(
        i,
        end,
        DateValue::from(monday),
        Some(DateValue::from(monday.checked_add(6.days()).ok()?)),
    );
    found.relative = relative;
    Some(found)
}

/// "early March", "mid-2019", "late last year", "the end of next week", "the
/// beginning of 2000": a part of a period, given as the period itself with the
/// approximate flag.
fn part_of_period(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let token = tokens.get(i)?;
    let at = if token.is("early") || token.is("late") || token.is("mid") || token.is("middle") {
        let hyphen = tokens.get(i + 1).is_some_and(|t| t.is_punct("-") && !t.gap);
        let of = tokens.get(i + 1).is_some_and(|t| t.is("of"));
        if hyphen || of { i + 2 } else { i + 1 }
    } else if ["beginning", "end", "middle", "start"].iter().any(|w| token.is(w))
        && tokens.get(i + 1).is_some_and(|t| t.is("of"))
    {
        // "the end of the year", "end of month": this one.
        let the = usize::from(tokens.get(i + 2).is_some_and(|t| t.is("the")));
        if let Some(mut found) = weeks::this_period(tokens, i + 2 + the, published) {
            found.start = i;
            found.approximate = true;
            return Some(found);
        }
        if the == 1 {
            return None;
        }
        i + 2
    } else {
        return None;
    };
    let glued_year =
        tokens.get(at - 1).is_some_and(|t| t.is_punct("-")) && year_at(tokens, at).is_some();
    let glued_decade = !glued_year
        && tokens.get(at - 1).is_some_and(|t| t.is_punct("-"))
        && tokens.get(at).is_some_and(|t| t.kind == Kind::Mixed);
    let mut inner = if glued_year {
        // "mid-2019": the year glued to the word, which the year reader refuses alone.
        let (year, end) = year_at(tokens, at)?;
        let mut found = found(at, end, DateValue::default(), None);
        found.kind = QuantityKind::Year;
        found.value = Value::Number(f64::from(year));
        found.low = Some(found.value);
        found.high = Some(found.value);
        found
    } else if glued_decade {
        // "mid-70s", "late-1990s": a decade glued to the word, which the date readers
        // refuse after a hyphen alone ("COVID-19s").
        years::number(tokens, at, published)?
    } else {
        absolute_or_relative(tokens, at, published)?
    };
    let is_period = match inner.value {
        Value::Date(value) => value.day.is_none() || inner.range,
        Value::Number(_) => inner.kind == QuantityKind::Year && (!inner.range || glued_decade),
        Value::Duration(_) => false,
    };
    if inner.start != at || !is_period {
        return None;
    }
    inner.start = i;
    inner.approximate = true;
    Some(inner)
}

/// Quarters and halves of a year: "Q3", "Q3 2019", "2019 Q3", "q1-2019", "the third
/// quarter of 2016", "the first half of the year", "next quarter", "H1 2016".
#[expect(clippy::too_many_lines, reason = "one case per written form of a quarter, each short")]
fn quarter(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let token = tokens.get(i)?;
    // Every form has a two-letter code ("Q3", "H1") or "quarter" or "half" within
    // three tokens; most words are turned away here.
    let part_word = |k: usize| tokens.get(k).is_some_and(|t| t.is("quarter") || t.is("half"));
    let coded_near = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| matches!(t.text.as_bytes(), [b'q' | b'Q' | b'h' | b'H', b'1'..=b'4']))
    };
    if !(coded_near(i)
        || coded_near(i + 1)
        || coded_near(i + 2)
        || part_word(i + 1)
        || part_word(i + 2)
        || part_word(i + 3))
    {
        return None;
    }
    // The part (quarter 1 to 4 or half 1 to 2), how many months it spans, and where
    // its words end.
    let coded = |t: &Token<'_>| -> Option<(u8, u8)> {
        let text = t.text;
        let (letter, digit) = (text.get(..1)?, text.get(1..)?.parse::<u8>().ok()?);
        if text.len() != 2 {
            return None;
        }
        if letter.eq_ignore_ascii_case("q") && (1..=4).contains(&digit) {
            Some((digit, 3))
        } else if letter.eq_ignore_ascii_case("h") && (1..=2).contains(&digit) {
            Some((digit, 6))
        } else {
            None
        }
    };
    let year_before = year_at(tokens, i).filter(|_| {
        tokens.get(i + 1).is_some_and(|t| t.is_punct("-") && !t.gap)
            && tokens.get(i + 2).is_some_and(|t| coded(t).is_some())
            || tokens.get(i + 1).is_some_and(|t| coded(t).is_some())
    });
    let mut spelled = false;
    let (year, part, months, mut end) = if let Some((year, after)) = year_before {
        // "2019 Q3", "2017-q1".
        let at = if tokens.get(after).is_some_and(|t| t.is_punct("-")) { after + 1 } else { after };
        let (part, months) = coded(tokens.get(at)?)?;
        (Some(year), part, months, at + 1)
    } else if let Some((part, months)) = coded(token) {
        (None, part, months, i + 1)
    } else {
        let j = if token.is("the") { i + 1 } else { i };
        let relative = tokens.get(j).filter(|t| {
            ["last", "next", "past", "previous", "this", "coming", "current", "following"]
                .iter()
                .any(|w| t.is(w))
        });
        if let Some(which) = relative {
            if !tokens.get(j + 1).is_some_and(|t| t.is("quarter")) {
                return None;
            }
            let published = published.unwrap_or(PLACEHOLDER);
            let current = u8::try_from((published.month() - 1) / 3).ok()?;
            let shift: i16 = if which.is("next") || which.is("coming") || which.is("following") {
                1
            } else if which.is("this") || which.is("current") {
                0
            } else {
                -1
            };
            let index = i16::from(current) + shift;
            let year = published.year() + index.div_euclid(4);
            let part = u8::try_from(index.rem_euclid(4)).ok()? + 1;
            let mut found = quarter_found(i, j + 2, Some(year), part, 3)?;
            found.relative = true;
            return Some(found);
        }
        // "the third quarter", "the third-quarter", "the 3rd half".
        let (part, months, end) = periods::spelled_part(tokens, j)?;
        spelled = true;
        (None, part, months, end)
    };
    // The year after: "of 2016", "2019", "-2019", "of the year", "this year", "of next year".
    let mut year = year;
    let mut relative = false;
    let mut of_a_year = year.is_some();
    if year.is_none() {
        let at = if tokens.get(end).is_some_and(|t| t.is("of") || t.is_punct("-")) {
            end + 1
        } else {
            end
        };
        if let Some((found_year, after)) = year_at(tokens, at) {
            year = Some(found_year);
            end = after;
            of_a_year = true;
        } else if let Some(which) =
            tokens.get(at).filter(|t| t.is("this") || t.is("next") || t.is("last"))
            && tokens.get(at + 1).is_some_and(|t| t.is("year"))
        {
            let shift = if which.is("next") {
                1
            } else if which.is("last") {
                -1
            } else {
                0
            };
            year = published.map(|p| p.year() + shift);
            relative = true;
            end = at + 2;
            of_a_year = true;
        } else if tokens.get(at).is_some_and(|t| t.is("the"))
            && tokens.get(at + 1).is_some_and(|t| t.is("year"))
            && at > end
        {
            end = at + 2;
            of_a_year = true;
        }
    }
    // "the third quarter", "the first half" without a year are as often parts of a
    // match as of a year: only "Q3" and "H1" stand alone.
    if spelled && !of_a_year {
        return None;
    }
    // "H2" alone is hydrogen or a heading as often as a half year: it needs a year.
    if months == 6 && year.is_none() && !spelled {
        return None;
    }
    let mut found = quarter_found(i, end, year, part, months)?;
    found.relative = relative;
    Some(found)
}

fn quarter_found(
    start: usize,
    end: usize,
    year: Option<i16>,
    part: u8,
    months: u8,
) -> Option<Found> {
    let first = (part - 1).checked_mul(months)? + 1;
    let last = first + months - 1;
    let low = DateValue {
        year,
        month: Some(first),
        day: None,
        year_inferred: false,
        season: None,
        century_inferred: false,
    };
    let high = DateValue { month: Some(last), ..low };
    Some(found(start, end, low, Some(high)))
}

/// Two days and the month they belong to, which comes after them: "4 to 22 this
/// month", "3 until 12 of Sept", "9 to 12 of June", "4-23 in next month".
fn days_of_month(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let (first, after) = day_at(tokens, i, false)?;
    let link = tokens.get(after)?;
    if !(link.is_punct("-–")
        || ["and", "through", "till", "to", "until"].iter().any(|w| link.is(w)))
    {
        return None;
    }
    let (second, mut end) = day_at(tokens, after + 1, false)?;
    if second <= first {
        return None;
    }
    let linked = tokens.get(end).is_some_and(|t| t.is("of") || t.is("in"));
    if linked {
        end += 1;
    }
    let opened = i
        .checked_sub(1)
        .and_then(|k| tokens.get(k))
        .is_some_and(|t| t.is("from") || t.is("between"));
    let (month_value, end) = if let Some((month, month_end)) = month_at(tokens, end) {
        let (year, year_end) =
            trailing_year(tokens, month_end).map_or((None, month_end), |(y, e)| (Some(y), e));
        (with_year(month, None, year, published), year_end)
    } else {
        // "this month", "next month"; "rose 3 to 4 this month" is no range of days.
        if !linked && !opened {
            return None;
        }
        let which = tokens.get(end)?;
        if !tokens.get(end + 1).is_some_and(|t| t.is("month")) {
            return None;
        }
        let month = month_named_by(which, published)?;
        (DateValue::from(month), end + 2)
    };
    let low = DateValue { day: Some(first), ..month_value };
    let high = DateValue { day: Some(second), ..month_value };
    let mut found = found(i, end, low, Some(high));
    found.relative = tokens.get(end - 1).is_some_and(|t| t.is("month"));
    Some(found)
}

/// Seasons: "this summer", "next spring", "summer 2016", "the summer of 2016", "in
/// the winter". A bare season needs a preposition of time before it ("the Arab
/// Spring" is not one), and "fall" a year or "this", "last" or "next" ("the fall of
/// Kabul").
fn season(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let token = tokens.get(i)?;
    let (start, at, which) =
        if ["this", "last", "next", "coming", "past"].iter().any(|w| token.is(w)) {
            (i, i + 1, Some(token))
        } else {
            (i, i, None)
        };
    let word = tokens.get(at)?;
    // Season names are four to six letters long: a cheap test before the lookup.
    if !(4..=6).contains(&word.text.len()) {
        return None;
    }
    let number = calendar::season(word.text)?;
    let season = match number {
        1 => Season::Spring,
        2 => Season::Summer,
        3 => Season::Fall,
        _ => Season::Winter,
    };
    // The first month of each season, to place "last" and "next" around today.
    let first_month: i8 = match season {
        Season::Spring => 3,
        Season::Summer => 6,
        Season::Fall => 9,
        Season::Winter => 12,
    };
    let mut end = at + 1;
    let of = tokens.get(end).is_some_and(|t| t.is("of"));
    let written = year_at(tokens, if of { end + 1 } else { end });
    let mut value = DateValue { season: Some(season), ..DateValue::default() };
    let mut relative = false;
    if let Some((year, after)) = written {
        value.year = Some(year);
        end = after;
    } else if let Some(which) = which {
        {
            let published = published.unwrap_or(PLACEHOLDER);
            let year = published.year();
            let month = published.month();
            value.year = Some(if which.is("next") || which.is("coming") {
                if first_month > month { year } else { year + 1 }
            } else if which.is("last") || which.is("past") {
                if first_month + 2 < month { year } else { year - 1 }
            } else {
                year
            });
            relative = true;
        }
    } else {
        let before = i.checked_sub(1).and_then(|k| tokens.get(k));
        let before = if before.is_some_and(|t| t.is("the")) {
            i.checked_sub(2).and_then(|k| tokens.get(k))
        } else {
            before
        };
        // "spring merchandise", "winter storms": the season qualifies a noun.
        let qualifies = tokens.get(end).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.is_capitalized()
                && !crate::lexicon::grammar::is_stop_word(t.text)
        });
        if season == Season::Fall || !is_date_preposition(before) || qualifies {
            return None;
        }
    }
    let mut found = found(start, end, value, None);
    found.relative = relative;
    Some(found)
}

/// "the first Sunday of May", "the third Tuesday", "the last Friday of this month":
/// the weekday counted within a month (the publication month when none is named).
fn nth_weekday(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let the = tokens.get(i).is_some_and(|t| t.is("the"));
    let j = if the { i + 1 } else { i };
    let count_word = tokens.get(j)?;
    // Every weekday name ends in "day": a cheap test before the lookup, as this runs
    // on every word.
    let wanted = tokens
        .get(j + 1)
        .filter(|t| {
            t.text.len() >= 6
                && t.text.get(t.text.len() - 3..).is_some_and(|end| end.eq_ignore_ascii_case("day"))
        })
        .and_then(|t| calendar::weekday(t.text))?;
    let named_month = tokens.get(j + 2).is_some_and(|t| t.is("of") || t.is("in"));
    let nth: i8 = if count_word.is("last") {
        // "last Friday" is the one before today; "the last Friday of May" is counted.
        if !(the && named_month) {
            return None;
        }
        -1
    } else {
        numbers::ordinal(count_word.text)
            .and_then(|n| i8::try_from(n).ok())
            .filter(|n| (1..=5).contains(n))?
    };
    let reference = published.unwrap_or(PLACEHOLDER);
    let mut end = j + 2;
    let (month_first, relative) = if named_month {
        if let Some((month, after)) = month_at(tokens, end + 1) {
            let (year, after) =
                trailing_year(tokens, after).map_or((None, after), |(y, e)| (Some(y), e));
            let value = with_year(month, None, year, Some(reference));
            end = after;
            (Date::new(value.year?, i8::try_from(month).ok()?, 1).ok()?, year.is_none())
        } else if let Some(which) = tokens.get(end + 1)
            && tokens.get(end + 2).is_some_and(|t| t.is("month"))
        {
            let shift = if which.is("next") {
                1
            } else if which.is("last") || which.is("previous") {
                -1
            } else if which.is("this") {
                0
            } else {
                return None;
            };
            end += 3;
            (reference.first_of_month().checked_add(jiff::Span::new().months(shift)).ok()?, true)
        } else {
            (reference.first_of_month(), true)
        }
    } else {
        (reference.first_of_month(), true)
    };
    let wanted = i8::try_from(wanted).ok()?;
    let first = month_first
        .checked_add(i64::from((wanted - iso_weekday(month_first.weekday()) + 7) % 7).days())
        .ok()?;
    let date = if nth > 0 {
        first.checked_add(i64::from(7 * (nth - 1)).days()).ok()?
    } else {
        let last = month_first.last_of_month();
        last.checked_sub(i64::from((iso_weekday(last.weekday()) - wanted + 7) % 7).days()).ok()?
    };
    if date.month() != month_first.month() {
        return None;
    }
    let mut found = found(i, end, DateValue::from(date), None);
    found.relative = relative;
    Some(found)
}

/// Words before "the 27th" that make it a day of the month.
const DAY_PREPOSITIONS: &[&str] =
    &["after", "before", "by", "for", "from", "on", "since", "through", "till", "to", "until"];

/// "on the 27th", "until the 21st", "for the second.": a day of an unnamed month,
/// when nothing follows that it could number ("the 21st century", "the second
/// round").
fn the_day(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let token = tokens.get(i)?;
    if !token.is("the")
        || !i
            .checked_sub(1)
            .and_then(|k| tokens.get(k))
            .is_some_and(|p| DAY_PREPOSITIONS.iter().any(|w| p.is(w)))
    {
        return None;
    }
    let (day, end) = day_at(tokens, i + 1, true)?;
    if !ends_clause(tokens, end) {
        return None;
    }
    Some(found(i, end, DateValue { day: Some(day), ..DateValue::default() }, None))
}

/// Whether a day ending before `end` ends its clause: a plain number is a day only
/// when the sentence or clause ends with it ("on 15." but not "on 15 charges").
fn ends_clause(tokens: &[Token<'_>], end: usize) -> bool {
    let clause_end = |t: &Token<'_>| t.is_punct(".,") && tokens.get(end + 1).is_none_or(|n| n.gap);
    !tokens.get(end).is_some_and(|t| {
        (t.kind != Kind::Punct || t.is_punct("-/%$€£.,") && !t.gap) && !clause_end(t)
    })
}

/// "on 22nd", "on 15": a day of an unnamed month right after "on", ending its clause.
fn bare_day(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let token = tokens.get(i)?;
    if !token.gap || !i.checked_sub(1).and_then(|k| tokens.get(k)).is_some_and(|p| p.is("on")) {
        return None;
    }
    let (day, end) = day_at(tokens, i, false)?;
    if !ends_clause(tokens, end) {
        return None;
    }
    Some(found(i, end, DateValue { day: Some(day), ..DateValue::default() }, None))
}

/// A month name at `j`, with the full stop of an abbreviation.
fn month_at(tokens: &[Token<'_>], j: usize) -> Option<(u8, usize)> {
    let token = tokens.get(j)?;
    if token.kind != Kind::Word {
        return None;
    }
    let month = calendar::month(token.text)?;
    // "Sept. 17"; a full name too when the day is glued to the stop ("september.15th"),
    // but not the full stop of a sentence that ends on the month inside quotes or
    // brackets ("on Friday 11 March.\"", "(in June.)").
    let full_name = calendar::MONTH_NAMES.iter().any(|name| name.eq_ignore_ascii_case(token.text));
    let takes_stop = |t: &Token<'_>| {
        if full_name {
            !t.gap && matches!(t.kind, Kind::Number | Kind::Mixed)
        } else {
            t.kind != Kind::Word
        }
    };
    let abbreviation_stop = tokens.get(j + 1).is_some_and(|t| t.is_punct(".") && !t.gap)
        && tokens.get(j + 2).is_some_and(takes_stop);
    let end = if abbreviation_stop { j + 2 } else { j + 1 };
    Some((month, end))
}

/// A four-digit year at `j`.
fn year_at(tokens: &[Token<'_>], j: usize) -> Option<(i16, usize)> {
    let token = tokens.get(j)?;
    if token.kind == Kind::Word {
        return years::spelled_year(tokens, j);
    }
    if token.kind != Kind::Number || token.text.len() != 4 {
        return None;
    }
    let year = token.text.parse::<i16>().ok()?;
    (1000..=2999).contains(&year).then_some((year, j + 1))
}

/// An optional comma then a year, or "of" then a year ("of 87" too).
fn trailing_year(tokens: &[Token<'_>], j: usize) -> Option<(i16, usize)> {
    if tokens.get(j).is_some_and(|t| t.is_punct(",") || t.is("of"))
        && let Some(found) = year_at(tokens, j + 1)
    {
        return Some(found);
    }
    year_at(tokens, j).or_else(|| years::short_year_at(tokens, j, false))
}

fn with_year(month: u8, day: Option<u8>, year: Option<i16>, published: Option<Date>) -> DateValue {
    let mut value = DateValue {
        year,
        month: Some(month),
        day,
        year_inferred: false,
        season: None,
        century_inferred: false,
    };
    if year.is_none()
        && let Some(published) = published
    {
        let mut year = published.year();
        let candidate = |year: i16| {
            Date::new(
                year,
                i8::try_from(month).unwrap_or(1),
                i8::try_from(day.unwrap_or(1)).unwrap_or(1),
            )
            .ok()
        };
        if let Some(date) = candidate(year) {
            // News looks back more than ahead: a date up to three months after the
            // publication, or up to nine months before it, is in the same year.
            let days = (date - published).get_days();
            if days > 92 {
                year -= 1;
            } else if days < -275 {
                year += 1;
            }
        }
        value.year = Some(year);
        value.year_inferred = true;
    }
    value
}

/// "Jan-Feb 2017", "Nov-Feb 2017": two months glued by a dash, the first at `i`
/// ending at `j`; a year after the second holds for both.
fn month_dash_month(
    tokens: &[Token<'_>],
    i: usize,
    j: usize,
    month: u8,
    published: Option<Date>,
) -> Option<Found> {
    if tokens.get(j).is_some_and(|t| t.is_punct("-–") && !t.gap)
        && let Some((second, after)) = month_at(tokens, j + 1)
        && tokens.get(j + 1).is_some_and(|t| !t.gap)
        && !tokens.get(after).is_some_and(|t| t.kind == Kind::Number && t.text.len() <= 2)
    {
        // "Nov-Feb 5th, 2017": a day of the second month ends the range.
        let (day, after) =
            day_at(tokens, after, false).map_or((None, after), |(d, e)| (Some(d), e));
        let (year, end) = trailing_year(tokens, after).map_or((None, after), |(y, e)| (Some(y), e));
        let high = with_year(second, day, year, published);
        let low_year = if month > second { high.year.map(|y| y - 1) } else { high.year };
        let low = DateValue { year: low_year, month: Some(month), day: None, ..high };
        return Some(found(i, end, low, Some(high)));
    }
    None
}

/// The month named after "this", "last" or "next", in the year the publication date
/// gives it.
fn month_around(month: u8, which: &Token<'_>, published: Option<Date>) -> DateValue {
    let mut value = DateValue { month: Some(month), ..DateValue::default() };
    if let Some(published) = published {
        let current = u8::try_from(published.month()).unwrap_or(1);
        let year = published.year();
        value.year = Some(if which.is("last") {
            if month < current { year } else { year - 1 }
        } else if which.is("next") {
            if month > current { year } else { year + 1 }
        } else {
            year
        });
    }
    value
}

fn month_first(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let token = tokens.get(i)?;
    let (month, mut j) = month_at(tokens, i)?;
    // "October. 2", "Oct/2", "jan-1".
    if tokens.get(j).is_some_and(|t| t.is_punct("/-."))
        && tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Number)
    {
        j += 1;
    }
    j = numeric::comma_before_ordinal_day(tokens, j);
    // "November between 19 and 20".
    if let Some(found) = numeric::month_between_days(tokens, i, j, month, published) {
        return Some(found);
    }
    let strict = token.is("may") || token.is("march") || !token.is_capitalized();
    // "May the eleventh", "September the twenty-first".
    if tokens.get(j).is_some_and(|t| t.is("the"))
        && tokens.get(j + 1).is_some_and(|t| t.kind != Kind::Number)
        && day_at(tokens, j + 1, true).is_some()
    {
        j += 1;
    }
    if let Some(found) = month_dash_month(tokens, i, j, month, published) {
        return Some(found);
    }
    if let Some((day, mut end)) = day_at(tokens, j, true) {
        // "October 18-19", "October 18 to 19", "April 9th through 17th".
        let mut high = None;
        if tokens.get(end).is_some_and(|t| {
            t.is_punct("-–")
                || ["and", "through", "thru", "till", "to", "until"].iter().any(|w| t.is(w))
        }) && let Some((second, after)) = day_at(tokens, end + 1, false)
            && second > day
        {
            high = Some(second);
            end = after;
        }
        let (year, end) = trailing_year(tokens, end).map_or((None, end), |(y, e)| (Some(y), e));
        if tokens.get(end).is_some_and(|t| t.is_punct("-/:") && !t.gap) {
            // "Nov 18-Dec 19, 2015", "Nov 18 2014-Dec 19 2015": a range of two dates.
            let low = with_year(month, Some(day), year, published);
            return numeric::dash_second_date(tokens, i, end, low, published)
                .filter(|_| high.is_none());
        }
        let value = with_year(month, Some(day), year, published);
        let high = high.map(|d| DateValue { day: Some(d), ..value });
        return Some(found(i, end, value, high));
    }
    if let Some((year, end)) =
        trailing_year(tokens, j).or_else(|| years::short_year_at(tokens, j, true))
    {
        return Some(found(
            i,
            end,
            DateValue {
                year: Some(year),
                month: Some(month),
                day: None,
                year_inferred: false,
                season: None,
                century_inferred: false,
            },
            None,
        ));
    }
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
    // "the month of May": the month named, in any letter case.
    let month_of = previous.is_some_and(|t| t.is("of"))
        && i.checked_sub(2).and_then(|k| tokens.get(k)).is_some_and(|t| t.is("month"));
    let anchored =
        is_date_preposition(previous) || previous.is_some_and(|t| t.is_punct("-") && !token.gap);
    // "next june", "last sept": the word before makes it a month.
    // Not "this may take longer": "may" and "march" keep their capital.
    let relative_month = previous.is_some_and(|t| t.is("this") || t.is("last") || t.is("next"))
        && (token.is_capitalized() || !(token.is("may") || token.is("march")));
    // "june next year": a year named after it makes it a month, save "may" and
    // "march" ("they may next year raise taxes").
    let year_after =
        ["last", "next", "this"].iter().any(|w| tokens.get(j).is_some_and(|t| t.is(w)))
            && tokens.get(j + 1).is_some_and(|t| t.is("year"))
            && (token.is_capitalized() || !(token.is("may") || token.is("march")));
    // "it may be in may": after a preposition, a month that ends its clause is no verb.
    let named = !strict
        || month_of
        || relative_month
        || year_after
        || anchored && (token.is_capitalized() || ends_clause(tokens, j));
    if !named {
        return None;
    }
    // "this September", "last March", "next May".
    if let Some(previous) = previous.filter(|t| t.is("this") || t.is("last") || t.is("next")) {
        return Some(found(i - 1, j, month_around(month, previous, published), None));
    }
    // "in Jan", "since Feb": an abbreviation stands alone only after a preposition of
    // time ("Jan" is also a name).
    let abbreviation_anchored = previous.is_some_and(|t| {
        ["after", "before", "during", "in", "since", "through", "till", "until"]
            .iter()
            .any(|w| t.is(w))
    });
    if token.text.len() <= 3 && !token.is("may") && !abbreviation_anchored && !month_of {
        return None;
    }
    let start = if month_of {
        let the = i.checked_sub(3).and_then(|k| tokens.get(k)).is_some_and(|t| t.is("the"));
        if the { i - 3 } else { i - 2 }
    } else {
        i
    };
    let mut found = found(start, j, with_year(month, None, None, published), None);
    found.number = (i, j);
    Some(found)
}

fn day_first(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let start = i;
    let (day, mut j) = day_at(tokens, i, true)?;
    let mut high = None;
    if tokens.get(j).is_some_and(|t| t.is_punct("-–") || t.is("to") || t.is("and"))
        && let Some((second, after)) = day_at(tokens, j + 1, false)
        && second > day
        && month_at(tokens, after).is_some()
    {
        high = Some(second);
        j = after;
    }
    let word_day = tokens.get(i).is_some_and(|t| t.kind == Kind::Word);
    // "the 15th day of June".
    if high.is_none()
        && tokens.get(j).is_some_and(|t| t.is("day"))
        && tokens.get(j + 1).is_some_and(|t| t.is("of"))
    {
        j += 1;
    }
    let of = tokens.get(j).is_some_and(|t| t.is("of"));
    // "the 20th of next month", "the 31st of this month".
    if of
        && high.is_none()
        && let Some(which) = tokens.get(j + 1)
        && tokens.get(j + 2).is_some_and(|t| t.is("month"))
    {
        let month = month_named_by(which, published)?;
        let date = Date::new(month.year(), month.month(), i8::try_from(day).ok()?).ok()?;
        let mut found = found(start, j + 3, DateValue::from(date), None);
        found.relative = true;
        return Some(found);
    }
    if of {
        j += 1;
    } else if word_day {
        return None;
    } else if tokens.get(j).is_some_and(|t| t.is_punct("-/.") && !t.gap)
        && tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Word)
    {
        // "1-jan", "28/nov", "16. nov. 2016".
        j += 1;
    }
    let (month, end) = month_at(tokens, j)?;
    let (year, end) = trailing_year(tokens, end).map_or((None, end), |(y, e)| (Some(y), e));
    let value = with_year(month, Some(day), year, published);
    let high = high.map(|d| DateValue { day: Some(d), ..value });
    Some(found(start, end, value, high))
}

/// "2025-10-17", "10/17/2025", "17/10/2025", "1995-01".
#[expect(clippy::too_many_lines, reason = "one case per numeric date form, each short")]
fn numeric(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let glued = |k: usize| tokens.get(k).is_some_and(|t| !t.gap);
    let number = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == Kind::Number)
            .and_then(|t| t.text.parse::<u16>().ok().map(|v| (v, t.text.len())))
    };
    let separator = |k: usize| tokens.get(k).filter(|t| t.is_punct("-/.")).map(|t| t.text);
    let make = |year: u16, month: u16, day: u16| -> Option<DateValue> {
        Date::new(i16::try_from(year).ok()?, i8::try_from(month).ok()?, i8::try_from(day).ok()?)
            .ok()
            .map(DateValue::from)
    };
    // A two-digit year takes the century `years::two_digit_year` gives it.
    let century = |year: u16, len: usize| {
        if len == 2 {
            years::two_digit_year(year)
                .and_then(|(year, _)| u16::try_from(year).ok())
                .unwrap_or(year)
        } else {
            year
        }
    };
    // "13.5.2015", "2015.5.13": one token with two dots.
    if let Some(token) =
        tokens.get(i).filter(|t| t.kind == Kind::Number && t.text.matches('.').count() == 2)
    {
        let mut parts = token.text.split('.');
        let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
        let value = if a.len() == 4 {
            make(a.parse().ok()?, b.parse().ok()?, c.parse().ok()?)
        } else if c.len() == 4 {
            make(c.parse().ok()?, b.parse().ok()?, a.parse().ok()?)
        } else {
            None
        }?;
        return Some(found(i, i + 1, value, None));
    }
    // "2019-sep-1", "2019/sep/01".
    if let Some((year, _)) = number(i).filter(|(_, len)| *len == 4)
        && separator(i + 1).is_some()
        && let Some((month, after)) = month_at(tokens, i + 2)
        && separator(after).is_some()
        && let Some((day, _)) = number(after + 1)
    {
        return Some(found(i, after + 2, make(year, u16::from(month), day)?, None));
    }
    // "08/12,2015": the year glued with a comma.
    if let (Some((a, _)), Some("/"), Some(joined)) =
        (number(i), separator(i + 1), tokens.get(i + 2))
        && let Some((b, year)) = joined.text.split_once(',')
        && !joined.gap
    {
        let (b, year_len) = (b.parse::<u16>().ok()?, year.len());
        let year = century(year.parse::<u16>().ok()?, year_len);
        let value = if a <= 12 { make(year, a, b) } else { make(year, b, a) }?;
        return Some(found(i, i + 3, value, None));
    }
    let (a, a_len) = number(i)?;
    let sep = separator(i + 1)?;
    let (b, b_len) = number(i + 2)?;
    // "11/2016", "2016/11": a month and a year, with a slash and nothing after.
    if sep == "/"
        && glued(i + 1)
        && glued(i + 2)
        && !tokens.get(i + 3).is_some_and(|t| t.is_punct("-/") && !t.gap)
    {
        let (month, year) = match (a_len, b_len) {
            (1 | 2, 4) => (a, b),
            (4, 1 | 2) => (b, a),
            _ => (0, 0),
        };
        if (1..=12).contains(&month) && (1900..=2100).contains(&year) {
            let value = DateValue {
                year: i16::try_from(year).ok(),
                month: u8::try_from(month).ok(),
                day: None,
                year_inferred: false,
                season: None,
                century_inferred: false,
            };
            return Some(found(i, i + 3, value, None));
        }
    }
    let three =
        separator(i + 3) == Some(sep) && number(i + 4).is_some() && glued(i + 3) && glued(i + 4);
    if three {
        let (c, c_len) = number(i + 4)?;
        if tokens.get(i + 5).is_some_and(|t| {
            t.is_punct("-/.") && !t.gap && tokens.get(i + 6).is_some_and(|n| n.kind == Kind::Number)
        }) {
            return None;
        }
        let (year, month, day) = if a_len == 4 {
            (a, b, c)
        } else if (c_len == 4 || c_len == 2) && a <= 12 {
            (century(c, c_len), a, b)
        } else if c_len == 4 || c_len == 2 {
            (century(c, c_len), b, a)
        } else {
            return None;
        };
        let date = Date::new(
            i16::try_from(year).ok()?,
            i8::try_from(month).ok()?,
            i8::try_from(day).ok()?,
        )
        .ok()?;
        let mut value = DateValue::from(date);
        // "12/12/30": the century of a year in the thirties is open.
        value.century_inferred =
            c_len == 2 && a_len != 4 && years::two_digit_year(c).is_some_and(|(_, open)| open);
        return Some(found(i, i + 5, value, None));
    }
    if a_len == 4
        && sep == "-"
        && (1..=12).contains(&b)
        && tokens.get(i + 2).is_some_and(|t| t.text.len() <= 2)
    {
        if tokens.get(i + 3).is_some_and(|t| t.is_punct("-/") && !t.gap) {
            return None;
        }
        let year = i16::try_from(a).ok()?;
        return Some(found(
            i,
            i + 3,
            DateValue {
                year: Some(year),
                month: u8::try_from(b).ok(),
                day: None,
                year_inferred: false,
                season: None,
                century_inferred: false,
            },
            None,
        ));
    }
    // "4/22", "22/04": a month and a day that cannot be read the other way round, and
    // not a fraction (the denominator is not a small number).
    if sep == "/"
        && glued(i + 1)
        && glued(i + 2)
        && a_len <= 2
        && !tokens.get(i + 3).is_some_and(|t| t.is_punct("-/") && !t.gap)
    {
        let (month, day) = if a <= 12 && (13..=31).contains(&b) {
            (a, b)
        } else if (13..=31).contains(&a) && (1..=12).contains(&b) {
            (b, a)
        } else {
            return None;
        };
        let value = with_year(u8::try_from(month).ok()?, u8::try_from(day).ok(), None, published);
        return Some(found(i, i + 3, value, None));
    }
    None
}

/// A year: "in 2021", "since 2021", "2010-2015".
fn year(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let (year, end) = year_at(tokens, i)?;
    if !(1800..=2100).contains(&year) {
        return None;
    }
    // "the 1970's": a decade written with an apostrophe.
    if year % 10 == 0
        && tokens.get(end).is_some_and(|t| t.is_punct("'’") && !t.gap)
        && tokens.get(end + 1).is_some_and(|t| t.is("s") && !t.gap)
    {
        let mut found = found(i, end + 2, DateValue::default(), None);
        found.kind = QuantityKind::Year;
        found.value = Value::Number(f64::from(year));
        found.low = Some(found.value);
        found.high = Some(Value::Number(f64::from(year + 9)));
        found.range = true;
        found.approximate = true;
        return Some(found);
    }
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
    let next = tokens.get(end);
    if previous.is_some_and(|t| t.is_punct("-/+$€£") || t.kind == Kind::Number) {
        return None;
    }
    if let Some(joint) = next
        && joint.is_punct("-–/")
    {
        let (second, after) = year_at(tokens, end + 1)?;
        if second <= year || tokens.get(after).is_some_and(|t| t.is_punct("-/")) {
            return None;
        }
        let mut found = found(i, after, DateValue::default(), None);
        found.kind = QuantityKind::Year;
        found.value = Value::Number(f64::from(year));
        found.low = Some(Value::Number(f64::from(year)));
        found.high = Some(Value::Number(f64::from(second)));
        found.range = true;
        return Some(found);
    }
    let before_noun = next.is_some_and(|t| {
        t.kind == Kind::Word
            && !t.is_capitalized()
            && !crate::lexicon::grammar::is_stop_word(t.text)
            && units::time_unit(t.text).is_none()
    });
    // "the 2017 controversy", "Labour's 1997 manifesto": between a determiner and a
    // singular noun a year of this century or the last names an edition of the
    // noun; a count would take a plural ("the 1500 soldiers"). "the 1996 figures"
    // stays a count: a plural after it is ambiguous.
    let edition = (1900..2100).contains(&year)
        && previous
            .is_some_and(|p| p.is("the") || p.text.ends_with("'s") || p.text.ends_with("’s"))
        && next.is_some_and(|t| {
            !crate::lexicon::grammar::looks_plural(t.text)
                && !crate::lexicon::grammar::is_irregular_plural(t.text)
        });
    if before_noun && !is_date_preposition(previous) && !edition {
        return None;
    }
    let mut found = found(i, end, DateValue::default(), None);
    found.kind = QuantityKind::Year;
    found.value = Value::Number(f64::from(year));
    found.low = Some(found.value);
    found.high = Some(found.value);
    found.range = false;
    Some(found)
}

/// Letters and digits glued: "april22", "22april", "Oct2", "january12,2016".
fn glued(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let text = tokens.get(i)?.text;
    let (month_text, day_text) = if text.starts_with(|c: char| c.is_ascii_digit()) {
        let split = text.find(|c: char| c.is_alphabetic())?;
        (text.get(split..)?, text.get(..split)?)
    } else {
        let split = text.find(|c: char| c.is_ascii_digit())?;
        (text.get(..split)?, text.get(split..)?)
    };
    if month_text.len() < 3 {
        return None;
    }
    let month = calendar::month(month_text)?;
    let (day_text, year) = match day_text.split_once(',') {
        Some((day, year)) if year.len() == 4 => (day, year.parse::<i16>().ok()),
        Some(_) => return None,
        None => (day_text, None),
    };
    let day = day_text.parse::<u8>().ok().filter(|d| (1..=31).contains(d))?;
    let (year, end) = match year {
        Some(year) => (Some(year), i + 1),
        None => trailing_year(tokens, i + 1).map_or((None, i + 1), |(y, e)| (Some(y), e)),
    };
    Some(found(i, end, with_year(month, Some(day), year, published), None))
}

/// Ranges of months or years: "between August and October", "from 2007 to 2009",
/// "Nov-Feb 2017".
fn between(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let token = tokens.get(i)?;
    if let Some(found) = weeks::week_range(tokens, i, published) {
        return Some(found);
    }
    let (first_at, joints): (usize, &[&str]) = if token.is("between") {
        (i + 1, &["and"])
    } else if token.is("from") {
        (i + 1, &["to", "through", "until", "till"])
    } else {
        return None;
    };
    if let Some((first, after)) = year_at(tokens, first_at)
        && tokens.get(after).is_some_and(|t| joints.iter().any(|w| t.is(w)))
        && let Some((second, end)) = year_at(tokens, after + 1)
        && second > first
        && !tokens
            .get(end)
            .is_some_and(|t| t.kind == Kind::Word && calendar::month(t.text).is_some())
        // "between 1500 and 2000 people" counts people.
        && !tokens.get(end).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.is_capitalized()
                && !crate::lexicon::grammar::is_stop_word(t.text)
        })
    {
        let mut found = found(i, end, DateValue::default(), None);
        found.kind = QuantityKind::Year;
        found.value = Value::Number(f64::from(first));
        found.low = Some(found.value);
        found.high = Some(Value::Number(f64::from(second)));
        found.range = true;
        return Some(found);
    }
    let (first, after) = month_at(tokens, first_at)?;
    if !tokens.get(after).is_some_and(|t| joints.iter().any(|w| t.is(w))) {
        return None;
    }
    let (second, end) = month_at(tokens, after + 1)?;
    if tokens.get(end).is_some_and(|t| t.kind == Kind::Number)
        && day_at(tokens, end, false).is_some()
    {
        return None;
    }
    let (year, end) =
        match tokens.get(end).filter(|t| t.is("in")).and_then(|_| year_at(tokens, end + 1)) {
            Some((year, e)) => (Some(year), e),
            None => trailing_year(tokens, end).map_or((None, end), |(y, e)| (Some(y), e)),
        };
    // "from November to February 2020": the year is the end's; the start is in the
    // year before when its month comes later.
    let low_year = year.map(|y| if first > second { y - 1 } else { y });
    let low = with_year(first, None, low_year, published);
    let high = with_year(second, None, year, published);
    Some(found(i, end, low, Some(high)))
}

fn iso_weekday(weekday: Weekday) -> i8 {
    weekday.to_monday_one_offset()
}

/// "Friday the 22nd": the month nearest the publication date whose 22nd is a Friday.
fn weekday_the_day(
    tokens: &[Token<'_>],
    i: usize,
    wanted: i8,
    published: Option<Date>,
) -> Option<Found> {
    let the = tokens.get(i + 1).is_some_and(|t| t.is("the"));
    let at = if the { i + 2 } else { i + 1 };
    let day_token = tokens.get(at)?;
    let (day, end) = if the {
        // "Friday the 13th", "Friday the fifteen".
        day_at(tokens, at, true).or_else(|| {
            let value = numbers::cardinal(day_token.text).filter(|v| (1..=19).contains(v))?;
            Some((u8::try_from(value).ok()?, at + 1))
        })?
    } else {
        // "Mon 13th", "Monday 21!": without the article, digits only, and plain
        // digits only before punctuation ("on Monday 21 soldiers died" is a count);
        // an abbreviation ("Sat", "Wed") only capitalized.
        let weekday = tokens.get(i)?;
        if day_token.kind == Kind::Word
            || !day_token.gap && day_token.kind == Kind::Number
            || weekday.text.len() < 6 && !weekday.is_capitalized()
        {
            return None;
        }
        let (day, end) = day_at(tokens, at, false)?;
        if day_token.kind == Kind::Number && !tokens.get(end).is_none_or(|t| t.kind == Kind::Punct)
        {
            return None;
        }
        (day, end)
    };
    if !tokens.get(end).is_none_or(|t| {
        t.kind == Kind::Punct
            || t.is("of")
            || !t.is_capitalized() && crate::lexicon::grammar::is_stop_word(t.text)
    }) {
        return None;
    }
    let mut value = DateValue { day: Some(day), ..DateValue::default() };
    if let Some(published) = published {
        let first = published.first_of_month();
        // The nearest month whose day falls on that weekday; a 31st can be months away.
        for shift in [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6] {
            let Ok(month) = first.checked_add(i64::from(shift).months()) else { continue };
            if let Ok(date) = Date::new(month.year(), month.month(), i8::try_from(day).ok()?)
                && iso_weekday(date.weekday()) == wanted
            {
                value = DateValue::from(date);
                break;
            }
        }
    }
    let mut found = found(i, end, value, None);
    found.relative = published.is_some();
    Some(found)
}

/// Whether the weekday abbreviation at `i` stands without a date after it. "Sun",
/// "Wed", "Sat" are words and "Mon" a people: those abbreviations only stand
/// before a date, or capitalized after another day they join ("Mon or Tue"); the
/// others ("Tues", "Thurs", "Fri") also after a preposition of days ("on Tues",
/// "until Fri"), never after "to" ("spoke to Fri...").
fn abbreviation_stands(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(token) = tokens.get(i) else { return false };
    let joined = || {
        token.is_capitalized()
            && i.checked_sub(1)
                .and_then(|k| tokens.get(k))
                .is_some_and(|t| t.is("or") || t.is("and"))
            && i.checked_sub(2)
                .and_then(|k| tokens.get(k))
                .is_some_and(|t| calendar::weekday(t.text).is_some())
    };
    let after_day_preposition = || {
        !["mon", "sun", "wed", "sat"].iter().any(|w| token.is(w))
            && i.checked_sub(1).and_then(|k| tokens.get(k)).is_some_and(|p| {
                ["after", "before", "by", "on", "since", "till", "until"].iter().any(|w| p.is(w))
            })
    };
    joined() || after_day_preposition()
}

/// "Monday", "on Friday, October 17", "last Tuesday".
fn weekday(
    tokens: &[Token<'_>],
    i: usize,
    published: Option<Date>,
    reference: Option<Date>,
) -> Option<Found> {
    let token = tokens.get(i)?;
    let number = calendar::weekday(token.text)?;
    let mut j = i + 1;
    // "Friday, October 17", "Friday (Jun-15)", "Friday-Jun-15".
    let bracket = tokens.get(j).is_some_and(|t| t.is_punct("("));
    if bracket || tokens.get(j).is_some_and(|t| t.is_punct(",") || t.is_punct("-") && !t.gap) {
        j += 1;
    }
    if let Some(mut explicit) = month_first(tokens, j, published)
        .or_else(|| day_first(tokens, j, published))
        .or_else(|| numeric(tokens, j, published))
        .or_else(|| numeric::after_weekday(tokens, j, published))
        .filter(|found| found.start == j)
    {
        if bracket {
            if !tokens.get(explicit.end).is_some_and(|t| t.is_punct(")")) {
                return None;
            }
            explicit.end += 1;
        }
        // "this Friday 5/12", "next Friday (Jun-15)": the date written decides.
        let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
        explicit.start =
            if previous.is_some_and(|t| t.is("this") || t.is("next")) { i - 1 } else { i };
        explicit.number = (explicit.start, explicit.end);
        return Some(explicit);
    }
    let wanted = i8::try_from(number).ok()?;
    if let Some(found) = weekday_the_day(tokens, i, wanted, published) {
        return Some(found);
    }
    if token.text.len() < 6 && !abbreviation_stands(tokens, i) {
        return None;
    }
    let published = reference?;
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
    let today = iso_weekday(published.weekday());
    let monday = published.checked_sub(i64::from(today - 1).days()).ok()?;
    // "Friday next week", "Tuesday of last week", "Monday of the following week".
    let of = usize::from(tokens.get(i + 1).is_some_and(|t| t.is("of")));
    let the = usize::from(of == 1 && tokens.get(i + 2).is_some_and(|t| t.is("the")));
    let k = i + 1 + of + the;
    // "Friday each week" is no date of one week.
    let shift = tokens.get(k).and_then(|which| {
        if which.is("last") || which.is("previous") {
            Some(-7)
        } else if which.is("next") || which.is("following") {
            Some(7)
        } else {
            which.is("this").then_some(0)
        }
    });
    if tokens.get(k + 1).is_some_and(|t| t.is("week"))
        && let Some(weeks) = shift
    {
        let date = monday.checked_add((weeks + i64::from(wanted) - 1).days()).ok()?;
        let mut found = found(i, k + 2, DateValue::from(date), None);
        found.relative = true;
        return Some(found);
    }
    let before_previous = i.checked_sub(2).and_then(|k| tokens.get(k));
    // "last", "previous", "next" and "following" name a week: "last Wednesday" is
    // the Wednesday of last week, "next Monday" the Monday of next week, as careful
    // news usage has it (the day before is "yesterday" or "on Wednesday").
    let week_shift = previous.and_then(|t| {
        if t.is("next") || t.is("following") {
            Some(7)
        } else if t.is("last") || t.is("previous") {
            Some(-7)
        } else if t.is("this") {
            Some(0)
        } else {
            None
        }
    });
    // "this past Wednesday", "this coming Friday": the nearest one, with "this".
    let this_before = before_previous.is_some_and(|t| t.is("this"));
    let (start, date) = if previous.is_some_and(|t| t.is("coming") || t.is("upcoming")) {
        // "the coming Thursday", "this upcoming Friday": the next one after today.
        let ahead = (wanted - today + 7) % 7;
        let ahead = if ahead == 0 { 7 } else { ahead };
        let start = if this_before { i - 2 } else { i - 1 };
        (start, published.checked_add(i64::from(ahead).days()).ok()?)
    } else if previous.is_some_and(|t| t.is("past")) {
        // "this past Wednesday", "past Monday": the last one before today.
        let back = (today - wanted + 7) % 7;
        let back = if back == 0 { 7 } else { back };
        let start = if this_before { i - 2 } else { i - 1 };
        (start, published.checked_sub(i64::from(back).days()).ok()?)
    } else if let Some(weeks) = week_shift {
        // "next Sunday" is the Sunday of next week, "this Friday" the Friday of this
        // week, "last Wednesday" the Wednesday of last week.
        (i - 1, monday.checked_add(i64::from(weeks + wanted - 1).days()).ok()?)
    } else {
        // A bare "Monday": the most recent one, today included.
        let back = (today - wanted + 7) % 7;
        (i, published.checked_sub(i64::from(back).days()).ok()?)
    };
    let mut found = found(start, i + 1, DateValue::from(date), None);
    found.relative = true;
    Some(found)
}

/// "yesterday", "two weeks ago", "last week", "earlier this month", "the weekend".
#[expect(clippy::too_many_lines, reason = "one case per relative expression, each short")]
fn relative(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let published = published?;
    let token = tokens.get(i)?;
    // "the third week of July", "the week after next", "next week from Tue to Thur".
    if let Some(found) = weeks::period(tokens, i, Some(published)) {
        return Some(found);
    }
    let day = |start: usize, end: usize, date: Date| {
        let mut found = found(start, end, DateValue::from(date), None);
        found.relative = true;
        found
    };
    let span = |start: usize, end: usize, from: Date, to: Date| {
        let mut found = found(start, end, DateValue::from(from), Some(DateValue::from(to)));
        found.relative = true;
        found
    };
    // "the day before yesterday", "the day after tomorrow".
    if token.is("the")
        && tokens.get(i + 1).is_some_and(|t| t.is("day"))
        && let Some(anchor) = tokens.get(i + 3)
    {
        let before = tokens.get(i + 2).is_some_and(|t| t.is("before"));
        let after = tokens.get(i + 2).is_some_and(|t| t.is("after"));
        if before && anchor.is("yesterday") {
            return Some(day(i, i + 4, published.checked_sub(2.days()).ok()?));
        }
        if after && (anchor.is("tomorrow") || anchor.is("tmrw")) {
            return Some(day(i, i + 4, published.checked_add(2.days()).ok()?));
        }
    }
    if token.is("yesterday") {
        return Some(day(i, i + 1, published.yesterday().ok()?));
    }
    if token.is("today") || token.is("tonight") {
        return Some(day(i, i + 1, published));
    }
    if token.is("tomorrow") || token.is("tmrw") {
        return Some(day(i, i + 1, published.tomorrow().ok()?));
    }
    let next = tokens.get(i + 1);
    let weekend = |date: Date, forward: bool| -> Option<(Date, Date)> {
        let today = iso_weekday(date.weekday());
        let saturday = if forward {
            date.checked_add(i64::from((6 - today + 7) % 7).days()).ok()?
        } else {
            date.checked_sub(i64::from((today - 6 + 7) % 7).days()).ok()?
        };
        Some((saturday, saturday.tomorrow().ok()?))
    };
    if (token.is("the") || token.is("this") || token.is("last"))
        && next.is_some_and(|t| t.is("weekend"))
    {
        let forward = token.is("this") && iso_weekday(published.weekday()) < 6;
        let (from, to) = weekend(published, forward)?;
        return Some(span(i, i + 2, from, to));
    }
    if token.is("last") && next.is_some_and(|t| t.is("night")) {
        return Some(day(i, i + 2, published.yesterday().ok()?));
    }
    let unit_month = |date: Date| DateValue {
        year: Some(date.year()),
        month: u8::try_from(date.month()).ok(),
        day: None,
        year_inferred: false,
        season: None,
        century_inferred: false,
    };
    let unit_year = |date: Date| DateValue {
        year: Some(date.year()),
        month: None,
        day: None,
        year_inferred: false,
        season: None,
        century_inferred: false,
    };
    if matches!(token.text.len(), 4..=9)
        && calendar::is_period_opener(token.text)
        && let Some(found) = units_around(tokens, i, published)
    {
        return Some(found);
    }
    // "earlier this month", "last week", "next year".
    let (offset, start, at) =
        if (token.is("earlier") || token.is("later") || token.is("early") || token.is("late"))
            && next.is_some_and(|t| t.is("this"))
        {
            (0, i, i + 2)
        } else if (token.is("earlier") || token.is("later"))
            && next.is_some_and(|t| t.is("in"))
            && tokens.get(i + 2).is_some_and(|t| t.is("the"))
        {
            // "earlier in the week", "later in the year": this one.
            (0, i, i + 3)
        } else if (token.is("earlier") || token.is("later"))
            && next.is_some_and(|t| t.is("last") || t.is("previous") || t.is("next"))
        {
            // "earlier last week", "later next month".
            (if next.is_some_and(|t| t.is("next")) { 1 } else { -1 }, i, i + 2)
        } else if token.is("last")
            || token.is("past") && !tokens.get(i + 2).is_some_and(|t| t.kind == Kind::Word)
        {
            (-1, i, i + 1)
        } else if token.is("this") || token.is("current") {
            (0, i, i + 1)
        } else if token.is("next")
            || token.is("coming")
            || token.is("upcoming")
            || token.is("following")
        {
            (1, i, i + 1)
        } else if token.is("previous") {
            (-1, i, i + 1)
        } else if token.is("the")
            && next.is_some_and(|t| t.is("week"))
            && tokens.get(i + 2).is_none_or(|t| t.kind == Kind::Punct)
        {
            // "during the week.": the current one.
            (0, i, i + 1)
        } else {
            return ago(tokens, i, published);
        };
    // "this calendar year", "last calendar year": the year.
    let calendar_year = tokens.get(at).is_some_and(|t| t.is("calendar"))
        && tokens.get(at + 1).is_some_and(|t| t.is("year"));
    let at = at + usize::from(calendar_year);
    let unit = tokens.get(at)?;
    // "this working week", "next workweek": that week.
    if let Some(end) = weeks::work_week(tokens, at) {
        let monday =
            published.checked_sub(i64::from(iso_weekday(published.weekday()) - 1).days()).ok()?;
        let monday = monday.checked_add((7 * offset).days()).ok()?;
        return Some(span(start, end, monday, monday.checked_add(6.days()).ok()?));
    }
    // "last month's clashes": the possessive still names the month.
    let possessive = strip_possessive(unit.text);
    let unit_is = |word: &str| possessive.eq_ignore_ascii_case(word);
    // "next week Friday", "next week on Friday", "previous week - Monday", "next week
    // Mon" (an abbreviation capitalized: "sat" and "wed" are words).
    let on = usize::from(tokens.get(at + 1).is_some_and(|t| t.is("on") || t.is_punct("-")));
    let weekday_after = tokens.get(at + 1 + on).and_then(|t| {
        calendar::weekday(t.text).filter(|_| t.text.len() >= 6 || t.is_capitalized())
    });
    // "the last week of fighting" is a stretch of something else.
    if tokens.get(at + 1).is_some_and(|t| t.is("of")) {
        return None;
    }
    // "last week Khawaja Asif warned" names a week; "this year olds" does not. A
    // month or week before a last word still names it: "next month holidays".
    let last_word = tokens.get(at + 2).is_none_or(|t| t.is_punct(".,;:!?"))
        && (unit_is("month") || unit_is("week"));
    if weekday_after.is_none()
        && !last_word
        && possessive.len() == unit.text.len()
        && tokens.get(at + 1).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.is_capitalized()
                && !crate::lexicon::grammar::is_stop_word(t.text)
        })
    {
        return None;
    }
    if unit_is("week") {
        let monday =
            published.checked_sub(i64::from(iso_weekday(published.weekday()) - 1).days()).ok()?;
        let monday = monday.checked_add((7 * offset).days()).ok()?;
        // "last week Sunday", "next week Friday".
        if let Some(day_number) = weekday_after {
            let date = monday.checked_add(i64::from(day_number - 1).days()).ok()?;
            let mut found = found(start, at + 2 + on, DateValue::from(date), None);
            found.relative = true;
            return Some(found);
        }
        return Some(span(start, at + 1, monday, monday.checked_add(6.days()).ok()?));
    }
    if unit_is("month") {
        let date = published.first_of_month().checked_add(offset.months()).ok()?;
        let mut found = found(start, at + 1, unit_month(date), None);
        found.relative = true;
        return Some(found);
    }
    if unit_is("decade") {
        // "this decade" is 2020 to 2029 in 2025; "the next decade" the one after.
        let shift = i16::try_from(offset).ok()?;
        let first = published.year() - published.year().rem_euclid(10) + 10 * shift;
        let mut found = found(start, at + 1, DateValue::default(), None);
        found.kind = QuantityKind::Year;
        found.value = Value::Number(f64::from(first));
        found.low = Some(found.value);
        found.high = Some(Value::Number(f64::from(first + 9)));
        found.range = true;
        found.relative = true;
        return Some(found);
    }
    if unit_is("year") {
        let date = published.checked_add(offset.years()).ok()?;
        let mut found = found(start, at + 1, unit_year(date), None);
        found.relative = true;
        return Some(found);
    }
    None
}

/// A word without its possessive ending: "month’s" → "month".
pub(crate) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word)
}

/// A length of time before or after an anchor: "2 years 1 month 21 days ago", "a
/// few days ago", "three weeks from tomorrow", "two days after today", "2 weeks
/// from January 15", "3 days before Oct. 2, 2024".
fn offset(tokens: &[Token<'_>], i: usize, published: Date) -> Option<Found> {
    // Cheap test first, as this runs on every number and many words: an anchor word
    // must come within a few tokens.
    // The caller checked that a length may start here.
    let anchored = tokens.get(i + 1..).unwrap_or_default().iter().take(8).any(|t| {
        t.kind == Kind::Word && (t.is("ago") || t.is("from") || t.is("after") || t.is("before"))
    });
    if !anchored {
        return None;
    }
    let duration = length_at(tokens, i)?;
    let Value::Duration(length) = duration.value else { return None };
    let at = duration.end;
    let word = tokens.get(at)?;
    let (sign, anchor, end, relative) = if word.is("ago") {
        (-1, published, at + 1, true)
    } else if word.is("from") || word.is("after") || word.is("before") {
        let sign = if word.is("before") { -1 } else { 1 };
        let next = tokens.get(at + 1)?;
        if next.is("now") || next.is("today") {
            (sign, published, at + 2, true)
        } else if next.is("tomorrow") || next.is("tmrw") {
            (sign, published.tomorrow().ok()?, at + 2, true)
        } else if next.is("yesterday") {
            (sign, published.yesterday().ok()?, at + 2, true)
        } else {
            // An anchor reckoned from a length would nest without bound.
            if offsets::is_reckoned(tokens, at + 1) {
                return None;
            }
            let date = absolute_or_relative(tokens, at + 1, Some(published))?;
            let Value::Date(value) = date.value else { return None };
            if date.range || date.start != at + 1 {
                return None;
            }
            let anchor = Date::new(
                value.year?,
                i8::try_from(value.month?).ok()?,
                i8::try_from(value.day?).ok()?,
            )
            .ok()?;
            (sign, anchor, date.end, date.relative || value.year_inferred)
        }
    } else {
        return None;
    };
    let span = calendar_span(length, sign)?;
    let date = anchor.checked_add(span).ok()?;
    let mut found = found(i, end, DateValue::from(date), None);
    found.relative = relative;
    found.approximate = duration.approximate;
    Some(found)
}

/// A length of time in calendar units as a span to add to a date, `sign` times;
/// `None` when it has time units or fractions ("36 hours", "2.5 days").
fn calendar_span(length: super::DurationValue, sign: i64) -> Option<jiff::Span> {
    let parts = length.parts.unwrap_or_else(|| {
        let mut parts = [0.0; 7];
        if let Some(slot) = super::DurationValue::PART_UNITS
            .iter()
            .position(|u| *u == length.unit)
            .and_then(|k| parts.get_mut(k))
        {
            #[expect(clippy::cast_possible_truncation, reason = "amounts of time fit an f32")]
            let amount = length.amount as f32;
            *slot = amount;
        }
        parts
    });
    let whole = |k: usize| -> Option<i64> {
        let amount = *parts.get(k)?;
        #[expect(clippy::cast_possible_truncation, reason = "checked to be small and whole")]
        (amount.fract() == 0.0 && (0.0..10_000.0).contains(&amount)).then_some(sign * amount as i64)
    };
    if parts.get(4..).is_some_and(|time| time.iter().any(|a| *a != 0.0)) {
        return None;
    }
    Some(whole(0)?.years().months(whole(1)?).weeks(whole(2)?).days(whole(3)?))
}

/// A length of time read at `i`: "3 days", "two weeks and 2 days", "a few days".
fn length_at(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let token = tokens.get(i)?;
    let duration = if token.kind == Kind::Number
        || numbers::cardinal(token.text).is_some()
        || numbers::vague(token.text).is_some()
    {
        let figure = super::number::figure(tokens, i, false)?;
        if figure.range || figure.start != i {
            return None;
        }
        match super::duration::duration(tokens, &figure)? {
            super::duration::Timed::Duration(found) => found,
            super::duration::Timed::Age(_) => return None,
        }
    } else if ["a", "an", "another", "couple", "few", "half", "several", "some"]
        .iter()
        .any(|w| token.is(w))
    {
        // Only the words that start a length without a number: this runs on every word.
        super::duration::bare(tokens, i).filter(|found| found.start == i && !found.range)?
    } else {
        return None;
    };
    Some(super::duration::compound_before_anchor(tokens, duration))
}

/// The days just ahead of or behind the publication date: "the next 3 days", "the
/// past two weeks", "within 10 months", "over the last few days". Ends inclusive.
fn units_around(tokens: &[Token<'_>], i: usize, published: Date) -> Option<Found> {
    let token = tokens.get(i)?;
    let forward = ["coming", "following", "next", "upcoming", "within"].iter().any(|w| token.is(w));
    let backward = ["last", "past", "previous"].iter().any(|w| token.is(w));
    if !forward && !backward {
        return None;
    }
    // "the truce will last three days": a length, not the last three days.
    if token.is("last")
        && i.checked_sub(1)
            .and_then(|k| tokens.get(k))
            .is_some_and(|p| crate::lexicon::grammar::makes_last_a_verb(p.text))
    {
        return None;
    }
    let duration = length_at(tokens, i + 1).or_else(|| fortnight(tokens, i + 1))?;
    let Value::Duration(length) = duration.value else { return None };
    // "the next one-day match", "the last five-year plan": a hyphenated length before
    // a noun qualifies the noun; it names no period.
    let hyphenated = tokens
        .get(i + 1..duration.end)
        .is_some_and(|t| t.iter().any(|t| t.is_punct("-") && !t.gap));
    if hyphenated && tokens.get(duration.end).is_some_and(|t| t.kind == Kind::Word) {
        return None;
    }
    let (low, high) = if forward {
        let start = if token.is("within") { published } else { published.tomorrow().ok()? };
        let end = start.checked_add(calendar_span(length, 1)?).ok()?;
        (start, end.yesterday().ok()?)
    } else {
        let start = published.checked_sub(calendar_span(length, 1)?).ok()?;
        (start, published.yesterday().ok()?)
    };
    let mut found = found(i, duration.end, DateValue::from(low), Some(DateValue::from(high)));
    found.relative = true;
    found.approximate = duration.approximate;
    Some(found)
}

/// "fortnight" alone at `k`, as the length of two weeks: "the next fortnight" is the
/// next fourteen days, as "the next two weeks" are; no calendar unit runs from one
/// Monday to the second one after it, as "next week" runs from a Monday.
fn fortnight(tokens: &[Token<'_>], k: usize) -> Option<Found> {
    if !tokens.get(k)?.is("fortnight") {
        return None;
    }
    let mut found = found(k, k + 1, DateValue::default(), None);
    found.kind = QuantityKind::Duration;
    found.value = Value::Duration(super::DurationValue {
        amount: 2.0,
        unit: super::TimeUnit::Week,
        parts: None,
    });
    Some(found)
}

/// "two weeks ago", "three days ago".
fn ago(tokens: &[Token<'_>], i: usize, published: Date) -> Option<Found> {
    let token = tokens.get(i)?;
    // "in two weeks": as far ahead as "two weeks ago" is behind.
    let ahead = token.is("in");
    // "the first time in four years", "the worst Christmas in a decade", "the
    // highest in two years": after "time" or a superlative, "in" spans the years
    // back to now; it points to no date ahead. The length is read on its own.
    let superlative = |p: &Token<'_>| {
        p.kind == Kind::Word
            && (p.is("first")
                || p.is("best")
                || p.is("worst")
                || p.is("most")
                || p.is("least")
                || (p.text.len() > 5 && p.text.ends_with("est") && !p.is("interest")))
    };
    let before = |back: usize| i.checked_sub(back).and_then(|k| tokens.get(k));
    if ahead
        && (before(1).is_some_and(|p| p.is("time") || p.is("times") || superlative(p))
            || before(2).is_some_and(superlative))
    {
        return None;
    }
    // Most words start no length of time; this runs on every word.
    let starter = token.kind == Kind::Number
        || ["a", "an", "another", "couple", "few", "half", "several", "some"]
            .iter()
            .any(|w| token.is(w));
    if !ahead && !starter && numbers::cardinal(token.text).is_none() {
        return None;
    }
    if !ahead && let Some(found) = offset(tokens, i, published) {
        return Some(found);
    }
    let i = if ahead { i + 1 } else { i };
    let (amount, after) = if tokens.get(i).is_some_and(|t| t.is("a") || t.is("an")) {
        (1, i + 1)
    } else {
        let num = super::number::number(tokens, i, false)?;
        #[expect(clippy::cast_possible_truncation, reason = "checked to be a small whole number")]
        let amount = (num.value.fract() == 0.0 && (0.0..10_000.0).contains(&num.value))
            .then_some(num.value as i64)?;
        (amount, num.end)
    };
    let (unit, multiple) = units::time_unit(tokens.get(after)?.text)?;
    let ends = if ahead {
        let calendar_unit = matches!(
            unit,
            super::TimeUnit::Day
                | super::TimeUnit::Week
                | super::TimeUnit::Month
                | super::TimeUnit::Year
        );
        // "in two days from today": the length belongs to the anchor after it.
        if !calendar_unit
            || tokens.get(after + 1).is_some_and(|t| {
                ["of", "time", "from", "after", "before", "since"].iter().any(|w| t.is(w))
            })
        {
            return None;
        }
        after + 1
    } else if tokens.get(after + 1).is_some_and(|t| t.is("ago")) {
        after + 2
    } else {
        return None;
    };
    let start = if ahead { i - 1 } else { i };
    #[expect(clippy::cast_possible_truncation, reason = "multiples are small whole numbers")]
    let amount = amount * multiple as i64 * if ahead { 1 } else { -1 };
    let date = match unit {
        // The fallible setters: "9999 decades ago" is beyond jiff's range, and its
        // `ToSpan` methods panic there.
        super::TimeUnit::Day => {
            published.checked_add(jiff::Span::new().try_days(amount).ok()?).ok()?
        }
        super::TimeUnit::Week => {
            published.checked_add(jiff::Span::new().try_weeks(amount).ok()?).ok()?
        }
        super::TimeUnit::Month => {
            published.checked_add(jiff::Span::new().try_months(amount).ok()?).ok()?
        }
        super::TimeUnit::Year => {
            published.checked_add(jiff::Span::new().try_years(amount).ok()?).ok()?
        }
        _ => published,
    };
    let mut found = found(start, ends, DateValue::from(date), None);
    found.relative = true;
    Some(found)
}

/// The calendar date of a value with year, month and day.
fn full_date(value: &DateValue) -> Option<Date> {
    Date::new(value.year?, i8::try_from(value.month?).ok()?, i8::try_from(value.day?).ok()?).ok()
}

/// Completes the ends of a range from each other: the month and year the second end
/// leaves out ("November 15th through the 19th"), the year written at one end only,
/// and a weekday end that must follow the start.
fn reconcile_ends(
    mut low: DateValue,
    mut high: DateValue,
    end_relative: bool,
) -> (DateValue, DateValue) {
    if high.month.is_none() && high.day.is_some() {
        high.month = low.month;
        high.year = low.year;
        high.year_inferred = low.year_inferred;
    }
    // "from Feb 1st to March 2019": the year written at one end holds for the
    // other, the earlier month in the year before when it comes later.
    let month_order = |a: &DateValue, b: &DateValue| a.month.zip(b.month).map(|(a, b)| a <= b);
    if low.year_inferred
        && !high.year_inferred
        && let Some(year) = high.year
    {
        low.year = Some(if month_order(&low, &high) == Some(false) { year - 1 } else { year });
        low.year_inferred = false;
    } else if high.year_inferred
        && !low.year_inferred
        && let Some(year) = low.year
    {
        high.year = Some(if month_order(&low, &high) == Some(false) { year + 1 } else { year });
        high.year_inferred = false;
    }
    // "from next Monday to Friday": a weekday at the end follows the start, in the
    // same week or the next (a bare "Friday" was read as the last one before today,
    // which can be two weeks before next Monday).
    if end_relative
        && let (Some(low_date), Some(high_date)) = (full_date(&low), full_date(&high))
        && high_date < low_date
        && let gap = (low_date - high_date).get_days()
        && gap < 14
        && let Ok(later) = high_date.checked_add((7 * (gap / 7 + 1)).days())
    {
        high = DateValue::from(later);
    }
    // "between January 1st and April 5th": two inferred years that run backwards put
    // the start in the year before (news looks back).
    if low.year_inferred
        && high.year_inferred
        && runs_backwards(&low, &high)
        && let Some(year) = low.year
    {
        low.year = Some(year - 1);
    }
    (low, high)
}

/// Whether a range from `low` to `high` would end before it starts.
fn runs_backwards(low: &DateValue, high: &DateValue) -> bool {
    let opens = low.year.map(|y| (y, low.month.unwrap_or(1), low.day.unwrap_or(1)));
    let closes = high.year.map(|y| (y, high.month.unwrap_or(12), high.day.unwrap_or(31)));
    opens.zip(closes).is_some_and(|(opens, closes)| closes < opens)
}

/// Folds the word that bounds a date into its span and bounds: "before 2015" (below
/// 2015), "since late July", "until the end of December", "after the year 2020";
/// and "now" as the other end of a range: "between Jan 22 and now".
pub(crate) fn fold_bounds(
    tokens: &[Token<'_>],
    mut found: Vec<Found>,
    published: Option<Date>,
) -> Vec<Found> {
    let mut previous_end = 0;
    for figure in &mut found {
        let is_date = matches!(figure.kind, QuantityKind::Date | QuantityKind::Year);
        if !is_date || figure.range {
            previous_end = figure.end;
            continue;
        }
        let word = |k: usize| tokens.get(k).filter(|_| k >= previous_end);
        let word_at = word;
        let mut start = figure.start;
        // "the year 2019", "the end of 1989": the article goes with the date.
        if figure.kind == QuantityKind::Year
            && start >= 2
            && word(start - 1).is_some_and(|t| t.is("year"))
            && word(start - 2).is_some_and(|t| t.is("the"))
        {
            start -= 2;
        } else if start >= 1
            && word(start - 1).is_some_and(|t| t.is("the"))
            && tokens.get(start).is_some_and(|t| t.kind == Kind::Word)
        {
            // "the end of December", "the summer"; not "the 11 September attacks".
            start -= 1;
        }
        // "between Jan 22 and now", "between now and November 15th".
        if let Some(today) = published.map(DateValue::from)
            && let Value::Date(date) = figure.value
        {
            let before_now = start >= 1
                && word(start - 1).is_some_and(|t| t.is("and"))
                && word(start.wrapping_sub(2)).is_some_and(|t| t.is("now"))
                && word(start.wrapping_sub(3)).is_some_and(|t| t.is("between"));
            let after_now = word(start.wrapping_sub(1)).is_some_and(|t| t.is("between"))
                && tokens.get(figure.end).is_some_and(|t| t.is("and"))
                && tokens.get(figure.end + 1).is_some_and(|t| t.is("now"));
            if before_now || after_now {
                let mut date = date;
                // An inferred year puts the other end on the right side of today.
                if let Some(year) = date.year.filter(|_| date.year_inferred) {
                    let (day, now) =
                        ((date.year, date.month, date.day), (today.year, today.month, today.day));
                    if after_now && day > now {
                        date.year = Some(year - 1);
                    } else if before_now && day < now {
                        date.year = Some(year + 1);
                    }
                }
                let (low, high) = if before_now { (today, date) } else { (date, today) };
                figure.start = if before_now { start - 3 } else { start - 1 };
                figure.end = if after_now { figure.end + 2 } else { figure.end };
                figure.number = (figure.start, figure.end);
                figure.value = Value::Date(low);
                figure.low = Some(Value::Date(low));
                figure.high = Some(Value::Date(high));
                figure.range = true;
                previous_end = figure.end;
                continue;
            }
        }
        // The longest phrase: "no later than", not "later than".
        let bound = calendar::DATE_BOUNDS
            .iter()
            .filter_map(|(phrase, bound)| {
                let n_words = phrase.split(' ').count();
                let first = start.checked_sub(n_words)?;
                phrase
                    .split(' ')
                    .enumerate()
                    .all(|(offset, key)| word(first + offset).is_some_and(|t| t.is(key)))
                    .then_some((*bound, first))
            })
            .min_by_key(|(_, first)| *first);
        // "1/1/2016 and later", "2018 or later": the bound after the date.
        let bound = bound.or_else(|| {
            let (bound, end) = numeric::bound_after(tokens, figure.end)?;
            // "year 2012 or later": the word naming the year goes with it.
            let named = figure.kind == QuantityKind::Year
                && start == figure.start
                && word_at(start.wrapping_sub(1)).is_some_and(|t| t.is("year"));
            figure.end = end;
            Some((bound, if named { start - 1 } else { start }))
        });
        if let Some((bound, first)) = bound {
            figure.start = first;
            let value = Some(figure.value);
            (figure.low, figure.high) = match bound {
                numbers::Bound::Above | numbers::Bound::AtLeast => (value, None),
                _ => (None, value),
            };
        }
        previous_end = figure.end;
    }
    found
}

/// Moves the days told relative to the story ("two days later", "the day before")
/// onto the last date found before them in the same text.
pub(crate) fn anchor_to_story(tokens: &[Token<'_>], found: Vec<Found>) -> Vec<Found> {
    offsets::anchor_to_story(tokens, found)
}

/// Gives a date written without its year the year that follows it apart: "on 28 June
/// in 2020", "from 26 June to 28 June in 2020", "in June next year", "on March 3 of
/// last year". The year figure is folded into the date.
fn years_after(tokens: &[Token<'_>], found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for next in found {
        let joined = out.last().and_then(|date| {
            let Value::Date(low) = date.value else { return None };
            let high = match date.high {
                Some(Value::Date(high)) if date.range => high,
                _ => low,
            };
            let yearless =
                |v: &DateValue| v.month.is_some() && (v.year.is_none() || v.year_inferred);
            if date.kind != QuantityKind::Date || !yearless(&low) || !yearless(&high) {
                return None;
            }
            // "June next year": right after; "28 June in 2020", "March of last year".
            let linked = tokens.get(date.end).is_some_and(|t| t.is("in") || t.is("of"));
            let named_year = ["last", "next", "this"]
                .iter()
                .any(|w| tokens.get(next.start).is_some_and(|t| t.is(w)))
                && tokens.get(next.start + 1).is_some_and(|t| t.is("year"))
                && next.end == next.start + 2;
            let year =
                match next.value {
                    Value::Number(year) if next.kind == QuantityKind::Year && !next.range =>
                    {
                        #[expect(clippy::cast_possible_truncation, reason = "four-digit years")]
                        Some(year as i16)
                    }
                    Value::Date(DateValue {
                        year, month: None, day: None, season: None, ..
                    }) if named_year && !next.range => year,
                    _ => return None,
                };
            // "October [2018]", "March (2019)": an editor's year in brackets.
            let bracketed = next.kind == QuantityKind::Year
                && tokens.get(date.end).is_some_and(|t| t.is_punct("[("))
                && tokens.get(next.end).is_some_and(|t| t.is_punct("])"));
            let adjacent = next.start == date.end + usize::from(linked || bracketed);
            if !adjacent || !(named_year || linked || bracketed) {
                return None;
            }
            let end = next.end + usize::from(bracketed);
            // The range's start a year earlier when it would come after its end.
            let later = |a: &DateValue, b: &DateValue| (a.month, a.day) > (b.month, b.day);
            let low_year = year.map(|y| if later(&low, &high) { y - 1 } else { y });
            let low = DateValue { year: low_year, year_inferred: false, ..low };
            let high = DateValue { year, year_inferred: false, ..high };
            Some(Found {
                end,
                number: (date.number.0, next.end),
                value: Value::Date(low),
                low: date.low.map(|_| Value::Date(low)),
                high: date.high.map(|_| Value::Date(high)),
                relative: date.relative || next.relative,
                ..*date
            })
        });
        if let Some(joined) = joined {
            out.pop();
            out.push(joined);
        } else {
            out.push(next);
        }
    }
    out
}

/// Joins two dates written as the ends of a range into one date range: "from Oct. 2
/// to October 22", "between September 4th and September 8th", "January 12, 2016 -
/// 02/22/2016", "today till tomorrow", "November 15th through the 19th"; and takes
/// the "from" or "between" before a range into its span. The second end takes the
/// month and year it leaves out from the first. A year written apart after a date is
/// folded in first ("28 June in 2020").
pub(crate) fn join_ranges(tokens: &[Token<'_>], found: Vec<Found>) -> Vec<Found> {
    let found = years_after(tokens, found);
    let is_date = |f: &Found| {
        f.kind == QuantityKind::Date && matches!(f.value, Value::Date(_))
            || f.kind == QuantityKind::Year && matches!(f.value, Value::Number(_))
    };
    // A year as a date without month: the end of "from 2015 to May 2017".
    let as_date = |value: Value| match value {
        Value::Date(date) => Some(date),
        #[expect(clippy::cast_possible_truncation, reason = "years are four-digit numbers")]
        Value::Number(year) => Some(DateValue { year: Some(year as i16), ..DateValue::default() }),
        Value::Duration(_) => None,
    };
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for next in found {
        let joined = out.last().and_then(|first| {
            if !is_date(first) || !is_date(&next) || first.range || next.range {
                return None;
            }
            // "from the 26th of June to the 28th of June": the article before an end.
            let the_before = |k: usize| {
                k.checked_sub(1).and_then(|k| tokens.get(k)).is_some_and(|t| t.is("the"))
            };
            let opened_at = if the_before(first.start) { first.start - 1 } else { first.start };
            let opener = opened_at.checked_sub(1).and_then(|k| tokens.get(k));
            let between = opener.is_some_and(|t| t.is("between"));
            let second_at = if the_before(next.start) { next.start - 1 } else { next.start };
            if second_at != first.end + 1 {
                return None;
            }
            let joint = tokens.get(first.end)?;
            let is_joint = joint.is_punct("-–—~")
                || ["through", "thru", "till", "to", "until"].iter().any(|w| joint.is(w))
                || between && joint.is("and");
            if !is_joint {
                return None;
            }
            let start_at = if between || opener.is_some_and(|t| t.is("from")) {
                opened_at - 1
            } else {
                first.start
            };
            if first.kind == QuantityKind::Year && next.kind == QuantityKind::Year {
                // "2014 through 2018", "between 2014~2018".
                return Some(Found {
                    start: start_at,
                    end: next.end,
                    number: (start_at, next.end),
                    low: Some(first.value),
                    high: Some(next.value),
                    range: true,
                    ..*first
                });
            }
            let (low, high) = (as_date(first.value)?, as_date(next.value)?);
            let (low, high) = reconcile_ends(low, high, next.relative);
            // "rose between January 2005 and the previous year" compares two dates.
            if runs_backwards(&low, &high) {
                return None;
            }
            let start = start_at;
            Some(Found {
                kind: QuantityKind::Date,
                start,
                end: next.end,
                number: (start, next.end),
                value: Value::Date(low),
                low: Some(Value::Date(low)),
                high: Some(Value::Date(high)),
                range: true,
                relative: first.relative || next.relative,
                approximate: first.approximate || next.approximate,
                ..*first
            })
        });
        if let Some(joined) = joined {
            out.pop();
            out.push(joined);
            continue;
        }
        // "from 4 to 22 January", "between 2014-2018": the opener belongs to a range
        // written as its two ends, not to a period ("from the last week of May").
        let mut next = next;
        let two_ends = tokens.get(next.start..next.end).is_some_and(|inside| {
            inside.iter().any(|t| {
                t.is_punct("-–—~")
                    || ["and", "through", "thru", "till", "to", "until"].iter().any(|w| t.is(w))
            })
        });
        if two_ends
            && next.range
            && (next.kind == QuantityKind::Date
                || next.kind == QuantityKind::Year && !next.approximate)
            && next.number.0 == next.start
            && next
                .start
                .checked_sub(1)
                .and_then(|k| tokens.get(k))
                .is_some_and(|t| t.is("from") || t.is("between"))
        {
            next.start -= 1;
            next.number.0 = next.start;
        }
        out.push(next);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::testing::{dates, figures_where, pair};

    #[test]
    fn last_the_verb_starts_no_date() {
        let today = "2021-05-20";
        let all = |text: &str| figures_where(text, today, |_| true);
        assert_eq!(all("The truce will last three days."), [pair("three days", "P3D")]);
        assert_eq!(all("Talks could last two weeks, aides said."), [pair("two weeks", "P2W")]);
        assert_eq!(all("The calm did not last 48 hours."), [pair("48 hours", "PT48H")]);
        // A hyphenated length before a noun qualifies it; "next" and "last" are
        // relative ordinals of the match and the plan.
        assert_eq!(
            all("The next one-day match is in Lahore; the last five-year plan failed."),
            [
                pair("next", "1"),
                pair("one-day", "P1D"),
                pair("last", "0"),
                pair("five-year", "P5Y")
            ]
        );
        // The adjective still opens a period, after the article or alone.
        assert_eq!(
            dates("Fighting eased over the last three days.", today),
            [pair("last three days", "2021-05-17..2021-05-19")]
        );
        assert_eq!(
            dates("Prices fell last week and rose last year.", today),
            [pair("last week", "2021-05-10..2021-05-16"), pair("last year", "2020")]
        );
    }

    #[test]
    fn a_year_written_apart_after_a_date() {
        let today = "2021-05-20";
        assert_eq!(
            dates("The summit was held on 14 March in 2019, officials said.", today),
            [pair("14 March in 2019", "2019-03-14")]
        );
        assert_eq!(
            dates("Polls open from 2 June to 5 June in 2022.", today),
            [pair("from 2 June to 5 June in 2022", "2022-06-02..2022-06-05")]
        );
        assert_eq!(
            dates("Elections are due in October next year.", today),
            [pair("October next year", "2022-10")]
        );
        assert_eq!(
            dates("The plant closed on March 3 of last year.", today),
            [pair("March 3 of last year", "2020-03-03")]
        );
        assert_eq!(
            dates("Prices rose from November to February in 2020.", today),
            [pair("from November to February in 2020", "2019-11..2020-02")]
        );
        // A lower-case month is named by the year after it, save "may" and "march".
        assert_eq!(
            dates("the audit ends in june next year", today),
            [pair("june next year", "2022-06")]
        );
        let found = dates("Officials say they may next year, if the vote allows.", today);
        assert_eq!(found, [pair("next year", "2022")]);
        // A place, not a year, after "in"; a year set apart by a comma is left alone.
        assert_eq!(dates("He landed on 28 June in Paris.", today), [pair("28 June", "2021-06-28")]);
        assert_eq!(
            dates("On 28 June, in 2020 and 2021 alike, the fair closed.", today).first().cloned(),
            Some(pair("28 June", "2021-06-28"))
        );
    }

    #[test]
    fn ranges_of_months_and_ends_with_articles() {
        let today = "2021-05-20";
        // The start falls in the year before when its month comes later.
        assert_eq!(
            dates("Snow fell from November until February 2020.", today),
            [pair("from November until February 2020", "2019-11..2020-02")]
        );
        assert_eq!(
            dates("The fair runs from the 3rd of May to the 5th of May.", today),
            [pair("from the 3rd of May to the 5th of May", "2021-05-03..2021-05-05")]
        );
        assert_eq!(
            dates("Talks ran between the 3rd of May and the 5th of June 2020.", today),
            [pair("between the 3rd of May and the 5th of June 2020", "2020-05-03..2020-06-05")]
        );
        // Two inferred years that would run backwards start in the year before.
        assert_eq!(
            dates("Prices were frozen between October 1st and March 5th.", today),
            [pair("between October 1st and March 5th", "2020-10-01..2021-03-05")]
        );
        // Two dates compared are no range.
        assert_eq!(
            dates("Applications rose between January 2021 and the previous year.", today),
            [pair("January 2021", "2021-01"), pair("previous year", "2020")]
        );
        // "from" opens a range written as two ends, not a period.
        assert_eq!(
            dates("Figures from the last week of this month are due.", today),
            [pair("the last week of this month", "2021-05-24..2021-05-30")]
        );
    }

    #[test]
    fn fortnights_and_calendar_years() {
        let today = "2021-05-20";
        assert_eq!(
            dates("Cases doubled over the past fortnight.", today),
            [pair("past fortnight", "2021-05-06..2021-05-19")]
        );
        assert_eq!(
            dates("A deal is expected in the next fortnight.", today),
            [pair("next fortnight", "2021-05-21..2021-06-03")]
        );
        assert_eq!(
            dates("Exports rose this calendar year.", today),
            [pair("this calendar year", "2021")]
        );
        assert_eq!(
            dates("Exports fell last calendar year.", today),
            [pair("last calendar year", "2020")]
        );
        // A fortnight that is no period around today.
        assert!(dates("He stayed for a fortnight.", today).is_empty());
    }

    #[test]
    fn a_year_in_brackets_after_a_month() {
        let published = "2020-05-01";
        assert_eq!(
            dates("The report came out in October [2018] and was ignored.", published),
            [pair("October [2018]", "2018-10")]
        );
        assert_eq!(
            dates("The law passed on 3 March (2019), she said.", published),
            [pair("3 March (2019)", "2019-03-03")]
        );
        // A bracket with more in it is no year of the month.
        let found = dates("It ended in October (in 2018, the data show).", published);
        assert_eq!(found.first(), Some(&pair("October", "2019-10")));
    }
}
