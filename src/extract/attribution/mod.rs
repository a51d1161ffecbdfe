//! Attribution: who says what, with which cue, through which outlet.
//!
//! For each sentence, one pass finds the reporting cues (`cue.rs`); around each
//! cue a bounded window of words is read for one of the clause patterns
//! (`patterns.rs`), giving the speaker's noun phrase (`speaker.rs`) and the span of
//! the content. Channels ("told AFP") are found in the same sentence (`via.rs`).
//! Speakers are then resolved within the document (`coref.rs`): pronouns,
//! definite descriptions and surnames name the speaker seen before. A quotation
//! with no cue goes to the current speaker; a sentence with no cue and no
//! quotation is in the article's own voice and gets no attribution.
//!
//! Quotations are not read for cues, except for an attribution nested inside
//! one (a named subject, a cue and a that-clause), whose content stays inside
//! the quotation. Everything is linear in the text: one lookup per word for
//! cues, bounded windows around each cue, and a look-back of a few speakers
//! for coreference.
//!
//! Measured (tests `attribution_seeds` and `attribution_polnear`, run with
//! `CROSSCHECK_SHARED=/work/shared cargo test --test integration -- --nocapture`):
//! on the 82 hand-annotated attributions of the seeds, P 0.943 R 1.000 F1 0.970;
//! on the 535 sourced relations of the `PolNeAR` extract, source P 0.876 R 0.716
//! F1 0.788. The cue lexicon knows a word of 85% of `PolNeAR`'s cues.

mod coref;
mod cue;
mod patterns;
mod speaker;
mod via;

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::lexicon::cues as cue_lexicon;
use crate::span::Span;
use crate::text::{Quote, Segment, words};

/// The class of a reporting cue; defined with the cue lexicon that assigns it.
pub use crate::lexicon::cues::Class as CueClass;

/// The word or phrase that marks an attribution: "said", "told", "according to".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue {
    /// Where the cue is.
    pub span: Span,
    /// Its lemma: "say", "according to", "pay tribute to".
    pub lemma: String,
    /// Its class.
    pub class: CueClass,
}

/// What kind of source a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// An institution, government, country, group or document.
    Organization,
    /// A news outlet speaking in its own name ("The Express Tribune reported").
    Outlet,
    /// An unnamed source ("security sources", "a source close to the delegation").
    Anonymous,
}

/// Who makes a statement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The name as written, pronouns resolved: "Khawaja Asif" for "he".
    pub name: String,
    /// Where this mention is ("he", "the minister", or the name itself).
    pub mention: Span,
    /// The title or role, if given: "Defence Minister".
    pub role: Option<String>,
    /// The affiliation or side, if given: "Pakistan".
    pub affiliation: Option<String>,
    /// What kind of source this is.
    pub kind: SpeakerKind,
    /// A normalized key, the same for every mention of one speaker across documents.
    pub key: String,
}

/// How a statement reaches the article: the outlet or audience it was given to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ViaKind {
    /// A news outlet: "told AFP".
    Outlet,
    /// An audience: "told reporters", "speaking to journalists".
    Audience,
}

/// An outlet or audience a statement is relayed through.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Via {
    /// The name as written: "AFP", "Al Arabiya", "reporters".
    pub name: String,
    /// Where it is.
    pub span: Span,
    /// Whether it is an outlet or an audience.
    pub kind: ViaKind,
}

/// One attributed statement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Attribution {
    /// The sentence that holds the cue (or, for a quotation with no cue, the quotation).
    pub sentence: Span,
    /// The cue, if any.
    pub cue: Option<Cue>,
    /// The speaker, if known.
    pub speaker: Option<Speaker>,
    /// What is attributed.
    pub content: Span,
    /// Outlets and audiences the statement is relayed through.
    pub via: Vec<Via>,
    /// Whether the statement is quoted directly.
    pub direct: bool,
    /// Whether it is hedged ("reportedly", "allegedly").
    pub hedged: bool,
    /// Whether it is a denial ("denies", "rejected").
    pub denial: bool,
}

