//! Where `listen` is in each room: the time of the last room message it
//! handled and the ids of the latest ones. After a reconnect on a new
//! session the room is joined again asking only for history since that
//! time (XEP-0045 §7.2.15), and what the room sends again anyway (the
//! same second, a room that ignores `since`) is recognised by its id and
//! not printed twice. Pure, unit-tested.

use std::collections::{HashMap, HashSet, VecDeque};

use chrono::{DateTime, Utc};
use jid::BareJid;
use xmpp_parsers::message::Message;

/// How many ids are remembered per room.
const KEEP: usize = 1_000;

/// How far before the last message handled a rejoin asks from: a live
/// message's time is our clock's, the room's `since` its own; what the
/// margin brings again is recognised by its id.
const MARGIN: chrono::TimeDelta = chrono::TimeDelta::minutes(5);

/// What identifies a room message: the room's own stanza-id (XEP-0359,
/// `by` the room), else the sender's id with the occupant who sent it.
pub fn key(m: &Message, room: &BareJid) -> Option<String> {
    let by_room = m
        .payloads
        .iter()
        .find(|p| p.is("stanza-id", xmpp_parsers::ns::SID) && p.attr("by") == Some(room.as_str()));
    if let Some(id) = by_room.and_then(|p| p.attr("id")) {
        return Some(format!("sid:{id}"));
    }
    let from = m.from.as_ref()?;
    let id = m.id.as_ref()?;
    Some(format!("id:{from}:{}", id.0))
}

#[derive(Debug, Default)]
struct Mark {
    last: Option<DateTime<Utc>>,
    order: VecDeque<String>,
    seen: HashSet<String>,
}

/// Every room's position.
#[derive(Debug, Default)]
pub struct Positions {
    rooms: HashMap<BareJid, Mark>,
}

impl Positions {
    /// Whether a message with `key` in `room` was handled already.
    pub fn seen(&self, room: &BareJid, key: &str) -> bool {
        self.rooms.get(room).is_some_and(|m| m.seen.contains(key))
    }

    /// A message of `room` was handled, sent (or archived) at `at`.
    pub fn handled(&mut self, room: &BareJid, key: Option<String>, at: DateTime<Utc>) {
        let mark = self.rooms.entry(room.clone()).or_default();
        if mark.last.is_none_or(|last| at > last) {
            mark.last = Some(at);
        }
        let Some(key) = key else { return };
        if mark.seen.insert(key.clone()) {
            mark.order.push_back(key);
            if mark.order.len() > KEEP {
                if let Some(old) = mark.order.pop_front() {
                    mark.seen.remove(&old);
                }
            }
        }
    }

    /// The history to ask `room` for on a new session: since the last
    /// message handled there, less [`MARGIN`] (`None`: nothing was
    /// handled yet).
    pub fn since(&self, room: &BareJid) -> Option<DateTime<Utc>> {
        self.rooms
            .get(room)
            .and_then(|m| m.last)
            .map(|t| t - MARGIN)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(xml: &str) -> Message {
        let el: minidom::Element = xml.parse().unwrap();
        Message::try_from(el).unwrap()
    }

    #[test]
    fn the_rooms_stanza_id_names_a_message_else_its_sender_and_id() {
        let room: BareJid = "r@muc.example".parse().unwrap();
        let with_sid = message(
            "<message xmlns='jabber:client' type='groupchat' from='r@muc.example/al' id='m1'>\
             <stanza-id xmlns='urn:xmpp:sid:0' by='r@muc.example' id='S1'/>\
             <stanza-id xmlns='urn:xmpp:sid:0' by='other@x' id='FORGED'/></message>",
        );
        assert_eq!(key(&with_sid, &room).as_deref(), Some("sid:S1"));
        // A stanza-id by someone else is not the room's.
        let forged = message(
            "<message xmlns='jabber:client' type='groupchat' from='r@muc.example/al' id='m1'>\
             <stanza-id xmlns='urn:xmpp:sid:0' by='other@x' id='FORGED'/></message>",
        );
        assert_eq!(
            key(&forged, &room).as_deref(),
            Some("id:r@muc.example/al:m1")
        );
        let bare =
            message("<message xmlns='jabber:client' type='groupchat' from='r@muc.example/al'/>");
        assert_eq!(key(&bare, &room), None);
    }

    #[test]
    fn positions_remember_the_latest_time_and_a_bounded_set_of_ids() {
        let room: BareJid = "r@muc.example".parse().unwrap();
        let t = |s: i64| DateTime::<Utc>::from_timestamp(s, 0).unwrap();
        let mut p = Positions::default();
        assert_eq!(p.since(&room), None);
        p.handled(&room, Some("a".into()), t(100));
        p.handled(&room, Some("b".into()), t(90)); // history out of order
        assert_eq!(p.since(&room), Some(t(100 - 300)));
        assert!(p.seen(&room, "a") && p.seen(&room, "b") && !p.seen(&room, "c"));
        for n in 0..KEEP {
            p.handled(&room, Some(format!("k{n}")), t(200));
        }
        assert!(!p.seen(&room, "a"), "the oldest ids are forgotten");
        assert!(p.seen(&room, &format!("k{}", KEEP - 1)));
        let other: BareJid = "o@muc.example".parse().unwrap();
        assert!(!p.seen(&other, "k1"));
    }
}
