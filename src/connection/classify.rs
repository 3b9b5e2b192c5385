//! Failure → exit code, once, for everything the connection does: I/O and
//! TLS errors, stream errors, SASL failure conditions, stanza errors.
//! Pure functions; unit-tested below.

use std::io;

use tokio_rustls::rustls;
use tokio_xmpp::parsers::sasl::DefinedCondition as SaslCondition;
use tokio_xmpp::parsers::stanza_error::{DefinedCondition, StanzaError};
use tokio_xmpp::parsers::stream_error::{DefinedCondition as StreamCondition, StreamError};
use tokio_xmpp::xmlstream::RecvFeaturesError;

use super::tls;
use crate::error::{fail, transient, Kind};

/// An I/O error at `stage` while talking to `domain`.
pub fn io_error(e: io::Error, stage: &str, domain: &str) -> anyhow::Error {
    if let Some(tls) = e.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()) {
        if let Some(msg) = tls::describe_cert_error(tls, domain) {
            return fail(Kind::Network, msg);
        }
        return fail(Kind::Network, format!("TLS with {domain} failed: {tls}"));
    }
    // The XML parser reports a connection closed before or inside the
    // document as an invalid EOF.
    let eof = e.kind() == io::ErrorKind::UnexpectedEof || e.to_string().contains("invalid eof");
    let closed = || {
        fail(
            Kind::Network,
            format!(
                "{domain} closed the connection {stage}: is this an XMPP port, and the right TLS mode (--tls)?"
            ),
        )
    };
    if eof {
        return closed();
    }
    match e.kind() {
        io::ErrorKind::InvalidData => fail(
            Kind::Network,
            format!("{domain} sent invalid XML {stage} ({e}): is this an XMPP server?"),
        ),
        io::ErrorKind::TimedOut => {
            fail(Kind::Timeout, format!("{domain} stopped answering {stage}"))
        }
        io::ErrorKind::ConnectionReset | io::ErrorKind::BrokenPipe => closed(),
        _ => fail(
            Kind::Network,
            format!("connection to {domain} failed {stage}: {e}"),
        ),
    }
}

/// What `recv_features` failed with.
pub fn features_error(e: RecvFeaturesError, stage: &str, domain: &str) -> anyhow::Error {
    match e {
        RecvFeaturesError::Io(e) => io_error(e, stage, domain),
        RecvFeaturesError::StreamError(e) => stream_error(&e.0, domain),
    }
}

/// A stream error the server sent. `see-other-host` is handled by the
/// dialler before it gets here (see [`see_other_host`]).
pub fn stream_error(e: &StreamError, domain: &str) -> anyhow::Error {
    let cond = stream_condition_name(&e.condition);
    let text = e
        .texts
        .values()
        .next()
        .map(|t| format!(" ({t})"))
        .unwrap_or_default();
    match &e.condition {
        StreamCondition::HostUnknown => fail(
            Kind::Network,
            format!("the server does not serve the domain {domain} (host-unknown){text}: check the JID's domain and --server"),
        ),
        StreamCondition::SeeOtherHost(host) => fail(
            Kind::Network,
            format!("the server sent us on to {host} (see-other-host) more than once{text}"),
        ),
        // A restart or shutdown is a dropped connection, not a refusal.
        StreamCondition::SystemShutdown
        | StreamCondition::Reset
        | StreamCondition::ConnectionTimeout => fail(
            Kind::Network,
            format!("the server closed the stream: {cond}{text}"),
        ),
        _ => fail(Kind::Remote, format!("the server closed the stream: {cond}{text}")),
    }
}

/// The host a `see-other-host` stream error names, if it is one.
pub fn see_other_host(e: &StreamError) -> Option<&str> {
    match &e.condition {
        StreamCondition::SeeOtherHost(h) if !h.trim().is_empty() => Some(h.trim()),
        _ => None,
    }
}

/// A SASL `<failure/>`: each condition its own sentence and hint;
/// `temporary-auth-failure` is marked transient (retried by `--reconnect`).
pub fn sasl_failure(cond: &SaslCondition, text: Option<&str>, jid: &str) -> anyhow::Error {
    let text = text
        .filter(|t| !t.is_empty())
        .map(|t| format!(" ({t})"))
        .unwrap_or_default();
    let name = sasl_condition_name(cond);
    match cond {
        SaslCondition::NotAuthorized => fail(
            Kind::Auth,
            format!("authentication failed for {jid}: not-authorized{text}: check the JID and the password source"),
        ),
        SaslCondition::TemporaryAuthFailure => transient(
            Kind::Auth,
            format!("the server could not check the credentials of {jid} right now (temporary-auth-failure){text}: try again later"),
        ),
        SaslCondition::AccountDisabled => fail(
            Kind::Auth,
            format!("the account {jid} is disabled (account-disabled){text}: ask the server's administrator"),
        ),
        SaslCondition::CredentialsExpired => fail(
            Kind::Auth,
            format!("the password of {jid} has expired (credentials-expired){text}: set a new one, then update the password source"),
        ),
        SaslCondition::EncryptionRequired => fail(
            Kind::Auth,
            format!("the server requires a stronger protected connection for this mechanism (encryption-required){text}: check --tls and --server"),
        ),
        SaslCondition::MalformedRequest => fail(
            Kind::Auth,
            format!("the server found our authentication request malformed (malformed-request){text}: the JID's local part may be invalid; -vv --trace-xml shows the exchange"),
        ),
        _ => fail(
            Kind::Auth,
            format!("authentication failed for {jid}: {name}{text}"),
        ),
    }
}

