//! Years written other ways than four digits, and periods of years: spelled years
//! ("nineteen seventy eight", "two thousand and eighteen"), "the year 2008",
//! two-digit years ("April of 87", "12/12/30"), decades ("the 1970s", "the '40s",
//! "the seventies", "the noughties"), centuries ("the 15th century"), a year and a
//! month in either order ("2016 November", "11-2016", "2016 / 11"), and ranges whose
//! ends are years or months of a year ("between 2015 June and 2018 May").

use jiff::civil::Date;

use super::{PLACEHOLDER, found, is_date_preposition, month_at, year_at};
use crate::extract::figures::token::{Kind, Token};
use crate::extract::figures::{DateValue, Found, QuantityKind, Value};
use crate::lexicon::{calendar, grammar, numbers};

/// A year read by a recognizer here: the year, one past its last token, and whether
/// its century was left open.
type Year = (i16, usize);

/// A spelled number from ten to ninety-nine at `j`: "nineteen", "seventy eight",
/// "twenty-two".
fn two_digits_spelled(tokens: &[Token<'_>], j: usize) -> Option<(u16, usize)> {
    let token = tokens.get(j).filter(|t| t.kind == Kind::Word)?;
    let value = u16::try_from(numbers::cardinal(token.text)?).ok()?;
    if (10..=19).contains(&value) {
        return Some((value, j + 1));
    }
    if value < 20 || value % 10 != 0 {
        return None;
    }
    let hyphen = tokens.get(j + 1).is_some_and(|t| t.is_punct("-") && !t.gap);
    let unit_at = if hyphen { j + 2 } else { j + 1 };
    let unit = tokens
        .get(unit_at)
        .filter(|t| t.kind == Kind::Word)
        .and_then(|t| numbers::cardinal(t.text))
        .and_then(|v| u16::try_from(v).ok())
        .filter(|v| (1..=9).contains(v));
    Some(unit.map_or((value, j + 1), |unit| (value + unit, unit_at + 1)))
}

/// A spelled unit, one to nine, at `j`.
fn unit_spelled(tokens: &[Token<'_>], j: usize) -> Option<u16> {
    let token = tokens.get(j).filter(|t| t.kind == Kind::Word)?;
    u16::try_from(numbers::cardinal(token.text)?).ok().filter(|v| (1..=9).contains(v))
}

/// The part of a spelled number below one hundred at `j`: "eighty nine", "five".
fn below_hundred(tokens: &[Token<'_>], j: usize) -> Option<(u16, usize)> {
    two_digits_spelled(tokens, j).or_else(|| unit_spelled(tokens, j).map(|unit| (unit, j + 1)))
}

/// "and" then a number below one hundred, or that number alone.
fn and_below_hundred(tokens: &[Token<'_>], j: usize) -> Option<(u16, usize)> {
    if tokens.get(j).is_some_and(|t| t.is("and")) {
        return below_hundred(tokens, j + 1);
    }
    below_hundred(tokens, j)
}

/// Whether the token at `j` turns a number before it into a count or a larger
/// number: a noun ("two thousand protesters") or a scale word ("two thousand million").
fn counts_something(tokens: &[Token<'_>], j: usize) -> bool {
    tokens.get(j).is_some_and(|t| {
        t.kind == Kind::Word
            && (numbers::scale(t.text).is_some()
                || t.is("hundred")
                || !t.is_capitalized() && !grammar::is_stop_word(t.text))
    })
}

/// A year spelled out at `j`: "nineteen seventy eight", "nineteen zero one",
/// "seventeen hundred thirty three", "two thousand", "two thousand and eighteen",
/// "one thousand seven hundred and eighty nine", "twenty twenty".
///
/// Only the forms a year takes: a pair of two-digit numbers with a first part from
/// thirteen to twenty ("ten thirty" and "twelve fifteen" are times of day), a
/// two-digit number of hundreds, or a number of thousands (two thousand; one thousand
/// only with its hundreds). A noun or a scale word after it makes it a count ("two
/// thousand protesters").
pub(super) fn spelled_year(tokens: &[Token<'_>], j: usize) -> Option<Year> {
    let first = tokens.get(j).filter(|t| t.kind == Kind::Word)?;
    let value = numbers::cardinal(first.text)?;
    let (year, end) =
        if (1..=2).contains(&value) && tokens.get(j + 1).is_some_and(|t| t.is("thousand")) {
            let thousands = u16::try_from(value).ok()? * 1000;
            let mut k = j + 2;
            let mut year = thousands;
            // "one thousand seven hundred and eighty nine".
            let hundreds = unit_spelled(tokens, k)
                .filter(|_| tokens.get(k + 1).is_some_and(|t| t.is("hundred")));
            if let Some(hundreds) = hundreds {
                year += hundreds * 100;
                k += 2;
            } else if value == 1 {
                return None;
            }
            if let Some((rest, end)) = and_below_hundred(tokens, k) {
                year += rest;
                k = end;
            }
            (year, k)
        } else {
            let (high, k) = two_digits_spelled(tokens, j)?;
            if !(10..=20).contains(&high) {
                return None;
            }
            if tokens.get(k).is_some_and(|t| t.is("hundred")) {
                // "nineteen hundred ninety three", "seventeen hundred".
                let (rest, end) = and_below_hundred(tokens, k + 1).unwrap_or((0, k + 1));
                (high * 100 + rest, end)
            } else if high < 13 {
                return None;
            } else if tokens.get(k).is_some_and(|t| t.is("oh") || t.is("zero") || t.is("o"))
                && let Some(unit) = unit_spelled(tokens, k + 1)
            {
                // "nineteen oh five", "nineteen zero one".
                (high * 100 + unit, k + 2)
            } else {
                let (low, end) = two_digits_spelled(tokens, k)?;
                (high * 100 + low, end)
            }
        };
    if counts_something(tokens, end) || tokens.get(end).is_some_and(|t| t.is_punct("-") && !t.gap) {
        return None;
    }
    Some((i16::try_from(year).ok()?, end))
}

/// The century of a two-digit year: the 1940s to 1990s for 40 to 99, the 2000s for
/// 00 to 29. A year in the thirties is written of the 1930s and of the 2030s alike:
/// it is taken in the 2000s with its century left open.
pub(super) fn two_digit_year(year: u16) -> Option<(i16, bool)> {
    let year = i16::try_from(year).ok().filter(|y| (0..100).contains(y))?;
    Some(match year {
        40.. => (1900 + year, false),
        30..=39 => (2000 + year, true),
        _ => (2000 + year, false),
    })
}

/// A year given as a number with a year's value, or a date value for a year whose
/// century is open.
fn year_found(start: usize, end: usize, year: i16, century_open: bool) -> Found {
    if century_open {
        let value = DateValue { year: Some(year), century_inferred: true, ..DateValue::default() };
        return found(start, end, value, None);
    }
    let mut found = found(start, end, DateValue::default(), None);
    found.kind = QuantityKind::Year;
    found.value = Value::Number(f64::from(year));
    found.low = Some(found.value);
    found.high = Some(found.value);
    found
}

/// Years `first..=last` as one period (a decade, a century).
fn years_found(start: usize, end: usize, first: i16, last: i16, century_open: bool) -> Found {
    let mut found = year_found(start, end, first, century_open);
    if century_open {
        let value = DateValue { year: Some(last), century_inferred: true, ..DateValue::default() };
        found.high = Some(Value::Date(value));
        found.low = Some(found.value);
    } else {
        found.high = Some(Value::Number(f64::from(last)));
    }
    found.range = true;
    found.approximate = true;
    found
}

/// A decade named by its last two digits ("the 70s", "the seventies"): the latest
/// one that began by the publication year, with its century left open.
fn decade_of(tens: i16, start: usize, end: usize, published: Option<Date>) -> Found {
    let now = published.unwrap_or(PLACEHOLDER).year();
    let mut first = now - now.rem_euclid(100) + tens;
    if first > now {
        first -= 100;
    }
    years_found(start, end, first, first + 9, true)
}

/// Words before a decade word that make it an age: "in his seventies".
const AGE_OWNERS: &[&str] = &["her", "his", "its", "my", "our", "their", "your"];

/// Whether a decade named by two digits at `start` is an age or no decade: an owner
/// before it, past "late", "early", "mid" and a list of decades ("in his late 30s",
/// "their 30s, 40s and 50s"), a name it belongs to ("Band Aid 20's"), or "of" after it
/// ("10s of thousands").
fn not_a_decade(tokens: &[Token<'_>], start: usize, end: usize) -> bool {
    if tokens.get(end).is_some_and(|t| t.is("of")) {
        return true;
    }
    let mut k = start;
    for _ in 0..8 {
        let Some(before) = k.checked_sub(1).and_then(|b| tokens.get(b)) else { return false };
        if AGE_OWNERS.iter().any(|w| before.is(w)) {
            return true;
        }
        let listed = ["and", "early", "late", "mid", "or", "to"].iter().any(|w| before.is(w))
            || before.is_punct(",-'’")
            || before.kind != Kind::Word
            || calendar::decade(before.text).is_some();
        if !listed {
            return k == start
                && before.is_capitalized()
                && !grammar::is_stop_word(before.text)
                && !is_date_preposition(Some(before));
        }
        k -= 1;
    }
    false
}

/// What the words at `i` say, for the recognizers reading words: decades and
/// centuries in words, spelled years governed by a preposition of time, "the year
/// 2008", and ranges of years or months of a year after "between" or "from".
pub(super) fn word(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let token = tokens.get(i)?;
    if token.is("between") || token.is("from") {
        return range(tokens, i);
    }
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
    if token.is("the") || token.is("year") || token.is("calendar") {
        return the_year(tokens, i).or_else(|| decade_words(tokens, i, published));
    }
    if let Some(found) = decade_words(tokens, i, published).or_else(|| century(tokens, i)) {
        return Some(found);
    }
    if let Some(found) = spelled_day_first(tokens, i, published) {
        return Some(found);
    }
    // "in nineteen twenty eight", "since two thousand and eighteen".
    if is_date_preposition(previous) && numbers::cardinal(token.text).is_some() {
        let (year, end) = spelled_year(tokens, i)?;
        return Some(year_found(i, end, year, false));
    }
    None
}

/// Words before "year" that make a number after it a count of that year, not the
/// year's name: "this year 120 were killed", "a year 300 arrive".
const YEAR_DETERMINERS: &[&str] =
    &["a", "each", "every", "last", "next", "one", "per", "same", "that", "this"];

/// "twenty five January nineteen eighty six", "fifteen August 1993": a day in cardinal
/// words before the month, read only with a year after the month ("five January
/// meetings" is no date).
fn spelled_day_first(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let (day, after) = below_hundred(tokens, i)?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let (month, end) = month_at(tokens, after)?;
    let (year, end) = super::trailing_year(tokens, end)?;
    let value = super::with_year(month, u8::try_from(day).ok(), Some(year), published);
    Some(found(i, end, value, None))
}

/// "the year 2008", "year 247", "the calendar year 2008", "Year two hundred and sixty
/// seven": the year named.
fn the_year(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let first = tokens.get(i)?;
    let mut at = if first.is("the") { i + 1 } else { i };
    if tokens.get(at).is_some_and(|t| t.is("calendar")) {
        at += 1;
    }
    if !tokens.get(at)?.is("year") {
        return None;
    }
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
    if at == i && previous.is_some_and(|p| YEAR_DETERMINERS.iter().any(|w| p.is(w))) {
        return None;
    }
    let number = tokens.get(at + 1)?;
    let (year, end) = if number.kind == Kind::Number {
        let digits = number.text.len();
        if !(3..=4).contains(&digits) || !number.text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        (number.text.parse::<i16>().ok()?, at + 2)
    } else if let Some(year) = spelled_year(tokens, at + 1) {
        year
    } else {
        // "year two hundred and sixty seven".
        let units = unit_spelled(tokens, at + 1)?;
        if !tokens.get(at + 2).is_some_and(|t| t.is("hundred")) {
            return None;
        }
        let (rest, end) = and_below_hundred(tokens, at + 3).unwrap_or((0, at + 3));
        (i16::try_from(units * 100 + rest).ok()?, end)
    };
    if counts_something(tokens, end) || tokens.get(end).is_some_and(|t| t.is_punct("-/") && !t.gap)
    {
        return None;
    }
    Some(year_found(i, end, year, false))
}

/// Decades in words: "the seventies", "nineties", "the noughties", "the nineteen
/// seventies", "the twenty-tens", "the two thousands", "the two thousand and tens".
fn decade_words(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let start = i;
    let at = if tokens.get(i)?.is("the") { i + 1 } else { i };
    let word = tokens.get(at).filter(|t| t.kind == Kind::Word)?;
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
    if at == i && previous.is_some_and(|p| AGE_OWNERS.iter().any(|w| p.is(w))) {
        return None;
    }
    // "the seventies", "the noughties".
    if let Some(tens) = calendar::decade(word.text) {
        // A bare decade word needs the article or a preposition of time: "in
        // nineties", "the seventies".
        if at == i && !is_date_preposition(previous) {
            return None;
        }
        if tens < 100 && not_a_decade(tokens, start, at + 1) {
            return None;
        }
        return Some(if tens >= 100 {
            years_found(start, at + 1, tens, tens + 9, false)
        } else {
            decade_of(tens, start, at + 1, published)
        });
    }
    // "nineteen seventies", "twenty-tens", "two thousands", "two thousand and tens".
    let value = numbers::cardinal(word.text)?;
    let (century, k) = if value == 2 && tokens.get(at + 1).is_some_and(|t| t.is("thousands")) {
        return Some(years_found(start, at + 2, 2000, 2009, false));
    } else if value == 2 && tokens.get(at + 1).is_some_and(|t| t.is("thousand")) {
        let and = tokens.get(at + 2).is_some_and(|t| t.is("and"));
        (2000, if and { at + 3 } else { at + 2 })
    } else if (10..=20).contains(&value) {
        let hyphen = tokens.get(at + 1).is_some_and(|t| t.is_punct("-") && !t.gap);
        (i16::try_from(value).ok()? * 100, if hyphen { at + 2 } else { at + 1 })
    } else {
        return None;
    };
    let tens_word = tokens.get(k).filter(|t| t.kind == Kind::Word)?;
    let tens = if tens_word.is("tens") { 10 } else { calendar::decade(tens_word.text)? };
    if !(10..100).contains(&tens) {
        return None;
    }
    // A decade word without "the" and without a preposition is an age or a count.
    if at == i && !is_date_preposition(previous) {
        return None;
    }
    let first = century + tens;
    Some(years_found(start, k + 1, first, first + 9, false))
}

/// "the 15th century", "21st century", "the nineteenth century": the hundred years.
fn century(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let token = tokens.get(i)?;
    let number = match token.kind {
        Kind::Mixed => {
            let split = token.text.find(|c: char| c.is_alphabetic())?;
            let suffix = token.text.get(split..)?;
            if !["st", "nd", "rd", "th"].iter().any(|s| suffix.eq_ignore_ascii_case(s)) {
                return None;
            }
            token.text.get(..split)?.parse::<u64>().ok()?
        }
        Kind::Word => numbers::ordinal(token.text)?,
        _ => return None,
    };
    if !(1..=30).contains(&number) || !tokens.get(i + 1).is_some_and(|t| t.is("century")) {
        return None;
    }
    let first = i16::try_from((number - 1) * 100).ok()?;
    Some(years_found(i, i + 2, first, first + 99, false))
}

/// What numbers at `i` say, for the recognizers reading numbers: decades ("the 70s",
/// "'40s", "70's", "1990 s"), a year and a month in either order ("2016 November",
/// "2016, nov", "11-2016", "2016 / 11").
pub(super) fn number(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let token = tokens.get(i)?;
    if token.kind == Kind::Mixed {
        return decade_glued(tokens, i, published).or_else(|| century(tokens, i));
    }
    if token.kind != Kind::Number || !token.text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // "70's", "1990 s": the digits, then an "s" apart.
    let apostrophe = tokens.get(i + 1).is_some_and(|t| t.is_punct("'’") && !t.gap)
        && tokens.get(i + 2).is_some_and(|t| t.is("s") && !t.gap);
    let spaced = token.text.len() == 4 && tokens.get(i + 1).is_some_and(|t| t.is("s") && t.gap);
    if (apostrophe || spaced) && token.text.ends_with('0') {
        let end = if apostrophe { i + 3 } else { i + 2 };
        if ends_phrase(tokens, end) {
            return decade_digits(tokens, token.text, i, end, published);
        }
    }
    year_month(tokens, i)
}

/// Whether nothing glued follows `end`: the phrase is not part of a longer code.
fn ends_phrase(tokens: &[Token<'_>], end: usize) -> bool {
    tokens.get(end).is_none_or(|t| t.gap || t.is_punct(".,;:!?)"))
}

/// A decade from its digits "70" or "1970" at tokens `start..end`.
fn decade_digits(
    tokens: &[Token<'_>],
    digits: &str,
    start: usize,
    end: usize,
    published: Option<Date>,
) -> Option<Found> {
    let year = digits.parse::<i16>().ok()?;
    if year % 10 != 0 {
        return None;
    }
    match digits.len() {
        // "10s" counts tens more often than it names the 2010s.
        2 if year == 10 || not_a_decade(tokens, start, end) => None,
        2 => Some(decade_of(year, start, end, published)),
        4 if (1000..=2990).contains(&year) => Some(years_found(start, end, year, year + 9, false)),
        _ => None,
    }
}

/// "1970s", "70s", "'40s": a decade glued to its "s".
fn decade_glued(tokens: &[Token<'_>], i: usize, published: Option<Date>) -> Option<Found> {
    let text = tokens.get(i)?.text;
    let digits = text.strip_suffix('s')?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !ends_phrase(tokens, i + 1) {
        return None;
    }
    // "'40s": the apostrophe glued before belongs to it.
    let start = if i
        .checked_sub(1)
        .and_then(|k| tokens.get(k))
        .is_some_and(|t| t.is_punct("'’") && !tokens.get(i).is_some_and(|t| t.gap))
    {
        i - 1
    } else {
        i
    };
    decade_digits(tokens, digits, start, i + 1, published)
}

/// A two-digit year at `j` after a month: after "of" or a glued apostrophe ("April
/// of 87", "August '99"), or `bare` ("August 99", where the caller knows no day came
/// first) when it cannot be a day and ends the phrase. Only years whose century is
/// not open: "April of 35" is left unread.
pub(super) fn short_year_at(tokens: &[Token<'_>], j: usize, bare: bool) -> Option<Year> {
    let marked = tokens.get(j).is_some_and(|t| t.is("of") || t.is_punct("'’"));
    let at = if marked { j + 1 } else { j };
    let token = tokens.get(at).filter(|t| t.kind == Kind::Number && t.text.len() == 2)?;
    let value = token.text.parse::<u16>().ok()?;
    if !(marked || bare && value > 31) {
        return None;
    }
    if tokens.get(at + 1).is_some_and(|t| t.kind != Kind::Punct || !t.gap && t.is_punct("-/%")) {
        return None;
    }
    let (year, open) = two_digit_year(value)?;
    (!open).then_some((year, at + 1))
}

/// A year of four digits from 1900 to 2100, the only ones read next to a month
/// number (a wider range would take scores and page ranges).
fn modern_year(tokens: &[Token<'_>], j: usize) -> Option<i16> {
    let token = tokens.get(j).filter(|t| t.kind == Kind::Number && t.text.len() == 4)?;
    token.text.parse::<i16>().ok().filter(|y| (1900..=2100).contains(y))
}

/// A month number, 1 to 12, written with one or two digits.
fn month_number(tokens: &[Token<'_>], j: usize) -> Option<u8> {
    let token = tokens.get(j).filter(|t| t.kind == Kind::Number && t.text.len() <= 2)?;
    token.text.parse::<u8>().ok().filter(|m| (1..=12).contains(m))
}

fn month_of_year(year: i16, month: u8) -> DateValue {
    DateValue { year: Some(year), month: Some(month), ..DateValue::default() }
}

/// A year and a month at `i`, in either order: "2016 November", "2016, nov", "11-2016",
/// "11 / 2016", "2016 / 11".
fn year_month(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let (value, end) = year_month_at(tokens, i, true)?;
    // "11-2016-05" or "2016/11/3" are longer dates.
    if tokens.get(end).is_some_and(|t| t.is_punct("-/") && !t.gap) {
        return None;
    }
    Some(found(i, end, value, None))
}

/// The year-and-month forms of [`year_month`] at `j`, for the ends of a range too
/// (not `alone`: there the joint of the range after it says the name is a month).
fn year_month_at(tokens: &[Token<'_>], j: usize, alone: bool) -> Option<(DateValue, usize)> {
    let separator = |k: usize| tokens.get(k).is_some_and(|t| t.is_punct("-/"));
    // "11-2016", "11 / 2016".
    if let Some(month) = month_number(tokens, j)
        && separator(j + 1)
        && let Some(year) = modern_year(tokens, j + 2)
    {
        return Some((month_of_year(year, month), j + 3));
    }
    let year = modern_year(tokens, j)?;
    // "2016 / 11", "2016/ 11": a slash only, as "2016-11" is read with the dates.
    if tokens.get(j + 1).is_some_and(|t| t.is_punct("/"))
        && let Some(month) = month_number(tokens, j + 2)
    {
        return Some((month_of_year(year, month), j + 3));
    }
    // "2016 November", "2016, nov": a month name that ends the phrase ("in 2016 May
    // became prime minister" has a verb after the name).
    let comma = tokens.get(j + 1).is_some_and(|t| t.is_punct(","));
    let at = if comma { j + 2 } else { j + 1 };
    let (month, end) = month_at(tokens, at)?;
    let name = tokens.get(at)?;
    let after = tokens.get(end);
    let ends = after.is_none_or(|t| {
        t.is_punct(".,;:!?)") || t.kind == Kind::Word && grammar::is_stop_word(t.text)
    });
    let ambiguous = name.is("may") || name.is("march");
    // "may" and "march" are verbs in lower case, and "In 2016, May said" or "in 2016
    // May became prime minister" name a person: these two names end the phrase.
    if !alone {
        return Some((month_of_year(year, month), end));
    }
    if !ends
        || ambiguous
            && (comma || !name.is_capitalized() || after.is_some_and(|t| t.kind == Kind::Word))
    {
        return None;
    }
    // "the third quarter", "q1" after a year are the quarter recognizer's.
    Some((month_of_year(year, month), end))
}

/// An end of a range of [`range`]: a year and a month in either order, or a year.
fn range_end(tokens: &[Token<'_>], j: usize) -> Option<(DateValue, usize)> {
    if let Some(found) = year_month_at(tokens, j, false) {
        return Some(found);
    }
    // "May 2015".
    if let Some((month, after)) = month_at(tokens, j)
        && let Some((year, end)) = year_at(tokens, after)
    {
        return Some((month_of_year(year, month), end));
    }
    let (year, end) = year_at(tokens, j)?;
    Some((DateValue { year: Some(year), ..DateValue::default() }, end))
}

/// "between 2015 June and 2018 May", "between May 2015 and 2018 June", "from 2014-2018",
/// "between 2014-2018", "from two thousand until two thousand and fourteen": a range
/// whose ends are years or months of a year; ranges of bare years are found by the
/// year recognizer and take "between" or "from" into their span here.
fn range(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let joints: &[&str] = if tokens.get(i)?.is("between") {
        &["and", "-", "–"]
    } else {
        &["to", "through", "until", "till", "-", "–"]
    };
    let (low, after) = range_end(tokens, i + 1)?;
    tokens.get(after).filter(|t| joints.iter().any(|w| t.is(w)))?;
    let (high, end) = range_end(tokens, after + 1)?;
    if counts_something(tokens, end)
        || tokens
            .get(end)
            .is_some_and(|t| t.kind == Kind::Word && calendar::month(t.text).is_some())
        || tokens.get(end).is_some_and(|t| t.is_punct("-/") && !t.gap)
    {
        return None;
    }
    let (Some(low_year), Some(high_year)) = (low.year, high.year) else { return None };
    if (high_year, high.month.unwrap_or(0)) <= (low_year, low.month.unwrap_or(0)) {
        return None;
    }
    if low.month.is_none() && high.month.is_none() {
        let mut found = year_found(i, end, low_year, false);
        found.high = Some(Value::Number(f64::from(high_year)));
        found.range = true;
        return Some(found);
    }
    Some(found(i, end, low, Some(high)))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{dates, pair};

    fn figures(text: &str) -> Vec<(String, String)> {
        dates(text, "2026-03-10")
    }

    #[test]
    fn spelled_years_after_dates_and_prepositions() {
        assert_eq!(
            figures("The treaty was signed on March 3, nineteen eighty five, in Geneva."),
            [pair("March 3, nineteen eighty five", "1985-03-03")]
        );
        assert_eq!(
            figures("She arrived in nineteen sixty two and left in two thousand and nine."),
            [pair("nineteen sixty two", "1962"), pair("two thousand and nine", "2009")]
        );
        assert_eq!(
            figures("The fort fell in seventeen hundred fifty nine."),
            [pair("seventeen hundred fifty nine", "1759")]
        );
        assert_eq!(
            figures("The storm of the winter of nineteen forty seven is remembered."),
            [pair("winter of nineteen forty seven", "1947-WI")]
        );
        // Counts and times of day stay what they are.
        assert!(figures("In two thousand villages, nineteen people were hurt.").is_empty());
        assert!(figures("The talks resumed at ten thirty.").is_empty());
        assert_eq!(
            figures("On May 5, two thousand protesters marched."),
            [pair("May 5", "2026-05-05")]
        );
    }

    #[test]
    fn the_year_and_two_digit_years() {
        assert_eq!(figures("Records began in the year 1880."), [pair("the year 1880", "1880")]);
        assert_eq!(
            figures("Taxes rose in the calendar year 2019."),
            [pair("the calendar year 2019", "2019")]
        );
        // "calendar" opens a figure of its own (it was once no opener at all).
        assert_eq!(
            figures("Exports grew in calendar year 2018, the ministry said."),
            [pair("calendar year 2018", "2018")]
        );
        assert_eq!(figures("Coins from year 312 were found."), [pair("year 312", "312")]);
        assert_eq!(
            figures("He died on twenty one June nineteen ninety."),
            [pair("twenty one June nineteen ninety", "1990-06-21")]
        );
        assert_eq!(figures("He was born in April of 62."), [pair("April of 62", "1962-04")]);
        assert_eq!(figures("The plant shut in August 97."), [pair("August 97", "1997-08")]);
        assert_eq!(figures("The bond matures on 01/06/35."), [pair("01/06/35", "XX35-01-06")]);
        // "this year 12 were killed" counts.
        assert!(figures("Since last year 12 were killed.").iter().all(|(_, v)| v != "12"));
    }

    #[test]
    fn decades_and_centuries() {
        assert_eq!(figures("Prices soared in the 1970s."), [pair("1970s", "1970..1979")]);
        assert_eq!(figures("Prices soared in the '80s."), [pair("'80s", "XX80..XX89")]);
        assert_eq!(figures("It was built in the 60's."), [pair("60's", "XX60..XX69")]);
        assert_eq!(figures("Growth slowed in the nineties."), [pair("the nineties", "XX90..XX99")]);
        assert_eq!(
            figures("It was popular in the nineteen sixties."),
            [pair("the nineteen sixties", "1960..1969")]
        );
        assert_eq!(
            figures("Debt rose through the noughties."),
            [pair("the noughties", "2000..2009")]
        );
        assert_eq!(
            figures("Rates stayed low in the twenty-tens."),
            [pair("the twenty-tens", "2010..2019")]
        );
        assert_eq!(
            figures("The city dates from the 12th century."),
            [pair("12th century", "1100..1199")]
        );
        // An age is no decade, nor are tens.
        assert!(figures("The driver, in his seventies, was unhurt.").is_empty());
        assert!(figures("Most were in their 30s, 40s and 50s.").is_empty());
        assert!(figures("She married in her late 20s.").is_empty());
        assert!(figures("It drew 10s of thousands of fans.").is_empty());
    }

    #[test]
    fn years_with_months_and_ranges() {
        assert_eq!(figures("Output fell in 2019 December."), [pair("2019 December", "2019-12")]);
        assert_eq!(figures("The survey of 03-2021 showed it."), [pair("03-2021", "2021-03")]);
        assert_eq!(figures("The survey of 2021 / 03 showed it."), [pair("2021 / 03", "2021-03")]);
        assert_eq!(
            figures("Sales grew between 2012 March and 2014 June."),
            [pair("between 2012 March and 2014 June", "2012-03..2014-06")]
        );
        assert_eq!(figures("Output rose from 2010-2014."), [pair("from 2010-2014", "2010..2014")]);
        // "in 2016 May became prime minister": the name is not a month.
        assert_eq!(figures("In 2016 May became prime minister."), [pair("2016", "2016")]);
    }
}
