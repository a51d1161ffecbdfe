//! Sentence boundaries: UAX #29, then mended for news text.

use unicode_segmentation::UnicodeSegmentation;

use super::SegmentKind;
use crate::lexicon::abbreviations;
use crate::span::Span;

/// The longest sentence, in bytes; longer runs are cut at white space.
pub(super) const MAX_SENTENCE_BYTES: usize = 4096;

/// The longest word, in bytes, that may be an abbreviation or a title.
const MAX_WORD_BYTES: usize = 48;

/// Where the last `back` bytes of `text` start, moved forward to a char boundary.
fn tail_start(text: &str, back: usize) -> usize {
    let mut start = text.len().saturating_sub(back);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    start
}

/// Characters that may surround a sentence without belonging to it.
pub(super) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Non-ASCII characters known to be neither sentence terminators (`STerm`, `ATerm`)
/// nor separators in UAX #29, besides letters and digits: a stretch of text made of
/// these, ASCII letters, digits and spaces holds no sentence boundary.
/// `tests::safe_characters_are_not_terminators` checks each against UAX #29.
const SAFE: &[char] = &[
    '\u{a0}', '£', '§', '«', '°', '´', '·', '»', '€', '\u{2010}', '\u{2011}', '\u{2012}', '–', '—',
    '‘', '’', '‚', '“', '”', '„', '•', '…', '′', '″', '‹', '›', '\u{feff}',
];

/// Calls `each(offset, sentence)` for the UAX #29 sentences of `block`, exactly as
/// `split_sentence_bound_indices` gives them, but runs the full algorithm only
/// where it can matter.
///
/// A full stop, `!` or `?` followed by closing marks, at least one space and an
/// ASCII capital is a boundary under every UAX #29 rule (`SB11`; `SB6` to `SB8a` need a
/// digit, a lower-case letter or no space after it), and no rule looks back past
/// a capital letter, so the text between two such places can be segmented on its
/// own. A stretch with no other terminator, no line break and no unknown
/// character is then one sentence; anything else goes through the full algorithm.
fn for_each_uax29_sentence<'t>(block: &'t str, mut each: impl FnMut(usize, &'t str)) {
    let bytes = block.as_bytes();
    let mut chunk_start = 0;
    let mut simple = true;
    let mut index = 0;
    let mut flush = |start: usize, end: usize, simple: bool| {
        let Some(chunk) = block.get(start..end) else { return };
        if chunk.is_empty() {
            return;
        }
        if simple {
            each(start, chunk);
        } else {
            for (offset, piece) in chunk.split_sentence_bound_indices() {
                each(start + offset, piece);
            }
        }
    };
    while let Some(&byte) = bytes.get(index) {
        match byte {
            b'.' | b'!' | b'?' => {
                let mut end = index + 1;
                while bytes.get(end).is_some_and(|b| matches!(b, b'.' | b'!' | b'?')) {
                    end += 1;
                }
                loop {
                    match bytes.get(end..end + 3) {
                        // ” ’ »: closing marks of three and two bytes.
                        Some([0xE2, 0x80, 0x9D | 0x99]) => end += 3,
                        _ if bytes.get(end..end + 2) == Some(&[0xC2, 0xBB]) => end += 2,
                        _ if bytes
                            .get(end)
                            .is_some_and(|b| matches!(b, b'"' | b'\'' | b')' | b']' | b'}')) =>
                        {
                            end += 1;
                        }
                        _ => break,
                    }
                }
                let spaces_start = end;
                while bytes.get(end).is_some_and(|b| matches!(b, b' ' | b'\t')) {
                    end += 1;
                }
                let capital_follows =
                    end > spaces_start && bytes.get(end).is_some_and(u8::is_ascii_uppercase);
                if capital_follows || end == bytes.len() {
                    flush(chunk_start, end, simple);
                    chunk_start = end;
                    simple = true;
                } else {
                    simple = false;
                }
                index = end.max(index + 1);
            }
            b'\n' | b'\r' => {
                simple = false;
                index += 1;
            }
            0x00..=0x7F => index += 1,
            _ => {
                let c = block.get(index..).and_then(|rest| rest.chars().next());
                if !c.is_some_and(|c| c.is_alphanumeric() || SAFE.contains(&c)) {
                    simple = false;
                }
                index += c.map_or(1, char::len_utf8);
            }
        }
    }
    flush(chunk_start, bytes.len(), simple);
}

