//! Where to connect, and the TCP connection itself (RFC 6120 §3.2,
//! XEP-0368, RFC 2782, RFC 8305).
//!
//! The order: `--server` if given; else the `_xmpps-client` (direct TLS)
//! and `_xmpp-client` (STARTTLS) SRV records merged by priority, direct
//! TLS first among equal priorities, and within one priority and one kind
//! the weighted random order of RFC 2782; else, when neither lookup found
//! a record, the domain itself on port 5222 (5223 with `--tls direct`). A
//! service whose only record is `.` is not offered; when no service is
//! offered that way and none has a real target, dialling stops ("the
//! domain says it offers no XMPP service") instead of trying port 5222.
//!
//! Each target's addresses are tried Happy-Eyeballs style: interleaved by
//! family, a new attempt every 250 ms while earlier ones are pending, the
//! first to connect wins; a target gets at most a third of `--timeout`
//! (at least a second) before the next one is tried.
//!
//! The ordering is pure ([`order`]) and the racing generic over the
//! connect function ([`race`]), so both are unit-tested without DNS or
//! sockets.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::time::Duration;

use futures::stream::{FuturesUnordered, StreamExt};
use tokio::net::TcpStream;
use tokio::time::Instant;

/// One endpoint to try.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub host: String,
    pub port: u16,
    /// Direct TLS (XEP-0368) rather than STARTTLS.
    pub direct: bool,
    /// Why this endpoint, for `-v`.
    pub why: String,
}

/// An SRV record as the dialler needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Srv {
    pub priority: u16,
    pub weight: u16,
    pub port: u16,
    /// Without the trailing dot; `.` alone means "no service".
    pub target: String,
}

/// The answer to one SRV lookup.
#[derive(Debug, Clone, PartialEq)]
pub enum SrvAnswer {
    Records(Vec<Srv>),
    /// NXDOMAIN or no SRV records: fall back to the domain.
    Nothing,
    /// The lookup itself failed (resolver unreachable, SERVFAIL): also
    /// a fall back, but worth naming when everything else fails too.
    Failed(String),
}

/// Which kinds of endpoint `--tls` allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allow {
    Both,
    DirectOnly,
    StarttlsOnly,
}

/// Why there is nothing to dial.
#[derive(Debug, PartialEq)]
pub struct NoService;

/// The endpoints to try, in order, from the two SRV answers (already
/// filtered by `allow`: a kind that is not allowed is `Nothing`).
/// `random` yields numbers for the weighted choice.
pub fn order(
    domain: &str,
    xmpps: &SrvAnswer,
    xmpp: &SrvAnswer,
    allow: Allow,
    mut random: impl FnMut() -> u32,
) -> Result<Vec<Target>, NoService> {
    let mut dot = false;
    let mut records: Vec<(Srv, bool)> = Vec::new();
    for (answer, direct) in [(xmpps, true), (xmpp, false)] {
        let SrvAnswer::Records(rs) = answer else {
            continue;
        };
        // RFC 2782: a single record with target "." means "decidedly not
        // available at this domain".
        if rs.len() == 1 && rs[0].target == "." {
            dot = true;
            continue;
        }
        records.extend(
            rs.iter()
                .filter(|r| r.target != "." && !r.target.is_empty())
                .map(|r| (r.clone(), direct)),
        );
    }
    if records.is_empty() {
        if dot {
            return Err(NoService);
        }
        let port = if allow == Allow::DirectOnly {
            5223
        } else {
            5222
        };
        return Ok(vec![Target {
            host: domain.trim_start_matches('[').trim_end_matches(']').into(),
            port,
            direct: allow == Allow::DirectOnly,
            why: match [xmpps, xmpp].into_iter().find_map(|a| match a {
                SrvAnswer::Failed(e) => Some(e),
                _ => None,
            }) {
                Some(e) => format!("the SRV lookup failed ({e}): the domain itself, port {port}"),
                None => format!("no SRV records: the domain itself, port {port}"),
            },
        }]);
    }
    // Merge by priority; direct TLS first on ties (XEP-0368 §3).
    records.sort_by_key(|(r, direct)| (r.priority, !*direct));
    let mut out = Vec::with_capacity(records.len());
    let mut i = 0;
    while i < records.len() {
        let key = (records[i].0.priority, records[i].1);
        let mut j = i;
        while j < records.len() && (records[j].0.priority, records[j].1) == key {
            j += 1;
        }
        let group: Vec<Srv> = records[i..j].iter().map(|(r, _)| r.clone()).collect();
        let n = group.len();
        for r in weighted(group, &mut random) {
            let service = if key.1 {
                "_xmpps-client"
            } else {
                "_xmpp-client"
            };
            out.push(Target {
                why: format!(
                    "{service} record (priority {}, weight {}{})",
                    r.priority,
                    r.weight,
                    if n > 1 {
                        format!(", one of {n} at this priority")
                    } else {
                        String::new()
                    }
                ),
                host: r.target,
                port: r.port,
                direct: key.1,
            });
        }
        i = j;
    }
    Ok(out)
}

