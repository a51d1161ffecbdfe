//! Topics and context: what a figure measures, and what tells one event from another.
//!
//! [`topic`] gives a short canonical phrase per figure so that claims about the
//! same kind of fact share a key: a counted thing with its event ("soldiers
//! killed"), a numbered series ("round of talks"), a dated event ("ceasefire",
//! "clashes began"), the length of something ("talks, duration"). Wordings are
//! folded through [`crate::lexicon::topics`]. Durations leave the unit out of the
//! topic on purpose: "48-hour" and "two-day" speak of one fact in two units, and
//! the matcher converts them.
//!
//! [`context`] records the rest of the sentence that the matcher needs, since the
//! matcher never re-reads text: dates and weekdays mentioned (time anchors), the
//! named entities and places, and a fingerprint of the wording so that a wire
//! story copied by several outlets counts once.
//!
//! Names are keyed by [`name_key`]: diacritics folded, hyphens read as spaces,
//! the i/e vowel variants of transliteration unified, then looked up in
//! [`crate::lexicon::aliases`] exactly or, failing that, by Jaro-Winkler
//! similarity.

use std::borrow::Cow;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::extract::figures::{DateValue, Quantity, QuantityKind, Value};
use crate::lexicon::{aliases, calendar, grammar, topics};
use crate::span::Span;

/// A time anchor: a mention in the sentence that says when its event happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Anchor {
    /// A calendar date ("on October 12"), with the year when written.
    Date(DateValue),
    /// A weekday, Monday = 1 to Sunday = 7.
    Weekday(u8),
    /// "The weekend".
    Weekend,
    /// The figure is marked as about an earlier event than the one in the news
    /// ("follows earlier five-day negotiations", "the previous round").
    Earlier,
}

/// What the matcher needs to know about a claim's sentence besides its figure.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ClaimContext {
    /// The publication date of the document, if known.
    pub published: Option<Date>,
    /// Time anchors in the sentence, outside the claim's own figure; sorted, unique.
    pub anchors: Vec<Anchor>,
    /// Keys of the named entities of the sentence (see [`name_key`]); sorted, unique.
    pub entities: Vec<String>,
    /// Keys of the places named after "in", "at" or "near"; sorted, unique.
    pub places: Vec<String>,
    /// Keys of the names the whole document mentions most (see [`name_key`]); sorted, unique.
    /// Shared by every claim of the document, so it is stored once per document.
    pub document_entities: std::sync::Arc<[String]>,
    /// Whether the figure is a vague amount in words ("several", "dozens", "a few
    /// weeks"): it may support a fact but is never held against a precise figure.
    pub vague: bool,
    /// A hash of the sentence's lowercase words: equal for a sentence copied verbatim.
    pub fingerprint: u64,
    /// The same hash with every number masked: equal for one sentence whose
    /// figures were changed or updated.
    pub shape: u64,
}

/// The topic of a figure found in `text[sentence]`, or `None` when the sentence
/// does not say what the figure measures.
///
/// ```
/// use crosscheck::claim::topic::topic;
/// # use crosscheck::extract::figures::Quantity;
/// # fn quantity() -> Option<Quantity> { None }
/// let text = "Pakistan retaliated, losing 23 soldiers.";
/// # let _ = text;
/// if let Some(quantity) = quantity() {
///     assert_eq!(topic(text, (0..text.len()).into(), &quantity).as_deref(), Some("soldiers killed"));
/// }
/// ```
pub fn topic(text: &str, sentence: Span, quantity: &Quantity) -> Option<String> {
    SentenceView::new(text, sentence).topic(quantity)
}

/// A sentence cut into words once, for the topics and contexts of all the claims
/// it makes.
pub(crate) struct SentenceView<'t, 'w> {
    text: &'t str,
    /// Borrowed from the document's words when the sentence's own cut gives the same.
    tokens: Cow<'w, [Token<'t>]>,
    /// The names, places, fingerprint and shape, found on first use.
    shared: std::cell::OnceCell<Shared>,
}

/// A whole document cut into words once: for its [`DocumentContext`] and for the
/// views of its sentences, which would otherwise cut the same text again.
pub(crate) struct DocumentWords<'t> {
    text: &'t str,
    tokens: Vec<Token<'t>>,
}

impl<'t> DocumentWords<'t> {
    /// Cuts the whole of `text`.
    pub(crate) fn new(text: &'t str) -> DocumentWords<'t> {
        DocumentWords { text, tokens: tokens(text, Span::new(0, text.len())) }
    }

    /// The view of `text[sentence]`, with exactly the tokens of
    /// [`SentenceView::new`]. The document's tokens within the sentence are the
    /// sentence's own when no word runs across either of its ends (the cut starts
    /// and stops a word only at a character that cannot continue one); otherwise
    /// the sentence is cut on its own.
    pub(crate) fn sentence<'w>(&'w self, sentence: Span) -> SentenceView<'t, 'w> {
        let text = self.text;
        // A character after which no word is open, and before which none continues.
        let breaks =
            |ch: char| !ch.is_alphanumeric() && !matches!(ch, '-' | '\'' | '’' | '.' | ',');
        let clean_start = sentence.start == 0
            || text
                .get(..sentence.start)
                .and_then(|head| head.chars().next_back())
                .is_some_and(breaks);
        let clean_end =
            text.get(sentence.end..).is_some_and(|tail| tail.chars().next().is_none_or(breaks));
        if sentence.start <= sentence.end && clean_start && clean_end {
            let first = self.tokens.partition_point(|token| token.span.start < sentence.start);
            let after = self.tokens.partition_point(|token| token.span.start < sentence.end);
            if let Some(tokens) = self.tokens.get(first..after) {
                return SentenceView {
                    text,
                    tokens: Cow::Borrowed(tokens),
                    shared: std::cell::OnceCell::new(),
                };
            }
        }
        SentenceView::new(text, sentence)
    }
}

/// What every claim of one sentence shares in its context.
struct Shared {
    entities: Vec<String>,
    places: Vec<String>,
    fingerprint: u64,
    shape: u64,
}

