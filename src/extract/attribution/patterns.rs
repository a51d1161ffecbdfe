//! The clause patterns that tie a cue to its speaker and its content:
//!
//! - `X said (that) C`, `X said: "…"`, `X told OUTLET/reporters that C`;
//! - `C, X said`, `C, said X`, `"…," X told OUTLET`;
//! - `…, saying: "…"`, `…, telling OUTLET: "…"` and `X denies C and insists D`
//!   (the speaker of the clause before);
//! - `according to X, C` and `C, according to X`;
//! - `X, who warned …`, `which it says …` (relative clauses);
//! - `X, the Y spokesman, said …` (apposition);
//! - `a statement from X`, `remarks by X`, `X's allegation that C` (nominal cues);
//! - `experts on X said`, `those close to him say` (a modifier after the head);
//! - `C was confirmed by X` (a passive with its agent) and `C (a view echoed
//!   by X)` (a reduced passive set off by a parenthesis, comma or dash);
//! - `Twelve percent indicated`, `all agreed`, `they all said` (quantities);
//! - `One of the doctors who signed the letter called …` (a relative clause
//!   inside the subject) and `In a radio interview X declared` (no comma);
//! - `by telling them that C`, `After saying C, X …` (gerunds after a preposition);
//! - `Name: C` and `Name on topic: C` (headlines).
//!
//! Each pattern looks at a bounded window of words around the cue.

use super::cue::{Form, Found};
use super::speaker::{self, Np};
use super::{Mark, Tok, via};
use crate::lexicon::{calendar, cues, numbers, speakers, titles};
use crate::span::Span;
use crate::text::Quote;

/// Who speaks, as found in the sentence (resolved later).
#[derive(Clone, Debug)]
pub(super) enum Who {
    /// A noun phrase, with an apposition that may give a role.
    Phrase(Np, Option<Np>),
    /// A personal pronoun at this word.
    Pronoun(usize),
    /// A relative pronoun at this word, and the phrase it stands for.
    Relative(usize, Np),
}

/// An attribution found in one sentence, before its speaker is resolved.
#[derive(Clone, Debug)]
pub(super) struct Raw {
    pub cue: Found,
    pub who: Who,
    pub content: Span,
    pub negated: bool,
    /// Whether the attribution lies inside a quotation of another speaker.
    pub nested: bool,
}

/// How far back a comma that opens an apposition may be, in words.
const APPOSITION_WORDS: usize = 15;

/// Words that open an adjunct after a cue ("said on Monday", "told AFP in Kabul"):
/// after them the content lies before the speaker, not after the cue.
const ADJUNCT_OPENERS: &[&str] =
    &["at", "during", "earlier", "in", "last", "late", "later", "on", "this", "today", "yesterday"];

/// Finds the attributions of one sentence from its cues.
pub(super) fn analyse(
    toks: &[Tok],
    cues: &[Found],
    vias: &[via::Found],
    quotes: &[Quote],
    sentence: Span,
) -> Vec<Raw> {
    let mut raws: Vec<Raw> = Vec::new();
    for cue in cues {
        let found = match cue.form {
            Form::Fixed if cue.lemma == "according to" => according_to(toks, cue, quotes, sentence),
            Form::Fixed => None,
            Form::Noun => nominal(toks, cue, quotes, sentence),
            _ => verbal(toks, cue, vias, quotes, sentence, raws.last()),
        };
        if let Some(raw) = found {
            raws.push(raw);
        }
    }
    if let Some(raw) = headline(toks, quotes, sentence) {
        let speaker = who_span(toks, &raw.who);
        if !raws.iter().any(|other| who_span(toks, &other.who).overlaps(speaker)) {
            raws.push(raw);
        }
    }
    // A nominal cue inside another attribution's speaker ("according to a
    // statement from the ministry") is part of that speaker.
    let speakers: Vec<Span> = raws.iter().map(|raw| who_span(toks, &raw.who)).collect();
    raws.retain(|raw| {
        raw.cue.form != Form::Noun
            || !speakers
                .iter()
                .any(|span| toks.get(raw.cue.first).is_some_and(|tok| span.contains(tok.span)))
    });
    raws
}

/// Where the speaker's words are in the sentence.
fn who_span(toks: &[Tok], who: &Who) -> Span {
    match who {
        Who::Phrase(np, _) | Who::Relative(_, np) => np.span(toks),
        Who::Pronoun(index) => toks.get(*index).map(|tok| tok.span).unwrap_or_default(),
    }
}

/// The first word of the sentence that is not an opening mark or a conjunction.
fn first_word(toks: &[Tok]) -> usize {
    toks.iter()
        .position(|tok| tok.is_word() && !matches!(tok.lower.as_ref(), "but" | "and" | "so"))
        .unwrap_or(0)
}

/// The end of the sentence's content: before its final stop, after a closing mark.
fn sentence_end(toks: &[Tok], sentence: Span) -> usize {
    let mut end = sentence.end;
    for tok in toks.iter().rev() {
        if tok.is_word() || tok.mark == Mark::Close {
            break;
        }
        end = tok.span.start;
    }
    end
}

