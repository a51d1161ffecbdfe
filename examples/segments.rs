//! Prints the layout blocks and sentences of the given files, one per line.
//!
//! `cargo run --example segments -- seeds/004_eca7734661417a70.txt`

use crosscheck::{ReadOptions, read_inputs, text};

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let inputs = read_inputs(&paths, &ReadOptions::default());
    for error in &inputs.errors {
        eprintln!("{error}");
    }
    for document in &inputs.documents {
        println!(
            "# {} (published {:?}, title {:?})",
            document.id(),
            document.published(),
            document.title()
        );
        for segment in text::segments(document) {
            let kind = format!("{:?}", segment.kind);
            println!(
                "{kind:<18} {:>5}..{:<5} {}",
                segment.span.start,
                segment.span.end,
                &document.text()[segment.span]
            );
        }
    }
}
