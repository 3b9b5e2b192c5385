//! `xmpp listen` against Prosody, fed by a slixmpp sender (a peer nobody
//! here wrote).

use serde::Deserialize;

use crate::fixture::*;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MessageLine {
    kind: String,
    from: Option<String>,
    to: Option<String>,
    #[serde(rename = "type")]
    kind_of_message: String,
    id: Option<String>,
    body: Option<String>,
    subject: Option<String>,
    thread: Option<String>,
    timestamp: String,
    delayed: bool,
    nick: Option<String>,
    carbon: Option<String>,
    encryption: Option<String>,
    archive_id: Option<String>,
}

fn listen(p: &Server, who: &Account, args: &[&str]) -> Running {
    let mut cmd = p.xmpp(who);
    cmd.args(["-v", "listen"]).args(args);
    Running::start(&mut cmd, "listening as")
}

fn parse(line: &str) -> MessageLine {
    serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}"))
}

#[test]
fn prints_500_messages_from_slixmpp_in_order() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let mut l = listen(p, &bob, &["--json", "--count", "500"]);
    slixmpp_send(p, &alice, &bob.jid, 500, &[]);
    let lines = l.take(500);
    assert_eq!(l.wait(), 0, "--count ends cleanly");
    for (i, line) in lines.iter().enumerate() {
        let m = parse(line);
        assert_eq!(
            m.body.as_deref(),
            Some(sent_body(i + 1).as_str()),
            "line {}",
            i + 1
        );
        assert_eq!(
            (m.kind.as_str(), m.kind_of_message.as_str()),
            ("message", "chat")
        );
        assert!(m.from.as_deref().unwrap().starts_with(&alice.jid));
        assert!(m.to.as_deref().unwrap().starts_with(&bob.jid));
        assert!(!m.delayed && m.nick.is_none() && m.carbon.is_none() && m.encryption.is_none());
        assert!(m.timestamp.ends_with('Z'));
        let _ = (&m.id, &m.subject, &m.thread);
    }
    assert!(l.lines.try_recv().is_err(), "exactly 500 lines");
}

#[test]
fn offline_messages_arrive_delayed_with_their_stamp() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    slixmpp_send(p, &alice, &bob.jid, 2, &[]);
    let mut l = listen(p, &bob, &["--json", "--count", "2"]);
    let lines = l.take(2);
    assert_eq!(l.wait(), 0);
    for (i, line) in lines.iter().enumerate() {
        let m = parse(line);
        assert!(m.delayed, "{line}");
        assert_eq!(m.body.as_deref(), Some(sent_body(i + 1).as_str()));
        assert!(
            m.timestamp.ends_with('Z') && m.timestamp.len() >= 20,
            "{}",
            m.timestamp
        );
    }
    // Human mode: multi-line bodies stay one event, continuation indented.
    slixmpp_send(p, &alice, &bob.jid, 1, &[]);
    let mut l = listen(p, &bob, &["--count", "1"]);
    let lines = l.take(2);
    assert_eq!(l.wait(), 0);
    assert!(
        lines[0].contains(&format!("{}/", alice.jid)) && lines[0].ends_with("ampersand"),
        "{lines:?}"
    );
    assert_eq!(lines[1], "    second line 1");
}

