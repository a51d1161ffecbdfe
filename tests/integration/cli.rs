//! The command line: exit codes, and every readable input processed.

use std::fs;
use std::process::{Command, Output};

use crate::support;

fn crosscheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck")).args(args).output().expect("run crosscheck")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(crosscheck(&[]).status.code(), Some(2));
    assert_eq!(crosscheck(&["extract"]).status.code(), Some(2));
    assert_eq!(crosscheck(&["extract", "--format", "yaml", "x"]).status.code(), Some(2));
    assert_eq!(crosscheck(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn seeds_run_cleanly() {
    let seeds = support::seeds();
    let seeds = seeds.to_str().expect("utf-8 path");
    for args in [
        ["extract", "--format", "jsonl", seeds],
        ["extract", "--format", "text", seeds],
        ["reconcile", "--format", "json", seeds],
        ["reconcile", "--format", "text", seeds],
        ["reconcile", "--format", "markdown", seeds],
        ["reconcile", "--format", "html", seeds],
    ] {
        let output = crosscheck(&args);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {}", stderr(&output));
        assert!(stderr(&output).is_empty(), "{args:?}: {}", stderr(&output));
    }
}

#[test]
fn unreadable_input_exits_1_and_the_rest_is_processed() {
    let dir = support::scratch("cli_mixed");
    fs::write(dir.join("good.txt"), "Talks resumed on Monday, officials said.").expect("write");
    fs::write(dir.join("bad.txt"), b"Caf\xe9").expect("write");
    let dir_arg = dir.to_str().expect("utf-8 path");
    let output = crosscheck(&["extract", "--format", "text", dir_arg]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("bad.txt is not valid UTF-8: invalid byte at offset 3"),
        "{}",
        stderr(&output)
    );
    assert!(stdout(&output).contains("good"), "{}", stdout(&output));

    let output = crosscheck(&["extract", "--lossy", "--format", "text", dir_arg]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("warning: bad is not valid UTF-8 from byte 3"),
        "{}",
        stderr(&output)
    );
    assert!(stdout(&output).contains("bad"));

    let missing = dir.join("missing.txt");
    let output =
        crosscheck(&["reconcile", "--format", "json", dir_arg, missing.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("missing.txt"));
}

#[test]
fn empty_folder_is_a_clear_error() {
    let dir = support::scratch("cli_empty_folder");
    let output = crosscheck(&["extract", dir.to_str().expect("utf-8 path")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("contains no .txt files"), "{}", stderr(&output));
}

#[test]
fn empty_file_is_processed() {
    let dir = support::scratch("cli_empty_file");
    fs::write(dir.join("empty.txt"), "").expect("write");
    let output = crosscheck(&["extract", "--format", "jsonl", dir.to_str().expect("utf-8 path")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn output_is_the_same_for_any_thread_count() {
    let seeds = support::seeds();
    let seeds = seeds.to_str().expect("utf-8 path");
    for (verb, format) in [("extract", "jsonl"), ("extract", "text"), ("reconcile", "json")] {
        let outputs: Vec<Output> = ["1", "3"]
            .iter()
            .map(|threads| crosscheck(&[verb, "--format", format, "--threads", threads, seeds]))
            .collect();
        assert_eq!(outputs[0].status.code(), Some(0), "{}", stderr(&outputs[0]));
        assert_eq!(stdout(&outputs[0]), stdout(&outputs[1]), "{verb} --format {format}");
    }
}

#[test]
fn one_thread_and_two_give_the_same_bytes() {
    // Many reports of the same stories, so blocks hold many claims and the
    // matcher's parallel work is exercised; each copy has its own publication day.
    let dir = support::scratch("cli_threads");
    let mut copies = 0;
    for entry in fs::read_dir(support::seeds()).expect("seeds") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|ext| ext != "txt") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("read seed");
        for copy in 0..8 {
            let name =
                format!("{copy}-{}", path.file_name().and_then(|n| n.to_str()).unwrap_or("x"));
            let edited = text.replace("2025", &format!("{}", 2017 + copy));
            fs::write(dir.join(name), edited).expect("write copy");
            copies += 1;
        }
    }
    assert!(copies >= 8, "seeds copied: {copies}");
    let dir = dir.to_str().expect("utf-8 path");
    for args in [
        ["reconcile", "--format", "json", dir],
        ["reconcile", "--format", "text", dir],
        ["extract", "--format", "jsonl", dir],
    ] {
        let mut outputs = Vec::new();
        for threads in ["1", "2"] {
            let mut with_threads = args.to_vec();
            with_threads.extend(["--threads", threads]);
            let output = crosscheck(&with_threads);
            assert_eq!(output.status.code(), Some(0), "{args:?}: {}", stderr(&output));
            outputs.push(output.stdout);
        }
        assert!(!outputs[0].is_empty());
        assert!(outputs[0] == outputs[1], "{args:?}: one thread and two differ");
    }
}
