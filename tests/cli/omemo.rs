//! OMEMO against an implementation nobody here wrote: slixmpp-omemo
//! (python-omemo, oldmemo) from PyPI in `target/omemo-venv`
//! (`scripts/omemo-venv`), on the shared Prosody with PEP as Debian ships
//! it. Every `xmpp` here has its own OMEMO store (`XDG_DATA_HOME`).

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Output, Stdio};
use std::sync::{mpsc, OnceLock};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::fixture::{
    code, json_lines, prosody, repo, run, stderr, Account, OwnProsody, Running, Server,
};
use crate::peers::Receiver;

/// The virtual environment's python, built once per test run.
fn python() -> &'static Path {
    static PYTHON: OnceLock<PathBuf> = OnceLock::new();
    PYTHON.get_or_init(|| {
        let out = Command::new(repo().join("scripts/omemo-venv"))
            .output()
            .expect("run scripts/omemo-venv");
        assert!(
            out.status.success(),
            "scripts/omemo-venv failed (it needs python3-venv and PyPI once): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        repo().join(String::from_utf8_lossy(&out.stdout).trim())
    })
}

/// A slixmpp-omemo client: events as JSON lines, commands on stdin.
struct Peer {
    child: Child,
    stdin: ChildStdin,
    lines: mpsc::Receiver<Value>,
    device: u64,
    fingerprint: String,
    _store: tempfile::TempDir,
}

impl Peer {
    fn start(account: &Account) -> Peer {
        Self::start_on(prosody(), account)
    }

    fn start_on(server: &Server, account: &Account) -> Peer {
        let store = tempfile::tempdir().unwrap();
        let mut child = Command::new(python())
            .arg(repo().join("tests/peers/omemo_peer.py"))
            .args([&account.jid, "-", "127.0.0.1", &server.c2s.to_string()])
            .arg(server.ca())
            .arg(store.path().join("store.json"))
            .env("PEER_PASSWORD", &account.password)
            .env("PYTHONWARNINGS", "ignore")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start the slixmpp-omemo peer");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                let v: Value = serde_json::from_str(&line).expect("peer JSON");
                if tx.send(v).is_err() {
                    break;
                }
            }
        });
        let ready = lines
            .recv_timeout(Duration::from_secs(60))
            .expect("the slixmpp-omemo peer did not come online");
        assert!(ready.get("ready").is_some(), "{ready}");
        Peer {
            child,
            stdin,
            lines,
            device: ready["device"].as_u64().unwrap(),
            fingerprint: ready["fingerprint"].as_str().unwrap().to_string(),
            _store: store,
        }
    }

    fn command(&mut self, cmd: Value) -> Value {
        writeln!(self.stdin, "{cmd}").unwrap();
        self.next("an answer to a command", |v| {
            v.get("sent").is_some() || v.get("error").is_some() || v.get("devices").is_some()
        })
    }

    fn quit(&mut self) {
        writeln!(self.stdin, "{}", serde_json::json!({"quit": true})).unwrap();
    }

    fn send(&mut self, to: &Account, body: &str) {
        let answer = self.command(serde_json::json!({"send": to.jid, "body": body}));
        assert!(
            answer.get("sent").is_some(),
            "the peer could not send: {answer}"
        );
    }

    /// The next event matching `pred` (others are kept out of the way).
    fn next(&self, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
        self.wait_for(what, pred).0
    }

    /// Every event before the next one matching `pred`.
    fn until(&self, what: &str, pred: impl Fn(&Value) -> bool) -> Vec<Value> {
        self.wait_for(what, pred).1
    }

    fn wait_for(&self, what: &str, pred: impl Fn(&Value) -> bool) -> (Value, Vec<Value>) {
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut seen = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(v) if pred(&v) => return (v, seen),
                Ok(v) => seen.push(v),
                Err(_) => panic!("the peer never showed {what}; it showed {seen:?}"),
            }
        }
    }

    /// The next decrypted message's body.
    fn message(&self) -> Value {
        self.next("a message", |v| {
            v.get("message").is_some() || v.get("undecryptable").is_some()
        })
    }
}