/// RFC 2782's weighted random order of records of one priority: zero
/// weights first in the running sum, then a random number in
/// `0..=sum` picks the first record whose running sum reaches it.
fn weighted(mut group: Vec<Srv>, random: &mut impl FnMut() -> u32) -> Vec<Srv> {
    group.sort_by_key(|r| r.weight != 0);
    let mut out = Vec::with_capacity(group.len());
    while !group.is_empty() {
        let sum: u32 = group.iter().map(|r| u32::from(r.weight)).sum();
        let pick = random() % (sum + 1);
        let mut running = 0;
        let at = group
            .iter()
            .position(|r| {
                running += u32::from(r.weight);
                running >= pick
            })
            .unwrap_or(0);
        out.push(group.remove(at));
    }
    out
}

/// Interleave addresses by family (RFC 8305 §4): the first address's
/// family first, then alternating.
pub fn interleave(addrs: Vec<SocketAddr>) -> Vec<SocketAddr> {
    let Some(first) = addrs.first() else {
        return addrs;
    };
    let first_v6 = first.is_ipv6();
    let (mut a, mut b): (Vec<_>, Vec<_>) = addrs.into_iter().partition(|x| x.is_ipv6() == first_v6);
    let mut out = Vec::with_capacity(a.len() + b.len());
    a.reverse();
    b.reverse();
    loop {
        match (a.pop(), b.pop()) {
            (None, None) => break,
            (x, y) => out.extend(x.into_iter().chain(y)),
        }
    }
    out
}

/// RFC 8305's "Connection Attempt Delay".
pub const ATTEMPT_DELAY: Duration = Duration::from_millis(250);

type Attempt<S> = Pin<Box<dyn Future<Output = (SocketAddr, io::Result<S>)> + Send>>;

/// Race connection attempts to `addrs` (in order, a new one every
/// [`ATTEMPT_DELAY`] while the earlier ones are pending, or at once when
/// one fails), until one connects or `deadline`. The error is the first
/// address's, or `TimedOut`.
pub async fn race<S, F, Fut>(addrs: &[SocketAddr], deadline: Instant, connect: F) -> io::Result<S>
where
    S: Send + 'static,
    F: Fn(SocketAddr) -> Fut,
    Fut: Future<Output = io::Result<S>> + Send + 'static,
{
    let mut pending: FuturesUnordered<Attempt<S>> = FuturesUnordered::new();
    let mut next = 0;
    let mut first_err: Option<io::Error> = None;
    let mut stagger = Instant::now();
    loop {
        if next < addrs.len() && (pending.is_empty() || Instant::now() >= stagger) {
            let addr = addrs[next];
            let fut = connect(addr);
            pending.push(Box::pin(async move { (addr, fut.await) }));
            next += 1;
            stagger = Instant::now() + ATTEMPT_DELAY;
        }
        if pending.is_empty() {
            return Err(
                first_err.unwrap_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no address"))
            );
        }
        tokio::select! {
            Some((addr, r)) = pending.next() => match r {
                Ok(s) => return Ok(s),
                Err(e) => {
                    log::debug!("connecting to {addr}: {e}");
                    first_err.get_or_insert(e);
                    // Start the next attempt at once.
                    stagger = Instant::now();
                }
            },
            _ = tokio::time::sleep_until(stagger), if next < addrs.len() => {}
            _ = tokio::time::sleep_until(deadline) => {
                return Err(first_err.unwrap_or_else(|| {
                    io::Error::new(io::ErrorKind::TimedOut, "no answer to the TCP connect")
                }));
            }
        }
    }
}

