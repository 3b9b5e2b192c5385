//! The fate of every message `send` writes: pending, sent (the server
//! confirmed it), delivered (a receipt from the recipient or the room's
//! reflection), or an error; which ones to write again after a reconnect,
//! the status lines, the exit status. No network code: `pump` feeds it
//! what arrives.

use std::collections::HashMap;

use anyhow::Result;
use jid::{BareJid, Jid};
use serde::Serialize;
use xmpp_parsers::iq::Iq;
use xmpp_parsers::message::{Message, MessageType};
use xmpp_parsers::presence::Type as PresenceType;
use xmpp_parsers::stanza::Stanza;

use crate::connection::{self, Incoming};
use crate::error::{bail, Kind};
use crate::output::{self, Output};

/// One JSON status line (`send --json`, and `relay`'s answers).
#[derive(Debug, Serialize)]
pub(crate) struct Status<'a> {
    pub(crate) id: &'a str,
    pub(crate) to: Option<String>,
    #[serde(rename = "type")]
    pub(crate) kind: &'a str,
    pub(crate) status: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) error: Option<&'a str>,
    /// Who vouches for a sent or delivered message: "server" (ours took
    /// it), "remote-domain" (the recipient's server answered after it),
    /// "recipient" (a receipt or the room's reflection).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) confirmed_by: Option<&'static str>,
    /// Sent again on a new session after the old one was lost before the
    /// server confirmed it: it may arrive twice.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub(crate) resent: bool,
}

#[derive(Debug, PartialEq)]
pub(super) enum State {
    Pending,
    Sent,
    /// Reflected by the room, or confirmed by a receipt.
    Delivered,
    Error(String),
    /// Our server took it; the remote domain did not confirm in time.
    Unconfirmed(String),
}

pub(super) struct Tracked {
    pub(super) id: String,
    pub(super) to: Option<String>,
    pub(super) kind: &'static str,
    /// Sequence number on the session that last wrote it; 0: never written.
    pub(super) seq: u32,
    pub(super) state: State,
    pub(super) reported: bool,
    /// Kept until the server confirms it, for `--reconnect`.
    pub(super) stanza: Option<Box<Stanza>>,
    pub(super) resent: bool,
    /// Set when the recipient's remote domain answered after it.
    pub(super) confirmed_by: Option<&'static str>,
}

/// How many finished messages a long `--lines` run keeps for late bounces;
/// older ones are forgotten, so memory stays flat however long it runs.
pub(super) const KEEP_FINISHED: usize = 10_000;

/// The fate of every message. Indices are absolute (the n-th message
/// tracked); the oldest finished ones may be dropped (`prune`).
#[derive(Default)]
pub(super) struct Tracker {
    pub(super) msgs: std::collections::VecDeque<Tracked>,
    /// Absolute index of `msgs[0]`.
    pub(super) base: usize,
    pub(super) by_id: HashMap<String, usize>,
    /// Changed since the last report, in order of change.
    pub(super) dirty: Vec<usize>,
    /// Messages before this one are past stream-management acks.
    pub(super) ack_cursor: usize,
    pub(super) failures: usize,
    pub(super) first_failure: Option<(String, String)>,
    /// `--receipt`: every message waits for a XEP-0184 receipt.
    pub(super) receipt: bool,
    /// Joined rooms and our nick in each: messages to them wait for the
    /// room to reflect them.
    pub(super) rooms: Vec<(BareJid, String)>,
    /// `--reconnect`: keep each stanza until the server confirms it.
    pub(super) keep_stanzas: bool,
    /// Ask remote domains to confirm (not `--no-remote-confirm`).
    pub(super) remote_confirm: bool,
}

impl Tracker {
    /// Messages sent (or about to be) that the server has not confirmed.
    /// How many messages, from the first, the server has confirmed (or
    /// settled otherwise).
    pub(super) fn confirmed(&self) -> usize {
        self.ack_cursor.max(self.base)
    }

    pub(super) fn in_flight(&self) -> usize {
        self.total() - self.ack_cursor.max(self.base)
    }

    pub(super) fn track(
        &mut self,
        id: String,
        to: Option<Jid>,
        kind: &'static str,
        state: State,
        stanza: Option<Box<Stanza>>,
    ) -> usize {
        let i = self.base + self.msgs.len();
        self.by_id.insert(id.clone(), i);
        if state != State::Pending {
            self.dirty.push(i);
        }
        self.msgs.push_back(Tracked {
            id,
            to: to.map(|j| j.to_string()),
            kind,
            seq: 0,
            state,
            reported: false,
            stanza,
            resent: false,
            confirmed_by: None,
        });
        i
    }

    pub(super) fn total(&self) -> usize {
        self.base + self.msgs.len()
    }

