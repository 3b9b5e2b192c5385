//! A hostile server: just enough XMPP to misbehave. Every case must end
//! with the right exit code, one line naming the cause, no panic, no hang,
//! and no credential written before TLS is up.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::fixture::*;

pub(crate) const HEADER: &str = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' from='localhost' id='hostile' version='1.0'>";
const PASSWORD: &str = "hostile-test-password";

/// Serve one connection with `script`; everything the client wrote is
/// kept for inspection.
pub(crate) fn serve(
    script: impl FnOnce(&mut TcpStream) + Send + 'static,
) -> (u16, Arc<Mutex<Vec<u8>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = seen.clone();
    std::thread::spawn(move || {
        let Ok((mut stream, _)) = listener.accept() else {
            return;
        };
        let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
        let reader = stream.try_clone().unwrap();
        // Record whatever the client sends, in the background.
        std::thread::spawn(move || {
            let mut reader = reader;
            let mut buf = [0u8; 4096];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => record.lock().unwrap().extend_from_slice(&buf[..n]),
                    Err(e)
                        if e.kind() == std::io::ErrorKind::WouldBlock
                            || e.kind() == std::io::ErrorKind::TimedOut =>
                    {
                        continue
                    }
                    Err(_) => break,
                }
            }
        });
        // Let the client's stream header arrive first.
        std::thread::sleep(Duration::from_millis(100));
        script(&mut stream);
    });
    (port, seen)
}

/// Run `xmpp` and report how long it took next to its --timeout: the
/// issue's bound is --timeout + 2 s. Measured, not asserted (the machines
/// are noisy); `bench/hostile-timing` collects the lines.
fn timed(timeout: u64, cmd: &mut std::process::Command) -> std::process::Output {
    let start = std::time::Instant::now();
    let out = run(cmd);
    eprintln!(
        "hostile timing: {}: {:.2} s (--timeout {timeout}, bound {} s)",
        std::thread::current().name().unwrap_or("?"),
        start.elapsed().as_secs_f64(),
        timeout + 2
    );
    out
}

fn client(port: u16, extra: &[&str]) -> std::process::Output {
    timed(
        2,
        xmpp_clean()
            .env("XMPP_PASSWORD", PASSWORD)
            .args([
                "--server",
                &format!("127.0.0.1:{port}"),
                "-j",
                "victim@localhost",
                "--timeout",
                "2",
            ])
            .args(extra)
            .args(["send", "-m", "x", "someone@localhost"]),
    )
}

