//! Reading documents from files, folders and JSON Lines files.
//!
//! Reading never stops at the first bad input: every path given yields either
//! documents or an error naming it, so that a caller can process what is readable
//! and report the rest.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Document, Metadata};
use crate::error::{Error, Result};

/// How a document's bytes were turned into text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "encoding")]
#[non_exhaustive]
pub enum Decoding {
    /// Valid UTF-8, kept byte for byte (a byte-order mark included, so offsets match the file).
    #[default]
    Utf8,
    /// UTF-16 with a byte-order mark, converted to UTF-8: offsets are into the converted text.
    Utf16,
    /// Not valid UTF-8: invalid sequences were replaced by U+FFFD (and NUL bytes by
    /// spaces), so offsets after `first_invalid` no longer match the file.
    Lossy {
        /// Byte offset in the file of the first byte that was replaced.
        first_invalid: usize,
    },
}

/// Options for reading documents from disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadOptions {
    /// Read files that are not valid UTF-8 (or hold NUL bytes) anyway, replacing the
    /// bad bytes, instead of reporting an error.
    pub lossy: bool,
    /// Files larger than this many bytes are reported as errors instead of read.
    pub max_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions { lossy: false, max_bytes: 256 * 1024 * 1024 }
    }
}

/// What reading a list of paths gave: the documents, in input order, and one error
/// for each input that could not be read.
#[derive(Debug, Default)]
pub struct Inputs {
    /// Every document that was read.
    pub documents: Vec<Document>,
    /// Every input that could not be read, with the reason.
    pub errors: Vec<Error>,
}

/// Reads files, folders (their `*.txt` files in name order, not recursively) and JSON
/// Lines files (`.jsonl`, `.ndjson`: one `{id, text, outlet?, published?, title?, url?}`
/// per line).
///
/// Ids are file names without extension; when two documents would share an id, the
/// later one gets `~2`, `~3`, ... appended.
pub fn read_inputs<P: AsRef<Path>>(paths: &[P], options: &ReadOptions) -> Inputs {
    let mut inputs = Inputs::default();
    for path in paths {
        read_path(path.as_ref(), options, &mut inputs);
    }
    unique_ids(&mut inputs.documents);
    inputs
}

/// Appends `~2`, `~3`, ... to ids already taken, skipping suffixed ids that another
/// document has as its own id, so that every id is unique.
fn unique_ids(documents: &mut [Document]) {
    use std::collections::{HashMap, HashSet};
    let given: HashSet<String> = documents.iter().map(|document| document.id.clone()).collect();
    let mut taken: HashSet<String> = HashSet::with_capacity(documents.len());
    // The last suffix tried for each id, so that many duplicates stay linear.
    let mut last_suffix: HashMap<String, usize> = HashMap::new();
    for document in documents {
        if taken.insert(document.id.clone()) {
            continue;
        }
        let suffix = last_suffix.entry(document.id.clone()).or_insert(1);
        loop {
            *suffix += 1;
            let candidate = format!("{}~{suffix}", document.id);
            if !given.contains(&candidate) && taken.insert(candidate.clone()) {
                document.id = candidate;
                break;
            }
        }
    }
}

fn read_path(path: &Path, options: &ReadOptions, inputs: &mut Inputs) {
    let metadata = match fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(source) => return inputs.errors.push(Error::Io { path: path.to_path_buf(), source }),
    };
    if metadata.is_dir() {
        match text_files(path) {
            Ok(files) => {
                for file in files {
                    push(
                        inputs,
                        regular_file(&file).and_then(|()| Document::from_path(&file, options)),
                    );
                }
            }
            Err(error) => inputs.errors.push(error),
        }
    } else if is_json_lines(path) {
        match read_json_lines(path, options) {
            Ok((documents, errors)) => {
                inputs.documents.extend(documents);
                inputs.errors.extend(errors);
            }
            Err(error) => inputs.errors.push(error),
        }
    } else {
        push(inputs, Document::from_path(path, options));
    }
}