impl<'t, 'w> SentenceView<'t, 'w> {
    /// Reads `text[sentence]`.
    pub(crate) fn new(text: &'t str, sentence: Span) -> SentenceView<'t, 'w> {
        SentenceView {
            text,
            tokens: Cow::Owned(tokens(text, sentence)),
            shared: std::cell::OnceCell::new(),
        }
    }

    fn shared(&self) -> &Shared {
        self.shared.get_or_init(|| {
            let (mut entities, mut places) = names(&self.tokens);
            for list in [&mut entities, &mut places] {
                list.sort_unstable();
                list.dedup();
            }
            let (fingerprint, shape) = hash_both(&self.tokens);
            Shared { entities, places, fingerprint, shape }
        })
    }

    /// The topic of a figure of this sentence; see [`topic`].
    pub(crate) fn topic(&self, quantity: &Quantity) -> Option<String> {
        topic_in(&self.tokens, quantity)
    }
}

fn topic_in(tokens: &[Token<'_>], quantity: &Quantity) -> Option<String> {
    let figure = tokens.iter().position(|token| token.span.overlaps(quantity.span))?;
    let after = tokens
        .iter()
        .position(|token| token.span.start >= quantity.span.end)
        .unwrap_or(tokens.len());
    let counted = quantity.counted.as_ref().map(|counted| counted.lemma.to_lowercase());
    match quantity.kind {
        QuantityKind::Count => count_topic(
            tokens,
            figure,
            after,
            counted.as_deref(),
            quantity.event.as_ref().map(|e| e.canonical.as_str()),
            Portion::of(quantity),
        ),
        // "the next round", "the last round" name a position relative to another,
        // not a number in the series: nothing to compare with "third round".
        QuantityKind::Ordinal if quantity.relative => None,
        QuantityKind::Ordinal => ordinal_topic(
            tokens,
            figure,
            counted.as_deref(),
            quantity.series.as_ref().map(|series| series.lemma.as_str()),
        ),
        // A date without a month ("yesterday" with no publication date to
        // resolve it against) says nothing to compare.
        QuantityKind::Date if matches!(quantity.value, crate::extract::figures::Value::Date(date) if date.month.is_none()) => {
            None
        }
        QuantityKind::Date => {
            date_topic(tokens, figure, after, quantity.event.as_ref().map(|e| e.canonical.as_str()))
        }
        QuantityKind::Duration => duration_topic(tokens, after, counted.as_deref()),
        _ => None,
    }
}

/// What the claims of one document share, found once per document: its
/// publication date and the names it mentions most.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentContext {
    published: Option<Date>,
    entities: std::sync::Arc<[String]>,
}

impl DocumentContext {
    /// The context of a document's text published on `published`.
    pub fn new(text: &str, published: Option<Date>) -> DocumentContext {
        DocumentContext::of_words(&DocumentWords::new(text), published)
    }

    /// The context of a document already cut into words.
    pub(crate) fn of_words(words: &DocumentWords<'_>, published: Option<Date>) -> DocumentContext {
        DocumentContext { published, entities: document_entities(&words.tokens).into() }
    }
}

/// The context of a claim in `text[sentence]`; `figure` is the claim's own figure,
/// whose date (if it is one) is not an anchor; `document` is from
/// [`DocumentContext::new`] over the same `text`.
pub fn context(
    text: &str,
    sentence: Span,
    figure: Option<&Quantity>,
    document: &DocumentContext,
) -> ClaimContext {
    SentenceView::new(text, sentence).context(figure, document)
}

impl SentenceView<'_, '_> {
    /// The context of a claim of this sentence; see [`context`].
    pub(crate) fn context(
        &self,
        figure: Option<&Quantity>,
        document: &DocumentContext,
    ) -> ClaimContext {
        let text = self.text;
        let tokens = &self.tokens;
        let published = document.published;
        let vague = figure.is_some_and(|quantity| is_vague(text, quantity));
        let figure = figure.map(|quantity| quantity.span);
        let mut anchors = Vec::new();
        for (index, token) in tokens.iter().enumerate() {
            if figure.is_some_and(|figure| figure.overlaps(token.span)) {
                continue;
            }
            if let Some(date) = date_at(tokens, index, figure) {
                anchors.push(Anchor::Date(date));
            } else if token.lower.ends_with("day")
                && let Some(weekday) = calendar::weekday(&token.lower)
            {
                anchors.push(Anchor::Weekday(weekday));
            } else if token.lower == "weekend" {
                anchors.push(Anchor::Weekend);
            }
        }
        // "earlier five-day negotiations": a marker right before the figure.
        let first_of_figure =
            figure.and_then(|figure| tokens.iter().position(|token| token.span.overlaps(figure)));
        if let Some(first) = first_of_figure
            && tokens
                .get(first.saturating_sub(2)..first)
                .unwrap_or_default()
                .iter()
                .any(|token| topics::is_earlier(&token.lower))
        {
            anchors.push(Anchor::Earlier);
        }
        anchors.sort_unstable();
        anchors.dedup();
        let shared = self.shared();
        ClaimContext {
            published,
            vague,
            anchors,
            entities: shared.entities.clone(),
            places: shared.places.clone(),
            document_entities: std::sync::Arc::clone(&document.entities),
            fingerprint: shared.fingerprint,
            shape: shared.shape,
        }
    }
}

