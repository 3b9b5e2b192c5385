//! HTTP File Upload (XEP-0363) for `send --file`: find the service, ask for
//! a slot, PUT the file over HTTPS (trusting what the XMPP connection
//! trusts: system roots, `--ca-file`, `--insecure`).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Result;
use futures::StreamExt;
use xmpp_parsers::http_upload::{SlotRequest, SlotResult};
use xmpp_parsers::iq::Iq;

use crate::commands::query;
use crate::connection::{self, tls, Session};
use crate::error::{bail, fail, Kind};
use crate::ids::new_id;
use crate::settings::ConnectSettings;

/// A file checked before connecting.
#[derive(Debug, Clone)]
pub struct LocalFile {
    pub path: PathBuf,
    pub name: String,
    pub size: u64,
    pub content_type: String,
}

/// Check that every file exists and is a readable regular file.
pub fn check_files(paths: &[PathBuf]) -> Result<Vec<LocalFile>> {
    paths
        .iter()
        .map(|path| {
            let meta = std::fs::metadata(path)
                .map_err(|e| fail(Kind::Usage, format!("--file {}: {e}", path.display())))?;
            if !meta.is_file() {
                return bail(
                    Kind::Usage,
                    format!("--file {} is not a regular file", path.display()),
                );
            }
            std::fs::File::open(path)
                .map_err(|e| fail(Kind::Usage, format!("--file {}: {e}", path.display())))?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "file".to_string());
            Ok(LocalFile {
                content_type: content_type(path),
                name,
                size: meta.len(),
                path: path.clone(),
            })
        })
        .collect()
}

/// A content type from the file name's extension (`mime_guess`), else
/// `application/octet-stream`.
fn content_type(path: &Path) -> String {
    mime_guess::from_path(path)
        .first_raw()
        .unwrap_or("application/octet-stream")
        .to_string()
}

/// Upload every file; returns each file's GET URL. Files over the
/// service's limit fail with exit 7 before anything is uploaded.
pub async fn upload_all(
    session: &mut Session,
    settings: &ConnectSettings,
    files: &[LocalFile],
) -> Result<Vec<String>> {
    if files.is_empty() {
        return Ok(Vec::new());
    }
    let Some((service, max)) = query::upload_service(session).await? else {
        return bail(
            Kind::Remote,
            "the server offers no HTTP upload service (XEP-0363)",
        );
    };
    if let Some(max) = max {
        if let Some(big) = files.iter().find(|f| f.size > max) {
            return bail(
                Kind::Remote,
                format!(
                    "{} is {} bytes; {service} accepts at most {max} bytes",
                    big.path.display(),
                    big.size
                ),
            );
        }
    }
    let config = tls::client_config(settings.ca_file.as_deref(), settings.insecure)?;
    let client = http_client(config, settings.timeout)?;
    let mut urls = Vec::new();
    for file in files {
        let request = SlotRequest {
            filename: file.name.clone(),
            size: file.size,
            content_type: Some(file.content_type.clone()),
        };
        let (answer, _) = session
            .iq(Iq::from_get(new_id(), request).with_to(service.clone()))
            .await?;
        let slot = match answer {
            Iq::Result {
                payload: Some(el), ..
            } => SlotResult::try_from(el)
                .map_err(|e| fail(Kind::Remote, format!("the upload slot does not parse: {e}")))?,
            Iq::Error { error, .. } => {
                return bail(
                    Kind::Remote,
                    format!(
                        "{service} refused an upload slot for {}: {}",
                        file.name,
                        connection::describe_stanza_error(&error)
                    ),
                )
            }
            _ => return bail(Kind::Remote, "empty answer to the upload slot request"),
        };
        check_put_url(&slot.put.url, settings.insecure)?;
        put(&client, file, &slot, settings.timeout).await?;
        urls.push(slot.get.url);
    }
    Ok(urls)
}

