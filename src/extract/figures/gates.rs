//! Numbers in running text that are no figure: labels ("district 4", "round one"),
//! names ("the Six Nations", "BBC Three", the "Today" programme), clock times
//! ("18:00", "10 p.m.") and results ("won 2-1", "6-3 7-6 (7-4)").
//!
//! An audit of figures found in real news (`examples/audit_figures.rs`) showed these
//! as the commonest false figures; each rule is a general fact of English writing,
//! tested at the token level so that it costs a comparison or two per candidate.

use super::number::Figure;
use super::token::{Kind, Token};
use crate::lexicon::{calendar, labels, numbers};

/// Where to go on when no figure may start at token `i`, tested before every
/// recognizer.
pub(super) fn before(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let current = tokens.get(i)?;
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
    // "district 4", "round one", "type 2 diabetes": a number after a label noun names
    // one of a series. A count of the noun would come before it ("four districts").
    let number_like = (current.kind == Kind::Number
        && current.text.bytes().all(|b| b.is_ascii_digit()))
        || (current.kind == Kind::Word && numbers::cardinal(current.text).is_some());
    if number_like
        && current.gap
        && previous.is_some_and(|p| p.kind == Kind::Word && labels::is_label_noun(p.text))
        && !tokens.get(i + 1).is_some_and(|t| t.is_punct("%"))
    {
        return Some(second_label(tokens, i).unwrap_or(i + 1));
    }
    if let Some(end) = glued_clock(tokens, i) {
        return Some(end);
    }
    if current.kind == Kind::Number
        && let Some(end) = odds(tokens, i)
    {
        return Some(end);
    }
    if let Some(end) = weekday_name(tokens, i) {
        return Some(end);
    }
    if let Some(end) = season_of_two_years(tokens, i) {
        return Some(end);
    }
    // "the Six Nations", "BBC Three", "Ford Five Hundred", "First Lady", BBC Radio 4's
    // "Today programme": a number word or a relative day, which running text writes
    // in lower case, capitalized inside a sentence is part of a name.
    if current.is_capitalized() && previous.is_some_and(inside_sentence) && !title_case(tokens) {
        let word = current.text;
        let named = numbers::cardinal(word).is_some()
            || numbers::scale(word).is_some()
            || numbers::ordinal(word).is_some()
            || ["today", "tomorrow", "tonight", "yesterday"].iter().any(|w| current.is(w));
        if named {
            return Some(i + 1);
        }
    }
    None
}

/// One past the second number of a pair of labels at `i`, the first number right
/// after its label noun: "grade five or six", "district 4 and 5", "rounds 3 to 4".
/// Both name members of the series; the second, written the same way and higher,
/// shares the label ("district 4 and 5 others" is the one miss, rare in news).
fn second_label(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let first = tokens.get(i)?;
    let link = tokens.get(i + 1)?;
    if !(link.is("and") || link.is("or") || link.is("to") || link.is_punct("&")) {
        return None;
    }
    let second = tokens.get(i + 2)?;
    let value = |t: &Token<'_>| match t.kind {
        Kind::Number if t.text.bytes().all(|b| b.is_ascii_digit()) => {
            t.text.parse::<u32>().ok().map(|v| (v, true))
        }
        Kind::Word => numbers::cardinal(t.text).map(|v| (v, false)),
        _ => None,
    };
    let (a, digits_a) = value(first)?;
    let (b, digits_b) = value(second)?;
    let after = tokens.get(i + 3);
    // "grade 4 and 5 per cent" is no label: a unit or a scale goes with an amount.
    let amount_after = after.is_some_and(|t| t.is_punct("%") || numbers::scale(t.text).is_some());
    (digits_a == digits_b && b > a && !amount_after).then_some(i + 3)
}

/// One past a time of day at `i` that a number reader would take first: "8am",
/// "11pm", "10.30pm" (the hour glued to its meridiem, one token) and "2000 GMT",
/// "0930 BST" (four digits of the 24-hour clock before a time zone, which the year
/// readers would take for a year).
fn glued_clock(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let current = tokens.get(i)?;
    match current.kind {
        Kind::Mixed => {
            let text = current.text.as_bytes();
            let split =
                text.iter().position(|b| !(b.is_ascii_digit() || *b == b'.' || *b == b':'))?;
            let suffix = text.get(split..)?;
            let hour = text.get(..split)?;
            let whole = hour.iter().take_while(|b| b.is_ascii_digit()).count();
            let meridiem = suffix.eq_ignore_ascii_case(b"am") || suffix.eq_ignore_ascii_case(b"pm");
            let valid = (1..=2).contains(&whole)
                && hour.first().is_some_and(u8::is_ascii_digit)
                && std::str::from_utf8(hour.get(..whole)?)
                    .ok()?
                    .parse::<u8>()
                    .is_ok_and(|h| (1..=12).contains(&h));
            (meridiem && valid).then_some(i + 1)
        }
        Kind::Number if current.text.len() == 4 => {
            let value: u16 = current.text.parse().ok()?;
            let clock = value < 2400 && value % 100 < 60;
            let zone = tokens.get(i + 1).is_some_and(|t| t.gap && calendar::is_time_zone(t.text));
            (clock && zone).then_some(i + 2)
        }
        _ => None,
    }
}