/// Checks that a file found in a folder is a regular file (following symbolic
/// links), so that a FIFO or a device named `x.txt` is reported rather than opened:
/// opening a FIFO blocks until something writes to it, and a device may never end.
/// A symbolic link that loops or dangles fails here with the system's reason.
fn regular_file(path: &Path) -> Result<()> {
    let io = |source| Error::Io { path: path.to_path_buf(), source };
    let metadata = fs::metadata(path).map_err(io)?;
    if metadata.is_file() {
        Ok(())
    } else {
        Err(io(std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a regular file")))
    }
}

fn push(inputs: &mut Inputs, result: Result<Document>) {
    match result {
        Ok(document) => inputs.documents.push(document),
        Err(error) => inputs.errors.push(error),
    }
}

fn is_json_lines(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("jsonl") || ext.eq_ignore_ascii_case("ndjson"))
}

/// The `*.txt` files of a folder, in name order.
fn text_files(folder: &Path) -> Result<Vec<PathBuf>> {
    let io = |source| Error::Io { path: folder.to_path_buf(), source };
    let mut files = Vec::new();
    for entry in fs::read_dir(folder).map_err(io)? {
        let path = entry.map_err(io)?.path();
        // `is_dir` follows links and is false when that fails, so a folder (or a link
        // to one) is skipped while a looping or dangling `x.txt` is kept, to be
        // reported when it is read.
        if path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("txt")) && !path.is_dir() {
            files.push(path);
        }
    }
    if files.is_empty() {
        return Err(Error::EmptyFolder { path: folder.to_path_buf() });
    }
    files.sort();
    Ok(files)
}

impl Document {
    /// Reads one plain-text file; the id is the file name without its extension.
    ///
    /// An empty file gives an empty document. A UTF-16 file with a byte-order mark is
    /// converted.
    ///
    /// # Errors
    ///
    /// [`Error::Io`] if the file cannot be read or is larger than
    /// [`ReadOptions::max_bytes`], [`Error::NotUtf8`] if it is not valid UTF-8 and
    /// [`Error::Binary`] if it holds a NUL byte, unless [`ReadOptions::lossy`] is set.
    pub fn from_path(path: impl AsRef<Path>, options: &ReadOptions) -> Result<Document> {
        let path = path.as_ref();
        let bytes = read_limited(path, options, true)?;
        let (text, decoding) = decode(path, bytes, options.lossy)?;
        let id = path
            .file_stem()
            .map_or_else(|| path.display().to_string(), |stem| stem.to_string_lossy().into_owned());
        Ok(Document::new(id, text).with_decoding(decoding))
    }
}

