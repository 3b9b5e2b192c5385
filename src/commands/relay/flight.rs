//! What the relay's session has in flight: each request's messages,
//! their confirmation pings (one to our server after a burst, one to each
//! remote domain among the recipients), the bounces that came, and what
//! to write again on a resumed or new session. The session work is
//! `link`'s; the bookkeeping here is unit-tested without a network.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::atomic::Ordering::Relaxed;

use anyhow::Result;
use jid::Jid;
use tokio::sync::oneshot;
use tokio::time::Instant;
use xmpp_parsers::iq::Iq;
use xmpp_parsers::ping::Ping;
use xmpp_parsers::stanza::Stanza;

use super::metrics::Metrics;
use crate::commands::send::remote::{from_domain, remote_domain, unreachable};
use crate::commands::send::{copy, Outgoing};
use crate::connection::Session;
use crate::ids::new_id;

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
    /// Written again on a new session that could not tell whether the
    /// lost one had delivered it: it may arrive twice.
    pub resent: bool,
}

/// Answer a job 503 without writing it.
pub fn refuse(job: Job, metrics: &Metrics, why: &str) {
    metrics
        .unconfirmed
        .fetch_add(job.messages.len() as u64, Relaxed);
    let _ = job.reply.send(Answer::Unavailable(why.to_string()));
}

/// One message of a flight.
struct Sent {
    id: String,
    to: String,
    kind: &'static str,
    /// Kept to be written again after a lost connection.
    stanza: Stanza,
    /// Where it stands on the wire.
    wire: Wire,
    bounce: Option<String>,
    resent: bool,
}

/// A request taken by the session and not yet answered.
pub struct Flight {
    reply: oneshot::Sender<Answer>,
    accepted: Instant,
    msgs: Vec<Sent>,
    /// Whether remote domains confirm too (see [`Job::remote`]).
    remote: bool,
    /// Whether its confirmation pings were written.
    pinged: bool,
    /// The confirmation pings not answered yet.
    pending: Vec<String>,
    pub due: Instant,
}

impl Flight {
    /// A job's flight, answered 503 if not confirmed by `due`.
    pub fn of(job: Job, due: Instant, metrics: &Metrics) -> Flight {
        metrics
            .in_flight
            .fetch_add(job.messages.len() as u64, Relaxed);
        Flight {
            reply: job.reply,
            accepted: job.accepted,
            msgs: job
                .messages
                .into_iter()
                .map(|m| Sent {
                    to: m.to.as_ref().map(|t| t.to_string()).unwrap_or_default(),
                    id: m.id,
                    kind: m.kind,
                    stanza: m.stanza,
                    wire: Wire::Pending,
                    bounce: None,
                    resent: false,
                })
                .collect(),
            remote: job.remote,
            pinged: false,
            pending: Vec::new(),
            due,
        }
    }

    /// The bytes its messages take on the stream, and its confirmation.
    pub fn bytes(&self) -> u64 {
        self.msgs
            .iter()
            .map(|m| super::pace::size(&m.stanza))
            .sum::<u64>()
            + super::pace::PER_REQUEST
    }

    /// The rooms its group chat messages go to.
    pub fn rooms(&self) -> impl Iterator<Item = jid::BareJid> + '_ {
        self.msgs
            .iter()
            .filter(|m| m.kind == "groupchat")
            .filter_map(|m| Jid::new(&m.to).ok().map(|j| j.to_bare()))
    }

    pub fn answer(self, answer: Answer, metrics: &Metrics) {
        let n = self.msgs.len() as u64;
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

    /// Every confirmation ping came back. `own` is our domain.
    fn done(self, metrics: &Metrics, own: &str) {
        let remote = self.remote;
        let statuses = self
            .msgs
            .iter()
            .map(|m| Status {
                id: m.id.clone(),
                to: m.to.clone(),
                kind: m.kind,
                bounce: m.bounce.clone(),
                confirmed_by: if remote && remote_domain(&m.to, own).is_some() {
                    "remote-domain"
                } else {
                    "server"
                },
                resent: m.resent,
            })
            .collect();
        self.answer(Answer::Done(statuses), metrics);
    }
}

