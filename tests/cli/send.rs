//! `xmpp send` against a real Prosody, received by an independent client
//! (slixmpp).

use std::collections::HashSet;

use crate::fixture::*;

#[test]
fn one_recipient_gets_utf8_multiline_body_with_subject_thread_and_type() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let rx = Receiver::start(p, &bob, 1);
    let body = "Grüße aus Köln 🚀\nzweite Zeile\n\tdritte <&> \"Zeile\"";
    let out = run(p
        .xmpp(&alice)
        .args([
            "send",
            "-m",
            body,
            "--subject",
            "Betreff ✓",
            "--thread",
            "t-42",
        ])
        .args(["--type", "normal", &bob.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let got = rx.take(1);
    assert_eq!(got[0].body, body);
    assert_eq!(got[0].subject, "Betreff ✓");
    assert_eq!(got[0].thread, "t-42");
    assert_eq!(got[0].kind, "normal");
    assert!(got[0].from.starts_with(&alice.jid), "{}", got[0].from);
}

#[test]
fn three_recipients_each_get_a_64k_body_from_stdin() {
    let p = prosody();
    let alice = p.account("alice");
    let bobs: Vec<Account> = (0..3).map(|_| p.account("bob")).collect();
    let rxs: Vec<Receiver> = bobs.iter().map(|b| Receiver::start(p, b, 1)).collect();
    let body: String = (0..64 * 1024)
        .map(|i| (b'a' + (i % 26) as u8) as char)
        .collect();
    let mut cmd = p.xmpp(&alice);
    cmd.args(["--json", "send"])
        .args(bobs.iter().map(|b| b.jid.as_str()));
    // A trailing newline on stdin is not part of the body.
    let out = run_with_input(&mut cmd, format!("{body}\n").as_bytes());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 3);
    for (line, bob) in lines.iter().zip(&bobs) {
        assert_eq!(line["status"], "sent");
        assert_eq!(line["to"], bob.jid.as_str());
        assert_eq!(line["type"], "chat");
    }
    for rx in &rxs {
        let got = rx.take(1);
        assert_eq!(got[0].body.len(), body.len());
        assert_eq!(got[0].body, body);
        assert_eq!(got[0].kind, "chat");
    }
}

#[test]
fn lines_mode_sends_1000_messages_in_order_over_one_connection() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let rx = Receiver::start(p, &bob, 1000);
    let input: String = (1..=1000).map(|i| format!("alert number {i}\n")).collect();
    let mut cmd = p.xmpp(&alice);
    cmd.args(["--json", "send", "--lines", &bob.jid]);
    let out = run_with_input(&mut cmd, input.as_bytes());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 1000);
    assert!(lines.iter().all(|l| l["status"] == "sent"));
    let got = rx.take(1000);
    for (i, m) in got.iter().enumerate() {
        assert_eq!(m.body, format!("alert number {}", i + 1));
    }
    // One connection: every message came from the same bound resource.
    let sessions: HashSet<&str> = got.iter().map(|m| m.from.as_str()).collect();
    assert_eq!(sessions.len(), 1, "{sessions:?}");
}

#[test]
fn ndjson_batch_reports_a_status_per_message() {
    let p = prosody();
    let (alice, bob, carol) = (p.account("alice"), p.account("bob"), p.account("carol"));
    let rx_bob = Receiver::start(p, &bob, 2);
    let rx_carol = Receiver::start(p, &carol, 1);
    let input = format!(
        "{{\"to\":\"{b}\",\"body\":\"one\"}}\n{{\"to\":\"xmpp:{c}\",\"body\":\"two\",\"type\":\"headline\",\"subject\":\"s\",\"id\":\"my-id-2\"}}\n\n{{\"to\":\"{b}\",\"body\":\"three\",\"thread\":\"th\"}}\n",
        b = bob.jid,
        c = carol.jid
    );
    let mut cmd = p.xmpp(&alice);
    cmd.args(["send", "--ndjson", "-o", "json"]);
    let out = run_with_input(&mut cmd, input.as_bytes());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1]["id"], "my-id-2");
    assert_eq!(lines[1]["type"], "headline");
    assert_eq!(lines[1]["to"], carol.jid.as_str());
    assert!(lines.iter().all(|l| l["status"] == "sent"));
    let b = rx_bob.take(2);
    assert_eq!((b[0].body.as_str(), b[1].body.as_str()), ("one", "three"));
    assert_eq!(b[1].thread, "th");
    let c = rx_carol.take(1);
    assert_eq!(
        (c[0].body.as_str(), c[0].kind.as_str(), c[0].id.as_str()),
        ("two", "headline", "my-id-2")
    );
}

