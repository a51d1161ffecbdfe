//! The matcher on synthetic claims: real sentences, figures placed by hand
//! (as the figure extractor will give them), topics and context computed by the
//! library. Modelled on the acceptance cases of issue 5 and on stories of our own.

use crosscheck::claim::DocumentContext;
use crosscheck::claim::topic::{context, topic};
use crosscheck::report::{self, Format, Run};
use crosscheck::{Claim, Document, Fact, Matcher, Span, Status};
use proptest::prelude::*;
use serde_json::{Value as Json, json};

/// A figure to place in a document: the text it covers and its reading.
#[derive(Clone)]
struct Figure {
    /// The figure as written; its first occurrence in the document is used.
    needle: &'static str,
    kind: &'static str,
    value: Json,
    low: Json,
    high: Json,
    approximate: bool,
    /// The counted noun's lemma, as the figure extractor gives it.
    lemma: Option<&'static str>,
}

fn count(needle: &'static str, value: f64, lemma: &'static str) -> Figure {
    Figure {
        needle,
        kind: "count",
        value: json!({"Number": value}),
        low: Json::Null,
        high: Json::Null,
        approximate: false,
        lemma: Some(lemma),
    }
}

fn at_least(needle: &'static str, value: f64, lemma: &'static str) -> Figure {
    Figure { low: json!({"Number": value}), ..count(needle, value, lemma) }
}

fn vague(needle: &'static str, value: f64, lemma: Option<&'static str>) -> Figure {
    Figure { low: json!({"Number": value}), approximate: true, lemma, ..count(needle, value, "x") }
}

fn ordinal(needle: &'static str, value: f64) -> Figure {
    Figure { kind: "ordinal", lemma: None, ..count(needle, value, "x") }
}

fn duration(needle: &'static str, amount: f64, unit: &'static str) -> Figure {
    Figure {
        kind: "duration",
        value: json!({"Duration": {"amount": amount, "unit": unit}}),
        lemma: None,
        ..count(needle, 0.0, "x")
    }
}

fn date(needle: &'static str, month: u8, day: u8) -> Figure {
    Figure {
        kind: "date",
        value: json!({"Date": {"year": null, "month": month, "day": day, "year_inferred": false}}),
        lemma: None,
        ..count(needle, 0.0, "x")
    }
}

/// The claims of `document`, one per figure, as the extractor would build them.
fn claims_of(document: &Document, figures: &[Figure]) -> Vec<Claim> {
    let text = document.text();
    let segments = crosscheck::text::segments(document);
    let document_context = DocumentContext::new(text, document.published());
    figures
        .iter()
        .enumerate()
        .map(|(number, figure)| {
            let start = text
                .find(figure.needle)
                .unwrap_or_else(|| panic!("{} not in {}: {}", figure.needle, document.id(), text));
            let span = Span::new(start, start + figure.needle.len());
            let sentence = segments
                .iter()
                .find(|segment| segment.span.contains(span))
                .map_or(span, |segment| segment.span);
            let quantity = json!({
                "kind": figure.kind,
                "span": span,
                "value": figure.value,
                "low": figure.low,
                "high": figure.high,
                "approximate": figure.approximate,
                "unit": null,
                "counted": figure.lemma.map(|lemma| json!({"span": span, "lemma": lemma, "phrase": lemma})),
                "event": null,
                "number": span,
                "range": false,
                "relative": false,
            });
            let mut claim: Claim = serde_json::from_value(json!({
                "id": format!("{}#{}", document.id(), number + 1),
                "doc": document.id(),
                "sentence": sentence,
                "speaker": null,
                "via": [],
                "cue": null,
                "hedged": false,
                "denial": false,
                "quantity": quantity,
                "topic": null,
            }))
            .expect("a valid claim");
            let quantity = claim.quantity.clone().expect("a quantity");
            claim.topic = topic(text, sentence, &quantity);
            claim.context = context(text, sentence, Some(&quantity), &document_context);
            claim
        })
        .collect()
}

/// A value as JSON with the ids of the documents that give it.
type FactValues = (String, Vec<String>);

/// A fact as (status, [(value as JSON, [doc ids])]).
type FactSummary = (Status, Vec<FactValues>);

