//! Numeric and glued date forms: month and day in digits ("on 4-22", "Friday
//! 7/6", "next 5/12"), ranges of them ("from 10/1 to 11/7", "5/1-5/7/2020"),
//! full dates in other orders ("20161016", "2016 10 16", "23/Sep/2020",
//! "Sep-23-2020") and dates inside file names and addresses
//! ("report-2002-10-09.xlsx").
//!
//! A month and a day in digits are a score ("won 4-2"), a decimal ("rose 5.12
//! points") or a fraction as often as a date, so they are read only where the words
//! around them make them one: a preposition of time, a weekday, "this" or "next"
//! before them, a year or a second date with them, and no counted word after them.
//! An impossible date ("2/29/2019") is no date: it is not found rather than moved to
//! a real day.

use jiff::civil::Date;

use super::super::token::{Kind, Token};
use super::super::{DateValue, Found, QuantityKind, Value};
use super::{day_at, ends_clause, found, month_first, reconcile_ends, with_year, year_at};
use crate::lexicon::numbers::Bound;
use crate::lexicon::{calendar, grammar};

/// Words before a month and day in digits that make them a date ("on 4-22", "until
/// 5/12"); "in" only before the dash and slash forms ("in 9.58" is a race time).
const DAY_PREPOSITIONS: &[&str] =
    &["after", "before", "between", "by", "from", "on", "since", "till", "until"];

/// A month and a day written in digits, with the year when one is glued on.
#[derive(Clone, Copy, Debug)]
struct Short {
    month: u8,
    day: u8,
    year: Option<i16>,
    /// The token after the last one read.
    end: usize,
    /// The separator between month and day: `.`, `-` or `/`.
    separator: u8,
}

/// Whether the day exists in that month (in that year, or in a leap year when the
/// year is unknown).
fn exists(year: Option<i16>, month: u8, day: u8) -> bool {
    let (Ok(month), Ok(day)) = (i8::try_from(month), i8::try_from(day)) else { return false };
    Date::new(year.unwrap_or(2000), month, day).is_ok()
}

/// A number token of one or two plain digits.
fn small(token: Option<&Token<'_>>) -> Option<u8> {
    let token = token.filter(|t| t.kind == Kind::Number && t.text.len() <= 2)?;
    token.text.parse().ok()
}

