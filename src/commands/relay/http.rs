//! The relay's HTTP side on hyper (HTTP/1.1): routes, the bearer token,
//! bounded bodies, and the answer each request gets from the session.

use std::convert::Infallible;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{
    HeaderValue, ALLOW, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, RETRY_AFTER, WWW_AUTHENTICATE,
};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use serde::Serialize;
use tokio::sync::{mpsc, oneshot, Semaphore};
use tokio::time::Instant;
use tokio_util::either::Either;

use super::flight::{Answer, Job};
use super::metrics::Metrics;
use super::request::{self, AllowList, Tokens, MAX_BODY};
use super::route::{Routes, Source};
use crate::cli::MessageKind;
use crate::commands::send::{message, Outgoing, Status};
use crate::output;
use crate::signals;

/// What every request handler shares.
pub struct Ctx {
    pub tokens: Tokens,
    pub allow: AllowList,
    pub routes: Routes,
    /// Every room the relay keeps (the routes' and `[relay] rooms`).
    pub rooms: Vec<jid::BareJid>,
    pub jobs: mpsc::Sender<Job>,
    pub metrics: Arc<Metrics>,
    pub deadline: Duration,
}

/// Connections served at once; more wait to be accepted.
const MAX_CONNECTIONS: usize = 256;
/// For the request head, and then for its body.
const READ_TIMEOUT: Duration = Duration::from_secs(10);
/// What a 503 tells the caller to wait before retrying, in seconds.
const RETRY_AFTER_SECS: &str = "5";
/// The largest webhook payload read (Alertmanager sends whole groups).
const MAX_WEBHOOK: usize = 1 << 20;
/// The longest message a template may render (servers take 256 KiB
/// stanzas); more is cut, and says so.
const MAX_RENDERED: usize = 60_000;

/// Where the relay takes requests: TCP (a bearer token needed), or its
/// local socket (mode 0600 in a 0700 directory: reaching it is the
/// proof, as for `send --via`).
pub enum Listener {
    Tcp(tokio::net::TcpListener),
    Unix(tokio::net::UnixListener),
}

type Conn = Either<tokio::net::TcpStream, tokio::net::UnixStream>;

impl Listener {
    async fn accept(&self) -> std::io::Result<Conn> {
        match self {
            Listener::Tcp(l) => l.accept().await.map(|(s, _)| Either::Left(s)),
            Listener::Unix(l) => l.accept().await.map(|(s, _)| Either::Right(s)),
        }
    }

    fn trusted(&self) -> bool {
        matches!(self, Listener::Unix(_))
    }
}

/// Accept connections until a stop signal; each is served on its own
/// task (connections already open finish their requests).
pub async fn serve(listener: Listener, ctx: Arc<Ctx>) -> Result<()> {
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let trusted = listener.trusted();
    loop {
        let permit = tokio::select! {
            p = slots.clone().acquire_owned() => p?,
            _ = signals::stopped() => return Ok(()),
        };
        let stream = tokio::select! {
            a = listener.accept() => match a {
                Ok(a) => a,
                Err(e) => {
                    // Out of descriptors and the like: the next may work.
                    log::warn!("accept: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            _ = signals::stopped() => return Ok(()),
        };
        let ctx = ctx.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req| {
                let ctx = ctx.clone();
                async move { Ok::<_, Infallible>(handle(req, &ctx, trusted).await) }
            });
            let served = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(READ_TIMEOUT)
                .serve_connection(TokioIo::new(stream), service)
                .await;
            if let Err(e) = served {
                log::debug!("HTTP connection: {e}");
            }
            drop(permit);
        });
    }
}

type Answered = Response<Full<Bytes>>;

fn plain(status: StatusCode, text: impl Into<String>) -> Answered {
    let mut r = Response::new(Full::new(Bytes::from(text.into())));
    *r.status_mut() = status;
    r.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    r
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: &'a str,
}

