//! Reporting cues: the verbs, phrases and nouns that mark an attribution.
//!
//! [`VERBS`] lists reporting lemmas with their class; [`inflections`] generates
//! their forms (says, said, saying) by rule, with [`IRREGULAR`] for the verbs
//! whose past forms no rule gives and [`DOUBLED`] for the verbs that double
//! their final consonant. [`PHRASES`] holds multi-word cues whose first word
//! is an inflected verb ("point to", "pay tribute to", "make it clear"), and
//! [`NOUNS`] the nominal cues ("statement", "allegation"). Classes are the
//! lexicon's own [`Class`] so that the lexicon depends on nothing else.
//!
//! The lemmas were chosen from English news usage in general: the verbs of
//! saying, claiming, warning, confirming, denying, asking, reporting,
//! evaluating and believing that reporters use to introduce what someone said.

/// The class of a reporting cue. The attribution stage shows it as
/// `extract::attribution::CueClass`, the same type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Class {
    /// Plain speech: say, tell, add, state, announce.
    Speech,
    /// A contested claim: claim, allege, assert, insist.
    Claim,
    /// A warning: warn, caution.
    Warning,
    /// A confirmation or acknowledgement.
    Confirm,
    /// A denial or rejection.
    Deny,
    /// A request: urge, demand, ask.
    Request,
    /// A report: report, cite, according to.
    Report,
    /// An evaluation: accuse, praise, blame.
    Evaluation,
    /// A belief or expectation: believe, think, expect.
    Belief,
}

use Class::{Belief, Claim, Confirm, Deny, Evaluation, Report, Request, Speech, Warning};

