//! `xmpp listen`: stay online and turn every incoming stanza into one line
//! (human or JSON), optionally in rooms, with carbons, a per-event command
//! and reconnection.

mod catchup;
pub(crate) mod event;
mod exec;
#[doc(hidden)]
pub mod fuzz;
mod rooms;

use std::time::Duration;

use anyhow::Result;
use jid::{BareJid, Jid};
use xmpp_parsers::carbons;
use xmpp_parsers::iq::Iq;
use xmpp_parsers::presence::Presence;
use xmpp_parsers::stanza::Stanza;

use crate::cli::{GlobalArgs, ListenArgs};
use crate::commands::roomkeep::{self, Action, Learnt};
use crate::commands::{archive, muc, omemo};
use crate::connection::backoff::{retryable, Backoff};
use crate::connection::{self, Incoming, ResumeToken, Resumption, Session, Ticket};
use crate::error::{bail, kind_of, Kind};
use crate::ids::new_id;
use crate::jidtools;
use crate::output::{self, Output};
use crate::settings::{self, ConnectSettings};
use crate::signals;
use event::{human, to_event};

const BACKOFF_CAP: Duration = Duration::from_secs(60);

struct Options<'a> {
    args: &'a ListenArgs,
    from: Vec<Jid>,
    rooms: Vec<(BareJid, String)>,
    /// Environment variables that hold our password: `--exec` children
    /// do not get them.
    secret_env: Vec<String>,
    /// Our account: the only sender of genuine carbons.
    own: BareJid,
    /// This session's full JID: its own presence, reflected by the server,
    /// is not a contact's and is not printed.
    me: std::cell::RefCell<Option<Jid>>,
    /// `--omemo`: our account's OMEMO store, and whether our bundle must
    /// be published again (a prekey was used).
    omemo: Option<omemo::Account>,
    republish: std::cell::Cell<bool>,
    /// Where we are in each room, for a rejoin on a new session.
    positions: std::cell::RefCell<rooms::Positions>,
    /// Whether we are still in each room (self-pings, kicks), shared
    /// with `relay` (`roomkeep`).
    keeper: std::cell::RefCell<roomkeep::Keeper>,
    /// `--catch-up` with `--since`: where a first run starts (XEP-0082).
    since: Option<String>,
}

enum Stop {
    Signal,
    Count,
}

/// What this run printed, and the stanzas handled since stdout was last
/// flushed: the session learns of them only after the flush, so the
/// server is never told of a line that is still in our buffer. With
/// `--catch-up`, the archive positions, saved after the flush too.
#[derive(Default)]
struct Tally {
    printed: u64,
    unflushed: Vec<Ticket>,
    catch_up: Option<catchup::Tracker>,
}

impl Tally {
    /// Write out what was printed, then tell the session it was handled,
    /// then save where we stand in the archives.
    fn flush(&mut self, out: &mut Output, session: &mut Session) -> Result<()> {
        out.flush()?;
        for t in self.unflushed.drain(..) {
            session.handled(t);
        }
        if let Some(c) = &mut self.catch_up {
            c.save()?;
        }
        Ok(())
    }
}