/// The names of a run of tokens (with repeats, in text order) and the places
/// among them (those after "in", "at" or "near").
fn names(tokens: &[Token<'_>]) -> (Vec<String>, Vec<String>) {
    let (mut entities, mut places) = (Vec::new(), Vec::new());
    let mut index = 0;
    while let Some(token) = tokens.get(index) {
        if !is_name_word(token, index) {
            index += 1;
            continue;
        }
        let start = index;
        while tokens.get(index).is_some_and(|token| is_name_word(token, index)) {
            index += 1;
        }
        let run = tokens.get(start..index).unwrap_or_default();
        // Most names are one word: keyed as written, with no joined copy.
        let key = match run {
            [word] => name_key(word.text),
            _ => name_key(&run.iter().map(|t| t.text).collect::<Vec<_>>().join(" ")),
        };
        let is_place = start
            .checked_sub(1)
            .and_then(|before| tokens.get(before))
            .is_some_and(|before| matches!(before.lower.as_ref(), "in" | "at" | "near"));
        if is_place {
            places.push(key.clone());
        }
        entities.push(key);
        if run.len() > 1 {
            // "Pakistan's Defence Minister" also names Pakistan.
            entities.extend(
                run.iter()
                    .filter_map(|word| aliases::canonical(&normalize(word.text)))
                    .map(str::to_string),
            );
        }
    }
    (entities, places)
}

/// The names a whole document mentions most (at most 12): those written twice or
/// more, or known aliases. Two reports of one story share many of them even when
/// the sentences giving a figure name nothing in common.
fn document_entities(tokens: &[Token<'_>]) -> Vec<String> {
    let mut counts: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for key in names(tokens).0 {
        *counts.entry(key).or_insert(0) += 1;
    }
    let mut frequent: Vec<(usize, String)> = counts
        .into_iter()
        .filter(|(key, count)| {
            *count >= 2 || aliases::ALIASES.iter().any(|(_, canonical)| canonical == key)
        })
        .map(|(key, count)| (count, key))
        .collect();
    frequent.sort_by(|x, y| y.0.cmp(&x.0).then_with(|| x.1.cmp(&y.1)));
    let mut keys: Vec<String> = frequent.into_iter().take(12).map(|(_, key)| key).collect();
    keys.sort_unstable();
    keys
}

/// Whether a figure is a vague amount in words: approximate, with no digit and no
/// number word in its number ("several", "dozens", "a few"; not "about 50" nor
/// "nearly five").
fn is_vague(text: &str, quantity: &Quantity) -> bool {
    let Some(number) = quantity.number.get(text) else { return false };
    quantity.approximate
        && !number.chars().any(|c| c.is_ascii_digit())
        && !number
            .split(|c: char| !c.is_alphabetic())
            .any(|word| crate::lexicon::numbers::cardinal(word).is_some())
}

/// A key that is the same for the spellings of one name: "Tehrik-e-Taliban
/// Pakistan", "Tehreek-i-Taliban Pakistan" and "TTP" all give `TTP`; "Türkiye",
/// "Turkiye" and "Turkey" give `Turkey`. Unknown names give their folded skeleton.
pub fn name_key(name: &str) -> String {
    // The same names come back in every sentence and every report of a story: a
    // small per-thread memo (name_key is a pure function) saves normalizing and
    // comparing them again. It is emptied when it grows large.
    // Hashed with FNV: names are short, and the memo is looked up for every name.
    type Keys = std::collections::HashMap<
        String,
        String,
        std::hash::BuildHasherDefault<crate::extract::Fnv>,
    >;
    thread_local! {
        static KEYS: std::cell::RefCell<Keys> = std::cell::RefCell::new(Keys::default());
    }
    const MAX_REMEMBERED: usize = 65_536;
    if let Some(key) = KEYS.with(|keys| keys.borrow().get(name).cloned()) {
        return key;
    }
    let key = compute_name_key(name);
    KEYS.with(|keys| {
        let mut keys = keys.borrow_mut();
        if keys.len() >= MAX_REMEMBERED {
            keys.clear();
        }
        keys.insert(name.to_string(), key.clone());
    });
    key
}

fn compute_name_key(name: &str) -> String {
    let normalized = normalize(name);
    if let Some(canonical) = aliases::canonical(&normalized) {
        return canonical.to_string();
    }
    let skeleton = skeleton(&normalized);
    let skeletons = alias_skeletons();
    if let Ok(index) = skeletons.binary_search_by(|(alias, _)| alias.as_str().cmp(&skeleton))
        && let Some((_, canonical)) = skeletons.get(index)
    {
        return (*canonical).to_string();
    }
    // Near spellings: Jaro-Winkler over aliases of similar length with the same
    // first letter (a score of 0.95 needs both), so most names compare with none.
    let first = skeleton.chars().next();
    let mut best: Option<(f64, &str)> = None;
    if skeleton.len() >= 6 {
        for (alias, canonical) in skeletons {
            if alias.len().abs_diff(skeleton.len()) > 3 || alias.chars().next() != first {
                continue;
            }
            let similarity = strsim::jaro_winkler(&skeleton, alias);
            if similarity >= 0.95 && best.is_none_or(|(score, _)| similarity > score) {
                best = Some((similarity, canonical));
            }
        }
    }
    best.map_or(skeleton, |(_, canonical)| canonical.to_string())
}

/// The skeletons of the aliases, sorted, built once.
fn alias_skeletons() -> &'static [(String, &'static str)] {
    static SKELETONS: std::sync::OnceLock<Vec<(String, &'static str)>> = std::sync::OnceLock::new();
    SKELETONS.get_or_init(|| {
        let mut skeletons: Vec<(String, &'static str)> = aliases::ALIASES
            .iter()
            .map(|(alias, canonical)| (skeleton(alias), *canonical))
            .collect();
        skeletons.sort_unstable();
        skeletons.dedup_by(|x, y| x.0 == y.0);
        skeletons
    })
}

/// A word of a sentence: letters, digits, hyphens and apostrophes inside a word.
#[derive(Clone, Debug)]
struct Token<'t> {
    text: &'t str,
    /// The word in lower case: borrowed when it has no capital letter.
    lower: Cow<'t, str>,
    span: Span,
}

/// `word` in lower case, copied only when it has a capital letter.
// ASCII words (most) are tested and lowered byte by byte: the same result, without
// decoding characters.
fn lowercase(word: &str) -> Cow<'_, str> {
    match word.bytes().find(|byte| !byte.is_ascii() || byte.is_ascii_uppercase()) {
        None => return Cow::Borrowed(word),
        Some(byte) if byte.is_ascii() && word.is_ascii() => {
            return Cow::Owned(word.to_ascii_lowercase());
        }
        Some(_) => {}
    }
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Cuts `text[sentence]` into words (hyphenated words stay whole, a possessive
/// "'s" is dropped) and punctuation marks (one token each).
fn tokens<'t>(text: &'t str, sentence: Span) -> Vec<Token<'t>> {
    let Some(body) = sentence.get(text) else { return Vec::new() };
    // About one token per five bytes of English; this runs over whole documents.
    let mut tokens = Vec::with_capacity(body.len() / 5 + 1);
    let mut start: Option<usize> = None;
    let push = |from: usize, to: usize, tokens: &mut Vec<Token<'t>>| {
        let Some(word) = body.get(from..to) else { return };
        let word = word.trim_end_matches(['-', '\'', '’']);
        let word = word.strip_suffix("’s").or_else(|| word.strip_suffix("'s")).unwrap_or(word);
        if !word.is_empty() {
            let begin = sentence.start + from;
            // A full stop or comma only stays inside a token between digits
            // ("1,200", "2.5"); the others are split off again.
            split_trailing(word, begin, tokens);
        }
    };
    for (offset, ch) in body.char_indices() {
        let inner =
            ch.is_alphanumeric() || (start.is_some() && matches!(ch, '-' | '\'' | '’' | '.' | ','));
        match (start, inner) {
            (None, true) => start = Some(offset),
            (Some(from), false) => {
                push(from, offset, &mut tokens);
                start = None;
            }
            _ => {}
        }
        if !inner && !ch.is_whitespace() {
            push(offset, offset + ch.len_utf8(), &mut tokens);
        }
    }
    if let Some(from) = start {
        push(from, body.len(), &mut tokens);
    }
    tokens
}

