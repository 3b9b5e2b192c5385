//! `xmpp check` on the test network (real Prosody and ejabberd, real DNS)
//! and against the hostile double: every format, the certificate cases,
//! broken records and endpoints, the account suite.

use serde::Deserialize;

use crate::fixture::*;
use crate::hostile::{serve, HEADER};
use crate::testnet::net;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Report {
    domain: String,
    status: String,
    duration_ms: f64,
    summary: Summary,
    endpoints: Vec<Endpoint>,
    checks: Vec<Check>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Summary {
    c2s_ok: usize,
    c2s_total: usize,
    s2s_ok: usize,
    s2s_total: usize,
    cert_days: Option<i64>,
    failed: usize,
    warnings: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Endpoint {
    kind: String,
    host: String,
    port: u16,
    address: String,
    tls: String,
    why: String,
    ok: bool,
    connect_ms: Option<f64>,
    tls_version: Option<String>,
    cipher: Option<String>,
    cert_days: Option<i64>,
    cert_expiry: Option<i64>,
    mechanisms: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Check {
    group: String,
    target: String,
    name: String,
    status: String,
    detail: String,
    hint: Option<String>,
    ms: Option<f64>,
}

/// `xmpp check` on the client host, without an account.
fn check(args: &[&str]) -> std::process::Output {
    let n = net();
    let mut cmd = std::process::Command::new(repo().join("scripts/testnet"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", "/nonexistent/xmpp-cli-test-home")
        .arg("exec")
        .arg(&n.dir)
        .arg("client")
        .arg(bin())
        .arg("--ca-file")
        .arg(n.ca())
        .args(["--timeout", "4", "check"])
        .args(args);
    run(&mut cmd)
}

fn json(domain: &str, extra: &[&str]) -> (i32, Report) {
    let mut args = vec!["--format", "json"];
    args.extend(extra);
    args.push(domain);
    let out = check(&args);
    let report: Report = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            stderr(&out)
        )
    });
    (code(&out), report)
}

fn find<'a>(r: &'a Report, name: &str, status: &str) -> Vec<&'a Check> {
    r.checks
        .iter()
        .filter(|c| c.name == name && c.status == status)
        .collect()
}

#[test]
fn a_healthy_domain_is_green_in_all_four_formats() {
    let (code, r) = json("a.test", &[]);
    assert_eq!(code, 0, "{r:#?}");
    assert_eq!((r.domain.as_str(), r.status.as_str()), ("a.test", "ok"));
    // IPv4 and IPv6 of a.test, for client and server streams.
    assert_eq!((r.summary.c2s_ok, r.summary.c2s_total), (2, 2), "{r:#?}");
    assert_eq!((r.summary.s2s_ok, r.summary.s2s_total), (2, 2), "{r:#?}");
    assert_eq!((r.summary.failed, r.summary.warnings), (0, 0));
    assert!(r.summary.cert_days.unwrap() > 21);
    assert!(r.duration_ms > 0.0);
    for e in &r.endpoints {
        assert!(e.ok && e.tls_version.as_deref() == Some("TLSv1.3"), "{e:?}");
    }
    let c2s = r.endpoints.iter().find(|e| e.kind == "c2s").unwrap();
    assert!(
        c2s.mechanisms.iter().any(|m| m.starts_with("SCRAM-")),
        "{c2s:?}"
    );
    assert_eq!(
        find(&r, "starttls", "ok").len(),
        4,
        "required on every endpoint"
    );
    assert!(r
        .checks
        .iter()
        .all(|c| ["ok", "not-offered"].contains(&c.status.as_str())));

    let out = check(&["a.test"]);
    assert_eq!(code_of(&out), 0, "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("a.test: OK (2/2 c2s, 2/2 s2s endpoints"),
        "{text}"
    );
    assert!(
        text.contains("client endpoints (c2s)") && text.contains("certificate: valid for a.test"),
        "{text}"
    );

    let out = check(&["--format", "nagios", "a.test"]);
    assert_eq!(code_of(&out), 0);
    let line = String::from_utf8_lossy(&out.stdout);
    assert!(
        line.starts_with("XMPP OK - a.test: 2/2 c2s, 2/2 s2s, cert "),
        "{line}"
    );
    assert!(
        line.contains(" | time=") && line.contains("cert_days=") && line.contains(";21;7"),
        "{line}"
    );
    assert_eq!(line.lines().count(), 1);

    let out = check(&["--format", "prometheus", "a.test"]);
    assert_eq!(code_of(&out), 0);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("probe_success{domain=\"a.test\"} 1\n"),
        "{text}"
    );
    assert!(
        text.contains("probe_ssl_earliest_cert_expiry{domain=\"a.test\"} "),
        "{text}"
    );
    assert!(
        text.contains("xmpp_check_sasl_mechanism{domain=\"a.test\",kind=\"c2s\""),
        "{text}"
    );
}

fn code_of(out: &std::process::Output) -> i32 {
    code(out)
}

