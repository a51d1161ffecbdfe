//! Speaker noun phrases: where they begin and end, and what they say about the
//! speaker (name, role, affiliation, kind and a normalized key).

use super::{Speaker, SpeakerKind, Tok};
use crate::lexicon::{abbreviations, calendar, outlets, speakers, titles};
use crate::span::Span;

/// A noun phrase: its first and last word, both included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Np {
    pub first: usize,
    pub last: usize,
}

/// The longest a speaker's noun phrase may be, in words.
const MAX_WORDS: usize = 12;

/// Prepositions that attach a side to a source: "a source close to the delegation".
const SIDE_PREPOSITIONS: &[&str] = &["at", "for", "from", "in", "inside", "of", "to", "with"];

/// Adjectives that stand between a source and the preposition giving its side.
const SIDE_ADJECTIVES: &[&str] = &["close", "familiar", "linked", "loyal", "near", "present"];

impl Np {
    pub fn span(self, toks: &[Tok]) -> Span {
        match (toks.get(self.first), toks.get(self.last)) {
            (Some(first), Some(last)) => Span::new(first.span.start, last.span.end),
            _ => Span::default(),
        }
    }
}

/// Whether a word cannot stand inside a speaker's noun phrase.
fn is_barrier(tok: &Tok) -> bool {
    tok.quoted
        || speakers::is_function_word(&tok.lower)
        || speakers::pronoun(&tok.lower).is_some()
        || calendar::weekday(&tok.lower).is_some()
        || (calendar::month(&tok.lower).is_some() && tok.lower.len() > 3)
        || tok.text.chars().any(|c| c.is_ascii_digit())
        || (tok.is_word() && !tok.is_cap() && tok.lower.ends_with("ly") && tok.lower.len() > 4)
        || super::cue::is_cue_word(&tok.lower)
        || is_contraction(&tok.lower)
}

/// Whether a word is a pronoun glued to an auxiliary ("you'd", "we'll",
/// "they're"): capitalized at the start of a sentence it looks like a name.
fn is_contraction(word: &str) -> bool {
    ["d", "ll", "re", "ve", "m"].iter().any(|tail| {
        word.strip_suffix(tail).is_some_and(|rest| {
            rest.len() > 1 && (rest.ends_with('\'') || rest.ends_with('\u{2019}'))
        })
    })
}

/// Whether a punctuation word may stand inside a name: "Lt. Gen.", "U.S.", "Tehrik-e-Taliban".
fn joins(toks: &[Tok], index: usize) -> bool {
    let Some(tok) = toks.get(index) else { return false };
    match tok.text {
        "." => index.checked_sub(1).and_then(|before| toks.get(before)).is_some_and(|before| {
            !tok.space_before
                && (abbreviations::is_title(before.text)
                    || before.text.contains('.')
                    || (before.text.chars().count() == 1 && before.is_cap()))
        }),
        "-" | "&" => !tok.space_before,
        _ => false,
    }
}

/// Whether `tok` may head a speaker's noun phrase.
pub(super) fn is_head(tok: &Tok) -> bool {
    if !tok.is_word() || is_barrier(tok) {
        return false;
    }
    if tok.is_cap() {
        return !speakers::is_determiner(&tok.lower);
    }
    // "the mayor's announcement": the owner of a cue noun heads a phrase too.
    let word = strip_possessive(tok.lower.as_ref());
    speakers::is_source_noun(word)
        || speakers::is_group_head(word)
        || titles::is_role(word)
        || outlets::is_outlet_head(word)
}