impl Drop for Peer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `xmpp` as `account` with its own OMEMO store under `data`.
fn xmpp(account: &Account, data: &Path) -> Command {
    let mut cmd = prosody().xmpp(account);
    cmd.env("XDG_DATA_HOME", data);
    cmd
}

fn ok(out: &Output) {
    assert_eq!(code(out), 0, "{}", stderr(out));
}

fn listen(account: &Account, data: &Path, args: &[&str]) -> Running {
    let mut cmd = xmpp(account, data);
    cmd.args(["-v", "listen", "--omemo", "--json"]).args(args);
    Running::start(&mut cmd, "listening as")
}

/// The next JSON event a `listen` prints.
fn event(listener: &Running) -> Value {
    let line = &listener.take(1)[0];
    serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}"))
}

fn body(event: &Value) -> &str {
    event["body"].as_str().unwrap_or_default()
}

#[test]
fn send_omemo_reaches_slixmpp_omemo_with_the_exact_bodies() {
    let server = prosody();
    let (alice, bob) = (server.account("om-a"), server.account("om-b"));
    let data = tempfile::tempdir().unwrap();
    let mut peer = Peer::start(&bob);
    let long: String = "0123456789abcdé\n".repeat(64 * 1024 / 17) + "end";
    for text in [
        "Grüße, ✓ 日本語 🚀",
        "line one\nline two\n\n  indented",
        long.as_str(),
    ] {
        let out = run(xmpp(&alice, data.path()).args([
            "--trace-xml",
            "send",
            "--omemo",
            &bob.jid,
            "-m",
            text,
        ]));
        ok(&out);
        let got = peer.message();
        assert_eq!(got["encrypted"], true, "{got}");
        assert_eq!(body(&got), text);
        // The server saw no plain text: the body is the fallback.
        let trace = stderr(&out);
        assert!(trace.contains("eu.siacs.conversations.axolotl"), "{trace}");
        assert!(
            !trace.contains(text.lines().next().unwrap()),
            "the body went out in clear"
        );
    }
    // --receipt: the peer acknowledges the encrypted message.
    let out = run(xmpp(&alice, data.path()).args([
        "--json",
        "send",
        "--omemo",
        "--receipt",
        &bob.jid,
        "-m",
        "ack?",
    ]));
    ok(&out);
    assert_eq!(json_lines(&out.stdout)[0]["confirmed_by"], "recipient");
    assert_eq!(body(&peer.message()), "ack?");
    // Our device as the peer sees it is the one `omemo fingerprint` shows.
    let fp = run(xmpp(&alice, data.path()).args(["--json", "omemo", "fingerprint"]));
    ok(&fp);
    let own = &json_lines(&fp.stdout)[0];
    assert_eq!(own["published"], true);
    // No secret of the store appears in what -vvv and --trace-xml print.
    let state = std::fs::read_to_string(
        data.path()
            .join(format!("xmpp-cli/omemo/{}/state.json", alice.jid)),
    )
    .unwrap();
    let state: Value = serde_json::from_str(&state).unwrap();
    let secret = state["identity"].as_str().unwrap().to_string();
    let out = run(xmpp(&alice, data.path()).args([
        "-vvv",
        "--trace-xml",
        "send",
        "--omemo",
        &bob.jid,
        "-m",
        "x",
    ]));
    ok(&out);
    assert!(
        !stderr(&out).contains(&secret),
        "the identity secret was printed"
    );
    assert_eq!(body(&peer.message()), "x");
    // And the peer's device, as `xmpp omemo devices` shows it.
    let devices = run(xmpp(&alice, data.path()).args(["--json", "omemo", "devices", &bob.jid]));
    ok(&devices);
    let lines = json_lines(&devices.stdout);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0]["device"], peer.device);
    assert_eq!(lines[0]["fingerprint"], peer.fingerprint.as_str());
    assert_eq!(lines[0]["trust"], "blind");
    assert_eq!(lines[0]["session"], true);
    peer.quit();
}