#[test]
fn an_expired_certificate_is_critical() {
    let (code, r) = json("expired.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(r.status, "critical");
    let bad = find(&r, "certificate", "critical");
    assert!(!bad.is_empty(), "{r:#?}");
    assert!(bad[0].detail.contains("expired"), "{bad:?}");
    assert!(bad[0].hint.as_deref().unwrap().contains("renew"), "{bad:?}");
    let out = check(&["--format", "nagios", "expired.test"]);
    assert_eq!(code_of(&out), 2);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("XMPP CRITICAL - expired.test"));
    // The failing domain in the other two formats: the same verdict.
    let out = check(&["--format", "prometheus", "expired.test"]);
    assert_eq!(code_of(&out), 1);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("probe_success{domain=\"expired.test\"} 0\n"),
        "{text}"
    );
    let out = check(&["expired.test"]);
    assert_eq!(code_of(&out), 1);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("expired") && text.contains("renew"), "{text}");
}

#[test]
fn a_certificate_expiring_in_3_days_warns_or_is_critical_by_the_thresholds() {
    let out = check(&["--format", "nagios", "--crit-days", "2", "soon.test"]);
    assert_eq!(code_of(&out), 1, "{}", String::from_utf8_lossy(&out.stdout));
    let line = String::from_utf8_lossy(&out.stdout);
    assert!(
        line.starts_with("XMPP WARNING - soon.test") && line.contains("cert 3 days"),
        "{line}"
    );
    assert!(line.contains("cert_days=3;21;2"), "{line}");
    let (_, r) = json("soon.test", &[]);
    assert_eq!(r.status, "critical", "3 < the default 7");
    let c = find(&r, "certificate", "critical");
    assert!(
        c[0].hint.as_deref().unwrap().contains("expires in 3 days"),
        "{c:?}"
    );
}

#[test]
fn a_certificate_for_another_name_is_critical() {
    let (_, r) = json("wrongname.test", &[]);
    let c = find(&r, "certificate", "critical");
    assert!(!c.is_empty(), "{r:#?}");
    assert!(
        c[0].detail
            .contains("not valid for the name wrongname.test")
            && c[0].detail.contains("other.test"),
        "{c:?}"
    );
}

#[test]
fn a_direct_tls_record_on_a_starttls_port_is_named() {
    let (_, r) = json("tlsfail.test", &[]);
    let c = find(&r, "tls", "critical");
    assert!(!c.is_empty(), "{r:#?}");
    assert_eq!(
        c[0].hint.as_deref(),
        Some("_xmpps-client points at port 5222, which speaks STARTTLS")
    );
    // The STARTTLS record of the same domain still works.
    assert!(r.endpoints.iter().any(|e| e.ok && e.tls == "starttls"));
}

#[test]
fn a_dot_record_and_no_client_endpoint() {
    let (code, r) = json("dot.test", &[]);
    assert_eq!(code, 4, "{r:#?}");
    assert!(r
        .checks
        .iter()
        .any(|c| c.target == "_xmpp-client._tcp.dot.test"
            && c.status == "not-offered"
            && c.detail.contains("decidedly not offered")));
    assert!(!find(&r, "endpoints", "critical").is_empty());
}

#[test]
fn a_refusing_and_a_blackholed_target_and_the_rest_still_reported() {
    for (domain, dead) in [
        ("refuse.test", "a.test:5999"),
        ("blackhole.test", "hole.test:5222"),
    ] {
        let (code, r) = json(domain, &[]);
        assert_eq!(code, 1, "{r:#?}");
        let failed: Vec<_> = find(&r, "connect", "critical");
        assert!(
            failed.iter().any(|c| c.target.starts_with(dead)),
            "{domain}: {failed:?}"
        );
        assert!(
            r.endpoints
                .iter()
                .any(|e| e.ok && e.host == "a.test" && e.port == 5222),
            "{domain}: {r:#?}"
        );
    }
}

#[test]
fn a_domain_without_server_to_server() {
    let (code, r) = json("nos2s.test", &[]);
    assert_eq!(code, 0, "{r:#?}");
    assert_eq!(r.summary.s2s_total, 0);
    assert!(r
        .checks
        .iter()
        .any(|c| c.target == "_xmpp-server._tcp.nos2s.test" && c.status == "not-offered"));
}