pub async fn run(args: &ListenArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let from = args
        .from
        .iter()
        .map(|f| jidtools::jid_arg(f, "--from"))
        .collect::<Result<Vec<_>>>()?;
    let settings = super::settings(global)?;
    let default_nick = args
        .nick
        .clone()
        .or_else(|| settings.jid.node().map(|n| n.to_string()))
        .unwrap_or_else(|| "xmpp-cli".to_string());
    let rooms = args
        .rooms
        .iter()
        .map(|r| {
            let jid = jidtools::jid_arg(r, "--muc")?;
            if jid.node().is_none() {
                return bail(
                    Kind::Usage,
                    format!("--muc {} needs ROOM@SERVICE", crate::error::quoted(r)),
                );
            }
            let nick = jid
                .resource()
                .map(|n| n.to_string())
                .unwrap_or_else(|| default_nick.clone());
            Ok((jid.to_bare(), nick))
        })
        .collect::<Result<Vec<_>>>()?;
    let mut secret_env = vec!["XMPP_PASSWORD".to_string()];
    if let settings::PasswordSource::Env(var) = &settings.password_source {
        secret_env.push(var.clone());
    }
    let keeper = roomkeep::Keeper::new(
        rooms.clone(),
        args.keepalive.duration(),
        settings.timeout,
        tokio::time::Instant::now(),
    );
    let opts = Options {
        args,
        from,
        rooms,
        keeper: std::cell::RefCell::new(keeper),
        secret_env,
        own: settings.jid.to_bare(),
        me: std::cell::RefCell::new(None),
        omemo: (args.omemo || (settings.omemo && !args.no_omemo))
            .then(|| omemo::Account::of(&settings))
            .transpose()?,
        republish: std::cell::Cell::new(false),
        positions: Default::default(),
        since: args
            .since
            .as_deref()
            .map(|s| {
                let now = chrono::DateTime::from(std::time::SystemTime::now());
                crate::timespec::parse(s, now)
                    .map(crate::timespec::xep0082)
                    .map_err(|e| {
                        crate::error::fail(
                            Kind::Usage,
                            format!("--since {}: {e}", crate::error::quoted(s)),
                        )
                    })
            })
            .transpose()?,
    };
    // Not `out.streaming()`: `listen` flushes each burst of events itself.

    let mut tally = Tally {
        catch_up: args
            .catch_up
            .as_deref()
            .map(catchup::Tracker::load)
            .transpose()?,
        ..Tally::default()
    };
    let mut backoff = Backoff::new(Duration::from_secs(1), BACKOFF_CAP, None);
    let mut reconnected = false;
    // With --reconnect: the lost session, for the server to resume.
    let mut token = None;
    loop {
        // A failed try keeps the token: the server may still hold the
        // session when the network comes back.
        let connected = connect_and_join(&settings, &opts, token.as_ref()).await;
        let (mut session, early, fresh) = match connected {
            Ok(x) => {
                backoff.reset();
                x
            }
            Err(e) if args.reconnect && retryable(&e) => {
                let delay = backoff.next_delay().unwrap_or(BACKOFF_CAP);
                output::warn(&format!(
                    "{e:#}; retrying in {:.1}s (attempt {})",
                    delay.as_secs_f64(),
                    backoff.attempt()
                ));
                if wait_or_signal(delay).await {
                    return Ok(());
                }
                reconnected = true;
                continue;
            }
            Err(e) => return Err(e),
        };
        if reconnected {
            output::note("reconnected");
        }
        log::info!("listening as {}", session.jid);
        *opts.me.borrow_mut() = Some(session.jid.clone());
        let outcome = match fresh {
            // A new session missed what the archive holds since the
            // saved position; a resumed one missed nothing.
            true => catch_up(&mut session, &opts, out, &mut tally).await,
            false => Ok(None),
        };
        let outcome = match outcome {
            Ok(Some(stop)) => {
                session.requeue(early);
                Ok(stop)
            }
            Ok(None) => listen(&mut session, early, &opts, out, &mut tally).await,
            Err(e) => {
                session.requeue(early);
                Err(e)
            }
        };
        match outcome {
            Ok(_stop) => return finish(session, &opts, out, &mut tally).await,
            Err(e) if args.reconnect && retryable(&e) => {
                // What arrived before the loss is printed; the rest the
                // server sends again if it resumes the session.
                let mut stop = None;
                for incoming in session.leftovers() {
                    if stop.is_none() {
                        stop = handle(&mut session, incoming, &opts, out, &mut tally).await?;
                    }
                }
                tally.flush(out, &mut session)?;
                if stop.is_some() {
                    return Ok(());
                }
                token = session.resume_token();
                let delay = backoff.next_delay().unwrap_or(BACKOFF_CAP);
                output::warn(&format!(
                    "{e:#}; reconnecting in {:.1}s",
                    delay.as_secs_f64()
                ));
                if wait_or_signal(delay).await {
                    return Ok(());
                }
                reconnected = true;
            }
            Err(e) => {
                // A failure of our own (a hook): what was handled before
                // is acknowledged, the rest stays with the server.
                if !matches!(kind_of(&e), Kind::Network | Kind::Timeout) {
                    if let Err(also) = finish(session, &opts, out, &mut tally).await {
                        log::info!("while closing: {also:#}");
                    }
                }
                return Err(e);
            }
        }
    }
}

