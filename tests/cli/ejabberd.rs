//! Interop with ejabberd: SCRAM login (never PLAIN, never a -PLUS variant it
//! cannot complete), delivery-aware send and session resumption.

use crate::fixture::*;

#[test]
fn ejabberd_login_uses_scram_and_send_delivers() {
    let e = ejabberd();
    let (alice, bob) = (e.account("alice"), e.account("bob"));
    let rx = Receiver::start(e, &bob, 1);
    let out = run(e.xmpp(&alice).args([
        "--trace-xml",
        "--json",
        "send",
        "-m",
        "hi ejabberd",
        &bob.jid,
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let trace = stderr(&out);
    assert!(trace.contains("mechanism='SCRAM-SHA-256'"), "{trace}");
    assert!(!trace.contains("mechanism='PLAIN'"));
    assert!(
        trace.contains("<enabled"),
        "stream management on ejabberd: {trace}"
    );
    crate::send::assert_no_secret(&trace, &alice);
    assert_eq!(json_lines(&out.stdout)[0]["status"], "sent");
    assert_eq!(rx.take(1)[0].body, "hi ejabberd");
}

#[test]
fn ejabberd_bounce_and_wrong_password() {
    let e = ejabberd();
    let alice = e.account("alice");
    let ghost = format!("{}@localhost", unique("ghost"));
    let out = run(e.xmpp(&alice).args(["send", "-m", "x", &ghost]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(stderr(&out).contains(&ghost));
    let out = run(e
        .xmpp(&alice)
        .env("XMPP_PASSWORD", "wrong")
        .args(["send", "-m", "x", &ghost]));
    assert_eq!(code(&out), 5, "{}", stderr(&out));
}

/// Resumption (XEP-0198) interop: the half-dead link test of
/// `send.rs` against ejabberd.
#[test]
fn ejabberd_resumes_a_session_after_a_half_dead_link() {
    crate::resilience::resumed_after_a_half_dead_link(ejabberd(), 3000, 500);
}

/// Issue 23, 6: local parts with `=` and `,` are valid, and their SCRAM
/// user names are escaped (`=3D`, `=2C`): they log in on both servers.
#[test]
fn accounts_with_equals_and_comma_log_in_on_prosody_and_ejabberd() {
    for server in [prosody(), ejabberd()] {
        for prefix in ["a=b", "x,y"] {
            let who = server.account(prefix);
            let out = run(server.xmpp(&who).args(["--json", "roster", "list"]));
            assert_eq!(code(&out), 0, "{}: {}", who.jid, stderr(&out));
        }
    }
}