/// The facts of a topic, as (status, [(value, [doc ids])]).
fn facts_about(claims: &[Claim], facts: &[Fact], topic: &str) -> Vec<FactSummary> {
    facts
        .iter()
        .filter(|fact| fact.topic == topic)
        .map(|fact| {
            let values = fact
                .values
                .iter()
                .map(|value| {
                    let docs = value.claims.iter().map(|&i| claims[i].doc.clone()).collect();
                    (serde_json::to_value(value.value).expect("a value").to_string(), docs)
                })
                .collect();
            (fact.status, values)
        })
        .collect()
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| (*item).to_string()).collect()
}

/// The seed articles of the project (`seeds/`), with their figures placed by hand.
fn seed(prefix: &str) -> Document {
    {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let path = std::fs::read_dir(&folder)
            .expect("the seeds folder")
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .find(|path| {
                path.file_name()
                    .and_then(|name| name.to_str())
                    .is_some_and(|name| name.starts_with(prefix))
            })
            .expect("the seed file");
        let text = std::fs::read_to_string(path).expect("a readable seed");
        Document::new(prefix, text)
    }
}

/// The seed articles with the figures of the acceptance cases placed by hand.
fn seed_story() -> (Vec<Document>, Vec<Claim>) {
    let (d000, d001, d002, d004) = (seed("000"), seed("001"), seed("002"), seed("004"));
    let mut claims = claims_of(
        &d000,
        &[
            ordinal("third", 3.0),
            count("25 militants", 25.0, "militant"),
            count("four suicide bombers", 4.0, "bomber"),
            count("five soldiers", 5.0, "soldier"),
        ],
    );
    claims.extend(claims_of(
        &d001,
        &[
            ordinal("third", 3.0),
            at_least("over 200 militants", 200.0, "militant"),
            count("23 soldiers", 23.0, "soldier"),
            date("October 17", 10, 17),
        ],
    ));
    claims.extend(claims_of(
        &d002,
        &[
            ordinal("third", 3.0),
            ordinal("second", 2.0),
            date("19 October", 10, 19),
            count("five of its soldiers", 5.0, "soldier"),
            count("25 TTP militants", 25.0, "militant"),
        ],
    ));
    claims.extend(claims_of(&d004, &[ordinal("second", 2.0), ordinal("third", 3.0)]));
    (vec![d000, d001, d002, d004], claims)
}

#[test]
fn seeds_soldiers_killed_conflict_and_agreement() {
    let (_, claims) = seed_story();
    let facts = Matcher::new().reconcile(&claims);
    let soldiers = facts_about(&claims, &facts, "soldiers killed");
    assert_eq!(
        soldiers,
        vec![(
            Status::Conflict,
            vec![
                ("5".to_string(), strings(&["000", "002"])),
                ("23".to_string(), strings(&["001"]))
            ]
        )]
    );
}

#[test]
fn seeds_round_numbering_conflict_without_ordinals_of_other_things() {
    let (_, claims) = seed_story();
    let facts = Matcher::new().reconcile(&claims);
    let rounds = facts_about(&claims, &facts, "round of talks");
    assert_eq!(
        rounds,
        vec![(
            Status::Conflict,
            vec![
                ("3".to_string(), strings(&["000", "001"])),
                ("2".to_string(), strings(&["002", "004"]))
            ]
        )]
    );
    // "third consecutive day" and "third-party" make no claim with a topic.
    for claim in &claims {
        let quantity = claim.quantity.as_ref().expect("a quantity");
        let figure = &claim.id;
        if quantity.kind == crosscheck::extract::figures::QuantityKind::Ordinal
            && claim.doc != "000"
            && claim.doc != "001"
        {
            let is_series = claim.topic.is_some();
            let second = matches!(quantity.value, crosscheck::extract::figures::Value::Number(n) if (n - 2.0).abs() < 1e-9);
            assert_eq!(is_series, second, "{figure}");
        }
    }
}

#[test]
fn seeds_ceasefire_date_conflict() {
    let (_, claims) = seed_story();
    let facts = Matcher::new().reconcile(&claims);
    let ceasefire = facts_about(&claims, &facts, "ceasefire");
    assert_eq!(
        ceasefire,
        vec![(
            Status::Conflict,
            vec![
                ("\"XXXX-10-17\"".to_string(), strings(&["001"])),
                ("\"XXXX-10-19\"".to_string(), strings(&["002"]))
            ]
        )]
    );
}

