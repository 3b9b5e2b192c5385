//! The password never shows: every subcommand runs at `-vvv --trace-xml`
//! with a known password, and everything it prints (and everything an
//! `--exec` child sees in its environment) is searched for the password and
//! its base64 forms (alone, and as SASL PLAIN payloads).

use crate::fixture::*;
use crate::send::assert_no_secret;

/// Run `xmpp -vvv --trace-xml ARGS` as `who` with `stdin`; check its exit
/// code and that neither stdout nor stderr holds the password.
fn check(p: &Server, who: &Account, args: &[&str], stdin: &[u8], expect: i32) -> String {
    // The OMEMO store of these runs (HOME is a path that does not exist).
    static DATA: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let data = DATA.get_or_init(|| tempfile::tempdir().unwrap());
    let mut cmd = p.xmpp(who);
    cmd.env("XDG_DATA_HOME", data.path());
    cmd.args(["-vvv", "--trace-xml"]).args(args);
    let out = run_with_input(&mut cmd, stdin);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        code(&out),
        expect,
        "xmpp {}: {}",
        args.join(" "),
        stderr(&out)
    );
    assert_no_secret(&text, who);
    text
}

#[test]
fn no_subcommand_shows_the_password_at_vvv_trace_xml() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let dir = tempfile::tempdir().unwrap();
    let roster_file = dir.path().join("roster.json");
    std::fs::write(
        &roster_file,
        format!(
            r#"[{{"jid": "{}", "name": "Bob", "groups": ["Work"]}}]"#,
            bob.jid
        ),
    )
    .unwrap();
    let roster_file = roster_file.to_str().unwrap();
    let ndjson = format!(r#"{{"to": "{}", "body": "nd"}}"#, bob.jid);
    let raw = format!("<message to='{}'><body>raw</body></message>", bob.jid);
    let nobody = "nobody@localhost";
    let fp = "ab".repeat(32);
    let runs: Vec<(Vec<&str>, &[u8], i32)> = vec![
        (vec!["send", "-m", "hi", &bob.jid], b"", 0),
        (vec!["send", "--lines", &bob.jid], b"one\ntwo\n", 0),
        (vec!["send", "--ndjson"], ndjson.as_bytes(), 0),
        (vec!["send", "--raw"], raw.as_bytes(), 0),
        (vec!["send", "-m", "bounce", nobody], b"", 7),
        (vec!["send", "--dry-run", "-m", "x", &bob.jid], b"", 0),
        (vec!["roster", "add", &bob.jid, "--name", "B"], b"", 0),
        (vec!["roster", "set", &bob.jid, "--group", "G"], b"", 0),
        (vec!["roster", "list"], b"", 0),
        (vec!["roster", "export"], b"", 0),
        (vec!["roster", "import", roster_file], b"", 0),
        (vec!["roster", "remove", &bob.jid], b"", 0),
        (vec!["presence", "set", "--hold", "0.2"], b"", 0),
        (vec!["presence", "subscribe", &bob.jid], b"", 0),
        (vec!["presence", "approve", &bob.jid], b"", 0),
        (vec!["presence", "deny", &bob.jid], b"", 0),
        (vec!["presence", "unsubscribe", &bob.jid], b"", 0),
        (vec!["presence", "list", "--all"], b"", 0),
        (vec!["iq", "<ping xmlns='urn:xmpp:ping'/>"], b"", 0),
        (vec!["ping"], b"", 0),
        (vec!["disco", "info", "localhost"], b"", 0),
        (vec!["disco", "items", "localhost"], b"", 0),
        (vec!["version", "localhost"], b"", 0),
        (vec!["time", "localhost"], b"", 0),
        (vec!["vcard"], b"", 7), // no vCard yet: item-not-found
        (vec!["config", "path"], b"", 0),
        (vec!["config", "show"], b"", 0),
        (vec!["config", "check"], b"", 0),
        (vec!["check", "localhost"], b"", 0),
        (vec!["omemo", "fingerprint"], b"", 0),
        (vec!["send", "--omemo", "-m", "no device", &bob.jid], b"", 7),
        (vec!["omemo", "devices", &bob.jid], b"", 1),
        (vec!["omemo", "trust", &bob.jid, &fp], b"", 0),
        (vec!["omemo", "distrust", &bob.jid, &fp], b"", 0),
        (vec!["jid", "validate"], b"a@b\n@bad\n", 1),
        (vec!["jid", "split"], b"a@b/c\n", 0),
        (vec!["jid", "normalize"], b"A@B\n", 0),
        (vec!["completions", "bash"], b"", 0),
        (vec!["man"], b"", 0),
    ];
    let mut logged_in = 0;
    for (args, stdin, expect) in runs {
        let text = check(p, &alice, &args, stdin, expect);
        if text.contains("[redacted]") {
            logged_in += 1;
        }
    }
    // The trace shows SASL exchanges redacted: proof the runs logged in.
    assert!(logged_in >= 25, "only {logged_in} runs logged in");

    // Errors after the password was read: a closed port, a stalled server.
    let mut cmd = xmpp_clean();
    cmd.args(["-vvv", "--trace-xml", "--jid", &alice.jid])
        .args(["--server", &format!("127.0.0.1:{}", free_port())])
        .env("XMPP_PASSWORD", &alice.password)
        .args(["send", "-m", "x", &bob.jid]);
    let out = run(&mut cmd);
    assert_eq!(code(&out), 4);
    assert_no_secret(&stderr(&out), &alice);
}

