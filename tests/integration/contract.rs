//! The JSON contract of `spec/json-output.md`, checked on the CLI's real output for the seeds.

use std::collections::BTreeMap;
use std::process::Command;

use serde_json::Value;

use crate::support;

fn run(args: &[&str]) -> String {
    let output =
        Command::new(env!("CARGO_BIN_EXE_crosscheck")).args(args).output().expect("run crosscheck");
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

fn seed_texts() -> BTreeMap<String, String> {
    let mut texts = BTreeMap::new();
    for entry in std::fs::read_dir(support::seeds()).expect("seeds") {
        let path = entry.expect("entry").path();
        let id = path.file_stem().and_then(|stem| stem.to_str()).expect("stem").to_string();
        texts.insert(id, std::fs::read_to_string(&path).expect("seed"));
    }
    texts
}

/// Checks one claim object: required fields, and every quoted text equal to the file's bytes.
fn check_claim(claim: &Value, texts: &BTreeMap<String, String>) {
    for field in ["id", "doc", "sentence", "speaker", "via", "quantity", "topic"] {
        assert!(claim.get(field).is_some(), "missing {field} in {claim}");
    }
    let doc = claim["doc"].as_str().expect("doc");
    assert!(claim["id"].as_str().expect("id").starts_with(&format!("{doc}#")));
    let text = &texts[doc];
    let quoted = |object: &Value| {
        let start = usize::try_from(object["start"].as_u64().expect("start")).expect("offset");
        let end = usize::try_from(object["end"].as_u64().expect("end")).expect("offset");
        assert_eq!(object["text"].as_str(), text.get(start..end), "{object}");
    };
    quoted(&claim["sentence"]);
    assert!(claim["via"].is_array());
    if let Some(speaker) = claim["speaker"].as_object() {
        assert!(speaker["name"].as_str().is_some_and(|name| !name.is_empty()), "{claim}");
    }
    let quantity = &claim["quantity"];
    if !quantity.is_null() {
        quoted(quantity);
        let kind = quantity["kind"].as_str().expect("kind");
        assert!(
            ["count", "ordinal", "date", "duration", "percent", "money", "year"].contains(&kind),
            "{kind}"
        );
        assert!(quantity.get("approximate").is_some_and(Value::is_boolean));
        match kind {
            "date" | "duration" => assert!(quantity["value"].is_string(), "{quantity}"),
            _ => assert!(quantity["value"].is_number(), "{quantity}"),
        }
    }
}

#[test]
fn extract_jsonl_follows_the_contract() {
    let texts = seed_texts();
    let seeds = support::seeds();
    let output = run(&["extract", "--format", "jsonl", seeds.to_str().expect("path")]);
    let claims: Vec<Value> =
        output.lines().map(|line| serde_json::from_str(line).expect("JSON line")).collect();
    assert!(claims.len() > 50, "{}", claims.len());
    for claim in &claims {
        check_claim(claim, &texts);
    }
    let soldiers: Vec<&Value> =
        claims.iter().filter(|claim| claim["topic"] == "soldiers killed").collect();
    let values: Vec<(&str, i64)> = soldiers
        .iter()
        .map(|claim| {
            (claim["doc"].as_str().unwrap_or(""), claim["quantity"]["value"].as_i64().unwrap_or(-1))
        })
        .collect();
    assert_eq!(
        values,
        [("000_0022b8bfba096678", 5), ("001_29d29f48ff22ceaf", 23), ("002_875624fe0ec272b1", 5)]
    );
    let twenty_three = soldiers[1];
    assert_eq!(twenty_three["quantity"]["text"], "23 soldiers");
    assert_eq!(twenty_three["quantity"]["low"], 23);
    assert_eq!(twenty_three["speaker"], Value::Null);
    // "told AFP" is the channel, not the speaker.
    let afp = claims.iter().find(|claim| {
        claim["via"].as_array().is_some_and(|via| via.iter().any(|v| v["name"] == "AFP"))
    });
    assert_eq!(
        afp.map(|claim| claim["speaker"]["name"].clone()),
        Some(Value::from("Zabihullah Mujahid"))
    );
}

#[test]
fn reconcile_json_follows_the_contract() {
    let texts = seed_texts();
    let seeds = support::seeds();
    let output = run(&["reconcile", "--format", "json", seeds.to_str().expect("path")]);
    let report: Value = serde_json::from_str(&output).expect("one JSON object");
    let documents = report["documents"].as_array().expect("documents");
    assert_eq!(documents.len(), 5);
    let fourth = documents.iter().find(|doc| doc["id"] == "004_eca7734661417a70").expect("004");
    assert_eq!(fourth["published"], "2025-10-30");
    let facts = report["facts"].as_array().expect("facts");
    let mut conflicts = Vec::new();
    for fact in facts {
        let status = fact["status"].as_str().expect("status");
        assert!(["conflict", "agreement", "single"].contains(&status));
        assert!(fact["id"].as_str().is_some_and(|id| id.starts_with('f')));
        for value in fact["values"].as_array().expect("values") {
            assert!(value.get("value").is_some());
            for claim in value["claims"].as_array().expect("claims") {
                check_claim(claim, &texts);
            }
        }
        if status == "conflict" {
            let values: Vec<String> = fact["values"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|value| {
                    let docs: Vec<&str> = value["claims"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|c| c["doc"].as_str())
                        .map(|d| &d[..3])
                        .collect();
                    format!("{}@{}", value["value"], docs.join("+"))
                })
                .collect();
            conflicts.push(format!(
                "{}: {}",
                fact["topic"].as_str().unwrap_or(""),
                values.join(" vs ")
            ));
        }
    }
    conflicts.sort();
    assert_eq!(
        conflicts,
        [
            "ceasefire: \"XXXX-10-17\"@001 vs \"XXXX-10-19\"@002",
            "round of talks: 3@000+001 vs 2@002+004",
            "soldiers killed: 5@000+002 vs 23@001",
        ]
    );
}
