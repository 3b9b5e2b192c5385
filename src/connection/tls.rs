//! The rustls client configuration: system roots plus `--ca-file`, exact
//! pinning of a certificate found in `--ca-file`, and `--insecure`. Always
//! the ring provider.
//!
//! `--ca-file` certificates that are CAs (basicConstraints cA=TRUE) become
//! trust anchors; the others (leaves) do not, so pinning a leaf never
//! makes its key a CA for every name. Any `--ca-file` certificate that the
//! server presents verbatim is accepted when the chain does not verify
//! (the self-signed `CA:TRUE` certificate `prosodyctl cert generate` makes,
//! which webpki refuses as an end entity) — but only for a name it is
//! valid for, and only within its validity period.

use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};

use anyhow::Result;
use tokio_rustls::rustls::{
    self,
    client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier},
    client::WebPkiServerVerifier,
    crypto::CryptoProvider,
    pki_types::{pem::PemObject, CertificateDer, ServerName, UnixTime},
    ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};

use crate::error::{fail, Kind};

/// Build the client configuration. `ca_file` certificates are trusted as
/// roots, and any of them presented verbatim as the server's end-entity
/// certificate is accepted (a self-signed `CA:TRUE` certificate as
/// `prosodyctl cert generate` makes it, which webpki refuses as an end
/// entity).
pub fn client_config(ca_file: Option<&Path>, insecure: bool) -> Result<ClientConfig> {
    build(ca_file, insecure, None)
}

/// What a probing handshake saw: the chain the server presented and the
/// verdict the normal checks would have given (`Err` with the reason).
#[derive(Debug, Default)]
pub struct Seen {
    pub chain: Vec<Vec<u8>>,
    pub verdict: Option<Result<(), String>>,
}

/// For `xmpp check`, which reports on a certificate instead of refusing
/// it: the same checks as [`client_config`], but the verdict is recorded
/// in the returned [`Seen`] and the handshake goes on either way. Never
/// used to log in: nothing secret is sent on such a connection.
pub fn recording_config(ca_file: Option<&Path>) -> Result<(ClientConfig, Arc<Mutex<Seen>>)> {
    let seen = Arc::new(Mutex::new(Seen::default()));
    Ok((build(ca_file, false, Some(seen.clone()))?, seen))
}

fn build(
    ca_file: Option<&Path>,
    insecure: bool,
    record: Option<Arc<Mutex<Seen>>>,
) -> Result<ClientConfig> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    // The --ca-file CAs alone first: the system store is read only when
    // they do not vouch for the server (see `Verifier::verify`).
    let mut roots = RootCertStore::empty();

    let mut pinned = Vec::new();
    if let Some(path) = ca_file {
        let pem = crate::files::read_bounded(path, crate::files::CA_MAX).map_err(|e| {
            fail(
                Kind::Config,
                format!("cannot read --ca-file {}: {e}", path.display()),
            )
        })?;
        for cert in CertificateDer::pem_slice_iter(&pem) {
            let cert = cert.map_err(|e| {
                fail(
                    Kind::Config,
                    format!("--ca-file {} is not valid PEM: {e}", path.display()),
                )
            })?;
            // Only a CA is an anchor (webpki anchors keep no CA bit: a leaf
            // as an anchor would vouch for any name). Every one is good
            // for pinning.
            if is_ca(cert.as_ref()) {
                let _ = roots.add(cert.clone());
            }
            pinned.push(cert.into_owned());
        }
        if pinned.is_empty() {
            return Err(fail(
                Kind::Config,
                format!("--ca-file {} holds no PEM certificate", path.display()),
            ));
        }
    }

    let webpki = webpki_verifier(roots, &provider)?;
    let verifier = Arc::new(Verifier {
        webpki,
        pinned,
        insecure,
        provider: provider.clone(),
        record,
    });
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| fail(Kind::Internal, format!("TLS setup: {e}")))?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    Ok(config)
}

fn webpki_verifier(
    roots: RootCertStore,
    provider: &Arc<CryptoProvider>,
) -> Result<Option<Arc<WebPkiServerVerifier>>> {
    if roots.is_empty() {
        return Ok(None);
    }
    WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
        .build()
        .map(Some)
        .map_err(|e| fail(Kind::Config, format!("certificate store: {e}")))
}

/// For the tests: how often each step read the disk.
#[cfg(test)]
static LOADS: [std::sync::atomic::AtomicUsize; 2] = [
    std::sync::atomic::AtomicUsize::new(0),
    std::sync::atomic::AtomicUsize::new(0),
];

