//! A one-pass byte scanner that cuts a sentence into the tokens the figure
//! recognizers read: words, numbers, mixed letters and digits, punctuation.

use crate::span::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters only (apostrophes inside allowed): "soldiers", "don't".
    Word,
    /// Digits, with `,` or `.` between digits: "1,200", "1.5".
    Number,
    /// Letters and digits glued together: "3rd", "G7", "10k".
    Mixed,
    /// One other character: "-", "%", "$".
    Punct,
}

/// A token with its absolute span.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token<'t> {
    pub text: &'t str,
    pub span: Span,
    pub kind: Kind,
    /// Whether white space comes right before the token.
    pub gap: bool,
}

impl Token<'_> {
    /// Whether the token is this word, in any ASCII letter case.
    // Inlined: the recognizers call it thousands of times per sentence, and it
    // reduces to a length test at most call sites.
    #[inline]
    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    /// Whether the token is a word starting with an upper-case letter.
    pub fn is_capitalized(&self) -> bool {
        self.kind == Kind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the token is one of these punctuation marks.
    // A mark is one character; an ASCII one is looked for as a byte (it cannot occur
    // inside another character's UTF-8 bytes), which beats a substring search.
    pub fn is_punct(&self, marks: &str) -> bool {
        self.kind == Kind::Punct
            && match self.text.as_bytes() {
                [byte] => marks.as_bytes().contains(byte),
                _ => marks.contains(self.text),
            }
    }
}

/// Cuts `text` (which starts at byte `base` of its document) into tokens.
pub(crate) fn tokens(text: &str, base: usize) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut at = 0;
    let mut gap = true;
    while let Some(c) = char_at(text, at) {
        let start = at;
        let mut end = start + c.len_utf8();
        at = end;
        if c.is_whitespace() {
            gap = true;
            continue;
        }
        let (digit, letter) = (c.is_ascii_digit(), c.is_alphabetic());
        let kind = if digit || letter {
            let (mut digits, mut letters) = (digit, letter);
            let mut previous = c;
            while let Some(next) = char_at(text, end) {
                let (digit, letter) = (next.is_ascii_digit(), next.is_alphabetic());
                let joins = if digit || letter {
                    true
                } else if matches!(next, ',' | '.') && previous.is_ascii_digit() {
                    char_at(text, end + 1).is_some_and(|after| after.is_ascii_digit())
                } else if matches!(next, '\'' | '’') && previous.is_alphabetic() {
                    char_at(text, end + next.len_utf8()).is_some_and(char::is_alphabetic)
                } else {
                    false
                };
                if !joins {
                    break;
                }
                digits |= digit;
                letters |= letter;
                previous = next;
                end += next.len_utf8();
            }
            at = end;
            match (digits, letters) {
                (true, true) => Kind::Mixed,
                (true, false) => Kind::Number,
                _ => Kind::Word,
            }
        } else {
            Kind::Punct
        };
        if let Some(token_text) = text.get(start..end) {
            out.push(Token {
                text: token_text,
                span: Span::new(base + start, base + end),
                kind,
                gap,
            });
        }
        gap = false;
    }
    out
}

/// The character at byte `at` of `text`, if a character starts there. Most text is
/// ASCII, read as a byte without decoding.
#[inline]
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(byte) if byte.is_ascii() => Some(char::from(*byte)),
        Some(_) => text.get(at..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_words_numbers_and_marks() {
        let found: Vec<_> = tokens("Over 1,200 died; 48-hour truce, 3rd. It's 1.5", 10)
            .into_iter()
            .map(|t| (t.text, t.kind, t.gap))
            .collect();
        assert_eq!(
            found,
            [
                ("Over", Kind::Word, true),
                ("1,200", Kind::Number, true),
                ("died", Kind::Word, true),
                (";", Kind::Punct, false),
                ("48", Kind::Number, true),
                ("-", Kind::Punct, false),
                ("hour", Kind::Word, false),
                ("truce", Kind::Word, true),
                (",", Kind::Punct, false),
                ("3rd", Kind::Mixed, true),
                (".", Kind::Punct, false),
                ("It's", Kind::Word, true),
                ("1.5", Kind::Number, true),
            ]
        );
        let spans: Vec<_> = tokens("é 12", 3).into_iter().map(|t| t.span).collect();
        assert_eq!(spans, [Span::new(3, 5), Span::new(6, 8)]);
        // Non-ASCII letters, curly apostrophes and signs keep their byte spans.
        let found: Vec<_> = tokens("don’t pay £5,5 café’s 2.x", 0)
            .into_iter()
            .map(|t| (t.text, t.kind, t.span.start))
            .collect();
        assert_eq!(
            found,
            [
                ("don’t", Kind::Word, 0),
                ("pay", Kind::Word, 8),
                ("£", Kind::Punct, 12),
                ("5,5", Kind::Number, 14),
                ("café’s", Kind::Word, 18),
                ("2", Kind::Number, 28),
                (".", Kind::Punct, 29),
                ("x", Kind::Word, 30),
            ]
        );
    }
}
