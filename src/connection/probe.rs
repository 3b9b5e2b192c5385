//! One endpoint looked at without logging in, for `xmpp check`: TCP
//! connect, the stream features before TLS (STARTTLS) or direct TLS, the
//! handshake and the certificate chain as presented (the verdict recorded,
//! not enforced: nothing secret is ever sent here), the features after
//! TLS. Client (`jabber:client`) or server (`jabber:server`) streams.
//! Every step is bounded by `deadline`; a failure ends the probe and says
//! at which step.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant as StdInstant;

use futures::SinkExt;
use tokio::io::BufStream;
use tokio::net::TcpStream;
use tokio::time::Instant;
use tokio_rustls::rustls;
use tokio_xmpp::parsers::ns;
use tokio_xmpp::parsers::stream_features::StreamFeatures;
use tokio_xmpp::xmlstream::{
    initiate_stream, FallibleStreamElement, XmppStream, XmppStreamElement,
};

use super::login::{header, starttls, tls_version_name, StarttlsEnd, STREAM_TIMEOUTS};
use super::tls;

const JABBER_SERVER: &str = "jabber:server";

/// The stream features as the report shows them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Features {
    pub starttls: bool,
    pub starttls_required: bool,
    pub mechanisms: Vec<String>,
    pub channel_binding: Vec<String>,
    pub stream_management: bool,
    pub register: bool,
    pub sasl2: bool,
    /// XEP-0478: the largest stanza the server accepts, when it says.
    pub max_bytes: Option<u32>,
    /// Every other feature, as `{namespace}name`.
    pub others: Vec<String>,
}

impl Features {
    pub(crate) fn of(f: &StreamFeatures) -> Features {
        Features {
            starttls: f.starttls.is_some(),
            starttls_required: f.starttls.as_ref().is_some_and(|s| s.required),
            mechanisms: f.sasl_mechanisms.iter().cloned().collect(),
            channel_binding: f
                .sasl_cb
                .as_ref()
                .map(|cb| cb.types.iter().map(|t| format!("{t:?}")).collect())
                .unwrap_or_default(),
            stream_management: f.stream_management.is_some(),
            register: f.in_band_registration,
            sasl2: f.sasl2.is_some(),
            max_bytes: super::limits::max_bytes(f),
            others: f
                .others
                .iter()
                .map(|e| format!("{{{}}}{}", e.ns(), e.name()))
                .collect(),
        }
    }

    /// Whether a feature of this namespace was advertised.
    pub fn has(&self, namespace: &str) -> bool {
        self.others.iter().any(|o| {
            o.strip_prefix('{')
                .and_then(|r| r.split_once('}'))
                .map(|(n, _)| n)
                == Some(namespace)
        })
    }
}

