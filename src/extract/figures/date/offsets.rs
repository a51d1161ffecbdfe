//! Dates reckoned from a length of time and an anchor: "two days later", "2 weeks
//! hence", "3 weeks after Christmas on Friday", "less than 3 days after tomorrow",
//! "for 3 days from today", "a week starting tomorrow", "two Sundays from now"; the
//! periods counted from the publication date that [`super::units_around`] leaves
//! out ("within the next 3 years", "the 5 past years", "the next 4 business days",
//! "the past 2 decades"); and the days told relative to the story ("the day
//! before", "the next day"), which [`anchor_to_story`] moves onto the last date the
//! same text gave before them.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::super::token::{Kind, Token};
use super::super::{DateValue, DurationValue, Found, QuantityKind, TimeUnit, Value};
use crate::lexicon::{calendar, numbers, units};

/// Reads a date reckoned from a length and an anchor at `i`, against `reference`
/// (the publication date or its placeholder).
pub(super) fn offset_date(tokens: &[Token<'_>], i: usize, reference: Date) -> Option<Found> {
    let token = tokens.get(i)?;
    // Cheap test first: this runs on every word that may open a date. A number glued
    // to the mark before it ("F-16", "4/22") is part of something else.
    let glued = i
        .checked_sub(1)
        .and_then(|k| tokens.get(k))
        .is_some_and(|previous| previous.is_punct("-/+:.") && !token.gap);
    let opens = match token.kind {
        Kind::Number | Kind::Mixed => !glued,
        Kind::Word => {
            is_opener(token.text)
                || numbers::cardinal(token.text).is_some()
                || token.text.len() >= 6 && calendar::weekday(token.text).is_some()
        }
        Kind::Punct => false,
    };
    // Every phrase here has one of these words within a few tokens: most numbers and
    // words turn back before any length is parsed.
    if !opens || !tokens.get(i..).unwrap_or_default().iter().take(10).any(|t| is_gate(t.text)) {
        return None;
    }
    if let Some((end, shift)) = story_shift(tokens, i) {
        let date = reference.checked_add(shift).ok()?;
        return Some(relative_day(i, end, date));
    }
    // "the day after Christmas", "the day before May 9".
    if token.is("the")
        && tokens.get(i + 1).is_some_and(|t| t.is("day"))
        && let Some(direction) = tokens.get(i + 2).filter(|t| t.is("before") || t.is("after"))
        && let Some((day, end, _)) = anchor(tokens, i + 3, reference)
    {
        let shift: i64 = if direction.is("before") { -1 } else { 1 };
        return Some(relative_day(i, end, day.checked_add(shift.days()).ok()?));
    }
    weekday_of_offset(tokens, i, reference)
        .or_else(|| counted_weekdays(tokens, i, reference))
        .or_else(|| counted_period(tokens, i, reference))
        .or_else(|| anchored(tokens, i, reference))
}

/// Whether a word tells a phrase of this module (its direction or anchor): "after",
/// "before", "business", "coming", "earlier", "following", "from", "future", "hence",
/// "last", "later", "next", "past", "previous", "starting", "time", "upcoming",
/// "working". Split by length, as this runs on the ten words after each opener.
fn is_gate(word: &str) -> bool {
    let words: &[&str] = match word.len() {
        4 => &["from", "last", "next", "past", "time"],
        5 => &["after", "hence", "later"],
        6 => &["before", "coming", "future"],
        7 => &["earlier", "working"],
        8 => &["business", "previous", "starting", "upcoming"],
        9 => &["following"],
        _ => return false,
    };
    words.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether a phrase of this module may start with a word, besides numbers and
/// weekdays: "a", "an", "coming", "couple", "few", "following", "for", "in", "last",
/// "less", "more", "next", "past", "previous", "several", "the", "upcoming", "within".
/// Split by length, as this runs on every word that may open a date.
fn is_opener(word: &str) -> bool {
    let words: &[&str] = match word.len() {
        1 => &["a"],
        2 => &["an", "in"],
        3 => &["few", "for", "the"],
        4 => &["last", "less", "more", "next", "past"],
        6 => &["coming", "couple", "within"],
        7 => &["several"],
        8 => &["previous", "upcoming"],
        9 => &["following"],
        _ => return false,
    };
    words.iter().any(|w| w.eq_ignore_ascii_case(word))
}

fn relative_day(start: usize, end: usize, date: Date) -> Found {
    let mut found = super::found(start, end, DateValue::from(date), None);
    found.relative = true;
    found
}

fn relative_span(start: usize, end: usize, from: Date, to: Date) -> Found {
    let mut found = super::found(start, end, DateValue::from(from), Some(DateValue::from(to)));
    found.relative = true;
    found
}

/// A day told relative to the day the story is at: "the day before", "the day
/// after", "the next day", "the following day", "the previous day", "two days
/// later", "a week earlier". Gives the end of the phrase and the shift from the
/// story's day. "the day before yesterday" and "the day after the vote" are left to
/// others: only a phrase that ends the clause is read.
fn story_shift(tokens: &[Token<'_>], i: usize) -> Option<(usize, jiff::Span)> {
    let at = |k: usize, word: &str| tokens.get(k).is_some_and(|t| t.is(word));
    let ends = |k: usize| tokens.get(k).is_none_or(|t| t.kind == Kind::Punct && !t.is_punct("-"));
    if at(i, "the") {
        if at(i + 1, "day") && (at(i + 2, "before") || at(i + 2, "after")) && ends(i + 3) {
            let days = if at(i + 2, "before") { -1 } else { 1 };
            return Some((i + 3, days.days()));
        }
        let forward = at(i + 1, "next") || at(i + 1, "following");
        if (forward || at(i + 1, "previous")) && at(i + 2, "day") {
            let days = if forward { 1 } else { -1 };
            return Some((i + 3, days.days()));
        }
        return None;
    }
    // "two days later", "a week earlier", "2 years 21 days later".
    let (length, end, _) = length(tokens, i)?;
    let sign = if at(end, "later") {
        1
    } else if at(end, "earlier") {
        -1
    } else {
        return None;
    };
    Some((end + 1, super::calendar_span(length, sign)?))
}

/// Moves each day told relative to the story ("two days later", "the day before")
/// onto the last full date found before it in the same text; a day with no date
/// before it stays on the publication date.
pub(super) fn anchor_to_story(tokens: &[Token<'_>], mut found: Vec<Found>) -> Vec<Found> {
    let mut last: Option<DateValue> = None;
    // The earliest year named outright so far: "took office in 1965 and spent the
    // next five decades" tells of a past, and its "next" counts from 1965, not from
    // the publication date.
    let mut earliest_year: Option<i32> = None;
    for figure in &mut found {
        if let Some(year) = named_year(figure) {
            earliest_year = Some(earliest_year.map_or(year, |y| y.min(year)));
        } else if let Some(before) = earliest_year
            && let Some(length) = forward_period(tokens, figure)
            && first_year(figure).is_some_and(|start| before < start)
        {
            // Left a length of time: its start is the story's, which is not known.
            figure.kind = QuantityKind::Duration;
            figure.value = Value::Duration(length);
            figure.low = None;
            figure.high = None;
            figure.range = false;
            figure.relative = false;
            continue;
        }
        if figure.kind != QuantityKind::Date || figure.range {
            continue;
        }
        let Value::Date(value) = figure.value else { continue };
        if let Some(anchor) = last
            && let Some((end, shift)) = story_shift(tokens, figure.start)
            && end == figure.end
            && let Some(date) = super::full_date(&anchor).and_then(|d| d.checked_add(shift).ok())
        {
            let mut moved = DateValue::from(date);
            moved.year_inferred = anchor.year_inferred;
            figure.value = Value::Date(moved);
            figure.relative = true;
            last = Some(moved);
            continue;
        }
        if super::full_date(&value).is_some() {
            last = Some(value);
        }
    }
    found
}

/// The year of a date or a year told outright ("1965", "May 2010"), not reckoned.
fn named_year(figure: &Found) -> Option<i32> {
    if figure.relative || figure.range {
        return None;
    }
    match figure.value {
        Value::Date(DateValue { year: Some(year), year_inferred: false, .. })
            if figure.kind == QuantityKind::Date =>
        {
            Some(i32::from(year))
        }
        #[expect(clippy::cast_possible_truncation, reason = "checked to be a plausible year")]
        Value::Number(year)
            if figure.kind == QuantityKind::Year && (1000.0..3000.0).contains(&year) =>
        {
            Some(year as i32)
        }
        _ => None,
    }
}

/// The first year of a period reckoned from the publication date.
fn first_year(figure: &Found) -> Option<i32> {
    #[expect(clippy::cast_possible_truncation, reason = "checked to be a plausible year")]
    match figure.low.unwrap_or(figure.value) {
        Value::Date(DateValue { year: Some(year), .. }) => Some(i32::from(year)),
        Value::Number(year) if (1000.0..3000.0).contains(&year) => Some(year as i32),
        _ => None,
    }
}

/// The length of a forward period reckoned from the publication date, "the next
/// five decades", "the following three years", "the coming two weeks": a relative
/// range that a direction word opens, the length right after it.
fn forward_period(tokens: &[Token<'_>], figure: &Found) -> Option<DurationValue> {
    if !figure.relative || !figure.range {
        return None;
    }
    let mut k = figure.start;
    if tokens.get(k).is_some_and(|t| t.is("the") || t.is("within")) {
        k += 1;
    }
    if tokens.get(k).is_some_and(|t| t.is("the")) {
        k += 1;
    }
    if !tokens.get(k).is_some_and(|t| t.is("next") || t.is("following") || t.is("coming")) {
        return None;
    }
    let (length, end, _) = length(tokens, k + 1)?;
    (end == figure.end).then_some(length)
}

/// A length of time at `i` with its end and whether it is approximate: "3 days",
/// "2 years 1 month 21 days", "a fortnight", "couple weeks", "3year".
fn length(tokens: &[Token<'_>], i: usize) -> Option<(DurationValue, usize, bool)> {
    let token = tokens.get(i)?;
    // "couple weeks": "a couple of" without its "of".
    if token.is("couple")
        && let Some((unit, multiple)) = tokens.get(i + 1).and_then(|t| units::time_unit(t.text))
    {
        return Some((DurationValue::new(2.0 * multiple, unit), i + 2, false));
    }
    // "in a fortnight's time": the unit with a possessive ending.
    if (token.is("a") || token.is("an"))
        && let Some(unit) = tokens.get(i + 1)
        && let stripped = super::strip_possessive(unit.text)
        && stripped.len() < unit.text.len()
        && let Some((unit, multiple)) = units::time_unit(stripped)
    {
        return Some((DurationValue::new(multiple, unit), i + 2, false));
    }
    if token.kind == Kind::Mixed {
        // "3year", "10days".
        let split = token.text.find(|c: char| c.is_alphabetic())?;
        let amount = token.text.get(..split)?.parse::<f64>().ok()?;
        let (unit, multiple) = units::time_unit(token.text.get(split..)?)?;
        return Some((DurationValue::new(amount * multiple, unit), i + 1, false));
    }
    let found = super::length_at(tokens, i)?;
    let Value::Duration(length) = found.value else { return None };
    Some((length, found.end, found.approximate))
}

/// The anchor of an offset at `j`: "now", "today", "tomorrow", a holiday, a date,
/// "next Friday". Gives the date, the end and whether it was reckoned from the
/// publication date.
fn anchor(tokens: &[Token<'_>], j: usize, reference: Date) -> Option<(Date, usize, bool)> {
    let token = tokens.get(j)?;
    if is_reckoned(tokens, j) {
        return None;
    }
    if token.is("now") || token.is("today") {
        return Some((reference, j + 1, true));
    }
    if token.is("tomorrow") || token.is("tmrw") {
        return Some((reference.tomorrow().ok()?, j + 1, true));
    }
    if token.is("yesterday") {
        return Some((reference.yesterday().ok()?, j + 1, true));
    }
    if token.kind == Kind::Punct {
        return None;
    }
    // "next Friday": the weekday recognizer starts at the weekday and takes the
    // word before it in.
    let date = if ["next", "last", "this", "coming"].iter().any(|w| token.is(w)) {
        super::absolute_or_relative(tokens, j + 1, Some(reference))
            .filter(|d| d.start == j)
            .or_else(|| super::absolute_or_relative(tokens, j, Some(reference)))?
    } else {
        super::absolute_or_relative(tokens, j, Some(reference))?
    };
    if date.range || date.start != j {
        return None;
    }
    match date.value {
        Value::Date(value) => {
            let day = super::full_date(&value)?;
            Some((day, date.end, date.relative || value.year_inferred))
        }
        _ => None,
    }
}

/// Whether an anchor at `j` would itself be reckoned from a length ("two days after
/// three weeks after today", "the day after the day after"): refused, so that
/// reading an anchor never nests and a long chain costs no more than a short one.
pub(super) fn is_reckoned(tokens: &[Token<'_>], j: usize) -> bool {
    let length_at = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.kind == Kind::Number
                || t.kind == Kind::Word
                    && (numbers::cardinal(t.text).is_some()
                        || ["a", "an", "another", "couple", "few", "half", "several", "some"]
                            .iter()
                            .any(|w| t.is(w)))
        }) && tokens.get(k + 1).is_some_and(|t| units::time_unit(t.text).is_some())
    };
    let Some(token) = tokens.get(j) else { return false };
    ["more", "less", "within", "for", "in"].iter().any(|w| token.is(w))
        || token.is("the") && tokens.get(j + 1).is_some_and(|t| t.is("day"))
        || length_at(j)
        || length_at(j + 1)
        || length_at(j + 2)
}

/// A length then a direction and an anchor, with the words around them:
/// "two months after next Friday", "more than 2 weeks before today" (a bound),
/// "less than 3 days after tomorrow" and "within 2 weeks from today" (the days in
/// between), "for 3 days from today", "a week starting tomorrow", "2 weeks
/// starting May 20th", "for 1 week, from 20th dec" (the days from the anchor on),
/// "4 weeks in the future", "2 days hence" (the days ahead), "in a fortnight's
/// time", "in four business days"; and a weekday after it: "3 weeks after
/// Christmas on Friday".
fn anchored(tokens: &[Token<'_>], i: usize, reference: Date) -> Option<Found> {
    let at = |k: usize, word: &str| tokens.get(k).is_some_and(|t| t.is(word));
    // The word before the length.
    let (lead, j) = if (at(i, "more") || at(i, "less")) && at(i + 1, "than") {
        (if at(i, "more") { Lead::More } else { Lead::Less }, i + 2)
    } else if at(i, "within") {
        (Lead::Less, i + 1)
    } else if at(i, "for") {
        (Lead::For, i + 1)
    } else if at(i, "in") {
        (Lead::In, i + 1)
    } else {
        (Lead::None, i)
    };
    if lead == Lead::In
        && let Some((n_days, end)) = business_days(tokens, j)
    {
        // "in four business days": the fourth working day after today.
        let date = nth_business_day(reference, n_days, 1)?;
        return Some(relative_day(i, end, date));
    }
    let (length, end, approximate) = length(tokens, j)?;
    let direction = tokens.get(end)?;
    // "in a fortnight's time", "in two weeks' time".
    if lead == Lead::In {
        let possessive = tokens.get(end - 1).is_some_and(|t| {
            let text = t.text;
            text.ends_with("'s") || text.ends_with("’s")
        });
        let time_at = if possessive {
            end
        } else if direction.is_punct("'’") && !direction.gap {
            end + 1
        } else {
            // "in 3 days on Friday" is left out: "the biggest fall in four months on
            // Tuesday" is a length and a date.
            return None;
        };
        if !at(time_at, "time") {
            return None;
        }
        let date = reference.checked_add(super::calendar_span(length, 1)?).ok()?;
        return Some(relative_day(i, time_at + 1, date));
    }
    if let Some(found) = ahead(tokens, i, end, lead, length, reference) {
        return Some(found);
    }
    // "for 1 week, from 20th dec": a comma may stand before the direction.
    let (direction, dir_at) = if direction.is_punct(",") && lead == Lead::For {
        (tokens.get(end + 1)?, end + 1)
    } else {
        (direction, end)
    };
    let (sign, anchor_at, starting) = if direction.is("from") || direction.is("after") {
        (1, dir_at + 1, false)
    } else if direction.is("before") {
        (-1, dir_at + 1, false)
    } else if direction.is("starting") {
        // "a week starting tomorrow", "3 days starting from next Monday".
        let skip = usize::from(at(dir_at + 1, "from") || at(dir_at + 1, "on"));
        (1, dir_at + 1 + skip, true)
    } else {
        return None;
    };
    let (anchor_day, anchor_end, _) = anchor(tokens, anchor_at, reference)?;
    let span = super::calendar_span(length, sign)?;
    let reckoned = anchor_day.checked_add(span).ok()?;
    if starting || lead == Lead::For {
        // The days from the anchor on.
        if sign < 0 {
            return None;
        }
        let start = if lead == Lead::For { i } else { j };
        let start = if starting && lead == Lead::For { i + 1 } else { start };
        let to = reckoned.yesterday().ok()?;
        let mut found = relative_span(start, anchor_end, anchor_day, to);
        found.approximate = approximate;
        return Some(found);
    }
    match lead {
        Lead::Less => {
            // The days between the anchor and the day reckoned.
            let (from, to) = if sign > 0 {
                (anchor_day, reckoned.yesterday().ok()?)
            } else {
                (reckoned, anchor_day.yesterday().ok()?)
            };
            Some(relative_span(i, anchor_end, from, to))
        }
        Lead::More => {
            // Beyond the day reckoned: after it going forward, before it going back.
            let mut found = relative_day(i, anchor_end, reckoned);
            let value = Some(found.value);
            (found.low, found.high) = if sign > 0 { (value, None) } else { (None, value) };
            Some(found)
        }
        Lead::None => {
            let mut found = relative_day(i, anchor_end, reckoned);
            found.approximate = approximate;
            // "3 weeks after Christmas on Friday".
            if let Some(day) = weekday_after(tokens, anchor_end) {
                found.value = Value::Date(DateValue::from(in_week_of(reckoned, day)?));
                found.end = anchor_end + 2;
            }
            found.number = (found.start, found.end);
            Some(found)
        }
        Lead::For | Lead::In => None,
    }
}

/// "2 days hence", "4 weeks in the future": the days ahead of today.
fn ahead(
    tokens: &[Token<'_>],
    i: usize,
    end: usize,
    lead: Lead,
    length: DurationValue,
    reference: Date,
) -> Option<Found> {
    let at = |k: usize, word: &str| tokens.get(k).is_some_and(|t| t.is(word));
    let ahead_end = if at(end, "hence") {
        end + 1
    } else if at(end, "in") && at(end + 1, "the") && at(end + 2, "future") {
        end + 3
    } else {
        return None;
    };
    // One unit only: "twenty-one years and six months in the future" reads as a
    // length more often than as the days up to it.
    if lead != Lead::None || length.parts.is_some() {
        return None;
    }
    let from = reference.tomorrow().ok()?;
    let to = from.checked_add(super::calendar_span(length, 1)?).ok()?.yesterday().ok()?;
    Some(relative_span(i, ahead_end, from, to))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lead {
    None,
    More,
    Less,
    For,
    In,
}

/// "on Friday" at `k`: the weekday's number, Monday = 1.
fn weekday_after(tokens: &[Token<'_>], k: usize) -> Option<i8> {
    if !tokens.get(k).is_some_and(|t| t.is("on")) {
        return None;
    }
    let day = tokens.get(k + 1).filter(|t| t.text.len() >= 6)?;
    i8::try_from(calendar::weekday(day.text)?).ok()
}

/// The day of a week that falls on `weekday` (Monday = 1), the week running Sunday
/// to Saturday as calendars print it.
fn in_week_of(date: Date, weekday: i8) -> Option<Date> {
    let from_sunday = |day: i8| day % 7;
    let shift = from_sunday(weekday) - from_sunday(super::iso_weekday(date.weekday()));
    date.checked_add(i64::from(shift).days()).ok()
}

/// A weekday, then a date reckoned from a length: "Monday two weeks from now",
/// "Thursday, two years from now", "Sunday 3 weeks after January 15th".
fn weekday_of_offset(tokens: &[Token<'_>], i: usize, reference: Date) -> Option<Found> {
    let token = tokens.get(i)?;
    if token.text.len() < 6 {
        return None;
    }
    let day = i8::try_from(calendar::weekday(token.text)?).ok()?;
    let j = if tokens.get(i + 1).is_some_and(|t| t.is_punct(",")) { i + 2 } else { i + 1 };
    let next = tokens.get(j)?;
    if next.kind != Kind::Number && numbers::cardinal(next.text).is_none() {
        return None;
    }
    let reckoned = anchored(tokens, j, reference)
        .or_else(|| super::offset(tokens, j, reference))
        .filter(|f| !f.range && f.start == j)?;
    let Value::Date(value) = reckoned.value else { return None };
    let date = in_week_of(super::full_date(&value)?, day)?;
    Some(relative_day(i, reckoned.end, date))
}

/// "two Sundays from now", "two Mondays later": the second such weekday after today.
fn counted_weekdays(tokens: &[Token<'_>], i: usize, reference: Date) -> Option<Found> {
    let token = tokens.get(i)?;
    let count = match token.kind {
        Kind::Number => token.text.parse::<u8>().ok()?,
        Kind::Word => u8::try_from(numbers::cardinal(token.text)?).ok()?,
        _ => return None,
    };
    if !(1..=10).contains(&count) {
        return None;
    }
    let name = tokens.get(i + 1)?;
    let singular = name.text.strip_suffix(['s', 'S']).unwrap_or(name.text);
    if singular.len() < 6 {
        return None;
    }
    let day = i8::try_from(calendar::weekday(singular)?).ok()?;
    let end = if tokens.get(i + 2).is_some_and(|t| t.is("from"))
        && tokens.get(i + 3).is_some_and(|t| t.is("now") || t.is("today"))
    {
        i + 4
    } else if tokens.get(i + 2).is_some_and(|t| t.is("later") || t.is("hence")) {
        i + 3
    } else {
        return None;
    };
    let today = super::iso_weekday(reference.weekday());
    let first = (day - today + 7) % 7;
    let first = if first == 0 { 7 } else { first };
    let days = i64::from(first) + 7 * (i64::from(count) - 1);
    Some(relative_day(i, end, reference.checked_add(days.days()).ok()?))
}

/// "4 business days", "two working days": a count of weekdays.
fn business_days(tokens: &[Token<'_>], j: usize) -> Option<(u32, usize)> {
    let token = tokens.get(j)?;
    let count = match token.kind {
        Kind::Number => token.text.parse::<u32>().ok()?,
        Kind::Word => numbers::cardinal(token.text)?,
        _ => return None,
    };
    let kind = tokens.get(j + 1)?;
    if !(kind.is("business") || kind.is("working")) {
        return None;
    }
    let unit = tokens.get(j + 2)?;
    (unit.is("days") || unit.is("day") && count == 1).then_some((count, j + 3))
}

/// The `n`th weekday (Monday to Friday) after `from` going `step` days at a time.
fn nth_business_day(from: Date, n: u32, step: i64) -> Option<Date> {
    let mut day = from;
    let mut left = n;
    // Bounded: a count of business days in news is small.
    if n == 0 || n > 1000 {
        return None;
    }
    while left > 0 {
        day = day.checked_add(step.days()).ok()?;
        if !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) {
            left -= 1;
        }
    }
    Some(day)
}

/// Periods counted from the publication date: "within the next 3 years" (from
/// today), "the 5 upcoming years", "the 2 next days", "the 10 previous weeks", "the
/// next 4 business days", "the past 2 decades" (whole decades), "next couple
/// weeks", "last 3year". Ends inclusive, like [`super::units_around`].
fn counted_period(tokens: &[Token<'_>], i: usize, reference: Date) -> Option<Found> {
    let at = |k: usize, word: &str| tokens.get(k).is_some_and(|t| t.is(word));
    let is_forward =
        |k: usize| ["next", "upcoming", "coming", "following"].iter().any(|w| at(k, w));
    let is_backward = |k: usize| ["past", "last", "previous"].iter().any(|w| at(k, w));
    let within = at(i, "within");
    let mut j = if within { i + 1 } else { i };
    if within && at(j, "the") {
        j += 1;
    }
    // "the 5 upcoming years": the count before the direction.
    let (forward, length_at, direction_after) = if is_forward(j) || is_backward(j) {
        (is_forward(j), j + 1, false)
    } else if !within && tokens.get(j).is_some_and(|t| t.kind != Kind::Punct) {
        let count = tokens.get(j)?;
        if count.kind != Kind::Number && numbers::cardinal(count.text).is_none() {
            return None;
        }
        if !(is_forward(j + 1) || is_backward(j + 1)) {
            return None;
        }
        (is_forward(j + 1), j, true)
    } else {
        return None;
    };
    if within && !forward {
        return None;
    }
    if !direction_after && let Some((n_days, end)) = business_days(tokens, length_at) {
        let (from, to) = if forward {
            (reference.tomorrow().ok()?, nth_business_day(reference, n_days, 1)?)
        } else {
            (nth_business_day(reference, n_days, -1)?, reference.yesterday().ok()?)
        };
        return Some(relative_span(i, end, from, to));
    }
    let (length, end) = if direction_after {
        // "5 upcoming years": the count, the direction word, the unit.
        let count = super::super::number::number(tokens, length_at, false)?;
        if count.end != length_at + 1 {
            return None;
        }
        // "3 next weeks", not "only 3 next week": a count above one wants a plural.
        let unit_token = tokens.get(length_at + 2)?;
        if count.value > 1.0 && !unit_token.text.ends_with(['s', 'S']) {
            return None;
        }
        let (unit, multiple) = units::time_unit(unit_token.text)?;
        (DurationValue::new(count.value * multiple, unit), length_at + 3)
    } else {
        let (length, end, _) = length(tokens, length_at)?;
        (length, end)
    };
    // "the last week of fighting" is a stretch of something else.
    if at(end, "of") {
        return None;
    }
    let decades = tokens.get(end - 1).is_some_and(|t| t.is("decades") || t.is("decade"))
        && length.unit == TimeUnit::Year
        && length.parts.is_none();
    if decades {
        return whole_decades(i, end, reference, length.amount, forward);
    }
    // Only the forms the relative dates leave out: "within the next", a count
    // before the direction, "couple weeks", "3year".
    let plain = !within
        && !direction_after
        && tokens.get(length_at).is_some_and(|t| t.kind != Kind::Mixed && !t.is("couple"));
    if plain {
        return None;
    }
    let (from, to) = if forward {
        let start = if within { reference } else { reference.tomorrow().ok()? };
        (start, start.checked_add(super::calendar_span(length, 1)?).ok()?.yesterday().ok()?)
    } else {
        (reference.checked_sub(super::calendar_span(length, 1)?).ok()?, reference.yesterday().ok()?)
    };
    Some(relative_span(i, end, from, to))
}

/// "the past 2 decades" in 2016 are the 1990s and 2000s; "the next 3 decades" the
/// 2020s to the 2040s: whole decades, as years.
fn whole_decades(
    start: usize,
    end: usize,
    reference: Date,
    years: f64,
    forward: bool,
) -> Option<Found> {
    if years.fract() != 0.0 || !(10.0..=200.0).contains(&years) {
        return None;
    }
    #[expect(clippy::cast_possible_truncation, reason = "checked to be a small whole number")]
    let years = years as i16;
    let current = reference.year() - reference.year().rem_euclid(10);
    let (first, last) =
        if forward { (current + 10, current + 9 + years) } else { (current - years, current - 1) };
    let mut found = super::found(start, end, DateValue::default(), None);
    found.kind = QuantityKind::Year;
    found.value = Value::Number(f64::from(first));
    found.low = Some(found.value);
    found.high = Some(Value::Number(f64::from(last)));
    found.range = true;
    found.relative = true;
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{figures_where, pair};
    use crate::extract::figures::Value;

    fn dates(text: &str, published: &str) -> Vec<(String, String)> {
        figures_where(text, published, |q| matches!(q.value, Value::Date(_)) || q.range)
    }

    #[test]
    fn story_days_follow_the_last_date_told() {
        let found = dates(
            "The talks opened on March 3, 2024; two days later the envoy left, and the day before, rebels had shelled the town.",
            "2024-04-10",
        );
        assert_eq!(
            found,
            [
                pair("March 3, 2024", "2024-03-03"),
                pair("two days later", "2024-03-05"),
                pair("the day before", "2024-03-04"),
            ]
        );
        // With no date before it, the story is at the publication date.
        let found = dates("The minister resigned the next day.", "2024-04-10");
        assert_eq!(found, [pair("the next day", "2024-04-11")]);
        // "the day after the vote" names no date; "the day after Christmas" does.
        assert!(dates("Crowds gathered the day after the vote.", "2024-04-10").is_empty());
        assert_eq!(
            dates("Shops reopened the day after Christmas.", "2024-12-30"),
            [pair("the day after Christmas", "2024-12-26")]
        );
    }

    #[test]
    fn lengths_from_an_anchor() {
        let published = "2024-04-10"; // a Wednesday
        assert_eq!(
            dates("Troops will withdraw two months after next Friday.", published),
            [pair("two months after next Friday", "2024-06-19")]
        );
        assert_eq!(
            dates("The vote comes less than 3 days after tomorrow.", published),
            [pair("less than 3 days after tomorrow", "2024-04-11..2024-04-13")]
        );
        assert_eq!(
            dates("Aid is blocked for 3 days from today.", published),
            [pair("for 3 days from today", "2024-04-10..2024-04-12")]
        );
        assert_eq!(
            dates("A curfew holds for a week starting tomorrow.", published),
            [pair("a week starting tomorrow", "2024-04-11..2024-04-17")]
        );
        assert_eq!(
            dates("Results are due 2 days hence.", published),
            [pair("2 days hence", "2024-04-11..2024-04-12")]
        );
        assert_eq!(
            dates("Polls open in a fortnight's time.", published),
            [pair("in a fortnight's time", "2024-04-24")]
        );
        assert_eq!(
            dates("The court rules in four business days.", published),
            [pair("in four business days", "2024-04-16")]
        );
        let found = dates("It was sealed more than 2 weeks before today.", published);
        assert_eq!(found, [pair("more than 2 weeks before today", "2024-03-27")]);
    }

    #[test]
    fn weekdays_reckoned_from_lengths() {
        let published = "2024-04-10"; // a Wednesday
        assert_eq!(
            dates("The summit opens Monday two weeks from now.", published),
            [pair("Monday two weeks from now", "2024-04-22")]
        );
        // A length and a date, not a weekday reckoned from a length. After a
        // superlative "in four months" spans back to now: a length, not a date ahead.
        assert_eq!(
            dates("The dollar had its biggest fall in four months on Tuesday.", published),
            [pair("Tuesday", "2024-04-09")]
        );
        assert_eq!(
            dates("Markets reopen two Sundays from now.", published),
            [pair("two Sundays from now", "2024-04-21")]
        );
    }

    #[test]
    fn chained_offsets_do_not_nest() {
        let text = "3 weeks after ".repeat(3000) + "today";
        let found = dates(&text, "2024-04-10");
        assert_eq!(found.last().map(|(_, value)| value.as_str()), Some("2024-05-01"));
        let text = "the day after ".repeat(3000) + "Christmas";
        assert!(dates(&text, "2024-04-10").len() <= 2);
    }

    #[test]
    fn lengths_beyond_the_calendar_find_no_date() {
        for text in
            ["It fell 9999 decades ago.", "Due 9999 decades later.", "In 9999 decades' time."]
        {
            assert!(dates(text, "2024-04-10").is_empty(), "{text}");
        }
    }

    #[test]
    fn periods_counted_from_today() {
        let published = "2024-04-10"; // a Wednesday
        assert_eq!(
            dates("Prices will rise within the next 3 years.", published),
            [pair("within the next 3 years", "2024-04-10..2027-04-09")]
        );
        assert_eq!(
            dates("Output fell over the 10 previous weeks.", published),
            [pair("10 previous weeks", "2024-01-31..2024-04-09")]
        );
        assert_eq!(
            dates("Talks resume over the next 4 business days.", published),
            [pair("next 4 business days", "2024-04-11..2024-04-16")]
        );
        assert_eq!(
            dates("Growth stalled in the past 2 decades.", published),
            [pair("past 2 decades", "2000..2019")]
        );
        assert_eq!(
            dates("They will be only 3 next week.", published),
            [pair("next week", "2024-04-15..2024-04-21")]
        );
        assert_eq!(
            dates("Exports grew in the past two quarters.", published),
            [pair("past two quarters", "2023-10..2024-03")]
        );
        assert_eq!(
            dates("Both sides will meet over the next couple weeks.", published),
            [pair("next couple weeks", "2024-04-11..2024-04-24")]
        );
    }

    #[test]
    fn a_forward_period_after_a_past_year() {
        let published = "2020-05-01";
        let found = figures_where(
            "He took office in 1965 and spent the next five decades in parliament.",
            published,
            |_| true,
        );
        assert_eq!(found, [pair("1965", "1965"), pair("next five decades", "P50Y")]);
        let found = figures_where(
            "After the 2008 crash, growth stalled for the following three years.",
            published,
            |_| true,
        );
        assert_eq!(found.last(), Some(&pair("following three years", "P3Y")));
        // No past year before it, or a later one: counted from the publication date.
        assert_eq!(
            dates("The plan will run for the next five years.", published),
            [pair("next five years", "2020-05-02..2025-05-01")]
        );
        let found = figures_where(
            "The next five years, he said, would end with a vote in 2030.",
            published,
            |_| true,
        );
        assert_eq!(found.first(), Some(&pair("next five years", "2020-05-02..2025-05-01")));
    }
}
