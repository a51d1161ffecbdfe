//! Finding the shared research material, which a fresh clone does not have.

use std::path::PathBuf;

/// The shared folder: `CROSSCHECK_SHARED` if set, else `../shared` next to the crate.
/// `None` (with a message) when it is absent, so that the caller skips.
pub fn dir(what: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("CROSSCHECK_SHARED")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"), PathBuf::from);
    let wanted = dir.join(what);
    if wanted.exists() {
        Some(dir)
    } else {
        println!("skipping: {} not found (set CROSSCHECK_SHARED)", wanted.display());
        None
    }
}

/// Precision, recall and F1 from counts.
pub fn scores(matched: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let ratio = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            f64::from(u32::try_from(a).unwrap_or(u32::MAX))
                / f64::from(u32::try_from(b).unwrap_or(u32::MAX))
        }
    };
    let precision = ratio(matched, predicted);
    let recall = ratio(matched, gold);
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    (precision, recall, f1)
}