/// Reads a month and a day in digits at `k`, month first: "4.22", "4-22", "10/1",
/// "10/1/2018", "10-1-2018". A two-digit year is left to the year readers.
fn short_at(tokens: &[Token<'_>], k: usize) -> Option<Short> {
    let token = tokens.get(k)?;
    if token.kind != Kind::Number {
        return None;
    }
    let (month, day, separator, mut end) = if let Some((a, b)) = token.text.split_once('.') {
        // "4.22": one token; "1.50" reads as a day 50 and is turned away below.
        if a.len() > 2 || b.len() != 2 && b.len() != 1 {
            return None;
        }
        (a.parse::<u8>().ok()?, b.parse::<u8>().ok()?, b'.', k + 1)
    } else {
        let month = small(Some(token))?;
        let mark = tokens.get(k + 1).filter(|t| t.is_punct("-/") && !t.gap)?;
        let day = small(tokens.get(k + 2).filter(|t| !t.gap))?;
        (month, day, mark.text.as_bytes().first().copied()?, k + 3)
    };
    let mut year = None;
    let mark = tokens.get(end).filter(|t| !t.gap && t.text.as_bytes() == [separator]);
    if separator != b'.'
        && mark.is_some()
        && let Some((found_year, after)) = year_at(tokens, end + 1)
        && tokens.get(end + 1).is_some_and(|t| !t.gap)
    {
        year = Some(found_year);
        end = after;
    }
    if !(1..=12).contains(&month) || !exists(year, month, day) || day == 0 {
        return None;
    }
    Some(Short { month, day, year, end, separator })
}

/// Whether nothing after `end` makes the digits a count or a measure: the sentence
/// or clause ends, or a function word or a name follows ("on 4-22 with Jim"), not a
/// counted word ("5.12 points", "4-2 win") nor a glued mark ("4-22%").
fn stands_as_date(tokens: &[Token<'_>], end: usize) -> bool {
    let Some(next) = tokens.get(end) else { return true };
    match next.kind {
        Kind::Punct => next.gap || next.is_punct(",;.!?)\"”"),
        Kind::Word => next.is_capitalized() || grammar::is_stop_word(next.text),
        Kind::Number | Kind::Mixed => false,
    }
}

/// The date of a month and a day, the year inferred from the publication date when
/// none is written; a February 29th goes to the nearest leap year, or is no date.
fn short_value(short: Short, published: Option<Date>) -> Option<DateValue> {
    let mut value = with_year(short.month, Some(short.day), short.year, published);
    if value.year_inferred && !exists(value.year, short.month, short.day) {
        let year = value.year?;
        value.year = Some(
            [year + 1, year - 1].into_iter().find(|y| exists(Some(*y), short.month, short.day))?,
        );
    }
    Some(value)
}

/// The numeric and glued forms that start at a word: "from 4 to January 22, 1995",
/// "year greater than 2012", "Sep-23-2020".
pub(super) fn word_forms(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let token = tokens.get(i)?;
    if (token.is("from") || token.is("between"))
        && let Some(found) = day_to_date(tokens, i, published)
    {
        return Some(found);
    }
    if let Some(found) = year_bound(tokens, i) {
        return Some(found);
    }
    if tokens.get(i + 1).is_some_and(|t| t.is_punct("-/.") && !t.gap) {
        return with_month_name(tokens, i);
    }
    None
}

/// The numeric forms that start at a number and must be tried before the other
/// readers take its first part: "23/Sep/2020", "20161016", "10/1-11/7".
pub(super) fn number_forms(
    tokens: &[Token<'_>],
    i: usize,
    published: Option<Date>,
) -> Option<Found> {
    if tokens.get(i)?.kind != Kind::Number {
        return None;
    }
    with_month_name(tokens, i)
        .or_else(|| compact(tokens, i))
        .or_else(|| range(tokens, i, published))
}

/// The second date of "Nov 18-Dec 19, 2015" after the dash at `dash`, joined with
/// the first (`low`, starting at `i`) into a range; `None` when no date with a day
/// follows the dash.
pub(super) fn dash_second_date(
    tokens: &[Token<'_>],
    i: usize,
    dash: usize,
    low: DateValue,
    published: Option<Date>,
) -> Option<Found> {
    if !tokens.get(dash).is_some_and(|t| t.is_punct("-")) {
        return None;
    }
    let second = month_first(tokens, dash + 1, published)
        .filter(|second| !second.range && second.start == dash + 1)?;
    let Value::Date(high) = second.value else { return None };
    high.day?;
    let (low, high) = reconcile_ends(low, high, false);
    Some(found(i, second.end, low, Some(high)))
}

/// Where a month's day starts after a comma: "October, 1st." reads on at the day
/// when it has its ordinal ending and ends the clause ("In October, 15 people died"
/// does not); otherwise `j` itself.
pub(super) fn comma_before_ordinal_day(tokens: &[Token<'_>], j: usize) -> usize {
    if tokens.get(j).is_some_and(|t| t.is_punct(","))
        && tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Mixed)
        && day_at(tokens, j + 1, false).is_some_and(|(_, end)| ends_clause(tokens, end))
    {
        j + 1
    } else {
        j
    }
}

/// A bound written after a date at `end`: "and later", "or later", "and after", "or
/// earlier"; with the token after it. The bound ends its clause ("in 1967 and later
/// adapted", "in 2003 and after that" are later events), or a function word follows
/// a comparative ("2018 or later are exempt").
pub(super) fn bound_after(tokens: &[Token<'_>], end: usize) -> Option<(Bound, usize)> {
    if !tokens.get(end).is_some_and(|t| t.is("and") || t.is("or")) {
        return None;
    }
    let word = tokens.get(end + 1)?;
    let bound =
        calendar::DATE_BOUNDS_AFTER.iter().find(|(key, _)| word.is(key)).map(|(_, b)| *b)?;
    let comparative = !(word.is("after") || word.is("before"));
    if tokens.get(end + 2).is_some_and(|t| {
        t.kind != Kind::Punct
            && !(comparative
                && t.kind == Kind::Word
                && !t.is_capitalized()
                && grammar::is_stop_word(t.text))
    }) {
        return None;
    }
    Some((bound, end + 2))
}

/// A month and a day in digits read as a date because of the word before them:
/// "on 4-22", "by 5.12", "in 4-22", "this 5/12", "next 5/12".
pub(super) fn month_day(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let short = short_at(tokens, i)?;
    if short.year.is_some() || !tokens.get(i).is_some_and(|t| t.gap) {
        return None;
    }
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k))?;
    let this_or_next = previous.is("this") || previous.is("next");
    let anchored = DAY_PREPOSITIONS.iter().any(|w| previous.is(w))
        || previous.is("in") && short.separator != b'.'
        || this_or_next;
    if !anchored || !stands_as_date(tokens, short.end) {
        return None;
    }
    // "from 4/1 to 5/2": the first of two that are no range of dates (odds).
    if tokens.get(short.end).is_some_and(|t| t.is("to") || t.is("and") || t.is_punct("-–"))
        && tokens.get(short.end + 1).is_some_and(|t| t.kind == Kind::Number)
    {
        return None;
    }
    let mut value = short_value(short, published)?;
    // "this 5/12" is in the publication year, "next 5/12" the first one after it.
    if this_or_next && let Some(published) = published {
        let year = published.year();
        let ahead = (short.month, short.day) > (published_month_day(published));
        value.year = Some(if previous.is("next") && !ahead { year + 1 } else { year });
        if !exists(value.year, short.month, short.day) {
            return None;
        }
    }
    let start = if this_or_next { i - 1 } else { i };
    Some(found(start, short.end, value, None))
}

/// The month and day of a date, to compare with a month and a day read.
fn published_month_day(date: Date) -> (u8, u8) {
    (u8::try_from(date.month()).unwrap_or(1), u8::try_from(date.day()).unwrap_or(1))
}

/// A month and a day in digits right after a weekday, which makes them a date:
/// "Friday 7/6", "friday 5.12".
pub(super) fn after_weekday(
    tokens: &[Token<'_>],
    j: usize,
    published: Option<Date>,
) -> Option<Found> {
    let short = short_at(tokens, j)?;
    if !stands_as_date(tokens, short.end) {
        return None;
    }
    Some(found(j, short.end, short_value(short, published)?, None))
}

/// Two months and days in digits as the ends of a range, the year written once or
/// at each end: "10/1 to 11/7", "10/1-11/7", "5/1-5/7, 2020", "5/1-5/7/2020",
/// "10/1/2018-10/7/2018", "10-1-2018-10-7-2018". Without a year, the range needs
/// slashes or a preposition of time before it.
fn range(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let first = short_at(tokens, i)?;
    let joint = tokens.get(first.end)?;
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
    let between = previous.is_some_and(|t| t.is("between"));
    let glued_dash = joint.is_punct("-–") && !joint.gap;
    let word_joint = ["through", "thru", "till", "to", "until"].iter().any(|w| joint.is(w))
        || between && joint.is("and");
    if !glued_dash && !word_joint {
        return None;
    }
    let second_at = first.end + 1;
    if glued_dash && tokens.get(second_at).is_none_or(|t| t.gap) {
        return None;
    }
    let second = short_at(tokens, second_at)?;
    let mut end = second.end;
    let mut high_year = second.year;
    // "5/1-5/7, 2020": the year after the range.
    if high_year.is_none()
        && first.year.is_none()
        && tokens.get(end).is_some_and(|t| t.is_punct(","))
        && let Some((year, after)) = year_at(tokens, end + 1)
    {
        high_year = Some(year);
        end = after;
    }
    let anchored = previous.is_some_and(|p| DAY_PREPOSITIONS.iter().any(|w| p.is(w)));
    if first.year.is_none()
        && high_year.is_none()
        && !(anchored || first.separator == b'/' && second.separator == b'/')
    {
        return None;
    }
    if !stands_as_date(tokens, end) {
        return None;
    }
    let low = match first.year.or(high_year) {
        Some(year) if exists(Some(year), first.month, first.day) => {
            let earlier = (first.month, first.day) > (second.month, second.day);
            let year = if first.year.is_none() && earlier { year - 1 } else { year };
            with_year(first.month, Some(first.day), Some(year), published)
        }
        Some(_) => return None,
        None => short_value(first, published)?,
    };
    let high = match high_year.or(first.year) {
        Some(year) if exists(Some(year), second.month, second.day) => {
            with_year(second.month, Some(second.day), Some(year), published)
        }
        Some(_) => return None,
        None => {
            // Without a year, the end follows the start: "2/29-3/1" in a leap year,
            // "12/28-1/3" across the new year.
            // Only December to January crosses the year: "from 4/6 to 1/2" is betting
            // odds shortening, not nine months.
            if (first.month, first.day) > (second.month, second.day)
                && (first.month, second.month) != (12, 1)
            {
                return None;
            }
            let year =
                low.year.map(|year| if first.month > second.month { year + 1 } else { year });
            if year.is_some() && !exists(year, second.month, second.day) {
                return None;
            }
            DateValue { year, month: Some(second.month), day: Some(second.day), ..low }
        }
    };
    let (low, high) = reconcile_ends(low, high, false);
    let key = |v: &DateValue| (v.year, v.month, v.day);
    if key(&low) >= key(&high) && low.year_inferred == high.year_inferred {
        return None;
    }
    Some(found(i, end, low, Some(high)))
}

/// A date in three parts glued by one mark, one of them a month name: "23/Sep/2020",
/// "Sep-23-2020", "2019-aug-1", "05-Aug-2016", "September-2020-23", "2020/23/Sep".
/// The four-digit part is the year, the other number the day.
pub(super) fn with_month_name(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let mark = tokens.get(i + 1).filter(|t| t.is_punct("-/.") && !t.gap)?;
    let same = |k: usize| tokens.get(k).is_some_and(|t| !t.gap && t.text == mark.text);
    if !same(i + 3) {
        return None;
    }
    let (mut month, mut year, mut day) = (None, None, None);
    for k in [i, i + 2, i + 4] {
        let part = tokens.get(k).filter(|t| k == i || !t.gap)?;
        match part.kind {
            Kind::Word if month.is_none() && part.text.len() >= 3 => {
                month = Some(calendar::month(part.text)?);
            }
            Kind::Number if part.text.len() == 4 && year.is_none() => {
                year = Some(year_at(tokens, k)?.0);
            }
            Kind::Number if part.text.len() <= 2 && day.is_none() => day = small(Some(part)),
            _ => return None,
        }
    }
    let (month, year, day) = (month?, year?, day?);
    // Not the start of a longer chain: "2019-aug-1-3".
    if same(i + 5) && tokens.get(i + 6).is_some_and(|t| t.kind == Kind::Number && !t.gap) {
        return None;
    }
    let date = Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()?;
    Some(found(i, i + 5, DateValue::from(date), None))
}

/// A full date in digits written without separators, or with spaces: "20161016",
/// "2016 10 16"; only a real date between 1900 and 2100.
fn compact(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let token = tokens.get(i)?;
    if token.kind != Kind::Number || !token.text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (year, month, day, end) = if token.text.len() == 8 {
        let digits = |range: std::ops::Range<usize>| token.text.get(range)?.parse::<u16>().ok();
        (digits(0..4)?, digits(4..6)?, digits(6..8)?, i + 1)
    } else if token.text.len() == 4 {
        // "2016 10 16": two-digit month and day, then the clause ends.
        let two = |k: usize| {
            tokens
                .get(k)
                .filter(|t| t.gap && t.kind == Kind::Number && t.text.len() == 2)
                .and_then(|t| t.text.parse::<u16>().ok())
        };
        let (month, day) = (two(i + 1)?, two(i + 2)?);
        if !tokens.get(i + 3).is_none_or(|t| t.is_punct(",;.!?)")) {
            return None;
        }
        (token.text.parse::<u16>().ok()?, month, day, i + 3)
    } else {
        return None;
    };
    // Glued to more digits it is a code: "20161016-0042".
    if tokens.get(end).is_some_and(|t| t.is_punct("-/") && !t.gap)
        && tokens.get(end + 1).is_some_and(|t| t.kind == Kind::Number && !t.gap)
    {
        return None;
    }
    if !(1900..=2100).contains(&year) {
        return None;
    }
    let date =
        Date::new(i16::try_from(year).ok()?, i8::try_from(month).ok()?, i8::try_from(day).ok()?)
            .ok()?;
    Some(found(i, end, DateValue::from(date), None))
}

/// A full date glued into a name: "sales_report-2002-10-09.xlsx",
/// "archive-2018-09-23-page-01", "report-20170302.html". Only the forms that
/// cannot be anything else: year, month and day in ISO order, or eight digits.
pub(crate) fn embedded(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let token = tokens.get(i).filter(|t| t.kind == Kind::Number)?;
    if token.text.len() == 8 {
        return compact(tokens, i);
    }
    if token.text.len() != 4 {
        return None;
    }
    let dash = |k: usize| tokens.get(k).is_some_and(|t| t.is_punct("-") && !t.gap);
    let two = |k: usize| {
        tokens
            .get(k)
            .filter(|t| !t.gap && t.kind == Kind::Number && t.text.len() == 2)
            .and_then(|t| t.text.parse::<i8>().ok())
    };
    if !(dash(i + 1) && dash(i + 3)) {
        return None;
    }
    let (month, day) = (two(i + 2)?, two(i + 4)?);
    if dash(i + 5) && tokens.get(i + 6).is_some_and(|t| t.kind == Kind::Number && !t.gap) {
        return None;
    }
    let year = year_at(tokens, i)?.0;
    if !(1900..=2100).contains(&year) {
        return None;
    }
    let date = Date::new(year, month, day).ok()?;
    Some(found(i, i + 5, DateValue::from(date), None))
}

/// A number glued to the mark before it, read only as a date that the mark cannot
/// change: one glued into a name ("report-2002-10-09"), or a day and month after a
/// colon glued to a word ("says:30 December").
pub(super) fn after_mark(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k))?;
    if previous.is_punct("-_/") {
        return embedded(tokens, i);
    }
    let word_before = i.checked_sub(2).and_then(|k| tokens.get(k));
    if previous.is_punct(":") && word_before.is_some_and(|t| t.kind == Kind::Word) {
        let found = super::day_first(tokens, i, published)?;
        return matches!(found.value, Value::Date(DateValue { month: Some(_), .. }))
            .then_some(found);
    }
    None
}

/// A date glued into a name after the mark at `i`: "-2020-07-01-", "_20200701".
pub(super) fn at_mark(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let mark = tokens.get(i).filter(|t| t.is_punct("-_/"))?;
    let _ = mark;
    if !tokens.get(i + 1).is_some_and(|t| !t.gap && t.kind == Kind::Number) {
        return None;
    }
    embedded(tokens, i + 1)
}

/// A day and a full date as the ends of a range: "from 4 to January 22, 1995", "from
/// 02 to April 07", "between 2 and 7 March"; the first day takes the month and
/// year of the second.
fn day_to_date(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let opener = tokens.get(i)?;
    let (day, after) = day_at(tokens, i + 1, false)?;
    let joint = tokens.get(after)?;
    let joined = ["through", "till", "to", "until"].iter().any(|w| joint.is(w))
        || opener.is("between") && joint.is("and");
    if !joined {
        return None;
    }
    let high = month_first(tokens, after + 1, published)?;
    if high.range || high.start != after + 1 {
        return None;
    }
    let Value::Date(high_value) = high.value else { return None };
    if high_value.day.is_none_or(|d| d <= day) {
        return None;
    }
    let low = DateValue { day: Some(day), ..high_value };
    let mut found = found(i, high.end, low, Some(high_value));
    found.relative = high.relative;
    Some(found)
}

/// A month then "between" two days of it: "November between 19 and 20", when the
/// clause ends there ("in November between 19 and 20 people died" counts people).
pub(super) fn month_between_days(
    tokens: &[Token<'_>],
    i: usize,
    j: usize,
    month: u8,
    published: Option<Date>,
) -> Option<Found> {
    if !tokens.get(j).is_some_and(|t| t.is("between")) {
        return None;
    }
    let (first, after) = day_at(tokens, j + 1, false)?;
    let joint = tokens.get(after)?;
    if !(joint.is("and") || joint.is_punct("-–") && !joint.gap) {
        return None;
    }
    let (second, end) = day_at(tokens, after + 1, false)?;
    if second <= first || !ends_clause(tokens, end) || !exists(None, month, second) {
        return None;
    }
    let low = with_year(month, Some(first), None, published);
    let high = DateValue { day: Some(second), ..low };
    Some(found(i, end, low, Some(high)))
}

/// "year greater than 2012", "year is later than 2015": a bound on a year named as
/// one; the same words before a number that is not called a year bound a count.
fn year_bound(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let token = tokens.get(i)?;
    let above = token.is("greater") || token.is("later") || token.is("after");
    let below = token.is("less") || token.is("earlier") || token.is("before");
    if !(above || below) || !tokens.get(i + 1).is_some_and(|t| t.is("than")) {
        return None;
    }
    let (year, end) = year_at(tokens, i + 2)?;
    let before = |k: usize| i.checked_sub(k).and_then(|k| tokens.get(k));
    let start = if before(1).is_some_and(|t| t.is("year")) {
        i - 1
    } else if before(1).is_some_and(|t| t.is("is") || t.is("was") || t.is("be"))
        && before(2).is_some_and(|t| t.is("year"))
    {
        i
    } else {
        return None;
    };
    let value = Value::Number(f64::from(year));
    let mut found = found(start, end, DateValue::default(), None);
    found.kind = QuantityKind::Year;
    found.value = value;
    found.number = (i + 2, end);
    (found.low, found.high) = if above { (Some(value), None) } else { (None, Some(value)) };
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{dates, pair};

    #[test]
    fn month_and_day_in_digits_after_a_word_of_time() {
        assert_eq!(
            dates("The vote is set for a recount on 4-22, officials said.", "2024-03-01"),
            [pair("4-22", "2024-04-22")]
        );
        assert_eq!(dates("Ballots are due by 5.12.", "2024-03-01"), [pair("5.12", "2024-05-12")]);
        assert_eq!(
            dates("The court will rule next 6/3 on the appeal.", "2024-03-01"),
            [pair("next 6/3", "2024-06-03")]
        );
        assert_eq!(
            dates("Talks resume Friday 3/15 in Doha.", "2024-03-01"),
            [pair("Friday 3/15", "2024-03-15")]
        );
        assert_eq!(
            dates("The summit opens this Friday (Mar-15) in Doha.", "2024-03-11"),
            [pair("this Friday (Mar-15)", "2024-03-15")]
        );
    }

    #[test]
    fn scores_and_decimals_stay_numbers() {
        for text in [
            "The team won 4-2 on Sunday.",
            "Shares rose 5.12 points on 4.22 million trades.",
            "They lost on 3-1 penalties.",
            "The index closed on 4.22 percent.",
            "She finished in 9.58 seconds.",
            "Turnout was 5/12 of the roll.",
            "In 4.22 they said so.",
        ] {
            assert!(
                dates(text, "2024-03-01").iter().all(|(span, _)| !span.contains(['-', '.', '/'])),
                "{text}: {:?}",
                dates(text, "2024-03-01")
            );
        }
    }

    #[test]
    fn ranges_in_digits() {
        assert_eq!(
            dates("Polls are open from 10/1 to 11/7.", "2024-09-01"),
            [pair("from 10/1 to 11/7", "2024-10-01..2024-11-07")]
        );
        assert_eq!(
            dates("Schools close 5/1-5/7/2020 in the region.", "2024-09-01"),
            [pair("5/1-5/7/2020", "2020-05-01..2020-05-07")]
        );
        assert_eq!(
            dates("The curfew ran from 12/1/2019-1/7/2020, police said.", "2024-09-01"),
            [pair("from 12/1/2019-1/7/2020", "2019-12-01..2020-01-07")]
        );
        assert_eq!(
            dates("The fair runs from 5/1-5/7, 2021.", "2024-09-01"),
            [pair("from 5/1-5/7, 2021", "2021-05-01..2021-05-07")]
        );
        assert_eq!(
            dates("Voting ran Mar 30-Apr 2, 2021 in the north.", "2024-09-01"),
            [pair("Mar 30-Apr 2, 2021", "2021-03-30..2021-04-02")]
        );
        assert_eq!(
            dates("Offices close from 3 to June 9, 2021.", "2024-09-01"),
            [pair("from 3 to June 9, 2021", "2021-06-03..2021-06-09")]
        );
        assert_eq!(
            dates("Strikes are planned for June between 3 and 9.", "2024-05-01"),
            [pair("June between 3 and 9", "2024-06-03..2024-06-09")]
        );
        // A score and a count are no range of days.
        assert!(dates("They won 3-1 to 2-1 on aggregate.", "2024-05-01").is_empty());
        assert!(dates("In June between 3 and 9 people died.", "2024-05-01").len() == 1);
    }

    #[test]
    fn full_dates_in_other_orders_and_in_names() {
        for (text, span, value) in [
            ("The ruling came 23/Sep/2020, lawyers said.", "23/Sep/2020", "2020-09-23"),
            ("The ruling came Sep-23-2020.", "Sep-23-2020", "2020-09-23"),
            ("The filing is dated 2019-aug-1.", "2019-aug-1", "2019-08-01"),
            ("The filing is dated 05-Aug-2016.", "05-Aug-2016", "2016-08-05"),
            ("The leak is dated 20161016.", "20161016", "2016-10-16"),
            ("On 2016 10 16, the talks began.", "2016 10 16", "2016-10-16"),
            ("See minutes_2002-10-09.pdf for details.", "2002-10-09", "2002-10-09"),
            ("See www.example.org/news/archive-2018-09-23-page-2", "2018-09-23", "2018-09-23"),
            ("The minister said:30 December was the deadline.", "30 December", "2024-12-30"),
            ("The vote is set for October, 1st.", "October, 1st", "2024-10-01"),
        ] {
            assert_eq!(dates(text, "2024-11-01"), [pair(span, value)], "{text}");
        }
        // Not dates: an impossible day, an identifier, a year out of range.
        assert!(dates("The form was dated 2/29/2019.", "2024-11-01").is_empty());
        assert!(dates("Call 12345678 for help.", "2024-11-01").is_empty());
        assert!(dates("Case 20161316 was closed.", "2024-11-01").is_empty());
    }

    #[test]
    fn bounds_written_after_a_date_or_on_a_year() {
        assert_eq!(
            dates("The ban covers anyone born on 1/1/2000 and later.", "2024-11-01"),
            [pair("1/1/2000 and later", "2000-01-01")]
        );
        assert_eq!(
            dates("Cars made in 2018 or later are exempt.", "2024-11-01"),
            [pair("2018 or later", "2018")]
        );
        assert_eq!(
            dates("Only models of year greater than 2012 qualify.", "2024-11-01"),
            [pair("year greater than 2012", "2012")]
        );
        assert_eq!(
            dates("Aid could arrive as late as tomorrow.", "2024-11-01"),
            [pair("as late as tomorrow", "2024-11-02")]
        );
        // A count stays a count; a later event is no bound.
        assert!(dates("A number greater than 2012 was cited.", "2024-11-01").is_empty());
        assert_eq!(
            dates("It was filmed in 1967 and later adapted for radio.", "2024-11-01"),
            [pair("1967", "1967")]
        );
    }
}
