//! The one module that touches tokio-xmpp: connect, authenticate, bind,
//! stream management, send, receive, answer IQs, close.
//!
//! tokio-xmpp's `Client` retries connection and authentication forever and
//! picks PLAIN or a `-PLUS` mechanism the servers cannot complete, so this
//! module drives the lower-level pieces itself: TCP, STARTTLS or direct TLS
//! with our own rustls configuration, `client_login` with channel binding
//! declared unsupported (SCRAM on Prosody and ejabberd), resource binding,
//! and XEP-0198 counters. Every wait has a deadline (`--timeout`) measured
//! as lack of progress; every failure is classified once, here.

pub mod tls;

use std::borrow::Cow;
use std::collections::VecDeque;
use std::io;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use futures::{SinkExt, StreamExt};
use tokio::io::BufStream;
use tokio::net::TcpStream;
use tokio_rustls::rustls;
use tokio_xmpp::connect::AsyncReadAndWrite;
use tokio_xmpp::error::{AuthError, Error as XmppError};
use tokio_xmpp::parsers::{
    bind::{BindQuery, BindResponse},
    disco,
    iq::Iq,
    jid::Jid,
    ns, ping, sm,
    stanza_error::{DefinedCondition, ErrorType, StanzaError},
    starttls,
    stream_features::StreamFeatures,
    version,
};
use tokio_xmpp::xmlstream::{
    initiate_stream, FallibleStreamElement, ReadError, StreamElementError, StreamHeader, Timeouts,
    XmppStreamElement,
};
use tokio_xmpp::Stanza;

use crate::cli::TlsMode;
use crate::error::{bail, fail, Kind};
use crate::ids::new_id;
use crate::settings::ConnectSettings;

type Io = Box<dyn AsyncReadAndWrite + Send + 'static>;
type Stream = tokio_xmpp::xmlstream::XmppStream<Io>;

/// Our deadlines are enforced with tokio timers; the stream's own soft
/// timeouts only produce keep-alive opportunities.
const STREAM_TIMEOUTS: Timeouts = Timeouts {
    read_timeout: Duration::from_secs(3600),
    response_timeout: Duration::from_secs(3600),
};

/// What the session negotiated, for logs and `config check`.
#[derive(Debug, Clone)]
pub struct SessionInfo {
    pub address: String,
    pub tls: &'static str,
    pub tls_version: String,
    pub mechanism: String,
    pub stream_management: bool,
}

/// Something that arrived on the stream.
#[derive(Debug)]
pub enum Incoming {
    Stanza(Box<Stanza>),
    /// A stanza that did not parse; its header attributes are all we know.
    Invalid {
        kind: String,
        id: Option<String>,
        type_: Option<String>,
    },
    /// XEP-0198: the server has handled our stanzas up to this count.
    Acked(u32),
}

#[derive(Debug, Default)]
struct SmCounters {
    acked: u32,
    inbound: u32,
    /// Set when the server agreed that this session can be resumed.
    resume_id: Option<String>,
}

