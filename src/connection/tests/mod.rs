//! A scripted server over `tokio::io::duplex`: login, SASL, stream
//! management, deadlines and cancellation, without any real server
//! (the logged-in session's tests are in `session.rs`).
//! Its SCRAM side is checked against the RFC 5802 and RFC 7677 vectors
//! first, so that what the client is tested against is right.

use std::time::Duration;

use base64::{engine::general_purpose::STANDARD as B64, Engine};
use futures::{SinkExt, StreamExt};
use hmac::{Hmac, Mac};
use tokio::io::{BufStream, DuplexStream};
use tokio_xmpp::parsers::{
    bind::BindResponse,
    iq::Iq,
    jid::{FullJid, Jid},
    message::Message,
    ns, ping,
    sasl::{Challenge, Nonza as SaslNonza, Success},
    sasl_cb, sm as xsm,
    stream_features::StreamFeatures,
};
use tokio_xmpp::xmlstream::{accept_stream, StreamHeader, XmlStream, XmppStreamElement};
use tokio_xmpp::Stanza;

use super::login::{self, Params, TlsInfo};
use super::{Incoming, Progress, ResumeToken, Resumption, Session};
use crate::error::{kind_of, Kind};

pub(crate) type ServerStream = XmlStream<BufStream<DuplexStream>, XmppStreamElement>;

const PASSWORD: &str = "pencil";
const EXPORTER: &[u8] = b"0123456789abcdef0123456789abcdef";

#[derive(Clone, Copy, PartialEq)]
enum Proof {
    Right,
    WrongSignature,
    NoSignature,
}

#[derive(Clone)]
pub(crate) struct Script {
    pub(crate) mechanisms: Vec<&'static str>,
    cb_exporter: bool,
    sm: bool,
    iterations: u32,
    proof: Proof,
    /// Instead of a challenge: this SASL failure condition.
    failure: Option<&'static str>,
    /// On `<resume/>`: `Some(h)` resumes, `None` fails.
    resumed: Option<u32>,
    /// A message to the bound resource before `<enabled/>`, which the
    /// server does not count (XEP-0198 §4: counting starts at enabled).
    message_before_enabled: bool,
    /// The account's local part.
    user: &'static str,
    /// The client-first message SCRAM got, for the test to look at.
    client_first: std::sync::Arc<std::sync::Mutex<String>>,
    /// The `h` of the client's `<resume/>`.
    resume_h: std::sync::Arc<std::sync::Mutex<Option<u32>>>,
    /// XEP-0478 `max-bytes` advertised after authentication.
    max_bytes: Option<u32>,
}

impl Default for Script {
    fn default() -> Script {
        Script {
            mechanisms: vec!["SCRAM-SHA-1", "PLAIN"],
            cb_exporter: false,
            sm: true,
            iterations: 4096,
            proof: Proof::Right,
            failure: None,
            resumed: None,
            message_before_enabled: false,
            user: "user",
            client_first: Default::default(),
            resume_h: Default::default(),
            max_bytes: None,
        }
    }
}

// --- SCRAM, server side, from RFC 5802 §3 -----------------------------

fn hmac<M: Mac + hmac::digest::KeyInit>(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut m = <M as hmac::digest::KeyInit>::new_from_slice(key).unwrap();
    m.update(data);
    m.finalize().into_bytes().to_vec()
}

/// (client proof, server signature) for `auth_message`.
fn scram_keys(sha256: bool, salt: &[u8], i: u32, auth_message: &[u8]) -> (Vec<u8>, Vec<u8>) {
    use sha1::Digest as _;
    if sha256 {
        let mut salted = [0u8; 32];
        pbkdf2::pbkdf2::<Hmac<sha2::Sha256>>(PASSWORD.as_bytes(), salt, i, &mut salted).unwrap();
        let client_key = hmac::<Hmac<sha2::Sha256>>(&salted, b"Client Key");
        let stored = sha2::Sha256::digest(&client_key);
        let sig = hmac::<Hmac<sha2::Sha256>>(&stored, auth_message);
        let proof = client_key.iter().zip(sig).map(|(a, b)| a ^ b).collect();
        let server_key = hmac::<Hmac<sha2::Sha256>>(&salted, b"Server Key");
        (proof, hmac::<Hmac<sha2::Sha256>>(&server_key, auth_message))
    } else {
        let mut salted = [0u8; 20];
        pbkdf2::pbkdf2::<Hmac<sha1::Sha1>>(PASSWORD.as_bytes(), salt, i, &mut salted).unwrap();
        let client_key = hmac::<Hmac<sha1::Sha1>>(&salted, b"Client Key");
        let stored = sha1::Sha1::digest(&client_key);
        let sig = hmac::<Hmac<sha1::Sha1>>(&stored, auth_message);
        let proof = client_key.iter().zip(sig).map(|(a, b)| a ^ b).collect();
        let server_key = hmac::<Hmac<sha1::Sha1>>(&salted, b"Server Key");
        (proof, hmac::<Hmac<sha1::Sha1>>(&server_key, auth_message))
    }
}

