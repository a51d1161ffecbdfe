//! A generator of synthetic news stories with known facts, for benchmarks and accuracy at scale.
//!
//! Real sentences that carry one count ("39 are confirmed dead", "lost 464,000
//! subscribers") are the templates. A *story* is a set of facts (templates) tied to
//! an anchor that makes it unique: an invented place and a date. Each story is
//! reported by several outlets; each report states some of the facts, with the true
//! value or, at a known rate, a perturbed one (a conflict), written in digits or
//! words, attributed or in the article's own voice; some reports copy a sentence
//! from another report word for word (a wire copy, which must count once). The
//! truth of every generated sentence is recorded, so matching can be scored.
//!
//! Templates come from the seeds always, and from `shared/corpora` when present.

#![allow(dead_code, reason = "each user of this module uses a different part of it")]

use std::path::Path;

use crosscheck::extract::figures::{QuantityKind, Value};
use crosscheck::{Document, Extractor, Metadata, ReadOptions, read_inputs, text};
use rayon::prelude::*;

/// A sentence with one count in it.
#[derive(Clone, Debug)]
pub struct Template {
    /// The sentence, ending with a full stop.
    pub text: String,
    /// The topic crosscheck gives the count ("people killed").
    pub topic: String,
    /// Byte range of the number in `text`.
    pub number: std::ops::Range<usize>,
    /// The number's value.
    pub value: u64,
}

/// How much to generate.
#[derive(Clone, Debug)]
pub struct Config {
    /// How many stories.
    pub stories: usize,
    /// How many reports (documents) per story.
    pub reports: usize,
    /// How many facts per story.
    pub facts: usize,
    /// The share of stated facts that carry a perturbed value.
    pub conflict_rate: f64,
    /// The share of stated facts copied word for word from an earlier report.
    pub wire_rate: f64,
    /// The share of facts a report states.
    pub coverage: f64,
    /// The random seed.
    pub seed: u64,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            stories: 100,
            reports: 5,
            facts: 4,
            conflict_rate: 0.2,
            wire_rate: 0.1,
            coverage: 0.8,
            seed: 7,
        }
    }
}

/// What one generated sentence states.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Truth {
    /// The document.
    pub doc: String,
    /// Byte range of the sentence in the document.
    pub sentence: std::ops::Range<usize>,
    /// The story.
    pub story: usize,
    /// The fact within the story.
    pub fact: usize,
    /// The value stated.
    pub value: u64,
    /// Whether the value is perturbed (differs from the story's truth).
    pub perturbed: bool,
    /// Whether the sentence was copied from another report.
    pub wire_copy: bool,
}

/// A generated corpus.
#[derive(Debug, Default)]
pub struct Corpus {
    /// The documents.
    pub documents: Vec<Document>,
    /// The truth of every fact sentence.
    pub truth: Vec<Truth>,
}

/// A small deterministic generator (SplitMix64): the same seed gives the same corpus.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n.max(1) as u64)).unwrap_or(0)
    }

    pub fn chance(&mut self, p: f64) -> bool {
        // A whole number of millionths is exact in f64.
        let millionths = u32::try_from(self.next() % 1_000_000).unwrap_or(0);
        f64::from(millionths) < p * 1_000_000.0
    }
}

/// Finds templates in the seeds and, when `shared` is given, in its corpora.
pub fn templates(project: &Path, shared: Option<&Path>) -> Vec<Template> {
    let mut paths = vec![project.join("seeds")];
    if let Some(shared) = shared {
        paths.push(shared.join("corpora/bbc/bbc_news.jsonl"));
        paths.push(shared.join("corpora/wikinews/wikinews_2019_2020.jsonl"));
    }
    let paths: Vec<_> = paths.into_iter().filter(|path| path.exists()).collect();
    let inputs = read_inputs(&paths, &ReadOptions::default());
    let candidates: Vec<Template> = inputs
        .documents
        .iter()
        .flat_map(|document| {
            text::segments(document)
                .iter()
                .filter(|segment| segment.is_sentence())
                .filter_map(|segment| template(&document.text()[segment.span]))
                .collect::<Vec<_>>()
        })
        .collect();
    let extractor = Extractor::new();
    let mut found: Vec<Template> =
        candidates.into_par_iter().filter_map(|candidate| checked(&extractor, candidate)).collect();
    // The same sentence may be in two corpora.
    found.sort_by(|x, y| x.text.cmp(&y.text));
    found.dedup_by(|x, y| x.text == y.text);
    found
}