/// Where to go on when the number of `figure` is a clock time or a result rather
/// than an amount, tested once a number has been read.
pub(super) fn after_number(tokens: &[Token<'_>], figure: &Figure) -> Option<usize> {
    let end = figure.num.end;
    // "18:00", "9:30": hours and minutes; "3:45.86", "2:03:59": a race time, minutes
    // and seconds with their hundredths, or hours, minutes and seconds.
    let sixty = |t: &Token<'_>| {
        let bytes = t.text.as_bytes();
        t.kind == Kind::Number
            && !t.gap
            && bytes.len() >= 2
            && bytes.iter().take(2).all(u8::is_ascii_digit)
            && bytes.get(2).is_none_or(|b| *b == b'.')
            && bytes.iter().skip(3).all(u8::is_ascii_digit)
    };
    let mut clock_end = end;
    while tokens.get(clock_end).is_some_and(|t| t.is_punct(":") && !t.gap)
        && tokens.get(clock_end + 1).is_some_and(sixty)
    {
        clock_end += 2;
    }
    if clock_end > end {
        return Some(clock_end);
    }
    // "0227 GMT", "(1130 UTC)": a time of day on the 24-hour clock, four digits
    // before a time zone.
    let clock = figure.num.plain_digits == Some(4)
        && figure.num.end == figure.num.start + 1
        && figure.num.value < 2400.0
        && figure.num.value % 100.0 < 60.0;
    if clock && tokens.get(end).is_some_and(|t| calendar::is_time_zone(t.text)) {
        return Some(end + 1);
    }
    // "1 pm", "10 p.m.", "4 a.m.", "6 AM": an hour of the clock is a whole number
    // from 1 to 12 ("2.1 pm" is a length in picometres).
    let hour = figure.num.plain_digits.is_some_and(|digits| digits <= 2)
        && (1.0..=12.0).contains(&figure.num.value)
        && figure.num.end == figure.num.start + 1;
    if let Some(after) = meridiem(tokens, end).filter(|_| hour) {
        return Some(after);
    }
    // "two quarters ago", "three quarters ahead": quarters of a year, a time, not a
    // fraction of anything.
    if figure.end.checked_sub(1).and_then(|k| tokens.get(k)).is_some_and(|t| t.is("quarters"))
        && tokens.get(figure.end).is_some_and(|t| {
            t.is("ago") || t.is("ahead") || t.is("later") || t.is("earlier") || t.is("hence")
        })
    {
        return Some(figure.end + 1);
    }
    // "won 2-1", "a 19-5 lead", "6-2 6-3", "7-6 (7-3)": a result.
    result(tokens, figure.num.start)
}

/// One past a season or a fiscal year that spans two years at `i`: "2001/02",
/// "2019/20", "2001/2", "2019/2020": the second number is the next year, in full or
/// its last digits. Read as a month, "2001/02" would be February 2001; news writes a
/// season so ("2011/12" too, the one case a month could also be meant), and a month
/// of a year in digits rarely.
fn season_of_two_years(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let first = tokens.get(i).filter(|t| t.kind == Kind::Number && t.text.len() == 4)?;
    let year: u32 = first.text.parse().ok().filter(|y| (1800..2100).contains(y))?;
    tokens.get(i + 1).filter(|t| t.is_punct("/") && !t.gap)?;
    let second = tokens.get(i + 2).filter(|t| t.kind == Kind::Number && !t.gap)?;
    let digits = u32::try_from(second.text.len()).ok()?;
    let modulus = 10_u32.checked_pow(digits)?;
    let value: u32 = second.text.parse().ok()?;
    // Not part of a longer chain: "2001/2/3" is a date.
    if tokens.get(i + 3).is_some_and(|t| t.is_punct("/") && !t.gap) {
        return None;
    }
    ((1..=4).contains(&digits) && digits != 3 && value == (year + 1) % modulus).then_some(i + 3)
}

