//! `xmpp check DOMAIN`: DNS, every client and server endpoint (connect,
//! STARTTLS or direct TLS, the certificate, stream features), and with an
//! account a compliance suite; one report in four formats.
//!
//! The parts: `report` (the checks, the verdict and the renderings; pure),
//! `x509` (names and validity from a certificate; pure), `account` (the
//! suite over a logged-in session). Probing one endpoint is
//! `connection::probe`.

mod account;
mod report;
mod x509;

use std::net::SocketAddr;
use std::time::Instant as StdInstant;

use anyhow::Result;
use futures::future::join_all;
use tokio::time::Instant;

use crate::cli::{CheckArgs, CheckFormat, GlobalArgs};
use crate::connection::dial::{lookup_services, Srv, SrvAnswer};
use crate::connection::probe::{self, Seen};
use crate::error::{fail, Exit, Kind};
use crate::output::{self, Output};
use report::{expiry_status, Check, Endpoint, Group, Report, Status};

/// For the fuzz target: read a certificate as `xmpp check` does.
pub(crate) use x509::parse as parse_certificate;

const SERVICES: [(&str, Group, bool); 4] = [
    ("_xmpp-client", Group::C2s, false),
    ("_xmpps-client", Group::C2s, true),
    ("_xmpp-server", Group::S2s, false),
    ("_xmpps-server", Group::S2s, true),
];

/// One address of one endpoint, to probe.
struct Plan {
    kind: Group,
    host: String,
    port: u16,
    direct: bool,
    why: String,
    addr: SocketAddr,
}

pub async fn run(args: &CheckArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let format = match (args.format, out.is_json()) {
        (None, true) => CheckFormat::Json,
        (None, false) => CheckFormat::Human,
        (Some(f), _) => f,
    };
    match probe_all(args, global, out, format).await {
        // A monitoring system reads a check that could not run as UNKNOWN.
        Err(e) if format == CheckFormat::Nagios && e.downcast_ref::<Exit>().is_none() => {
            out.line(&format!(
                "XMPP UNKNOWN - {}",
                output::terminal_safe(&format!("{e:#}"), " ")
            ))?;
            out.flush()?;
            Err(Exit(3).into())
        }
        r => r,
    }
}