    pub(super) fn get_mut(&mut self, i: usize) -> Option<&mut Tracked> {
        i.checked_sub(self.base).and_then(|j| self.msgs.get_mut(j))
    }

    pub(super) fn set_state(&mut self, i: usize, state: State) {
        if let Some(m) = self.get_mut(i) {
            if state != State::Pending {
                m.stanza = None;
            }
            m.state = state;
            m.reported = false;
            self.dirty.push(i);
        }
    }

    /// [`Tracker::observe`] for what arrives after the end (nothing is
    /// acknowledged any more).
    pub(super) fn observe_all(&mut self, all: Vec<Incoming>) {
        for x in all {
            self.observe(x);
        }
    }

    /// Messages still waiting for a reflection or a receipt.
    pub(super) fn unconfirmed(&self) -> impl Iterator<Item = &Tracked> {
        self.msgs
            .iter()
            .filter(move |m| self.awaits_confirmation(m))
    }

    /// Sent, and to be confirmed by a receipt or the room's reflection.
    pub(super) fn awaits_confirmation(&self, m: &Tracked) -> bool {
        m.state == State::Sent
            && (self.receipt
                || (m.kind == "groupchat"
                    && self
                        .rooms
                        .iter()
                        .any(|(r, _)| m.to.as_deref() == Some(r.as_str()))))
    }

    /// A reflection of our groupchat message, or a receipt: the id it
    /// confirms, and for a receipt who sent it.
    pub(super) fn confirmation(&self, m: &Message) -> Option<(String, Option<Jid>)> {
        let from = m.from.as_ref()?;
        if m.type_ == MessageType::Groupchat {
            let own = self.rooms.iter().any(|(room, nick)| {
                from.to_bare() == *room && from.resource().is_some_and(|r| r.as_str() == nick)
            });
            if own {
                let origin = m
                    .payloads
                    .iter()
                    .find(|p| p.is("origin-id", xmpp_parsers::ns::SID))
                    .and_then(|p| p.attr("id").map(str::to_string));
                return origin
                    .or_else(|| m.id.as_ref().map(|i| i.0.clone()))
                    .map(|id| (id, None));
            }
        }
        m.payloads
            .iter()
            .find(|p| p.is("received", xmpp_parsers::ns::RECEIPTS))
            .and_then(|p| p.attr("id").map(str::to_string))
            .map(|id| (id, Some(from.clone())))
    }

    /// A receipt counts only from the message's recipient: the same bare
    /// JID, or the same full JID where we wrote to one (XEP-0184 §8).
    pub(super) fn from_recipient(to: Option<&str>, from: &Jid) -> bool {
        let Some(to) = to.and_then(|t| Jid::new(t).ok()) else {
            return false;
        };
        if to.resource().is_some() {
            *from == to
        } else {
            from.to_bare() == to.to_bare()
        }
    }

    /// Learn from what arrived: acks, bounces, receipts, reflections.
    /// True when it was about one of our messages (so it was handled).
    pub(super) fn observe(&mut self, incoming: Incoming) -> bool {
        if let Incoming::Stanza(st, _) = &incoming {
            if let Stanza::Message(m) = st.as_ref() {
                if m.type_ != MessageType::Error {
                    if let Some((id, receipt_from)) = self.confirmation(m) {
                        if let Some(&i) = self.by_id.get(&id) {
                            let open = self.get_mut(i).is_some_and(|t| {
                                matches!(t.state, State::Pending | State::Sent)
                                    && receipt_from.as_ref().is_none_or(|f| {
                                        let ok = Self::from_recipient(t.to.as_deref(), f);
                                        if !ok {
                                            log::info!(
                                                "ignored a receipt for {id} from {f}, who is not its recipient"
                                            );
                                        }
                                        ok
                                    })
                            });
                            if open {
                                // A streamed "sent" line is followed by this one.
                                self.set_state(i, State::Delivered);
                            }
                            return true;
                        }
                        return false;
                    }
                }
            }
        }
        match incoming {
            Incoming::Stanza(st, _) => {
                let (id, from, error) = match *st {
                    // A message's bounce counts from anyone who has its
                    // id (as before: the ids are unguessable).
                    Stanza::Message(m) if m.type_ == MessageType::Error => {
                        let err = connection::error_condition(&m.payloads);
                        (m.id.map(|i| i.0), None, Some(err))
                    }
                    // `--raw` sends presence and IQs too: their bounces
                    // count as a message's do.
                    Stanza::Presence(p) if p.type_ == PresenceType::Error => {
                        let err = connection::error_condition(&p.payloads);
                        (p.id, p.from, Some(err))
                    }
                    Stanza::Iq(Iq::Error {
                        id, from, error, ..
                    }) => (
                        Some(id),
                        from,
                        Some(connection::describe_stanza_error(&error)),
                    ),
                    Stanza::Iq(Iq::Result { id, from, .. }) => (Some(id), from, None),
                    Stanza::Presence(_) | Stanza::Message(_) | Stanza::Iq(_) => return false,
                };
                let Some(&i) = id.as_ref().and_then(|id| self.by_id.get(id)) else {
                    return false;
                };
                let to = self.get_mut(i).and_then(|t| t.to.clone());
                // Only the recipient, or a server on its behalf (no from,
                // or the recipient's address), answers for it.
                let fits = match (&from, &to) {
                    (None, _) | (_, None) => true,
                    (Some(f), Some(_)) => {
                        Self::from_recipient(to.as_deref(), f)
                            || Jid::new(to.as_deref().unwrap_or_default())
                                .is_ok_and(|t| t.domain() == f.domain() && f.node().is_none())
                    }
                };
                if !fits {
                    return false;
                }
                // An IQ result: nothing changes, but it was ours.
                if let Some(error) = error {
                    self.set_state(i, State::Error(error));
                }
                true
            }
            Incoming::Invalid {
                kind, id, type_, ..
            } => {
                if kind == "message" && type_.as_deref() == Some("error") {
                    if let Some(&i) = id.as_ref().and_then(|id| self.by_id.get(id)) {
                        self.set_state(
                            i,
                            State::Error("undefined-condition (unparsable bounce)".into()),
                        );
                        return true;
                    }
                }
                false
            }
            Incoming::Acked(h) => {
                // Sequence numbers grow with the order of sending.
                self.ack_cursor = self.ack_cursor.max(self.base);
                while let Some(m) = self.msgs.get(self.ack_cursor - self.base) {
                    // Settled ones (bounced) need no ack; never-written
                    // ones (seq 0) and later ones wait.
                    if m.state == State::Pending {
                        if m.seq == 0 || m.seq > h {
                            break;
                        }
                        self.set_state(self.ack_cursor, State::Sent);
                    }
                    self.ack_cursor += 1;
                }
                false
            }
        }
    }

