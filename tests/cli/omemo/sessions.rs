//! OMEMO across sessions: reconnection and resumption, a locked store,
//! hooks, the archive, carbons and catching up.

use super::*;

/// `send --omemo --lines --reconnect` over a link that goes half-dead:
/// the session is resumed and what was written again is the encrypted
/// stanza itself, so every message decrypts exactly once.
#[test]
fn send_omemo_reconnect_resumes_and_every_message_decrypts_once() {
    let server = prosody();
    let (alice, bob) = (server.account("ok-a"), server.account("ok-b"));
    let data = tempfile::tempdir().unwrap();
    let peer = Peer::start(&bob);
    let proxy = crate::fixture::Proxy::to(server.c2s);
    let mut cmd = server.xmpp_at(&alice, proxy.port);
    cmd.env("XDG_DATA_HOME", data.path()).args([
        "--timeout",
        "3",
        "-v",
        "--json",
        "send",
        "--omemo",
        "--lines",
        "--reconnect",
        &bob.jid,
    ]);
    let n = 300;
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut lines_in = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let statuses = std::thread::spawn(move || BufReader::new(stdout).lines().count());
    let mut feed = |from: usize, to: usize| {
        for i in from..=to {
            writeln!(lines_in, "line {i}").unwrap();
        }
        lines_in.flush().unwrap();
    };
    feed(1, 100);
    let mut got: Vec<String> = (0..100)
        .map(|_| body(&peer.message()).to_string())
        .collect();
    // The server's side goes silent: our stanzas still arrive, its acks
    // no longer reach us.
    proxy.mute();
    feed(101, n);
    drop(lines_in);
    got.extend((100..n).map(|_| {
        let m = peer.message();
        assert_eq!(m["encrypted"], true, "{m}");
        body(&m).to_string()
    }));
    let out = crate::fixture::wait_output(child, Duration::from_secs(120));
    let err = stderr(&out);
    assert_eq!(code(&out), 0, "{err}");
    assert!(err.contains("resumed the session"), "{err}");
    // The peer's handlers run concurrently (a prekey message takes longer
    // to read), so it reports in its own order: compare the sets.
    let mut want: Vec<String> = (1..=n).map(|i| format!("line {i}")).collect();
    want.sort();
    got.sort();
    assert_eq!(got, want, "each message exactly once");
    // A marker sent after the run: whatever reached the peer before it
    // and after the 300 would be a duplicate.
    ok(&run(
        xmpp(&alice, data.path()).args(["send", "--omemo", &bob.jid, "-m", "marker"])
    ));
    let more = peer.until("the marker", |v| v["body"] == "marker");
    assert!(
        more.iter().all(|v| v.get("message").is_none()),
        "duplicates: {more:?}"
    );
    assert_eq!(statuses.join().unwrap(), n, "one status per message");
}

