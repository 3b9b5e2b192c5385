//! `xmpp jid validate | split | normalize` as scripts use them.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::fixture::*;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ValidateLine {
    line: u64,
    input: String,
    valid: bool,
    normalized: Option<String>,
    error: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SplitLine {
    input: String,
    local: Option<String>,
    domain: Option<String>,
    resource: Option<String>,
    bare: Option<String>,
    full: Option<String>,
    error: Option<String>,
}

fn parse<T: for<'a> Deserialize<'a>>(out: &[u8]) -> Vec<T> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect()
}

fn jid_cmd(args: &[&str]) -> std::process::Command {
    let mut c = xmpp_clean();
    c.args(args);
    c
}

#[test]
fn validate_arguments_human_and_exit_codes() {
    let out = run(&mut jid_cmd(&[
        "jid",
        "validate",
        "alice@example.org",
        "Bob@Example.ORG/x",
    ]));
    assert_eq!(code(&out), 0);
    assert!(out.stdout.is_empty());
    assert!(
        stderr(&out).contains("2 JIDs checked, all valid"),
        "{}",
        stderr(&out)
    );

    let out = run(&mut jid_cmd(&[
        "jid",
        "validate",
        "alice@example.org",
        "a@@b",
        "x y@z",
    ]));
    assert_eq!(code(&out), 1);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "2: a@@b: forbidden character '@' in local part\n3: x y@z: forbidden character U+0020 in local part\n"
    );
    assert!(stderr(&out).contains("2 of 3 JIDs invalid"));

    // --quiet: nothing at all, only the exit status.
    let out = run(&mut jid_cmd(&["-q", "jid", "validate", "a@@b"]));
    assert_eq!(code(&out), 1);
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    let out = run(&mut jid_cmd(&["jid", "validate", "--quiet", "a@b"]));
    assert_eq!(code(&out), 0);
    assert!(out.stdout.is_empty() && out.stderr.is_empty());

    // Usage errors are 2.
    let out = run(&mut jid_cmd(&["jid", "validate", "--jobs", "0", "a@b"]));
    assert_eq!(code(&out), 2);
    let out = run(&mut jid_cmd(&["jid", "validate", "--bogus"]));
    assert_eq!(code(&out), 2);
}

#[test]
fn validate_stdin_json_with_crlf_non_utf8_nul_and_long_lines() {
    let mut input = b"Alice@Example.ORG/Phone\r\nbad@@x\n\xff\xfe@x\na\0b@x\n".to_vec();
    input.extend(std::iter::repeat_n(b'z', 1 << 20));
    input.extend_from_slice(b"\nlast@x.org");
    let out = run_with_input(&mut jid_cmd(&["jid", "validate", "--json"]), &input);
    assert_eq!(code(&out), 1);
    let lines: Vec<ValidateLine> = parse(&out.stdout);
    assert_eq!(lines.len(), 6);
    assert_eq!(
        lines.iter().map(|l| l.line).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5, 6]
    );
    assert_eq!(lines[0].input, "Alice@Example.ORG/Phone");
    assert!(lines[0].valid);
    assert_eq!(
        lines[0].normalized.as_deref(),
        Some("alice@example.org/Phone")
    );
    assert_eq!(lines[0].error, None);
    assert!(!lines[1].valid);
    assert_eq!(lines[1].normalized, None);
    assert_eq!(lines[2].error.as_deref(), Some("not valid UTF-8"));
    assert_eq!(
        lines[3].error.as_deref(),
        Some("forbidden character U+0000 in local part")
    );
    assert_eq!(
        lines[4].error.as_deref(),
        Some("JID longer than 3071 bytes")
    );
    assert_eq!(lines[5].normalized.as_deref(), Some("last@x.org"));
    let err: serde_json::Value = serde_json::from_str(stderr(&out).trim()).unwrap();
    assert_eq!(err["error"]["code"], 1);
}

