//! Coreference within one document: one person is one speaker.
//!
//! Pronouns ("he", "they", "it"), definite descriptions ("the minister", "the
//! source") and surnames ("Asif") are resolved against the speakers seen so far,
//! most recent first, looking back over at most [`LOOK_BACK`] of them.

use super::{Speaker, SpeakerKind};
use crate::lexicon::speakers::{self, Number};

/// How many earlier speakers a mention is compared with.
const LOOK_BACK: usize = 12;

/// The speakers of a document so far, most recent last.
#[derive(Debug, Default)]
pub(super) struct Entities {
    seen: Vec<Speaker>,
}

/// Whether a speaker names several people ("sources", "officials").
fn is_plural(speaker: &Speaker) -> bool {
    let head = speaker.name.rsplit(' ').next().unwrap_or("").to_lowercase();
    speaker.kind == SpeakerKind::Organization
        || (speaker.kind == SpeakerKind::Anonymous && head.ends_with('s') && !head.ends_with("ss"))
}

impl Entities {
    fn recent(&self) -> impl Iterator<Item = &Speaker> {
        self.seen.iter().rev().take(LOOK_BACK)
    }

    /// The speaker a pronoun refers to, if any.
    fn pronoun(&self, number: Number) -> Option<&Speaker> {
        match number {
            Number::Person => {
                self.recent().find(|speaker| speaker.kind == SpeakerKind::Person).or_else(|| {
                    self.recent().find(|speaker| {
                        speaker.kind == SpeakerKind::Anonymous && !is_plural(speaker)
                    })
                })
            }
            Number::Thing => self.recent().find(|speaker| {
                matches!(speaker.kind, SpeakerKind::Organization | SpeakerKind::Outlet)
            }),
            Number::Plural => {
                // "They" is plural or an institution, or a singular source ("the official ... they added").
                let latest = self.seen.last().filter(|speaker| speaker.kind != SpeakerKind::Person);
                latest.or_else(|| self.recent().find(|speaker| is_plural(speaker)))
            }
            Number::Relative => None,
        }
    }

    /// The earlier speaker a definite description or surname names, if any.
    fn description(&self, speaker: &Speaker, definite: bool) -> Option<&Speaker> {
        let head = speaker.name.rsplit(' ').next().unwrap_or("").to_lowercase();
        match speaker.kind {
            SpeakerKind::Anonymous if definite && speaker.name.split(' ').count() <= 3 => {
                self.recent().find(|earlier| {
                    earlier.kind != SpeakerKind::Organization
                        && (earlier.role.as_deref().is_some_and(|role| {
                            role.to_lowercase().split(' ').any(|word| word == head)
                        }) || (earlier.kind == SpeakerKind::Anonymous
                            && (earlier.name.to_lowercase().ends_with(&head)
                                // "the source" takes up the latest unnamed source of the same number.
                                || (speakers::is_generic_source(&head)
                                    && is_plural(earlier) == head.ends_with('s')))))
                })
            }
            SpeakerKind::Organization | SpeakerKind::Person
                if !speaker.key.contains(' ') && !speaker.key.is_empty() =>
            {
                self.recent().find(|earlier| {
                    earlier.kind == SpeakerKind::Person
                        && earlier.key.rsplit(' ').next() == Some(speaker.key.as_str())
                })
            }
            SpeakerKind::Person => self.recent().find(|earlier| earlier.key == speaker.key),
            _ => None,
        }
    }

    /// Resolves `speaker` against the earlier ones and records it.
    /// `pronoun` is the pronoun of the mention, if it is one; `definite` says whether
    /// the mention opens with "the".
    pub fn resolve(
        &mut self,
        mut speaker: Speaker,
        pronoun: Option<&str>,
        definite: bool,
    ) -> Speaker {
        let earlier = match pronoun.and_then(speakers::pronoun) {
            Some(number) => self.pronoun(number).cloned(),
            None => self.description(&speaker, definite).cloned(),
        };
        if let Some(earlier) = earlier {
            speaker.name.clone_from(&earlier.name);
            speaker.key.clone_from(&earlier.key);
            speaker.kind = earlier.kind;
            // The first, fullest mention gives the role: "Defence Minister", not "minister".
            speaker.role = earlier.role.clone().or(speaker.role);
            speaker.affiliation = earlier.affiliation.clone().or(speaker.affiliation);
            if let Some(position) = self.seen.iter().rposition(|seen| seen.key == earlier.key) {
                self.seen.remove(position);
            }
            self.seen.push(earlier);
        } else if pronoun.is_none() {
            self.seen.push(speaker.clone());
        }
        speaker
    }
}
