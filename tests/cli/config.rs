//! `xmpp config` and the migration paths from go-sendxmpp / sendxmpp.

use std::os::unix::fs::PermissionsExt;

use crate::fixture::*;

fn private(path: &std::path::Path, text: &str) {
    std::fs::write(path, text).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

#[test]
fn show_names_sources_and_never_the_password() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("config.toml");
    private(
        &cfg,
        "default = \"work\"\n[accounts.work]\njid = \"bot@example.org\"\nserver = \"xmpp.example.org:5223\"\npassword = \"hunter2-secret\"\ntimeout = 4\n",
    );
    let out = run(xmpp_clean()
        .env("XMPP_CONFIG", &cfg)
        .env("XMPP_TIMEOUT", "7")
        .args(["--tls", "direct", "--json", "config", "show"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout).to_string() + &stderr(&out);
    assert!(!text.contains("hunter2-secret"), "{text}");
    let v: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&out.stdout).trim()).unwrap();
    assert_eq!(v["account"], "work");
    let row = |k: &str| {
        v["settings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["key"] == k)
            .unwrap()
            .clone()
    };
    assert_eq!(row("jid")["value"], "bot@example.org");
    assert!(row("jid")["source"]
        .as_str()
        .unwrap()
        .contains("[accounts.work]"));
    assert_eq!(row("timeout")["source"], "env XMPP_TIMEOUT");
    assert_eq!(row("timeout")["value"], "7");
    assert_eq!(row("tls")["source"], "flag --tls");
    assert_eq!(row("insecure")["source"], "default");
    assert_eq!(row("password")["value"], "[set in the config file]");

    // With XMPP_PASSWORD set: described, never printed.
    let out = run(xmpp_clean().env("XMPP_PASSWORD", "env-secret-123").args([
        "-j",
        "a@example.org",
        "config",
        "show",
    ]));
    let text = String::from_utf8_lossy(&out.stdout).to_string() + &stderr(&out);
    assert!(
        text.contains("[set via environment variable XMPP_PASSWORD]"),
        "{text}"
    );
    assert!(!text.contains("env-secret-123"));

    let out = run(xmpp_clean()
        .env("XMPP_CONFIG", &cfg)
        .args(["--json", "config", "path"]));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (v["exists"].as_bool(), v["explicit"].as_bool()),
        (Some(true), Some(true))
    );
}