/// Reads a file, stopping once it is longer than [`ReadOptions::max_bytes`] (the size
/// the file system reports is checked first, but FIFOs and devices such as
/// `/dev/zero` report 0, so the limit also holds while reading) and, unless lossy
/// reading was asked for, at the first NUL byte of a file that is not UTF-16 (when
/// `stop_at_nul`).
fn read_limited(path: &Path, options: &ReadOptions, stop_at_nul: bool) -> Result<Vec<u8>> {
    use std::io::Read;
    let io = |source| Error::Io { path: path.to_path_buf(), source };
    let file = fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    let too_large =
        |size| Error::TooLarge { path: path.to_path_buf(), size, limit: options.max_bytes };
    if size > options.max_bytes {
        return Err(too_large(size));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    let mut limited = file.take(options.max_bytes.saturating_add(1));
    let mut chunk = vec![0; 64 * 1024];
    loop {
        let read = match limited.read(&mut chunk) {
            Ok(0) => break,
            Ok(read) => read,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(io(error)),
        };
        let before = bytes.len();
        bytes.extend_from_slice(chunk.get(..read).unwrap_or_default());
        let utf16 = matches!(bytes.get(..2), Some([0xFF, 0xFE] | [0xFE, 0xFF]));
        if stop_at_nul
            && !options.lossy
            && !utf16
            && let Some(nul) = bytes.get(before..).and_then(|new| new.iter().position(|&b| b == 0))
        {
            return Err(Error::Binary { path: path.to_path_buf(), offset: before + nul });
        }
    }
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > options.max_bytes {
        return Err(too_large(read));
    }
    Ok(bytes)
}

/// Turns a file's bytes into text, as [`Document::from_path`] describes.
fn decode(path: &Path, bytes: Vec<u8>, lossy: bool) -> Result<(String, Decoding)> {
    if let Some(text) = decode_utf16(&bytes) {
        return match text {
            Ok(text) => Ok((text, Decoding::Utf16)),
            Err(offset) if lossy => {
                let text = utf16_lossy(&bytes);
                Ok((text, Decoding::Lossy { first_invalid: offset }))
            }
            Err(offset) => Err(Error::NotUtf8 { path: path.to_path_buf(), offset }),
        };
    }
    let nul = bytes.iter().position(|&byte| byte == 0);
    match (String::from_utf8(bytes), nul) {
        (Ok(text), None) => Ok((text, Decoding::Utf8)),
        (Ok(_), Some(offset)) if !lossy => Err(Error::Binary { path: path.to_path_buf(), offset }),
        (Err(error), _) if !lossy => Err(Error::NotUtf8 {
            path: path.to_path_buf(),
            offset: error.utf8_error().valid_up_to(),
        }),
        (result, nul) => {
            let (text, invalid) = match result {
                Ok(text) => (text, None),
                Err(error) => {
                    let offset = error.utf8_error().valid_up_to();
                    (String::from_utf8_lossy(error.as_bytes()).into_owned(), Some(offset))
                }
            };
            let first_invalid = match (invalid, nul) {
                (Some(a), Some(b)) => a.min(b),
                (a, b) => a.or(b).unwrap_or(0),
            };
            Ok((text.replace('\0', " "), Decoding::Lossy { first_invalid }))
        }
    }
}

/// Decodes UTF-16 text that opens with a byte-order mark. `None` when there is no
/// such mark; `Some(Err(offset))` at the first bad code unit.
fn decode_utf16(bytes: &[u8]) -> Option<Result<String, usize>> {
    let big_endian = match bytes {
        [0xFF, 0xFE, ..] => false,
        [0xFE, 0xFF, ..] => true,
        _ => return None,
    };
    let units = utf16_units(bytes, big_endian);
    let mut text = String::with_capacity(bytes.len());
    for (index, unit) in char::decode_utf16(units).enumerate() {
        match unit {
            Ok(c) => text.push(c),
            Err(_) => return Some(Err(2 + 2 * index)),
        }
    }
    if bytes.len() % 2 == 1 {
        return Some(Err(bytes.len() - 1));
    }
    Some(Ok(text))
}

fn utf16_units(bytes: &[u8], big_endian: bool) -> impl Iterator<Item = u16> + '_ {
    bytes.get(2..).unwrap_or_default().chunks_exact(2).map(move |pair| {
        let pair = [pair[0], pair[1]];
        if big_endian { u16::from_be_bytes(pair) } else { u16::from_le_bytes(pair) }
    })
}

