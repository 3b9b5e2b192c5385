//! `xmpp relay` with rooms, and across federation: a route's room is
//! joined at start and kept through a kick and a server restart; a
//! recipient on another domain is confirmed by that domain, not by ours.

use super::*;

/// [`Relay::with_config`], up (rooms joined: `/healthz` answers 200
/// only then).
fn relay_with_route(
    p: &Server,
    account: &Account,
    route: &str,
    extra: &str,
) -> (Relay, tempfile::TempDir) {
    let (relay, dir) = Relay::with_config(p, account, extra, route);
    relay.wait_health(200);
    (relay, dir)
}

fn alert(name: &str) -> Value {
    serde_json::json!({
        "labels": {"alertname": name, "severity": "critical", "instance": "db1"},
        "annotations": {"summary": "disk full"},
    })
}

/// The next group chat message `watch` prints, skipping other lines.
fn next_room_message(watch: &Receiver) -> Value {
    loop {
        let line: Value = serde_json::from_str(&watch.next_line()).unwrap();
        if line["type"] == "groupchat" {
            return line;
        }
    }
}

/// Alertmanager → relay → bob and a room; the relay's occupant is kicked
/// by a moderator, then the server restarts: each time the relay joins
/// the room again, `/healthz` and `/metrics` say so, and the next alert
/// arrives in the room.
#[test]
fn alerts_reach_a_kept_room_through_a_kick_and_a_server_restart() {
    let own = OwnProsody::start();
    let p = &own.server;
    let (alice, bob, dave, bot) = (
        p.account("alice"),
        p.account("bob"),
        p.account("dave"),
        p.account("bot"),
    );
    let room = format!("{}@conference.localhost", unique("alerts"));
    crate::rooms::moderated_room(p, &alice, &room, &dave);
    let watch = Receiver::start_moderating(p, &dave, &room, "dave");
    let chat = Receiver::start(p, &bob, 10);
    let (relay, _config) = relay_with_route(
        p,
        &bot,
        &format!("to = [\"{}\"]\nrooms = [\"{room}\"]", bob.jid),
        "nick = \"alertbot\"\nroom_check = 2",
    );
    let am = Alertmanager::start(&format!("{}/alertmanager/ops", relay.base));

    am.post(&serde_json::json!([alert("FirstAlert")]));
    let want = "[FIRING] FirstAlert (critical) on db1: disk full";
    assert_eq!(chat.take(1)[0].body, want);
    let said = next_room_message(&watch);
    assert_eq!(
        (said["from"].as_str(), said["body"].as_str()),
        (Some(format!("{room}/alertbot").as_str()), Some(want))
    );

    // POST /send to a room the relay keeps; not to one it does not.
    let (status, body) = relay.post_json(&serde_json::json!({"muc": room, "body": "by hand"}));
    assert_eq!(status, 200, "{body}");
    assert_eq!(lines(&body)[0]["type"], "groupchat", "{body}");
    assert_eq!(next_room_message(&watch)["body"], "by hand");
    let other = format!("{}@conference.localhost", unique("other"));
    let (status, body) = relay.post_json(&serde_json::json!({"muc": other, "body": "no"}));
    assert_eq!(status, 403, "{body}");

    // Kicked by a moderator: joined again, and the next alert arrives.
    let out = run(p
        .xmpp(&alice)
        .args(["send", &dave.jid, "-m", "kick alertbot"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let kicked: Value = serde_json::from_str(&watch.next_line()).unwrap();
    assert_eq!(kicked["kicked"], "alertbot");
    relay
        .running
        .wait_stderr(&format!("the relay is in {room} again"));
    relay.wait_health(200);
    am.post(&serde_json::json!([alert("SecondAlert")]));
    assert!(next_room_message(&watch)["body"]
        .as_str()
        .unwrap()
        .contains("SecondAlert"));
    let auth = format!("Authorization: Bearer {TOKEN}");
    let (_, metrics) = relay.call("GET", "/metrics", &[&auth], None);
    assert!(
        sample(&metrics, "xmpp_relay_room_rejoins_total") >= 1.0,
        "{metrics}"
    );
    assert_eq!(
        sample(
            &metrics,
            &format!("xmpp_relay_room_joined{{room=\"{room}\"}}")
        ),
        1.0
    );

    // The server restarts (its rooms shut down, status 332): the relay
    // comes back into the room by itself.
    drop(watch);
    own.stop();
    relay.wait_health(503);
    own.up();
    let watch = Receiver::start_in_room(p, &dave, &room, "dave2", 10);
    relay.wait_health(200);
    am.post(&serde_json::json!([alert("ThirdAlert")]));
    assert!(next_room_message(&watch)["body"]
        .as_str()
        .unwrap()
        .contains("ThirdAlert"));
}

/// A room the relay cannot join (it does not exist) is reported on
/// `/healthz` and in `/metrics`, and a request for it is answered 503
/// without writing anything; the route's other recipients are not sent
/// a message the room will not get.
#[test]
fn a_room_that_cannot_be_joined_is_reported_and_refused() {
    let p = prosody();
    let (bob, bot) = (p.account("bob"), p.account("bot"));
    let room = format!("{}@conference.localhost", unique("nosuch"));
    let (relay, _config) = Relay::with_config(
        p,
        &bot,
        "",
        &format!("to = [\"{}\"]\nrooms = [\"{room}\"]", bob.jid),
    );
    relay.running.wait_stderr("no such room");
    let (code, health) = relay.call("GET", "/healthz", &[], None);
    assert_eq!(code, 503, "{health}");
    assert!(
        health.contains(&room) && health.contains("no such room"),
        "{health}"
    );
    let auth = format!("Authorization: Bearer {TOKEN}");
    let (_, metrics) = relay.call("GET", "/metrics", &[&auth], None);
    assert_eq!(
        sample(
            &metrics,
            &format!("xmpp_relay_room_joined{{room=\"{room}\"}}")
        ),
        0.0,
        "{metrics}"
    );
    let rx = Receiver::start(p, &bob, 1);
    let (code, body) = relay.call(
        "POST",
        "/alertmanager/ops",
        &[&auth, "Content-Type: application/json"],
        Some(
            serde_json::json!({"version": "4", "status": "firing", "alerts": [alert("X")]})
                .to_string()
                .as_bytes(),
        ),
    );
    assert_eq!(code, 503, "{body}");
    assert!(body.contains(&room), "{body}");
    assert!(rx.take_until_quiet(Duration::from_secs(2)).is_empty());
}

/// Issue 25, across federation (the test network): a relay as
/// alice@a.test. A recipient on b.test is confirmed by b.test itself; one
/// on a domain without DNS bounces. Our server acknowledges at once and
/// bounces only after its failed lookup: the relay waits for the remote
/// domain's answer, as `send` does, so `send --via` exits 7 and names the
/// condition instead of exiting 0.
#[test]
fn a_remote_recipient_is_confirmed_by_its_own_domain() {
    use std::os::unix::fs::PermissionsExt;
    let n = crate::testnet::net();
    let (alice, bob) = (n.account("alice", "a.test"), n.account("bob", "b.test"));
    let rx = n.receiver(&bob, &[]);
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    let socket = dir.path().join("relay.sock");
    let socket_arg = socket.to_str().unwrap();
    let mut cmd = n.xmpp(&alice);
    cmd.env("RELAY_TOKEN", TOKEN)
        .args([
            "-v",
            "relay",
            "--token-env",
            "RELAY_TOKEN",
            "--socket",
            socket_arg,
        ])
        .args(["--listen", "127.0.0.1:9280"]);
    let relay = Running::start(&mut cmd, "relay listening on");
    relay.wait_stderr("the relay's session is up");
    let via =
        |to: &str| run(xmpp_clean().args(["--json", "send", "--via", socket_arg, "-m", "far", to]));

    let out = via(&bob.jid);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(json_lines(&out.stdout)[0]["confirmed_by"], "remote-domain");
    assert_eq!(rx.take(1)[0].body, "far");

    let out = via("someone@nosuch.test");
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    let line = &json_lines(&out.stdout)[0];
    assert_eq!(line["status"], "error", "{line}");
    assert!(
        line["error"]
            .as_str()
            .is_some_and(|e| e.contains("remote-server-not-found")),
        "{line}"
    );
}
