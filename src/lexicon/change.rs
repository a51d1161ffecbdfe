//! Words of change: the verbs after which "from X to
//! Y" or "by X to Y" tells a change from one level to another, not a range.
//!
//! "Inflation rose from 5% to 7%" gives two exact levels, the old and the new;
//! "unemployment fell by 600,000 to 5.9 million" gives the change and the new level. Read as one range (5 to 7, 600,000 to 5.9
//! million) the figure would claim an uncertainty the text does not state, and would
//! overlap or miss the figures of other stories. Without such a word "from 200 to 300
//! people attended" and "two to four ships" stay ranges.
//!
//! Every inflected form is listed (no stemming), lowercase and sorted; lookups ignore
//! ASCII case. "up" and "down" are left out: "up 3% to 410p" is a change, but "down
//! two to three points" and "shot down two to four drones" are ranges.

/// The words, lowercase, sorted, each with whether it tells a change without "by" or
/// "from": "rose 3% to 7%" is a change and a level, but a verb that takes an object
/// counts it ("cut 200 to 300 jobs", "raised 5 to 10 million") and needs "by" or
/// "from" ("cut from 300 to 200").
pub const CHANGE_WORDS: &[(&str, bool)] = &[
    ("ballooned", true),
    ("boosted", false),
    ("climb", true),
    ("climbed", true),
    ("climbing", true),
    ("climbs", true),
    ("cut", false),
    ("cuts", false),
    ("cutting", false),
    ("decline", true),
    ("declined", true),
    ("declines", true),
    ("declining", true),
    ("decrease", false),
    ("decreased", false),
    ("decreases", false),
    ("decreasing", false),
    ("dipped", true),
    ("doubled", false),
    ("drop", true),
    ("dropped", true),
    ("dropping", true),
    ("drops", true),
    ("dwindled", true),
    ("eased", true),
    ("edged", true),
    ("expanded", false),
    ("fall", true),
    ("fallen", true),
    ("falling", true),
    ("falls", true),
    ("fell", true),
    ("grew", true),
    ("grow", true),
    ("growing", true),
    ("grown", true),
    ("grows", true),
    ("halved", false),
    ("hiked", false),
    ("increase", false),
    ("increased", false),
    ("increases", false),
    ("increasing", false),
    ("jump", true),
    ("jumped", true),
    ("jumping", true),
    ("jumps", true),
    ("leapt", true),
    ("lowered", false),
    ("narrowed", true),
    ("plunged", true),
    ("raise", false),
    ("raised", false),
    ("raises", false),
    ("raising", false),
    ("rebounded", true),
    ("reduce", false),
    ("reduced", false),
    ("reduces", false),
    ("reducing", false),
    ("rise", true),
    ("risen", true),
    ("rises", true),
    ("rising", true),
    ("rose", true),
    ("sank", true),
    ("shrank", true),
    ("shrunk", true),
    ("slashed", false),
    ("slid", true),
    ("slipped", true),
    ("slumped", true),
    ("soared", true),
    ("surged", true),
    ("trimmed", false),
    ("tripled", false),
    ("tumbled", true),
    ("went", false),
    ("widened", true),
];

/// Whether `word` is a word of change, and whether it tells one without "by" or
/// "from" (`Some(true)` for "rose", `Some(false)` for "cut").
pub fn change_word(word: &str) -> Option<bool> {
    super::lookup(CHANGE_WORDS, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_unique_lowercase() {
        assert!(CHANGE_WORDS.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(CHANGE_WORDS.iter().all(|w| w.0.bytes().all(|b| b.is_ascii_lowercase())));
        assert_eq!(change_word("Rose"), Some(true));
        assert_eq!(change_word("slashed"), Some(false));
        assert_eq!(change_word("attended"), None);
        assert_eq!(change_word("between"), None);
    }
}
