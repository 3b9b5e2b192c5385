//! Issue 28's sweep: every subcommand × every option that takes a value ×
//! a table of hostile values. Whatever the value, `xmpp` ends (within a
//! bound), never panics or aborts (101, 134), exits with a code SPEC
//! defines, and says at most one line of error (the JSON object under
//! `--json`). Nothing listens where it connects (127.0.0.1:1), so a value
//! that passes its checks ends in a network error.

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::time::Duration;

use clap::CommandFactory;

use crate::fixture::*;

/// The hostile values: empty, huge, negative, not a number, overflowing,
/// a control and a bidi character, 100 kB, and bytes that are not UTF-8.
fn values() -> Vec<(&'static str, OsString)> {
    vec![
        ("empty", OsString::new()),
        ("negative", "-1".into()),
        ("NaN", "NaN".into()),
        ("huge number", "99999999999999999999999".into()),
        ("control", "a\u{1}b".into()),
        ("bidi", "a\u{202e}b".into()),
        ("100 kB", "x".repeat(100_000).into()),
        ("not UTF-8", OsString::from_vec(b"a\xffb".to_vec())),
    ]
}

/// Every (subcommand path, long option) that takes a value. `man --dir`
/// writes where it is told and is left out; the global options are tried
/// once, on `ping`.
fn cases() -> Vec<(Vec<String>, String)> {
    fn walk(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<(Vec<String>, String)>) {
        for arg in cmd.get_arguments() {
            let takes_value = arg.get_action().takes_values();
            let Some(long) = arg.get_long() else { continue };
            if !takes_value || arg.is_global_set() || long == "dir" {
                continue;
            }
            out.push((path.clone(), long.to_string()));
        }
        for sub in cmd.get_subcommands() {
            if sub.get_name() == "help" {
                continue;
            }
            let mut p = path.clone();
            p.push(sub.get_name().to_string());
            walk(sub, p, out);
        }
    }
    let root = xmpp_cli::cli::Cli::command();
    let mut out = Vec::new();
    walk(&root, Vec::new(), &mut out);
    for arg in root.get_arguments() {
        if let (Some(long), true) = (arg.get_long(), arg.get_action().takes_values()) {
            out.push((vec!["ping".to_string()], long.to_string()));
        }
    }
    out
}

/// One run: its failure, if any.
fn one(
    path: &[String],
    flag: &str,
    value: &OsString,
    json: bool,
    home: &std::path::Path,
) -> Option<String> {
    let mut cmd = xmpp_clean();
    cmd.env("HOME", home).env("XMPP_PASSWORD", "x").args([
        "--server",
        "127.0.0.1:1",
        "--jid",
        "a@localhost",
        "--timeout",
        "3",
    ]);
    if json {
        cmd.arg("--json");
    }
    cmd.args(path).arg(format!("--{flag}")).arg(value);
    cmd.stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let child = cmd.spawn().expect("spawn xmpp");
    let out = wait_output(child, Duration::from_secs(30));
    let code = code(&out);
    let err = stderr(&out);
    // Reports stay readable: a 100 kB value is cut.
    let shown: String = err.chars().take(400).collect();
    let what = format!("xmpp {} --{flag} <{}>", path.join(" "), value.len());
    if matches!(code, 101 | 134) || err.contains("panicked") {
        return Some(format!("{what}: exit {code}: {shown}"));
    }
    if !matches!(code, 0..=7 | 130) {
        return Some(format!(
            "{what}: exit {code}, not a code SPEC defines: {shown}"
        ));
    }
    // Our error lines; what a child of ours says (a password command's
    // own stderr) is not ours.
    let errors: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("xmpp: ") || l.starts_with('{'))
        .filter(|l| !l.starts_with("xmpp: warning:") && !l.starts_with("xmpp: info:"))
        .collect();
    if code != 0 && errors.len() != 1 {
        return Some(format!(
            "{what}: exit {code} with {} lines of error: {shown}",
            errors.len()
        ));
    }
    if code != 0
        && json
        && serde_json::from_str::<serde_json::Value>(errors[0])
            .map_or(true, |v| v["error"]["code"] != code)
    {
        return Some(format!(
            "{what}: exit {code}, not the JSON error object: {shown}"
        ));
    }
    None
}

#[test]
fn every_value_taking_option_survives_hostile_values() {
    let cases = cases();
    assert!(cases.len() > 40, "only {} options found", cases.len());
    let values = values();
    let home = tempfile::tempdir().unwrap();
    let mut runs = Vec::new();
    for (path, flag) in &cases {
        for (i, (_, value)) in values.iter().enumerate() {
            // JSON for every other value: both forms of the error line.
            runs.push((path.clone(), flag.clone(), value.clone(), i % 2 == 1));
        }
    }
    let total = runs.len();
    let failures: Vec<String> = runs
        .chunks(total.div_ceil(4))
        .map(|chunk| chunk.to_vec())
        .collect::<Vec<_>>()
        .into_iter()
        .map(|chunk| {
            let home = home.path().to_path_buf();
            std::thread::spawn(move || {
                chunk
                    .iter()
                    .filter_map(|(p, f, v, j)| one(p, f, v, *j, &home))
                    .collect::<Vec<_>>()
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {total} runs failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
