//! The one module that touches tokio-xmpp: dial, secure, authenticate,
//! bind, stream management, send, receive, answer IQs, close.
//!
//! tokio-xmpp's `Client` retries connection and authentication forever and
//! picks mechanisms the servers cannot complete, so this module drives the
//! lower-level pieces itself, in parts with one job each:
//!
//! - `dial` — where to connect (SRV, XEP-0368, fallbacks) and the TCP
//!   connection (Happy Eyeballs);
//! - `tls` — the rustls configuration (system roots read once);
//! - `quickack` — `TCP_QUICKACK` while logging in (no 40 ms delayed ACKs);
//! - `login` — STARTTLS or direct TLS, stream features, then resume or
//!   bind and enable stream management;
//! - `sasl` — our SASL exchange (mechanism choice, channel binding, the
//!   server's proof, bounded PBKDF2 off the async thread);
//! - `session` — the bound stream;
//! - `replies` — what we answer by itself, and whose answers we believe;
//! - `sm` — XEP-0198 outbound counters;
//! - `inbound` — what the caller handled of what arrived: our `h`;
//! - `limits` — what the XML parser takes from the server;
//! - `probe` — one endpoint looked at without logging in (`xmpp check`);
//! - `classify` — every failure to its exit code, once;
//! - `backoff` — the reconnect policy `send` and `listen` share.
//!
//! Connecting is bounded by one absolute deadline (`--timeout`); every
//! later wait by a deadline of its own (see `session`).

pub mod backoff;
pub mod classify;
pub mod dial;
pub mod inbound;
pub mod limits;
mod login;
pub mod probe;
mod quickack;
mod replies;
pub mod sasl;
mod session;
pub mod sm;
#[cfg(test)]
pub(crate) mod tests;
pub mod tls;

use std::fmt;
use std::sync::Arc;

use anyhow::Result;
use tokio::time::Instant;
use tokio_xmpp::connect::AsyncReadAndWrite;
use tokio_xmpp::parsers::jid::Jid;
use tokio_xmpp::Stanza;

pub use classify::{condition_name, describe_stanza_error, error_condition};
pub use inbound::Ticket;
#[doc(hidden)]
pub use login::unauthenticated;
pub use session::Session;

use crate::error::{bail, fail, kind_of, Kind};
use crate::settings::{ConnectSettings, TlsMode};
use dial::{Allow, SrvAnswer, Target};

type Io = Box<dyn AsyncReadAndWrite + Send + 'static>;
type Stream = tokio_xmpp::xmlstream::XmppStream<Io>;

/// What the session negotiated, for logs and `config check`.
#[derive(Debug, Clone)]
pub struct SessionInfo {
    pub address: String,
    pub tls: &'static str,
    pub tls_version: String,
    pub mechanism: String,
    /// "tls-exporter" or "none".
    pub channel_binding: &'static str,
    pub stream_management: bool,
    /// The stream features after authentication.
    pub features: probe::Features,
}

/// Something that arrived on the stream. A stanza comes with the ticket
/// that [`Session::handled`] takes: until it is handed back, the server
/// is not told the stanza was handled, and keeps it.
#[derive(Debug)]
pub enum Incoming {
    Stanza(Box<Stanza>, Ticket),
    /// A stanza that did not parse; its header attributes are all we know.
    Invalid {
        kind: String,
        id: Option<String>,
        type_: Option<String>,
        ticket: Ticket,
    },
    /// XEP-0198: the server has handled our stanzas up to this count.
    Acked(u32),
}

impl Incoming {
    /// The ticket of a stanza (none for an ack).
    pub fn ticket(&self) -> Option<Ticket> {
        match self {
            Incoming::Stanza(_, t) | Incoming::Invalid { ticket: t, .. } => Some(*t),
            Incoming::Acked(_) => None,
        }
    }

    /// A groupchat message.
    pub fn is_groupchat(&self) -> bool {
        match self {
            Incoming::Stanza(st, _) => matches!(st.as_ref(), Stanza::Message(m)
                if m.type_ == tokio_xmpp::parsers::message::MessageType::Groupchat),
            Incoming::Invalid { type_, .. } => type_.as_deref() == Some("groupchat"),
            Incoming::Acked(_) => false,
        }
    }

    /// A message, or a stanza that did not parse but says it is one.
    pub fn is_message(&self) -> bool {
        match self {
            Incoming::Stanza(st, _) => matches!(st.as_ref(), Stanza::Message(_)),
            Incoming::Invalid { kind, .. } => kind == "message",
            Incoming::Acked(_) => false,
        }
    }
}

