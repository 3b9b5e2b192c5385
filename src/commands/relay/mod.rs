//! `xmpp relay`: an HTTP endpoint in front of one warm, confirmed
//! session. The parts: `request` (tokens, recipients, bodies: pure),
//! `metrics` (counters and their text format: pure), `http` (the hyper
//! server: routes, limits, answers), `link` (the session: writing,
//! confirming, reconnecting).

mod http;
mod link;
mod metrics;
mod request;

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Result;
use tokio::sync::mpsc;

use crate::cli::{GlobalArgs, RelayArgs};
use crate::error::fail;
use crate::error::Kind;
use crate::output::{self, Output};

pub async fn run(args: &RelayArgs, global: &GlobalArgs, _out: &mut Output) -> Result<()> {
    let tokens =
        request::Tokens::load(args.token_file.as_deref(), args.token_env.as_deref(), |k| {
            std::env::var(k).ok()
        })?;
    let allow = request::AllowList::parse(&args.allow_to)?;
    let addr: SocketAddr = args.listen.parse().map_err(|_| {
        fail(
            Kind::Usage,
            format!(
                "--listen {}: not an address and port (e.g. 127.0.0.1:9280, [::1]:9280)",
                crate::error::quoted(&args.listen)
            ),
        )
    })?;
    let settings = super::settings(global)?;
    // Read the password now: a prompt asks before serving, not at the
    // first request.
    settings.password()?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| fail(Kind::Config, format!("cannot listen on {addr}: {e}")))?;
    let metrics = Arc::new(metrics::Metrics::default());
    let (tx, rx) = mpsc::channel(1024);
    let deadline = args.deadline.duration();
    let waits = link::Waits {
        deadline,
        keepalive: args.keepalive.duration(),
    };
    let ctx = Arc::new(http::Ctx {
        tokens,
        allow,
        jobs: tx,
        metrics: metrics.clone(),
        deadline,
    });
    output::note(&format!("relay listening on http://{addr}"));
    let link = link::run(&settings, rx, metrics, waits);
    tokio::pin!(link);
    tokio::select! {
        r = &mut link => return r,
        r = http::serve(listener, ctx) => r?,
    }
    // Stopped taking requests: answer what is in flight, then close.
    link.await
}
