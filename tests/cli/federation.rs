//! Federation on the test network: alice@a.test reaches b.test (Prosody)
//! and c.test (ejabberd) over server-to-server streams with certificate
//! checks, and `send`'s exit code covers the remote server too.

use std::time::Duration;

use crate::fixture::*;
use crate::testnet::net;

fn status_lines(out: &std::process::Output) -> Vec<serde_json::Value> {
    json_lines(&out.stdout)
}

#[test]
fn send_reaches_prosody_and_ejabberd_users_and_each_domain_confirms() {
    let n = net();
    let (alice, bob, carol) = (
        n.account("alice", "a.test"),
        n.account("bob", "b.test"),
        n.account("carol", "c.test"),
    );
    // bob: an independent slixmpp client; carol: `xmpp listen` on ejabberd.
    let rx = n.receiver(&bob, &[]);
    let mut cmd = n.xmpp(&carol);
    cmd.args(["-v", "--json", "listen"]);
    let listener = Running::start(&mut cmd, "listening as");
    let out = run(n.xmpp(&alice).args([
        "--json",
        "send",
        "-m",
        "across the federation",
        &bob.jid,
        &carol.jid,
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lines = status_lines(&out);
    assert_eq!(lines.len(), 2, "{lines:?}");
    for l in &lines {
        assert_eq!(l["status"], "sent", "{l}");
        assert_eq!(l["confirmed_by"], "remote-domain", "{l}");
    }
    let got = rx.take(1);
    assert_eq!(got[0].body, "across the federation");
    assert!(got[0].from.starts_with(&alice.jid), "{got:?}");
    let line: serde_json::Value = serde_json::from_str(&listener.take(1)[0]).unwrap();
    assert_eq!(line["body"], "across the federation");
    assert!(
        line["from"].as_str().unwrap().starts_with(&alice.jid),
        "{line}"
    );
}

#[test]
fn a_local_recipient_is_confirmed_by_our_server() {
    let n = net();
    let (alice, dave) = (n.account("alice", "a.test"), n.account("dave", "a.test"));
    let out = run(n
        .xmpp(&alice)
        .args(["--json", "send", "-m", "hi", &dave.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(status_lines(&out)[0]["confirmed_by"], "server");
}

#[test]
fn an_unknown_remote_user_exits_7_on_either_server() {
    let n = net();
    let alice = n.account("alice", "a.test");
    for domain in ["b.test", "c.test"] {
        let to = format!("{}@{domain}", unique("nobody"));
        let out = run(n.xmpp(&alice).args(["--json", "send", "-m", "hi", &to]));
        assert_eq!(code(&out), 7, "{domain}: {}", stderr(&out));
        let l = &status_lines(&out)[0];
        assert_eq!(l["status"], "error", "{l}");
        assert_eq!(l["error"], "service-unavailable", "{l}");
        assert!(stderr(&out).contains(&to), "{}", stderr(&out));
    }
}

#[test]
fn a_domain_without_dns_bounces_with_exit_7() {
    let n = net();
    let alice = n.account("alice", "a.test");
    let out = run(n
        .xmpp(&alice)
        .args(["send", "-m", "hi", "someone@nosuch.test"]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("someone@nosuch.test")
            && stderr(&out).contains("remote-server-not-found"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_blackholed_remote_server_exits_6_at_timeout_and_the_status_says_so() {
    // Each test has a blackholed domain of its own: Prosody bounces what
    // waits for one ~20 s after its first attempt, which would end another
    // test's silence.
    let n = net();
    let alice = n.account("alice", "a.test");
    let out = run(n.xmpp(&alice).args([
        "--timeout",
        "3",
        "--json",
        "send",
        "-m",
        "hi",
        "someone@gone1.test",
    ]));
    assert_eq!(code(&out), 6, "{}", stderr(&out));
    let l = &status_lines(&out)[0];
    assert_eq!(l["status"], "unconfirmed", "{l}");
    assert_eq!(l["confirmed_by"], "server", "{l}");
    assert!(
        l["error"]
            .as_str()
            .unwrap()
            .contains("gone1.test did not confirm"),
        "{l}"
    );
    let e: serde_json::Value = serde_json::from_str(stderr(&out).trim()).unwrap();
    assert_eq!(e["error"]["code"], 6, "{e}");
    // Opting out: our server took it, which is all that is asked.
    let out = run(n.xmpp(&alice).args([
        "--timeout",
        "3",
        "--json",
        "send",
        "--no-remote-confirm",
        "-m",
        "hi",
        "someone@gone1.test",
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(status_lines(&out)[0]["confirmed_by"], "server");
}

#[test]
fn a_bounce_wins_over_a_silent_domain() {
    // One recipient bounces, another's domain never answers: the bounce
    // is the news (exit 7), the other is still reported unconfirmed.
    let n = net();
    let alice = n.account("alice", "a.test");
    let nobody = format!("{}@b.test", unique("nobody"));
    let out = run(n.xmpp(&alice).args([
        "--timeout",
        "3",
        "--json",
        "send",
        "-m",
        "hi",
        &nobody,
        "someone@gone2.test",
    ]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    let lines = status_lines(&out);
    let of = |to: &str| lines.iter().find(|l| l["to"] == to).unwrap().clone();
    assert_eq!(of(&nobody)["status"], "error");
    assert_eq!(of("someone@gone2.test")["status"], "unconfirmed");
}

#[test]
fn queries_cross_server_to_server_streams() {
    let n = net();
    let alice = n.account("alice", "a.test");
    let out = run(n.xmpp(&alice).args(["ping", "b.test"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(n.xmpp(&alice).args(["--json", "disco", "info", "b.test"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Prosody"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = run(n.xmpp(&alice).args(["version", "c.test"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("ejabberd"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = run(n.xmpp(&alice).args(["disco", "items", "c.test"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(n.xmpp(&alice).args(["disco", "items", "b.test"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("rooms.b.test"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn remote_query_errors_name_what_failed() {
    let n = net();
    let alice = n.account("alice", "a.test");
    let out = run(n.xmpp(&alice).args(["disco", "info", "nosuch.test"]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("your server could not reach nosuch.test: remote-server-not-found"),
        "{}",
        stderr(&out)
    );
    let out = run(n
        .xmpp(&alice)
        .args(["--timeout", "2", "disco", "info", "gone3.test"]));
    assert_eq!(code(&out), 6, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no answer from gone3.test within 2s"),
        "{}",
        stderr(&out)
    );
}

fn roster(n: &crate::testnet::Net, who: &Account) -> Vec<serde_json::Value> {
    let out = run(n.xmpp(who).args(["--json", "roster"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn presence_subscription_across_servers() {
    let n = net();
    for domain in ["b.test", "c.test"] {
        let (alice, bob) = (n.account("alice", "a.test"), n.account("bob", domain));
        let out = run(n.xmpp(&alice).args(["presence", "subscribe", &bob.jid]));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        // The request crosses s2s; bob approves once it has arrived.
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        loop {
            let out = run(n.xmpp(&bob).args(["presence", "approve", &alice.jid]));
            if code(&out) == 0 {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{domain}: {}",
                stderr(&out)
            );
            std::thread::sleep(Duration::from_millis(200));
        }
        let out = run(n.xmpp(&bob).args(["presence", "subscribe", &alice.jid]));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let out = run(n.xmpp(&alice).args(["presence", "approve", &bob.jid]));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let both = |who: &Account, other: &Account| {
            let deadline = std::time::Instant::now() + Duration::from_secs(20);
            loop {
                let r = roster(n, who);
                if r.iter()
                    .any(|i| i["jid"] == other.jid.as_str() && i["subscription"] == "both")
                {
                    return;
                }
                assert!(
                    std::time::Instant::now() < deadline,
                    "{domain}: {} never saw both: {r:?}",
                    who.jid
                );
                std::thread::sleep(Duration::from_millis(200));
            }
        };
        both(&alice, &bob);
        both(&bob, &alice);
        // Online with show and status, seen from the other server.
        let mut hold = n.xmpp(&bob);
        hold.args([
            "-v", "presence", "set", "--show", "away", "--status", "at lunch",
        ]);
        let holder = Running::start(&mut hold, "online as");
        let out = run(n
            .xmpp(&alice)
            .args(["--json", "presence", "list", "--wait", "2"]));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let online: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
        assert!(
            online.iter().any(|o| {
                o["jid"]
                    .as_str()
                    .unwrap()
                    .starts_with(&format!("{}/", bob.jid))
                    && o["show"] == "away"
                    && o["status"] == "at lunch"
            }),
            "{domain}: {online:?}"
        );
        drop(holder);
        let out = run(n.xmpp(&alice).args(["presence", "unsubscribe", &bob.jid]));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
}

#[test]
fn a_room_on_another_servers_muc_service() {
    let n = net();
    let (alice, dave) = (n.account("alice", "a.test"), n.account("dave", "a.test"));
    let room = format!("{}@rooms.b.test", unique("room"));
    let mut cmd = n.xmpp(&dave);
    cmd.args(["-v", "--json", "listen", "--muc", &room]);
    let listener = Running::start(&mut cmd, "listening as");
    let out = run(n
        .xmpp(&alice)
        .args(["send", "--muc", &room, "-m", "hello from a.test"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let line: serde_json::Value = serde_json::from_str(&listener.take(1)[0]).unwrap();
    assert_eq!(line["body"], "hello from a.test", "{line}");
    assert_eq!(line["type"], "groupchat", "{line}");
}
