//! Words that give a person's gender, for resolving "he" and "she".
//!
//! [`GENDERED_WORDS`] are courtesy titles, ranks of nobility and roles whose form
//! is marked for gender in English ("Mr", "Dame", "chairwoman", "queen"). Only
//! words that are unambiguous in news usage are listed: "Dr", "Prof", "chair",
//! "spokesperson" or "Count" are not. [`HONORIFICS`] are those of them that stand
//! before a surname ("Mr Blair", "Ms Tymoshenko"), so that a document's own
//! "Ms Rellie" tells the gender of the speaker "Jemima Rellie".
//!
//! [`GIVEN_NAMES`] are common English given names that are borne overwhelmingly
//! by one sex, so that "Jason Stilwell" is not taken for "she". Criteria: names
//! among the most frequent given names of adults in the UK and the US (the ONS
//! and Social Security birth-name rankings of the 20th century, as commonly
//! known; the list was written by hand, not copied), kept only when nearly all
//! bearers are of one sex. Names shared by both sexes (Alex, Chris, Jo, Kim,
//! Leslie, Robin, Sam, Jean, Terry, Jamie, Charlie) are left out, as are
//! non-English names whose gender a reader of English news could not tell. The
//! list is small on purpose: a name it lacks gives no gender, never a wrong one.
//!
//! All entries are lowercase and sorted; lookups lowercase the word and drop a
//! trailing full stop ("Mrs.") first.

/// A person's grammatical gender, as "he" or "she" refers to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// Referred to as "he".
    Male,
    /// Referred to as "she".
    Female,
}

/// Titles and role words marked for gender.
pub const GENDERED_WORDS: &[(&str, Gender)] = &[
    ("baron", Gender::Male),
    ("baroness", Gender::Female),
    ("businessman", Gender::Male),
    ("businesswoman", Gender::Female),
    ("chairman", Gender::Male),
    ("chairwoman", Gender::Female),
    ("congressman", Gender::Male),
    ("congresswoman", Gender::Female),
    ("councilman", Gender::Male),
    ("councilwoman", Gender::Female),
    ("dame", Gender::Female),
    ("duchess", Gender::Female),
    ("duke", Gender::Male),
    ("emir", Gender::Male),
    ("empress", Gender::Female),
    ("king", Gender::Male),
    ("lady", Gender::Female),
    ("lord", Gender::Male),
    ("madam", Gender::Female),
    ("miss", Gender::Female),
    ("mr", Gender::Male),
    ("mrs", Gender::Female),
    ("ms", Gender::Female),
    ("prince", Gender::Male),
    ("princess", Gender::Female),
    ("queen", Gender::Female),
    ("sheikh", Gender::Male),
    ("sir", Gender::Male),
    ("spokesman", Gender::Male),
    ("spokeswoman", Gender::Female),
    ("sultan", Gender::Male),
];