#[test]
fn seeds_subset_counts_build_no_conflict() {
    let (_, claims) = seed_story();
    let facts = Matcher::new().reconcile(&claims);
    // Four suicide bombers are among the 25 militants: no topic they share.
    let bombers = claims.iter().find(|claim| claim.id == "000#3").expect("the bombers claim");
    assert_ne!(bombers.topic.as_deref(), Some("militants killed"));
    for fact in &facts {
        for value in &fact.values {
            assert!(
                !value
                    .claims
                    .iter()
                    .any(|&i| claims[i].id == "000#3" && fact.status == Status::Conflict)
            );
        }
    }
    // The conflicts are those a careful reader sees, and no other.
    let mut conflicts: Vec<&str> = facts
        .iter()
        .filter(|fact| fact.status == Status::Conflict)
        .map(|fact| fact.topic.as_str())
        .collect();
    conflicts.sort_unstable();
    // FIXME: "militants killed" (over 200 on October 12 against 25 at the weekend) is
    // flagged with its reason (different time anchors) like the soldiers; the
    // sentences alone do not tell the two clashes apart.
    assert_eq!(conflicts, ["ceasefire", "militants killed", "round of talks", "soldiers killed"]);
    let militants = facts.iter().find(|fact| fact.topic == "militants killed").expect("militants");
    assert!(
        militants.reason.as_deref().is_some_and(|reason| reason.contains("time anchors differ")),
        "{:?}",
        militants.reason
    );
}

/// More figures of the seeds: the Doha round (first), and the durations of the
/// truce and of the talks.
#[test]
fn seeds_other_rounds_and_durations() {
    let (mut documents, mut claims) = seed_story();
    let d003 = seed("003");
    let more = [
        claims_of(&documents[0], &[duration("48-hour", 48.0, "hour")]),
        claims_of(&documents[1], &[duration("five-day", 5.0, "day")]),
        claims_of(&d003, &[duration("three-day", 3.0, "day")]),
        claims_of(
            &documents[3],
            &[
                ordinal("first", 1.0),
                duration("48-hour", 48.0, "hour"),
                duration("four-day", 4.0, "day"),
            ],
        ),
    ];
    for mut batch in more {
        // Number them after the claims the documents already have.
        for claim in &mut batch {
            claim.id = format!("{}+", claim.id);
        }
        claims.extend(batch);
    }
    documents.push(d003);
    let facts = Matcher::new().reconcile(&claims);
    let rounds = facts_about(&claims, &facts, "round of talks");
    assert_eq!(
        rounds,
        vec![
            (
                Status::Conflict,
                vec![
                    ("3".to_string(), strings(&["000", "001"])),
                    ("2".to_string(), strings(&["002", "004"]))
                ]
            ),
            (Status::Single, vec![("1".to_string(), strings(&["004"]))]),
        ]
    );
    assert_eq!(
        facts_about(&claims, &facts, "ceasefire, duration"),
        vec![(Status::Agreement, vec![("\"PT48H\"".to_string(), strings(&["000", "004"]))])]
    );
    // The five-day talks of 001 are the earlier Doha round ("follows earlier
    // five-day negotiations") and stay apart from the Istanbul talks.
    // FIXME: the three days of 003 and the four days of 004 (both Istanbul, a
    // discrepancy a reader may flag) stay apart too, for want of names shared
    // between the two sentences.
    let talks = facts_about(&claims, &facts, "talks, duration");
    assert_eq!(
        talks,
        vec![
            (Status::Single, vec![("\"P5D\"".to_string(), strings(&["001"]))]),
            (Status::Single, vec![("\"P3D\"".to_string(), strings(&["003"]))]),
            (Status::Single, vec![("\"P4D\"".to_string(), strings(&["004"]))]),
        ]
    );
}

#[test]
fn bounds_and_vague_amounts_agree() {
    let a = Document::new("a", "Troops killed over 200 militants in the valley on March 3.");
    let b =
        Document::new("b", "Officials said 250 militants were killed in the valley on March 3.");
    let c = Document::new("c", "The floods left dozens dead in the north on Friday.");
    let d = Document::new("d", "Officials said 30 people were killed in the north on Friday.");
    let mut claims = claims_of(&a, &[at_least("over 200 militants", 200.0, "militant")]);
    claims.extend(claims_of(&b, &[count("250 militants", 250.0, "militant")]));
    claims.extend(claims_of(&c, &[vague("dozens", 24.0, None)]));
    claims.extend(claims_of(&d, &[count("30 people", 30.0, "person")]));
    let facts = Matcher::new().reconcile(&claims);
    assert_eq!(facts_about(&claims, &facts, "militants killed")[0].0, Status::Agreement);
    assert_eq!(facts_about(&claims, &facts, "people killed")[0].0, Status::Agreement);
}

