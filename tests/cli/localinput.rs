//! Local input that used to panic, abort or misplace files (issue 28,
//! local items): a closed or full stdout, an absurd `--jobs`, an empty
//! `HOME`, timeouts too small or too large. Each a clean exit with one
//! line of error where there is one.

use crate::fixture::*;

fn one_line_error(out: &std::process::Output) {
    let err = stderr(out);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.starts_with("xmpp: "), "{err}");
}

#[test]
fn completions_into_a_closed_pipe_or_a_full_disk() {
    for shell in ["bash", "zsh", "fish"] {
        let script = format!(
            "{} completions {shell} | head -c1 >/dev/null; exit ${{PIPESTATUS[0]}}",
            bin()
        );
        let out = run(std::process::Command::new("bash").args(["-c", &script]));
        assert_eq!(
            code(&out),
            0,
            "a closed pipe ends quietly: {}",
            stderr(&out)
        );
        assert_eq!(stderr(&out), "");
    }
    for args in [
        &["completions", "bash"][..],
        &["man"],
        &["jid", "split", "a@b"],
    ] {
        let script = format!("{} {} > /dev/full", bin(), args.join(" "));
        let out = run(std::process::Command::new("sh").args(["-c", &script]));
        assert_eq!(code(&out), 3, "{args:?}: a local problem: {}", stderr(&out));
        assert!(
            stderr(&out).contains("cannot write the output"),
            "{}",
            stderr(&out)
        );
        one_line_error(&out);
    }
}

