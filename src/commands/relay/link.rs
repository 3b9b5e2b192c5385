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

use std::collections::{HashSet, VecDeque};
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use jid::{BareJid, Jid};
use tokio::sync::mpsc;
use tokio::time::Instant;
use xmpp_parsers::iq::Iq;
use xmpp_parsers::message::MessageType;
use xmpp_parsers::ping::Ping;
use xmpp_parsers::stanza::Stanza;

use super::flight::{refuse, Answer, Flight, Flights, Job};
use super::metrics::Metrics;
use super::pace::Bucket;
use crate::commands::muc;
use crate::commands::roomkeep::{Action, Keeper, Learnt, State};
use crate::connection::backoff::{retryable, Backoff};
use crate::connection::{self, Incoming, ResumeToken, Resumption, Session};
use crate::error::{bail, fail, kind_of, Kind};
use crate::ids::new_id;
use crate::output;
use crate::settings::ConnectSettings;
use crate::signals;

/// How long the link waits: for a request's confirmation, for a sign of
/// life after a quiet spell, and between two checks of a joined room.
#[derive(Clone, Copy)]
pub struct Waits {
    pub deadline: Duration,
    pub keepalive: Duration,
    pub room_check: Duration,
    /// Pacing: bytes a second and at once (a rate of 0: none).
    pub rate: u64,
    pub burst: u64,
}

/// The rooms to keep and our nick in them.
pub struct Rooms {
    pub rooms: Vec<BareJid>,
    pub nick: String,
}

/// Keep a session up and serve `jobs` on it until a stop signal (then
/// answer what is in flight and close) or an error that another try
/// cannot mend (a refused login: the relay exits with its code).
///
/// A lost connection is followed by a new one at once (then with
/// backoff), resuming the session where the server kept it (XEP-0198):
/// what was in flight is carried over, what the server had not handled
/// is written again (on a new session that cannot tell, everything
/// unconfirmed, marked `resent`), and confirmed anew, within each
/// request's deadline.
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
    let mut flights = Flights::new(server);
    let mut backoff = Backoff::new(Duration::from_secs(1), Duration::from_secs(60), None);
    let mut token: Option<ResumeToken> = None;
    let mut first = true;
    // Right after losing a session that was up, the next try is at once.
    let mut at_once = false;
    loop {
        let connected = tokio::select! {
            s = async {
                match &token {
                    Some(t) => connection::reconnect(settings, Some(t)).await,
                    None => connection::connect_resumable(settings)
                        .await
                        .map(|s| (s, Resumption::Fresh { handled: None })),
                }
            } => s,
            _ = signals::stopped() => {
                flights.give_up(&metrics, "the relay stopped before the server confirmed");
                return Ok(());
            }
        };
        let err = match connected {
            Ok((mut session, how)) => {
                backoff.reset();
                let handled = match how {
                    Resumption::Resumed { handled } => Some(handled),
                    Resumption::Fresh { handled } => handled,
                };
                let resumed = matches!(how, Resumption::Resumed { .. });
                if !first {
                    metrics.reconnects.fetch_add(1, Relaxed);
                    output::note(if resumed {
                        "the relay's session is up again (resumed)"
                    } else {
                        "the relay's session is up again"
                    });
                } else {
                    log::info!("the relay's session is up");
                    notifier.send("READY=1");
                }
                first = false;
                metrics.session_up.store(true, Relaxed);
                if !resumed {
                    kept.keeper.session_lost(Instant::now());
                }
                let carried = (!flights.queue.is_empty()).then_some(handled);
                let served = serve(
                    &mut session,
                    carried,
                    &mut jobs,
                    &metrics,
                    waits,
                    &mut flights,
                    &mut kept,
                )
                .await;
                metrics.session_up.store(false, Relaxed);
                match served {
                    Ok(()) => {
                        flights.give_up(&metrics, "the relay stopped before the server confirmed");
                        // Whatever else arrived stays with the server.
                        let _ = session.close().await;
                        return Ok(());
                    }
                    Err(e) => {
                        // What arrived before the loss is taken (answers,
                        // bounces); the session may be resumed.
                        for x in session.leftovers() {
                            take(&mut session, x, &mut flights, &metrics, &mut kept);
                        }
                        token = session.resume_token();
                        at_once = true;
                        kept.keeper.session_lost(Instant::now());
                        kept.publish(&metrics);
                        e
                    }
                }
            }
            Err(e) => e,
        };
        if !retryable(&err) {
            flights.give_up(&metrics, "the relay cannot log in again");
            return Err(err);
        }
        let delay = if std::mem::take(&mut at_once) {
            Duration::ZERO
        } else {
            backoff.next_delay().unwrap_or(Duration::from_secs(60))
        };
        output::warn(&format!(
            "{err:#}; the relay answers 503 meanwhile and tries again in {:.1}s",
            delay.as_secs_f64()
        ));
        let until = Instant::now() + delay;
        let mut tick = tokio::time::interval(Duration::from_millis(250));
        loop {
            tokio::select! {
                _ = tokio::time::sleep_until(until) => break,
                _ = tick.tick() => flights.expire(
                    Instant::now(),
                    &metrics,
                    "the connection to the XMPP server was lost and is not back yet; retry",
                ),
                job = jobs.recv() => match job {
                    Some(job) => refuse(job, &metrics, "the XMPP session is down; the relay is reconnecting"),
                    None => {
                        flights.give_up(&metrics, "the relay stopped before the server confirmed");
                        return Ok(());
                    }
                },
                _ = signals::stopped() => {
                    flights.give_up(&metrics, "the relay stopped before the server confirmed");
                    return Ok(());
                }
            }
        }
    }
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