#[test]
fn different_events_of_one_kind_stay_apart() {
    let a = Document::new("a", "Three soldiers were killed in a clash on October 12.");
    let b = Document::new("b", "Seven soldiers were killed in an ambush on October 26.");
    let c = Document::new("c", "Officials said three soldiers died on October 12.");
    let mut claims = claims_of(&a, &[count("Three soldiers", 3.0, "soldier")]);
    claims.extend(claims_of(&b, &[count("Seven soldiers", 7.0, "soldier")]));
    claims.extend(claims_of(&c, &[count("three soldiers", 3.0, "soldier")]));
    let facts = Matcher::new().reconcile(&claims);
    let soldiers = facts_about(&claims, &facts, "soldiers killed");
    assert_eq!(
        soldiers,
        vec![
            (Status::Agreement, vec![("3".to_string(), strings(&["a", "c"]))]),
            (Status::Single, vec![("7".to_string(), strings(&["b"]))]),
        ]
    );
}

#[test]
fn a_wire_copy_counts_once() {
    let sentence = "Five soldiers were killed in the attack in Kano, the army said.";
    let a = Document::new("a", sentence);
    let b = Document::new("b", sentence);
    let c = Document::new("c", "The army said five soldiers died in the attack in Kano.");
    let mut claims = claims_of(&a, &[count("Five soldiers", 5.0, "soldier")]);
    claims.extend(claims_of(&b, &[count("Five soldiers", 5.0, "soldier")]));
    claims.extend(claims_of(&c, &[count("five soldiers", 5.0, "soldier")]));
    let facts = Matcher::new().reconcile(&claims);
    assert_eq!(facts.len(), 1);
    assert_eq!(facts[0].status, Status::Agreement);
    assert_eq!(facts[0].corroboration, 2);
}

#[test]
fn facts_are_sorted_conflicts_first_and_numbered() {
    let (_, claims) = seed_story();
    let facts = Matcher::new().reconcile(&claims);
    for (number, fact) in facts.iter().enumerate() {
        assert_eq!(fact.id, format!("f{}", number + 1));
    }
    assert!(
        facts
            .windows(2)
            .all(|pair| (pair[0].status, &pair[0].topic) <= (pair[1].status, &pair[1].topic))
    );
}

#[test]
fn single_thread_gives_the_same_facts() {
    let (_, claims) = seed_story();
    let parallel = Matcher::new().reconcile(&claims);
    let single = Matcher::builder().parallel(false).build().expect("valid").reconcile(&claims);
    assert_eq!(parallel, single);
}

#[test]
fn tiny_blocks_are_split_and_reported() {
    let (documents, claims) = seed_story();
    let outcome = Matcher::builder().max_block(2).build().expect("valid").reconcile_all(&claims);
    assert!(!outcome.capped.is_empty());
    let run = Run {
        documents: &documents,
        claims: &claims,
        facts: &outcome.facts,
        capped: &outcome.capped,
        ..Run::default()
    };
    let mut out = Vec::new();
    report::write_reconcile(&mut out, Format::Text, &run).expect("write");
    let text = String::from_utf8(out).expect("utf-8");
    assert!(text.contains("were too many to compare all together"), "{text}");
}