/// Reporting verbs (lemmas) with their class, sorted by lemma.
pub const VERBS: &[(&str, Class)] = &[
    ("accuse", Evaluation),
    ("acknowledge", Confirm),
    ("add", Speech),
    ("admit", Confirm),
    ("admonish", Evaluation),
    ("advise", Request),
    ("advocate", Request),
    ("affirm", Confirm),
    ("agree", Confirm),
    ("allege", Claim),
    ("announce", Speech),
    ("answer", Speech),
    ("apologize", Speech),
    ("appeal", Request),
    ("applaud", Evaluation),
    ("argue", Claim),
    ("ask", Request),
    ("assert", Claim),
    ("assure", Speech),
    ("attest", Confirm),
    ("aver", Claim),
    ("beg", Request),
    ("believe", Belief),
    ("blame", Evaluation),
    ("blast", Evaluation),
    ("boast", Claim),
    ("brand", Evaluation),
    ("brief", Speech),
    ("call", Evaluation),
    ("castigate", Evaluation),
    ("caution", Warning),
    ("charge", Claim),
    ("chide", Evaluation),
    ("cite", Report),
    ("claim", Claim),
    ("clarify", Speech),
    ("commend", Evaluation),
    ("comment", Speech),
    ("complain", Evaluation),
    ("concede", Confirm),
    ("conclude", Belief),
    ("concur", Confirm),
    ("condemn", Evaluation),
    ("confirm", Confirm),
    ("contend", Claim),
    ("continue", Speech),
    ("convey", Speech),
    ("counter", Claim),
    ("criticise", Evaluation),
    ("criticize", Evaluation),
    ("declare", Speech),
    ("decry", Evaluation),
    ("demand", Request),
    ("denounce", Evaluation),
    ("deny", Deny),
    ("deride", Evaluation),
    ("describe", Speech),
    ("detail", Speech),
    ("disagree", Deny),
    ("disclose", Speech),
    ("discover", Report),
    ("discuss", Speech),
    ("dismiss", Deny),
    ("dispute", Deny),
    ("document", Report),
    ("doubt", Belief),
    ("downplay", Evaluation),
    ("echo", Speech),
    ("elaborate", Speech),
    ("emphasise", Speech),
    ("emphasize", Speech),
    ("estimate", Belief),
    ("exclaim", Speech),
    ("expect", Belief),
    ("explain", Speech),
    ("express", Speech),
    ("fear", Belief),
    ("feel", Belief),
    ("find", Report),
    ("forecast", Belief),
    ("hail", Evaluation),
    ("highlight", Speech),
    ("hint", Speech),
    ("hope", Belief),
    ("imply", Claim),
    ("indicate", Speech),
    ("inform", Speech),
    ("insist", Claim),
    ("instruct", Request),
    ("invoke", Speech),
    ("joke", Speech),
    ("lambast", Evaluation),
    ("lament", Evaluation),
    ("laud", Evaluation),
    ("learn", Report),
    ("liken", Evaluation),
    ("maintain", Claim),
    ("mention", Speech),
    ("mock", Evaluation),
    ("note", Speech),
    ("notify", Speech),
    ("object", Deny),
    ("observe", Speech),
    ("opine", Belief),
    ("oppose", Deny),
    ("order", Request),
    ("plead", Request),
    ("pledge", Speech),
    ("post", Report),
    ("praise", Evaluation),
    ("predict", Belief),
    ("proclaim", Speech),
    ("promise", Speech),
    ("promote", Claim),
    ("propose", Request),
    ("protest", Deny),
    ("publish", Report),
    ("query", Request),
    ("question", Evaluation),
    ("quip", Speech),
    ("quote", Report),
    ("reaffirm", Confirm),
    ("reason", Claim),
    ("rebuke", Evaluation),
    ("rebut", Deny),
    ("recall", Speech),
    ("reckon", Belief),
    ("recognize", Confirm),
    ("recommend", Request),
    ("recount", Speech),
    ("refer", Speech),
    ("reference", Speech),
    ("refuse", Deny),
    ("refute", Deny),
    ("reiterate", Speech),
    ("reject", Deny),
    ("remark", Speech),
    ("remind", Speech),
    ("repeat", Speech),
    ("reply", Speech),
    ("report", Report),
    ("repudiate", Deny),
    ("request", Request),
    ("resent", Evaluation),
    ("resist", Deny),
    ("respond", Speech),
    ("retort", Speech),
    ("reveal", Speech),
    ("ridicule", Evaluation),
    ("say", Speech),
    ("scoff", Evaluation),
    ("scold", Evaluation),
    ("share", Speech),
    ("show", Report),
    ("signal", Speech),
    ("slam", Evaluation),
    ("speculate", Belief),
    ("state", Speech),
    ("stress", Speech),
    ("suggest", Claim),
    ("surmise", Belief),
    ("suspect", Belief),
    ("swear", Claim),
    ("tell", Speech),
    ("testify", Speech),
    ("thank", Evaluation),
    ("think", Belief),
    ("threaten", Warning),
    ("tout", Claim),
    ("tweet", Speech),
    ("underline", Speech),
    ("underscore", Speech),
    ("unveil", Speech),
    ("urge", Request),
    ("verify", Confirm),
    ("vow", Speech),
    ("want", Belief),
    ("warn", Warning),
    ("welcome", Evaluation),
    ("wonder", Belief),
    ("worry", Belief),
    ("write", Speech),
];

/// Verbs whose past and participle no rule gives: lemma, past, participle.
pub const IRREGULAR: &[(&str, &str, &str)] = &[
    ("feel", "felt", "felt"),
    ("find", "found", "found"),
    ("forecast", "forecast", "forecast"),
    ("go", "went", "gone"),
    ("hold", "held", "held"),
    ("lay", "laid", "laid"),
    ("make", "made", "made"),
    ("pay", "paid", "paid"),
    ("put", "put", "put"),
    ("say", "said", "said"),
    ("see", "saw", "seen"),
    ("speak", "spoke", "spoken"),
    ("swear", "swore", "sworn"),
    ("take", "took", "taken"),
    ("tell", "told", "told"),
    ("think", "thought", "thought"),
    ("write", "wrote", "written"),
];

/// Verbs of more than one syllable that double their final consonant (admitted).
pub const DOUBLED: &[&str] =
    &["admit", "commit", "control", "omit", "rebut", "refer", "regret", "submit"];

