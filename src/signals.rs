//! SIGINT and SIGTERM, in one place: `main` starts one watcher per
//! process ([`watch`]), which cancels a token at the first signal;
//! everything that must end on a signal awaits [`stopped`]. Commands that
//! end cleanly on a signal (`listen`, `presence set`) also get SIGTERM;
//! the others keep its default (the process ends), and SIGINT ends them
//! with exit 130.

use std::sync::OnceLock;

use tokio_util::sync::CancellationToken;

static STOP: OnceLock<CancellationToken> = OnceLock::new();

fn token() -> &'static CancellationToken {
    STOP.get_or_init(CancellationToken::new)
}

/// Start watching (inside the runtime): SIGINT, and SIGTERM too when
/// `terminate`. Returns an error if the SIGTERM handler cannot be set.
pub fn watch(terminate: bool) -> std::io::Result<()> {
    #[cfg(unix)]
    let mut term = if terminate {
        Some(tokio::signal::unix::signal(
            tokio::signal::unix::SignalKind::terminate(),
        )?)
    } else {
        None
    };
    #[cfg(not(unix))]
    let _ = terminate;
    let stop = token().clone();
    tokio::spawn(async move {
        #[cfg(unix)]
        let terminated = async {
            match term.as_mut() {
                Some(t) => {
                    t.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        #[cfg(not(unix))]
        let terminated = std::future::pending::<()>();
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = terminated => {}
        }
        stop.cancel();
    });
    Ok(())
}

/// Resolves once a signal asked the process to stop (at once if one did).
/// Cancel-safe.
pub async fn stopped() {
    token().cancelled().await
}
