//! The `crosscheck` command line (work in progress).
fn main() {}
