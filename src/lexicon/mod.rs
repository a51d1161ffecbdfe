//! Every word list crosscheck relies on, one file per lexicon.
//!
//! Extraction rules never hard-code words: they ask a lexicon. Each lexicon is a
//! documented, sorted table so that a reviewer can read it in one sitting and a
//! test can check it for duplicates. The lexicons are data only and depend on
//! nothing else in the crate.
//!
//! | lexicon | what it lists | used by |
//! |---|---|---|
//! | [`abbreviations`] | abbreviations whose full stop does not end a sentence | `text` |
//! | [`calendar`] | month and weekday names | `document`, `extract` |
//! | [`cues`] | reporting verbs, phrases and nouns, with inflections | `extract::attribution` |
//! | [`outlets`] | news outlets and audiences | `extract::attribution` |
//! | [`speakers`] | pronouns, source and organization heads, function words | `extract::attribution` |
//! | [`titles`] | titles and roles | `extract::attribution` |

pub mod abbreviations;
pub mod calendar;
pub mod cues;
pub mod outlets;
pub mod speakers;
pub mod titles;
