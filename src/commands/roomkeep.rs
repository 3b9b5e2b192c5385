//! Keeping rooms joined on a long-lived session (`relay`, `listen --muc`):
//! which room is joined, which must be joined again and when, and what
//! the room's answers say. The session work (joining, pinging) is the
//! caller's; this module only decides. Pure, unit-tested.
//!
//! A room is left behind silently more often than it says so: a MUC
//! service restarted without the client's server, an s2s link that broke.
//! So a joined room is checked on a schedule with a self-ping (XEP-0410:
//! an IQ ping to our own occupant JID, answered by the room on our
//! behalf), and our own unavailable presence from the room (a kick, the
//! service shutting down: status 332) marks the room for a new join at
//! once. A join that fails is tried again with a doubling wait, and the
//! room is reported as not joined meanwhile.

use std::time::Duration;

use jid::{BareJid, Jid};
use tokio::time::Instant;
use xmpp_parsers::iq::Iq;
use xmpp_parsers::muc::user::Status;
use xmpp_parsers::presence::{Presence, Type as PresenceType};

use crate::connection::condition_name;

/// The longest wait between two tries to join a room.
const MAX_RETRY: Duration = Duration::from_secs(300);

/// Where a room stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    Joined,
    /// Not joined, and why (the last reason we learnt).
    Out(String),
}

#[derive(Debug)]
struct Kept {
    room: BareJid,
    nick: String,
    state: State,
    /// When the next join (out) or self-ping (joined) is due.
    next: Instant,
    /// Joins that failed in a row.
    failures: u32,
    /// A self-ping waiting for its answer: its id and when it went out.
    ping: Option<(String, Instant)>,
}

/// What the caller should do now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Join `room` as `nick` (after the join: [`Keeper::joined`] or
    /// [`Keeper::failed`]).
    Join { room: BareJid, nick: String },
    /// Send an IQ ping with `id` to our occupant JID `to`.
    Ping { to: Jid, id: String },
}

/// What a stanza told about one of our rooms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Learnt {
    /// Nothing about our rooms (not a room's answer or presence).
    Nothing,
    /// Ours, and the room is still joined.
    StillJoined(BareJid),
    /// Ours, and the room is not joined any more: why.
    Left(BareJid, String),
}

/// The rooms kept on a session.
#[derive(Debug)]
pub struct Keeper {
    rooms: Vec<Kept>,
    /// How often a joined room is checked with a self-ping.
    every: Duration,
    /// How long a self-ping may go unanswered before the room is taken
    /// for lost (a new join settles it either way).
    patience: Duration,
}

