//! The independent peer: a slixmpp client (tests/peers/receiver.py) that
//! logs in, prints what it receives as JSON lines and answers like a real
//! client, on loopback or on a host of the test network.

use std::ffi::OsString;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::fixture::{repo, Account, Server};

/// A message as the independent receiver (slixmpp) saw it.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Received {
    pub from: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub body: String,
    pub subject: String,
    pub thread: String,
    pub id: String,
    /// XEP-0066 out-of-band URL ("" when none).
    pub oob: String,
}

/// A slixmpp client logged in as `account`, online before `start` returns.
pub struct Receiver {
    child: Child,
    lines: mpsc::Receiver<String>,
    /// The receiver's bound full JID.
    pub full_jid: String,
}

impl Receiver {
    pub fn start(server: &Server, account: &Account, count: usize) -> Receiver {
        Self::start_at(account, server.c2s, &server.ca(), count)
    }

    /// A receiver that also prints presence lines and accepts
    /// subscription requests.
    pub fn start_watching_presence(server: &Server, account: &Account) -> Receiver {
        Self::spawn(
            account,
            server.c2s,
            &server.ca(),
            1_000_000,
            &["--presence"],
        )
    }

    /// A hostile receiver: it also sends a receipt for `id`, a message
    /// that was never its own.
    pub fn start_spoofing_receipt(server: &Server, account: &Account, id: &str) -> Receiver {
        Self::spawn(
            account,
            server.c2s,
            &server.ca(),
            1_000,
            &["--spoof-receipt", id],
        )
    }

    /// A receiver that is also an occupant of `room` as `nick`.
    pub fn start_in_room(
        server: &Server,
        account: &Account,
        room: &str,
        nick: &str,
        count: usize,
    ) -> Receiver {
        Self::spawn(
            account,
            server.c2s,
            &server.ca(),
            count,
            &["--room", room, nick],
        )
    }

    /// An occupant of `room` as `nick` that moderates it: a chat message
    /// "kick NICK" makes it kick NICK (and print `{"kicked": NICK}`).
    pub fn start_moderating(
        server: &Server,
        account: &Account,
        room: &str,
        nick: &str,
    ) -> Receiver {
        Self::spawn(
            account,
            server.c2s,
            &server.ca(),
            1_000,
            &["--room", room, nick, "--moderate"],
        )
    }

    /// The next line as printed, whatever it is (60 s at most).
    pub fn next_line(&self) -> String {
        self.lines
            .recv_timeout(Duration::from_secs(60))
            .expect("a line from the receiver within 60 s")
    }

    pub fn start_at(account: &Account, port: u16, ca: &Path, count: usize) -> Receiver {
        Self::spawn(account, port, ca, count, &[])
    }

    fn spawn(account: &Account, port: u16, ca: &Path, count: usize, extra: &[&str]) -> Receiver {
        Self::spawn_via(Vec::new(), account, "127.0.0.1", port, ca, count, extra)
    }

    /// Run through `prefix` (e.g. `scripts/testnet exec DIR HOST`),
    /// connecting to `host:port`.
    pub fn spawn_via(
        prefix: Vec<OsString>,
        account: &Account,
        host: &str,
        port: u16,
        ca: &Path,
        count: usize,
        extra: &[&str],
    ) -> Receiver {
        let mut cmd = match prefix.split_first() {
            Some((first, rest)) => {
                let mut c = Command::new(first);
                c.args(rest).arg("/usr/bin/python3");
                c
            }
            None => Command::new("/usr/bin/python3"),
        };
        let mut child = cmd
            .arg(repo().join("tests/peers/receiver.py"))
            .args([&account.jid, "-", host, &port.to_string()])
            .arg(ca)
            .args(["--count", &count.to_string(), "--idle", "60"])
            .args(extra)
            .env("RECEIVER_PASSWORD", &account.password)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start the slixmpp receiver (apt-get install python3-slixmpp)");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let full_jid = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(line) if line.starts_with("ready ") => line["ready ".len()..].to_string(),
            other => panic!("the slixmpp receiver did not come online: {other:?}"),
        };
        Receiver {
            child,
            lines: rx,
            full_jid,
        }
    }

    /// Wait for a line (any kind) matching `pred`, skipping others.
    pub fn wait_line(
        &self,
        what: &str,
        pred: impl Fn(&serde_json::Value) -> bool,
    ) -> serde_json::Value {
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut seen = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    let v: serde_json::Value = serde_json::from_str(&line).expect("receiver JSON");
                    if pred(&v) {
                        return v;
                    }
                    seen.push(v);
                }
                Err(_) => panic!("the receiver never saw {what}; it saw {seen:?}"),
            }
        }
    }

    /// Collect messages until none arrived for `quiet`.
    pub fn take_until_quiet(&self, quiet: Duration) -> Vec<Received> {
        let mut got = Vec::new();
        while let Ok(line) = self.lines.recv_timeout(quiet) {
            got.push(serde_json::from_str(&line).expect("receiver JSON"));
        }
        got
    }

    /// Collect `n` messages (or fail after a generous deadline).
    pub fn take(&self, n: usize) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut got = Vec::new();
        while got.len() < n {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => got.push(serde_json::from_str(&line).expect("receiver JSON")),
                Err(_) => panic!("receiver got {} of {n} messages: {got:?}", got.len()),
            }
        }
        got
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
