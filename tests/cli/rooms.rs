//! `send --muc`: rooms on Prosody with real occupants (slixmpp): the
//! nick, reflections as confirmation, resumption with the room, members-only
//! and password-protected rooms.

use crate::fixture::*;
use crate::resilience::spawn_lines;

/// `send --muc --lines --reconnect` over a link that goes half-dead: the
/// session is resumed with its room membership, the server replays the
/// room's reflections we missed, and every message is `delivered` once.
#[test]
fn muc_send_resumes_with_the_room_and_its_reflections() {
    const N: usize = 300;
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let room = format!("{}@conference.localhost", unique("resume"));
    let occupant = Receiver::start_in_room(p, &bob, &room, "bob-watch", N);
    let proxy = Proxy::to(p.c2s);
    let mut cmd = p.xmpp_at(&alice, proxy.port);
    cmd.args(["--timeout", "3", "-v", "--json", "send", "--lines"])
        .args(["--reconnect", "--muc", &room, "--nick", "alertbot"]);
    let (child, statuses) = spawn_lines(&mut cmd, N);
    let mut received = occupant.take(100);
    proxy.mute();
    received.extend(occupant.take(N - received.len()));
    received.extend(occupant.take_until_quiet(std::time::Duration::from_secs(2)));
    let out = wait_output(child, std::time::Duration::from_secs(120));
    let err = stderr(&out);
    let statuses = statuses.join().unwrap();
    assert_eq!(code(&out), 0, "{err}");
    assert!(err.contains("resumed the session"), "{err}");
    let bodies: Vec<&str> = received.iter().map(|m| m.body.as_str()).collect();
    let expected: Vec<String> = (1..=N).map(|i| format!("line {i}")).collect();
    assert_eq!(bodies, expected, "each message once, in order");
    // `sent` as acked, then `delivered` as reflected: the last word on
    // every message is `delivered`.
    let mut last = std::collections::HashMap::new();
    for s in &statuses {
        last.insert(s["id"].as_str().unwrap().to_string(), s["status"].clone());
    }
    assert_eq!(last.len(), N);
    assert!(last.values().all(|v| v == "delivered"), "{err}");
}

