//! `send --via SOCKET` (or `XMPP_RELAY`): hand the messages to a running
//! `xmpp relay` over its local socket (HTTP/1.1 `POST /send` on hyper's
//! client) instead of logging in, then print and exit as `send` does.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::header::{CONTENT_TYPE, HOST};
use hyper::{Request, StatusCode};
use hyper_util::rt::TokioIo;
use serde::Serialize;
use xmpp_parsers::message::MessageType;
use xmpp_parsers::stanza::Stanza;

use super::tracker::Status;
use super::Outgoing;
use crate::cli::SendArgs;
use crate::error::{bail, fail, Kind};
use crate::output::{self, Output};

/// The relay answers within its deadline; this only bounds a relay that
/// stopped answering altogether.
const LONGEST: Duration = Duration::from_secs(300);

/// Where to send through: `--via`, or `XMPP_RELAY` when what was asked
/// is something the relay can do (else a direct send, said at `-v`).
/// `omemo`: the profile encrypts (never through the relay, never in
/// clear).
pub(super) fn choose(args: &SendArgs, omemo: bool) -> Result<Option<PathBuf>> {
    let unsupported = [
        (args.lines, "--lines"),
        (args.ndjson, "--ndjson"),
        (args.raw, "--raw"),
        (!args.rooms.is_empty(), "--muc"),
        (!args.files.is_empty(), "--file"),
        (args.receipt, "--receipt"),
        (args.reconnect, "--reconnect"),
        (omemo, "OMEMO (--omemo or the profile's omemo = true)"),
        (args.dry_run, "--dry-run"),
    ]
    .into_iter()
    .find_map(|(used, name)| used.then_some(name));
    if let Some(path) = &args.via {
        if let Some(name) = unsupported {
            return bail(
                Kind::Usage,
                format!("--via: the relay cannot do {name}; send without --via"),
            );
        }
        return Ok(Some(path.clone()));
    }
    let Some(path) = std::env::var_os("XMPP_RELAY").filter(|p| !p.is_empty()) else {
        return Ok(None);
    };
    if let Some(name) = unsupported {
        log::info!("XMPP_RELAY is set, but the relay cannot do {name}: sending directly");
        return Ok(None);
    }
    let path = PathBuf::from(path);
    if std::os::unix::net::UnixStream::connect(&path).is_err() {
        output::warn(&format!(
            "no relay listens on {} (XMPP_RELAY): sending directly",
            path.display()
        ));
        return Ok(None);
    }
    Ok(Some(path))
}

/// What `POST /send` takes.
#[derive(Serialize)]
struct SendRequest<'a> {
    to: Vec<String>,
    body: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    thread: Option<&'a str>,
}

/// Send `batch` (one body to one or more recipients) through the relay.
pub(super) async fn run(socket: &Path, batch: Vec<Outgoing>, out: &mut Output) -> Result<()> {
    let Some(Stanza::Message(first)) = batch.first().map(|m| &m.stanza) else {
        return bail(Kind::Internal, "--via: nothing to send");
    };
    let body = first
        .bodies
        .values()
        .next()
        .map(String::as_str)
        .unwrap_or("");
    let kind = match first.type_ {
        MessageType::Normal => "normal",
        MessageType::Headline => "headline",
        _ => "chat",
    };
    let request = SendRequest {
        to: batch
            .iter()
            .filter_map(|m| m.to.as_ref().map(|t| t.to_string()))
            .collect(),
        body,
        kind,
        subject: first.subjects.values().next().map(String::as_str),
        thread: first.thread.as_ref().map(|t| t.id.as_str()),
    };
    let json = serde_json::to_vec(&request).map_err(|e| fail(Kind::Internal, e.to_string()))?;
    let answer = tokio::time::timeout(LONGEST, post(socket, json)).await;
    let (status, body) = match answer {
        Ok(r) => r?,
        Err(_) => {
            return bail(
                Kind::Timeout,
                format!("the relay on {} did not answer", socket.display()),
            )
        }
    };
    match status {
        StatusCode::OK | StatusCode::UNPROCESSABLE_ENTITY => statuses(&body, out),
        StatusCode::SERVICE_UNAVAILABLE => {
            let why = error_of(&body);
            if out.is_json() {
                let error = format!("not confirmed: {why}");
                for m in &batch {
                    out.json_line(&Status {
                        id: &m.id,
                        to: m.to.as_ref().map(|t| t.to_string()),
                        kind: m.kind,
                        status: "error",
                        error: Some(&error),
                        confirmed_by: None,
                        resent: false,
                    })?;
                }
            }
            bail(Kind::Timeout, format!("the relay could not confirm: {why}"))
        }
        StatusCode::FORBIDDEN => bail(
            Kind::Remote,
            format!("the relay refused: {}", error_of(&body)),
        ),
        s if s.is_client_error() => bail(
            Kind::Usage,
            format!("the relay refused: {}", error_of(&body)),
        ),
        s => bail(
            Kind::Remote,
            format!("the relay answered {s}: {}", error_of(&body)),
        ),
    }
}

/// One request over the socket: the answer's status and body.
async fn post(socket: &Path, json: Vec<u8>) -> Result<(StatusCode, Bytes)> {
    let lost = |e: &dyn std::fmt::Display| {
        fail(
            Kind::Network,
            format!("the relay on {}: {e}", socket.display()),
        )
    };
    let stream = tokio::net::UnixStream::connect(socket).await.map_err(|e| {
        fail(
            Kind::Network,
            format!(
                "no relay listens on {} ({e}): start `xmpp relay`, or send without --via",
                socket.display()
            ),
        )
    })?;
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| lost(&e))?;
    let driver = tokio::spawn(conn);
    let request = Request::post("/send")
        .header(HOST, "relay")
        .header(CONTENT_TYPE, "application/json")
        .body(Full::new(Bytes::from(json)))
        .map_err(|e| fail(Kind::Internal, e.to_string()))?;
    let response = sender.send_request(request).await.map_err(|e| lost(&e))?;
    let status = response.status();
    let body = response
        .into_body()
        .collect()
        .await
        .map_err(|e| lost(&e))?
        .to_bytes();
    driver.abort();
    Ok((status, body))
}

/// The relay's status lines: printed under `--json`, then the exit
/// status `send` would have (a bounce is 7, named as `send` names it).
fn statuses(body: &[u8], out: &mut Output) -> Result<()> {
    let text = String::from_utf8_lossy(body);
    let mut total = 0;
    let mut bounced: Vec<(String, String)> = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| fail(Kind::Remote, format!("the relay's answer is not JSON: {e}")))?;
        total += 1;
        if v["status"] == "error" {
            bounced.push((
                v["to"].as_str().unwrap_or_default().to_string(),
                v["error"].as_str().unwrap_or_default().to_string(),
            ));
        }
        if out.is_json() {
            out.json_line(&v)?;
        } else {
            log::info!(
                "message {} to {} {}",
                v["id"].as_str().unwrap_or_default(),
                v["to"].as_str().unwrap_or_default(),
                v["status"].as_str().unwrap_or_default()
            );
        }
    }
    match bounced.first() {
        None => Ok(()),
        Some((to, e)) if bounced.len() == 1 => {
            bail(Kind::Remote, format!("message to {to} bounced: {e}"))
        }
        Some((to, e)) => bail(
            Kind::Remote,
            format!(
                "{} of {total} messages bounced; first: to {to}: {e}",
                bounced.len()
            ),
        ),
    }
}

fn error_of(body: &[u8]) -> String {
    serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v["error"].as_str().map(str::to_string))
        .unwrap_or_else(|| String::from_utf8_lossy(body).trim().to_string())
}