/// What a new connection needs to resume this session (XEP-0198).
#[derive(Debug, Clone)]
pub struct ResumeToken {
    id: String,
    /// Inbound stanzas we handled (the `h` we resume with).
    handled: u32,
    /// Our outbound count and the last ack, to check the server's `h`.
    outbound: u32,
    acked: u32,
    jid: Jid,
    /// A stanza that ended the stream unread (the poison-stanza rule).
    unreadable: Option<inbound::Unreadable>,
}

/// How a [`reconnect`] went.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Resumption {
    /// The server kept the session: it had handled this many of our
    /// stanzas; everything after them must be sent again, exactly once.
    Resumed { handled: u32 },
    /// A new session. `handled` is what the old one had handled, when the
    /// server still knew it; without it, anything unconfirmed may or may
    /// not have been delivered.
    Fresh { handled: Option<u32> },
}

/// A `see-other-host` stream error: the server sends us elsewhere.
#[derive(Debug)]
struct SeeOtherHost(String);

impl fmt::Display for SeeOtherHost {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the server sent us on to {} (see-other-host)", self.0)
    }
}

impl std::error::Error for SeeOtherHost {}

/// Where the connect attempt got to, for the timeout message.
#[derive(Default)]
pub struct Progress {
    stage: &'static str,
    address: String,
    /// SASL began: a failure now is the account's, not the endpoint's,
    /// so no other endpoint is tried.
    authenticating: bool,
}

/// Connect, secure, authenticate and bind, within `--timeout`.
pub async fn connect(settings: &ConnectSettings) -> Result<Session> {
    Ok(open_with(settings, false, None, false).await?.0)
}

/// An encrypted stream to the account's server, not logged in, for
/// in-band registration (XEP-0077); an error when the server does not
/// offer it.
pub async fn connect_to_register(settings: &ConnectSettings) -> Result<Session> {
    Ok(open_with(settings, false, None, true).await?.0)
}

/// [`connect`], asking the server to keep the session resumable
/// (XEP-0198) where it offers stream management.
pub async fn connect_resumable(settings: &ConnectSettings) -> Result<Session> {
    Ok(open_with(settings, true, None, false).await?.0)
}

/// Connect again after a dropped connection: resume the old session when
/// `token` is given and the server still has it, else bind a new one (with
/// the old resource, so answers addressed to it still reach us).
pub async fn reconnect(
    settings: &ConnectSettings,
    token: Option<&ResumeToken>,
) -> Result<(Session, Resumption)> {
    open_with(settings, true, token, false).await
}

async fn open_with(
    settings: &ConnectSettings,
    resumable: bool,
    token: Option<&ResumeToken>,
    register: bool,
) -> Result<(Session, Resumption)> {
    limits::apply();
    let password = settings.password_off_thread().await?;
    let tls_config = Arc::new(tls::client_config(
        settings.ca_file.as_deref(),
        settings.insecure,
    )?);
    if settings.insecure {
        crate::output::warn(
            "--insecure: the server's certificate is not verified; anyone between you and the \
             server can read and change this session",
        );
    }
    let params = login::Params {
        jid: &settings.jid,
        password: password.expose(),
        allow_plain: settings.allow_plain,
        timeout: settings.timeout,
        resumable,
        token,
        register,
    };
    let deadline = Instant::now() + settings.timeout;
    let mut progress = Progress {
        stage: "resolving the server",
        ..Default::default()
    };
    let work = establish(settings, &params, tls_config, &mut progress, deadline);
    match tokio::time::timeout_at(deadline, work).await {
        Ok(session) => session,
        Err(_) => Err(timed_out(
            settings.timeout,
            &progress,
            settings.jid.domain().as_str(),
            settings.server.is_some(),
        )),
    }
}

/// The endpoints for this account, in the order to try them.
async fn targets(settings: &ConnectSettings, deadline: Instant) -> Result<Vec<Target>> {
    let domain = settings.jid.domain().to_string();
    let allow = match settings.tls {
        Some(TlsMode::Direct) => Allow::DirectOnly,
        Some(TlsMode::Starttls) => Allow::StarttlsOnly,
        None => Allow::Both,
    };
    if let Some((host, port)) = &settings.server {
        let direct = allow == Allow::DirectOnly;
        let port = port.unwrap_or(if direct { 5223 } else { 5222 });
        return Ok(vec![Target {
            host: host.clone(),
            port,
            direct,
            why: "--server".into(),
        }]);
    }
    let literal = domain
        .trim_start_matches('[')
        .trim_end_matches(']')
        .parse::<std::net::IpAddr>()
        .is_ok();
    let (xmpps, xmpp) = if literal {
        (SrvAnswer::Nothing, SrvAnswer::Nothing)
    } else {
        dial::lookup(&domain, allow, deadline).await
    };
    match dial::order(&domain, &xmpps, &xmpp, allow, dial::random_u32) {
        Ok(t) => Ok(t),
        Err(dial::NoService) => bail(
            Kind::Network,
            format!(
                "{domain} says it offers no XMPP service (its SRV records point at \".\"): \
                 check the JID's domain, or pass --server"
            ),
        ),
    }
}