#[test]
fn check_reports_tls_mechanism_and_server_version() {
    let p = prosody();
    let alice = p.account("alice");
    let out = run(p.xmpp(&alice).args(["--json", "config", "check"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["tls_version"], "TLSv1.3");
    assert_eq!(v["mechanism"], "SCRAM-SHA-1");
    assert_eq!(v["server_software"]["name"], "Prosody");
    assert_eq!(v["stream_management"], true);
    assert_eq!(v["upload"]["jid"], "upload.localhost");
    assert!(v["rtt_ms"].as_f64().unwrap() > 0.0);
    let out = run(p.xmpp(&alice).args(["config", "check"]));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("server software    Prosody"), "{text}");

    let out = run(p
        .xmpp(&alice)
        .env("XMPP_PASSWORD", "wrong")
        .args(["config", "check"]));
    assert_eq!(code(&out), 5, "{}", stderr(&out));
}

#[test]
fn sendxmpp_configs_drive_send_and_unsafe_ones_are_refused() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let rx = Receiver::start(p, &bob, 3);
    let dir = tempfile::tempdir().unwrap();
    let go = dir.path().join("sendxmpprc");
    let legacy = dir.path().join("legacy");
    let eval = dir.path().join("eval");
    private(
        &go,
        &format!(
            "username: {}\npassword: {}\njserver: 127.0.0.1\nport: {}\n",
            alice.jid, alice.password, p.c2s
        ),
    );
    private(
        &legacy,
        &format!("{};127.0.0.1:{} {}\n", alice.jid, p.c2s, alice.password),
    );
    private(
        &eval,
        &format!(
            "username: {}\neval_password: printf '%s' '{}'\njserver: 127.0.0.1\nport: {}\n",
            alice.jid, alice.password, p.c2s
        ),
    );
    for (file, body) in [
        (&go, "via go-sendxmpp config"),
        (&legacy, "via legacy config"),
        (&eval, "via eval_password"),
    ] {
        let mut cmd = xmpp_clean();
        cmd.arg("--config")
            .arg(file)
            .arg("--ca-file")
            .arg(p.ca())
            .args(["send", "-s", "subj", &bob.jid]);
        let out = run_with_input(&mut cmd, body.as_bytes());
        assert_eq!(code(&out), 0, "{}: {}", file.display(), stderr(&out));
    }
    let got = rx.take(3);
    assert_eq!(
        got.iter().map(|m| m.body.as_str()).collect::<Vec<_>>(),
        [
            "via go-sendxmpp config",
            "via legacy config",
            "via eval_password"
        ]
    );
    assert_eq!(got[0].subject, "subj");

    // Readable by others: refused, with the reason.
    std::fs::set_permissions(&go, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = run(xmpp_clean()
        .arg("--config")
        .arg(&go)
        .args(["send", "-m", "x", &bob.jid]));
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("readable by others"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn import_sendxmpp_and_init_write_private_profiles() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let dir = tempfile::tempdir().unwrap();
    let rc = dir.path().join("sendxmpprc");
    private(
        &rc,
        &format!(
            "username: {}\npassword: {}\njserver: 127.0.0.1\nport: {}\n",
            alice.jid, alice.password, p.c2s
        ),
    );
    let cfg = dir.path().join("xmpp/config.toml");
    let out = run(xmpp_clean()
        .env("XMPP_CONFIG", &cfg)
        .args(["config", "import-sendxmpp"])
        .arg(&rc)
        .args(["--name", "old"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        std::fs::metadata(&cfg).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // Imported profile is the default and works.
    let rx = Receiver::start(p, &bob, 1);
    let out = run(xmpp_clean()
        .env("XMPP_CONFIG", &cfg)
        .arg("--ca-file")
        .arg(p.ca())
        .args(["send", "-m", "imported", &bob.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(rx.take(1)[0].body, "imported");
    // Again without --force: refused.
    let out = run(xmpp_clean()
        .env("XMPP_CONFIG", &cfg)
        .args(["config", "import-sendxmpp"])
        .arg(&rc)
        .args(["--name", "old"]));
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    // A file the user wrote keeps its comments and layout when a profile
    // is added (and stays private).
    let mine = dir.path().join("mine.toml");
    private(
        &mine,
        "# my accounts, do not lose this comment\ndefault = \"work\"\n\n[accounts.work]\njid = \"w@x.example\" # the work bot\n",
    );
    let out = run(xmpp_clean()
        .env("XMPP_CONFIG", &mine)
        .args(["config", "import-sendxmpp"])
        .arg(&rc)
        .args(["--name", "old"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = std::fs::read_to_string(&mine).unwrap();
    assert!(
        text.contains("# my accounts, do not lose this comment"),
        "{text}"
    );
    assert!(text.contains("# the work bot"), "{text}");
    assert!(text.contains("[accounts.old]"), "{text}");
    assert!(
        text.find("[accounts.work]") < text.find("[accounts.old]"),
        "{text}"
    );
    assert_eq!(
        std::fs::metadata(&mine).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let out = run(xmpp_clean()
        .env("XMPP_CONFIG", &mine)
        .args(["config", "show", "-a", "old"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // No temporary file is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".xmpp-cli-"))
        .collect();
    assert!(leftovers.is_empty());

    // init: questions on stderr, answers on stdin; never a password.
    let fresh = dir.path().join("fresh.toml");
    let answers = format!(
        "{}\ncommand\nprintf '%s' '{}'\n127.0.0.1:{}\n",
        alice.jid, alice.password, p.c2s
    );
    let mut cmd = xmpp_clean();
    cmd.env("XMPP_CONFIG", &fresh)
        .args(["config", "init", "--name", "mine"]);
    let out = run_with_input(&mut cmd, answers.as_bytes());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = std::fs::read_to_string(&fresh).unwrap();
    assert!(
        text.contains("password_command") && !text.contains("\npassword ="),
        "{text}"
    );
    let out = run(xmpp_clean()
        .env("XMPP_CONFIG", &fresh)
        .arg("--ca-file")
        .arg(p.ca())
        .args(["ping"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run_with_input(&mut cmd, answers.as_bytes());
    assert_eq!(code(&out), 3, "init refuses to overwrite: {}", stderr(&out));
}

#[test]
fn systemd_credentials_directory_is_a_password_source() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let rx = Receiver::start(p, &bob, 1);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("xmpp-password"),
        format!("{}\n", alice.password),
    )
    .unwrap();
    let out = run(xmpp_clean()
        .env("CREDENTIALS_DIRECTORY", dir.path())
        .args([
            "--server",
            &format!("127.0.0.1:{}", p.c2s),
            "-j",
            &alice.jid,
        ])
        .arg("--ca-file")
        .arg(p.ca())
        .args(["send", "--headline", "-m", "from systemd", &bob.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let got = &rx.take(1)[0];
    assert_eq!(
        (
            got.kind.as_str(),
            got.body.as_str(),
            got.from.split('/').next()
        ),
        ("headline", "from systemd", Some(alice.jid.as_str()))
    );
}

#[test]
fn no_escape_sequences_in_output() {
    let p = prosody();
    let alice = p.account("alice");
    for args in [
        &["roster"][..],
        &["disco", "info"],
        &["ping"],
        &["config", "check"],
        &["send", "-m", "x", "nobody@localhost"],
    ] {
        let out = run(p.xmpp(&alice).env("NO_COLOR", "1").args(args));
        assert!(
            !out.stdout.contains(&0x1b) && !out.stderr.contains(&0x1b),
            "{args:?}"
        );
    }
    let out = run(xmpp_clean().args(["send", "--dry-run", "--headline", "-m", "x", "a@b.example"]));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("type=\"headline\"")
            || String::from_utf8_lossy(&out.stdout).contains("type='headline'")
    );
}
