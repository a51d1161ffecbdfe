//! Ordinals: "third round", "3rd", "twenty-first", "second phase", "two hundredth";
//! relative ones ("the next round", "the current one"); ranges of ranks ("between
//! fifth and eighth place").
//! Not ordinals: "third-party" (a compound), "a third of" (a fraction), "twenty
//! seconds" (a duration).

use super::number::whole;
use super::token::{Kind, Token};
use super::{Found, QuantityKind, Value};
use crate::lexicon::{grammar, numbers};

/// Reads an ordinal at `i`.
pub(crate) fn ordinal(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let token = tokens.get(i)?;
    if enumerates(tokens, i) {
        return None;
    }
    if let Some(found) = relative(tokens, i) {
        return Some(found);
    }
    if token.is("between") {
        return ranked(tokens, i);
    }
    let (value, end) = position(tokens, i)?;
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
    let next = tokens.get(end);
    // "third-party", "first-hand", "second-largest": a compound, not an ordinal figure.
    // But "the 187th-ranked player", "third-seeded": a rank.
    if next.is_some_and(|t| t.is_punct("-") && !t.gap) {
        let rank = tokens
            .get(end + 1)
            .is_some_and(|t| !t.gap && t.kind == Kind::Word && numbers::is_rank_participle(t.text));
        if !rank {
            return None;
        }
        let value = Value::Number(whole(value));
        return Some(Found::exact(QuantityKind::Ordinal, (i, end), (i, end), value, None));
    }
    // "when I first met her", "Labour first came to power": the adverb of time.
    if token.is("first") && adverb(previous, next) {
        return None;
    }
    // "the first minister", "first aid": a title or a thing, not a position. But "the
    // first minister to resign" is the first of the ministers.
    if token.kind == Kind::Word
        && next.is_some_and(|t| {
            t.kind == Kind::Word && numbers::is_ordinal_compound(token.text, t.text)
        })
        && !tokens.get(end + 1).is_some_and(|t| t.is("to"))
    {
        return None;
    }
    // "a third of the budget": a fraction.
    if previous.is_some_and(|t| t.is("a") || t.is("one"))
        && next.is_none_or(|t| t.is("of") || t.kind == Kind::Punct)
        && value > 2
    {
        return None;
    }
    // "wait a second", "for a second.": the unit of time.
    if token.is("second")
        && previous.is_some_and(|t| t.is("a"))
        && next.is_none_or(|t| t.kind == Kind::Punct)
    {
        return None;
    }
    let value = Value::Number(whole(value));
    Some(Found::exact(QuantityKind::Ordinal, (i, end), (i, end), value, None))
}

/// Whether the word at `i` opens its sentence and is followed by a comma: "First,
/// we tested...", "Second, the cost", "Next, ...". Such a word orders the points of
/// an argument; it numbers nothing the story reports.
fn enumerates(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(token) = tokens.get(i) else { return false };
    let opens = i == 0 || tokens.get(i - 1).is_some_and(|p| p.is_punct("\"“‘'(["));
    opens
        && token.kind == Kind::Word
        && tokens.get(i + 1).is_some_and(|t| t.is_punct(","))
        && (numbers::ordinal(token.text).is_some() || token.is("next") || token.is("last"))
}

/// Whether "first" between `previous` and `next` is the adverb of time: after a
/// subject ("I first", "which first") or before a past verb without a determiner
/// before it ("Labour first came", but "the first recorded case").
fn adverb(previous: Option<&Token<'_>>, next: Option<&Token<'_>>) -> bool {
    let after_subject =
        previous.is_some_and(|p| p.kind == Kind::Word && grammar::makes_first_an_adverb(p.text));
    let before_verb = next.is_some_and(|t| t.kind == Kind::Word && grammar::looks_past(t.text))
        && previous.is_none_or(|p| {
            let possessive = p.text.ends_with("'s") || p.text.ends_with("’s");
            !(possessive || (p.kind == Kind::Word && grammar::is_ordinal_determiner(p.text)))
        });
    after_subject || before_verb
}

