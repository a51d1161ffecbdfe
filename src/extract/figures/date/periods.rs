//! Parts of periods: counted quarters ("the past two quarters", "the next 7
//! quarters"), a quarter of a relative year ("next year's third quarter"), a quarter
//! or half glued to its year ("2016H2"), ordinal parts of a period ("the third month
//! of 2021", "the first 2 weeks of 2021", "the 15th day of June"), and ranges whose
//! ends are parts of periods ("from 2007 to the end of 2008", "between the middle of
//! March and the end of September", "from Q1 2017 to Q3 2018", "from March to date").

use jiff::ToSpan;
use jiff::civil::Date;

use super::super::token::{Kind, Token};
use super::{DateValue, Found, PLACEHOLDER, day_at, found, month_at, quarter, trailing_year};
use super::{with_year, year_at};
use crate::lexicon::numbers;

/// Reads a phrase of this module at `i`.
pub(super) fn at(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    match tokens.get(i)?.kind {
        Kind::Word => at_word(tokens, i, published),
        Kind::Mixed => glued_code(tokens, i),
        Kind::Number if tokens.get(i + 1).is_some_and(|t| t.is("the")) => year_the_part(tokens, i),
        Kind::Number | Kind::Punct => None,
    }
}

/// Reads a phrase of this module opened by the word at `i`. Cheap to call: the
/// opening word is tested against a handful of words first.
fn at_word(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let token = tokens.get(i)?;
    if token.is("from") || token.is("between") {
        return spelled_days(tokens, i + 1, published)
            .map(|mut found| {
                found.start = i;
                found.number.0 = i;
                found
            })
            .or_else(|| part_range(tokens, i, published));
    }
    // "April ninth through seventeenth": a link two or three words on.
    let link = |k: usize| tokens.get(k).is_some_and(is_link);
    if (link(i + 2) || link(i + 3))
        && let Some(found) = month_days(tokens, i, published)
    {
        return Some(found);
    }
    if RELATIVE.iter().any(|w| token.is(w)) {
        if let Some(found) = working_week(tokens, i, published) {
            return Some(found);
        }
        if let Some(found) = counted_quarters(tokens, i, published) {
            return Some(found);
        }
        if let Some(found) = year_quarter(tokens, i, published) {
            return Some(found);
        }
    }
    if token.is("the") || token.is("first") || token.is("last") {
        return ordinal_part(tokens, i, published);
    }
    None
}

/// Whether the token links the two ends of a range of days.
fn is_link(token: &Token<'_>) -> bool {
    token.is_punct("-–") || ["through", "thru", "till", "to", "until"].iter().any(|w| token.is(w))
}

/// "2016 the third quarter": a year, then the part of it.
fn year_the_part(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let (year, at) = year_at(tokens, i)?;
    let (part, months, end) = spelled_part(tokens, at + 1)?;
    // "in 2016 the third quarter of the game": the part belongs to what follows.
    if tokens.get(end).is_some_and(|t| t.is("of")) {
        return None;
    }
    let first = Date::new(year, i8::try_from((part - 1) * months + 1).ok()?, 1).ok()?;
    month_range(i, end, first, months_after(first, i64::from(months))?)
}

/// "April ninth through seventeenth", "April 9th through seventeenth": a month, a
/// day, and a second day spelled out (the digit forms are read by the month-first
/// reader).
fn month_days(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let (month, at) = month_at(tokens, i)?;
    let (first, link) = day_at(tokens, at, true)?;
    if !tokens.get(link).is_some_and(is_link) || tokens.get(link + 1)?.kind != Kind::Word {
        return None;
    }
    let (second, end) = day_at(tokens, link + 1, true)?;
    if second <= first {
        return None;
    }
    let (year, end) = trailing_year(tokens, end).map_or((None, end), |(y, e)| (Some(y), e));
    let value = with_year(month, None, year, published);
    let low = DateValue { day: Some(first), ..value };
    let high = DateValue { day: Some(second), ..value };
    Some(found(i, end, low, Some(high)))
}