/// Cuts `text[within]` into trimmed sentence spans and appends them to `out`.
pub(super) fn split(text: &str, within: Span, out: &mut Vec<(SegmentKind, Span)>) {
    let Some(block) = within.get(text) else { return };
    let mut pieces: Vec<Span> = Vec::new();
    for_each_uax29_sentence(block, |offset, piece| {
        let start = within.start + offset;
        split_at_ellipses(text, Span::new(start, start + piece.len()), &mut pieces);
    });
    let mut current: Option<Span> = None;
    for piece in pieces {
        let trimmed = trim(text, piece);
        if trimmed.is_empty() {
            continue;
        }
        current = match current {
            Some(open) if continues(&text[open], &text[trimmed]) => Some(open.cover(trimmed)),
            Some(open) => {
                push_sentence(text, open, out);
                Some(trimmed)
            }
            None => Some(trimmed),
        };
    }
    if let Some(open) = current {
        push_sentence(text, open, out);
    }
}

/// Appends a sentence, cut at white space into pieces of at most
/// [`MAX_SENTENCE_BYTES`] when it is longer: no real sentence is that long, and a
/// run of megabytes without a full stop would otherwise be quoted whole by every
/// claim made in it, so that output grew as claims times text.
fn push_sentence(text: &str, span: Span, out: &mut Vec<(SegmentKind, Span)>) {
    let mut start = span.start;
    while span.end - start > MAX_SENTENCE_BYTES {
        let mut cut = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = text.get(start..cut).unwrap_or_default();
        // Cut after the last white space of the window; with none, cut mid-word.
        if let Some((at, space)) = window.char_indices().rev().find(|&(_, c)| is_space(c))
            && at > 0
        {
            cut = start + at + space.len_utf8();
        }
        let piece = trim(text, Span::new(start, cut));
        if !piece.is_empty() {
            out.push((SegmentKind::Sentence, piece));
        }
        start = trim(text, Span::new(cut, span.end)).start;
    }
    let rest = trim(text, Span::new(start, span.end));
    if !rest.is_empty() {
        out.push((SegmentKind::Sentence, rest));
    }
}

fn trim(text: &str, span: Span) -> Span {
    let slice = &text[span];
    let start = span.start + (slice.len() - slice.trim_start_matches(is_space).len());
    let end = span.end - (slice.len() - slice.trim_end_matches(is_space).len());
    Span::new(start, end)
}

/// Splits after an ellipsis (`…`) that is followed by white space and a capital letter.
fn split_at_ellipses(text: &str, piece: Span, out: &mut Vec<Span>) {
    let slice = &text[piece];
    let mut start = 0;
    for (index, _) in slice.match_indices('\u{2026}') {
        let after = index + '\u{2026}'.len_utf8();
        let rest = &slice[after..];
        let spaced = rest.trim_start_matches(is_space);
        let gap = rest.len() - spaced.len();
        if gap > 0 && spaced.chars().next().is_some_and(char::is_uppercase) {
            out.push(Span::new(piece.start + start, piece.start + after + gap));
            start = after + gap;
        }
    }
    out.push(Span::new(piece.start + start, piece.end));
}

/// Whether the sentence `next` continues `previous` rather than starting anew.
fn continues(previous: &str, next: &str) -> bool {
    let Some(first) = next.chars().next() else { return true };
    // A lower-case start follows a quoted question or exclamation ("'Why?' he asked").
    if first.is_lowercase() || matches!(first, ',' | ';' | ')' | ']') {
        return true;
    }
    let Some(before_stop) = previous.strip_suffix('.') else { return false };
    // Only the tail of `previous` is looked at: it grows as pieces are joined, and
    // scanning all of it for each piece would make a long run of joined pieces
    // quadratic. A word longer than the tail is no abbreviation.
    let tail = before_stop.get(tail_start(before_stop, MAX_WORD_BYTES)..).unwrap_or("");
    let mut parts = tail.rsplit(|c: char| {
        is_space(c) || matches!(c, '(' | '[' | '"' | '“' | '‘' | '\'' | '—' | '–')
    });
    let word = parts.next().unwrap_or("");
    let whole_word = parts.next().is_some() || tail.len() == before_stop.len();
    if word.is_empty() || !whole_word {
        return false;
    }
    let next_word: String =
        next.chars().take_while(|c| c.is_alphanumeric()).take(MAX_WORD_BYTES).collect();
    let opener = abbreviations::is_sentence_opener(&next_word);
    let mut letters = word.chars();
    let initial = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    if abbreviations::is_title(word) || (initial && !opener) {
        return true;
    }
    // "U.S.", "a.m.", "e.g." and listed abbreviations usually sit inside a sentence.
    let dotted = word.contains('.')
        && word.split('.').all(|part| part.chars().count() <= 2 && !part.is_empty());
    (dotted || abbreviations::is_inner(word)) && !opener
}