/// What the probe of one endpoint saw; `failed` names the step that
/// ended it early.
#[derive(Debug, Default)]
pub struct Seen {
    pub connect_ms: Option<f64>,
    pub before_tls: Option<Features>,
    pub tls_version: Option<String>,
    pub cipher: Option<String>,
    pub tls_ms: Option<f64>,
    /// DER, end entity first.
    pub chain: Vec<Vec<u8>>,
    /// `Err` with what is wrong with the certificate.
    pub verdict: Option<Result<(), String>>,
    pub after_tls: Option<Features>,
    /// (step, error) where the probe stopped.
    pub failed: Option<(&'static str, String)>,
    /// A direct-TLS endpoint that answered a plain stream header with
    /// STARTTLS features instead.
    pub speaks_starttls: bool,
    /// The step under way (what a timeout interrupted).
    stage: &'static str,
}

fn ms(since: StdInstant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

/// Send our stream header over `io` and read the features.
async fn open<Io: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin>(
    io: Io,
    namespace: &'static str,
    domain: &str,
) -> Result<(StreamFeatures, XmppStream<BufStream<Io>>), String> {
    super::limits::apply();
    let pending = initiate_stream(
        BufStream::new(io),
        namespace,
        header(domain),
        STREAM_TIMEOUTS,
    )
    .await
    .map_err(|e| e.to_string())?;
    pending
        .recv_features::<FallibleStreamElement>()
        .await
        .map_err(|e| e.to_string())
}

/// Probe `addr`, which serves `domain`: a server-to-server endpoint when
/// `server`, direct TLS when `direct`.
pub async fn probe(
    addr: SocketAddr,
    domain: &str,
    direct: bool,
    server: bool,
    ca_file: Option<&Path>,
    deadline: Instant,
) -> Seen {
    let mut seen = Seen::default();
    match tokio::time::timeout_at(
        deadline,
        steps(addr, domain, direct, server, ca_file, &mut seen),
    )
    .await
    {
        Ok(Ok(())) => {}
        Ok(Err((step, e))) => seen.failed = Some((step, e)),
        Err(_) => {
            let step = if seen.stage.is_empty() {
                "connect"
            } else {
                seen.stage
            };
            seen.failed = Some((step, "no answer within --timeout".into()));
        }
    }
    if direct && seen.tls_version.is_none() && seen.connect_ms.is_some() {
        // Is it a STARTTLS port named in a direct-TLS record?
        let plain = async {
            let tcp = TcpStream::connect(addr).await.ok()?;
            let namespace = if server {
                JABBER_SERVER
            } else {
                ns::JABBER_CLIENT
            };
            let (features, _) = open(tcp, namespace, domain).await.ok()?;
            Some(features.can_starttls())
        };
        let quick = Instant::now() + std::time::Duration::from_secs(2);
        seen.speaks_starttls = tokio::time::timeout_at(quick.min(deadline), plain)
            .await
            .ok()
            .flatten()
            .unwrap_or(false);
    }
    seen
}

type Step = Result<(), (&'static str, String)>;

async fn steps(
    addr: SocketAddr,
    domain: &str,
    direct: bool,
    server: bool,
    ca_file: Option<&Path>,
    seen: &mut Seen,
) -> Step {
    let namespace = if server {
        JABBER_SERVER
    } else {
        ns::JABBER_CLIENT
    };
    let t = StdInstant::now();
    seen.stage = "connect";
    let tcp = TcpStream::connect(addr)
        .await
        .map_err(|e| ("connect", e.to_string()))?;
    let _ = tcp.set_nodelay(true);
    seen.connect_ms = Some(ms(t));
    let tcp = if direct {
        tcp
    } else {
        seen.stage = "stream";
        let (features, mut stream) = open(tcp, namespace, domain)
            .await
            .map_err(|e| ("stream", e))?;
        let f = Features::of(&features);
        let offered = f.starttls;
        seen.before_tls = Some(f);
        if !offered {
            return Err(("starttls", "STARTTLS not offered".into()));
        }
        seen.stage = "starttls";
        starttls(&mut stream).await.map_err(|end| {
            let why = match end {
                StarttlsEnd::Refused => "the server answered <failure/>".to_string(),
                StarttlsEnd::StreamError(e) => format!("stream error: {}", e.condition),
                StarttlsEnd::Io(e, _) => e.to_string(),
                StarttlsEnd::Closed => "the server closed the stream".to_string(),
            };
            ("starttls", why)
        })?;
        stream.into_inner().into_inner()
    };
    let (mut config, record) =
        tls::recording_config(ca_file).map_err(|e| ("tls", format!("{e:#}")))?;
    if direct {
        config.alpn_protocols = vec![if server {
            b"xmpp-server".to_vec()
        } else {
            b"xmpp-client".to_vec()
        }];
    }
    let name = rustls::pki_types::ServerName::try_from(domain.to_string())
        .map_err(|e| ("tls", e.to_string()))?;
    let t = StdInstant::now();
    seen.stage = "tls";
    let tls = tokio_rustls::TlsConnector::from(Arc::new(config))
        .connect(name, tcp)
        .await
        .map_err(|e| ("tls", e.to_string()))?;
    seen.tls_ms = Some(ms(t));
    {
        let conn = tls.get_ref().1;
        seen.tls_version = conn.protocol_version().map(tls_version_name);
        seen.cipher = conn
            .negotiated_cipher_suite()
            .map(|c| format!("{:?}", c.suite()));
    }
    if let Ok(mut r) = record.lock() {
        seen.chain = std::mem::take(&mut r.chain);
        seen.verdict = r.verdict.take();
    }
    seen.stage = "features";
    let (features, mut stream) = open(tls, namespace, domain)
        .await
        .map_err(|e| ("features", e))?;
    seen.after_tls = Some(Features::of(&features));
    let _ = <_ as SinkExt<&XmppStreamElement>>::close(&mut stream).await;
    Ok(())
}