#[test]
fn the_scripted_server_matches_rfc_5802_and_7677() {
    // RFC 5802 §5 (SHA-1).
    let am = b"n=user,r=fyko+d2lbbFgONRv9qkxdawL,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096,c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j";
    let (p, v) = scram_keys(false, &B64.decode("QSXCR+Q6sek8bf92").unwrap(), 4096, am);
    assert_eq!(B64.encode(p), "v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=");
    assert_eq!(B64.encode(v), "rmF9pqV8S7suAoZWja4dJRkFsKQ=");
    // RFC 7677 §3 (SHA-256).
    let am = b"n=user,r=rOprNGfwEbeRWgbNEkqO,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
    let (p, v) = scram_keys(
        true,
        &B64.decode("W22ZaJ0SNY7soEsUEjb6gQ==").unwrap(),
        4096,
        am,
    );
    assert_eq!(
        B64.encode(p),
        "dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="
    );
    assert_eq!(
        B64.encode(v),
        "6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="
    );
}

// --- The scripted server -----------------------------------------------

pub(crate) async fn next(s: &mut ServerStream) -> Option<XmppStreamElement> {
    loop {
        match s.next().await? {
            Ok(el) => return Some(el),
            Err(tokio_xmpp::xmlstream::ReadError::SoftTimeout) => continue,
            Err(_) => return None,
        }
    }
}

async fn header(io: BufStream<DuplexStream>, features: &StreamFeatures) -> ServerStream {
    let accepted = accept_stream(io, ns::JABBER_CLIENT, login::STREAM_TIMEOUTS)
        .await
        .unwrap();
    let pending = accepted
        .send_header(StreamHeader {
            from: Some("example.org".into()),
            to: None,
            id: Some("s1".into()),
        })
        .await
        .unwrap();
    pending.send_features(features).await.unwrap()
}

fn attr<'a>(text: &'a str, k: &str) -> &'a str {
    text.split(',')
        .find_map(|kv| kv.strip_prefix(k).and_then(|v| v.strip_prefix('=')))
        .unwrap_or_default()
}