/// Multi-word cues: the lemma of the first word, the words that must follow it
/// (one other word may stand between two of them, as in "paid rich tribute to"),
/// and the class.
pub const PHRASES: &[(&str, &[&str], Class)] = &[
    ("call", &["for"], Request),
    ("call", &["on"], Request),
    ("go", &["on", "to", "say"], Speech),
    ("issue", &["statement"], Speech),
    ("lash", &["out"], Evaluation),
    ("make", &["it", "clear"], Speech),
    ("pay", &["tribute"], Evaluation),
    ("point", &["out"], Speech),
    ("point", &["to"], Speech),
    ("put", &["it"], Speech),
    ("remain", &["confident"], Belief),
    ("remain", &["hopeful"], Belief),
    ("remain", &["optimistic"], Belief),
    ("remain", &["sceptical"], Belief),
    ("remain", &["skeptical"], Belief),
    ("speak", &["about"], Speech),
    ("speak", &["out"], Speech),
    ("take", &["issue"], Deny),
    ("vote", &["against"], Deny),
    ("vote", &["for"], Evaluation),
    ("weigh", &["in"], Speech),
];

/// Cues that are not verbs and take no inflection: "according to".
pub const FIXED: &[(&str, &[&str], Class)] =
    &[("according", &["to"], Report), ("quoted", &["as", "saying"], Report)];

/// Nominal cues, singular and plural: "a statement from X", "X's allegation that".
pub const NOUNS: &[(&str, Class)] = &[
    ("accusation", Evaluation),
    ("accusations", Evaluation),
    ("allegation", Claim),
    ("allegations", Claim),
    ("announcement", Speech),
    ("argument", Claim),
    ("arguments", Claim),
    ("assertion", Claim),
    ("assertions", Claim),
    ("assessment", Belief),
    ("belief", Belief),
    ("claim", Claim),
    ("claims", Claim),
    ("comments", Speech),
    ("complaint", Evaluation),
    ("complaints", Evaluation),
    ("conclusion", Belief),
    ("contention", Claim),
    ("denial", Deny),
    ("denials", Deny),
    ("estimate", Belief),
    ("insistence", Claim),
    ("interview", Speech),
    ("pledge", Speech),
    ("prediction", Belief),
    ("promise", Speech),
    ("remarks", Speech),
    ("report", Report),
    ("reports", Report),
    ("statement", Speech),
    ("statements", Speech),
    ("suggestion", Claim),
    ("testimony", Speech),
    ("warning", Warning),
    ("warnings", Warning),
];

/// Verbs that report speech only when a clause, a colon or a quotation follows
/// them, or when the content stands before the speaker: "he added that", "it
/// would add layers" (no report), "the study found that".
pub const CLAUSE_ONLY: &[&str] = &[
    "add", "continue", "counter", "detail", "discover", "discuss", "document", "echo", "express",
    "find", "invoke", "learn", "order", "post", "publish", "question", "reason", "share", "show",
    "signal", "state", "thank", "unveil",
];

/// Words of section labels that open a line with a colon like a headline's
/// speaker but name no one: "Breaking News:", "Editor's note:", "Live Updates:".
pub const HEADLINE_LABELS: &[&str] = &[
    "analysis",
    "breaking",
    "correction",
    "editor's",
    "editorial",
    "editor\u{2019}s",
    "exclusive",
    "live",
    "news",
    "note",
    "opinion",
    "photo",
    "photos",
    "read",
    "related",
    "update",
    "updates",
    "video",
    "watch",
];

/// Whether `word` (lowercase) belongs to a section label rather than a speaker.
pub fn is_headline_label(word: &str) -> bool {
    HEADLINE_LABELS.binary_search(&word).is_ok()
}

/// Hedges: adverbs that mark a statement as second-hand.
pub const HEDGES: &[&str] = &["allegedly", "apparently", "purportedly", "reportedly", "supposedly"];