/// Keeps a candidate only when crosscheck itself reads it as intended: as written,
/// and as the generator writes it (the number in words or with a thousands comma,
/// the story's place after it, an attribution), the sentence gives exactly one
/// claim with a figure, a count whose number covers the digits, with a topic, and
/// always the same topic. So every generated fact sentence is one claim that the
/// matcher can block, and the truth of the corpus is the truth of the claims.
fn checked(extractor: &Extractor, mut candidate: Template) -> Option<Template> {
    let mut topic = None;
    for value in [candidate.value, candidate.value + 1, 7, 12_345] {
        let text = format!(
            "{}{}{} in Kalendor, officials said.",
            &candidate.text[..candidate.number.start],
            spelled(value, value == 7),
            candidate.text[candidate.number.end..].trim_end_matches('.')
        );
        let claims = extractor.extract(&Document::new("t", text.as_str()));
        let mut figures = claims.iter().filter(|claim| claim.quantity.is_some());
        let (Some(claim), None) = (figures.next(), figures.next()) else { return None };
        let quantity = claim.quantity.as_ref()?;
        let number_at = candidate.number.start;
        if quantity.kind != QuantityKind::Count
            || quantity.counted.is_none()
            || quantity.number.start > number_at
            || quantity.number.end < number_at + 1
            || quantity.value != Value::Number(f64::from(u32::try_from(value).ok()?))
        {
            return None;
        }
        let found = claim.topic.clone()?;
        if topic.as_ref().is_some_and(|topic| *topic != found) {
            return None;
        }
        topic = Some(found);
    }
    candidate.topic = topic?;
    Some(candidate)
}

/// A sentence is a template when it ends with a full stop and holds exactly one run of
/// digits: a whole number from 2 to 999,999 that is not a year, money or a percentage,
/// followed by a lower-case word.
fn template(sentence: &str) -> Option<Template> {
    if sentence.len() < 40
        || sentence.len() > 260
        || !sentence.ends_with('.')
        || sentence.contains(['"', '“', '”'])
    {
        return None;
    }
    let bytes = sentence.as_bytes();
    let mut runs = Vec::new();
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index].is_ascii_digit() {
            let start = index;
            while index < bytes.len()
                && (bytes[index].is_ascii_digit()
                    || (bytes[index] == b','
                        && bytes.get(index + 1).is_some_and(u8::is_ascii_digit)))
            {
                index += 1;
            }
            runs.push(start..index);
        } else {
            index += 1;
        }
    }
    if runs.is_empty() {
        // No digits: a number in words ("five soldiers") is a template too, so
        // that the seeds alone give some.
        let mut at = 0;
        for word in sentence.split(' ') {
            let bare = word.trim_end_matches([',', '.']);
            if WORDS.iter().skip(2).any(|number| *number == bare) {
                runs.push(at..at + bare.len());
            }
            at += word.len() + 1;
        }
    }
    let [number] = runs.as_slice() else { return None };
    let before = sentence[..number.start].chars().next_back();
    if before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '$' | '£' | '€' | '-' | '.')) {
        return None;
    }
    let after = &sentence[number.end..];
    let next_word: String =
        after.strip_prefix(' ')?.chars().take_while(|c| c.is_alphabetic()).collect();
    if next_word.len() < 3
        || !next_word.chars().all(char::is_lowercase)
        || after.starts_with(['%', '.', ',', '-'])
    {
        return None;
    }
    let written = &sentence[number.clone()];
    let value: u64 = match WORDS.iter().position(|word| *word == written) {
        Some(small) => small as u64,
        None => written.replace(',', "").parse().ok()?,
    };
    let year_like = (1900..=2100).contains(&value) && !sentence[number.clone()].contains(',');
    if !(2..1_000_000).contains(&value) || year_like {
        return None;
    }
    Some(Template {
        text: sentence.to_string(),
        topic: String::new(),
        number: number.clone(),
        value,
    })
}

