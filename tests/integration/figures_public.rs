//! Scores the figure extractor against the public test material in
//! `../shared/figures` (Microsoft Recognizers-Text English specs, quantulum3).
//!
//! Scoring choices, per category of `recognizers_en.jsonl`:
//! - A case passes when every expected entity is matched by one figure and, for
//!   cases that expect nothing, when no figure of the category's family is found.
//! - An entity is matched when a figure's span or its bare number span equals the
//!   expected span (character offsets converted to bytes, compared ignoring ASCII
//!   case), or the expected span without a leading "the" or with one (Recognizers
//!   takes the article into "the 1970s" but not into "the week 31"; it carries no
//!   value), and its value agrees:
//!   - number, percent, ordinal: the value as a number (within 1e-6 relative);
//!     `null` values (a bare "percent") cannot match; a relative ordinal (`end-1`,
//!     `current+1`) matches a relative figure with that anchor as its unit and that
//!     offset as its value;
//!   - `number_range`: the interval's ends; open versus closed ends are not scored
//!     (crosscheck keeps "over 200" as low 200 with no high, without strictness);
//!   - date, daterange: the TIMEX value; a year inferred from the reference date is
//!     written back as `XXXX`, the way the expected TIMEX leaves it; extractor cases
//!     (no value) are scored on span only; a daterange is compared as
//!     `(start,end,…)` against the figure's low and high dates, its end taken either
//!     as the last day (or month) of the range or as the day (month) after it, the two
//!     conventions Recognizers mixes ("November 19-20" ends on the 20th, "the next 3
//!     days" and quarters on the day after);
//!   - a season without a year, `SU` in Recognizers, is `XXXX-SU`;
//!   - a weekday resolved against the reference date ("Friday" → 2016-11-04) matches
//!     Recognizers' unresolved `XXXX-WXX-5` when it falls on that weekday;
//!   - a Monday-to-Sunday range matches the ISO week (`2016-W45`) and a
//!     Saturday-Sunday one its weekend (`2016-W45-WE`);
//!   - duration: the ISO 8601 value (`PT48H`, `P3D`, `P1Y1M21D`).
//! - A relative ordinal ("next", "last") has no number: it belongs to the ordinal
//!   category only, never to number or `number_range`.
//! - `none` cases (Recognizers' `DateTime` model: no date or time) pass when no date,
//!   year or duration is found; counts such as "twenty-one coins" may be found.
//!
//! For `quantulum3_en.jsonl`, a value is found when a figure whose number overlaps
//! the expected text carries it; quantulum3 averages ranges, so the midpoint of a
//! range counts too, and so does each part of a duration written in several units
//! ("21 years and 6 months"), which quantulum3 splits into two quantities.
//!
//! Scope. crosscheck reads news; these phenomena of the specs are left out on
//! purpose, and keep their categories below the 90%:
//! - number (86%): numbers split out of identifiers and lists (IP addresses
//!   "192.168.1.2", "SCP-173", "+1-222-2222", "22,24,26,31", the parts of "5/17/2018"),
//!   "G" as a multiplier ("3G" is a network generation in news; "10G", "1,674.5 G"),
//!   a sign set apart from its number ("- 1 4/5"), "out of"/"in" ratios ("one out of
//!   three": news counts "three out of five soldiers" as a part of a whole, not 0.6),
//!   fractions of a scale ("two thirds of a million", "one billion and a half
//!   million"), denominators that are compound scale ordinals ("one one hundred
//!   fifth" = 1/105), "and" joining two whole numbers ("twenty and three", "3 hundred
//!   and 2 hundred" as two numbers), "2000 over 3" (read as the year 2000), digits read
//!   one by one ("three-nought-four") and "one last time";
//! - `number_range` (82%): comparisons in mathematical wording ("higher or equal than
//!   one hundred, lower or equal than three hundred", "<-30", "200 or greater than"),
//!   ordinal ranges ("between the tenth and the fifteenth"), "about 500 or more"
//!   (crosscheck keeps the modifier in the span), "One-fourth" said to be no range;
//! - ordinal (91%, above the target): "current" as an ordinal ("the current government" qualifies more
//!   often than it numbers) and ordinals inside fractions ("forty two and a third");
//! - percent (85%): the three cases left are a bare "percent", "%" or "percentage"
//!   without a number, whose expected value is null and cannot be scored: 17 of the 17
//!   scorable cases pass;
//! - date (75%) and daterange (67%): fiscal and school years, spelled years
//!   ("nineteen seventy eight"), two-digit years and decades whose century is unknown
//!   ("12/12/30", "the 70s"), weeks counted within a month (`XXXX-07-W05`), numeric
//!   month-day without a year ("4-22", "5.12": in news a score or a decimal as often),
//!   dates inside file names and addresses, and chat forms ("tmrw" is read; "otd",
//!   "w/c", "eoy" are not). Holidays of lunar calendars (Eid) are not read. A holiday
//!   or a date without a year takes the year news points to (up to three months
//!   ahead, nine back), where Recognizers takes the next one ("three months after
//!   Easter" said in November 2016 is after Easter 2016, "for 1 week, from 20th dec"
//!   in May is last December). "N years since 2011" is a length in news, not a date;
//!   "in 3 days on Friday" is left out ("the biggest fall in four months on Tuesday"
//!   is a length and a date); a weekday after an offset is the one of its Sunday-to-
//!   Saturday week ("two months from today on Tuesday" is then before, not after, the
//!   day reckoned); "in a fortnight's time" keeps "time" in its span; fractional
//!   offsets ("two and half days later") are not reckoned. A day told relative to the
//!   story ("two days later", "the day before", "the next day") is reckoned from the
//!   last date the same text gave before it, else from the publication date. A bound word before a date is folded into
//!   its span and bounds ("before 2015", "since late July", "no later than March 3"),
//!   and "now" ends a range ("between Jan 22 and now"). "last Wednesday" is the most
//!   recent Wednesday, where Recognizers takes the Wednesday of last week; "the
//!   weekend" is the last one.
//! - A count with a unit of measure glued to it ("180ml", "29km") is a dimension and is
//!   kept out of the number and `number_range` families, as Recognizers keeps
//!   dimensions out of its number models.
//!
//! Run with `CROSSCHECK_SHARED=/work/shared cargo test figures_public -- --nocapture`.

