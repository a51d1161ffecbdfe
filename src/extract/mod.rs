//! Extract: the pieces of a claim found in the sentences of one document.
//!
//! - [`figures`]: every figure in a sentence (counts, bounds, ordinals, dates,
//!   durations, percentages, money, years) with what it counts and the event it
//!   is tied to;
//! - [`attribution`]: who says what, through which outlet, with which cue.
//!
//! Both are pure functions of the text; [`crate::claim`] puts their results
//! together into claims.

pub mod attribution;
pub mod figures;