/// Extends `content` to the quotation it starts or ends in, when that runs past it.
fn widen_to_quotes(content: Span, quotes: &[Quote]) -> Span {
    let mut widened = content;
    for quote in quotes {
        if quote.span.start > content.end {
            break;
        }
        let inside_start = quote.span.start <= content.start && content.start < quote.span.end;
        let inside_end = quote.span.start < content.end && content.end <= quote.span.end;
        let starts_with = quote.span.start >= content.start && quote.span.start < content.end;
        if inside_start || inside_end || (starts_with && quote.span.end > content.end) {
            widened = widened.cover(quote.span);
        }
    }
    widened
}

/// Content after the cue (and the channel it names), to the end of the sentence.
fn forward(toks: &[Tok], from: usize, quotes: &[Quote], sentence: Span) -> Option<Span> {
    let mut start = from;
    while toks
        .get(start)
        .is_some_and(|tok| matches!(tok.text, "that" | ":" | "," | "\u{2014}" | "-"))
    {
        start += 1;
    }
    let first = toks.get(start)?;
    let end = sentence_end(toks, sentence);
    (first.span.start < end).then(|| widen_to_quotes(Span::new(first.span.start, end), quotes))
}

/// Content before the speaker, from the start of the sentence to the comma before `before`.
fn backward(toks: &[Tok], before: usize, quotes: &[Quote]) -> Option<Span> {
    let mut last = before.checked_sub(1)?;
    while toks.get(last).is_some_and(|tok| matches!(tok.text, "," | "\u{2014}" | "-" | ";")) {
        last = last.checked_sub(1)?;
    }
    let start = toks.first()?.span.start;
    let end = toks.get(last)?.span.end;
    (start < end).then(|| widen_to_quotes(Span::new(start, end), quotes))
}

/// Whether what follows a cue is only an adjunct ("on Monday", a full stop).
fn adjunct_follows(toks: &[Tok], from: usize) -> bool {
    toks.get(from).is_none_or(|tok| {
        !tok.is_word()
            || ADJUNCT_OPENERS.contains(&tok.lower.as_ref())
            || calendar::weekday(&tok.lower).is_some()
            || (tok.lower.ends_with("ing")
                && toks.get(from.wrapping_sub(1)).is_some_and(|before| before.text == ","))
    }) && !toks.get(from).is_some_and(|tok| tok.text == ":" || tok.mark == Mark::Open)
}

/// Whether the word before `index` ends a piece of content: a comma or a closing mark.
fn after_content(toks: &[Tok], index: usize) -> bool {
    index.checked_sub(1).and_then(|before| toks.get(before)).is_some_and(|tok| {
        tok.text == "," || tok.mark == Mark::Close || (is_quote_char(tok.text) && !tok.space_before)
    })
}

/// Whether a word is a quotation mark of any shape (including the doubled
/// apostrophes some newspapers use: '').
fn is_quote_char(text: &str) -> bool {
    matches!(text, "\"" | "\u{201d}" | "\u{2019}" | "'" | "\u{bb}")
}

/// Prepositions whose object is never the subject of the verb after it ("the
/// talks in Istanbul concluded"). Words that may also open a clause ("after",
/// "before", "as") are not listed.
const PREPOSITIONS: &[&str] = &[
    "about", "against", "among", "at", "between", "by", "during", "for", "from", "in", "into",
    "like", "of", "on", "over", "through", "to", "toward", "towards", "under", "with", "within",
    "without",
];

/// Skips auxiliaries, negations, hedges and adverbs left of a verb; returns the
/// index of the word before them and whether a negation was among them.
fn skip_left(toks: &[Tok], cue: usize) -> (Option<usize>, bool) {
    let mut index = cue.checked_sub(1);
    let mut negated = false;
    while let Some(at) = index {
        let Some(tok) = toks.get(at) else { break };
        let word = tok.lower.as_ref();
        let adverb = tok.is_word() && !tok.is_cap() && word.ends_with("ly") && word.len() > 3;
        // "this month", "last week", "in April", "on Monday": a time adjunct.
        let time = calendar::weekday(word).is_some()
            || calendar::month(word).is_some()
            || speakers::is_time_noun(word)
            || (word.len() == 4 && word.chars().all(|c| c.is_ascii_digit()));
        let opener = at.checked_sub(1).and_then(|before| toks.get(before)).filter(|before| {
            matches!(
                before.lower.as_ref(),
                "this" | "last" | "next" | "in" | "on" | "early" | "late"
            )
        });
        if time && opener.is_some() {
            index = at.checked_sub(2);
            continue;
        }
        // "didn't", "hasn’t": an auxiliary with its negation.
        let contracted = word.ends_with("n't") || word.ends_with("n\u{2019}t");
        negated |= contracted;
        if tok.quoted
            || !(speakers::is_auxiliary(word)
                || contracted
                || adverb
                || cues::HEDGES.contains(&word))
        {
            break;
        }
        negated |= matches!(word, "not" | "n't" | "never");
        index = at.checked_sub(1);
    }
    // "the three senators all suggested", "they both said": a quantifier
    // floating after its subject is passed over like an adverb.
    if let Some(at) = index
        && toks.get(at).is_some_and(|tok| matches!(tok.lower.as_ref(), "all" | "both" | "each"))
        && at.checked_sub(1).and_then(|before| toks.get(before)).is_some_and(|before| {
            before.text == ")"
                || (before.is_word()
                    && !speakers::is_function_word(&before.lower)
                    && !speakers::is_determiner(&before.lower)
                    && !PREPOSITIONS.contains(&before.lower.as_ref()))
        })
    {
        index = at.checked_sub(1);
    }
    (index, negated)
}