/// Where a message stands on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wire {
    /// To be written (again) on the next connection.
    Pending,
    /// Written as this place in the current session's outbound count
    /// (XEP-0198).
    Written(u32),
    /// A server handled it (by its count): never written again.
    Settled,
}

/// What a new connection learns of a message: the server's `handled`
/// count says whether what was written reached it (settled) or must be
/// written again (pending; on a new session that cannot tell, pending
/// too). Pure.
pub fn after_reconnect(wire: Wire, handled: Option<u32>) -> Wire {
    match wire {
        Wire::Written(seq) if !unhandled(seq, handled) => Wire::Settled,
        Wire::Written(_) | Wire::Pending => Wire::Pending,
        Wire::Settled => Wire::Settled,
    }
}

/// Whether the message written as `seq` must be written again on a
/// session that knows the server handled `handled` of our stanzas
/// (`None`: a new session that cannot tell; everything written is
/// written again, and may arrive twice). Counts wrap at 2³².
pub fn unhandled(seq: u32, handled: Option<u32>) -> bool {
    match handled {
        None => true,
        Some(h) => (seq.wrapping_sub(h) as i32) > 0,
    }
}

/// What is in flight on the relay's session (and carried over to the
/// next one when it is lost).
pub struct Flights {
    server: Jid,
    pub queue: VecDeque<Flight>,
    /// Confirmation pings written and not answered: to whom (`None`: our
    /// server, else the remote domain).
    pings: HashMap<String, Option<String>>,
}

impl Flights {
    pub fn new(server: Jid) -> Flights {
        Flights {
            server,
            queue: VecDeque::new(),
            pings: HashMap::new(),
        }
    }

    pub fn server(&self) -> &Jid {
        &self.server
    }

    /// Take a flight and write its messages.
    pub async fn write(&mut self, session: &mut Session, flight: Flight) -> Result<()> {
        // Its stanzas are written from the queue: a failed write leaves it
        // there, to be carried over.
        let copies: Vec<Stanza> = flight.msgs.iter().map(|m| copy(&m.stanza)).collect();
        self.queue.push_back(flight);
        let at = self.queue.len() - 1;
        for (i, stanza) in copies.into_iter().enumerate() {
            let seq = session.feed(stanza).await?;
            if let Some(m) = self.queue.get_mut(at).and_then(|f| f.msgs.get_mut(i)) {
                m.wire = Wire::Written(seq);
            }
        }
        Ok(())
    }

    /// Answer every flight whose deadline passed 503, with `why`.
    pub fn expire(&mut self, now: Instant, metrics: &Metrics, why: &str) {
        while let Some(i) = self.queue.iter().position(|f| f.due <= now) {
            if let Some(f) = self.queue.remove(i) {
                f.answer(Answer::Unavailable(why.to_string()), metrics);
            }
        }
    }

    /// Answer everything 503, with `why`.
    pub fn give_up(&mut self, metrics: &Metrics, why: &str) {
        for f in self.queue.drain(..) {
            f.answer(Answer::Unavailable(why.to_string()), metrics);
        }
    }

    /// On a new connection: write again what the server had not handled
    /// (see [`unhandled`]), marked as possibly twice when it cannot tell;
    /// every flight is confirmed anew. Returns how many were written.
    pub async fn resend(&mut self, session: &mut Session, handled: Option<u32>) -> Result<usize> {
        self.pings.clear();
        // First what the server's count settles, for every message: a
        // write that fails below leaves the rest pending, never counted
        // against another session's numbers.
        for f in self.queue.iter_mut() {
            f.pinged = false;
            f.pending.clear();
            for m in f.msgs.iter_mut() {
                let was = m.wire;
                m.wire = after_reconnect(was, handled);
                if handled.is_none() && matches!(was, Wire::Written(_)) {
                    m.resent = true;
                }
            }
        }
        let mut n = 0;
        for f in self.queue.iter_mut() {
            for m in f.msgs.iter_mut().filter(|m| m.wire == Wire::Pending) {
                m.wire = Wire::Written(session.feed(copy(&m.stanza)).await?);
                n += 1;
            }
        }
        Ok(n)
    }

