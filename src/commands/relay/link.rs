//! The relay's one session: it writes the messages the HTTP side hands
//! it, confirms each request by a ping sent after its messages (the
//! server answers only after it handled everything before, bounces for
//! local recipients included), reports bounces, answers 503 for what is
//! late, and starts the session again, with backoff, when it drops.
//!
//! A quiet link is probed: after `--keepalive` with nothing from the server,
//! a ping; when nothing at all comes for --deadline after it, the link is
//! taken for dead and the session started again. (Not a late answer to a
//! request: a slow server is not a lost one, see `send --reconnect`.)
//!
//! Cancel-safety: `serve`'s `select!` waits on `mpsc::Receiver::recv`,
//! `Session::recv`, a timer and the stop signal, all cancel-safe; the
//! writing happens in the branch bodies, never in a branch's future.

use std::collections::VecDeque;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use jid::Jid;
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;
use xmpp_parsers::iq::Iq;
use xmpp_parsers::message::MessageType;
use xmpp_parsers::ping::Ping;
use xmpp_parsers::stanza::Stanza;

use super::metrics::Metrics;
use crate::commands::send::Outgoing;
use crate::connection::backoff::{retryable, Backoff};
use crate::connection::{self, Incoming, Session};
use crate::error::{bail, fail, Kind};
use crate::ids::new_id;
use crate::output;
use crate::settings::ConnectSettings;
use crate::signals;

/// One request's messages and where its answer goes.
pub struct Job {
    pub messages: Vec<Outgoing>,
    pub reply: oneshot::Sender<Answer>,
    pub accepted: Instant,
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
}