#[test]
fn listen_omemo_prints_what_slixmpp_omemo_encrypted_and_reports_a_flipped_bit() {
    let server = prosody();
    let (alice, bob) = (server.account("ol-a"), server.account("ol-b"));
    let data = tempfile::tempdir().unwrap();
    let mut l = listen(&alice, data.path(), &["-c", "4"]);
    let mut peer = Peer::start(&bob);
    let long: String = "ß".repeat(32 * 1024);
    for text in ["héllo ✓", "two\nlines", long.as_str()] {
        peer.send(&alice, text);
        let e = event(&l);
        assert_eq!(e["encryption"], "omemo", "{e}");
        assert_eq!(body(&e), text);
        assert_eq!(e["sender_device"], peer.device);
        assert_eq!(e["fingerprint"], peer.fingerprint.as_str());
        assert_eq!(e["trust"], "blind");
        assert_eq!(e["trusted"], true);
    }
    let answer =
        peer.command(serde_json::json!({"send": alice.jid, "body": "tampered", "tamper": true}));
    assert!(answer.get("sent").is_some(), "{answer}");
    let e = event(&l);
    assert_eq!(e["encryption"], "omemo");
    assert_eq!(e["body"], Value::Null);
    assert!(e["error"].as_str().unwrap().contains("payload"), "{e}");
    assert_eq!(l.wait(), 0, "an undecryptable message does not fail listen");
    // A message from before this device existed (from offline storage)
    // holds no key for it: reported, not dropped.
    let fresh = tempfile::tempdir().unwrap();
    peer.send(&alice, "for the old device only");
    let mut l = listen(&alice, fresh.path(), &["-c", "1"]);
    let e = event(&l);
    assert_eq!(e["delayed"], true, "{e}");
    assert_eq!(e["error"], "not encrypted for this device", "{e}");
    assert_eq!(l.wait(), 0);
    // Issue 23, 11: a listener without --omemo says what it is, and
    // never passes the fallback text off as the message.
    let mut cmd = xmpp(&alice, fresh.path());
    cmd.args(["-v", "listen", "--json", "-c", "1"]);
    let mut plain = Running::start(&mut cmd, "listening as");
    peer.send(&alice, "secret words");
    let e = event(&plain);
    assert_eq!(e["encryption"], "omemo", "{e}");
    assert_eq!(e["body"], Value::Null, "{e}");
    assert!(e["error"].as_str().unwrap().contains("--omemo"), "{e}");
    assert_eq!(plain.wait(), 0);
}

#[test]
fn two_hundred_messages_back_and_forth_and_out_of_order() {
    let server = prosody();
    let (alice, bob) = (server.account("or-a"), server.account("or-b"));
    let data = tempfile::tempdir().unwrap();
    let l = listen(&alice, data.path(), &["-c", "103"]);
    let mut peer = Peer::start(&bob);
    // One `send --lines` for our turns, while `listen` reads theirs: two
    // processes of one account take turns on the store.
    let mut send = xmpp(&alice, data.path());
    send.args([
        "send",
        "--omemo",
        "--lines",
        "--no-remote-confirm",
        &bob.jid,
    ])
    .stdin(Stdio::piped())
    .stdout(Stdio::null())
    .stderr(Stdio::piped());
    let mut sender = send.spawn().unwrap();
    let mut lines_in = sender.stdin.take().unwrap();
    for i in 0..100 {
        peer.send(&alice, &format!("theirs {i}"));
        let e = event(&l);
        assert_eq!(body(&e), format!("theirs {i}"), "{e}");
        writeln!(lines_in, "ours {i}").unwrap();
        lines_in.flush().unwrap();
        let got = peer.message();
        assert_eq!(body(&got), format!("ours {i}"), "{got}");
    }
    drop(lines_in);
    let out = sender.wait_with_output().unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // Three messages encrypted in turn and delivered last first.
    let answer = peer.command(serde_json::json!({
        "send": alice.jid, "bodies": ["m0", "m1", "m2"], "order": [2, 0, 1]
    }));
    assert!(answer.get("sent").is_some(), "{answer}");
    let got: Vec<String> = l
        .take(3)
        .iter()
        .map(|line| {
            let e: Value = serde_json::from_str(line).unwrap();
            assert_eq!(e["error"], Value::Null, "{e}");
            body(&e).to_string()
        })
        .collect();
    assert_eq!(got, ["m2", "m0", "m1"]);
}