/// Whether the words after a cue rule it out as a report: "responded with
/// strikes", "agreed to resume", "it would add layers".
fn not_a_report(toks: &[Tok], cue: &Found, after: usize) -> bool {
    let next = toks.get(after);
    let next_word = next.map_or("", |tok| tok.lower.as_ref());
    if matches!(next_word, "with" | "by") && !matches!(cue.class, super::CueClass::Evaluation) {
        return true;
    }
    // "Shares welcomed by investors rose": a participle with its agent and no
    // auxiliary modifies a noun ("praised by saying" is still active).
    if next_word == "by"
        && cue.form == Form::Past
        && !toks.get(after + 1).is_some_and(|tok| tok.lower.ends_with("ing"))
    {
        return true;
    }
    // "refused to provide guarantees", "declined to act": a refusal to do
    // something is an act, not a statement.
    if next_word == "to"
        && (cue.class == super::CueClass::Confirm || matches!(cue.lemma.as_str(), "refuse"))
    {
        return true;
    }
    if next_word == "to" && cue.class == super::CueClass::Confirm {
        return true;
    }
    if next_word == "of" && cue.class == super::CueClass::Belief {
        return true;
    }
    let lemma = cue.lemma.as_str();
    // "would add $84 billion": an amount is an object, not a clause.
    cues::CLAUSE_ONLY.contains(&lemma)
        && next.is_some_and(|tok| {
            (tok.is_word() || tok.text.starts_with(['$', '\u{a3}', '\u{20ac}', '\u{a5}']))
                && tok.lower != "that"
                && tok.mark == Mark::None
                && !is_quote_char(tok.text)
        })
}

/// The subject of the clause before a participle ("Islamabad launched strikes,
/// claiming ..."): the phrase before the nearest verb in the past tense.
fn clause_subject(toks: &[Tok], before: usize) -> Option<Who> {
    let lowest = before.saturating_sub(APPOSITION_WORDS * 2);
    (lowest..before).rev().find_map(|index| {
        let tok = toks.get(index)?;
        if tok.quoted || tok.is_cap() || !tok.lower.ends_with("ed") {
            return None;
        }
        let (left, _) = skip_left(toks, index);
        let left = left?;
        let word = toks.get(left)?;
        if matches!(speakers::pronoun(&word.lower), Some(number) if number != speakers::Number::Relative) {
            return Some(Who::Pronoun(left));
        }
        let np = speaker::left_np(toks, left)?;
        let preceded = np
            .first
            .checked_sub(1)
            .and_then(|at| toks.get(at))
            .is_some_and(|tok| PREPOSITIONS.contains(&tok.lower.as_ref()));
        (!preceded).then_some(Who::Phrase(np, None))
    })
}

/// Whether a word is a dash: "—", "–" or a hyphen standing apart ("--" is two).
fn is_dash(tok: &Tok) -> bool {
    matches!(tok.text, "\u{2014}" | "\u{2013}" | "-")
}

/// The word before a relative pronoun's dashes: "95 officers -- most of whom
/// had retired -- who cited" reaches back over the dashed aside to "officers";
/// "the letter -- who" to "letter". With no dash, `at` itself.
fn past_dashes(toks: &[Tok], at: usize) -> Option<usize> {
    if !toks.get(at).is_some_and(is_dash) {
        return Some(at);
    }
    let mut close = at;
    while close > 0 && toks.get(close - 1).is_some_and(is_dash) {
        close -= 1;
    }
    // A dashed aside of at most APPOSITION_WORDS words closes here when another
    // dash opens it; otherwise the dash itself stands right after the antecedent.
    let lowest = close.saturating_sub(APPOSITION_WORDS);
    let open = (lowest..close)
        .rev()
        .find(|&index| toks.get(index).is_some_and(|tok| is_dash(tok) && tok.space_before));
    let mut before = open.unwrap_or(close);
    while before > 0 && toks.get(before).is_some_and(is_dash) {
        before -= 1;
    }
    (before < close).then_some(before)
}

/// The subject of a verb after "and" or of a participle after a comma: the
/// speaker of the clause before ("Kabul denies C and insists D"), or the subject
/// of a that-clause in between ("said that the Taliban supports talks and
/// believes"), or the subject of the nearest past-tense verb.
fn coordinated(toks: &[Tok], conjunction: usize, previous: Option<&Raw>) -> Option<Who> {
    // "reiterated that the Taliban supports dialogue and believes": the
    // subject of the clause after "that", not the reporter.
    let since = previous.map_or(0, |raw| raw.cue.last + 1);
    let that_clause = (since..conjunction)
        .rev()
        .find(|&index| toks.get(index).is_some_and(|word| word.lower == "that" && !word.quoted))
        .and_then(|index| speaker::right_np(toks, index + 1))
        .filter(|np| np.last < conjunction)
        .map(|np| Who::Phrase(np, None));
    that_clause
        .or_else(|| previous.map(|raw| raw.who.clone()))
        .or_else(|| clause_subject(toks, conjunction))
}

