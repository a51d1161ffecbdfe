//! Channels: the outlet or audience a statement is given to ("told AFP",
//! "telling Reuters:", "in an interview with Al Arabiya", "told reporters",
//! "speaking to journalists").

use super::{Tok, Via, ViaKind};
use crate::lexicon::{calendar, outlets, speakers, titles};
use crate::span::Span;

/// A channel found in a sentence, with the word that introduced it.
#[derive(Clone, Debug)]
pub(super) struct Found {
    pub via: Via,
    /// The word that introduces the channel ("told", "speaking", "interview").
    pub trigger: usize,
    /// The last word of the channel's name.
    pub last: usize,
}

const TELL: &[&str] = &["tell", "telling", "tells", "told"];
const SPEAK: &[&str] = &[
    "remarked",
    "said",
    "speak",
    "speaking",
    "speaks",
    "spoke",
    "talk",
    "talked",
    "talking",
    "talks",
    "interview",
    "interviews",
    "remarks",
    "statement",
    "comments",
];

/// The longest channel name, in words.
const MAX_WORDS: usize = 6;

/// Finds every channel in the words of a sentence.
pub(super) fn find(toks: &[Tok]) -> Vec<Found> {
    let mut found = Vec::new();
    for (index, tok) in toks.iter().enumerate() {
        if tok.quoted {
            continue;
        }
        let next = toks.get(index + 1).map_or("", |next| next.lower.as_ref());
        let start = if TELL.contains(&tok.lower.as_ref()) {
            Some(index + 1)
        } else if (SPEAK.contains(&tok.lower.as_ref()) && matches!(next, "to" | "with"))
            || (tok.lower == "quoted" && next == "by")
        {
            Some(index + 2)
        } else {
            None
        };
        if let Some(start) = start
            && let Some((via, last)) = channel(toks, start)
        {
            found.push(Found { via, trigger: index, last });
        }
    }
    found
}

/// The outlet or audience named from `start`, if the phrase there is one.
fn channel(toks: &[Tok], start: usize) -> Option<(Via, usize)> {
    let mut first = start;
    while toks
        .get(first)
        .is_some_and(|tok| speakers::is_determiner(&tok.lower) && tok.lower != "one")
    {
        first += 1;
    }
    let mut last = None;
    let mut index = first;
    while index < toks.len() && index - first < MAX_WORDS {
        let Some(tok) = toks.get(index) else { break };
        let joined = !tok.space_before && matches!(tok.text, "-" | "&" | ".");
        if tok.quoted
            || (!tok.is_word() && !joined)
            || speakers::is_function_word(&tok.lower)
            || speakers::pronoun(&tok.lower).is_some()
        {
            break;
        }
        if tok.is_word() {
            last = Some(index);
        }
        index += 1;
    }
    let last = last?;
    // Try the longest name first: "Al Arabiya" rather than "Al".
    for end in (first..=last).rev() {
        let (Some(first_tok), Some(last_tok)) = (toks.get(first), toks.get(end)) else { continue };
        let span = Span::new(first_tok.span.start, last_tok.span.end);
        let name: String = toks.get(first..=end).unwrap_or_default().iter().fold(
            String::new(),
            |mut name, tok| {
                if !name.is_empty() && tok.space_before {
                    name.push(' ');
                }
                name.push_str(tok.text);
                name
            },
        );
        let lower = name.to_lowercase();
        let kind = if outlets::is_outlet(&lower)
            || (outlets::is_outlet_head(&last_tok.lower) && end > first)
            || last_tok.lower == "media"
        {
            ViaKind::Outlet
        } else if outlets::is_audience(&last_tok.lower) {
            ViaKind::Audience
        } else {
            continue;
        };
        if kind == ViaKind::Outlet {
            let (end, span, name) = sub_brand(toks, end, span, name);
            return Some((Via { name, span, kind }, end));
        }
        return Some((Via { name, span, kind }, end));
    }
    None
}

