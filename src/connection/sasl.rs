//! Our SASL exchange (RFC 6120 §6) on the `sasl` crate's mechanisms:
//! which mechanism and channel binding to use ([`choose`]), the checks
//! the crate leaves to us (the server nonce extends ours, a bounded
//! iteration count, the server's signature in `v=` — mutual
//! authentication, RFC 5802 §5), and PBKDF2 off the async thread.

use std::collections::BTreeSet;

use anyhow::Result;
use futures::{SinkExt, StreamExt};
use sasl::client::mechanisms::{Plain, Scram};
use sasl::client::Mechanism;
use sasl::common::scram::{Sha1, Sha256};
use sasl::common::ChannelBinding;
use tokio_xmpp::parsers::sasl::{Auth, Mechanism as XmppMechanism, Nonza, Response};
use tokio_xmpp::parsers::sasl_cb;
use tokio_xmpp::xmlstream::{ReadError, XmppStreamElement};

use super::classify;
use super::Stream;
use crate::error::{bail, fail, Kind};

/// The highest PBKDF2 iteration count we compute. A server chooses it;
/// RFC 7677 recommends 4096 and servers use 4096 to 10,000. Far more
/// would let a server (or anyone in its place) freeze us.
pub const MAX_ITERATIONS: u32 = 1_000_000;

/// Channel binding that is possible on this connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    /// GS2 `n`: we cannot bind to this channel (TLS 1.2), or the server
    /// offers binding in a form we do not use.
    None,
    /// GS2 `y`: we could bind (TLS 1.3) but the server offers no `-PLUS`
    /// mechanism. A server that does support binding then sees that a
    /// man in the middle stripped `-PLUS` (RFC 5802 §6).
    Unadvertised,
    /// RFC 9266, on TLS 1.3.
    TlsExporter,
}

/// A mechanism and its channel binding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub mechanism: &'static str,
    pub binding: Binding,
}

impl Choice {
    /// As `-v` prints it: "SCRAM-SHA-256-PLUS, tls-exporter".
    pub fn describe(&self) -> String {
        match self.binding {
            Binding::None | Binding::Unadvertised => {
                format!("{}, no channel binding", self.mechanism)
            }
            Binding::TlsExporter => format!("{}, tls-exporter", self.mechanism),
        }
    }
}

/// What the connection offers the choice.
#[derive(Debug, Clone, Copy)]
pub struct Channel {
    /// TLS 1.3 with an exporter we can read.
    pub exporter: bool,
    /// The server's certificate was verified (not `--insecure`).
    pub verified: bool,
    /// `--allow-plain`.
    pub allow_plain: bool,
}

/// Pick the strongest mechanism both sides can complete: a `-PLUS`
/// variant only where the server advertised `tls-exporter` (XEP-0440)
/// and we have TLS 1.3; then SCRAM-SHA-256, SCRAM-SHA-1; PLAIN only when
/// the certificate was verified or `--allow-plain` was given.
pub fn choose(
    offered: &BTreeSet<String>,
    cb_types: Option<&sasl_cb::SaslChannelBinding>,
    channel: Channel,
    domain: &str,
) -> Result<Choice> {
    let exporter_advertised =
        cb_types.is_some_and(|cb| cb.types.contains(&sasl_cb::Type::TlsExporter));
    if channel.exporter && exporter_advertised {
        for m in ["SCRAM-SHA-256-PLUS", "SCRAM-SHA-1-PLUS"] {
            if offered.contains(m) {
                return Ok(Choice {
                    mechanism: m,
                    binding: Binding::TlsExporter,
                });
            }
        }
    }
    let plus_offered = offered.iter().any(|m| m.ends_with("-PLUS"));
    for m in ["SCRAM-SHA-256", "SCRAM-SHA-1"] {
        if offered.contains(m) {
            return Ok(Choice {
                mechanism: m,
                binding: if channel.exporter && !plus_offered {
                    Binding::Unadvertised
                } else {
                    Binding::None
                },
            });
        }
    }
    if offered.contains("PLAIN") {
        if channel.verified || channel.allow_plain {
            return Ok(Choice {
                mechanism: "PLAIN",
                binding: Binding::None,
            });
        }
        return bail(
            Kind::Auth,
            format!(
                "{domain} offers only PLAIN, which would hand the password to anyone in the middle \
                 of a connection whose certificate was not verified (--insecure): verify it with \
                 --ca-file, or pass --allow-plain to send the password anyway"
            ),
        );
    }
    let list: Vec<&str> = offered.iter().map(String::as_str).collect();
    bail(
        Kind::Auth,
        format!(
            "{domain} offers no SASL mechanism we can use (offered: {})",
            if list.is_empty() {
                "none".to_string()
            } else {
                list.join(", ")
            }
        ),
    )
}