fn json_error(status: StatusCode, reason: &str) -> Answered {
    let mut body = serde_json::to_vec(&ErrorBody { error: reason }).unwrap_or_default();
    body.push(b'\n');
    let mut r = Response::new(Full::new(Bytes::from(body)));
    *r.status_mut() = status;
    r.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    match status {
        StatusCode::SERVICE_UNAVAILABLE => {
            r.headers_mut()
                .insert(RETRY_AFTER, HeaderValue::from_static(RETRY_AFTER_SECS));
        }
        StatusCode::UNAUTHORIZED => {
            r.headers_mut()
                .insert(WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        _ => {}
    }
    r
}

fn not_allowed(allow: &'static str) -> Answered {
    let mut r = json_error(StatusCode::METHOD_NOT_ALLOWED, &format!("use {allow}"));
    r.headers_mut()
        .insert(ALLOW, HeaderValue::from_static(allow));
    r
}

async fn handle(req: Request<Incoming>, ctx: &Ctx, trusted: bool) -> Answered {
    let path = req.uri().path().to_string();
    let authorized = || {
        trusted
            || ctx
                .tokens
                .allow(req.headers().get(AUTHORIZATION).map(|v| v.as_bytes()))
    };
    match (path.as_str(), req.method()) {
        ("/healthz", &Method::GET | &Method::HEAD) => {
            let out = ctx.metrics.rooms_out();
            if ctx.metrics.session_up.load(Relaxed) && out.is_empty() {
                plain(StatusCode::OK, "up\n")
            } else {
                let why = if !ctx.metrics.session_up.load(Relaxed) {
                    "the XMPP session is down\n".to_string()
                } else {
                    out.iter()
                        .map(|(room, why)| format!("not in {room}: {why}\n"))
                        .collect()
                };
                let mut r = plain(StatusCode::SERVICE_UNAVAILABLE, why);
                r.headers_mut()
                    .insert(RETRY_AFTER, HeaderValue::from_static(RETRY_AFTER_SECS));
                r
            }
        }
        ("/healthz", _) => not_allowed("GET"),
        (p, _) if (p == "/metrics" || p == "/send" || webhook(p).is_some()) && !authorized() => {
            json_error(
                StatusCode::UNAUTHORIZED,
                "a bearer token is needed: Authorization: Bearer TOKEN",
            )
        }
        ("/metrics", &Method::GET) => {
            let mut r = plain(StatusCode::OK, ctx.metrics.render());
            r.headers_mut().insert(
                CONTENT_TYPE,
                HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
            );
            r
        }
        ("/metrics", _) => not_allowed("GET"),
        ("/send", &Method::POST) => send(req, ctx).await,
        ("/send", _) => not_allowed("POST"),
        (p, &Method::POST) if webhook(p).is_some() => {
            let (source, name) = webhook(p).unwrap_or((Source::Alertmanager, ""));
            let name = name.to_string();
            hook(req, ctx, source, name).await
        }
        (p, _) if webhook(p).is_some() => not_allowed("POST"),
        _ => json_error(
            StatusCode::NOT_FOUND,
            "no such route: POST /send, GET /healthz, GET /metrics",
        ),
    }
}

/// `/alertmanager/NAME` or `/grafana/NAME`.
fn webhook(path: &str) -> Option<(Source, &str)> {
    let (source, name) = if let Some(n) = path.strip_prefix("/alertmanager/") {
        (Source::Alertmanager, n)
    } else if let Some(n) = path.strip_prefix("/grafana/") {
        (Source::Grafana, n)
    } else {
        return None;
    };
    (!name.is_empty() && !name.contains('/')).then_some((source, name))
}

/// The body, at most `max` bytes, within [`READ_TIMEOUT`]; or the answer
/// that says why not.
async fn body(req: Request<Incoming>, max: usize) -> Result<Bytes, Answered> {
    let too_large = || {
        json_error(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format!("the body is larger than {max} bytes"),
        )
    };
    let declared = req
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > max as u64) {
        return Err(too_large());
    }
    let read = Limited::new(req.into_body(), max).collect();
    match tokio::time::timeout(READ_TIMEOUT, read).await {
        Err(_) => Err(json_error(
            StatusCode::REQUEST_TIMEOUT,
            "the body did not arrive in time",
        )),
        Ok(Err(e))
            if e.downcast_ref::<http_body_util::LengthLimitError>()
                .is_some() =>
        {
            Err(too_large())
        }
        Ok(Err(e)) => Err(json_error(
            StatusCode::BAD_REQUEST,
            &format!("reading the body: {e}"),
        )),
        Ok(Ok(b)) => Ok(b.to_bytes()),
    }
}

/// A webhook: the route decides the recipients, its template the text.
async fn hook(req: Request<Incoming>, ctx: &Ctx, source: Source, name: String) -> Answered {
    let Some(target) = ctx.routes.target(&name) else {
        return json_error(
            StatusCode::NOT_FOUND,
            &format!("no route {name:?} ([relay.routes.NAME] in the config file)"),
        );
    };
    let target = target.clone();
    let bytes = match body(req, MAX_WEBHOOK).await {
        Ok(b) => b,
        Err(answer) => return answer,
    };
    let payload: serde_json::Value = match serde_json::from_slice(&bytes) {
        Ok(p) => p,
        Err(e) => {
            return json_error(
                StatusCode::BAD_REQUEST,
                &format!("invalid JSON payload: {e}"),
            )
        }
    };
    let mut text = match ctx.routes.render(&name, source, &payload) {
        Ok(t) => t,
        Err(e) => {
            output::warn(&format!(
                "route {name}: the {} template failed: {e}",
                source.name()
            ));
            return json_error(
                StatusCode::UNPROCESSABLE_ENTITY,
                &format!("the template failed: {e}"),
            );
        }
    };
    if text.len() > MAX_RENDERED {
        let mut cut = MAX_RENDERED;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        text.push_str("\n… (cut: longer than the relay sends)");
    }
    let chats = target
        .to
        .into_iter()
        .map(|to| message(to, MessageKind::Chat, &text, None, None, None, false));
    let rooms = target.rooms.into_iter().map(|room| {
        message(
            room.into(),
            MessageKind::Groupchat,
            &text,
            None,
            None,
            None,
            false,
        )
    });
    submit(ctx, chats.chain(rooms).collect(), target.remote).await
}

/// `POST /send`: check, hand to the session, answer what became of it.
async fn send(req: Request<Incoming>, ctx: &Ctx) -> Answered {
    let json = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        });
    let json = match json.as_deref() {
        Some("application/json") => true,
        None | Some("text/plain") | Some("application/x-www-form-urlencoded") => false,
        Some(other) => {
            return json_error(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                &format!("content type {other}: send application/json or text/plain"),
            )
        }
    };
    let query = req.uri().query().map(str::to_string);
    let body = match body(req, MAX_BODY).await {
        Ok(b) => b,
        Err(answer) => return answer,
    };
    let wanted = if json {
        request::from_json(&body, &ctx.allow, &ctx.rooms)
    } else {
        request::from_text(query.as_deref(), &body, &ctx.allow)
    };
    let wanted = match wanted {
        Ok(w) => w,
        Err(refusal) => {
            let status = StatusCode::from_u16(refusal.status).unwrap_or(StatusCode::BAD_REQUEST);
            return json_error(status, &refusal.reason);
        }
    };
    let chats = wanted.to.into_iter().map(|to| (to, wanted.kind));
    let rooms = wanted
        .rooms
        .into_iter()
        .map(|room| (jid::Jid::from(room), MessageKind::Groupchat));
    let messages: Vec<_> = chats
        .chain(rooms)
        .map(|(to, kind)| {
            message(
                to,
                kind,
                &wanted.body,
                wanted.subject.as_deref(),
                wanted.thread.as_deref(),
                None,
                false,
            )
        })
        .collect();
    submit(ctx, messages, true).await
}