#[test]
fn parallel_output_keeps_input_order() {
    let input: String = (0..60_000)
        .map(|i| {
            if i % 7 == 0 {
                format!("bad {i}@x\n")
            } else {
                format!("User{i}@Host{}.example/r{i}\n", i % 13)
            }
        })
        .collect();
    let one = run_with_input(
        &mut jid_cmd(&["--json", "jid", "validate", "--jobs", "1"]),
        input.as_bytes(),
    );
    let two = run_with_input(
        &mut jid_cmd(&["--json", "jid", "validate", "--jobs", "2"]),
        input.as_bytes(),
    );
    assert_eq!(code(&two), 1);
    assert!(one.stdout == two.stdout, "--jobs 2 changed the output");
    let lines: Vec<ValidateLine> = parse(&two.stdout);
    assert_eq!(lines.len(), 60_000);
    for (i, l) in lines.iter().enumerate() {
        assert_eq!(l.line, i as u64 + 1);
        assert_eq!(l.valid, i % 7 != 0, "{l:?}");
        if l.valid {
            assert_eq!(
                l.normalized.as_deref(),
                Some(format!("user{i}@host{}.example/r{i}", i % 13).as_str())
            );
        }
    }
}

/// The benchmark's corpus (`bench/gen-jids.py`), 100,000 lines, written
/// to a file: the repeated one, or with `--distinct-unicode`.
fn corpus(dir: &Path, distinct: bool) -> PathBuf {
    let mut gen = std::process::Command::new("/usr/bin/python3");
    gen.arg(repo().join("bench/gen-jids.py"))
        .args(["--count", "100000", "--seed", "7"]);
    if distinct {
        gen.arg("--distinct-unicode");
    }
    let out = gen.output().expect("run bench/gen-jids.py");
    assert!(out.status.success());
    let path = dir.join(if distinct { "distinct" } else { "repeated" });
    std::fs::write(&path, out.stdout).unwrap();
    path
}

/// The fast paths and the crate alone give byte-identical output over
/// both of the benchmark's corpora (mixed ASCII, Unicode, IP literals,
/// invalid; with every Unicode part different in the second, so that the
/// proof of prepared parts answers instead of the cache).
#[test]
fn fast_path_matches_the_crate_on_the_generated_corpora() {
    let dir = tempfile::tempdir().unwrap();
    for distinct in [false, true] {
        let input = std::fs::read(corpus(dir.path(), distinct)).unwrap();
        let fast = run_with_input(&mut jid_cmd(&["--json", "jid", "validate"]), &input);
        let slow = run_with_input(
            &mut jid_cmd(&["--json", "jid", "validate", "--no-fast-path"]),
            &input,
        );
        let lines = parse::<ValidateLine>(&fast.stdout);
        assert_eq!(lines.len(), 100_000);
        assert!(
            fast.stdout == slow.stdout,
            "the fast path and the crate disagree (distinct: {distinct})"
        );
        // Unicode lines valid, and (distinct) invalid ones too.
        let unicode = |valid: bool| {
            lines
                .iter()
                .filter(|l| l.valid == valid && !l.input.is_ascii())
                .count()
        };
        assert!(unicode(true) > 5_000, "{distinct}");
        assert!(!distinct || unicode(false) > 1_000);
    }
}

/// Prosody's own `util.jid` (run by the lua5.4 Prosody ships with) and
/// `xmpp jid validate` agree on every line of both corpora but for the
/// two kinds README names (domains that are not host names; unassigned
/// code points in a local part or domain): bench/jid-vs-prosody.py exits
/// 1 on any other difference, or on a line both accept but prepare
/// differently.
#[test]
fn prosody_util_jid_agrees_but_for_the_documented_kinds() {
    let dir = tempfile::tempdir().unwrap();
    for distinct in [false, true] {
        let out = run(std::process::Command::new("/usr/bin/python3")
            .arg(repo().join("bench/jid-vs-prosody.py"))
            .arg(bin())
            .arg(corpus(dir.path(), distinct)));
        let table = String::from_utf8_lossy(&out.stdout).to_string();
        assert_eq!(code(&out), 0, "{table}{}", stderr(&out));
        // | lines | valid (xmpp) | valid (Prosody) | domain-syntax | unassigned | unexplained |
        let row = table.lines().nth(2).unwrap_or_default().to_string();
        let n: Vec<u64> = row
            .split('|')
            .filter_map(|c| c.trim().parse().ok())
            .collect();
        assert_eq!(n.len(), 6, "{row}");
        assert_eq!((n[0], n[5]), (100_000, 0), "{row}");
        assert!(n[1] > 60_000 && n[2] >= n[1], "{row}");
    }
}

