//! Holidays as dates: "Christmas", "Easter 2018", "black friday 2010", "next
//! Easter", "the following Easter", "Independence Day of this year", "Labor Day
//! weekend", "the weekend of Thanksgiving 2023". The names and their rules are in
//! [`crate::lexicon::holidays`]; this module finds a name in the tokens and dates it.
//!
//! Without a year a holiday takes the year a month and day would take
//! ([`super::with_year`]: news looks back more than ahead); "next" and "last" take the
//! next one after the publication date and the last one before it. A holiday's
//! weekend is the Saturday and Sunday nearest to it: Labor Day (a Monday) has the
//! weekend before it, Thanksgiving (a Thursday) the weekend after.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::super::token::{Kind, Token};
use super::{DateValue, Found};
use crate::lexicon::grammar;
use crate::lexicon::holidays::{self, Rule};

/// Words before a holiday that choose one occurrence of it.
const WHICH: &[&str] = &["coming", "following", "last", "next", "previous", "this", "upcoming"];

/// Prepositions after which a lowercase holiday name is read: "before christmas".
const BEFORE_NAME: &[&str] =
    &["after", "before", "by", "during", "for", "from", "on", "since", "till", "to", "until"];

/// Reads a holiday at `i`, with the word choosing its occurrence, its year and its
/// weekend.
pub(super) fn holiday(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let token = tokens.get(i)?;
    if token.kind != Kind::Word {
        return None;
    }
    let at = |k: usize, word: &str| tokens.get(k).is_some_and(|t| t.is(word));
    // Cheap test first: this runs on every word that may open a date.
    let starts = !holidays::starting_with(token.text).is_empty();
    let which = !starts && (4..=9).contains(&token.text.len()) && WHICH.iter().any(|w| token.is(w));
    let weekend_first = !starts
        && !which
        && (token.is("weekend") || token.is("the") && at(i + 1, "weekend"))
        && at(i + 1 + usize::from(token.is("the")), "of");
    if !starts && !which && !weekend_first {
        return None;
    }
    let k = if which {
        i + 1
    } else if weekend_first {
        i + 2 + usize::from(token.is("the"))
    } else {
        i
    };
    let (rule, mut end) = name_at(tokens, k)?;
    let first = tokens.get(k)?;
    let before = k.checked_sub(1).and_then(|b| tokens.get(b));
    // "Orthodox Easter", "Lunar New Year", "Pakistan's Independence Day", "Merry
    // Christmas": another calendar's or country's day, or a greeting.
    if !which
        && !weekend_first
        && before.is_some_and(|b| {
            holidays::is_calendar_qualifier(b.text)
                || b.kind == Kind::Word
                    && (super::strip_possessive(b.text).len() < b.text.len()
                        || b.is_capitalized() && !grammar::is_stop_word(b.text))
        })
    {
        return None;
    }
    // "Independence Day of Pakistan".
    if at(end, "of") && tokens.get(end + 1).is_some_and(Token::is_capitalized) {
        return None;
    }
    let (mut year, mut year_relative, after_year) = year_after(tokens, end, published);
    end = after_year;
    let weekend_after = !weekend_first && at(end, "weekend");
    if weekend_after {
        end += 1;
        // "Halloween weekend 2021".
        if year.is_none() {
            (year, year_relative, end) = year_after(tokens, end, published);
        }
    }
    // A lowercase name is a common noun more often than a holiday ("a prayer of
    // thanksgiving", "a new year of school"): read it only where a date is expected.
    let context = which
        || weekend_first
        || weekend_after
        || year.is_some()
        || before.is_some_and(|b| BEFORE_NAME.iter().any(|w| b.is(w)));
    if !first.is_capitalized() && !context {
        return None;
    }
    // "the Easter break", "the New Year honours": the holiday qualifies a noun
    // and names no day.
    if tokens.get(end).is_some_and(|t| {
        t.kind == Kind::Word && !t.is_capitalized() && !grammar::is_stop_word(t.text)
    }) {
        return None;
    }
    // "may day" is a distress call unless capitalized.
    if first.is("may") && !first.is_capitalized() {
        return None;
    }
    let reference = published.unwrap_or(super::PLACEHOLDER);
    let (date, relative, inferred) = if let Some(year) = year {
        (on(rule, year)?, year_relative, false)
    } else if which {
        (occurrence(rule, token, reference)?, true, false)
    } else {
        let date = nearest(rule, reference)?;
        // Without a publication date a fixed holiday keeps its month and day.
        let fixed = matches!(rule, Rule::Fixed { .. });
        (date, published.is_none() && !fixed, published.is_some() || fixed)
    };
    let start = if which || weekend_first { i } else { k };
    let mut value = DateValue::from(date);
    value.year_inferred = inferred;
    if published.is_none() && inferred {
        value.year = None;
        value.year_inferred = false;
    }
    let mut found = if weekend_first || weekend_after {
        let (saturday, sunday) = nearest_weekend(date)?;
        let mut low = DateValue::from(saturday);
        let mut high = DateValue::from(sunday);
        low.year_inferred = value.year_inferred;
        high.year_inferred = value.year_inferred;
        super::found(start, end, low, Some(high))
    } else {
        super::found(start, end, value, None)
    };
    found.relative = relative;
    Some(found)
}