/// Hand messages to the session and answer what became of them.
async fn submit(ctx: &Ctx, messages: Vec<Outgoing>, remote: bool) -> Answered {
    ctx.metrics
        .accepted
        .fetch_add(messages.len() as u64, Relaxed);
    let (reply, answer) = oneshot::channel();
    let job = Job {
        messages,
        reply,
        accepted: Instant::now(),
        remote,
    };
    if let Err(mpsc::error::TrySendError::Full(job) | mpsc::error::TrySendError::Closed(job)) =
        ctx.jobs.try_send(job)
    {
        super::flight::refuse(job, &ctx.metrics, "the relay is busy or stopping");
        return json_error(
            StatusCode::SERVICE_UNAVAILABLE,
            "the relay is busy or stopping; retry",
        );
    }
    // The session answers within the deadline; the margin covers a
    // session that is being torn down.
    match tokio::time::timeout(ctx.deadline + Duration::from_secs(5), answer).await {
        Ok(Ok(Answer::Done(statuses))) => statuses_answer(statuses),
        Ok(Ok(Answer::Unavailable(why))) => json_error(StatusCode::SERVICE_UNAVAILABLE, &why),
        _ => json_error(
            StatusCode::SERVICE_UNAVAILABLE,
            "the relay could not confirm the messages; retry",
        ),
    }
}

fn statuses_answer(statuses: Vec<super::flight::Status>) -> Answered {
    let mut body = Vec::new();
    let mut bounced = 0;
    for s in &statuses {
        // One status line per message, as `send --json` prints them.
        let line = Status {
            id: &s.id,
            to: Some(s.to.clone()),
            kind: s.kind,
            status: if s.bounce.is_some() { "error" } else { "sent" },
            error: s.bounce.as_deref(),
            confirmed_by: s.bounce.is_none().then_some(s.confirmed_by),
            resent: s.resent,
        };
        if s.bounce.is_some() {
            bounced += 1;
            output::note(&format!(
                "message {} to {} bounced: {}",
                s.id,
                s.to,
                s.bounce.as_deref().unwrap_or_default()
            ));
        }
        if serde_json::to_writer(&mut body, &line).is_ok() {
            body.push(b'\n');
        }
    }
    let mut r = Response::new(Full::new(Bytes::from(body)));
    *r.status_mut() = if bounced > 0 {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    r.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("application/x-ndjson"),
    );
    r
}
