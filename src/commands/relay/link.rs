//! The relay's one session: it writes the messages the HTTP side hands
//! it, confirms each request by a ping sent after its messages (the
//! server answers only after it handled everything before, bounces for
//! local recipients included) and, for recipients on other domains, a
//! ping to each such domain (its answer travels back on the same
//! server-to-server stream, after any bounce: as `send` confirms), reports
//! bounces, answers 503 for what is late, and starts the session again,
//! with backoff, when it drops.
//!
//! Rooms the routes send to are joined on every new session and kept
//! joined (`roomkeep`: self-pings, our own unavailable presence); a
//! request for a room the relay is not in is answered 503 without
//! writing anything.
//!
//! A quiet link is probed: after `--keepalive` with nothing from the server,
//! a ping; when nothing at all comes for --deadline after it, the link is
//! taken for dead and the session started again. (Not a late answer to a
//! request: a slow server is not a lost one, see `send --reconnect`.)
//!
//! Cancel-safety: `serve`'s `select!` waits on `mpsc::Receiver::recv`,
//! `Session::recv`, a timer and the stop signal, all cancel-safe; the
//! writing happens in the branch bodies, never in a branch's future.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use jid::{BareJid, Jid};
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;
use xmpp_parsers::iq::Iq;
use xmpp_parsers::message::MessageType;
use xmpp_parsers::ping::Ping;
use xmpp_parsers::stanza::Stanza;

use super::metrics::Metrics;
use crate::commands::muc;
use crate::commands::roomkeep::{Action, Keeper, Learnt, State};
use crate::commands::send::remote::{from_domain, remote_domain, unreachable};
use crate::commands::send::Outgoing;
use crate::connection::backoff::{retryable, Backoff};
use crate::connection::{self, Incoming, Session};
use crate::error::{bail, fail, kind_of, Kind};
use crate::ids::new_id;
use crate::output;
use crate::settings::ConnectSettings;
use crate::signals;

/// One request's messages and where its answer goes.
pub struct Job {
    pub messages: Vec<Outgoing>,
    pub reply: oneshot::Sender<Answer>,
    pub accepted: Instant,
    /// Whether recipients on other domains must be confirmed by their
    /// domain (the default), not only by our server.
    pub remote: bool,
}

/// What became of a request.
#[derive(Debug)]
pub enum Answer {
    /// The server handled every message: each one's status, a bounce
    /// condition for those it refused.
    Done(Vec<Status>),
    /// Not confirmed, and why (the caller should retry).
    Unavailable(String),
}

#[derive(Debug)]
pub struct Status {
    pub id: String,
    pub to: String,
    pub kind: &'static str,
    pub bounce: Option<String>,
    /// What confirmed it: "server", or "remote-domain" (the recipient's
    /// domain answered after it).
    pub confirmed_by: &'static str,
}

/// A request written to the session and not yet answered.
struct Flight {
    reply: oneshot::Sender<Answer>,
    accepted: Instant,
    /// Per message: its id, recipient and type.
    sent: Vec<(String, String, &'static str)>,
    /// Per message: the bounce condition, once one came.
    bounced: Vec<Option<String>>,
    /// Whether remote domains confirm too (see [`Job::remote`]).
    remote: bool,
    /// Whether its confirmation pings were written.
    pinged: bool,
    /// The confirmation pings not answered yet.
    pending: Vec<String>,
    due: Instant,
}

impl Flight {
    fn answer(self, answer: Answer, metrics: &Metrics) {
        let n = self.sent.len() as u64;
        metrics.in_flight.fetch_sub(n, Relaxed);
        match &answer {
            Answer::Done(statuses) => {
                let took = self.accepted.elapsed();
                for s in statuses {
                    match &s.bounce {
                        None => metrics.confirmed_after(took),
                        Some(cond) => metrics.bounced(cond.split(' ').next().unwrap_or(cond)),
                    }
                }
            }
            Answer::Unavailable(_) => {
                metrics.unconfirmed.fetch_add(n, Relaxed);
            }
        }
        // The caller may have gone (its connection closed): nothing to do.
        let _ = self.reply.send(answer);
    }

