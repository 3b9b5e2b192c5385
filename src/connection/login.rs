//! From a TCP connection to a bound session: STARTTLS or direct TLS, the
//! stream header and features, our SASL exchange, the stream restart,
//! then resumption or resource binding and stream management.
//!
//! [`login`] takes any transport that is already secured, so the tests
//! drive it over `tokio::io::duplex` against a scripted server.

use std::borrow::Cow;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use futures::{SinkExt, StreamExt};
use tokio::io::BufStream;
use tokio::net::TcpStream;
use tokio_rustls::rustls;
use tokio_xmpp::parsers::{jid::Jid, ns, starttls};
use tokio_xmpp::xmlstream::{
    initiate_stream, FallibleStreamElement, ReadError, StreamHeader, Timeouts, XmppStream,
    XmppStreamElement,
};

use super::classify::{self, features_error, io_error};
use super::quickack::QuickAck;
use super::sasl::{self, Binding, Channel};
use super::session::Session;
use super::{Io, Progress, ResumeToken, Resumption, SeeOtherHost, SessionInfo};
use crate::error::{bail, fail, Kind};

/// Our deadlines are enforced with tokio timers; the stream's own soft
/// timeouts only produce keep-alive opportunities.
pub const STREAM_TIMEOUTS: Timeouts = Timeouts {
    read_timeout: Duration::from_secs(3600),
    response_timeout: Duration::from_secs(3600),
};

/// What the TLS layer established.
#[derive(Debug, Clone)]
pub struct TlsInfo {
    /// "starttls" or "direct".
    pub mode: &'static str,
    pub version: String,
    /// The certificate was verified (not `--insecure`).
    pub verified: bool,
    /// RFC 9266 channel binding data (TLS 1.3 only).
    pub exporter: Option<Vec<u8>>,
}

/// Who logs in, and how.
pub struct Params<'a> {
    pub jid: &'a Jid,
    pub password: &'a str,
    pub allow_plain: bool,
    pub timeout: Duration,
    pub resumable: bool,
    pub token: Option<&'a ResumeToken>,
    /// Stop before authenticating, on the encrypted stream, for in-band
    /// registration (XEP-0077): the server must offer it.
    pub register: bool,
}

pub(super) fn header(domain: &str) -> StreamHeader<'static> {
    StreamHeader {
        to: Some(Cow::Owned(domain.to_string())),
        from: None,
        id: None,
    }
}

/// Secure a fresh TCP connection: direct TLS, or STARTTLS first.
pub async fn secure(
    tcp: TcpStream,
    direct: bool,
    domain: &str,
    config: Arc<rustls::ClientConfig>,
    insecure: bool,
    progress: &mut Progress,
) -> Result<(Io, TlsInfo)> {
    let tcp = QuickAck::new(tcp);
    let tcp = if direct {
        tcp
    } else {
        progress.stage = "waiting for the stream header";
        let pending = initiate_stream(
            BufStream::new(tcp),
            ns::JABBER_CLIENT,
            header(domain),
            STREAM_TIMEOUTS,
        )
        .await
        .map_err(|e| io_error(e, "opening the stream", domain))?;
        progress.stage = "waiting for stream features";
        let (features, mut stream) = pending
            .recv_features::<FallibleStreamElement>()
            .await
            .map_err(|e| features_err(e, "waiting for stream features", domain))?;
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
        match starttls(&mut stream).await {
            Ok(()) => {}
            Err(StarttlsEnd::Refused) => {
                return bail(Kind::Network, format!("{domain} refused STARTTLS"))
            }
            Err(StarttlsEnd::StreamError(e)) => return Err(stream_error(&e, domain)),
            Err(StarttlsEnd::Io(e, stage)) => return Err(io_error(e, stage, domain)),
            Err(StarttlsEnd::Closed) => {
                return bail(
                    Kind::Network,
                    format!("{domain} closed the stream during STARTTLS"),
                )
            }
        }
        stream.into_inner().into_inner()
    };
    progress.stage = "in the TLS handshake";
    let config = if direct {
        let mut cfg = (*config).clone();
        cfg.alpn_protocols = vec![b"xmpp-client".to_vec()];
        Arc::new(cfg)
    } else {
        config
    };
    let name = rustls::pki_types::ServerName::try_from(domain.to_string()).map_err(|e| {
        fail(
            Kind::Usage,
            format!("'{domain}' is not a TLS server name: {e}"),
        )
    })?;
    let tls = tokio_rustls::TlsConnector::from(config)
        .connect(name, tcp)
        .await
        .map_err(|e| io_error(e, "in the TLS handshake", domain))?;
    let conn = tls.get_ref().1;
    let version = conn
        .protocol_version()
        .map_or_else(|| "unknown".to_string(), tls_version_name);
    let exporter = sasl::exporter(conn);
    let info = TlsInfo {
        mode: if direct { "direct" } else { "starttls" },
        version,
        verified: !insecure,
        exporter,
    };
    Ok((Box::new(BufStream::new(tls)), info))
}