/// A request written to the session and not yet answered.
struct Flight {
    reply: oneshot::Sender<Answer>,
    accepted: Instant,
    /// Per message: its id, recipient and type.
    sent: Vec<(String, String, &'static str)>,
    /// Per message: the bounce condition, once one came.
    bounced: Vec<Option<String>>,
    /// The ping written after its messages, once written.
    ping: Option<String>,
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

    fn done(self, metrics: &Metrics) {
        let statuses = self
            .sent
            .iter()
            .zip(&self.bounced)
            .map(|((id, to, kind), b)| Status {
                id: id.clone(),
                to: to.clone(),
                kind,
                bounce: b.clone(),
            })
            .collect();
        self.answer(Answer::Done(statuses), metrics);
    }
}

/// Keep a session up and serve `jobs` on it until a stop signal (then
/// answer what is in flight and close) or an error that another try
/// cannot mend (a refused login: the relay exits with its code).
/// How long the link waits: for a request's confirmation, and for a
/// sign of life after a quiet spell.
#[derive(Clone, Copy)]
pub struct Waits {
    pub deadline: Duration,
    pub keepalive: Duration,
}

pub async fn run(
    settings: &ConnectSettings,
    mut jobs: mpsc::Receiver<Job>,
    metrics: Arc<Metrics>,
    waits: Waits,
    notifier: Arc<super::notify::Notifier>,
) -> Result<()> {
    let server: Jid = Jid::new(settings.jid.domain().as_str())
        .map_err(|e| fail(Kind::Internal, e.to_string()))?;
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
                let served = serve(session, &server, &mut jobs, &metrics, waits).await;
                metrics.session_up.store(false, Relaxed);
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

/// Serve jobs on one session until it fails (the error) or the relay
/// stops (Ok, after what was in flight was answered).
async fn serve(
    mut session: Session,
    server: &Jid,
    jobs: &mut mpsc::Receiver<Job>,
    metrics: &Metrics,
    waits: Waits,
) -> Result<()> {
    let mut flights: VecDeque<Flight> = VecDeque::new();
    let served = serve_flights(&mut session, server, jobs, metrics, waits, &mut flights).await;
    let lost = match &served {
        Ok(()) => "the relay stopped before the server confirmed",
        Err(_) => "the connection to the XMPP server was lost before it confirmed; retry",
    };
    for f in flights.drain(..) {
        f.answer(Answer::Unavailable(lost.into()), metrics);
    }
    if served.is_ok() {
        // Whatever else arrived stays with the server (not acknowledged).
        let _ = session.close().await;
    }
    served
}

async fn serve_flights(
    session: &mut Session,
    server: &Jid,
    jobs: &mut mpsc::Receiver<Job>,
    metrics: &Metrics,
    waits: Waits,
    flights: &mut VecDeque<Flight>,
) -> Result<()> {
    let Waits {
        deadline,
        keepalive,
    } = waits;
    let mut stopping = false;
    let mut closed = false;
    let mut tick = tokio::time::interval(Duration::from_millis(250));
    let mut heard = Instant::now();
    // When the keepalive ping went out, while nothing came since.
    let mut probe: Option<Instant> = None;
    loop {
        if (stopping || closed) && flights.is_empty() {
            return Ok(());
        }
        tokio::select! {
            // Stopping: nothing new is written (what waits is answered
            // 503 below); what is in flight is confirmed first.
            job = jobs.recv(), if !closed && !stopping => match job {
                None => closed = true,
                Some(job) => {
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
                    flights.push_back(Flight {
                        reply: job.reply,
                        accepted: job.accepted,
                        sent,
                        bounced: vec![None; n],
                        ping: None,
                        due: Instant::now() + deadline,
                    });
                    for stanza in stanzas {
                        session.feed(stanza).await?;
                    }
                    // A ping after each burst: one round trip confirms all
                    // the requests that came in it.
                    if jobs.is_empty() {
                        ping_after(session, server, flights).await?;
                    }
                }
            },
            incoming = session.recv() => match incoming? {
                Some(x) => {
                    heard = Instant::now();
                    probe = None;
                    take(session, x, flights, metrics);
                }
                None => return bail(Kind::Network, "the server closed the stream"),
            },
            _ = tick.tick() => {
                let now = Instant::now();
                match probe {
                    None if now - heard >= keepalive => {
                        let ping = Iq::from_get(new_id(), Ping).with_to(server.clone());
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
                while let Some(i) = flights.iter().position(|f| f.due <= now) {
                    if let Some(f) = flights.remove(i) {
                        f.answer(
                            Answer::Unavailable(format!(
                                "the server did not confirm within {}s",
                                deadline.as_secs_f64()
                            )),
                            metrics,
                        );
                    }
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

/// Write a ping after the messages of every flight that has none yet.
async fn ping_after(
    session: &mut Session,
    server: &Jid,
    flights: &mut VecDeque<Flight>,
) -> Result<()> {
    if flights.iter().all(|f| f.ping.is_some()) {
        return session.flush().await;
    }
    let id = new_id();
    session
        .send(Stanza::Iq(
            Iq::from_get(id.clone(), Ping).with_to(server.clone()),
        ))
        .await?;
    for f in flights.iter_mut().filter(|f| f.ping.is_none()) {
        f.ping = Some(id.clone());
    }
    Ok(())
}

/// What arrived: a ping answer confirms the flights it was written
/// after; a message bounce marks its message. Those are handled; so is
/// anything that is not a message. Messages for the account are left to
/// the server (the relay shows none; it sends no presence, so they are
/// rare).
fn take(
    session: &mut Session,
    incoming: Incoming,
    flights: &mut VecDeque<Flight>,
    metrics: &Metrics,
) {
    let ticket = incoming.ticket();
    let ours = match &incoming {
        Incoming::Stanza(st, _) => match st.as_ref() {
            Stanza::Iq(iq @ (Iq::Result { .. } | Iq::Error { .. })) => {
                let id = iq.id().to_string();
                let mut any = false;
                while let Some(i) = flights.iter().position(|f| f.ping.as_deref() == Some(&id)) {
                    if let Some(f) = flights.remove(i) {
                        f.done(metrics);
                        any = true;
                    }
                }
                any
            }
            Stanza::Message(m) if m.type_ == MessageType::Error => {
                let cond = connection::error_condition(&m.payloads);
                let id = m.id.as_ref().map(|i| i.0.as_str());
                let mut any = false;
                for f in flights.iter_mut() {
                    for ((sent_id, _, _), b) in f.sent.iter().zip(f.bounced.iter_mut()) {
                        if Some(sent_id.as_str()) == id {
                            *b = Some(cond.clone());
                            any = true;
                        }
                    }
                }
                any
            }
            _ => false,
        },
        _ => false,
    };
    match ticket {
        Some(t) if ours => session.handled(t),
        _ => session.handled_unless_message(&incoming),
    }
}