/// End a session: unavailable presence and a clean close. With stream
/// management the final `<a h/>` acknowledges what was handled and the
/// server keeps the rest for the next session. Without it the server
/// never sends again what it handed over, so whatever has arrived is
/// printed (past `--count`, and not passed to `--exec`) rather than lost.
async fn finish(
    mut session: Session,
    opts: &Options<'_>,
    out: &mut Output,
    tally: &mut Tally,
) -> Result<()> {
    let keeps = session.stream_management();
    let mut late = Vec::new();
    while let Some(x) = session.recv_now().filter(|_| !keeps) {
        match x? {
            Some(incoming) => late.push(incoming),
            None => break,
        }
    }
    tally.flush(out, &mut session)?;
    let mut bye = Presence::unavailable();
    bye.id = Some(new_id());
    session.send(Stanza::Presence(bye)).await?;
    let after = session.close().await?;
    if !keeps {
        late.extend(after);
        print_late(late, opts, out, tally).await?;
    }
    Ok(())
}

/// The room of a groupchat message from one of our rooms, and its key.
fn room_message(st: &Stanza, opts: &Options<'_>) -> Option<(BareJid, Option<String>)> {
    let Stanza::Message(m) = st else { return None };
    if m.type_ != xmpp_parsers::message::MessageType::Groupchat {
        return None;
    }
    let room = m.from.as_ref()?.to_bare();
    opts.rooms.iter().any(|(r, _)| *r == room).then(|| {
        let key = rooms::key(m, &room);
        (room, key)
    })
}

/// What arrived after the end on a session without stream management:
/// printed, since the server will not send it again.
async fn print_late(
    after: Vec<Incoming>,
    opts: &Options<'_>,
    out: &mut Output,
    tally: &mut Tally,
) -> Result<()> {
    for incoming in after {
        let Incoming::Stanza(st, _) = incoming else {
            continue;
        };
        if let Some(event) = to_event(*st, opts).await? {
            log::info!("printing an event that arrived at the end (no stream management)");
            print(&event, out)?;
            tally.printed += 1;
        }
    }
    Ok(out.flush()?)
}

fn print(event: &event::Event, out: &mut Output) -> std::io::Result<()> {
    if out.is_json() {
        out.json_line(event)
    } else {
        out.line(&human(event))
    }
}

/// Sleep; true when a signal asked us to stop meanwhile.
async fn wait_or_signal(d: Duration) -> bool {
    tokio::select! {
        _ = tokio::time::sleep(d) => false,
        _ = signals::stopped() => true,
    }
}

/// Connect, enable carbons, announce presence, join rooms. Returns what
/// arrived during setup (room backlog, offline messages) for printing,
/// and whether the session is a new one (not resumed).
/// With --reconnect the session is resumable, and a `token` of a lost one
/// resumes it: the server keeps carbons, presence and rooms, and sends
/// what we had not received.
async fn connect_and_join(
    settings: &ConnectSettings,
    opts: &Options<'_>,
    token: Option<&ResumeToken>,
) -> Result<(Session, Vec<Incoming>, bool)> {
    let mut session = if let Some(token) = token {
        let (session, how) = connection::reconnect(settings, Some(token)).await?;
        if let Resumption::Resumed { .. } = how {
            output::note("resumed the session; nothing was missed");
            return Ok((session, Vec::new(), false));
        }
        session
    } else if opts.args.reconnect {
        connection::connect_resumable(settings).await?
    } else {
        connection::connect(settings).await?
    };
    let mut early = Vec::new();
    if opts.args.carbons {
        let (answer, others) = session.iq(Iq::from_set(new_id(), carbons::Enable)).await?;
        early.extend(others);
        if let Iq::Error { error, .. } = answer {
            return bail(
                Kind::Remote,
                format!(
                    "the server refused carbons: {}",
                    connection::describe_stanza_error(&error)
                ),
            );
        }
    }
    if let Some(account) = &opts.omemo {
        omemo::announce_stored(&mut session, account, &mut early).await?;
    }
    let p = crate::commands::presence::announce(&opts.args.availability, 0);
    session.send(Stanza::Presence(p)).await?;
    opts.keeper
        .borrow_mut()
        .session_lost(tokio::time::Instant::now());
    for (room, nick) in &opts.rooms {
        let joined = muc::join(
            &mut session,
            room,
            nick,
            backlog(opts, room),
            None,
            muc::Create::Instant,
            &mut early,
        )
        .await?;
        opts.keeper
            .borrow_mut()
            .joined(room, &joined.nick, tokio::time::Instant::now());
    }
    Ok((session, early, true))
}