/// What a new connection needs to resume this session (XEP-0198).
#[derive(Debug, Clone)]
pub struct ResumeToken {
    id: String,
    inbound: u32,
    jid: Jid,
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

/// An authenticated, bound stream.
pub struct Session {
    stream: Stream,
    pub jid: Jid,
    pub info: SessionInfo,
    timeout: Duration,
    /// Stanzas written so far, counted as XEP-0198 counts them (wrapping).
    outbound: u32,
    sm: Option<SmCounters>,
    /// Without stream management, acks are pings: their ids and the
    /// outbound count each one confirms when answered.
    ack_pings: VecDeque<(String, u32)>,
    pending: VecDeque<Incoming>,
    closed: bool,
}

#[derive(Debug)]
struct Target {
    host: String,
    port: u16,
    direct: bool,
}

/// Where the connect attempt got to, for the timeout message.
#[derive(Default)]
struct Progress {
    stage: &'static str,
    address: String,
}

/// Connect, secure, authenticate and bind, within `--timeout`.
pub async fn connect(settings: &ConnectSettings) -> Result<Session> {
    Ok(open(settings, false, None).await?.0)
}

/// [`connect`], asking the server to keep the session resumable
/// (XEP-0198) where it offers stream management.
pub async fn connect_resumable(settings: &ConnectSettings) -> Result<Session> {
    Ok(open(settings, true, None).await?.0)
}

/// Connect again after a dropped connection: resume the old session when
/// `token` is given and the server still has it, else bind a new one (with
/// the old resource, so answers addressed to it still reach us).
pub async fn reconnect(
    settings: &ConnectSettings,
    token: Option<&ResumeToken>,
) -> Result<(Session, Resumption)> {
    open(settings, true, token).await
}

async fn open(
    settings: &ConnectSettings,
    resumable: bool,
    token: Option<&ResumeToken>,
) -> Result<(Session, Resumption)> {
    let password = settings.password()?;
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
    let mut progress = Progress {
        stage: "resolving the server",
        ..Default::default()
    };
    let result = tokio::time::timeout(
        settings.timeout,
        establish(
            settings,
            &password,
            tls_config,
            &mut progress,
            resumable,
            token,
        ),
    )
    .await;
    match result {
        Ok(session) => session,
        Err(_) => bail(
            Kind::Timeout,
            format!(
                "timed out after {}s {} {}: is the server up and is --server right? \
                 (raise --timeout for slow links)",
                settings.timeout.as_secs_f64(),
                progress.stage,
                if progress.address.is_empty() {
                    String::new()
                } else {
                    format!("at {}", progress.address)
                }
            )
            .replace("  ", " ")
            .replace(" :", ":"),
        ),
    }
}

async fn establish(
    settings: &ConnectSettings,
    password: &str,
    tls_config: Arc<rustls::ClientConfig>,
    progress: &mut Progress,
    resumable: bool,
    token: Option<&ResumeToken>,
) -> Result<(Session, Resumption)> {
    let domain = settings.jid.domain().to_string();
    let targets = targets(settings, &domain).await;
    let mut last_err = None;
    let mut tcp = None;
    for target in targets {
        progress.stage = "connecting";
        progress.address = format!("{}:{}", target.host, target.port);
        log::debug!(
            "connecting to {} (direct TLS: {})",
            progress.address,
            target.direct
        );
        match TcpStream::connect((target.host.as_str(), target.port)).await {
            Ok(s) => {
                let _ = s.set_nodelay(true);
                tcp = Some((s, target));
                break;
            }
            Err(e) => {
                log::debug!("{}: {e}", progress.address);
                last_err = Some((progress.address.clone(), e));
            }
        }
    }
    let Some((tcp, target)) = tcp else {
        let (addr, e) = last_err
            .unwrap_or_else(|| (domain.clone(), io::Error::other("no address to connect to")));
        let hint = if e.kind() == io::ErrorKind::ConnectionRefused {
            "is the server running, and is the port right?"
        } else {
            "check --server and the network"
        };
        return bail(
            Kind::Network,
            format!("cannot connect to {addr}: {e}: {hint}"),
        );
    };

    let header = || StreamHeader {
        to: Some(Cow::Owned(domain.clone())),
        from: None,
        id: None,
    };
    let net = |e: io::Error, stage: &str| classify_io(e, stage, &domain);

    let (io, tls_mode, tls_version): (Io, &'static str, String) = if target.direct {
        progress.stage = "in the TLS handshake";
        let mut cfg = (*tls_config).clone();
        cfg.alpn_protocols = vec![b"xmpp-client".to_vec()];
        let (tls, version) = tls_handshake(tcp, &domain, Arc::new(cfg)).await?;
        (Box::new(BufStream::new(tls)), "direct", version)
    } else {
        progress.stage = "waiting for the stream header";
        let pending = initiate_stream(
            BufStream::new(tcp),
            ns::JABBER_CLIENT,
            header(),
            STREAM_TIMEOUTS,
        )
        .await
        .map_err(|e| net(e, "opening the stream"))?;
        progress.stage = "waiting for stream features";
        let (features, mut stream) = pending
            .recv_features::<FallibleStreamElement>()
            .await
            .map_err(|e| classify_xmpp(e.into(), &domain, &settings.jid))?;
        if !features.can_starttls() {
            return bail(
                Kind::Network,
                format!(
                    "{} offers no STARTTLS: refusing to log in without encryption (try --tls direct)",
                    progress.address
                ),
            );
        }
        progress.stage = "negotiating STARTTLS";
        stream
            .send(&XmppStreamElement::Starttls(starttls::Nonza::Request(
                starttls::Request,
            )))
            .await
            .map_err(|e| net(e, "requesting STARTTLS"))?;
        loop {
            match stream.next().await {
                Some(Ok(FallibleStreamElement::Ok(XmppStreamElement::Starttls(
                    starttls::Nonza::Proceed(_),
                )))) => break,
                Some(Ok(FallibleStreamElement::Ok(XmppStreamElement::Starttls(
                    starttls::Nonza::Failure(_),
                )))) => {
                    return bail(Kind::Network, format!("{domain} refused STARTTLS"));
                }
                Some(Ok(FallibleStreamElement::Ok(XmppStreamElement::StreamError(e)))) => {
                    return Err(stream_error(&e.0, &domain));
                }
                Some(Ok(_)) | Some(Err(ReadError::SoftTimeout | ReadError::ParseError(_))) => {}
                Some(Err(ReadError::HardError(e))) => return Err(net(e, "negotiating STARTTLS")),
                None | Some(Err(ReadError::StreamFooterReceived)) => {
                    return bail(
                        Kind::Network,
                        format!("{domain} closed the stream during STARTTLS"),
                    )
                }
            }
        }
        let tcp = stream.into_inner().into_inner();
        progress.stage = "in the TLS handshake";
        let (tls, version) = tls_handshake(tcp, &domain, tls_config).await?;
        (Box::new(BufStream::new(tls)), "starttls", version)
    };

    progress.stage = "waiting for the stream header after TLS";
    let pending = initiate_stream(io, ns::JABBER_CLIENT, header(), STREAM_TIMEOUTS)
        .await
        .map_err(|e| net(e, "opening the TLS stream"))?;
    progress.stage = "waiting for stream features after TLS";
    let (features, stream) = pending
        .recv_features::<FallibleStreamElement>()
        .await
        .map_err(|e| classify_xmpp(e.into(), &domain, &settings.jid))?;

    // SASL: SCRAM-SHA-256, SCRAM-SHA-1, then PLAIN (over TLS only, which
    // this stream is). Never ANONYMOUS: we were given credentials.
    let mechanism = ["SCRAM-SHA-256", "SCRAM-SHA-1", "PLAIN"]
        .into_iter()
        .find(|m| features.sasl_mechanisms.contains(*m))
        .ok_or_else(|| {
            let offered: Vec<&str> = features
                .sasl_mechanisms
                .iter()
                .map(String::as_str)
                .collect();
            fail(
                Kind::Auth,
                format!(
                    "{domain} offers no SASL mechanism we can use (offered: {})",
                    if offered.is_empty() {
                        "none".to_string()
                    } else {
                        offered.join(", ")
                    }
                ),
            )
        })?;
    let mut offered = features.sasl_mechanisms.clone();
    offered.retain(|m| m == mechanism);
    progress.stage = "authenticating";
    let node = settings
        .jid
        .node()
        .map(|n| n.to_string())
        .ok_or_else(|| fail(Kind::Usage, "the account JID has no local part"))?;
    let creds = sasl::common::Credentials::default()
        .with_username(node)
        .with_password(password.to_string())
        .with_channel_binding(sasl::common::ChannelBinding::None);
    let stream = tokio_xmpp::client_login(stream, offered, creds)
        .await
        .map_err(|e| classify_xmpp(e, &domain, &settings.jid))?;
    progress.stage = "restarting the stream after authentication";
    let pending = stream
        .send_header(header())
        .await
        .map_err(|e| net(e, "restarting the stream"))?;
    let (features, stream) = pending
        .recv_features::<FallibleStreamElement>()
        .await
        .map_err(|e| classify_xmpp(e.into(), &domain, &settings.jid))?;

    let mut session = Session {
        stream,
        jid: settings.jid.clone(),
        info: SessionInfo {
            address: progress.address.clone(),
            tls: tls_mode,
            tls_version,
            mechanism: mechanism.to_string(),
            stream_management: false,
        },
        timeout: settings.timeout,
        outbound: 0,
        sm: None,
        ack_pings: VecDeque::new(),
        pending: VecDeque::new(),
        closed: false,
    };
    let mut handled = None;
    if let (Some(token), Some(_)) = (token, &features.stream_management) {
        progress.stage = "resuming the session";
        match session.resume(token).await? {
            Resumption::Resumed { handled } => {
                log::info!(
                    "resumed the session as {} via {} (the server had {handled} of our stanzas)",
                    session.jid,
                    session.info.address
                );
                return Ok((session, Resumption::Resumed { handled }));
            }
            Resumption::Fresh { handled: h } => handled = h,
        }
    }
    progress.stage = "binding a resource";
    let resource = match token {
        Some(t) => t.jid.resource().map(|r| r.to_string()),
        None => settings.jid.resource().map(|r| r.to_string()),
    };
    session.bind(resource, &features).await?;
    if features.stream_management.is_some() {
        progress.stage = "enabling stream management";
        session.enable_sm(resumable).await?;
    }
    log::info!(
        "online as {} via {} ({} {}, {}, stream management: {})",
        session.jid,
        session.info.address,
        session.info.tls,
        session.info.tls_version,
        session.info.mechanism,
        if session.info.stream_management {
            "on"
        } else {
            "off"
        }
    );
    Ok((session, Resumption::Fresh { handled }))
}

/// Candidate servers: `--server`, else SRV records (`_xmpps-client` for
/// direct TLS first, then `_xmpp-client`), else the domain on port 5222
/// (5223 with `--tls direct`).
async fn targets(settings: &ConnectSettings, domain: &str) -> Vec<Target> {
    let direct_only = settings.tls == Some(TlsMode::Direct);
    let starttls_only = settings.tls == Some(TlsMode::Starttls);
    if let Some((host, port)) = &settings.server {
        return vec![Target {
            host: host.clone(),
            port: port.unwrap_or(if direct_only { 5223 } else { 5222 }),
            direct: direct_only,
        }];
    }
    let mut out = Vec::new();
    let is_ip = domain
        .trim_start_matches('[')
        .trim_end_matches(']')
        .parse::<std::net::IpAddr>()
        .is_ok();
    if !is_ip {
        if !starttls_only {
            out.extend(srv(domain, "_xmpps-client", true).await);
        }
        if !direct_only {
            out.extend(srv(domain, "_xmpp-client", false).await);
        }
    }
    if out.is_empty() {
        out.push(Target {
            host: domain
                .trim_start_matches('[')
                .trim_end_matches(']')
                .to_string(),
            port: if direct_only { 5223 } else { 5222 },
            direct: direct_only,
        });
    }
    out
}

async fn srv(domain: &str, service: &str, direct: bool) -> Vec<Target> {
    use hickory_resolver::proto::rr::RData;
    let resolver = match hickory_resolver::TokioResolver::builder_tokio().map(|b| b.build()) {
        Ok(Ok(r)) => r,
        Ok(Err(e)) | Err(e) => {
            log::debug!("no DNS resolver for SRV lookups: {e}");
            return Vec::new();
        }
    };
    let name = format!("{service}._tcp.{domain}.");
    let lookup = match resolver.srv_lookup(name.as_str()).await {
        Ok(l) => l,
        Err(e) => {
            log::debug!("SRV {name}: {e}");
            return Vec::new();
        }
    };
    let mut records: Vec<_> = lookup
        .answers()
        .iter()
        .filter_map(|r| match &r.data {
            RData::SRV(srv) => Some(srv.clone()),
            _ => None,
        })
        .collect();
    // RFC 2782: lowest priority first, then the heavier weight.
    records.sort_by_key(|s| (s.priority, std::cmp::Reverse(s.weight)));
    records
        .into_iter()
        .filter(|s| s.target.to_string() != ".")
        .map(|s| Target {
            host: s.target.to_string().trim_end_matches('.').to_string(),
            port: s.port,
            direct,
        })
        .collect()
}

async fn tls_handshake(
    tcp: TcpStream,
    domain: &str,
    config: Arc<rustls::ClientConfig>,
) -> Result<(tokio_rustls::client::TlsStream<TcpStream>, String)> {
    let name = rustls::pki_types::ServerName::try_from(domain.to_string()).map_err(|e| {
        fail(
            Kind::Usage,
            format!("'{domain}' is not a TLS server name: {e}"),
        )
    })?;
    let tls = tokio_rustls::TlsConnector::from(config)
        .connect(name, tcp)
        .await
        .map_err(|e| classify_io(e, "in the TLS handshake", domain))?;
    let version = match tls.get_ref().1.protocol_version() {
        Some(rustls::ProtocolVersion::TLSv1_3) => "TLSv1.3".to_string(),
        Some(rustls::ProtocolVersion::TLSv1_2) => "TLSv1.2".to_string(),
        Some(v) => format!("{v:?}"),
        None => "unknown".to_string(),
    };
    Ok((tls, version))
}

fn classify_io(e: io::Error, stage: &str, domain: &str) -> anyhow::Error {
    if let Some(tls) = e.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()) {
        if let Some(msg) = tls::describe_cert_error(tls, domain) {
            return fail(Kind::Network, msg);
        }
        return fail(Kind::Network, format!("TLS with {domain} failed: {tls}"));
    }
    // The XML parser reports a connection closed before or inside the
    // document as an invalid EOF.
    let eof = e.kind() == io::ErrorKind::UnexpectedEof || e.to_string().contains("invalid eof");
    if eof {
        return fail(
            Kind::Network,
            format!("{domain} closed the connection {stage}: is this an XMPP port, and the right TLS mode (--tls)?"),
        );
    }
    if e.kind() == io::ErrorKind::InvalidData {
        return fail(
            Kind::Network,
            format!("{domain} sent invalid XML {stage} ({e}): is this an XMPP server?"),
        );
    }
    match e.kind() {
        io::ErrorKind::TimedOut => fail(Kind::Timeout, format!("{domain} stopped answering {stage}")),
        io::ErrorKind::UnexpectedEof | io::ErrorKind::ConnectionReset | io::ErrorKind::BrokenPipe => {
            fail(Kind::Network, format!("{domain} closed the connection {stage}: is this an XMPP port, and the right TLS mode (--tls)?"))
        }
        _ => fail(Kind::Network, format!("connection to {domain} failed {stage}: {e}")),
    }
}