/// "ninth till seventeenth of April", "the ninth and the seventeenth of April" (after
/// "from" or "between"): two spelled days, then their month.
fn spelled_days(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let the = |k: usize| if tokens.get(k).is_some_and(|t| t.is("the")) { k + 1 } else { k };
    let at = the(i);
    if tokens.get(at)?.kind != Kind::Word {
        return None;
    }
    let (first, link) = day_at(tokens, at, true)?;
    let linked = tokens.get(link).is_some_and(|t| is_link(t) || t.is("and"));
    if !linked {
        return None;
    }
    let (second, end) = day_at(tokens, the(link + 1), true)?;
    if second <= first || !tokens.get(end).is_some_and(|t| t.is("of") || t.is("in")) {
        return None;
    }
    let (month, end) = month_at(tokens, end + 1)?;
    let (year, end) = trailing_year(tokens, end).map_or((None, end), |(y, e)| (Some(y), e));
    let value = with_year(month, None, year, published);
    let low = DateValue { day: Some(first), ..value };
    let high = DateValue { day: Some(second), ..value };
    Some(found(i, end, low, Some(high)))
}

/// "this working week", "next workweek", "last work week": the Monday-to-Sunday
/// week, as "this week" is.
fn working_week(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let which = tokens.get(i)?;
    let shift = if which.is("next") {
        1
    } else if which.is("last") {
        -1
    } else if which.is("this") {
        0
    } else {
        return None;
    };
    let word = tokens.get(i + 1)?;
    let end = if word.is("workweek") {
        i + 2
    } else if (word.is("working") || word.is("work"))
        && tokens.get(i + 2).is_some_and(|t| t.is("week"))
    {
        i + 3
    } else {
        return None;
    };
    let today = published.unwrap_or(PLACEHOLDER);
    let monday = today
        .checked_sub(i64::from(today.weekday().to_monday_zero_offset()).days())
        .ok()?
        .checked_add((7 * shift).days())
        .ok()?;
    let sunday = monday.checked_add(6.days()).ok()?;
    let mut found = found(i, end, DateValue::from(monday), Some(DateValue::from(sunday)));
    found.relative = true;
    Some(found)
}

/// Words that shift a period from the current one.
const RELATIVE: &[&str] = &["coming", "following", "last", "next", "past", "previous", "this"];

/// Whether the word looks forward ("next", "coming", "following").
fn is_forward(token: &Token<'_>) -> bool {
    token.is("next") || token.is("coming") || token.is("following")
}