/// The noun phrase that ends at `last`, if it can name a speaker.
pub(super) fn left_np(toks: &[Tok], last: usize) -> Option<Np> {
    // "Rep. Gwen Moore (D-Wis.)": a closing parenthesis after a name is skipped.
    if toks.get(last).is_some_and(|tok| tok.text == ")") {
        let lowest = last.saturating_sub(MAX_WORDS);
        let open = (lowest..last)
            .rev()
            .find(|&index| toks.get(index).is_some_and(|tok| tok.text == "("))?;
        let inner = left_np(toks, open.checked_sub(1)?)?;
        return Some(Np { first: inner.first, last });
    }
    // "Park Geun-hye": the head of a hyphenated name is the whole compound.
    let mut head_at = last;
    while toks.get(head_at).is_some_and(|tok| !tok.space_before && !tok.is_cap())
        && head_at >= 2
        && toks.get(head_at - 1).is_some_and(|tok| tok.text == "-" && !tok.space_before)
        && toks.get(head_at - 2).is_some_and(Tok::is_cap)
    {
        head_at -= 2;
    }
    let head = toks.get(head_at)?;
    if !head.is_word() || is_barrier(head) || head.lower == "of" {
        return None;
    }
    let mut first = last;
    while first > 0 && last - first < MAX_WORDS {
        let before = first - 1;
        let Some(tok) = toks.get(before) else { break };
        if speakers::is_determiner(&tok.lower) && !tok.quoted {
            first = before;
            break;
        }
        let inside = if tok.lower == "of" || tok.lower == "and" {
            // "Secretary of State", "Mr. Grassley and Mr. Leahy": only between two names or titles.
            let after_cap = toks
                .get(first)
                .is_some_and(|after| after.is_cap() || speakers::is_determiner(&after.lower));
            let before_cap = before
                .checked_sub(1)
                .and_then(|index| toks.get(index))
                .is_some_and(|word| word.is_cap() || titles::is_role(&word.lower));
            after_cap && before_cap
        } else if tok.is_word() {
            !is_barrier(tok)
        } else {
            joins(toks, before)
        };
        if !inside {
            break;
        }
        first = before;
    }
    // A phrase never starts with "of", "and" or punctuation; a name with no
    // determiner starts with its first capital ("to obtain United States
    // citizenship" gives no "obtain United").
    let determined = toks.get(first).is_some_and(|tok| speakers::is_determiner(&tok.lower));
    while first < last
        && toks.get(first).is_some_and(|tok| {
            !tok.is_word()
                || tok.lower == "of"
                || tok.lower == "and"
                || (!determined && head.is_cap() && !tok.is_cap())
        })
    {
        first += 1;
    }
    let np = Np { first, last };
    let extended = extend_side(toks, np);
    // "a representative present at the talks": the side makes any head a speaker;
    // so does a name before a common noun ("the New York businessman").
    // A verb is no head: "the NYPD overruled" is a clause.
    let verbal = !head.is_cap() && (head.lower.ends_with("ed") || head.lower.ends_with("ing"));
    let named = determined
        && !verbal
        && (first + 1..last)
            .any(|index| toks.get(index).is_some_and(|tok| tok.is_cap() && !tok.quoted));
    (is_head(head) || extended != np || named).then_some(extended)
}

/// A definite or indefinite phrase with any common noun as head ("the hospital",
/// "a local bakery"), for the subject right before a reporting verb: whatever
/// says something is a speaker, even when no lexicon lists its head.
pub(super) fn left_np_loose(toks: &[Tok], last: usize) -> Option<Np> {
    let head = toks.get(last)?;
    if !head.is_word()
        || head.is_cap()
        || is_barrier(head)
        || speakers::is_determiner(&head.lower)
        || head.lower == "of"
    {
        return None;
    }
    let lowest = last.saturating_sub(4);
    let determiner = (lowest..last).rev().find(|&index| {
        toks.get(index).is_some_and(|tok| {
            tok.quoted || !tok.is_word() || is_barrier(tok) || speakers::is_determiner(&tok.lower)
        })
    })?;
    let tok = toks.get(determiner)?;
    speakers::is_determiner(&tok.lower).then_some(Np { first: determiner, last })
}

/// Words that open a modifier after a speaker's head: "experts on trade",
/// "officials in Kabul", "those close to him", "the analysts I spoke to",
/// "officials who asked not to be named".
const POST_MODIFIERS: &[&str] = &[
    "across", "around", "at", "close", "familiar", "for", "from", "i", "in", "inside", "of", "on",
    "outside", "that", "we", "who", "with", "within",
];