/// Pushes the word `text` starting at `start`, with each "." or "," in it that
/// is not between digits split off as a token of its own.
fn split_trailing<'t>(text: &'t str, start: usize, out: &mut Vec<Token<'t>>) {
    let bytes = text.as_bytes();
    let mut from = 0;
    // Most words hold neither mark: nothing to split.
    let marks = bytes.iter().any(|byte| matches!(byte, b'.' | b','));
    for (offset, ch) in text.char_indices().take_while(|_| marks) {
        let inner_number = offset > 0
            && bytes.get(offset - 1).is_some_and(u8::is_ascii_digit)
            && bytes.get(offset + 1).is_some_and(u8::is_ascii_digit);
        if matches!(ch, '.' | ',') && !inner_number {
            if offset > from
                && let Some(head) = text.get(from..offset)
            {
                out.push(Token {
                    text: head,
                    lower: lowercase(head),
                    span: Span::new(start + from, start + offset),
                });
            }
            if let Some(mark) = text.get(offset..offset + 1) {
                out.push(Token {
                    text: mark,
                    lower: Cow::Borrowed(mark),
                    span: Span::new(start + offset, start + offset + 1),
                });
            }
            from = offset + 1;
        }
    }
    if let Some(rest) = text.get(from..)
        && !rest.is_empty()
    {
        out.push(Token {
            text: rest,
            lower: lowercase(rest),
            span: Span::new(start + from, start + text.len()),
        });
    }
}

/// Whether a token ends a clause for the purpose of finding a figure's event.
fn is_clause_break(token: &Token<'_>) -> bool {
    matches!(
        token.lower.as_ref(),
        "," | ";" | ":" | "." | "but" | "while" | "whereas" | "—" | "–" | "(" | ")"
    )
}

/// How a count stands to a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Portion {
    /// A count of its own.
    Whole,
    /// A part of an earlier count ("including four suicide bombers").
    Part,
    /// A share of a whole, below one: "two thirds of the soldiers", "one in five
    /// children". It is compared only with other shares, never with head counts.
    Share,
}

impl Portion {
    fn of(quantity: &Quantity) -> Portion {
        if quantity.part_of.is_some() {
            return Portion::Part;
        }
        match quantity.value {
            Value::Number(value) if value > 0.0 && value < 1.0 => Portion::Share,
            _ => Portion::Whole,
        }
    }
}

