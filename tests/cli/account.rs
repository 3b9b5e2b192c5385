//! `xmpp account` (XEP-0077) on Prosody: registration where the host
//! allows it (register.localhost) and a clear refusal where it does not,
//! a password change proven by logging in, deletion behind --yes.

use crate::fixture::*;

fn logs_in(p: &Server, account: &Account) -> bool {
    code(&run(p.xmpp(account).arg("ping"))) == 0
}

#[test]
fn register_where_allowed_and_a_clear_refusal_where_not() {
    let p = prosody();
    let new = Account {
        jid: format!("{}@register.localhost", unique("self")),
        password: "a-new-secret".into(),
    };
    assert!(!logs_in(p, &new));
    let out = run(p.xmpp(&new).args(["--json", "account", "register"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(json_lines(&out.stdout)[0]["status"], "registered");
    assert!(logs_in(p, &new));
    // Again: the name is taken.
    let out = run(p.xmpp(&new).args(["account", "register"]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(stderr(&out).contains("conflict"), "{}", stderr(&out));

    let off = Account {
        jid: format!("{}@localhost", unique("self")),
        password: "whatever-secret".into(),
    };
    let out = run(p.xmpp(&off).args(["account", "register"]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("does not offer in-band registration") && err.contains("admin add-user"),
        "{err}"
    );
}

#[test]
fn a_password_change_is_proven_and_a_deletion_needs_yes() {
    let p = prosody();
    let alice = p.account("alice");
    let changed = Account {
        jid: alice.jid.clone(),
        password: "brand-new-secret".into(),
    };
    let out = run(p.xmpp(&alice).env("NEWPW", &changed.password).args([
        "--json",
        "account",
        "password",
        "--new-password-env",
        "NEWPW",
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(json_lines(&out.stdout)[0]["status"], "changed");
    assert!(!logs_in(p, &alice), "the old password still works");
    assert!(logs_in(p, &changed));

    let out = run(p.xmpp(&changed).args(["account", "delete"]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("--yes"), "{}", stderr(&out));
    assert!(logs_in(p, &changed));
    let out = run(p.xmpp(&changed).args(["account", "delete", "--yes"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!logs_in(p, &changed));
}