/// Check the server-first message of SCRAM: its nonce extends ours and
/// its iteration count is within [`MAX_ITERATIONS`]. Returns the count.
pub fn check_server_first(challenge: &[u8], client_nonce: &str) -> Result<u32> {
    let text = std::str::from_utf8(challenge)
        .map_err(|_| fail(Kind::Auth, "the server's SCRAM challenge is not UTF-8"))?;
    let attr = |k: &str| {
        text.split(',')
            .find_map(|kv| kv.strip_prefix(k).and_then(|v| v.strip_prefix('=')))
    };
    let nonce = attr("r").unwrap_or_default();
    if client_nonce.is_empty() || !nonce.starts_with(client_nonce) || nonce == client_nonce {
        return bail(
            Kind::Auth,
            "the server's SCRAM nonce does not extend ours (RFC 5802): refusing to go on",
        );
    }
    let iterations: u64 = attr("i").and_then(|i| i.parse().ok()).ok_or_else(|| {
        fail(
            Kind::Auth,
            "the server's SCRAM challenge has no iteration count",
        )
    })?;
    if iterations == 0 || iterations > u64::from(MAX_ITERATIONS) {
        return bail(
            Kind::Auth,
            format!(
                "the server asks for {iterations} PBKDF2 iterations, more than the {MAX_ITERATIONS} \
                 xmpp computes: refusing (a sane server uses 4096 to 100,000)"
            ),
        );
    }
    Ok(iterations as u32)
}

/// The nonce in our client-first message (`n,,n=user,r=NONCE`).
fn client_nonce(initial: &[u8]) -> String {
    std::str::from_utf8(initial)
        .ok()
        .and_then(|t| t.split(',').find_map(|kv| kv.strip_prefix("r=")))
        .unwrap_or_default()
        .to_string()
}

type Mech = Box<dyn Mechanism + Send>;

/// For the tests: which thread asked for each PBKDF2 derivation, and which
/// computed it.
#[cfg(test)]
pub(crate) static DERIVATIONS: std::sync::Mutex<
    Vec<(std::thread::ThreadId, std::thread::ThreadId)>,
> = std::sync::Mutex::new(Vec::new());

/// The SCRAM user name for a JID's local part: SASLprepped (RFC 6120
/// §6.3.7; a local part is nodeprepped already, so this rarely changes
/// anything), then `=` and `,` escaped as `=3D` and `=2C` (RFC 5802
/// §5.1), so `a=b@example.org` logs in as `n=a=3Db`.
pub fn scram_name(local: &str) -> String {
    let prepped = stringprep::saslprep(local).unwrap_or(std::borrow::Cow::Borrowed(local));
    let mut out = String::with_capacity(prepped.len());
    for c in prepped.chars() {
        match c {
            '=' => out.push_str("=3D"),
            ',' => out.push_str("=2C"),
            c => out.push(c),
        }
    }
    out
}