/// Serve one login; returns the bound stream, or `None` where the
/// script ends it during SASL.
async fn serve(io: DuplexStream, script: Script) -> Option<ServerStream> {
    let mut features = StreamFeatures {
        sasl_mechanisms: script.mechanisms.iter().map(|m| m.to_string()).collect(),
        ..StreamFeatures::default()
    };
    if script.cb_exporter {
        features.sasl_cb = Some(sasl_cb::SaslChannelBinding {
            types: vec![sasl_cb::Type::TlsExporter],
        });
    }
    let mut s = header(BufStream::new(io), &features).await;
    let Some(XmppStreamElement::Sasl(SaslNonza::Auth(auth))) = next(&mut s).await else {
        return None;
    };
    if let Some(cond) = script.failure {
        let f: minidom::Element = format!(
            "<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><{cond}/><text>said the server</text></failure>"
        )
        .parse()
        .unwrap();
        let f = tokio_xmpp::parsers::sasl::Failure::try_from(f).unwrap();
        s.send(&XmppStreamElement::Sasl(SaslNonza::Failure(f)))
            .await
            .ok()?;
        return None;
    }
    let mechanism = format!("{:?}", auth.mechanism);
    let success_data = if mechanism == "Plain" {
        assert_eq!(auth.data, b"\0user\0pencil");
        Vec::new()
    } else {
        let sha256 = mechanism.contains("256");
        let client_first = String::from_utf8(auth.data.clone()).unwrap();
        *script.client_first.lock().unwrap() = client_first.clone();
        let (gs2, bare) = client_first.split_at(client_first.find("n=").unwrap());
        let nonce = format!("{}srvnonce", attr(bare, "r"));
        let salt = b"salt-of-the-earth";
        let server_first = format!("r={nonce},s={},i={}", B64.encode(salt), script.iterations);
        s.send(&XmppStreamElement::Sasl(SaslNonza::Challenge(Challenge {
            data: server_first.clone().into_bytes(),
        })))
        .await
        .ok()?;
        let Some(XmppStreamElement::Sasl(SaslNonza::Response(r))) = next(&mut s).await else {
            return None;
        };
        let client_final = String::from_utf8(r.data).unwrap();
        let (without_proof, proof) = client_final.rsplit_once(",p=").unwrap();
        let mut cb = gs2.as_bytes().to_vec();
        if gs2.starts_with("p=tls-exporter") {
            cb.extend(EXPORTER);
        }
        assert_eq!(attr(without_proof, "c"), B64.encode(&cb), "channel binding");
        assert_eq!(attr(without_proof, "r"), nonce);
        let am = format!("{bare},{server_first},{without_proof}");
        let (want, signature) = scram_keys(sha256, salt, script.iterations, am.as_bytes());
        assert_eq!(proof, B64.encode(want), "client proof");
        match script.proof {
            Proof::Right => format!("v={}", B64.encode(signature)).into_bytes(),
            Proof::WrongSignature => format!("v={}", B64.encode([7u8; 20])).into_bytes(),
            Proof::NoSignature => Vec::new(),
        }
    };
    let success = XmppStreamElement::Sasl(SaslNonza::Success(Success { data: success_data }));
    let accepted = s.accept_reset(&success).await.ok()?;
    let mut features = StreamFeatures {
        bind: Some(tokio_xmpp::parsers::bind::BindFeature { required: true }),
        ..StreamFeatures::default()
    };
    if script.sm {
        features.stream_management = Some(xsm::StreamManagement { optional: false });
    }
    features.limits = script
        .max_bytes
        .map(|b| tokio_xmpp::parsers::stream_limits::Limits {
            max_bytes: std::num::NonZeroU32::new(b),
            idle_seconds: None,
        });
    let pending = accepted
        .send_header(StreamHeader {
            from: Some("example.org".into()),
            to: None,
            id: Some("s2".into()),
        })
        .await
        .ok()?;
    let mut s: ServerStream = pending.send_features(&features).await.ok()?;
    loop {
        match next(&mut s).await? {
            XmppStreamElement::Stanza(Stanza::Iq(iq)) => {
                let jid: FullJid = "user@example.org/res".parse().unwrap();
                let reply = Iq::from_result(iq.id().to_string(), Some(BindResponse { jid }));
                s.send(&XmppStreamElement::Stanza(Stanza::Iq(reply)))
                    .await
                    .ok()?;
                if !script.sm {
                    return Some(s);
                }
            }
            XmppStreamElement::SM(xsm::Nonza::Enable(_)) => {
                if script.message_before_enabled {
                    s.send(&message(100)).await.ok()?;
                }
                let enabled = xsm::Enabled {
                    id: Some(xsm::StreamId("sm-1".into())),
                    location: None,
                    max: None,
                    resume: true,
                };
                s.send(&XmppStreamElement::SM(xsm::Nonza::Enabled(enabled)))
                    .await
                    .ok()?;
                return Some(s);
            }
            XmppStreamElement::SM(xsm::Nonza::Resume(r)) => {
                *script.resume_h.lock().unwrap() = Some(r.h);
                let reply = match script.resumed {
                    Some(h) => xsm::Nonza::Resumed(xsm::Resumed {
                        h,
                        previd: xsm::StreamId("sm-1".into()),
                    }),
                    None => xsm::Nonza::Failed(xsm::Failed {
                        h: Some(1),
                        error: None,
                    }),
                };
                let resumed = matches!(reply, xsm::Nonza::Resumed(_));
                s.send(&XmppStreamElement::SM(reply)).await.ok()?;
                if resumed {
                    return Some(s);
                }
            }
            other => panic!("unexpected during login: {other:?}"),
        }
    }
}

fn tls(verified: bool) -> TlsInfo {
    TlsInfo {
        mode: "starttls",
        version: "TLSv1.3".into(),
        verified,
        exporter: Some(EXPORTER.to_vec()),
    }
}