fn assert_clean(out: &std::process::Output, code_wanted: i32, words: &str) {
    let err = stderr(out);
    assert_eq!(code(out), code_wanted, "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("xmpp: "), "{err}");
    assert!(err.contains(words), "expected {words:?} in {err}");
    assert!(!err.contains("panicked"), "{err}");
}

fn no_credentials(seen: &Arc<Mutex<Vec<u8>>>) {
    let seen = String::from_utf8_lossy(&seen.lock().unwrap()).to_string();
    assert!(!seen.contains("<auth"), "credentials sent in clear: {seen}");
    assert!(!seen.contains(PASSWORD));
}

#[test]
fn closes_right_after_accepting() {
    let (port, _) = serve(|s| {
        let _ = s.shutdown(std::net::Shutdown::Both);
    });
    assert_clean(&client(port, &[]), 4, "closed the connection");
}

#[test]
fn stalls_after_the_stream_header() {
    let (port, _) = serve(|s| {
        let _ = s.write_all(HEADER.as_bytes());
        std::thread::sleep(Duration::from_secs(5));
    });
    assert_clean(&client(port, &[]), 6, "timed out after 2s");
}

#[test]
fn sends_malformed_xml() {
    let (port, _) = serve(|s| {
        let _ = s.write_all(HEADER.as_bytes());
        let _ = s.write_all(b"<stream:features><<<not xml at all&&&");
        std::thread::sleep(Duration::from_secs(3));
    });
    let out = client(port, &[]);
    assert_clean(&out, 4, "localhost sent invalid XML");
}

#[test]
fn sends_a_10_mib_stanza() {
    let (port, _) = serve(|s| {
        let _ = s.write_all(HEADER.as_bytes());
        let _ = s.write_all(b"<stream:features><junk xmlns='urn:x'>");
        let chunk = vec![b'a'; 1024 * 1024];
        for _ in 0..10 {
            if s.write_all(&chunk).is_err() {
                return;
            }
        }
        let _ = s.write_all(b"</junk></stream:features>");
        std::thread::sleep(Duration::from_secs(3));
    });
    // Whatever the parser makes of it: no STARTTLS was offered, so no login.
    let out = client(port, &[]);
    assert_clean(&out, 4, "STARTTLS");
}

#[test]
fn stream_errors_are_named() {
    for (condition, exit) in [
        ("conflict", 7),
        ("policy-violation", 7),
        ("system-shutdown", 4),
    ] {
        let error = format!(
            "<stream:error><{condition} xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error></stream:stream>"
        );
        let (port, _) = serve(move |s| {
            let _ = s.write_all(HEADER.as_bytes());
            let _ = s.write_all(error.as_bytes());
            std::thread::sleep(Duration::from_millis(500));
        });
        assert_clean(&client(port, &[]), exit, condition);
    }
}

/// A server that answers the stream header with `see-other-host`.
fn redirect_to(target: String) -> u16 {
    let error = format!(
        "<stream:error><see-other-host xmlns='urn:ietf:params:xml:ns:xmpp-streams'>{target}</see-other-host></stream:error></stream:stream>"
    );
    serve(move |s| {
        let _ = s.write_all(HEADER.as_bytes());
        let _ = s.write_all(error.as_bytes());
        std::thread::sleep(Duration::from_millis(500));
    })
    .0
}

#[test]
fn see_other_host_is_followed_once() {
    // Followed: the second server's own error is what the user sees.
    let (second, _) = serve(|s| {
        let _ = s.write_all(HEADER.as_bytes());
        let _ = s.write_all(b"<stream:error><conflict xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error></stream:stream>");
        std::thread::sleep(Duration::from_millis(500));
    });
    let first = redirect_to(format!("127.0.0.1:{second}"));
    assert_clean(&client(first, &[]), 7, "conflict");
    // A second redirect is refused.
    let third = redirect_to("127.0.0.1:9".into());
    let first = redirect_to(format!("127.0.0.1:{third}"));
    assert_clean(&client(first, &[]), 4, "refusing to follow another");
}

#[test]
fn no_starttls_and_plain_without_tls_never_get_credentials() {
    for features in [
        "<stream:features/>",
        "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism></mechanisms></stream:features>",
    ] {
        let (port, seen) = serve(move |s| {
            let _ = s.write_all(HEADER.as_bytes());
            let _ = s.write_all(features.as_bytes());
            std::thread::sleep(Duration::from_secs(1));
        });
        let out = client(port, &[]);
        assert_clean(&out, 4, "STARTTLS");
        no_credentials(&seen);
    }
}

/// A direct-TLS server presenting `cert`; whatever it decrypts is kept
/// (the handshake should fail on the client side, so: nothing).
fn tls_double(cert: &std::path::Path, key: &std::path::Path) -> (u16, Arc<Mutex<Vec<u8>>>) {
    use tokio_rustls::rustls;
    use tokio_rustls::rustls::pki_types::{pem::PemObject, CertificateDer, PrivateKeyDer};
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .unwrap()
        .map(|c| c.unwrap())
        .collect();
    let key = PrivateKeyDer::from_pem_file(key).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = Arc::new(
        rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(certs, key)
            .unwrap(),
    );
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let got_plaintext = Arc::new(Mutex::new(Vec::new()));
    let record = got_plaintext.clone();
    std::thread::spawn(move || {
        let Ok((tcp, _)) = listener.accept() else {
            return;
        };
        let conn = rustls::ServerConnection::new(config).unwrap();
        let mut tls = rustls::StreamOwned::new(conn, tcp);
        let mut buf = [0u8; 4096];
        while let Ok(n) = tls.read(&mut buf) {
            if n == 0 {
                break;
            }
            record.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    });
    (port, got_plaintext)
}

fn direct_tls_client(port: u16, domain: &str, ca: &std::path::Path) -> std::process::Output {
    timed(
        3,
        xmpp_clean()
            .env("XMPP_PASSWORD", PASSWORD)
            .args([
                "--server",
                &format!("127.0.0.1:{port}"),
                "--tls",
                "direct",
                "-j",
                &format!("victim@{domain}"),
            ])
            .arg("--ca-file")
            .arg(ca)
            .args([
                "--timeout",
                "3",
                "send",
                "-m",
                "x",
                &format!("someone@{domain}"),
            ]),
    )
}

/// The fixture's localhost certificate, for a JID whose domain is another
/// name: refused before login.
#[test]
fn certificate_for_another_name_is_refused_before_login() {
    let p = prosody(); // for its CA and localhost certificate
    let (port, plaintext) = tls_double(
        &p.dir.join("pki/localhost.crt"),
        &p.dir.join("pki/localhost.key"),
    );
    let out = direct_tls_client(port, "other-name.example", &p.ca());
    assert_clean(&out, 4, "not valid for the name other-name.example");
    assert!(stderr(&out).contains("--ca-file"));
    no_credentials(&plaintext);
}

/// A certificate from the trusted CA that expired in 2020.
#[test]
fn expired_certificate_is_refused_before_login() {
    let p = prosody();
    let dir = tempfile::tempdir().unwrap();
    let (cert, key) = (
        dir.path().join("expired.crt"),
        dir.path().join("expired.key"),
    );
    let made = std::process::Command::new("/usr/bin/python3")
        .arg(repo().join("tests/peers/expired_cert.py"))
        .arg(p.dir.join("pki/ca.pem"))
        .arg(p.dir.join("pki/ca.key"))
        .args([&cert, &key])
        .status()
        .expect("python3-cryptography makes the certificate");
    assert!(made.success());
    let (port, plaintext) = tls_double(&cert, &key);
    let out = direct_tls_client(port, "localhost", &p.ca());
    assert_clean(&out, 4, "expired");
    no_credentials(&plaintext);
}

/// The certificates of `tests/peers/pin_certs.py`, in a temporary folder.
fn pin_certs() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let made = std::process::Command::new("/usr/bin/python3")
        .arg(repo().join("tests/peers/pin_certs.py"))
        .arg(dir.path())
        .status()
        .expect("python3-cryptography makes the certificates");
    assert!(made.success());
    dir
}

#[test]
fn a_pinned_certificate_must_match_the_name_and_be_valid() {
    let certs = pin_certs();
    let path = |n: &str| certs.path().join(n);
    // Pinned, presented verbatim, but for another name.
    let (port, plaintext) = tls_double(&path("other.crt"), &path("other.key"));
    let out = direct_tls_client(port, "localhost", &path("other.crt"));
    assert_clean(&out, 4, "not valid for the name localhost");
    no_credentials(&plaintext);
    // Pinned, presented verbatim, for this name, but expired.
    let (port, plaintext) = tls_double(&path("expired.crt"), &path("expired.key"));
    let out = direct_tls_client(port, "localhost", &path("expired.crt"));
    assert_clean(&out, 4, "expired");
    no_credentials(&plaintext);
}

#[test]
fn a_pinned_leaf_is_no_authority_for_other_names() {
    // --ca-file holds a leaf for pinned.example; the server presents a
    // certificate for localhost signed by that leaf's key.
    let certs = pin_certs();
    let path = |n: &str| certs.path().join(n);
    let (port, plaintext) = tls_double(&path("evil.crt"), &path("evil.key"));
    let out = direct_tls_client(port, "localhost", &path("leaf.crt"));
    assert_clean(&out, 4, "certificate not trusted for localhost");
    no_credentials(&plaintext);
    // The leaf itself, pinned and presented for its own name, is accepted:
    // the stream header crossed TLS, and the failure is the double's
    // silence (it speaks no XMPP): a timeout, exit 6.
    let (port, plaintext) = tls_double(&path("leaf.crt"), &path("leaf.key"));
    let out = direct_tls_client(port, "pinned.example", &path("leaf.crt"));
    assert_eq!(code(&out), 6, "{}", stderr(&out));
    assert!(!stderr(&out).contains("certificate"), "{}", stderr(&out));
    let sent = String::from_utf8_lossy(&plaintext.lock().unwrap()).into_owned();
    assert!(
        sent.contains("<stream:stream"),
        "TLS was not completed: {sent:?}"
    );
}
