//! Figures: counts, bounds, ordinals, dates, durations, percentages, money and years.
//!
//! [`find`] cuts the sentence into tokens once (`token`), then walks them left to
//! right, trying at each token the recognizers in turn: dates and years
//! (`date`), money with the currency first, ordinals, then a number with its
//! modifier or range (`number`) that the words after it make a percentage,
//! money, a duration (`duration`) or a count. Each recognizer looks a bounded
//! number of tokens ahead, so the scan is linear. A day told relative to the story
//! ("two days later", "the day before") is then moved onto the last date found
//! before it in the same text, else left on the publication date. A second pass (`counted`)
//! attaches to each figure the noun phrase it counts and the event it is tied to.

mod counted;
mod date;
mod duration;
mod gates;
mod mention;
mod money;
mod number;
mod ordinal;
mod token;

use std::collections::HashMap;
use std::fmt;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

pub use crate::lexicon::units::TimeUnit;
use crate::span::Span;

/// What kind of figure a [`Quantity`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum QuantityKind {
    /// A number of things: "23 soldiers", "dozens".
    Count,
    /// A position in a series: "third round".
    Ordinal,
    /// A calendar date: "October 17".
    Date,
    /// A length of time: "48-hour", "three days".
    Duration,
    /// A percentage: "40%".
    Percent,
    /// An amount of money: "$5 million".
    Money,
    /// A year: "in 2021".
    Year,
}

/// A calendar date, possibly without a year: a TIMEX3 value such as `2025-10-17` or `XXXX-10-17`.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct DateValue {
    /// The year, if the text gives it or it was inferred.
    pub year: Option<i16>,
    /// The month, 1 to 12.
    pub month: Option<u8>,
    /// The day of the month.
    pub day: Option<u8>,
    /// Whether the year was inferred from the publication date rather than written.
    pub year_inferred: bool,
    /// A season instead of a month: "this summer" is `2025-SU`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub season: Option<Season>,
    /// Whether the century was not written and the text leaves it open: "the 70s",
    /// "12/12/30". The year holds the likelier one (1970, 2030); TIMEX3 writes such a
    /// year `XX70`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub century_inferred: bool,
}

/// A season of the year, with its TIMEX3 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Season {
    /// Spring (`SP`), March to May in the northern hemisphere.
    Spring,
    /// Summer (`SU`), June to August.
    Summer,
    /// Fall or autumn (`FA`), September to November.
    Fall,
    /// Winter (`WI`), December to February.
    Winter,
}

impl Season {
    /// The TIMEX3 code: `SP`, `SU`, `FA`, `WI`.
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(year) => write!(f, "{year:04}")?,
            None => f.write_str("XXXX")?,
        }
        if let Some(season) = self.season {
            return write!(f, "-{}", season.code());
        }
        match (self.month, self.day) {
            (Some(month), Some(day)) => write!(f, "-{month:02}-{day:02}")?,
            (Some(month), None) => write!(f, "-{month:02}")?,
            // "on the 27th": a day of an unknown month.
            (None, Some(day)) => write!(f, "-XX-{day:02}")?,
            (None, None) => {}
        }
        Ok(())
    }
}

impl From<Date> for DateValue {
    fn from(date: Date) -> DateValue {
        DateValue {
            year: Some(date.year()),
            month: u8::try_from(date.month()).ok(),
            day: u8::try_from(date.day()).ok(),
            year_inferred: false,
            season: None,
            century_inferred: false,
        }
    }
}

/// A length of time: an amount of a unit, written as ISO 8601 (`P3D`, `PT48H`, `P2W`).
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Serialize, Deserialize)]
pub struct DurationValue {
    /// How many units; for a duration of several units, the whole length in the
    /// smallest unit written ("1 hour and 30 minutes" is 90 minutes).
    pub amount: f64,
    /// Which unit.
    pub unit: TimeUnit,
    /// For a duration written in several units ("1 year 1 month 21 days"), the amount
    /// of each unit, in the order years, months, weeks, days, hours, minutes, seconds
    /// ([`DurationValue::PART_UNITS`]); `None` for a duration of one unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parts: Option<[f32; 7]>,
}

impl DurationValue {
    /// The units of [`DurationValue::parts`], largest first.
    pub const PART_UNITS: [TimeUnit; 7] = [
        TimeUnit::Year,
        TimeUnit::Month,
        TimeUnit::Week,
        TimeUnit::Day,
        TimeUnit::Hour,
        TimeUnit::Minute,
        TimeUnit::Second,
    ];

    /// A duration of one unit.
    pub fn new(amount: f64, unit: TimeUnit) -> DurationValue {
        DurationValue { amount, unit, parts: None }
    }

    /// The length in seconds, for comparing durations written in different units.
    pub fn seconds(&self) -> f64 {
        self.amount * self.unit.seconds()
    }
}

impl fmt::Display for DurationValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(parts) = self.parts {
            // ISO 8601 order: date units, then `T` and the time units.
            f.write_str("P")?;
            let mut time = false;
            for (amount, unit) in parts.iter().zip(DurationValue::PART_UNITS) {
                if *amount == 0.0 {
                    continue;
                }
                let (is_time, designator, _) = unit.designator();
                if is_time && !time {
                    f.write_str("T")?;
                    time = true;
                }
                write!(f, "{amount}{designator}")?;
            }
            return Ok(());
        }
        let (time, designator, second) = self.unit.designator();
        write!(f, "P{}{}{designator}", if time { "T" } else { "" }, self.amount)?;
        second.map_or(Ok(()), |letter| write!(f, "{letter}"))
    }
}

/// The value of a figure: a number, a date or a duration.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[non_exhaustive]
pub enum Value {
    /// A number (counts, ordinals, percentages, money, years).
    Number(f64),
    /// A calendar date.
    Date(DateValue),
    /// A length of time.
    Duration(DurationValue),
}

impl Serialize for Value {
    /// Numbers as JSON numbers (integers without a fraction), dates as TIMEX3 strings,
    /// durations as ISO 8601 strings, as the JSON contract says.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            #[expect(
                clippy::cast_possible_truncation,
                reason = "only whole numbers well inside i64 take this branch"
            )]
            Value::Number(number) if number.fract() == 0.0 && number.abs() < 9e15 => {
                serializer.serialize_i64(*number as i64)
            }
            Value::Number(number) => serializer.serialize_f64(*number),
            Value::Date(date) => serializer.collect_str(date),
            Value::Duration(duration) => serializer.collect_str(duration),
        }
    }
}

/// The noun phrase a figure counts: "23 soldiers" → soldier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counted {
    /// Where the noun phrase is.
    pub span: Span,
    /// The head noun's lemma, lowercase singular: "soldier".
    pub lemma: String,
    /// The lowercase noun phrase without proper names, head lemmatized: "suicide bomber"
    /// for "four suicide bombers", "soldier" for "23 Pakistani soldiers".
    pub phrase: String,
}

/// The event a figure is tied to: "23 soldiers were killed" → killed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Where the word naming the event is.
    pub span: Span,
    /// The canonical event: `killed`, `injured`, `arrested`, ...
    pub canonical: String,
}

