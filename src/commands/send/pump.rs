//! Writing and reading at once: the send window, acks, the delivery
//! barrier, receipts and reflections, a clean close, and giving up with a
//! status for every message.

use std::time::Duration;

use anyhow::Result;

use super::recovery::Recovery;
use super::remote;
use super::tracker::{copy, State, Tracker};
use super::{Outgoing, Source, ACK_EVERY, MAX_IN_FLIGHT};
use crate::commands::muc;
use crate::connection::backoff::retryable;
use crate::connection::{Incoming, Session};
use crate::error::{bail, kind_of, Kind};
use crate::output::Output;

/// Send everything from `source` over one session while reading what the
/// server sends back (acks, bounces), so neither side blocks the other,
/// then wait for the delivery barrier. `streaming` prints each status as
/// soon as it is known. With `recovery`, a lost connection is brought back
/// and the run goes on.
pub(super) async fn pump(
    mut session: Session,
    mut tracker: Tracker,
    mut source: Source,
    out: &mut Output,
    streaming: bool,
    recovery: Option<Recovery<'_>>,
) -> Result<()> {
    loop {
        let sent = async {
            send_all(&mut session, &mut tracker, &mut source, out, streaming).await?;
            let got = session.barrier().await?;
            take_all(&mut session, &mut tracker, got);
            Ok(())
        }
        .await;
        let e = match sent {
            Ok(()) => break,
            Err(e) => e,
        };
        if let Some(recovery) = recovery.as_ref().filter(|_| retryable(&e)) {
            tracker.report(out)?;
            match recovery.recover(session, e, &mut tracker).await {
                Ok(s) => {
                    session = s;
                    continue;
                }
                Err(e) => return give_up(e, tracker, source, out).await,
            }
        }
        return give_up(e, tracker, source, out).await;
    }
    finish(session, tracker, out).await
}

/// Read the source until it ends, sending each message; read what arrives
/// meanwhile. Holds back input while too much is unconfirmed, so a slow or
/// rate-limiting server slows the sender down instead of piling up memory.
pub(super) async fn send_all(
    session: &mut Session,
    tracker: &mut Tracker,
    source: &mut Source,
    out: &mut Output,
    streaming: bool,
) -> Result<()> {
    enum Event {
        Next(Option<Result<Box<Outgoing>>>),
        In(Result<Option<Incoming>>),
    }
    let mut unacked = 0usize;
    let timeout = session.timeout();
    // Once full, wait until half the window is confirmed: sending in
    // bursts costs less than a message per ack.
    let mut full = false;
    // While full: the deadline for the next confirmation, pushed back
    // only when the server confirms something.
    let mut stall: Option<(tokio::time::Instant, usize)> = None;
    loop {
        let in_flight = tracker.in_flight();
        full = in_flight >= MAX_IN_FLIGHT || (full && in_flight > MAX_IN_FLIGHT / 2);
        let room = !full;
        stall = match stall {
            _ if room => None,
            Some((at, n)) if in_flight >= n => Some((at, n)),
            _ => Some((session.deadline(), in_flight)),
        };
        let stall_at = stall.map(|(at, _)| at);
        let event = tokio::select! {
            m = source.recv(), if room => Event::Next(m.map(|r| r.map(Box::new))),
            // Cancel-safe: nothing is lost when another branch wins.
            incoming = session.recv() => Event::In(incoming),
            // Made only when polled: no timer per message while there is room.
            _ = async { tokio::time::sleep_until(stall_at.unwrap_or_else(tokio::time::Instant::now)).await }, if !room => {
                return bail(
                    Kind::Timeout,
                    format!(
                        "the server confirmed nothing for {}s with {MAX_IN_FLIGHT} messages waiting",
                        timeout.as_secs_f64()
                    ),
                );
            }
        };
        match event {
            Event::Next(None) => break,
            Event::Next(Some(m)) => {
                tracker.send(session, *m?).await?;
                unacked += 1;
                // Ask for an ack when the input pauses, and every
                // ACK_EVERY messages of a flood, so confirmations keep
                // up with what was sent.
                if source.is_empty() || unacked >= ACK_EVERY {
                    session.flush().await?;
                    session.request_ack().await?;
                    unacked = 0;
                }
            }
            Event::In(incoming) => match incoming? {
                Some(incoming) => {
                    take(session, tracker, incoming);
                    if streaming {
                        tracker.report(out)?;
                    }
                }
                None => return bail(Kind::Network, "the server closed the stream"),
            },
        }
    }
    session.flush().await
}

/// Learn from what arrived (see [`Tracker::observe`]) and tell the session
/// what `send` handled: what concerned our messages, and everything that
/// is not a message for the user. Other messages (a contact's, an offline
/// one) are not `send`'s to show: the server keeps them. Room messages are
/// declined: a room cannot keep them for a passing occupant.
pub(super) fn take(session: &mut Session, tracker: &mut Tracker, incoming: Incoming) {
    let ticket = incoming.ticket();
    let keep = incoming.is_message() && !incoming.is_groupchat();
    if tracker.observe(incoming) || !keep {
        if let Some(t) = ticket {
            session.handled(t);
        }
    }
}

