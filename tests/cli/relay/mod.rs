//! `xmpp relay` against Prosody: an HTTP request is answered 200 only
//! after the server confirmed its messages (and the slixmpp receiver got
//! them), 422 for a bounce, 503 while the session is down, and the
//! refusals (401, 403, 404, 405, 413) before anything is sent.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::fixture::*;

mod load;
mod rooms;

const TOKEN: &str = "test-token-0123456789abcdef";

/// A relay as `account` on `p`, on a port of its own.
struct Relay {
    running: Running,
    base: String,
}

impl Relay {
    /// `cmd` (an `xmpp` logged in somewhere) run as `relay` on `port`,
    /// the token from RELAY_TOKEN (named by `config` when there is one,
    /// else by --token-env), `extra` options after; not waiting for
    /// /healthz.
    fn launch(mut cmd: Command, config: Option<&Path>, port: u16, extra: &[&str]) -> Relay {
        cmd.env("RELAY_TOKEN", TOKEN);
        match config {
            Some(c) => {
                cmd.arg("--config").arg(c).args(["-v", "relay"]);
            }
            None => {
                cmd.args(["-v", "relay", "--token-env", "RELAY_TOKEN"]);
            }
        }
        cmd.arg("--listen")
            .arg(format!("127.0.0.1:{port}"))
            .args(extra);
        Relay {
            running: Running::start(&mut cmd, "relay listening on"),
            base: format!("http://127.0.0.1:{port}"),
        }
    }

    fn start(p: &Server, account: &Account, extra: &[&str]) -> Relay {
        Self::start_on(p, account, free_port(), extra)
    }

    fn start_on(p: &Server, account: &Account, port: u16, extra: &[&str]) -> Relay {
        let relay = Self::launch(p.xmpp(account), None, port, extra);
        relay.wait_health(200);
        relay
    }

    /// A relay whose connection to `p` goes through `proxy`; up.
    fn through(p: &Server, account: &Account, proxy: &Proxy, extra: &[&str]) -> Relay {
        let relay = Self::launch(p.xmpp_at(account, proxy.port), None, free_port(), extra);
        relay.wait_health(200);
        relay
    }

    /// A relay as `account` with a config file of its own: `relay_lines`
    /// in its [relay] table, the route `ops` (/alertmanager/ops,
    /// /grafana/ops) of `route_lines`; not waiting for /healthz.
    fn with_config(
        p: &Server,
        account: &Account,
        relay_lines: &str,
        route_lines: &str,
    ) -> (Relay, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("config.toml");
        let toml = format!(
            "[relay]\ntoken_env = \"RELAY_TOKEN\"\n{relay_lines}\n[relay.routes.ops]\n{route_lines}\n"
        );
        std::fs::write(&config, toml).unwrap();
        let relay = Self::launch(p.xmpp(account), Some(&config), free_port(), &[]);
        (relay, dir)
    }

    /// [`Relay::with_config`] routing `ops` to `to`; up.
    fn with_ops_route(
        p: &Server,
        account: &Account,
        to: &Account,
        extra: &str,
    ) -> (Relay, tempfile::TempDir) {
        let (relay, dir) = Self::with_config(p, account, extra, &format!("to = [\"{}\"]", to.jid));
        relay.wait_health(200);
        (relay, dir)
    }