fn verbal(
    toks: &[Tok],
    cue: &Found,
    vias: &[via::Found],
    quotes: &[Quote],
    sentence: Span,
    previous: Option<&Raw>,
) -> Option<Raw> {
    if let Some(raw) = passive_agent(toks, cue, quotes, sentence) {
        return Some(raw);
    }
    let (left, negated) = skip_left(toks, cue.first);
    // "North Korea is not thought to be capable": a passive has no speaker on its left.
    let passive = cue.form == Form::Past
        && (left.map_or(0, |index| index + 1)..cue.first)
            .any(|index| toks.get(index).is_some_and(|tok| tok.lower == "is"));
    if passive {
        return None;
    }
    let left_tok = left.and_then(|index| toks.get(index));
    let auxiliary = left.map_or(cue.first > 0, |index| index + 1 < cue.first);
    let mut inverted = false;
    let who = match left_tok {
        Some(tok) if tok.quoted && tok.mark == Mark::None => None,
        Some(tok) if speakers::pronoun(&tok.lower).is_some() => match tok.lower.as_ref() {
            "who" | "which" | "that" => {
                let index = left.unwrap_or(0);
                let mut antecedent = index.checked_sub(1);
                if antecedent.and_then(|at| toks.get(at)).is_some_and(|before| before.text == ",") {
                    antecedent = antecedent.and_then(|at| at.checked_sub(1));
                }
                antecedent = antecedent.and_then(|at| past_dashes(toks, at));
                antecedent
                    .and_then(|at| speaker::left_np(toks, at))
                    .map(|np| Who::Relative(index, np))
            }
            _ => left.map(Who::Pronoun),
        },
        Some(tok)
            if matches!(tok.lower.as_ref(), "and" | "but")
                || (tok.text == "," && cue.form == Form::Ing) =>
        {
            coordinated(toks, left.unwrap_or(0), previous)
        }
        Some(tok) if tok.text == "," => apposition(toks, left.unwrap_or(0)),
        // A participle right after a noun modifies it ("a paper calling for
        // calm") unless an auxiliary makes it a verb ("they are calling").
        // "by telling them that", "for saying that": the gerund's subject is
        // the clause's; "After saying C, the mayor …" takes the main clause's.
        Some(tok)
            if cue.form == Form::Ing
                && !auxiliary
                && GERUND_PREPOSITIONS.contains(&tok.lower.as_ref()) =>
        {
            gerund_subject(toks, left.unwrap_or(0), cue)
        }
        Some(_) if cue.form == Form::Ing && !auxiliary => None,
        Some(_) => left
            .and_then(|index| {
                subject_before(toks, index, cue).or_else(|| quantity_subject(toks, index))
            })
            .map(|np| Who::Phrase(np, None)),
        None => None,
    };
    let who = match who {
        Some(who) => who,
        None if after_content(toks, cue.first) => {
            inverted = true;
            // "…, said Ali." or "…, said Ali, who …": the phrase ends the clause;
            // "…, said the program has failed" is no inversion.
            let np = speaker::right_np(toks, cue.last + 1)?;
            let closes = toks.get(np.last + 1).is_none_or(|tok| {
                !tok.is_word()
                    || ADJUNCT_OPENERS.contains(&tok.lower.as_ref())
                    || tok.lower == "who"
            });
            if !closes {
                return None;
            }
            Who::Phrase(np, None)
        }
        None => return None,
    };
    // Content begins after the cue and after the channel it names ("told AFP that").
    let mut after = cue.last + 1;
    if let Some(channel) =
        vias.iter().find(|found| found.trigger == cue.last || found.trigger == cue.first)
    {
        after = channel.last + 1;
    }
    if inverted && let Who::Phrase(np, _) = &who {
        after = np.last + 1;
    }
    let subject_start = match &who {
        Who::Phrase(np, _) => np.first,
        Who::Pronoun(index) | Who::Relative(index, _) => *index,
    };
    let content_before = !inverted
        && after_content(toks, subject_start)
        && subject_start > first_word(toks)
        && adjunct_follows(toks, after);
    if !inverted && !content_before && not_a_report(toks, cue, cue.last + 1) {
        return None;
    }
    let content = if inverted {
        backward(toks, cue.first, quotes)
    } else if content_before {
        backward(toks, subject_start, quotes)
    } else {
        forward(toks, after, quotes, sentence)
    };
    let mut content = content.unwrap_or(sentence);
    if !inverted {
        content = before_subject(toks, content, cue, subject_start);
    }
    Some(Raw { cue: cue.clone(), who, content, negated, nested: false })
}

/// "After saying C, the mayor closed it": a speaker after the cue (not an
/// inverted one) ends the content before its clause.
fn before_subject(toks: &[Tok], content: Span, cue: &Found, subject_start: usize) -> Span {
    if subject_start <= cue.last {
        return content;
    }
    let mut last = subject_start.saturating_sub(1);
    while last > cue.last && toks.get(last).is_some_and(|tok| matches!(tok.text, "," | ";")) {
        last -= 1;
    }
    match toks.get(last).filter(|tok| tok.span.end > content.start) {
        Some(tok) => Span::new(content.start, content.end.min(tok.span.end)),
        None => content,
    }
}