/// The year after a holiday's name ending at `end`: "Easter 2018", "Labor Day,
/// 2021", "Independence Day of this year"; with whether it was reckoned from the
/// publication date, and the end.
fn year_after(
    tokens: &[Token<'_>],
    end: usize,
    published: Option<Date>,
) -> (Option<i16>, bool, usize) {
    let at = |k: usize, word: &str| tokens.get(k).is_some_and(|t| t.is(word));
    let comma = usize::from(tokens.get(end).is_some_and(|t| t.is_punct(",")));
    if let Some((written, after)) = super::year_at(tokens, end + comma) {
        return (Some(written), false, after);
    }
    if at(end, "of")
        && let Some((written, after)) = super::year_at(tokens, end + 1)
    {
        return (Some(written), false, after);
    }
    if at(end, "of")
        && (at(end + 1, "this") || at(end + 1, "next") || at(end + 1, "last"))
        && at(end + 2, "year")
        && let Some(published) = published
    {
        let shift = if at(end + 1, "next") {
            1
        } else if at(end + 1, "last") {
            -1
        } else {
            0
        };
        return (Some(published.year() + shift), true, end + 3);
    }
    (None, false, end)
}

/// The longest holiday name at `k` with its rule and end, skipping the full stop of
/// "St." and the apostrophe of "Workers'", and reading "Valentine's" as "valentine".
fn name_at(tokens: &[Token<'_>], k: usize) -> Option<(Rule, usize)> {
    let mut best: Option<(Rule, usize)> = None;
    for (name, rule) in holidays::starting_with(tokens.get(k)?.text) {
        let mut at = k;
        let matched = name.split(' ').all(|word| {
            while tokens.get(at).is_some_and(|t| t.is_punct(".'’") && !t.gap) {
                at += 1;
            }
            let Some(token) = tokens.get(at) else { return false };
            let ok = super::strip_possessive(token.text).eq_ignore_ascii_case(word);
            at += 1;
            ok
        });
        // "Workers' Day": the apostrophe glued after the last word goes with it.
        while matched && tokens.get(at).is_some_and(|t| t.is_punct("'’") && !t.gap) {
            at += 1;
        }
        if matched && best.is_none_or(|(_, end)| at > end) {
            best = Some((*rule, at));
        }
    }
    best
}

/// The day of a holiday in `year`.
fn on(rule: Rule, year: i16) -> Option<Date> {
    match rule {
        Rule::Fixed { month, day } => {
            Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
        }
        Rule::Easter { offset } => easter(year)?.checked_add(i64::from(offset).days()).ok(),
        Rule::NthWeekday { month, weekday, nth, offset } => {
            let weekday = Weekday::from_monday_one_offset(i8::try_from(weekday).ok()?).ok()?;
            let first = Date::new(year, i8::try_from(month).ok()?, 1).ok()?;
            first
                .nth_weekday_of_month(nth, weekday)
                .ok()?
                .checked_add(i64::from(offset).days())
                .ok()
        }
    }
}

/// Western Easter Sunday of `year` (the anonymous Gregorian computus).
#[expect(clippy::many_single_char_names, reason = "the computus's customary names")]
fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// The occurrence a word before the name chooses: "next Easter" is the first after
/// the publication date, "last Easter" the last before it, "this Easter" this year's.
fn occurrence(rule: Rule, which: &Token<'_>, reference: Date) -> Option<Date> {
    let this_year = on(rule, reference.year())?;
    if which.is("this") {
        return Some(this_year);
    }
    if which.is("last") || which.is("previous") {
        return if this_year < reference {
            Some(this_year)
        } else {
            on(rule, reference.year() - 1)
        };
    }
    if this_year > reference { Some(this_year) } else { on(rule, reference.year() + 1) }
}

/// The holiday in the year a month and day without a year would take: up to three
/// months after the publication date or nine months before it.
fn nearest(rule: Rule, reference: Date) -> Option<Date> {
    let this_year = on(rule, reference.year())?;
    let days = (this_year - reference).get_days();
    if days > 92 {
        on(rule, reference.year() - 1)
    } else if days < -275 {
        on(rule, reference.year() + 1)
    } else {
        Some(this_year)
    }
}

/// The Saturday and Sunday nearest to `date`; a Wednesday takes the weekend after.
fn nearest_weekend(date: Date) -> Option<(Date, Date)> {
    let back: i64 = match date.weekday() {
        Weekday::Saturday => 0,
        Weekday::Sunday => 1,
        Weekday::Monday => 2,
        Weekday::Tuesday => 3,
        Weekday::Wednesday => -3,
        Weekday::Thursday => -2,
        Weekday::Friday => -1,
    };
    let saturday = date.checked_sub(back.days()).ok()?;
    Some((saturday, saturday.tomorrow().ok()?))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{figures_where, pair};
    use super::*;
    use crate::extract::figures::Value;

    fn dates(text: &str, published: &str) -> Vec<(String, String)> {
        figures_where(text, published, |q| matches!(q.value, Value::Date(_)))
    }

    #[test]
    fn easter_by_the_computus() {
        let days: Vec<String> = [2016, 2018, 2019, 2024, 2025]
            .iter()
            .filter_map(|y| easter(*y))
            .map(|d| d.to_string())
            .collect();
        assert_eq!(days, ["2016-03-27", "2018-04-01", "2019-04-21", "2024-03-31", "2025-04-20"]);
    }

    #[test]
    fn holidays_with_years_and_occurrences() {
        let published = "2024-11-20";
        assert_eq!(
            dates("Shops opened early on Black Friday 2023.", published),
            [pair("Black Friday 2023", "2023-11-24")]
        );
        assert_eq!(
            dates("The ceasefire held through Christmas.", published),
            [pair("Christmas", "2024-12-25")]
        );
        assert_eq!(
            dates("Talks stalled after last Easter.", published),
            [pair("after last Easter", "2024-03-31")]
        );
        assert_eq!(
            dates("A vote is due by next Thanksgiving.", published),
            [pair("next Thanksgiving", "2024-11-28")]
        );
        assert_eq!(
            dates("Roads were jammed over the Labor Day weekend.", published),
            [pair("Labor Day weekend", "2024-08-31..2024-09-01")]
        );
        assert_eq!(
            dates("Police arrested 12 people two weeks before Christmas.", published),
            [pair("two weeks before Christmas", "2024-12-11")]
        );
    }

    #[test]
    fn other_calendars_and_common_nouns_are_not_holidays() {
        let published = "2024-11-20";
        assert!(dates("Crowds marked Orthodox Easter in Athens.", published).is_empty());
        assert!(dates("Families gathered for the Lunar New Year.", published).is_empty());
        assert!(dates("Pakistan's Independence Day parade was cancelled.", published).is_empty());
        assert!(dates("Pilgrims offered a prayer of thanksgiving.", published).is_empty());
        assert!(dates("Sailors sent a may day call.", published).is_empty());
        assert!(dates("MPs return from their Easter break.", published).is_empty());
    }
}