fn classify_xmpp(e: XmppError, domain: &str, jid: &Jid) -> anyhow::Error {
    match e {
        XmppError::Auth(AuthError::Fail(cond)) => {
            let cond = format!("{cond:?}");
            let cond = kebab(&cond);
            fail(
                Kind::Auth,
                format!("authentication failed for {jid}: {cond}: check the JID and the password source"),
            )
        }
        XmppError::Auth(e) => fail(Kind::Auth, format!("authentication failed for {jid}: {e}")),
        XmppError::StreamError(e) => stream_error(&e.0, domain),
        XmppError::Io(e) => classify_io(e, "during login", domain),
        XmppError::Disconnected => fail(
            Kind::Network,
            format!("{domain} closed the connection during login"),
        ),
        other => fail(Kind::Network, format!("login to {domain} failed: {other}")),
    }
}

fn stream_error(e: &tokio_xmpp::parsers::stream_error::StreamError, domain: &str) -> anyhow::Error {
    let cond = kebab(&format!("{:?}", e.condition));
    let text = e
        .texts
        .values()
        .next()
        .map(|t| format!(" ({t})"))
        .unwrap_or_default();
    match cond.as_str() {
        "host-unknown" => fail(
            Kind::Network,
            format!("the server does not serve the domain {domain} (host-unknown){text}: check the JID's domain and --server"),
        ),
        // A restart or shutdown is a dropped connection, not a refusal.
        "system-shutdown" | "reset" | "connection-timeout" => fail(
            Kind::Network,
            format!("the server closed the stream: {cond}{text}"),
        ),
        _ => fail(Kind::Remote, format!("the server closed the stream: {cond}{text}")),
    }
}