/// One past odds or a set phrase written as a fraction at `i`: "a 50/50 chance"
/// (two equal numbers), "open 24/7", and any "5/1" or "4/6" in a sentence about
/// betting ("odds of 25/1", "cut from 4/6 to 1/2"). None of them is a fraction of
/// anything, nor a date.
fn odds(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let plain =
        |t: &Token<'_>| t.kind == Kind::Number && t.text.bytes().all(|b| b.is_ascii_digit());
    let first = tokens.get(i).filter(|t| plain(t))?;
    tokens.get(i + 1).filter(|t| t.is_punct("/") && !t.gap)?;
    let second = tokens.get(i + 2).filter(|t| plain(t) && !t.gap)?;
    // Not part of a longer chain: "5/1/2020" is a date.
    let glued_slash = |t: &Token<'_>| t.is_punct("/") && !t.gap;
    if tokens.get(i + 3).is_some_and(glued_slash)
        || i.checked_sub(1)
            .and_then(|k| tokens.get(k))
            .is_some_and(|t| t.is_punct("/") && !first.gap)
    {
        return None;
    }
    let betting = || tokens.iter().any(|t| t.kind == Kind::Word && numbers::is_odds_word(t.text));
    let set_phrase = first.text == second.text || (first.text == "24" && second.text == "7");
    (set_phrase || betting()).then_some(i + 3)
}

/// One past a name that a capitalized weekday opens at `i`: "The Sunday Times", "a
/// Sunday Telegraph poll", "the Monday Club" (an article before the weekday and a
/// capitalized word after it: a date has no article, "on Sunday", and "the Sunday
/// before" goes on in lower case), and "Saturday Night Live", "Monday Night Football"
/// (a capitalized part of the day before another capitalized word). A month or a
/// number after the weekday is its date ("Sunday March 3", "Friday 11 March"), and
/// a capitalized subject after it is left alone ("On Monday President Biden said").
/// Headlines capitalize every word, so the rule holds in running text only.
fn weekday_name(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let current = tokens.get(i)?;
    if !current.is_capitalized() || calendar::weekday(current.text).is_none() {
        return None;
    }
    let capitalized_word =
        |t: &Token<'_>| t.is_capitalized() && t.gap && calendar::month(t.text).is_none();
    let next = tokens.get(i + 1).filter(|t| capitalized_word(t))?;
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
    let article = previous.is_some_and(|p| p.is("the") || p.is("a") || p.is("an"));
    let part_of_day =
        calendar::is_part_of_day(next.text) && tokens.get(i + 2).is_some_and(capitalized_word);
    if !(article || part_of_day) || title_case(tokens) {
        return None;
    }
    Some(if part_of_day { i + 3 } else { i + 2 })
}

/// Whether a token stands inside a sentence rather than at its start: a word, a
/// number or a comma comes before, not an opening quote, a colon, a dash or a bracket.
fn inside_sentence(previous: &Token<'_>) -> bool {
    matches!(previous.kind, Kind::Word | Kind::Number | Kind::Mixed) || previous.is_punct(",")
}

