//! Finding reporting cues in a sentence: one pass over its words, a hash lookup
//! per word, and a short look-ahead for multi-word cues.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use super::{CueClass, Tok};
use crate::extract::Fnv;
use crate::lexicon::cues;
use crate::lexicon::speakers;

/// The cue tables are looked up for every word: keyed with the cheap hash.
type Hash = BuildHasherDefault<Fnv>;

/// The grammatical form of a cue word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Form {
    /// say
    Base,
    /// says
    Third,
    /// said (past or participle)
    Past,
    /// saying
    Ing,
    /// according to
    Fixed,
    /// statement, allegation
    Noun,
}

/// A cue found in a sentence: its first and last word.
#[derive(Clone, Debug)]
pub(super) struct Found {
    /// Index of the first word of the cue.
    pub first: usize,
    /// Index of the last word of the cue.
    pub last: usize,
    /// The lemma: "say", "pay tribute", "according to".
    pub lemma: String,
    /// Its class.
    pub class: CueClass,
    /// The form of the first word.
    pub form: Form,
}

/// Every form of every lexicon verb (and the first word of every phrase), with its lemma and form.
/// Every word a cue can start with: the first words of fixed phrases, every
/// inflected form of a verb, and the cue nouns.
fn starts() -> &'static HashSet<&'static str, Hash> {
    static STARTS: OnceLock<HashSet<&'static str, Hash>> = OnceLock::new();
    STARTS.get_or_init(|| {
        let mut starts: HashSet<&'static str, Hash> =
            verb_forms().keys().map(String::as_str).collect();
        starts.extend(cues::FIXED.iter().map(|(first, _, _)| *first));
        starts.extend(cues::NOUNS.iter().map(|(noun, _)| *noun));
        starts
    })
}

fn verb_forms() -> &'static HashMap<String, (&'static str, Form), Hash> {
    static FORMS: OnceLock<HashMap<String, (&'static str, Form), Hash>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut forms = HashMap::default();
        let lemmas = cues::VERBS
            .iter()
            .map(|(lemma, _)| *lemma)
            .chain(cues::PHRASES.iter().map(|(lemma, _, _)| *lemma));
        for lemma in lemmas {
            let [base, third, past, participle, ing] = cues::inflections(lemma);
            for (form, kind) in [
                (base, Form::Base),
                (third, Form::Third),
                (past, Form::Past),
                (participle, Form::Past),
                (ing, Form::Ing),
            ] {
                forms.entry(form).or_insert((lemma, kind));
            }
        }
        forms
    })
}

/// Whether `word` (lowercase) is the past form of a reporting verb: such a word
/// ends a speaker's noun phrase ("the Taliban authorities blamed").
pub(super) fn is_cue_word(word: &str) -> bool {
    verb_forms().get(word).is_some_and(|(_, form)| *form == Form::Past)
}

/// Matches `rest` against the words after `start`. One modifier may stand inside
/// the phrase ("paid rich tribute", "made it very clear", "issued a statement"),
/// but not a pronoun ("called him on Monday" is no "call on").
fn follows(toks: &[Tok], start: usize, rest: &[&str]) -> Option<usize> {
    let mut at = start;
    let mut gap_used = false;
    for word in rest {
        let next = toks.get(at + 1)?;
        if next.lower == *word && !next.quoted {
            at += 1;
            continue;
        }
        let after = toks.get(at + 2)?;
        let modifier = next.is_word()
            && next.text.chars().all(char::is_lowercase)
            && speakers::pronoun(&next.lower).is_none()
            && (!speakers::is_determiner(&next.lower)
                || matches!(next.lower.as_ref(), "a" | "an" | "the"))
            && !speakers::is_function_word(&next.lower)
            && !matches!(next.lower.as_ref(), "him" | "her" | "them" | "us" | "me");
        if gap_used || !modifier || after.lower != *word || after.quoted {
            return None;
        }
        gap_used = true;
        at += 2;
    }
    Some(at)
}

/// Finds the cues among `toks` (words inside quotations are skipped).
pub(super) fn find(toks: &[Tok]) -> Vec<Found> {
    let forms = verb_forms();
    let starts = starts();
    let mut found: Vec<Found> = Vec::new();
    let mut index = 0;
    // Computed on the first capitalized candidate only.
    let mut title: Option<bool> = None;
    while index < toks.len() {
        let Some(tok) = toks.get(index) else { break };
        // Most words start no cue: one set lookup rules them out before the
        // shape checks and the three lexicons are consulted.
        if tok.quoted || !starts.contains(tok.lower.as_ref()) || !tok.is_word() {
            index += 1;
            continue;
        }
        if !plain(toks, index) {
            // "…, Former Aide Says": in a title-case headline a capitalized
            // verb in the present tense, the tense of headlines, is still a
            // verb (nouns, participles and past forms, often adjectives
            // there, are left out).
            let headline = *title.get_or_insert_with(|| title_case(toks));
            let hit = headline
                .then(|| verb(toks, index, forms))
                .flatten()
                .filter(|hit| hit.form == Form::Third);
            if let Some(hit) = hit {
                index = hit.last + 1;
                found.push(hit);
            } else {
                index += 1;
            }
            continue;
        }
        let after_determiner =
            index.checked_sub(1).and_then(|before| toks.get(before)).is_some_and(|before| {
                speakers::is_determiner(&before.lower)
                    || before.lower.ends_with("\u{2019}s")
                    || before.lower.ends_with("'s")
            });
        // "All agreed", "most said": a quantifier may stand alone as the subject.
        let after_quantifier =
            index.checked_sub(1).and_then(|before| toks.get(before)).is_some_and(|before| {
                matches!(
                    before.lower.as_ref(),
                    "all" | "both" | "many" | "most" | "several" | "some"
                )
            });
        let after_that = index
            .checked_sub(1)
            .and_then(|before| toks.get(before))
            .is_some_and(|before| before.lower == "that");
        let hit = if after_determiner && !after_quantifier {
            noun(toks, index)
        } else if after_that || after_quantifier {
            // "overruled that request" (a noun) or "a report that said" (a verb).
            noun(toks, index).or_else(|| verb(toks, index, forms))
        } else {
            fixed(toks, index).or_else(|| verb(toks, index, forms)).or_else(|| noun(toks, index))
        };
        if let Some(hit) = hit {
            index = hit.last + 1;
            found.push(hit);
        } else {
            index += 1;
        }
    }
    found
}