#[test]
fn muc_send_reaches_an_occupant_with_our_nick() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let room = format!("{}@conference.localhost", unique("ops"));
    let occupant = Receiver::start_in_room(p, &bob, &room, "bob-watch", 100);
    let out = run(p.xmpp(&alice).args([
        "--json",
        "send",
        "--muc",
        &room,
        "--nick",
        "alertbot",
        "-m",
        "disk full",
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let line = &json_lines(&out.stdout)[0];
    assert_eq!(
        (line["type"].as_str(), line["status"].as_str()),
        (Some("groupchat"), Some("delivered"))
    );
    let got = occupant.take(1);
    assert_eq!(got[0].from, format!("{room}/alertbot"));
    assert_eq!(
        (got[0].kind.as_str(), got[0].body.as_str()),
        ("groupchat", "disk full")
    );

    // Issue 23, 14: a room that does not exist (a mistyped name) is not
    // a delivery: exit 7 naming it, and the room the join made is gone.
    let fresh = format!("{}@conference.localhost", unique("new"));
    let out = run(p
        .xmpp(&alice)
        .args(["--json", "send", "--muc", &fresh, "-m", "first!"]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("no such room") && err.contains(&fresh),
        "{err}"
    );
    assert!(err.contains("--create-room"), "{err}");
    let items = run(p
        .xmpp(&alice)
        .args(["--json", "disco", "items", "conference.localhost"]));
    assert!(!String::from_utf8_lossy(&items.stdout).contains(&fresh));
    // With --create-room it is made, kept for others: an occupant who
    // comes later finds it with its configuration (persistent).
    let out = run(p.xmpp(&alice).args([
        "--json",
        "send",
        "--create-room",
        "--muc",
        &fresh,
        "-m",
        "first!",
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(json_lines(&out.stdout)[0]["status"], "delivered");
    let info = run(p.xmpp(&bob).args(["--json", "disco", "info", &fresh]));
    assert_eq!(code(&info), 0, "{}", stderr(&info));
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    assert!(info.contains("muc_persistent"), "{info}");
    let out = run(p
        .xmpp(&bob)
        .args(["send", "--muc", &fresh, "--nick", "b", "-m", "second"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));

    // The nick is taken: conflict, unless --nick-fallback.
    let out = run(p
        .xmpp(&alice)
        .args(["send", "--muc", &room, "--nick", "bob-watch", "-m", "x"]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(stderr(&out).contains("conflict"), "{}", stderr(&out));
    let out = run(p.xmpp(&alice).args([
        "send",
        "--muc",
        &room,
        "--nick",
        "bob-watch",
        "--nick-fallback",
        "-m",
        "second try",
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn members_only_room_exits_7_registration_required() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let room = format!("{}@conference.localhost", unique("private"));
    // bob creates the room (owner) and makes it members-only.
    let _owner = Receiver::start_in_room(p, &bob, &room, "owner", 1);
    configure_room(p, &bob, &room, &[("muc#roomconfig_membersonly", "1")]);
    let out = run(p
        .xmpp(&alice)
        .args(["send", "--muc", &room, "-m", "let me in"]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("registration-required"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn password_protected_room_needs_the_password() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let room = format!("{}@conference.localhost", unique("locked"));
    let occupant = Receiver::start_in_room(p, &bob, &room, "owner", 100);
    configure_room(
        p,
        &bob,
        &room,
        &[
            ("muc#roomconfig_passwordprotectedroom", "1"),
            ("muc#roomconfig_roomsecret", "sesame"),
        ],
    );
    let out = run(p
        .xmpp(&alice)
        .args(["send", "--muc", &room, "-m", "no password"]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(stderr(&out).contains("not-authorized"), "{}", stderr(&out));
    let out = run(p.xmpp(&alice).env("ROOM_PW", "sesame").args([
        "--trace-xml",
        "send",
        "--muc",
        &room,
        "--muc-password-env",
        "ROOM_PW",
        "-m",
        "with password",
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(occupant.take(1)[0].body, "with password");
    // The trace shows the join, not the room's password.
    let trace = stderr(&out);
    assert!(trace.contains("<password>[redacted]</password>"), "{trace}");
    assert!(!trace.contains("sesame"), "{trace}");
}

/// As the room's owner, submit its configuration form with `fields`.
fn configure_room(p: &Server, owner: &Account, room: &str, fields: &[(&str, &str)]) {
    let mut form = String::from(
        r#"<query xmlns="http://jabber.org/protocol/muc#owner"><x xmlns="jabber:x:data" type="submit"><field var="FORM_TYPE"><value>http://jabber.org/protocol/muc#roomconfig</value></field>"#,
    );
    for (var, value) in fields {
        form.push_str(&format!(
            r#"<field var="{var}"><value>{value}</value></field>"#
        ));
    }
    form.push_str("</x></query>");
    let out = run(p
        .xmpp(owner)
        .args(["iq", "--type", "set", "--to", room, &form]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

/// Issue 23, 13: `listen --reconnect --muc` back on a new session (the
/// server restarted) asks the room only for what came after the last
/// message it handled, and what the room sends again is not printed twice.
/// The room is persistent and archived (mod_muc_mam), so its history
/// survives the restart, as on a production server.
#[test]
fn listen_rejoining_on_a_new_session_does_not_print_the_history_again() {
    let own = OwnProsody::start_with_room_archive();
    listen_rejoins_after_a_restart(&own.server, || {
        own.kill();
        own.up();
    });
}

/// `listen --reconnect --muc` as bob in a persistent room with two
/// messages, the server restarted by `restart`, then a third message: it
/// is the next line, and nothing is printed twice.
pub fn listen_rejoins_after_a_restart(p: &Server, restart: impl FnOnce()) {
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let room = format!("{}@conference.localhost", unique("hist"));
    let say = |args: &[&str], body: &str| {
        let out = run(p
            .xmpp(&alice)
            .args(["send", "--muc", &room])
            .args(args)
            .args(["-m", body]));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    };
    say(&["--create-room"], "before 1");
    say(&[], "before 2");
    let mut cmd = p.xmpp(&bob);
    cmd.args(["-v", "--json", "listen", "--reconnect", "--muc", &room]);
    let mut l = Running::start(&mut cmd, "listening as");
    let first: Vec<String> = l.take(2).iter().map(|l| body_of(l)).collect();
    assert_eq!(first, ["before 1", "before 2"]);
    restart();
    l.wait_stderr("reconnected");
    say(&[], "after");
    // The next line is the new message: the history was not printed again.
    let next = body_of(&l.take(1)[0]);
    assert_eq!(next, "after", "{}", l.stderr.lock().unwrap());
    l.terminate();
    assert_eq!(l.wait(), 0);
    let rest: Vec<String> = l.lines.try_iter().map(|l| body_of(&l)).collect();
    assert!(rest.is_empty(), "{rest:?}");
}

/// `--no-history` and `--type` in a room that has history: the backlog is
/// left out, and a type filter keeps room messages out of a chat listener.
#[test]
fn no_history_and_type_filters_in_a_room_with_history() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let room = format!("{}@conference.localhost", unique("filters"));
    let out = run(p
        .xmpp(&alice)
        .args(["send", "--create-room", "--muc", &room, "-m", "old news"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let body = body_of;
    let mut cmd = p.xmpp(&bob);
    cmd.args([
        "-v",
        "--json",
        "listen",
        "--muc",
        &room,
        "--no-history",
        "-c",
        "1",
    ]);
    let mut l = Running::start(&mut cmd, "listening as");
    let out = run(p.xmpp(&alice).args(["send", "--muc", &room, "-m", "fresh"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(body(&l.take(1)[0]), "fresh", "the backlog was left out");
    assert_eq!(l.wait(), 0);
    // With the backlog but only chat messages: the room's are filtered.
    let mut cmd = p.xmpp(&bob);
    cmd.args([
        "-v", "--json", "listen", "--muc", &room, "--type", "chat", "-c", "1",
    ]);
    let mut l = Running::start(&mut cmd, "listening as");
    let out = run(p
        .xmpp(&alice)
        .args(["send", "--muc", &room, "-m", "room talk"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(p.xmpp(&alice).args(["send", "-m", "direct", &bob.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let line = l.take(1)[0].clone();
    assert_eq!(body(&line), "direct", "{line}");
    assert_eq!(l.wait(), 0);
}

/// `room` made persistent by `owner` (`send --create-room`), with
/// `moderator` as an admin (a moderator whenever in the room).
pub fn moderated_room(p: &Server, owner: &Account, room: &str, moderator: &Account) {
    let out = run(p
        .xmpp(owner)
        .args(["send", "--create-room", "--muc", room, "-m", "made"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let admin = format!(
        "<query xmlns='http://jabber.org/protocol/muc#admin'>\
         <item affiliation='admin' jid='{}'/></query>",
        moderator.jid
    );
    let out = run(p
        .xmpp(owner)
        .args(["iq", "--type", "set", "--to", room, &admin]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

/// Issue 25: `listen --muc` keeps its room as the relay does (`roomkeep`):
/// kicked by a moderator, it joins again and prints the next message.
/// (Before, it stayed up outside the room and printed nothing more.)
#[test]
fn listen_joins_its_room_again_after_a_kick() {
    let p = prosody();
    let (alice, bob, dave) = (p.account("alice"), p.account("bob"), p.account("dave"));
    let room = format!("{}@conference.localhost", unique("kick"));
    moderated_room(p, &alice, &room, &dave);
    let watch = Receiver::start_moderating(p, &dave, &room, "dave");
    let mut cmd = p.xmpp(&bob);
    cmd.args(["-v", "--json", "listen", "--no-history", "--muc", &room])
        .args(["--nick", "bb"]);
    let mut l = Running::start(&mut cmd, "listening as");
    let out = run(p.xmpp(&alice).args(["send", &dave.jid, "-m", "kick bb"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let kicked: serde_json::Value = serde_json::from_str(&watch.next_line()).unwrap();
    assert_eq!(kicked["kicked"], "bb");
    l.wait_stderr(&format!("joined {room} again"));
    let out = run(p
        .xmpp(&alice)
        .args(["send", "--muc", &room, "-m", "after the kick"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        let line = l
            .lines
            .recv_timeout(left)
            .unwrap_or_else(|_| panic!("never printed: {}", l.stderr.lock().unwrap()));
        if body_of(&line) == "after the kick" {
            break;
        }
    }
    l.terminate();
    assert_eq!(l.wait(), 0);
}
