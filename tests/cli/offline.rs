//! Behaviour that needs no server: validation before connecting, usage and
//! credential errors, config precedence, dry runs. Where a server address is
//! needed it is a closed port, so any connection attempt would show as
//! exit 4 instead of the expected code.

use std::os::unix::fs::PermissionsExt;

use crate::fixture::*;

fn closed_server() -> String {
    format!("127.0.0.1:{}", free_port())
}

#[test]
fn invalid_recipient_exits_2_before_connecting() {
    let out = run(xmpp_clean()
        .env("XMPP_PASSWORD", "x")
        .args(["--server", &closed_server(), "-j", "a@localhost"])
        .args(["send", "-m", "x", "ok@localhost", "a@@b"]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("invalid recipient 'a@@b'"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn empty_input_is_nothing_to_send() {
    let mut cmd = xmpp_clean();
    cmd.env("XMPP_PASSWORD", "x").args([
        "--server",
        &closed_server(),
        "-j",
        "a@localhost",
        "send",
        "b@localhost",
    ]);
    let out = run_with_input(&mut cmd, b"");
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("nothing to send"));
    let out = run_with_input(&mut cmd, b"\n\n");
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

#[test]
fn lines_mode_ends_cleanly_on_empty_input_without_sending() {
    // EOF in --lines mode is a normal end, even before the first line.
    let mut cmd = xmpp_clean();
    cmd.args(["send", "--lines", "--dry-run", "b@localhost"]);
    let out = run_with_input(&mut cmd, b"");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

#[test]
fn no_password_source_and_no_terminal_exits_3() {
    // setsid: no controlling terminal, as under cron or CI.
    let mut cmd = std::process::Command::new("setsid");
    cmd.arg("-w")
        .arg(bin())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap())
        .env("HOME", std::env::temp_dir())
        .args(["--server", &closed_server(), "-j", "a@localhost"])
        .args(["send", "-m", "x", "b@localhost"]);
    let out = run(&mut cmd);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let err = stderr(&out);
    for option in ["--password-env", "--password-file", "--password-command"] {
        assert!(err.contains(option), "{err}");
    }
}

#[test]
fn password_sources_are_read_and_checked() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing");
    let out = run(xmpp_clean()
        .args(["--server", &closed_server(), "-j", "a@localhost"])
        .arg("--password-file")
        .arg(&missing)
        .args(["send", "-m", "x", "b@localhost"]));
    assert_eq!(code(&out), 3, "{}", stderr(&out));

    let out = run(xmpp_clean()
        .args(["--server", &closed_server(), "-j", "a@localhost"])
        .args([
            "--password-command",
            "exit 1",
            "send",
            "-m",
            "x",
            "b@localhost",
        ]));
    assert_eq!(code(&out), 3, "{}", stderr(&out));

    let out = run(xmpp_clean()
        .args(["--server", &closed_server(), "-j", "a@localhost"])
        .args([
            "--password-env",
            "NOPE_NOT_SET",
            "send",
            "-m",
            "x",
            "b@localhost",
        ]));
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(stderr(&out).contains("NOPE_NOT_SET"));

    // A working command gets as far as the network (closed port: exit 4).
    let out = run(xmpp_clean()
        .args(["--server", &closed_server(), "-j", "a@localhost"])
        .args([
            "--password-command",
            "echo secret",
            "send",
            "-m",
            "x",
            "b@localhost",
        ]));
    assert_eq!(code(&out), 4, "{}", stderr(&out));

    // Two sources at once is a usage error.
    let out = run(xmpp_clean().args([
        "--password-env",
        "A",
        "--password-command",
        "B",
        "send",
        "-m",
        "x",
        "b@localhost",
    ]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

#[test]
fn account_jid_without_local_part_is_a_usage_error() {
    let out = run(xmpp_clean().env("XMPP_PASSWORD", "x").args([
        "--server",
        &closed_server(),
        "-j",
        "localhost",
        "send",
        "-m",
        "x",
        "b@localhost",
    ]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("no local part"));
}

#[test]
fn raw_input_that_is_not_xml_exits_2() {
    let mut cmd = xmpp_clean();
    cmd.env("XMPP_PASSWORD", "x").args([
        "--server",
        &closed_server(),
        "-j",
        "a@localhost",
        "send",
        "--raw",
    ]);
    let out = run_with_input(&mut cmd, b"<message><body>unclosed</message>");
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("not well-formed"), "{}", stderr(&out));
}

#[test]
fn dry_run_prints_the_stanzas_and_connects_to_nothing() {
    let out = run(xmpp_clean()
        .args(["--server", &closed_server()])
        .args(["send", "--dry-run", "-m", "hi <there>", "--subject", "s"])
        .args(["xmpp:a@example.org", "b@example.org"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0].starts_with("<message"), "{}", lines[0]);
    assert!(lines[0].contains("to=\"a@example.org\"") || lines[0].contains("to='a@example.org'"));
    assert!(lines[0].contains("hi &lt;there&gt;"), "{}", lines[0]);
    assert!(lines[1].contains("b@example.org"));

    let out = run(xmpp_clean().args(["--json", "send", "--dry-run", "-m", "x", "a@example.org"]));
    let v = json_lines(&out.stdout);
    assert_eq!(v[0]["status"], "dry-run");
    assert_eq!(v[0]["to"], "a@example.org");
}

/// flag > env > config profile: each layer names a different closed port,
/// and the error says which one was tried.
#[test]
fn config_precedence_end_to_end() {
    let dir = tempfile::tempdir().unwrap();
    let (p_cfg, p_env, p_flag) = (free_port(), free_port(), free_port());
    let cfg = dir.path().join("config.toml");
    std::fs::write(
        &cfg,
        format!(
            "default = \"work\"\n[accounts.work]\njid = \"bot@localhost\"\nserver = \"127.0.0.1:{p_cfg}\"\npassword_command = \"echo pw\"\n"
        ),
    )
    .unwrap();
    let base = || {
        let mut c = xmpp_clean();
        c.env("XMPP_CONFIG", &cfg);
        c.args(["send", "-m", "x", "b@localhost"]);
        c
    };
    let out = run(&mut base());
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!(":{p_cfg}")),
        "{}",
        stderr(&out)
    );

    let out = run(base().env("XMPP_SERVER", format!("127.0.0.1:{p_env}")));
    assert!(
        stderr(&out).contains(&format!(":{p_env}")),
        "{}",
        stderr(&out)
    );

    let out = run(base()
        .env("XMPP_SERVER", format!("127.0.0.1:{p_env}"))
        .args(["--server", &format!("127.0.0.1:{p_flag}")]));
    assert!(
        stderr(&out).contains(&format!(":{p_flag}")),
        "{}",
        stderr(&out)
    );

    // An unknown profile is a configuration error.
    let out = run(base().args(["-a", "nope"]));
    assert_eq!(code(&out), 3, "{}", stderr(&out));
}

#[test]
fn password_in_a_readable_config_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("config.toml");
    std::fs::write(
        &cfg,
        format!(
            "[accounts.a]\njid = \"a@localhost\"\npassword = \"hunter2\"\nserver = \"{}\"\n",
            closed_server()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&cfg, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = run(xmpp_clean().env("XMPP_CONFIG", &cfg).args([
        "-a",
        "a",
        "send",
        "-m",
        "x",
        "b@localhost",
    ]));
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(stderr(&out).contains("chmod 600"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("hunter2"));

    // Private: accepted (and gets as far as the closed port).
    std::fs::set_permissions(&cfg, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = run(xmpp_clean().env("XMPP_CONFIG", &cfg).args([
        "-a",
        "a",
        "send",
        "-m",
        "x",
        "b@localhost",
    ]));
    assert_eq!(code(&out), 4, "{}", stderr(&out));
}

#[test]
fn bad_flags_exit_2() {
    let out = run(xmpp_clean().args(["send", "--type", "bogus", "a@b"]));
    assert_eq!(code(&out), 2);
    let out = run(xmpp_clean()
        .args(["--timeout", "-1", "send", "-m", "x", "a@b"])
        .env("XMPP_JID", "a@b")
        .env("XMPP_PASSWORD", "x"));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}