/// How many words a headline's speaker may have before its colon.
const HEADLINE_WORDS: usize = 8;

/// `Name: what they said`, the headline form ("Mayor Holt: 'We will rebuild'",
/// "Poll: voters abandon the party", "Obama on climate: the trends are
/// terrifying"). The phrase before the colon opens the sentence and names a
/// speaker: a name of two capitalized words or more, or a speaking noun;
/// section labels ("Breaking News:", "Editor's note:") are not speakers.
fn headline(toks: &[Tok], quotes: &[Quote], sentence: Span) -> Option<Raw> {
    let opening = first_word(toks);
    let colon = (opening..toks.len().min(opening + HEADLINE_WORDS + 1)).find(|&index| {
        toks.get(index).is_some_and(|tok| !tok.is_word() && !speaker_joint(toks, index))
    })?;
    if toks.get(colon)?.text != ":" || toks.get(opening..colon)?.iter().any(|tok| tok.quoted) {
        return None;
    }
    // "Obama on climate change:" names Obama.
    let topic = (opening + 1..colon).find(|&index| {
        toks.get(index).is_some_and(|tok| matches!(tok.lower.as_ref(), "on" | "about"))
    });
    // "Prices on Monday:" gives a time, not a topic.
    let dated = topic.and_then(|index| toks.get(index + 1)).is_some_and(|tok| {
        calendar::weekday(&tok.lower).is_some()
            || calendar::month(&tok.lower).is_some()
            || tok.text.chars().any(|c| c.is_ascii_digit())
    });
    if dated {
        return None;
    }
    let np = speaker::left_np(toks, topic.unwrap_or(colon).checked_sub(1)?)
        .filter(|np| np.first == opening)?;
    let words = toks.get(np.first..=np.last)?;
    let capitals = words.iter().filter(|tok| tok.is_cap()).count();
    let head = toks.get(np.last)?;
    let speaking = speakers::is_source_noun(&head.lower)
        || speakers::is_group_head(&head.lower)
        || titles::is_role(&head.lower);
    let label = words.iter().any(|tok| cues::is_headline_label(&tok.lower));
    if label || !(capitals >= 2 || speaking || (topic.is_some() && capitals == 1)) {
        return None;
    }
    let after = toks.get(colon + 1)?;
    if !(after.is_cap() || after.mark == Mark::Open || is_quote_char(after.text)) {
        return None;
    }
    let content = forward(toks, colon + 1, quotes, sentence)?;
    let cue = Found {
        first: colon,
        last: colon,
        lemma: ":".to_string(),
        class: super::CueClass::Speech,
        form: Form::Fixed,
    };
    Some(Raw { cue, who: Who::Phrase(np, None), content, negated: false, nested: false })
}

/// Whether the punctuation at `index` stands inside a name ("Lt. Gen.", "al-Sharaa").
fn speaker_joint(toks: &[Tok], index: usize) -> bool {
    toks.get(index).is_some_and(|tok| {
        matches!(tok.text, "." | "-" | "&" | "\u{2019}" | "'") && !tok.space_before
    })
}

/// Forms of "be" that make a past participle passive.
const BE_FORMS: &[&str] = &["are", "be", "been", "being", "is", "was", "were"];

/// How many words may stand between a passive cue and its "by": "has been
/// called a charlatan by fellow physicians".
const AGENT_GAP: usize = 4;

/// `C was confirmed by X`, `his views were echoed by X`, `he has been called a
/// fraud by X`: the agent after "by" is the speaker. The content is the clause
/// after the agent when one follows ("was told by doctors that C"), otherwise
/// the subject before the verb.
fn passive_agent(toks: &[Tok], cue: &Found, quotes: &[Quote], sentence: Span) -> Option<Raw> {
    // "quoted by the BBC as saying" names the channel, not the speaker.
    if cue.form != Form::Past || cue.lemma == "quote" {
        return None;
    }
    let mut before = cue.first.checked_sub(1)?;
    while toks.get(before).is_some_and(|tok| {
        tok.lower == "not" || (tok.lower.ends_with("ly") && tok.lower.len() > 3 && !tok.is_cap())
    }) {
        before = before.checked_sub(1)?;
    }
    let auxiliary = toks.get(before)?;
    if auxiliary.quoted {
        return None;
    }
    if !BE_FORMS.contains(&auxiliary.lower.as_ref()) {
        return reduced_passive(toks, cue, before, quotes);
    }
    let by = (cue.last + 1..=cue.last + 1 + AGENT_GAP)
        .take_while(|&index| toks.get(index).is_some_and(|tok| tok.is_word() && !tok.quoted))
        .find(|&index| toks.get(index).is_some_and(|tok| tok.lower == "by"))?;
    // "the strike was called by the union" organizes, it does not evaluate.
    if by == cue.last + 1 && cue.lemma == "call" {
        return None;
    }
    // After "by" any noun phrase is the agent: "by two former colleagues".
    let np = speaker::right_np(toks, by + 1).or_else(|| speaker::right_np_loose(toks, by + 1))?;
    let negated =
        toks.get(before + 1..cue.first).unwrap_or_default().iter().any(|tok| tok.lower == "not");
    let content = match toks.get(np.last + 1) {
        Some(tok) if matches!(tok.lower.as_ref(), "that" | ":") => {
            forward(toks, np.last + 1, quotes, sentence)
        }
        _ => {
            let mut subject_end = before;
            while subject_end > 0
                && toks.get(subject_end).is_some_and(|tok| {
                    speakers::is_auxiliary(&tok.lower) || BE_FORMS.contains(&tok.lower.as_ref())
                })
            {
                subject_end -= 1;
            }
            backward(toks, subject_end + 1, quotes)
        }
    };
    Some(Raw {
        cue: cue.clone(),
        who: Who::Phrase(np, None),
        content: content.unwrap_or(sentence),
        negated,
        nested: false,
    })
}