/// `--exec` children see the event, not the password: neither
/// `XMPP_PASSWORD` nor the variable `--password-env` names is inherited.
#[test]
fn exec_children_do_not_inherit_the_password() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("env");
    for source in [None, Some("MY_XMPP_SECRET")] {
        let _ = std::fs::remove_file(&dump);
        let mut cmd = p.xmpp(&bob);
        if let Some(var) = source {
            cmd.env(var, &bob.password).args(["--password-env", var]);
        }
        cmd.args(["-vvv", "--trace-xml", "listen", "--count", "1", "--exec"])
            .arg(format!("env > {}", dump.display()));
        let mut l = Running::start(&mut cmd, "listening as");
        let out = run(p.xmpp(&alice).args(["send", "-m", "hello exec", &bob.jid]));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        l.take(1);
        assert_eq!(l.wait(), 0);
        let env = std::fs::read_to_string(&dump).unwrap();
        assert!(env.contains("XMPP_BODY=hello exec"), "{env}");
        assert!(!env.contains("XMPP_PASSWORD="), "{env}");
        assert!(!env.contains("MY_XMPP_SECRET="), "{env}");
        assert_no_secret(&env, &bob);
        assert_no_secret(&l.stderr.lock().unwrap(), &bob);
    }
}

/// A failing `--password-command` exits 3 and its own error message
/// reaches the user.
#[test]
fn password_command_failure_shows_its_stderr_and_exits_3() {
    let mut cmd = xmpp_clean();
    cmd.args(["--jid", "a@localhost", "--server", "127.0.0.1:1"])
        .args(["--password-command", "echo keyring is locked >&2; exit 1"])
        .args(["send", "-m", "x", "b@localhost"]);
    let out = run(&mut cmd);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("keyring is locked"), "{err}");
    assert!(err.contains("password command failed"), "{err}");
}

/// Issue 23, 5: a password command whose child keeps the pipe open used
/// to hang for ever; the first line is enough once `sh` has exited.
#[test]
fn a_password_command_that_leaves_a_child_behind_does_not_hang() {
    let p = prosody();
    let who = p.account("bg");
    let mut cmd = xmpp_clean();
    cmd.arg("--ca-file")
        .arg(p.ca())
        .args(["--server", &format!("127.0.0.1:{}", p.c2s)])
        .args(["--jid", &who.jid])
        .args([
            "--password-command",
            // The child keeps our pipe (its stdout); its stderr would
            // keep the test's own pipe open, which is not the point.
            &format!("echo '{}'; sleep 600 2>/dev/null &", who.password),
        ])
        .args(["roster", "list", "--json"]);
    let out = run(&mut cmd);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
}

/// A password file without a line end (`/dev/zero`) is refused, not read
/// until the memory runs out.
#[test]
fn a_password_file_without_a_line_end_is_refused() {
    let mut cmd = xmpp_clean();
    cmd.args(["--jid", "a@localhost", "--server", "127.0.0.1:1"])
        .args(["--password-file", "/dev/zero"])
        .args(["send", "-m", "x", "b@localhost"]);
    let out = run(&mut cmd);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(stderr(&out).contains("no line end"), "{}", stderr(&out));
}