/// A figure found in a sentence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Quantity {
    /// What kind of figure it is.
    pub kind: QuantityKind,
    /// Where the figure is, with its modifier and unit ("over 200", "$5 million",
    /// "48-hour"); the noun it counts is in [`Counted::span`].
    pub span: Span,
    /// Where the number itself is, without modifier or unit ("200" in "over 200").
    pub number: Span,
    /// The normalized value.
    pub value: Value,
    /// The least value the wording allows, if bounded.
    pub low: Option<Value>,
    /// The greatest value the wording allows, if bounded.
    pub high: Option<Value>,
    /// Whether the wording is approximate ("about", "dozens").
    pub approximate: bool,
    /// The unit, where there is one: a currency code, `percent`, ...; for a relative
    /// ordinal, what it counts from: `end` ("last", "penultimate") or `current`
    /// ("next", "previous").
    pub unit: Option<String>,
    /// What the figure counts, measures or numbers.
    pub counted: Option<Counted>,
    /// The event the figure is tied to.
    pub event: Option<Event>,
    /// Whether the figure is a range ("18-19", "two to four"): `low` and `high` are its ends.
    pub range: bool,
    /// Whether the figure was resolved against the publication date ("yesterday"),
    /// or, for an ordinal, counts from its [`Quantity::unit`] rather than from the
    /// start: "the last round" is offset 0 from the end, "the next round" offset 1
    /// from the current one.
    pub relative: bool,
    /// For an ordinal, the series it numbers: "talks" in "third round of talks".
    pub series: Option<Counted>,
    /// The figure this one is a part of: "four" in "25 militants, including four
    /// suicide bombers" points at "25".
    pub part_of: Option<Span>,
}

/// A measure a sentence names without giving its figure: the "percentage" of
/// "a small percentage of voters", the "%" of "the % of increase". It carries no
/// value, so it never becomes a claim; see [`unstated`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Mention {
    /// What is named; [`QuantityKind::Percent`], the only kind read so far.
    pub kind: QuantityKind,
    /// The naming words' span in the document ("per cent" is one mention).
    pub span: Span,
}

/// Finds the percentages `text[sentence]` names without a figure, outside the
/// spans of `found`, the figures [`find`] gave for the same sentence.
///
/// A percent word is unstated when it stands apart (white space or sentence
/// punctuation around it, so not a piece of a URL such as `?q=30%25`) and is no
/// part of a figure ("12 percent", "percent of 10" are figures). "pc" alone is a
/// personal computer, not a percentage.
///
/// ```
/// use crosscheck::extract::figures::{find, unstated, Context, QuantityKind};
/// use crosscheck::Span;
/// let text = "A small percentage of the 40% who voted were under 30.";
/// let sentence = Span::new(0, text.len());
/// let found = find(text, sentence, &Context::default());
/// let named = unstated(text, sentence, &found);
/// assert_eq!(named.len(), 1);
/// assert_eq!(named[0].kind, QuantityKind::Percent);
/// assert_eq!(&text[named[0].span], "percentage");
/// ```
pub fn unstated(text: &str, sentence: Span, found: &[Quantity]) -> Vec<Mention> {
    mention::unstated(text, sentence, found)
}

/// What figure extraction needs to know beyond the sentence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// The publication date, against which relative dates are resolved.
    pub published: Option<Date>,
}

/// Finds every figure in `text[sentence]`; spans are into `text`.
///
/// ```
/// use crosscheck::extract::figures::{find, Context, QuantityKind};
/// use crosscheck::Span;
/// let text = "Pakistan retaliated, neutralizing over 200 militants but losing 23 soldiers.";
/// let found = find(text, Span::new(0, text.len()), &Context::default());
/// assert_eq!(found.len(), 2);
/// assert_eq!(found[1].kind, QuantityKind::Count);
/// assert_eq!(&text[found[1].span], "23");
/// assert_eq!(found[1].counted.as_ref().map(|c| c.lemma.as_str()), Some("soldier"));
/// assert_eq!(found[1].event.as_ref().map(|e| e.canonical.as_str()), Some("killed"));
/// ```
pub fn find(text: &str, sentence: Span, context: &Context) -> Vec<Quantity> {
    let Some(slice) = text.get(sentence.range()) else { return Vec::new() };
    let tokens = token::tokens(slice, sentence.start);
    let mut found = Vec::new();
    // One class per token, so that each word is looked up once, not by every recognizer.
    let classes: Vec<Opens> = tokens.iter().map(opens).collect();
    let mut i = 0;
    while i < tokens.len() {
        let worth_trying = match classes.get(i) {
            Some(Opens::Never) | None => false,
            Some(Opens::Alone) => true,
            // "the weekend", "a dozen", "in 2015", "at least": a function word opens a
            // figure only with a number or a figure word right after it.
            Some(Opens::Before) => classes
                .get(i + 1..classes.len().min(i + 1 + Opens::REACH))
                .is_some_and(|next| next.contains(&Opens::Alone)),
        };
        if !worth_trying {
            i += 1;
            continue;
        }
        match recognize(&tokens, i, context.published) {
            Recognized::Figure(figure) => {
                i = figure.end.max(i + 1);
                found.push(figure);
            }
            Recognized::Skip(end) => i = end.max(i + 1),
        }
    }
    let found = date::join_ranges(&tokens, found);
    let found = date::fold_bounds(&tokens, found, context.published);
    let found = date::anchor_to_story(&tokens, found);
    counted::attach(&tokens, &found)
}

/// Whether a figure can start at a token, judged from the token alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Opens {
    /// No figure starts here: a word of no figure table, a comma, a quote mark.
    Never,
    /// A figure may start here: a number, a figure word, a currency sign.
    Alone,
    /// A function word ("the", "a", "in") that opens a figure only when an
    /// [`Opens::Alone`] token follows within [`Opens::REACH`] tokens.
    Before,
}

impl Opens {
    /// The more permissive of two classes.
    fn max_alone(self, other: Opens) -> Opens {
        match (self, other) {
            (Opens::Alone, _) | (_, Opens::Alone) => Opens::Alone,
            (Opens::Before, _) | (_, Opens::Before) => Opens::Before,
            _ => Opens::Never,
        }
    }

    /// How far after a function word the figure word must come: "the day before
    /// yesterday" has it at once ("day"), "in the first quarter" two tokens on.
    const REACH: usize = 4;
}

/// The class of a token for [`find`]'s first test.
fn opens(token: &token::Token<'_>) -> Opens {
    match token.kind {
        token::Kind::Word => word_class(token.text),
        // Sentence punctuation and brackets start nothing; a full stop starts a
        // decimal (".22 calibre").
        token::Kind::Punct if token.is_punct(",;:!?\"“”()[]{}") => Opens::Never,
        token::Kind::Punct if token.is_punct(".") => Opens::Before,
        // A sign or an apostrophe opens a figure only before one: "-5", "'90s".
        token::Kind::Punct if token.is_punct("-+−–—'‘’") => Opens::Before,
        // Numbers, codes ("3rd", "Q3"), signs and currency symbols.
        token::Kind::Number | token::Kind::Mixed | token::Kind::Punct => Opens::Alone,
    }
}

