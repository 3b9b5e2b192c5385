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
    // The failure was read from the server, not waited out: a wait for
    // the 30 s deadline would be exit 6 (timeout), not 5.
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
    let bodies: Vec<String> = rx.take(N).into_iter().map(|m| m.body).collect();
    let sent: Vec<String> = (1..=N).map(|i| format!("line {i}")).collect();
    assert_eq!(bodies, sent, "every line, once, in order");
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
        cmd.args(["-vv", "send", "bob@localhost"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        let _stdin = child.stdin.take();
        // Ready: it says it is reading stdin (the signal comes after).
        let mut err = std::io::BufReader::new(child.stderr.take().unwrap());
        let mut line = String::new();
        while !line.contains("reading stdin") {
            line.clear();
            let n = std::io::BufRead::read_line(&mut err, &mut line).unwrap();
            assert!(n > 0, "round {round}: send never read stdin");
        }
        let _ = std::process::Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status();
        let out = wait_output(child, std::time::Duration::from_secs(20));
        let ended_by_sigint = out.status.code() == Some(130) || out.status.signal() == Some(2);
        assert!(ended_by_sigint, "round {round}: {:?}", out.status);
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
