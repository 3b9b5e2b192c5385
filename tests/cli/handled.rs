//! A stanza is acknowledged only after it was handled (issue 23): the
//! at-least-once matrix over every receiving command × every way it ends
//! × stream management on and off, and the reproductions of the side paths
//! that used to swallow messages.

use std::collections::BTreeSet;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::fixture::*;

/// Messages queued offline before a run, and sent while it runs.
const OFFLINE: [&str; 3] = ["offline-1", "offline-2", "offline-3"];
const LIVE: [&str; 2] = ["live-1", "live-2"];

/// `alice` sends `bodies` to `to`, one message each, and the server took
/// them (exit 0).
fn send_all(server: &Server, from: &Account, to: &str, bodies: &[&str]) {
    let input = bodies.join("\n") + "\n";
    let out = run_with_input(
        server.xmpp(from).args(["send", "--lines", to]),
        input.as_bytes(),
    );
    assert_eq!(code(&out), 0, "send: {}", stderr(&out));
}

/// Every message body `who` gets from a fresh `listen`, read until all of
/// `want` were seen among them and `seen` together, or 30 s passed (then
/// what came is returned, and the caller's assertion names what is
/// missing).
fn collect_rest(
    server: &Server,
    who: &Account,
    want: &[&str],
    seen: &BTreeSet<String>,
) -> Vec<String> {
    let mut cmd = server.xmpp(who);
    cmd.args(["-v", "listen", "--json"]);
    let l = Running::start(&mut cmd, "listening as");
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut got = Vec::new();
    let done = |got: &Vec<String>| {
        want.iter()
            .all(|w| seen.contains(*w) || got.iter().any(|g| g == w))
    };
    while !done(&got) {
        let left = deadline.saturating_duration_since(Instant::now());
        let Ok(line) = l.lines.recv_timeout(left) else {
            break;
        };
        got.extend(message_bodies(&[line]));
    }
    got
}

/// How a run ends.
#[derive(Debug, Clone, Copy, PartialEq)]
enum End {
    /// By itself: `--count`, `--hold`, `--wait`, or a one-shot's end.
    Itself,
    Sigint,
    Sigterm,
    Kill9,
    /// The server is shut down (SIGTERM: Prosody closes every stream and
    /// puts what was not acknowledged back) and started again.
    ServerRestart,
    /// The server is killed (SIGKILL) and started again.
    ServerCrash,
}

impl End {
    fn restarts(self) -> bool {
        matches!(self, End::ServerRestart | End::ServerCrash)
    }
}

/// A receiving command: its arguments (after the global ones), whether it
/// stays online until it is ended, what it says on stderr (at -v) once it
/// is online, and the live messages it can be sent while it runs.
struct Row {
    name: &'static str,
    args: &'static [&'static str],
    long_running: bool,
    ready: &'static str,
}

const ROWS: &[Row] = &[
    Row {
        name: "listen",
        args: &["listen", "--json"],
        long_running: true,
        ready: "listening as",
    },
    Row {
        name: "listen --count 1",
        args: &["listen", "--json", "--count", "1"],
        long_running: true,
        ready: "listening as",
    },
    Row {
        name: "listen --muc --count 1",
        args: &["listen", "--json", "--count", "1", "--muc", "MUC"],
        long_running: true,
        ready: "listening as",
    },
    Row {
        name: "listen --exec (fails on the first event)",
        args: &["listen", "--json", "--exec", "exit 3"],
        long_running: true,
        ready: "listening as",
    },
    Row {
        name: "presence set",
        args: &["presence", "set"],
        long_running: true,
        ready: "online as",
    },
    Row {
        name: "presence set --priority 0",
        args: &["presence", "set", "--priority", "0"],
        long_running: true,
        ready: "online as",
    },
    Row {
        name: "presence set --hold 1",
        args: &["presence", "set", "--hold", "1"],
        long_running: true,
        ready: "online as",
    },
    Row {
        name: "presence list",
        args: &["presence", "list", "--wait", "1"],
        long_running: false,
        ready: "",
    },
    Row {
        name: "send (its wait for the barrier)",
        args: &["send", "-m", "hello", "SELF"],
        long_running: false,
        ready: "",
    },
    Row {
        name: "roster",
        args: &["roster", "list"],
        long_running: false,
        ready: "",
    },
    Row {
        name: "iq",
        args: &["iq", "--to", "DOMAIN", "<query xmlns='jabber:iq:version'/>"],
        long_running: false,
        ready: "",
    },
];

