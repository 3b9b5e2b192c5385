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

mod sessions;

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