/// The HTTP client for uploads, on the XMPP connection's TLS config.
fn http_client(
    config: tokio_rustls::rustls::ClientConfig,
    timeout: std::time::Duration,
) -> Result<reqwest::Client> {
    reqwest::Client::builder()
        .use_preconfigured_tls(config)
        // No redirects: a 303 would turn the PUT into a GET that
        // "succeeds" without uploading anything.
        .redirect(reqwest::redirect::Policy::none())
        // No total timeout: `put` watches for lack of progress.
        .connect_timeout(timeout)
        .build()
        .map_err(|e| fail(Kind::Internal, format!("HTTP client: {e}")))
}

/// The PUT URL must be https: over http the file and the slot's
/// `Authorization` header would travel in clear. `--insecure` allows it.
fn check_put_url(url: &str, insecure: bool) -> Result<()> {
    let parsed = reqwest::Url::parse(url).map_err(|e| {
        fail(
            Kind::Remote,
            format!("the upload slot's PUT URL {url} is invalid: {e}"),
        )
    })?;
    match parsed.scheme() {
        "https" => Ok(()),
        "http" if insecure => {
            crate::output::warn(&format!(
                "--insecure: uploading over plain http to {url}; anyone on the way can read the file"
            ));
            Ok(())
        }
        scheme => bail(
            Kind::Remote,
            format!(
                "the upload slot's PUT URL is {scheme}, not https ({url}): the file and its \
                 authorization would travel in clear; refusing (--insecure allows it)"
            ),
        ),
    }
}

fn changed(file: &LocalFile, now: u64) -> anyhow::Error {
    fail(
        Kind::Usage,
        format!(
            "--file {} changed size while it was being sent ({} bytes declared, {now} now): nothing reliable was uploaded",
            file.path.display(),
            file.size
        ),
    )
}

async fn put(
    client: &reqwest::Client,
    file: &LocalFile,
    slot: &SlotResult,
    timeout: std::time::Duration,
) -> Result<()> {
    use tokio::io::AsyncReadExt;
    let handle = tokio::fs::File::open(&file.path)
        .await
        .map_err(|e| fail(Kind::Usage, format!("--file {}: {e}", file.path.display())))?;
    let opened = handle.metadata().await.map(|m| m.len()).ok();
    if let Some(now) = opened.filter(|n| *n != file.size) {
        return Err(changed(file, now));
    }
    // Exactly the declared size: the slot was granted for it.
    let reader = handle.take(file.size);
    let bar = progress(file);
    let counter = bar.clone();
    let sent = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let sent_in = sent.clone();
    // The last moment the upload made progress (a chunk taken by the
    // connection), for the stall watch below.
    let start = tokio::time::Instant::now();
    let progress = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let progress_in = progress.clone();
    let stream =
        tokio_util::io::ReaderStream::with_capacity(reader, 64 * 1024).inspect(move |chunk| {
            if let Ok(chunk) = chunk {
                sent_in.fetch_add(chunk.len() as u64, std::sync::atomic::Ordering::Relaxed);
                progress_in.store(
                    start.elapsed().as_millis() as u64,
                    std::sync::atomic::Ordering::Relaxed,
                );
                if let Some(bar) = &counter {
                    bar.inc(chunk.len() as u64);
                }
            }
        });
    let mut request = client
        .put(&slot.put.url)
        .header(reqwest::header::CONTENT_LENGTH, file.size)
        .header(reqwest::header::CONTENT_TYPE, file.content_type.as_str())
        .body(reqwest::Body::wrap_stream(stream));
    for h in &slot.put.headers {
        request = request.header(h.name.as_str(), h.value.as_str());
    }
    // --timeout is how long the upload may go without progress while the
    // file is handed to the network. The socket buffers can hold
    // megabytes that the server is still reading after the last chunk
    // left us, so the answer then gets a minute (or --timeout if longer).
    let size = file.size;
    let sent_watch = sent.clone();
    let stalled = async {
        loop {
            let done = sent_watch.load(std::sync::atomic::Ordering::Relaxed) >= size;
            let last = std::time::Duration::from_millis(
                progress.load(std::sync::atomic::Ordering::Relaxed),
            );
            let allowed = if done {
                timeout.max(std::time::Duration::from_secs(60))
            } else {
                timeout
            };
            let due = start + last + allowed;
            if tokio::time::Instant::now() >= due {
                return done;
            }
            let step = (timeout / 4).max(std::time::Duration::from_millis(50));
            tokio::time::sleep_until(due.min(tokio::time::Instant::now() + step)).await;
        }
    };
    let response = tokio::select! {
        r = request.send() => r,
        done = stalled => {
            return bail(
                Kind::Timeout,
                if done {
                    format!("the upload server did not answer after receiving {}", file.name)
                } else {
                    format!(
                        "upload of {} made no progress for {}s",
                        file.name,
                        timeout.as_secs_f64()
                    )
                },
            );
        }
    };
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let sent = sent.load(std::sync::atomic::Ordering::Relaxed);
    let now = tokio::fs::metadata(&file.path)
        .await
        .map(|m| m.len())
        .unwrap_or(sent);
    if sent != file.size || now != file.size {
        return Err(changed(file, if now != file.size { now } else { sent }));
    }
    let response = response.map_err(|e| http_error(&slot.put.url, e))?;
    let status = response.status();
    if status.is_redirection() {
        return bail(
            Kind::Remote,
            format!(
                "upload of {} answered HTTP {status} (a redirect, not followed: the file was not stored)",
                file.name
            ),
        );
    }
    if !status.is_success() {
        return bail(
            Kind::Remote,
            format!("upload of {} refused: HTTP {status}", file.name),
        );
    }
    log::info!(
        "uploaded {} ({} bytes) to {}",
        file.name,
        file.size,
        slot.get.url
    );
    Ok(())
}