/// Whether the sentence is a headline in title case: at least three words of
/// four letters or more, all capitalized but not all in capitals, and none in
/// lower case (short function words may be).
fn title_case(toks: &[Tok]) -> bool {
    let mut long = 0;
    for tok in toks.iter().filter(|tok| tok.is_word() && !tok.quoted) {
        let letters = tok.text.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 4 {
            continue;
        }
        let lower = tok.text.chars().filter(|c| c.is_lowercase()).count();
        if !tok.is_cap() || lower == 0 {
            return false;
        }
        long += 1;
    }
    long >= 3
}

/// Whether the word at `index` can be a cue by its shape: lower case (or first in
/// the sentence, but not in capitals), and not part of a hyphenated compound
/// ("counter-statements", "the United States").
fn plain(toks: &[Tok], index: usize) -> bool {
    let Some(tok) = toks.get(index) else { return false };
    let first = toks.iter().position(Tok::is_word) == Some(index);
    let shouting = tok.text.chars().filter(|c| c.is_alphabetic()).count() > 1
        && tok.text.chars().all(|c| !c.is_lowercase());
    let capital_ok = !tok.is_cap() || (first && !shouting);
    let hyphen_after =
        toks.get(index + 1).is_some_and(|next| next.text == "-" && !next.space_before);
    let hyphen_before = !tok.space_before
        && index
            .checked_sub(1)
            .and_then(|before| toks.get(before))
            .is_some_and(|before| before.text == "-");
    capital_ok && !hyphen_after && !hyphen_before
}

fn fixed(toks: &[Tok], index: usize) -> Option<Found> {
    let tok = toks.get(index)?;
    cues::FIXED.iter().find(|(first, _, _)| tok.lower == *first).and_then(
        |(first, rest, class_of)| {
            let last = strict_follows(toks, index, rest)?;
            Some(Found {
                first: index,
                last,
                lemma: phrase(first, rest),
                class: *class_of,
                form: Form::Fixed,
            })
        },
    )
}

fn strict_follows(toks: &[Tok], start: usize, rest: &[&str]) -> Option<usize> {
    let mut at = start;
    for word in rest {
        let next = toks.get(at + 1)?;
        if next.lower != *word {
            return None;
        }
        at += 1;
    }
    Some(at)
}

fn phrase(first: &str, rest: &[&str]) -> String {
    let mut lemma = first.to_string();
    for word in rest {
        lemma.push(' ');
        lemma.push_str(word);
    }
    lemma
}

fn verb(
    toks: &[Tok],
    index: usize,
    forms: &HashMap<String, (&'static str, Form), Hash>,
) -> Option<Found> {
    let tok = toks.get(index)?;
    let &(lemma, form) = forms.get(tok.lower.as_ref())?;
    for (first, rest, class_of) in cues::PHRASES {
        if *first == lemma
            && let Some(last) = follows(toks, index, rest)
        {
            return Some(Found {
                first: index,
                last,
                lemma: phrase(first, rest),
                class: *class_of,
                form,
            });
        }
    }
    let position = cues::VERBS.binary_search_by(|(entry, _)| entry.cmp(&lemma)).ok()?;
    let (_, class_of) = cues::VERBS.get(position)?;
    Some(Found { first: index, last: index, lemma: lemma.to_string(), class: *class_of, form })
}

fn noun(toks: &[Tok], index: usize) -> Option<Found> {
    let tok = toks.get(index)?;
    let position =
        cues::NOUNS.binary_search_by(|(entry, _)| entry.cmp(&tok.lower.as_ref())).ok()?;
    let (lemma, class_of) = cues::NOUNS.get(position)?;
    Some(Found {
        first: index,
        last: index,
        lemma: (*lemma).to_string(),
        class: *class_of,
        form: Form::Noun,
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens;
    use super::*;

    fn lemmas(text: &str) -> Vec<String> {
        let toks = tokens(text, crate::Span::new(0, text.len()), &[]);
        find(&toks).into_iter().map(|found| found.lemma).collect()
    }

    #[test]
    fn single_multi_and_nominal_cues() {
        assert_eq!(lemmas("She said they would pay tribute to him."), ["say", "pay tribute"]);
        assert_eq!(lemmas("Naqvi paid rich tribute to the soldiers."), ["pay tribute"]);
        assert_eq!(
            lemmas("He pointed to delays, according to a statement."),
            ["point to", "according to", "statement"]
        );
        assert_eq!(lemmas("The party has made it clear that it stays."), ["make it clear"]);
        assert_eq!(lemmas("Officials are calling for calm."), ["call for"]);
        assert_eq!(lemmas("The deal was approved."), Vec::<String>::new());
    }
}