/// The class of a word: [`Opens::Alone`] for a word of one of the tables the
/// recognizers read at their first token, [`Opens::Before`] for a function word they
/// name (`numbers::FIGURE_WORDS`, `grammar::STOP_WORDS`) and for the first word of a
/// phrase that only leads to a figure (a modifier, "at least 20"; a period opener that
/// is a function word, "the rest of the week"), [`Opens::Never`] for any other. One hash
/// lookup instead of the recognizers' dozens of comparisons; words the table cannot
/// judge cheaply (non-ASCII, long) are let through.
fn word_class(word: &str) -> Opens {
    use crate::lexicon::{calendar, grammar, numbers, units};
    const LONGEST: usize = 24;
    static CLASSES: OnceLock<HashMap<&'static [u8], Opens, BuildHasherDefault<super::Fnv>>> =
        OnceLock::new();
    let classes = CLASSES.get_or_init(|| {
        let mut map = HashMap::default();
        for word in numbers::FIGURE_WORDS {
            let class = if grammar::is_stop_word(word) { Opens::Before } else { Opens::Alone };
            map.insert(word.as_bytes(), class);
        }
        let tables = [
            numbers::CARDINALS.iter().map(|entry| entry.0).collect::<Vec<_>>(),
            numbers::SCALES.iter().map(|entry| entry.0).collect(),
            numbers::SUFFIXES.iter().map(|entry| entry.0).collect(),
            numbers::ORDINALS.iter().map(|entry| entry.0).collect(),
            numbers::FRACTIONS.iter().map(|entry| entry.0).collect(),
            numbers::VAGUE.iter().map(|entry| entry.0).collect(),
            numbers::RELATIVE_ORDINALS.iter().map(|entry| entry.0).collect(),
            calendar::MONTHS.iter().map(|entry| entry.0).collect(),
            calendar::WEEKDAYS.iter().map(|entry| entry.0).collect(),
            calendar::SEASONS.iter().map(|entry| entry.0).collect(),
            calendar::DECADES.iter().map(|entry| entry.0).collect(),
            units::CURRENCY_SYMBOLS.iter().map(|entry| entry.0).collect(),
            units::CURRENCY_CODES.iter().map(|entry| entry.0).collect(),
            units::CURRENCY_WORDS.iter().map(|entry| entry.0).collect(),
            units::TIME_UNITS.iter().map(|entry| entry.0).collect(),
        ];
        for word in tables.into_iter().flatten() {
            map.insert(word.as_bytes(), Opens::Alone);
        }
        // Words that only lead to a figure: a modifier ("about", "at least", "up to")
        // is followed by its number, a period opener that is a function word ("the",
        // "within") by the period's word. Neither makes its word `Alone` by itself.
        let mut leading = |word: &'static str, class: Opens| {
            map.entry(word.as_bytes()).and_modify(|c| *c = (*c).max_alone(class)).or_insert(class);
        };
        for word in numbers::MODIFIERS.iter().filter_map(|entry| entry.0.split(' ').next()) {
            leading(word, Opens::Before);
        }
        for word in calendar::PERIOD_OPENERS {
            let class = if grammar::is_stop_word(word) { Opens::Before } else { Opens::Alone };
            leading(word, class);
        }
        // Holidays: "Christmas" alone, "Labor" before "Day".
        for (name, _) in crate::lexicon::holidays::HOLIDAYS {
            let (first, alone) = name.split_once(' ').map_or((*name, true), |(w, _)| (w, false));
            leading(first, if alone { Opens::Alone } else { Opens::Before });
        }
        map
    });
    // A possessive or a contraction is judged by its stem: "year's" as "year", "it's"
    // as "it"; a leading apostrophe ("'90s") is let through.
    let bytes = word.as_bytes();
    let bytes = match bytes.iter().position(|byte| *byte == b'\'') {
        Some(0) => return Opens::Alone,
        Some(apostrophe) => bytes.get(..apostrophe).unwrap_or_default(),
        None => bytes,
    };
    if bytes.len() > LONGEST || !bytes.is_ascii() {
        return Opens::Alone;
    }
    let mut folded = [0u8; LONGEST];
    let Some(target) = folded.get_mut(..bytes.len()) else { return Opens::Alone };
    for (to, from) in target.iter_mut().zip(bytes) {
        *to = from.to_ascii_lowercase();
    }
    let class = |key: &[u8]| classes.get(key);
    // Plurals ("thirds" are denominators) take their singular's class.
    match class(target) {
        Some(found) => *found,
        None => target.strip_suffix(b"s").and_then(class).copied().unwrap_or(Opens::Never),
    }
}

/// A figure found by one of the recognizers, in token indices.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    kind: QuantityKind,
    start: usize,
    end: usize,
    /// The tokens of the number itself.
    number: (usize, usize),
    value: Value,
    low: Option<Value>,
    high: Option<Value>,
    approximate: bool,
    range: bool,
    relative: bool,
    unit: Option<&'static str>,
}

impl Found {
    /// A figure of one exact value, not relative: its bounds are the value.
    fn exact(
        kind: QuantityKind,
        (start, end): (usize, usize),
        number: (usize, usize),
        value: Value,
        unit: Option<&'static str>,
    ) -> Found {
        Found {
            kind,
            start,
            end,
            number,
            value,
            low: Some(value),
            high: Some(value),
            approximate: false,
            range: false,
            relative: false,
            unit,
        }
    }
}

enum Recognized {
    Figure(Found),
    /// Nothing here; go on at this token.
    Skip(usize),
}