/// The forms of a reporting verb: base, third person, past, participle and -ing.
///
/// ```
/// use crosscheck::lexicon::cues::inflections;
/// assert_eq!(inflections("deny"), ["deny", "denies", "denied", "denied", "denying"]);
/// assert_eq!(inflections("say"), ["say", "says", "said", "said", "saying"]);
/// ```
pub fn inflections(lemma: &str) -> [String; 5] {
    let third = third_person(lemma);
    let ing = ing_form(lemma);
    let (past, participle) = match IRREGULAR.binary_search_by(|(word, _, _)| word.cmp(&lemma)) {
        Ok(index) => IRREGULAR.get(index).map_or_else(
            || (past_form(lemma), past_form(lemma)),
            |(_, past, participle)| ((*past).to_string(), (*participle).to_string()),
        ),
        Err(_) => (past_form(lemma), past_form(lemma)),
    };
    [lemma.to_string(), third, past, participle, ing]
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Whether the final consonant doubles before -ed and -ing (plan, planned).
fn doubles(lemma: &str) -> bool {
    if DOUBLED.binary_search(&lemma).is_ok() {
        return true;
    }
    let chars: Vec<char> = lemma.chars().collect();
    let vowel_groups =
        chars.windows(2).filter(|pair| !is_vowel(pair[0]) && is_vowel(pair[1])).count()
            + usize::from(chars.first().copied().is_some_and(is_vowel));
    match chars.as_slice() {
        [.., a, b, c] => {
            vowel_groups == 1
                && !is_vowel(*a)
                && is_vowel(*b)
                && !is_vowel(*c)
                && !matches!(c, 'w' | 'x' | 'y')
        }
        _ => false,
    }
}

fn third_person(lemma: &str) -> String {
    if let Some(stem) = lemma.strip_suffix('y')
        && !stem.ends_with(is_vowel)
    {
        return format!("{stem}ies");
    }
    if ["s", "sh", "ch", "x", "z", "o"].iter().any(|end| lemma.ends_with(end)) {
        return format!("{lemma}es");
    }
    format!("{lemma}s")
}

fn past_form(lemma: &str) -> String {
    if lemma.ends_with('e') {
        return format!("{lemma}d");
    }
    if let Some(stem) = lemma.strip_suffix('y')
        && !stem.ends_with(is_vowel)
    {
        return format!("{stem}ied");
    }
    if doubles(lemma)
        && let Some(last) = lemma.chars().last()
    {
        return format!("{lemma}{last}ed");
    }
    format!("{lemma}ed")
}

fn ing_form(lemma: &str) -> String {
    if let Some(stem) = lemma.strip_suffix("ie") {
        return format!("{stem}ying");
    }
    if let Some(stem) = lemma.strip_suffix('e')
        && !lemma.ends_with("ee")
    {
        return format!("{stem}ing");
    }
    if doubles(lemma)
        && let Some(last) = lemma.chars().last()
    {
        return format!("{lemma}{last}ing");
    }
    format!("{lemma}ing")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        assert!(VERBS.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert!(VERBS.len() >= 150, "{}", VERBS.len());
        assert!(IRREGULAR.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert!(DOUBLED.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(PHRASES.windows(2).all(|pair| (pair[0].0, pair[0].1) < (pair[1].0, pair[1].1)));
        assert!(NOUNS.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert!(HEDGES.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(HEADLINE_LABELS.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(CLAUSE_ONLY.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn inflections_by_rule() {
        assert_eq!(inflections("tell"), ["tell", "tells", "told", "told", "telling"]);
        assert_eq!(inflections("admit"), ["admit", "admits", "admitted", "admitted", "admitting"]);
        assert_eq!(
            inflections("stress"),
            ["stress", "stresses", "stressed", "stressed", "stressing"]
        );
        assert_eq!(inflections("urge"), ["urge", "urges", "urged", "urged", "urging"]);
        assert_eq!(inflections("plan"), ["plan", "plans", "planned", "planned", "planning"]);
        assert_eq!(inflections("say"), ["say", "says", "said", "said", "saying"]);
        assert_eq!(inflections("agree"), ["agree", "agrees", "agreed", "agreed", "agreeing"]);
        assert_eq!(inflections("warn"), ["warn", "warns", "warned", "warned", "warning"]);
        assert_eq!(
            inflections("lambast"),
            ["lambast", "lambasts", "lambasted", "lambasted", "lambasting"]
        );
    }
}