    /// Answered: every confirmation ping came back. `own` is our domain.
    fn done(self, metrics: &Metrics, own: &str) {
        let remote = self.remote;
        let statuses = self
            .sent
            .iter()
            .zip(&self.bounced)
            .map(|((id, to, kind), b)| Status {
                id: id.clone(),
                to: to.clone(),
                kind,
                bounce: b.clone(),
                confirmed_by: if remote && remote_domain(to, own).is_some() {
                    "remote-domain"
                } else {
                    "server"
                },
            })
            .collect();
        self.answer(Answer::Done(statuses), metrics);
    }
}

/// How long the link waits: for a request's confirmation, for a sign of
/// life after a quiet spell, and between two checks of a joined room.
#[derive(Clone, Copy)]
pub struct Waits {
    pub deadline: Duration,
    pub keepalive: Duration,
    pub room_check: Duration,
}

/// The rooms to keep and our nick in them.
pub struct Rooms {
    pub rooms: Vec<BareJid>,
    pub nick: String,
}

/// Keep a session up and serve `jobs` on it until a stop signal (then
/// answer what is in flight and close) or an error that another try
/// cannot mend (a refused login: the relay exits with its code).
pub async fn run(
    settings: &ConnectSettings,
    mut jobs: mpsc::Receiver<Job>,
    metrics: Arc<Metrics>,
    waits: Waits,
    rooms: Rooms,
    notifier: Arc<super::notify::Notifier>,
) -> Result<()> {
    let server: Jid = Jid::new(settings.jid.domain().as_str())
        .map_err(|e| fail(Kind::Internal, e.to_string()))?;
    let mut keeper = Keeper::new(
        rooms
            .rooms
            .into_iter()
            .map(|r| (r, rooms.nick.clone()))
            .collect(),
        waits.room_check,
        waits.deadline,
        Instant::now(),
    );
    let mut kept = Kept {
        keeper: &mut keeper,
        ever: HashSet::new(),
    };
    kept.publish(&metrics);
    let mut backoff = Backoff::new(Duration::from_secs(1), Duration::from_secs(60), None);
    let mut first = true;
    loop {
        let connected = tokio::select! {
            s = connection::connect(settings) => s,
            _ = signals::stopped() => return Ok(()),
        };
        let err = match connected {
            Ok(session) => {
                backoff.reset();
                if !first {
                    metrics.reconnects.fetch_add(1, Relaxed);
                    output::note("the relay's session is up again");
                } else {
                    log::info!("the relay's session is up");
                    notifier.send("READY=1");
                }
                first = false;
                metrics.session_up.store(true, Relaxed);
                kept.keeper.session_lost(Instant::now());
                let served = serve(session, &server, &mut jobs, &metrics, waits, &mut kept).await;
                metrics.session_up.store(false, Relaxed);
                kept.keeper.session_lost(Instant::now());
                kept.publish(&metrics);
                match served {
                    Ok(()) => return Ok(()),
                    Err(e) => e,
                }
            }
            Err(e) => e,
        };
        if !retryable(&err) {
            return Err(err);
        }
        let delay = backoff.next_delay().unwrap_or(Duration::from_secs(60));
        output::warn(&format!(
            "{err:#}; the relay answers 503 meanwhile and tries again in {:.1}s",
            delay.as_secs_f64()
        ));
        let until = Instant::now() + delay;
        loop {
            tokio::select! {
                _ = tokio::time::sleep_until(until) => break,
                job = jobs.recv() => match job {
                    Some(job) => refuse(job, &metrics, "the XMPP session is down; the relay is reconnecting"),
                    None => return Ok(()),
                },
                _ = signals::stopped() => return Ok(()),
            }
        }
    }
}

/// Answer a job 503 without writing it.
pub fn refuse(job: Job, metrics: &Metrics, why: &str) {
    metrics
        .unconfirmed
        .fetch_add(job.messages.len() as u64, Relaxed);
    let _ = job.reply.send(Answer::Unavailable(why.to_string()));
}

/// The kept rooms, and which of them were ever joined (a later join is a
/// rejoin, counted).
struct Kept<'k> {
    keeper: &'k mut Keeper,
    ever: HashSet<BareJid>,
}

impl Kept<'_> {
    /// Tell `/healthz` and `/metrics` where the rooms stand.
    fn publish(&self, metrics: &Metrics) {
        metrics.set_rooms(
            self.keeper
                .states()
                .map(|(room, state)| {
                    let why = match state {
                        State::Joined => None,
                        State::Out(why) => Some(why.clone()),
                    };
                    (room.to_string(), why)
                })
                .collect(),
        );
    }
}

