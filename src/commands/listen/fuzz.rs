//! What `listen` makes of a stream it reads, for the fuzz target
//! (`crate::fuzzing::stanzas`): the session's reading, ticketing and
//! skipping, then the same conversion to events, without a server, an
//! OMEMO store or stdout.

use anyhow::Result;

use super::event::{human, to_event};
use super::Options;
use crate::cli::ListenArgs;
use crate::connection::{Incoming, Session};

/// What one read stream gave.
#[derive(Debug, Default)]
pub struct Read {
    /// Each event as its JSON line and its human line.
    pub events: Vec<(String, String)>,
    /// Stanzas reported as unreadable (skipped for their depth, or not
    /// parsing): their kinds.
    pub skipped: Vec<String>,
    /// Tickets handed out: one per stanza read.
    pub tickets: u32,
    /// How the stream ended: `None` at its end, else the error.
    pub error: Option<anyhow::Error>,
}

/// Read `session` to its end as `listen` with `args` would, handling
/// every stanza (printed or declined).
pub async fn read_all(session: &mut Session, args: &ListenArgs) -> Read {
    let own = session.jid.to_bare();
    let opts = Options {
        args,
        from: Vec::new(),
        rooms: Vec::new(),
        keeper: std::cell::RefCell::new(crate::commands::roomkeep::Keeper::new(
            Vec::new(),
            args.keepalive.duration(),
            session.timeout(),
            tokio::time::Instant::now(),
        )),
        secret_env: Vec::new(),
        own,
        me: std::cell::RefCell::new(Some(session.jid.clone())),
        omemo: None,
        republish: std::cell::Cell::new(false),
        positions: Default::default(),
        since: None,
    };
    let mut read = Read::default();
    loop {
        match step(session, &opts, &mut read).await {
            Ok(true) => continue,
            Ok(false) => return read,
            Err(e) => {
                read.error = Some(e);
                return read;
            }
        }
    }
}

async fn step(session: &mut Session, opts: &Options<'_>, read: &mut Read) -> Result<bool> {
    let Some(incoming) = session.recv().await? else {
        return Ok(false);
    };
    match incoming {
        Incoming::Stanza(st, ticket) => {
            read.tickets += 1;
            if let Some(event) = to_event(*st, opts).await? {
                read.events
                    .push((serde_json::to_string(&event)?, human(&event)));
            }
            session.handled(ticket);
        }
        Incoming::Invalid { kind, ticket, .. } => {
            read.tickets += 1;
            read.skipped.push(kind);
            session.handled(ticket);
        }
        Incoming::Acked(_) => {}
    }
    Ok(true)
}