/// Issue 23, 10: a listener that cannot get the store's lock in time
/// fails that message without acknowledging it; with --reconnect the
/// resumed session gets it again, and it is printed once the lock is
/// free.
#[test]
fn a_locked_store_does_not_lose_the_message() {
    let server = prosody();
    let (alice, bob) = (server.account("lk-a"), server.account("lk-b"));
    let data = tempfile::tempdir().unwrap();
    let mut peer = Peer::start(&bob);
    let mut cmd = xmpp(&alice, data.path());
    cmd.args(["-v", "--timeout", "2", "listen", "--omemo", "--json"])
        .args(["--reconnect", "-c", "1"]);
    let mut l = Running::start(&mut cmd, "listening as");
    // Another process holds the lock while the message arrives.
    let lock = data
        .path()
        .join("xmpp-cli/omemo")
        .join(&alice.jid)
        .join("lock");
    let mut holder = Command::new("flock")
        .arg(&lock)
        .args(["sh", "-c", "echo held; sleep 5"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("flock");
    let mut said = String::new();
    BufReader::new(holder.stdout.take().unwrap())
        .read_line(&mut said)
        .unwrap();
    assert_eq!(said.trim(), "held");
    peer.send(&alice, "waited for the lock");
    let e = event(&l);
    assert_eq!(body(&e), "waited for the lock", "{e}");
    assert_eq!(l.wait(), 0);
    let err = l.stderr.lock().unwrap().clone();
    assert!(err.contains("stayed locked"), "the lock was met: {err}");
    let _ = holder.wait();
}

/// The thin path of issue 23's matrix: `listen --omemo --exec
/// --reconnect`. The link goes half-dead after the first message; the
/// listener finds it out (keepalive), resumes, and the message sent
/// meanwhile is decrypted and given to the hook once; the first is not
/// given again.
#[test]
fn listen_omemo_exec_reconnect_runs_the_hook_once_per_message() {
    let server = prosody();
    let (alice, bob) = (server.account("lx-a"), server.account("lx-b"));
    let data = tempfile::tempdir().unwrap();
    let hooked = data.path().join("hooked");
    let proxy = crate::fixture::Proxy::to(server.c2s);
    let mut cmd = server.xmpp_at(&alice, proxy.port);
    cmd.env("XDG_DATA_HOME", data.path())
        .args([
            "-v",
            "--timeout",
            "2",
            "--json",
            "listen",
            "--omemo",
            "--reconnect",
        ])
        .args(["--keepalive", "1", "-c", "2", "--exec"])
        .arg(format!("echo \"$XMPP_BODY\" >> {}", hooked.display()));
    let mut l = Running::start(&mut cmd, "listening as");
    let mut peer = Peer::start(&bob);
    peer.send(&alice, "one");
    assert_eq!(body(&event(&l)), "one");
    proxy.mute();
    peer.send(&alice, "two");
    let e = event(&l);
    assert_eq!(
        (body(&e), &e["encryption"]),
        ("two", &Value::from("omemo")),
        "{e}"
    );
    assert_eq!(l.wait(), 0, "{}", l.stderr.lock().unwrap());
    let err = l.stderr.lock().unwrap().clone();
    assert!(err.contains("resumed the session"), "{err}");
    let runs = std::fs::read_to_string(&hooked).unwrap();
    assert_eq!(runs, "one\ntwo\n", "each message to the hook once");
}

/// Issue 24: `history --omemo` decrypts what the archive holds for this
/// device from a copy of the state, never saved: what a live listener
/// decrypted already cannot be read again (its keys are gone), what it has
/// not seen yet is read, and the live listener still decrypts it after;
/// our own messages are not for this device. Without --omemo nothing is
/// passed off as plaintext.
#[test]
fn history_omemo_reads_the_archive_without_moving_the_live_ratchet() {
    let server = prosody();
    let (alice, bob) = (server.account("oh-a"), server.account("oh-b"));
    let data = tempfile::tempdir().unwrap();
    let mut l = listen(&alice, data.path(), &["-c", "1"]);
    let mut peer = Peer::start(&bob);
    peer.send(&alice, "live one");
    assert_eq!(body(&event(&l)), "live one");
    assert_eq!(l.wait(), 0);
    peer.send(&alice, "archived two");
    peer.send(&alice, "archived three");
    ok(&run(xmpp(&alice, data.path()).args([
        "send",
        "--omemo",
        "-m",
        "from alice",
        &bob.jid,
    ])));
    assert_eq!(body(&peer.message()), "from alice");
    let export = |extra: &[&str]| -> Vec<Value> {
        let out = run(xmpp(&alice, data.path())
            .args(["--json", "history"])
            .args(extra));
        ok(&out);
        let mut lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.pop().unwrap()["kind"], "end");
        lines
    };
    let events = export(&["--omemo"]);
    assert_eq!(events.len(), 4, "{events:?}");
    for e in &events {
        assert_eq!(e["encryption"], "omemo", "{e}");
    }
    assert_eq!(
        events[0]["body"],
        Value::Null,
        "decrypted live, keys gone: {}",
        events[0]
    );
    assert!(events[0]["error"].is_string(), "{}", events[0]);
    assert_eq!(body(&events[1]), "archived two");
    assert_eq!(body(&events[2]), "archived three");
    assert_eq!(events[1]["fingerprint"], peer.fingerprint.as_str());
    assert_eq!(events[3]["direction"], "out");
    assert_eq!(events[3]["body"], Value::Null);
    assert_eq!(
        events[3]["error"], "not encrypted for this device",
        "{}",
        events[3]
    );
    // Reading the archive moved nothing: the same export again, and the
    // live listener decrypts the two it has not seen.
    let again = export(&["--omemo"]);
    assert_eq!(body(&again[1]), "archived two");
    let mut l = listen(&alice, data.path(), &["-c", "2"]);
    assert_eq!(body(&event(&l)), "archived two");
    assert_eq!(body(&event(&l)), "archived three");
    assert_eq!(l.wait(), 0);
    // Without --omemo: no fallback text as a body, and the flag named.
    for e in export(&[]) {
        assert_eq!(e["body"], Value::Null, "{e}");
        assert!(e["error"].as_str().unwrap().contains("--omemo"), "{e}");
    }
}

/// Issue 23 (trust states on receipt): what arrives carries the trust
/// decided for its key — blind before any verification, verified after
/// `omemo trust`, and after `omemo distrust` still decrypted and printed
/// (the contact's words are not lost) but `"trusted": false`.
#[test]
fn trust_states_show_on_what_arrives() {
    let server = prosody();
    let (alice, bob) = (server.account("or-a"), server.account("or-b"));
    let data = tempfile::tempdir().unwrap();
    let mut peer = Peer::start(&bob);
    let states = [
        (None, "blind", true),
        (Some("trust"), "verified", true),
        (Some("distrust"), "distrusted", false),
    ];
    for (i, (decide, trust, trusted)) in states.into_iter().enumerate() {
        if let Some(verb) = decide {
            ok(&run(xmpp(&alice, data.path()).args([
                "omemo",
                verb,
                &bob.jid,
                &peer.fingerprint,
            ])));
        }
        let mut l = listen(&alice, data.path(), &["-c", "1"]);
        let text = format!("message {i}");
        peer.send(&alice, &text);
        let e = event(&l);
        assert_eq!(body(&e), text, "{e}");
        assert_eq!(e["trust"], trust, "{e}");
        assert_eq!(e["trusted"], trusted, "{e}");
        assert_eq!(l.wait(), 0);
    }
}

/// Issue 23 (thin path): `listen --omemo --carbons --reconnect` back on a
/// new session after the server crashed has carbons enabled again (what
/// the account's other client sends shows as a sent carbon) and still
/// decrypts (a slixmpp-omemo peer that comes online after the restart
/// reaches this device).
#[test]
fn listen_on_a_new_session_has_carbons_and_omemo_again() {
    let own = OwnProsody::start();
    let p = &own.server;
    let (alice, bob, carol) = (p.account("nr-a"), p.account("nr-b"), p.account("nr-c"));
    let data = tempfile::tempdir().unwrap();
    let mut cmd = p.xmpp(&alice);
    cmd.env("XDG_DATA_HOME", data.path()).args([
        "-v",
        "--json",
        "listen",
        "--omemo",
        "--carbons",
        "--reconnect",
    ]);
    let mut l = Running::start(&mut cmd, "listening as");
    own.kill();
    own.up();
    l.wait_stderr("reconnected");
    let out = run(p
        .xmpp(&alice)
        .args(["send", "-m", "from elsewhere", &carol.jid]));
    ok(&out);
    let e = event(&l);
    assert_eq!(
        (e["carbon"].as_str(), body(&e)),
        (Some("sent"), "from elsewhere"),
        "{e}"
    );
    let mut peer = Peer::start_on(p, &bob);
    peer.send(&alice, "after the crash");
    let e = event(&l);
    assert_eq!(e["encryption"], "omemo", "{e}");
    assert_eq!(body(&e), "after the crash", "{e}");
    l.terminate();
    assert_eq!(l.wait(), 0);
}

/// `listen --omemo --catch-up FILE`: what arrived while no listener ran
/// comes from the archive, decrypted, each once (the offline copies of
/// the same messages are not printed again); a later run starts after it.
#[test]
fn catch_up_with_omemo_decrypts_what_came_meanwhile_once() {
    let server = prosody();
    let (alice, bob) = (server.account("oc-a"), server.account("oc-b"));
    let data = tempfile::tempdir().unwrap();
    let pos = data.path().join("position");
    let pos = pos.to_str().unwrap();
    let mut peer = Peer::start(&bob);
    let mut l = listen(
        &alice,
        data.path(),
        &["-c", "1", "--catch-up", pos, "--since", "1h"],
    );
    peer.send(&alice, "first");
    assert_eq!(body(&event(&l)), "first");
    assert_eq!(l.wait(), 0);
    peer.send(&alice, "second");
    peer.send(&alice, "third");
    let mut l = listen(&alice, data.path(), &["-c", "2", "--catch-up", pos]);
    let got: Vec<Value> = (0..2).map(|_| event(&l)).collect();
    assert_eq!(l.wait(), 0);
    for (e, want) in got.iter().zip(["second", "third"]) {
        assert_eq!(
            (e["encryption"].as_str(), body(e)),
            (Some("omemo"), want),
            "{e}"
        );
        assert!(e["archive_id"].is_string(), "{e}");
    }
    let mut l = listen(&alice, data.path(), &["-c", "1", "--catch-up", pos]);
    peer.send(&alice, "fourth");
    assert_eq!(body(&event(&l)), "fourth");
    assert_eq!(l.wait(), 0);
}
