//! Weeks and other periods named by their place: a week counted within a month or a
//! year ("the third week of July", "the last week of this month", "3rd week of
//! 2018", "the first week next year"), the period after the next one ("the week
//! after next", "the month after the next"), and days within a named week ("next
//! week between Wednesday and Friday", "this week from Tue to Thur").
//!
//! A week runs Monday to Sunday. A week belongs to the month that holds its
//! Thursday, as an ISO week belongs to the year that holds its Thursday: the first
//! week of October 2017 starts on Monday October 2 (October 1 is a Sunday), and
//! the last week of July 2017 on Monday July 24 (July 31 is a Monday of August's
//! first week).

use jiff::ToSpan;
use jiff::civil::{Date, ISOWeekDate, Weekday};

use super::{
    DateValue, Found, Kind, PLACEHOLDER, Token, Value, calendar, found, iso_weekday, month_at,
    numbers, trailing_year, with_year, year_at,
};

/// Whether a week, weekend, month or year is named one or two tokens after `i`: the
/// cheap test before [`period`].
fn period_near(tokens: &[Token<'_>], i: usize) -> bool {
    let unit = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            matches!(t.text.len(), 4..=7)
                && (t.is("week") || t.is("weekend") || t.is("month") || t.is("year"))
        })
    };
    unit(i) || unit(i + 1) || unit(i + 2)
}

/// The week, month or year named at `k` ("week", "month", "year"), the one holding
/// the publication date: the period of "the end of the year", "earlier in the week".
pub(super) fn this_period(
    tokens: &[Token<'_>],
    k: usize,
    published: Option<Date>,
) -> Option<Found> {
    let unit = tokens.get(k)?;
    // "the end of the year's talks" names something else.
    // "the end of the year 2020" is 2020's.
    if at(tokens, k + 1, "of")
        || unit.text.len() > 5
        || tokens.get(k + 1).is_some_and(|t| t.kind == Kind::Number)
    {
        return None;
    }
    let reference = published.unwrap_or(PLACEHOLDER);
    let mut found = if unit.is("week") {
        let monday =
            reference.checked_sub(i64::from(iso_weekday(reference.weekday()) - 1).days()).ok()?;
        week_found(k, k + 1, monday, false)?
    } else if unit.is("month") {
        found(k, k + 1, DateValue { day: None, ..DateValue::from(reference) }, None)
    } else if unit.is("year") {
        found(k, k + 1, DateValue { year: Some(reference.year()), ..DateValue::default() }, None)
    } else {
        return None;
    };
    found.relative = true;
    Some(found)
}

/// Reads a week counted within a month or a year, or a period after the next one,
/// at `i`. Cheap to call: every form has "week", "weekend", "month" or "year" one or
/// two tokens on, which is tested first.
pub(super) fn period(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    if !period_near(tokens, i) {
        return None;
    }
    counted_week(tokens, i, published)
        .or_else(|| after_next(tokens, i, published))
        .or_else(|| year_to_date(tokens, i, published))
        .or_else(|| days_of_week(tokens, i, published))
}

/// "that weekend", "that year", "the same week", "the same month": a period named
/// earlier in the story. Its value is left unresolved (a date with no year, month
/// or day, which nothing is compared with); the figure's unit says which period it
/// is: `week`, `weekend`, `month` or `year`.
pub(super) fn anaphoric(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let token = tokens.get(i)?;
    if !(token.is("that") || token.is("same")) {
        return None;
    }
    let unit = tokens.get(i + 1)?;
    let name = ["week", "weekend", "month", "year"]
        .into_iter()
        .find(|w| super::strip_possessive(unit.text).eq_ignore_ascii_case(w))?;
    // "that week-long truce", "that year-end review": the word is part of another.
    // "that weekend rally", "that year olds": the unit qualifies a noun.
    if tokens.get(i + 2).is_some_and(|t| {
        t.is_punct("-") && !t.gap
            || t.kind == Kind::Word
                && !t.is_capitalized()
                && !crate::lexicon::grammar::is_stop_word(t.text)
                && unit.text.len() == name.len()
    }) {
        return None;
    }
    let mut found = found(i, i + 2, DateValue::default(), None);
    found.unit = Some(name);
    Some(found)
}

/// "from week 31 to week 35", "between week 31 and 35": weeks of the publication
/// year, from the Monday of the first to the Sunday of the last, the last week
/// included as "to" includes it in news ("cases rose from week 31 to week 35").
pub(super) fn week_range(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let between = at(tokens, i, "between");
    if !(between || at(tokens, i, "from")) || !at(tokens, i + 1, "week") {
        return None;
    }
    let number = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == Kind::Number)
            .and_then(|t| t.text.parse::<i8>().ok())
            .filter(|w| (1..=53).contains(w))
    };
    let first = number(i + 2)?;
    let joint = tokens.get(i + 3)?;
    let joined = if between {
        joint.is("and")
    } else {
        ["through", "thru", "till", "to", "until"].iter().any(|w| joint.is(w))
    };
    let again = usize::from(at(tokens, i + 4, "week"));
    let last = number(i + 4 + again)?;
    if !joined || last <= first {
        return None;
    }
    let end = i + 5 + again;
    let year = published.unwrap_or(PLACEHOLDER).year();
    let monday = ISOWeekDate::new(year, first, Weekday::Monday).ok()?.date();
    let sunday = ISOWeekDate::new(year, last, Weekday::Sunday).ok()?.date();
    let mut found = found(i, end, DateValue::from(monday), Some(DateValue::from(sunday)));
    found.relative = true;
    Some(found)
}

