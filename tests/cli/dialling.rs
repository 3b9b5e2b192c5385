//! Finding the server without `--server`, on the test network: SRV
//! records (both kinds, priorities, odd ports), the fallbacks, and every
//! way an endpoint or DNS itself can fail. `-v` says which endpoint and why.

use crate::fixture::*;
use crate::testnet::net;

/// `xmpp -v ping DOMAIN` as a user of DOMAIN from `host`.
fn ping_as(host: &str, domain: &str, timeout: &str) -> std::process::Output {
    let n = net();
    let user = n.account("u", domain);
    run(n
        .xmpp_on(host, &user)
        .args(["--timeout", timeout, "-v", "ping", domain]))
}

/// The endpoints `-v` says it connected to, in order.
fn tried(out: &std::process::Output) -> Vec<String> {
    stderr(out)
        .lines()
        .filter_map(|l| l.strip_prefix("xmpp: info: connecting to "))
        .map(|l| l.split(' ').next().unwrap().to_string())
        .collect()
}

fn online_via(out: &std::process::Output) -> String {
    stderr(out)
        .lines()
        .find(|l| l.contains("info: online as"))
        .and_then(|l| l.split(" via ").nth(1))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn an_srv_record_on_a_nonstandard_port() {
    let out = ping_as("client", "port.test", "10");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(tried(&out), ["a.test:5333"], "{}", stderr(&out));
    assert!(
        stderr(&out).contains("_xmpp-client record"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn direct_tls_first_when_both_kinds_share_a_priority() {
    let out = ping_as("client", "both.test", "10");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(tried(&out), ["a.test:5223"], "{}", stderr(&out));
    assert!(
        stderr(&out).contains("(direct TLS, _xmpps-client record (priority 5")
            && online_via(&out).contains("direct TLS"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_lowest_priority_number_is_tried_first() {
    let out = ping_as("client", "order.test", "10");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(tried(&out), ["a.test:5333"], "{}", stderr(&out));
}

#[test]
fn a_refusing_target_then_the_next() {
    let out = ping_as("client", "refuse.test", "10");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(tried(&out), ["a.test:5999", "a.test:5222"]);
    assert!(
        stderr(&out).contains("Connection refused"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_blackholed_target_gets_its_share_then_the_next() {
    // --timeout 6: the dead host gets a third, the rest is left.
    let out = ping_as("client", "blackhole.test", "6");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(tried(&out), ["hole.test:5222", "a.test:5222"]);
    assert!(
        stderr(&out).contains("hole.test:5222: cannot connect"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_target_that_speaks_something_else_then_the_next() {
    // a.test:5280 is Prosody's HTTP port: no XMPP stream header comes.
    let out = ping_as("client", "junk.test", "6");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(tried(&out), ["a.test:5280", "a.test:5222"]);
}

#[test]
fn a_direct_tls_record_that_points_at_a_starttls_port_then_the_next() {
    let out = ping_as("client", "tlsfail.test", "10");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(tried(&out), ["a.test:5222", "a.test:5222"]);
    assert!(
        stderr(&out).contains("TLS with tlsfail.test failed"),
        "{}",
        stderr(&out)
    );
    assert!(online_via(&out).contains("starttls"), "{}", stderr(&out));
}

#[test]
fn without_srv_the_domain_itself_on_5222() {
    let out = ping_as("client", "nosrv.test", "10");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(tried(&out), ["nosrv.test:5222"]);
    assert!(stderr(&out).contains("no SRV records"), "{}", stderr(&out));
}

#[test]
fn an_ipv6_only_server() {
    let out = ping_as("client", "v6.test", "10");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(tried(&out), ["v6.test:5222"]);
}

#[test]
fn a_dot_record_means_no_service_exit_4() {
    let n = net();
    let user = Account {
        jid: "u@dot.test".into(),
        password: PASSWORD.into(),
    };
    let out = run(n.xmpp(&user).args(["ping", "dot.test"]));
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("dot.test says it offers no XMPP service"),
        "{}",
        stderr(&out)
    );
    assert!(tried(&out).is_empty(), "nothing is dialled");
}

#[test]
fn nxdomain_exits_4_naming_dns_not_server() {
    let n = net();
    let user = Account {
        jid: "u@nosuch.test".into(),
        password: PASSWORD.into(),
    };
    let out = run(n.xmpp(&user).args(["ping", "nosuch.test"]));
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    let e = stderr(&out);
    assert!(e.contains("cannot resolve nosuch.test"), "{e}");
    assert!(e.contains("DNS records") && !e.contains("--server"), "{e}");
}

#[test]
fn an_unreachable_resolver_exits_4_within_the_timeout() {
    // The "lost" host's resolver is the dead host.
    let n = net();
    let user = n.account("u", "a.test");
    let out = run(n
        .xmpp_on("lost", &user)
        .args(["--timeout", "3", "ping", "a.test"]));
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    let e = stderr(&out);
    assert!(e.contains("DNS resolver did not answer"), "{e}");
    assert!(!e.contains("--server"), "{e}");
}

#[test]
fn a_wrong_password_on_a_later_endpoint_is_reported_as_such() {
    let n = net();
    let mut user = n.account("u", "refuse.test");
    user.password = "wrong".into();
    let out = run(n.xmpp(&user).args(["ping", "refuse.test"]));
    assert_eq!(code(&out), 5, "{}", stderr(&out));
}