/// `C (a view echoed by X)`, `C, a claim denied by X`: a noun phrase set off
/// by a parenthesis, a comma or a dash, whose participle has its agent right
/// after it. The agent speaks; the content is the clause before the opener.
fn reduced_passive(toks: &[Tok], cue: &Found, noun: usize, quotes: &[Quote]) -> Option<Raw> {
    let head = toks.get(noun)?;
    if !head.is_word()
        || head.is_cap()
        || speakers::is_function_word(&head.lower)
        || speakers::is_determiner(&head.lower)
        || speakers::pronoun(&head.lower).is_some()
    {
        return None;
    }
    // "a view", "a widely held view": a determiner within two words of the head,
    // right after the opener.
    let determiner = (noun.saturating_sub(2)..noun)
        .find(|&at| toks.get(at).is_some_and(|tok| speakers::is_determiner(&tok.lower)))?;
    let opener = determiner.checked_sub(1)?;
    if !toks.get(opener).is_some_and(|tok| matches!(tok.text, "(" | "," | "\u{2014}" | "\u{2013}"))
    {
        return None;
    }
    let by = cue.last + 1;
    if !toks.get(by).is_some_and(|tok| tok.lower == "by" && !tok.quoted) {
        return None;
    }
    let np = speaker::right_np(toks, by + 1)
        .or_else(|| speaker::right_np_loose(toks, by + 1))
        .or_else(|| {
            toks.get(by + 1)
                .is_some_and(|tok| tok.is_word() && !tok.quoted)
                .then_some(Np { first: by + 1, last: by + 1 })
        })?;
    let content = backward(toks, opener, quotes)?;
    Some(Raw {
        cue: cue.clone(),
        who: Who::Phrase(np, None),
        content,
        negated: false,
        nested: false,
    })
}

/// The subject phrase ending at `index`, right before a verbal cue.
fn subject_before(toks: &[Tok], index: usize, cue: &Found) -> Option<Np> {
    // Any common noun may say something ("the hospital said"), but
    // only with a past form: "his latest remarks" is a noun phrase.
    let loose = || (cue.form == Form::Past).then(|| speaker::left_np_loose(toks, index)).flatten();
    // The object of a preposition is no subject: "the talks in Istanbul
    // concluded"; the phrase the preposition modifies may be ("experts on
    // North Korea said").
    speaker::left_np(toks, index)
        .or_else(loose)
        .map(|np| relative_object(toks, np))
        .map(|np| quantified(toks, np))
        .map(|np| after_intro(toks, np))
        .filter(|np| {
            !np.first
                .checked_sub(1)
                .and_then(|at| toks.get(at))
                .is_some_and(|tok| PREPOSITIONS.contains(&tok.lower.as_ref()))
        })
        .or_else(|| speaker::modified_np(toks, index))
}

/// Prepositions before a gerund whose subject is that of the clause: "by
/// telling them", "for saying", "aside from saying", "after saying".
const GERUND_PREPOSITIONS: &[&str] = &["after", "before", "by", "for", "from", "while"];

/// The subject of a gerund after a preposition: the subject of the clause
/// before it ("He pitched himself by telling them"), or, when the gerund opens
/// the sentence, the subject right after its clause ("After saying C, she left").
fn gerund_subject(toks: &[Tok], preposition: usize, cue: &Found) -> Option<Who> {
    if preposition <= first_word(toks) {
        // The comma may close a quotation: "After saying it was 'so swollen,' she …".
        let comma = (cue.last + 1..toks.len()).find(|&index| {
            toks.get(index).is_some_and(|tok| {
                tok.text == ","
                    && (!tok.quoted
                        || toks.get(index + 1).is_some_and(|next| next.mark == Mark::Close))
            })
        })?;
        let mut first = comma + 1;
        while toks.get(first).is_some_and(|tok| tok.mark == Mark::Close) {
            first += 1;
        }
        let tok = toks.get(first)?;
        if matches!(speakers::pronoun(&tok.lower), Some(number) if number != speakers::Number::Relative)
        {
            return Some(Who::Pronoun(first));
        }
        return speaker::right_np(toks, first).map(|np| Who::Phrase(np, None));
    }
    // The subject must be that of the clause the gerund ends: no comma, "that"
    // or "but" between them ("whatever he wanted, from saying" is no "he").
    let who = clause_subject(toks, preposition)?;
    let start = match &who {
        Who::Phrase(np, _) => np.first,
        Who::Pronoun(index) | Who::Relative(index, _) => *index,
    };
    let crossed = toks.get(start..preposition).unwrap_or_default().iter().any(|tok| {
        tok.text == "," || matches!(tok.lower.as_ref(), "that" | "but" | "whatever" | "been")
    });
    (!crossed).then_some(who)
}