#[test]
fn other_devices_of_the_recipient_and_our_own_get_a_copy() {
    let server = prosody();
    let (alice, bob, carol) = (
        server.account("od-a"),
        server.account("od-b"),
        server.account("od-c"),
    );
    let (alice_data, alice2_data, bob2_data, carol_data) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    let peer = Peer::start(&bob);
    // Bob's second device is an `xmpp listen` with its own store; so is
    // Alice's second device, which sees what Alice sends by carbons.
    let bob2 = listen(&bob, bob2_data.path(), &["-c", "1"]);
    let alice2 = listen(&alice, alice2_data.path(), &["-c", "2", "--carbons"]);
    // And a second recipient in the same run.
    let carol1 = listen(&carol, carol_data.path(), &["-c", "1"]);
    let out = run(xmpp(&alice, alice_data.path()).args([
        "send",
        "--omemo",
        &bob.jid,
        &carol.jid,
        "-m",
        "to every device",
    ]));
    ok(&out);
    assert_eq!(body(&peer.message()), "to every device");
    for device in [&bob2, &carol1] {
        let e = event(device);
        assert_eq!(body(&e), "to every device", "{e}");
    }
    // Alice's second device sees both copies as carbons.
    for line in alice2.take(2) {
        let e: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(e["carbon"], "sent", "{e}");
        assert_eq!(body(&e), "to every device", "{e}");
    }
}

