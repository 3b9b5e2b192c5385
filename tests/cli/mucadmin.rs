//! `xmpp muc` room administration on Prosody and ejabberd: a members-only room made
//! and configured before anyone enters, members set and read back, a
//! non-member refused, the room destroyed with an alternate venue that an
//! occupant (slixmpp) is told.

use crate::fixture::*;

#[test]
fn a_members_only_room_from_creation_to_destruction_on_prosody() {
    members_only_room(prosody());
}

#[test]
fn a_members_only_room_from_creation_to_destruction_on_ejabberd() {
    members_only_room(ejabberd());
}

fn members_only_room(p: &Server) {
    let (alice, bob, carol) = (p.account("alice"), p.account("bob"), p.account("carol"));
    let room = format!("{}@conference.localhost", unique("team"));
    let alt = format!("{}@conference.localhost", unique("next"));

    let out = run(p.xmpp(&alice).args([
        "--json",
        "muc",
        "create",
        &room,
        "--set",
        "muc#roomconfig_membersonly=1",
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(json_lines(&out.stdout)[0]["status"], "created");
    // Again: it exists.
    let out = run(p.xmpp(&alice).args(["muc", "create", &room]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(stderr(&out).contains("exists already"), "{}", stderr(&out));

    let out = run(p.xmpp(&alice).args(["--json", "muc", "config", &room]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let form = &json_lines(&out.stdout)[0];
    let field = |var: &str| {
        form["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["var"] == var)
            .unwrap_or_else(|| panic!("{var} in {form}"))
            .clone()
    };
    assert_eq!(field("muc#roomconfig_membersonly")["values"][0], "1");
    assert_eq!(field("muc#roomconfig_persistentroom")["values"][0], "1");
    assert_eq!(field("muc#roomconfig_membersonly")["type"], "boolean");

    // bob is no member: refused.
    let out = run(p
        .xmpp(&bob)
        .args(["send", "--muc", &room, "-m", "let me in"]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("registration-required"),
        "{}",
        stderr(&out)
    );

    // Members set in one request and read back.
    let out = run(p.xmpp(&alice).args([
        "--json",
        "muc",
        "affiliations",
        &room,
        "--set",
        &format!("{}=member", bob.jid),
        "--set",
        &format!("{}=outcast", carol.jid),
    ]));
    assert_eq!(
        code(&out),
        0,
        "{} {}",
        stderr(&out),
        String::from_utf8_lossy(&out.stdout)
    );
    let list = json_lines(&out.stdout)[0].clone();
    let has = |jid: &str, aff: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .any(|a| a["jid"] == jid && a["affiliation"] == aff)
    };
    assert!(
        has(&bob.jid, "member") && has(&carol.jid, "outcast") && has(&alice.jid, "owner"),
        "{list}"
    );

    // A member is no owner: it cannot configure the room (exit 7).
    let out = run(p.xmpp(&bob).args(["muc", "config", &room]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));

    // Now bob gets in; a new subject reaches him.
    let watch = Receiver::start_in_room(p, &bob, &room, "bob", 10);
    let out = run(p
        .xmpp(&alice)
        .args(["muc", "subject", &room, "Quarterly planning"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let subject = loop {
        let line: serde_json::Value = serde_json::from_str(&watch.next_line()).unwrap();
        if line["subject_changed"] == "Quarterly planning" {
            break line;
        }
    };
    assert!(
        subject["from"].as_str().unwrap().starts_with(&room),
        "{subject}"
    );

    // An invitation through the room reaches dave (slixmpp), from alice.
    let dave = p.account("dave");
    let invited = Receiver::start(p, &dave, 10);
    let out = run(p
        .xmpp(&alice)
        .args(["muc", "invite", &room, &dave.jid, "--reason", "join us"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // (The servers add a body for clients that do not know invitations:
    // that line comes too.)
    let inv = loop {
        let line: serde_json::Value = serde_json::from_str(&invited.next_line()).unwrap();
        if line.get("invited_to").is_some() {
            break line;
        }
    };
    assert_eq!(
        (inv["invited_to"].as_str(), inv["reason"].as_str()),
        (Some(room.as_str()), Some("join us")),
        "{inv}"
    );
    // ejabberd names alice by her JID, Prosody (a semi-anonymous room) by
    // her occupant JID: either way, alice.
    let by = inv["by"].as_str().unwrap();
    let nick = alice.jid.split('@').next().unwrap();
    assert!(
        by.starts_with(&alice.jid) || by == format!("{room}/{nick}"),
        "{inv}"
    );

    // Destroyed with a reason and an alternate venue: bob is told.
    let out = run(p.xmpp(&alice).args([
        "muc",
        "destroy",
        &room,
        "--reason",
        "moving on",
        "--alternate",
        &alt,
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let told = loop {
        let line: serde_json::Value = serde_json::from_str(&watch.next_line()).unwrap();
        if line.get("destroyed").is_some() {
            break line;
        }
    };
    assert_eq!(
        (
            told["destroyed"].as_str(),
            told["alternate"].as_str(),
            told["reason"].as_str()
        ),
        (Some(room.as_str()), Some(alt.as_str()), Some("moving on"))
    );
}
