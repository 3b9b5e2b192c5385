//! `xmpp history` against Prosody's mod_mam and mod_muc_mam (XEP-0313),
//! archives filled by `xmpp send`.

use serde_json::Value;

use crate::fixture::*;

/// The events and the end line of a JSON export.
fn export(out: &std::process::Output) -> (Vec<Value>, Value) {
    let mut lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let end = lines.pop().expect("an end line");
    assert_eq!(end["kind"], "end", "{end}");
    (lines, end)
}

fn bodies(events: &[Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| e["body"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn ids(events: &[Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| e["archive_id"].as_str().expect("archive_id").to_string())
        .collect()
}

/// 1,000 messages in, the same 1,000 out in order; `--limit 100` and
/// `--after LAST` chain to the same list; the sender's own archive says
/// "out".
#[test]
fn a_thousand_messages_out_in_order_and_chained_by_limit_and_after() {
    in_order_and_chained(prosody(), 1000);
}

/// The same on ejabberd (mod_mam), with 300 messages, from and to
/// accounts its fixture exempts from the stock shaper and the stock limit
/// of 100 offline messages (the "bulk" accounts): those are not what this
/// test is about.
#[test]
fn ejabberd_archive_in_order_and_chained() {
    in_order_and_chained(ejabberd(), 300);
}

fn in_order_and_chained(p: &Server, n: usize) {
    let (alice, bob, carol) = (
        p.account("bulk-alice"),
        p.account("bulk-bob"),
        p.account("bulk-carol"),
    );
    let sent: Vec<String> = (0..n).map(|i| format!("archived {i:04}")).collect();
    let out = run_with_input(
        p.xmpp_at(&alice, p.bulk)
            .args(["send", "--lines", &bob.jid]),
        sent.join("\n").as_bytes(),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // Someone else's message in the same archive: --with leaves it out.
    let out = run(p.xmpp(&carol).args(["send", "-m", "not alice", &bob.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));

    let out = run(p
        .xmpp(&bob)
        .args(["history", "--json", "--with", &alice.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let (events, end) = export(&out);
    assert_eq!(bodies(&events), sent);
    let all = ids(&events);
    let unique: std::collections::HashSet<&String> = all.iter().collect();
    assert_eq!(unique.len(), n, "archive ids are distinct");
    for e in &events {
        assert_eq!(e["kind"], "message");
        assert_eq!(e["direction"], "in", "{e}");
        assert!(e["from"].as_str().unwrap().starts_with(&alice.jid), "{e}");
        assert!(e["archived_at"].as_str().unwrap().ends_with('Z'), "{e}");
        assert_eq!(e["encryption"], Value::Null);
    }
    assert_eq!(end["complete"], true);
    assert_eq!(end["count"], n);
    assert_eq!(end["last"].as_str(), all.last().map(|s| s.as_str()));

    // The positional JID is --with.
    let out = run(p.xmpp(&bob).args(["history", "--json", &carol.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(bodies(&export(&out).0), ["not alice"]);

    // --limit 100, then --after the last: the same messages, each once.
    let mut chained = Vec::new();
    let mut after: Option<String> = None;
    for run_no in 0.. {
        assert!(run_no <= n / 100 + 1, "the chain does not end");
        let mut cmd = p.xmpp(&bob);
        cmd.args(["history", "--json", "--with", &alice.jid, "--limit", "100"]);
        if let Some(a) = &after {
            cmd.args(["--after", a]);
        }
        let out = run(&mut cmd);
        let (events, end) = export(&out);
        assert!(events.len() <= 100);
        assert_eq!(end["count"], events.len());
        chained.extend(ids(&events));
        match code(&out) {
            1 => {
                assert_eq!(end["complete"], false);
                assert!(stderr(&out).contains("--after"), "{}", stderr(&out));
                after = Some(end["last"].as_str().unwrap().to_string());
            }
            0 => {
                assert_eq!(end["complete"], true);
                break;
            }
            other => panic!("exit {other}: {}", stderr(&out)),
        }
    }
    assert_eq!(chained, all);

    // The sender's archive: the same messages, going out.
    let out = run(p
        .xmpp(&alice)
        .args(["history", "--json", "--limit", "3", &bob.jid]));
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let (events, _) = export(&out);
    assert_eq!(bodies(&events), &sent[..3]);
    for e in &events {
        assert_eq!(e["direction"], "out", "{e}");
        assert_eq!(e["to"].as_str(), Some(bob.jid.as_str()), "{e}");
    }

    // Human output: one line each, and a note on stderr.
    let out = run(p.xmpp(&bob).args(["history", "--with", &carol.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("not alice"), "{text}");
    assert!(
        stderr(&out).contains("1 message from the archive"),
        "{}",
        stderr(&out)
    );
}

/// `--since` and `--until` a time between two messages; an id the archive
/// does not have; a host without an archive.
#[test]
fn times_ids_and_a_server_without_an_archive() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let say = |body: &str| {
        let out = run(p.xmpp(&alice).args(["send", "-m", body, &bob.jid]));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    };
    say("first");
    let out = run(p.xmpp(&bob).args(["history", "--json"]));
    let (events, _) = export(&out);
    let first_at = events[0]["archived_at"].as_str().unwrap().to_string();
    // A second after the first message's archive time (whole seconds in
    // Prosody's archive), and the second message a whole second after
    // that (both bounds are inclusive).
    let between =
        chrono::DateTime::parse_from_rfc3339(&first_at).unwrap() + chrono::Duration::seconds(1);
    let later = between + chrono::Duration::seconds(1);
    while chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now()) <= later {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    say("second");
    let between = between.to_rfc3339();
    let out = run(p
        .xmpp(&bob)
        .args(["history", "--json", "--since", &between]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(bodies(&export(&out).0), ["second"]);
    let out = run(p
        .xmpp(&bob)
        .args(["history", "--json", "--until", &between]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(bodies(&export(&out).0), ["first"]);
    let out = run(p.xmpp(&bob).args(["history", "--json", "--since", "1h"]));
    assert_eq!(bodies(&export(&out).0), ["first", "second"]);
    // --before an id: what came before it.
    let out = run(p.xmpp(&bob).args(["history", "--json"]));
    let (events, _) = export(&out);
    let second_id = events[1]["archive_id"].as_str().unwrap();
    let out = run(p
        .xmpp(&bob)
        .args(["history", "--json", "--before", second_id]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(bodies(&export(&out).0), ["first"]);

    // An id the archive does not have.
    let out = run(p.xmpp(&bob).args(["history", "--after", "no-such-id"]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(stderr(&out).contains("no-such-id"), "{}", stderr(&out));
    // A time that is not one: before connecting.
    let out = run(p.xmpp(&bob).args(["history", "--since", "yesterday"]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("RFC 3339"), "{}", stderr(&out));

    // No archive on this host.
    let dave = p.account_on("dave", "nosm.localhost");
    let out = run(p.xmpp(&dave).args(["history"]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(stderr(&out).contains("XEP-0313"), "{}", stderr(&out));
    let out = run(p.xmpp(&dave).args(["history", "prefs"]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
}

/// A room's archive, read by someone who was not there; a room without
/// one is named as such.
#[test]
fn a_rooms_archive_and_a_room_without_one() {
    let own = OwnProsody::start_with_room_archive();
    room_archive_in_order(&own.server);

    // The shared server's rooms keep no archive.
    let s = prosody();
    let carol = s.account("carol");
    let plain = format!("{}@conference.localhost", unique("noarch"));
    let out = run(s
        .xmpp(&carol)
        .args(["send", "--muc", &plain, "--create-room", "-m", "x"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(s.xmpp(&carol).args(["history", "--muc", &plain]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!("room {plain} keeps no archive")),
        "{}",
        stderr(&out)
    );
}

/// A room's archive on ejabberd (mod_muc with `mam: true` in its default
/// room options, as in its stock configuration).
#[test]
fn ejabberd_rooms_archive() {
    room_archive_in_order(ejabberd());
}

/// Three messages into a new room on `p`, whose rooms keep an archive:
/// `history --muc` lists them in order, as the room's.
fn room_archive_in_order(p: &Server) {
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let room = format!("{}@conference.localhost", unique("arch"));
    for (i, body) in ["one", "two", "three"].iter().enumerate() {
        let mut cmd = p.xmpp(&alice);
        cmd.args(["send", "--muc", &room, "-m", body]);
        if i == 0 {
            cmd.arg("--create-room");
        }
        let out = run(&mut cmd);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
    let out = run(p.xmpp(&bob).args(["history", "--json", "--muc", &room]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let (events, end) = export(&out);
    assert_eq!(bodies(&events), ["one", "two", "three"]);
    for e in &events {
        assert_eq!(e["type"], "groupchat", "{e}");
        assert!(e["from"].as_str().unwrap().starts_with(&room), "{e}");
    }
    assert_eq!(end["count"], 3);
}

/// `history prefs` reads the default and changes it.
#[test]
fn archiving_preferences_are_read_and_set() {
    let p = prosody();
    let erin = p.account("erin");
    let read = || {
        let out = run(p.xmpp(&erin).args(["history", "prefs", "--json"]));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let before = read();
    assert!(
        before["always"].is_array() && before["never"].is_array(),
        "{before}"
    );
    let out = run(p
        .xmpp(&erin)
        .args(["history", "prefs", "--default", "never"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("default: never"));
    assert_eq!(read()["default"], "never");
    let out = run(p
        .xmpp(&erin)
        .args(["history", "prefs", "--default", "roster"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(read()["default"], "roster");
}

/// The body and archive id of a `listen --json` line.
fn body_and_id(line: &str) -> (String, String) {
    let v: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
    (
        v["body"].as_str().unwrap_or_default().to_string(),
        v["archive_id"]
            .as_str()
            .unwrap_or_else(|| panic!("no archive_id: {line}"))
            .to_string(),
    )
}

/// `listen --catch-up FILE` across a SIGKILL: the first run starts from
/// `--since`, then goes live; what was sent while no listener ran is
/// printed by the next one from the archive; nothing whose position was
/// saved is printed again, and nothing twice within a run (the archive
/// and offline storage both hold what came meanwhile).
#[test]
fn catch_up_across_a_kill_prints_everything_once_where_saved() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let say = |body: &str| {
        let out = run(p.xmpp(&alice).args(["send", "-m", body, &bob.jid]));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bob.position");
    let file_arg = file.to_str().unwrap().to_string();
    say("before 0");
    let listen = |extra: &[&str]| {
        let mut cmd = p.xmpp(&bob);
        cmd.args(["-v", "--json", "listen", "--catch-up", &file_arg])
            .args(extra);
        Running::start(&mut cmd, "listening as")
    };
    let mut first = listen(&["--since", "1h"]);
    let caught = body_and_id(&first.take(1)[0]);
    assert_eq!(caught.0, "before 0");
    for i in 1..=3 {
        say(&format!("live {i}"));
    }
    let live: Vec<(String, String)> = first.take(3).iter().map(|l| body_and_id(l)).collect();
    assert_eq!(
        live.iter().map(|(b, _)| b.as_str()).collect::<Vec<_>>(),
        ["live 1", "live 2", "live 3"]
    );
    first.child.kill().unwrap();
    first.wait();
    // Where the killed run says it stood.
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let saved = saved["account"].as_str().unwrap().to_string();
    let printed: Vec<(String, String)> = std::iter::once(caught).chain(live).collect();
    let saved_at = printed
        .iter()
        .position(|(_, id)| *id == saved)
        .expect("the saved position is a printed message");
    for i in 4..=6 {
        say(&format!("meanwhile {i}"));
    }
    let second = listen(&[]);
    let mut again = Vec::new();
    while again.last().map(|(b, _): &(String, String)| b.as_str()) != Some("meanwhile 6") {
        again.push(body_and_id(&second.take(1)[0]));
        assert!(again.len() <= 6, "{again:?}");
    }
    let bodies: Vec<&str> = again.iter().map(|(b, _)| b.as_str()).collect();
    // What was printed after the saved position may come again, once;
    // what came meanwhile comes, in order, once.
    let expected: Vec<&str> = printed[saved_at + 1..]
        .iter()
        .map(|(b, _)| b.as_str())
        .chain(["meanwhile 4", "meanwhile 5", "meanwhile 6"])
        .collect();
    assert_eq!(bodies, expected);
    // Nothing more: the offline copies of the same messages were not
    // printed twice. A live message ends the wait.
    say("last");
    assert_eq!(body_and_id(&second.take(1)[0]).0, "last");
}

/// `listen --catch-up --reconnect` across a server restart: the new
/// session catches up with what arrived while it was away, from the
/// archive, once (the offline copy is not printed again).
#[test]
fn catch_up_across_a_server_restart() {
    let own = OwnProsody::start();
    let p = &own.server;
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let say = |body: &str| {
        let out = run(p.xmpp(&alice).args(["send", "-m", body, &bob.jid]));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pos");
    let mut cmd = p.xmpp(&bob);
    cmd.args(["-v", "--json", "listen", "--reconnect", "--catch-up"])
        .arg(&file);
    let mut l = Running::start(&mut cmd, "listening as");
    say("one");
    assert_eq!(body_and_id(&l.take(1)[0]).0, "one");
    own.kill();
    own.up();
    // Sent while the listener is away (its backoff is at least 1 s).
    say("while away");
    l.wait_stderr("reconnected");
    say("after");
    let next: Vec<String> = l.take(2).iter().map(|x| body_and_id(x).0).collect();
    assert_eq!(next, ["while away", "after"]);
    l.terminate();
    assert_eq!(l.wait(), 0, "{}", l.stderr.lock().unwrap());
    let rest: Vec<String> = l.lines.try_iter().collect();
    assert!(rest.is_empty(), "printed twice: {rest:?}");
}

/// `listen --catch-up --muc`: a room is caught up from its own archive,
/// per room, instead of its backlog; the next run goes on after it.
#[test]
fn catch_up_in_a_room_from_its_archive() {
    let own = OwnProsody::start_with_room_archive();
    catch_up_in_room(&own.server);
}

#[test]
fn ejabberd_catch_up_in_a_room_from_its_archive() {
    catch_up_in_room(ejabberd());
}

/// `listen --muc --catch-up`: the room's archive since `--since` on the
/// first run, then from the saved position.
fn catch_up_in_room(p: &Server) {
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let room = format!("{}@conference.localhost", unique("cu"));
    let say = |body: &str, create: bool| {
        let mut cmd = p.xmpp(&alice);
        cmd.args(["send", "--muc", &room, "-m", body]);
        if create {
            cmd.arg("--create-room");
        }
        let out = run(&mut cmd);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    };
    say("r1", true);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pos");
    let listen = |extra: &[&str]| {
        let out = run(p
            .xmpp(&bob)
            .args(["--json", "listen", "--muc", &room, "--catch-up"])
            .arg(&file)
            .args(extra));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| body_and_id(l).0)
            .collect::<Vec<_>>()
    };
    assert_eq!(listen(&["--since", "1h", "-c", "1"]), ["r1"]);
    say("r2", false);
    say("r3", false);
    assert_eq!(listen(&["-c", "2"]), ["r2", "r3"]);
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert!(saved["rooms"][room.as_str()].is_string(), "{saved}");
}