#[test]
fn from_filter_presence_and_iq_lines_and_answers() {
    let p = prosody();
    let (alice, bob, carol) = (p.account("alice"), p.account("bob"), p.account("carol"));
    // bob sees alice's presence.
    assert_eq!(
        code(&run(p.xmpp(&bob).args([
            "presence",
            "subscribe",
            &alice.jid
        ]))),
        0
    );
    assert_eq!(
        code(&run(p.xmpp(&alice).args(["presence", "approve", &bob.jid]))),
        0
    );
    let mut l = listen(p, &bob, &["--json", "--all", "--from", &alice.jid]);
    let bob_full = l
        .stderr_line("listening as")
        .rsplit(' ')
        .next()
        .unwrap()
        .to_string();

    slixmpp_send(p, &carol, &bob.jid, 1, &[]); // filtered out
    let out = run(p.xmpp(&alice).args(["send", "-m", "from alice", &bob.jid]));
    assert_eq!(code(&out), 0);
    // An IQ to the listener: answered (pong) and printed.
    let out = run(p.xmpp(&alice).args(["ping", &bob_full]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // alice comes online and goes away again.
    let out = run(p
        .xmpp(&alice)
        .args(["presence", "set", "--show", "xa", "--hold", "0"]));
    assert_eq!(code(&out), 0);

    // Collect until alice's unavailable that follows her "xa" presence.
    // (Prosody may first send alice's last unavailable presence at login.)
    let mut lines: Vec<serde_json::Value> = Vec::new();
    while !(lines.iter().any(|l| l["show"] == "xa")
        && lines.last().is_some_and(|l| l["type"] == "unavailable"))
    {
        lines.push(serde_json::from_str(&l.take(1)[0]).unwrap());
    }
    l.terminate();
    assert_eq!(l.wait(), 0);
    assert!(
        lines
            .iter()
            .all(|l| l["from"].as_str().unwrap().starts_with(&alice.jid)),
        "{lines:?}"
    );
    let messages: Vec<_> = lines.iter().filter(|l| l["kind"] == "message").collect();
    assert_eq!(
        messages.len(),
        1,
        "carol's message is filtered out: {lines:?}"
    );
    assert_eq!(messages[0]["body"], "from alice");
    let iq = lines
        .iter()
        .find(|l| l["kind"] == "iq")
        .expect("the ping is printed");
    assert_eq!(iq["type"], "get");
    assert!(iq["payload"].as_str().unwrap().contains("urn:xmpp:ping"));
    let xa = lines.iter().position(|l| l["show"] == "xa").unwrap();
    assert_eq!(
        (lines[xa]["kind"].as_str(), lines[xa]["type"].as_str()),
        (Some("presence"), Some("available"))
    );
    let order: Vec<&str> = lines.iter().map(|l| l["kind"].as_str().unwrap()).collect();
    let first_message = order.iter().position(|k| *k == "message").unwrap();
    let first_iq = order.iter().position(|k| *k == "iq").unwrap();
    assert!(first_message < first_iq && first_iq < xa, "{order:?}");
}

#[test]
fn answers_a_slixmpp_peer_and_ends_on_sigterm_with_unavailable() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    // alice (slixmpp) watches bob: bob asks, alice accepts and asks back.
    let watcher = Receiver::start_watching_presence(p, &alice);
    assert_eq!(
        code(&run(p.xmpp(&bob).args([
            "presence",
            "subscribe",
            &alice.jid
        ]))),
        0
    );
    watcher.wait_line("alice's subscription request", |v| {
        v["presence"] == "subscribed" || v["presence"] == "subscribe"
    });
    assert_eq!(
        code(&run(p.xmpp(&bob).args(["presence", "approve", &alice.jid]))),
        0
    );

    let mut l = listen(p, &bob, &["--json"]);
    let bob_full = l
        .stderr_line("listening as")
        .rsplit(' ')
        .next()
        .unwrap()
        .to_string();
    watcher.wait_line("bob online", |v| {
        v["presence"] == "available" && v["from"] == bob_full.as_str()
    });

    let answer = slixmpp_send(p, &alice, &bob_full, 0, &["--query"]);
    let answer: serde_json::Value = serde_json::from_str(answer.lines().next().unwrap()).unwrap();
    assert_eq!(answer["ping"], true);
    let features: Vec<&str> = answer["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    for f in [
        "http://jabber.org/protocol/disco#info",
        "urn:xmpp:ping",
        "jabber:iq:version",
    ] {
        assert!(features.contains(&f), "{features:?}");
    }

    l.terminate();
    assert_eq!(l.wait(), 0, "SIGTERM is a clean end");
    watcher.wait_line("bob unavailable", |v| {
        v["presence"] == "unavailable" && v["from"] == bob_full.as_str()
    });
}

#[test]
fn muc_messages_carry_room_and_nick_and_join_errors_exit_7() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let room = format!("{}@conference.localhost", unique("room"));
    let mut l = listen(
        p,
        &bob,
        &[
            "--json",
            "--muc",
            &room,
            "--nick",
            "bobby",
            "--no-history",
            "--type",
            "groupchat",
            "--count",
            "1",
        ],
    );
    slixmpp_send(p, &alice, &room, 1, &["--room", "alice-nick"]);
    let m = parse(&l.take(1)[0]);
    assert_eq!(l.wait(), 0);
    assert_eq!(m.kind_of_message, "groupchat");
    assert_eq!(
        m.from.as_deref(),
        Some(format!("{room}/alice-nick").as_str())
    );
    assert_eq!(m.nick.as_deref(), Some("alice-nick"));
    assert_eq!(m.body.as_deref(), Some(sent_body(1).as_str()));

    // A domain without a MUC service: the join error, exit 7.
    let out = run(p
        .xmpp(&bob)
        .args(["listen", "--muc", "room@upload.localhost", "--count", "1"]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cannot join room@upload.localhost"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("not a group chat service"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_room_that_listen_creates_is_open_to_others() {
    // Prosody locks a new room until its owner configures it; listen
    // accepts the default configuration (an instant room) at once.
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let room = format!("{}@conference.localhost", unique("fresh"));
    let mut l = listen(p, &bob, &["--json", "--muc", &room, "--count", "1"]);
    assert!(
        l.stderr_line("created").contains(&room),
        "{}",
        l.stderr.lock().unwrap()
    );
    let out = run(p
        .xmpp(&alice)
        .args(["send", "--muc", &room, "-m", "hello room"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let m = parse(&l.take(1)[0]);
    assert_eq!(m.body.as_deref(), Some("hello room"));
    assert_eq!(l.wait(), 0);
}

#[test]
fn a_user_address_is_not_a_room() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    for args in [
        vec!["send", "--muc", &bob.jid, "-m", "x"],
        vec!["listen", "--muc", &bob.jid, "--count", "1"],
    ] {
        let out = run(p.xmpp(&alice).arg("--timeout").arg("30").args(&args));
        assert_eq!(code(&out), 7, "{}", stderr(&out));
        assert!(
            stderr(&out).contains("not a group chat service"),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn exec_gets_json_and_env_and_a_failure_stops_listen_unacknowledged() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log");
    // Succeeds for "first", fails for anything else.
    let cmd = format!(
        "cat >> {log}; printf '%s|%s|%s\\n' \"$XMPP_FROM\" \"$XMPP_TYPE\" \"$XMPP_BODY\" >> {log}; [ \"$XMPP_BODY\" = first ]",
        log = log.display()
    );
    let mut l = listen(p, &bob, &["--json", "--count", "2", "--exec", &cmd]);
    for body in ["first", "second"] {
        assert_eq!(
            code(&run(p.xmpp(&alice).args(["send", "-m", body, &bob.jid]))),
            0
        );
    }
    l.take(2);
    assert_eq!(l.wait(), 1, "a failed hook stops listen");
    let text = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    let event: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(event["body"], "first");
    assert!(
        lines[1].starts_with(&alice.jid) && lines[1].ends_with("|chat|first"),
        "{}",
        lines[1]
    );
    assert!(lines[3].ends_with("|chat|second"));
    let err = l.stderr.lock().unwrap().clone();
    assert!(
        err.contains("--exec: the command failed") && err.contains("not acknowledged"),
        "{err}"
    );
    // "first" was handled; "second" is still the server's.
    let out = run(p.xmpp(&bob).args(["listen", "--json", "--count", "1"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let again = json_lines(&out.stdout);
    assert_eq!(again.len(), 1);
    assert_eq!(again[0]["body"], "second");
}

#[test]
fn broken_pipe_ends_listen_quietly() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let mut cmd = std::process::Command::new("sh");
    cmd.arg("-c")
        .arg(format!(
            "{bin} --server 127.0.0.1:{port} --ca-file {ca} -j {jid} --json listen | head -1",
            bin = bin(),
            port = p.c2s,
            ca = p.ca().display(),
            jid = bob.jid
        ))
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap())
        .env("XMPP_PASSWORD", &bob.password);
    cmd.stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    // Keep sending until the listener has written past the closed pipe
    // (the first lines may all fit into the pipe before head exits).
    for _ in 0..50 {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        let out = run(p.xmpp(&alice).args(["send", "-m", "tick", &bob.jid]));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    let out = wait_output(child, std::time::Duration::from_secs(60));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}

#[test]
fn reconnect_after_a_server_restart_and_exit_4_without() {
    let own = OwnProsody::start();
    let p = &own.server;
    let (alice, bob) = (p.account("alice"), p.account("bob"));

    let mut plain = listen(p, &bob, &["--json"]);
    let mut again = listen(p, &bob, &["--json", "--reconnect", "--count", "1"]);
    own.kill();
    assert_eq!(plain.wait(), 4, "without --reconnect a drop exits 4");
    own.up();
    // The reconnecting listener comes back on its own.
    again.wait_stderr("reconnected");
    assert_eq!(
        code(&run(p.xmpp(&alice).args([
            "send",
            "-m",
            "after restart",
            &bob.jid
        ]))),
        0
    );
    let m = parse(&again.take(1)[0]);
    assert_eq!(m.body.as_deref(), Some("after restart"));
    // The server archives (mod_mam): the event says under which id.
    assert!(m.archive_id.is_some(), "{m:?}");
    assert_eq!(again.wait(), 0);
}

/// The link goes half-dead (the listener's acks and pings still reach the
/// server, nothing comes back): the keepalive ping finds out, `--reconnect`
/// resumes the session (XEP-0198), and the server sends again what never
/// arrived: every message printed exactly once, in order.
#[test]
fn half_dead_link_is_resumed_and_nothing_is_missed() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let proxy = Proxy::to(p.c2s);
    let mut cmd = p.xmpp_at(&bob, proxy.port);
    cmd.args(["--timeout", "2", "-v", "listen", "--json", "--reconnect"])
        .args(["--keepalive", "1"])
        .args(["--count", "10"]);
    let mut l = Running::start(&mut cmd, "listening as");
    let send = |body: &str| {
        let out = run(p.xmpp(&alice).args(["send", "-m", body, &bob.jid]));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    };
    for i in 1..=5 {
        send(&format!("before {i}"));
    }
    let mut lines = l.take(5);
    proxy.mute();
    for i in 1..=5 {
        send(&format!("during {i}"));
    }
    lines.extend(l.take(5));
    assert_eq!(l.wait(), 0, "{}", l.stderr.lock().unwrap());
    let bodies: Vec<String> = lines.iter().map(|l| parse(l).body.unwrap()).collect();
    let expected: Vec<String> = (1..=5)
        .map(|i| format!("before {i}"))
        .chain((1..=5).map(|i| format!("during {i}")))
        .collect();
    assert_eq!(bodies, expected);
    assert!(
        l.stderr.lock().unwrap().contains("resumed the session"),
        "{}",
        l.stderr.lock().unwrap()
    );
}

#[test]
fn carbons_show_what_the_accounts_other_clients_send() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let mut l = listen(p, &bob, &["--json", "--carbons", "--count", "1"]);
    // bob's other client (a one-shot xmpp send) writes to alice.
    let out = run(p
        .xmpp(&bob)
        .args(["send", "-m", "sent elsewhere", &alice.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let m = parse(&l.take(1)[0]);
    assert_eq!(l.wait(), 0);
    assert_eq!(m.carbon.as_deref(), Some("sent"));
    assert_eq!(m.body.as_deref(), Some("sent elsewhere"));
    assert_eq!(m.to.as_deref(), Some(alice.jid.as_str()));
}

/// A message routed to the account's other client (a higher priority)
/// reaches the listener as a `received` carbon, with who sent it.
#[test]
fn carbons_show_what_the_accounts_other_clients_receive() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let mut l = listen(p, &bob, &["--json", "--carbons", "--count", "1"]);
    // bob's other client, more available: the server routes to it.
    let mut other = p.xmpp(&bob);
    other.args(["-v", "presence", "set", "--priority", "10"]);
    let mut other = Running::start(&mut other, "online as");
    send_one(p, &alice, &bob, "for the other client");
    let m = parse(&l.take(1)[0]);
    assert_eq!(l.wait(), 0);
    assert_eq!(m.carbon.as_deref(), Some("received"));
    assert_eq!(m.body.as_deref(), Some("for the other client"));
    assert!(m.from.as_deref().unwrap().starts_with(&alice.jid), "{m:?}");
    other.terminate();
    other.wait();
}

/// Send one message from `from` to `to` with `xmpp send`.
fn send_one(p: &Server, from: &Account, to: &Account, body: &str) {
    let out = run(p.xmpp(from).args(["send", "-m", body, &to.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn what_a_listener_printed_is_not_delivered_again_after_count_sigterm_or_ctrl_c() {
    // Prosody with mod_smacks: what the server sent but was not
    // acknowledged goes to offline storage when the session ends, and
    // comes back at the next login, unless the final <a/> covered it.
    let p = prosody();
    for ending in ["count", "sigterm", "ctrl-c"] {
        let (alice, bob) = (p.account("alice"), p.account("bob"));
        let args: &[&str] = if ending == "count" {
            &["--json", "--count", "1"]
        } else {
            &["--json"]
        };
        let mut l = listen(p, &bob, args);
        send_one(p, &alice, &bob, &format!("first {ending}"));
        let first = parse(&l.take(1)[0]);
        assert_eq!(
            first.body.as_deref(),
            Some(format!("first {ending}").as_str())
        );
        match ending {
            "sigterm" => l.terminate(),
            "ctrl-c" => {
                let _ = std::process::Command::new("kill")
                    .args(["-INT", &l.child.id().to_string()])
                    .status();
            }
            _ => {}
        }
        let status = l.wait();
        assert!(status == 0 || status == 130, "{ending}: exit {status}");
        // The next session sees only what is new.
        let mut again = listen(p, &bob, &["--json", "--count", "1"]);
        send_one(p, &alice, &bob, &format!("second {ending}"));
        let next = parse(&again.take(1)[0]);
        assert_eq!(
            next.body.as_deref(),
            Some(format!("second {ending}").as_str()),
            "{ending}: the printed message came back (delayed: {})",
            next.delayed
        );
        assert_eq!(again.wait(), 0);
    }
}

#[test]
fn human_output_shows_control_and_bidi_characters_escaped() {
    // A body that would rewrite the line on a terminal: a carriage
    // return back to column 0 with a fake sender, and a right-to-left
    // override. slixmpp sends it as a contact would.
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let mut l = listen(p, &bob, &["--count", "1"]);
    let body = "ok\r2026-12-01T00:00:00Z boss@localhost: wire the money \u{202e}gnp.exe";
    slixmpp_send(p, &alice, &bob.jid, 1, &["--body", body]);
    // Prosody hands the carriage return on as a raw one, which XML reads
    // as a newline: it arrives as a continuation line, indented. (A
    // server that keeps it as &#13; gets it shown as \r.)
    let lines = l.take(2);
    assert_eq!(l.wait(), 0);
    for line in &lines {
        assert!(
            !line.contains('\r') && !line.contains('\u{202e}'),
            "{line:?}"
        );
    }
    assert!(lines[0].contains(&format!("{}/", alice.jid)), "{lines:?}");
    assert!(
        lines[0].ends_with(": ok") || lines[0].contains("ok\\r2026"),
        "{lines:?}"
    );
    assert!(lines[1].starts_with("    "), "{lines:?}");
    assert!(lines[1].ends_with("\\u{202e}gnp.exe"), "{lines:?}");
}

#[test]
fn a_forged_carbon_from_a_contact_is_dropped() {
    // mallory wraps words of "boss" in a carbon: only our own account
    // sends carbons (XEP-0280 §11), so listen must not print it as boss's.
    let p = prosody();
    let (mallory, bob) = (p.account("mallory"), p.account("bob"));
    let boss = format!("boss@{}", bob.jid.split('@').nth(1).unwrap());
    for args in [
        &["--json", "--count", "1"][..],
        &[
            "--json",
            "--carbons",
            "--count",
            "1",
            "--from",
            &boss,
            "--from",
            &mallory.jid,
        ],
    ] {
        let mut l = listen(p, &bob, args);
        let forged = format!(
            "<message to='{bob}' type='chat'><received xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' from='{boss}/desk' to='{bob}' type='chat'><body>wire the money</body></message></forwarded></received></message>",
            bob = bob.jid
        );
        slixmpp_send(p, &mallory, &bob.jid, 1, &["--raw", &forged]);
        let m = parse(&l.take(1)[0]);
        assert_eq!(l.wait(), 0);
        assert!(
            m.from.as_deref().unwrap().starts_with(&mallory.jid),
            "{m:?}"
        );
        assert_ne!(m.body.as_deref(), Some("wire the money"), "{m:?}");
        assert!(m.carbon.is_none());
        assert!(l.stderr_line("forged carbon").contains(&mallory.jid));
    }
}

#[test]
fn exec_children_write_to_stderr_and_cannot_hold_listen_up() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    // The child prints, and never reads its 100 KiB stdin; --exec-timeout
    // ends it, and with it the run (exit 1): the event is not handled.
    let mut l = listen(
        p,
        &bob,
        &[
            "--json",
            "--exec",
            "echo CHILD-SAYS-HI; sleep 30",
            "--exec-timeout",
            "1",
        ],
    );
    let big = "x".repeat(100 * 1024);
    send_one(p, &alice, &bob, &big);
    let lines = l.take(1);
    assert_eq!(l.wait(), 1);
    // Only events on stdout.
    assert_eq!(parse(&lines[0]).body.as_deref(), Some(big.as_str()));
    let err = l.stderr.lock().unwrap().clone();
    assert!(err.contains("CHILD-SAYS-HI"), "{err}");
    assert!(err.contains("killed after 1s"), "{err}");
}

#[test]
fn the_password_command_runs_once_across_reconnects() {
    let own = OwnProsody::start();
    let p = &own.server;
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let dir = tempfile::tempdir().unwrap();
    let (runs, pw) = (dir.path().join("runs"), dir.path().join("pw"));
    std::fs::write(&pw, format!("{}\n", bob.password)).unwrap();
    let command = format!("echo run >> {}; cat {}", runs.display(), pw.display());
    let mut cmd = p.xmpp(&bob);
    cmd.env_remove("XMPP_PASSWORD").args([
        "-v",
        "--password-command",
        &command,
        "listen",
        "--json",
        "--reconnect",
        "--count",
        "1",
    ]);
    let mut l = Running::start(&mut cmd, "listening as");
    own.kill();
    own.up();
    l.wait_stderr("reconnected");
    send_one(p, &alice, &bob, "after restart");
    assert_eq!(parse(&l.take(1)[0]).body.as_deref(), Some("after restart"));
    assert_eq!(l.wait(), 0);
    let ran = std::fs::read_to_string(&runs).unwrap();
    assert_eq!(
        ran.lines().count(),
        1,
        "the password command ran {} times",
        ran.lines().count()
    );
}

#[test]
fn listen_presence_leaves_out_its_own_session() {
    // The server reflects our own initial presence; it is not a contact's.
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let mut l = listen(p, &bob, &["--presence", "--json", "--count", "1"]);
    send_one(p, &alice, &bob, "first event");
    let line = l.take(1).remove(0);
    assert_eq!(l.wait(), 0);
    let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(v["kind"], "message", "{line}");
    assert_eq!(v["body"], "first event", "{line}");
}