    /// Wait (at most 60 s) until /healthz answers `code`.
    fn wait_health(&self, code: u16) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let (got, _) = self.call("GET", "/healthz", &[], None);
            if got == code {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "/healthz never answered {code} (last {got}): {}",
                self.running.stderr.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// One request with curl: the status and the body.
    fn call(
        &self,
        method: &str,
        path: &str,
        headers: &[&str],
        body: Option<&[u8]>,
    ) -> (u16, String) {
        let (code, _, body) = self.call_with_headers(method, path, headers, body);
        (code, body)
    }

    /// [`Relay::call`], with the answer's header lines (lower case) too.
    fn call_with_headers(
        &self,
        method: &str,
        path: &str,
        headers: &[&str],
        body: Option<&[u8]>,
    ) -> (u16, String, String) {
        let dir = tempfile::tempdir().unwrap();
        let head = dir.path().join("head");
        let mut cmd = Command::new("curl");
        cmd.args(["-sS", "-o", "-", "-w", "\n%{http_code}", "-X", method, "-D"])
            .arg(&head);
        for h in headers {
            cmd.args(["-H", h]);
        }
        if let Some(b) = body {
            let file = dir.path().join("body");
            std::fs::write(&file, b).unwrap();
            cmd.arg("--data-binary").arg(format!("@{}", file.display()));
        }
        let out = cmd
            .arg(format!("{}{path}", self.base))
            .output()
            .expect("curl");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let (body, code) = text.rsplit_once('\n').unwrap_or(("", "0"));
        let head = std::fs::read_to_string(&head)
            .unwrap_or_default()
            .to_ascii_lowercase();
        (code.trim().parse().unwrap_or(0), head, body.to_string())
    }

    fn post_json(&self, body: &Value) -> (u16, String) {
        self.call(
            "POST",
            "/send",
            &[
                &format!("Authorization: Bearer {TOKEN}"),
                "Content-Type: application/json",
            ],
            Some(body.to_string().as_bytes()),
        )
    }
}

fn lines(body: &str) -> Vec<Value> {
    body.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// The value of a sample (`name` or `name{label="value"}`) in the
/// Prometheus text format, as an independent parser reads it (Python's
/// prometheus_client): text it cannot parse fails the test.
fn sample(metrics: &str, name: &str) -> f64 {
    const PARSE: &str = "import json, sys\n\
        from prometheus_client.parser import text_string_to_metric_families\n\
        for f in text_string_to_metric_families(sys.stdin.read()):\n\
        \x20   for s in f.samples:\n\
        \x20       labels = ','.join(f'{k}=\"{v}\"' for k, v in sorted(s.labels.items()))\n\
        \x20       print(json.dumps([s.name + ('{' + labels + '}' if labels else ''), s.value]))\n";
    let out = run_with_input(
        Command::new("/usr/bin/python3").args(["-c", PARSE]),
        metrics.as_bytes(),
    );
    assert!(
        out.status.success(),
        "prometheus_client cannot parse /metrics: {}\n{metrics}",
        stderr(&out)
    );
    json_lines(&out.stdout)
        .iter()
        .find(|l| l[0] == name)
        .and_then(|l| l[1].as_f64())
        .unwrap_or_else(|| panic!("{name} missing in\n{metrics}"))
}

#[test]
fn relay_answers_after_the_server_confirmed_and_refuses_before_sending() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let rx = Receiver::start(p, &bob, 2);
    let relay = Relay::start(p, &alice, &[]);
    let auth = format!("Authorization: Bearer {TOKEN}");

    let (code, body) = relay.post_json(&serde_json::json!({"to": bob.jid, "body": "disk full"}));
    assert_eq!(code, 200, "{body}");
    let status = &lines(&body)[0];
    assert_eq!(
        (
            status["to"].as_str(),
            status["type"].as_str(),
            status["status"].as_str(),
            status["confirmed_by"].as_str()
        ),
        (
            Some(bob.jid.as_str()),
            Some("chat"),
            Some("sent"),
            Some("server")
        ),
        "{body}"
    );
    let (code, body) = relay.call(
        "POST",
        &format!("/send?to={}", bob.jid.replace('@', "%40")),
        &[&auth, "Content-Type: text/plain"],
        Some(b"two\nlines\n"),
    );
    assert_eq!(code, 200, "{body}");
    let got = rx.take(2);
    assert_eq!(
        got.iter().map(|m| m.body.as_str()).collect::<Vec<_>>(),
        ["disk full", "two\nlines"]
    );
    assert!(got[0].from.starts_with(&alice.jid), "{:?}", got[0]);

    // A bounce names the recipient and the condition.
    let ghost = format!("{}@localhost", unique("ghost"));
    let (code, body) =
        relay.post_json(&serde_json::json!({"to": [bob.jid, ghost], "body": "both"}));
    assert_eq!(code, 422, "{body}");
    let statuses = lines(&body);
    assert_eq!(statuses[0]["status"], "sent", "{body}");
    assert_eq!(
        (statuses[1]["to"].as_str(), statuses[1]["status"].as_str()),
        (Some(ghost.as_str()), Some("error"))
    );
    assert!(
        statuses[1]["error"].as_str().is_some_and(|e| !e.is_empty()),
        "{body}"
    );

    // Refused before anything is sent.
    let json = "Content-Type: application/json";
    let hi = serde_json::json!({"to": bob.jid, "body": "never"}).to_string();
    for (what, method, path, headers, body, want) in [
        (
            "no token",
            "POST",
            "/send",
            vec![json],
            Some(hi.as_bytes().to_vec()),
            401,
        ),
        (
            "a wrong token",
            "POST",
            "/send",
            vec!["Authorization: Bearer wrong-token-0123456789", json],
            Some(hi.as_bytes().to_vec()),
            401,
        ),
        (
            "metrics without a token",
            "GET",
            "/metrics",
            vec![],
            None,
            401,
        ),
        (
            "no such route",
            "GET",
            "/alerts",
            vec![auth.as_str()],
            None,
            404,
        ),
        ("GET /send", "GET", "/send", vec![auth.as_str()], None, 405),
        (
            "a body over 64 KiB",
            "POST",
            "/send",
            vec![auth.as_str(), json],
            Some(vec![b'x'; 70_000]),
            413,
        ),
        (
            "not JSON",
            "POST",
            "/send",
            vec![auth.as_str(), json],
            Some(b"{".to_vec()),
            400,
        ),
        (
            "an invalid JID",
            "POST",
            "/send",
            vec![auth.as_str(), json],
            Some(br#"{"to": "a@@b", "body": "x"}"#.to_vec()),
            400,
        ),
        (
            "a content type it does not take",
            "POST",
            "/send",
            vec![auth.as_str(), "Content-Type: image/png"],
            Some(b"x".to_vec()),
            415,
        ),
    ] {
        let (code, body) = relay.call(method, path, &headers, body.as_deref());
        assert_eq!(code, want, "{what}: {body}");
    }

    let (code, metrics) = relay.call("GET", "/metrics", &[&auth], None);
    assert_eq!(code, 200, "{metrics}");
    assert_eq!(sample(&metrics, "xmpp_relay_accepted_total"), 4.0);
    assert_eq!(sample(&metrics, "xmpp_relay_confirmed_total"), 3.0);
    assert_eq!(sample(&metrics, "xmpp_relay_in_flight"), 0.0);
    assert_eq!(sample(&metrics, "xmpp_relay_session_up"), 1.0);
    assert_eq!(
        sample(&metrics, "xmpp_relay_confirmation_seconds_count"),
        3.0
    );
    assert!(
        metrics
            .lines()
            .any(|l| l.starts_with("xmpp_relay_bounced_total{condition=") && l.ends_with(" 1")),
        "{metrics}"
    );
    // Nothing refused reached bob.
    assert!(rx
        .take_until_quiet(Duration::from_secs(1))
        .iter()
        .all(|m| m.body == "both"));
    // The token never shows on stderr, nor the bodies (at -v).
    let mut running = relay.running;
    running.terminate();
    assert_eq!(running.wait(), 0, "{}", running.stderr.lock().unwrap());
    let err = running.stderr.lock().unwrap().clone();
    assert!(!err.contains(TOKEN) && !err.contains("disk full"), "{err}");
}

#[test]
fn relay_answers_503_while_the_server_is_down_then_delivers_again() {
    let own = OwnProsody::start();
    let p = &own.server;
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let relay = Relay::start(p, &alice, &["--deadline", "5"]);
    own.kill();
    relay.wait_health(503);
    let down = serde_json::json!({"to": bob.jid, "body": "while down"}).to_string();
    let (code, head, body) = relay.call_with_headers(
        "POST",
        "/send",
        &[
            &format!("Authorization: Bearer {TOKEN}"),
            "Content-Type: application/json",
        ],
        Some(down.as_bytes()),
    );
    assert_eq!(code, 503, "{body}");
    assert!(head.contains("retry-after: 5"), "{head}");
    own.up();
    relay.wait_health(200);
    let rx = Receiver::start(p, &bob, 1);
    let (code, body) =
        relay.post_json(&serde_json::json!({"to": bob.jid, "body": "after the restart"}));
    assert_eq!(code, 200, "{body}");
    assert_eq!(rx.take(1)[0].body, "after the restart");
    let (_, metrics) = relay.call(
        "GET",
        "/metrics",
        &[&format!("Authorization: Bearer {TOKEN}")],
        None,
    );
    assert!(
        sample(&metrics, "xmpp_relay_reconnects_total") >= 1.0,
        "{metrics}"
    );
    assert_eq!(
        sample(&metrics, "xmpp_relay_unconfirmed_total"),
        1.0,
        "{metrics}"
    );
}

/// A link that goes half-dead (nothing comes back) is noticed by the
/// keepalive: /healthz says 503, the session is started again (through
/// the same relay on a new connection), and the next request is delivered.
#[test]
fn relay_notices_a_dead_link_and_starts_again() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let rx = Receiver::start(p, &bob, 1);
    let proxy = Proxy::to(p.c2s);
    let relay = Relay::through(p, &alice, &proxy, &["--keepalive", "1", "--deadline", "2"]);
    proxy.mute();
    // The relay takes the link for dead, and is back at once on a new
    // connection (resuming the session): /healthz may be 503 for a moment
    // too short to see, so its own words say it.
    relay.running.wait_stderr("the link is dead");
    relay.running.wait_stderr("the relay's session is up again");
    relay.wait_health(200);
    let (code, body) =
        relay.post_json(&serde_json::json!({"to": bob.jid, "body": "on the new link"}));
    assert_eq!(code, 200, "{body}");
    assert_eq!(rx.take(1)[0].body, "on the new link");
    let err = relay.running.stderr.lock().unwrap().clone();
    assert!(err.contains("the link is dead"), "{err}");
}

/// Issue 25: a message written while the link was already dead (the
/// server took it; its confirmation never came back) is carried over:
/// the relay resumes the session (XEP-0198), learns the server handled
/// it, confirms it anew and answers 200 within the deadline; bob gets it
/// once. (It was 503 before: the request died with the link.)
#[test]
fn a_request_in_flight_when_the_link_dies_is_confirmed_on_the_resumed_session() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let rx = Receiver::start(p, &bob, 10);
    let proxy = Proxy::to(p.c2s);
    // The link is declared dead at most keepalive + deadline after the
    // mute; a request made keepalive + 4 s after it is still within its
    // own deadline then.
    let relay = Relay::through(p, &alice, &proxy, &["--keepalive", "1", "--deadline", "15"]);
    proxy.mute();
    std::thread::sleep(Duration::from_secs(5));
    let (code, body) =
        relay.post_json(&serde_json::json!({"to": bob.jid, "body": "through the gap"}));
    assert_eq!(
        code,
        200,
        "{body}
{}",
        relay.running.stderr.lock().unwrap()
    );
    let status = &lines(&body)[0];
    assert_eq!(status["status"], "sent", "{body}");
    assert!(status.get("resent").is_none(), "{body}");
    assert_eq!(rx.take(1)[0].body, "through the gap");
    assert!(rx.take_until_quiet(Duration::from_secs(2)).is_empty());
    let err = relay.running.stderr.lock().unwrap().clone();
    assert!(err.contains("up again (resumed)"), "{err}");
}