/// The number of an ordinal at `i`, in digits ("3rd") or words ("twenty-first"),
/// and one past it.
fn position(tokens: &[Token<'_>], i: usize) -> Option<(u64, usize)> {
    let token = tokens.get(i)?;
    match token.kind {
        Kind::Mixed => {
            let split = token.text.find(|c: char| c.is_alphabetic())?;
            let suffix = token.text.get(split..)?.to_ascii_lowercase();
            if !matches!(suffix.as_str(), "st" | "nd" | "rd" | "th") {
                return None;
            }
            Some((grouped(token.text.get(..split)?)?, i + 1))
        }
        Kind::Word => spelled(tokens, i),
        _ => None,
    }
}

/// The value of the digits of an ordinal, plain ("1000") or in groups of three
/// ("1,000th", "2,500th": a comma never stands in an ordinal's digits otherwise).
fn grouped(digits: &str) -> Option<u64> {
    let mut value = 0_u64;
    let mut group = 0_usize;
    let mut grouped = false;
    for byte in digits.bytes() {
        if byte == b',' {
            // The first group has one to three digits, every later one three.
            if group == 0 || group > 3 || (grouped && group != 3) {
                return None;
            }
            grouped = true;
            group = 0;
            continue;
        }
        let digit = u64::from(byte.checked_sub(b'0').filter(|d| *d <= 9)?);
        value = value.checked_mul(10)?.checked_add(digit)?;
        group += 1;
    }
    (group > 0 && (!grouped || group == 3)).then_some(value)
}

/// An ordinal standing for a rank at `i`, after an optional "the", that ends its
/// phrase ("the tenth.", "fifth place", "the tenth and"): its value, where its
/// number is, and one past the phrase. With a noun after it, the second ordinal of
/// "between the second and third rounds" numbers rounds of its own: two figures.
fn rank(tokens: &[Token<'_>], i: usize) -> Option<(u64, (usize, usize), usize)> {
    let at = if tokens.get(i).is_some_and(|t| t.is("the")) { i + 1 } else { i };
    let (value, end) = position(tokens, at)?;
    let next = tokens.get(end);
    if next.is_some_and(|t| t.is_punct("-") && !t.gap) {
        return None;
    }
    if next.is_some_and(|t| numbers::is_rank_noun(t.text)) {
        return Some((value, (at, end), end + 1));
    }
    next.is_none_or(|t| {
        (t.kind == Kind::Punct && !t.is_punct("-/")) || t.is("and") || t.is("but") || t.is("or")
    })
    .then_some((value, (at, end), end))
}

/// A range of ranks: "between the third and the sixth", "between fifth and eighth
/// place". Bounds of rank are left alone: "higher than the tenth" is a smaller
/// number in a league table and a larger one in a count of editions.
fn ranked(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let (first, number, after_first) = rank(tokens, i + 1)?;
    if !tokens.get(after_first).is_some_and(|t| t.is("and")) {
        return None;
    }
    let (second, second_number, end) = rank(tokens, after_first + 1)?;
    if second <= first {
        return None;
    }
    let (low, high) = (Value::Number(whole(first)), Value::Number(whole(second)));
    Some(Found {
        kind: QuantityKind::Ordinal,
        start: i,
        end,
        number: (number.0, second_number.1),
        value: low,
        low: Some(low),
        high: Some(high),
        approximate: false,
        range: true,
        relative: false,
        unit: None,
    })
}

/// A relative ordinal: "the last round", "the next phase", "the previous
/// ceasefire", "penultimate", "next to last", "second to last", "last but one",
/// "the one before the last". The value is the offset from the anchor, which
/// [`Found::unit`] names (`end` or `current`); `relative` is set.
fn relative(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let token = tokens.get(i)?;
    if token.kind != Kind::Word {
        return None;
    }
    let next = |k: usize| tokens.get(i + k);
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
    let (anchor, offset, end) = if token.is("the")
        && next(1).is_some_and(|t| t.is("one"))
        && next(2).is_some_and(|t| t.is("before"))
        && next(3).is_some_and(|t| t.is("the"))
        && next(4).is_some_and(|t| t.is("last"))
    {
        // "the one before the last (one)".
        let end = if next(5).is_some_and(|t| t.is("one")) { i + 6 } else { i + 5 };
        ("end", -1, end)
    } else if next(1).is_some_and(|t| t.is("to"))
        && next(2).is_some_and(|t| t.is("last"))
        && let Some(position) =
            if token.is("next") { Some(2) } else { numbers::ordinal(token.text) }
        && (2..=10).contains(&position)
    {
        // "next to last", "second to last", "third to last".
        let offset = 1_i8.checked_sub(i8::try_from(position).ok()?)?;
        ("end", offset, i + 3)
    } else if token.is("current") {
        return current(tokens, i);
    } else {
        // Every relative ordinal starts with a, l, n or p: a cheap test first, as this
        // runs on every word.
        if !matches!(
            token.text.as_bytes().first(),
            Some(b'a' | b'A' | b'l' | b'L' | b'n' | b'N' | b'p' | b'P')
        ) {
            return None;
        }
        let (anchor, offset) = numbers::relative_ordinal(token.text)?;
        // "49 Next stores", "The Last Samurai": capitalized inside a sentence, a name.
        if token.is_capitalized() && i > 0 && !previous.is_some_and(|p| p.is_punct("\"“‘'(")) {
            return None;
        }
        if token.is("last") {
            if previous.is_some_and(|p| grammar::makes_last_a_verb(p.text)) {
                return None;
            }
            // "last but one"; not "last but not least".
            if next(1).is_some_and(|t| t.is("but")) && next(2).is_some_and(|t| t.is("one")) {
                return Some(relative_found(i, i + 3, "end", -1));
            }
        }
        // "last Tuesday", "next March": a date, which its recognizer reads from the
        // weekday or the month back to this word.
        if super::date::date(tokens, i + 1, None).is_some_and(|date| date.start <= i) {
            return None;
        }
        // "last week's", "next year": a time (the date recognizer reads those it can).
        if next(1).is_some_and(|t| {
            let word = super::date::strip_possessive(t.text);
            crate::lexicon::units::time_unit(word).is_some()
                || ["night", "weekend", "season", "quarter", "term", "semester"]
                    .iter()
                    .any(|w| word.eq_ignore_ascii_case(w))
        }) {
            return None;
        }
        // "next to the border" is a place; "last-minute", "next-generation" compounds.
        if token.is("next") && next(1).is_some_and(|t| t.is("to") || t.is("door")) {
            return None;
        }
        if next(1).is_some_and(|t| t.is_punct("-") && !t.gap) {
            return None;
        }
        // "the next three days", "last 24 hours": a span of time, not a position.
        if let Some(num) = super::number::number(tokens, i + 1, false)
            && tokens
                .get(num.end)
                .is_some_and(|t| crate::lexicon::units::time_unit(t.text).is_some())
        {
            return None;
        }
        // "the next one", "the previous one.": the pronoun is the counted thing.
        let pronoun = next(1).is_some_and(|t| t.is("one")) && pronoun_after(tokens, i + 2);
        (anchor, offset, if pronoun { i + 2 } else { i + 1 })
    };
    Some(relative_found(i, end, anchor, offset))
}

/// "the current one", "the current round", "the current edition": the member of a
/// series under way, offset 0 from the current one, as "the next round" is offset 1
/// (series nouns of `topics`, parts of a publication of `numbers`). Before any other noun
/// "current" qualifies rather than numbers ("the current government", "current
/// affairs"), and "the current term" is a time.
fn current(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let token = tokens.get(i)?;
    // "Current Affairs": capitalized inside a sentence, a name.
    if token.is_capitalized() && i > 0 {
        return None;
    }
    let next = tokens.get(i + 1)?;
    if next.is("one") && pronoun_after(tokens, i + 2) {
        return Some(relative_found(i, i + 2, "current", 0));
    }
    let series = next.kind == Kind::Word
        && !next.is("term")
        && (numbers::is_series_part(next.text)
            || crate::lexicon::topics::is_series(&next.text.to_ascii_lowercase()));
    series.then(|| relative_found(i, i + 1, "current", 0))
}

/// Whether "one" ending at `at` stands alone as a pronoun ("the next one.", "the
/// current one in"): no noun after it, and no hyphen that glues it into a compound
/// ("the next one-day match").
fn pronoun_after(tokens: &[Token<'_>], at: usize) -> bool {
    tokens.get(at).is_none_or(|t| {
        (t.kind != Kind::Word || crate::lexicon::grammar::is_stop_word(t.text))
            && (t.gap || !t.is_punct("-"))
    })
}

fn relative_found(start: usize, end: usize, anchor: &'static str, offset: i8) -> Found {
    let value = Value::Number(f64::from(offset));
    let mut found =
        Found::exact(QuantityKind::Ordinal, (start, end), (start, end), value, Some(anchor));
    found.relative = true;
    found
}

/// A spelled ordinal: "third", "twenty-first", "twenty second", "two hundredth",
/// "one hundred twenty-fifth".
fn spelled(tokens: &[Token<'_>], i: usize) -> Option<(u64, usize)> {
    let token = tokens.get(i)?;
    if let Some(value) = numbers::ordinal(token.text) {
        return Some((value, i + 1));
    }
    // A cardinal part, then an ordinal word: "twenty-first", "two hundredth".
    let mut j = i;
    let mut base: u64 = 0;
    let mut last_was_tens = false;
    let mut last_was_scale = false;
    while let Some(word) = tokens.get(j) {
        if let Some(value) = numbers::cardinal(word.text) {
            if last_was_tens && value >= 10 || (!last_was_tens && !base.is_multiple_of(100)) {
                return None;
            }
            base += u64::from(value);
            last_was_tens = value >= 20 && value % 10 == 0;
            last_was_scale = false;
        } else if word.is("a") && j == i && tokens.get(j + 1).is_some_and(|t| t.is("hundred")) {
            // "a hundred trillionth": the article counts one.
            base = 1;
            last_was_tens = false;
            last_was_scale = false;
        } else if let Some(scale) = [
            ("hundred", 100_u64),
            ("thousand", 1000),
            ("million", 1_000_000),
            ("billion", 1_000_000_000),
            ("trillion", 1_000_000_000_000),
        ]
        .iter()
        .find(|(name, _)| word.is(name))
        .map(|(_, scale)| *scale)
        {
            let small = base % 1000;
            base = base.checked_sub(small)?.checked_add(small.max(1).checked_mul(scale)?)?;
            last_was_tens = false;
            last_was_scale = true;
        } else if word.is_punct("-") && last_was_tens && !word.gap {
            // "twenty-first".
        } else if word.is("and") && last_was_scale {
        } else {
            break;
        }
        j += 1;
    }
    if j == i {
        return None;
    }
    let word = tokens.get(j)?;
    let ordinal = numbers::ordinal(word.text)?;
    // "a hundred thousandth of a second" is a fraction.
    if tokens.get(i).is_some_and(|t| t.is("a")) && tokens.get(j + 1).is_some_and(|t| t.is("of")) {
        return None;
    }
    let value = if ordinal >= 100 && base > 0 && !last_was_tens {
        // "two hundredth", "a hundred trillionth"; not "one hundred hundredth".
        if base >= ordinal || last_was_scale && !base.is_multiple_of(100) {
            return None;
        }
        base.checked_mul(ordinal)?
    } else if ordinal < 10 && last_was_tens || ordinal < 100 && last_was_scale {
        base + ordinal
    } else {
        return None;
    };
    Some((value, j + 1))
}

#[cfg(test)]
mod tests {
    use super::super::{Context, Quantity, find};
    use crate::span::Span;

    /// Every figure of `text`: its text, value, low and high, and whether it is a
    /// range or relative.
    fn figures(text: &str) -> Vec<(String, String, bool, bool)> {
        find(text, Span::new(0, text.len()), &Context::default())
            .iter()
            .map(|q: &Quantity| {
                let number = |v: Option<super::Value>| match v {
                    Some(super::Value::Number(n)) => n.to_string(),
                    _ => "-".to_owned(),
                };
                (
                    text.get(q.span.range()).unwrap_or_default().to_owned(),
                    format!("{:?} {}..{}", q.kind, number(q.low), number(q.high)),
                    q.range,
                    q.relative,
                )
            })
            .collect()
    }

    fn one(text: &str, span: &str, value: &str, range: bool) {
        assert_eq!(figures(text), [(span.to_owned(), value.to_owned(), range, false)], "{text}");
    }

    #[test]
    fn ranges_of_ranks() {
        one(
            "The party polled between the third and the sixth.",
            "between the third and the sixth",
            "Ordinal 3..6",
            true,
        );
        one(
            "She finished between fifth and eighth place in Rome.",
            "between fifth and eighth place",
            "Ordinal 5..8",
            true,
        );
        one(
            "It ranked between 12th and 20th, officials said.",
            "between 12th and 20th",
            "Ordinal 12..20",
            true,
        );
        // Not a range: the ends the wrong way round, a noun after the second ordinal
        // (each numbers rounds of its own), a compound.
        assert_eq!(figures("between the sixth and the third.").len(), 2);
        let rounds = figures("Between the second and third rounds of talks, fighting resumed.");
        assert_eq!(rounds.len(), 2);
        assert!(rounds.iter().all(|(_, value, range, _)| !range && value.starts_with("Ordinal")));
        assert!(figures("between first-hand and second-hand accounts").is_empty());
    }

    #[test]
    fn the_current_one_of_a_series() {
        let current = |text: &str| {
            figures(text)
                .into_iter()
                .filter(|(_, value, _, relative)| *relative && value.starts_with("Ordinal"))
                .map(|(span, value, _, _)| (span, value))
                .collect::<Vec<_>>()
        };
        let zero = |span: &str| vec![(span.to_owned(), "Ordinal 0..0".to_owned())];
        assert_eq!(current("The new truce is weaker than the current one."), zero("current one"));
        assert_eq!(current("The current round of talks ended on Friday."), zero("current"));
        assert_eq!(current("Diplomats expect the current phase to end soon."), zero("current"));
        assert_eq!(current("The current edition of the festival opens today."), zero("current"));
        // "current" qualifies: a government, affairs, a compound after "one", a name,
        // a term of office or school.
        assert!(current("The current government said it would appeal.").is_empty());
        assert!(current("the current one-year deal").is_empty());
        assert!(current("He presents Current Affairs tonight.").is_empty());
        assert!(current("The current term ends in May.").is_empty());
        // The same rule for "the next one": not before a hyphen.
        assert_eq!(current("Talks will resume in the next one.").len(), 1);
        assert!(
            current("Talks will resume in the next one-day session.")
                .iter()
                .all(|(s, _)| s != "next one")
        );
    }

    #[test]
    fn ordinals_that_stay_what_they_are() {
        one("The government signed a second truce.", "second", "Ordinal 2..2", false);
        // Digits in groups of three before the suffix.
        one("The club played its 1,000th match.", "1,000th", "Ordinal 1000..1000", false);
        one("It was the 12,500th visitor.", "12,500th", "Ordinal 12500..12500", false);
        // A comma that groups nothing is no part of an ordinal.
        assert!(figures("the 1,00th").iter().all(|(_, value, _, _)| !value.starts_with("Ordinal")));
        assert!(figures("a third-party audit").is_empty());
        assert!(figures("One of the soldiers was hurt.").is_empty());
        let thirds = figures("A third of the budget went to defence.");
        assert!(thirds.iter().all(|(_, value, _, _)| !value.starts_with("Ordinal")));
        let seconds = figures("The alarm sounded for 30 seconds.");
        assert!(seconds.iter().all(|(_, value, _, _)| value.starts_with("Duration")));
    }

    #[test]
    fn first_as_an_adverb_a_title_or_a_signpost() {
        let ordinals = |text: &str| {
            figures(text)
                .into_iter()
                .filter(|(_, value, _, _)| value.starts_with("Ordinal"))
                .map(|(span, _, _, _)| span)
                .collect::<Vec<_>>()
        };
        // The adverb of time: after a subject, or before a past verb.
        assert!(ordinals("The couple first met at a rally in Leeds.").is_empty());
        assert!(ordinals("It was sold when I first started out.").is_empty());
        assert!(ordinals("The party first came to power in 1997.").is_empty());
        assert!(ordinals("The virus, which first appeared in Wuhan, spread fast.").is_empty());
        assert!(ordinals("The bridge was first opened to traffic in 1932.").is_empty());
        // Still ordinals: with a determiner, a possessive, or before a noun.
        assert_eq!(ordinals("It is the first recorded case in the region."), ["first"]);
        assert_eq!(ordinals("Labour's first elected mayor took office."), ["first"]);
        assert_eq!(ordinals("She won first prize at the show."), ["first"]);
        assert_eq!(ordinals("Bolt finished first, ahead of Blake."), ["first"]);
        assert_eq!(ordinals("They lost the first seed in the draw."), ["first"]);
        // A title or a thing.
        assert!(ordinals("The first minister said the budget was fair.").is_empty());
        assert!(ordinals("Paramedics gave him first aid at the scene.").is_empty());
        assert_eq!(ordinals("He is the first minister to resign."), ["first"]);
        assert_eq!(ordinals("The second round starts on Monday."), ["second"]);
        // Signposts that order an argument.
        assert!(ordinals("First, we tested the water.").is_empty());
        assert!(ordinals("Second, the cost has doubled.").is_empty());
        assert!(ordinals("Next, the samples were washed.").is_empty());
        assert_eq!(ordinals("He came second, behind Farah."), ["second"]);
    }
}
