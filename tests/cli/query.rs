//! `xmpp iq`, `ping`, `disco`, `version`, `time`, `vcard` against Prosody
//! (and a slixmpp peer as the entity on the other end).

use serde::Deserialize;

use crate::fixture::*;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IqAnswer {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    from: Option<String>,
    payload: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IqError {
    error: IqErrorBody,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IqErrorBody {
    #[serde(rename = "type")]
    kind: String,
    condition: String,
    text: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PingLine {
    jid: String,
    rtt_ms: Option<f64>,
    error: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Identity {
    category: String,
    #[serde(rename = "type")]
    kind: String,
    name: Option<String>,
    lang: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Info {
    jid: String,
    node: Option<String>,
    identities: Vec<Identity>,
    features: Vec<String>,
    forms: Vec<serde_json::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Item {
    jid: String,
    node: Option<String>,
    name: Option<String>,
    identities: Option<Vec<Identity>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Version {
    jid: String,
    name: String,
    version: String,
    os: Option<String>,
}

fn one<T: for<'a> Deserialize<'a>>(out: &std::process::Output) -> T {
    let text = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(text.trim()).unwrap_or_else(|e| panic!("{text}: {e}"))
}

#[test]
fn iq_version_from_argument_and_stdin() {
    let p = prosody();
    let alice = p.account("alice");
    let payload = r#"<query xmlns="jabber:iq:version"/>"#;
    let out = run(p
        .xmpp(&alice)
        .args(["iq", "--type", "get", "--to", "localhost", payload]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("<query xmlns='jabber:iq:version'>\n  <name>Prosody</name>\n"),
        "{text}"
    );

    let mut cmd = p.xmpp(&alice);
    cmd.args(["--json", "iq", "--to", "localhost"]);
    let out = run_with_input(&mut cmd, payload.as_bytes());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let answer: IqAnswer = one(&out);
    assert_eq!(answer.kind, "result");
    assert_eq!(answer.from.as_deref(), Some("localhost"));
    assert!(!answer.id.is_empty());
    assert!(answer.payload.unwrap().contains("<name>Prosody</name>"));

    // `version` agrees with the raw answer.
    let out = run(p.xmpp(&alice).args(["--json", "version"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: Version = one(&out);
    assert_eq!((v.jid.as_str(), v.name.as_str()), ("localhost", "Prosody"));
    assert!(
        text.contains(&format!("<version>{}</version>", v.version)),
        "{text}"
    );
    assert!(v.os.is_some());
}

#[test]
fn iq_error_answer_exits_7_with_condition() {
    let p = prosody();
    let alice = p.account("alice");
    let out = run(p
        .xmpp(&alice)
        .args(["--json", "iq", r#"<query xmlns="urn:example:unknown"/>"#]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    let e: IqError = one(&out);
    assert_eq!(e.error.condition, "service-unavailable");
    assert_eq!(e.error.kind, "cancel");
    assert_eq!(e.error.text, None, "Prosody sends no text here");
    let out = run(p.xmpp(&alice).args([
        "iq",
        "--type",
        "set",
        r#"<query xmlns="urn:example:unknown"/>"#,
    ]));
    assert_eq!(code(&out), 7);
    assert!(
        stderr(&out).contains("service-unavailable"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn iq_payload_that_is_not_xml_exits_2_without_connecting() {
    let closed = format!("127.0.0.1:{}", free_port());
    for bad in [
        "not xml",
        "<query xmlns='x'>",
        "<a xmlns='x'/><b xmlns='x'/>",
        "<noNamespace/>",
    ] {
        let out = run(xmpp_clean().env("XMPP_PASSWORD", "x").args([
            "--server",
            &closed,
            "-j",
            "a@localhost",
            "iq",
            bad,
        ]));
        assert_eq!(code(&out), 2, "{bad}: {}", stderr(&out));
    }
    let out = run(xmpp_clean().args(["--server", &closed, "-j", "a@localhost", "ping", "a@@b"]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

#[test]
fn ping_server_peer_and_missing_resource() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let out = run(p.xmpp(&alice).args(["ping"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("pong from localhost: seq=1 time="));

    // A full JID of another online session (the slixmpp peer answers).
    let peer = Receiver::start(p, &bob, 1);
    let out = run(p
        .xmpp(&alice)
        .args(["--json", "ping", "-c", "3", "-i", "0.05", &peer.full_jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lines: Vec<PingLine> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert!(lines
        .iter()
        .all(|l| l.jid == peer.full_jid && l.rtt_ms.is_some() && l.error.is_none()));

    // A resource that is not online: the error is reported, exit 1.
    // (Prosody answers pings to a bare JID itself, on the user's behalf.)
    let gone = format!("{}/not-online", bob.jid);
    let out = run(p.xmpp(&alice).args(["ping", "-c", "2", "-i", "0", &gone]));
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("service-unavailable"));
    assert!(stderr(&out).contains("2 sent, 2 lost"), "{}", stderr(&out));
}

#[test]
fn disco_info_and_items_of_the_server() {
    let p = prosody();
    let alice = p.account("alice");
    let out = run(p.xmpp(&alice).args(["--json", "disco", "info"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let info: Info = one(&out);
    assert_eq!(info.jid, "localhost");
    assert_eq!(info.node, None);
    assert!(info
        .identities
        .iter()
        .any(|i| i.category == "server" && i.kind == "im"));
    for f in ["urn:xmpp:ping", "jabber:iq:roster", "jabber:iq:version"] {
        assert!(
            info.features.iter().any(|x| x == f),
            "{f} missing: {:?}",
            info.features
        );
    }
    let mut sorted = info.features.clone();
    sorted.sort();
    assert_eq!(sorted, info.features);
    assert!(info
        .identities
        .iter()
        .any(|i| i.name.as_deref() == Some("Prosody") && i.lang.is_none()));
    assert!(info.forms.iter().all(|f| f["fields"].is_object()));

    let out = run(p
        .xmpp(&alice)
        .args(["--json", "disco", "items", "--recursive"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let items: Vec<Item> = one(&out);
    let find = |jid: &str| {
        items
            .iter()
            .find(|i| i.jid == jid)
            .unwrap_or_else(|| panic!("{jid} not in {items:?}"))
    };
    let muc = find("conference.localhost");
    assert!(muc
        .identities
        .as_ref()
        .unwrap()
        .iter()
        .any(|i| i.category == "conference"));
    let upload = find("upload.localhost");
    assert!(upload
        .identities
        .as_ref()
        .unwrap()
        .iter()
        .any(|i| i.category == "store" && i.kind == "file"));
    assert_eq!(
        (muc.node.as_deref(), muc.name.as_deref()),
        (None, Some("Chatrooms"))
    );

    let out = run(p.xmpp(&alice).args(["disco", "items"]));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.lines()
            .any(|l| l.starts_with("conference.localhost\t")),
        "{text}"
    );
}

#[test]
fn version_and_time_of_a_peer_and_vcard_round_trip() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let peer = Receiver::start(p, &bob, 1);
    let out = run(p.xmpp(&alice).args(["--json", "version", &peer.full_jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: Version = one(&out);
    assert_eq!(v.jid, peer.full_jid);
    assert!(v.name.to_lowercase().contains("slixmpp"), "{v:?}");

    let out = run(p.xmpp(&alice).args(["--json", "time"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let t: serde_json::Value = one(&out);
    assert_eq!(t["jid"], "localhost");
    assert!(t["utc"].as_str().unwrap().ends_with('Z'));

    // No vCard yet: the server's answer (item-not-found) is an error.
    let out = run(p.xmpp(&alice).args(["vcard"]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    let set = r#"<vCard xmlns="vcard-temp"><FN>Alice Example</FN><ORG><ORGNAME>ACME</ORGNAME></ORG><PHOTO><BINVAL>AAAA</BINVAL></PHOTO></vCard>"#;
    let out = run(p.xmpp(&alice).args(["iq", "--type", "set", set]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(p.xmpp(&alice).args(["vcard"]));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "FN: Alice Example\nORG/ORGNAME: ACME\n"
    );
    let out = run(p.xmpp(&bob).args(["--json", "vcard", &alice.jid]));
    let card: serde_json::Value = one(&out);
    assert_eq!(card["fields"]["FN"], "Alice Example");
}