/// A Prometheus Alertmanager of the test's own (Debian's
/// prometheus-alertmanager, clustering off), whose one receiver is a
/// webhook to `url` with the relay's bearer token from a file.
struct Alertmanager {
    child: std::process::Child,
    api: String,
    _dir: tempfile::TempDir,
}

impl Alertmanager {
    fn start(url: &str) -> Alertmanager {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("token"), TOKEN).unwrap();
        let config = dir.path().join("alertmanager.yml");
        std::fs::write(
            &config,
            format!(
                "route:\n  receiver: relay\n  group_by: [alertname]\n  group_wait: 1s\n  \
                 group_interval: 1s\n  repeat_interval: 1h\nreceivers:\n  - name: relay\n    \
                 webhook_configs:\n      - url: {url}\n        send_resolved: true\n        \
                 http_config:\n          authorization:\n            credentials_file: {}\n",
                dir.path().join("token").display()
            ),
        )
        .unwrap();
        let port = free_port();
        let child = Command::new("prometheus-alertmanager")
            .arg(format!("--config.file={}", config.display()))
            .arg(format!(
                "--storage.path={}",
                dir.path().join("data").display()
            ))
            .arg(format!("--web.listen-address=127.0.0.1:{port}"))
            .arg("--cluster.listen-address=")
            .arg("--log.level=warn")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("prometheus-alertmanager is not installed: run the README's test command");
        let am = Alertmanager {
            child,
            api: format!("http://127.0.0.1:{port}"),
            _dir: dir,
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while !Command::new("curl")
            .args(["-sf", "-o", "/dev/null"])
            .arg(format!("{}/-/ready", am.api))
            .status()
            .is_ok_and(|s| s.success())
        {
            assert!(Instant::now() < deadline, "Alertmanager did not get ready");
            std::thread::sleep(Duration::from_millis(100));
        }
        am
    }

