//! Publication dates at the head of an article: `date 2025-10-30`,
//! `Published: 30 Oct 2025`, `Oct 30, 2025`, `Thursday, 30 October 2025 10:42 GMT`.

use jiff::civil::Date;

use crate::lexicon::calendar;

/// Words that may introduce a publication date, lowercase, longest first.
const KEYWORDS: &[&str] = &[
    "first published",
    "last updated",
    "publication date",
    "published on",
    "posted on",
    "updated on",
    "published",
    "updated",
    "posted",
    "dated",
    "date",
];

/// The longest word a dateline may hold ("September", "Wednesday"), with room to spare.
const MAX_WORD: usize = 16;

/// A dateline found at the start of a line.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Dateline {
    /// The date.
    pub date: Date,
    /// How many bytes of the line it takes, trailing time of day included.
    pub len: usize,
    /// Whether it was introduced by a keyword such as `Published:`.
    pub keyword: bool,
}

/// Parses a dateline at the very start of `line` (leading white space allowed).
pub(crate) fn parse(line: &str) -> Option<Dateline> {
    let mut cursor = Cursor { text: line, pos: 0 };
    cursor.skip_space();
    let keyword = cursor.keyword();
    if keyword {
        cursor.skip_space();
        cursor.eat(':');
        cursor.skip_space();
    }
    if let Some(word) = cursor.peek_word()
        && calendar::weekday(word).is_some()
    {
        cursor.pos += word.len();
        cursor.eat(',');
        cursor.skip_space();
    }
    let date = cursor.date()?;
    let mut len = cursor.pos;
    cursor.skip_space();
    cursor.eat_word("at");
    cursor.skip_space();
    if cursor.time() {
        len = cursor.pos;
    }
    Some(Dateline { date, len, keyword })
}

struct Cursor<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Cursor<'t> {
    fn rest(&self) -> &'t str {
        self.text.get(self.pos..).unwrap_or("")
    }

    fn skip_space(&mut self) {
        let rest = self.rest();
        let trimmed = rest.trim_start_matches([' ', '\t', '\u{a0}', '\u{feff}', '|', '-', '—']);
        self.pos += rest.len() - trimmed.len();
    }

    fn eat(&mut self, c: char) -> bool {
        if self.rest().starts_with(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn eat_word(&mut self, word: &str) -> bool {
        match self.peek_word() {
            Some(found) if found.eq_ignore_ascii_case(word) => {
                self.pos += found.len();
                true
            }
            _ => false,
        }
    }

    fn keyword(&mut self) -> bool {
        let rest = self.rest();
        for keyword in KEYWORDS {
            if let Some(head) = rest.get(..keyword.len())
                && head.eq_ignore_ascii_case(keyword)
                && !rest[keyword.len()..].starts_with(|c: char| c.is_alphanumeric())
            {
                self.pos += keyword.len();
                return true;
            }
        }
        false
    }

    fn peek_word(&self) -> Option<&'t str> {
        let rest = self.rest();
        // Dateline words are short: looking no further than this keeps a line of
        // megabytes of letters from being scanned again for every word tried.
        let end = rest.bytes().take(MAX_WORD).position(|b| !b.is_ascii_alphabetic());
        let end = match end {
            Some(end) => end,
            None if rest.len() <= MAX_WORD => rest.len(),
            None => return None,
        };
        rest.get(..end).filter(|word| !word.is_empty())
    }

    fn number(&mut self, max_digits: usize) -> Option<(u32, usize)> {
        let rest = self.rest();
        let end = rest.bytes().take(max_digits + 1).take_while(u8::is_ascii_digit).count();
        if end == 0 || end > max_digits {
            return None;
        }
        let value = rest[..end].parse().ok()?;
        self.pos += end;
        Some((value, end))
    }

    fn month(&mut self) -> Option<u8> {
        let word = self.peek_word()?;
        let month = calendar::month(word)?;
        self.pos += word.len();
        self.eat('.');
        Some(month)
    }

    fn ordinal_suffix(&mut self) {
        for suffix in ["st", "nd", "rd", "th"] {
            if self.rest().starts_with(suffix) {
                self.pos += 2;
                return;
            }
        }
    }

    /// ISO `2025-10-30` or `2025/10/30`, `30 Oct 2025`, `Oct 30, 2025`.
    fn date(&mut self) -> Option<Date> {
        let start = self.pos;
        if let Some((year, 4)) = self.number(4) {
            let separator = self.rest().chars().next()?;
            if separator == '-' || separator == '/' {
                self.pos += 1;
                let (month, _) = self.number(2)?;
                if !self.eat(separator) {
                    return None;
                }
                let (day, _) = self.number(2)?;
                return make(year, month, day);
            }
            self.pos = start;
            return None;
        }
        self.pos = start;
        if let Some((day, _)) = self.number(2) {
            self.ordinal_suffix();
            self.skip_space();
            self.eat_word("of");
            self.skip_space();
            let month = self.month()?;
            self.eat(',');
            self.skip_space();
            let (year, 4) = self.number(4)? else { return None };
            return make(year, u32::from(month), day);
        }
        let month = self.month()?;
        self.skip_space();
        let (day, _) = self.number(2)?;
        self.ordinal_suffix();
        self.eat(',');
        self.skip_space();
        let (year, 4) = self.number(4)? else { return None };
        make(year, u32::from(month), day)
    }

    /// A time of day such as `10:42`, `10:42 GMT`, `10.42am`; consumed when present.
    fn time(&mut self) -> bool {
        let start = self.pos;
        if self.number(2).is_none() || !(self.eat(':') || self.eat('.')) || self.number(2).is_none()
        {
            self.pos = start;
            return false;
        }
        let after_clock = self.pos;
        self.skip_space();
        if !(self.eat_word("am") || self.eat_word("pm")) {
            self.pos = after_clock;
        }
        let after_meridiem = self.pos;
        self.skip_space();
        match self.peek_word() {
            Some(zone) if zone.len() <= 4 && zone.chars().all(|c| c.is_ascii_uppercase()) => {
                self.pos += zone.len();
            }
            _ => self.pos = after_meridiem,
        }
        true
    }
}