/// Finds the attributions of a document, given its segments and quotations.
///
/// `segments` are those of [`crate::text::segments`] and `quotes` those of
/// [`crate::text::quotes`] over the document's text; only sentences are read.
///
/// ```
/// use crosscheck::{Document, text};
/// use crosscheck::extract::attribution::attribute;
/// let doc = Document::new("d", "Five soldiers died, the army said. \u{201c}We mourn them,\u{201d} Gen. Ali told AFP.");
/// let found = attribute(&doc, &text::segments(&doc), &text::quotes(doc.text()));
/// let speakers: Vec<_> = found.iter().filter_map(|a| a.speaker.as_ref()).map(|s| s.name.as_str()).collect();
/// assert_eq!(speakers, ["army", "Ali"]);
/// assert_eq!(&doc.text()[found[0].content], "Five soldiers died");
/// assert_eq!(found[1].via[0].name, "AFP");
/// ```
pub fn attribute(document: &Document, segments: &[Segment], quotes: &[Quote]) -> Vec<Attribution> {
    let text = document.text();
    let mut entities = coref::Entities::new(text);
    let mut found: Vec<Attribution> = Vec::new();
    // The sentence index of the latest attribution, for quotations with no cue.
    let mut latest_sentence: Option<usize> = None;
    let index = QuoteIndex::new(quotes);
    for (sentence_index, segment) in
        segments.iter().filter(|segment| segment.is_sentence()).enumerate()
    {
        let sentence = segment.span;
        // Only the quotations near the sentence are read, so that cost does not
        // grow with the number of quotations in the document.
        let nearby = index.overlapping(sentence);
        let quotes = nearby.as_slice();
        let toks = tokens(text, sentence, quotes);
        let cues = cue::find(&toks);
        let vias = via::find(&toks);
        let mut raws = patterns::analyse(&toks, &cues, &vias, quotes, sentence);
        raws.extend(nested(&toks, quotes, sentence));
        // The first word of each attribution's cue, to hand out the channels.
        let mut cue_words: Vec<usize> = Vec::new();
        let hedged =
            toks.iter().any(|tok| !tok.quoted && cue_lexicon::HEDGES.contains(&tok.lower.as_ref()));
        let first_new = found.len();
        for raw in &raws {
            let speaker = speaker_of(&toks, &cues, &raws, raw, &mut entities);
            // "Lynch said she recalled …": a speaker reporting their own report
            // inside their content adds nothing.
            let (Some(first), Some(last)) = (toks.get(raw.cue.first), toks.get(raw.cue.last))
            else {
                continue;
            };
            let cue_span = Span::new(first.span.start, last.span.end);
            let pronoun_start = match raw.who {
                patterns::Who::Pronoun(index) => toks.get(index).map(|tok| tok.span.start),
                _ => None,
            };
            let repeated = pronoun_start.is_some_and(|start| {
                found.get(first_new..).unwrap_or_default().iter().any(|earlier| {
                    earlier.content.start == start
                        && earlier.speaker.as_ref().is_some_and(|other| {
                            (!other.key.is_empty() && other.key == speaker.key)
                                // "Fowler said he expects": an unresolved "he"
                                // or "she" opening a person's content is that person.
                                || (speaker.key.is_empty()
                                    && other.kind == SpeakerKind::Person
                                    && matches!(speaker.name.to_lowercase().as_str(), "he" | "she"))
                        })
                })
            });
            if repeated {
                continue;
            }
            let direct = !raw.nested
                && quotes.iter().any(|quote| {
                    quote.span.overlaps(raw.content) && quote.inner.len() * 2 >= raw.content.len()
                });
            cue_words.push(raw.cue.first);
            found.push(Attribution {
                sentence,
                cue: Some(Cue {
                    span: cue_span,
                    lemma: raw.cue.lemma.clone(),
                    class: raw.cue.class,
                }),
                speaker: Some(speaker),
                content: raw.content,
                via: Vec::new(),
                direct,
                hedged,
                denial: raw.cue.class == CueClass::Deny || raw.negated,
            });
        }
        // Each channel goes to the attribution whose cue is nearest.
        for channel in vias {
            let nearest = (first_new..found.len()).min_by_key(|&index| {
                cue_words
                    .get(index - first_new)
                    .map_or(usize::MAX, |word| word.abs_diff(channel.trigger))
            });
            if let Some(attribution) = nearest.and_then(|index| found.get_mut(index)) {
                attribution.via.push(channel.via);
            }
        }
        if found.len() > first_new {
            latest_sentence = Some(sentence_index);
            continue;
        }
        let covered = found.iter().rev().take(4).any(|earlier| earlier.content.contains(sentence));
        let floating = quotes
            .iter()
            .find(|quote| sentence.contains(quote.span) && quote.inner.len() * 2 >= sentence.len());
        if let (false, Some(quote), Some(latest)) = (covered, floating, latest_sentence)
            && sentence_index <= latest + 2
            && continue_quotation(
                &mut found,
                *quote,
                sentence,
                sentence_index == latest + 1,
                hedged,
            )
        {
            latest_sentence = Some(sentence_index);
        }
    }
    found
}