    /// Post alerts to its API (v2), as Prometheus does.
    fn post(&self, alerts: &Value) {
        let out = Command::new("curl")
            .args([
                "-sS",
                "--fail-with-body",
                "-H",
                "Content-Type: application/json",
                "-d",
            ])
            .arg(alerts.to_string())
            .arg(format!("{}/api/v2/alerts", self.api))
            .output()
            .expect("curl");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

impl Drop for Alertmanager {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn disk_alert(instance: &str, ends: Option<&str>) -> Value {
    let mut a = serde_json::json!({
        "labels": {"alertname": "DiskFull", "severity": "critical", "instance": instance},
        "annotations": {"summary": format!("disk full on {instance}")},
    });
    if let Some(at) = ends {
        a["endsAt"] = at.into();
    }
    a
}

/// A real Alertmanager notifies the relay's route: one message per
/// notification (both alerts of the group in it), firing and resolved
/// told apart, to the route's recipient; the caller cannot choose
/// another.
#[test]
fn alertmanager_notifications_reach_the_routes_recipient() {
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let rx = Receiver::start(p, &bob, 2);
    let (relay, _config) = Relay::with_ops_route(p, &alice, &bob, "");
    let auth = format!("Authorization: Bearer {TOKEN}");
    let (code, body) = relay.call("POST", "/alertmanager/nope", &[&auth], Some(b"{}"));
    assert_eq!(code, 404, "{body}");
    let (code, body) = relay.call("POST", "/alertmanager/ops", &[], Some(b"{}"));
    assert_eq!(code, 401, "{body}");

    let am = Alertmanager::start(&format!("{}/alertmanager/ops", relay.base));
    am.post(&serde_json::json!([
        disk_alert("db1", None),
        disk_alert("db2", None)
    ]));
    let firing = &rx.take(1)[0];
    assert!(firing.from.starts_with(&alice.jid), "{firing:?}");
    let mut lines: Vec<&str> = firing.body.lines().collect();
    lines.sort();
    assert_eq!(
        lines,
        [
            "[FIRING] DiskFull (critical) on db1: disk full on db1",
            "[FIRING] DiskFull (critical) on db2: disk full on db2"
        ]
    );
    let past = "2020-01-01T00:00:00Z";
    am.post(&serde_json::json!([
        disk_alert("db1", Some(past)),
        disk_alert("db2", Some(past))
    ]));
    let resolved = &rx.take(1)[0];
    assert!(
        resolved
            .body
            .lines()
            .all(|l| l.starts_with("[RESOLVED] DiskFull"))
            && resolved.body.lines().count() == 2,
        "{resolved:?}"
    );
    let (_, metrics) = relay.call("GET", "/metrics", &[&auth], None);
    assert_eq!(
        sample(&metrics, "xmpp_relay_confirmed_total"),
        2.0,
        "{metrics}"
    );
}

/// `--check-config` finds a template mistake before anything runs, and
/// lists the routes when there is none.
#[test]
fn check_config_finds_template_mistakes_at_start() {
    let p = prosody();
    let alice = p.account("alice");
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    let check = |route: &str| {
        std::fs::write(
            &config,
            format!("[relay]\ntoken_env = \"RELAY_TOKEN\"\n\n[relay.routes.ops]\n{route}\n"),
        )
        .unwrap();
        run(p
            .xmpp(&alice)
            .env("RELAY_TOKEN", TOKEN)
            .arg("--config")
            .arg(&config)
            .args(["relay", "--check-config"]))
    };
    let out = check("to = [\"ops@example.org\"]\ntemplate = \"{% for a in alerts %}\"");
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("[relay.routes.ops]: the template does not compile"),
        "{}",
        stderr(&out)
    );
    let out = check("to = [\"ops@example.org\"]\nrooms = [\"ops@muc.example.org\"]");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().last(),
        Some(
            "/alertmanager/ops /grafana/ops -> ops@example.org, room ops@muc.example.org \
             (confirmed by the recipient's domain)"
        )
    );
    let out = check("rooms = [\"ops@muc.example.org/nick\"]");
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(stderr(&out).contains("ROOM@SERVICE"), "{}", stderr(&out));
}

/// `send --via SOCKET` through a running relay: the JSON and the exit
/// codes of a direct send, a bounce included, without logging in;
/// `XMPP_RELAY` the same. What the relay cannot do is exit 2 with --via;
/// with no relay listening, --via is exit 4 and XMPP_RELAY sends
/// directly (and says so).
#[test]
fn send_via_the_relays_socket_answers_as_send_does() {
    use std::os::unix::fs::PermissionsExt;
    let p = prosody();
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let rx = Receiver::start(p, &bob, 3);
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    let socket = dir.path().join("relay.sock");
    let socket_arg = socket.to_str().unwrap();
    let mut relay = Relay::start(p, &alice, &["--socket", socket_arg]);
    let mode = std::fs::metadata(&socket).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);

