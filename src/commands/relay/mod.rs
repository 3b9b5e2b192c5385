//! `xmpp relay`: an HTTP endpoint in front of one warm, confirmed
//! session. The parts: `request` (tokens, recipients, bodies: pure),
//! `route` (routes and their templates: pure), `metrics` (counters and
//! their text format: pure), `http` (the hyper server: routes, limits,
//! answers), `link` (the session: writing, confirming, reconnecting).

mod flight;
mod http;
mod link;
mod metrics;
mod notify;
mod pace;
mod request;
mod route;
mod socket;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use tokio::sync::mpsc;

use crate::cli::{GlobalArgs, RelayArgs};
use crate::config::RelayConfig;
use crate::error::{fail, Kind};
use crate::output::{self, Output};
use crate::seconds;

/// Bytes a second the relay writes by default: under Prosody's stock c2s
/// limit (`limits = { c2s = { rate = "10kb/s" } }`), which its network
/// backend counts in TLS bytes and applies without a burst; TLS adds a
/// few percent.
const DEFAULT_RATE: u64 = 9_000;

/// Everything the relay serves with, from flags over `[relay]`, checked.
struct Setup {
    addr: SocketAddr,
    tokens: request::Tokens,
    allow: request::AllowList,
    routes: route::Routes,
    waits: link::Waits,
    socket: Option<PathBuf>,
    nick: Option<String>,
    /// Every room to keep: the routes', then `[relay] rooms`.
    rooms: Vec<jid::BareJid>,
}

fn setup(args: &RelayArgs, file: &RelayConfig) -> Result<Setup> {
    let env = |k: &str| std::env::var(k).ok();
    let token_file = args.token_file.as_deref().or(file.token_file.as_deref());
    let token_env = args.token_env.as_deref().or(file.token_env.as_deref());
    let tokens = request::Tokens::load(token_file, token_env, env)?;
    let allow_to = if args.allow_to.is_empty() {
        &file.allow_to
    } else {
        &args.allow_to
    };
    let allow = request::AllowList::parse(allow_to)?;
    let listen = args
        .listen
        .as_deref()
        .or(file.listen.as_deref())
        .unwrap_or("127.0.0.1:9280");
    let addr: SocketAddr = listen.parse().map_err(|_| {
        fail(
            Kind::Usage,
            format!(
                "--listen {}: not an address and port (e.g. 127.0.0.1:9280, [::1]:9280)",
                crate::error::quoted(listen)
            ),
        )
    })?;
    let secs = |flag: Option<seconds::Seconds>, key: &str, value: Option<f64>, default: u64| match (
        flag, value,
    ) {
        (Some(s), _) => Ok(s.duration()),
        (None, Some(v)) => seconds::of_value(v, true)
            .map(|s| s.duration())
            .map_err(|e| fail(Kind::Config, format!("[relay] {key} = {v}: {e}"))),
        (None, None) => Ok(Duration::from_secs(default)),
    };
    let rate = args.rate.or(file.rate).unwrap_or(DEFAULT_RATE);
    let waits = link::Waits {
        deadline: secs(args.deadline, "deadline", file.deadline, 30)?,
        keepalive: secs(args.keepalive, "keepalive", file.keepalive, 60)?,
        room_check: secs(None, "room_check", file.room_check, 300)?,
        rate,
        burst: file.burst.unwrap_or(rate),
    };
    if let Some(nick) = &file.nick {
        if nick.is_empty() || jid::ResourcePart::new(nick).is_err() {
            return crate::error::bail(
                Kind::Config,
                format!(
                    "[relay] nick = {}: not a valid nick",
                    crate::error::quoted(nick)
                ),
            );
        }
    }
    let routes = route::Routes::build(&file.routes)?;
    let mut rooms = routes.rooms();
    for r in &file.rooms {
        let jid = crate::jidtools::jid_arg(r, "[relay] rooms")?;
        if jid.node().is_none() || jid.resource().is_some() {
            return crate::error::bail(
                Kind::Config,
                format!(
                    "[relay] rooms: {} is not ROOM@SERVICE (the nick is [relay] nick)",
                    crate::error::quoted(r)
                ),
            );
        }
        if !rooms.contains(&jid.to_bare()) {
            rooms.push(jid.to_bare());
        }
    }
    let socket = args
        .socket
        .clone()
        .or_else(|| file.socket.clone())
        .or_else(|| socket::default_path(env));
    Ok(Setup {
        addr,
        tokens,
        allow,
        routes,
        waits,
        socket,
        nick: file.nick.clone(),
        rooms,
    })
}