/// A count at `k`: "2", "two", "eleven".
fn count_at(tokens: &[Token<'_>], k: usize) -> Option<u32> {
    let token = tokens.get(k)?;
    let count = match token.kind {
        Kind::Number if token.text.len() <= 3 => token.text.parse::<u32>().ok()?,
        Kind::Word => numbers::cardinal(token.text)?,
        _ => return None,
    };
    (1..=100).contains(&count).then_some(count)
}

/// The first day of the month `months` months after `date`'s month.
fn months_after(date: Date, months: i64) -> Option<Date> {
    date.first_of_month().checked_add(months.months()).ok()
}

/// A range of whole months, `first` included, `after` (a first of month) excluded,
/// written at month precision the way quarters are.
fn month_range(start: usize, end: usize, first: Date, after: Date) -> Option<Found> {
    let last = after.checked_sub(1.days()).ok()?;
    let low = DateValue { day: None, ..DateValue::from(first) };
    let high = DateValue { day: None, ..DateValue::from(last) };
    Some(found(start, end, low, Some(high)))
}

/// "the past two quarters", "the next 7 quarters", "the following 2 quarters": whole
/// quarters before the current one or after it; the current quarter is in neither.
/// "the next three quarters of the budget" is a fraction.
fn counted_quarters(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let which = tokens.get(i)?;
    if which.is("this") || !tokens.get(i + 2).is_some_and(|t| t.is("quarters")) {
        return None;
    }
    let count = i64::from(count_at(tokens, i + 1)?);
    if tokens.get(i + 3).is_some_and(|t| t.is("of")) {
        return None;
    }
    let published = published.unwrap_or(PLACEHOLDER);
    let this_quarter = Date::new(published.year(), (published.month() - 1) / 3 * 3 + 1, 1).ok()?;
    let (first, after) = if is_forward(which) {
        let first = months_after(this_quarter, 3)?;
        (first, months_after(first, 3 * count)?)
    } else {
        (months_after(this_quarter, -3 * count)?, this_quarter)
    };
    let mut found = month_range(i, i + 3, first, after)?;
    found.relative = true;
    Some(found)
}

/// "next year's third quarter", "last year's first half", "this year's fourth-
/// quarter".
fn year_quarter(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let which = tokens.get(i)?;
    let shift = if which.is("next") {
        1
    } else if which.is("last") {
        -1
    } else if which.is("this") {
        0
    } else {
        return None;
    };
    let owner = tokens.get(i + 1)?;
    if !(owner.is("year's") || owner.is("year’s")) {
        return None;
    }
    let (part, months, end) = spelled_part(tokens, i + 2)?;
    let year = published.unwrap_or(PLACEHOLDER).year() + shift;
    let first = Date::new(year, i8::try_from((part - 1) * months + 1).ok()?, 1).ok()?;
    let mut found = month_range(i, end, first, months_after(first, i64::from(months))?)?;
    found.relative = true;
    Some(found)
}

/// An ordinal then "quarter" or "half", a hyphen allowed between: "third quarter",
/// "third-quarter", "third- quarter". Gives the part, its months and where it ends.
pub(super) fn spelled_part(tokens: &[Token<'_>], k: usize) -> Option<(u8, u8, usize)> {
    let part = ordinal_at(tokens, k)?;
    let mut j = k + 1;
    if tokens.get(j).is_some_and(|t| t.is_punct("-")) {
        j += 1;
    }
    let months = if tokens.get(j).is_some_and(|t| t.is("quarter")) {
        3
    } else if tokens.get(j).is_some_and(|t| t.is("half")) {
        6
    } else {
        return None;
    };
    (1..=12 / months).contains(&part).then_some((part, months, j + 1))
}

/// A one-token ordinal at `k`: "third", "9th".
fn ordinal_at(tokens: &[Token<'_>], k: usize) -> Option<u8> {
    let token = tokens.get(k)?;
    match token.kind {
        Kind::Word => u8::try_from(numbers::ordinal(token.text)?).ok(),
        Kind::Mixed => day_at(tokens, k, false).map(|(n, _)| n),
        _ => None,
    }
}

/// "2016H2", "2019Q3": a half or a quarter glued to its year.
fn glued_code(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let text = tokens.get(i)?.text;
    let bytes = text.as_bytes();
    let [y0, y1, y2, y3, letter, digit] = bytes else {
        return None;
    };
    if ![y0, y1, y2, y3].iter().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year = text.get(..4)?.parse::<i16>().ok().filter(|y| (1000..=2999).contains(y))?;
    let part = digit.checked_sub(b'0')?;
    let months = match letter {
        b'q' | b'Q' if (1..=4).contains(&part) => 3,
        b'h' | b'H' if (1..=2).contains(&part) => 6,
        _ => return None,
    };
    let first = Date::new(year, i8::try_from((part - 1) * months + 1).ok()?, 1).ok()?;
    month_range(i, i + 1, first, months_after(first, i64::from(months))?)
}

/// A period that an ordinal part is taken from.
#[derive(Clone, Copy)]
enum Period {
    Year(i16),
    Month(Date),
}

/// The period after "of": "2021", "this year", "next year", "the month", "next
/// month", "June", "June 2021". Gives the period, whether it was inferred or
/// relative, and where it ends.
fn period_at(
    tokens: &[Token<'_>],
    k: usize,
    published: Option<Date>,
) -> Option<(Period, bool, usize)> {
    if let Some((year, end)) = year_at(tokens, k) {
        return Some((Period::Year(year), false, end));
    }
    let reference = published.unwrap_or(PLACEHOLDER);
    let which = tokens.get(k)?;
    let unit = tokens.get(k + 1);
    let shift = if which.is("next") {
        1
    } else if which.is("last") {
        -1
    } else if which.is("this") || which.is("the") {
        0
    } else {
        let (month, end) = month_at(tokens, k)?;
        let (year, end) = trailing_year(tokens, end).map_or((None, end), |(y, e)| (Some(y), e));
        let value = with_year(month, None, year, Some(reference));
        let first = Date::new(value.year?, i8::try_from(month).ok()?, 1).ok()?;
        return Some((Period::Month(first), value.year_inferred, end));
    };
    if unit.is_some_and(|t| t.is("year")) && !which.is("the") {
        return Some((Period::Year(reference.year() + shift), true, k + 2));
    }
    if unit.is_some_and(|t| t.is("month")) {
        let first = months_after(reference, i64::from(shift))?;
        return Some((Period::Month(first), true, k + 2));
    }
    None
}

/// The first Monday on or after `date`.
fn monday_from(date: Date) -> Option<Date> {
    let ahead = (7 - i64::from(date.weekday().to_monday_zero_offset())) % 7;
    date.checked_add(ahead.days()).ok()
}

/// Ordinal parts of a period: "the third month of 2021", "the 9th month of next
/// year", "the 15th day of June", "the thirty-first day of the month", "the first 2
/// weeks of 2021" (whole Monday-to-Sunday weeks), "the last four months of 2021",
/// "first ten days of last year". "The first 2 weeks of the war" is no date: the
/// period must be a calendar one.
fn ordinal_part(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let j = if tokens.get(i).is_some_and(|t| t.is("the")) { i + 1 } else { i };
    // Every form has "of" two to four tokens on: most phrases are turned away here.
    if !(j + 2..=j + 4).any(|k| tokens.get(k).is_some_and(|t| t.is("of"))) {
        return None;
    }
    let edge = tokens.get(j)?;
    let counted = (edge.is("first") || edge.is("last")) && count_at(tokens, j + 1).is_some();
    if counted {
        let count = count_at(tokens, j + 1)?;
        let unit = tokens.get(j + 2)?;
        if !tokens.get(j + 3).is_some_and(|t| t.is("of")) {
            return None;
        }
        let (period, relative, end) = period_at(tokens, j + 4, published)?;
        let (first, after) = match period {
            Period::Year(year) => (Date::new(year, 1, 1).ok()?, Date::new(year + 1, 1, 1).ok()?),
            Period::Month(first) => (first, months_after(first, 1)?),
        };
        let from_start = edge.is("first");
        let count = i64::from(count);
        let mut found = if unit.is("months") {
            let Period::Year(_) = period else { return None };
            if count > 12 {
                return None;
            }
            let (low, high) = if from_start {
                (first, months_after(first, count)?)
            } else {
                (months_after(after, -count)?, after)
            };
            month_range(i, end, low, high)?
        } else if unit.is("days") || unit.is("weeks") {
            let (low, high) = if unit.is("days") {
                if from_start {
                    (first, first.checked_add(count.days()).ok()?)
                } else {
                    (after.checked_sub(count.days()).ok()?, after)
                }
            } else if from_start {
                let monday = monday_from(first)?;
                (monday, monday.checked_add((7 * count).days()).ok()?)
            } else {
                // The last whole week ends on the Sunday before the period's end.
                let monday = monday_from(after.checked_sub(6.days()).ok()?)?;
                let monday =
                    if monday > after { monday.checked_sub(7.days()).ok()? } else { monday };
                (monday.checked_sub((7 * count).days()).ok()?, monday)
            };
            if low < first || high > after {
                return None;
            }
            let last = high.checked_sub(1.days()).ok()?;
            found(i, end, DateValue::from(low), Some(DateValue::from(last)))
        } else {
            return None;
        };
        found.relative = relative;
        return Some(found);
    }
    // "the third month of 2021", "the 15th day of June": the article is needed when
    // the ordinal is alone ("third day of protests" is no date anyway: the period
    // after "of" must be a calendar one).
    let (nth, after_nth) = day_at(tokens, j, true)?;
    let last_token = tokens.get(after_nth - 1)?;
    if last_token.kind == Kind::Number || numbers::cardinal(last_token.text).is_some() {
        return None;
    }
    let unit = tokens.get(after_nth)?;
    if !tokens.get(after_nth + 1).is_some_and(|t| t.is("of")) {
        return None;
    }
    let (period, relative, end) = period_at(tokens, after_nth + 2, published)?;
    let mut found = match (period, unit) {
        (Period::Year(year), u) if u.is("month") && nth <= 12 => {
            let value = DateValue { year: Some(year), month: Some(nth), ..DateValue::default() };
            found(i, end, value, None)
        }
        (Period::Month(first), u) if u.is("day") => {
            let day = first.checked_add(i64::from(nth - 1).days()).ok()?;
            if day.month() != first.month() {
                return None;
            }
            found(i, end, DateValue::from(day), None)
        }
        _ => return None,
    };
    if let Value::Date(mut value) = found.value
        && relative
        && matches!(period, Period::Month(_))
        && !tokens.get(end - 1).is_some_and(|t| t.is("month"))
    {
        // "the 15th day of June": the year is inferred, not relative.
        value.year_inferred = true;
        found.value = Value::Date(value);
    } else {
        found.relative = relative;
    }
    Some(found)
}

use super::Value;

/// Which part of a period a range end names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Whole,
    Start,
    Middle,
    End,
    /// A quarter or half of a year: a whole period, kept apart from `Whole` because
    /// the quarter reader finds it as a range, which `join_ranges` does not join.
    /// "from Q1 2017 to Q3 2018" includes the third quarter, as English readers take
    /// it (Recognizers ends the range where that quarter starts).
    Quarter,
    /// "to date": the publication date.
    Now,
}

/// One end of a range: a period, the part of it named, and whether its year was
/// inferred.
#[derive(Clone, Copy)]
struct End {
    first: Date,
    after: Date,
    part: Part,
    inferred: bool,
}

impl End {
    /// The first day of the range when this end opens it.
    fn opening(self) -> Option<Date> {
        match self.part {
            Part::Whole | Part::Start | Part::Quarter | Part::Now => Some(self.first),
            Part::Middle => self.middle(),
            Part::End => Some(self.after),
        }
    }

    /// The day after the range when this end closes it.
    fn closing(self) -> Option<Date> {
        match self.part {
            Part::Whole | Part::End | Part::Quarter | Part::Now => Some(self.after),
            Part::Start => Some(self.first),
            Part::Middle => self.middle(),
        }
    }

    /// The same period in `year`, its year now known.
    fn in_year(self, year: i16) -> Option<End> {
        let shift = i64::from(year) - i64::from(self.first.year());
        Some(End {
            first: self.first.checked_add(shift.years()).ok()?,
            after: self.after.checked_add(shift.years()).ok()?,
            inferred: false,
            ..self
        })
    }

    /// The middle of a month is its 16th, of a year the 2nd of July (Recognizers'
    /// conventions: the day after the first half).
    fn middle(self) -> Option<Date> {
        if self.after.year() > self.first.year() && self.first.month() == 1 {
            Date::new(self.first.year(), 7, 2).ok()
        } else {
            Date::new(self.first.year(), self.first.month(), 16).ok()
        }
    }
}

/// A range end at `k`: "2007", "March", "the end of 2008", "the middle of
/// September", "Q1 of 2017", "2017-q1"; and "date" after "to" or "till".
fn end_at(
    tokens: &[Token<'_>],
    k: usize,
    published: Option<Date>,
    closing: bool,
) -> Option<(End, usize)> {
    if closing
        && tokens.get(k).is_some_and(|t| t.is("date"))
        && let Some(today) = published
    {
        let after = today.checked_add(1.days()).ok()?;
        return Some((End { first: today, after, part: Part::Now, inferred: false }, k + 1));
    }
    let mut at = if tokens.get(k).is_some_and(|t| t.is("the")) { k + 1 } else { k };
    let word = tokens.get(at)?;
    let part = if !tokens.get(at + 1).is_some_and(|t| t.is("of")) {
        Part::Whole
    } else if word.is("end") {
        Part::End
    } else if word.is("start") || word.is("beginning") {
        Part::Start
    } else if word.is("middle") {
        Part::Middle
    } else {
        Part::Whole
    };
    // "Q3 2018", "the third quarter of 2018", "the first half of 2019": the quarter
    // reader takes the article itself.
    if part == Part::Whole
        && let Some(found) = quarter(tokens, k, published).filter(|f| f.start == k && f.range)
        && let (Value::Date(low), Some(Value::Date(high))) = (found.value, found.high)
    {
        let year = low.year.unwrap_or_else(|| published.unwrap_or(PLACEHOLDER).year());
        let first = Date::new(year, i8::try_from(low.month?).ok()?, 1).ok()?;
        let last = Date::new(year, i8::try_from(high.month?).ok()?, 1).ok()?;
        let end = End {
            first,
            after: months_after(last, 1)?,
            part: Part::Quarter,
            inferred: low.year.is_none(),
        };
        return Some((end, found.end));
    }
    if part == Part::Whole && at > k {
        return None;
    }
    if part != Part::Whole {
        at += 2;
    }
    if let Some((year, end)) = year_at(tokens, at) {
        let first = Date::new(year, 1, 1).ok()?;
        let after = Date::new(year + 1, 1, 1).ok()?;
        return Some((End { first, after, part, inferred: false }, end));
    }
    let (month, end) = month_at(tokens, at)?;
    let (year, end) = trailing_year(tokens, end).map_or((None, end), |(y, e)| (Some(y), e));
    let value = with_year(month, None, year, Some(published.unwrap_or(PLACEHOLDER)));
    let first = Date::new(value.year?, i8::try_from(month).ok()?, 1).ok()?;
    let end_value =
        End { first, after: months_after(first, 1)?, part, inferred: value.year_inferred };
    Some((end_value, end))
}

/// "from 2007 to the end of 2008", "between the middle of March and the end of
/// September", "from Q1 of 2017 - Q3 of 2018", "from March to date". Ranges of whole
/// periods ("from 2014 to 2016") are joined later, by `join_ranges`; this reader
/// takes only those with a part of a period or a quarter at one end.
fn part_range(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let between = tokens.get(i)?.is("between");
    let (opening, joint) = end_at(tokens, i + 1, published, false)?;
    let link = tokens.get(joint)?;
    let linked = if between {
        link.is("and")
    } else {
        link.is_punct("-–") || ["through", "thru", "till", "to", "until"].iter().any(|w| link.is(w))
    };
    if !linked || opening.part == Part::Now {
        return None;
    }
    let (mut closing, end) = end_at(tokens, joint + 1, published, !between)?;
    if opening.part == Part::Whole && closing.part == Part::Whole {
        return None;
    }
    // The year written at one end holds for the other ("between Q2 and Q4 2019",
    // "from November to the end of February 2019"), a year apart when the ends
    // would otherwise run backwards.
    let mut opening = opening;
    if opening.inferred && !closing.inferred {
        opening = opening.in_year(closing.first.year())?;
        if opening.opening()? >= closing.closing()? {
            opening = opening.in_year(closing.first.year() - 1)?;
        }
    } else if closing.inferred && !opening.inferred {
        closing = closing.in_year(opening.first.year())?;
        if closing.closing()? <= opening.opening()? {
            closing = closing.in_year(opening.first.year() + 1)?;
        }
    }
    let mut low = opening.opening()?;
    let after = closing.closing()?;
    // An inferred year puts the closing end after the opening one.
    let mut inferred = opening.inferred || closing.inferred;
    if after <= low {
        if opening.inferred && !closing.inferred {
            low = low.checked_sub(1.year()).ok()?;
        } else {
            return None;
        }
    }
    if closing.part == Part::Now {
        inferred = false;
    }
    let high = after.checked_sub(1.days()).ok()?;
    let low = DateValue { year_inferred: inferred, ..DateValue::from(low) };
    let high = DateValue { year_inferred: inferred, ..DateValue::from(high) };
    let mut found = found(i, end, low, Some(high));
    found.relative = closing.part == Part::Now || published.is_none() && inferred;
    Some(found)
}

#[cfg(test)]
mod tests {
    use std::fmt::Write;

    use jiff::civil::date;

    use crate::extract::figures::{Context, Value, find};

    /// The dates found in `text` with their spans and their (low, high) values as
    /// `YYYY-MM-DD` (or `YYYY-MM`) strings.
    fn dates(text: &str, published: jiff::civil::Date) -> Vec<(String, String, String)> {
        let context = Context { published: Some(published) };
        find(text, crate::Span::new(0, text.len()), &context)
            .into_iter()
            .filter_map(|q| {
                let show = |v: Option<Value>| match v {
                    Some(Value::Date(d)) => {
                        let mut s = d.year.map_or("XXXX".into(), |y| y.to_string());
                        if let Some(m) = d.month {
                            let _ = write!(s, "-{m:02}");
                        }
                        if let Some(day) = d.day {
                            let _ = write!(s, "-{day:02}");
                        }
                        s
                    }
                    Some(Value::Number(n)) => format!("{n}"),
                    _ => String::new(),
                };
                let low = show(q.low.or(Some(q.value)));
                let high = show(q.high);
                Some((text.get(q.span.start..q.span.end)?.to_string(), low, high))
            })
            .collect()
    }

    fn one(text: &str, published: jiff::civil::Date) -> (String, String, String) {
        let found = dates(text, published);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap_or_default()
    }

    #[test]
    fn counted_quarters_exclude_the_current_one() {
        let today = date(2019, 8, 20);
        let (span, low, high) =
            one("Profits fell over the past two quarters, the bank said.", today);
        assert_eq!(
            (span.as_str(), low.as_str(), high.as_str()),
            ("past two quarters", "2019-01", "2019-06")
        );
        let (span, low, high) = one("The firm expects growth in the next 3 quarters.", today);
        assert_eq!(
            (span.as_str(), low.as_str(), high.as_str()),
            ("next 3 quarters", "2019-10", "2020-06")
        );
        let (_, low, high) = one("Sales rose for the previous eleven quarters.", today);
        assert_eq!((low.as_str(), high.as_str()), ("2016-10", "2019-06"));
    }

    #[test]
    fn quarters_as_fractions_stay_fractions() {
        let today = date(2019, 8, 20);
        let found = dates("The next three quarters of the budget go to defence.", today);
        assert!(found.iter().all(|(_, l, _)| !l.starts_with("20")), "{found:?}");
        let found = dates("He ran two and three quarters miles.", today);
        assert!(found.iter().all(|(_, l, _)| !l.starts_with("20")), "{found:?}");
        // A quarter of a match is no quarter of a year.
        let found = dates("He scored in the third quarter of the match.", today);
        assert!(found.iter().all(|(_, l, _)| !l.starts_with("20")), "{found:?}");
    }

    #[test]
    fn quarter_of_a_relative_year_and_glued_codes() {
        let today = date(2018, 8, 20);
        let (span, low, high) = one("Deliveries start in next year's third-quarter.", today);
        assert_eq!(
            (span.as_str(), low.as_str(), high.as_str()),
            ("next year's third-quarter", "2019-07", "2019-09")
        );
        let (span, low, high) = one("Output slowed in 2016H2, the ministry said.", today);
        assert_eq!((span.as_str(), low.as_str(), high.as_str()), ("2016H2", "2016-07", "2016-12"));
        // "H2" alone is hydrogen or a heading.
        assert!(dates("The plant makes H2 from water.", today).is_empty());
        let (span, _, _) = one("Results for the third- quarter of 2016 were weak.", today);
        assert_eq!(span, "the third- quarter of 2016");
    }

    #[test]
    fn ordinal_parts_of_periods() {
        let today = date(2019, 8, 20);
        let (span, low, _) = one("Voting ends in the third month of 2021.", today);
        assert_eq!((span.as_str(), low.as_str()), ("the third month of 2021", "2021-03"));
        let (_, low, high) = one("Hotels are full for the first 2 weeks of 2021.", today);
        assert_eq!((low.as_str(), high.as_str()), ("2021-01-04", "2021-01-17"));
        let (_, low, high) = one("Works are planned for the last 3 weeks of this year.", today);
        assert_eq!((low.as_str(), high.as_str()), ("2019-12-09", "2019-12-29"));
        let (_, low, high) = one("Prices rose in the last four months of 2021.", today);
        assert_eq!((low.as_str(), high.as_str()), ("2021-09", "2021-12"));
        let (_, low, high) = one("It rained for the first ten days of last year.", today);
        assert_eq!((low.as_str(), high.as_str()), ("2018-01-01", "2018-01-10"));
        let (_, low, _) = one("Bills are due on the thirtieth day of the month.", today);
        assert_eq!(low, "2019-08-30");
        let (_, low, _) = one("The vote is set for the 15th day of June.", today);
        assert_eq!(low, "2019-06-15");
        // Not calendar periods.
        assert!(
            dates("Troops pulled out in the first 2 weeks of the war.", today)
                .iter()
                .all(|(s, _, _)| !s.contains("war"))
        );
        let found = dates("It was the third day of protests.", today);
        assert!(found.iter().all(|(_, l, _)| !l.starts_with("20")), "{found:?}");
    }

    #[test]
    fn spelled_days_of_a_month() {
        let today = date(2016, 11, 7);
        let (span, low, high) = one("The festival runs May third through fifth.", today);
        assert_eq!(
            (span.as_str(), low.as_str(), high.as_str()),
            ("May third through fifth", "2016-05-03", "2016-05-05")
        );
        let (span, low, high) = one("Talks ran from the tenth till the twelfth of March.", today);
        assert_eq!(
            (span.as_str(), low.as_str(), high.as_str()),
            ("from the tenth till the twelfth of March", "2016-03-10", "2016-03-12")
        );
        let (_, low, high) = one("Polls open between the first and the third of June 2017.", today);
        assert_eq!((low.as_str(), high.as_str()), ("2017-06-01", "2017-06-03"));
        // Ranks, not days.
        let found = dates("He rose from third to first of ten runners.", today);
        assert!(found.iter().all(|(_, l, _)| !l.starts_with("20")), "{found:?}");
    }

    #[test]
    fn years_before_their_part_and_working_weeks() {
        let today = date(2018, 6, 27);
        let (span, low, high) = one("Exports grew 2016 the third quarter.", today);
        assert_eq!(
            (span.as_str(), low.as_str(), high.as_str()),
            ("2016 the third quarter", "2016-07", "2016-09")
        );
        let (span, low, high) = one("Strikes are planned for next workweek.", today);
        assert_eq!(
            (span.as_str(), low.as_str(), high.as_str()),
            ("next workweek", "2018-07-02", "2018-07-08")
        );
        let (_, low, high) = one("Parliament sits this working week only.", today);
        assert_eq!((low.as_str(), high.as_str()), ("2018-06-25", "2018-07-01"));
        // A year, then a match's quarter.
        let found = dates("In 2016 the third quarter of the game was dull.", today);
        assert!(found.iter().all(|(s, _, _)| !s.contains("quarter")), "{found:?}");
    }

    #[test]
    fn ranges_ending_on_parts_of_periods() {
        let today = date(2016, 11, 7);
        let (span, low, high) = one("Prices rose from 2007 to the end of 2008.", today);
        assert_eq!(
            (span.as_str(), low.as_str(), high.as_str()),
            ("from 2007 to the end of 2008", "2007-01-01", "2008-12-31")
        );
        let (_, low, high) = one("Output fell between the end of 2007 and the end of 2008.", today);
        assert_eq!((low.as_str(), high.as_str()), ("2008-01-01", "2008-12-31"));
        let (_, low, high) =
            one("The base was shut from the middle of 2007 to the start of 2008.", today);
        assert_eq!((low.as_str(), high.as_str()), ("2007-07-02", "2007-12-31"));
        let (_, low, high) =
            one("The road is closed from the end of March to the middle of September.", today);
        assert_eq!((low.as_str(), high.as_str()), ("2016-04-01", "2016-09-15"));
        // The last quarter or half is included, as a reader takes it.
        let (_, low, high) = one("Sales grew from Q1 of 2017 to Q3 of 2018.", today);
        assert_eq!((low.as_str(), high.as_str()), ("2017-01-01", "2018-09-30"));
        let (span, low, high) = one(
            "Margins shrank from the first quarter of 2017 to the third quarter of 2018.",
            today,
        );
        assert_eq!(
            (span.as_str(), low.as_str(), high.as_str()),
            (
                "from the first quarter of 2017 to the third quarter of 2018",
                "2017-01-01",
                "2018-09-30"
            )
        );
        let (_, low, high) =
            one("Imports slowed from the second half of 2015 to the first half of 2016.", today);
        assert_eq!((low.as_str(), high.as_str()), ("2015-07-01", "2016-06-30"));
        let (_, low, high) = one("Debt grew from 2014 to Q2 2015.", today);
        assert_eq!((low.as_str(), high.as_str()), ("2014-01-01", "2015-06-30"));
        // The year written at one end holds for the other, a year apart when needed.
        let (_, low, high) = one("Orders rose between Q2 and Q4 2019.", today);
        assert_eq!((low.as_str(), high.as_str()), ("2019-04-01", "2019-12-31"));
        let (_, low, high) = one("Snow fell from November to the end of February 2015.", today);
        assert_eq!((low.as_str(), high.as_str()), ("2014-11-01", "2015-02-28"));
        let (_, low, high) = one("He led from the middle of 2012 to the end of March.", today);
        assert_eq!((low.as_str(), high.as_str()), ("2012-07-02", "2013-03-31"));
        let (span, low, high) = one("Rainfall from March to date is low.", today);
        assert_eq!(
            (span.as_str(), low.as_str(), high.as_str()),
            ("from March to date", "2016-03-01", "2016-11-07")
        );
        // "the end of the season" is no calendar period: the years join alone.
        let found = dates("He played from 2007 to the end of the season.", today);
        assert!(found.iter().all(|(s, _, _)| !s.contains("season")), "{found:?}");
    }
}