    pub(super) fn settle_pending(&mut self, state: impl Fn() -> State) {
        let pending: Vec<usize> = (self.base..self.total())
            .filter(|&i| self.msgs[i - self.base].state == State::Pending)
            .collect();
        for i in pending {
            self.set_state(i, state());
        }
    }

    pub(super) fn fail_pending(&mut self, err: &anyhow::Error) {
        self.settle_pending(|| State::Error(format!("not confirmed by the server: {err}")));
    }

    pub(super) fn confirm_all(&mut self) {
        self.settle_pending(|| State::Sent);
    }

    /// Print the status of every message whose fate changed and was not
    /// printed yet. Errors go to stderr in human mode.
    pub(super) fn report(&mut self, out: &mut Output) -> Result<()> {
        // With one message the final error says it all.
        let several = self.total() > 1;
        let mut dirty = std::mem::take(&mut self.dirty);
        dirty.sort_unstable();
        dirty.dedup();
        for i in dirty {
            let Some(m) = i.checked_sub(self.base).and_then(|j| self.msgs.get_mut(j)) else {
                continue;
            };
            if m.reported || m.state == State::Pending {
                continue;
            }
            m.reported = true;
            let (status, error, confirmed_by) = match &m.state {
                State::Sent => ("sent", None, Some(m.confirmed_by.unwrap_or("server"))),
                State::Delivered => ("delivered", None, Some("recipient")),
                State::Error(e) => ("error", Some(e.as_str()), None),
                State::Unconfirmed(e) => ("unconfirmed", Some(e.as_str()), Some("server")),
                State::Pending => unreachable!(),
            };
            let bounced = matches!(m.state, State::Error(_));
            if let (Some(e), true) = (error, bounced) {
                self.failures += 1;
                if self.first_failure.is_none() {
                    self.first_failure = Some((
                        m.to.clone().unwrap_or_else(|| "(no recipient)".into()),
                        e.to_string(),
                    ));
                }
            }
            if out.is_json() {
                out.json_line(&Status {
                    id: &m.id,
                    to: m.to.clone(),
                    kind: m.kind,
                    status,
                    error,
                    confirmed_by,
                    resent: m.resent,
                })?;
            } else if let (Some(e), true, false) = (error, several, bounced) {
                output::note(&format!(
                    "message {} to {} not confirmed: {e}",
                    m.id,
                    m.to.as_deref().unwrap_or("(no recipient)")
                ));
            } else if let (Some(e), true) = (error, several) {
                output::note(&format!(
                    "message {} to {} bounced: {e}",
                    m.id,
                    m.to.as_deref().unwrap_or("(no recipient)")
                ));
            } else {
                log::info!(
                    "message {} to {} sent",
                    m.id,
                    m.to.as_deref().unwrap_or("(no recipient)")
                );
            }
        }
        self.prune();
        Ok(())
    }