/// "One of the doctors who signed the letter called": the phrase before the
/// verb is the object of a relative clause; the subject is the phrase the
/// clause modifies. Only a single verb may stand between "who" and the object.
fn relative_object(toks: &[Tok], np: Np) -> Np {
    let verb = np.first.checked_sub(1);
    let relative = verb.and_then(|at| at.checked_sub(1));
    let is_verb = verb.and_then(|at| toks.get(at)).is_some_and(|tok| {
        tok.is_word()
            && !tok.is_cap()
            && !tok.quoted
            && !speakers::is_function_word(&tok.lower)
            && !speakers::is_determiner(&tok.lower)
            && !PREPOSITIONS.contains(&tok.lower.as_ref())
    });
    let is_relative = relative
        .and_then(|at| toks.get(at))
        .is_some_and(|tok| matches!(tok.lower.as_ref(), "who" | "that") && !tok.quoted);
    if !(is_verb && is_relative) {
        return np;
    }
    relative
        .and_then(|at| at.checked_sub(1))
        .and_then(|at| speaker::left_np(toks, at))
        .unwrap_or(np)
}

/// "In a radio interview Smith declared": an introductory phrase with no comma
/// after it runs into the subject. When the phrase follows a preposition and a
/// lower-case noun stands before a name at its end, the name alone is the subject.
fn after_intro(toks: &[Tok], np: Np) -> Np {
    let preceded = np
        .first
        .checked_sub(1)
        .and_then(|at| toks.get(at))
        .is_some_and(|tok| PREPOSITIONS.contains(&tok.lower.as_ref()));
    if !preceded || !toks.get(np.last).is_some_and(Tok::is_cap) {
        return np;
    }
    let mut first = np.last;
    while first > np.first
        && toks.get(first - 1).is_some_and(|tok| tok.is_cap() || speaker_joint(toks, first - 1))
    {
        first -= 1;
    }
    let noun_before =
        first.checked_sub(1).filter(|&at| at > np.first).and_then(|at| toks.get(at)).is_some_and(
            |tok| tok.is_word() && !tok.is_cap() && !speakers::is_determiner(&tok.lower),
        );
    if noun_before { Np { first, last: np.last } } else { np }
}

/// Words that stand alone for a group of people as the subject of a clause:
/// "All agreed that …", "Most said …".
const QUANTIFIERS: &[&str] =
    &["all", "both", "few", "half", "many", "most", "none", "others", "several", "some"];

/// A quantity as the subject of a clause: "Twelve percent indicated", "40% said",
/// "All agreed". It must open its clause (the sentence, or after a comma or a
/// conjunction), so that "raised prices by 5 percent said" reads no subject.
fn quantity_subject(toks: &[Tok], last: usize) -> Option<Np> {
    let tok = toks.get(last)?;
    if tok.quoted {
        return None;
    }
    let first = if matches!(tok.lower.as_ref(), "percent" | "%" | "cent") {
        let mut first = last;
        if tok.lower == "cent" {
            first = first
                .checked_sub(1)
                .filter(|&at| toks.get(at).is_some_and(|w| w.lower == "per"))?;
        }
        let number = |w: &Tok| {
            w.text.chars().any(|c| c.is_ascii_digit())
                && w.text.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
                || numbers::cardinal(&w.lower).is_some()
        };
        let mut start = first;
        while let Some(before) = start.checked_sub(1).filter(|&at| {
            toks.get(at)
                .is_some_and(|w| !w.quoted && (number(w) || (w.text == "." && !w.space_before)))
        }) {
            start = before;
        }
        if start == first {
            return None;
        }
        start
    } else if QUANTIFIERS.contains(&tok.lower.as_ref()) {
        last
    } else {
        return None;
    };
    let opens = first == first_word(toks)
        || first.checked_sub(1).and_then(|at| toks.get(at)).is_some_and(|before| {
            matches!(before.lower.as_ref(), "," | ";" | "and" | "but" | "while" | "whereas")
        });
    opens.then_some(Np { first, last })
}

/// "one of the advisers", "some of the officials": the quantity heads the phrase.
fn quantified(toks: &[Tok], np: Np) -> Np {
    let of = np.first.checked_sub(1);
    let quantity = of.and_then(|at| at.checked_sub(1));
    match (of.and_then(|at| toks.get(at)), quantity.and_then(|at| toks.get(at))) {
        (Some(of_tok), Some(quantity_tok))
            if of_tok.lower == "of"
                && !quantity_tok.quoted
                && (speakers::is_determiner(&quantity_tok.lower)
                    || matches!(quantity_tok.lower.as_ref(), "none" | "either" | "neither")) =>
        {
            Np { first: quantity.unwrap_or(np.first), last: np.last }
        }
        _ => np,
    }
}

/// Words that open a parenthetical between a subject and its verb: "Trump,
/// speaking at a summit in Kuala Lumpur, Malaysia, said".
fn opens_parenthetical(tok: &Tok) -> bool {
    !tok.is_cap()
        && (tok.lower.ends_with("ing")
            || matches!(
                tok.lower.as_ref(),
                "who" | "which" | "whose" | "in" | "at" | "on" | "after" | "before" | "while"
            ))
}

