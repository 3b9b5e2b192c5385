//! `xmpp roster` and `xmpp presence` against Prosody, with a second session
//! (a fresh `xmpp` or a slixmpp peer) as the witness.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use serde::Deserialize;

use crate::fixture::*;

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Item {
    jid: String,
    name: Option<String>,
    subscription: String,
    ask: Option<String>,
    groups: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Online {
    jid: String,
    show: String,
    status: Option<String>,
    priority: i8,
}

fn roster(p: &Server, who: &Account) -> Vec<Item> {
    let out = run(p.xmpp(who).args(["--json", "roster"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn add_set_remove_seen_by_a_fresh_session() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let out = run(p.xmpp(&alice).args([
        "roster", "add", &bob.jid, "--name", "Bob B.", "--group", "Work", "--group", "Friends",
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let items = roster(p, &alice);
    assert_eq!(
        items,
        vec![Item {
            jid: bob.jid.clone(),
            name: Some("Bob B.".into()),
            subscription: "none".into(),
            ask: None,
            groups: vec!["Friends".into(), "Work".into()],
        }]
    );
    // Human list: aligned, groups comma-joined.
    let out = run(p.xmpp(&alice).args(["roster", "list"]));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("JID "), "{text}");
    assert!(text.contains("Friends,Work"), "{text}");

    // set changes groups only; the name is kept.
    let out = run(p
        .xmpp(&alice)
        .args(["roster", "set", &bob.jid, "--group", "Family"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let items = roster(p, &alice);
    assert_eq!(
        (items[0].name.as_deref(), items[0].groups.clone()),
        (Some("Bob B."), vec!["Family".to_string()])
    );

    // add on an existing item is an update, not an error.
    let out = run(p
        .xmpp(&alice)
        .args(["roster", "add", &bob.jid, "--name", "Robert"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(roster(p, &alice)[0].name.as_deref(), Some("Robert"));

    let out = run(p.xmpp(&alice).args(["roster", "remove", &bob.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(roster(p, &alice).is_empty());

    // Removing what is not there: the server's error, exit 7.
    let out = run(p.xmpp(&alice).args(["roster", "remove", &bob.jid]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(stderr(&out).contains("item-not-found"), "{}", stderr(&out));
    let out = run(p
        .xmpp(&alice)
        .args(["roster", "set", &bob.jid, "--name", "x"]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
}

#[test]
fn export_remove_import_prune_and_dry_run() {
    let p = prosody();
    let alice = p.account("alice");
    let friends: Vec<String> = (0..5)
        .map(|i| format!("{}@localhost", unique(&format!("f{i}"))))
        .collect();
    for (i, f) in friends.iter().enumerate() {
        let group = format!("G{}", i % 2);
        let out = run(p.xmpp(&alice).args([
            "roster",
            "add",
            f,
            "--name",
            &format!("Friend {i}"),
            "--group",
            &group,
        ]));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
    let out = run(p.xmpp(&alice).args(["roster", "export"]));
    assert_eq!(code(&out), 0);
    let exported = out.stdout.clone();
    let before = roster(p, &alice);
    assert_eq!(before.len(), 5);

    for f in &friends {
        assert_eq!(code(&run(p.xmpp(&alice).args(["roster", "remove", f]))), 0);
    }
    let extra = format!("{}@localhost", unique("extra"));
    assert_eq!(
        code(&run(p.xmpp(&alice).args(["roster", "add", &extra]))),
        0
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("roster.json");
    std::fs::write(&file, &exported).unwrap();
    let file = file.to_str().unwrap();

    // --dry-run prints the plan and changes nothing.
    let out =
        run(p
            .xmpp(&alice)
            .args(["--json", "roster", "import", "--prune", "--dry-run", file]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let plan = json_lines(&out.stdout);
    assert_eq!(plan.iter().filter(|l| l["action"] == "add").count(), 5);
    assert_eq!(plan.iter().filter(|l| l["action"] == "remove").count(), 1);
    let now = roster(p, &alice);
    assert_eq!(now.len(), 1);
    assert_eq!(now[0].jid, extra);

    // Without --prune: adds, keeps the extra.
    let out = run(p.xmpp(&alice).args(["roster", "import", file]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(roster(p, &alice).len(), 6);

    // With --prune: exactly the exported set again.
    let mut cmd = p.xmpp(&alice);
    cmd.args(["roster", "import", "--prune", "-"]);
    let out = run_with_input(&mut cmd, &exported);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(roster(p, &alice), before);
}

#[test]
fn import_is_validated_before_connecting() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.json");
    std::fs::write(
        &file,
        r#"[{"jid":"ok@example.org"},{"jid":"bad@@example.org"}]"#,
    )
    .unwrap();
    let out = run(xmpp_clean()
        .env("XMPP_PASSWORD", "x")
        .args([
            "--server",
            &format!("127.0.0.1:{}", free_port()),
            "-j",
            "a@localhost",
            "roster",
            "import",
        ])
        .arg(&file));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("item 2"), "{}", stderr(&out));
    let out = run(xmpp_clean().args([
        "--server",
        &format!("127.0.0.1:{}", free_port()),
        "-j",
        "a@localhost",
        "roster",
        "add",
        "a@@b",
    ]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

#[test]
fn subscribe_and_approve_show_in_both_rosters() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    assert_eq!(
        code(&run(p.xmpp(&alice).args([
            "presence",
            "subscribe",
            &bob.jid
        ]))),
        0
    );
    let a = roster(p, &alice);
    assert_eq!(
        (
            a[0].jid.as_str(),
            a[0].subscription.as_str(),
            a[0].ask.as_deref()
        ),
        (bob.jid.as_str(), "none", Some("subscribe"))
    );
    let out = run(p.xmpp(&bob).args(["presence", "approve", &alice.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let a = roster(p, &alice);
    assert_eq!(
        (a[0].subscription.as_str(), a[0].ask.as_deref()),
        ("to", None)
    );
    let b = roster(p, &bob);
    assert_eq!(
        (b[0].jid.as_str(), b[0].subscription.as_str()),
        (alice.jid.as_str(), "from")
    );

    // deny revokes bob's approval; unsubscribe drops alice's side.
    assert_eq!(
        code(&run(p.xmpp(&bob).args(["presence", "deny", &alice.jid]))),
        0
    );
    assert_eq!(roster(p, &alice)[0].subscription, "none");
    assert_eq!(
        code(&run(p.xmpp(&alice).args([
            "presence",
            "unsubscribe",
            &bob.jid
        ]))),
        0
    );
}

/// Start `xmpp presence set` and wait until it is online.
fn hold_presence(p: &Server, who: &Account, args: &[&str]) -> std::process::Child {
    let mut cmd = p.xmpp(who);
    cmd.args(["-v", "presence", "set"]).args(args);
    cmd.stdout(Stdio::null()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let stderr = child.stderr.take().unwrap();
    let mut lines = BufReader::new(stderr).lines();
    loop {
        match lines.next() {
            Some(Ok(l)) if l.contains("info: online as") => break,
            Some(Ok(_)) => continue,
            other => panic!("presence set did not come online: {other:?}"),
        }
    }
    std::thread::spawn(move || for _ in lines {});
    child
}

#[test]
fn presence_list_shows_online_resources_and_offline_with_all() {
    let p = prosody();
    let (alice, bob, carol) = (p.account("alice"), p.account("bob"), p.account("carol"));
    for contact in [&bob, &carol] {
        assert_eq!(
            code(&run(p.xmpp(&alice).args([
                "presence",
                "subscribe",
                &contact.jid
            ]))),
            0
        );
        assert_eq!(
            code(&run(p
                .xmpp(contact)
                .args(["presence", "approve", &alice.jid]))),
            0
        );
    }
    let mut holder = hold_presence(
        p,
        &bob,
        &[
            "--show",
            "away",
            "--status",
            "in a meeting",
            "--priority",
            "5",
        ],
    );
    let out = run(p
        .xmpp(&alice)
        .args(["--json", "presence", "list", "--wait", "1"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let online: Vec<Online> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(online.len(), 1, "{online:?}");
    assert!(
        online[0].jid.starts_with(&format!("{}/", bob.jid)),
        "{online:?}"
    );
    assert_eq!(
        (
            online[0].show.as_str(),
            online[0].status.as_deref(),
            online[0].priority
        ),
        ("away", Some("in a meeting"), 5)
    );

    let out = run(p
        .xmpp(&alice)
        .args(["--json", "presence", "list", "--wait", "1", "--all"]));
    let all: Vec<Online> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(all.len(), 2, "{all:?}");
    let off = all
        .iter()
        .find(|o| o.jid == carol.jid)
        .expect("carol listed");
    assert_eq!(off.show, "offline");

    let _ = holder.kill();
    let _ = holder.wait();
}

#[test]
fn presence_set_ends_cleanly_on_sigterm_and_answers_iqs() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    // bob (slixmpp) subscribes to alice and is approved, so he sees her.
    let watcher = Receiver::start_watching_presence(p, &bob);
    assert_eq!(
        code(&run(p.xmpp(&alice).args([
            "presence",
            "subscribe",
            &bob.jid
        ]))),
        0
    );
    assert_eq!(
        code(&run(p.xmpp(&alice).args(["presence", "approve", &bob.jid]))),
        0
    );

    let mut holder = hold_presence(p, &alice, &["--show", "dnd", "--status", "busy"]);
    let seen = watcher.wait_line("alice available", |v| {
        v["presence"] == "dnd"
            && v["from"]
                .as_str()
                .is_some_and(|f| f.starts_with(&alice.jid))
    });
    let alice_full = seen["from"].as_str().unwrap().to_string();

    // IQs sent to the running session are answered.
    let out = run(p.xmpp(&bob).args(["ping", &alice_full]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(p.xmpp(&bob).args([
        "--json",
        "iq",
        "--to",
        &alice_full,
        r#"<query xmlns="urn:example:unknown"/>"#,
    ]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert_eq!(
        json_lines(&out.stdout)[0]["error"]["condition"],
        "service-unavailable"
    );

    let status = std::process::Command::new("kill")
        .args(["-TERM", &holder.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = holder.wait().unwrap();
    assert_eq!(exit.code(), Some(0));
    watcher.wait_line("alice unavailable", |v| {
        v["presence"] == "unavailable" && v["from"] == alice_full.as_str()
    });
}
