//! The one error type of the crate.

use std::path::PathBuf;

/// What can go wrong when crosscheck reads input or is configured.
///
/// Finding nothing in a text is never an error: it gives an empty `Vec` or `None`.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read.
    #[error("cannot read {}", path.display())]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A file is not valid UTF-8 (and lossy reading was not asked for).
    #[error("{} is not valid UTF-8: invalid byte at offset {offset}", path.display())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// A file holds a NUL byte, so it is probably not text (and lossy reading was not asked for).
    #[error("{} looks binary: NUL byte at offset {offset}", path.display())]
    Binary {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
    /// A file is larger than the configured limit.
    #[error("{} is too large: {size} bytes, the limit is {limit}", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// A folder holds no `.txt` file.
    #[error("{} contains no .txt files", path.display())]
    EmptyFolder {
        /// The folder.
        path: PathBuf,
    },
    /// A line of a JSON Lines input is not a valid document record.
    #[error("{}:{line}: invalid document record: {message}", path.display())]
    BadRecord {
        /// The JSON Lines file.
        path: PathBuf,
        /// One-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// A configuration value is out of its allowed range.
    #[error("{name} must be {expected}, got {value}")]
    Setting {
        /// The setting's name.
        name: &'static str,
        /// The allowed range, in words.
        expected: &'static str,
        /// The rejected value.
        value: f64,
    },
}

/// A `Result` whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