    // No account, no password: the relay's session is used.
    let out = run(xmpp_clean().args([
        "--json",
        "send",
        "--via",
        socket_arg,
        "-m",
        "via the relay",
        &bob.jid,
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let line = &json_lines(&out.stdout)[0];
    assert_eq!(
        (
            line["to"].as_str(),
            line["status"].as_str(),
            line["confirmed_by"].as_str()
        ),
        (Some(bob.jid.as_str()), Some("sent"), Some("server"))
    );
    assert_eq!(rx.take(1)[0].body, "via the relay");

    // A bounce: exit 7 and the same words as a direct send.
    let ghost = format!("{}@localhost", unique("ghost"));
    let via = run(xmpp_clean().args(["--json", "send", "--via", socket_arg, "-m", "x", &ghost]));
    let direct = run(p.xmpp(&alice).args(["--json", "send", "-m", "x", &ghost]));
    assert_eq!((code(&via), code(&direct)), (7, 7), "{}", stderr(&via));
    let word = |o: &std::process::Output| json_lines(&o.stdout)[0]["status"].clone();
    assert_eq!(word(&via), word(&direct));
    assert!(
        stderr(&via).contains(&format!("message to {ghost} bounced")),
        "{}",
        stderr(&via)
    );

    // XMPP_RELAY: the same, without the option.
    let out = run(xmpp_clean().env("XMPP_RELAY", &socket).args([
        "send",
        "-m",
        "by the variable",
        &bob.jid,
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(rx.take(1)[0].body, "by the variable");
    let out = run(xmpp_clean().args(["send", "--via", socket_arg, "--lines", &bob.jid]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));

    relay.running.terminate();
    assert_eq!(relay.running.wait(), 0);
    assert!(!socket.exists(), "the relay removes its socket");
    let out = run(xmpp_clean().args(["send", "--via", socket_arg, "-m", "x", &bob.jid]));
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no relay listens"),
        "{}",
        stderr(&out)
    );
    let out = run(p
        .xmpp(&alice)
        .env("XMPP_RELAY", &socket)
        .args(["send", "-m", "directly", &bob.jid]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("sending directly"),
        "{}",
        stderr(&out)
    );
    assert_eq!(rx.take(1)[0].body, "directly");
}

/// While the relay's server is down, Alertmanager's notification is
/// answered 503; Alertmanager retries, and once the server is back the
/// alert arrives, once: nothing was written while the session was down.
#[test]
fn alertmanager_retries_after_a_503_and_the_alert_arrives_once() {
    let own = OwnProsody::start();
    let p = &own.server;
    let (alice, bob) = (p.account("alice"), p.account("bob"));
    let (relay, _config) = Relay::with_ops_route(p, &alice, &bob, "deadline = 3\n");
    own.kill();
    relay.wait_health(503);
    let am = Alertmanager::start(&format!("{}/alertmanager/ops", relay.base));
    am.post(&serde_json::json!([disk_alert("db7", None)]));
    // Answered 503 at least once while the server is down.
    let auth = format!("Authorization: Bearer {TOKEN}");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let (_, metrics) = relay.call("GET", "/metrics", &[&auth], None);
        if sample(&metrics, "xmpp_relay_unconfirmed_total") >= 1.0 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "Alertmanager never tried: {metrics}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    own.up();
    relay.wait_health(200);
    let rx = Receiver::start(p, &bob, 1);
    let got = rx.take(1);
    assert_eq!(
        got[0].body,
        "[FIRING] DiskFull (critical) on db7: disk full on db7"
    );
    let more = rx.take_until_quiet(Duration::from_secs(3));
    assert!(more.is_empty(), "delivered more than once: {more:?}");
}