/// Common given names of one sex (see the module doc for the criteria).
pub const GIVEN_NAMES: &[(&str, Gender)] = &[
    ("aaron", Gender::Male),
    ("adam", Gender::Male),
    ("adrian", Gender::Male),
    ("alan", Gender::Male),
    ("albert", Gender::Male),
    ("alexander", Gender::Male),
    ("alfred", Gender::Male),
    ("alice", Gender::Female),
    ("alison", Gender::Female),
    ("amanda", Gender::Female),
    ("amy", Gender::Female),
    ("andrea", Gender::Female),
    ("andrew", Gender::Male),
    ("angela", Gender::Female),
    ("angus", Gender::Male),
    ("ann", Gender::Female),
    ("anna", Gender::Female),
    ("anne", Gender::Female),
    ("anthony", Gender::Male),
    ("arnold", Gender::Male),
    ("arthur", Gender::Male),
    ("barbara", Gender::Female),
    ("barry", Gender::Male),
    ("ben", Gender::Male),
    ("benjamin", Gender::Male),
    ("bernard", Gender::Male),
    ("betty", Gender::Female),
    ("bill", Gender::Male),
    ("billy", Gender::Male),
    ("bob", Gender::Male),
    ("boris", Gender::Male),
    ("brenda", Gender::Female),
    ("brian", Gender::Male),
    ("bruce", Gender::Male),
    ("carl", Gender::Male),
    ("carol", Gender::Female),
    ("caroline", Gender::Female),
    ("catherine", Gender::Female),
    ("charles", Gender::Male),
    ("charlotte", Gender::Female),
    ("christine", Gender::Female),
    ("christopher", Gender::Male),
    ("claire", Gender::Female),
    ("clare", Gender::Female),
    ("clive", Gender::Male),
    ("colin", Gender::Male),
    ("craig", Gender::Male),
    ("daniel", Gender::Male),
    ("darren", Gender::Male),
    ("david", Gender::Male),
    ("dean", Gender::Male),
    ("debbie", Gender::Female),
    ("deborah", Gender::Female),
    ("dennis", Gender::Male),
    ("derek", Gender::Male),
    ("diana", Gender::Female),
    ("diane", Gender::Female),
    ("dominic", Gender::Male),
    ("donald", Gender::Male),
    ("donna", Gender::Female),
    ("dorothy", Gender::Female),
    ("douglas", Gender::Male),
    ("duncan", Gender::Male),
    ("edward", Gender::Male),
    ("elizabeth", Gender::Female),
    ("ellen", Gender::Female),
    ("emily", Gender::Female),
    ("emma", Gender::Female),
    ("eric", Gender::Male),
    ("ernest", Gender::Male),
    ("fiona", Gender::Female),
    ("frank", Gender::Male),
    ("frederick", Gender::Male),
    ("gareth", Gender::Male),
    ("gary", Gender::Male),
    ("geoffrey", Gender::Male),
    ("george", Gender::Male),
    ("gerald", Gender::Male),
    ("gillian", Gender::Female),
    ("gordon", Gender::Male),
    ("graham", Gender::Male),
    ("gregory", Gender::Male),
    ("hannah", Gender::Female),
    ("harold", Gender::Male),
    ("harriet", Gender::Female),
    ("harry", Gender::Male),
    ("heather", Gender::Female),
    ("helen", Gender::Female),
    ("henry", Gender::Male),
    ("howard", Gender::Male),
    ("hugh", Gender::Male),
    ("ian", Gender::Male),
    ("jack", Gender::Male),
    ("jacob", Gender::Male),
    ("jacqueline", Gender::Female),
    ("james", Gender::Male),
    ("jane", Gender::Female),
    ("janet", Gender::Female),
    ("jason", Gender::Male),
    ("jeffrey", Gender::Male),
    ("jennifer", Gender::Female),
    ("jeremy", Gender::Male),
    ("jessica", Gender::Female),
    ("jim", Gender::Male),
    ("jimmy", Gender::Male),
    ("joan", Gender::Female),
    ("joanna", Gender::Female),
    ("joe", Gender::Male),
    ("john", Gender::Male),
    ("jonathan", Gender::Male),
    ("joseph", Gender::Male),
    ("judith", Gender::Female),
    ("julia", Gender::Female),
    ("julie", Gender::Female),
    ("karen", Gender::Female),
    ("kate", Gender::Female),
    ("katherine", Gender::Female),
    ("kathleen", Gender::Female),
    ("keith", Gender::Male),
    ("kenneth", Gender::Male),
    ("kevin", Gender::Male),
    ("larry", Gender::Male),
    ("laura", Gender::Female),
    ("lawrence", Gender::Male),
    ("liam", Gender::Male),
    ("linda", Gender::Female),
    ("lisa", Gender::Female),
    ("louise", Gender::Female),
    ("lucy", Gender::Female),
    ("malcolm", Gender::Male),
    ("margaret", Gender::Female),
    ("maria", Gender::Female),
    ("marie", Gender::Female),
    ("mark", Gender::Male),
    ("martin", Gender::Male),
    ("mary", Gender::Female),
    ("matthew", Gender::Male),
    ("melanie", Gender::Female),
    ("michael", Gender::Male),
    ("michelle", Gender::Female),
    ("mike", Gender::Male),
    ("nancy", Gender::Female),
    ("natalie", Gender::Female),
    ("neil", Gender::Male),
    ("nicholas", Gender::Male),
    ("nick", Gender::Male),
    ("nicola", Gender::Female),
    ("nigel", Gender::Male),
    ("oliver", Gender::Male),
    ("olivia", Gender::Female),
    ("patricia", Gender::Female),
    ("patrick", Gender::Male),
    ("paul", Gender::Male),
    ("pauline", Gender::Female),
    ("peter", Gender::Male),
    ("philip", Gender::Male),
    ("rachel", Gender::Female),
    ("raymond", Gender::Male),
    ("rebecca", Gender::Female),
    ("richard", Gender::Male),
    ("robert", Gender::Male),
    ("roger", Gender::Male),
    ("ronald", Gender::Male),
    ("rose", Gender::Female),
    ("roy", Gender::Male),
    ("russell", Gender::Male),
    ("ruth", Gender::Female),
    ("ryan", Gender::Male),
    ("sally", Gender::Female),
    ("sandra", Gender::Female),
    ("sarah", Gender::Female),
    ("scott", Gender::Male),
    ("sean", Gender::Male),
    ("sharon", Gender::Female),
    ("shirley", Gender::Female),
    ("simon", Gender::Male),
    ("sophie", Gender::Female),
    ("stephanie", Gender::Female),
    ("stephen", Gender::Male),
    ("steve", Gender::Male),
    ("steven", Gender::Male),
    ("stuart", Gender::Male),
    ("susan", Gender::Female),
    ("tessa", Gender::Female),
    ("theresa", Gender::Female),
    ("thomas", Gender::Male),
    ("timothy", Gender::Male),
    ("tom", Gender::Male),
    ("tony", Gender::Male),
    ("tracey", Gender::Female),
    ("trevor", Gender::Male),
    ("victor", Gender::Male),
    ("victoria", Gender::Female),
    ("vincent", Gender::Male),
    ("walter", Gender::Male),
    ("wayne", Gender::Male),
    ("wendy", Gender::Female),
    ("william", Gender::Male),
];

