//! News outlets and audiences: the channels a statement is relayed through
//! ("told AFP", "speaking to journalists") or the outlet that speaks in its own
//! name ("The Express Tribune reported").
//!
//! [`OUTLETS`] lists names (lowercase, without a leading "the"); an unknown
//! name still reads as an outlet when it ends in one of the [`OUTLET_HEADS`]
//! ("Geo TV", "a Pakistani newspaper", "state media"). [`AUDIENCES`] are the
//! heads of the audiences a speaker addresses.

/// Names of news outlets and agencies, lowercase, without a leading "the".
pub const OUTLETS: &[&str] = &[
    "abc",
    "abc news",
    "afp",
    "agence france-presse",
    "al arabiya",
    "al jazeera",
    "anadolu",
    "anadolu agency",
    "ani",
    "ap",
    "app",
    "ary news",
    "associated press",
    "bbc",
    "bloomberg",
    "breitbart",
    "cbs",
    "cnbc",
    "cnn",
    "daily mail",
    "daily telegraph",
    "dawn",
    "der spiegel",
    "dpa",
    "economist",
    "efe",
    "express tribune",
    "financial times",
    "fox news",
    "geo news",
    "guardian",
    "hindustan times",
    "huffington post",
    "independent",
    "irna",
    "kyodo",
    "le monde",
    "msnbc",
    "nbc",
    "new york post",
    "new york times",
    "npr",
    "pajhwok",
    "politico",
    "post",
    "press tv",
    "pti",
    "reuters",
    "sky news",
    "sunday times",
    "tass",
    "telegraph",
    "times",
    "times of india",
    "tolo news",
    "tolonews",
    "trt",
    "usa today",
    "wall street journal",
    "washington post",
    "wikinews",
    "xinhua",
];

/// Heads that make a noun phrase an outlet: "X newspaper", "X TV", "state media".
pub const OUTLET_HEADS: &[&str] = &[
    "agency",
    "broadcaster",
    "channel",
    "daily",
    "magazine",
    "media",
    "network",
    "news",
    "newspaper",
    "outlet",
    "radio",
    "television",
    "tv",
    "website",
];

/// Heads of audiences: "told reporters", "speaking to journalists".
pub const AUDIENCES: &[&str] = &[
    "audience",
    "conference",
    "correspondents",
    "crowd",
    "gathering",
    "journalists",
    "lawmakers",
    "parliament",
    "press",
    "rally",
    "reporters",
    "senate",
    "students",
    "supporters",
];

/// Whether `name` (lowercase, without a leading "the") is a known outlet.
pub fn is_outlet(name: &str) -> bool {
    OUTLETS.binary_search(&name).is_ok()
}

/// Whether `word` (lowercase) makes the phrase it ends an outlet.
pub fn is_outlet_head(word: &str) -> bool {
    OUTLET_HEADS.binary_search(&word).is_ok()
}

/// Whether `word` (lowercase) heads an audience.
pub fn is_audience(word: &str) -> bool {
    AUDIENCES.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        for table in [OUTLETS, OUTLET_HEADS, AUDIENCES] {
            assert!(table.windows(2).all(|pair| pair[0] < pair[1]), "{table:?}");
        }
    }
}