/// What is in flight on one session.
struct Flights<'a> {
    server: &'a Jid,
    queue: VecDeque<Flight>,
    /// Confirmation pings written and not answered: to whom (`None`: our
    /// server, else the remote domain).
    pings: HashMap<String, Option<String>>,
}

/// Serve jobs on one session until it fails (the error) or the relay
/// stops (Ok, after what was in flight was answered).
async fn serve(
    mut session: Session,
    server: &Jid,
    jobs: &mut mpsc::Receiver<Job>,
    metrics: &Metrics,
    waits: Waits,
    kept: &mut Kept<'_>,
) -> Result<()> {
    let mut flights = Flights {
        server,
        queue: VecDeque::new(),
        pings: HashMap::new(),
    };
    let served = serve_flights(&mut session, jobs, metrics, waits, &mut flights, kept).await;
    let lost = match &served {
        Ok(()) => "the relay stopped before the server confirmed",
        Err(_) => "the connection to the XMPP server was lost before it confirmed; retry",
    };
    for f in flights.queue.drain(..) {
        f.answer(Answer::Unavailable(lost.into()), metrics);
    }
    if served.is_ok() {
        // Whatever else arrived stays with the server (not acknowledged).
        let _ = session.close().await;
    }
    served
}

/// The first room among a job's messages that the relay is not in, and
/// why.
fn room_missing(job: &Job, keeper: &Keeper) -> Option<String> {
    job.messages
        .iter()
        .filter(|m| m.kind == "groupchat")
        .filter_map(|m| m.to.as_ref().map(|t| t.to_bare()))
        .find(|room| !keeper.is_joined(room))
        .map(|room| {
            let why = keeper
                .states()
                .find(|(r, _)| **r == room)
                .map(|(_, s)| match s {
                    State::Out(why) => why.clone(),
                    State::Joined => String::new(),
                })
                .unwrap_or_else(|| "the relay does not keep this room".into());
            format!("the relay is not in {room} ({why}); retry")
        })
}

async fn serve_flights(
    session: &mut Session,
    jobs: &mut mpsc::Receiver<Job>,
    metrics: &Metrics,
    waits: Waits,
    flights: &mut Flights<'_>,
    kept: &mut Kept<'_>,
) -> Result<()> {
    let Waits {
        deadline,
        keepalive,
        ..
    } = waits;
    let mut stopping = false;
    let mut closed = false;
    let mut tick = tokio::time::interval(Duration::from_millis(250));
    let mut heard = Instant::now();
    // When the keepalive ping went out, while nothing came since.
    let mut probe: Option<Instant> = None;
    loop {
        if (stopping || closed) && flights.queue.is_empty() {
            return Ok(());
        }
        tokio::select! {
            // Stopping: nothing new is written (what waits is answered
            // 503 below); what is in flight is confirmed first.
            job = jobs.recv(), if !closed && !stopping => match job {
                None => closed = true,
                Some(job) => {
                    if let Some(why) = room_missing(&job, kept.keeper) {
                        refuse(job, metrics, &why);
                        continue;
                    }
                    let n = job.messages.len();
                    metrics.in_flight.fetch_add(n as u64, Relaxed);
                    let mut sent = Vec::with_capacity(n);
                    let mut stanzas = Vec::with_capacity(n);
                    for m in job.messages {
                        let to = m.to.as_ref().map(|t| t.to_string()).unwrap_or_default();
                        sent.push((m.id, to, m.kind));
                        stanzas.push(m.stanza);
                    }
                    // In flight before it is written: a failed write is
                    // answered 503 with the rest (`serve`).
                    flights.queue.push_back(Flight {
                        reply: job.reply,
                        accepted: job.accepted,
                        sent,
                        bounced: vec![None; n],
                        remote: job.remote,
                        pinged: false,
                        pending: Vec::new(),
                        due: Instant::now() + deadline,
                    });
                    for stanza in stanzas {
                        session.feed(stanza).await?;
                    }
                    // Pings after each burst: one round trip confirms all
                    // the requests that came in it.
                    if jobs.is_empty() {
                        ping_after(session, flights).await?;
                    }
                }
            },
            incoming = session.recv() => match incoming? {
                Some(x) => {
                    heard = Instant::now();
                    probe = None;
                    take(session, x, flights, metrics, kept);
                }
                None => return bail(Kind::Network, "the server closed the stream"),
            },
            _ = tick.tick() => {
                let now = Instant::now();
                match probe {
                    None if now - heard >= keepalive => {
                        let ping = Iq::from_get(new_id(), Ping).with_to(flights.server.clone());
                        session.send(Stanza::Iq(ping)).await?;
                        probe = Some(now);
                    }
                    Some(at) if now - at >= deadline => {
                        return bail(
                            Kind::Network,
                            format!(
                                "the server answered nothing for {}s, not even a ping: the link is dead",
                                (now - heard).as_secs()
                            ),
                        );
                    }
                    _ => {}
                }
                while let Some(i) = flights.queue.iter().position(|f| f.due <= now) {
                    if let Some(f) = flights.queue.remove(i) {
                        f.answer(
                            Answer::Unavailable(format!(
                                "the server did not confirm within {}s",
                                deadline.as_secs_f64()
                            )),
                            metrics,
                        );
                    }
                }
                if !stopping {
                    keep_rooms(session, flights, metrics, kept).await?;
                }
            }
            _ = signals::stopped(), if !stopping => {
                stopping = true;
                while let Ok(job) = jobs.try_recv() {
                    refuse(job, metrics, "the relay is stopping; retry");
                }
            }
        }
    }
}