/// What we answer to disco#info: a bot client with the features this
/// session really handles.
fn disco_info() -> disco::DiscoInfoResult {
    disco::DiscoInfoResult {
        node: None,
        identities: vec![disco::Identity::new("client", "bot", "en", "xmpp-cli")],
        features: [ns::DISCO_INFO, ns::PING, ns::VERSION]
            .into_iter()
            .map(|f| f.to_string())
            .collect(),
        extensions: vec![],
    }
}

/// `NotAuthorized` → `not-authorized`, `SeeOtherHost("x")` → `see-other-host`.
fn kebab(debug: &str) -> String {
    let name = debug.split(['(', ' ', '{']).next().unwrap_or(debug);
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// A write bounded by the session's deadline: a server that stops reading
/// is a timeout (exit 6), a broken connection a network failure (exit 4).
async fn guarded_write(
    timeout: Duration,
    write: impl std::future::Future<Output = io::Result<()>>,
) -> Result<()> {
    match tokio::time::timeout(timeout, write).await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(fail(
            Kind::Network,
            format!("connection lost while sending: {e}"),
        )),
        Err(_) => bail(
            Kind::Timeout,
            format!(
                "the server has not read anything for {}s",
                timeout.as_secs_f64()
            ),
        ),
    }
}

/// The defined condition of a stanza error, as its XML name.
pub fn condition_name(cond: &DefinedCondition) -> String {
    kebab(&format!("{cond:?}"))
}