/// The resolver did not answer an address lookup in time: a DNS
/// failure (exit 4), not a server that is slow to answer.
#[derive(Debug)]
pub struct ResolverSilent;

impl std::fmt::Display for ResolverSilent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the DNS resolver did not answer")
    }
}

impl std::error::Error for ResolverSilent {}

/// How long one target may take to connect, out of `timeout`.
pub fn per_target(timeout: Duration) -> Duration {
    (timeout / 3).max(timeout.min(Duration::from_secs(1)))
}

/// Resolve `host` and race TCP connects to its addresses until
/// `deadline`.
pub async fn connect(host: &str, port: u16, deadline: Instant) -> io::Result<TcpStream> {
    let addrs: Vec<SocketAddr> =
        match tokio::time::timeout_at(deadline, tokio::net::lookup_host((host, port))).await {
            Ok(Ok(a)) => a.collect(),
            Ok(Err(e)) => {
                return Err(io::Error::new(
                    io::ErrorKind::NotFound,
                    format!("cannot resolve {host}: {e}"),
                ))
            }
            Err(_) => return Err(io::Error::new(io::ErrorKind::TimedOut, ResolverSilent)),
        };
    let addrs = interleave(addrs);
    log::debug!("{host}:{port} has addresses {addrs:?}");
    let tcp = race(&addrs, deadline, TcpStream::connect).await?;
    let _ = tcp.set_nodelay(true);
    Ok(tcp)
}

/// The SRV lookups for `domain` through the system's resolver
/// configuration, bounded by `deadline`.
pub async fn lookup(domain: &str, allow: Allow, deadline: Instant) -> (SrvAnswer, SrvAnswer) {
    let services: &[&str] = match allow {
        Allow::Both => &["_xmpps-client", "_xmpp-client"],
        Allow::DirectOnly => &["_xmpps-client"],
        Allow::StarttlsOnly => &["_xmpp-client"],
    };
    let mut got = lookup_services(domain, services, deadline)
        .await
        .into_iter();
    let mut next = || got.next().unwrap_or(SrvAnswer::Nothing);
    match allow {
        Allow::Both => (next(), next()),
        Allow::DirectOnly => (next(), SrvAnswer::Nothing),
        Allow::StarttlsOnly => (SrvAnswer::Nothing, next()),
    }
}

/// `_SERVICE._tcp.DOMAIN` SRV lookups at once, answers in order.
pub async fn lookup_services(domain: &str, services: &[&str], deadline: Instant) -> Vec<SrvAnswer> {
    let resolver = match hickory_resolver::TokioResolver::builder_tokio().map(|b| b.build()) {
        Ok(Ok(r)) => r,
        Ok(Err(e)) | Err(e) => {
            let f = SrvAnswer::Failed(format!("no DNS resolver: {e}"));
            return services.iter().map(|_| f.clone()).collect();
        }
    };
    let resolver = &resolver;
    futures::future::join_all(services.iter().map(|service| async move {
        let name = format!("{service}._tcp.{domain}.");
        srv_one(resolver, &name, deadline).await
    }))
    .await
}