/// How a STARTTLS request ended, when not with `<proceed/>`.
pub(super) enum StarttlsEnd {
    /// `<failure/>`.
    Refused,
    StreamError(tokio_xmpp::parsers::stream_error::StreamError),
    /// A read or write failed; the step it failed in.
    Io(std::io::Error, &'static str),
    /// The stream or the connection ended.
    Closed,
}

/// Ask for STARTTLS on an open stream and wait for `<proceed/>` (RFC 6120
/// §5.4.2), skipping anything else that is not an ending. Login and
/// `xmpp check`'s probe share it.
pub(super) async fn starttls<Io>(stream: &mut XmppStream<Io>) -> Result<(), StarttlsEnd>
where
    Io: tokio::io::AsyncBufRead + tokio::io::AsyncWrite + Unpin,
{
    stream
        .send(&XmppStreamElement::Starttls(starttls::Nonza::Request(
            starttls::Request,
        )))
        .await
        .map_err(|e| StarttlsEnd::Io(e, "requesting STARTTLS"))?;
    loop {
        match stream.next().await {
            Some(Ok(FallibleStreamElement::Ok(XmppStreamElement::Starttls(
                starttls::Nonza::Proceed(_),
            )))) => return Ok(()),
            Some(Ok(FallibleStreamElement::Ok(XmppStreamElement::Starttls(
                starttls::Nonza::Failure(_),
            )))) => return Err(StarttlsEnd::Refused),
            Some(Ok(FallibleStreamElement::Ok(XmppStreamElement::StreamError(e)))) => {
                return Err(StarttlsEnd::StreamError(e.0))
            }
            Some(Ok(_)) | Some(Err(ReadError::SoftTimeout | ReadError::ParseError(_))) => {}
            Some(Err(ReadError::HardError(e))) => {
                return Err(StarttlsEnd::Io(e, "negotiating STARTTLS"))
            }
            None | Some(Err(ReadError::StreamFooterReceived)) => return Err(StarttlsEnd::Closed),
        }
    }
}

/// "TLSv1.3", "TLSv1.2", or rustls's name for anything else.
pub(super) fn tls_version_name(v: rustls::ProtocolVersion) -> String {
    match v {
        rustls::ProtocolVersion::TLSv1_3 => "TLSv1.3".to_string(),
        rustls::ProtocolVersion::TLSv1_2 => "TLSv1.2".to_string(),
        other => format!("{other:?}"),
    }
}

/// A stream error, or the redirect of `see-other-host`.
fn stream_error(e: &tokio_xmpp::parsers::stream_error::StreamError, domain: &str) -> anyhow::Error {
    match classify::see_other_host(e) {
        Some(host) => anyhow::Error::new(SeeOtherHost(host.to_string())),
        None => classify::stream_error(e, domain),
    }
}

/// [`features_error`], with `see-other-host` as a redirect.
fn features_err(
    e: tokio_xmpp::xmlstream::RecvFeaturesError,
    stage: &str,
    domain: &str,
) -> anyhow::Error {
    match e {
        tokio_xmpp::xmlstream::RecvFeaturesError::StreamError(e) => stream_error(&e.0, domain),
        e => features_error(e, stage, domain),
    }
}

/// Log in over a secured transport and bind (or resume).
pub async fn login(
    io: Io,
    tls: TlsInfo,
    p: &Params<'_>,
    progress: &mut Progress,
) -> Result<(Session, Resumption)> {
    let domain = p.jid.domain().to_string();
    progress.stage = "waiting for the stream header after TLS";
    let pending = initiate_stream(io, ns::JABBER_CLIENT, header(&domain), STREAM_TIMEOUTS)
        .await
        .map_err(|e| io_error(e, "opening the TLS stream", &domain))?;
    progress.stage = "waiting for stream features after TLS";
    let (features, mut stream) = pending
        .recv_features::<FallibleStreamElement>()
        .await
        .map_err(|e| features_err(e, "waiting for stream features after TLS", &domain))?;
    super::limits::adopt(super::limits::max_bytes(&features));
    if p.register {
        let features = super::probe::Features::of(&features);
        if !features.register {
            return bail(
                Kind::Remote,
                format!(
                    "{domain} does not offer in-band registration (XEP-0077, no \
                     <register/> among its stream features): ask its admin for an account \
                     (xmpp admin add-user)"
                ),
            );
        }
        let info = SessionInfo {
            address: progress.address.clone(),
            tls: tls.mode,
            tls_version: tls.version.clone(),
            mechanism: String::new(),
            channel_binding: "none",
            stream_management: false,
            features,
        };
        let session = Session::new(stream, p.jid.clone(), info, p.timeout);
        return Ok((session, Resumption::Fresh { handled: None }));
    }

    let choice = sasl::choose(
        &features.sasl_mechanisms,
        features.sasl_cb.as_ref(),
        Channel {
            exporter: tls.exporter.is_some(),
            verified: tls.verified,
            allow_plain: p.allow_plain,
        },
        &domain,
    )?;
    log::debug!("authenticating with {}", choice.describe());
    progress.stage = "authenticating";
    progress.authenticating = true;
    let node = p
        .jid
        .node()
        .map(|n| n.to_string())
        .ok_or_else(|| fail(Kind::Usage, "the account JID has no local part"))?;
    let exporter = match choice.binding {
        Binding::TlsExporter => tls.exporter.clone(),
        Binding::None | Binding::Unadvertised => None,
    };
    sasl::authenticate(
        &mut stream,
        &choice,
        &node,
        p.password,
        exporter,
        &p.jid.to_bare().to_string(),
    )
    .await?;
    progress.stage = "restarting the stream after authentication";
    let pending = stream
        .initiate_reset()
        .send_header(header(&domain))
        .await
        .map_err(|e| io_error(e, "restarting the stream", &domain))?;
    let (features, stream) = pending
        .recv_features::<FallibleStreamElement>()
        .await
        .map_err(|e| features_error(e, "restarting the stream", &domain))?;
    super::limits::adopt(super::limits::max_bytes(&features));

    let info = SessionInfo {
        address: progress.address.clone(),
        tls: tls.mode,
        tls_version: tls.version.clone(),
        mechanism: choice.mechanism.to_string(),
        channel_binding: match choice.binding {
            Binding::TlsExporter => "tls-exporter",
            Binding::None | Binding::Unadvertised => "none",
        },
        stream_management: false,
        features: super::probe::Features::of(&features),
    };
    let mut session = Session::new(stream, p.jid.clone(), info, p.timeout);
    let mut handled = None;
    if let (Some(token), Some(_)) = (p.token, &features.stream_management) {
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
    let resource = match p.token {
        Some(t) => t.jid.resource().map(|r| r.to_string()),
        None => p.jid.resource().map(|r| r.to_string()),
    };
    session.bind(resource, &features).await?;
    if features.stream_management.is_some() {
        progress.stage = "enabling stream management";
        session.enable_sm(p.resumable).await?;
    }
    log::info!(
        "online as {} via {} ({} {}, {}, stream management: {})",
        session.jid,
        session.info.address,
        session.info.tls,
        session.info.tls_version,
        choice.describe(),
        if session.info.stream_management {
            "on"
        } else {
            "off"
        }
    );
    Ok((session, Resumption::Fresh { handled }))
}

/// A session over `io`, from which a server's stream header and features
/// are read, then whatever it sends: stream management on, not
/// logged in. For the fuzz target of what `listen` reads
/// (`crate::fuzzing::stanzas`); not for talking to a server.
#[doc(hidden)]
pub async fn unauthenticated(io: Io, jid: Jid) -> Result<Session> {
    let domain = jid.domain().to_string();
    let pending = initiate_stream(io, ns::JABBER_CLIENT, header(&domain), STREAM_TIMEOUTS)
        .await
        .map_err(|e| io_error(e, "opening the stream", &domain))?;
    let (features, stream) = pending
        .recv_features::<FallibleStreamElement>()
        .await
        .map_err(|e| features_error(e, "waiting for stream features", &domain))?;
    let info = SessionInfo {
        address: "memory".into(),
        tls: "none",
        tls_version: String::new(),
        mechanism: String::new(),
        channel_binding: "none",
        stream_management: true,
        features: super::probe::Features::of(&features),
    };
    let mut session = Session::new(stream, jid, info, Duration::from_secs(5));
    session.assume_stream_management();
    Ok(session)
}