/// The subject of a verb whose noun phrase a modifier ends: "Experts on trade
/// and tariffs said", "Those close to him say", "All the analysts I spoke to
/// said", "A study published in the journal found". The subject runs from the
/// start of the clause (the sentence's first word, or the word after a comma)
/// to `last`, the word before the verb; its head is the first noun of the
/// clause, which must be able to name a speaker, and a modifier opener (or a
/// participle and a preposition) must follow that head.
pub(super) fn modified_np(toks: &[Tok], last: usize) -> Option<Np> {
    let lowest = last.saturating_sub(MAX_WORDS);
    let mut start = lowest;
    for index in (lowest..=last).rev() {
        let tok = toks.get(index)?;
        if tok.quoted || tok.mark != super::Mark::None {
            return None;
        }
        if matches!(tok.text, "," | ";" | ":" | "(" | ")" | "\u{2014}") {
            start = index + 1;
            break;
        }
        if index == 0 {
            start = 0;
        } else if index == lowest {
            // No clause boundary within reach: too long to be one subject.
            return None;
        }
    }
    // A conjunction opening the clause is not part of the subject.
    while toks.get(start).is_some_and(|tok| {
        !tok.is_word() || matches!(tok.lower.as_ref(), "and" | "but" | "so" | "yet")
    }) {
        start += 1;
    }
    let opener = toks.get(start)?;
    if speakers::is_function_word(&opener.lower) && !speakers::is_determiner(&opener.lower) {
        return None;
    }
    // The head: the first word that may name a speaker, after determiners and modifiers only.
    let mut head = start;
    let named = loop {
        let tok = toks.get(head)?;
        if head >= last || !tok.is_word() || tok.quoted {
            return None;
        }
        // A capital that only opens the sentence ("Political observers") is no name.
        let opens_sentence = head == start
            && tok.is_cap()
            && toks.get(head + 1).is_some_and(|next| next.is_word() && !next.is_cap());
        let lexical = speakers::is_source_noun(&tok.lower)
            || speakers::is_group_head(&tok.lower)
            || titles::is_role(&tok.lower);
        if lexical || tok.lower == "those" {
            break false;
        }
        if is_head(tok) && !opens_sentence {
            break tok.is_cap();
        }
        // "A 2014 study": a year may stand among the modifiers.
        let year = tok.text.len() == 4 && tok.text.chars().all(|c| c.is_ascii_digit());
        // "Talks between the representatives of …": a head after a preposition is its object.
        let preposition = SIDE_PREPOSITIONS.contains(&tok.lower.as_ref())
            || matches!(tok.lower.as_ref(), "between" | "among" | "about" | "against" | "by");
        if preposition || (is_barrier(tok) && !speakers::is_determiner(&tok.lower) && !year) {
            return None;
        }
        head += 1;
    };
    let next = toks.get(head + 1)?;
    let participle = next.lower.ends_with("ed")
        && !next.is_cap()
        && toks
            .get(head + 2)
            .is_some_and(|after| matches!(after.lower.as_ref(), "in" | "by" | "at" | "on"));
    // A verb inside the modifier ends the subject earlier: "the experts said her
    // proposals were more detailed" has no subject before "detailed".
    let verb_inside = (head + 1 + usize::from(participle)..=last).any(|index| {
        toks.get(index).is_some_and(|tok| {
            super::cue::is_cue_word(&tok.lower)
                || matches!(tok.lower.as_ref(), "says" | "is" | "are" | "was" | "were")
        })
    });
    if verb_inside {
        return None;
    }
    let opens = POST_MODIFIERS.binary_search(&next.lower.as_ref()).is_ok() || participle;
    // A name opening the clause is a speaker only if it is one phrase with what follows.
    let name_ok =
        !named || left_np(toks, head).is_some_and(|np| np.first == start || np.first + 1 == start);
    (opens && name_ok).then_some(Np { first: start, last })
}

/// Extends "the Taliban delegation" to "a source close to the Taliban delegation".
fn extend_side(toks: &[Tok], mut np: Np) -> Np {
    for _ in 0..2 {
        let Some(preposition) = np.first.checked_sub(1) else { break };
        let Some(tok) = toks.get(preposition) else { break };
        if !SIDE_PREPOSITIONS.contains(&tok.lower.as_ref()) {
            break;
        }
        let Some(mut head) = preposition.checked_sub(1) else { break };
        if toks.get(head).is_some_and(|word| SIDE_ADJECTIVES.contains(&word.lower.as_ref())) {
            let Some(before) = head.checked_sub(1) else { break };
            head = before;
        }
        let Some(head_tok) = toks.get(head) else { break };
        let noun = head_tok.lower.as_ref();
        let speaking = speakers::is_source_noun(noun)
            || speakers::is_group_head(noun)
            || titles::is_role(noun)
            || noun == "statement"
            || noun == "spokesperson";
        if head_tok.quoted || !speaking {
            break;
        }
        let Some(outer) = left_np(toks, head) else { break };
        np.first = outer.first;
    }
    np
}