fn utf16_lossy(bytes: &[u8]) -> String {
    let big_endian = bytes.first() == Some(&0xFE);
    char::decode_utf16(utf16_units(bytes, big_endian))
        .map(|unit| unit.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// One line of a JSON Lines input.
#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<String>,
    paragraphs: Option<Vec<String>>,
    outlet: Option<String>,
    #[serde(alias = "date")]
    published: Option<String>,
    title: Option<String>,
    url: Option<String>,
}

type Read = (Vec<Document>, Vec<Error>);

/// Reads a JSON Lines file. Each line is decoded on its own, so that a line that is
/// not UTF-8 (or holds a NUL byte) is one bad record rather than a lost file; a
/// UTF-16 file (with a byte-order mark) is decoded whole.
fn read_json_lines(path: &Path, options: &ReadOptions) -> Result<Read> {
    let bytes = read_limited(path, options, false)?;
    let stem =
        path.file_stem().map_or_else(String::new, |stem| stem.to_string_lossy().into_owned());
    let mut documents = Vec::new();
    let mut errors = Vec::new();
    let mut record = |index: usize, line: Result<&str, String>| {
        let bad = |message: String| Error::BadRecord {
            path: path.to_path_buf(),
            line: index + 1,
            message,
        };
        match line.and_then(|line| record_document(line, &stem, index + 1)) {
            Ok(document) => documents.push(document),
            Err(message) => errors.push(bad(message)),
        }
    };
    if matches!(bytes.get(..2), Some([0xFF, 0xFE] | [0xFE, 0xFF])) {
        let (text, _) = decode(path, bytes, options.lossy)?;
        for (index, line) in text.lines().enumerate() {
            if !line.trim().is_empty() {
                record(index, Ok(line));
            }
        }
        return Ok((documents, errors));
    }
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    for (index, line) in body.split(|&byte| byte == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let lossy;
        let text = match std::str::from_utf8(line) {
            Ok(text) => Ok(text),
            Err(_) if options.lossy => {
                lossy = String::from_utf8_lossy(line);
                Ok(lossy.as_ref())
            }
            Err(error) => Err(format!(
                "not valid UTF-8: invalid byte at offset {} of the line",
                error.valid_up_to()
            )),
        };
        record(index, text);
    }
    Ok((documents, errors))
}

fn record_document(line: &str, stem: &str, line_number: usize) -> Result<Document, String> {
    let record: Record = serde_json::from_str(line).map_err(|error| error.to_string())?;
    let text = match (record.text, record.paragraphs) {
        (Some(text), _) => text,
        (None, Some(paragraphs)) => paragraphs.join("\n\n"),
        (None, None) => return Err("missing field `text`".to_string()),
    };
    let id = match record.id {
        Some(serde_json::Value::String(id)) => id,
        Some(other) => other.to_string(),
        None => format!("{stem}:{line_number}"),
    };
    let published = match record.published {
        Some(date) => Some(
            date.get(..10)
                .and_then(|day| day.parse().ok())
                .ok_or_else(|| format!("`published` is not a YYYY-MM-DD date: {date:?}"))?,
        ),
        None => None,
    };
    let metadata =
        Metadata { outlet: record.outlet, published, title: record.title, url: record.url };
    Ok(Document::new(id, text).with_metadata(metadata))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Hé".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        let (text, decoding) =
            decode(Path::new("x"), bytes, false).map_err(|e| e.to_string()).unwrap();
        assert_eq!((text.as_str(), decoding), ("Hé", Decoding::Utf16));
    }

    #[test]
    fn rejects_or_mends_bad_bytes() {
        let bytes = b"ok \xE9t\xE9".to_vec();
        let error = decode(Path::new("f.txt"), bytes.clone(), false).err().map(|e| e.to_string());
        assert_eq!(error.as_deref(), Some("f.txt is not valid UTF-8: invalid byte at offset 3"));
        let (text, decoding) =
            decode(Path::new("f.txt"), bytes, true).map_err(|e| e.to_string()).unwrap();
        assert_eq!(text, "ok \u{FFFD}t\u{FFFD}");
        assert_eq!(decoding, Decoding::Lossy { first_invalid: 3 });
        let error =
            decode(Path::new("b.bin"), b"a\0b".to_vec(), false).err().map(|e| e.to_string());
        assert_eq!(error.as_deref(), Some("b.bin looks binary: NUL byte at offset 1"));
    }

    #[test]
    fn records() {
        let document = record_document(
            r#"{"id": 7, "paragraphs": ["A.", "B."], "date": "2020-01-02"}"#,
            "w",
            1,
        )
        .unwrap();
        assert_eq!((document.id(), document.text()), ("7", "A.\n\nB."));
        assert_eq!(document.published().map(|d| d.to_string()).as_deref(), Some("2020-01-02"));
        assert!(record_document(r#"{"id": "x"}"#, "w", 1).is_err());
        assert!(record_document("{", "w", 1).is_err());
    }
}
