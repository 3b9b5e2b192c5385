//! An authenticated, bound stream: send, receive, auto-replies, IQs, the
//! delivery barrier, a clean close. Runs over any `AsyncRead +
//! AsyncWrite` (the tests script a server over `tokio::io::duplex`).
//!
//! Cancellation: [`Session::recv`] may be dropped by `select!` at any
//! await without losing or wrongly acknowledging anything. Replies it owes
//! the server (pongs, IQ errors, `<a/>`) go to an outbox that the next
//! poll of any read or write drains. Taking a stanza acknowledges
//! nothing: it counts toward the XEP-0198 `h` only when the caller hands
//! its ticket back to [`Session::handled`] (see `inbound`). The writing
//! methods (`feed`, `send`, `flush`, `iq`...) are not for `select!`.
//!
//! Deadlines: every wait is for one answer and ends at an absolute
//! instant (`--timeout` after it began, pushed back only by progress on
//! *that* wait), so chatter from rooms or contacts never keeps a wait
//! alive.

use std::collections::VecDeque;
use std::future::poll_fn;
use std::io;
use std::pin::Pin;
use std::task::{ready, Context, Poll};
use std::time::Duration;

use anyhow::Result;
use futures::{Sink, SinkExt, StreamExt};
use tokio::time::Instant;
use tokio_xmpp::parsers::{
    bind::{BindQuery, BindResponse},
    iq::Iq,
    jid::Jid,
    ns, ping, sm as xsm,
    stream_features::StreamFeatures,
};
use tokio_xmpp::xmlstream::{
    FallibleStreamElement, ReadError, StreamElementError, XmppStreamElement,
};
use tokio_xmpp::Stanza;

mod waits;

use super::classify::{self, describe_stanza_error};
use super::inbound::{Inbound, Ticket, Unreadable};
use super::replies;
use super::sm::{self, Counters};
use super::{Incoming, ResumeToken, Resumption, SessionInfo, Stream};
use crate::error::{bail, fail, Kind};
use crate::ids::new_id;

/// How many stanzas `close` collects after our footer at most.
const CLOSE_KEEP: usize = 1_000;

/// An authenticated, bound stream.
pub struct Session {
    stream: Stream,
    pub jid: Jid,
    pub info: SessionInfo,
    timeout: Duration,
    pub(super) counters: Counters,
    /// What arrived and what of it the caller handled: our `h`.
    pub(super) inbound: Inbound,
    /// Stream management is on; the id when the session is resumable.
    sm: Option<Option<String>>,
    /// Without stream management, acks are pings: their ids and the
    /// outbound count each one confirms when answered.
    ack_pings: VecDeque<(String, u32)>,
    pending: VecDeque<Incoming>,
    /// Elements owed to the server, written by the next poll.
    outbox: VecDeque<XmppStreamElement>,
    unflushed: bool,
    closed: bool,
    /// The stanza that ended this stream (or the one resumed) unread:
    /// the poison-stanza rule (see `inbound::Unreadable`).
    unreadable: Option<Unreadable>,
}

impl Session {
    pub(super) fn new(stream: Stream, jid: Jid, info: SessionInfo, timeout: Duration) -> Session {
        Session {
            stream,
            jid,
            info,
            timeout,
            counters: Counters::default(),
            inbound: Inbound::default(),
            sm: None,
            ack_pings: VecDeque::new(),
            pending: VecDeque::new(),
            outbox: VecDeque::new(),
            unflushed: false,
            closed: false,
            unreadable: None,
        }
    }