/// Facts as claim ids, so they compare across input orders.
fn by_id(claims: &[Claim], facts: &[Fact]) -> Vec<(String, String, Status, Vec<Vec<String>>)> {
    facts
        .iter()
        .map(|fact| {
            let values = fact
                .values
                .iter()
                .map(|value| value.claims.iter().map(|&i| claims[i].id.clone()).collect())
                .collect();
            (fact.id.clone(), fact.topic.clone(), fact.status, values)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn reconcile_ignores_input_order(seed in any::<u64>()) {
        let (_, claims) = seed_story();
        let expected = by_id(&claims, &Matcher::new().reconcile(&claims));
        // A Fisher-Yates shuffle driven by a small deterministic generator.
        let mut shuffled = claims.clone();
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let j = usize::try_from(state % (i as u64 + 1)).unwrap_or(0);
            shuffled.swap(i, j);
        }
        let got = by_id(&shuffled, &Matcher::new().reconcile(&shuffled));
        prop_assert_eq!(got, expected);
    }
}

#[test]
fn html_report_escapes_sentences() {
    let document = Document::new(
        "x",
        "Officials in Kano said <script>alert(\"x\")</script> that 23 soldiers were killed.",
    );
    let claims = claims_of(&document, &[count("23 soldiers", 23.0, "soldier")]);
    let other = Document::new(
        "y",
        "The army in Kano said \" onmouseover=\"steal() five soldiers died, it said <img src=x onerror=alert(1)>.",
    );
    let mut all = claims;
    all.extend(claims_of(&other, &[count("five soldiers", 5.0, "soldier")]));
    let documents = [document, other];
    let facts = Matcher::new().reconcile(&all);
    assert_eq!(facts[0].status, Status::Conflict);
    let run = Run { documents: &documents, claims: &all, facts: &facts, ..Run::default() };
    let mut out = Vec::new();
    report::write_reconcile(&mut out, Format::Html, &run).expect("write");
    let page = String::from_utf8(out).expect("utf-8");
    assert!(!page.contains("<script>"), "{page}");
    assert!(!page.contains("<img"), "{page}");
    assert!(!page.contains("\" onmouseover=\""), "{page}");
    assert!(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"), "{page}");
    assert!(page.contains("&quot; onmouseover=&quot;steal() <mark>five soldiers</mark>"), "{page}");
    assert!(page.contains("<mark>23 soldiers</mark>"), "{page}");
    assert_eq!(page.matches("<section").count(), page.matches("</section>").count());
}

/// Sentences of the shared corpora that give a toll as "N people/civilians/soldiers/...
/// killed/died/dead/injured/wounded/arrested",
/// with the offset of the number and its value.
fn death_toll_sentences(shared: &std::path::Path, nouns: &[&str]) -> Vec<(String, usize, f64)> {
    let corpus: String =
        ["corpora/wikinews/wikinews_2019_2020.jsonl", "corpora/bbc/bbc_news.jsonl"]
            .iter()
            .filter_map(|path| std::fs::read_to_string(shared.join(path)).ok())
            .collect::<Vec<_>>()
            .join("\n");
    let mut sentences: Vec<(String, usize, f64)> = Vec::new();
    for line in corpus.lines() {
        let Ok(article) = serde_json::from_str::<Json>(line) else { continue };
        for paragraph in
            article["paragraphs"].as_array().into_iter().flatten().filter_map(Json::as_str)
        {
            for segment in crosscheck::text::sentences(paragraph) {
                let Some(sentence) = segment.span.get(paragraph) else { continue };
                let Some(at) = nouns.iter().filter_map(|noun| sentence.find(noun)).min() else {
                    continue;
                };
                let digits_start = sentence[..at].rfind(' ').map_or(0, |space| space + 1);
                let digits = &sentence[digits_start..at];
                let deadly = ["killed", "died", "dead", "injured", "wounded", "arrested"]
                    .iter()
                    .any(|word| sentence[at..].contains(word));
                if deadly
                    && !digits.is_empty()
                    && digits.chars().all(|c| c.is_ascii_digit())
                    && sentence.len() < 240
                    && let Ok(value) = digits.parse::<f64>()
                {
                    sentences.push((sentence.to_string(), digits_start, value));
                }
            }
        }
    }
    sentences
}

/// Pairwise precision and recall of a clustering: claims `i` and `j` belong
/// together when their `truth` keys are equal, and are put together when `fact_of`
/// gives them one fact.
fn pairwise<T: PartialEq>(truth: &[T], fact_of: &[usize]) -> (f64, f64) {
    let (mut true_pairs, mut predicted, mut correct) = (0_u32, 0_u32, 0_u32);
    for i in 0..truth.len() {
        for j in i + 1..truth.len() {
            let same = truth[i] == truth[j];
            let linked = fact_of[i] == fact_of[j] && fact_of[i] != usize::MAX;
            true_pairs += u32::from(same);
            predicted += u32::from(linked);
            correct += u32::from(same && linked);
        }
    }
    (
        f64::from(correct) / f64::from(predicted.max(1)),
        f64::from(correct) / f64::from(true_pairs.max(1)),
    )
}

/// The shared folder: `CROSSCHECK_SHARED`, else `../shared` next to the crate.
fn shared() -> Option<std::path::PathBuf> {
    let path = std::env::var_os("CROSSCHECK_SHARED").map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"),
        std::path::PathBuf::from,
    );
    path.is_dir().then_some(path)
}

/// Stories built from Wikinews and BBC sentences that give a death toll ("killed 18
/// people", "18 people died"): each story is reported three times, verbatim,
/// as a wire copy, and rewritten with the toll changed (odd stories) or kept
/// (even ones). Every story should be one fact, conflicting exactly when its
/// toll was changed. Prints pairwise precision and recall of the clustering.
#[test]
fn wikinews_stories_precision_and_recall() {
    let Some(shared) = shared() else {
        println!("skipped: ../shared not found (set CROSSCHECK_SHARED)");
        return;
    };
    let mut sentences = death_toll_sentences(&shared, &[" people"]);
    sentences.truncate(40);
    assert!(sentences.len() >= 6, "too few stories: {}", sentences.len());

    let mut documents = Vec::new();
    let mut claims = Vec::new();
    let mut story_of = Vec::new();
    for (story, (sentence, digits_start, value)) in sentences.iter().enumerate() {
        let digits_len = sentence[*digits_start..].find(' ').unwrap_or(0);
        let changed = if story % 2 == 1 { value + 3.0 } else { *value };
        let rewritten = format!(
            "{}{}{}",
            &sentence[..*digits_start],
            changed,
            &sentence[digits_start + digits_len..]
        );
        for (copy, (text, figure_value)) in
            [(sentence.clone(), *value), (sentence.clone(), *value), (rewritten, changed)]
                .into_iter()
                .enumerate()
        {
            let document = Document::new(format!("s{story:02}_{copy}"), text.clone());
            let needle = format!("{figure_value} people");
            let needle: &'static str = Box::leak(needle.into_boxed_str());
            let mut these = claims_of(&document, &[count(needle, figure_value, "person")]);
            for claim in &mut these {
                claim.topic.get_or_insert_with(|| "people killed".to_string());
            }
            story_of.extend(these.iter().map(|_| story));
            claims.extend(these);
            documents.push(document);
        }
    }
    let facts = Matcher::new().reconcile(&claims);
    let mut fact_of = vec![usize::MAX; claims.len()];
    for (number, fact) in facts.iter().enumerate() {
        for value in &fact.values {
            for &i in &value.claims {
                fact_of[i] = number;
            }
        }
    }
    let (precision, recall) = pairwise(&story_of, &fact_of);
    let conflicts_right = (0..sentences.len())
        .filter(|&story| {
            let expected = story % 2 == 1;
            let index = story_of.iter().position(|&s| s == story).unwrap_or(0);
            facts
                .get(fact_of[index])
                .is_some_and(|fact| (fact.status == Status::Conflict) == expected)
        })
        .count();
    println!(
        "wikinews stories: {} stories, {} claims, {} facts; pairwise precision {precision:.3}, recall {recall:.3}; status right for {conflicts_right}/{}",
        sentences.len(),
        claims.len(),
        facts.len(),
        sentences.len()
    );
    // Today: 16 stories, precision 1.000, recall 1.000, status right for 16/16.
    assert!(recall >= 0.95, "recall {recall}");
    assert!(precision >= 0.95, "precision {precision}");
    assert_eq!(conflicts_right, sentences.len());
}

/// A random claim: topic, document, value, date anchor and names drawn from small sets
/// so that claims collide, link and conflict.
fn random_claim(
    number: usize,
    (topic, doc, value, day, names): (u8, u8, u8, Option<u8>, Vec<u8>),
) -> Claim {
    let anchors: Vec<Json> =
        day.map(|day| json!({"date": {"year": null, "month": 10, "day": day + 10, "year_inferred": false}})).into_iter().collect();
    let mut names: Vec<String> = names.iter().map(|name| format!("name {name}")).collect();
    names.sort_unstable();
    names.dedup();
    serde_json::from_value(json!({
        "id": format!("d{doc}#{number}"),
        "doc": format!("d{doc}"),
        "sentence": {"start": 0, "end": 10},
        "speaker": null, "via": [], "cue": null, "hedged": false, "denial": false,
        "quantity": {
            "kind": "count", "span": {"start": 0, "end": 2}, "value": {"Number": f64::from(value)},
            "low": null, "high": null, "approximate": false, "unit": null, "counted": null, "event": null,
            "number": {"start": 0, "end": 2}, "range": false, "relative": false
        },
        "topic": format!("topic {topic}"),
        "context": {"published": null, "anchors": anchors, "entities": names.clone(), "places": [],
                    "document_entities": names, "fingerprint": u64::from(value) * 7 + u64::from(doc)},
    }))
    .expect("a valid claim")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn random_claims_reconcile_the_same_in_any_order_and_on_any_threads(
        specs in proptest::collection::vec((0..3_u8, 0..6_u8, 0..4_u8, proptest::option::of(0..3_u8), proptest::collection::vec(0..5_u8, 0..3)), 1..40),
        rotation in 0..40_usize,
        max_block in 2..12_usize,
    ) {
        let claims: Vec<Claim> = specs.into_iter().enumerate().map(|(number, spec)| random_claim(number, spec)).collect();
        let matcher = Matcher::builder().max_block(max_block).build().expect("valid");
        let expected = by_id(&claims, &matcher.reconcile(&claims));
        let mut reordered = claims.clone();
        reordered.reverse();
        let by = rotation % reordered.len();
        reordered.rotate_left(by);
        prop_assert_eq!(&by_id(&reordered, &matcher.reconcile(&reordered)), &expected);
        let single = Matcher::builder().max_block(max_block).parallel(false).build().expect("valid");
        prop_assert_eq!(&by_id(&claims, &single.reconcile(&claims)), &expected);
        // Every claim with a topic is in exactly one fact; no fact is empty.
        let mut seen: Vec<String> = expected.iter().flat_map(|fact| fact.3.iter().flatten().cloned()).collect();
        seen.sort_unstable();
        let mut ids: Vec<String> = claims.iter().map(|claim| claim.id.clone()).collect();
        ids.sort_unstable();
        prop_assert_eq!(seen, ids);
    }
}

/// The whole pipeline on the project's seeds: exactly the conflicts a careful
/// reader finds, each value with the documents that give it (ids cut to their
/// three-digit prefix). A snapshot: update it only for a discrepancy a reader
/// agrees with.
#[test]
fn seeds_end_to_end_conflicts() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let inputs = crosscheck::read_inputs(&[folder], &crosscheck::ReadOptions::default());
    assert!(inputs.errors.is_empty());
    let extractor = crosscheck::Extractor::new();
    let claims: Vec<Claim> =
        inputs.documents.iter().flat_map(|document| extractor.extract(document)).collect();
    let facts = Matcher::new().reconcile(&claims);
    let conflicts: Vec<(String, Vec<FactValues>)> = facts
        .iter()
        .filter(|fact| fact.status == Status::Conflict)
        .map(|fact| {
            let values = fact
                .values
                .iter()
                .map(|value| {
                    let docs =
                        value.claims.iter().map(|&i| claims[i].doc[..3].to_string()).collect();
                    (serde_json::to_value(value.value).expect("a value").to_string(), docs)
                })
                .collect();
            (fact.topic.clone(), values)
        })
        .collect();
    let expected = vec![
        (
            "ceasefire".to_string(),
            vec![
                ("\"XXXX-10-17\"".to_string(), strings(&["001"])),
                ("\"XXXX-10-19\"".to_string(), strings(&["002"])),
            ],
        ),
        (
            "round of talks".to_string(),
            vec![
                ("3".to_string(), strings(&["000", "001"])),
                ("2".to_string(), strings(&["002", "004"])),
            ],
        ),
        (
            "soldiers killed".to_string(),
            vec![
                ("5".to_string(), strings(&["000", "002"])),
                ("23".to_string(), strings(&["001"])),
            ],
        ),
    ];
    assert_eq!(conflicts, expected);
}