/// Whether the sentence is written in title case, as headlines are ("Taliban Begin
/// Third Round of Talks"): no lower-case word of four letters or more.
pub(super) fn title_case(tokens: &[Token<'_>]) -> bool {
    !tokens.iter().any(|t| {
        t.kind == Kind::Word
            && t.text.len() >= 4
            && t.text.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
    })
}

/// One past "pm", "a.m.", "AM" at `j`, if one is there.
fn meridiem(tokens: &[Token<'_>], j: usize) -> Option<usize> {
    let word = tokens.get(j)?;
    if word.is("am") || word.is("pm") {
        // "6 am" is a time but "I am": the number must come right before.
        return Some(j + 1);
    }
    if (word.is("a") || word.is("p"))
        && tokens.get(j + 1).is_some_and(|t| t.is_punct(".") && !t.gap)
        && tokens.get(j + 2).is_some_and(|t| t.is("m") && !t.gap)
    {
        let dot = tokens.get(j + 3).is_some_and(|t| t.is_punct(".") && !t.gap);
        return Some(j + 3 + usize::from(dot));
    }
    None
}

/// The two numbers of "6-2" at `j` (digits joined by a hyphen, no space) and one
/// past them.
fn pair(tokens: &[Token<'_>], j: usize) -> Option<(f64, f64, usize)> {
    let plain =
        |t: &Token<'_>| t.kind == Kind::Number && t.text.bytes().all(|b| b.is_ascii_digit());
    let first = tokens.get(j).filter(|t| plain(t))?;
    tokens.get(j + 1).filter(|t| t.is_punct("-–") && !t.gap)?;
    let second = tokens.get(j + 2).filter(|t| plain(t) && !t.gap)?;
    Some((first.text.parse().ok()?, second.text.parse().ok()?, j + 3))
}

/// The pair at `j` in brackets, "(7-3)", and one past the closing bracket.
fn bracketed_pair(tokens: &[Token<'_>], j: usize) -> Option<usize> {
    tokens.get(j).filter(|t| t.is_punct("("))?;
    let (_, _, end) = pair(tokens, j + 1)?;
    tokens.get(end).filter(|t| t.is_punct(")"))?;
    Some(end + 1)
}

/// One past a result starting at `j`: a pair that runs downwards or level ("2-1",
/// "3-3"; a range is written from its low end up, "18-25"), or a pair in a run of
/// pairs ("4-6 7-6 (7-3) 6-0", the sets of a match: ranges never come in runs).
fn result(tokens: &[Token<'_>], j: usize) -> Option<usize> {
    let (first, second, mut end) = pair(tokens, j)?;
    let mut run = first >= second;
    loop {
        if let Some(next) = bracketed_pair(tokens, end) {
            end = next;
        } else if let Some((_, _, next)) = pair(tokens, end) {
            end = next;
        } else {
            break;
        }
        run = true;
    }
    run.then_some(end)
}

#[cfg(test)]
mod tests {
    use crate::Span;
    use crate::extract::figures::{Context, find};

    /// The text of every figure found in `text`.
    fn texts(text: &str) -> Vec<String> {
        let context = Context { published: "2020-05-01".parse().ok() };
        find(text, Span::new(0, text.len()), &context)
            .iter()
            .filter_map(|q| text.get(q.span.range()).map(str::to_owned))
            .collect()
    }

    #[test]
    fn seasons_of_two_years_and_quarters_of_time() {
        assert!(texts("The 2001/02 season was his best.").is_empty());
        assert!(texts("In 2019/20 the club lost money.").is_empty());
        assert!(texts("His 2001/2 season ended early.").is_empty());
        assert!(texts("Budgets for 2019/2020 were cut.").is_empty());
        // A month of a year, a date.
        assert_eq!(texts("It peaked in 2001/05 and fell."), ["2001/05"]);
        assert_eq!(texts("It peaked on 2001/02/14."), ["2001/02/14"]);
        // Quarters of time, and quarters of something.
        assert!(texts("Sales fell two quarters ago.").is_empty());
        assert!(texts("Growth is forecast three quarters ahead.").is_empty());
        assert_eq!(texts("Three quarters of voters agreed."), ["Three quarters"]);
    }

    #[test]
    fn a_weekday_opening_a_name() {
        assert!(texts("She told The Sunday Times that she would stay.").is_empty());
        assert!(texts("A Sunday Telegraph poll put Labour ahead.").is_empty());
        assert!(texts("He hosts Saturday Night Takeaway on ITV.").is_empty());
        assert!(texts("Fans of Monday Night Football were angry.").is_empty());
        // Dates: a month or a day after the weekday, a subject after "on Monday", a
        // lower-case word, a part of the day that ends the phrase.
        assert_eq!(texts("The vote is on Sunday March 3 in Paris."), ["Sunday March 3"]);
        assert_eq!(texts("It happened on Friday 11 March."), ["Friday 11 March"]);
        assert_eq!(texts("On Monday President Macron said no."), ["Monday"]);
        assert_eq!(texts("Talks resume on the Monday after the vote."), ["Monday"]);
        assert_eq!(texts("He spoke on Saturday Night in Leeds."), ["Saturday"]);
        // A headline capitalizes every word.
        assert_eq!(texts("Talks End The Sunday Before Polls"), ["Sunday"]);
    }

    #[test]
    fn a_number_after_a_label_noun_names() {
        assert_eq!(texts("Voters in district 4 chose her."), Vec::<String>::new());
        assert_eq!(texts("He lost in round one last year."), ["last year"]);
        assert_eq!(
            texts("She has type 2 diabetes and Article 50 was triggered."),
            Vec::<String>::new()
        );
        // The count comes before the noun.
        assert_eq!(texts("Four districts voted and 3 rounds were held."), ["Four", "3"]);
        assert_eq!(texts("Turnout in the district rose to 40%."), ["40%"]);
    }

    #[test]
    fn a_capitalized_number_word_inside_a_sentence_is_a_name() {
        assert_eq!(
            texts("England lost the Six Nations title, BBC Three said."),
            Vec::<String>::new()
        );
        assert_eq!(
            texts("He told the Today programme that the First Lady left."),
            Vec::<String>::new()
        );
        // At the start of a sentence or of a quotation it is a number.
        assert_eq!(texts("Three soldiers died."), ["Three"]);
        assert_eq!(texts("He said: \"Two men fled today.\""), ["Two", "today"]);
        assert_eq!(texts("Police said (Five arrests) were made."), ["Five"]);
        // A headline capitalizes every word.
        assert_eq!(texts("Rebels And Army Begin Third Round Of Talks"), ["Third"]);
    }

    #[test]
    fn clock_times_are_no_counts() {
        assert_eq!(texts("The rally started around 18:00 local time."), Vec::<String>::new());
        assert_eq!(texts("A curfew runs from 10 p.m. to 4 a.m., or 6 pm."), Vec::<String>::new());
        // A number before another word starting with "a" or "p" stays a count.
        assert_eq!(texts("Police held 12 at a station and 4 pending trial."), ["12", "4"]);
        assert_eq!(texts("The grid is 2.1 pm wide."), ["2.1"]);
    }

    #[test]
    fn results_are_no_counts() {
        assert_eq!(texts("Chelsea won 2-1 after a 1-1 draw."), Vec::<String>::new());
        assert_eq!(
            texts("She beat him 6-2 6-3 and he won 4-6 7-6 (7-4) 6-0."),
            Vec::<String>::new()
        );
        assert_eq!(texts("Wales led 19-5 at half-time."), Vec::<String>::new());
        // Ranges run upwards and come alone.
        assert_eq!(texts("Between 18-25 people came and 5-10% left."), ["18-25", "5-10%"]);
    }

    #[test]
    fn odds_are_no_fractions_or_dates() {
        assert_eq!(texts("She has a 50/50 chance of a medal."), Vec::<String>::new());
        assert_eq!(texts("The helpline is open 24/7."), Vec::<String>::new());
        assert_eq!(
            texts("Bookmakers cut his odds from 4/6 to 1/2 and she is 25/1."),
            Vec::<String>::new()
        );
        assert_eq!(texts("The 5/1 favourite won by a length."), Vec::<String>::new());
        // Without betting, a fraction stays a fraction and a date a date.
        assert_eq!(texts("Only 1/2 of the budget was spent."), ["1/2"]);
        assert_eq!(texts("The odds fell on 5/1/2020."), ["5/1/2020"]);
    }

    #[test]
    fn clock_times_before_a_time_zone_are_no_counts() {
        assert_eq!(texts("The deal was sealed at 0227 GMT."), Vec::<String>::new());
        assert_eq!(texts("It landed at 8:17 a.m. local time (0617 UTC)."), Vec::<String>::new());
        // A year or an amount is not a time of day.
        assert_eq!(texts("It had 1950 staff and 0900 is late."), ["1950", "0900"]);
    }

    #[test]
    fn glued_clock_times_and_race_times() {
        assert!(texts("Doors open at 8am and shut at 11pm.").is_empty());
        assert!(texts("Trains stop at 10.30pm.").is_empty());
        assert!(texts("Voting ends at 2000 GMT in the capital.").is_empty());
        assert!(texts("She won the final in 3:45.86 on the track.").is_empty());
        assert!(texts("He ran the marathon in 2:03:59 in Berlin.").is_empty());
        // Amounts and years stay: no meridiem, no time zone, a glued unit.
        assert_eq!(texts("The march drew 2000 people."), ["2000"]);
        assert_eq!(texts("It was built in 1999 GMT-style."), ["1999"]);
        assert_eq!(texts("The card holds 8gb of data."), ["8gb"]);
        assert_eq!(texts("The 13pm slot does not exist."), ["13pm"]);
    }

    #[test]
    fn a_pair_of_labels() {
        assert!(texts("Pupils in grade five or six were sent home.").is_empty());
        assert!(texts("Polls opened in district 4 and 5 at dawn.").is_empty());
        assert!(texts("Work on section 3 to 4 of the road starts soon.").is_empty());
        // A lower second number, or an amount, is its own figure.
        assert_eq!(texts("Those in grade six and two teachers left."), ["two"]);
        assert_eq!(texts("It rose in phase 1 and 2 million doses went out."), ["2 million"]);
    }
}