async fn establish(
    settings: &ConnectSettings,
    params: &login::Params<'_>,
    tls_config: Arc<tokio_rustls::rustls::ClientConfig>,
    progress: &mut Progress,
    deadline: Instant,
) -> Result<(Session, Resumption)> {
    let domain = settings.jid.domain().to_string();
    let mut targets = targets(settings, deadline).await?;
    let mut redirected = false;
    let mut first_err: Option<anyhow::Error> = None;
    let mut tried = 0;
    let mut i = 0;
    while i < targets.len() {
        let target = targets[i].clone();
        i += 1;
        tried += 1;
        let last = i == targets.len();
        progress.address = format!("{}:{}", target.host, target.port);
        progress.authenticating = false;
        log::info!(
            "connecting to {} ({}, {})",
            progress.address,
            if target.direct {
                "direct TLS"
            } else {
                "STARTTLS"
            },
            target.why
        );
        // Until SASL begins an endpoint gets its share of the time, so a
        // silent one leaves time for the next.
        let share = if last {
            deadline
        } else {
            (Instant::now() + dial::per_target(settings.timeout)).min(deadline)
        };
        let attempt = async {
            progress.stage = "connecting";
            let tcp = dial::connect(&target.host, target.port, share)
                .await
                .map_err(|e| connect_error(&progress.address, e, settings.server.is_some()))?;
            let secure = login::secure(
                tcp,
                target.direct,
                &domain,
                tls_config.clone(),
                settings.insecure,
                progress,
            );
            // The last endpoint has the whole deadline (the caller's
            // timeout message covers it).
            let secured = if last {
                secure.await?
            } else {
                tokio::time::timeout_at(share, secure).await.map_err(|_| {
                    fail(
                        Kind::Timeout,
                        format!(
                            "{} did not answer within its share of --timeout ({:.1}s) {}",
                            progress.address,
                            dial::per_target(settings.timeout).as_secs_f64(),
                            progress.stage
                        ),
                    )
                })??
            };
            login::login(secured.0, secured.1, params, progress).await
        };
        let err = match attempt.await {
            Ok(x) => return Ok(x),
            Err(e) => e,
        };
        if let Some(SeeOtherHost(host)) = err.downcast_ref::<SeeOtherHost>() {
            if !redirected {
                redirected = true;
                let (h, port) = crate::settings::parse_server(host)?;
                log::info!("{} sent us on to {host} (see-other-host)", progress.address);
                targets.insert(
                    i,
                    Target {
                        host: h,
                        port: port.unwrap_or(if target.direct { 5223 } else { 5222 }),
                        direct: target.direct,
                        why: format!("see-other-host from {}", progress.address),
                    },
                );
                continue;
            }
            return bail(
                Kind::Network,
                format!("{err}, after one redirect already: refusing to follow another"),
            );
        }
        let endpoint_fault =
            !progress.authenticating && matches!(kind_of(&err), Kind::Network | Kind::Timeout);
        if !endpoint_fault || last {
            return Err(final_error(first_err, err, endpoint_fault, tried));
        }
        log::info!("{}: {err:#}; trying the next endpoint", progress.address);
        first_err.get_or_insert(err);
    }
    bail(
        Kind::Network,
        format!("no endpoint to connect to for {domain}"),
    )
}

/// What to report when dialling ends with `err` after `tried` endpoints:
/// the account's own answer (an auth failure, a stream error after login
/// began) as it is; when every endpoint failed as an endpoint, the first
/// (most preferred) one's error, saying that the others failed too.
fn final_error(
    first: Option<anyhow::Error>,
    err: anyhow::Error,
    endpoint_fault: bool,
    tried: usize,
) -> anyhow::Error {
    match first {
        Some(first) if endpoint_fault && tried > 1 => fail(
            kind_of(&first),
            format!(
                "{first:#} (and {} more endpoint(s) failed; -v shows each)",
                tried - 1
            ),
        ),
        _ => err,
    }
}