/// The same corpus stories through the whole pipeline (real figure extraction):
/// claims of one story with one topic and figure should make one fact, which
/// conflicts exactly when the toll was changed. Prints pairwise precision and recall.
#[test]
fn corpus_stories_through_the_pipeline() {
    let Some(shared) = shared() else {
        println!("skipped: ../shared not found (set CROSSCHECK_SHARED)");
        return;
    };
    let nouns = [
        " people",
        " civilians",
        " soldiers",
        " troops",
        " workers",
        " passengers",
        " children",
        " police",
    ];
    let mut sentences = death_toll_sentences(&shared, &nouns);
    sentences.truncate(40);
    let extractor = crosscheck::Extractor::new();
    let mut claims = Vec::new();
    // Per claim: (story, the figure's offset in its sentence).
    let mut truth = Vec::new();
    // Per story: the index of the claim of the rewritten toll, and whether it must conflict.
    let mut rewritten_claims: Vec<(usize, bool)> = Vec::new();
    for (story, (sentence, digits_start, value)) in sentences.iter().enumerate() {
        let digits_len = sentence[*digits_start..].find(' ').unwrap_or(0);
        let changed = if story % 2 == 1 { value + 3.0 } else { *value };
        let rewritten = format!(
            "{}{}{}",
            &sentence[..*digits_start],
            changed,
            &sentence[digits_start + digits_len..]
        );
        // A changed toll must conflict unless the wording bounds it ("over", "at least").
        let word_before =
            sentence[..*digits_start].split_whitespace().last().unwrap_or("").to_lowercase();
        let two_before: Vec<&str> =
            sentence[..*digits_start].split_whitespace().rev().take(2).collect();
        let bounded = [
            "about",
            "almost",
            "approximately",
            "around",
            "least",
            "nearly",
            "over",
            "some",
            "than",
        ]
        .contains(&word_before.as_str())
            || two_before.as_slice() == ["to", "up"];
        for (copy, text) in [sentence.clone(), sentence.clone(), rewritten].into_iter().enumerate()
        {
            let document = Document::new(format!("s{story:02}_{copy}"), text);
            for claim in extractor.extract(&document) {
                let Some(quantity) = claim.quantity.as_ref() else { continue };
                if claim.topic.is_none() {
                    continue;
                }
                if copy == 2 && quantity.number.start == *digits_start {
                    rewritten_claims.push((claims.len(), story % 2 == 1 && !bounded));
                }
                // Offsets before the toll do not move when it is rewritten; after it, count words.
                let figure_words =
                    document.text()[..quantity.span.start].split_whitespace().count();
                truth.push((story, figure_words, claim.topic.clone()));
                claims.push(claim);
            }
        }
    }
    let facts = Matcher::new().reconcile(&claims);
    let mut fact_of = vec![usize::MAX; claims.len()];
    for (number, fact) in facts.iter().enumerate() {
        for value in &fact.values {
            for &i in &value.claims {
                fact_of[i] = number;
            }
        }
    }
    let (precision, recall) = pairwise(&truth, &fact_of);
    let conflicts = facts.iter().filter(|fact| fact.status == Status::Conflict).count();
    let status_right = rewritten_claims
        .iter()
        .filter(|(index, must_conflict)| {
            facts
                .get(fact_of[*index])
                .is_some_and(|fact: &Fact| (fact.status == Status::Conflict) == *must_conflict)
        })
        .count();
    let must = rewritten_claims.iter().filter(|(_, must_conflict)| *must_conflict).count();
    println!(
        "corpus stories through the pipeline: {} stories, {} claims with a topic, {} facts, {conflicts} conflicts ({must} expected); pairwise precision {precision:.3}, recall {recall:.3}; status right for {status_right}/{} rewritten tolls",
        sentences.len(),
        claims.len(),
        facts.len(),
        rewritten_claims.len()
    );
    // Today: 20 stories, 99 claims, precision 1.000, recall 1.000, 20/20 statuses right.
    assert!(precision >= 0.9, "precision {precision}");
    assert!(recall >= 0.8, "recall {recall}");
    assert_eq!(status_right, rewritten_claims.len());
}