pub async fn run(args: &RelayArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let overrides = global.overrides();
    let env = |k: &str| std::env::var(k).ok();
    let file = crate::config::load_config(overrides.config.as_deref(), &env)?;
    let setup = setup(args, &file.relay)?;
    let settings = super::settings(global)?;
    if args.check_config {
        return check_config(&setup, &settings, out);
    }
    // Read the password now: a prompt asks before serving, not at the
    // first request.
    settings.password()?;
    let listener = tokio::net::TcpListener::bind(setup.addr)
        .await
        .map_err(|e| {
            fail(
                Kind::Config,
                format!("cannot listen on {}: {e}", setup.addr),
            )
        })?;
    let local = setup.socket.as_deref().map(socket::bind).transpose()?;
    let metrics = Arc::new(metrics::Metrics::default());
    let (tx, rx) = mpsc::channel(1024);
    let rooms = link::Rooms {
        rooms: setup.rooms.clone(),
        nick: setup
            .nick
            .clone()
            .or_else(|| settings.jid.node().map(|n| n.to_string()))
            .unwrap_or_else(|| "xmpp-relay".into()),
    };
    let ctx = Arc::new(http::Ctx {
        tokens: setup.tokens,
        allow: setup.allow,
        routes: setup.routes,
        rooms: setup.rooms,
        jobs: tx,
        metrics: metrics.clone(),
        deadline: setup.waits.deadline,
    });
    match &setup.socket {
        Some(path) => output::note(&format!(
            "relay listening on http://{} and {} (send --via)",
            setup.addr,
            path.display()
        )),
        None => output::note(&format!(
            "relay listening on http://{} (no local socket: XDG_RUNTIME_DIR is not set; --socket PATH)",
            setup.addr
        )),
    }
    let notifier = Arc::new(notify::Notifier::from_env(env));
    let watchdog = notify::Notifier::watchdog(env).map(|every| {
        let notifier = notifier.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            loop {
                tick.tick().await;
                notifier.send("WATCHDOG=1");
            }
        })
    });
    let link = link::run(&settings, rx, metrics, setup.waits, rooms, notifier.clone());
    tokio::pin!(link);
    let tcp = http::serve(http::Listener::Tcp(listener), ctx.clone());
    let unix = async {
        match local {
            Some(socket::Bound { listener, removal }) => {
                let served = http::serve(http::Listener::Unix(listener), ctx).await;
                drop(removal);
                served
            }
            None => {
                drop(ctx);
                crate::signals::stopped().await;
                Ok(())
            }
        }
    };
    tokio::select! {
        r = &mut link => return r,
        r = async { tokio::try_join!(tcp, unix) } => { r?; }
    }
    // Stopped taking requests: answer what is in flight, then close.
    notifier.send("STOPPING=1");
    let ended = link.await;
    if let Some(w) = watchdog {
        w.abort();
    }
    ended
}

#[derive(serde::Serialize)]
struct Checked<'a> {
    account: String,
    listen: String,
    routes: Vec<CheckedRoute<'a>>,
}

#[derive(serde::Serialize)]
struct CheckedRoute<'a> {
    name: &'a str,
    paths: [String; 2],
    to: Vec<String>,
    rooms: Vec<String>,
    confirm: &'static str,
}

/// `--check-config`: what would be served, after every check passed.
fn check_config(
    setup: &Setup,
    settings: &crate::settings::ConnectSettings,
    out: &mut Output,
) -> Result<()> {
    let routes: Vec<CheckedRoute> = setup
        .routes
        .names()
        .filter_map(|name| {
            let target = setup.routes.target(name)?;
            Some(CheckedRoute {
                name,
                paths: [format!("/alertmanager/{name}"), format!("/grafana/{name}")],
                to: target.to.iter().map(|j| j.to_string()).collect(),
                rooms: target.rooms.iter().map(|j| j.to_string()).collect(),
                confirm: if target.remote { "remote" } else { "server" },
            })
        })
        .collect();
    if out.is_json() {
        out.json_line(&Checked {
            account: settings.jid.to_string(),
            listen: setup.addr.to_string(),
            routes,
        })?;
        return Ok(());
    }
    out.line(&format!(
        "relay as {} on http://{}",
        settings.jid, setup.addr
    ))?;
    if routes.is_empty() {
        out.line("no routes: POST /send only")?;
    }
    for r in &routes {
        let rooms = r.rooms.iter().map(|room| format!("room {room}"));
        let all: Vec<String> = r.to.iter().cloned().chain(rooms).collect();
        out.line(&format!(
            "{} {} -> {} (confirmed by {})",
            r.paths[0],
            r.paths[1],
            all.join(", "),
            if r.confirm == "remote" {
                "the recipient's domain"
            } else {
                "our server"
            }
        ))?;
    }
    Ok(())
}