/// The noun phrase that starts at `first` (after a cue: "said Ali", "according to the army").
pub(super) fn right_np(toks: &[Tok], first: usize) -> Option<Np> {
    let mut last = None;
    let mut index = first;
    while index < toks.len() && index - first < MAX_WORDS {
        let Some(tok) = toks.get(index) else { break };
        let inside = if speakers::is_determiner(&tok.lower) && !tok.quoted {
            index == first || toks.get(index - 1).is_some_and(|before| before.lower == "of")
        } else if tok.lower == "of" || tok.lower == "from" {
            toks.get(index + 1)
                .is_some_and(|after| after.is_cap() || speakers::is_determiner(&after.lower))
        } else if tok.is_word() {
            !is_barrier(tok)
        } else {
            joins(toks, index)
        };
        if !inside {
            break;
        }
        // The phrase ends at its last possible head: "the Taliban" in "the Taliban supports dialogue".
        if is_head(tok) {
            last = Some(index);
        }
        index += 1;
    }
    last.map(|last| Np { first, last })
}

/// A noun phrase with any head that starts at `first` and runs to the last word
/// before a barrier (a function word, a verb, punctuation): "two former
/// colleagues" after "by". At most [`LOOSE_WORDS`] words.
pub(super) fn right_np_loose(toks: &[Tok], first: usize) -> Option<Np> {
    let last = (first..toks.len().min(first + LOOSE_WORDS))
        .take_while(|&index| {
            toks.get(index).is_some_and(|tok| {
                tok.is_word()
                    && (!is_barrier(tok) || (index == first && speakers::is_determiner(&tok.lower)))
            })
        })
        .last()?;
    let head = toks.get(last)?;
    (!speakers::is_determiner(&head.lower)).then_some(Np { first, last })
}

/// The longest a loose noun phrase may be, in words.
const LOOSE_WORDS: usize = 5;