fn make(year: u32, month: u32, day: u32) -> Option<Date> {
    let year = i16::try_from(year).ok()?;
    let month = i8::try_from(month).ok()?;
    let day = i8::try_from(day).ok()?;
    Date::new(year, month, day).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date_of(line: &str) -> Option<String> {
        parse(line).map(|found| found.date.to_string())
    }

    #[test]
    fn usual_forms() {
        assert_eq!(date_of(" date 2025-10-30 Pakistan has agreed"), Some("2025-10-30".into()));
        assert_eq!(date_of("Published: 30 Oct 2025"), Some("2025-10-30".into()));
        assert_eq!(date_of("Oct 30, 2025"), Some("2025-10-30".into()));
        assert_eq!(date_of("October 30 2025"), Some("2025-10-30".into()));
        assert_eq!(date_of("Thursday, 30 October 2025 10:42 GMT"), Some("2025-10-30".into()));
        assert_eq!(date_of("Updated on 3rd of March, 2024"), Some("2024-03-03".into()));
        assert_eq!(date_of("2019/02/28"), Some("2019-02-28".into()));
    }

    #[test]
    fn lengths_cover_the_time() {
        let line = "Published: 30 Oct 2025 10:42 GMT Text";
        assert_eq!(
            &line[..parse(line).map_or(0, |found| found.len)],
            "Published: 30 Oct 2025 10:42 GMT"
        );
        let line = " date 2025-10-30 Pakistan";
        assert_eq!(&line[..parse(line).map_or(0, |found| found.len)], " date 2025-10-30");
    }

    #[test]
    fn not_datelines() {
        assert_eq!(date_of("2021 was a hard year"), None);
        assert_eq!(date_of("30 soldiers died"), None);
        assert_eq!(date_of("May 2025"), None);
        assert_eq!(date_of("2025-02-30"), None);
        assert_eq!(date_of(""), None);
        assert_eq!(date_of("Dated"), None);
    }
}