/// Which endings apply to a row, with stream management on (`sm`) or off.
/// Without stream management, kill -9 and a server crash lose what the
/// server had already handed over: no client can prevent that (the server
/// believes it delivered), so those cells are not in the matrix; nor is a
/// crash of a server that handed offline messages to a session that does
/// not show them (`--priority 0`): Prosody deletes them from its store
/// when it hands them over, and its queue dies with it.
///
/// An explicit `--priority 0` without stream management asks the server
/// for messages that `presence set` cannot show (it warns): not a cell.
fn endings(row: &Row, sm: bool) -> Vec<End> {
    if !sm && row.args.contains(&"--priority") {
        return vec![];
    }
    if !row.long_running {
        return vec![End::Itself];
    }
    let ends_itself =
        row.args.iter().any(|a| *a == "--count" || *a == "--hold") || row.args.contains(&"--exec");
    let mut e = vec![];
    if ends_itself {
        e.push(End::Itself);
    } else {
        e.extend([End::Sigint, End::Sigterm]);
        if sm {
            e.push(End::Kill9);
            if !row.args.contains(&"--priority") {
                e.extend([End::ServerRestart, End::ServerCrash]);
            }
        }
    }
    e
}

/// One cell: offline messages queued, the command run and ended, live
/// messages sent meanwhile; then every message was printed by that run or
/// reaches the next `listen`.
fn cell(server: &Server, own: Option<&OwnProsody>, row: &Row, end: End, host: &str) -> String {
    let (alice, bob) = (server.account_on("al", host), server.account_on("bo", host));
    let room = format!("{}@conference.localhost", unique("room"));
    let args: Vec<String> = row
        .args
        .iter()
        .map(|a| match *a {
            "MUC" => room.clone(),
            "SELF" => alice.jid.clone(),
            "DOMAIN" => host.to_string(),
            a => a.to_string(),
        })
        .collect();
    send_all(server, &alice, &bob.jid, &OFFLINE);
    let mut cmd = server.xmpp(&bob);
    cmd.arg("-v").args(&args);
    let mut printed: Vec<String> = Vec::new();
    let mut want: Vec<&str> = OFFLINE.to_vec();
    if row.long_running {
        let mut r = Running::start(&mut cmd, row.ready);
        // Whether the run is still there to get them or not: either way
        // they must not be lost.
        send_all(server, &alice, &bob.jid, &LIVE);
        want.extend(LIVE);
        match end {
            End::Itself => {}
            End::Sigint => {
                let _ = Command::new("kill")
                    .args(["-INT", &r.child.id().to_string()])
                    .status();
            }
            End::Sigterm => r.terminate(),
            End::Kill9 => {
                let _ = r.child.kill();
            }
            End::ServerRestart => {
                let own = own.expect("a server of the test's own");
                own.stop();
                own.up();
            }
            End::ServerCrash => {
                let own = own.expect("a server of the test's own");
                own.kill();
                own.up();
            }
        }
        let status = r.wait();
        let expect_ok = !row.args.contains(&"--exec") && end != End::Kill9;
        if expect_ok && !end.restarts() {
            assert!(
                status == 0 || status == 130,
                "{} ended by {end:?} on {host}: exit {status}; stderr: {}",
                row.name,
                r.stderr.lock().unwrap()
            );
        }
        while let Ok(line) = r.lines.try_recv() {
            printed.push(line);
        }
    } else {
        let out = run(&mut cmd);
        assert_eq!(code(&out), 0, "{}: {}", row.name, stderr(&out));
        printed = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect();
    }
    let printed: BTreeSet<String> = message_bodies(&printed).into_iter().collect();
    let rest = collect_rest(server, &bob, &want, &printed);
    let missing: Vec<&&str> = want
        .iter()
        .filter(|w| !printed.contains(**w) && !rest.iter().any(|g| g == *w))
        .collect();
    if missing.is_empty() {
        String::new()
    } else {
        format!(
            "{} ended by {end:?} on {host}: lost {missing:?} (printed {printed:?}, next run got {rest:?})\n",
            row.name
        )
    }
}

