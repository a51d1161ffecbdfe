//! What a figure counts and the event it is tied to: "23 soldiers" → soldier,
//! "five of its soldiers" → soldier, "losing 23 soldiers" → killed, "25 militants,
//! including four suicide bombers" → four is part of 25.

use super::token::{Kind, Token};
use super::{Counted, Event, Found, Quantity, QuantityKind, Value};
use crate::lexicon::{calendar, events, grammar, numbers, units};
use crate::span::Span;

/// Words that end the search for an event to the right of a figure: a new clause.
const CLAUSE_BREAKS: &[&str] =
    &["after", "although", "before", "but", "said", "told", "when", "whereas", "while"];

/// Turns the recognizers' findings into quantities with their counted noun and event.
#[expect(clippy::too_many_lines, reason = "one match over the kinds of figure, each short")]
pub(crate) fn attach(tokens: &[Token<'_>], found: &[Found]) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::with_capacity(found.len());
    let mut token_ends: Vec<usize> = Vec::with_capacity(found.len());
    for figure in found {
        let (Some(first), Some(last)) =
            (tokens.get(figure.start), figure.end.checked_sub(1).and_then(|k| tokens.get(k)))
        else {
            continue;
        };
        let (Some(number_first), Some(number_last)) = (
            tokens.get(figure.number.0),
            figure.number.1.checked_sub(1).and_then(|k| tokens.get(k)),
        ) else {
            continue;
        };
        let mut quantity = Quantity {
            kind: figure.kind,
            span: Span::new(first.span.start, last.span.end),
            number: Span::new(number_first.span.start, number_last.span.end),
            value: figure.value,
            low: figure.low,
            high: figure.high,
            approximate: figure.approximate,
            unit: figure.unit.map(str::to_owned),
            counted: None,
            event: None,
            range: figure.range,
            relative: figure.relative,
            series: None,
            part_of: None,
        };
        let mut noun_end = figure.end;
        match figure.kind {
            QuantityKind::Count => {
                let mut at = figure.end;
                if tokens.get(at).is_some_and(|t| t.is("of"))
                    && tokens.get(at + 1).is_some_and(|t| grammar::is_partitive_determiner(t.text))
                {
                    at += 2;
                } else if tokens.get(at).is_some_and(|t| t.is("of"))
                    && tokens
                        .get(at + 1)
                        .is_some_and(|t| t.kind == Kind::Word && !grammar::is_stop_word(t.text))
                {
                    at += 1;
                }
                if let Some((counted, end)) = noun_phrase(tokens, at, true) {
                    noun_end = end;
                    // "One Pakistani security official said": a speaker, not a count.
                    if figure.value == Value::Number(1.0)
                        && tokens.get(end).is_some_and(|t| grammar::is_speech_verb(t.text))
                    {
                        continue;
                    }
                    quantity.counted = Some(counted);
                } else if figure.value == Value::Number(1.0)
                    && tokens.get(figure.start).is_some_and(|t| t.kind == Kind::Word)
                {
                    continue;
                }
                if tokens.get(noun_end).is_some_and(|t| units::time_unit(t.text).is_some()) {
                    noun_end += 1;
                }
                quantity.event = event_left(tokens, figure.start)
                    .or_else(|| {
                        tokens
                            .get(figure.end..noun_end)
                            .unwrap_or_default()
                            .iter()
                            .find_map(event_at)
                    })
                    .or_else(|| event_right(tokens, noun_end));
                if figure
                    .start
                    .checked_sub(1)
                    .and_then(|k| tokens.get(k))
                    .is_some_and(|t| t.is("including") || t.is("among"))
                    && let Some(parent) = out.iter().rev().find(|q| q.kind == QuantityKind::Count)
                {
                    quantity.part_of = Some(parent.span);
                    if quantity.event.is_none() {
                        quantity.event.clone_from(&parent.event);
                    }
                }
            }
            QuantityKind::Ordinal => {
                if let Some((counted, end)) = noun_phrase(tokens, figure.end, false) {
                    if tokens.get(end).is_some_and(|t| t.is("of")) {
                        let mut at = end + 1;
                        if tokens.get(at).is_some_and(|t| t.is("the")) {
                            at += 1;
                        }
                        quantity.series = noun_phrase(tokens, at, true).map(|(series, _)| series);
                    }
                    quantity.counted = Some(counted);
                }
            }
            QuantityKind::Duration => {
                let hyphenated =
                    tokens.get(figure.end.saturating_sub(2)).is_some_and(|t| t.is_punct("-"));
                let at = if tokens.get(figure.end).is_some_and(|t| t.is("of")) {
                    figure.end + 1
                } else {
                    figure.end
                };
                if hyphenated || at != figure.end {
                    quantity.counted = noun_phrase(tokens, at, true).map(|(counted, _)| counted);
                } else {
                    quantity.counted = what_lasted(tokens, figure.start);
                }
            }
            _ => {}
        }
        token_ends.push(figure.end);
        out.push(quantity);
    }
    out
}

/// The noun phrase starting at `j`: up to four content words, ending after a plural
/// or before a closed-class word, an event word or a verb form in "-ed".
fn noun_phrase(tokens: &[Token<'_>], mut j: usize, plural_ends: bool) -> Option<(Counted, usize)> {
    while tokens.get(j).is_some_and(|t| grammar::is_skipped_adjective(t.text)) {
        j += 1;
    }
    let start = j;
    let mut words: Vec<String> = Vec::new();
    let mut head_text = String::new();
    while words.len() < 4 {
        let Some(token) = tokens.get(j) else { break };
        // An event noun in the plural is what is counted: "20 arrests", "numerous casualties".
        let event_noun =
            events::canonical(token.text).is_some() && grammar::looks_plural(token.text);
        if token.kind != Kind::Word
            || grammar::is_stop_word(token.text)
            || (events::canonical(token.text).is_some() && !event_noun)
            || numbers::cardinal(token.text).is_some()
            || calendar::weekday(token.text).is_some_and(|_| token.text.len() >= 6)
            || (token.text.len() > 4
                && token.text.ends_with("ed")
                && (!words.is_empty()
                    || tokens
                        .get(j + 1)
                        .is_none_or(|t| t.kind != Kind::Word || grammar::is_stop_word(t.text))))
        {
            break;
        }
        // "cross-border": a hyphenated compound is one word.
        let mut end = j + 1;
        head_text.clear();
        head_text.push_str(token.text);
        while tokens.get(end).is_some_and(|t| t.is_punct("-") && !t.gap)
            && tokens.get(end + 1).is_some_and(|t| t.kind == Kind::Word && !t.gap)
        {
            if let Some(part) = tokens.get(end + 1) {
                head_text.push('-');
                head_text.push_str(part.text);
            }
            end += 2;
        }
        words.push(head_text.clone());
        let last_token = tokens.get(end - 1);
        j = end;
        if (plural_ends || event_noun) && last_token.is_some_and(|t| grammar::looks_plural(t.text))
        {
            break;
        }
        if !plural_ends && words.len() == 1 {
            break;
        }
    }
    let first = tokens.get(start)?;
    let last = tokens.get(j.checked_sub(1)?)?;
    if words.is_empty() {
        return None;
    }
    let lemma = grammar::lemma(&head_text);
    let mut phrase = String::new();
    for word in words.iter().take(words.len() - 1) {
        if word.chars().next().is_some_and(char::is_lowercase) {
            phrase.push_str(&word.to_lowercase());
            phrase.push(' ');
        }
    }
    phrase.push_str(&lemma);
    Some((Counted { span: Span::new(first.span.start, last.span.end), lemma, phrase }, j))
}

/// "the talks lasted three days", "a truce, which lasted two weeks": the noun before
/// a verb of lasting.
fn what_lasted(tokens: &[Token<'_>], start: usize) -> Option<Counted> {
    const LASTING: &[&str] = &["extended", "held", "lasted", "lasting", "lasts", "ran", "spanned"];
    let mut k = start.checked_sub(1)?;
    if tokens.get(k).is_some_and(|t| t.is("for") || t.is("over") || t.is("nearly") || t.is("about"))
    {
        k = k.checked_sub(1)?;
    }
    if !tokens.get(k).is_some_and(|t| LASTING.iter().any(|w| t.is(w))) {
        return None;
    }
    for back in (k.saturating_sub(4)..k).rev() {
        let token = tokens.get(back)?;
        if token.kind == Kind::Word
            && !grammar::is_stop_word(token.text)
            && events::canonical(token.text).is_none()
        {
            let lemma = grammar::lemma(token.text);
            return Some(Counted { span: token.span, phrase: lemma.clone(), lemma });
        }
        if !(token.is_punct(",") || grammar::is_stop_word(token.text)) {
            return None;
        }
    }
    None
}

fn event_at(token: &Token<'_>) -> Option<Event> {
    events::canonical(token.text)
        .map(|canonical| Event { span: token.span, canonical: canonical.to_owned() })
}

/// "losing 23 soldiers", "killed at least 12", "the elimination of 25 militants".
fn event_left(tokens: &[Token<'_>], start: usize) -> Option<Event> {
    let before = tokens.get(start.checked_sub(1)?)?;
    if let Some(event) = event_at(before) {
        return Some(event);
    }
    if before.is("of")
        && let Some(event) = event_at(tokens.get(start.checked_sub(2)?)?)
    {
        return Some(event);
    }
    // "the death toll rose to 50", "the toll of dead stood at 12".
    let window = tokens.get(start.saturating_sub(6)..start)?;
    let toll = window.iter().rposition(|t| t.is("toll"))?;
    if window.iter().skip(toll).any(|t| t.kind == Kind::Punct) {
        return None;
    }
    window.get(toll.checked_sub(1)?).and_then(event_at)
}

/// "23 soldiers were killed", "five of its soldiers and 25 militants were killed".
fn event_right(tokens: &[Token<'_>], from: usize) -> Option<Event> {
    for token in tokens.iter().skip(from).take(12) {
        if token.is_punct(";:.()!?") || CLAUSE_BREAKS.iter().any(|w| token.is(w)) {
            return None;
        }
        if let Some(event) = event_at(token) {
            return Some(event);
        }
    }
    None
}
