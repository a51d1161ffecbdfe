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
    let progress = Progress::start();
    progress.stage("reading the inputs", true);
    let mut inputs = read_inputs(&input.paths, &options);
    // By id (a stable sort), so that the output is the same whatever order the
    // inputs were given in.
    inputs.documents.sort_by(|a, b| a.id().cmp(b.id()));
    progress.extracting(inputs.documents.len());
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
    let matcher = Matcher::builder().max_block(MAX_BLOCK).build().unwrap_or_default();
    // A claim the matcher does not consider is never in a fact, so `reconcile`
    // keeps only the others (a third of a large corpus's claims, and most of the
    // memory at a million claims) and counts them all for the report.
    let extracted = std::sync::atomic::AtomicUsize::new(0);
    let claims: Vec<Claim> = documents
        .par_iter()
        .flat_map_iter(|document| {
            let mut claims = extractor.extract(document);
            progress.tick();
            extracted.fetch_add(claims.len(), std::sync::atomic::Ordering::Relaxed);
            if reconcile {
                claims.retain(|claim| matcher.considers(claim));
            }
            claims
        })
        .collect();
    let extracted = extracted.into_inner();
    progress.stage(&format!("matching {} claims", claims.len()), reconcile);
    let outcome =
        if reconcile { matcher.reconcile_all(&claims) } else { Reconciliation::default() };
    progress.finish();
    note_capped(&outcome.capped);
    let run = Run {
        documents,
        claims: &claims,
        facts: &outcome.facts,
        failures: &failures,
        capped: &outcome.capped,
        extracted: Some(extracted),
    };
    let stdout = io::stdout();
    // A large buffer: a report of a million claims is over a gigabyte of JSON.
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
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

/// Says on stderr which blocks were over the size cap and split: claims of those
/// topics may be spread over several facts. A long list is cut short.
fn note_capped(capped: &[crosscheck::matcher::CappedBlock]) {
    const SHOWN: usize = 10;
    for block in capped.iter().take(SHOWN) {
        eprintln!(
            "crosscheck: note: block '{}' had {} claims; split into {} pieces of at most {} (by date and place, then in claim order)",
            block.topic,
            thousands(block.claims),
            thousands(block.pieces),
            MAX_BLOCK
        );
    }
    if capped.len() > SHOWN {
        let claims: usize = capped.iter().skip(SHOWN).map(|block| block.claims).sum();
        eprintln!(
            "crosscheck: note: {} more blocks ({} claims) were split; the JSON report lists them all under \"capped\"",
            thousands(capped.len() - SHOWN),
            thousands(claims)
        );
    }
}

/// The block size cap: pairs scored per claim are at most this, so time and
/// memory stay linear in claims however many share one topic.
const MAX_BLOCK: usize = 256;

/// A count with thousands separators: 12,000.
fn thousands(value: usize) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// Progress on stderr for long runs, only when stderr is a terminal (pipes, files
/// and tests stay clean): documents extracted, then the matching stage, redrawn in
/// place on one line by a thread that wakes five times a second. A few lines of
/// code do this; a progress-bar crate would add dependencies for no more.
struct Progress {
    shared: Option<std::sync::Arc<ProgressState>>,
    painter: Option<std::thread::JoinHandle<()>>,
}

struct ProgressState {
    total: std::sync::atomic::AtomicUsize,
    done: std::sync::atomic::AtomicUsize,
    stage: std::sync::Mutex<String>,
    stop: std::sync::atomic::AtomicBool,
}

impl Progress {
    fn start() -> Progress {
        if !io::stderr().is_terminal() {
            return Progress { shared: None, painter: None };
        }
        let shared = std::sync::Arc::new(ProgressState {
            total: std::sync::atomic::AtomicUsize::new(0),
            done: std::sync::atomic::AtomicUsize::new(0),
            stage: std::sync::Mutex::new(String::new()),
            stop: std::sync::atomic::AtomicBool::new(false),
        });
        let view = std::sync::Arc::clone(&shared);
        let started = std::time::Instant::now();
        let painter = std::thread::spawn(move || {
            use std::sync::atomic::Ordering;
            // Short runs finish before the first line would be drawn and print nothing.
            let mut drawn = false;
            while !view.stop.load(Ordering::Relaxed) {
                std::thread::sleep(std::time::Duration::from_millis(200));
                if started.elapsed() < std::time::Duration::from_secs(1) {
                    continue;
                }
                let stage = view.stage.lock().map(|stage| stage.clone()).unwrap_or_default();
                let line = if stage.is_empty() {
                    let done = view.done.load(Ordering::Relaxed);
                    let total = view.total.load(Ordering::Relaxed);
                    format!(
                        "extracting: {} of {} documents ({}%)",
                        thousands(done),
                        thousands(total),
                        done * 100 / total.max(1)
                    )
                } else {
                    stage
                };
                eprint!("\r\x1b[2K{line} [{:.0?}]", started.elapsed());
                drawn = true;
            }
            if drawn {
                eprint!("\r\x1b[2K");
            }
        });
        Progress { shared: Some(shared), painter: Some(painter) }
    }

    /// Reading is done: extraction of `total` documents starts.
    fn extracting(&self, total: usize) {
        if let Some(shared) = &self.shared {
            shared.total.store(total, std::sync::atomic::Ordering::Relaxed);
            if let Ok(mut stage) = shared.stage.lock() {
                stage.clear();
            }
        }
    }

    /// One more document extracted.
    fn tick(&self) {
        if let Some(shared) = &self.shared {
            shared.done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
    }

    /// The next stage, shown instead of the document count when `shown`.
    fn stage(&self, name: &str, shown: bool) {
        if let Some(shared) = &self.shared
            && shown
            && let Ok(mut stage) = shared.stage.lock()
        {
            name.clone_into(&mut stage);
        }
    }

    /// Stops and clears the line.
    fn finish(mut self) {
        if let Some(shared) = &self.shared {
            shared.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        if let Some(painter) = self.painter.take() {
            let _ = painter.join();
        }
    }
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