/// A progress bar on stderr, only when stderr is a terminal.
fn progress(file: &LocalFile) -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(file.size);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {bytes}/{total_bytes}")
    {
        bar.set_style(style);
    }
    bar.set_message(file.name.clone());
    Some(bar)
}

fn http_error(url: &str, e: reqwest::Error) -> anyhow::Error {
    let mut cause: Option<&dyn std::error::Error> = Some(&e);
    while let Some(c) = cause {
        if let Some(tls) = c.downcast_ref::<tokio_rustls::rustls::Error>() {
            let host = reqwest::Url::parse(url)
                .ok()
                .and_then(|u| u.host_str().map(str::to_string))
                .unwrap_or_default();
            if let Some(msg) = tls::describe_cert_error(tls, &host) {
                return fail(Kind::Network, format!("upload: {msg}"));
            }
        }
        cause = c.source();
    }
    if e.is_timeout() {
        return fail(Kind::Timeout, format!("upload to {url} timed out"));
    }
    fail(Kind::Network, format!("upload to {url} failed: {e}"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_https_put_urls_unless_insecure() {
        assert!(super::check_put_url("https://up.example/slot/f", false).is_ok());
        let e = super::check_put_url("http://up.example/slot/f", false).unwrap_err();
        assert!(e.to_string().contains("not https"), "{e}");
        assert!(super::check_put_url("http://up.example/slot/f", true).is_ok());
        assert!(super::check_put_url("ftp://up.example/f", true).is_err());
        assert!(super::check_put_url("not a url", false).is_err());
    }

    #[test]
    fn content_types_come_from_the_extension() {
        let t = |p: &str| super::content_type(std::path::Path::new(p));
        assert_eq!(t("report.txt"), "text/plain");
        assert_eq!(t("photo.JPG"), "image/jpeg");
        assert_eq!(t("dump.bin"), "application/octet-stream");
        assert_eq!(t("noext"), "application/octet-stream");
        assert_eq!(t("a.tar.gz"), "application/gzip");
    }

    use std::time::Duration;

    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use xmpp_parsers::http_upload::{Get, Put, SlotResult};

    /// An HTTP server on loopback for one PUT: reads the body in `chunks`
    /// with `pause` between them, then answers `status`. Returns its URL
    /// and how many body bytes it got.
    async fn server(
        status: &'static str,
        pause: Duration,
    ) -> (String, tokio::task::JoinHandle<usize>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/slot/f", listener.local_addr().unwrap());
        let task = tokio::spawn(async move {
            let (mut s, _) = listener.accept().await.unwrap();
            let mut got = Vec::new();
            let mut buf = vec![0u8; 64 * 1024];
            // Headers, then the body as it comes (slowly).
            let (head_end, length) = loop {
                let n = s.read(&mut buf).await.unwrap();
                got.extend_from_slice(&buf[..n]);
                if let Some(at) = got.windows(4).position(|w| w == b"\r\n\r\n") {
                    let head = String::from_utf8_lossy(&got[..at]).to_ascii_lowercase();
                    let length: usize = head
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length: "))
                        .and_then(|v| v.trim().parse().ok())
                        .unwrap_or(0);
                    break (at + 4, length);
                }
            };
            let mut body = got.len() - head_end;
            while body < length {
                tokio::time::sleep(pause).await;
                let n = s.read(&mut buf).await.unwrap();
                if n == 0 {
                    break;
                }
                body += n;
            }
            let answer = format!(
                "HTTP/1.1 {status}\r\nlocation: http://elsewhere/\r\ncontent-length: 0\r\n\r\n"
            );
            let _ = s.write_all(answer.as_bytes()).await;
            body
        });
        (url, task)
    }

    fn slot(url: &str) -> SlotResult {
        SlotResult {
            put: Put {
                url: url.to_string(),
                headers: vec![],
            },
            get: Get {
                url: format!("{url}/get"),
            },
        }
    }

    fn file(bytes: usize, declared: u64) -> (tempfile::TempDir, super::LocalFile) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.bin");
        std::fs::write(&path, vec![7u8; bytes]).unwrap();
        let f = super::LocalFile {
            path,
            name: "f.bin".into(),
            size: declared,
            content_type: "application/octet-stream".into(),
        };
        (dir, f)
    }

    fn client(timeout: Duration) -> reqwest::Client {
        let config = crate::connection::tls::client_config(None, false).unwrap();
        super::http_client(config, timeout).unwrap()
    }

    #[tokio::test]
    async fn a_redirect_is_not_followed_and_is_a_failure() {
        let (url, _task) = server("303 See Other", Duration::ZERO).await;
        let (_d, f) = file(10, 10);
        let e = super::put(
            &client(Duration::from_secs(10)),
            &f,
            &slot(&url),
            Duration::from_secs(10),
        )
        .await
        .unwrap_err();
        assert!(e.to_string().contains("redirect"), "{e}");
    }

    // On a paused clock: the 20 ms pauses and the 1 s allowed without
    // progress are the runtime's time, advanced only when every task
    // waits, so a busy machine cannot stretch a pause past the window.
    #[tokio::test(start_paused = true)]
    async fn a_slow_but_moving_upload_is_not_cut() {
        // 12 MiB (more than the socket buffers hold) read 64 KiB at a
        // time, 20 ms apart: about 4 s in all, with 1 s allowed without
        // progress.
        let (url, task) = server("201 Created", Duration::from_millis(20)).await;
        let (_d, f) = file(12 << 20, 12 << 20);
        super::put(
            &client(Duration::from_secs(1)),
            &f,
            &slot(&url),
            Duration::from_secs(1),
        )
        .await
        .unwrap();
        assert_eq!(task.await.unwrap(), 12 << 20);
    }

    #[tokio::test]
    async fn an_upload_that_stops_moving_times_out() {
        // The server reads the headers, then nothing for an hour.
        let (url, _task) = server("201 Created", Duration::from_secs(3600)).await;
        let (_d, f) = file(32 << 20, 32 << 20);
        let e = super::put(
            &client(Duration::from_secs(1)),
            &f,
            &slot(&url),
            Duration::from_secs(1),
        )
        .await
        .unwrap_err();
        assert_eq!(crate::error::kind_of(&e), crate::error::Kind::Timeout);
        assert!(e.to_string().contains("no progress"), "{e}");
    }

    #[tokio::test]
    async fn a_file_that_changed_size_is_refused() {
        let (url, _task) = server("201 Created", Duration::ZERO).await;
        let (_d, f) = file(50, 100);
        let e = super::put(
            &client(Duration::from_secs(10)),
            &f,
            &slot(&url),
            Duration::from_secs(10),
        )
        .await
        .unwrap_err();
        assert!(e.to_string().contains("changed size"), "{e}");
    }
}