#[test]
fn unknown_user_bounces_with_exit_7_while_the_valid_recipient_receives() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let rx = Receiver::start(p, &bob, 1);
    let ghost = format!("{}@localhost", unique("ghost"));
    let out = run(p
        .xmpp(&alice)
        .args(["--json", "send", "-m", "hello?", &ghost, &bob.jid]));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["to"], ghost.as_str());
    assert_eq!(lines[0]["status"], "error");
    let cond = lines[0]["error"].as_str().unwrap();
    assert!(
        cond.starts_with("service-unavailable") || cond.starts_with("item-not-found"),
        "{cond}"
    );
    assert_eq!(lines[1]["status"], "sent");
    let err: serde_json::Value = serde_json::from_str(stderr(&out).trim()).unwrap();
    assert_eq!(err["error"]["code"], 7);
    assert_eq!(err["error"]["kind"], "remote");
    assert!(err["error"]["message"].as_str().unwrap().contains(&ghost));
    assert_eq!(rx.take(1)[0].body, "hello?");

    // Human mode names recipient and condition on stderr.
    let out = run(p.xmpp(&alice).args(["send", "-m", "hello?", &ghost]));
    assert_eq!(code(&out), 7);
    let err = stderr(&out);
    assert!(err.starts_with("xmpp: ") && err.contains(&ghost), "{err}");
}

#[test]
fn wrong_password_exits_5_promptly() {
    let p = prosody();
    let alice = p.account("alice");
    let started = std::time::Instant::now();
    let out = run(p
        .xmpp(&alice)
        .env("XMPP_PASSWORD", "not the password")
        .args(["--timeout", "30", "send", "-m", "x", &alice.jid]));
    assert_eq!(code(&out), 5, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("authentication failed"),
        "{}",
        stderr(&out)
    );
    // Not a timing assertion on speed: only that it did not wait for the
    // 30 s deadline, i.e. the failure was read rather than timed out.
    assert!(started.elapsed() < std::time::Duration::from_secs(25));
}

#[test]
fn closed_port_exits_4_and_silent_listener_exits_6() {
    let closed = free_port();
    let out = run(xmpp_clean()
        .env("XMPP_PASSWORD", "x")
        .args([
            "--server",
            &format!("127.0.0.1:{closed}"),
            "-j",
            "a@localhost",
        ])
        .args(["send", "-m", "x", "b@localhost"]));
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    assert!(stderr(&out).contains("cannot connect"), "{}", stderr(&out));

    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let out = run(xmpp_clean()
        .env("XMPP_PASSWORD", "x")
        .args([
            "--server",
            &format!("127.0.0.1:{port}"),
            "-j",
            "a@localhost",
        ])
        .args(["--timeout", "1", "--json", "send", "-m", "x", "b@localhost"]));
    drop(listener);
    assert_eq!(code(&out), 6, "{}", stderr(&out));
    let err: serde_json::Value = serde_json::from_str(stderr(&out).trim()).unwrap();
    assert_eq!(err["error"]["kind"], "timeout");
}