impl Keeper {
    /// `rooms` with our nick in each, none joined yet (all due `now`).
    pub fn new(
        rooms: Vec<(BareJid, String)>,
        every: Duration,
        patience: Duration,
        now: Instant,
    ) -> Keeper {
        let mut kept: Vec<Kept> = Vec::with_capacity(rooms.len());
        for (room, nick) in rooms {
            if kept.iter().any(|k| k.room == room) {
                continue;
            }
            kept.push(Kept {
                room,
                nick,
                state: State::Out("not joined yet".into()),
                next: now,
                failures: 0,
                ping: None,
            });
        }
        Keeper {
            rooms: kept,
            every,
            patience,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.rooms.is_empty()
    }

    /// Whether `room` is one of ours and joined.
    pub fn is_joined(&self, room: &BareJid) -> bool {
        self.find(room).is_some_and(|k| k.state == State::Joined)
    }

    /// Whether `room` is one of ours.
    pub fn keeps(&self, room: &BareJid) -> bool {
        self.find(room).is_some()
    }

    /// Every room and where it stands.
    pub fn states(&self) -> impl Iterator<Item = (&BareJid, &State)> {
        self.rooms.iter().map(|k| (&k.room, &k.state))
    }

    fn find(&self, room: &BareJid) -> Option<&Kept> {
        self.rooms.iter().find(|k| k.room == *room)
    }

    fn find_mut(&mut self, room: &BareJid) -> Option<&mut Kept> {
        self.rooms.iter_mut().find(|k| k.room == *room)
    }

    /// A new session: no room is joined on it; all are due now.
    pub fn session_lost(&mut self, now: Instant) {
        for k in &mut self.rooms {
            k.state = State::Out("the session was lost".into());
            k.next = now;
            k.failures = 0;
            k.ping = None;
        }
    }

    /// A join of `room` succeeded with `nick` (the room may have changed
    /// ours); the next check is a full period away.
    pub fn joined(&mut self, room: &BareJid, nick: &str, now: Instant) {
        let every = self.every;
        if let Some(k) = self.find_mut(room) {
            k.state = State::Joined;
            k.nick = nick.to_string();
            k.failures = 0;
            k.next = now + every;
            k.ping = None;
        }
    }

    /// A join of `room` failed: tried again after a doubling wait.
    pub fn failed(&mut self, room: &BareJid, why: &str, now: Instant) {
        let every = self.every;
        if let Some(k) = self.find_mut(room) {
            k.failures = k.failures.saturating_add(1);
            k.state = State::Out(why.to_string());
            k.next = now + retry_after(k.failures, every);
            k.ping = None;
        }
    }

    /// What is due at `now`: joins of rooms we are out of, self-pings of
    /// joined rooms whose period passed. A ping unanswered for longer
    /// than the patience marks its room out (and due).
    pub fn due(&mut self, now: Instant, new_id: impl Fn() -> String) -> Vec<Action> {
        let (every, patience) = (self.every, self.patience);
        let mut actions = Vec::new();
        for k in &mut self.rooms {
            if let Some((_, at)) = &k.ping {
                if now.saturating_duration_since(*at) >= patience {
                    k.state = State::Out(format!(
                        "the room did not answer a self-ping within {}s",
                        patience.as_secs()
                    ));
                    k.ping = None;
                    k.next = now;
                }
            }
            if k.next > now {
                continue;
            }
            match k.state {
                State::Out(_) => {
                    // Until the join's outcome is reported, not again.
                    k.next = now + patience.max(every);
                    actions.push(Action::Join {
                        room: k.room.clone(),
                        nick: k.nick.clone(),
                    });
                }
                State::Joined if k.ping.is_none() => {
                    let Ok(to) = Jid::new(&format!("{}/{}", k.room, k.nick)) else {
                        continue;
                    };
                    let id = new_id();
                    k.ping = Some((id.clone(), now));
                    k.next = now + every;
                    actions.push(Action::Ping { to, id });
                }
                State::Joined => {}
            }
        }
        actions
    }

    /// An IQ answer: if it answers one of our self-pings, what it says
    /// (XEP-0410 §3.2). A pong, `service-unavailable` or
    /// `feature-not-implemented` (the room answered for a client of ours
    /// that does not do pings) and `item-not-found` (a nick change in
    /// flight) say we are joined; an unreachable service says nothing
    /// yet; anything else (`not-acceptable`) says we are not.
    pub fn answer(&mut self, iq: &Iq, now: Instant) -> Learnt {
        let (id, error) = match iq {
            Iq::Result { id, .. } => (id, None),
            Iq::Error { id, error, .. } => (id, Some(condition_name(&error.defined_condition))),
            _ => return Learnt::Nothing,
        };
        let Some(k) = self
            .rooms
            .iter_mut()
            .find(|k| k.ping.as_ref().is_some_and(|(p, _)| p == id))
        else {
            return Learnt::Nothing;
        };
        k.ping = None;
        match error.as_deref() {
            None
            | Some("service-unavailable")
            | Some("feature-not-implemented")
            | Some("item-not-found") => Learnt::StillJoined(k.room.clone()),
            Some("remote-server-not-found") | Some("remote-server-timeout") => {
                // Not settled: asked again after a short wait.
                k.next = now + retry_after(1, self.every);
                Learnt::Nothing
            }
            Some(other) => {
                let why = format!("the room says we are not an occupant ({other})");
                k.state = State::Out(why.clone());
                k.next = now;
                Learnt::Left(k.room.clone(), why)
            }
        }
    }

    /// A presence: our own unavailable presence from one of our rooms (a
    /// kick, a ban, the service shutting down) takes the room out. A
    /// join is tried again at once, except after a ban or a removal by
    /// affiliation, which a new join would only meet again: those wait.
    pub fn presence(&mut self, p: &Presence, now: Instant) -> Learnt {
        if p.type_ != PresenceType::Unavailable {
            return Learnt::Nothing;
        }
        let Some(from) = p.from.as_ref() else {
            return Learnt::Nothing;
        };
        let room = from.to_bare();
        let every = self.every;
        let Some(k) = self.find_mut(&room) else {
            return Learnt::Nothing;
        };
        let status = super::muc::statuses(&p.payloads);
        let ours = status.contains(&Status::SelfPresence)
            || from.resource().is_some_and(|r| r.as_str() == k.nick);
        if !ours || k.state != State::Joined {
            return Learnt::Nothing;
        }
        let (why, wait) = if status.contains(&Status::ServiceShutdown) {
            ("the room's service shut down", false)
        } else if status.contains(&Status::ServiceErrorKick) {
            ("the room removed us after an error", false)
        } else if status.contains(&Status::Kicked) {
            ("kicked from the room", false)
        } else if status.contains(&Status::Banned) {
            ("banned from the room", true)
        } else if status.contains(&Status::RemovalFromRoom)
            || status.contains(&Status::ConfigMembersOnly)
        {
            ("removed from the room (affiliation)", true)
        } else if status.contains(&Status::NewNick) {
            // A nick change: the available presence under the new one
            // follows; nothing was lost.
            return Learnt::Nothing;
        } else {
            ("the room says we left", false)
        };
        k.state = State::Out(why.to_string());
        k.ping = None;
        if wait {
            k.failures = k.failures.saturating_add(1);
            k.next = now + retry_after(k.failures, every);
        } else {
            k.next = now;
        }
        Learnt::Left(room, why.to_string())
    }
}

/// The wait before the `failures`-th new try: 2 s doubling, at most the
/// check period or [`MAX_RETRY`], whichever is longer.
fn retry_after(failures: u32, every: Duration) -> Duration {
    let base = Duration::from_secs(2);
    let cap = MAX_RETRY.max(every);
    base.saturating_mul(1u32 << failures.saturating_sub(1).min(16))
        .min(cap)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn room() -> BareJid {
        "ops@muc.example".parse().unwrap()
    }

    fn keeper_at(now: Instant) -> Keeper {
        Keeper::new(
            vec![(room(), "bot".into()), (room(), "again".into())],
            Duration::from_secs(60),
            Duration::from_secs(10),
            now,
        )
    }

    fn ids() -> impl Fn() -> String {
        let n = std::cell::Cell::new(0);
        move || {
            n.set(n.get() + 1);
            format!("p{}", n.get())
        }
    }

    fn presence(xml: &str) -> Presence {
        let el: minidom::Element = xml.parse().unwrap();
        Presence::try_from(el).unwrap()
    }

    fn iq(xml: &str) -> Iq {
        let el: minidom::Element = xml.parse().unwrap();
        Iq::try_from(el).unwrap()
    }

    fn join() -> Action {
        Action::Join {
            room: room(),
            nick: "bot".into(),
        }
    }

    #[test]
    fn rooms_are_joined_first_then_pinged_on_schedule() {
        let now = Instant::now();
        let mut k = keeper_at(now);
        assert_eq!(k.due(now, ids()), [join()], "one room, once");
        assert!(k.due(now, ids()).is_empty(), "not again before its outcome");
        assert!(!k.is_joined(&room()));
        k.joined(&room(), "bot", now);
        assert!(k.is_joined(&room()));
        assert!(k.due(now + Duration::from_secs(59), ids()).is_empty());
        let at = now + Duration::from_secs(60);
        let pinged = k.due(at, ids());
        assert_eq!(
            pinged,
            [Action::Ping {
                to: "ops@muc.example/bot".parse().unwrap(),
                id: "p1".into()
            }]
        );
        // A pong: still joined; the next check a period later.
        let pong =
            iq("<iq xmlns='jabber:client' type='result' id='p1' from='ops@muc.example/bot'/>");
        assert_eq!(k.answer(&pong, at), Learnt::StillJoined(room()));
        assert!(k.due(at + Duration::from_secs(30), ids()).is_empty());
        // A stranger's answer with another id is not ours.
        assert_eq!(k.answer(&pong, at), Learnt::Nothing);
    }

    fn pinged(k: &mut Keeper, at: Instant) -> String {
        k.joined(&room(), "bot", at - Duration::from_secs(60));
        match k.due(at, ids()).pop() {
            Some(Action::Ping { id, .. }) => id,
            other => panic!("{other:?}"),
        }
    }

    fn error(id: &str, cond: &str) -> Iq {
        iq(&format!(
            "<iq xmlns='jabber:client' type='error' id='{id}'><error type='cancel'>\
             <{cond} xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"
        ))
    }

    #[test]
    fn self_ping_errors_are_read_as_xep_0410_says() {
        let now = Instant::now();
        for (cond, joined) in [
            ("service-unavailable", true),
            ("feature-not-implemented", true),
            ("item-not-found", true),
            ("not-acceptable", false),
            ("forbidden", false),
        ] {
            let mut k = keeper_at(now);
            let id = pinged(&mut k, now);
            let learnt = k.answer(&error(&id, cond), now);
            assert_eq!(k.is_joined(&room()), joined, "{cond}");
            if joined {
                assert_eq!(learnt, Learnt::StillJoined(room()));
            } else {
                assert!(matches!(learnt, Learnt::Left(..)), "{cond}");
                assert_eq!(k.due(now, ids()), [join()], "{cond}: joined again at once");
            }
        }
        // The service unreachable: undecided, asked again later.
        let mut k = keeper_at(now);
        let id = pinged(&mut k, now);
        assert_eq!(
            k.answer(&error(&id, "remote-server-timeout"), now),
            Learnt::Nothing
        );
        assert!(k.is_joined(&room()));
        assert!(k.due(now, ids()).is_empty());
        assert!(!k.due(now + Duration::from_secs(3), ids()).is_empty());
    }

    #[test]
    fn an_unanswered_self_ping_takes_the_room_out() {
        let now = Instant::now();
        let mut k = keeper_at(now);
        pinged(&mut k, now);
        assert!(k.due(now + Duration::from_secs(9), ids()).is_empty());
        assert_eq!(k.due(now + Duration::from_secs(10), ids()), [join()]);
        assert!(!k.is_joined(&room()));
    }

    #[test]
    fn our_own_unavailable_presence_says_why_and_when_to_join_again() {
        let now = Instant::now();
        let gone = |code: u16| {
            presence(&format!(
                "<presence xmlns='jabber:client' type='unavailable' from='ops@muc.example/bot'>\
                 <x xmlns='http://jabber.org/protocol/muc#user'>\
                 <item affiliation='none' role='none'/><status code='110'/>\
                 <status code='{code}'/></x></presence>"
            ))
        };
        for (code, word, at_once) in [
            (332, "shut down", true),
            (307, "kicked", true),
            (333, "error", true),
            (301, "banned", false),
            (321, "affiliation", false),
        ] {
            let mut k = keeper_at(now);
            k.joined(&room(), "bot", now);
            match k.presence(&gone(code), now) {
                Learnt::Left(r, why) => {
                    assert_eq!(r, room());
                    assert!(why.contains(word), "{code}: {why}");
                }
                other => panic!("{code}: {other:?}"),
            }
            assert_eq!(k.due(now, ids()).is_empty(), !at_once, "{code}");
        }
        // Someone else leaving, or a nick change of ours, is nothing.
        let mut k = keeper_at(now);
        k.joined(&room(), "bot", now);
        let other = presence(
            "<presence xmlns='jabber:client' type='unavailable' from='ops@muc.example/al'>\
             <x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='none'/>\
             <status code='307'/></x></presence>",
        );
        assert_eq!(k.presence(&other, now), Learnt::Nothing);
        let renamed = presence(
            "<presence xmlns='jabber:client' type='unavailable' from='ops@muc.example/bot'>\
             <x xmlns='http://jabber.org/protocol/muc#user'>\
             <item affiliation='none' role='participant' nick='bot2'/>\
             <status code='110'/><status code='303'/></x></presence>",
        );
        assert_eq!(k.presence(&renamed, now), Learnt::Nothing);
        assert!(k.is_joined(&room()));
    }

    #[test]
    fn failed_joins_wait_longer_each_time_and_a_new_session_starts_over() {
        let now = Instant::now();
        let mut k = keeper_at(now);
        k.due(now, ids());
        k.failed(&room(), "cannot join: forbidden", now);
        assert_eq!(
            k.states().next().unwrap().1,
            &State::Out("cannot join: forbidden".into())
        );
        assert!(k.due(now + Duration::from_secs(1), ids()).is_empty());
        assert_eq!(k.due(now + Duration::from_secs(2), ids()), [join()]);
        k.failed(&room(), "again", now);
        assert!(k.due(now + Duration::from_secs(3), ids()).is_empty());
        assert_eq!(k.due(now + Duration::from_secs(4), ids()), [join()]);
        assert_eq!(retry_after(40, Duration::from_secs(60)), MAX_RETRY);
        k.session_lost(now);
        assert_eq!(k.due(now, ids()), [join()]);
    }
}