fn mechanism(
    choice: &Choice,
    user: &str,
    password: &str,
    exporter: Option<Vec<u8>>,
) -> Result<Mech> {
    let cb = match (choice.binding, exporter) {
        (Binding::TlsExporter, Some(data)) => ChannelBinding::TlsExporter(data),
        (Binding::TlsExporter, None) => {
            return bail(
                Kind::Internal,
                "channel binding chosen without exporter data",
            )
        }
        (Binding::None, _) => ChannelBinding::None,
        (Binding::Unadvertised, _) => ChannelBinding::Unsupported,
    };
    let name = scram_name(user);
    // The server derived its keys from the SASLprepped password
    // (RFC 5802 §2.2); PLAIN sends it as typed and the server preps it.
    let prepped = stringprep::saslprep(password)
        .map(|p| p.into_owned())
        .unwrap_or_else(|_| password.to_string());
    let nonce_err = |_| fail(Kind::Internal, "cannot generate a SCRAM nonce");
    Ok(match choice.mechanism {
        "SCRAM-SHA-256" | "SCRAM-SHA-256-PLUS" => {
            Box::new(Scram::<Sha256>::new(name, prepped, cb).map_err(nonce_err)?)
        }
        "SCRAM-SHA-1" | "SCRAM-SHA-1-PLUS" => {
            Box::new(Scram::<Sha1>::new(name, prepped, cb).map_err(nonce_err)?)
        }
        _ => Box::new(Plain::new(user, password.to_string())),
    })
}

const NOT_PROVEN: &str =
    "the server failed to prove it knows the password (wrong SCRAM signature): someone may be \
     impersonating it; do not trust this connection";

/// Run the exchange on `stream` as `user`. `exporter` is the RFC 9266
/// channel binding data where `choice` binds. The caller bounds it in
/// time; the PBKDF2 step runs on a blocking thread so that deadline and
/// signals still fire.
pub async fn authenticate(
    stream: &mut Stream,
    choice: &Choice,
    user: &str,
    password: &str,
    exporter: Option<Vec<u8>>,
    jid: &str,
) -> Result<()> {
    let scram = choice.mechanism.starts_with("SCRAM");
    let mut mech = mechanism(choice, user, password, exporter)?;
    let initial = mech.initial();
    let nonce = client_nonce(&initial);
    let name: XmppMechanism = choice.mechanism.parse().map_err(|e| {
        fail(
            Kind::Internal,
            format!("mechanism {}: {e}", choice.mechanism),
        )
    })?;
    send(
        stream,
        Nonza::Auth(Auth {
            mechanism: name,
            data: initial,
        }),
    )
    .await?;
    // SCRAM: 0 = waiting for server-first, 1 = for server-final, 2 = proven.
    let mut step = 0;
    loop {
        match read(stream).await? {
            Nonza::Challenge(c) => {
                let data = if !scram {
                    return bail(Kind::Auth, "the server sent a challenge for PLAIN");
                } else if step == 0 {
                    check_server_first(&c.data, &nonce)?;
                    #[cfg(test)]
                    let caller = std::thread::current().id();
                    let (m, r) = tokio::task::spawn_blocking(move || {
                        #[cfg(test)]
                        DERIVATIONS
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push((caller, std::thread::current().id()));
                        let r = mech.response(&c.data);
                        (mech, r)
                    })
                    .await
                    .map_err(|e| fail(Kind::Internal, format!("SCRAM derivation: {e}")))?;
                    mech = m;
                    step = 1;
                    r.map_err(|e| {
                        fail(
                            Kind::Auth,
                            format!("the server's SCRAM challenge is invalid: {e:?}"),
                        )
                    })?
                } else if step == 1 {
                    // RFC 6120 §6.3.10: server-final may come as a
                    // challenge, answered with an empty response.
                    mech.success(&c.data)
                        .map_err(|_| fail(Kind::Auth, NOT_PROVEN))?;
                    step = 2;
                    Vec::new()
                } else {
                    return bail(Kind::Auth, "the server sent one SASL challenge too many");
                };
                send(stream, Nonza::Response(Response { data })).await?;
            }
            Nonza::Success(s) => {
                if scram {
                    match step {
                        2 if s.data.is_empty() => {}
                        1 => mech
                            .success(&s.data)
                            .map_err(|_| fail(Kind::Auth, NOT_PROVEN))?,
                        _ => return bail(Kind::Auth, NOT_PROVEN),
                    }
                }
                return Ok(());
            }
            Nonza::Failure(f) => {
                let text = f.texts.values().next().map(String::as_str);
                return Err(classify::sasl_failure(&f.defined_condition, text, jid));
            }
            other => log::debug!("ignoring SASL element {other:?}"),
        }
    }
}

