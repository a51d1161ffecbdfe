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

/// The Fowler–Noll–Vo hash, for the word tables the extractors look every word up in:
/// their keys are short and trusted, so a simple hash beats the default DoS-resistant one.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}
