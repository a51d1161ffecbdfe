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
//! | [`topics`] | synonyms that fold wordings of one fact onto a topic | `claim` |
//! | [`aliases`] | aliases of groups and countries normalization cannot guess | `claim` |

pub mod abbreviations;
pub mod aliases;
pub mod calendar;
pub mod topics;