async fn srv_one(
    resolver: &hickory_resolver::TokioResolver,
    name: &str,
    deadline: Instant,
) -> SrvAnswer {
    use hickory_resolver::proto::rr::RData;
    match tokio::time::timeout_at(deadline, resolver.srv_lookup(name)).await {
        Err(_) => SrvAnswer::Failed(format!("SRV {name}: timed out")),
        Ok(Err(e)) if e.is_no_records_found() || e.is_nx_domain() => {
            log::debug!("SRV {name}: none");
            SrvAnswer::Nothing
        }
        Ok(Err(e)) => {
            log::debug!("SRV {name}: {e}");
            SrvAnswer::Failed(format!("SRV {name}: {e}"))
        }
        Ok(Ok(l)) => {
            let rs: Vec<Srv> = l
                .answers()
                .iter()
                .filter_map(|r| match &r.data {
                    RData::SRV(s) => Some(Srv {
                        priority: s.priority,
                        weight: s.weight,
                        port: s.port,
                        target: {
                            let t = s.target.to_string();
                            if t == "." {
                                t
                            } else {
                                t.trim_end_matches('.').to_string()
                            }
                        },
                    }),
                    _ => None,
                })
                .collect();
            log::debug!("SRV {name}: {rs:?}");
            if rs.is_empty() {
                SrvAnswer::Nothing
            } else {
                SrvAnswer::Records(rs)
            }
        }
    }
}