#[cfg(test)]
mod tests {
    use unicode_segmentation::UnicodeSegmentation;

    use super::{SAFE, for_each_uax29_sentence};
    use proptest::prelude::*;

    fn fast(text: &str) -> Vec<(usize, &str)> {
        let mut found = Vec::new();
        for_each_uax29_sentence(text, |offset, piece| found.push((offset, piece)));
        found
    }

    #[test]
    fn safe_characters_are_not_terminators() {
        for &c in SAFE {
            for probe in [format!("a{c} B"), format!("a{c}B"), format!("A {c} b. C")] {
                let reference: Vec<(usize, &str)> = probe.split_sentence_bound_indices().collect();
                let expected = usize::from(probe.contains(". C")) + 1;
                assert_eq!(reference.len(), expected, "{c:?} in {probe:?}: {reference:?}");
            }
        }
    }

    #[test]
    fn fast_path_matches_uax29_on_news_text() {
        for text in [
            "Talks ended. Officials left! Why? Nobody knows.",
            "He said “No.” Then he left. The U.S. team won 1.5 points… Next day.",
            "Line one.\nLine two. (Aside.) [Note.] “Quote?” Done.",
            "A.  B.\t C. d. e. F",
            "Ends with a stop.",
            "no stop",
            "...",
            ". A",
        ] {
            let reference: Vec<(usize, &str)> = text.split_sentence_bound_indices().collect();
            assert_eq!(fast(text), reference, "{text:?}");
        }
    }

    proptest! {
        #[test]
        fn fast_path_matches_uax29(text in "([A-Za-z0-9 .!?\"'()\n\t]|[“”’‘…—«»\u{a0}]|\\PC){0,120}") {
            let reference: Vec<(usize, &str)> = text.split_sentence_bound_indices().collect();
            prop_assert_eq!(fast(&text), reference);
        }
    }

    use super::super::sentences;

    fn cut(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| &text[s.span]).collect()
    }

    #[test]
    fn titles_and_abbreviations() {
        assert_eq!(
            cut("DG ISPR Lt. Gen. Ahmed Sharif warned. He left."),
            ["DG ISPR Lt. Gen. Ahmed Sharif warned.", "He left."]
        );
        assert_eq!(
            cut("Mr. Khan met Dr. Ali. They spoke."),
            ["Mr. Khan met Dr. Ali.", "They spoke."]
        );
        assert_eq!(
            cut("The U.S. President spoke on Oct. 17 at No. 10 Downing Street."),
            ["The U.S. President spoke on Oct. 17 at No. 10 Downing Street."]
        );
        assert_eq!(
            cut("Sanctions came from the U.S. The talks ended."),
            ["Sanctions came from the U.S.", "The talks ended."]
        );
        assert_eq!(
            cut("J. K. Rowling wrote it. It sold."),
            ["J. K. Rowling wrote it.", "It sold."]
        );
        assert_eq!(
            cut("It opened at 9 a.m. Officials said so."),
            ["It opened at 9 a.m.", "Officials said so."]
        );
    }

    #[test]
    fn quotes_and_ellipses() {
        assert_eq!(
            cut("He said it was “firm.” Then he left."),
            ["He said it was “firm.”", "Then he left."]
        );
        assert_eq!(cut("\"Why?\" he asked. Nobody knew."), ["\"Why?\" he asked.", "Nobody knew."]);
        assert_eq!(
            cut("They refused… Talks ended. Wait… what?"),
            ["They refused…", "Talks ended.", "Wait… what?"]
        );
        assert_eq!(
            cut("One official said: \"No compromise.” Talks went on."),
            ["One official said: \"No compromise.”", "Talks went on."]
        );
    }

    #[test]
    fn overlong_sentences_are_cut_at_white_space() {
        let text = format!("{} end.", "word ".repeat(2000));
        let all = sentences(&text);
        assert_eq!(all.len(), 3);
        assert!(all.iter().all(|s| s.span.len() <= super::MAX_SENTENCE_BYTES));
        assert!(all.iter().all(|s| text[s.span.range()].starts_with("word")));
        assert!(text[all[2].span.range()].ends_with("end."));
        let solid = "é".repeat(5000);
        let all = sentences(&solid);
        assert_eq!(all.len(), 3);
        assert!(all.iter().all(|s| solid.get(s.span.range()).is_some()));
    }

    #[test]
    fn tiles() {
        let text = "  A b. C d!  \n";
        let all = sentences(text);
        assert_eq!(all.first().map(|s| s.outer.start), Some(0));
        assert_eq!(all.last().map(|s| s.outer.end), Some(text.len()));
        assert!(all.windows(2).all(|pair| pair[0].outer.end == pair[1].outer.start));
    }
}