/// Serve jobs on one session until it fails (the error) or the relay
/// stops (Ok, once what was in flight was answered). `carried`: flights
/// from a lost session are waiting, and what the server had handled of
/// them (see [`super::flight::unhandled`]).
async fn serve(
    session: &mut Session,
    carried: Option<Option<u32>>,
    jobs: &mut mpsc::Receiver<Job>,
    metrics: &Metrics,
    waits: Waits,
    flights: &mut Flights,
    kept: &mut Kept<'_>,
) -> Result<()> {
    if let Some(handled) = carried {
        // On a new session the rooms come first: their messages wait
        // for them.
        keep_rooms(session, flights, metrics, kept).await?;
        let (keeper, queue) = (&*kept.keeper, &mut flights.queue);
        let mut i = 0;
        while i < queue.len() {
            let missing = queue[i].rooms().find(|r| !keeper.is_joined(r));
            match missing {
                Some(room) => {
                    if let Some(f) = queue.remove(i) {
                        f.answer(
                            Answer::Unavailable(format!(
                                "the relay is not back in {room} yet; retry"
                            )),
                            metrics,
                        );
                    }
                }
                None => i += 1,
            }
        }
        let n = flights.resend(session, handled).await?;
        if n > 0 {
            output::note(&format!(
                "{n} message(s) the server had not confirmed written again{}",
                if handled.is_none() {
                    " (a new session: they may arrive twice)"
                } else {
                    ""
                }
            ));
        }
        flights.ping_after(session).await?;
    }
    serve_flights(session, jobs, metrics, waits, flights, kept).await
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

/// [`serve_jobs`], then what waited for its turn (paced, not written) is
/// answered 503 whatever the outcome.
async fn serve_flights(
    session: &mut Session,
    jobs: &mut mpsc::Receiver<Job>,
    metrics: &Metrics,
    waits: Waits,
    flights: &mut Flights,
    kept: &mut Kept<'_>,
) -> Result<()> {
    let mut paced = Paced {
        bucket: Bucket::new(waits.rate, waits.burst, Instant::now()),
        waiting: VecDeque::new(),
    };
    let served = serve_jobs(session, jobs, metrics, waits, flights, kept, &mut paced).await;
    for (f, _) in paced.waiting.drain(..) {
        f.answer(
            Answer::Unavailable(
                "the relay could not write it before the session ended; retry".into(),
            ),
            metrics,
        );
    }
    served
}

/// Requests waiting for their turn at the server's rate.
struct Paced {
    bucket: Option<Bucket>,
    /// Each with when it may be written, in order.
    waiting: VecDeque<(Flight, Instant)>,
}

impl Paced {
    /// Take a flight: `Some` to write it now, `None` when it waits its
    /// turn or was refused (its turn would leave too little of its
    /// deadline for the confirmation).
    fn admit(&mut self, flight: Flight, deadline: Duration, metrics: &Metrics) -> Option<Flight> {
        let Some(bucket) = &mut self.bucket else {
            return Some(flight);
        };
        let now = Instant::now();
        let bytes = flight.bytes();
        let at = now + bucket.wait(bytes, now);
        if at <= now && self.waiting.is_empty() {
            bucket.book(bytes, now);
            return Some(flight);
        }
        let margin = (deadline / 3).min(Duration::from_secs(2));
        if at + margin > flight.due {
            metrics.paced.fetch_add(1, Relaxed);
            flight.answer(
                Answer::Unavailable(format!(
                    "the server takes {} bytes a second (--rate): this request could not be \
                     confirmed within the deadline; retry",
                    bucket.rate()
                )),
                metrics,
            );
            return None;
        }
        bucket.book(bytes, now);
        self.waiting.push_back((flight, at));
        None
    }

    /// When the first waiting request may be written.
    fn next(&self) -> Option<Instant> {
        self.waiting.front().map(|(_, at)| *at)
    }
}

async fn serve_jobs(
    session: &mut Session,
    jobs: &mut mpsc::Receiver<Job>,
    metrics: &Metrics,
    waits: Waits,
    flights: &mut Flights,
    kept: &mut Kept<'_>,
    paced: &mut Paced,
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
        if (stopping || closed) && flights.queue.is_empty() && paced.waiting.is_empty() {
            return Ok(());
        }
        let turn = paced.next();
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
                    // In flight before it is written: after a failed
                    // write it is carried over to the next session.
                    let flight = Flight::of(job, Instant::now() + deadline, metrics);
                    if let Some(flight) = paced.admit(flight, deadline, metrics) {
                        flights.write(session, flight).await?;
                    }
                    // Pings after each burst: one round trip confirms all
                    // the requests that came in it.
                    if jobs.is_empty() {
                        flights.ping_after(session).await?;
                    }
                }
            },
            // A paced request's turn (stopping too: it was accepted).
            _ = tokio::time::sleep_until(turn.unwrap_or_else(Instant::now)), if turn.is_some() => {
                let now = Instant::now();
                while paced.next().is_some_and(|at| at <= now) {
                    if let Some((flight, _)) = paced.waiting.pop_front() {
                        flights.write(session, flight).await?;
                    }
                }
                flights.ping_after(session).await?;
            }
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
                        let ping = Iq::from_get(new_id(), Ping).with_to(flights.server().clone());
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
                flights.expire(
                    now,
                    metrics,
                    &format!("the server did not confirm within {}s", deadline.as_secs_f64()),
                );
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
    flights: &mut Flights,
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
    flights: &mut Flights,
    metrics: &Metrics,
    kept: &mut Kept<'_>,
) {
    let ticket = incoming.ticket();
    let now = Instant::now();
    let ours = match &incoming {
        Incoming::Stanza(st, _) => match st.as_ref() {
            Stanza::Iq(iq @ (Iq::Result { .. } | Iq::Error { .. })) => {
                if flights.confirmed(iq, metrics) {
                    true
                } else {
                    let learnt = kept.keeper.answer(iq, now);
                    // Only a room left changes what /healthz and
                    // /metrics say; most answers here are pings'.
                    if let Learnt::Left(room, why) = &learnt {
                        output::warn(&format!("not in {room} any more: {why}; joining again"));
                        kept.publish(metrics);
                    }
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
                flights.bounced(m.id.as_ref().map(|i| i.0.as_str()), &cond)
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
