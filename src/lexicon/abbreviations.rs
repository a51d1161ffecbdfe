//! Abbreviations whose full stop does not end a sentence.
//!
//! The sentence splitter (Unicode UAX #29) breaks after "Gen." in "Gen. Asim Munir"
//! because a capital letter follows. Words listed here mend such breaks. Lookup is
//! case-sensitive on the form before the full stop, so "No." (number) is listed
//! but "no." (the word) is not.

/// Titles and honorifics that stand before a name: never the end of a sentence.
pub const TITLES: &[&str] = &[
    "Adm", "Amb", "Brig", "Capt", "Cdr", "Cmdr", "Col", "Comdr", "Cpl", "Dr", "Fr", "Gen", "Gov",
    "Hon", "Insp", "Lt", "Maj", "Messrs", "Mr", "Mrs", "Ms", "Mt", "Pres", "Prof", "Pvt", "Rep",
    "Rev", "Sen", "Sgt", "Sr", "St", "Supt",
];

/// Abbreviations that normally sit inside a sentence (before a number, a name or a
/// month day) but may also end one; the splitter keeps them inside unless the next
/// word is a usual sentence opener.
pub const INNER: &[&str] = &[
    "Apr", "Art", "Aug", "Ave", "Bros", "Co", "Corp", "Dec", "Dept", "Est", "Feb", "Fig", "Gov't",
    "Inc", "Jan", "Jr", "Jul", "Jun", "Ltd", "Mar", "No", "Nos", "Nov", "Oct", "Op", "Pp", "Sec",
    "Sep", "Sept", "Vol", "approx", "cf", "e.g", "etc", "i.e", "vs",
];

/// Words that usually open a sentence; after an ambiguous abbreviation ("U.S.",
/// "Inc.") one of these means the sentence did end there.
pub const SENTENCE_OPENERS: &[&str] = &[
    "A",
    "After",
    "All",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "But",
    "By",
    "During",
    "For",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "Officials",
    "On",
    "One",
    "Our",
    "She",
    "Since",
    "So",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "To",
    "Under",
    "We",
    "What",
    "When",
    "While",
    "Yet",
];

/// Whether `word` (the text before a full stop) is a title that cannot end a sentence.
pub fn is_title(word: &str) -> bool {
    TITLES.binary_search(&word).is_ok()
}

/// Whether `word` (the text before a full stop) is an abbreviation that usually does
/// not end a sentence.
pub fn is_inner(word: &str) -> bool {
    INNER.binary_search(&word).is_ok()
}

/// Whether `word` usually opens a sentence.
pub fn is_sentence_opener(word: &str) -> bool {
    SENTENCE_OPENERS.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        for table in [TITLES, INNER, SENTENCE_OPENERS] {
            assert!(table.windows(2).all(|pair| pair[0] < pair[1]), "{table:?}");
        }
    }
}