/// Text of the words `first..=last`, as written, joined by single spaces where the text has space.
fn join(toks: &[Tok], first: usize, last: usize) -> String {
    let mut out = String::new();
    for index in first..=last {
        let Some(tok) = toks.get(index) else { break };
        if !out.is_empty() && tok.space_before {
            out.push(' ');
        }
        out.push_str(tok.text);
    }
    out
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("\u{2019}s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| word.strip_suffix('\u{2019}'))
        .unwrap_or(word)
}

/// The normalized key of a name: lowercase, honorifics and possessives dropped.
pub(super) fn key_of(name: &str) -> String {
    let mut key = String::new();
    for word in name.split_whitespace() {
        let word = strip_possessive(word).trim_matches(|c: char| !c.is_alphanumeric());
        let lower = word.to_lowercase();
        if lower.is_empty() || titles::is_honorific(&lower) || speakers::is_determiner(&lower) {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&lower);
    }
    key
}

/// The first word of a speaker's name: its determiners are dropped, except one
/// that stands for the head ("Those close to him", "one of the aides").
fn name_start(toks: &[Tok], np: Np) -> usize {
    let mut first = np.first;
    while first < np.last
        && toks.get(first).is_some_and(|tok| speakers::is_determiner(&tok.lower))
        && !toks
            .get(first + 1)
            .is_some_and(|tok| SIDE_ADJECTIVES.contains(&tok.lower.as_ref()) || tok.lower == "of")
    {
        first += 1;
    }
    first
}

/// Describes the speaker named by `np`, with an apposition that may give its role.
pub(super) fn describe(toks: &[Tok], np: Np, apposition: Option<Np>) -> Speaker {
    let mention = np.span(toks);
    let first = name_start(toks, np);
    let last = np.last;
    let whole = join(toks, first, last);
    let head = toks.get(last).map(|tok| tok.lower.clone()).unwrap_or_default();
    let bare = key_of(&whole);
    let mut speaker = Speaker {
        name: whole.clone(),
        mention,
        role: None,
        affiliation: None,
        kind: SpeakerKind::Organization,
        key: bare.clone(),
    };
    // A side given by a preposition: "a source close to the Taliban delegation".
    let side_at = (first..=last).find(|&index| {
        toks.get(index)
            .is_some_and(|tok| SIDE_PREPOSITIONS.contains(&tok.lower.as_ref()) && tok.lower != "of")
    });
    let core_last = side_at.and_then(|index| index.checked_sub(1)).unwrap_or(last);
    let core_last =
        if toks.get(core_last).is_some_and(|tok| SIDE_ADJECTIVES.contains(&tok.lower.as_ref())) {
            core_last.saturating_sub(1)
        } else {
            core_last
        };
    let core_head = toks.get(core_last).map(|tok| tok.lower.clone()).unwrap_or_default();
    if let Some(side) = side_at {
        let mut side_first = side + 1;
        while toks.get(side_first).is_some_and(|tok| speakers::is_determiner(&tok.lower)) {
            side_first += 1;
        }
        // "close to the Taliban delegation" names a side. A phrase with no name in
        // it ("present at the talks") gives way to a name before the head ("a
        // Taliban representative"), which the code below reads.
        let side_has_name =
            toks.get(side_first..=last).is_some_and(|side| side.iter().any(Tok::is_cap));
        let name_before_head =
            toks.get(first..core_last).is_some_and(|before| before.iter().any(Tok::is_cap));
        if side_first <= last && (side_has_name || !name_before_head) {
            speaker.affiliation = Some(join(toks, side_first, last));
        }
    }
    let named = whole.to_lowercase();
    let bare_name = named.strip_prefix("the ").unwrap_or(&named);
    if outlets::is_outlet(bare_name) || outlets::is_outlet_head(&head) {
        speaker.kind = SpeakerKind::Outlet;
        apply_apposition(toks, apposition, &mut speaker);
        return speaker;
    }
    if let Some(apposition) = apposition {
        let described = describe(toks, apposition, None);
        if described.kind == SpeakerKind::Outlet {
            speaker.kind = SpeakerKind::Outlet;
            return speaker;
        }
    }
    // Titles: the last role word splits the phrase into affiliation, role and name.
    let role_last = (first..=core_last)
        .rev()
        .find(|&index| toks.get(index).is_some_and(|tok| titles::is_role(&tok.lower)));
    if let Some(role_last) = role_last {
        titled(toks, first, core_last, role_last, &mut speaker);
        return speaker;
    }
    if speakers::is_source_noun(&core_head) {
        speaker.kind = SpeakerKind::Anonymous;
        let side: Vec<&Tok> = toks
            .get(first..core_last)
            .unwrap_or_default()
            .iter()
            .filter(|tok| tok.is_cap())
            .collect();
        if speaker.affiliation.is_none() && !side.is_empty() {
            let text: Vec<&str> = side.iter().map(|tok| strip_possessive(tok.text)).collect();
            speaker.affiliation = Some(text.join(" "));
        }
        return speaker;
    }
    if speakers::is_group_head(&core_head) {
        speaker.kind = SpeakerKind::Organization;
        return speaker;
    }
    let words: Vec<&Tok> =
        toks.get(first..=last).unwrap_or_default().iter().filter(|tok| tok.is_word()).collect();
    let honorific = words.first().is_some_and(|tok| titles::is_honorific(&tok.lower));
    let all_cap = words.iter().all(|tok| tok.is_cap() || tok.lower == "of" || tok.lower == "and");
    // Names of people take no article: "the Afghan Taliban" is a group.
    let article = toks.get(np.first).is_some_and(|tok| tok.lower == "the");
    if all_cap && !article && (honorific || words.len() >= 2) {
        speaker.kind = SpeakerKind::Person;
        if words.len() >= 2
            && words.iter().any(|tok| tok.lower.ends_with("\u{2019}s") || tok.lower.ends_with("'s"))
        {
            // "Pakistan's military" reads as an institution with its country.
            speaker.kind = SpeakerKind::Organization;
        }
    }
    apply_apposition(toks, apposition, &mut speaker);
    speaker
}

/// Splits a phrase with a title at `role_last` into affiliation, role and name:
/// "Pakistan's Defence Minister Khawaja Asif".
fn titled(toks: &[Tok], first: usize, core_last: usize, role_last: usize, speaker: &mut Speaker) {
    let mut role_end = role_last;
    // "Secretary of State Marco Rubio": the role runs through "of State".
    if toks.get(role_end + 1).is_some_and(|tok| tok.lower == "of")
        && toks.get(role_end + 2).is_some_and(Tok::is_cap)
        && role_end + 3 <= core_last
    {
        role_end += 2;
    }
    let mut role_first = (first..=role_last)
        .find(|&index| toks.get(index).is_some_and(|tok| titles::is_role(&tok.lower)))
        .unwrap_or(role_last);
    while role_first > first
        && toks.get(role_first - 1).is_some_and(|tok| titles::is_role_modifier(&tok.lower))
    {
        role_first -= 1;
    }
    let mut name_first = role_end + 1;
    while name_first < core_last && toks.get(name_first).is_some_and(|tok| !tok.is_word()) {
        name_first += 1;
    }
    let name_words: Vec<&Tok> = toks
        .get(name_first..=core_last)
        .unwrap_or_default()
        .iter()
        .filter(|tok| tok.is_word())
        .collect();
    speaker.role = Some(join(toks, role_first, role_end));
    if role_first > first && speaker.affiliation.is_none() {
        let affiliation = join(toks, first, role_first - 1);
        speaker.affiliation = Some(strip_possessive(&affiliation).to_string());
    }
    if !name_words.is_empty() && name_words.iter().all(|tok| tok.is_cap()) {
        speaker.name = join(toks, name_first, core_last);
        speaker.key = key_of(&speaker.name);
        speaker.kind = SpeakerKind::Person;
    } else {
        // "the minister", "a Taliban representative": a description, resolved later.
        speaker.kind = SpeakerKind::Anonymous;
    }
}

fn apply_apposition(toks: &[Tok], apposition: Option<Np>, speaker: &mut Speaker) {
    if let Some(apposition) = apposition {
        let described = describe(toks, apposition, None);
        if speaker.kind == SpeakerKind::Organization && described.role.is_some() {
            speaker.kind = SpeakerKind::Person;
        }
        if speaker.role.is_none() {
            speaker.role = described.role;
        }
        if speaker.affiliation.is_none() {
            speaker.affiliation = described.affiliation;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens;
    use super::*;

    fn speaker(text: &str) -> Speaker {
        let toks = tokens(text, Span::new(0, text.len()), &[]);
        let np = left_np(&toks, toks.len() - 1).expect("a noun phrase");
        describe(&toks, np, None)
    }

    #[test]
    fn titles_names_and_affiliations() {
        let asif = speaker("Pakistan\u{2019}s Defence Minister Khawaja Asif");
        assert_eq!(
            (asif.name.as_str(), asif.role.as_deref(), asif.affiliation.as_deref()),
            ("Khawaja Asif", Some("Defence Minister"), Some("Pakistan"))
        );
        assert_eq!(asif.kind, SpeakerKind::Person);
        assert_eq!(asif.key, "khawaja asif");
        let rubio = speaker("US Secretary of State Marco Rubio");
        assert_eq!(
            (rubio.name.as_str(), rubio.role.as_deref(), rubio.affiliation.as_deref()),
            ("Marco Rubio", Some("Secretary of State"), Some("US"))
        );
        let sharif = speaker("DG ISPR Lt Gen Ahmed Sharif");
        assert_eq!(
            (sharif.name.as_str(), sharif.role.as_deref()),
            ("Ahmed Sharif", Some("DG ISPR Lt Gen"))
        );
    }

    #[test]
    fn anonymous_sources_with_their_side() {
        let sources = speaker("Pakistani security sources");
        assert_eq!(
            (sources.kind, sources.affiliation.as_deref()),
            (SpeakerKind::Anonymous, Some("Pakistani"))
        );
        let close = speaker("a source close to the Taliban delegation");
        assert_eq!(
            (close.kind, close.affiliation.as_deref()),
            (SpeakerKind::Anonymous, Some("Taliban delegation"))
        );
        assert_eq!(speaker("The Express Tribune").kind, SpeakerKind::Outlet);
        assert_eq!(speaker("a Pakistani newspaper").kind, SpeakerKind::Outlet);
        assert_eq!(speaker("the Foreign Ministry").kind, SpeakerKind::Organization);
    }
}
