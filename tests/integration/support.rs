//! Paths shared by the tests.

use std::path::PathBuf;

/// The project's own copy of the seed articles.
pub fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// The `shared/` folder beside the project (or `CROSSCHECK_SHARED`), if present.
/// Tests that need it print why they skip when it is absent.
pub fn shared(what: &str) -> Option<PathBuf> {
    let root = std::env::var_os("CROSSCHECK_SHARED")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"), PathBuf::from);
    let path = root.join(what);
    if path.exists() {
        Some(path)
    } else {
        eprintln!("skipped: {} is absent", path.display());
        None
    }
}

/// A fresh empty folder under the target directory, unique to `name`.
pub fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch folder");
    dir
}