/// `X, the Y spokesman, said`, `X, 56, said` and `X, speaking in Z, said`: the
/// phrase before the opening comma speaks; an apposition between the commas may
/// give its role. The nearest comma that opens an apposition or a parenthetical
/// clause wins, so that commas inside it ("in Kuala Lumpur, Malaysia") are passed over.
fn apposition(toks: &[Tok], comma: usize) -> Option<Who> {
    let inner_last = comma.checked_sub(1)?;
    let lowest = comma.saturating_sub(APPOSITION_WORDS * 2);
    let mut openings = Vec::new();
    for opening in (lowest..inner_last).rev() {
        let Some(tok) = toks.get(opening) else { continue };
        if tok.mark != Mark::None || tok.quoted {
            break;
        }
        if tok.text == "," {
            openings.push(opening);
        }
    }
    let speaker_before =
        |opening: usize| opening.checked_sub(1).and_then(|before| speaker::left_np(toks, before));
    // First a parenthetical clause, which may hold commas of its own.
    for &opening in &openings {
        if toks.get(opening + 1).is_some_and(opens_parenthetical)
            && let Some(speaker) = speaker_before(opening)
        {
            return Some(Who::Phrase(speaker, None));
        }
    }
    // Then the nearest apposition: "the Taliban's chief spokesman", "56", "Democrat of California".
    for &opening in &openings {
        let Some(first_inner) = toks.get(opening + 1) else { continue };
        let role = speaker::right_np(toks, opening + 1).filter(|np| np.last == inner_last);
        let opens = speakers::is_determiner(&first_inner.lower)
            || titles::is_role(&first_inner.lower)
            || first_inner.text.chars().all(|c| c.is_ascii_digit())
            || first_inner.lower.ends_with("\u{2019}s")
            || first_inner.lower.ends_with("'s")
            || role.is_some();
        if opens && let Some(speaker) = speaker_before(opening) {
            return Some(Who::Phrase(speaker, role));
        }
    }
    None
}

fn according_to(toks: &[Tok], cue: &Found, quotes: &[Quote], sentence: Span) -> Option<Raw> {
    // Whatever follows "according to" is the source: "her account", "a complaint
    // filed by the commission". Without a known head, it runs to the next comma.
    let np = speaker::right_np(toks, cue.last + 1).or_else(|| {
        let first = cue.last + 1;
        let last = (first..toks.len().min(first + APPOSITION_WORDS))
            .take_while(|&index| {
                toks.get(index).is_some_and(|tok| tok.is_word() || tok.text == "-")
            })
            .last()?;
        Some(Np { first, last })
    })?;
    let content = if cue.first <= first_word(toks) {
        forward(toks, np.last + 1, quotes, sentence)
    } else {
        backward(toks, cue.first, quotes)
    };
    Some(Raw {
        cue: cue.clone(),
        who: Who::Phrase(np, None),
        content: content.unwrap_or(sentence),
        negated: false,
        nested: false,
    })
}

/// `a statement from X`, `remarks by X`, `X's allegation that C`.
fn nominal(toks: &[Tok], cue: &Found, quotes: &[Quote], sentence: Span) -> Option<Raw> {
    let next = toks.get(cue.last + 1)?;
    let (np, after, possessive) = if matches!(next.lower.as_ref(), "from" | "by") {
        let np = speaker::right_np(toks, cue.last + 2)?;
        (np, np.last + 1, false)
    } else {
        let mut owner = cue.first.checked_sub(1)?;
        let possessive = |tok: &Tok| tok.lower.ends_with("\u{2019}s") || tok.lower.ends_with("'s");
        if !toks.get(owner).is_some_and(possessive) {
            owner = owner.checked_sub(1)?;
        }
        if !toks.get(owner).is_some_and(|tok| possessive(tok) && !tok.quoted) {
            return None;
        }
        (speaker::left_np(toks, owner)?, cue.last + 1, true)
    };
    // "the mayor's announcement on Monday of a budget": a time adjunct may
    // stand between the noun and its content.
    let mut after = after;
    let adjunct = toks
        .get(after)
        .is_some_and(|tok| matches!(tok.lower.as_ref(), "in" | "on" | "last" | "this"))
        && toks.get(after + 1).is_some_and(|tok| {
            calendar::weekday(&tok.lower).is_some()
                || calendar::month(&tok.lower).is_some()
                || speakers::is_time_noun(&tok.lower)
                || (tok.text.len() == 4 && tok.text.chars().all(|c| c.is_ascii_digit()))
        });
    if adjunct {
        after += 2;
    }
    let content = match toks.get(after) {
        Some(tok) if matches!(tok.lower.as_ref(), "of" | "that" | ":" | "about") => {
            forward(toks, after + 1, quotes, sentence)
        }
        _ => None,
    };
    // "rejected Pakistan's claims": a possessive cue with no content of its own
    // names a statement but attributes nothing.
    if possessive && content.is_none() {
        return None;
    }
    Some(Raw {
        cue: cue.clone(),
        who: Who::Phrase(np, None),
        content: content.unwrap_or(sentence),
        negated: false,
        nested: false,
    })
}