/// The history a (re)join of `room` asks for: after a message handled
/// there, only what came since (the rest was printed before).
fn backlog(opts: &Options<'_>, room: &BareJid) -> muc::Backlog {
    let since = opts.positions.borrow().since(room);
    match since {
        // The room's archive replaces its backlog.
        _ if opts.args.catch_up.is_some() => muc::Backlog::None,
        Some(at) => muc::Backlog::Since(at),
        None if opts.args.no_history => muc::Backlog::None,
        None => muc::Backlog::Default,
    }
}

/// Keep the rooms: what `roomkeep` says is due on this session (a
/// self-ping of a room, a join after a kick or a failed self-ping). What
/// arrives during a join is handed out again by the session, in order.
async fn keep_rooms(session: &mut Session, opts: &Options<'_>) -> Result<()> {
    let actions = opts
        .keeper
        .borrow_mut()
        .due(tokio::time::Instant::now(), new_id);
    for action in actions {
        match action {
            Action::Ping { to, id } => {
                log::debug!("self-ping to {to}");
                session
                    .send(Stanza::Iq(
                        Iq::from_get(id, xmpp_parsers::ping::Ping).with_to(to),
                    ))
                    .await?;
            }
            Action::Join { room, nick } => {
                let mut early = Vec::new();
                let joined = muc::join(
                    session,
                    &room,
                    &nick,
                    backlog(opts, &room),
                    None,
                    muc::Create::Instant,
                    &mut early,
                )
                .await;
                session.requeue(early);
                let now = tokio::time::Instant::now();
                match joined {
                    Ok(j) => {
                        opts.keeper.borrow_mut().joined(&room, &j.nick, now);
                        output::note(&format!("joined {room} again"));
                    }
                    Err(e) if matches!(kind_of(&e), Kind::Network | Kind::Timeout) => {
                        return Err(e)
                    }
                    Err(e) => {
                        output::warn(&format!("{e:#}; trying again later"));
                        opts.keeper
                            .borrow_mut()
                            .failed(&room, &format!("{e:#}"), now);
                    }
                }
            }
        }
    }
    Ok(())
}

/// Events handled in one go before stdout is flushed and signals are
/// looked at.
const MAX_BURST: usize = 256;

async fn listen(
    session: &mut Session,
    early: Vec<Incoming>,
    opts: &Options<'_>,
    out: &mut Output,
    tally: &mut Tally,
) -> Result<Stop> {
    let mut early = early.into_iter();
    while let Some(incoming) = early.next() {
        if let Some(stop) = handle_in(session, incoming, opts, out, tally).await? {
            // Not handled: back to the session, as if never taken.
            session.requeue(early.collect());
            return Ok(stop);
        }
    }
    // Created once: a timer per event would cost more than the event.
    let interrupt = signals::stopped();
    tokio::pin!(interrupt);
    // A silent connection is probed with a ping after this long.
    let keepalive = opts.args.keepalive.duration();
    let idle = tokio::time::sleep(keepalive);
    tokio::pin!(idle);
    let mut burst = 0;
    loop {
        // Events are printed in bursts: what has already arrived is handled
        // first, and stdout is flushed once, before waiting for more; only
        // then are the burst's stanzas handed back as handled. A line
        // never waits in the buffer while we wait for the network. A burst
        // is bounded, so that a flood cannot keep a signal waiting.
        if let Some(ready) = (burst < MAX_BURST).then(|| session.recv_now()).flatten() {
            burst += 1;
            let Some(incoming) = ready? else {
                return bail(Kind::Network, "the server closed the stream");
            };
            idle.as_mut().reset(tokio::time::Instant::now() + keepalive);
            if let Some(stop) = handle_in(session, incoming, opts, out, tally).await? {
                return Ok(stop);
            }
            continue;
        }
        burst = 0;
        tally.flush(out, session)?;
        let incoming = tokio::select! {
            r = session.recv() => r?,
            _ = &mut interrupt => return Ok(Stop::Signal),
            _ = &mut idle => {
                // Silence: make sure the connection is still there.
                let ping = Iq::from_get(new_id(), xmpp_parsers::ping::Ping)
                    .with_to(Jid::from_parts(None, session.jid.domain(), None));
                let (_, others) = session.iq(ping).await?;
                idle.as_mut().reset(tokio::time::Instant::now() + keepalive);
                session.requeue(others);
                keep_rooms(session, opts).await?;
                continue;
            }
        };
        idle.as_mut().reset(tokio::time::Instant::now() + keepalive);
        let Some(incoming) = incoming else {
            return bail(Kind::Network, "the server closed the stream");
        };
        if let Some(stop) = handle_in(session, incoming, opts, out, tally).await? {
            return Ok(stop);
        }
    }
}