    /// Write the confirmation pings after the messages of every flight
    /// that has none yet: one to our server, one to each remote domain
    /// among the recipients of flights that want it.
    pub async fn ping_after(&mut self, session: &mut Session) -> Result<()> {
        if self.queue.iter().all(|f| f.pinged) {
            return session.flush().await;
        }
        let own = self.server.domain().to_string();
        let ours = new_id();
        let mut remote: BTreeMap<String, String> = BTreeMap::new();
        for f in self.queue.iter_mut().filter(|f| !f.pinged) {
            f.pinged = true;
            f.pending.push(ours.clone());
            if !f.remote {
                continue;
            }
            for m in &f.msgs {
                if let Some(domain) = remote_domain(&m.to, &own) {
                    let id = remote.entry(domain).or_insert_with(new_id).clone();
                    if !f.pending.contains(&id) {
                        f.pending.push(id);
                    }
                }
            }
        }
        session
            .feed(Stanza::Iq(
                Iq::from_get(ours.clone(), Ping).with_to(self.server.clone()),
            ))
            .await?;
        self.pings.insert(ours, None);
        for (domain, id) in remote {
            let Ok(to) = Jid::new(&domain) else { continue };
            log::debug!("asking {domain} to confirm what it was sent (ping)");
            session
                .feed(Stanza::Iq(Iq::from_get(id.clone(), Ping).with_to(to)))
                .await?;
            self.pings.insert(id, Some(domain));
        }
        session.flush().await
    }

    /// A confirmation ping was answered: a remote domain that could not be
    /// reached bounces what was sent there; flights with no ping left are
    /// answered. Whether `iq` was one of ours.
    pub fn confirmed(&mut self, iq: &Iq, metrics: &Metrics) -> bool {
        let id = iq.id();
        let Some(to) = self.pings.get(id) else {
            return false;
        };
        let genuine = match to {
            Some(domain) => from_domain(iq, domain),
            None => from_domain(iq, self.server.domain().as_str()),
        };
        if !genuine {
            return false;
        }
        let to = self.pings.remove(id).flatten();
        let own = self.server.domain().to_string();
        let lost = to.as_ref().and_then(|_| unreachable(iq));
        for f in self.queue.iter_mut() {
            let Some(at) = f.pending.iter().position(|p| p == id) else {
                continue;
            };
            f.pending.swap_remove(at);
            if let (Some(domain), Some(why)) = (&to, &lost) {
                for m in f.msgs.iter_mut() {
                    if m.bounce.is_none() && remote_domain(&m.to, &own).as_deref() == Some(domain) {
                        m.bounce = Some(why.clone());
                    }
                }
            }
        }
        while let Some(i) = self
            .queue
            .iter()
            .position(|f| f.pinged && f.pending.is_empty())
        {
            if let Some(f) = self.queue.remove(i) {
                f.done(metrics, &own);
            }
        }
        true
    }