/// The `<error/>` child among a stanza's payloads, as `condition (text)`.
pub fn error_condition(payloads: &[minidom::Element]) -> String {
    payloads
        .iter()
        .find(|e| e.name() == "error")
        .and_then(|e| StanzaError::try_from(e.clone()).ok())
        .map(|e| describe_stanza_error(&e))
        .unwrap_or_else(|| "undefined-condition".into())
}

/// A stanza error as `condition (text)`.
pub fn describe_stanza_error(err: &StanzaError) -> String {
    let cond = condition_name(&err.defined_condition);
    match err.texts.values().next() {
        Some(t) if !t.is_empty() => format!("{cond} ({t})"),
        _ => cond,
    }
}

impl Session {
    async fn bind(&mut self, resource: Option<String>, features: &StreamFeatures) -> Result<()> {
        if features.bind.is_none() {
            return bail(Kind::Remote, "the server offers no resource binding");
        }
        let iq = Iq::from_set(new_id(), BindQuery::new(resource));
        let (answer, _) = self.iq(iq).await?;
        match answer {
            Iq::Result {
                payload: Some(el), ..
            } => {
                let resp = BindResponse::try_from(el)
                    .map_err(|e| fail(Kind::Remote, format!("invalid bind response: {e}")))?;
                self.jid = Jid::from(resp);
                Ok(())
            }
            Iq::Error { error, .. } => bail(
                Kind::Remote,
                format!("resource binding failed: {}", describe_stanza_error(&error)),
            ),
            _ => bail(Kind::Remote, "empty bind response"),
        }
    }

    async fn enable_sm(&mut self, resumable: bool) -> Result<()> {
        self.write(&XmppStreamElement::SM(sm::Nonza::Enable(sm::Enable {
            max: None,
            resume: resumable,
        })))
        .await?;
        loop {
            let el = self.read_element().await?;
            match el {
                Some(XmppStreamElement::SM(sm::Nonza::Enabled(enabled))) => {
                    let resume_id = enabled.id.filter(|_| enabled.resume).map(|id| id.0.clone());
                    if resumable && resume_id.is_none() {
                        log::info!("the server does not offer to resume this session");
                    }
                    // Bind and enable were stanzas before counting began.
                    self.outbound = 0;
                    self.sm = Some(SmCounters {
                        resume_id,
                        ..SmCounters::default()
                    });
                    self.info.stream_management = true;
                    return Ok(());
                }
                Some(XmppStreamElement::SM(sm::Nonza::Failed(f))) => {
                    log::debug!("stream management refused: {f:?}");
                    return Ok(());
                }
                Some(other) => self.stash(other).await?,
                None => return bail(Kind::Network, "the server closed the stream during login"),
            }
        }
    }

    /// Ask the server to resume the session of `token` (XEP-0198 §5).
    /// A refusal is not an error: the caller binds a new session.
    async fn resume(&mut self, token: &ResumeToken) -> Result<Resumption> {
        self.write(&XmppStreamElement::SM(sm::Nonza::Resume(sm::Resume {
            h: token.inbound,
            previd: sm::StreamId(token.id.clone()),
        })))
        .await?;
        loop {
            match self.read_element().await? {
                Some(XmppStreamElement::SM(sm::Nonza::Resumed(r))) => {
                    self.jid = token.jid.clone();
                    self.outbound = r.h;
                    self.sm = Some(SmCounters {
                        acked: r.h,
                        inbound: token.inbound,
                        resume_id: Some(token.id.clone()),
                    });
                    self.info.stream_management = true;
                    return Ok(Resumption::Resumed { handled: r.h });
                }
                Some(XmppStreamElement::SM(sm::Nonza::Failed(f))) => {
                    log::info!(
                        "the server could not resume the session ({}); starting a new one",
                        f.error
                            .as_ref()
                            .map(condition_name)
                            .unwrap_or_else(|| "no reason given".into())
                    );
                    return Ok(Resumption::Fresh { handled: f.h });
                }
                Some(other) => self.stash(other).await?,
                None => return bail(Kind::Network, "the server closed the stream while resuming"),
            }
        }
    }