/// `--catch-up` on a new session: print what each archive (the
/// account's, each room's) holds after the saved position, or from
/// `--since` where none was saved yet (a first run without either starts
/// live). Our own messages in the account's archive are not events, as
/// live, unless `--carbons`. What arrives meanwhile waits in the session.
async fn catch_up(
    session: &mut Session,
    opts: &Options<'_>,
    out: &mut Output,
    tally: &mut Tally,
) -> Result<Option<Stop>> {
    let Some(tracker) = &tally.catch_up else {
        return Ok(None);
    };
    let starts: Vec<(Option<BareJid>, Option<String>)> = std::iter::once(None)
        .chain(opts.rooms.iter().map(|(r, _)| Some(r.clone())))
        .map(|room| {
            let at = tracker.position(room.as_ref()).map(str::to_string);
            (room, at)
        })
        .collect();
    for (room, mut cursor) in starts {
        if cursor.is_none() && opts.since.is_none() {
            continue;
        }
        let archive = archive::open(session, room.as_ref()).await?;
        let filter = archive::Filter {
            start: cursor.is_none().then(|| opts.since.clone()).flatten(),
            ..archive::Filter::default()
        };
        let mut n = 0u64;
        loop {
            let page =
                archive::page(session, &archive, &filter, cursor.as_deref(), archive::PAGE).await?;
            let mut results = page.results.into_iter();
            while let Some((result, ticket)) = results.next() {
                cursor = Some(result.id.clone());
                let m = archive::unwrap(result, &archive);
                let ours =
                    room.is_none() && m.from.as_ref().is_some_and(|f| f.to_bare() == opts.own);
                if ours && !opts.args.carbons {
                    if let (Some(id), Some(c)) = (cursor.as_deref(), &mut tally.catch_up) {
                        c.handled(None, id);
                    }
                    tally.unflushed.push(ticket);
                    continue;
                }
                n += 1;
                let incoming = Incoming::Stanza(Box::new(Stanza::Message(m)), ticket);
                if let Some(stop) = handle_in(session, incoming, opts, out, tally).await? {
                    // The rest stays in the archive for the next run.
                    for (_, t) in results {
                        session.handled(t);
                    }
                    tally.flush(out, session)?;
                    return Ok(Some(stop));
                }
            }
            tally.flush(out, session)?;
            if page.complete || page.last.is_none() {
                break;
            }
            cursor = page.last.or(cursor);
        }
        log::info!("caught up with {} archived messages of {}", n, archive.at);
    }
    Ok(None)
}

/// [`handle`], then the OMEMO upkeep it asked for: our bundle published
/// again after a prekey was used (before a `--count` stop, too).
async fn handle_in(
    session: &mut Session,
    incoming: Incoming,
    opts: &Options<'_>,
    out: &mut Output,
    tally: &mut Tally,
) -> Result<Option<Stop>> {
    let stop = handle(session, incoming, opts, out, tally).await?;
    if stop.is_none() && !opts.rooms.is_empty() {
        keep_rooms(session, opts).await?;
    }
    if let (true, Some(account)) = (opts.republish.replace(false), &opts.omemo) {
        let mut others = Vec::new();
        omemo::announce_stored(session, account, &mut others).await?;
        // Handed out again by the session, in order.
        session.requeue(others);
    }
    Ok(stop)
}

