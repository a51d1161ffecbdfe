//! The `crosscheck` command line: a thin shell over the library.
//!
//! Exit codes: 0 on success, 1 when an input could not be read (every readable
//! input is still processed and reported), 2 on a usage error.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use crosscheck::matcher::Reconciliation;
use crosscheck::report::{self, Failure, Format, Run};
use crosscheck::{Claim, Document, Extractor, Matcher, ReadOptions, read_inputs};
use rayon::prelude::*;

/// Extract attributed figures from news articles and reconcile them across outlets.
#[derive(Parser)]
#[command(name = "crosscheck", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List the claims of each article: speaker, outlet, figure.
    Extract {
        #[command(flatten)]
        input: Input,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExtractFormat::Text)]
        format: ExtractFormat,
    },
    /// Match claims about the same fact across articles and flag conflicting figures.
    Reconcile {
        #[command(flatten)]
        input: Input,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ReconcileFormat::Text)]
        format: ReconcileFormat,
    },
}

#[derive(clap::Args)]
struct Input {
    /// Files, folders (their *.txt files) or JSON Lines files (.jsonl) of articles.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Read files that are not valid UTF-8 anyway, replacing invalid bytes (a warning names each file).
    #[arg(long)]
    lossy: bool,
    /// Worker threads (default: one per core). The output is the same for any number.
    #[arg(long)]
    threads: Option<usize>,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    /// A listing for people.
    Text,
    /// One claim per line, as spec/json-output.md describes.
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum)]
enum ReconcileFormat {
    /// A side-by-side table for people in a terminal.
    Text,
    /// One JSON object, as spec/json-output.md describes.
    Json,
    /// Markdown.
    Markdown,
    /// A standalone HTML page.
    Html,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (input, format, reconcile) = match cli.command {
        Command::Extract { input, format } => {
            let format = match format {
                ExtractFormat::Text => Format::Text,
                ExtractFormat::Jsonl => Format::Jsonl,
            };
            (input, format, false)
        }
        Command::Reconcile { input, format } => {
            let format = match format {
                ReconcileFormat::Text => Format::Text,
                ReconcileFormat::Json => Format::Json,
                ReconcileFormat::Markdown => Format::Markdown,
                ReconcileFormat::Html => Format::Html,
            };
            (input, format, true)
        }
    };
    if let Some(threads) = input.threads
        && let Err(error) = rayon::ThreadPoolBuilder::new().num_threads(threads).build_global()
    {
        eprintln!("crosscheck: cannot start {threads} threads: {error}");
        return ExitCode::from(2);
    }
    match run(&input, format, reconcile) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("crosscheck: cannot write the output: {error}");
            ExitCode::from(1)
        }
    }
}

/// Reads, extracts, matches and writes; `Ok(false)` when some input could not be read.
fn run(input: &Input, format: Format, reconcile: bool) -> io::Result<bool> {
    let options = ReadOptions { lossy: input.lossy, ..ReadOptions::default() };
    let inputs = read_inputs(&input.paths, &options);
    let failures: Vec<Failure> = inputs
        .errors
        .iter()
        .map(|error| {
            eprintln!("crosscheck: {}", error_chain(error));
            Failure { input: error_input(error), error: error_chain(error) }
        })
        .collect();
    for document in &inputs.documents {
        if let crosscheck::document::Decoding::Lossy { first_invalid } = document.decoding() {
            eprintln!(
                "crosscheck: warning: {} is not valid UTF-8 from byte {first_invalid}; invalid bytes were replaced",
                document.id()
            );
        }
    }
    let documents: &[Document] = &inputs.documents;
    let extractor = Extractor::new();
    let claims: Vec<Claim> =
        documents.par_iter().flat_map_iter(|document| extractor.extract(document)).collect();
    let outcome =
        if reconcile { Matcher::new().reconcile_all(&claims) } else { Reconciliation::default() };
    let run = Run {
        documents,
        claims: &claims,
        facts: &outcome.facts,
        failures: &failures,
        capped: &outcome.capped,
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if reconcile {
        report::write_reconcile(&mut out, format, &run)?;
    } else {
        report::write_extract(&mut out, format, &run)?;
    }
    out.flush()?;
    if io::stderr().is_terminal() && !failures.is_empty() {
        eprintln!(
            "crosscheck: {} of {} inputs could not be read",
            failures.len(),
            failures.len() + documents.len()
        );
    }
    Ok(failures.is_empty())
}

/// The error with its causes, on one line.
fn error_chain(error: &crosscheck::Error) -> String {
    let mut message = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}

/// The input an error is about.
fn error_input(error: &crosscheck::Error) -> String {
    use crosscheck::Error;
    match error {
        Error::Io { path, .. }
        | Error::NotUtf8 { path, .. }
        | Error::Binary { path, .. }
        | Error::TooLarge { path, .. }
        | Error::EmptyFolder { path }
        | Error::BadRecord { path, .. } => path.display().to_string(),
        _ => String::new(),
    }
}