/// The connect deadline passed: say where, with a hint that fits what
/// was typed (DNS when resolving; `--server` only when one was given).
fn timed_out(
    timeout: std::time::Duration,
    progress: &Progress,
    domain: &str,
    server_given: bool,
) -> anyhow::Error {
    let secs = timeout.as_secs_f64();
    if progress.address.is_empty() {
        // Still looking up SRV records: what failed is DNS (exit 4).
        return fail(
            Kind::Network,
            format!(
                "cannot resolve {domain}: the DNS resolver did not answer within {secs}s: check \
                 the resolver (/etc/resolv.conf) and the network (raise --timeout for slow links)"
            ),
        );
    }
    let message = {
        let hint = if server_given {
            "is the server up and is --server right?"
        } else {
            "is the server up, and do the domain's DNS records point at it?"
        };
        format!(
            "timed out after {secs}s {} at {}: {hint} (raise --timeout for slow links)",
            progress.stage, progress.address
        )
    };
    fail(Kind::Timeout, message)
}

fn connect_error(address: &str, e: std::io::Error, server_given: bool) -> anyhow::Error {
    if e.get_ref().is_some_and(|r| r.is::<dial::ResolverSilent>()) {
        let host = address.rsplit_once(':').map_or(address, |(h, _)| h);
        return fail(
            Kind::Network,
            format!(
                "cannot resolve {host}: the DNS resolver did not answer: check the resolver \
                 (/etc/resolv.conf) and the network"
            ),
        );
    }
    let hint = match e.kind() {
        std::io::ErrorKind::ConnectionRefused => "is the server running, and is the port right?",
        _ if server_given => "check --server and the network",
        std::io::ErrorKind::NotFound => "check the JID's domain and its DNS records",
        _ => "check the domain's DNS records and the network",
    };
    let kind = if e.kind() == std::io::ErrorKind::TimedOut {
        Kind::Timeout
    } else {
        Kind::Network
    };
    fail(kind, format!("cannot connect to {address}: {e}: {hint}"))
}

#[cfg(test)]
mod hint_tests {
    use super::*;

    #[test]
    fn hints_fit_what_was_typed() {
        let t = std::time::Duration::from_secs(3);
        let resolving = Progress {
            stage: "resolving the server",
            ..Default::default()
        };
        let e = timed_out(t, &resolving, "example.org", false);
        assert_eq!(
            kind_of(&e),
            Kind::Network,
            "a silent resolver is a DNS failure"
        );
        let e = e.to_string();
        assert!(
            e.contains("resolve example.org") && e.contains("DNS resolver"),
            "{e}"
        );
        assert!(!e.contains("--server"), "{e}");
        let silent = std::io::Error::new(std::io::ErrorKind::TimedOut, dial::ResolverSilent);
        let e = connect_error("x.example:5222", silent, false);
        assert_eq!(kind_of(&e), Kind::Network);
        assert!(
            e.to_string()
                .starts_with("cannot resolve x.example: the DNS resolver"),
            "{e}"
        );
        let connecting = Progress {
            stage: "connecting",
            address: "xmpp.example.org:5222".into(),
            authenticating: false,
        };
        let e = timed_out(t, &connecting, "example.org", false).to_string();
        assert!(e.contains("DNS records") && !e.contains("--server"), "{e}");
        let e = timed_out(t, &connecting, "example.org", true).to_string();
        assert!(e.contains("--server"), "{e}");
        let nx = std::io::Error::new(std::io::ErrorKind::NotFound, "cannot resolve x");
        let e = connect_error("x:5222", nx, false).to_string();
        assert!(e.contains("DNS records") && !e.contains("--server"), "{e}");
        let refused = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "refused");
        let first = fail(Kind::Network, "cannot connect to a:5222");
        let auth = fail(Kind::Auth, "authentication failed");
        // The second endpoint answered: its verdict is what counts.
        let e = final_error(Some(first), auth, false, 2);
        assert_eq!(kind_of(&e), Kind::Auth);
        let first = fail(Kind::Network, "cannot connect to a:5222");
        let e = final_error(Some(first), fail(Kind::Timeout, "b: no answer"), true, 2);
        assert_eq!(kind_of(&e), Kind::Network);
        assert!(
            e.to_string().contains("a:5222") && e.to_string().contains("1 more"),
            "{e}"
        );
        assert!(connect_error("x:5222", refused, true)
            .to_string()
            .contains("port right"));
    }
}