/// The RFC 9266 `tls-exporter` data of a TLS 1.3 connection.
pub fn exporter(conn: &tokio_rustls::rustls::ClientConnection) -> Option<Vec<u8>> {
    if conn.protocol_version() != Some(tokio_rustls::rustls::ProtocolVersion::TLSv1_3) {
        return None;
    }
    conn.export_keying_material([0u8; 32], b"EXPORTER-Channel-Binding", None)
        .ok()
        .map(|k| k.to_vec())
}

async fn send(stream: &mut Stream, n: Nonza) -> Result<()> {
    stream.send(&XmppStreamElement::Sasl(n)).await.map_err(|e| {
        fail(
            Kind::Network,
            format!("connection lost while authenticating: {e}"),
        )
    })
}

async fn read(stream: &mut Stream) -> Result<Nonza> {
    loop {
        match stream.next().await {
            Some(Ok(tokio_xmpp::xmlstream::FallibleStreamElement::Ok(el))) => match el {
                XmppStreamElement::Sasl(n) => return Ok(n),
                XmppStreamElement::StreamError(e) => {
                    return Err(classify::stream_error(&e.0, "the server"))
                }
                other => {
                    return bail(
                        Kind::Remote,
                        format!(
                            "the server sent {} while we authenticated",
                            element_name(&other)
                        ),
                    )
                }
            },
            Some(Ok(tokio_xmpp::xmlstream::FallibleStreamElement::Err(e))) => {
                return bail(
                    Kind::Auth,
                    format!("the server sent an invalid SASL element: {e}"),
                )
            }
            Some(Err(ReadError::SoftTimeout)) => continue,
            Some(Err(ReadError::ParseError(e))) => {
                return bail(
                    Kind::Auth,
                    format!("the server sent an invalid SASL element: {e}"),
                )
            }
            Some(Err(ReadError::HardError(e))) => {
                return Err(classify::io_error(e, "while authenticating", "the server"))
            }
            Some(Err(ReadError::StreamFooterReceived)) | None => {
                return bail(
                    Kind::Network,
                    "the server closed the stream while we authenticated",
                )
            }
        }
    }
}