/// Print (and --exec) one event if it passes the filters. Its ticket goes
/// to `tally` once it is handled: printed (and its hook run), or declined
/// (filtered out, not for printing). A stanza after a `--count` stop, or
/// whose hook failed, stays unhandled.
async fn handle(
    session: &mut Session,
    incoming: Incoming,
    opts: &Options<'_>,
    out: &mut Output,
    tally: &mut Tally,
) -> Result<Option<Stop>> {
    let (st, ticket) = match incoming {
        Incoming::Stanza(st, ticket) => (st, ticket),
        Incoming::Invalid {
            kind, id, ticket, ..
        } => {
            output::warn(&format!(
                "skipped a {} that does not parse (id {})",
                output::terminal_safe(&kind, " "),
                output::terminal_safe(id.as_deref().unwrap_or("none"), " ")
            ));
            tally.unflushed.push(ticket);
            return Ok(None);
        }
        Incoming::Acked(_) => return Ok(None),
    };
    // Our rooms: a self-ping's answer is ours, not an event; our own
    // unavailable presence (a kick, a shutdown) is printed, and the room
    // joined again.
    if !opts.rooms.is_empty() {
        let now = tokio::time::Instant::now();
        let learnt = match st.as_ref() {
            Stanza::Presence(p) => opts.keeper.borrow_mut().presence(p, now),
            Stanza::Iq(iq @ (Iq::Result { .. } | Iq::Error { .. })) => {
                let learnt = opts.keeper.borrow_mut().answer(iq, now);
                if learnt != Learnt::Nothing {
                    if let Learnt::Left(room, why) = &learnt {
                        output::warn(&format!("not in {room} any more: {why}; joining again"));
                    }
                    tally.unflushed.push(ticket);
                    return Ok(None);
                }
                learnt
            }
            _ => Learnt::Nothing,
        };
        if let Learnt::Left(room, why) = &learnt {
            output::warn(&format!("{room}: {why}; joining again"));
        }
    }
    // With --catch-up: an archived message handled before (caught up,
    // then live too) is not printed twice; each one handled moves the
    // position in its archive.
    let archived = match (&tally.catch_up, st.as_ref()) {
        (Some(_), Stanza::Message(m)) => archive::archive_id(m, &opts.own).map(|id| {
            let room = (m.type_ == xmpp_parsers::message::MessageType::Groupchat)
                .then(|| m.from.as_ref().map(|f| f.to_bare()))
                .flatten();
            (room, id)
        }),
        _ => None,
    };
    if let (Some((_, id)), Some(c)) = (&archived, &tally.catch_up) {
        if c.seen(id) {
            log::debug!("archived message {id} was handled already; not printed twice");
            tally.unflushed.push(ticket);
            return Ok(None);
        }
    }
    let moved = |tally: &mut Tally| {
        if let (Some((room, id)), Some(c)) = (&archived, &mut tally.catch_up) {
            c.handled(room.as_ref(), id);
        }
    };
    // A room message handled before (the history a room sends again on a
    // new session) is not printed twice.
    let in_room = room_message(&st, opts);
    if let Some((room, Some(key))) = &in_room {
        if opts.positions.borrow().seen(room, key) {
            log::debug!("{room} sent again a message already handled; not printed twice");
            tally.unflushed.push(ticket);
            return Ok(None);
        }
    }
    let Some(event) = to_event(*st, opts).await? else {
        moved(tally);
        tally.unflushed.push(ticket);
        return Ok(None);
    };
    if let Some((room, key)) = in_room {
        let at = event
            .time()
            .unwrap_or_else(|| chrono::DateTime::from(std::time::SystemTime::now()));
        opts.positions.borrow_mut().handled(&room, key, at);
    }
    print(&event, out)?;
    if let Some(cmd) = &opts.args.exec {
        // The command runs after its event is out; a failure leaves the
        // event unhandled and stops the run.
        tally.flush(out, session)?;
        exec::exec(cmd, &event, opts.args.exec_timeout, &opts.secret_env).await?;
    }
    moved(tally);
    tally.unflushed.push(ticket);
    tally.printed += 1;
    Ok(match opts.args.count {
        Some(n) if tally.printed >= n => Some(Stop::Count),
        _ => None,
    })
}