#[test]
fn concurrent_sends_on_one_store_do_not_fork_the_ratchet() {
    let server = prosody();
    let (alice, bob) = (server.account("oc-a"), server.account("oc-b"));
    let data = tempfile::tempdir().unwrap();
    let peer = Peer::start(&bob);
    ok(&run(
        xmpp(&alice, data.path()).args(["send", "--omemo", &bob.jid, "-m", "first"])
    ));
    assert_eq!(body(&peer.message()), "first");
    let batch = |tag: &str| -> String {
        (0..20)
            .map(|i| format!("{{\"to\": \"{}\", \"body\": \"{tag}{i}\"}}\n", bob.jid))
            .collect()
    };
    let spawn = |tag: &str| {
        let mut cmd = xmpp(&alice, data.path());
        cmd.args(["send", "--omemo", "--ndjson"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(batch(tag).as_bytes())
            .unwrap();
        child
    };
    let (a, b) = (spawn("a"), spawn("b"));
    for child in [a, b] {
        let out = child.wait_with_output().unwrap();
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
    let mut got: Vec<String> = (0..40)
        .map(|_| {
            let m = peer.message();
            assert_eq!(m["encrypted"], true, "the peer could not decrypt: {m}");
            body(&m).to_string()
        })
        .collect();
    got.sort();
    let mut want: Vec<String> = (0..20)
        .flat_map(|i| [format!("a{i}"), format!("b{i}")])
        .collect();
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn prekeys_used_up_are_replenished_and_published_again() {
    let server = prosody();
    let alice = server.account("op-a");
    let data = tempfile::tempdir().unwrap();
    let l = listen(&alice, data.path(), &["-c", "22"]);
    // 22 new sessions, each with one of Alice's one-time prekeys: 21 of
    // our own senders (fresh stores), then slixmpp-omemo.
    for i in 0..21 {
        let sender = server.account("op-s");
        let store = tempfile::tempdir().unwrap();
        ok(&run(xmpp(&sender, store.path()).args([
            "send",
            "--omemo",
            &alice.jid,
            "-m",
            &format!("s{i}"),
        ])));
        let e = event(&l);
        assert_eq!(body(&e), format!("s{i}"), "{e}");
    }
    let bob = server.account("op-b");
    let mut peer = Peer::start(&bob);
    peer.send(&alice, "after the refill");
    let e = event(&l);
    assert_eq!(body(&e), "after the refill", "{e}");
    let mut l = l;
    assert_eq!(l.wait(), 0, "{}", l.stderr.lock().unwrap());
    let fp = run(xmpp(&alice, data.path()).args(["--json", "omemo", "fingerprint"]));
    ok(&fp);
    let own = &json_lines(&fp.stdout)[0];
    assert_eq!(
        own["prekeys"], 99,
        "refilled to 100 at 79, one used since: {own}"
    );
    assert_eq!(own["published"], true, "{own}");
    // The published bundle holds exactly the prekeys the store has.
    let query = format!(
        "<pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='eu.siacs.conversations.axolotl.bundles:{}'/></pubsub>",
        own["device"]
    );
    let out = run(xmpp(&bob, data.path()).args(["iq", "--to", &alice.jid, &query]));
    ok(&out);
    let xml = String::from_utf8_lossy(&out.stdout);
    assert_eq!(xml.matches("preKeyPublic").count() / 2, 99, "{xml}");
}

#[test]
fn trust_decides_which_devices_get_the_message() {
    let server = prosody();
    let (alice, bob) = (server.account("ot-a"), server.account("ot-b"));
    let data = tempfile::tempdir().unwrap();
    let peer = Peer::start(&bob);
    // strict: the peer's key is not verified yet.
    let out = run(xmpp(&alice, data.path()).args([
        "send",
        "--omemo",
        "--omemo-trust",
        "strict",
        &bob.jid,
        "-m",
        "no",
    ]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(stderr(&out).contains(&bob.jid), "{}", stderr(&out));
    let out = run(xmpp(&alice, data.path()).args([
        "--json",
        "omemo",
        "trust",
        &bob.jid,
        &peer.fingerprint,
    ]));
    ok(&out);
    assert_eq!(json_lines(&out.stdout)[0]["trust"], "verified");
    ok(&run(xmpp(&alice, data.path()).args([
        "send",
        "--omemo",
        "--omemo-trust",
        "strict",
        &bob.jid,
        "-m",
        "verified",
    ])));
    assert_eq!(body(&peer.message()), "verified");
    let out = run(xmpp(&alice, data.path()).args([
        "omemo",
        "distrust",
        &bob.jid,
        &peer.fingerprint.to_uppercase(),
    ]));
    ok(&out);
    let out = run(xmpp(&alice, data.path()).args([
        "--trace-xml",
        "send",
        "--omemo",
        &bob.jid,
        "-m",
        "not to a distrusted key",
    ]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(stderr(&out).contains("distrusted"), "{}", stderr(&out));
    // Nothing went out: no message stanza on the wire at all.
    assert!(
        !stderr(&out).contains(">> <message"),
        "a message was written: {}",
        stderr(&out)
    );
    let out = run(xmpp(&alice, data.path()).args(["omemo", "trust", &bob.jid, "12345"]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

#[test]
fn a_recipient_without_omemo_gets_nothing_in_clear() {
    let server = prosody();
    let (alice, carol) = (server.account("on-a"), server.account("on-c"));
    let data = tempfile::tempdir().unwrap();
    let receiver = Receiver::start(server, &carol, 2);
    let out = run(xmpp(&alice, data.path()).args(["send", "--omemo", &carol.jid, "-m", "secret"]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(&carol.jid) && err.contains("nothing was sent"),
        "{err}"
    );
    // A plain message after it arrives first: the secret never went out.
    ok(&run(
        xmpp(&alice, data.path()).args(["send", &carol.jid, "-m", "plain"])
    ));
    // `omemo = true` in the profile does the same; --no-omemo sends in clear.
    let config = data.path().join("config.toml");
    std::fs::write(&config, "[accounts.alerts]\nomemo = true\n").unwrap();
    let profile = |extra: &[&str]| {
        let mut cmd = xmpp(&alice, data.path());
        cmd.arg("--config")
            .arg(&config)
            .args(["-a", "alerts", "send"])
            .args(extra);
        run(&mut cmd)
    };
    let out = profile(&[&carol.jid, "-m", "secret too"]);
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    let out = profile(&["--muc", "room@conference.localhost", "-m", "x"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("--no-omemo"), "{}", stderr(&out));
    ok(&profile(&["--no-omemo", &carol.jid, "-m", "plain again"]));
    let got = receiver.take(2);
    assert_eq!(got[0].body, "plain");
    assert_eq!(got[1].body, "plain again", "the secrets never went out");
    // Usage errors before connecting.
    let out = run(xmpp(&alice, data.path()).args([
        "send",
        "--omemo",
        "--muc",
        "room@conference.localhost",
        "-m",
        "x",
    ]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

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