    /// A message bounce: marks the message it names. Whether it named one.
    pub fn bounced(&mut self, id: Option<&str>, condition: &str) -> bool {
        let mut any = false;
        for f in self.queue.iter_mut() {
            for m in f.msgs.iter_mut() {
                if Some(m.id.as_str()) == id {
                    m.bounce = Some(condition.to_string());
                    any = true;
                }
            }
        }
        any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reconnect_settles_or_requeues_every_message() {
        assert_eq!(after_reconnect(Wire::Written(5), Some(5)), Wire::Settled);
        assert_eq!(after_reconnect(Wire::Written(6), Some(5)), Wire::Pending);
        assert_eq!(after_reconnect(Wire::Written(1), None), Wire::Pending);
        // Not written yet (a write failed before it), and settled ones,
        // stay as they are whatever the new count says.
        assert_eq!(
            after_reconnect(Wire::Pending, Some(u32::MAX)),
            Wire::Pending
        );
        assert_eq!(after_reconnect(Wire::Settled, None), Wire::Settled);
        assert_eq!(after_reconnect(Wire::Settled, Some(0)), Wire::Settled);
    }

    #[test]
    fn what_the_server_handled_is_not_written_again() {
        assert!(!unhandled(5, Some(5)));
        assert!(!unhandled(4, Some(5)));
        assert!(unhandled(6, Some(5)));
        assert!(unhandled(1, None), "a new session cannot tell");
        // Across the wrap of the 32-bit count.
        assert!(unhandled(2, Some(u32::MAX)));
        assert!(!unhandled(u32::MAX, Some(2)));
    }

    fn iq(xml: &str) -> Iq {
        let el: minidom::Element = xml.parse().unwrap();
        Iq::try_from(el).unwrap()
    }

    fn job(to: &[&str]) -> (Job, oneshot::Receiver<Answer>) {
        let (reply, rx) = oneshot::channel();
        let messages = to
            .iter()
            .map(|t| {
                crate::commands::send::message(
                    Jid::new(t).unwrap(),
                    crate::cli::MessageKind::Chat,
                    "hi",
                    None,
                    None,
                    None,
                    false,
                )
            })
            .collect();
        let job = Job {
            messages,
            reply,
            accepted: Instant::now(),
            remote: true,
        };
        (job, rx)
    }

    /// The pings as [`Flights::ping_after`] would record them, without a
    /// session: the flight waits for our server and each remote domain.
    fn pinged(flights: &mut Flights) -> Vec<(String, Option<String>)> {
        let own = flights.server.domain().to_string();
        for f in flights.queue.iter_mut() {
            f.pinged = true;
            f.pending.push("ours".into());
            flights.pings.insert("ours".into(), None);
            for m in &f.msgs {
                if let Some(d) = remote_domain(&m.to, &own) {
                    let id = format!("to-{d}");
                    f.pending.push(id.clone());
                    flights.pings.insert(id, Some(d));
                }
            }
        }
        flights.pings.clone().into_iter().collect()
    }

    #[test]
    fn a_flight_is_answered_when_every_domain_answered() {
        let metrics = Metrics::default();
        let mut flights = Flights::new(Jid::new("a.example").unwrap());
        let (j, mut rx) = job(&["bob@a.example", "carol@b.example", "dan@c.example"]);
        flights
            .queue
            .push_back(Flight::of(j, Instant::now(), &metrics));
        pinged(&mut flights);
        let pong = |id: &str, from: &str| {
            iq(&format!(
                "<iq xmlns='jabber:client' type='result' id='{id}' from='{from}'/>"
            ))
        };
        // A pong from the wrong domain is not the answer.
        assert!(!flights.confirmed(&pong("to-b.example", "evil.example"), &metrics));
        assert!(flights.confirmed(&pong("ours", "a.example"), &metrics));
        assert!(flights.confirmed(&pong("to-b.example", "b.example"), &metrics));
        assert!(rx.try_recv().is_err(), "c.example has not answered");
        // Our server answers for c.example: it cannot be reached.
        let unreachable = iq("<iq xmlns='jabber:client' type='error' id='to-c.example'>\
             <error type='cancel'><remote-server-not-found \
             xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
        assert!(flights.confirmed(&unreachable, &metrics));
        let Ok(Answer::Done(statuses)) = rx.try_recv() else {
            panic!("answered")
        };
        let got: Vec<(&str, Option<&str>)> = statuses
            .iter()
            .map(|s| (s.confirmed_by, s.bounce.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("server", None),
                ("remote-domain", None),
                ("remote-domain", Some("remote-server-not-found"))
            ]
        );
        assert_eq!(metrics.in_flight.load(Relaxed), 0);
    }
}