#[expect(
    clippy::too_many_lines,
    reason = "the recognizers in their order of precedence, each one call"
)]
fn recognize(tokens: &[token::Token<'_>], i: usize, published: Option<Date>) -> Recognized {
    use token::Kind;
    let Some(current) = tokens.get(i) else { return Recognized::Skip(i + 1) };
    // A web address: nothing in it is a figure ("?q=30%25").
    if current.is("http") || current.is("https") || current.is("www") {
        let mut end = i + 1;
        // Up to a full date glued into it ("archive-2018-09-23-page-01"), read next.
        while tokens.get(end).is_some_and(|t| !t.gap) && date::embedded(tokens, end).is_none() {
            end += 1;
        }
        return Recognized::Skip(end);
    }
    if let Some(end) = gates::before(tokens, i) {
        return Recognized::Skip(end);
    }
    if let Some(found) =
        money::percent_first(tokens, i).or_else(|| money::fraction_of_point(tokens, i))
    {
        return Recognized::Figure(found);
    }
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
    if current.kind == Kind::Number {
        // Identifiers: "F-16", "COVID-19", "SCP-173", "+1-222-2222".
        let glued_to_name = previous.is_some_and(|p| p.is_punct("-+") && !current.gap)
            && i.checked_sub(2)
                .and_then(|k| tokens.get(k))
                .is_none_or(|pp| pp.kind != Kind::Punct && !previous.is_some_and(|p| p.gap));
        if glued_to_name
            && previous.is_some_and(|p| p.is_punct("-+"))
            && i >= 2
            && date::embedded(tokens, i).is_none()
        {
            return Recognized::Skip(skip_chain(tokens, i));
        }
        // A chain of numbers glued by hyphens or slashes that is not a date: a phone
        // number, a code.
        let mut chain = i;
        while tokens.get(chain + 1).is_some_and(|t| t.is_punct("-/") && !t.gap)
            && tokens.get(chain + 2).is_some_and(|t| t.kind == Kind::Number && !t.gap)
        {
            chain += 2;
        }
        // A date may go on after the chain: "5/1-5/7, 2020".
        if chain >= i + 4 && date::date(tokens, i, published).is_none_or(|d| d.end <= chain) {
            return Recognized::Skip(chain + 1);
        }
    }
    if let Some(found) = date::date(tokens, i, published) {
        return Recognized::Figure(found);
    }
    if let Some(found) = money::money_first(tokens, i) {
        return Recognized::Figure(found);
    }
    if let Some(found) = ordinal::ordinal(tokens, i) {
        return Recognized::Figure(found);
    }
    if let Some(found) = duration::bare(tokens, i) {
        // "36% higher than a year ago", "more than a week ago": the words from the
        // number on are a date, which the date reader takes at the number.
        if found.number.0 > found.start && tokens.get(found.end).is_some_and(|t| t.is("ago")) {
            return Recognized::Skip(found.number.0);
        }
        return Recognized::Figure(duration::compound(tokens, found));
    }
    if current.kind == Kind::Number
        && current.text.bytes().all(|b| b.is_ascii_digit())
        && i.checked_sub(2).and_then(|k| tokens.get(k)).is_none_or(|t| t.kind != Kind::Number)
        && previous.is_some_and(|p| {
            p.is_capitalized()
                && p.gap
                && !crate::lexicon::grammar::is_stop_word(p.text)
                && crate::lexicon::calendar::month(p.text).is_none()
                && crate::lexicon::calendar::weekday(p.text).is_none()
        })
        && (i >= 2 || sentence_opening_name(tokens, i))
    {
        // "Article 370", "Boeing 737": part of a name.
        return Recognized::Skip(i + 1);
    }
    // "§ 1201", "¶ 12": a section is named, not counted.
    if current.kind == Kind::Number && previous.is_some_and(|p| p.is_punct("§¶")) {
        return Recognized::Skip(i + 1);
    }
    let Some(figure) = number::figure(tokens, i, false) else {
        return measure(tokens, i).map_or(Recognized::Skip(i + 1), Recognized::Figure);
    };
    if let Some(end) = gates::after_number(tokens, &figure) {
        return Recognized::Skip(end);
    }
    if let Some(found) =
        money::percent(tokens, &figure).or_else(|| money::money_after(tokens, &figure))
    {
        return Recognized::Figure(found);
    }
    match duration::duration(tokens, &figure) {
        // "36% higher than a year ago", "more than a week ago": the words from the
        // number on are a date, which the date reader takes at the number.
        Some(duration::Timed::Duration(found))
            if figure.start != figure.num.start
                && tokens.get(found.end).is_some_and(|t| t.is("ago")) =>
        {
            return Recognized::Skip(figure.num.start);
        }
        Some(duration::Timed::Duration(found)) => {
            return Recognized::Figure(duration::compound(tokens, found));
        }
        Some(duration::Timed::Age(end)) => return Recognized::Skip(end),
        None => {}
    }
    // A lone "one" is a pronoun or a determiner more often than a count: "one of",
    // "the one", "one another", "no one".
    if figure.num.spelled
        && !figure.range
        && figure.start == figure.num.start
        && (figure.value - 1.0).abs() < f64::EPSILON
    {
        let next = tokens.get(figure.end);
        let determiner_before = previous.is_some_and(|p| {
            ["the", "this", "that", "which", "no", "any", "every", "each", "another", "any"]
                .iter()
                .any(|w| p.is(w))
        });
        if determiner_before
            || next.is_none_or(|n| n.is("of") || n.is("another") || n.kind == Kind::Punct)
        {
            return Recognized::Skip(figure.end);
        }
    }
    let low = figure.low.map(Value::Number);
    let high = figure.high.map(Value::Number);
    Recognized::Figure(Found {
        kind: QuantityKind::Count,
        start: figure.start,
        end: figure.end,
        number: (figure.num.start, figure.second.map_or(figure.num.end, |second| second.end)),
        value: Value::Number(figure.value),
        low,
        high,
        approximate: figure.approximate,
        range: figure.range,
        relative: false,
        unit: None,
    })
}

/// Whether the number at `i`, right after the sentence's first word, is part of a
/// name with it: "Windows 95 sold well", "Apollo 11 landed". A count there would
/// come before its noun ("Altogether 300 people", "Overall 40 firms"), and a
/// relative day ("Yesterday 5 people died") is no name. In a headline or a product
/// line every word is capitalized, so the capital tells nothing there.
fn sentence_opening_name(tokens: &[token::Token<'_>], i: usize) -> bool {
    let Some(first) = tokens.first() else { return false };
    i == 1
        && !gates::title_case(tokens)
        && !["today", "tonight", "tomorrow", "yesterday"].iter().any(|w| first.is(w))
        && !first.text.strip_suffix('y').is_some_and(|stem| stem.ends_with('l'))
        && tokens.get(i + 1).is_none_or(|next| {
            next.kind != token::Kind::Word
                || next.is_capitalized()
                || (crate::lexicon::grammar::is_stop_word(next.text)
                    && !crate::lexicon::grammar::is_irregular_plural(next.text))
                || crate::lexicon::grammar::looks_past(next.text)
        })
}

/// Digits glued to a unit: "10kg", "25lbs", "32K"; a known unit of measure ("180ml")
/// is kept as the figure's unit.
fn measure(tokens: &[token::Token<'_>], i: usize) -> Option<Found> {
    let token = tokens.get(i)?;
    if token.kind != token::Kind::Mixed || !token.text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let split = token.text.find(|c: char| c.is_alphabetic())?;
    let unit = token.text.get(split..)?;
    let mantissa = number::digits_value(token.text.get(..split)?)?;
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
    let negative = previous.is_some_and(|p| p.is_punct("-−") && !token.gap && (i == 1 || p.gap));
    let start = if negative { i - 1 } else { i };
    let sign = if negative { -1.0 } else { 1.0 };
    let mut end = i + 1;
    // Scientific notation: "4e14", "1.3e6", "9.83e-3", "12.32e+14".
    let exponent = if let Some(digits) = unit.strip_prefix(['e', 'E']).filter(|d| !d.is_empty()) {
        Some(digits.parse::<i32>().ok()?)
    } else if unit.eq_ignore_ascii_case("e")
        && let (Some(mark), Some(digits)) = (tokens.get(i + 1), tokens.get(i + 2))
        && mark.is_punct("+-−")
        && !mark.gap
        && !digits.gap
        && digits.kind == token::Kind::Number
    {
        end = i + 3;
        let power = digits.text.parse::<i32>().ok()?;
        Some(if mark.is_punct("+") { power } else { -power })
    } else {
        None
    };
    // "3G", "3GSM", "5G", "4WD": capitals glued to digits name a generation or a
    // product, unless they spell a known unit ("10KM", "-10C"); the gram is never a
    // capital G. A single other capital may be a unit or a multiplier ("573K", "32K").
    let capitals = unit.chars().all(|c| c.is_ascii_uppercase());
    if exponent.is_none()
        && capitals
        && (unit.as_bytes() == [b'G']
            || (unit.len() >= 2 && crate::lexicon::units::measure(unit).is_none()))
    {
        return None;
    }
    let value = match exponent {
        Some(power) => sign * mantissa * 10f64.powi(power),
        None if unit == "m" || unit.chars().any(|c| c.is_ascii_digit()) => return None,
        None => sign * mantissa,
    };
    // "180ml": a measurement; the unit says what it measures.
    let unit = crate::lexicon::units::measure(unit);
    Some(Found::exact(QuantityKind::Count, (start, end), (start, end), Value::Number(value), unit))
}

/// One past a chain of numbers glued by hyphens or slashes starting at `i`.
fn skip_chain(tokens: &[token::Token<'_>], i: usize) -> usize {
    let mut end = i + 1;
    while tokens.get(end).is_some_and(|t| t.is_punct("-/") && !t.gap)
        && tokens.get(end + 1).is_some_and(|t| t.kind != token::Kind::Punct && !t.gap)
    {
        end += 2;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<String> {
        find(text, Span::new(0, text.len()), &Context { published: "2025-10-30".parse().ok() })
            .iter()
            .map(|q| {
                let value = serde_json::to_string(&q.value).unwrap_or_default();
                let counted = q.counted.as_ref().map_or("-", |c| c.phrase.as_str());
                let event = q.event.as_ref().map_or("-", |e| e.canonical.as_str());
                format!(
                    "{:?} {} {value} {counted} {event}{}",
                    q.kind,
                    &text[q.span],
                    if q.part_of.is_some() { " part" } else { "" }
                )
            })
            .collect()
    }

    fn check(text: &str, expected: &[&str]) {
        assert_eq!(show(text), expected, "in {text:?}");
    }

    /// Every word the recognizers name passes [`find`]'s first test: a word left out
    /// of `numbers::FIGURE_WORDS` would silently stop a recognizer from running.
    #[test]
    fn every_word_named_by_a_recognizer_may_open() {
        // The date readers' submodules name words they test only after the word a
        // figure opens at, never at it: the verb before "year ... than 2010" ("is",
        // "was", "be"), the words after a length ("hence", "in the future", "business
        // day", "working week"), after "to" ("to date"), inside a spelled year ("oh",
        // "o"), the owner before an age ("her 30s") and "century" after its number; and
        // before one: the duration reader's rates ("twice a day", "once a week").
        // Listed here rather than as openers, where each would cost a lookup on every
        // word of the text (date/testing.rs is for tests only).
        const FOLLOWERS: &[&str] = &[
            "be", "business", "century", "date", "future", "hence", "her", "his", "is", "its",
            "longer", "o", "oh", "once", "our", "split", "their", "twice", "was", "work",
            "working", "workweek", "your",
        ];
        let sources = [
            (include_str!("date.rs"), false),
            (include_str!("date/holidays.rs"), true),
            (include_str!("date/numeric.rs"), true),
            (include_str!("date/offsets.rs"), true),
            (include_str!("date/periods.rs"), true),
            (include_str!("date/weeks.rs"), true),
            (include_str!("date/years.rs"), true),
            (include_str!("duration.rs"), true),
            (include_str!("money.rs"), false),
            (include_str!("number.rs"), false),
            (include_str!("ordinal.rs"), false),
            (include_str!("mod.rs"), false),
        ];
        assert!(FOLLOWERS.windows(2).all(|pair| pair[0] < pair[1]));
        let mut n_words = 0;
        let mut never = Vec::new();
        for (source, may_follow) in sources {
            let code = source.split("#[cfg(test)]").next().unwrap_or_default();
            for line in code.lines() {
                let line = line.split("//").next().unwrap_or_default();
                if line.contains("reason =") {
                    continue;
                }
                for (k, quoted) in line.split('"').enumerate() {
                    let is_words = !quoted.is_empty()
                        && quoted.starts_with(|c: char| c.is_ascii_alphabetic())
                        && quoted.chars().all(|c| c.is_ascii_alphabetic() || c == ' ');
                    if k % 2 == 1 && is_words {
                        for word in quoted.split(' ') {
                            n_words += 1;
                            let follows = may_follow && FOLLOWERS.contains(&word);
                            if word_class(word) == Opens::Never && !follows {
                                never.push((word, line.trim()));
                            }
                        }
                    }
                }
            }
        }
        assert!(never.is_empty(), "words that can never open: {never:#?}");
        assert!(n_words > 200, "{n_words}");
    }

    /// Every seed sentence with a figure, and the figures it must give
    /// (kind, text, value, counted phrase, event).
    #[test]
    fn seed_sentences() {
        check(
            "Negotiating teams from the Afghan Taliban and Pakistan met for a third consecutive day as part of the second round of peace talks mediated by Türkiye.",
            &["Ordinal third 3 day -", "Ordinal second 2 round -"],
        );
        check(
            "On Sunday, Pakistan’s military said five of its soldiers and 25 TTP militants were killed during weekend clashes near the Afghan border.",
            &[
                "Date Sunday \"2025-10-26\" - -",
                "Count five 5 soldier killed",
                "Count 25 25 militant killed",
            ],
        );
        check(
            "Pakistan retaliated swiftly, neutralizing over 200 militants but losing 23 soldiers.",
            &["Count over 200 200 militant killed", "Count 23 23 soldier killed"],
        );
        check(
            "In a statement, Naqvi praised the brave and professional security personnel for their timely and decisive actions that led to the elimination of 25 militants, including four suicide bombers.",
            &["Count 25 25 militant killed", "Count four 4 suicide bomber killed part"],
        );
        check(
            "Naqvi also paid rich tribute to the five soldiers who embraced martyrdom during the operations against the militants.",
            &["Count five 5 soldier killed"],
        );
        check(
            "Two weeks ago, Afghanistan launched a border offensive after explosions in Kabul the Taliban authorities blamed on Pakistan, sparking fierce clashes that left dozens dead on both sides, including civilians.",
            &["Date Two weeks ago \"2025-10-16\" - -", "Count dozens 24 - killed"],
        );
        check(
            "Islamabad responded with strikes against armed groups on Afghan soil, prompting further violence and a short-lived 48-hour ceasefire that collapsed soon after.",
            &["Duration 48-hour \"PT48H\" ceasefire -"],
        );
        check(
            "A second truce emerged following talks in Doha, mediated by Qatar and Turkey, though its terms remain unclear.",
            &["Ordinal second 2 truce -"],
        );
        check(
            "A first round of Pak-Afghan talks mediated jointly by Qatar and Turkiye in Doha on October 18-19 extended an initial 48-hour truce.",
            &[
                "Ordinal first 1 round -",
                "Date October 18-19 \"2025-10-18\" - -",
                "Duration 48-hour \"PT48H\" truce -",
            ],
        );
        check(
            "The hostilities began earlier this month when an attack was launched on Pakistan from Afghanistan on the night of October 11.",
            &["Date earlier this month \"2025-10\" - -", "Date October 11 \"2025-10-11\" - -"],
        );
        check(
            "The three-day negotiations between the Taliban and Pakistan in Istanbul ended without reaching an agreement.",
            &["Duration three-day \"P3D\" negotiation -"],
        );
        check(
            "Conversations between the representatives of the Taliban and Pakistan in Istanbul concluded after three days of intensive negotiations without a specific agreement being reached.",
            &["Duration three days \"P3D\" intensive negotiation -"],
        );
        check(
            "The second round, held on October 25, had collapsed when Pakistan rejected the Taliban delegation’s “illogical” stance on cross-border militancy.",
            &["Ordinal second 2 round -", "Date October 25 \"2025-10-25\" - -"],
        );
        check(
            "He shared that Pakistan had eliminated several cross-border militants, many identified as Afghan nationals.",
            &["Count several 3 cross-border militant killed", "Count many 2 - -"],
        );
        check(
            "Pakistan has faced a surge in militant incidents in Khyber Pakhtunkhwa and Balochistan since the Taliban took control of Afghanistan in 2021.",
            &["Year 2021 2021 - -"],
        );
        check(
            "Hostilities finally paused after Pakistan accepted Kabul’s request for a temporary ceasefire on October 17.",
            &["Date October 17 \"2025-10-17\" - -"],
        );
        check(
            "Following this incident, intense border clashes between the two sides resulted in numerous casualties and left the commercial crossings along the Durand Line closed for over two weeks.",
            &[
                "Count two 2 side casualties",
                "Count numerous 2 casualty casualties",
                "Duration over two weeks \"P2W\" - -",
            ],
        );
        check(
            "Zabihullah Mujahid, the Taliban spokesman, announced yesterday that the dialogues continue.",
            &["Date yesterday \"2025-10-29\" - -"],
        );
        check(
            "Pakistan & Afghan Taliban Begin Third Round of Talks in Istanbul",
            &["Ordinal Third 3 round -"],
        );
    }

    /// A word that bounds a date belongs to it: "before 2015" is below 2015.
    #[test]
    fn date_bounds_and_now() {
        check("Prices have doubled since 2019.", &["Year since 2019 2019 - -"]);
        check(
            "The rules apply until the end of December.",
            &["Date until the end of December \"2025-12\" - -"],
        );
        check(
            "He must leave no later than March 3.",
            &["Date no later than March 3 \"2025-03-03\" - -"],
        );
        check(
            "Rain fell after the 11 September attacks.",
            &["Date 11 September \"2025-09-11\" - -"],
        );
        check(
            "Sales rose between January 22 and now.",
            &["Date between January 22 and now \"2025-01-22\" - -"],
        );
        let text = "The talks will run until the year 2027.";
        let found = find(text, Span::new(0, text.len()), &Context::default());
        assert_eq!(found.first().map(|q| &text[q.span]), Some("until the year 2027"));
        assert_eq!(
            found.first().map(|q| (q.low, q.high)),
            Some((None, Some(Value::Number(2027.0))))
        );
    }

    /// A weekday with its day of the month is one date; a count after a weekday is not.
    #[test]
    fn weekday_with_its_day() {
        check("The vote is on Friday the 13th.", &["Date Friday the 13th \"2025-06-13\" - -"]);
        check("They met on Mon 3rd.", &["Date Mon 3rd \"2025-11-03\" - -"]);
        check("Talks resume on Wednesday 29.", &["Date Wednesday 29 \"2025-10-29\" - -"]);
        check(
            "On Monday 21 soldiers died.",
            &["Date Monday \"2025-10-27\" - -", "Count 21 21 soldier killed"],
        );
    }

    /// Digits glued to a unit of measure keep it: a measurement, not a count.
    #[test]
    fn glued_units_of_measure() {
        let text = "Add 180ml of milk, drive 29km and lift 25lbs; 23 soldiers died.";
        let found = find(text, Span::new(0, text.len()), &Context::default());
        let units: Vec<_> = found.iter().map(|q| (&text[q.span], q.unit.as_deref())).collect();
        assert_eq!(
            units,
            [("180ml", Some("ml")), ("29km", Some("km")), ("25lbs", Some("lb")), ("23", None)]
        );
    }

    /// A bare day of the month after "on" ends its clause; otherwise it counts.
    #[test]
    fn bare_day_after_on() {
        check("The hearing was set for later, on 22nd.", &["Date 22nd \"XXXX-XX-22\" - -"]);
        check("They agreed on 15 points.", &["Count 15 15 point -"]);
    }

    /// Prints every figure of the seeds: `DUMP=1 cargo test --lib dump_seeds -- --nocapture`.
    #[test]
    fn dump_seeds() {
        if std::env::var_os("DUMP").is_none() {
            return;
        }
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
            .into_iter()
            .flatten()
            .flatten()
        {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            for sentence in crate::text::sentences(&text) {
                let found = show(sentence.span.get(&text).unwrap_or_default());
                if !found.is_empty() {
                    println!("{}\n   {found:?}", sentence.span.get(&text).unwrap_or_default());
                }
            }
        }
    }

    /// Identifiers, editions and spans that read like counts or dates in running news.
    #[test]
    fn identifiers_editions_and_spans_back() {
        let texts = |text: &str| {
            find(text, Span::new(0, text.len()), &Context { published: "2025-10-30".parse().ok() })
                .iter()
                .map(|q| format!("{:?} {}", q.kind, text.get(q.span.range()).unwrap_or_default()))
                .collect::<Vec<_>>()
        };
        // A name and its number at the start of a sentence, a section, a generation.
        assert!(texts("Windows 95 was a hit with buyers.").is_empty());
        assert!(texts("Apollo 11 landed safely on the Moon.").is_empty());
        assert!(
            texts("Under § 1201 of the act, the 3GSM show and 4G phones are banned.").is_empty()
        );
        assert_eq!(texts("Altogether 300 people came."), ["Count 300"]);
        assert_eq!(texts("Yesterday 5 people died."), ["Date Yesterday", "Count 5"]);
        assert_eq!(texts("The bag held 5g of gold."), ["Count 5g"]);
        // A year between "the" and a singular noun; a count before a plural.
        assert_eq!(texts("The 2017 controversy hurt him."), ["Year 2017"]);
        assert_eq!(texts("Labour's 1997 manifesto promised it."), ["Year 1997"]);
        assert_eq!(
            texts("The 1500 soldiers and the 2000 people left."),
            ["Count 1500", "Count 2000"]
        );
        // "in" after "time" or a superlative spans back; before a date it points ahead.
        assert_eq!(
            texts("It rose for the first time in four years."),
            ["Ordinal first", "Duration four years"]
        );
        assert_eq!(
            texts("It was the worst Christmas in a decade."),
            ["Date Christmas", "Duration a decade"]
        );
        assert_eq!(texts("The bridge will open in four years."), ["Date in four years"]);
        // A chart position is a label.
        assert!(texts("The song was number four in the charts.").is_empty());
        // "a second" is a length only next to a word of time.
        assert!(texts("As the visitors chased a second, the hosts held on.").is_empty());
        assert_eq!(texts("It stopped for a second."), ["Duration a second"]);
    }

    /// News sentences of our own, beyond the seeds.
    #[test]
    fn a_change_is_two_figures_not_a_range() {
        // The change and the new level, after "by".
        check(
            "Unemployment fell by 600,000 to 5.9 million.",
            &["Count 600,000 600000 - -", "Count 5.9 million 5900000 - -"],
        );
        check("Wages grew by 3% to 7%.", &["Percent 3% 3 - -", "Percent 7% 7 - -"]);
        check(
            "Output slumped sharply by about 20 to 300 tonnes.",
            &["Count about 20 20 - -", "Count 300 300 tonne -"],
        );
        // The old and the new level, after "from"; an intransitive verb needs neither.
        check("Membership rose from 200 to 300.", &["Count 200 200 - -", "Count 300 300 - -"]);
        check("The council cut staff from 90 to 60.", &["Count 90 90 - -", "Count 60 60 - -"]);
        check("Sales jumped 12 to 40.", &["Count 12 12 - -", "Count 40 40 - -"]);
        // Without a word of change, or with a verb whose object is counted: a range.
        check("From 200 to 300 people attended.", &["Count From 200 to 300 200 people -"]);
        check("The firm cut 200 to 300 jobs.", &["Count 200 to 300 200 job -"]);
        check("Two to four ships sank.", &["Count Two to four 2 ship -"]);
        check("Between 5 and 10 rockets rose.", &["Count Between 5 and 10 5 rocket -"]);
        check("Prices rose 18-19%.", &["Percent 18-19% 18 - -"]);
    }

    #[test]
    fn glued_compounds_keep_their_kind() {
        // A year after a quarter glued by a hyphen; without a year, no date.
        check(
            "Its fourth-quarter 2004 profits doubled.",
            &["Date fourth-quarter 2004 \"2004-10\" - -"],
        );
        assert!(show("Its fourth-quarter profits doubled.").is_empty());
        // A decade glued to "mid", "early", "late"; an age stays no decade.
        check("Rents peaked in the mid-70s.", &["Date mid-70s \"1970\" - -"]);
        check("Rents peaked in the late-1990s.", &["Year late-1990s 1990 - -"]);
        assert!(!show("She is in her mid-70s.").iter().any(|s| s.starts_with("Date")));
        // An ordinal glued to a participle of rank is a rank; other compounds no figure.
        check(
            "The 187th-ranked player beat the third-seeded one.",
            &["Ordinal 187th 187 - -", "Ordinal third 3 - -"],
        );
        assert!(show("A second-largest party and a third-party app.").is_empty());
        // Money glued to its currency word; the pound glued is a weight as often.
        check("A 418bn-rand budget passed.", &["Money 418bn-rand 418000000000 - -"]);
        check("She paid a 20-euro fine.", &["Money 20-euro 20 - -"]);
        assert!(!show("A 10-pound baby was born.").iter().any(|s| s.starts_with("Money")));
        // A bounded length before "ago" is a date from its number on.
        check(
            "Prices were 36% higher than a year ago.",
            &["Percent 36% 36 - -", "Date a year ago \"2024-10-30\" - -"],
        );
        check("He waited more than a year.", &["Duration more than a year \"P1Y\" - -"]);
    }

    #[test]
    fn own_sentences() {
        check(
            "At least 12 people were killed and 30 wounded.",
            &["Count At least 12 12 people killed", "Count 30 30 - injured"],
        );
        check("Police arrested 1,200 protesters.", &["Count 1,200 1200 protester arrested"]);
        check(
            "Doses ran from 44 mg to 50 mg, between 5 km and 10 km.",
            &["Count from 44 mg to 50 44 mg -", "Count between 5 km and 10 5 km -"],
        );
        check(
            "The flood displaced 816 000 residents.",
            &["Count 816 000 816000 resident displaced"],
        );
        check("The fund holds $1.5 million.", &["Money $1.5 million 1500000 - -"]);
        check("Twenty-three miners died.", &["Count Twenty-three 23 miner killed"]);
        check("A dozen houses burned.", &["Count A dozen 12 house -"]);
        check("Hundreds of families fled.", &["Count Hundreds 200 family displaced"]);
        check("Between 5 and 10 rockets hit the town.", &["Count Between 5 and 10 5 rocket -"]);
        check("Two to four ships sank.", &["Count Two to four 2 ship -"]);
        check(
            "Inflation rose to 12.5% in May.",
            &["Percent 12.5% 12.5 - -", "Date May \"2025-05\" - -"],
        );
        check("You may leave.", &[]);
        check("The F-16 and COVID-19 hit the G7.", &[]);
        check("One of the officers said it was a third-party deal.", &[]);
        check("One Pakistani security official said the talks failed.", &[]);
        check("A third of the budget went to the 3rd division.", &["Ordinal 3rd 3 division -"]);
        check("He waited 30 seconds.", &["Duration 30 seconds \"PT30S\" - -"]);
        check(
            "The last round failed, and the next round of talks starts after the penultimate one.",
            &["Ordinal last 0 round -", "Ordinal next 1 round -", "Ordinal penultimate one -1 - -"],
        );
        check("Sales at 49 Next stores rose, as did The Last Samurai.", &["Count 49 49 - -"]);
        check(
            "It was the two hundredth visitor and the twenty-one thousand and fifth ticket.",
            &[
                "Ordinal two hundredth 200 visitor -",
                "Ordinal twenty-one thousand and fifth 21005 ticket -",
            ],
        );
        check(
            "At last the truce will last, said the second to last speaker, next to the gate.",
            &["Ordinal second to last -1 speaker -"],
        );
        check(
            "Over the next three days and last 24 hours.",
            &["Date next three days \"2025-10-31\" - -", "Duration 24 hours \"PT24H\" - -"],
        );
        check(
            "He served 1 year 1 month and 21 days in jail.",
            &["Duration 1 year 1 month and 21 days \"P1Y1M21D\" - -"],
        );
        check(
            "The siege lasted two days 6 hours, after one week three days of talks.",
            &[
                "Duration two days 6 hours \"P2DT6H\" siege -",
                "Duration one week three days \"P1W3D\" talks -",
            ],
        );
        check("The vote took one and half hours.", &["Duration one and half hours \"PT1.5H\" - -"]);
        check(
            "Fighting resumed 3 days after a truce that began 2 weeks ago.",
            &["Duration 3 days \"P3D\" - -", "Date 2 weeks ago \"2025-10-16\" - -"],
        );
        check(
            "The 17th of October and Oct. 18 were calm.",
            &["Date 17th of October \"2025-10-17\" - -", "Date Oct. 18 \"2025-10-18\" - -"],
        );
        check("The strike came on 19 October 2024.", &["Date 19 October 2024 \"2024-10-19\" - -"]);
        check("Nearly 50 troops were injured.", &["Count Nearly 50 50 troop injured"]);
        check(
            "Between 1500 and 2000 people marched.",
            &["Count Between 1500 and 2000 1500 people -"],
        );
        check("Talks ran from 2014 to 2018.", &["Year from 2014 to 2018 2014 - -"]);
        check("The ceasefire expires in two weeks.", &["Date in two weeks \"2025-11-13\" - -"]);
        check("Prices soared in the 1990s.", &["Year 1990s 1990 - -"]);
        check("He was arrested on 4/22.", &["Date 4/22 \"2025-04-22\" - -"]);

        check("The envoys met on Tues.", &["Date Tues \"2025-10-28\" - -"]);
        check("Aid reached the Mon villages.", &[]);
        // "last Tuesday" is the Tuesday of last week; the one two days ago is "this
        // past Tuesday".
        check(
            "They met last Tuesday and will meet next Monday.",
            &["Date last Tuesday \"2025-10-21\" - -", "Date next Monday \"2025-11-03\" - -"],
        );
        check(
            "The strike killed 12 people yesterday.",
            &["Count 12 12 people killed", "Date yesterday \"2025-10-29\" - -"],
        );
        check(
            "Over 1.5 million people were displaced.",
            &["Count Over 1.5 million 1500000 people displaced"],
        );
        check(
            "The army said 3 soldiers were wounded and 2 went missing.",
            &["Count 3 3 soldier injured", "Count 2 2 - missing"],
        );
    }

    /// A weekday after "last", "previous", "next" or "following" is that day of the
    /// week named; published on Thursday 2025-10-30.
    #[test]
    fn weekday_names_a_week() {
        check(
            "They met this past Tuesday and meet again the following Friday.",
            &[
                "Date this past Tuesday \"2025-10-28\" - -",
                "Date following Friday \"2025-11-07\" - -",
            ],
        );
        check(
            "Talks resumed on Tuesday after a pause on previous Wednesday.",
            &["Date Tuesday \"2025-10-28\" - -", "Date previous Wednesday \"2025-10-22\" - -"],
        );
        check(
            "Inspectors come next week Mon or Tue; the vote was previous week - Friday.",
            &[
                "Date next week Mon \"2025-11-03\" - -",
                "Date Tue \"2025-10-28\" - -",
                "Date previous week - Friday \"2025-10-24\" - -",
            ],
        );
    }

    /// Dates of our own, published on Thursday 2025-10-30.
    #[test]
    fn own_dates() {
        check(
            "Voters go to the polls on the first Sunday of November, not last Friday, and next week on Friday.",
            &[
                "Date the first Sunday of November \"2025-11-02\" - -",
                "Date last Friday \"2025-10-24\" - -",
                "Date next week on Friday \"2025-11-07\" - -",
            ],
        );
        check(
            "He ranks between the tenth and the fifteenth.",
            // A range of ranks, not of days.
            &["Ordinal between the tenth and the fifteenth 10 - -"],
        );
        check(
            "He left 1 month, 21 days ago and returns on the 20th of next month, the first day of talks.",
            &[
                "Date 1 month, 21 days ago \"2025-09-09\" - -",
                "Date 20th of next month \"2025-11-20\" - -",
                "Ordinal first 1 day -",
            ],
        );
        check(
            "Polls open from 4 to 22 next month, after 9 to 12 of June and last sept; this may change.",
            &[
                "Date from 4 to 22 next month \"2025-11-04\" - -",
                "Date 9 to 12 of June \"2025-06-09\" - -",
                "Date last sept \"2025-09\" - -",
            ],
        );
        check(
            "The index rose 3 to 4 this month.",
            &["Count 3 3 - -", "Count 4 4 - -", "Date this month \"2025-10\" - -"],
        );
        check(
            "Prices froze for the rest of the year after the first week of 2015 and in 11/2016.",
            &[
                "Date the rest of the year \"2025-10-30\" - -",
                "Date the first week of 2015 \"2014-12-29\" - -",
                "Date 11/2016 \"2016-11\" - -",
            ],
        );
        check(
            "Output grew in 2014 through 2018, from 2015 to May 2017, and this decade.",
            &[
                "Year 2014 through 2018 2014 - -",
                "Date from 2015 to May 2017 \"2015\" - -",
                "Year this decade 2020 - -",
            ],
        );
        check(
            "He spoke in the week of November 3rd about the last week of fighting.",
            &["Date the week of November 3rd \"2025-11-03\" - -"],
        );
        // The full stop of a sentence ending on a month inside quotes or brackets is
        // no part of the date; an abbreviation keeps its own.
        check(
            "She said: \"We met on Tuesday 11 March.\"",
            &["Date Tuesday 11 March \"2025-03-11\" - -"],
        );
        check("Polls close (in June.) Few voted.", &["Date June \"2025-06\" - -"]);
        check("It opens on Sept. 17 in Leeds.", &["Date Sept. 17 \"2025-09-17\" - -"]);
    }

    /// Periods of our own, published on Thursday 2025-10-30.
    #[test]
    fn own_periods() {
        check(
            "Prices of spring merchandise fell at the arrival of spring.",
            &["Date spring \"XXXX-SP\" - -"],
        );
        check(
            "Strikes hit in the past several days, as in the 1970's.",
            &["Date past several days \"2025-10-27\" - -", "Year 1970's 1970 - -"],
        );
        check(
            "Exports fell in Nov-Feb 2017 and voting ran April 9th through 17th.",
            &[
                "Date Nov-Feb 2017 \"2016-11\" - -",
                "Date April 9th through 17th \"2025-04-09\" - -",
            ],
        );
        check(
            "Talks resumed this summer after the fall of Kabul, the Arab Spring and in the winter of 2019; prices fall.",
            &["Date this summer \"2025-SU\" - -", "Date winter of 2019 \"2019-WI\" - -"],
        );
        check(
            "Profits fell in the third quarter of 2024 and in Q1, but the Lakers led in the third quarter.",
            &[
                "Date the third quarter of 2024 \"2024-07\" - -",
                "Date Q1 \"XXXX-01\" - -",
                "Ordinal third 3 quarter -",
            ],
        );
        check(
            "Sales rose last quarter, in early March, by mid-2019 and late last year.",
            &[
                "Date last quarter \"2025-07\" - -",
                "Date early March \"2025-03\" - -",
                "Year mid-2019 2019 - -",
                "Date late last year \"2024\" - -",
            ],
        );
        check(
            "Over the past two weeks and within 10 days, 5 rockets fell.",
            &[
                "Date past two weeks \"2025-10-16\" - -",
                "Date within 10 days \"2025-10-30\" - -",
                "Count 5 5 rocket -",
            ],
        );
        check(
            "Talks ran from Oct. 2 to October 22, between September 4th and September 8th, and from today till tomorrow.",
            &[
                "Date from Oct. 2 to October 22 \"2025-10-02\" - -",
                "Date between September 4th and September 8th \"2025-09-04\" - -",
                "Date from today till tomorrow \"2025-10-30\" - -",
            ],
        );
        check(
            "Schools shut in the month of May and reopen in Jan, unlike Jan Smith.",
            &["Date the month of May \"2025-05\" - -", "Date Jan \"2026-01\" - -"],
        );
        check(
            "The vote is due on the 21st, and the talks end on Friday the 31st.",
            &["Date the 21st \"XXXX-XX-21\" - -", "Date Friday the 31st \"2025-10-31\" - -"],
        );
        check(
            "It was the 21st amendment, for the second time.",
            &["Ordinal 21st 21 amendment -", "Ordinal second 2 time -"],
        );
        check(
            "Elections are due 2 years 1 month and 3 days from tomorrow, a few days ago, three weeks after October 1, 2025.",
            &[
                "Date 2 years 1 month and 3 days from tomorrow \"2027-12-03\" - -",
                "Date a few days ago \"2025-10-27\" - -",
                "Date three weeks after October 1, 2025 \"2025-10-22\" - -",
            ],
        );
        check(
            "They met this past Monday and meet again the coming Friday and Tuesday next week.",
            &[
                "Date this past Monday \"2025-10-27\" - -",
                "Date coming Friday \"2025-10-31\" - -",
                "Date Tuesday next week \"2025-11-04\" - -",
            ],
        );
    }

    #[test]
    fn spans_fall_on_char_boundaries_and_never_panic() {
        for text in [
            "é23 – ½ “five” October 3rd",
            "—-1-2-3/4/5",
            "$",
            "over",
            "between 5 and",
            "twenty-",
            "Rs.",
            "a half",
        ] {
            for quantity in find(text, Span::new(0, text.len()), &Context::default()) {
                assert!(quantity.span.get(text).is_some());
                assert!(quantity.number.get(text).is_some());
            }
        }
        assert!(find("abc", Span::new(2, 99), &Context::default()).is_empty());
        // Every sentence cut out of a text dense with figures, on every char boundary.
        let text = "Über 1,200 ½ — 18-19 Oct. 3rd, $5m; 2015-32 in 2021 F-16 “twenty-one” 48-hour 4/22 a half 1e-3 Monday";
        let context = Context { published: "2025-10-30".parse().ok() };
        let bounds: Vec<usize> =
            text.char_indices().map(|(at, _)| at).chain([text.len()]).collect();
        for (k, &start) in bounds.iter().enumerate() {
            for &end in bounds.iter().skip(k) {
                for quantity in find(text, Span::new(start, end), &context) {
                    assert!(
                        quantity.span.get(text).is_some()
                            && start <= quantity.span.start
                            && quantity.span.end <= end
                    );
                    assert!(quantity.number.get(text).is_some());
                    if let Some(counted) = &quantity.counted {
                        assert!(counted.span.get(text).is_some() && counted.span.end <= end);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod speed {
    /// Ad hoc timing, run by hand: `SPEED=1 cargo test --release --lib figures::speed -- --nocapture`.
    #[test]
    fn words_per_second() {
        if std::env::var_os("SPEED").is_none() {
            return;
        }
        let mut corpus = String::new();
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
            .into_iter()
            .flatten()
            .flatten()
        {
            corpus.push_str(&std::fs::read_to_string(entry.path()).unwrap_or_default());
        }
        let sentences = crate::text::sentences(&corpus);
        let n_words = corpus.split_whitespace().count();
        let context = super::Context { published: "2025-10-30".parse().ok() };
        let rounds = 200;
        let start = std::time::Instant::now();
        let mut n_found = 0;
        for _ in 0..rounds {
            for sentence in &sentences {
                n_found += super::find(&corpus, sentence.span, &context).len();
            }
        }
        let seconds = start.elapsed().as_secs_f64();
        #[expect(clippy::cast_precision_loss, reason = "a rough rate")]
        let rate = (n_words * rounds) as f64 / seconds;
        println!("{n_found} figures, {rate:.0} words/s");
    }
}