/// Attributions nested inside a quotation: "The delegation has made it clear that
/// …" inside an official's words. Only a named subject with a that-clause counts
/// there; other cue words inside quotations are the speaker's own words. The
/// content stays inside the quotation, so it is smaller than the quoting
/// attribution's and a figure in it goes to the nested one.
fn nested(toks: &[Tok], quotes: &[Quote], sentence: Span) -> Vec<patterns::Raw> {
    let mut raws = Vec::new();
    for quote in quotes.iter().filter(|quote| quote.inner.overlaps(sentence) && !quote.single) {
        // Only the words inside the quotation can hold a nested attribution, and
        // only one with "that" after its cue.
        let first = toks.partition_point(|tok| tok.span.start < quote.inner.start);
        let end = toks.partition_point(|tok| tok.span.end <= quote.inner.end).max(first);
        let inside = toks.get(first..end).unwrap_or_default();
        if !inside.iter().any(|tok| tok.lower == "that") {
            continue;
        }
        // The patterns index into the sentence's words, so the copy keeps them all,
        // with the words outside the quotation set aside as quoted.
        let inner: Vec<Tok> = toks
            .iter()
            .map(|tok| {
                let mut tok = tok.clone();
                tok.quoted = !quote.inner.contains(tok.span);
                tok.mark = Mark::None;
                tok
            })
            .collect();
        let cues: Vec<cue::Found> = cue::find(&inner)
            .into_iter()
            .filter(|found| inner.get(found.last + 1).is_some_and(|next| next.lower == "that"))
            .collect();
        if cues.is_empty() {
            continue;
        }
        for mut raw in patterns::analyse(&inner, &cues, &[], &[], sentence) {
            if !matches!(raw.who, patterns::Who::Phrase(..)) {
                continue;
            }
            let start = raw.content.start.max(quote.inner.start);
            let end = raw.content.end.min(quote.inner.end);
            raw.content = Span::new(start, end);
            raw.nested = true;
            if !raw.content.is_empty() {
                raws.push(raw);
            }
        }
    }
    raws
}

/// A quotation with no cue continues the current speaker's words: in the
/// sentence right after a direct quotation it extends that quotation's content;
/// otherwise it is an attribution of its own. Returns whether it was attributed.
fn continue_quotation(
    found: &mut Vec<Attribution>,
    quote: Quote,
    sentence: Span,
    adjacent: bool,
    hedged: bool,
) -> bool {
    let previous_sentence = found.last().map(|last| last.sentence);
    // The speaker, not a document vouching for the words ("he said, according to a transcript").
    let in_previous = || {
        found
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, earlier)| Some(earlier.sentence) == previous_sentence)
    };
    let current = in_previous()
        .find(|(_, earlier)| {
            earlier.direct && earlier.cue.as_ref().is_some_and(|cue| cue.class != CueClass::Report)
        })
        .or_else(|| in_previous().find(|(_, earlier)| earlier.direct))
        .map(|(index, _)| index);
    match current.and_then(|index| found.get_mut(index)) {
        Some(direct) if adjacent => {
            direct.content = direct.content.cover(quote.span);
        }
        _ => {
            let Some(mut speaker) = found.last().and_then(|last| last.speaker.clone()) else {
                return false;
            };
            speaker.mention = quote.span;
            found.push(Attribution {
                sentence,
                cue: None,
                speaker: Some(speaker),
                content: quote.span,
                via: Vec::new(),
                direct: true,
                hedged,
                denial: false,
            });
        }
    }
    true
}

/// Resolves the speaker of one attribution of a sentence, and notes what its
/// reported clause tells of its gender.
fn speaker_of(
    toks: &[Tok],
    cues: &[cue::Found],
    raws: &[patterns::Raw],
    raw: &patterns::Raw,
    entities: &mut coref::Entities,
) -> Speaker {
    let speaker = if let patterns::Who::Pronoun(index) = raw.who
        && subject_of_unread_cue(toks, cues, raws, index)
    {
        unresolved(toks, index)
    } else {
        resolve(toks, &raw.who, entities)
    };
    // "Ms Blackman said she was proud": in news, a "he" or "she" opening
    // the clause a named speaker reports is that speaker, which tells its
    // gender for the pronouns to come.
    if let patterns::Who::Phrase(..) = raw.who
        && matches!(speaker.kind, SpeakerKind::Person | SpeakerKind::Anonymous)
    {
        let that = toks.get(raw.cue.last + 1).is_some_and(|tok| tok.lower == "that");
        if let Some(subject) = toks.get(raw.cue.last + if that { 2 } else { 1 })
            && !subject.quoted
            && raw.content.contains(subject.span)
        {
            entities.learn(&speaker.key, &subject.lower);
        }
    }
    speaker
}

/// Describes and resolves the speaker of one attribution.
fn resolve(toks: &[Tok], who: &patterns::Who, entities: &mut coref::Entities) -> Speaker {
    match who {
        patterns::Who::Phrase(np, apposition) => {
            let described = speaker::describe(toks, *np, *apposition);
            let definite = toks.get(np.first).is_some_and(|tok| tok.lower == "the");
            entities.resolve(described, None, definite)
        }
        patterns::Who::Pronoun(index) => {
            let word = toks.get(*index).map(|tok| tok.lower.to_string()).unwrap_or_default();
            entities.resolve(unresolved(toks, *index), Some(&word), false)
        }
        patterns::Who::Relative(index, np) => {
            let described = speaker::describe(toks, *np, None);
            let mut resolved = entities.resolve(described, None, false);
            if let Some(tok) = toks.get(*index) {
                resolved.mention = tok.span;
            }
            resolved
        }
    }
}

/// The speaker a pronoun names before it is resolved: the pronoun itself.
fn unresolved(toks: &[Tok], index: usize) -> Speaker {
    let tok = toks.get(index);
    let mention = tok.map(|tok| tok.span).unwrap_or_default();
    let kind = if tok.is_some_and(|tok| matches!(tok.lower.as_ref(), "he" | "she" | "i")) {
        SpeakerKind::Person
    } else {
        SpeakerKind::Organization
    };
    let name = tok.map(|tok| tok.text.to_string()).unwrap_or_default();
    Speaker { name, mention, role: None, affiliation: None, kind, key: String::new() }
}