#[test]
fn nxdomain_is_unreachable_and_a_jid_is_not_a_domain() {
    let (code, r) = json("nosuch.test", &[]);
    assert_eq!(code, 4, "{r:#?}");
    assert_eq!(r.status, "critical");
    let out = check(&["--format", "prometheus", "nosuch.test"]);
    assert_eq!(code_of(&out), 4);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("probe_success{domain=\"nosuch.test\"} 0\n"),
        "{text}"
    );
    let out = check(&["nosuch.test"]);
    assert_eq!(code_of(&out), 4);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("nosuch.test"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = check(&["alice@a.test"]);
    assert_eq!(code_of(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("is not a domain"), "{}", stderr(&out));
    // A check that cannot run is UNKNOWN to a monitoring system.
    let out = check(&["--format", "nagios", "alice@a.test"]);
    assert_eq!(code_of(&out), 3, "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout)
        .starts_with("XMPP UNKNOWN - 'alice@a.test' is not a domain"));
}

#[test]
fn the_account_suite_on_prosody_and_ejabberd() {
    let n = net();
    for domain in ["a.test", "c.test"] {
        let user = n.account("checker", domain);
        let out = run(n
            .xmpp(&user)
            .args(["--timeout", "4", "check", "--format", "json", domain]));
        assert_eq!(
            code(&out),
            0,
            "{domain}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        let r: Report = serde_json::from_slice(&out.stdout).unwrap();
        let account: Vec<&Check> = r.checks.iter().filter(|c| c.group == "account").collect();
        let status = |name: &str| {
            account
                .iter()
                .find(|c| c.name == name)
                .map(|c| c.status.as_str())
                .unwrap_or_else(|| panic!("{domain}: no {name}: {account:#?}"))
        };
        assert_eq!(status("login"), "ok");
        for name in [
            "XEP-0198 stream management",
            "XEP-0280 message carbons",
            "XEP-0313 message archive",
            "XEP-0163 PEP",
            "XEP-0384 OMEMO prerequisites",
            "XEP-0199 ping",
            "XEP-0191 blocking",
            "RFC 6121 roster versioning",
        ] {
            assert_eq!(status(name), "ok", "{domain}: {name}: {account:#?}");
        }
        // Not on these servers: not offered, which is not a failure.
        assert_eq!(status("XEP-0363 HTTP upload"), "not-offered");
        // ejabberd advertises XEP-0398 on the account, as §3 says; it
        // used to be looked for on the server's disco#info.
        if domain == "c.test" {
            assert_eq!(status("XEP-0398 avatar conversion"), "ok", "{account:#?}");
        }
    }
    let mut bad = n.account("checker", "a.test");
    bad.password = "wrong".into();
    let out = run(n.xmpp(&bad).args(["check", "--format", "json", "a.test"]));
    assert_eq!(code(&out), 1);
    let r: Report = serde_json::from_slice(&out.stdout).unwrap();
    assert!(r
        .checks
        .iter()
        .any(|c| c.name == "login" && c.status == "critical"));
}

/// `xmpp check --server 127.0.0.1:PORT localhost` against the double.
fn against(port: u16) -> std::process::Output {
    run(xmpp_clean().args([
        "--server",
        &format!("127.0.0.1:{port}"),
        "--timeout",
        "2",
        "check",
        "--format",
        "json",
        "localhost",
    ]))
}

#[test]
fn plain_offered_before_tls_is_a_failure() {
    let (port, seen) = serve(|s| {
        use std::io::Write;
        let _ = s.write_all(HEADER.as_bytes());
        let _ = s.write_all(b"<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism></mechanisms></stream:features>");
        std::thread::sleep(std::time::Duration::from_secs(3));
    });
    let out = against(port);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let r: Report = serde_json::from_slice(&out.stdout).unwrap();
    let plain = find(&r, "sasl before TLS", "critical");
    assert!(
        !plain.is_empty() && plain[0].detail.contains("PLAIN"),
        "{r:#?}"
    );
    assert!(!find(&r, "starttls", "critical").is_empty(), "{r:#?}");
    assert!(!String::from_utf8_lossy(&seen.lock().unwrap()).contains("<auth"));
}

#[test]
fn a_hostile_endpoint_is_classified_without_hang_or_panic() {
    use std::io::Write;
    type Script = Box<dyn FnOnce(&mut std::net::TcpStream) + Send>;
    let cases: Vec<(&str, Script)> = vec![
        (
            "closes",
            Box::new(|s| {
                let _ = s.shutdown(std::net::Shutdown::Both);
            }),
        ),
        (
            "garbage",
            Box::new(|s| {
                let _ = s.write_all(b"HTTP/1.1 400 Bad Request\r\n\r\n\x00\xff<<<");
                std::thread::sleep(std::time::Duration::from_millis(500));
            }),
        ),
        (
            "stalls",
            Box::new(|s| {
                let _ = s.write_all(HEADER.as_bytes());
                std::thread::sleep(std::time::Duration::from_secs(5));
            }),
        ),
        (
            "stream error",
            Box::new(|s| {
                let _ = s.write_all(HEADER.as_bytes());
                let _ = s.write_all(b"<stream:error><host-unknown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error></stream:stream>");
            }),
        ),
    ];
    for (what, script) in cases {
        let (port, _) = serve(script);
        let out = against(port);
        assert_eq!(code(&out), 1, "{what}: {}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"), "{what}");
        let r: Report = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(r.status, "critical", "{what}: {r:#?}");
        assert!(
            r.checks
                .iter()
                .any(|c| c.group == "c2s" && c.status == "critical"),
            "{what}: {r:#?}"
        );
    }
}