#[test]
fn an_absurd_jobs_count_is_capped_and_said() {
    for jobs in ["20000", "4294967295"] {
        let out = run_with_input(
            xmpp_clean().args(["jid", "validate", "--jobs", jobs]),
            b"a@example.org\nbad@@x\n",
        );
        assert_eq!(code(&out), 1, "one invalid line: {}", stderr(&out));
        assert!(
            stderr(&out).contains("more than 256 workers: using 256"),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn an_empty_or_relative_home_never_writes_into_the_working_directory() {
    let work = tempfile::tempdir().unwrap();
    for home in ["", "relative/home"] {
        let out = run(xmpp_clean()
            .current_dir(work.path())
            .env("HOME", home)
            .env("XDG_DATA_HOME", "also/relative")
            .env("XMPP_PASSWORD", "x")
            .args(["--jid", "a@localhost", "omemo", "fingerprint"]));
        assert_eq!(code(&out), 3, "HOME={home:?}: {}", stderr(&out));
        one_line_error(&out);
        assert!(stderr(&out).contains("absolute"), "{}", stderr(&out));
        let out = run(xmpp_clean()
            .current_dir(work.path())
            .env("HOME", home)
            .args(["config", "import-sendxmpp"]));
        assert_eq!(code(&out), 3, "HOME={home:?}: {}", stderr(&out));
        one_line_error(&out);
    }
    let left: Vec<_> = std::fs::read_dir(work.path()).unwrap().collect();
    assert!(
        left.is_empty(),
        "written into the working directory: {left:?}"
    );
}

#[test]
fn flags_and_the_config_file_take_the_same_timeouts() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("config.toml");
    std::fs::write(
        &cfg,
        "default = \"a\"\n[accounts.a]\njid = \"a@localhost\"\nserver = \"127.0.0.1:1\"\ntimeout = 1e-300\n",
    )
    .unwrap();
    let out = run(xmpp_clean()
        .env("XMPP_CONFIG", &cfg)
        .env("XMPP_PASSWORD", "x")
        .arg("ping"));
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    one_line_error(&out);
    assert!(
        stderr(&out).contains("timeout = 1e-300 in the config file"),
        "{}",
        stderr(&out)
    );
    let out = run(xmpp_clean().env("XMPP_PASSWORD", "x").args([
        "--timeout",
        "1e-300",
        "--jid",
        "a@localhost",
        "ping",
    ]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("at least 0.001"), "{}", stderr(&out));
    // The largest the flag takes is usable: the run fails on the network
    // (nothing listens on port 1), not on the number.
    let out = run(xmpp_clean().env("XMPP_PASSWORD", "x").args([
        "--timeout",
        "1e9",
        "--server",
        "127.0.0.1:1",
        "--jid",
        "a@localhost",
        "ping",
    ]));
    assert_eq!(code(&out), 4, "{}", stderr(&out));
}

/// Issue 28, 6: control characters that XML cannot carry are refused
/// before connecting (exit 2), never sent for the server to cut the
/// connection on.
#[test]
fn control_characters_are_refused_before_connecting() {
    let nowhere = ["--server", "127.0.0.1:1", "--jid", "a@localhost"];
    let out = run(xmpp_clean()
        .env("XMPP_PASSWORD", "x")
        .args(nowhere)
        .args(["disco", "info", "--node", "a\u{1}b"]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("U+0001"), "{}", stderr(&out));
    let out = run(xmpp_clean()
        .env("XMPP_PASSWORD", "x")
        .env("ROOMPW", "pw\u{1}")
        .args(nowhere)
        .args([
            "send",
            "--muc",
            "r@conference.localhost",
            "--muc-password-env",
            "ROOMPW",
        ])
        .args(["-m", "x"]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("room password"), "{}", stderr(&out));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("roster.json");
    for item in [
        r#"{"jid":"b@localhost","name":"B\u0001","subscription":"none","ask":null,"groups":[]}"#,
        r#"{"jid":"b@localhost","name":null,"subscription":"none","ask":null,"groups":["g\u0002"]}"#,
    ] {
        std::fs::write(&file, format!("[{item}]")).unwrap();
        let out = run(xmpp_clean()
            .env("XMPP_PASSWORD", "x")
            .args(nowhere)
            .args(["roster", "import"])
            .arg(&file));
        assert_eq!(code(&out), 2, "{item}: {}", stderr(&out));
        assert!(stderr(&out).contains("item 1"), "{}", stderr(&out));
    }
}

/// Issue 28, 5 and 7: files read with a bound, and a local problem with
/// the OMEMO store is exit 3 (configuration and local), not 1 (which
/// SPEC keeps for a negative answer).
#[test]
fn endless_files_are_refused_and_a_broken_store_is_exit_3() {
    let nowhere = ["--server", "127.0.0.1:1", "--jid", "a@localhost"];
    let out = run(xmpp_clean().env("XMPP_PASSWORD", "x").args(nowhere).args([
        "--ca-file",
        "/dev/zero",
        "ping",
    ]));
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(stderr(&out).contains("larger than"), "{}", stderr(&out));
    let out = run(xmpp_clean()
        .env("XMPP_CONFIG", "/dev/zero")
        .env("XMPP_PASSWORD", "x")
        .args(nowhere)
        .arg("ping"));
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    one_line_error(&out);
    let out = run(xmpp_clean().env("XMPP_PASSWORD", "x").args(nowhere).args([
        "roster",
        "import",
        "/dev/zero",
    ]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("larger than"), "{}", stderr(&out));

    let out = run(xmpp_clean()
        .env("XDG_DATA_HOME", "/etc/passwd")
        .env("XMPP_PASSWORD", "x")
        .args(nowhere)
        .args(["omemo", "fingerprint"]));
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    one_line_error(&out);
    let data = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(data.path().join("xmpp-cli/omemo/a@localhost/state.json")).unwrap();
    let out = run(xmpp_clean()
        .env("XDG_DATA_HOME", data.path())
        .env("XMPP_PASSWORD", "x")
        .args(nowhere)
        .args(["omemo", "fingerprint"]));
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    one_line_error(&out);
}

/// Issue 28, 10: an invalid account in a sendxmpp file is not imported
/// (it was, with exit 0), and a password variable that is not UTF-8 says
/// so (it was "not set").
#[test]
fn an_invalid_sendxmpp_account_and_a_non_utf8_password_variable_are_named() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("sendxmpprc");
    std::fs::write(&file, "username: bad@@host\npassword: pw\n").unwrap();
    let mut perms = std::fs::metadata(&file).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o600);
    std::fs::set_permissions(&file, perms).unwrap();
    let out = run(xmpp_clean()
        .env("HOME", home.path())
        .args(["config", "import-sendxmpp"])
        .arg(&file));
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(stderr(&out).contains("not a valid JID"), "{}", stderr(&out));
    assert!(
        !home.path().join(".config/xmpp-cli/config.toml").exists(),
        "nothing imported"
    );
    use std::os::unix::ffi::OsStrExt;
    let out = run(xmpp_clean()
        .env("XMPP_PASSWORD", std::ffi::OsStr::from_bytes(b"pw\xff"))
        .args(["--server", "127.0.0.1:1", "--jid", "a@localhost", "ping"]));
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(stderr(&out).contains("not valid UTF-8"), "{}", stderr(&out));
}

/// Issue 28, 10: `send --lines` replaced invalid UTF-8 silently; it goes
/// on (a stream) but says which line.
#[test]
fn send_lines_says_which_line_was_not_utf8() {
    let out = run_with_input(
        xmpp_clean().args(["send", "--dry-run", "--lines", "a@example.org"]),
        b"fine\nbad \xff\n",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("stdin line 2 is not UTF-8"),
        "{}",
        stderr(&out)
    );
    let sent = String::from_utf8_lossy(&out.stdout);
    assert!(
        sent.contains("<body>fine</body>") && sent.contains("bad \u{fffd}"),
        "{sent}"
    );
}