/// Whether the pronoun at `index` is the subject of a clause reported by a cue
/// whose own subject was not read ("One of the bidders, group LNM, said it
/// welcomed …"). Such a pronoun names that subject, which is unknown; the latest
/// speaker of the document would be a guess, so it stays unresolved.
fn subject_of_unread_cue(
    toks: &[Tok],
    cues: &[cue::Found],
    raws: &[patterns::Raw],
    index: usize,
) -> bool {
    cues.iter().any(|cue| {
        let that = toks.get(cue.last + 1).is_some_and(|tok| tok.lower == "that");
        let subject = cue.last + if that { 2 } else { 1 };
        subject == index
            && !raws.iter().any(|raw| raw.cue.first == cue.first && raw.cue.last == cue.last)
    })
}

/// Whether a word is a quotation mark that opens or closes a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    None,
    Open,
    Close,
}

/// A word of a sentence, as the patterns read it.
#[derive(Clone, Debug)]
struct Tok<'t> {
    text: &'t str,
    /// The word in lower case: borrowed when it has no capital letter.
    lower: std::borrow::Cow<'t, str>,
    span: Span,
    /// Whether the word lies inside a quotation.
    quoted: bool,
    /// Whether white space stands right before the word.
    space_before: bool,
    mark: Mark,
}

impl Tok<'_> {
    fn is_word(&self) -> bool {
        self.text.chars().any(char::is_alphanumeric)
    }

    fn is_cap(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// The words of `text[sentence]`, marked for quotations.
fn tokens<'t>(text: &'t str, sentence: Span, quotes: &[Quote]) -> Vec<Tok<'t>> {
    let Some(slice) = sentence.get(text) else { return Vec::new() };
    let mut toks: Vec<Tok<'t>> = words(slice, sentence.start)
        .map(|word| {
            let space_before = text
                .get(..word.span.start)
                .and_then(|before| before.chars().next_back())
                .is_some_and(char::is_whitespace);
            Tok {
                text: word.text,
                lower: if word.text.chars().any(char::is_uppercase) {
                    std::borrow::Cow::Owned(word.text.to_lowercase())
                } else {
                    std::borrow::Cow::Borrowed(word.text)
                },
                span: word.span,
                quoted: false,
                space_before,
                mark: Mark::None,
            }
        })
        .collect();
    // Each quotation marks the words it encloses and its own marks. Words are in
    // order and do not overlap, so a binary search finds each quotation's words;
    // the quotations of one kind do not overlap either, so every word is visited
    // at most once per kind and the whole is linear.
    for quote in quotes {
        if !quote.inner.is_empty() {
            let first = toks.partition_point(|tok| tok.span.start < quote.inner.start);
            for tok in toks.get_mut(first..).unwrap_or_default() {
                if tok.span.end > quote.inner.end {
                    break;
                }
                tok.quoted = true;
            }
        }
        if quote.closed {
            let close = toks.partition_point(|tok| tok.span.end < quote.span.end);
            if let Some(tok) = toks.get_mut(close)
                && tok.span.end == quote.span.end
                && quote.inner.end <= tok.span.start
            {
                tok.mark = Mark::Close;
            }
        }
    }
    for quote in quotes {
        let open = toks.partition_point(|tok| tok.span.start < quote.span.start);
        if let Some(tok) = toks.get_mut(open)
            && tok.span.start == quote.span.start
            && quote.inner.start >= tok.span.end
        {
            tok.mark = Mark::Open;
        }
    }
    toks
}

/// The quotations of a document, split by kind so that those near a sentence are
/// found by binary search: quotations of one kind never overlap (a new opening
/// mark ends an unclosed quotation of its kind), so their starts and their ends
/// are both sorted.
struct QuoteIndex {
    doubles: Vec<Quote>,
    singles: Vec<Quote>,
}

impl QuoteIndex {
    fn new(quotes: &[Quote]) -> QuoteIndex {
        let (singles, doubles) = quotes.iter().partition(|quote| quote.single);
        QuoteIndex { doubles, singles }
    }