    /// The `--timeout` of this session.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Wait `timeout` instead of `--timeout` from now on (a retry that
    /// gives a slow server longer, see [`crate::connection::backoff::Patience`]).
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = timeout;
    }

    /// A deadline `--timeout` from now.
    pub fn deadline(&self) -> Instant {
        Instant::now() + self.timeout
    }

    pub(super) async fn bind(
        &mut self,
        resource: Option<String>,
        features: &StreamFeatures,
    ) -> Result<()> {
        if features.bind.is_none() {
            return bail(Kind::Remote, "the server offers no resource binding");
        }
        let iq = Iq::from_set(new_id(), BindQuery::new(resource));
        let (answer, _) = self.iq(iq).await?;
        match answer {
            Iq::Result {
                payload: Some(el), ..
            } => {
                let resp = BindResponse::try_from(el)
                    .map_err(|e| fail(Kind::Remote, format!("invalid bind response: {e}")))?;
                self.jid = Jid::from(resp);
                Ok(())
            }
            Iq::Error { error, .. } => bail(
                Kind::Remote,
                format!("resource binding failed: {}", describe_stanza_error(&error)),
            ),
            _ => bail(Kind::Remote, "empty bind response"),
        }
    }

    pub(super) async fn enable_sm(&mut self, resumable: bool) -> Result<()> {
        self.write(&XmppStreamElement::SM(xsm::Nonza::Enable(xsm::Enable {
            max: None,
            resume: resumable,
        })))
        .await?;
        let deadline = self.deadline();
        loop {
            match self
                .element_before(deadline, "enabling stream management")
                .await?
            {
                Some(XmppStreamElement::SM(xsm::Nonza::Enabled(enabled))) => {
                    let resume_id = enabled.id.filter(|_| enabled.resume).map(|id| id.0.clone());
                    if resumable && resume_id.is_none() {
                        log::info!("the server does not offer to resume this session");
                    }
                    // Counting begins here (XEP-0198 §4): bind, and any
                    // stanza the server sent before <enabled/>, are not in
                    // its count, so they must not be in ours.
                    self.counters = Counters::starting_at(0);
                    self.inbound = Inbound::starting_at(0);
                    self.sm = Some(resume_id);
                    self.info.stream_management = true;
                    return Ok(());
                }
                Some(XmppStreamElement::SM(xsm::Nonza::Failed(f))) => {
                    log::debug!("stream management refused: {f:?}");
                    return Ok(());
                }
                Some(other) => self.stash(other)?,
                None => return bail(Kind::Network, "the server closed the stream during login"),
            }
        }
    }

    /// Ask the server to resume the session of `token` (XEP-0198 §5).
    /// A refusal is not an error: the caller binds a new session.
    pub(super) async fn resume(&mut self, token: &ResumeToken) -> Result<Resumption> {
        // A stanza that ended the stream twice at the same place is
        // acknowledged unread, so that it does not come back forever.
        let skip = token
            .unreadable
            .as_ref()
            .filter(|u| u.to_skip(token.handled));
        let h = match skip {
            Some(_) => token.handled.wrapping_add(1),
            None => token.handled,
        };
        self.write(&XmppStreamElement::SM(xsm::Nonza::Resume(xsm::Resume {
            h,
            previd: xsm::StreamId(token.id.clone()),
        })))
        .await?;
        let deadline = self.deadline();
        loop {
            match self
                .element_before(deadline, "resuming the session")
                .await?
            {
                Some(XmppStreamElement::SM(xsm::Nonza::Resumed(r))) => {
                    sm::check_resumed(r.h, token.outbound, token.acked)?;
                    self.jid = token.jid.clone();
                    self.counters = Counters::starting_at(r.h);
                    self.inbound = Inbound::starting_at(h);
                    self.sm = Some(Some(token.id.clone()));
                    self.info.stream_management = true;
                    match skip {
                        Some(u) => self.pending.push_back(Incoming::Invalid {
                            kind: format!(
                                "stanza (position {} in the session; it ended the stream \
                                 twice, now acknowledged unread: {})",
                                u.position, u.reason
                            ),
                            id: None,
                            type_: None,
                            ticket: self.inbound.counted(),
                        }),
                        None => self.unreadable = token.unreadable.clone(),
                    }
                    return Ok(Resumption::Resumed { handled: r.h });
                }
                Some(XmppStreamElement::SM(xsm::Nonza::Failed(f))) => {
                    log::info!(
                        "the server could not resume the session ({}); starting a new one",
                        f.error
                            .as_ref()
                            .map(classify::condition_name)
                            .unwrap_or_else(|| "no reason given".into())
                    );
                    let handled =
                        f.h.filter(|h| sm::check_resumed(*h, token.outbound, token.acked).is_ok());
                    return Ok(Resumption::Fresh { handled });
                }
                Some(other) => self.stash(other)?,
                None => return bail(Kind::Network, "the server closed the stream while resuming"),
            }
        }
    }

    /// What arrived but was not taken by `recv` yet: a lost session's
    /// last words, before it is dropped. Handle them (and take the
    /// [`Session::resume_token`] after) for the server to learn of it.
    pub fn leftovers(&mut self) -> Vec<Incoming> {
        std::iter::from_fn(|| self.take_pending()).collect()
    }

    /// What a later reconnect needs to resume this session, if the
    /// server agreed to keep it.
    pub fn resume_token(&self) -> Option<ResumeToken> {
        Some(ResumeToken {
            id: self.sm.clone()??,
            handled: self.inbound.h(),
            outbound: self.counters.outbound,
            acked: self.counters.acked,
            jid: self.jid.clone(),
            unreadable: self.unreadable.clone(),
        })
    }

    /// Stream management is on: `h` counts and a final `<a/>` is sent.
    pub fn stream_management(&self) -> bool {
        self.sm.is_some()
    }

    /// Count as if `<enabled/>` had come (for `login::unauthenticated`).
    pub(in crate::connection) fn assume_stream_management(&mut self) {
        self.inbound = Inbound::starting_at(0);
        self.sm = Some(None);
    }

    /// The XEP-0198 `h` we would report now: the stanzas handled in
    /// order without a gap.
    pub fn h(&self) -> u32 {
        self.inbound.h()
    }

    async fn write(&mut self, el: &XmppStreamElement) -> Result<()> {
        self.drain_outbox().await?;
        let timeout = self.timeout;
        guarded_write(timeout, self.stream.send(el)).await
    }

    /// Queue a stanza without flushing; call [`Session::flush`] when no more
    /// input is ready. Returns its sequence number on this session, which
    /// the [`Incoming::Acked`] counts refer to (XEP-0198 numbering).
    pub async fn feed(&mut self, stanza: Stanza) -> Result<u32> {
        self.drain_outbox().await?;
        let el = XmppStreamElement::Stanza(stanza);
        guarded_write(self.timeout, self.stream.feed(&el)).await?;
        Ok(self.counters.wrote())
    }

    /// Send a stanza now.
    pub async fn send(&mut self, stanza: Stanza) -> Result<u32> {
        let seq = self.feed(stanza).await?;
        self.flush().await?;
        Ok(seq)
    }

    pub async fn flush(&mut self) -> Result<()> {
        self.drain_outbox().await?;
        let timeout = self.timeout;
        guarded_write(
            timeout,
            <Stream as SinkExt<&XmppStreamElement>>::flush(&mut self.stream),
        )
        .await?;
        self.unflushed = false;
        Ok(())
    }

    /// Write what the outbox holds, bounded by the deadline.
    async fn drain_outbox(&mut self) -> Result<()> {
        if self.outbox.is_empty() && !self.unflushed {
            return Ok(());
        }
        let timeout = self.timeout;
        guarded_write(timeout, poll_fn(|cx| self.poll_outbox(cx))).await
    }

    /// Progress on the outbox: each element moves into the stream's
    /// buffer whole (or not at all), so cancelling loses nothing.
    fn poll_outbox(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while !self.outbox.is_empty() {
            ready!(<Stream as Sink<&XmppStreamElement>>::poll_ready(
                Pin::new(&mut self.stream),
                cx
            ))?;
            let Some(el) = self.outbox.pop_front() else {
                break;
            };
            <Stream as Sink<&XmppStreamElement>>::start_send(Pin::new(&mut self.stream), &el)?;
            if matches!(el, XmppStreamElement::Stanza(_)) {
                self.counters.wrote();
            }
            self.unflushed = true;
        }
        if self.unflushed {
            ready!(<Stream as Sink<&XmppStreamElement>>::poll_flush(
                Pin::new(&mut self.stream),
                cx
            ))?;
            self.unflushed = false;
        }
        Poll::Ready(Ok(()))
    }

    /// Ask the server to confirm what it has handled: XEP-0198 `<r/>`, or
    /// without stream management a ping, which the server answers only
    /// after handling everything sent before it. Either way the answer
    /// arrives as [`Incoming::Acked`].
    pub async fn request_ack(&mut self) -> Result<()> {
        if self.sm.is_some() {
            return self
                .write(&XmppStreamElement::SM(xsm::Nonza::Req(xsm::R)))
                .await;
        }
        let id = new_id();
        let confirms = self.counters.outbound;
        let ping =
            Iq::from_get(id.clone(), ping::Ping).with_to(Jid::from(self.jid.domain().to_owned()));
        self.send(Stanza::Iq(ping)).await?;
        self.ack_pings.push_back((id, confirms));
        Ok(())
    }

    /// Poll for the next stream element while draining the outbox. `Ok(None)`
    /// means "look at `pending` and `closed` again".
    fn poll_element(&mut self, cx: &mut Context<'_>) -> Poll<Result<Option<XmppStreamElement>>> {
        if let Poll::Ready(Err(e)) = self.poll_outbox(cx) {
            return Poll::Ready(Err(fail(
                Kind::Network,
                format!("connection lost while sending: {e}"),
            )));
        }
        self.poll_read_element(cx)
    }

    /// The reading half of [`Session::poll_element`]: writes nothing.
    fn poll_read_element(
        &mut self,
        cx: &mut Context<'_>,
    ) -> Poll<Result<Option<XmppStreamElement>>> {
        loop {
            let next = ready!(self.stream.poll_next_unpin(cx));
            return Poll::Ready(match next {
                None | Some(Err(ReadError::StreamFooterReceived)) => {
                    self.closed = true;
                    Ok(None)
                }
                Some(Err(ReadError::SoftTimeout)) => continue,
                // A stanza skipped for its depth (our tokio-xmpp patch) was
                // still one the server counted: it gets a ticket, and the
                // caller reports it.
                Some(Err(ReadError::ParseError(e)))
                    if e.to_string() == tokio_xmpp::xmlstream::DEEP_STANZA_SKIPPED =>
                {
                    log::debug!("{e}");
                    let ticket = self.inbound.arrived();
                    self.pending.push_back(Incoming::Invalid {
                        kind: format!("stanza nested deeper than {}", super::limits::MAX_DEPTH),
                        id: None,
                        type_: None,
                        ticket,
                    });
                    Ok(None)
                }
                Some(Err(ReadError::ParseError(e))) => {
                    log::warn!("ignoring an element the server sent that does not parse: {e}");
                    continue;
                }
                Some(Err(ReadError::HardError(e))) => {
                    if unreadable(&e) {
                        let at = self.inbound.next_position();
                        let u = Unreadable::after(self.unreadable.as_ref(), at, &e.to_string());
                        log::debug!("stanza {at} ended the stream ({} time): {e}", u.times);
                        self.unreadable = Some(u);
                    }
                    Err(fail(
                        Kind::Network,
                        format!("connection to the server lost: {e}"),
                    ))
                }
                Some(Ok(FallibleStreamElement::Ok(el))) => Ok(Some(el)),
                Some(Ok(FallibleStreamElement::Err(StreamElementError::InvalidStanza {
                    name,
                    header,
                    error,
                    ..
                }))) => {
                    log::debug!("received a {name} that does not parse: {error}");
                    let ticket = self.inbound.arrived();
                    self.pending.push_back(Incoming::Invalid {
                        kind: name.to_string(),
                        id: header.id,
                        type_: header.type_,
                        ticket,
                    });
                    Ok(None)
                }
                // xmpp-parsers 0.23 cannot parse some `<failed/>` that
                // Prosody sends; what matters is that resumption failed.
                Some(Ok(FallibleStreamElement::Err(StreamElementError::InvalidNonza {
                    qname,
                    ..
                }))) if qname.0 == ns::SM && qname.1.as_str() == "failed" => Ok(Some(
                    XmppStreamElement::SM(xsm::Nonza::Failed(xsm::Failed {
                        h: None,
                        error: None,
                    })),
                )),
                Some(Ok(FallibleStreamElement::Err(e))) => {
                    log::warn!("ignoring an invalid element from the server: {e}");
                    continue;
                }
            });
        }
    }

    /// The next element before `deadline` (for login steps, which see
    /// nonzas). `None` is the end of the stream.
    async fn element_before(
        &mut self,
        deadline: Instant,
        what: &str,
    ) -> Result<Option<XmppStreamElement>> {
        loop {
            if self.closed {
                return Ok(None);
            }
            let polled = tokio::time::timeout_at(deadline, poll_fn(|cx| self.poll_element(cx)));
            match polled.await {
                Ok(Ok(Some(el))) => return Ok(Some(el)),
                Ok(Ok(None)) => continue,
                Ok(Err(e)) => return Err(e),
                Err(_) => return Err(self.timed_out(what)),
            }
        }
    }

    fn timed_out(&self, what: &str) -> anyhow::Error {
        fail(
            Kind::Timeout,
            format!(
                "no answer from the server within {}s while {what}",
                self.timeout.as_secs_f64()
            ),
        )
    }

    /// Handle a stream-level element at once; queue stanzas for `recv`.
    /// Never awaits: what it owes the server goes to the outbox.
    fn stash(&mut self, el: XmppStreamElement) -> Result<()> {
        match el {
            XmppStreamElement::Stanza(stanza) => {
                let ticket = self.inbound.arrived();
                if let Some(confirms) = self.ack_ping_answer(&stanza) {
                    self.inbound.handled(ticket);
                    self.pending.push_back(Incoming::Acked(confirms));
                    return Ok(());
                }
                if let Some(reply) = replies::auto_reply(&self.jid, &stanza) {
                    // Answered here: handled, whatever the caller does.
                    self.outbox.push_back(XmppStreamElement::Stanza(reply));
                    self.inbound.handled(ticket);
                }
                self.pending
                    .push_back(Incoming::Stanza(Box::new(stanza), ticket));
            }
            XmppStreamElement::SM(xsm::Nonza::Req(_)) => {
                let h = self.inbound.h();
                self.outbox
                    .push_back(XmppStreamElement::SM(xsm::Nonza::Ack(xsm::A { h })));
            }
            XmppStreamElement::SM(xsm::Nonza::Ack(a)) => {
                if self.sm.is_some() {
                    self.counters.ack(a.h)?;
                }
                self.pending.push_back(Incoming::Acked(a.h));
            }
            XmppStreamElement::StreamError(e) => {
                let domain = self.jid.domain().to_string();
                return Err(classify::stream_error(&e.0, &domain));
            }
            other => log::debug!("ignoring stream element {other:?}"),
        }
        Ok(())
    }

    fn take_pending(&mut self) -> Option<Incoming> {
        self.pending.pop_front()
    }

    /// The stanza of `ticket` was handled: printed and flushed, run,
    /// saved, or deliberately declined. Only now may the server learn of
    /// it (the next `<a/>`), and only once everything that arrived before
    /// it was handled too. Writes nothing; idempotent.
    pub fn handled(&mut self, ticket: Ticket) {
        self.inbound.handled(ticket);
    }

    /// For commands that show no messages: everything but a message (or
    /// what might have been one) is handled by being seen; a message is
    /// left for the server to keep.
    pub fn handled_unless_message(&mut self, incoming: &Incoming) {
        if let Some(ticket) = incoming.ticket().filter(|_| !incoming.is_message()) {
            self.inbound.handled(ticket);
        }
    }

    /// The outbound count an answered ack ping confirms (errors count too:
    /// the server handled everything before the ping either way).
    fn ack_ping_answer(&mut self, stanza: &Stanza) -> Option<u32> {
        let Stanza::Iq(iq @ (Iq::Result { .. } | Iq::Error { .. })) = stanza else {
            return None;
        };
        let at = self.ack_pings.iter().position(|(id, _)| id == iq.id())?;
        // Answers come in order; an earlier unanswered one is moot now.
        let (_, confirms) = self.ack_pings.drain(..=at).next_back()?;
        Some(confirms)
    }

    /// The next thing that arrives, or `None` when the server ended the
    /// stream. No deadline: use [`Session::recv_before`] or `select!`.
    /// Cancel-safe (see the module documentation).
    pub async fn recv(&mut self) -> Result<Option<Incoming>> {
        loop {
            if let Some(x) = self.take_pending() {
                return Ok(Some(x));
            }
            if self.closed {
                return Ok(None);
            }
            if let Some(el) = poll_fn(|cx| self.poll_element(cx)).await? {
                self.stash(el)?;
            }
        }
    }

    /// What `recv` would hand out without waiting, and without writing
    /// anything (no `<a/>` or pong leaves meanwhile; they stay in the
    /// outbox for the next `recv`): a stanza already read, or one the
    /// bytes at hand complete. `None`: nothing is ready. A caller that
    /// buffers its output uses it to flush only before it waits, and
    /// before anything it took can be acknowledged.
    pub fn recv_now(&mut self) -> Option<Result<Option<Incoming>>> {
        let mut cx = Context::from_waker(std::task::Waker::noop());
        loop {
            if let Some(x) = self.take_pending() {
                return Some(Ok(Some(x)));
            }
            if self.closed {
                return Some(Ok(None));
            }
            match self.poll_read_element(&mut cx) {
                Poll::Pending => return None,
                Poll::Ready(Err(e)) => return Some(Err(e)),
                Poll::Ready(Ok(None)) => {}
                Poll::Ready(Ok(Some(el))) => {
                    if let Err(e) = self.stash(el) {
                        return Some(Err(e));
                    }
                }
            }
        }
    }

    /// `recv`, ending with exit 6 at `deadline`; `what` names the wait.
    pub async fn recv_before(&mut self, deadline: Instant, what: &str) -> Result<Option<Incoming>> {
        match tokio::time::timeout_at(deadline, self.recv()).await {
            Ok(r) => r,
            Err(_) => Err(self.timed_out(what)),
        }
    }

    // Waits for answers (`iq`, `iqs`, `barrier`) are in `waits.rs`.

    /// Close the stream cleanly: with stream management, tell the server
    /// how many stanzas we handled (`<a h/>`), so it does not send again
    /// what was handled; then our footer, and read until the server's
    /// footer. What was not marked [`Session::handled`] (with all that
    /// came after it) is not acknowledged: the server keeps it. Returns
    /// what arrived after our footer (at most a thousand), all within one
    /// `--timeout`.
    pub async fn close(mut self) -> Result<Vec<Incoming>> {
        let mut got = Vec::new();
        if self.closed {
            return Ok(got);
        }
        let deadline = self.deadline();
        if self.sm.is_some() {
            let h = self.inbound.h();
            let left = self.inbound.unacknowledged() + self.pending.len();
            if left > 0 {
                log::info!("{left} received stanzas not acknowledged: the server keeps them");
            }
            self.outbox
                .push_back(XmppStreamElement::SM(xsm::Nonza::Ack(xsm::A { h })));
        }
        let shut = async {
            poll_fn(|cx| self.poll_outbox(cx)).await?;
            self.stream.shutdown().await
        };
        match tokio::time::timeout_at(deadline, shut).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => {
                log::debug!("closing the stream: {e}");
                return Ok(got);
            }
            Err(_) => return Ok(got),
        }
        // Nothing read from here on is acknowledged.
        self.pending.clear();
        loop {
            match tokio::time::timeout_at(deadline, poll_fn(|cx| self.poll_element(cx))).await {
                Ok(Ok(Some(el))) => {
                    if got.len() >= CLOSE_KEEP {
                        continue;
                    }
                    match el {
                        XmppStreamElement::Stanza(st) => {
                            let ticket = self.inbound.arrived();
                            got.push(Incoming::Stanza(Box::new(st), ticket))
                        }
                        XmppStreamElement::SM(xsm::Nonza::Ack(a)) => got.push(Incoming::Acked(a.h)),
                        _ => {}
                    }
                }
                Ok(Ok(None)) if self.closed => break,
                Ok(Ok(None)) => {
                    self.pending.clear();
                }
                Ok(Err(e)) => {
                    log::debug!("while closing: {e:#}");
                    break;
                }
                Err(_) => {
                    log::debug!("the server did not close its side of the stream in time");
                    break;
                }
            }
        }
        Ok(got)
    }
}

/// A write bounded by the session's deadline: a server that stops reading
/// is a timeout (exit 6), a broken connection a network failure (exit 4).
async fn guarded_write(
    timeout: Duration,
    write: impl std::future::Future<Output = io::Result<()>>,
) -> Result<()> {
    match tokio::time::timeout(timeout, write).await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(fail(
            Kind::Network,
            format!("connection lost while sending: {e}"),
        )),
        Err(_) => bail(
            Kind::Timeout,
            format!(
                "the server has not read anything for {}s",
                timeout.as_secs_f64()
            ),
        ),
    }
}

/// The stream ended because what the server sent could not be read (the
/// XML parser's limits, or not XML at all), rather than because the
/// connection broke: the parser reports its errors as `InvalidData`, and
/// so does TLS, whose errors are told apart by their type.
fn unreadable(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::InvalidData
        && !e
            .get_ref()
            .is_some_and(|inner| inner.is::<tokio_xmpp::rustls::Error>())
}
