//! Every `sh` block of README.md not marked `<!-- not run: ... -->` runs
//! against a Prosody of its own, with `example.org` read as `localhost`,
//! so the README cannot drift from the CLI.
//!
//! In `$ `-prompt blocks each prompt line is one command and a following
//! `$ echo $?` with its printed value asserts the exit status; the lines
//! the README shows after a command are its output, and every JSON line
//! among them must have its shape (the same keys, for an array those of
//! its elements) in what the command printed. Other blocks run as one
//! script with `set -e -o pipefail`, so every command of it counts, not
//! only the last. A command passes when it ends within the time limit,
//! does not panic, and exits 0, 1 (a negative answer) or 7 (an error answer
//! the example shows) unless a status is asserted; 2 (usage) always fails.

use std::process::Command;
use std::time::Duration;

use crate::fixture::*;

struct Example {
    line: usize,
    script: String,
    expect: Option<i32>,
    /// The output the README shows for it.
    shown: Vec<String>,
}

/// The shape of a JSON value: an object's sorted keys, an array's
/// elements' shapes (of its first element), else its type.
fn shape(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            format!(
                "{{{}}}",
                keys.iter()
                    .map(|k| k.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            )
        }
        serde_json::Value::Array(a) => {
            format!("[{}]", a.first().map(shape).unwrap_or_default())
        }
        _ => "value".into(),
    }
}

/// The shapes of the JSON lines among `lines`.
fn json_shapes<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<String> {
    lines
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l.trim()).ok())
        .filter(|v| v.is_object() || v.is_array())
        .map(|v| shape(&v))
        .collect()
}

fn examples(readme: &str) -> Vec<Example> {
    let lines: Vec<&str> = readme.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i] != "```sh" {
            i += 1;
            continue;
        }
        let skip = i > 0 && lines[i - 1].starts_with("<!-- not run:");
        let start = i + 1;
        let mut end = start;
        while end < lines.len() && lines[end] != "```" {
            end += 1;
        }
        let block = &lines[start..end];
        if !skip {
            if block.iter().any(|l| l.starts_with("$ ")) {
                let mut j = 0;
                while j < block.len() {
                    if let Some(cmd) = block[j].strip_prefix("$ ") {
                        if cmd == "echo $?" {
                            let code = block.get(j + 1).and_then(|v| v.trim().parse().ok());
                            if let Some(last) = out.last_mut() {
                                let last: &mut Example = last;
                                last.expect = code;
                            }
                        } else {
                            out.push(Example {
                                line: start + j + 1,
                                script: cmd.to_string(),
                                expect: None,
                                shown: Vec::new(),
                            });
                        }
                    } else if let Some(last) = out.last_mut() {
                        if !block[j].is_empty() {
                            last.shown.push(block[j].to_string());
                        }
                    }
                    j += 1;
                }
            } else {
                out.push(Example {
                    line: start + 1,
                    script: format!("set -e -o pipefail\n{}", block.join("\n")),
                    expect: None,
                    shown: Vec::new(),
                });
            }
        }
        i = end + 1;
    }
    out
}

#[test]
fn readme_examples_run_against_a_real_server() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let examples = examples(&readme);
    assert!(
        examples.len() >= 25,
        "only {} runnable examples found",
        examples.len()
    );

    let own = OwnProsody::start();
    let p = &own.server;
    let password = "readme-password";
    for user in ["bot", "ops", "alice", "bob", "carol"] {
        let out = Command::new(repo().join("scripts/local-prosody"))
            .arg("adduser")
            .arg(&p.dir)
            .args([user, "localhost", password])
            .output()
            .unwrap();
        assert!(out.status.success());
    }
    let home = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let bin_dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(bin(), bin_dir.path().join("xmpp")).unwrap();
    let cfg_dir = home.path().join(".config/xmpp-cli");
    std::fs::create_dir_all(&cfg_dir).unwrap();
    let profile = |name: &str| {
        format!(
            "[accounts.{name}]\njid = \"bot@localhost\"\nserver = \"127.0.0.1:{}\"\nca_file = \"{}\"\npassword_command = \"printf %s {password}\"\n",
            p.c2s,
            p.ca().display()
        )
    };
    std::fs::write(
        cfg_dir.join("config.toml"),
        format!(
            "default = \"bot\"\n{}{}{}",
            profile("bot"),
            profile("alerts"),
            profile("admin")
        ),
    )
    .unwrap();
    // Files the examples read.
    std::fs::write(
        work.path().join("addresses.txt"),
        "alice@localhost\nbob@localhost\n",
    )
    .unwrap();
    std::fs::write(work.path().join("signups.txt"), "Carol@LocalHost\nbad@@x\n").unwrap();
    std::fs::write(
        work.path().join("roster-2026-11-01.json"),
        r#"[{"jid":"carol@localhost","name":"Carol","subscription":"none","ask":null,"groups":[]}]"#,
    )
    .unwrap();
    let path = format!(
        "{}:{}",
        bin_dir.path().display(),
        std::env::var("PATH").unwrap()
    );

    let mut failures = Vec::new();
    for ex in &examples {
        let script = ex.script.replace("example.org", "localhost");
        let mut cmd = Command::new("bash");
        cmd.arg("-c")
            .arg(&script)
            .current_dir(work.path())
            .env_clear()
            .env("PATH", &path)
            .env("HOME", home.path())
            .env("XMPP_TIMEOUT", "10");
        let child = cmd
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let out = wait_output(child, Duration::from_secs(60));
        let status = code(&out);
        let err = stderr(&out);
        let ok = match ex.expect {
            Some(wanted) => status == wanted,
            None => matches!(status, 0 | 1 | 7),
        } && !err.contains("panicked");
        // Every JSON line the README shows has its shape in the output.
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let printed = json_shapes(stdout.lines().chain(err.lines()));
        let shown = json_shapes(
            ex.shown
                .iter()
                .map(|s| s.replace("example.org", "localhost"))
                .collect::<Vec<_>>()
                .iter()
                .map(String::as_str),
        );
        // An empty array (nobody online) has no element to compare.
        let fits = |s: &String| {
            printed.contains(s) || (s.starts_with('[') && printed.iter().any(|p| p == "[]"))
        };
        let missing: Vec<&String> = shown.iter().filter(|s| !fits(s)).collect();
        if !missing.is_empty() {
            failures.push(format!(
                "README.md line {}: `{script}` printed no JSON of the shape shown: {missing:?} (printed {printed:?})",
                ex.line
            ));
        }
        if !ok {
            failures.push(format!(
                "README.md line {}: `{script}` exited {status} (expected {}): {err}",
                ex.line,
                ex.expect.map_or("0, 1 or 7".to_string(), |c| c.to_string())
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} README examples failed:\n{}",
        failures.len(),
        examples.len(),
        failures.join("\n")
    );
}