#[test]
fn at_least_once_matrix() {
    let p = prosody();
    let own = OwnProsody::start();
    let mut cells = Vec::new();
    for row in ROWS {
        for (host, sm) in [("localhost", true), ("nosm.localhost", false)] {
            for end in endings(row, sm) {
                cells.push((row, end, host));
            }
        }
    }
    // Four at a time; the cells that restart a server use their own.
    let failures: Vec<String> = cells
        .chunks(4)
        .flat_map(|chunk| {
            std::thread::scope(|scope| {
                let handles: Vec<_> = chunk
                    .iter()
                    .filter(|(_, end, _)| !end.restarts())
                    .map(|(row, end, host)| scope.spawn(|| cell(p, None, row, *end, host)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_else(|_| "a cell panicked\n".into()))
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let restarts: Vec<String> = cells
        .iter()
        .filter(|(_, end, _)| end.restarts())
        .map(|(row, end, host)| cell(&own.server, Some(&own), row, *end, host))
        .collect();
    let report: String = failures.into_iter().chain(restarts).collect();
    assert!(report.is_empty(), "messages lost:\n{report}");
}

/// Issue 23, 1: `presence set` took the offline messages and acknowledged
/// them at close; the next `listen` got nothing.
#[test]
fn presence_set_leaves_offline_messages_to_the_next_listen() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    send_all(p, &alice, &bob.jid, &["hi"]);
    // By default no message is routed here; with --priority 0 the server
    // hands it over, and it is not acknowledged.
    for args in [&["--hold", "1"][..], &["--hold", "1", "--priority", "0"]] {
        let out = run(p.xmpp(&bob).args(["presence", "set"]).args(args));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
    let out = run(p.xmpp(&bob).args(["listen", "--json", "--count", "1"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(message_bodies(&json_strings(&out.stdout)), ["hi"]);
}

/// Issue 23, 1, without stream management: priority -1 by default, so
/// the server routes nothing here; `-v` says so.
#[test]
fn presence_set_without_stream_management_announces_priority_minus_one() {
    let p = prosody();
    let (alice, bob) = (
        p.account_on("alice", "nosm.localhost"),
        p.account_on("bob", "nosm.localhost"),
    );
    send_all(p, &alice, &bob.jid, &["hi"]);
    let out = run(p.xmpp(&bob).args(["-v", "presence", "set", "--hold", "1"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("priority -1"), "{}", stderr(&out));
    let out = run(p.xmpp(&bob).args(["listen", "--json", "--count", "1"]));
    assert_eq!(message_bodies(&json_strings(&out.stdout)), ["hi"]);
}

/// Issue 23, 2: `listen --count 1` with a room printed one of three
/// offline messages and acknowledged all three.
#[test]
fn listen_count_with_a_room_leaves_the_rest_for_the_next_run() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    send_all(p, &alice, &bob.jid, &OFFLINE);
    let room = format!("{}@conference.localhost", unique("room"));
    let out = run(p.xmpp(&bob).args([
        "listen", "--json", "--count", "1", "--muc", &room, "--nick", "bb",
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let first = message_bodies(&json_strings(&out.stdout));
    assert_eq!(first, ["offline-1"]);
    let out = run(p.xmpp(&bob).args(["listen", "--json", "--count", "2"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        message_bodies(&json_strings(&out.stdout)),
        ["offline-2", "offline-3"]
    );
}

/// Issue 23, 3: a body too large for the environment made the hook fail
/// to start; listen warned, acknowledged and exited 0. Now the body in
/// XMPP_BODY is cut (and says so), the hook runs; a hook that fails stops
/// listen with exit 1 and the message stays with the server.
#[test]
fn listen_exec_runs_with_a_huge_body_and_a_failing_hook_keeps_the_message() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let big = "x".repeat(140_000);
    send_all(p, &alice, &bob.jid, &[&big]);
    let dir = tempfile::tempdir().unwrap();
    let seen = dir.path().join("seen");
    let hook = format!(
        "printf '%s %s ' \"${{#XMPP_BODY}}\" \"$XMPP_BODY_TRUNCATED\" > {0}; jq -r .body | wc -c >> {0}",
        seen.display()
    );
    let out = run(p
        .xmpp(&bob)
        .args(["listen", "--json", "--count", "1", "--exec", &hook]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let seen = std::fs::read_to_string(&seen).unwrap();
    assert_eq!(seen.trim(), "32768 1 140001", "env cut, stdin whole");

    // A failing hook: exit 1 naming --exec, and the message comes again.
    send_all(p, &alice, &bob.jid, &["for the hook"]);
    let out = run(p.xmpp(&bob).args(["listen", "--json", "--exec", "exit 3"]));
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("--exec"), "{}", stderr(&out));
    assert_eq!(message_bodies(&json_strings(&out.stdout)), ["for the hook"]);
    let out = run(p.xmpp(&bob).args(["listen", "--json", "--count", "1"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(message_bodies(&json_strings(&out.stdout)), ["for the hook"]);
}

fn json_strings(stdout: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

/// Issue 23, 4: `send --raw` took an IQ error and a presence bounce for
/// success.
#[test]
fn send_raw_reports_iq_and_presence_bounces() {
    let p = prosody();
    let alice = p.account("alice");
    let nobody = format!("{}@localhost", unique("nobody"));
    let iq =
        format!("<iq type='set' to='{nobody}' id='q1'><query xmlns='jabber:iq:private'/></iq>");
    let out = run_with_input(
        p.xmpp(&alice).args(["--json", "send", "--raw"]),
        iq.as_bytes(),
    );
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    let status = json_lines(&out.stdout);
    assert_eq!(status.len(), 1, "{status:?}");
    assert_eq!(
        (&status[0]["id"], &status[0]["status"]),
        (&"q1".into(), &"error".into())
    );
    assert!(
        status[0]["error"]
            .as_str()
            .unwrap()
            .contains("service-unavailable"),
        "{status:?}"
    );
    let presence = "<presence type='subscribe' to='x@nonexistent.invalid' id='p1'/>";
    let out = run_with_input(
        p.xmpp(&alice).args(["--json", "send", "--raw"]),
        presence.as_bytes(),
    );
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    let status = json_lines(&out.stdout);
    assert_eq!(status.last().unwrap()["status"], "error", "{status:?}");
}