pub(crate) fn jid() -> Jid {
    "user@example.org".parse().unwrap()
}

/// Log in against `script`; the server side runs as a task.
async fn login_with(
    script: Script,
    info: TlsInfo,
    allow_plain: bool,
    token: Option<&ResumeToken>,
    buffer: usize,
) -> (
    anyhow::Result<(Session, Resumption)>,
    tokio::task::JoinHandle<Option<ServerStream>>,
) {
    let (client, server) = tokio::io::duplex(buffer);
    let jid: Jid = format!("{}@example.org", script.user).parse().unwrap();
    let server = tokio::spawn(serve(server, script));
    let params = Params {
        jid: &jid,
        password: PASSWORD,
        allow_plain,
        timeout: Duration::from_secs(1),
        resumable: true,
        token,
        register: false,
    };
    let mut progress = Progress::default();
    let r = login::login(
        Box::new(BufStream::new(client)),
        info,
        &params,
        &mut progress,
    )
    .await;
    (r, server)
}

/// The error of a login against `script` (verified TLS, no PLAIN override).
async fn login_err(script: Script) -> anyhow::Error {
    let (r, _) = login_with(script, tls(true), false, None, 1 << 16).await;
    r.err().expect("the login should have failed")
}

pub(crate) async fn login_ok(script: Script) -> (Session, ServerStream) {
    let (r, server) = login_with(script, tls(true), false, None, 1 << 16).await;
    let (session, _) = r.unwrap();
    (session, server.await.unwrap().unwrap())
}

// --- SASL ----------------------------------------------------------------

#[tokio::test]
async fn scram_sha_1_and_256_log_in_and_the_server_proves_itself() {
    for mechs in [
        vec!["SCRAM-SHA-1", "PLAIN"],
        vec!["SCRAM-SHA-256", "SCRAM-SHA-1"],
    ] {
        let want = mechs[0];
        let (session, _s) = login_ok(Script {
            mechanisms: mechs,
            ..Script::default()
        })
        .await;
        assert_eq!(session.info.mechanism, want);
        assert_eq!(session.info.channel_binding, "none");
        assert_eq!(session.jid.to_string(), "user@example.org/res");
        assert!(session.stream_management());
    }
}

#[tokio::test]
async fn a_wrong_or_missing_server_signature_is_refused() {
    for proof in [Proof::WrongSignature, Proof::NoSignature] {
        let e = login_err(Script {
            proof,
            mechanisms: vec!["SCRAM-SHA-256"],
            ..Script::default()
        })
        .await;
        assert_eq!(kind_of(&e), Kind::Auth);
        assert!(
            e.to_string()
                .contains("failed to prove it knows the password"),
            "{e}"
        );
    }
}

#[tokio::test]
async fn channel_binding_with_tls_exporter_where_advertised() {
    let (session, _s) = login_ok(Script {
        mechanisms: vec!["SCRAM-SHA-1", "SCRAM-SHA-1-PLUS", "SCRAM-SHA-256-PLUS"],
        cb_exporter: true,
        ..Script::default()
    })
    .await;
    assert_eq!(session.info.mechanism, "SCRAM-SHA-256-PLUS");
    assert_eq!(session.info.channel_binding, "tls-exporter");
    // -PLUS offered but tls-exporter not advertised: plain SCRAM, "n,,".
    let (session, _s) = login_ok(Script {
        mechanisms: vec!["SCRAM-SHA-256", "SCRAM-SHA-256-PLUS"],
        ..Script::default()
    })
    .await;
    assert_eq!(session.info.mechanism, "SCRAM-SHA-256");
}

/// The GS2 header and user name of a SCRAM login against `script`.
async fn client_first(script: Script, info: TlsInfo) -> String {
    let seen = script.client_first.clone();
    let (r, _server) = login_with(script, info, false, None, 1 << 16).await;
    r.unwrap();
    let first = seen.lock().unwrap().clone();
    first
}

fn tls12() -> TlsInfo {
    TlsInfo {
        version: "TLSv1.2".into(),
        exporter: None,
        ..tls(true)
    }
}