    /// Forget the oldest finished messages beyond `KEEP_FINISHED`: reported,
    /// and neither pending nor still awaiting a receipt or reflection. So a
    /// `--lines` run into a room stays flat as reflections come back.
    pub(super) fn prune(&mut self) {
        while self.msgs.len() > KEEP_FINISHED {
            let Some(front) = self.msgs.front() else {
                break;
            };
            if !front.reported || front.state == State::Pending || self.awaits_confirmation(front) {
                break;
            }
            if let Some(old) = self.msgs.pop_front() {
                self.by_id.remove(&old.id);
            }
            self.base += 1;
        }
    }

    pub(super) fn outcome(&self) -> Result<()> {
        match &self.first_failure {
            None => Ok(()),
            Some((to, e)) => {
                let msg = if self.failures == 1 {
                    format!("message to {to} bounced: {e}")
                } else {
                    format!(
                        "{} of {} messages bounced; first: to {to}: {e}",
                        self.failures,
                        self.total()
                    )
                };
                bail(Kind::Remote, msg)
            }
        }
    }
}

/// `Stanza` is not `Clone`; its three kinds are.
pub(crate) fn copy(stanza: &Stanza) -> Stanza {
    match stanza {
        Stanza::Message(m) => Stanza::Message(m.clone()),
        Stanza::Presence(p) => Stanza::Presence(p.clone()),
        Stanza::Iq(iq) => Stanza::Iq(iq.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tracker_stays_bounded_with_rooms_and_receipts() {
        let room: BareJid = "r@muc.example".parse().unwrap();
        for receipt in [false, true] {
            let mut t = Tracker {
                receipt,
                rooms: vec![(room.clone(), "me".into())],
                ..Tracker::default()
            };
            for n in 0..(3 * KEEP_FINISHED) {
                let i = t.track(
                    format!("id{n}"),
                    Some(Jid::from(room.clone())),
                    "groupchat",
                    State::Sent,
                    None,
                );
                t.set_state(i, State::Delivered);
                if let Some(m) = t.get_mut(i) {
                    m.reported = true;
                }
                t.prune();
            }
            assert!(t.msgs.len() <= KEEP_FINISHED + 1, "{}", t.msgs.len());
            // One still waiting holds what comes after it, not before.
            let i = t.track(
                "w".into(),
                Some(Jid::from(room.clone())),
                "groupchat",
                State::Sent,
                None,
            );
            if let Some(m) = t.get_mut(i) {
                m.reported = true;
            }
            t.prune();
            assert!(t.by_id.contains_key("w"));
        }
    }

    #[test]
    fn raw_iq_and_presence_bounces_count_from_their_recipient() {
        use crate::connection::inbound::Inbound;
        let mut inbound = Inbound::default();
        let mut incoming = |xml: &str| {
            let el: minidom::Element = xml.parse().unwrap();
            Incoming::Stanza(Box::new(Stanza::try_from(el).unwrap()), inbound.arrived())
        };
        let mut t = Tracker::default();
        let to = |s: &str| Some(Jid::new(s).unwrap());
        let iq = t.track(
            "q".into(),
            to("nobody@example.org"),
            "iq",
            State::Sent,
            None,
        );
        let pr = t.track(
            "p".into(),
            to("x@gone.invalid"),
            "presence",
            State::Sent,
            None,
        );
        let ok = t.track("r".into(), to("alice@example.org"), "iq", State::Sent, None);
        // A stranger's error with our id changes nothing.
        let forged = incoming(
            "<iq xmlns='jabber:client' type='error' id='q' from='mallory@evil.example'>\
             <error type='cancel'><service-unavailable \
             xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>",
        );
        assert!(!t.observe(forged));
        assert_eq!(t.get_mut(iq).unwrap().state, State::Sent);
        let bounce = incoming(
            "<iq xmlns='jabber:client' type='error' id='q' from='nobody@example.org'>\
             <error type='cancel'><service-unavailable \
             xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>",
        );
        assert!(t.observe(bounce));
        assert!(
            matches!(&t.get_mut(iq).unwrap().state, State::Error(e) if e.contains("service-unavailable"))
        );
        let bounce = incoming(
            "<presence xmlns='jabber:client' type='error' id='p' from='x@gone.invalid'>\
             <error type='cancel'><remote-server-not-found \
             xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>",
        );
        assert!(t.observe(bounce));
        assert!(
            matches!(&t.get_mut(pr).unwrap().state, State::Error(e) if e.contains("remote-server-not-found"))
        );
        let answer =
            incoming("<iq xmlns='jabber:client' type='result' id='r' from='alice@example.org/x'/>");
        assert!(t.observe(answer), "ours, handled");
        assert_eq!(t.get_mut(ok).unwrap().state, State::Sent);
    }
}
