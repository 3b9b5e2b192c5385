//! `xmpp relay` under load and under systemd: 1,000 `POST /send` through
//! a server crash and through a relay SIGKILL, readiness and watchdog.

use std::time::Duration;

use super::*;

/// One `POST /send` over a fresh connection (std only, faster than a
/// curl process): the status code, 0 when the relay could not be reached.
fn post_quick(port: u16, json: &str) -> u16 {
    use std::io::{Read, Write};
    let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return 0;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(60)));
    let request = format!(
        "POST /send HTTP/1.1\r\nHost: relay\r\nAuthorization: Bearer {TOKEN}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{json}",
        json.len()
    );
    if s.write_all(request.as_bytes()).is_err() {
        return 0;
    }
    let mut answer = String::new();
    let _ = s.read_to_string(&mut answer);
    answer
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

/// 1,000 `POST /send` from a client that retries until it gets a 200,
/// with `disrupt` run a third of the way in: every 200 is a message bob
/// has, and so is every request retried until it was confirmed. Returns
/// how many answers were not 200.
fn every_confirmed_post_arrives(
    p: &Server,
    sender: &Account,
    port: u16,
    disrupt: impl FnOnce(),
) -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    const N: usize = 1000;
    let bob = p.account("bob");
    let done = AtomicUsize::new(0);
    let refused = AtomicUsize::new(0);
    let start = std::sync::Barrier::new(2);
    std::thread::scope(|scope| {
        scope.spawn(|| {
            start.wait();
            for i in 0..N {
                let json =
                    serde_json::json!({"to": bob.jid, "body": format!("post {i}")}).to_string();
                let deadline = Instant::now() + Duration::from_secs(120);
                while post_quick(port, &json) != 200 {
                    refused.fetch_add(1, Ordering::SeqCst);
                    assert!(Instant::now() < deadline, "post {i} never confirmed");
                    std::thread::sleep(Duration::from_millis(200));
                }
                done.store(i + 1, Ordering::SeqCst);
            }
        });
        start.wait();
        while done.load(Ordering::SeqCst) < N / 3 {
            std::thread::sleep(Duration::from_millis(10));
        }
        disrupt();
    });
    let out = run(p
        .xmpp(&bob)
        .args(["history", "--json", "--with", &sender.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let got: std::collections::HashSet<String> = json_lines(&out.stdout)
        .iter()
        .filter_map(|l| l["body"].as_str().map(str::to_string))
        .collect();
    let missing: Vec<usize> = (0..N)
        .filter(|i| !got.contains(&format!("post {i}")))
        .collect();
    assert!(missing.is_empty(), "confirmed, then lost: {missing:?}");
    refused.load(Ordering::SeqCst)
}

// The servers of these two run without mod_limits: the relay, told so,
// does not pace (`--rate 0`), and the posts go at the client's pace.

/// Prosody crashes (SIGKILL) and comes back during the posts. The
/// request in flight is carried over to the new session (written again,
/// maybe twice) when the server is back within its deadline, else 503
/// and retried by the client: either way nothing confirmed is lost.
#[test]
fn a_server_crash_under_a_thousand_posts_loses_no_confirmed_message() {
    let own = OwnProsody::start();
    let p = &own.server;
    let alice = p.account("relay");
    let relay = Relay::start(p, &alice, &["--deadline", "3", "--rate", "0"]);
    let port: u16 = relay.base.rsplit(':').next().unwrap().parse().unwrap();
    every_confirmed_post_arrives(p, &alice, port, || {
        own.kill();
        relay.wait_health(503);
        own.up();
    });
    relay.running.wait_stderr("the relay's session is up again");
}

/// The relay itself is killed (SIGKILL) during the posts, and started
/// again on the same port.
#[test]
fn a_relay_killed_under_a_thousand_posts_loses_no_confirmed_message() {
    let own = OwnProsody::start();
    let p = &own.server;
    let alice = p.account("relay");
    let mut relay = Relay::start(p, &alice, &["--deadline", "3", "--rate", "0"]);
    let port: u16 = relay.base.rsplit(':').next().unwrap().parse().unwrap();
    let refused = every_confirmed_post_arrives(p, &alice, port, || {
        let _ = relay.running.child.kill();
        relay.running.wait();
        relay = Relay::start_on(p, &alice, port, &["--deadline", "3", "--rate", "0"]);
    });
    assert!(refused > 0, "the killed relay was never seen");
}

/// Under systemd (`Type=notify`, `LoadCredential=`): the token from the
/// credentials directory, READY=1 once the session is up, WATCHDOG=1 on
/// schedule, STOPPING=1 on SIGTERM, to `$NOTIFY_SOCKET`.
#[test]
fn systemd_readiness_watchdog_and_credential() {
    use std::os::unix::net::UnixDatagram;
    let p = prosody();
    let alice = p.account("alice");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("xmpp-relay-token"), format!("{TOKEN}\n")).unwrap();
    let notify = dir.path().join("notify");
    let listen = UnixDatagram::bind(&notify).unwrap();
    listen
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let port = free_port();
    let mut cmd = p.xmpp(&alice);
    cmd.env("CREDENTIALS_DIRECTORY", dir.path())
        .env("NOTIFY_SOCKET", &notify)
        .env("WATCHDOG_USEC", "200000")
        .args(["-v", "relay", "--listen"])
        .arg(format!("127.0.0.1:{port}"));
    let mut relay = Relay {
        running: Running::start(&mut cmd, "relay listening on"),
        base: format!("http://127.0.0.1:{port}"),
    };
    let mut seen = Vec::new();
    let mut buf = [0u8; 128];
    while !(seen.iter().any(|s| s == "READY=1") && seen.iter().any(|s| s == "WATCHDOG=1")) {
        let n = listen.recv(&mut buf).expect("a notification within 30 s");
        seen.push(String::from_utf8_lossy(&buf[..n]).into_owned());
    }
    // The credential is the token.
    let (code, _) = relay.call(
        "GET",
        "/metrics",
        &[&format!("Authorization: Bearer {TOKEN}")],
        None,
    );
    assert_eq!(code, 200);
    relay.running.terminate();
    assert_eq!(relay.running.wait(), 0);
    loop {
        let n = listen.recv(&mut buf).expect("STOPPING=1");
        if &buf[..n] == b"STOPPING=1" {
            break;
        }
    }
}

/// Issue 25, pacing: on a Prosody with its stock rate limit (mod_limits,
/// 10 kB/s from a client), 40 callers post 1 kB messages at once, each
/// retrying until it gets a 200. The relay writes at the server's rate
/// (its default) and answers 503, writing nothing, what could not be
/// confirmed in time: every message arrives exactly once. Unpaced, the
/// server reads slower than the relay writes; what is confirmed after
/// its deadline was answered 503, is retried, and arrives twice.
#[test]
fn paced_to_a_rate_limited_server_every_message_arrives_once() {
    use std::collections::HashMap;
    const CALLERS: usize = 40;
    const EACH: usize = 5;
    let own = OwnProsody::start_with_stock_limits();
    let p = &own.server;
    let (sender, bob) = (p.account("relay"), p.account("bob"));
    let relay = Relay::start(p, &sender, &["--deadline", "3"]);
    let port: u16 = relay.base.rsplit(':').next().unwrap().parse().unwrap();
    let pad = "x".repeat(1000);
    std::thread::scope(|scope| {
        for c in 0..CALLERS {
            let (bob, pad) = (&bob, &pad);
            scope.spawn(move || {
                for i in 0..EACH {
                    let json =
                        serde_json::json!({"to": bob.jid, "body": format!("m{c}-{i} {pad}")})
                            .to_string();
                    let deadline = Instant::now() + Duration::from_secs(180);
                    while post_quick(port, &json) != 200 {
                        assert!(Instant::now() < deadline, "m{c}-{i} never confirmed");
                        std::thread::sleep(Duration::from_millis(200));
                    }
                }
            });
        }
    });
    let out = run(p
        .xmpp(&bob)
        .args(["history", "--json", "--with", &sender.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let mut seen: HashMap<String, usize> = HashMap::new();
    for l in json_lines(&out.stdout) {
        if let Some(b) = l["body"].as_str() {
            let tag = b.split(' ').next().unwrap_or_default().to_string();
            *seen.entry(tag).or_default() += 1;
        }
    }
    let twice: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "delivered more than once: {twice:?}");
    assert_eq!(seen.len(), CALLERS * EACH);
    let auth = format!("Authorization: Bearer {TOKEN}");
    let (_, metrics) = relay.call("GET", "/metrics", &[&auth], None);
    assert!(
        sample(&metrics, "xmpp_relay_paced_refusals_total") > 0.0,
        "the rate never mattered: {metrics}"
    );
}