/// "workweek", "work week", "working week" at `k`: the token after it. The week it
/// names is the calendar week that holds those working days.
pub(super) fn work_week(tokens: &[Token<'_>], k: usize) -> Option<usize> {
    let token = tokens.get(k)?;
    if token.is("workweek") {
        return Some(k + 1);
    }
    ((token.is("working") || token.is("work")) && at(tokens, k + 1, "week")).then_some(k + 2)
}

/// Whether the token at `k` is this word.
fn at(tokens: &[Token<'_>], k: usize, word: &str) -> bool {
    tokens.get(k).is_some_and(|t| t.is(word))
}

/// "this", "next", "last" or "previous" as a shift in periods.
fn shift_of(token: &Token<'_>) -> Option<i64> {
    if token.is("this") || token.is("current") {
        Some(0)
    } else if token.is("next") || token.is("coming") || token.is("following") {
        Some(1)
    } else if token.is("last") || token.is("previous") || token.is("past") {
        Some(-1)
    } else {
        None
    }
}

/// The count of a week: "first", "3rd", "last" (`-1`), within `1..=53`.
fn week_count(token: &Token<'_>) -> Option<i8> {
    if token.is("last") {
        return Some(-1);
    }
    let value = numbers::ordinal(token.text).or_else(|| {
        // "3rd", "21st": digits with an ordinal suffix.
        if token.kind != Kind::Mixed {
            return None;
        }
        let split = token.text.find(|c: char| c.is_alphabetic())?;
        let suffix = token.text.get(split..)?;
        ["st", "nd", "rd", "th"].iter().any(|s| suffix.eq_ignore_ascii_case(s)).then_some(())?;
        token.text.get(..split)?.parse::<u64>().ok()
    })?;
    i8::try_from(value).ok().filter(|w| (1..=53).contains(w))
}

/// The Monday of the `nth` week of the month starting on `first` (`-1`: its last
/// week), the weeks belonging to the month that holds their Thursday.
fn monday_of_month_week(first: Date, nth: i8) -> Option<Date> {
    let thursday = if nth > 0 {
        let first_thursday =
            first.checked_add(i64::from((4 - iso_weekday(first.weekday()) + 7) % 7).days()).ok()?;
        first_thursday.checked_add(i64::from(7 * (nth - 1)).days()).ok()?
    } else {
        let last = first.last_of_month();
        last.checked_sub(i64::from((iso_weekday(last.weekday()) - 4 + 7) % 7).days()).ok()?
    };
    if thursday.month() != first.month() {
        return None;
    }
    thursday.checked_sub(3.days()).ok()
}

/// A Monday-to-Sunday week as a found range, its year marked inferred when the text
/// did not give it.
fn week_found(start: usize, end: usize, monday: Date, year_inferred: bool) -> Option<Found> {
    let mark = |date: Date| DateValue { year_inferred, ..DateValue::from(date) };
    Some(found(start, end, mark(monday), Some(mark(monday.checked_add(6.days()).ok()?))))
}

/// "the third week of July", "the last week of this month", "first week of Jan
/// 2015", "3rd week of 2018", "the first week next year", "the 1st week of Oct. on
/// Friday" (that day of the week).
fn counted_week(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let j = if at(tokens, i, "the") { i + 1 } else { i };
    if !at(tokens, j + 1, "week") {
        return None;
    }
    let nth = week_count(tokens.get(j)?)?;
    let reference = published.unwrap_or(PLACEHOLDER);
    let of = at(tokens, j + 2, "of") || at(tokens, j + 2, "in");
    let k = if of { j + 3 } else { j + 2 };
    // A month: named ("of July", "of Oct. 2016") or relative ("of next month").
    let month = if let Some((month, after)) = month_at(tokens, k).filter(|_| of) {
        let (year, after) =
            trailing_year(tokens, after).map_or((None, after), |(y, e)| (Some(y), e));
        let value = with_year(month, None, year, Some(reference));
        let first = Date::new(value.year?, i8::try_from(month).ok()?, 1).ok()?;
        Some((first, after, year.is_none()))
    } else if of
        && let Some(shift) = tokens.get(k).and_then(shift_of)
        && at(tokens, k + 1, "month")
    {
        let first = reference.first_of_month().checked_add(shift.months()).ok()?;
        Some((first, k + 2, false))
    } else {
        None
    };
    if let Some((first, end, inferred)) = month {
        if nth > 5 {
            return None;
        }
        let monday = monday_of_month_week(first, nth)?;
        // "1st week of Oct. on Friday": the day of that week.
        let dot = usize::from(tokens.get(end).is_some_and(|t| t.is_punct(".")));
        if at(tokens, end + dot, "on")
            && let Some(day) = tokens.get(end + dot + 1).and_then(|t| calendar::weekday(t.text))
        {
            let date = monday.checked_add(i64::from(day - 1).days()).ok()?;
            let mut found = found(i, end + dot + 2, DateValue::from(date), None);
            if let Value::Date(value) = &mut found.value {
                value.year_inferred = inferred;
            }
            found.relative = inferred || !month_written(tokens, k);
            return Some(found);
        }
        let mut found = week_found(i, end, monday, inferred)?;
        found.relative = !month_written(tokens, k) || inferred;
        return Some(found);
    }
    // A year: "of 2018", "of next year", "next year".
    let (year, end, relative) = if let Some((year, end)) = year_at(tokens, k).filter(|_| of) {
        (year, end, false)
    } else if let Some(shift) = tokens.get(k).and_then(shift_of)
        && at(tokens, k + 1, "year")
    {
        (reference.year().checked_add(i16::try_from(shift).ok()?)?, k + 2, true)
    } else {
        return None;
    };
    let week = if nth < 0 {
        // The ISO week holding December 28th is the year's last.
        Date::new(year, 12, 28).ok()?.iso_week_date().week()
    } else {
        nth
    };
    let monday = ISOWeekDate::new(year, week, Weekday::Monday).ok()?.date();
    let mut found = week_found(i, end, monday, false)?;
    found.relative = relative;
    Some(found)
}

/// Whether the month at `k` is written by name (not "this month").
fn month_written(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| calendar::month(t.text).is_some())
}

/// "the year to date", "year to date": the year of the publication, up to it.
fn year_to_date(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let j = if at(tokens, i, "the") { i + 1 } else { i };
    if !(at(tokens, j, "year") && at(tokens, j + 1, "to") && at(tokens, j + 2, "date")) {
        return None;
    }
    let mut found = this_period(tokens, j, published)?;
    found.start = i;
    found.end = j + 3;
    found.number = (i, j + 3);
    Some(found)
}

/// "the week after next", "the month after the next", "the year after next", "the
/// weekend after the next": two periods on.
fn after_next(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    if !at(tokens, i, "the") || !at(tokens, i + 2, "after") {
        return None;
    }
    let the = usize::from(at(tokens, i + 3, "the"));
    if !at(tokens, i + 3 + the, "next") {
        return None;
    }
    let end = i + 4 + the;
    // "the week after next election": "next" is the noun's.
    if tokens.get(end).is_some_and(|t| {
        t.kind == Kind::Word
            && !t.is_capitalized()
            && !crate::lexicon::grammar::is_stop_word(t.text)
    }) {
        return None;
    }
    let reference = published.unwrap_or(PLACEHOLDER);
    let unit = tokens.get(i + 1)?;
    let monday =
        reference.checked_sub(i64::from(iso_weekday(reference.weekday()) - 1).days()).ok()?;
    let mut found = if unit.is("week") {
        week_found(i, end, monday.checked_add(14.days()).ok()?, false)?
    } else if unit.is("weekend") {
        let saturday = monday.checked_add(19.days()).ok()?;
        found(i, end, DateValue::from(saturday), Some(DateValue::from(saturday.tomorrow().ok()?)))
    } else if unit.is("month") {
        let date = reference.first_of_month().checked_add(2.months()).ok()?;
        found(i, end, DateValue { day: None, ..DateValue::from(date) }, None)
    } else if unit.is("year") {
        let year = reference.year().checked_add(2)?;
        found(i, end, DateValue { year: Some(year), ..DateValue::default() }, None)
    } else {
        return None;
    };
    found.relative = true;
    Some(found)
}

/// "next week between Wednesday and Friday", "this week from Tue to Thur", "last
/// week between Friday and Sunday": days of a week named relative to today.
fn days_of_week(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let shift = tokens.get(i).and_then(shift_of)?;
    if !at(tokens, i + 1, "week") {
        return None;
    }
    let between = at(tokens, i + 2, "between");
    if !(between || at(tokens, i + 2, "from")) {
        return None;
    }
    let first = calendar::weekday(tokens.get(i + 3)?.text)?;
    let joint = tokens.get(i + 4)?;
    let joined = if between {
        joint.is("and")
    } else {
        ["through", "thru", "till", "to", "until"].iter().any(|w| joint.is(w))
            || joint.is_punct("-")
    };
    let second = calendar::weekday(tokens.get(i + 5)?.text)?;
    if !joined || second <= first {
        return None;
    }
    let reference = published.unwrap_or(PLACEHOLDER);
    let monday = reference
        .checked_sub(i64::from(iso_weekday(reference.weekday()) - 1).days())
        .ok()?
        .checked_add((7 * shift).days())
        .ok()?;
    let low = monday.checked_add(i64::from(first - 1).days()).ok()?;
    let high = monday.checked_add(i64::from(second - 1).days()).ok()?;
    let mut found = found(i, i + 6, DateValue::from(low), Some(DateValue::from(high)));
    found.relative = true;
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::super::testing::dates;

    fn one(text: &str, published: &str) -> (String, String) {
        let found = dates(text, published);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        found.into_iter().next().unwrap_or_default()
    }

    #[test]
    fn weeks_counted_within_a_month() {
        // October 1, 2017 is a Sunday: the first week of October starts on the 2nd.
        assert_eq!(
            one("Voting is set for the first week of October 2017, officials said.", "2017-05-01"),
            ("the first week of October 2017".into(), "2017-10-02..2017-10-08".into())
        );
        // July 31, 2017 is a Monday, of August's first week.
        assert_eq!(
            one("The court will rule in the last week of July.", "2017-05-01"),
            ("the last week of July".into(), "2017-07-24..2017-07-30".into())
        );
        assert_eq!(
            one("Talks resume in the third week of this month.", "2016-11-07"),
            ("the third week of this month".into(), "2016-11-14..2016-11-20".into())
        );
        assert_eq!(
            one("Prices rose in the 2nd week of Jan. 2015 across the region.", "2016-11-07"),
            ("the 2nd week of Jan. 2015".into(), "2015-01-05..2015-01-11".into())
        );
        // "The first week of talks" counts something else.
        assert!(dates("The first week of talks ended badly.", "2016-11-07").is_empty());
    }

    #[test]
    fn weeks_counted_within_a_year() {
        assert_eq!(
            one("Sales dipped in the 3rd week of 2018.", "2019-05-01"),
            ("the 3rd week of 2018".into(), "2018-01-15..2018-01-21".into())
        );
        assert_eq!(
            one("Exams start the second week next year.", "2016-11-07"),
            ("the second week next year".into(), "2017-01-09..2017-01-15".into())
        );
    }

    #[test]
    fn a_day_of_a_counted_week() {
        assert_eq!(
            one("The vote falls in the 1st week of Oct. on Friday.", "2019-11-07"),
            ("the 1st week of Oct. on Friday".into(), "2019-10-04".into())
        );
    }

    #[test]
    fn periods_after_the_next() {
        // 2016-11-07 is a Monday.
        let published = "2016-11-07";
        assert_eq!(
            one("The summit is the week after next.", published),
            ("the week after next".into(), "2016-11-21..2016-11-27".into())
        );
        assert_eq!(
            one("It opens the month after the next.", published),
            ("the month after the next".into(), "2017-01".into())
        );
        assert_eq!(
            one("Elections come the year after next.", published),
            ("the year after next".into(), "2018".into())
        );
        assert_eq!(
            one("A rally is planned the weekend after next.", published),
            ("the weekend after next".into(), "2016-11-26..2016-11-27".into())
        );
        // "the day after next Monday" belongs to another reading.
        assert!(dates("The week after next election", published).is_empty());
    }

    #[test]
    fn parts_of_the_current_period() {
        // 2016-11-09 is a Wednesday.
        let published = "2016-11-09";
        assert_eq!(
            one("Ministers met earlier in the week to discuss the budget.", published),
            ("earlier in the week".into(), "2016-11-07..2016-11-13".into())
        );
        assert_eq!(
            one("A second round is expected later in the year.", published),
            ("later in the year".into(), "2016".into())
        );
        assert_eq!(
            one("The index is up 12% in the year to date.", published),
            ("the year to date".into(), "2016".into())
        );
        assert_eq!(
            one("Troops will leave by the end of the month.", published),
            ("end of the month".into(), "2016-11".into())
        );
        assert_eq!(
            one("Schools stay shut rest of this week.", published),
            ("rest of this week".into(), "2016-11-09..2016-11-13".into())
        );
        assert_eq!(
            one("Flights are grounded for the remaining of the week.", published),
            ("the remaining of the week".into(), "2016-11-09..2016-11-13".into())
        );
        assert!(dates("The remaining of the troops left.", published).is_empty());
        assert_eq!(
            one("Unions called a strike for next working week.", published),
            ("next working week".into(), "2016-11-14..2016-11-20".into())
        );
        assert!(dates("They want a four-day working week.", published).is_empty());
        assert_eq!(
            one("Talks resume on Monday of the following week.", "2025-10-30"),
            ("Monday of the following week".into(), "2025-11-03".into())
        );
        assert_eq!(
            one("Markets shut on Friday each week.", "2025-10-30"),
            ("Friday".into(), "2025-10-24".into())
        );
        // A weekday at a range's end follows its start: the Friday after next Monday
        // (2025-10-30 is a Thursday; a bare "Friday" alone is the 24th).
        assert_eq!(
            one("Schools close from next Monday to Friday.", "2025-10-30"),
            ("from next Monday to Friday".into(), "2025-11-03..2025-11-07".into())
        );
        assert_eq!(
            one("Officials spoke earlier last week.", published),
            ("earlier last week".into(), "2016-10-31..2016-11-06".into())
        );
        // A year written after the period is its own: "the end of the year 2020".
        assert_eq!(one("It closed at the end of the year 2020.", published).1, "2020");
        assert!(dates("The end of the year's talks came late.", published).is_empty());
        // A month before the clause's last word still names it.
        assert_eq!(
            one("Fares rise ahead of next month holidays.", published),
            ("next month".into(), "2016-12".into())
        );
        // "may" the month ends its clause; "may" the verb does not.
        assert_eq!(one("Polls open in may.", published), ("may".into(), "2016-05".into()));
        assert!(dates("Officials in may be worried.", published).is_empty());
    }

    #[test]
    fn days_within_a_named_week() {
        // 2017-11-14 is a Tuesday.
        let published = "2017-11-14";
        assert_eq!(
            one("Inspectors visit next week between Wednesday and Friday.", published),
            ("next week between Wednesday and Friday".into(), "2017-11-22..2017-11-24".into())
        );
        assert_eq!(
            one("The strike ran last week from Tue to Thur, unions said.", published),
            ("last week from Tue to Thur".into(), "2017-11-07..2017-11-09".into())
        );
    }

    #[test]
    fn periods_named_earlier() {
        let published = "2017-11-14";
        // Left unresolved: the story, not the publication date, says which one.
        assert_eq!(
            one("Rebels shelled the city that weekend, residents said.", published),
            ("that weekend".into(), "XXXX".into())
        );
        assert_eq!(
            one("Two more towns fell the same month.", published),
            ("same month".into(), "XXXX".into())
        );
        assert_eq!(
            one("Prices doubled that year.", published),
            ("that year".into(), "XXXX".into())
        );
        assert!(dates("He said that week-long talks failed.", published).is_empty());
        assert!(dates("Police said that weekend rallies were banned.", published).is_empty());
    }

    #[test]
    fn the_week_of_a_day() {
        let published = "2018-08-09";
        // The week's anchor day, of the month the story is in.
        assert_eq!(
            one("Hearings are set for the week of the 20th.", published),
            ("the week of the 20th".into(), "XXXX-XX-20".into())
        );
        assert_eq!(
            one("Hearings are set for the week of september.17th, officials said.", published),
            ("the week of september.17th".into(), "2018-09-17".into())
        );
        assert!(dates("It was the week of the 20th anniversary.", published).is_empty());
    }

    #[test]
    fn ranges_of_numbered_weeks() {
        let published = "2020-10-01";
        // Week 31 of 2020 starts on Monday July 27; week 35 ends on Sunday August 30.
        assert_eq!(
            one("Cases rose from week 31 to week 35, the agency said.", published),
            ("from week 31 to week 35".into(), "2020-07-27..2020-08-30".into())
        );
        assert_eq!(
            one("Deaths peaked between week 12 and 14.", published),
            ("between week 12 and 14".into(), "2020-03-16..2020-04-05".into())
        );
    }
}