use std::path::PathBuf;

use crosscheck::Span;
use crosscheck::extract::figures::{Context, Quantity, QuantityKind, Value, find};
use serde_json::Value as Json;

fn shared() -> Option<PathBuf> {
    let base = std::env::var_os("CROSSCHECK_SHARED")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"), PathBuf::from);
    base.join("figures").is_dir().then_some(base)
}

fn cases(name: &str) -> Option<Vec<Json>> {
    let Some(base) = shared() else {
        println!("skipped: ../shared/figures is absent (set CROSSCHECK_SHARED)");
        return None;
    };
    let text = std::fs::read_to_string(base.join("figures").join(name)).ok()?;
    Some(text.lines().filter_map(|line| serde_json::from_str(line).ok()).collect())
}

/// Converts a character offset into a byte offset of `text`.
fn byte_offset(text: &str, chars: usize) -> usize {
    text.char_indices().nth(chars).map_or(text.len(), |(byte, _)| byte)
}

fn context(case: &Json) -> Context {
    let published = case["reference_datetime"]
        .as_str()
        .and_then(|s| s.get(..10))
        .and_then(|s| s.parse::<jiff::civil::Date>().ok());
    Context { published }
}

fn number_of(value: &Value) -> Option<f64> {
    match value {
        Value::Number(number) => Some(*number),
        Value::Duration(duration) => Some(duration.amount),
        _ => None,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn timex(value: &Value) -> Option<String> {
    match value {
        Value::Date(date) => {
            let mut date = *date;
            if date.year_inferred {
                date.year = None;
            }
            Some(date.to_string())
        }
        Value::Number(year) => Some(format!("{year}")),
        Value::Duration(duration) => Some(duration.to_string()),
        _ => None,
    }
}

/// The TIMEX forms a date figure may take in Recognizers' notation: the date itself;
/// for a range `(start,end,…)` with the end exclusive, months and years written as
/// their first day; an ISO week (`2016-W45`) for a Monday-to-Sunday range and its
/// weekend (`2016-W45-WE`) for a Saturday-Sunday one.
fn range_timexes(quantity: &Quantity) -> Vec<String> {
    let mut out: Vec<String> = timex(&quantity.value).into_iter().collect();
    let first_day = |value: &Value| -> Option<String> {
        match value {
            Value::Number(year) => Some(format!("{year}-01-01")),
            Value::Date(date) => {
                let mut date = *date;
                if date.year_inferred {
                    date.year = None;
                }
                let text = date.to_string();
                Some(match (date.month, date.day) {
                    (None, _) => format!("{text}-01-01"),
                    (Some(_), None) => format!("{text}-01"),
                    _ => text,
                })
            }
            _ => None,
        }
    };
    // A weekday resolved against the reference date is one resolution of Recognizers'
    // unresolved `XXXX-WXX-5` ("Friday"): the weekday must agree.
    if let Value::Date(date) = quantity.value
        && quantity.relative
        && !quantity.range
        && let (Some(year), Some(month), Some(day)) = (date.year, date.month, date.day)
        && let Ok(day) = jiff::civil::Date::new(
            year,
            i8::try_from(month).unwrap_or(1),
            i8::try_from(day).unwrap_or(1),
        )
    {
        out.push(format!("XXXX-WXX-{}", day.weekday().to_monday_one_offset()));
    }
    if !quantity.range {
        return out;
    }
    let (Some(low), Some(high)) = (quantity.low.as_ref(), quantity.high.as_ref()) else {
        return out;
    };
    if let (Value::Date(low_date), Value::Date(high_date)) = (low, high)
        && let (Some(year), Some(month), Some(day)) = (low_date.year, low_date.month, low_date.day)
        && let Ok(start) = jiff::civil::Date::new(
            year,
            i8::try_from(month).unwrap_or(1),
            i8::try_from(day).unwrap_or(1),
        )
    {
        let week = start.iso_week_date();
        let length = high_date.day.map_or(0, i32::from) - i32::from(day);
        let tag = format!("{:04}-W{:02}", week.year(), week.week());
        if start.weekday() == jiff::civil::Weekday::Monday && (length == 6 || length < 0) {
            out.push(tag);
        } else if start.weekday() == jiff::civil::Weekday::Saturday {
            out.push(format!("{tag}-WE"));
        }
    }
    if let (Some(low_day), Some(high_day)) = (first_day(low), first_day(high)) {
        out.push(format!("({low_day},{high_day}"));
        // Recognizers also ends a range on the day after it (exclusive end): "the next
        // 3 days" from 2016-11-07 is `(2016-11-08,2016-11-11`, "Q3" ends on 10-01.
        // A range without a year ("Q3") is reckoned in a leap year and written `XXXX`.
        if let Value::Date(high_date) = high
            && let Some(month) = high_date.month
            && let year = high_date.year.unwrap_or(2000)
            && let Ok(first) = jiff::civil::Date::new(
                year,
                i8::try_from(month).unwrap_or(1),
                i8::try_from(high_date.day.unwrap_or(1)).unwrap_or(1),
            )
        {
            let after = if high_date.day.is_some() {
                first.tomorrow().ok()
            } else {
                first.checked_add(jiff::Span::new().months(1)).ok()
            };
            if let Some(after) = after {
                let mut after = crosscheck::extract::figures::DateValue::from(after);
                if high_date.year_inferred || high_date.year.is_none() {
                    after.year = None;
                }
                out.push(format!("({low_day},{after}"));
            }
        }
    }
    // Year ranges: Recognizers ends them at the first day of the last year ("2014-2018")
    // or of the year after ("the 1990s").
    if let (Value::Number(low), Value::Number(high)) = (low, high) {
        out.push(format!("({low}-01-01,{}-01-01", high + 1.0));
    }
    out.into_iter().collect()
}

fn value_matches(category: &str, quantity: &Quantity, expected: &Json) -> bool {
    let Some(wanted) = expected["value"]
        .as_str()
        .map(str::to_owned)
        .or_else(|| expected["value"].as_f64().map(|v| v.to_string()))
    else {
        // Extractor cases give spans only.
        return expected["value"].is_null()
            && !matches!(category, "number" | "ordinal" | "percent" | "number_range");
    };
    // Recognizers writes a season without a year as `SU`; TIMEX3 and crosscheck as
    // `XXXX-SU`.
    let wanted = if matches!(wanted.as_str(), "SP" | "SU" | "FA" | "WI") {
        format!("XXXX-{wanted}")
    } else {
        wanted
    };
    match category {
        // Relative ordinals: "end-1" is the anchor and the offset.
        "ordinal" if wanted.starts_with("end") || wanted.starts_with("current") => {
            let split = wanted.find(['+', '-']).unwrap_or(wanted.len());
            let (anchor, offset) = wanted.split_at(split);
            quantity.relative
                && quantity.unit.as_deref() == Some(anchor)
                && offset.parse::<f64>().is_ok_and(|offset| {
                    number_of(&quantity.value).is_some_and(|value| close(value, offset))
                })
        }
        "number" | "ordinal" | "percent" => {
            let wanted = wanted.trim_end_matches('%');
            let Ok(wanted) = wanted.parse::<f64>() else { return false };
            number_of(&quantity.value).is_some_and(|value| close(value, wanted))
        }
        "number_range" => {
            let inner = wanted.trim_matches(|c| matches!(c, '(' | ')' | '[' | ']'));
            let mut ends = inner.split(',');
            let low = ends.next().and_then(|s| s.parse::<f64>().ok());
            let high = ends.next().and_then(|s| s.parse::<f64>().ok());
            let same = |found: Option<&Value>, wanted: Option<f64>| match (
                found.and_then(number_of),
                wanted,
            ) {
                (None, None) => true,
                (Some(a), Some(b)) => close(a, b),
                _ => false,
            };
            same(quantity.low.as_ref(), low) && same(quantity.high.as_ref(), high)
        }
        "date" | "daterange" => range_timexes(quantity).iter().any(|found| {
            found == &wanted || (found.starts_with('(') && wanted.starts_with(found.as_str()))
        }),
        "duration" => timex(&quantity.value).is_some_and(|found| found == wanted),
        _ => false,
    }
}

fn family(category: &str, quantity: &Quantity) -> bool {
    let kind = quantity.kind;
    // A relative ordinal ("next", "last") has no number: Recognizers' number models
    // never return one.
    if kind == QuantityKind::Ordinal && quantity.relative && category != "ordinal" {
        return false;
    }
    match category {
        "date" | "daterange" | "none" => {
            matches!(kind, QuantityKind::Date | QuantityKind::Year | QuantityKind::Duration)
        }
        "duration" => kind == QuantityKind::Duration,
        "ordinal" => kind == QuantityKind::Ordinal,
        "percent" => kind == QuantityKind::Percent,
        // A count with a unit of measure ("180ml", "29km") is a dimension, which
        // Recognizers keeps out of its number models.
        _ => {
            let measured = kind == QuantityKind::Count && quantity.unit.is_some();
            !matches!(kind, QuantityKind::Date | QuantityKind::Duration) && !measured
        }
    }
}

fn passes(case: &Json) -> bool {
    let text = case["text"].as_str().unwrap_or_default();
    let category = case["category"].as_str().unwrap_or_default();
    let found = find(text, Span::new(0, text.len()), &context(case));
    let found: Vec<&Quantity> = found.iter().filter(|q| family(category, q)).collect();
    let expected = case["expected"].as_array().cloned().unwrap_or_default();
    if expected.is_empty() || category == "none" {
        return found.is_empty();
    }
    expected.iter().all(|entity| {
        let start =
            byte_offset(text, entity["start"].as_u64().unwrap_or(0).try_into().unwrap_or(0));
        let end = byte_offset(text, entity["end"].as_u64().unwrap_or(0).try_into().unwrap_or(0));
        let wanted = Span::new(start, end);
        // A leading article carries no value: "the 1970s" is found as "1970s".
        let without_article = text
            .get(start..end)
            .filter(|s| s.len() > 4 && s.get(..4).is_some_and(|a| a.eq_ignore_ascii_case("the ")))
            .map(|_| Span::new(start + 4, end));
        let with_article = start
            .checked_sub(4)
            .filter(|&at| text.get(at..start).is_some_and(|a| a.eq_ignore_ascii_case("the ")))
            .map(|at| Span::new(at, end));
        found.iter().any(|q| {
            (q.span == wanted
                || q.number == wanted
                || Some(q.span) == without_article
                || Some(q.span) == with_article)
                && value_matches(category, q, entity)
        })
    })
}

#[test]
fn recognizers_text_english() {
    let Some(cases) = cases("recognizers_en.jsonl") else { return };
    // The floors reached (percent of cases), asserted so they cannot slip back.
    // FIXME: below the 90% target except ordinal, duration and none; the module docs say
    // which phenomena are out of scope for news.
    let floors = [
        ("number", 86.0),
        ("number_range", 81.5),
        ("ordinal", 90.5),
        ("percent", 85.0),
        ("date", 74.8),
        ("daterange", 66.9),
        ("duration", 90.0),
        ("none", 100.0),
    ];
    let verbose = std::env::var_os("FIGURES_VERBOSE").is_some();
    for (category, floor) in floors {
        let of_category: Vec<&Json> = cases.iter().filter(|c| c["category"] == category).collect();
        let passed = of_category
            .iter()
            .filter(|case| {
                let ok = passes(case);
                if !ok && verbose {
                    let text = case["text"].as_str().unwrap_or_default();
                    let found = find(text, Span::new(0, text.len()), &context(case));
                    let shown: Vec<_> = found.iter().map(|q| (&text[q.span], q.value)).collect();
                    println!(
                        "FAIL {category} {}: {text:?} expected {} found {shown:?}",
                        case["id"].as_str().unwrap_or_default(),
                        case["expected"]
                    );
                }
                ok
            })
            .count();
        #[expect(clippy::cast_precision_loss, reason = "case counts are small")]
        let percent = 100.0 * passed as f64 / of_category.len().max(1) as f64;
        println!(
            "recognizers {category:>12}: {passed:>4}/{:<4} = {percent:5.1}%",
            of_category.len()
        );
        assert!(percent >= floor, "{category}: {percent:.1}% is below the floor {floor}%");
    }
}

#[test]
fn quantulum3_english() {
    let Some(cases) = cases("quantulum3_en.jsonl") else { return };
    let (mut found_values, mut total) = (0_usize, 0_usize);
    let verbose = std::env::var_os("FIGURES_VERBOSE").is_some();
    for case in &cases {
        let text = case["text"].as_str().unwrap_or_default();
        let found = find(text, Span::new(0, text.len()), &Context::default());
        for entity in case["expected"].as_array().into_iter().flatten() {
            let Some(wanted) = entity["value"].as_f64() else { continue };
            total += 1;
            let start =
                byte_offset(text, entity["start"].as_u64().unwrap_or(0).try_into().unwrap_or(0));
            let end =
                byte_offset(text, entity["end"].as_u64().unwrap_or(0).try_into().unwrap_or(0));
            let expected_span = Span::new(start, end);
            // A value is found when a figure inside the expected text carries it.
            // quantulum3 averages a range ("3 to 4 L" is 3.5); crosscheck keeps the
            // range, so its midpoint counts as the value.
            let hit = found.iter().any(|q| {
                let midpoint =
                    match (q.low.as_ref().and_then(number_of), q.high.as_ref().and_then(number_of))
                    {
                        (Some(low), Some(high)) if q.range => Some(f64::midpoint(low, high)),
                        _ => None,
                    };
                // quantulum3 splits "21 years and 6 months" in two; crosscheck keeps
                // one duration whose parts carry both values.
                let parts = match q.value {
                    Value::Duration(duration) => duration.parts.unwrap_or_default(),
                    _ => [0.0; 7],
                };
                q.number.overlaps(expected_span)
                    && (number_of(&q.value).is_some_and(|value| close(value, wanted))
                        || midpoint.is_some_and(|value| close(value, wanted))
                        || parts.iter().any(|part| *part != 0.0 && close(f64::from(*part), wanted)))
            });
            if hit {
                found_values += 1;
            } else if verbose {
                println!("MISS quantulum3: {text:?} wanted {wanted} at {:?}", &text[expected_span]);
            }
        }
    }
    #[expect(clippy::cast_precision_loss, reason = "case counts are small")]
    let percent = 100.0 * found_values as f64 / total.max(1) as f64;
    println!("quantulum3 values found: {found_values}/{total} = {percent:.1}%");
    // FIXME: below the 90% target (hyphenated unit ranges such as "8- to 16-meter",
    // arithmetic notation, "a penny" as one).
    assert!(percent >= 90.5, "quantulum3: {percent:.1}% is below the floor");
}
