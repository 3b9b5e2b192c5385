//! The report of `xmpp check`, as pure data: every check with its
//! status, evidence and hint, the endpoints, the verdict; and its four
//! renderings (human, JSON, Nagios, Prometheus). No network code.

use serde::Serialize;

/// Worst first: the order problems are listed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Critical,
    Warning,
    /// A feature the server does not offer (not a failure).
    NotOffered,
    Ok,
}

impl Status {
    fn label(self) -> &'static str {
        match self {
            Status::Critical => "FAIL",
            Status::Warning => "WARN",
            Status::NotOffered => " -- ",
            Status::Ok => " ok ",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Group {
    Dns,
    C2s,
    S2s,
    Account,
}

impl Group {
    fn title(self) -> &'static str {
        match self {
            Group::Dns => "DNS",
            Group::C2s => "client endpoints (c2s)",
            Group::S2s => "server endpoints (s2s)",
            Group::Account => "account",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub group: Group,
    /// What was checked: a DNS name, an endpoint, the account.
    pub target: String,
    pub name: String,
    pub status: Status,
    /// The evidence: what was seen.
    pub detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ms: Option<f64>,
}

/// One endpoint, summed up.
#[derive(Debug, Clone, Serialize)]
pub struct Endpoint {
    pub kind: Group,
    pub host: String,
    pub port: u16,
    pub address: String,
    /// "starttls" or "direct".
    pub tls: &'static str,
    /// The record (or fallback) it came from.
    pub why: String,
    pub ok: bool,
    pub connect_ms: Option<f64>,
    pub tls_version: Option<String>,
    pub cipher: Option<String>,
    /// Days until the earliest expiry in the presented chain.
    pub cert_days: Option<i64>,
    /// Unix time of that expiry.
    pub cert_expiry: Option<i64>,
    pub mechanisms: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub domain: String,
    pub status: Verdict,
    pub duration_ms: f64,
    pub summary: Summary,
    pub endpoints: Vec<Endpoint>,
    pub checks: Vec<Check>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Ok,
    Warning,
    Critical,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Summary {
    pub c2s_ok: usize,
    pub c2s_total: usize,
    pub s2s_ok: usize,
    pub s2s_total: usize,
    /// The earliest certificate expiry of any endpoint, in days.
    pub cert_days: Option<i64>,
    pub failed: usize,
    pub warnings: usize,
}

impl Report {
    pub fn new(
        domain: String,
        endpoints: Vec<Endpoint>,
        mut checks: Vec<Check>,
        ms: f64,
    ) -> Report {
        // Problems first within each group; the rest in the order found.
        let rank = |c: &Check| match c.status {
            Status::Critical => 0,
            Status::Warning => 1,
            _ => 2,
        };
        checks.sort_by_key(|c| (c.group, rank(c)));
        let count = |k: Group, ok: bool| {
            endpoints
                .iter()
                .filter(|e| e.kind == k && (e.ok || !ok))
                .count()
        };
        let summary = Summary {
            c2s_ok: count(Group::C2s, true),
            c2s_total: count(Group::C2s, false),
            s2s_ok: count(Group::S2s, true),
            s2s_total: count(Group::S2s, false),
            cert_days: endpoints.iter().filter_map(|e| e.cert_days).min(),
            failed: checks
                .iter()
                .filter(|c| c.status == Status::Critical)
                .count(),
            warnings: checks
                .iter()
                .filter(|c| c.status == Status::Warning)
                .count(),
        };
        let status = if summary.failed > 0 || summary.c2s_ok == 0 {
            Verdict::Critical
        } else if summary.warnings > 0 {
            Verdict::Warning
        } else {
            Verdict::Ok
        };
        Report {
            domain,
            status,
            duration_ms: ms,
            summary,
            endpoints,
            checks,
        }
    }

    /// No client endpoint answered at all.
    pub fn unreachable(&self) -> bool {
        self.endpoints
            .iter()
            .filter(|e| e.kind == Group::C2s)
            .all(|e| e.connect_ms.is_none())
    }

    /// The first problem, for one-line summaries.
    fn first_problem(&self) -> Option<&Check> {
        self.checks
            .iter()
            .filter(|c| matches!(c.status, Status::Critical | Status::Warning))
            .min_by_key(|c| c.status)
    }

    pub fn human(&self) -> String {
        let mut out = String::new();
        let verdict = match self.status {
            Verdict::Ok => "OK",
            Verdict::Warning => "WARNING",
            Verdict::Critical => "CRITICAL",
        };
        out.push_str(&format!(
            "{}: {verdict} ({}/{} c2s, {}/{} s2s endpoints{}; {} failed, {} warnings; {:.0} ms)\n",
            self.domain,
            self.summary.c2s_ok,
            self.summary.c2s_total,
            self.summary.s2s_ok,
            self.summary.s2s_total,
            self.summary
                .cert_days
                .map(|d| format!(", certificate {d} days"))
                .unwrap_or_default(),
            self.summary.failed,
            self.summary.warnings,
            self.duration_ms
        ));
        let mut group = None;
        for c in &self.checks {
            if group != Some(c.group) {
                group = Some(c.group);
                out.push_str(&format!("{}\n", c.group.title()));
            }
            out.push_str(&format!(
                "  [{}] {} {}: {}",
                c.status.label(),
                c.target,
                c.name,
                c.detail
            ));
            if let Some(h) = &c.hint {
                out.push_str(&format!(" — {h}"));
            }
            out.push('\n');
        }
        out
    }

    /// The monitoring-plugins status line with perfdata, and its exit code.
    pub fn nagios(&self, warn_days: i64, crit_days: i64) -> (String, i32) {
        let (word, code) = match self.status {
            Verdict::Ok => ("OK", 0),
            Verdict::Warning => ("WARNING", 1),
            Verdict::Critical => ("CRITICAL", 2),
        };
        let s = &self.summary;
        let mut text = format!(
            "XMPP {word} - {}: {}/{} c2s, {}/{} s2s",
            self.domain, s.c2s_ok, s.c2s_total, s.s2s_ok, s.s2s_total
        );
        if let Some(d) = s.cert_days {
            text.push_str(&format!(", cert {d} days"));
        }
        if let Some(p) = self.first_problem() {
            text.push_str(&format!("; {} {}: {}", p.target, p.name, p.detail));
        }
        let text = text.replace('|', "/");
        let mut perf = vec![format!("time={:.3}s;;;0", self.duration_ms / 1000.0)];
        let connect: Vec<f64> = self
            .endpoints
            .iter()
            .filter(|e| e.kind == Group::C2s)
            .filter_map(|e| e.connect_ms)
            .collect();
        if let Some(best) = connect.iter().cloned().reduce(f64::min) {
            perf.push(format!("c2s_connect_ms={best:.1}ms;;;0"));
        }
        perf.push(format!("c2s_ok={};;;0;{}", s.c2s_ok, s.c2s_total));
        perf.push(format!("s2s_ok={};;;0;{}", s.s2s_ok, s.s2s_total));
        if let Some(d) = s.cert_days {
            perf.push(format!("cert_days={d};{warn_days};{crit_days}"));
        }
        (format!("{text} | {}\n", perf.join(" ")), code)
    }

    /// Prometheus text exposition (node_exporter's textfile collector),
    /// named like the xmpp-blackbox-exporter where the meaning is the same.
    pub fn prometheus(&self) -> String {
        let d = label(&self.domain);
        let mut out = String::new();
        let mut metric = |name: &str, help: &str, rows: Vec<(String, f64)>| {
            out.push_str(&format!("# HELP {name} {help}\n# TYPE {name} gauge\n"));
            for (labels, v) in rows {
                out.push_str(&format!("{name}{{{labels}}} {v}\n"));
            }
        };
        let base = format!("domain=\"{d}\"");
        metric(
            "probe_success",
            "Whether every check of the domain passed (1) or not (0).",
            vec![(
                base.clone(),
                f64::from(u8::from(self.status == Verdict::Ok)),
            )],
        );
        metric(
            "probe_duration_seconds",
            "How long the whole check took.",
            vec![(base.clone(), self.duration_ms / 1000.0)],
        );
        if let Some(t) = self.endpoints.iter().filter_map(|e| e.cert_expiry).min() {
            metric(
                "probe_ssl_earliest_cert_expiry",
                "Unix time of the earliest certificate expiry of any endpoint.",
                vec![(base.clone(), t as f64)],
            );
        }
        let ep = |e: &Endpoint| {
            format!(
                "{base},kind=\"{}\",host=\"{}\",port=\"{}\",address=\"{}\",tls=\"{}\"",
                match e.kind {
                    Group::S2s => "s2s",
                    _ => "c2s",
                },
                label(&e.host),
                e.port,
                label(&e.address),
                e.tls
            )
        };
        metric(
            "xmpp_check_endpoint_up",
            "Whether the endpoint completed TLS and sent stream features.",
            self.endpoints
                .iter()
                .map(|e| (ep(e), f64::from(u8::from(e.ok))))
                .collect(),
        );
        metric(
            "xmpp_check_endpoint_connect_seconds",
            "TCP connect time of the endpoint.",
            self.endpoints
                .iter()
                .filter_map(|e| e.connect_ms.map(|m| (ep(e), m / 1000.0)))
                .collect(),
        );
        metric(
            "xmpp_check_endpoint_cert_expiry",
            "Unix time of the earliest expiry in the endpoint's chain.",
            self.endpoints
                .iter()
                .filter_map(|e| e.cert_expiry.map(|t| (ep(e), t as f64)))
                .collect(),
        );
        metric(
            "xmpp_check_sasl_mechanism",
            "A SASL mechanism the endpoint offers after TLS.",
            self.endpoints
                .iter()
                .flat_map(|e| {
                    e.mechanisms
                        .iter()
                        .map(move |m| (format!("{},mechanism=\"{}\"", ep(e), label(m)), 1.0))
                })
                .collect(),
        );
        metric(
            "xmpp_check_failed",
            "How many checks failed (critical) or warned.",
            vec![
                (
                    format!("{base},severity=\"critical\""),
                    self.summary.failed as f64,
                ),
                (
                    format!("{base},severity=\"warning\""),
                    self.summary.warnings as f64,
                ),
            ],
        );
        out
    }
}

/// A Prometheus label value: backslash, quote and newline escaped.
fn label(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// The certificate's verdict by days left.
pub fn expiry_status(days: i64, warn: i64, crit: i64) -> Status {
    if days < crit {
        Status::Critical
    } else if days < warn {
        Status::Warning
    } else {
        Status::Ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(group: Group, status: Status) -> Check {
        Check {
            group,
            target: "a.test:5222".into(),
            name: "certificate".into(),
            status,
            detail: "seen".into(),
            hint: None,
            ms: None,
        }
    }

    fn endpoint(kind: Group, ok: bool, days: Option<i64>) -> Endpoint {
        Endpoint {
            kind,
            host: "a.test".into(),
            port: 5222,
            address: "10.0.0.1:5222".into(),
            tls: "starttls",
            why: "SRV".into(),
            ok,
            connect_ms: Some(1.0),
            tls_version: Some("TLSv1.3".into()),
            cipher: None,
            cert_days: days,
            cert_expiry: days.map(|d| 1_000_000 + d * 86_400),
            mechanisms: vec!["SCRAM-SHA-1".into()],
        }
    }

    #[test]
    fn the_verdict_is_the_worst_check_and_problems_come_first() {
        let eps = vec![
            endpoint(Group::C2s, true, Some(40)),
            endpoint(Group::S2s, true, Some(5)),
        ];
        let r = Report::new(
            "a.test".into(),
            eps.clone(),
            vec![
                check(Group::C2s, Status::Ok),
                check(Group::C2s, Status::Warning),
            ],
            3.0,
        );
        assert_eq!(r.status, Verdict::Warning);
        assert_eq!(r.checks[0].status, Status::Warning);
        assert_eq!(r.summary.cert_days, Some(5));
        let (line, code) = r.nagios(21, 7);
        assert_eq!(code, 1);
        assert!(
            line.starts_with("XMPP WARNING - a.test: 1/1 c2s, 1/1 s2s, cert 5 days"),
            "{line}"
        );
        assert!(
            line.contains("| time=0.003s;;;0") && line.contains("cert_days=5;21;7"),
            "{line}"
        );
        let ok = Report::new(
            "a.test".into(),
            eps,
            vec![check(Group::Dns, Status::NotOffered)],
            1.0,
        );
        assert_eq!(ok.status, Verdict::Ok, "not offered is not a failure");
        assert_eq!(ok.nagios(21, 7).1, 0);
        let none = Report::new("a.test".into(), vec![], vec![], 1.0);
        assert_eq!(none.status, Verdict::Critical, "no client endpoint at all");
        assert_eq!(none.nagios(21, 7).1, 2);
    }

    #[test]
    fn prometheus_text_is_well_formed_and_escaped() {
        let mut e = endpoint(Group::C2s, true, Some(3));
        e.host = "we\"ird\\host".into();
        let r = Report::new("a.test".into(), vec![e], vec![], 10.0);
        let text = r.prometheus();
        assert!(
            text.contains("probe_success{domain=\"a.test\"} 1\n"),
            "{text}"
        );
        assert!(
            text.contains("probe_ssl_earliest_cert_expiry{domain=\"a.test\"} 1259200\n"),
            "{text}"
        );
        assert!(text.contains("host=\"we\\\"ird\\\\host\""), "{text}");
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let (_, value) = line.rsplit_once(' ').unwrap();
            value.parse::<f64>().unwrap();
        }
    }

    #[test]
    fn expiry_thresholds() {
        assert_eq!(expiry_status(46, 21, 7), Status::Ok);
        assert_eq!(expiry_status(20, 21, 7), Status::Warning);
        assert_eq!(expiry_status(3, 21, 7), Status::Critical);
        assert_eq!(expiry_status(-1, 21, 7), Status::Critical);
    }
}