fn count_topic(
    tokens: &[Token<'_>],
    figure: usize,
    after: usize,
    counted: Option<&str>,
    event: Option<&str>,
    part: Portion,
) -> Option<String> {
    let counted = counted.map(topics::counted);
    let combatant = counted.is_some_and(topics::is_combatant);
    let event = event
        .map(|event| topics::event(event, combatant).unwrap_or(event))
        .or_else(|| {
            // Just before the figure ("losing 23 soldiers", "elimination of 25 militants").
            tokens
                .get(figure.saturating_sub(3)..figure)
                .unwrap_or_default()
                .iter()
                .rev()
                .take_while(|token| !is_clause_break(token))
                .find_map(|token| topics::event(&token.lower, combatant))
        })
        .or_else(|| {
            // After it, within the clause ("23 soldiers were killed", "five soldiers who embraced martyrdom").
            tokens
                .get(after..)
                .unwrap_or_default()
                .iter()
                .take(6)
                .take_while(|token| !is_clause_break(token))
                .find_map(|token| topics::event(&token.lower, combatant))
        })?;
    let noun = match counted {
        Some(noun) => noun.to_string(),
        // "left dozens dead": the people the casualty word is about.
        None if tokens
            .get(after)
            .is_some_and(|token| topics::event(&token.lower, false).is_some()) =>
        {
            "people".to_string()
        }
        None => return None,
    };
    // A count right after "including" or "among them" is a part of an earlier
    // count ("30 people, including 12 children"): it never measures the total, so
    // it gets a topic of its own and is compared only with other parts.
    let share = part == Portion::Share;
    let part = part == Portion::Part
        || tokens
            .get(figure.saturating_sub(2)..figure)
            .unwrap_or_default()
            .iter()
            .any(|token| topics::is_subset_marker(&token.lower));
    let suffix = match part {
        _ if share => " (share)",
        true => " (part)",
        false => "",
    };
    let noun = plural(&noun);
    // "12 casualties": the noun is itself the event.
    if noun == event {
        return Some(format!("{event}{suffix}"));
    }
    Some(format!("{noun} {event}{suffix}"))
}

fn ordinal_topic(
    tokens: &[Token<'_>],
    figure: usize,
    counted: Option<&str>,
    numbered: Option<&str>,
) -> Option<String> {
    let ordinal = tokens.get(figure)?;
    // "third-party", "third consecutive day": not a position in a series of events.
    let mut parts = ordinal.lower.split('-').skip(1).map(str::to_string);
    let next_word =
        parts.next().or_else(|| tokens.get(figure + 1).map(|token| token.lower.to_string()))?;
    if topics::is_non_series(&next_word) {
        return None;
    }
    let series = counted
        .filter(|lemma| topics::is_series(lemma))
        .map(str::to_string)
        .or_else(|| topics::is_series(&next_word).then(|| next_word.clone()))?;
    // The event the series numbers, as the figure extractor found it ("talks" in
    // "third round of talks"), else the nearest event noun after the ordinal.
    let event = numbered.and_then(topics::event_noun).or_else(|| {
        tokens
            .get(figure + 1..)
            .unwrap_or_default()
            .iter()
            .take(8)
            .find_map(|token| topics::event_noun(&token.lower))
    })?;
    Some(format!("{series} of {event}"))
}

fn date_topic(
    tokens: &[Token<'_>],
    figure: usize,
    after: usize,
    event: Option<&str>,
) -> Option<String> {
    let before = tokens.get(figure.saturating_sub(12)..figure).unwrap_or_default();
    let found =
        before.iter().enumerate().rev().find_map(|(index, token)| {
            topics::event_noun(&token.lower).map(|event| (index, event))
        });
    let (event, began) = match (event.and_then(topics::event_noun).or(event), found) {
        (Some(event), _) => (event, false),
        (None, Some((index, event))) => {
            let between = before.get(index + 1..).unwrap_or_default();
            (event, between.iter().any(|token| topics::is_begin(&token.lower)))
        }
        (None, None) => {
            let event = tokens
                .get(after..)
                .unwrap_or_default()
                .iter()
                .take(4)
                .find_map(|token| topics::event_noun(&token.lower))?;
            (event, false)
        }
    };
    Some(if began { format!("{event} began") } else { event.to_string() })
}

fn duration_topic(tokens: &[Token<'_>], after: usize, counted: Option<&str>) -> Option<String> {
    let event = counted.and_then(topics::event_noun).or_else(|| {
        // "48-hour ceasefire", "three days of intensive negotiations".
        tokens
            .get(after..)
            .unwrap_or_default()
            .iter()
            .take(4)
            .take_while(|token| !is_clause_break(token))
            .find_map(|token| topics::event_noun(&token.lower))
    })?;
    Some(format!("{event}, duration"))
}

/// The plural of a lowercase noun, by the regular English rules.
fn plural(noun: &str) -> String {
    if let Some((plural, _)) = grammar::IRREGULAR_PLURALS.iter().find(|(_, lemma)| *lemma == noun) {
        return (*plural).to_string();
    }
    // Already plural: "people", "khawarij", "policemen".
    if noun == "people" || noun.ends_with("ij") || noun.ends_with("men") {
        return noun.to_string();
    }
    if let Some(stem) = noun.strip_suffix("man") {
        return format!("{stem}men");
    }
    if let Some(stem) = noun.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        return format!("{stem}ies");
    }
    if noun.ends_with(['s', 'x', 'z']) || noun.ends_with("ch") || noun.ends_with("sh") {
        return format!("{noun}es");
    }
    format!("{noun}s")
}

/// A date at `tokens[index]`: "October 12", "12 October", "Oct. 12, 2025", the
/// first day of "October 18-19". `None` when the tokens there are no date or
/// overlap the claim's own figure.
fn date_at(tokens: &[Token<'_>], index: usize, figure: Option<Span>) -> Option<DateValue> {
    let token = tokens.get(index)?;
    // The cheap tests first: this runs for every word of a claim's sentence.
    if token.lower.len() < 3 || !token.text.starts_with(char::is_uppercase) {
        return None;
    }
    let month = calendar::month(&token.lower)?;
    let day_of = |token: &Token<'_>| -> Option<u8> {
        let digits: String = token.text.chars().take_while(char::is_ascii_digit).collect();
        digits.parse::<u8>().ok().filter(|day| (1..=31).contains(day))
    };
    let overlaps = |token: &Token<'_>| figure.is_some_and(|figure| figure.overlaps(token.span));
    let after = tokens.get(index + 1).filter(|t| !overlaps(t)).and_then(day_of);
    let before =
        index.checked_sub(1).and_then(|i| tokens.get(i)).filter(|t| !overlaps(t)).and_then(day_of);
    let day = after.or(before)?;
    let year = tokens
        .get(index + 1..index + 4)
        .unwrap_or_default()
        .iter()
        .find(|token| token.text.len() == 4 && token.text.chars().all(|c| c.is_ascii_digit()))
        .and_then(|token| token.text.parse::<i16>().ok());
    Some(DateValue {
        year,
        month: Some(month),
        day: Some(day),
        year_inferred: false,
        season: None,
        century_inferred: false,
    })
}

/// Whether a token belongs to a name: capitalized, not a common sentence word,
/// and not the first word of the sentence unless a known alias.
fn is_name_word(token: &Token<'_>, index: usize) -> bool {
    let capitalized = token.text.chars().next().is_some_and(char::is_uppercase);
    if !capitalized
        || calendar::month(&token.lower).is_some()
        || calendar::weekday(&token.lower).is_some()
    {
        return false;
    }
    if matches!(
        token.lower.as_ref(),
        "the"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "but"
            | "and"
            | "meanwhile"
            | "however"
            | "this"
            | "that"
    ) {
        return false;
    }
    index > 0 || aliases::canonical(&normalize(token.text)).is_some()
}

/// Lowercase ASCII with diacritics folded, hyphens and underscores as spaces,
/// apostrophes dropped and white space collapsed.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut keep = |folded: char| {
        if folded.is_alphanumeric() || folded == '.' {
            out.push(folded);
        } else if matches!(folded, '-' | '_' | ' ' | '\t' | '\n')
            && !out.ends_with(' ')
            && !out.is_empty()
        {
            out.push(' ');
        }
    };
    for ch in name.chars() {
        // An ASCII letter lowers to one ASCII letter, which `fold` leaves alone:
        // the same result without the general case mapping.
        if ch.is_ascii() {
            keep(ch.to_ascii_lowercase());
        } else {
            ch.to_lowercase().for_each(|lower| keep(fold(lower)));
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Folds a lowercase Latin letter with a diacritic onto its base letter.
fn fold(ch: char) -> char {
    match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        '’' | '\'' => '\'',
        other => other,
    }
}

/// A normalized name with the vowel variants of transliteration unified: "e"
/// read as "i" and doubled letters collapsed, so "tehreek" and "tehrik" agree.
fn skeleton(normalized: &str) -> String {
    let mut out = String::with_capacity(normalized.len());
    for ch in normalized.chars().map(|ch| if ch == 'e' { 'i' } else { ch }) {
        if !out.ends_with(ch) || ch == ' ' {
            out.push(ch);
        }
    }
    out
}

/// The fingerprint and the shape of a sentence's tokens, in one pass. The
/// fingerprint is FNV-1a over the lowercase alphanumeric tokens (stable across
/// runs and platforms); the shape is the same with every number (digits or a
/// number word) read as `#`, equal for one sentence whose figures were updated
/// ("the toll rose to 25").
fn hash_both(tokens: &[Token<'_>]) -> (u64, u64) {
    let (mut fingerprint, mut shape): (u64, u64) = (0xcbf2_9ce4_8422_2325, 0xcbf2_9ce4_8422_2325);
    let fnv = |hash: &mut u64, word: &str| {
        for byte in word.bytes().chain(std::iter::once(b' ')) {
            *hash ^= u64::from(byte);
            *hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    for token in tokens.iter().filter(|token| token.text.chars().any(char::is_alphanumeric)) {
        fnv(&mut fingerprint, &token.lower);
        let is_number = token.text.bytes().any(|byte| byte.is_ascii_digit())
            || crate::lexicon::numbers::cardinal(&token.lower).is_some();
        fnv(&mut shape, if is_number { "#" } else { &token.lower });
    }
    (fingerprint, shape)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::figures::{Counted, Event, Value};

    /// A quantity over `needle` in `text`, counting `lemma`.
    fn quantity(text: &str, needle: &str, kind: QuantityKind, lemma: Option<&str>) -> Quantity {
        let start = text.find(needle).expect("needle in text");
        let span = Span::new(start, start + needle.len());
        Quantity {
            kind,
            span,
            value: Value::Number(1.0),
            low: None,
            high: None,
            approximate: false,
            unit: None,
            counted: lemma.map(|lemma| Counted {
                span,
                lemma: lemma.to_string(),
                phrase: lemma.to_string(),
            }),
            event: None,
            number: span,
            range: false,
            relative: false,
            series: None,
            part_of: None,
        }
    }

    fn topic_of(
        text: &str,
        needle: &str,
        kind: QuantityKind,
        lemma: Option<&str>,
    ) -> Option<String> {
        topic(text, Span::new(0, text.len()), &quantity(text, needle, kind, lemma))
    }

    #[test]
    fn relative_ordinals_have_no_topic() {
        let text =
            "The next round of talks will be held in Doha, after the third round of talks failed.";
        let context = crate::extract::figures::Context::default();
        let found = crate::extract::figures::find(text, Span::new(0, text.len()), &context);
        let topics: Vec<(bool, Option<String>)> = found
            .iter()
            .filter(|quantity| quantity.kind == QuantityKind::Ordinal)
            .map(|quantity| (quantity.relative, topic(text, Span::new(0, text.len()), quantity)))
            .collect();
        assert_eq!(topics, [(true, None), (false, Some("round of talks".to_string()))]);
    }

    #[test]
    fn counts_fold_their_events() {
        let count = QuantityKind::Count;
        assert_eq!(
            topic_of(
                "The army retaliated, losing 23 soldiers.",
                "23 soldiers",
                count,
                Some("soldier")
            )
            .as_deref(),
            Some("soldiers killed")
        );
        assert_eq!(
            topic_of(
                "Twelve troops were killed in the raid.",
                "Twelve troops",
                count,
                Some("troop")
            )
            .as_deref(),
            Some("soldiers killed")
        );
        assert_eq!(
            topic_of(
                "He paid tribute to the five soldiers who embraced martyrdom.",
                "five soldiers",
                count,
                Some("soldier")
            )
            .as_deref(),
            Some("soldiers killed")
        );
        assert_eq!(
            topic_of(
                "Police neutralized 14 terrorists overnight.",
                "14 terrorists",
                count,
                Some("terrorist")
            )
            .as_deref(),
            Some("militants killed")
        );
        // "neutralized" is no killing when it counts things, not combatants.
        assert_eq!(
            topic_of("Engineers neutralized 14 mines.", "14 mines", count, Some("mine")),
            None
        );
        assert_eq!(
            topic_of("At least 40 people were wounded.", "40 people", count, Some("person"))
                .as_deref(),
            Some("people injured")
        );
        assert_eq!(
            topic_of("Fierce clashes left dozens dead.", "dozens", count, None).as_deref(),
            Some("people killed")
        );
        assert_eq!(
            topic_of(
                "The ministry counted 300 delegates.",
                "300 delegates",
                count,
                Some("delegate")
            ),
            None
        );
    }

    #[test]
    fn a_part_of_a_count_is_its_own_topic() {
        let text = "The blast killed 30 people, including 12 people from one family.";
        assert_eq!(
            topic_of(text, "30 people", QuantityKind::Count, Some("person")).as_deref(),
            Some("people killed")
        );
        let part = "The blast killed 30 people, including 12 people who were killed at home.";
        assert_eq!(
            topic_of(part, "12 people", QuantityKind::Count, Some("person")).as_deref(),
            Some("people killed (part)")
        );
    }

    #[test]
    fn a_share_is_compared_only_with_shares() {
        let text = "Officials said three out of five soldiers were killed in the ambush.";
        let context = crate::extract::figures::Context::default();
        let found = crate::extract::figures::find(text, Span::new(0, text.len()), &context);
        let topics: Vec<Option<String>> =
            found.iter().map(|q| topic(text, Span::new(0, text.len()), q)).collect();
        assert_eq!(topics, [Some("soldiers killed (share)".to_string())]);
    }

    #[test]
    fn a_subset_count_gets_its_own_topic() {
        let text = "Forces killed 25 militants, including four suicide bombers.";
        assert_eq!(
            topic_of(text, "25 militants", QuantityKind::Count, Some("militant")).as_deref(),
            Some("militants killed")
        );
        assert_ne!(
            topic_of(text, "four suicide bombers", QuantityKind::Count, Some("bomber")).as_deref(),
            Some("militants killed")
        );
    }

    #[test]
    fn ordinals_need_a_series() {
        let ordinal = QuantityKind::Ordinal;
        assert_eq!(
            topic_of("Delegates met for a third round of talks.", "third", ordinal, None)
                .as_deref(),
            Some("round of talks")
        );
        assert_eq!(
            topic_of(
                "It was the second round of peace negotiations.",
                "second",
                ordinal,
                Some("round")
            )
            .as_deref(),
            Some("round of talks")
        );
        assert_eq!(
            topic_of("They met for a third consecutive day of talks.", "third", ordinal, None),
            None
        );
        assert_eq!(
            topic_of(
                "He backed a third-party monitor for the talks.",
                "third-party",
                ordinal,
                None
            ),
            None
        );
        assert_eq!(topic_of("It was the first time in talks.", "first", ordinal, None), None);
    }

    #[test]
    fn dates_take_the_nearest_event() {
        let date = QuantityKind::Date;
        assert_eq!(
            topic_of(
                "The army accepted a temporary ceasefire on October 17.",
                "October 17",
                date,
                None
            )
            .as_deref(),
            Some("ceasefire")
        );
        assert_eq!(
            topic_of(
                "Both sides signed a truce agreement on 19 October.",
                "19 October",
                date,
                None
            )
            .as_deref(),
            Some("ceasefire")
        );
        assert_eq!(
            topic_of("Border clashes began on March 3.", "March 3", date, None).as_deref(),
            Some("clashes began")
        );
        assert_eq!(topic_of("Prices rose on March 3.", "March 3", date, None), None);
        let mut with_event = quantity("Voting was held on May 5.", "May 5", date, None);
        with_event.event = Some(Event { span: with_event.span, canonical: "vote".to_string() });
        assert_eq!(
            topic("Voting was held on May 5.", Span::new(0, 25), &with_event).as_deref(),
            Some("election")
        );
    }

    #[test]
    fn durations_leave_the_unit_out() {
        let duration = QuantityKind::Duration;
        assert_eq!(
            topic_of("A 48-hour truce held.", "48-hour", duration, None).as_deref(),
            Some("ceasefire, duration")
        );
        assert_eq!(
            topic_of(
                "They ended three days of intensive negotiations.",
                "three days",
                duration,
                None
            )
            .as_deref(),
            Some("talks, duration")
        );
    }

    #[test]
    fn plurals() {
        assert_eq!(plural("soldier"), "soldiers");
        assert_eq!(plural("casualty"), "casualties");
        assert_eq!(plural("gunman"), "gunmen");
        assert_eq!(plural("bus"), "buses");
        assert_eq!(plural("people"), "people");
        assert_eq!(plural("child"), "children");
        assert_eq!(plural("policemen"), "policemen");
        assert_eq!(plural("woman"), "women");
    }

    #[test]
    fn names_key_across_spellings() {
        assert_eq!(name_key("Tehrik-e-Taliban Pakistan"), "TTP");
        assert_eq!(name_key("Tehreek-i-Taliban Pakistan"), "TTP");
        assert_eq!(name_key("Tehreek-e-Taliban Pakistan"), "TTP");
        assert_eq!(name_key("TTP"), "TTP");
        assert_eq!(name_key("Türkiye"), "Turkey");
        assert_eq!(name_key("Turkiye"), "Turkey");
        assert_eq!(name_key("Turkey"), "Turkey");
        assert_eq!(name_key("Hizb-ul-Mujahideen"), name_key("Hizb ul Mujahidin"));
        assert_ne!(name_key("Doha"), name_key("Istanbul"));
    }

    #[test]
    fn context_finds_anchors_entities_and_places() {
        let text = "On Sunday, Pakistan’s military said talks in Doha ended on 19 October 2025 after clashes on October 12.";
        let figure = quantity(text, "19 October", QuantityKind::Date, None);
        let context =
            context(text, Span::new(0, text.len()), Some(&figure), &DocumentContext::default());
        let dates: Vec<_> = context.anchors.iter().map(|anchor| format!("{anchor:?}")).collect();
        assert!(context.anchors.contains(&Anchor::Weekday(7)), "{dates:?}");
        assert!(
            context
                .anchors
                .iter()
                .any(|a| matches!(a, Anchor::Date(d) if d.month == Some(10) && d.day == Some(12))),
            "{dates:?}"
        );
        assert!(
            !context.anchors.iter().any(|a| matches!(a, Anchor::Date(d) if d.day == Some(19))),
            "{dates:?}"
        );
        assert_eq!(context.places, ["doha"]);
        assert!(context.entities.contains(&"Pakistan".to_string()), "{:?}", context.entities);
    }

    #[test]
    fn earlier_marks_a_past_event() {
        let text = "The meeting follows earlier five-day negotiations in Doha.";
        let figure = quantity(text, "five-day", QuantityKind::Duration, None);
        assert!(
            context(text, Span::new(0, text.len()), Some(&figure), &DocumentContext::default())
                .anchors
                .contains(&Anchor::Earlier)
        );
        let text = "The meeting follows five-day negotiations held earlier.";
        let figure = quantity(text, "five-day", QuantityKind::Duration, None);
        assert!(
            !context(text, Span::new(0, text.len()), Some(&figure), &DocumentContext::default())
                .anchors
                .contains(&Anchor::Earlier)
        );
    }

    #[test]
    fn vague_amounts_in_words() {
        let vague = |text: &str, needle: &str, approximate: bool| {
            let mut figure = quantity(text, needle, QuantityKind::Count, None);
            figure.approximate = approximate;
            context(text, Span::new(0, text.len()), Some(&figure), &DocumentContext::default())
                .vague
        };
        assert!(vague("Troops killed several militants.", "several", true));
        assert!(vague("Clashes left dozens dead.", "dozens", true));
        assert!(!vague("About 50 people died.", "About 50", true));
        assert!(!vague("Nearly five people died.", "Nearly five", true));
        assert!(!vague("Five people died.", "Five", false));
    }

    #[test]
    fn fingerprint_ignores_spacing_and_case() {
        let a = context(
            "Five soldiers were killed.",
            Span::new(0, 26),
            None,
            &DocumentContext::default(),
        );
        let b = context(
            "Five  soldiers were KILLED .",
            Span::new(0, 27),
            None,
            &DocumentContext::default(),
        );
        let c = context(
            "Six soldiers were killed.",
            Span::new(0, 25),
            None,
            &DocumentContext::default(),
        );
        assert_eq!(a.fingerprint, b.fingerprint);
        assert_ne!(a.fingerprint, c.fingerprint);
        assert_eq!(a.shape, c.shape);
        let d = context(
            "Six soldiers were wounded.",
            Span::new(0, 26),
            None,
            &DocumentContext::default(),
        );
        assert_ne!(a.shape, d.shape);
    }

    #[test]
    fn tokens_never_panic_on_odd_text() {
        for text in ["", "—", "’s", "a-", "1,2,", "Ünïcödé—text…", "Oct. 12,2025"] {
            let _ = context(text, Span::new(0, text.len()), None, &DocumentContext::default());
            let _ = context(text, Span::new(1, text.len() + 5), None, &DocumentContext::default());
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_any_text_or_span(
            text in proptest::prop_oneof![
                "\\PC{0,80}",
                "(October |Sunday |weekend |third |round |of |talks |killed |Türkiye |[0-9]{1,3}|-|, |\\. |’s ){0,30}",
            ],
            a in 0..100_usize,
            b in 0..100_usize,
            c in 0..100_usize,
        ) {
            let sentence = Span::new(a.min(b), a.max(b));
            let figure = Span::new(c, c + 3);
            for kind in [QuantityKind::Count, QuantityKind::Ordinal, QuantityKind::Date, QuantityKind::Duration] {
                let quantity = Quantity {
                    kind,
                    span: figure,
                    value: Value::Number(1.0),
                    low: None,
                    high: None,
                    approximate: false,
                    unit: None,
                    counted: Some(Counted { span: figure, lemma: "round".to_string(), phrase: "round".to_string() }),
                    event: None,
                    number: figure,
                    range: false,
                    relative: false,
                    series: None,
                    part_of: None,
                };
                let _ = topic(&text, sentence, &quantity);
                let _ = context(&text, sentence, Some(&quantity), &DocumentContext::new(&text, None));
            }
            let _ = name_key(&text);
        }

        /// The ASCII shortcut of `normalize` gives what the general case mapping gives.
        #[test]
        fn normalize_agrees_with_the_general_mapping(name in "\\PC{0,30}|[A-Za-z0-9 ._'’\\t\\n-]{0,30}") {
            let mut general = String::new();
            for folded in name.chars().flat_map(char::to_lowercase).map(fold) {
                if folded.is_alphanumeric() || folded == '.' {
                    general.push(folded);
                } else if matches!(folded, '-' | '_' | ' ' | '\t' | '\n')
                    && !general.ends_with(' ')
                    && !general.is_empty()
                {
                    general.push(' ');
                }
            }
            let general = general.trim_end_matches(' ');
            proptest::prop_assert_eq!(normalize(&name), general);
        }

        /// A sentence's view over the document's words has exactly the tokens of
        /// the sentence cut on its own, wherever the sentence starts and ends.
        #[test]
        fn document_words_give_each_sentence_its_own_tokens(
            text in proptest::prop_oneof![
                "\\PC{0,80}",
                "(Ali |said\\.|'s |’ |U\\.S\\. |1,200|2\\.5|-|, |\\. |\"|\n|é){0,30}",
            ],
            a in 0..90_usize,
            b in 0..90_usize,
        ) {
            let sentence = Span::new(a.min(b), a.max(b));
            let words = DocumentWords::new(&text);
            let view = words.sentence(sentence);
            let own = tokens(&text, sentence);
            let spans = |tokens: &[Token<'_>]| -> Vec<(Span, String)> {
                tokens.iter().map(|t| (t.span, format!("{}|{}", t.text, t.lower))).collect()
            };
            proptest::prop_assert_eq!(spans(&view.tokens), spans(&own));
        }
    }

    #[test]
    fn sentences_of_a_document_share_its_words() {
        let text = "Ali said.\"Five died,\" he added. U.S. officials met in Kabul.";
        let words = DocumentWords::new(text);
        let second = text.find('"').map_or(0, |start| start);
        for sentence in [Span::new(0, 9), Span::new(10, text.len()), Span::new(second, 33)] {
            let view = words.sentence(sentence);
            let own = tokens(text, sentence);
            let texts = |tokens: &[Token<'_>]| {
                tokens.iter().map(|t| t.text.to_string()).collect::<Vec<_>>()
            };
            assert_eq!(texts(&view.tokens), texts(&own), "{sentence:?}");
        }
        // A cut inside a word: the sentence is read on its own.
        let view = words.sentence(Span::new(1, 9));
        assert_eq!(view.tokens.first().map(|t| t.text), Some("li"));
    }
}