async fn probe_all(
    args: &CheckArgs,
    global: &GlobalArgs,
    out: &mut Output,
    format: CheckFormat,
) -> Result<()> {
    let domain = parse_domain(&args.domain)?;
    let timeout = global
        .timeout
        .map_or(std::time::Duration::from_secs(10), |t| t.duration());
    let started = StdInstant::now();
    let deadline = Instant::now() + timeout;
    let mut checks = Vec::new();

    let mut targets: Vec<(Group, Srv, bool, String)> = Vec::new();
    // DNS: the four services at once; with --server, only that endpoint.
    let names: Vec<&str> = SERVICES.iter().map(|(s, ..)| *s).collect();
    let answers = match &global.server {
        Some(given) => {
            let (host, port) = crate::settings::parse_server(given)?;
            let direct = global.tls == Some(crate::settings::TlsMode::Direct);
            let port = port.unwrap_or(if direct { 5223 } else { 5222 });
            let srv = Srv {
                priority: 0,
                weight: 0,
                port,
                target: host,
            };
            targets.push((Group::C2s, srv, direct, "--server".into()));
            Vec::new()
        }
        None => lookup_services(&domain, &names, deadline).await,
    };
    let mut found = [global.server.is_some(); 2];
    for ((service, kind, direct), answer) in SERVICES.iter().zip(&answers) {
        let name = format!("{service}._tcp.{domain}");
        let slot = usize::from(*kind == Group::S2s);
        match answer {
            SrvAnswer::Records(rs) if rs.len() == 1 && rs[0].target == "." => {
                found[slot] = true;
                checks.push(dns(
                    &name,
                    Status::NotOffered,
                    "\".\": the service is decidedly not offered".into(),
                    None,
                ));
            }
            SrvAnswer::Records(rs) => {
                found[slot] = true;
                let list: Vec<String> = rs
                    .iter()
                    .map(|r| format!("{} {} {}:{}", r.priority, r.weight, r.target, r.port))
                    .collect();
                checks.push(dns(&name, Status::Ok, list.join(", "), None));
                for r in rs.iter().filter(|r| r.target != ".") {
                    let why = format!(
                        "{service} record (priority {}, weight {})",
                        r.priority, r.weight
                    );
                    targets.push((*kind, r.clone(), *direct, why));
                }
            }
            SrvAnswer::Nothing => {
                checks.push(dns(&name, Status::NotOffered, "no record".into(), None))
            }
            SrvAnswer::Failed(e) => checks.push(dns(
                &name,
                Status::Warning,
                e.clone(),
                Some("the lookup failed: clients fall back to the domain itself".into()),
            )),
        }
    }
    for (slot, kind, port) in [(0, Group::C2s, 5222), (1, Group::S2s, 5269)] {
        if !found[slot] {
            let srv = Srv {
                priority: 0,
                weight: 0,
                port,
                target: domain.clone(),
            };
            targets.push((
                kind,
                srv,
                false,
                format!("no SRV records: the domain itself, port {port}"),
            ));
        }
    }

    // Addresses of every target (and of the bare domain, for the record).
    let mut hosts: Vec<String> = targets.iter().map(|t| t.1.target.clone()).collect();
    if global.server.is_none() {
        hosts.push(domain.clone());
    }
    hosts.sort();
    hosts.dedup();
    let resolved = join_all(hosts.iter().map(|h| async move {
        let r = tokio::time::timeout_at(deadline, tokio::net::lookup_host((h.as_str(), 0))).await;
        (h.clone(), r)
    }))
    .await;
    let mut addrs: std::collections::HashMap<String, Vec<std::net::IpAddr>> = Default::default();
    for (host, r) in resolved {
        let detail;
        let status = match r {
            Ok(Ok(a)) => {
                let mut ips: Vec<std::net::IpAddr> = a.map(|s| s.ip()).collect();
                ips.sort();
                ips.dedup();
                detail = ips
                    .iter()
                    .map(|i| i.to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                addrs.insert(host.clone(), ips);
                Status::Ok
            }
            Ok(Err(e)) => {
                detail = format!("cannot resolve: {e}");
                Status::Critical
            }
            Err(_) => {
                detail = "no answer from the DNS resolver within --timeout".into();
                Status::Critical
            }
        };
        // The bare domain needs no address when SRV records point
        // elsewhere; without one, the s2s fallback is simply not there.
        let c2s = targets
            .iter()
            .any(|t| t.1.target == host && t.0 == Group::C2s);
        let s2s = targets
            .iter()
            .any(|t| t.1.target == host && t.0 == Group::S2s);
        let (status, hint) = match (status, c2s, s2s) {
            (Status::Ok, ..) | (_, true, _) => (status, None),
            (_, false, true) if host == domain => (
                Status::NotOffered,
                Some("no _xmpp-server record and no address: no server-to-server".to_string()),
            ),
            (_, false, true) => (status, None),
            _ => (Status::NotOffered, None),
        };
        checks.push(dns(&format!("{host} A/AAAA"), status, detail, hint));
    }

    let mut plans = Vec::new();
    for (kind, srv, direct, why) in &targets {
        for ip in addrs.get(&srv.target).into_iter().flatten() {
            plans.push(Plan {
                kind: *kind,
                host: srv.target.clone(),
                port: srv.port,
                direct: *direct,
                why: why.clone(),
                addr: SocketAddr::new(*ip, srv.port),
            });
        }
    }
    if !plans.iter().any(|p| p.kind == Group::C2s) {
        checks.push(Check {
            group: Group::C2s,
            target: domain.clone(),
            name: "endpoints".into(),
            status: Status::Critical,
            detail: "no client endpoint to probe".into(),
            hint: Some(format!(
                "clients cannot find {domain}'s server: publish _xmpp-client SRV records or an address"
            )),
            ms: None,
        });
    }
    let ca_file = global.ca_file.as_deref();
    let seen = join_all(plans.iter().map(|p| {
        probe::probe(
            p.addr,
            &domain,
            p.direct,
            p.kind == Group::S2s,
            ca_file,
            deadline,
        )
    }))
    .await;
    let mut endpoints = Vec::new();
    for (p, s) in plans.iter().zip(seen) {
        let (e, mut c) = endpoint(p, s, &domain, args.warn_days, args.crit_days);
        endpoints.push(e);
        checks.append(&mut c);
    }
    if global.jid.is_some() || global.account.is_some() {
        checks.extend(account::suite(global).await);
    }

    let report = Report::new(
        domain,
        endpoints,
        checks,
        started.elapsed().as_secs_f64() * 1000.0,
    );
    let code = match format {
        CheckFormat::Nagios => {
            let (line, code) = report.nagios(args.warn_days, args.crit_days);
            out.line(&output::terminal_safe(line.trim_end(), " "))?;
            code
        }
        CheckFormat::Json => {
            out.json_line(&report)?;
            exit_code(&report)
        }
        CheckFormat::Prometheus => {
            for line in report.prometheus().lines() {
                out.line(&output::terminal_safe(line, " "))?;
            }
            exit_code(&report)
        }
        CheckFormat::Human => {
            for line in report.human().lines() {
                out.line(&output::terminal_safe(line, " "))?;
            }
            exit_code(&report)
        }
    };
    out.flush()?;
    if code == 0 {
        Ok(())
    } else {
        Err(Exit(code).into())
    }
}

/// 0 all passed, 1 a check failed or warned, 4 nothing reachable.
fn exit_code(r: &Report) -> i32 {
    if r.unreachable() {
        4
    } else if r.status == report::Verdict::Ok {
        0
    } else {
        1
    }
}

fn parse_domain(text: &str) -> Result<String> {
    let domain = text.trim_end_matches('.');
    match jid::Jid::new(domain) {
        Ok(j) if j.node().is_none() && j.resource().is_none() => Ok(j.domain().to_string()),
        _ => Err(fail(
            Kind::Usage,
            format!(
                "{} is not a domain: give the server's domain, like example.org (not a JID with @ or /)",
                crate::error::quoted(text)
            ),
        )),
    }
}

fn dns(target: &str, status: Status, detail: String, hint: Option<String>) -> Check {
    Check {
        group: Group::Dns,
        target: target.to_string(),
        name: "lookup".into(),
        status,
        detail,
        hint,
        ms: None,
    }
}

fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn day(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .map(|t| t.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| unix.to_string())
}

/// The checks of one probed endpoint, and its summary.
fn endpoint(p: &Plan, s: Seen, domain: &str, warn: i64, crit: i64) -> (Endpoint, Vec<Check>) {
    let mode = if p.direct { "direct" } else { "starttls" };
    let target = format!("{}:{} ({}, {mode})", p.host, p.port, p.addr.ip());
    let server = p.kind == Group::S2s;
    let mut checks = Vec::new();
    let mut add =
        |name: &str, status: Status, detail: String, hint: Option<String>, ms: Option<f64>| {
            checks.push(Check {
                group: p.kind,
                target: target.clone(),
                name: name.to_string(),
                status,
                detail,
                hint,
                ms,
            })
        };
    let failed_at = s.failed.as_ref().map(|(step, _)| *step);
    let error = s
        .failed
        .as_ref()
        .map(|(_, e)| e.clone())
        .unwrap_or_default();
    match s.connect_ms {
        Some(ms) => add(
            "connect",
            Status::Ok,
            format!("{ms:.1} ms ({})", p.why),
            None,
            Some(ms),
        ),
        None => add(
            "connect",
            Status::Critical,
            format!("{error} ({})", p.why),
            Some(if error.contains("--timeout") {
                "nothing answered (packets dropped?): check the host and its firewall".into()
            } else {
                "is the server running and listening on this port?".into()
            }),
            None,
        ),
    }
    if let Some(f) = &s.before_tls {
        let plain = f.mechanisms.iter().any(|m| m == "PLAIN");
        if plain {
            add(
                "sasl before TLS",
                Status::Critical,
                "PLAIN offered before TLS".into(),
                Some("passwords can be sent in clear: require TLS (c2s_require_encryption)".into()),
                None,
            );
        }
        let (status, detail, hint) = match (f.starttls, f.starttls_required) {
            (true, true) => (Status::Ok, "offered and required".to_string(), None),
            (true, false) => (
                Status::Warning,
                "offered, not required".into(),
                Some("a man in the middle can strip it: make STARTTLS required".into()),
            ),
            (false, _) => (
                Status::Critical,
                "not offered".into(),
                Some("the stream cannot be encrypted".into()),
            ),
        };
        add("starttls", status, detail, hint, None);
    } else if failed_at == Some("stream") {
        add(
            "stream",
            Status::Critical,
            error.clone(),
            Some("is this an XMPP port?".into()),
            None,
        );
    }
    match (&s.tls_version, failed_at) {
        (Some(v), _) => {
            let status = if v == "TLSv1.3" || v == "TLSv1.2" {
                Status::Ok
            } else {
                Status::Warning
            };
            add(
                "tls",
                status,
                format!("{v}, {}", s.cipher.clone().unwrap_or_default()),
                None,
                s.tls_ms,
            );
        }
        (None, Some("tls")) | (None, Some("connect")) if s.connect_ms.is_some() => {
            let hint = if s.speaks_starttls {
                format!(
                    "{} points at port {}, which speaks STARTTLS",
                    if server {
                        "_xmpps-server"
                    } else {
                        "_xmpps-client"
                    },
                    p.port
                )
            } else {
                "does this port speak TLS?".into()
            };
            add("tls", Status::Critical, error.clone(), Some(hint), None);
        }
        _ => {}
    }
    let (mut cert_days, mut cert_expiry) = (None, None);
    if !s.chain.is_empty() {
        let infos: Vec<x509::CertInfo> = s.chain.iter().filter_map(|d| x509::parse(d)).collect();
        if let Some(earliest) = infos.iter().map(|i| i.not_after).min() {
            cert_expiry = Some(earliest);
            cert_days = Some((earliest - now_unix()).div_euclid(86_400));
        }
        let leaf = infos.first();
        let names = leaf
            .map(|l| {
                let mut n = l.dns_names.clone();
                n.extend(l.xmpp_addrs.iter().map(|a| format!("xmppAddr:{a}")));
                n.extend(l.srv_names.iter().map(|a| format!("SRV-ID:{a}")));
                let more = n.len().saturating_sub(6);
                n.truncate(6);
                if more > 0 {
                    n.push(format!("{more} more"));
                }
                n.join(", ")
            })
            .unwrap_or_default();
        let days = cert_days.unwrap_or(0);
        let expiry = cert_expiry.map(day).unwrap_or_default();
        let xmpp_name = leaf.is_some_and(|l| {
            l.xmpp_addrs.iter().any(|a| a.eq_ignore_ascii_case(domain))
                || l.srv_names.iter().any(|s| {
                    s.split_once('.').is_some_and(|(svc, d)| {
                        d.eq_ignore_ascii_case(domain) && svc.starts_with("_xmpp")
                    })
                })
        });
        let (status, detail, hint) = match &s.verdict {
            Some(Err(why)) if why.contains("not valid for the name") && xmpp_name => (
                Status::Warning,
                format!("valid for {domain} only by xmppAddr/SRV-ID ({names})"),
                Some(
                    "clients that check DNS names only refuse it: add DNS:{domain}"
                        .replace("{domain}", domain),
                ),
            ),
            Some(Err(why)) => (
                Status::Critical,
                format!("{why} (names: {names}; notAfter {expiry})"),
                Some(if why.contains("expired") {
                    format!("expired on {expiry}: renew it")
                } else if why.contains("name") {
                    format!("get a certificate for {domain}")
                } else {
                    "clients will refuse it: fix the chain (or pass --ca-file for a private CA)"
                        .into()
                }),
            ),
            _ => {
                let status = expiry_status(days, warn, crit);
                let hint = (status != Status::Ok).then(|| {
                    format!("certificate expires in {days} days (notAfter {expiry}): renew it")
                });
                (
                    status,
                    format!(
                        "valid for {domain}, {days} days left (notAfter {expiry}; names: {names})"
                    ),
                    hint,
                )
            }
        };
        add("certificate", status, detail, hint, None);
    }
    // A server that wants the connecting server's certificate says so
    // after TLS (Prosody's s2s_secure_auth): the endpoint works.
    let wants_cert = server
        && failed_at == Some("features")
        && (error.contains("not-authorized") || error.contains("policy-violation"));
    let ok = s.after_tls.is_some() || wants_cert;
    if wants_cert {
        add(
            "authentication",
            Status::Ok,
            format!(
                "the server requires an authenticated peer certificate before features ({error})"
            ),
            None,
            None,
        );
    }
    if let Some(f) = &s.after_tls {
        if server {
            let dialback = f.has("urn:xmpp:features:dialback");
            let external = f.mechanisms.iter().any(|m| m == "EXTERNAL");
            let mut ways = Vec::new();
            if external {
                ways.push("SASL EXTERNAL");
            }
            if dialback {
                ways.push("dialback");
            }
            add(
                "authentication",
                if ways.is_empty() {
                    Status::Warning
                } else {
                    Status::Ok
                },
                if ways.is_empty() {
                    "neither SASL EXTERNAL nor dialback offered".into()
                } else {
                    ways.join(", ") + " offered"
                },
                None,
                None,
            );
        } else {
            let (status, hint) = if f.mechanisms.is_empty() {
                (Status::Critical, Some("clients cannot log in".to_string()))
            } else {
                (Status::Ok, None)
            };
            add(
                "sasl",
                status,
                if f.mechanisms.is_empty() {
                    "no mechanism offered".into()
                } else {
                    f.mechanisms.join(" ")
                },
                hint,
                None,
            );
            add(
                "channel binding",
                if f.channel_binding.is_empty() {
                    Status::NotOffered
                } else {
                    Status::Ok
                },
                if f.channel_binding.is_empty() {
                    "no types advertised (XEP-0440)".into()
                } else {
                    f.channel_binding.join(" ")
                },
                None,
                None,
            );
            let mut extra = Vec::new();
            if f.register {
                extra.push("in-band registration".to_string());
            }
            if f.sasl2 {
                extra.push("SASL2".into());
            }
            if f.stream_management {
                extra.push("stream management".into());
            }
            if let Some(b) = f.max_bytes {
                extra.push(format!("stanzas up to {b} bytes (XEP-0478)"));
            }
            extra.extend(f.others.iter().cloned());
            add(
                "features",
                Status::Ok,
                if extra.is_empty() {
                    "none besides SASL".into()
                } else {
                    extra.join(", ")
                },
                None,
                None,
            );
        }
    } else if failed_at == Some("features") && !wants_cert {
        add(
            "features",
            Status::Critical,
            error.clone(),
            Some("the server sent no stream features after TLS".into()),
            None,
        );
    } else if failed_at == Some("starttls") && s.before_tls.as_ref().is_some_and(|f| f.starttls) {
        add("starttls", Status::Critical, error.clone(), None, None);
    }
    let e = Endpoint {
        kind: p.kind,
        host: p.host.clone(),
        port: p.port,
        address: p.addr.to_string(),
        tls: mode,
        why: p.why.clone(),
        ok,
        connect_ms: s.connect_ms,
        tls_version: s.tls_version,
        cipher: s.cipher,
        cert_days,
        cert_expiry,
        mechanisms: s.after_tls.map(|f| f.mechanisms).unwrap_or_default(),
    };
    (e, checks)
}