fn element_name(el: &XmppStreamElement) -> &'static str {
    match el {
        XmppStreamElement::Stanza(_) => "a stanza",
        XmppStreamElement::Starttls(_) => "a STARTTLS element",
        XmppStreamElement::SM(_) => "a stream management element",
        _ => "an unexpected element",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(m: &[&str]) -> BTreeSet<String> {
        m.iter().map(|s| s.to_string()).collect()
    }

    fn cb(types: Vec<sasl_cb::Type>) -> sasl_cb::SaslChannelBinding {
        sasl_cb::SaslChannelBinding { types }
    }

    const TLS13: Channel = Channel {
        exporter: true,
        verified: true,
        allow_plain: false,
    };

    #[test]
    fn plus_only_with_an_advertised_tls_exporter() {
        let offered = set(&[
            "SCRAM-SHA-1",
            "SCRAM-SHA-1-PLUS",
            "SCRAM-SHA-256",
            "SCRAM-SHA-256-PLUS",
            "PLAIN",
        ]);
        let c = choose(
            &offered,
            Some(&cb(vec![sasl_cb::Type::TlsExporter])),
            TLS13,
            "d",
        )
        .unwrap();
        assert_eq!(c.mechanism, "SCRAM-SHA-256-PLUS");
        assert_eq!(c.describe(), "SCRAM-SHA-256-PLUS, tls-exporter");
        // ejabberd 23.01: -PLUS offered, tls-unique only (or nothing advertised).
        for types in [None, Some(cb(vec![sasl_cb::Type::TlsUnique]))] {
            let c = choose(&offered, types.as_ref(), TLS13, "d").unwrap();
            assert_eq!(c.mechanism, "SCRAM-SHA-256");
            assert_eq!(c.binding, Binding::None);
        }
        // TLS 1.2: no exporter binding.
        assert_eq!(scram_name("a=b,c"), "a=3Db=2Cc");
        // SASLprep: mapped to nothing (RFC 3454 B.1), non-ASCII space.
        assert_eq!(scram_name("a\u{AD}b\u{A0}c"), "ab c");
        let c = choose(
            &offered,
            Some(&cb(vec![sasl_cb::Type::TlsExporter])),
            Channel {
                exporter: false,
                ..TLS13
            },
            "d",
        )
        .unwrap();
        assert_eq!(c.mechanism, "SCRAM-SHA-256");
    }

    #[test]
    fn scram_sha_1_when_that_is_all_prosody_offers() {
        let c = choose(&set(&["SCRAM-SHA-1", "PLAIN"]), None, TLS13, "d").unwrap();
        assert_eq!(c.mechanism, "SCRAM-SHA-1");
        assert_eq!(c.describe(), "SCRAM-SHA-1, no channel binding");
    }

    #[test]
    fn plain_needs_a_verified_certificate_or_allow_plain() {
        let only = set(&["PLAIN"]);
        assert_eq!(choose(&only, None, TLS13, "d").unwrap().mechanism, "PLAIN");
        let insecure = Channel {
            verified: false,
            ..TLS13
        };
        let e = choose(&only, None, insecure, "d").unwrap_err();
        assert!(e.to_string().contains("--allow-plain"), "{e}");
        assert_eq!(crate::error::kind_of(&e), Kind::Auth);
        let allowed = Channel {
            allow_plain: true,
            ..insecure
        };
        assert_eq!(
            choose(&only, None, allowed, "d").unwrap().mechanism,
            "PLAIN"
        );
        // SCRAM is fine without a verified certificate.
        assert_eq!(
            choose(&set(&["PLAIN", "SCRAM-SHA-1"]), None, insecure, "d")
                .unwrap()
                .mechanism,
            "SCRAM-SHA-1"
        );
    }

    #[test]
    fn no_usable_mechanism_lists_the_offer() {
        let e = choose(&set(&["X-OAUTH2", "EXTERNAL"]), None, TLS13, "d").unwrap_err();
        assert!(e.to_string().contains("EXTERNAL, X-OAUTH2"), "{e}");
    }

    #[test]
    fn the_server_first_message_is_checked() {
        let ok = b"r=abcXYZ,s=QSXCR+Q6sek8bf92,i=4096";
        assert_eq!(check_server_first(ok, "abc").unwrap(), 4096);
        let e = check_server_first(b"r=zzzXYZ,s=QSXC,i=4096", "abc").unwrap_err();
        assert!(e.to_string().contains("nonce"), "{e}");
        let e = check_server_first(b"r=abcX,s=QSXC,i=4000000000", "abc").unwrap_err();
        assert!(e.to_string().contains("4000000000"), "{e}");
        assert!(e.to_string().contains("1000000"), "{e}");
        assert_eq!(crate::error::kind_of(&e), Kind::Auth);
        assert!(check_server_first(b"r=abcX,s=QSXC,i=1000000", "abc").is_ok());
        assert!(check_server_first(b"r=abcX,s=QSXC", "abc").is_err());
        assert!(check_server_first(b"r=abcX,s=QSXC,i=0", "abc").is_err());
    }

    #[test]
    fn our_nonce_is_read_from_client_first() {
        assert_eq!(
            client_nonce(b"n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"),
            "fyko+d2lbbFgONRv9qkxdawL"
        );
        assert_eq!(client_nonce(b"p=tls-exporter,,n=u,r=abc"), "abc");
    }
}