    /// What arrived but was not taken by `recv` yet: a lost session's
    /// last words, before it is dropped.
    pub fn leftovers(&mut self) -> Vec<Incoming> {
        self.pending.drain(..).collect()
    }

    /// What a later [`reconnect`] needs to resume this session, if the
    /// server agreed to keep it.
    pub fn resume_token(&self) -> Option<ResumeToken> {
        let sm = self.sm.as_ref()?;
        Some(ResumeToken {
            id: sm.resume_id.clone()?,
            inbound: sm.inbound,
            jid: self.jid.clone(),
        })
    }

    async fn write(&mut self, el: &XmppStreamElement) -> Result<()> {
        guarded_write(self.timeout, self.stream.send(el)).await
    }

    /// Queue a stanza without flushing; call [`Session::flush`] when no more
    /// input is ready. Returns its sequence number on this session, which
    /// the [`Incoming::Acked`] counts refer to (XEP-0198 numbering).
    pub async fn feed(&mut self, stanza: Stanza) -> Result<u32> {
        let el = XmppStreamElement::Stanza(stanza);
        guarded_write(self.timeout, self.stream.feed(&el)).await?;
        self.outbound = self.outbound.wrapping_add(1);
        Ok(self.outbound)
    }

    /// Send a stanza now.
    pub async fn send(&mut self, stanza: Stanza) -> Result<u32> {
        let seq = self.feed(stanza).await?;
        self.flush().await?;
        Ok(seq)
    }

    pub async fn flush(&mut self) -> Result<()> {
        let timeout = self.timeout;
        guarded_write(
            timeout,
            <Stream as SinkExt<&XmppStreamElement>>::flush(&mut self.stream),
        )
        .await
    }

    /// Ask the server to confirm what it has handled: XEP-0198 `<r/>`, or
    /// without stream management a ping, which the server answers only
    /// after handling everything sent before it. Either way the answer
    /// arrives as [`Incoming::Acked`].
    pub async fn request_ack(&mut self) -> Result<()> {
        if self.sm.is_some() {
            return self
                .write(&XmppStreamElement::SM(sm::Nonza::Req(sm::R)))
                .await;
        }
        let id = new_id();
        let confirms = self.outbound;
        let ping =
            Iq::from_get(id.clone(), ping::Ping).with_to(Jid::from(self.jid.domain().to_owned()));
        self.send(Stanza::Iq(ping)).await?;
        self.ack_pings.push_back((id, confirms));
        Ok(())
    }

    /// Read one stream element, with no deadline (callers add theirs).
    /// `None` is the end of the stream.
    async fn read_element(&mut self) -> Result<Option<XmppStreamElement>> {
        loop {
            match self.stream.next().await {
                None | Some(Err(ReadError::StreamFooterReceived)) => {
                    self.closed = true;
                    return Ok(None);
                }
                Some(Err(ReadError::SoftTimeout)) => continue,
                Some(Err(ReadError::ParseError(e))) => {
                    log::warn!("ignoring an element the server sent that does not parse: {e}");
                    continue;
                }
                Some(Err(ReadError::HardError(e))) => {
                    return Err(fail(
                        Kind::Network,
                        format!("connection to the server lost: {e}"),
                    ))
                }
                Some(Ok(FallibleStreamElement::Ok(el))) => return Ok(Some(el)),
                Some(Ok(FallibleStreamElement::Err(StreamElementError::InvalidStanza {
                    name,
                    header,
                    error,
                    ..
                }))) => {
                    log::debug!("received a {name} that does not parse: {error}");
                    if let Some(sm) = &mut self.sm {
                        sm.inbound = sm.inbound.wrapping_add(1);
                    }
                    self.pending.push_back(Incoming::Invalid {
                        kind: name.to_string(),
                        id: header.id,
                        type_: header.type_,
                    });
                    continue;
                }
                // xmpp-parsers 0.23 cannot parse some `<failed/>` that
                // Prosody sends; what matters is that resumption failed.
                Some(Ok(FallibleStreamElement::Err(StreamElementError::InvalidNonza {
                    qname,
                    ..
                }))) if qname.0 == ns::SM && qname.1.as_str() == "failed" => {
                    return Ok(Some(XmppStreamElement::SM(sm::Nonza::Failed(sm::Failed {
                        h: None,
                        error: None,
                    }))));
                }
                Some(Ok(FallibleStreamElement::Err(e))) => {
                    log::warn!("ignoring an invalid element from the server: {e}");
                    continue;
                }
            }
        }
    }