/// The system's trust anchors in two steps, each read from disk at most
/// once per process and only when needed: first the CA bundle file alone
/// (`SSL_CERT_FILE`, else where OpenSSL keeps it: one file on Debian),
/// then, only if that does not vouch for the server, everything the
/// platform store holds (with the directories, `SSL_CERT_DIR` or
/// `/etc/ssl/certs`: hundreds of files, ~3 ms of a one-shot's CPU).
/// Together the steps trust exactly what the platform store does.
fn system_verifier(
    step: usize,
    provider: &Arc<CryptoProvider>,
) -> Option<Arc<WebPkiServerVerifier>> {
    static STEPS: [OnceLock<Option<Arc<WebPkiServerVerifier>>>; 2] =
        [OnceLock::new(), OnceLock::new()];
    STEPS
        .get(step)?
        .get_or_init(|| {
            #[cfg(test)]
            LOADS[step].fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let loaded = if step == 0 {
                let file = std::env::var_os("SSL_CERT_FILE")
                    .map(std::path::PathBuf::from)
                    .or_else(|| openssl_probe::probe().cert_file)?;
                rustls_native_certs::load_certs_from_paths(Some(&file), None)
            } else {
                rustls_native_certs::load_native_certs()
            };
            for e in &loaded.errors {
                log::debug!("system certificate store: {e}");
            }
            let mut roots = RootCertStore::empty();
            let (added, ignored) = roots.add_parsable_certificates(loaded.certs);
            log::debug!(
                "system roots (step {}): {added} loaded, {ignored} ignored",
                step + 1
            );
            webpki_verifier(roots, provider).ok().flatten()
        })
        .clone()
}

#[derive(Debug)]
struct Verifier {
    webpki: Option<Arc<WebPkiServerVerifier>>,
    pinned: Vec<CertificateDer<'static>>,
    insecure: bool,
    provider: Arc<CryptoProvider>,
    record: Option<Arc<Mutex<Seen>>>,
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if self.insecure {
            return Ok(ServerCertVerified::assertion());
        }
        let verdict = self.verify(end_entity, intermediates, server_name, ocsp_response, now);
        let Some(record) = &self.record else {
            return verdict;
        };
        if let Ok(mut seen) = record.lock() {
            seen.chain = std::iter::once(end_entity)
                .chain(intermediates)
                .map(|c| c.as_ref().to_vec())
                .collect();
            let domain = match server_name {
                ServerName::DnsName(d) => d.as_ref().to_string(),
                other => format!("{other:?}"),
            };
            seen.verdict = Some(
                verdict
                    .map(|_| ())
                    .map_err(|e| cert_problem(&e, &domain).unwrap_or_else(|| e.to_string())),
            );
        }
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

impl Verifier {
    /// The verdict: webpki against the roots, else a pinned certificate.
    fn verify(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        // --ca-file's CAs, then the system's anchors in growing sets: the
        // first that vouches wins. The reason given is the most telling
        // one (an expiry or a wrong name rather than an unknown issuer).
        let unknown = || rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer);
        let mut result = Err(unknown());
        let verifiers = std::iter::once(self.webpki.clone())
            .chain((0..2).map(|step| system_verifier(step, &self.provider)))
            .flatten();
        for v in verifiers {
            match v.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now) {
                Ok(ok) => {
                    result = Ok(ok);
                    break;
                }
                Err(e) => {
                    if matches!(result, Err(ref r) if *r == unknown()) {
                        result = Err(e);
                    }
                }
            }
        }
        match result {
            Ok(ok) => Ok(ok),
            Err(e)
                if self
                    .pinned
                    .iter()
                    .any(|p| p.as_ref() == end_entity.as_ref()) =>
            {
                check_pinned(end_entity, server_name, now, &self.provider)?;
                log::debug!("certificate accepted because --ca-file holds it verbatim ({e})");
                Ok(ServerCertVerified::assertion())
            }
            Err(e) => Err(e),
        }
    }
}

/// A certificate presented verbatim from `--ca-file` must still be for
/// this name and within its validity period (and for server use).
fn check_pinned(
    cert: &CertificateDer<'_>,
    name: &ServerName<'_>,
    now: UnixTime,
    provider: &CryptoProvider,
) -> Result<(), rustls::Error> {
    use rustls::CertificateError as C;
    let bad = |e: C| rustls::Error::InvalidCertificate(e);
    let ee = webpki::EndEntityCert::try_from(cert).map_err(|_| bad(C::BadEncoding))?;
    ee.verify_is_valid_for_subject_name(name)
        .map_err(|_| bad(C::NotValidForName))?;
    // Verified against itself as the anchor: webpki checks the validity
    // period (and key usage) first, before the CA bit and the issuer, so
    // those later refusals mean the period is fine.
    let anchor = webpki::anchor_from_trusted_cert(cert).map_err(|_| bad(C::BadEncoding))?;
    match ee.verify_for_usage(
        provider.signature_verification_algorithms.all,
        &[anchor],
        &[],
        now,
        webpki::KeyUsage::server_auth(),
        None,
        None,
    ) {
        Ok(_) | Err(webpki::Error::CaUsedAsEndEntity) | Err(webpki::Error::UnknownIssuer) => Ok(()),
        Err(webpki::Error::CertExpired { .. }) => Err(bad(C::Expired)),
        Err(webpki::Error::CertNotValidYet { .. }) => Err(bad(C::NotValidYet)),
        Err(e) => Err(bad(C::Other(rustls::OtherError(std::sync::Arc::new(e))))),
    }
}