/// `crosscheck reconcile` keeps only the claims the matcher considers (to save
/// memory on large corpora) and gives the count of all of them: no byte of any
/// reconcile report may change for it.
#[test]
fn reports_are_the_same_without_the_claims_the_matcher_leaves_out() {
    let documents: Vec<Document> = ["000", "001", "002", "003", "004"].map(seed).into();
    let extractor = crosscheck::Extractor::new();
    let all: Vec<Claim> =
        documents.iter().flat_map(|document| extractor.extract(document)).collect();
    let matcher = Matcher::new();
    let kept: Vec<Claim> = all.iter().filter(|claim| matcher.considers(claim)).cloned().collect();
    assert!(kept.len() < all.len(), "the seeds give claims without a topic or a figure");
    assert!(!kept.is_empty());
    let (facts_all, facts_kept) = (matcher.reconcile_all(&all), matcher.reconcile_all(&kept));
    assert!(facts_all.facts.iter().any(|fact| fact.status == Status::Conflict));
    let whole = Run {
        documents: &documents,
        claims: &all,
        facts: &facts_all.facts,
        capped: &facts_all.capped,
        ..Run::default()
    };
    let lean = Run {
        claims: &kept,
        facts: &facts_kept.facts,
        capped: &facts_kept.capped,
        extracted: Some(all.len()),
        ..whole
    };
    for format in [Format::Json, Format::Text, Format::Markdown, Format::Html] {
        let render = |run: &Run<'_>| {
            let mut out = Vec::new();
            report::write_reconcile(&mut out, format, run).expect("write");
            String::from_utf8(out).expect("utf-8")
        };
        assert_eq!(render(&whole), render(&lean), "{format:?}");
    }
}