/// Gendered titles that stand before a person's name ("Mr", "Lady", "Sir").
pub const HONORIFICS: &[&str] =
    &["baron", "baroness", "dame", "lady", "lord", "miss", "mr", "mrs", "ms", "sir"];

/// The gender a title or role word marks, if any (any letter case, "Mrs." too).
pub fn of_word(word: &str) -> Option<Gender> {
    let lower = word.strip_suffix('.').unwrap_or(word).to_lowercase();
    GENDERED_WORDS
        .binary_search_by(|(entry, _)| entry.cmp(&lower.as_str()))
        .ok()
        .and_then(|index| GENDERED_WORDS.get(index))
        .map(|(_, gender)| *gender)
}

/// The gender a given name marks, if it is in [`GIVEN_NAMES`] (any letter case).
pub fn of_given_name(word: &str) -> Option<Gender> {
    let lower = word.to_lowercase();
    GIVEN_NAMES
        .binary_search_by(|(entry, _)| entry.cmp(&lower.as_str()))
        .ok()
        .and_then(|index| GIVEN_NAMES.get(index))
        .map(|(_, gender)| *gender)
}

/// The gender of `word` if it is a gendered title that stands before a name.
pub fn of_honorific(word: &str) -> Option<Gender> {
    // No honorific is longer than "baroness.": most words are turned away unread.
    if word.len() > 9 {
        return None;
    }
    // Turned away without allocating: the lookup folds the letter case itself.
    let stem = word.strip_suffix('.').unwrap_or(word);
    if super::contains(HONORIFICS, stem) { of_word(stem) } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        assert!(GENDERED_WORDS.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert!(HONORIFICS.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(GIVEN_NAMES.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert!(HONORIFICS.iter().all(|word| of_word(word).is_some()));
    }

    #[test]
    fn words_give_gender() {
        assert_eq!(of_word("Mrs."), Some(Gender::Female));
        assert_eq!(of_word("Chairman"), Some(Gender::Male));
        assert_eq!(of_word("chair"), None);
        assert_eq!(of_word("Dr"), None);
        assert_eq!(of_honorific("Ms"), Some(Gender::Female));
        // A role marks gender but does not stand before a surname.
        assert_eq!(of_honorific("spokesman"), None);
        assert_eq!(of_given_name("Jason"), Some(Gender::Male));
        assert_eq!(of_given_name("nicola"), Some(Gender::Female));
        // Names of both sexes give none.
        assert_eq!(of_given_name("Alex"), None);
        assert_eq!(of_given_name("Kim"), None);
    }
}