#[test]
fn certificates_untrusted_pinned_and_insecure() {
    let p = prosody();
    let ss = p.account_on("alice", "selfsigned.localhost");
    let bob = p.account("bob");
    let server = format!("127.0.0.1:{}", p.c2s);
    let base = || {
        let mut c = xmpp_clean();
        c.env("XMPP_PASSWORD", &ss.password)
            .args(["--server", &server, "-j", &ss.jid]);
        c
    };
    // No --ca-file: the system roots do not know it.
    let out = run(base().args(["send", "-m", "x", &bob.jid]));
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    assert!(stderr(&out).contains("--ca-file"), "{}", stderr(&out));

    // A different self-signed certificate: still refused.
    let out = run(base()
        .arg("--ca-file")
        .arg(p.ca())
        .args(["send", "-m", "x", &bob.jid]));
    assert_eq!(code(&out), 4, "{}", stderr(&out));

    // The server's own CA:TRUE self-signed certificate: accepted (pinned).
    let rx = Receiver::start(p, &bob, 2);
    let out = run(base()
        .arg("--ca-file")
        .arg(p.selfsigned_cert())
        .args(["send", "-m", "pinned", &bob.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));

    // --insecure works and warns.
    let out = run(base().args(["--insecure", "send", "-m", "insecure", &bob.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("warning: --insecure"),
        "{}",
        stderr(&out)
    );
    let got = rx.take(2);
    assert_eq!(got[0].body, "pinned");
    assert_eq!(got[1].body, "insecure");
}

#[test]
fn direct_tls_and_starttls_both_deliver() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let rx = Receiver::start(p, &bob, 1);
    let out = run(xmpp_clean()
        .env("XMPP_PASSWORD", &alice.password)
        .args([
            "--server",
            &format!("127.0.0.1:{}", p.direct_tls),
            "--tls",
            "direct",
        ])
        .arg("--ca-file")
        .arg(p.ca())
        .args([
            "-j",
            &alice.jid,
            "-v",
            "send",
            "-m",
            "via direct TLS",
            &bob.jid,
        ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("(direct TLSv1.3"), "{}", stderr(&out));
    assert_eq!(rx.take(1)[0].body, "via direct TLS");
}

/// Without stream management, pings serve as acks: a flood longer than
/// the window of unconfirmed messages goes through, and "sent" statuses
/// stream while the input is still open.
#[test]
fn without_stream_management_pings_confirm_a_flood_as_it_goes() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::Stdio;
    const N: usize = 1500;
    let p = prosody();
    let nosm = p.account_on("alice", "nosm.localhost");
    let bob = p.account("bob");
    let rx = Receiver::start(p, &bob, N);
    let mut child = p
        .xmpp(&nosm)
        .args(["--json", "send", "--lines", &bob.jid])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for i in 1..=N {
        writeln!(stdin, "line {i}").unwrap();
    }
    stdin.flush().unwrap();
    // stdin stays open: no end-of-input barrier has run yet.
    let stdout = child.stdout.take().unwrap();
    let (tx, statuses) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    for i in 1..=N {
        let line = statuses
            .recv_timeout(std::time::Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("only {} statuses while the input is open", i - 1));
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["status"], "sent", "status {i}: {line}");
    }
    drop(stdin);
    let out = wait_output(child, std::time::Duration::from_secs(60));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(rx.take(N).len(), N);
}

#[test]
fn delivery_barrier_with_and_without_stream_management() {
    let p = prosody();
    // With smacks: the server acks (<a h='1'/>) before we close.
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let rx = Receiver::start(p, &bob, 2);
    let out = run(p
        .xmpp(&alice)
        .args(["--trace-xml", "send", "-m", "sm on", &bob.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let trace = stderr(&out);
    assert!(trace.contains("<enabled"), "{trace}");
    assert!(trace.contains("<a ") && trace.contains("h='1'"), "{trace}");

    // Without smacks (nosm.localhost): the ping round trip is the barrier.
    let nosm = p.account_on("alice", "nosm.localhost");
    let out = run(p
        .xmpp(&nosm)
        .args(["--trace-xml", "send", "-m", "sm off", &bob.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let trace = stderr(&out);
    assert!(!trace.contains("<enable "), "{trace}");
    assert!(trace.contains("urn:xmpp:ping"), "{trace}");
    let got = rx.take(2);
    assert_eq!(
        (got[0].body.as_str(), got[1].body.as_str()),
        ("sm on", "sm off")
    );
}

#[test]
fn trace_xml_shows_stanzas_and_never_the_password_with_scram_sha1() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let out = run(p
        .xmpp(&alice)
        .args(["--trace-xml", "send", "-m", "traced body", &bob.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let trace = stderr(&out);
    assert!(trace.contains(">> <message"), "{trace}");
    assert!(trace.contains("traced body"));
    assert!(trace.contains("mechanism='SCRAM-SHA-1'"), "{trace}");
    assert!(!trace.contains("mechanism='PLAIN'"));
    assert!(trace.contains("[redacted]"));
    assert_no_secret(&trace, &alice);
}

/// The password in clear, base64 alone, or as a PLAIN payload.
pub fn assert_no_secret(text: &str, account: &Account) {
    let user = account.jid.split('@').next().unwrap();
    let forms = [
        account.password.clone(),
        base64(account.password.as_bytes()),
        base64(format!("\0{user}\0{}", account.password).as_bytes()),
        base64(format!("{}\0{user}\0{}", account.jid, account.password).as_bytes()),
    ];
    for f in forms {
        assert!(!text.contains(&f), "secret form {f:?} leaked");
    }
}

fn base64(data: &[u8]) -> String {
    const T: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[test]
fn raw_stanzas_are_sent_as_they_are() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let rx = Receiver::start(p, &bob, 1);
    let raw = format!(
        "<message to='{}' type='headline' id='raw-1'><body>raw body</body></message>",
        bob.jid
    );
    let mut cmd = p.xmpp(&alice);
    cmd.args(["--json", "send", "--raw"]);
    let out = run_with_input(&mut cmd, raw.as_bytes());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(json_lines(&out.stdout)[0]["id"], "raw-1");
    let got = rx.take(1);
    assert_eq!(
        (
            got[0].body.as_str(),
            got[0].kind.as_str(),
            got[0].id.as_str()
        ),
        ("raw body", "headline", "raw-1")
    );
}

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

    // A room that does not exist yet: Prosody creates it on join.
    let fresh = format!("{}@conference.localhost", unique("new"));
    let out = run(p
        .xmpp(&alice)
        .args(["send", "--muc", &fresh, "-m", "first!"]));
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
fn receipts_confirm_delivery_or_exit_6_naming_who_did_not() {
    let p = prosody();
    let (alice, bob, carol) = (p.account("alice"), p.account("bob"), p.account("carol"));
    let rx = Receiver::start(p, &bob, 1); // slixmpp answers receipt requests
    let out = run(p.xmpp(&alice).args([
        "--json",
        "send",
        "--receipt",
        "-m",
        "did you get it?",
        &bob.jid,
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(json_lines(&out.stdout)[0]["status"], "delivered");
    assert_eq!(rx.take(1)[0].body, "did you get it?");

    // carol is online with a client that never answers receipt requests
    // (xmpp listen): exit 6 at --timeout, naming her; human mode too.
    let mut silent = silent_listener(p, &carol);
    let out = run(p.xmpp(&alice).args([
        "--timeout",
        "2",
        "--json",
        "send",
        "--receipt",
        "-m",
        "anyone?",
        &carol.jid,
    ]));
    assert_eq!(code(&out), 6, "{}", stderr(&out));
    assert_eq!(json_lines(&out.stdout)[0]["status"], "sent");
    assert!(stderr(&out).contains(&carol.jid), "{}", stderr(&out));
    let out = run(p.xmpp(&alice).args([
        "--timeout",
        "2",
        "send",
        "--receipt",
        "-m",
        "anyone?",
        &carol.jid,
    ]));
    assert_eq!(code(&out), 6, "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with("xmpp: no delivery receipt from"),
        "{}",
        stderr(&out)
    );
    silent.terminate();
    assert_eq!(silent.wait(), 0);
    assert_eq!(
        silent.take(2).len(),
        2,
        "the listener did get both messages"
    );
}

#[test]
fn file_upload_sends_the_url_with_oob_and_respects_the_limit() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let rx = Receiver::start(p, &bob, 3);
    let dir = tempfile::tempdir().unwrap();
    // 5 MiB of bytes that do not compress or survive a text conversion.
    let mut data = Vec::with_capacity(5 << 20);
    let mut x: u64 = 0x9e3779b97f4a7c15;
    while data.len() < 5 << 20 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        data.extend_from_slice(&x.to_le_bytes());
    }
    let file = dir.path().join("dump.bin");
    std::fs::write(&file, &data).unwrap();
    let out = run(p
        .xmpp(&alice)
        .args(["--json", "send", "-m", "see attachment", "--file"])
        .arg(&file)
        .arg(&bob.jid));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(json_lines(&out.stdout).len(), 2);
    let got = rx.take(2);
    let url = got[0].body.clone();
    assert!(
        url.starts_with(&format!("https://localhost:{}/", p.https)) && url.ends_with("/dump.bin"),
        "{url}"
    );
    assert_eq!(got[0].oob, url, "an OOB element carries the URL");
    assert_eq!(got[1].body, "see attachment");
    // The URL serves exactly the file (fetched by curl, trusting the test CA).
    let fetch = |url: &str| {
        let fetched = std::process::Command::new("curl")
            .args(["-sS", "--fail", "--cacert"])
            .arg(p.ca())
            .arg(url)
            .output()
            .expect("curl");
        assert!(
            fetched.status.success(),
            "{}",
            String::from_utf8_lossy(&fetched.stderr)
        );
        fetched.stdout
    };
    assert!(fetch(&url) == data, "downloaded bytes differ");

    // Human mode, a small text file: same flow, nothing on stdout.
    let text = dir.path().join("report.txt");
    std::fs::write(&text, "disk usage report\n").unwrap();
    let out = run(p
        .xmpp(&alice)
        .args(["send", "--file"])
        .arg(&text)
        .arg(&bob.jid));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert_eq!(fetch(&rx.take(1)[0].body), b"disk usage report\n");

    // Over the server's limit (8 MiB in the fixture): exit 7 before uploading.
    let big = dir.path().join("big.bin");
    std::fs::write(&big, vec![0u8; 9 << 20]).unwrap();
    for json in [false, true] {
        let mut cmd = p.xmpp(&alice);
        if json {
            cmd.arg("--json");
        }
        let out = run(cmd.args(["send", "--file"]).arg(&big).arg(&bob.jid));
        assert_eq!(code(&out), 7, "{}", stderr(&out));
        assert!(
            stderr(&out).contains("at most 8388608 bytes"),
            "{}",
            stderr(&out)
        );
    }

    // A missing file: usage error before connecting.
    let out = run(xmpp_clean()
        .args([
            "--server",
            &format!("127.0.0.1:{}", free_port()),
            "-j",
            "a@localhost",
            "send",
            "--file",
        ])
        .arg(dir.path().join("nope"))
        .arg("b@localhost"));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

/// kill -9 the server in the middle of `send --lines` of 10,000 messages:
/// every input line gets a status, nothing reported as sent was lost, and
/// nothing is silently dropped.
#[test]
fn server_killed_during_lines_every_message_is_accounted_for() {
    const N: usize = 10_000;
    let own = OwnProsody::start();
    let p = &own.server;
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let rx = Receiver::start(p, &bob, N);
    let mut cmd = p.xmpp(&alice);
    cmd.args(["--json", "send", "--lines", &bob.jid]);
    let (child, statuses) = spawn_lines(&mut cmd, N);
    // Let part of the stream through, then kill the server.
    let first = rx.take(1000);
    own.kill();
    let mut received: Vec<Received> = first;
    received.extend(rx.take_until_quiet(std::time::Duration::from_secs(3)));
    let status = wait_output(child, std::time::Duration::from_secs(60));
    let statuses = statuses.join().unwrap();
    assert_eq!(
        status.status.code(),
        Some(4),
        "a lost server is exit 4: {}",
        stderr(&status)
    );
    assert!(
        received.len() < N,
        "the kill came too late to test anything"
    );

    let got: std::collections::HashSet<&str> = received.iter().map(|m| m.id.as_str()).collect();
    let sent: Vec<&serde_json::Value> = statuses.iter().filter(|s| s["status"] == "sent").collect();
    let failed: Vec<&serde_json::Value> =
        statuses.iter().filter(|s| s["status"] == "error").collect();
    // Nothing reported as sent that did not arrive.
    for s in &sent {
        assert!(
            got.contains(s["id"].as_str().unwrap()),
            "reported sent but never arrived: {s}"
        );
    }
    // Every line read has exactly one final status, and none is lost
    // silently: what arrived plus what is reported unconfirmed covers all
    // that xmpp took in (some unconfirmed ones may still have arrived).
    let ids: std::collections::HashSet<&str> =
        statuses.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), statuses.len(), "one status per message");
    assert!(!failed.is_empty());
    assert!(
        failed
            .iter()
            .all(|f| f["error"].as_str().unwrap().starts_with("not ")),
        "{:?}",
        failed.first()
    );
    assert!(
        received.len() + failed.len() >= statuses.len(),
        "{} arrived, {} failed, {} statuses",
        received.len(),
        failed.len(),
        statuses.len()
    );
    eprintln!(
        "killed after {} arrived: {} reported sent, {} reported not confirmed/not sent, {} statuses for {N} lines",
        received.len(),
        sent.len(),
        failed.len(),
        statuses.len()
    );
}

/// Run `cmd` (an `xmpp --json send --lines`) with lines "line 1".."line N"
/// written to its stdin by a thread; returns the child and a thread that
/// collects its JSON status lines.
fn spawn_lines(
    cmd: &mut std::process::Command,
    n: usize,
) -> (
    std::process::Child,
    std::thread::JoinHandle<Vec<serde_json::Value>>,
) {
    use std::io::{BufRead, BufReader, Write};
    use std::process::Stdio;
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    std::thread::spawn(move || {
        for i in 1..=n {
            if writeln!(stdin, "line {i}").is_err() {
                break;
            }
        }
    });
    let stdout = child.stdout.take().unwrap();
    let statuses = std::thread::spawn(move || {
        BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .map(|l| serde_json::from_str::<serde_json::Value>(&l).unwrap())
            .collect::<Vec<_>>()
    });
    (child, statuses)
}

/// The link goes half-dead in the middle of 10,000 `send --lines
/// --reconnect` messages: our stanzas still reach the server, its acks no
/// longer reach us. xmpp gives up on the connection after --timeout,
/// resumes the session (XEP-0198), learns what the server had handled and
/// sends again only the rest: every message arrives exactly once, although
/// up to 1,000 of them were unconfirmed when the link broke.
#[test]
fn half_dead_link_is_resumed_and_every_message_arrives_exactly_once() {
    resumed_after_a_half_dead_link(prosody(), 10_000, 2000);
}

/// The half-dead link test against `p`: `n` messages, the link breaks
/// after `before` of them arrived.
pub fn resumed_after_a_half_dead_link(p: &Server, n: usize, before: usize) {
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let rx = Receiver::start(p, &bob, n);
    let proxy = Proxy::to(p.c2s);
    let mut cmd = p.xmpp_at(&alice, proxy.port);
    cmd.args([
        "--timeout",
        "3",
        "-v",
        "--json",
        "send",
        "--lines",
        "--reconnect",
    ])
    .arg(&bob.jid);
    let (child, statuses) = spawn_lines(&mut cmd, n);
    let mut received = rx.take(before);
    proxy.mute();
    received.extend(rx.take(n - received.len()));
    received.extend(rx.take_until_quiet(std::time::Duration::from_secs(2)));
    let status = wait_output(child, std::time::Duration::from_secs(120));
    let err = stderr(&status);
    let statuses = statuses.join().unwrap();
    assert_eq!(status.status.code(), Some(0), "{err}");
    assert!(err.contains("resumed the session"), "{err}");
    let bodies: Vec<&str> = received.iter().map(|m| m.body.as_str()).collect();
    let expected: Vec<String> = (1..=n).map(|i| format!("line {i}")).collect();
    assert_eq!(
        bodies.len(),
        n,
        "exactly once: no loss, no duplicate\n{err}"
    );
    assert_eq!(bodies, expected, "in order");
    assert_eq!(statuses.len(), n, "one status per message");
    let odd: Vec<_> = statuses
        .iter()
        .filter(|s| s["status"] != "sent" || s.get("resent").is_some())
        .collect();
    assert!(
        odd.is_empty(),
        "{err}\n{} odd statuses: {:?}",
        odd.len(),
        &odd[..odd.len().min(3)]
    );
}

/// kill -9 and restart the server in the middle of 10,000 `send --lines
/// --reconnect` messages, losing the session: xmpp binds a new one and sends again what
/// was not confirmed. Every message arrives; the only duplicates are
/// messages reported `"resent": true`, and those are bounded by the window
/// of unconfirmed messages.
#[test]
fn server_restart_loses_the_session_and_only_reported_resends_are_duplicated() {
    const N: usize = 10_000;
    let own = OwnProsody::start();
    let p = &own.server;
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    // bob is offline: the messages wait in the server's offline store,
    // which survives the restart.
    let mut cmd = p.xmpp(&alice);
    cmd.args(["--json", "send", "--lines", "--reconnect", &bob.jid]);
    let (child, statuses) = spawn_lines(&mut cmd, N);
    // Wait until part of the run went through, then restart the server.
    let offline = p.dir.join("data");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while dir_size(&offline) < 200_000 {
        assert!(
            std::time::Instant::now() < deadline,
            "nothing reached the server"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    own.kill();
    own.up();
    let status = wait_output(child, std::time::Duration::from_secs(120));
    let statuses = statuses.join().unwrap();
    let err = stderr(&status);
    let odd: Vec<_> = statuses
        .iter()
        .enumerate()
        .filter(|(_, s)| s["status"] != "sent")
        .collect();
    assert_eq!(status.status.code(), Some(0), "{err} {odd:?}");
    assert!(err.contains("new session"), "{err}");
    assert_eq!(statuses.len(), N, "one status per message");
    assert!(statuses.iter().all(|s| s["status"] == "sent"));
    let resent: std::collections::HashSet<&str> = statuses
        .iter()
        .filter(|s| s["resent"] == true)
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert!(resent.len() <= 1000, "{} resent", resent.len());

    let rx = Receiver::start(p, &bob, N + resent.len());
    let received = rx.take_until_quiet(std::time::Duration::from_secs(5));
    let mut seen = std::collections::HashMap::<&str, usize>::new();
    for m in &received {
        *seen.entry(m.body.as_str()).or_default() += 1;
    }
    for i in 1..=N {
        assert!(
            seen.contains_key(format!("line {i}").as_str()),
            "line {i} never arrived ({} received, {} resent)",
            received.len(),
            resent.len()
        );
    }
    let ids: std::collections::HashMap<&str, usize> =
        received.iter().fold(Default::default(), |mut m, r| {
            *m.entry(r.id.as_str()).or_default() += 1;
            m
        });
    for (id, n) in &ids {
        assert!(
            *n == 1 || resent.contains(id),
            "{id} arrived {n} times but was not reported resent"
        );
    }
    eprintln!(
        "restart: {} received for {N} lines, {} reported resent",
        received.len(),
        resent.len()
    );
}

fn dir_size(dir: &std::path::Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => dir_size(&e.path()),
            _ => e.metadata().map(|m| m.len()).unwrap_or(0),
        })
        .sum()
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

#[test]
fn a_receipt_wait_ends_at_timeout_while_a_contact_keeps_chatting() {
    // carol's client never answers receipt requests; dave writes to
    // alice's sending session meanwhile.
    let p = prosody();
    let (alice, carol, dave) = (p.account("alice"), p.account("carol"), p.account("dave"));
    let mut silent = silent_listener(p, &carol);
    let chatter = Chatter::start(p, &dave, &format!("{}/chat", alice.jid));
    let out = run(p.xmpp(&alice).args([
        "--resource",
        "chat",
        "--timeout",
        "2",
        "send",
        "--receipt",
        "-m",
        "anyone?",
        &carol.jid,
    ]));
    assert!(
        chatter.stop(),
        "the wait ended only when the chatter stopped"
    );
    assert_eq!(code(&out), 6, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no delivery receipt"),
        "{}",
        stderr(&out)
    );
    silent.terminate();
    silent.wait();
}

#[test]
fn an_iq_ends_at_timeout_while_a_contact_keeps_chatting() {
    let p = prosody();
    let (alice, carol, dave) = (p.account("alice"), p.account("carol"), p.account("dave"));
    // carol's slixmpp client swallows this query.
    let rx = Receiver::start(p, &carol, 1_000);
    let chatter = Chatter::start(p, &dave, &format!("{}/chat", alice.jid));
    let out = run(p.xmpp(&alice).args([
        "--resource",
        "chat",
        "--timeout",
        "2",
        "iq",
        "--to",
        &rx.full_jid,
        "<query xmlns='urn:xmpp-cli:test:silent'/>",
    ]));
    assert!(
        chatter.stop(),
        "the IQ wait ended only when the chatter stopped"
    );
    assert_eq!(code(&out), 6, "{}", stderr(&out));
    // The one who did not answer is named, not "the server".
    assert!(
        stderr(&out).contains(&format!("no answer from {}", rx.full_jid)),
        "{}",
        stderr(&out)
    );
    // (A join's wait under chatter is the scripted test in commands/muc.rs:
    // every real address either is a room service, which answers, or is
    // refused at once as not being one.)
}

#[test]
fn a_receipt_from_another_contact_confirms_nothing() {
    // mallory (slixmpp) answers her message with a receipt for carol's
    // message id (here chosen by the user, so she can know it); carol's
    // client never sends receipts. Only carol can confirm carol's message.
    let p = prosody();
    let (alice, carol, mallory) = (p.account("alice"), p.account("carol"), p.account("mallory"));
    let mut silent = silent_listener(p, &carol);
    let evil = Receiver::start_spoofing_receipt(p, &mallory, "for-carol");
    let input = format!(
        "{{\"to\": \"{}\", \"body\": \"hi mallory\", \"id\": \"for-mallory\"}}\n{{\"to\": \"{}\", \"body\": \"hi carol\", \"id\": \"for-carol\"}}\n",
        evil.full_jid, carol.jid
    );
    let out = run_with_input(
        p.xmpp(&alice).args([
            "--timeout",
            "3",
            "--json",
            "-v",
            "send",
            "--ndjson",
            "--receipt",
        ]),
        input.as_bytes(),
    );
    let lines = json_lines(&out.stdout);
    let status = |id: &str| {
        lines
            .iter()
            .find(|l| l["id"] == id)
            .map(|l| l["status"].as_str().unwrap_or_default().to_string())
    };
    assert_eq!(code(&out), 6, "{}", stderr(&out));
    assert_eq!(status("for-carol").as_deref(), Some("sent"), "{lines:?}");
    assert!(
        stderr(&out).contains("ignored a receipt for for-carol"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("no delivery receipt from"),
        "{}",
        stderr(&out)
    );
    silent.terminate();
    silent.wait();
}

#[test]
fn ctrl_c_ends_send_while_it_waits_for_stdin_every_time() {
    // stdin open and silent (as a terminal would be): SIGINT must end
    // the process, every time. It used to be ignored about half the
    // time, while the runtime thread sat in a blocking read.
    use std::os::unix::process::ExitStatusExt;
    let p = prosody();
    let alice = p.account("alice");
    for round in 0..10 {
        let mut cmd = p.xmpp(&alice);
        cmd.args(["send", "bob@localhost"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        let _stdin = child.stdin.take();
        std::thread::sleep(std::time::Duration::from_millis(300));
        let _ = std::process::Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status();
        let out = wait_output(child, std::time::Duration::from_secs(20));
        let ended_by_sigint = out.status.code() == Some(130) || out.status.signal() == Some(2);
        assert!(
            ended_by_sigint,
            "round {round}: {:?} {}",
            out.status,
            stderr(&out)
        );
    }
}

/// `who` online with `xmpp listen`, a client that never sends receipts.
fn silent_listener(p: &Server, who: &Account) -> Running {
    let mut cmd = p.xmpp(who);
    cmd.args(["-v", "listen"]);
    Running::start(&mut cmd, "listening as")
}

#[test]
fn an_upload_slot_over_plain_http_is_refused_unless_insecure() {
    // This Prosody hands out http:// PUT URLs: the file and the slot's
    // authorization would travel in clear.
    let own = OwnProsody::start_with_http_uploads();
    let p = &own.server;
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("secret.txt");
    std::fs::write(&file, "quarterly numbers\n").unwrap();
    let out = run(p
        .xmpp(&alice)
        .args(["send", "--file"])
        .arg(&file)
        .arg(&bob.jid));
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(stderr(&out).contains("not https"), "{}", stderr(&out));
    let out = run(p
        .xmpp(&alice)
        .args(["--insecure", "send", "--file"])
        .arg(&file)
        .arg(&bob.jid));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("plain http"), "{}", stderr(&out));
}