    /// The quotations that overlap `span`, in order of their opening marks.
    fn overlapping(&self, span: Span) -> Vec<Quote> {
        let mut found = Vec::new();
        for list in [&self.doubles, &self.singles] {
            let first = list.partition_point(|quote| quote.span.end <= span.start);
            let end = list.partition_point(|quote| quote.span.start < span.end);
            found.extend_from_slice(list.get(first..end).unwrap_or_default());
        }
        found.sort_by_key(|quote| quote.span.start);
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;

    /// Speaker name, cue lemma, content, channels and denial of each attribution.
    type Row = (String, String, String, Vec<String>);

    fn run(text: &str) -> (Document, Vec<Attribution>) {
        let doc = Document::new("t", text);
        let found = attribute(&doc, &text::segments(&doc), &text::quotes(doc.text()));
        (doc, found)
    }

    fn rows(text: &str) -> Vec<Row> {
        let (doc, found) = run(text);
        found
            .iter()
            .map(|a| {
                (
                    a.speaker.as_ref().map(|s| s.name.clone()).unwrap_or_default(),
                    a.cue.as_ref().map(|c| c.lemma.clone()).unwrap_or_default(),
                    doc.text()[a.content].to_string(),
                    a.via.iter().map(|v| v.name.clone()).collect(),
                )
            })
            .collect()
    }

    fn row(speaker: &str, cue: &str, content: &str, via: &[&str]) -> Row {
        (speaker.into(), cue.into(), content.into(), via.iter().map(|v| (*v).to_string()).collect())
    }

    #[test]
    fn x_said_that_c_and_c_x_said() {
        assert_eq!(
            rows("Health Minister Anna Berg said that 14 patients had recovered."),
            [row("Anna Berg", "say", "14 patients had recovered", &[])]
        );
        assert_eq!(
            rows("Fourteen patients had recovered by Sunday, the hospital said."),
            [row("hospital", "say", "Fourteen patients had recovered by Sunday", &[])]
        );
        assert_eq!(
            rows("The bridge will reopen in May, said Transport Secretary Liam Ortiz."),
            [row("Liam Ortiz", "say", "The bridge will reopen in May", &[])]
        );
    }

    #[test]
    fn told_outlet_or_audience() {
        assert_eq!(
            rows("\u{201c}We will rebuild,\u{201d} Mayor Jane Holt told Reuters on Friday."),
            [row("Jane Holt", "tell", "\u{201c}We will rebuild,\u{201d}", &["Reuters"])]
        );
        assert_eq!(
            rows("The governor told reporters that 30 homes were lost."),
            [row("governor", "tell", "30 homes were lost", &["reporters"])]
        );
        let (_, found) = run("The governor told reporters that 30 homes were lost.");
        assert_eq!(found[0].via[0].kind, ViaKind::Audience);
    }

    #[test]
    fn participles_carry_the_speaker() {
        assert_eq!(
            rows("The union rejected the offer, telling the BBC: \u{201c}It is an insult.\u{201d}"),
            [
                row(
                    "union",
                    "reject",
                    "the offer, telling the BBC: \u{201c}It is an insult.\u{201d}",
                    &[]
                ),
                row("union", "tell", "\u{201c}It is an insult.\u{201d}", &["BBC"]),
            ]
        );
        let found =
            rows("The coach praised his players, saying: \u{201c}They never gave up.\u{201d}");
        assert_eq!(found[1], row("coach", "say", "\u{201c}They never gave up.\u{201d}", &[]));
        assert_eq!(
            rows("The senator said: \u{201c}We have the votes.\u{201d}"),
            [row("senator", "say", "\u{201c}We have the votes.\u{201d}", &[])]
        );
    }

    #[test]
    fn according_to_before_and_after() {
        assert_eq!(
            rows("According to the fire brigade, 12 people were rescued."),
            [row("fire brigade", "according to", "12 people were rescued", &[])]
        );
        assert_eq!(
            rows("Twelve people were rescued, according to the fire brigade."),
            [row("fire brigade", "according to", "Twelve people were rescued", &[])]
        );
    }

    #[test]
    fn outlet_as_speaker_and_as_channel() {
        let (_, found) =
            run("The Daily Planet, a Metropolis newspaper, reported that the plant will close.");
        let speaker = found[0].speaker.as_ref().map(|s| (s.name.as_str(), s.kind));
        assert_eq!(speaker, Some(("Daily Planet", SpeakerKind::Outlet)));
        let (_, found) = run("A spokesman told AFP the plant will close.");
        assert_eq!(found[0].speaker.as_ref().map(|s| s.kind), Some(SpeakerKind::Anonymous));
        assert_eq!((found[0].via[0].name.as_str(), found[0].via[0].kind), ("AFP", ViaKind::Outlet));
    }

    #[test]
    fn relative_clauses() {
        let (doc, found) =
            run("They met Finance Minister Omar Diaz, who warned that inflation would rise.");
        let speaker = found[0].speaker.as_ref().map(|s| (s.name.as_str(), &doc.text()[s.mention]));
        assert_eq!(speaker, Some(("Omar Diaz", "who")));
        assert_eq!(&doc.text()[found[0].content], "inflation would rise");
        let found = rows("The company cited a survey, which it says shows rising demand.");
        assert_eq!(found.last(), Some(&row("company", "say", "shows rising demand", &[])));
    }

    #[test]
    fn accusations_and_denials() {
        assert_eq!(
            rows("The opposition accused the government of hiding the figures."),
            [row("opposition", "accuse", "the government of hiding the figures", &[])]
        );
        let (_, found) = run("The ministry denies that any data was lost.");
        assert!(found[0].denial);
        let (_, found) = run("The ministry did not say how many were hurt.");
        assert!(found[0].denial);
    }

    #[test]
    fn statements_and_interviews() {
        assert_eq!(
            rows("In an interview with Al Jazeera, the envoy said talks would resume."),
            [row("envoy", "say", "talks would resume", &["Al Jazeera"])]
        );
        assert_eq!(
            rows("Speaking to journalists in Doha, Rubio said the deal held."),
            [row("Rubio", "say", "the deal held", &["journalists"])]
        );
        let found = rows("A statement from the Foreign Ministry said 40 aid trucks had crossed.");
        assert_eq!(found.last().map(|r| r.2.as_str()), Some("40 aid trucks had crossed"));
    }

    #[test]
    fn one_person_is_one_speaker() {
        let text = "Defence Minister Khawaja Asif said the talks had failed. \
                    \u{201c}We gave them every chance,\u{201d} he added. \
                    Asif said Kabul had not acted. \
                    The talks were suspended on Monday. \
                    The minister told reporters that a new round was possible.";
        let (_, found) = run(text);
        let keys: Vec<&str> =
            found.iter().filter_map(|a| a.speaker.as_ref()).map(|s| s.key.as_str()).collect();
        assert_eq!(keys, ["khawaja asif"; 4]);
        assert_eq!(
            found[0].speaker.as_ref().and_then(|s| s.role.as_deref()),
            Some("Defence Minister")
        );
    }

    #[test]
    fn a_name_before_the_head_beats_a_place_after_it() {
        let (_, found) =
            run("A Hamas official present at the meeting said 40 hostages remained, telling AFP.");
        let speaker = found.first().and_then(|a| a.speaker.as_ref());
        assert_eq!(
            speaker.map(|s| (s.kind, s.affiliation.as_deref())),
            Some((SpeakerKind::Anonymous, Some("Hamas")))
        );
    }

    #[test]
    fn anonymous_sources_keep_their_side() {
        let (_, found) = run(
            "A source close to the delegation said the talks had stalled. They added that 3 rounds remained.",
        );
        let first = found[0].speaker.as_ref();
        assert_eq!(
            first.map(|s| (s.kind, s.affiliation.as_deref())),
            Some((SpeakerKind::Anonymous, Some("delegation")))
        );
        assert_eq!(
            found[1].speaker.as_ref().map(|s| s.key.as_str()),
            first.map(|s| s.key.as_str())
        );
    }

    #[test]
    fn quotations_continue_with_their_speaker() {
        let text = "\u{201c}We lost two ships,\u{201d} Admiral Kay Rowe said. \u{201c}More may follow.\u{201d}";
        let (doc, found) = run(text);
        assert_eq!(found.len(), 1);
        assert_eq!(
            &doc.text()[found[0].content],
            "\u{201c}We lost two ships,\u{201d} Admiral Kay Rowe said. \u{201c}More may follow.\u{201d}"
        );
        let text = "\u{201c}We lost two ships,\u{201d} Admiral Kay Rowe said. The fleet sailed on. \u{201c}More may follow.\u{201d}";
        let (_, found) = run(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].speaker.as_ref().map(|s| s.name.as_str()), Some("Kay Rowe"));
        assert!(found[1].cue.is_none());
    }