/// What the room keeper says is due: self-pings written, joins made (one
/// at a time, on this session: what arrives meanwhile is taken as usual).
async fn keep_rooms(
    session: &mut Session,
    flights: &mut Flights<'_>,
    metrics: &Metrics,
    kept: &mut Kept<'_>,
) -> Result<()> {
    let actions = kept.keeper.due(Instant::now(), new_id);
    if actions.is_empty() {
        return Ok(());
    }
    for action in actions {
        match action {
            Action::Ping { to, id } => {
                log::debug!("self-ping to {to}");
                session
                    .send(Stanza::Iq(Iq::from_get(id, Ping).with_to(to)))
                    .await?;
            }
            Action::Join { room, nick } => {
                let mut early = Vec::new();
                let joined = muc::join(
                    session,
                    &room,
                    &nick,
                    muc::Backlog::None,
                    None,
                    muc::Create::Refuse,
                    &mut early,
                )
                .await;
                for x in early {
                    take(session, x, flights, metrics, kept);
                }
                match joined {
                    Ok(j) => {
                        kept.keeper.joined(&room, &j.nick, Instant::now());
                        if !kept.ever.insert(room.clone()) {
                            metrics.rejoins.fetch_add(1, Relaxed);
                            output::note(&format!("the relay is in {room} again"));
                        } else {
                            log::info!("the relay joined {room} as {}", j.nick);
                        }
                    }
                    Err(e) if matches!(kind_of(&e), Kind::Network) => return Err(e),
                    Err(e) => {
                        let why = if muc::is_no_such_room(&e) {
                            format!(
                                "no such room {room} (item-not-found): check [relay.routes] \
                                 rooms, or make it first (xmpp send --create-room --muc {room})"
                            )
                        } else {
                            format!("{e:#}")
                        };
                        output::warn(&format!("{why}; the relay tries again later"));
                        kept.keeper.failed(&room, &why, Instant::now());
                    }
                }
            }
        }
    }
    kept.publish(metrics);
    Ok(())
}

/// Write the confirmation pings after the messages of every flight that
/// has none yet: one to our server, one to each remote domain among the
/// recipients of flights that want it.
async fn ping_after(session: &mut Session, flights: &mut Flights<'_>) -> Result<()> {
    if flights.queue.iter().all(|f| f.pinged) {
        return session.flush().await;
    }
    let own = flights.server.domain().to_string();
    let ours = new_id();
    let mut remote: BTreeMap<String, String> = BTreeMap::new();
    for f in flights.queue.iter_mut().filter(|f| !f.pinged) {
        f.pinged = true;
        f.pending.push(ours.clone());
        if !f.remote {
            continue;
        }
        for (_, to, _) in &f.sent {
            if let Some(domain) = remote_domain(to, &own) {
                let id = remote.entry(domain).or_insert_with(new_id).clone();
                if !f.pending.contains(&id) {
                    f.pending.push(id);
                }
            }
        }
    }
    session
        .feed(Stanza::Iq(
            Iq::from_get(ours.clone(), Ping).with_to(flights.server.clone()),
        ))
        .await?;
    flights.pings.insert(ours, None);
    for (domain, id) in remote {
        let Ok(to) = Jid::new(&domain) else { continue };
        log::debug!("asking {domain} to confirm what it was sent (ping)");
        session
            .feed(Stanza::Iq(Iq::from_get(id.clone(), Ping).with_to(to)))
            .await?;
        flights.pings.insert(id, Some(domain));
    }
    session.flush().await
}