#[tokio::test]
async fn the_gs2_header_tells_the_server_what_we_could_bind() {
    let plus = || Script {
        mechanisms: vec!["SCRAM-SHA-256", "SCRAM-SHA-256-PLUS"],
        cb_exporter: true,
        ..Script::default()
    };
    let first = client_first(plus(), tls(true)).await;
    assert!(first.starts_with("p=tls-exporter,,n=user,"), "{first}");
    // TLS 1.3, no -PLUS offered: "y" (a stripped -PLUS shows).
    let first = client_first(Script::default(), tls(true)).await;
    assert!(first.starts_with("y,,n=user,"), "{first}");
    // TLS 1.2: nothing to bind to, "n".
    let first = client_first(Script::default(), tls12()).await;
    assert!(first.starts_with("n,,n=user,"), "{first}");
    let first = client_first(plus(), tls12()).await;
    assert!(first.starts_with("n,,n=user,"), "{first}");
    // -PLUS offered without XEP-0440: the server binds, in a way we do
    // not use; "y" would make it suspect a downgrade.
    let first = client_first(
        Script {
            cb_exporter: false,
            ..plus()
        },
        tls(true),
    )
    .await;
    assert!(first.starts_with("n,,n=user,"), "{first}");
}

#[tokio::test]
async fn a_user_name_with_equals_or_comma_is_escaped() {
    let first = client_first(
        Script {
            user: "a=b,c",
            ..Script::default()
        },
        tls12(),
    )
    .await;
    assert!(first.starts_with("n,,n=a=3Db=2Cc,r="), "{first}");
}

#[tokio::test]
async fn an_absurd_iteration_count_is_refused() {
    let e = login_err(Script {
        iterations: 4_000_000_000,
        ..Script::default()
    })
    .await;
    assert_eq!(kind_of(&e), Kind::Auth);
    assert!(e.to_string().contains("4000000000"), "{e}");
}

#[tokio::test]
async fn pbkdf2_runs_off_the_async_thread() {
    // This test's runtime has one thread, this one: the login's
    // derivation must have run on another (the blocking pool), or it would
    // have stopped every timer and read meanwhile.
    let me = std::thread::current().id();
    let (r, _server) = login_with(Script::default(), tls(true), false, None, 1 << 16).await;
    r.unwrap();
    let ours: Vec<_> = crate::connection::sasl::DERIVATIONS
        .lock()
        .unwrap()
        .iter()
        .filter(|(caller, _)| *caller == me)
        .map(|(_, on)| *on)
        .collect();
    assert_eq!(ours.len(), 1, "one derivation for this login");
    assert_ne!(ours[0], me, "the derivation ran on the runtime thread");
}

#[tokio::test]
async fn plain_is_refused_on_an_unverified_connection_unless_allowed() {
    let plain = Script {
        mechanisms: vec!["PLAIN"],
        ..Script::default()
    };
    let (r, _) = login_with(plain.clone(), tls(false), false, None, 1 << 16).await;
    let e = r.err().unwrap();
    assert_eq!(kind_of(&e), Kind::Auth);
    assert!(e.to_string().contains("--allow-plain"), "{e}");
    let (r, _) = login_with(plain.clone(), tls(false), true, None, 1 << 16).await;
    assert_eq!(r.unwrap().0.info.mechanism, "PLAIN");
    let (r, _) = login_with(plain, tls(true), false, None, 1 << 16).await;
    assert_eq!(r.unwrap().0.info.mechanism, "PLAIN");
}

#[tokio::test]
async fn sasl_conditions_reach_the_user() {
    for (cond, words) in [
        ("temporary-auth-failure", "try again later"),
        ("account-disabled", "disabled"),
        ("not-authorized", "password source"),
    ] {
        let e = login_err(Script {
            failure: Some(cond),
            ..Script::default()
        })
        .await;
        assert_eq!(kind_of(&e), Kind::Auth);
        assert!(e.to_string().contains(words), "{e}");
        assert!(e.to_string().contains("said the server"), "{e}");
    }
}

/// A chat message to us from alice, id and body `m{n}`.
pub(crate) fn message(n: usize) -> XmppStreamElement {
    let m = Message::chat(Some(Jid::new("user@example.org/res").unwrap()))
        .with_body("en".into(), format!("m{n}"));
    let mut m = m;
    m.id = Some(tokio_xmpp::parsers::message::Id(format!("m{n}")));
    m.from = Some(Jid::new("alice@example.org/x").unwrap());
    XmppStreamElement::Stanza(Stanza::Message(m))
}

mod session;

pub(crate) use session::chatter;
