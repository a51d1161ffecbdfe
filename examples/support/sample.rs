//! What the audit examples share: a key for each item found that depends only on the
//! seed, the article and the item's position (so that the samples before and after a
//! fix line up rank by rank), and the printing of the sample.

/// One item found: its sampling key and its line (without the rank).
pub struct Found {
    /// The key the sample is drawn by, smallest first.
    pub key: u64,
    /// The tab-separated line to print.
    pub line: String,
}

impl Found {
    /// An item of article `id` at `position`, drawn with `seed`.
    pub fn new(seed: u64, id: &str, position: u64, line: String) -> Found {
        Found { key: mix(seed ^ mix(fnv(id.as_bytes()) ^ mix(position))), line }
    }
}

/// Sorts the items by key and prints the first `wanted`, each with its rank.
pub fn print(mut found: Vec<Found>, wanted: usize) {
    found.sort_by(|a, b| a.key.cmp(&b.key).then_with(|| a.line.cmp(&b.line)));
    for (rank, item) in found.iter().take(wanted).enumerate() {
        println!("{}\t{}", rank + 1, item.line);
    }
}

/// The text with tabs and line breaks made spaces, so that an item stays on one line.
pub fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_whitespace() { ' ' } else { c }).collect()
}

/// FNV-1a, to turn an id into a number.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The splitmix64 finalizer: xorshifts and multiplies that spread every input bit.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}