    /// Handle stream-level elements; keep stanzas for `recv`.
    async fn stash(&mut self, el: XmppStreamElement) -> Result<()> {
        match el {
            XmppStreamElement::Stanza(stanza) => {
                if let Some(sm) = &mut self.sm {
                    sm.inbound = sm.inbound.wrapping_add(1);
                }
                if let Some(confirms) = self.ack_ping_answer(&stanza) {
                    self.pending.push_back(Incoming::Acked(confirms));
                    return Ok(());
                }
                if let Some(reply) = self.auto_reply(&stanza) {
                    self.send(reply).await?;
                }
                self.pending.push_back(Incoming::Stanza(Box::new(stanza)));
            }
            XmppStreamElement::SM(sm::Nonza::Req(_)) => {
                let h = self.sm.as_ref().map(|s| s.inbound).unwrap_or(0);
                self.write(&XmppStreamElement::SM(sm::Nonza::Ack(sm::A { h })))
                    .await?;
            }
            XmppStreamElement::SM(sm::Nonza::Ack(a)) => {
                if let Some(sm) = &mut self.sm {
                    sm.acked = a.h;
                }
                self.pending.push_back(Incoming::Acked(a.h));
            }
            XmppStreamElement::StreamError(e) => {
                let domain = self.jid.domain().to_string();
                return Err(stream_error(&e.0, &domain));
            }
            other => log::debug!("ignoring stream element {other:?}"),
        }
        Ok(())
    }

    /// The outbound count an answered ack ping confirms (errors count too:
    /// the server handled everything before the ping either way).
    fn ack_ping_answer(&mut self, stanza: &Stanza) -> Option<u32> {
        let Stanza::Iq(iq @ (Iq::Result { .. } | Iq::Error { .. })) = stanza else {
            return None;
        };
        let at = self.ack_pings.iter().position(|(id, _)| id == iq.id())?;
        // Answers come in order; an earlier unanswered one is moot now.
        let (_, confirms) = self.ack_pings.drain(..=at).next_back()?;
        Some(confirms)
    }

    /// A correct client never leaves an IQ unanswered: pong to pings, an
    /// empty result to roster pushes from our own account (RFC 6121), our
    /// identity and features to disco#info, our version, and
    /// `service-unavailable` to any other get or set.
    fn auto_reply(&self, stanza: &Stanza) -> Option<Stanza> {
        let Stanza::Iq(iq) = stanza else { return None };
        let (from, id, payload) = match iq {
            Iq::Get {
                from, id, payload, ..
            }
            | Iq::Set {
                from, id, payload, ..
            } => (from, id, payload),
            _ => return None,
        };
        let own = from
            .as_ref()
            .is_none_or(|f| f.to_bare() == self.jid.to_bare());
        let roster_push = matches!(iq, Iq::Set { .. }) && payload.is("query", ns::ROSTER) && own;
        let get = matches!(iq, Iq::Get { .. });
        let reply = if roster_push || (get && payload.is("ping", ns::PING)) {
            Iq::Result {
                from: None,
                to: None,
                id: id.clone(),
                payload: None,
            }
        } else if get && payload.is("query", ns::DISCO_INFO) && payload.attr("node").is_none() {
            Iq::from_result(id.clone(), Some(disco_info()))
        } else if get && payload.is("query", ns::VERSION) {
            Iq::from_result(
                id.clone(),
                Some(version::VersionResult {
                    name: "xmpp-cli".to_string(),
                    version: env!("CARGO_PKG_VERSION").to_string(),
                    os: None,
                }),
            )
        } else {
            Iq::from_error(
                id.clone(),
                StanzaError::new(
                    ErrorType::Cancel,
                    DefinedCondition::ServiceUnavailable,
                    "en",
                    "",
                ),
            )
        };
        let reply = match from {
            Some(f) => reply.with_to(f.clone()),
            None => reply,
        };
        Some(Stanza::Iq(reply))
    }

    /// The next thing that arrives, or `None` when the server ended the
    /// stream. No deadline: wrap it in `tokio::time::timeout` or `select!`.
    /// Cancel-safe between elements.
    pub async fn recv(&mut self) -> Result<Option<Incoming>> {
        loop {
            if let Some(x) = self.pending.pop_front() {
                return Ok(Some(x));
            }
            if self.closed {
                return Ok(None);
            }
            match self.read_element().await? {
                Some(el) => self.stash(el).await?,
                None => continue,
            }
        }
    }

    /// The `--timeout` of this session.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// `recv` with the session's deadline.
    pub async fn recv_timeout(&mut self, what: &str) -> Result<Option<Incoming>> {
        match tokio::time::timeout(self.timeout, self.recv()).await {
            Ok(r) => r,
            Err(_) => bail(
                Kind::Timeout,
                format!(
                    "no answer from the server within {}s while {what}",
                    self.timeout.as_secs_f64()
                ),
            ),
        }
    }

    /// Send an IQ and wait for its answer. Everything else that arrives
    /// meanwhile is returned too, in order.
    pub async fn iq(&mut self, iq: Iq) -> Result<(Iq, Vec<Incoming>)> {
        let (mut answers, others) = self.iqs(vec![iq]).await?;
        Ok((answers.remove(0), others))
    }

