//! Stanzas from a stranger (issue 28, remote items): another account on
//! the same Prosody sends, through slixmpp's raw writer, what the server
//! accepts and delivers as written. The listener must print or report
//! each, and go on to the next normal message.

use crate::fixture::*;

/// `from` (slixmpp) writes `xml` as it is, then one normal message.
fn send_raw_then_one(p: &Server, from: &Account, to: &Account, xml: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("stanza.xml");
    std::fs::write(&file, xml).unwrap();
    slixmpp_send(
        p,
        from,
        &to.jid,
        1,
        &[
            "--raw-file",
            file.to_str().unwrap(),
            "--body",
            "the next one",
        ],
    );
}

fn bodies(lines: &[String]) -> Vec<String> {
    lines.iter().map(|l| body_of(l)).collect()
}

/// Issue 28, 1: a 9,000-byte attribute (past the parser's old 8,192-byte
/// token) ended listen with "restricted xml", for good: live, and again
/// from offline storage at every later start.
#[test]
fn a_long_attribute_does_not_stop_listen_live_or_from_offline_storage() {
    let p = prosody();
    let (bob, carol) = (p.account("bob"), p.account("carol"));
    let long = format!(
        "<message to='{}' type='chat' x='{}'><body>hi</body></message>",
        carol.jid,
        "A".repeat(9_000)
    );
    // Offline first: stored, and read at the next start.
    send_raw_then_one(p, &bob, &carol, &long);
    let mut cmd = p.xmpp(&carol);
    cmd.args(["-v", "--json", "listen", "--count", "2"]);
    let mut l = Running::start(&mut cmd, "listening as");
    assert_eq!(bodies(&l.take(2)), ["hi", "the next one"]);
    assert_eq!(l.wait(), 0, "{}", l.stderr.lock().unwrap());
    // Live.
    let mut cmd = p.xmpp(&carol);
    cmd.args(["-v", "--json", "listen", "--count", "2", "--reconnect"]);
    let mut l = Running::start(&mut cmd, "listening as");
    send_raw_then_one(p, &bob, &carol, &long);
    assert_eq!(bodies(&l.take(2)), ["hi", "the next one"]);
    assert_eq!(l.wait(), 0);
    let err = l.stderr.lock().unwrap().clone();
    assert!(
        !err.contains("restricted xml") && !err.contains("reconnect"),
        "{err}"
    );
}

/// Issue 28, 2: a message nested 30,000 elements deep (210 KB, under
/// Prosody's 256 KiB) overflowed listen's stack (exit 134). It is now
/// skipped and reported, acknowledged as handled, and the next message is
/// printed. (A Prosody without mod_mam: with it, Prosody drops such a
/// message on the way, and it never reaches us.)
#[test]
fn a_deeply_nested_stanza_is_reported_and_listen_goes_on() {
    let own = OwnProsody::start_without_archive();
    let p = &own.server;
    let (bob, carol) = (p.account("bob"), p.account("carol"));
    let depth = 30_000;
    let deep = format!(
        "<message to='{}' type='chat'><body>deep</body>{}{}</message>",
        carol.jid,
        "<a xmlns='urn:example:deep'>".to_string() + &"<a>".repeat(depth - 1),
        "</a>".repeat(depth)
    );
    let mut cmd = p.xmpp(&carol);
    cmd.args(["-v", "--json", "listen", "--count", "1"]);
    let mut l = Running::start(&mut cmd, "listening as");
    send_raw_then_one(p, &bob, &carol, &deep);
    assert_eq!(bodies(&l.take(1)), ["the next one"]);
    assert_eq!(l.wait(), 0, "{}", l.stderr.lock().unwrap());
    let err = l.stderr.lock().unwrap().clone();
    assert!(err.contains("nested deeper than 128"), "reported: {err}");
    // It was handled (reported), not left with the server: the next
    // listen does not meet it again.
    slixmpp_send(p, &bob, &carol.jid, 1, &["--body", "after"]);
    let out = run(p.xmpp(&carol).args(["--json", "listen", "--count", "1"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lines: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(bodies(&lines), ["after"]);
    assert!(!stderr(&out).contains("nested deeper"), "{}", stderr(&out));
}

/// Issue 28, 1, self-inflicted: a roster name of 8,200 characters was
/// stored, and every later roster command ended in "restricted xml".
#[test]
fn a_long_roster_name_can_be_read_back() {
    let p = prosody();
    let alice = p.account("alice");
    let name = "N".repeat(8_200);
    let out = run(p
        .xmpp(&alice)
        .args(["roster", "add", "dave@localhost", "--name", &name]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(p.xmpp(&alice).args(["--json", "roster", "list"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list[0]["name"].as_str().map(str::len), Some(8_200));
}