/// [`take`] for each.
pub(super) fn take_all(session: &mut Session, tracker: &mut Tracker, all: Vec<Incoming>) {
    for x in all {
        take(session, tracker, x);
    }
}

/// The run failed for good: every message gets its status, including
/// those read from the input but never written.
pub(super) async fn give_up(
    e: anyhow::Error,
    mut tracker: Tracker,
    mut source: Source,
    out: &mut Output,
) -> Result<()> {
    while let Ok(Some(Ok(m))) =
        tokio::time::timeout(Duration::from_millis(200), source.recv()).await
    {
        tracker.track(
            m.id,
            m.to,
            m.kind,
            State::Error(format!("not sent: {e}")),
            None,
        );
    }
    tracker.fail_pending(&e);
    tracker.report(out)?;
    Err(e)
}

/// After the barrier: receipts and reflections, leaving rooms, a clean
/// close, status lines, exit status.
pub(super) async fn finish(
    mut session: Session,
    mut tracker: Tracker,
    out: &mut Output,
) -> Result<()> {
    // Everything not bounced by now was taken by the server.
    tracker.confirm_all();
    // Remote domains answer after handling what we sent them.
    let remote = if tracker.remote_confirm {
        remote::confirm(&mut session, &mut tracker).await
    } else {
        Ok(())
    };
    let remote = match remote {
        Err(e) if kind_of(&e) != Kind::Timeout => {
            tracker.report(out)?;
            return Err(e);
        }
        r => r,
    };
    // Rooms reflect our messages; recipients' clients send receipts.
    let waited = wait_for_confirmations(&mut session, &mut tracker).await;
    for (room, nick) in tracker.rooms.clone() {
        muc::leave(&mut session, &room, &nick).await?;
    }
    let left = session.leftovers();
    take_all(&mut session, &mut tracker, left);
    let got = session.close().await?;
    tracker.observe_all(got);
    tracker.report(out)?;
    out.flush()?;
    waited?;
    // A bounce is the stronger news: exit 7 before an unconfirmed 6.
    tracker.outcome()?;
    remote
}

/// Wait until every message that needs a confirmation has it; name the
/// ones that did not get one. Each confirmation must come within
/// --timeout of the previous one: other traffic does not extend the wait.
pub(super) async fn wait_for_confirmations(
    session: &mut Session,
    tracker: &mut Tracker,
) -> Result<()> {
    let mut deadline = session.deadline();
    while tracker.unconfirmed().next().is_some() {
        let before = tracker.unconfirmed().count();
        match tokio::time::timeout_at(deadline, session.recv()).await {
            Ok(Ok(Some(incoming))) => {
                take(session, tracker, incoming);
                if tracker.unconfirmed().count() < before {
                    deadline = session.deadline();
                }
            }
            Ok(Ok(None)) => return bail(Kind::Network, "the server closed the stream"),
            Ok(Err(e)) => return Err(e),
            Err(_) => {
                let missing: Vec<String> = tracker
                    .unconfirmed()
                    .map(|m| m.to.clone().unwrap_or_default())
                    .collect();
                let what = if tracker.receipt {
                    "no delivery receipt from"
                } else {
                    "no reflection from"
                };
                return bail(
                    Kind::Timeout,
                    format!(
                        "{what} {} within {}s",
                        missing.join(", "),
                        session.timeout().as_secs_f64()
                    ),
                );
            }
        }
    }
    Ok(())
}

impl Tracker {
    /// Queue one message on the session and start tracking it.
    /// Tracked before it is written, so a failed write is still reported.
    pub(super) async fn send(&mut self, session: &mut Session, m: Outgoing) -> Result<()> {
        let kept = self.keep_stanzas.then(|| Box::new(copy(&m.stanza)));
        let i = self.track(m.id, m.to, m.kind, State::Pending, kept);
        let seq = session.feed(m.stanza).await?;
        if let Some(t) = self.get_mut(i) {
            t.seq = seq;
        }
        Ok(())
    }

    /// After a reconnect: write again every message the server has not
    /// confirmed, in order. `duplicate_risk`: the old session is gone, so
    /// anything it had written may have been delivered already. Returns
    /// how many were sent again.
    pub(super) async fn resend(
        &mut self,
        session: &mut Session,
        duplicate_risk: bool,
    ) -> Result<usize> {
        let start = self.ack_cursor.max(self.base);
        let mut n = 0;
        for i in start..self.total() {
            let Some(t) = self.get_mut(i) else { continue };
            if t.state != State::Pending {
                continue;
            }
            let Some(stanza) = t.stanza.as_deref().map(copy) else {
                continue;
            };
            if duplicate_risk && t.seq != 0 {
                t.resent = true;
            }
            t.seq = 0;
            let seq = session.feed(stanza).await?;
            if let Some(t) = self.get_mut(i) {
                t.seq = seq;
            }
            n += 1;
            if n % ACK_EVERY == 0 {
                session.flush().await?;
                session.request_ack().await?;
            }
        }
        session.flush().await?;
        session.request_ack().await?;
        Ok(n)
    }
}