fn sasl_condition_name(cond: &SaslCondition) -> String {
    kebab(&format!("{cond:?}"))
}

fn stream_condition_name(cond: &StreamCondition) -> String {
    kebab(&format!("{cond:?}"))
}

/// `NotAuthorized` → `not-authorized`, `SeeOtherHost("x")` → `see-other-host`.
pub fn kebab(debug: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{is_retryable, kind_of};

    fn stream_err(xml: &str) -> StreamError {
        let el: minidom::Element = xml.parse().unwrap();
        StreamError::try_from(el).unwrap()
    }

    const NS: &str = "xmlns='http://etherx.jabber.org/streams'";
    const COND: &str = "xmlns='urn:ietf:params:xml:ns:xmpp-streams'";

    #[test]
    fn every_stream_error_has_its_exit_code() {
        let cases = [
            ("host-unknown", Kind::Network),
            ("system-shutdown", Kind::Network),
            ("reset", Kind::Network),
            ("connection-timeout", Kind::Network),
            ("conflict", Kind::Remote),
            ("policy-violation", Kind::Remote),
            ("not-authorized", Kind::Remote),
            ("internal-server-error", Kind::Remote),
            ("undefined-condition", Kind::Remote),
        ];
        for (cond, kind) in cases {
            let e = stream_err(&format!("<error {NS}><{cond} {COND}/></error>"));
            let err = stream_error(&e, "example.org");
            assert_eq!(kind_of(&err), kind, "{cond}");
            assert!(err.to_string().contains(cond), "{err}");
        }
    }

    #[test]
    fn see_other_host_names_the_host() {
        let e = stream_err(&format!(
            "<error {NS}><see-other-host {COND}>other.example:5222</see-other-host></error>"
        ));
        assert_eq!(see_other_host(&e), Some("other.example:5222"));
        let e = stream_err(&format!("<error {NS}><conflict {COND}/></error>"));
        assert_eq!(see_other_host(&e), None);
    }

    #[test]
    fn every_sasl_condition_gets_its_own_message() {
        let cases = [
            (
                SaslCondition::NotAuthorized,
                "check the JID and the password",
            ),
            (SaslCondition::TemporaryAuthFailure, "try again later"),
            (SaslCondition::AccountDisabled, "disabled"),
            (SaslCondition::CredentialsExpired, "expired"),
            (SaslCondition::EncryptionRequired, "encryption-required"),
            (SaslCondition::MalformedRequest, "malformed"),
            (SaslCondition::InvalidMechanism, "invalid-mechanism"),
        ];
        let mut seen = std::collections::HashSet::new();
        for (cond, words) in cases {
            let e = sasl_failure(&cond, Some("said the server"), "a@b");
            assert_eq!(kind_of(&e), Kind::Auth);
            let msg = e.to_string();
            assert!(msg.contains(words), "{msg}");
            assert!(msg.contains("said the server"), "{msg}");
            assert!(seen.insert(msg), "two conditions share a message");
        }
    }

    #[test]
    fn only_temporary_auth_failure_is_retried() {
        let t = sasl_failure(&SaslCondition::TemporaryAuthFailure, None, "a@b");
        assert!(is_retryable(&t));
        let n = sasl_failure(&SaslCondition::NotAuthorized, None, "a@b");
        assert!(!is_retryable(&n));
    }

    #[test]
    fn io_errors_are_classified() {
        let e = io_error(
            io::Error::new(io::ErrorKind::TimedOut, "x"),
            "in the TLS handshake",
            "d",
        );
        assert_eq!(kind_of(&e), Kind::Timeout);
        let e = io_error(
            io::Error::new(io::ErrorKind::UnexpectedEof, "x"),
            "opening the stream",
            "d",
        );
        assert_eq!(kind_of(&e), Kind::Network);
        assert!(e.to_string().contains("right TLS mode"));
        let e = io_error(
            io::Error::new(io::ErrorKind::InvalidData, "junk"),
            "opening the stream",
            "d",
        );
        assert!(e.to_string().contains("invalid XML"), "{e}");
    }

    #[test]
    fn kebab_names() {
        assert_eq!(kebab("NotAuthorized"), "not-authorized");
        assert_eq!(kebab("SeeOtherHost(\"x\")"), "see-other-host");
    }
}