/// A confirmation ping was answered: a remote domain that could not be
/// reached bounces what was sent there; flights with no ping left are
/// answered.
fn confirmed(iq: &Iq, flights: &mut Flights<'_>, metrics: &Metrics) -> bool {
    let id = iq.id();
    let Some(to) = flights.pings.get(id) else {
        return false;
    };
    let genuine = match to {
        Some(domain) => from_domain(iq, domain),
        None => from_domain(iq, flights.server.domain().as_str()),
    };
    if !genuine {
        return false;
    }
    let to = flights.pings.remove(id).flatten();
    let own = flights.server.domain().to_string();
    let lost = to.as_ref().and_then(|_| unreachable(iq));
    for f in flights.queue.iter_mut() {
        let Some(at) = f.pending.iter().position(|p| p == id) else {
            continue;
        };
        f.pending.swap_remove(at);
        if let (Some(domain), Some(why)) = (&to, &lost) {
            for ((_, rcpt, _), b) in f.sent.iter().zip(f.bounced.iter_mut()) {
                if b.is_none() && remote_domain(rcpt, &own).as_deref() == Some(domain) {
                    *b = Some(why.clone());
                }
            }
        }
    }
    while let Some(i) = flights
        .queue
        .iter()
        .position(|f| f.pinged && f.pending.is_empty())
    {
        if let Some(f) = flights.queue.remove(i) {
            f.done(metrics, &own);
        }
    }
    true
}

/// What arrived: a ping answer confirms the flights it was written
/// after; a message bounce marks its message; a room's answer or presence
/// tells the keeper where we stand. Those are handled; so is anything
/// that is not a message, and a group chat message of a kept room (the
/// relay shows none, and a room's chatter left unacknowledged would fill
/// the server's queue). Other messages for the account are left to the
/// server (the relay sends no presence of its own, so they are rare).
fn take(
    session: &mut Session,
    incoming: Incoming,
    flights: &mut Flights<'_>,
    metrics: &Metrics,
    kept: &mut Kept<'_>,
) {
    let ticket = incoming.ticket();
    let now = Instant::now();
    let ours = match &incoming {
        Incoming::Stanza(st, _) => match st.as_ref() {
            Stanza::Iq(iq @ (Iq::Result { .. } | Iq::Error { .. })) => {
                if confirmed(iq, flights, metrics) {
                    true
                } else {
                    let learnt = kept.keeper.answer(iq, now);
                    if let Learnt::Left(room, why) = &learnt {
                        output::warn(&format!("not in {room} any more: {why}; joining again"));
                    }
                    kept.publish(metrics);
                    learnt != Learnt::Nothing
                }
            }
            Stanza::Presence(p) => {
                if let Learnt::Left(room, why) = kept.keeper.presence(p, now) {
                    output::warn(&format!("{room}: {why}; joining again"));
                    kept.publish(metrics);
                }
                false
            }
            Stanza::Message(m) if m.type_ == MessageType::Error => {
                let cond = connection::error_condition(&m.payloads);
                let id = m.id.as_ref().map(|i| i.0.as_str());
                let mut any = false;
                for f in flights.queue.iter_mut() {
                    for ((sent_id, _, _), b) in f.sent.iter().zip(f.bounced.iter_mut()) {
                        if Some(sent_id.as_str()) == id {
                            *b = Some(cond.clone());
                            any = true;
                        }
                    }
                }
                any
            }
            Stanza::Message(m) if m.type_ == MessageType::Groupchat => m
                .from
                .as_ref()
                .is_some_and(|f| kept.keeper.keeps(&f.to_bare())),
            _ => false,
        },
        _ => false,
    };
    match ticket {
        Some(t) if ours => session.handled(t),
        _ => session.handled_unless_message(&incoming),
    }
}