    #[test]
    fn the_source_takes_up_the_latest_unnamed_source() {
        let (_, found) = run(
            "A diplomat said the talks would resume. The minister left early. However, the source stressed that no date was set.",
        );
        let names: Vec<&str> =
            found.iter().filter_map(|a| a.speaker.as_ref()).map(|s| s.name.as_str()).collect();
        assert_eq!(names.last(), Some(&"diplomat"));
        let (_, found) = run("Officials said 12 people died. The sources added that 30 were hurt.");
        let names: Vec<&str> =
            found.iter().filter_map(|a| a.speaker.as_ref()).map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Officials", "Officials"]);
    }

    #[test]
    fn nested_inside_a_quotation() {
        let text = "One official said: \u{201c}The delegation has made it clear that 2 demands stand.\u{201d}";
        let found = rows(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1], row("delegation", "make it clear", "2 demands stand", &[]));
        assert!(rows("\u{201c}We said that we would stay,\u{201d} he said.").len() == 1);
    }

    #[test]
    fn subjects_with_a_modifier_after_their_head() {
        assert_eq!(
            rows("Economists at the central bank said inflation would ease."),
            [row("Economists at the central bank", "say", "inflation would ease", &[])]
        );
        assert_eq!(
            rows("Those close to the coach say he will stay another season."),
            [row("Those close to the coach", "say", "he will stay another season", &[])]
        );
        assert_eq!(
            rows("All the residents we met said the harvest was poor."),
            [row("residents we met", "say", "the harvest was poor", &[])]
        );
        assert_eq!(
            rows("A study published in a medical journal found that the drug works."),
            [row("study published in a medical journal", "find", "the drug works", &[])]
        );
        // No speaking head opens the clause, or a verb stands inside the modifier.
        assert!(rows("The road to the border said nothing about the war.").is_empty());
        let found = rows("All the experts we interviewed said her plans were more detailed.");
        assert_eq!(found.iter().map(|r| r.1.as_str()).collect::<Vec<_>>(), ["say"]);
    }

    #[test]
    fn passives_with_an_agent() {
        assert_eq!(
            rows("The death toll was confirmed by the regional health office."),
            [row("regional health office", "confirm", "The death toll", &[])]
        );
        assert_eq!(
            rows("Her account has been disputed by two former colleagues."),
            [row("former colleagues", "dispute", "Her account", &[])]
        );
        assert_eq!(
            rows("The crew were told by engineers that the pump had failed."),
            [row("engineers", "tell", "the pump had failed", &[])]
        );
        let (_, found) = run("The figures were not confirmed by the ministry.");
        assert!(found[0].denial);
        // No cue, a cue that organizes, or an outlet that only quotes.
        assert!(rows("The school was destroyed by a flood in 2019.").is_empty());
        assert!(rows("The strike was called by the dockers' union.").is_empty());
        let found = rows("She was quoted by the Tribune as saying the port would close.");
        assert!(found.iter().all(|r| r.0 != "Tribune"), "{found:?}");
    }

    #[test]
    fn gerunds_after_a_preposition_and_quantified_speakers() {
        let found = rows("The union angered members by claiming that the pension fund was safe.");
        assert_eq!(found.last().map(|r| (r.0.as_str(), r.1.as_str())), Some(("union", "claim")));
        let found =
            rows("Before announcing that the plant would close, the company paid its staff.");
        assert_eq!(
            found.first().map(|r| (r.0.as_str(), r.1.as_str())),
            Some(("company", "announce"))
        );
        // A subject across a comma or "that" is not the gerund's.
        let found =
            rows("Voters chose whatever they wanted, from rejecting the plan to praising it.");
        assert!(found.iter().all(|r| r.1 != "reject"), "{found:?}");
        assert_eq!(
            rows("One of the engineers warned that the dam could fail."),
            [row("One of the engineers", "warn", "the dam could fail", &[])]
        );
    }

    #[test]
    fn nominal_cues_with_an_adjunct_and_new_verbs() {
        let found = rows("Oslo's warning in March that prices would rise went unheeded.");
        assert_eq!(
            found.first().map(|r| (r.0.as_str(), r.1.as_str())),
            Some(("Oslo's", "warning"))
        );
        let found = rows("Critics doubted Acme's claims about the safety of its cars.");
        assert_eq!(found.last().map(|r| r.2.as_str()), Some("the safety of its cars"));
        assert_eq!(
            rows("Inspectors have discovered that the cables were cut."),
            [row("Inspectors", "discover", "the cables were cut", &[])]
        );
        assert_eq!(
            rows("The coach continued: \u{201c}We never give up.\u{201d}"),
            [row("coach", "continue", "\u{201c}We never give up.\u{201d}", &[])]
        );
        // "continued" with no clause after it reports nothing.
        assert!(rows("The rain continued for three days.").is_empty());
        assert!(rows("The continued fighting forced 300 families to flee.").is_empty());
    }

    #[test]
    fn headline_speaker_before_a_colon() {
        assert_eq!(
            rows("Governor Ada Mills: Budget cuts will hit rural schools."),
            [row("Ada Mills", ":", "Budget cuts will hit rural schools", &[])]
        );
        assert_eq!(
            rows("Survey: Most renters expect higher prices."),
            [row("Survey", ":", "Most renters expect higher prices", &[])]
        );
        assert_eq!(
            rows("Merkel on Migration: We can manage this."),
            [row("Merkel", ":", "We can manage this", &[])]
        );
        // Labels, common nouns and times before a colon name no speaker.
        assert!(rows("Breaking News: The bridge has reopened.").is_empty());
        assert!(rows("The main problem: Nobody knows the cost.").is_empty());
        assert!(rows("Markets on Friday: Shares fell sharply.").is_empty());
        assert!(rows("He had one aim: to finish the race.").is_empty());
    }

    #[test]
    fn title_case_headlines_intro_phrases_and_quantities() {
        assert_eq!(
            rows("Port Strike Will Last Into Next Week, Union Leader Says."),
            [row("Union Leader", "say", "Port Strike Will Last Into Next Week", &[])]
        );
        // Only present-tense verbs count in a headline: "Worried" is an adjective.
        assert!(rows("Farmers Worried About Drought As Rivers Fall.").is_empty());
        // A capitalized verb in an ordinary sentence is a name or a title.
        assert!(rows("The film Says Nothing opened in Paris on Friday.").is_empty());
        assert_eq!(
            rows("In a radio interview Okafor declared that the budget was balanced."),
            [row("Okafor", "declare", "the budget was balanced", &[])]
        );
        // A place after a preposition is still no subject.
        assert!(rows("The talks in Geneva concluded without a deal.").is_empty());
        assert_eq!(
            rows("Twelve percent indicated that they were undecided."),
            [row("Twelve percent", "indicate", "they were undecided", &[])]
        );
        assert_eq!(
            rows("After the vote, all agreed that the plan was too costly."),
            [row("all", "agree", "the plan was too costly", &[])]
        );
        // A percentage inside a clause is no subject.
        assert!(rows("Prices rose by 5 percent said to be the fastest pace.").is_empty());
        assert!(rows("All statements were published online.").is_empty());
    }

    #[test]
    fn reduced_passives_owners_and_clause_bounds() {
        let found = rows("The tax is unfair, said Ms. Reed (a view shared by many economists).");
        assert_eq!(
            found.last().map(|r| (r.0.as_str(), r.1.as_str())),
            Some(("economists", "share"))
        );
        assert_eq!(
            rows("The board approved the merger (a decision welcomed by most shareholders)."),
            [row("shareholders", "welcome", "The board approved the merger", &[])]
        );
        // With no noun phrase set off before it, the participle is no report.
        let found = rows("Shares welcomed by investors rose.");
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(
            rows("The mayor's announcement that the bridge would close angered commuters."),
            [row("mayor's", "announcement", "the bridge would close angered commuters", &[])]
        );
        assert!(rows("The harbour's warning lights failed.").is_empty());
        assert_eq!(
            rows("After saying the road was safe, the mayor closed it."),
            [row("mayor", "say", "the road was safe", &[])]
        );
        // A person reporting their own belief inside their content adds nothing.
        assert_eq!(rows("Dr. Okafor said he expects the senator to recover fully.").len(), 1);
        // A refusal to act is no statement.
        assert!(rows("The union refused to sign the deal.").is_empty());
        // "add" with an amount adds, it does not report.
        let found = rows("The agency said the plan would cost less but would add $84 billion.");
        assert!(found.iter().all(|r| r.1 != "add"), "{found:?}");
        // A pronoun glued to its auxiliary is no name.
        let found = rows("You'd think the council would object, said Ms. Reed.");
        assert!(found.iter().all(|r| r.0 != "You'd"), "{found:?}");
        // A clause ending in a verb is no speaker: "the union overruled that request".
        let found =
            rows("He asked for a recount, but the union overruled that request, aides said.");
        assert!(found.iter().all(|r| !r.0.contains("overruled")), "{found:?}");
    }

    #[test]
    fn relative_clauses_and_floating_quantifiers_in_the_subject() {
        assert_eq!(
            rows("One of the doctors who signed the letter called the plan reckless."),
            [row("One of the doctors", "call", "the plan reckless", &[])]
        );
        assert_eq!(
            rows("Officials who saw the report said it was flawed."),
            [row("Officials", "say", "it was flawed", &[])]
        );
        let found = rows("Senators Ann Cole and Ben Park all suggested that the bank had failed.");
        assert_eq!(found.first().map(|r| r.1.as_str()), Some("suggest"));
        assert!(found.first().is_some_and(|r| r.0.contains("Ben Park")), "{found:?}");
        // A relative pronoun after a dashed aside refers back past it.
        assert_eq!(
            rows(
                "The prize went to 40 retired generals \u{2014} most of whom had served abroad \u{2014} who cited his record."
            ),
            [row("retired generals", "cite", "his record", &[])]
        );
        assert_eq!(
            rows("Support came from the mayor -- who said it was overdue."),
            [row("mayor", "say", "it was overdue", &[])]
        );
        // A dash after no name gives no antecedent.
        assert!(rows("It rained all day -- which said little.").is_empty());
        // "all" after a preposition is no floating quantifier.
        assert!(rows("Most of all said nothing.").is_empty());
        assert_eq!(
            rows("After saying the water was \"perfectly safe,\" she drank a glass."),
            [row("she", "say", "the water was \"perfectly safe,\"", &[])]
        );
    }

    #[test]
    fn own_voice_quoted_cues_scare_quotes_and_hedges() {
        assert!(rows("The talks resumed on Monday after a 48-hour ceasefire.").is_empty());
        assert_eq!(
            rows("\u{201c}They said nothing,\u{201d} the mayor said."),
            [row("mayor", "say", "\u{201c}They said nothing,\u{201d}", &[])]
        );
        assert_eq!(
            rows("Kabul urged \u{201c}dialogue and understanding\u{201d} on Monday."),
            [row("Kabul", "urge", "\u{201c}dialogue and understanding\u{201d} on Monday", &[])]
        );
        let (_, found) = run("The army reportedly said 20 soldiers died.");
        assert!(found[0].hedged);
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::attribute;
    use crate::{Document, text};

    proptest! {
        /// No input panics, and every span lies on char boundaries of the text.
        #[test]
        fn spans_are_valid(body in "([A-Z][a-z]{0,6}|said|told|according to|\u{201c}|\u{201d}|\"|'|,|\\.|:|he|the|é|—|\n| ){0,60}") {
            let doc = Document::new("p", body);
            for found in attribute(&doc, &text::segments(&doc), &text::quotes(doc.text())) {
                prop_assert!(found.content.get(doc.text()).is_some());
                prop_assert!(found.cue.as_ref().is_none_or(|cue| cue.span.get(doc.text()).is_some()));
                prop_assert!(found.speaker.as_ref().is_none_or(|s| s.mention.get(doc.text()).is_some()));
                prop_assert!(found.via.iter().all(|via| via.span.get(doc.text()).is_some()));
            }
        }
    }
}