const SYLLABLES: &[&str] = &[
    "ka", "ro", "vel", "dan", "mir", "ost", "lun", "bar", "tes", "gor", "ven", "sal", "dor", "nik",
    "pra", "zul",
];
const OUTLETS: &[&str] = &[
    "AFP",
    "Reuters",
    "AP",
    "Al Jazeera",
    "BBC",
    "Dawn",
    "The Express Tribune",
    "Anadolu",
    "DPA",
    "Xinhua",
    "The Guardian",
    "Kyodo",
    "EFE",
    "ANSA",
    "The Hindu",
    "CNN",
];
const SPEAKERS: &[&str] =
    &["officials said", "police said", "a spokesman said", "the ministry said", "witnesses said"];
const WORDS: &[&str] = &[
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];
use crosscheck::lexicon::calendar::{MONTH_NAMES as MONTHS, WEEKDAY_NAMES as WEEKDAYS};

/// An invented place name, unique per story number.
fn invented(story: usize) -> String {
    let mut name = String::new();
    let mut rest = story;
    for _ in 0..4 {
        name.push_str(SYLLABLES[rest % SYLLABLES.len()]);
        rest /= SYLLABLES.len();
        if rest == 0 && name.len() >= 5 {
            break;
        }
    }
    let mut chars = name.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The names of a template sentence made the story's own: each capitalized word
/// (but the sentence's first) becomes an invented name fixed by the word and the
/// story. Templates are reused across stories; without this, two stories built on
/// one sentence would share its names and places, which different real stories
/// rarely do, and the matcher would rightly link them.
fn renamed(part: &str, story: usize, starts_sentence: bool) -> String {
    let mut out = String::with_capacity(part.len() + 16);
    for (index, word) in part.split(' ').enumerate() {
        if index > 0 {
            out.push(' ');
        }
        // The name is the leading run of letters: "Bach's" names Bach.
        let core = &word[..word.find(|c: char| !c.is_alphabetic()).unwrap_or(word.len())];
        let is_name = core.len() > 1
            && core.chars().next().is_some_and(char::is_uppercase)
            && !MONTHS.contains(&core)
            && !WEEKDAYS.contains(&core)
            && !(starts_sentence && index == 0);
        if is_name {
            let seed = core.bytes().fold(story as u64, |hash, byte| {
                (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
            });
            out.push_str(&invented(usize::try_from(seed % 1_000_000_007).unwrap_or(0)));
            out.push_str(&word[core.len()..]);
        } else {
            out.push_str(word);
        }
    }
    out
}

fn render(value: u64, rng: &mut Rng) -> String {
    spelled(value, rng.chance(0.4))
}

/// A value in digits (with thousands commas), or in words when `words` and it is small.
fn spelled(value: u64, words: bool) -> String {
    match usize::try_from(value) {
        Ok(small) if small < WORDS.len() && words => WORDS[small].to_string(),
        _ if value >= 1000 => {
            let digits = value.to_string();
            let mut out = String::new();
            for (index, digit) in digits.chars().enumerate() {
                if index > 0 && (digits.len() - index).is_multiple_of(3) {
                    out.push(',');
                }
                out.push(digit);
            }
            out
        }
        _ => value.to_string(),
    }
}

fn perturb(value: u64, rng: &mut Rng) -> u64 {
    let step = (value / 4).max(1) + rng.next() % (value / 4).max(2);
    if rng.chance(0.5) && value > step + 1 { value - step } else { value + step }
}

/// Generates a corpus from templates.
pub fn generate(templates: &[Template], config: &Config) -> Corpus {
    let mut rng = Rng::new(config.seed);
    let mut corpus = Corpus::default();
    if templates.is_empty() {
        return corpus;
    }
    let mut next_template = rng.below(templates.len());
    for story in 0..config.stories {
        let place = invented(story);
        let month = story % 12;
        let day = 1 + (story / 12) % 28;
        let year = 2000 + i16::try_from((story / 336) % 25).unwrap_or(0);
        // Facts of one story have different topics: a story does not give two
        // different death tolls, and when it does a reader cannot tell them apart either.
        let mut facts: Vec<&Template> = Vec::new();
        for _ in 0..config.facts * 4 {
            if facts.len() == config.facts {
                break;
            }
            next_template = (next_template + 1 + rng.below(7)) % templates.len();
            let candidate = &templates[next_template];
            if facts.iter().all(|fact| fact.topic != candidate.topic) {
                facts.push(candidate);
            }
        }
        // Who is in the news: a name of this story, so its reports share names
        // beyond the place, as reports of one event do.
        let person = format!("{} {}", invented(story.wrapping_mul(7) + 3), invented(story + 11));
        let mut stated: Vec<Vec<(String, u64)>> = vec![Vec::new(); facts.len()];
        for report in 0..config.reports {
            let doc = format!("s{story:06}r{report:02}");
            // The lead names the place, the person and the day; the facts follow.
            let mut text = format!("{person} met reporters in {place} on {} {day}.", MONTHS[month]);
            let mut truths = Vec::new();
            for (fact, template) in facts.iter().enumerate() {
                if !rng.chance(config.coverage) {
                    continue;
                }
                let (sentence, value, perturbed, wire_copy) = if !stated[fact].is_empty()
                    && rng.chance(config.wire_rate)
                {
                    let (copy, value) = stated[fact][rng.below(stated[fact].len())].clone();
                    (copy, value, value != template.value, true)
                } else {
                    let perturbed = rng.chance(config.conflict_rate);
                    let value =
                        if perturbed { perturb(template.value, &mut rng) } else { template.value };
                    let body = format!(
                        "{}{}{}",
                        renamed(&template.text[..template.number.start], story, true),
                        render(value, &mut rng),
                        renamed(
                            template.text[template.number.end..].trim_end_matches('.'),
                            story,
                            false
                        )
                    );
                    let attribution = if rng.chance(0.5) {
                        format!(", {}", SPEAKERS[rng.below(SPEAKERS.len())])
                    } else {
                        String::new()
                    };
                    (format!("{body} in {place}{attribution}."), value, perturbed, false)
                };
                text.push(if rng.chance(0.5) { ' ' } else { '\n' });
                let start = text.len();
                text.push_str(&sentence);
                truths.push(Truth {
                    doc: doc.clone(),
                    sentence: start..text.len(),
                    story,
                    fact,
                    value,
                    perturbed,
                    wire_copy,
                });
                if !wire_copy {
                    stated[fact].push((sentence, value));
                }
            }
            corpus.truth.extend(truths);
            let published = jiff::civil::Date::new(
                year,
                i8::try_from(month + 1).unwrap_or(1),
                i8::try_from(day).unwrap_or(1),
            )
            .ok();
            let metadata = Metadata {
                outlet: Some(OUTLETS[rng.below(OUTLETS.len())].to_string()),
                published,
                title: None,
                url: None,
            };
            // Built by pushes, the text has up to twice its length in capacity; a
            // document read from a file has none, so neither does a generated one.
            text.shrink_to_fit();
            corpus.documents.push(Document::new(doc, text).with_metadata(metadata));
        }
    }
    corpus
}
