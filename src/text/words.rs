//! Words with their byte spans, for the extractors.

use unicode_segmentation::UnicodeSegmentation;

use crate::span::Span;

/// A word (or number, or punctuation mark) of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word<'t> {
    /// The word as written.
    pub text: &'t str,
    /// Where it is in the document: `base` plus its offset in the string scanned.
    pub span: Span,
}

impl Word<'_> {
    /// Whether the word holds a letter or a digit (and is not punctuation).
    pub fn is_alphanumeric(&self) -> bool {
        self.text.chars().any(char::is_alphanumeric)
    }
}

/// The UAX #29 words of `text` that are not white space, with spans shifted by
/// `base` (the offset of `text` in its document).
///
/// Runs of ASCII text between white space are segmented by a direct
/// implementation of the UAX #29 rules that apply to ASCII (`WB5` to `WB13b`), which
/// gives the same words many times faster; any run with a non-ASCII character
/// goes through `unicode-segmentation` with the white space before it, so rules
/// that join a mark to a space still apply. A property test checks the two agree.
///
/// ```
/// let words: Vec<_> = crosscheck::text::words("Over 1,200 died.", 10).map(|w| w.text).collect();
/// assert_eq!(words, ["Over", "1,200", "died", "."]);
/// ```
pub fn words(text: &str, base: usize) -> impl Iterator<Item = Word<'_>> {
    let mut found = Vec::with_capacity(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        let space_start = index;
        while bytes.get(index).is_some_and(|&byte| is_ascii_space(byte)) {
            index += 1;
        }
        let chunk_start = index;
        let mut ascii = true;
        while let Some(&byte) = bytes.get(index) {
            if is_ascii_space(byte) {
                break;
            }
            ascii &= byte.is_ascii();
            index += 1;
        }
        if chunk_start == index {
            continue;
        }
        if ascii {
            ascii_words(bytes, chunk_start, index, |start, end| {
                if let Some(word) = text.get(start..end) {
                    found.push(Word { text: word, span: Span::new(base + start, base + end) });
                }
            });
        } else if let Some(chunk) = text.get(space_start..index) {
            for (offset, word) in chunk.split_word_bound_indices() {
                if !word.chars().all(char::is_whitespace) {
                    let start = space_start + offset;
                    found.push(Word {
                        text: word,
                        span: Span::new(base + start, base + start + word.len()),
                    });
                }
            }
        }
    }
    found.into_iter()
}

fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// The UAX #29 word-break class of an ASCII byte.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    MidLetter,
    MidNum,
    MidNumLetQ,
    ExtendNumLet,
    Other,
}

fn class(byte: u8) -> Class {
    match byte {
        b'A'..=b'Z' | b'a'..=b'z' => Class::Letter,
        b'0'..=b'9' => Class::Digit,
        b':' => Class::MidLetter,
        b',' | b';' => Class::MidNum,
        b'.' | b'\'' => Class::MidNumLetQ,
        b'_' => Class::ExtendNumLet,
        _ => Class::Other,
    }
}

/// Calls `each(start, end)` for the words of `bytes[from..to]`, ASCII with no white space.
fn ascii_words(bytes: &[u8], from: usize, to: usize, mut each: impl FnMut(usize, usize)) {
    let at = |index: usize| {
        (from..to).contains(&index).then(|| bytes.get(index).map(|&byte| class(byte))).flatten()
    };
    let mut start = from;
    for index in from + 1..to {
        let (Some(previous), Some(next)) = (at(index - 1), at(index)) else { continue };
        let before = index.checked_sub(2).and_then(at);
        let after = at(index + 1);
        let mid = |class: Class| matches!(class, Class::MidLetter | Class::MidNumLetQ);
        let mid_number = |class: Class| matches!(class, Class::MidNum | Class::MidNumLetQ);
        let joined = match (previous, next) {
            (Class::Letter | Class::Digit, Class::Letter | Class::Digit) => true,
            (Class::Letter, _) if mid(next) => after == Some(Class::Letter),
            (_, Class::Letter) if mid(previous) => before == Some(Class::Letter),
            (Class::Digit, _) if mid_number(next) => after == Some(Class::Digit),
            (_, Class::Digit) if mid_number(previous) => before == Some(Class::Digit),
            (Class::Letter | Class::Digit | Class::ExtendNumLet, Class::ExtendNumLet)
            | (Class::ExtendNumLet, Class::Letter | Class::Digit) => true,
            _ => false,
        };
        if !joined {
            each(start, index);
            start = index;
        }
    }
    each(start, to);
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    use super::words;

    fn reference(text: &str) -> Vec<(usize, &str)> {
        text.split_word_bound_indices()
            .filter(|(_, word)| !word.chars().all(char::is_whitespace))
            .collect()
    }

    fn fast(text: &str) -> Vec<(usize, &str)> {
        words(text, 0).map(|word| (word.span.start, word.text)).collect()
    }

    #[test]
    fn matches_uax29_on_news_text() {
        for text in [
            "Over 1,200 died. U.S. officials said 3.5% on 10:30 a.m.; it's e-mail_x o'clock 'quoted' (F-16).",
            "a.b.c 1.a a.1 1,2,3 1,,2 a::b a:1 _a_ 1_ __ a'b'c ' ''",
            "Caf\u{e9} na\u{ef}ve \u{201c}quoted\u{201d} Pakistan\u{2019}s 48\u{2011}hour",
            " \u{301}x y \t\n z",
        ] {
            assert_eq!(fast(text), reference(text), "{text:?}");
        }
    }

    proptest! {
        #[test]
        fn matches_uax29(text in "([A-Za-z0-9 .,;:'_\"()\t\n-]|[\u{e9}\u{301}\u{2019}\u{201c}\u{a0}]|\\PC){0,80}") {
            prop_assert_eq!(fast(&text), reference(&text));
        }
    }
}