/// A resource with an emoji (a code point unassigned in Unicode 3.2) is
/// valid, as Prosody's `util.jid` and RFC 7622 have it; a local part with
/// one is not. `xmpp send` takes such a full JID as a recipient (it
/// refused it, exit 2) and Prosody routes the message: no client is
/// bound to that resource (Prosody and ejabberd both bind resources with
/// strict stringprep), so a chat message goes to the account (RFC 6121
/// §8.5.3.2.1), here a slixmpp client.
#[test]
fn an_emoji_resource_is_a_valid_recipient() {
    let out = run(&mut jid_cmd(&[
        "--json",
        "jid",
        "validate",
        "user@example.org/🚀 phone",
        "🚀@example.org",
    ]));
    let lines = parse::<ValidateLine>(&out.stdout);
    assert_eq!(
        lines.iter().map(|l| l.valid).collect::<Vec<_>>(),
        [true, false]
    );
    assert_eq!(lines[1].error.as_deref(), Some("local part fails nodeprep"));
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let rx = Receiver::start(p, &bob, 1);
    let to = format!("{}/🚀 phone", bob.jid);
    let out = run(p
        .xmpp(&alice)
        .args(["send", "--type", "chat", "-m", "to the rocket", &to]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let got = rx.take(1);
    assert_eq!(got[0].body, "to the rocket");
}

#[test]
fn split_human_and_json() {
    let out = run(&mut jid_cmd(&[
        "jid",
        "split",
        "Alice@Example.ORG/Phone",
        "example.org",
        "a@@b",
    ]));
    assert_eq!(code(&out), 1);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Alice@Example.ORG/Phone\talice\texample.org\tPhone\talice@example.org\talice@example.org/Phone\n\
         example.org\t\texample.org\t\texample.org\t\n"
    );
    assert!(stderr(&out).contains("xmpp: line 3: a@@b: forbidden character '@' in local part"));

    let out = run(&mut jid_cmd(&[
        "--json",
        "jid",
        "split",
        "Alice@Example.ORG/Phone",
        "example.org",
        "a@@b",
    ]));
    let lines: Vec<SplitLine> = parse(&out.stdout);
    assert_eq!(lines[0].local.as_deref(), Some("alice"));
    assert_eq!(lines[0].domain.as_deref(), Some("example.org"));
    assert_eq!(lines[0].resource.as_deref(), Some("Phone"));
    assert_eq!(lines[0].bare.as_deref(), Some("alice@example.org"));
    assert_eq!(lines[0].full.as_deref(), Some("alice@example.org/Phone"));
    assert_eq!(lines[1].local, None);
    assert_eq!(lines[1].full, None);
    assert_eq!(lines[2].input, "a@@b");
    assert_eq!(lines[2].domain, None);
    assert!(lines[2].error.is_some());
}

#[test]
fn normalize_prints_canonical_forms_and_uri_mode() {
    let out = run_with_input(
        &mut jid_cmd(&["jid", "normalize", "--uri"]),
        b"xmpp:Juliet@Example.COM?message\nROMEO@EXAMPLE.NET/Orchard\nxmpp:bad%zz\n",
    );
    assert_eq!(code(&out), 1);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "juliet@example.com\nromeo@example.net/Orchard\n"
    );
    assert!(stderr(&out).contains("line 3"), "{}", stderr(&out));
}

#[test]
fn broken_pipe_ends_quietly() {
    // `xmpp jid validate --json < big | head -1`
    let input: String = (0..200_000)
        .map(|i| format!("u{i}@example.org\n"))
        .collect();
    let mut cmd = std::process::Command::new("sh");
    cmd.arg("-c")
        .arg(format!("{} --json jid validate | head -1", bin()))
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap())
        .env("HOME", "/nonexistent");
    let out = run_with_input(&mut cmd, input.as_bytes());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}
