//! `xmpp adhoc` and `xmpp admin` against Prosody (mod_admin_adhoc,
//! mod_announce, admin@localhost in `admins`) and ejabberd (mod_adhoc,
//! mod_configure, mod_announce, admin@localhost in the admin ACL):
//! accounts made, changed and deleted as a slixmpp client and `xmpp`
//! itself see them; what a server does not offer named with the server.

use crate::fixture::*;

/// Whether `account` can log in (`xmpp ping` of its server).
fn logs_in(p: &Server, account: &Account) -> bool {
    let out = run(p.xmpp(account).arg("ping"));
    code(&out) == 0
}

#[test]
fn admin_manages_an_account_from_creation_to_deletion_on_prosody() {
    manages_an_account(prosody(), "Prosody");
}

#[test]
fn admin_manages_an_account_from_creation_to_deletion_on_ejabberd() {
    manages_an_account(ejabberd(), "ejabberd");
}

/// The life of an account through `admin` on `p` (whose software calls
/// itself `software`).
fn manages_an_account(p: &Server, software: &str) {
    let admin = p.admin();
    let new = Account {
        jid: format!("{}@localhost", unique("colleague")),
        password: "first-secret-pw".into(),
    };
    let dir = tempfile::tempdir().unwrap();
    let pw = dir.path().join("pw");
    std::fs::write(&pw, format!("{}\n", new.password)).unwrap();

    // add-user: the new account logs in.
    let out = run(p
        .xmpp(&admin)
        .args(["--json", "admin", "add-user", "--new-password-file"])
        .arg(&pw)
        .arg(&new.jid));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(json_lines(&out.stdout)[0]["status"], "done");
    assert!(logs_in(p, &new));
    let rx = Receiver::start(p, &new, 1);
    let out = run(p.xmpp(&admin).args(["--json", "admin", "registered-users"]));
    if software == "ejabberd" {
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let all = json_lines(&out.stdout)[0].clone();
        assert!(
            all.as_array()
                .unwrap()
                .iter()
                .any(|j| j == new.jid.as_str()),
            "{all}"
        );
    } else {
        // Prosody has no get-registered-users-list.
        assert_eq!(code(&out), 7, "{}", stderr(&out));
        assert!(
            stderr(&out).contains("get-registered-users-list"),
            "{}",
            stderr(&out)
        );
    }

    // online-users lists it; announce reaches it.
    let out = run(p.xmpp(&admin).args(["--json", "admin", "online-users"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let online = &json_lines(&out.stdout)[0];
    assert!(
        online
            .as_array()
            .unwrap()
            .iter()
            .any(|j| j.as_str().is_some_and(|j| j.starts_with(&new.jid))),
        "{online}"
    );
    let out = run(p
        .xmpp(&admin)
        .args(["admin", "announce", "-m", "maintenance at 22:00"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(rx.take(1)[0].body, "maintenance at 22:00");

    // change-password: the old one is refused, the new one works.
    let changed = Account {
        jid: new.jid.clone(),
        password: "second-secret-pw".into(),
    };
    let out = run(p.xmpp(&admin).env("NEWPW", &changed.password).args([
        "admin",
        "change-password",
        "--new-password-env",
        "NEWPW",
        &new.jid,
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!logs_in(p, &new), "the old password still works");
    assert!(logs_in(p, &changed));

    // end-sessions: a connected listener is disconnected.
    let mut cmd = p.xmpp(&changed);
    cmd.args(["-v", "listen"]);
    let mut l = Running::start(&mut cmd, "listening as");
    let out = run(p.xmpp(&admin).args(["admin", "end-sessions", &new.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // Prosody closes the stream (exit 4), ejabberd kicks with a stream
    // error (policy-violation, exit 7): either way the listener is gone.
    let ended = l.wait();
    assert!(
        matches!(ended, 4 | 7),
        "{ended}: {}",
        l.stderr.lock().unwrap()
    );

    // Neither server offers disable-user: exit 7 naming the command and
    // the server.
    let out = run(p.xmpp(&admin).args(["admin", "disable-user", &new.jid]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("disable-user") && err.contains(software),
        "{err}"
    );

    // delete-user: it cannot log in any more.
    let out = run(p.xmpp(&admin).args(["admin", "delete-user", &new.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!logs_in(p, &changed));

    // A non-admin is refused.
    let alice = p.account("alice");
    let out = run(p.xmpp(&alice).args(["admin", "delete-user", &admin.jid]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(logs_in(p, &admin));
}

#[test]
fn a_generated_password_is_printed_once_and_bulk_input_gets_a_line_each() {
    let p = prosody();
    let admin = p.admin();
    let jid = format!("{}@localhost", unique("gen"));
    let out =
        run(p
            .xmpp(&admin)
            .args(["--json", "admin", "add-user", "--generate-password", &jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let line = &json_lines(&out.stdout)[0];
    let password = line["password"].as_str().unwrap().to_string();
    assert_eq!(password.len(), 24);
    assert!(logs_in(
        p,
        &Account {
            jid: jid.clone(),
            password
        }
    ));

    // 100 accounts from NDJSON, one status line each.
    let names: Vec<String> = (0..100)
        .map(|i| format!("{}@localhost", unique(&format!("bulk{i}-"))))
        .collect();
    let input: String = names
        .iter()
        .map(|j| format!("{{\"jid\": \"{j}\", \"password\": \"pw-{j}\"}}\n"))
        .collect();
    let out = run_with_input(
        p.xmpp(&admin)
            .args(["--json", "admin", "add-user", "--ndjson"]),
        input.as_bytes(),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 100);
    assert!(lines
        .iter()
        .all(|l| l["status"] == "done" && l.get("password").is_none()));
    let last = names.last().unwrap();
    // The command's error note is the refusal: exit 7 with its words.
    let out = run(p
        .xmpp(&admin)
        .args(["admin", "add-user", "--generate-password", last]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Account already exists"),
        "{}",
        stderr(&out)
    );
    assert!(logs_in(
        p,
        &Account {
            jid: last.clone(),
            password: format!("pw-{last}")
        }
    ));
    let out = run(p.xmpp(&admin).args(["--json", "admin", "registered-users"]));
    // Prosody has no get-registered-users-list: the message names the
    // command and the server software.
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("get-registered-users-list") && err.contains("Prosody"),
        "{err}"
    );
}

#[test]
fn dry_run_prints_the_requests_and_logs_in_nowhere() {
    let p = prosody();
    let admin = p.admin();
    let out = run(p
        .xmpp(&admin)
        .env("XMPP_PASSWORD", "not the password: nothing logs in")
        .env("NEWPW", "secret-new-pw")
        .args([
            "admin",
            "add-user",
            "--dry-run",
            "--new-password-env",
            "NEWPW",
        ])
        .args(["a@localhost", "b@localhost"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(
        text.contains("http://jabber.org/protocol/admin#add-user") && text.contains("a@localhost"),
        "{text}"
    );
    assert!(
        !text.contains("secret-new-pw") && text.contains("***"),
        "{text}"
    );
}

#[test]
fn a_non_admin_is_refused_and_adhoc_shows_forms_and_checks_them() {
    let p = prosody();
    let (admin, alice) = (p.admin(), p.account("alice"));
    let out = run(p.xmpp(&alice).args(["admin", "delete-user", &admin.jid]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(stderr(&out).contains("forbidden"), "{}", stderr(&out));
    assert!(logs_in(p, &admin));

    let out = run(p.xmpp(&admin).args(["--json", "adhoc", "list"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let nodes = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        nodes.contains("http://jabber.org/protocol/admin#add-user"),
        "{nodes}"
    );

    let node = "http://jabber.org/protocol/admin#add-user";
    let out =
        run(p
            .xmpp(&admin)
            .args(["--json", "adhoc", "run", "--forms-only", "localhost", node]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let stage = &json_lines(&out.stdout)[0];
    assert_eq!(stage["status"], "executing");
    let fields = stage["form"]["fields"].as_array().unwrap();
    let accountjid = fields.iter().find(|f| f["var"] == "accountjid").unwrap();
    assert_eq!(
        (
            accountjid["type"].as_str(),
            accountjid["required"].as_bool()
        ),
        (Some("jid-single"), Some(true))
    );

    // A required field left empty: exit 2 before anything is submitted.
    let out =
        run(p
            .xmpp(&admin)
            .args(["adhoc", "run", "localhost", node, "--field", "password=x"]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("accountjid"), "{}", stderr(&out));

    // The same command driven by --field and --form-json.
    let jid = format!("{}@localhost", unique("adhoc"));
    let out = run_with_input(
        p.xmpp(&admin)
            .args([
                "--json",
                "adhoc",
                "run",
                "localhost",
                node,
                "--form-json",
                "-",
            ])
            .args(["--field", &format!("accountjid={jid}")]),
        br#"{"password": "pw-adhoc", "password-verify": "pw-adhoc"}"#,
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(logs_in(
        p,
        &Account {
            jid,
            password: "pw-adhoc".into()
        }
    ));
}

/// A multi-stage command of an independent client (slixmpp's XEP-0050):
/// driven to its end by --field, with a step back (--action prev), and
/// canceled on request or when an answer does not fit the form.
#[test]
fn a_multi_stage_command_forward_back_and_canceled() {
    use std::io::{BufRead, BufReader};
    let p = prosody();
    let (alice, peer) = (p.account("alice"), p.account("wizard"));
    let mut child = std::process::Command::new("/usr/bin/python3")
        .arg(repo().join("tests/peers/adhoc_peer.py"))
        .args([&peer.jid, "127.0.0.1", &p.c2s.to_string()])
        .arg(p.ca())
        .env("RECEIVER_PASSWORD", &peer.password)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3 with slixmpp");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut next = move || -> serde_json::Value {
        let line = lines.next().expect("a line from the peer").unwrap();
        serde_json::from_str(&line).unwrap_or(serde_json::Value::String(line))
    };
    let ready = next();
    let full = ready
        .as_str()
        .unwrap()
        .strip_prefix("ready ")
        .unwrap()
        .to_string();
    let wizard = |extra: &[&str]| {
        run(p
            .xmpp(&alice)
            .args(["--json", "adhoc", "run", &full, "wizard"])
            .args(extra))
    };

    // Forward, back, forward again, complete: the stages as the peer saw them.
    let out = wizard(&[
        "--field",
        "name=Ann",
        "--field",
        "color=blue",
        "--action",
        "next",
        "--action",
        "prev",
        "--action",
        "next",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let seen: Vec<serde_json::Value> = (0..5).map(|_| next()).collect();
    assert_eq!(seen[0]["via"], "execute");
    assert_eq!(
        (seen[1]["stage"].as_i64(), seen[2]["via"].as_str()),
        (Some(2), Some("prev"))
    );
    assert_eq!(seen[3]["stage"], 2);
    assert_eq!(seen[4]["completed"]["color"], "blue");
    let stages = json_lines(&out.stdout);
    let last = stages.last().unwrap();
    assert_eq!(last["status"], "completed");
    assert_eq!(last["notes"][0]["text"], "Ann likes blue");
    assert_eq!(stages.len(), 5, "every stage under --json");

    // Canceled on request.
    let out = wizard(&["--field", "name=Ann", "--action", "cancel"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(next()["via"], "execute");
    assert_eq!(next()["canceled"], true);
    assert_eq!(
        json_lines(&out.stdout).last().unwrap()["status"],
        "canceled"
    );

    // An answer the second form does not take: exit 2, and the session
    // is canceled on the peer.
    let out = wizard(&["--field", "name=Ann", "--field", "color=green"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("red, blue"), "{}", stderr(&out));
    assert_eq!(next()["via"], "execute");
    assert_eq!(next()["stage"], 2);
    assert_eq!(next()["canceled"], true);
    // Interrupted while the peer works on a stage: the session is
    // canceled on the peer, exit 130.
    let mut cmd = p.xmpp(&alice);
    cmd.args(["-v", "adhoc", "run", &full, "slow", "--field", "name=Ann"]);
    let mut slow = Running::start(&mut cmd, "online as");
    assert_eq!(next()["via"], "execute");
    assert_eq!(next()["waiting"], true);
    slow.terminate();
    assert_eq!(slow.wait(), 130, "{}", slow.stderr.lock().unwrap());
    assert_eq!(next()["canceled"], true);
    // A planned action the stage does not offer: exit 2, canceled too.
    let out = wizard(&["--field", "name=Ann", "--action", "prev"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("offers next"), "{}", stderr(&out));
    assert_eq!(next()["via"], "execute");
    assert_eq!(next()["canceled"], true);
    let _ = child.kill();
    let _ = child.wait();
}