/// A random number for the weighted order.
pub fn random_u32() -> u32 {
    let mut b = [0u8; 4];
    if getrandom::getrandom(&mut b).is_err() {
        // Only the spread across clients suffers.
        return std::process::id();
    }
    u32::from_le_bytes(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn srv(priority: u16, weight: u16, port: u16, target: &str) -> Srv {
        Srv {
            priority,
            weight,
            port,
            target: target.into(),
        }
    }

    fn hosts(t: &[Target]) -> Vec<(String, u16, bool)> {
        t.iter()
            .map(|t| (t.host.clone(), t.port, t.direct))
            .collect()
    }

    #[test]
    fn merged_by_priority_direct_tls_first_on_ties() {
        let xmpps = SrvAnswer::Records(vec![srv(10, 0, 5223, "d10"), srv(5, 0, 443, "d5")]);
        let xmpp = SrvAnswer::Records(vec![srv(5, 0, 5222, "s5"), srv(1, 0, 5222, "s1")]);
        let t = order("x.example", &xmpps, &xmpp, Allow::Both, || 0).unwrap();
        assert_eq!(
            hosts(&t),
            vec![
                ("s1".into(), 5222, false),
                ("d5".into(), 443, true),
                ("s5".into(), 5222, false),
                ("d10".into(), 5223, true),
            ]
        );
        assert!(t[1].why.contains("_xmpps-client"), "{}", t[1].why);
    }

    #[test]
    fn a_dot_for_every_service_means_no_service() {
        let dot = SrvAnswer::Records(vec![srv(0, 0, 0, ".")]);
        assert_eq!(order("x", &dot, &dot, Allow::Both, || 0), Err(NoService));
        assert_eq!(
            order("x", &dot, &SrvAnswer::Nothing, Allow::Both, || 0),
            Err(NoService)
        );
        // The other service still counts.
        let s = SrvAnswer::Records(vec![srv(0, 0, 5222, "s")]);
        let t = order("x", &dot, &s, Allow::Both, || 0).unwrap();
        assert_eq!(hosts(&t), vec![("s".into(), 5222, false)]);
    }

    #[test]
    fn no_records_fall_back_to_the_domain() {
        let t = order(
            "x.example",
            &SrvAnswer::Nothing,
            &SrvAnswer::Failed("x".into()),
            Allow::Both,
            || 0,
        )
        .unwrap();
        assert_eq!(hosts(&t), vec![("x.example".into(), 5222, false)]);
        let t = order(
            "[::1]",
            &SrvAnswer::Nothing,
            &SrvAnswer::Nothing,
            Allow::DirectOnly,
            || 0,
        )
        .unwrap();
        assert_eq!(hosts(&t), vec![("::1".into(), 5223, true)]);
    }

    #[test]
    fn weights_choose_in_proportion() {
        // Weights 1 : 3 with RFC 2782's pick in 0..=4: "heavy" comes first
        // for 2, 3 and 4, three times in five.
        let rs = vec![srv(0, 1, 1, "light"), srv(0, 3, 2, "heavy")];
        let mut counter = 0u32;
        let mut heavy_first = 0;
        for _ in 0..4000 {
            let t = order(
                "x",
                &SrvAnswer::Nothing,
                &SrvAnswer::Records(rs.clone()),
                Allow::Both,
                || {
                    counter = counter.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    counter >> 8
                },
            )
            .unwrap();
            assert_eq!(t.len(), 2);
            if t[0].host == "heavy" {
                heavy_first += 1;
            }
        }
        assert!((2200..2600).contains(&heavy_first), "{heavy_first}");
    }

    #[test]
    fn zero_weights_still_get_their_turn() {
        let rs = vec![srv(0, 0, 1, "zero"), srv(0, 10, 2, "ten")];
        // pick 0 → the zero-weight record, which sorts first.
        let t = weighted(rs.clone(), &mut || 0);
        assert_eq!(t[0].target, "zero");
        let t = weighted(rs, &mut || 5);
        assert_eq!(t[0].target, "ten");
        assert_eq!(t[1].target, "zero");
    }

    #[test]
    fn families_alternate() {
        let v4: SocketAddr = "127.0.0.1:1".parse().unwrap();
        let v4b: SocketAddr = "127.0.0.2:1".parse().unwrap();
        let v6: SocketAddr = "[::1]:1".parse().unwrap();
        let v6b: SocketAddr = "[::2]:1".parse().unwrap();
        assert_eq!(interleave(vec![v6, v6b, v4, v4b]), vec![v6, v4, v6b, v4b]);
        assert_eq!(interleave(vec![v4, v4b, v6]), vec![v4, v6, v4b]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_blackholed_address_does_not_hold_up_the_next() {
        let black: SocketAddr = "[2001:db8::1]:5222".parse().unwrap();
        let good: SocketAddr = "127.0.0.1:5222".parse().unwrap();
        let start = Instant::now();
        let got = race(
            &[black, good],
            start + Duration::from_secs(30),
            |a| async move {
                if a == black {
                    std::future::pending::<()>().await;
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
                Ok(a)
            },
        )
        .await
        .unwrap();
        assert_eq!(got, good);
        // Started after the attempt delay, not after the deadline.
        assert!(start.elapsed() < Duration::from_secs(1));
    }

    #[tokio::test(start_paused = true)]
    async fn a_refused_address_moves_on_at_once_and_all_failing_reports_the_first() {
        let a: SocketAddr = "127.0.0.1:1".parse().unwrap();
        let b: SocketAddr = "127.0.0.2:1".parse().unwrap();
        let start = Instant::now();
        let e = race(&[a, b], start + Duration::from_secs(30), |x| async move {
            Err::<(), _>(io::Error::new(
                io::ErrorKind::ConnectionRefused,
                format!("refused {x}"),
            ))
        })
        .await
        .unwrap_err();
        assert!(e.to_string().contains("127.0.0.1:1"), "{e}");
        assert!(start.elapsed() < ATTEMPT_DELAY);
    }

    #[tokio::test(start_paused = true)]
    async fn all_blackholed_ends_at_the_deadline() {
        let a: SocketAddr = "127.0.0.1:1".parse().unwrap();
        let start = Instant::now();
        let e = race(&[a], start + Duration::from_secs(3), |_| async {
            std::future::pending::<io::Result<()>>().await
        })
        .await
        .unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::TimedOut);
        assert_eq!(start.elapsed(), Duration::from_secs(3));
    }

    #[test]
    fn each_target_gets_a_share_of_the_timeout() {
        assert_eq!(per_target(Duration::from_secs(9)), Duration::from_secs(3));
        assert_eq!(per_target(Duration::from_secs(2)), Duration::from_secs(1));
        assert_eq!(
            per_target(Duration::from_millis(500)),
            Duration::from_millis(500)
        );
    }
}