/// Whether a certificate is a CA: basicConstraints (2.5.29.19) with
/// cA TRUE (RFC 5280 §4.2.1.9). A v1 certificate or one without the
/// extension is not.
fn is_ca(der: &[u8]) -> bool {
    // OID 2.5.29.19, then an optional critical BOOLEAN, then the OCTET
    // STRING wrapping SEQUENCE { cA BOOLEAN DEFAULT FALSE, ... }.
    const OID: [u8; 5] = [0x06, 0x03, 0x55, 0x1d, 0x13];
    let Some(at) = der.windows(OID.len()).position(|w| w == OID) else {
        return false;
    };
    let mut rest = &der[at + OID.len()..];
    if rest.starts_with(&[0x01, 0x01]) && rest.len() >= 3 {
        rest = &rest[3..];
    }
    // OCTET STRING (short length), SEQUENCE (short length), BOOLEAN TRUE.
    rest.len() >= 7 && rest[0] == 0x04 && rest[2] == 0x30 && rest[4..7] == [0x01, 0x01, 0xff]
}

/// A one-line explanation of a certificate failure, with the hint.
pub fn describe_cert_error(err: &rustls::Error, domain: &str) -> Option<String> {
    let why = cert_problem(err, domain)?;
    Some(format!(
        "certificate not trusted for {domain} ({why}): pass --ca-file with the server's CA \
         or certificate, or fix the server's chain"
    ))
}

/// What is wrong with a certificate, in a few words.
pub fn cert_problem(err: &rustls::Error, domain: &str) -> Option<String> {
    let rustls::Error::InvalidCertificate(cert) = err else {
        return None;
    };
    use rustls::CertificateError as C;
    let why = match cert {
        C::UnknownIssuer => "issued by an unknown authority".to_string(),
        C::NotValidForName | C::NotValidForNameContext { .. } => {
            format!("not valid for the name {domain}")
        }
        C::Expired | C::ExpiredContext { .. } => "expired".to_string(),
        C::NotValidYet | C::NotValidYetContext { .. } => "not valid yet".to_string(),
        C::Revoked => "revoked".to_string(),
        C::BadSignature => "badly signed".to_string(),
        other if format!("{other:?}").contains("CaUsedAsEndEntity") => {
            "a self-signed CA certificate presented as the server's own".to_string()
        }
        other => format!("{other:?}"),
    };
    Some(why)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_ca_bit_is_read_from_basic_constraints() {
        // basicConstraints critical, cA TRUE / cA absent (DER as openssl writes it).
        let ca = [
            0x30, 0x0f, 0x06, 0x03, 0x55, 0x1d, 0x13, 0x01, 0x01, 0xff, 0x04, 0x05, 0x30, 0x03,
            0x01, 0x01, 0xff,
        ];
        let leaf = [
            0x30, 0x0c, 0x06, 0x03, 0x55, 0x1d, 0x13, 0x01, 0x01, 0xff, 0x04, 0x02, 0x30, 0x00,
        ];
        let plain = [
            0x30, 0x0a, 0x06, 0x03, 0x55, 0x1d, 0x13, 0x04, 0x05, 0x30, 0x03, 0x01, 0x01, 0xff,
        ];
        assert!(super::is_ca(&ca));
        assert!(!super::is_ca(&leaf));
        assert!(super::is_ca(&plain));
        assert!(!super::is_ca(&[0x30, 0x00]));
    }

    #[test]
    fn the_system_store_is_read_once_per_step() {
        let provider = std::sync::Arc::new(super::rustls::crypto::ring::default_provider());
        for step in 0..2 {
            for _ in 0..3 {
                super::system_verifier(step, &provider);
                super::client_config(None, false).unwrap();
            }
            // However many tests of this process asked before.
            let loads = super::LOADS[step].load(std::sync::atomic::Ordering::SeqCst);
            assert_eq!(loads, 1, "step {step} read the disk {loads} times");
        }
    }
}