/// Extends an outlet's name over the capitalised words that name one of its
/// programmes or branches: "told BBC Sport.", "told BBC Radio Scotland:", "told
/// Sky News Arabia,". The run must close the clause (end of sentence, a
/// punctuation mark, "that", or a preposition), so that "told Reuters Iran would
/// …" keeps "Iran" as the subject of the content; dates ("told AFP Monday") and
/// honorifics ("told the BBC Mr Smith …") are never part of a name.
fn sub_brand(toks: &[Tok], end: usize, span: Span, name: String) -> (usize, Span, String) {
    let mut last = end;
    while last - end < MAX_WORDS {
        let Some(tok) = toks.get(last + 1) else { break };
        let lower = tok.lower.as_ref();
        if tok.quoted
            || !tok.is_cap()
            || speakers::is_function_word(lower)
            || calendar::weekday(lower).is_some()
            || calendar::month(lower).is_some()
            || titles::is_honorific(lower)
        {
            break;
        }
        last += 1;
    }
    let closes = toks.get(last + 1).is_none_or(|tok| {
        !tok.is_word()
            || matches!(tok.lower.as_ref(), "that" | "on" | "in" | "at" | "last" | "this")
    });
    let (Some(last_tok), true) = (toks.get(last), last > end && closes) else {
        return (end, span, name);
    };
    let extended = Span::new(span.start, last_tok.span.end);
    let name = toks.get(end + 1..=last).unwrap_or_default().iter().fold(name, |mut name, tok| {
        if tok.space_before {
            name.push(' ');
        }
        name.push_str(tok.text);
        name
    });
    (last, extended, name)
}

#[cfg(test)]
mod tests {
    use super::super::tokens;
    use super::*;

    fn channels(text: &str) -> Vec<(String, ViaKind)> {
        let toks = tokens(text, Span::new(0, text.len()), &[]);
        find(&toks).into_iter().map(|found| (found.via.name, found.via.kind)).collect()
    }

    #[test]
    fn outlets_and_audiences() {
        assert_eq!(
            channels("the spokesman told AFP on Monday."),
            [("AFP".to_string(), ViaKind::Outlet)]
        );
        assert_eq!(
            channels("telling Reuters: \"No.\""),
            [("Reuters".to_string(), ViaKind::Outlet)]
        );
        assert_eq!(
            channels("In an interview with Al Arabiya, he said"),
            [("Al Arabiya".to_string(), ViaKind::Outlet)]
        );
        assert_eq!(
            channels("the minister told reporters at the airport"),
            [("reporters".to_string(), ViaKind::Audience)]
        );
        assert_eq!(
            channels("Speaking to journalists in Doha, she said"),
            [("journalists".to_string(), ViaKind::Audience)]
        );
        assert_eq!(
            channels("officials told local media that"),
            [("local media".to_string(), ViaKind::Outlet)]
        );
        assert_eq!(channels("He told Geo TV that"), [("Geo TV".to_string(), ViaKind::Outlet)]);
        assert!(channels("He told his wife that").is_empty());
    }

    #[test]
    fn programmes_of_an_outlet() {
        let outlet = |name: &str| [(name.to_string(), ViaKind::Outlet)];
        assert_eq!(channels("he told BBC Sport."), outlet("BBC Sport"));
        assert_eq!(channels("she told BBC Radio Scotland: \"No.\""), outlet("BBC Radio Scotland"));
        assert_eq!(channels("he told Sky News Arabia on Friday."), outlet("Sky News Arabia"));
        // The content's subject, a date or a title is not part of the name.
        assert_eq!(channels("he told Reuters Iran would never agree."), outlet("Reuters"));
        assert_eq!(channels("he told AFP Monday."), outlet("AFP"));
        assert_eq!(channels("she told the BBC Mr Smith had resigned."), outlet("BBC"));
        assert_eq!(channels("she told the Daily Mail, \"No.\""), outlet("Daily Mail"));
        assert_eq!(channels("Smith told Wikinews that"), outlet("Wikinews"));
    }
}