    /// Send several IQs at once (pipelined) and wait for every answer;
    /// answers come back in the order of `iqs`. The deadline applies to
    /// each wait for progress, not to the whole batch.
    pub async fn iqs(&mut self, iqs: Vec<Iq>) -> Result<(Vec<Iq>, Vec<Incoming>)> {
        let mut others = Vec::new();
        match self.iqs_into(iqs, &mut others).await {
            Ok(answers) => Ok((answers, others)),
            Err(e) => {
                self.requeue(others);
                Err(e)
            }
        }
    }

    /// [`Session::iqs`], with what else arrives pushed to `others`.
    async fn iqs_into(&mut self, iqs: Vec<Iq>, others: &mut Vec<Incoming>) -> Result<Vec<Iq>> {
        let ids: Vec<String> = iqs.iter().map(|iq| iq.id().to_string()).collect();
        let mut waiting: std::collections::HashMap<String, usize> = ids
            .iter()
            .cloned()
            .enumerate()
            .map(|(i, id)| (id, i))
            .collect();
        for iq in iqs {
            self.feed(Stanza::Iq(iq)).await?;
        }
        self.flush().await?;
        let mut answers: Vec<Option<Iq>> = (0..ids.len()).map(|_| None).collect();
        while !waiting.is_empty() {
            match self.recv_timeout("waiting for an IQ answer").await? {
                Some(Incoming::Stanza(st)) => match *st {
                    Stanza::Iq(answer @ (Iq::Result { .. } | Iq::Error { .. }))
                        if waiting.contains_key(answer.id()) =>
                    {
                        let i = waiting.remove(answer.id()).unwrap_or_default();
                        answers[i] = Some(answer);
                    }
                    other => others.push(Incoming::Stanza(Box::new(other))),
                },
                Some(Incoming::Invalid {
                    kind,
                    id: Some(got),
                    type_,
                }) if kind == "iq" && waiting.contains_key(&got) => {
                    return bail(
                        Kind::Remote,
                        format!(
                            "the answer to IQ {got} does not parse (type {})",
                            type_.unwrap_or_default()
                        ),
                    )
                }
                Some(other) => others.push(other),
                None => {
                    return bail(
                        Kind::Network,
                        "the server closed the stream before answering",
                    )
                }
            }
        }
        Ok(answers.into_iter().flatten().collect())
    }

    /// Delivery barrier: wait until the server has confirmed every stanza
    /// sent so far (XEP-0198 ack where enabled), then a ping round trip to
    /// the server, which it answers only after handling everything before
    /// it. Returns what arrived meanwhile (bounces among it).
    pub async fn barrier(&mut self) -> Result<Vec<Incoming>> {
        let mut got = Vec::new();
        match self.barrier_into(&mut got).await {
            Ok(()) => Ok(got),
            Err(e) => {
                self.requeue(got);
                Err(e)
            }
        }
    }

    /// Give back what a failed wait had read, ahead of anything else
    /// pending, so nothing that arrived is lost with the error (see
    /// [`Session::leftovers`]).
    fn requeue(&mut self, got: Vec<Incoming>) {
        for x in got.into_iter().rev() {
            self.pending.push_front(x);
        }
    }

    async fn barrier_into(&mut self, got: &mut Vec<Incoming>) -> Result<()> {
        if self.sm.is_some() {
            let outbound = self.outbound;
            self.request_ack().await?;
            while self.sm.as_ref().is_some_and(|s| s.acked != outbound) {
                match self
                    .recv_timeout("waiting for the server to confirm the messages")
                    .await?
                {
                    Some(x) => got.push(x),
                    None => {
                        return bail(
                            Kind::Network,
                            "the server closed the stream before confirming the messages",
                        )
                    }
                }
            }
        }
        let domain = self.jid.domain().to_string();
        let ping = Iq::from_get(new_id(), ping::Ping)
            .with_to(Jid::new(&domain).map_err(|e| fail(Kind::Internal, e.to_string()))?);
        self.iqs_into(vec![ping], got).await?;
        Ok(())
    }

    /// Close the stream cleanly: send our footer, then read until the
    /// server's footer (bounded by the deadline), returning what arrived.
    pub async fn close(mut self) -> Result<Vec<Incoming>> {
        let mut got: Vec<Incoming> = self.pending.drain(..).collect();
        if self.closed {
            return Ok(got);
        }
        match tokio::time::timeout(self.timeout, self.stream.shutdown()).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => {
                log::debug!("closing the stream: {e}");
                return Ok(got);
            }
            Err(_) => return Ok(got),
        }
        loop {
            match tokio::time::timeout(self.timeout, self.read_element()).await {
                Ok(Ok(Some(el))) => {
                    if let XmppStreamElement::Stanza(st) = el {
                        got.push(Incoming::Stanza(Box::new(st)));
                    } else if let XmppStreamElement::SM(sm::Nonza::Ack(a)) = el {
                        got.push(Incoming::Acked(a.h));
                    }
                    got.extend(self.pending.drain(..));
                }
                Ok(Ok(None)) => break,
                Ok(Err(e)) => {
                    log::debug!("while closing: {e:#}");
                    break;
                }
                Err(_) => {
                    log::debug!("the server did not close its side of the stream in time");
                    break;
                }
            }
        }
        Ok(got)
    }
}
