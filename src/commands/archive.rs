//! The message archive (XEP-0313 over XEP-0059) read a page at a time:
//! what `history` exports and `listen --catch-up` prints before going
//! live.
//!
//! The results of a page arrive as messages before the answer to the
//! query. A result counts only when it comes from the archive asked (the
//! account's: its bare JID or no `from`; a room's: the room) and carries
//! our query id, so that nobody else's message passes for an archived
//! one. Everything else that arrives meanwhile goes back to the session
//! untouched. Results come with their tickets: the caller hands them
//! back once it has handled them.

use anyhow::Result;
use jid::{BareJid, Jid};
use xmpp_parsers::data_forms::{DataForm, DataFormType, Field};
use xmpp_parsers::disco::{DiscoInfoQuery, DiscoInfoResult};
use xmpp_parsers::iq::Iq;
use xmpp_parsers::mam::{self, QueryId};
use xmpp_parsers::message::Message;
use xmpp_parsers::ns;
use xmpp_parsers::rsm::SetQuery;
use xmpp_parsers::stanza::Stanza;
use xmpp_parsers::stanza_error::DefinedCondition;
use xmpp_parsers::stanza_id::StanzaId;

use crate::connection::{condition_name, describe_stanza_error, Incoming, Session, Ticket};
use crate::error::{bail, fail, Kind};
use crate::ids::new_id;

/// The page we ask for; servers clamp it to their own maximum (Prosody
/// 50 by default, ejabberd 250).
pub const PAGE: u64 = 250;

/// An archive that answered disco#info with XEP-0313.
pub struct Archive {
    /// The account's bare JID, or the room's.
    pub at: Jid,
    pub room: bool,
    /// `urn:xmpp:mam:2#extended`: ids in the query form (`before-id`).
    pub extended: bool,
}

/// The account's archive (`room` None) or a room's, if it has one.
pub async fn open(session: &mut Session, room: Option<&BareJid>) -> Result<Archive> {
    let at = match room {
        Some(r) => Jid::from(r.clone()),
        None => Jid::from(session.jid.to_bare()),
    };
    let what = match room {
        Some(r) => format!("room {r}"),
        None => format!("your account {}", session.jid.to_bare()),
    };
    let query = Iq::from_get(new_id(), DiscoInfoQuery { node: None }).with_to(at.clone());
    let (answer, others) = session.iq(query).await?;
    session.requeue(others);
    let info = match answer {
        Iq::Result {
            payload: Some(p), ..
        } => DiscoInfoResult::try_from(p).ok(),
        Iq::Error { error, .. } => {
            return bail(
                Kind::Remote,
                format!(
                    "cannot read the archive of {what}: {}",
                    describe_stanza_error(&error)
                ),
            );
        }
        _ => None,
    };
    let has = |var: &str| {
        info.as_ref()
            .is_some_and(|i| i.features.iter().any(|f| f == var))
    };
    if !has(ns::MAM) {
        let message = match room {
            Some(r) => format!(
                "room {r} keeps no archive (it does not offer XEP-0313, {})",
                ns::MAM
            ),
            None => format!(
                "your server keeps no message archive for {} (XEP-0313, {}, is not offered)",
                session.jid.to_bare(),
                ns::MAM
            ),
        };
        return bail(Kind::Remote, message);
    }
    Ok(Archive {
        at,
        room: room.is_some(),
        extended: has("urn:xmpp:mam:2#extended"),
    })
}

/// What to ask for; times in XEP-0082 form.
#[derive(Default)]
pub struct Filter {
    pub with: Option<Jid>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub before_id: Option<String>,
}

/// One page: its results in archive order, with their tickets, and
/// where the archive says it stands.
pub struct Page {
    pub results: Vec<(mam::Result_, Ticket)>,
    pub complete: bool,
    /// The page's last id, the cursor for the next one.
    pub last: Option<String>,
}

/// The page after `after` (from the start of the filter when `None`), at
/// most `max` results.
pub async fn page(
    session: &mut Session,
    archive: &Archive,
    filter: &Filter,
    after: Option<&str>,
    max: u64,
) -> Result<Page> {
    let queryid = new_id();
    let iq = query(archive, filter, &queryid, after, max);
    let (answer, others) = session.iq(iq).await?;
    let mut results = Vec::new();
    let mut not_ours = Vec::new();
    for incoming in others {
        match result_of(&incoming, archive, &queryid) {
            Some((r, ticket)) => results.push((r, ticket)),
            None => not_ours.push(incoming),
        }
    }
    session.requeue(not_ours);
    let fin = match fin(answer, archive, after.or(filter.before_id.as_deref())) {
        Ok(fin) => fin,
        Err(e) => {
            // Results of a failed query are nobody's: handled, dropped.
            for (_, t) in results {
                session.handled(t);
            }
            return Err(e);
        }
    };
    Ok(Page {
        results,
        complete: fin.complete,
        last: fin.set.last,
    })
}

fn query(archive: &Archive, filter: &Filter, queryid: &str, after: Option<&str>, max: u64) -> Iq {
    let mut fields = Vec::new();
    if let Some(w) = &filter.with {
        fields.push(Field::text_single("with", &w.to_string()));
    }
    if let Some(s) = &filter.start {
        fields.push(Field::text_single("start", s));
    }
    if let Some(e) = &filter.end {
        fields.push(Field::text_single("end", e));
    }
    if let Some(b) = &filter.before_id {
        fields.push(Field::text_single("before-id", b));
    }
    let q = mam::Query {
        queryid: Some(QueryId(queryid.to_string())),
        node: None,
        form: Some(DataForm::new(DataFormType::Submit, ns::MAM, fields)),
        set: Some(SetQuery {
            max: Some(max as usize),
            after: after.map(str::to_string),
            before: None,
            index: None,
        }),
        flip_page: false,
    };
    let iq = Iq::from_set(new_id(), q);
    if archive.room {
        iq.with_to(archive.at.clone())
    } else {
        iq
    }
}

/// A page's end: the answer to the query, or the failure it names.
fn fin(answer: Iq, archive: &Archive, id: Option<&str>) -> Result<mam::Fin> {
    match answer {
        Iq::Result {
            payload: Some(p), ..
        } => mam::Fin::try_from(p).map_err(|e| {
            fail(
                Kind::Remote,
                format!("the archive's answer does not parse: {e}"),
            )
        }),
        Iq::Error { error, .. } if error.defined_condition == DefinedCondition::ItemNotFound => {
            bail(
                Kind::Remote,
                format!(
                    "{} no longer has the archive id {} (item-not-found): start again from a \
                     time (--since) instead",
                    archive.at,
                    crate::error::quoted(id.unwrap_or(""))
                ),
            )
        }
        Iq::Error { error, .. } => bail(
            Kind::Remote,
            format!(
                "{} refused the archive query: {} {}",
                archive.at,
                condition_name(&error.defined_condition),
                error.texts.values().next().cloned().unwrap_or_default()
            ),
        ),
        _ => bail(Kind::Remote, "the archive's answer is empty"),
    }
}

/// The archived result in `incoming`, if it is one of ours.
fn result_of(
    incoming: &Incoming,
    archive: &Archive,
    queryid: &str,
) -> Option<(mam::Result_, Ticket)> {
    let Incoming::Stanza(st, ticket) = incoming else {
        return None;
    };
    let Stanza::Message(m) = st.as_ref() else {
        return None;
    };
    let from_archive = match &m.from {
        None => !archive.room,
        Some(f) => *f == archive.at,
    };
    if !from_archive {
        return None;
    }
    let el = m.payloads.iter().find(|p| p.is("result", ns::MAM))?;
    let r = mam::Result_::try_from(el.clone()).ok()?;
    (r.queryid.as_ref().map(|q| q.0.as_str()) == Some(queryid)).then_some((r, *ticket))
}

/// The archived message as it was, stamped with the archive's time (its
/// delay) and the archive's id (a XEP-0359 stanza-id by the archive, as
/// a live message carries it).
pub fn unwrap(result: mam::Result_, archive: &Archive) -> Message {
    let mut m = result.forwarded.message;
    let by = archive.at.to_bare();
    let archives = |p: &minidom::Element| {
        p.is("stanza-id", ns::SID)
            && p.attr("by")
                .and_then(|b| b.parse::<Jid>().ok())
                .is_some_and(|b| b.to_bare() == by)
    };
    m.payloads
        .retain(|p| !p.is("delay", ns::DELAY) && !archives(p));
    if let Some(d) = result.forwarded.delay {
        m.payloads.push(d.into());
    }
    m.payloads.push(
        StanzaId {
            id: result.id,
            by: Jid::from(by),
        }
        .into(),
    );
    m
}

/// The archive id a live or archived message carries: its XEP-0359
/// stanza-id by the archive that keeps it (the room for a groupchat
/// message, else our account). Servers strip such ids from what others
/// send, so only the archive can have put it there.
pub fn archive_id(m: &Message, own: &BareJid) -> Option<String> {
    let by = if m.type_ == xmpp_parsers::message::MessageType::Groupchat {
        m.from.as_ref()?.to_bare()
    } else {
        own.clone()
    };
    m.payloads
        .iter()
        .filter(|p| p.is("stanza-id", ns::SID))
        .filter_map(|p| StanzaId::try_from(p.clone()).ok())
        .find(|s| s.by.to_bare() == by)
        .map(|s| s.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn archive(room: bool) -> Archive {
        Archive {
            at: if room {
                "room@muc.example.org".parse().unwrap()
            } else {
                "me@example.org".parse().unwrap()
            },
            room,
            extended: true,
        }
    }

    fn result(from: Option<&str>, queryid: &str) -> Incoming {
        let xml = format!(
            "<message xmlns='jabber:client' {} to='me@example.org/r'>\
             <result xmlns='urn:xmpp:mam:2' queryid='{queryid}' id='A1'>\
             <forwarded xmlns='urn:xmpp:forward:0'>\
             <delay xmlns='urn:xmpp:delay' stamp='2026-12-01T08:00:00Z'/>\
             <message xmlns='jabber:client' from='alice@example.org/x' to='me@example.org' \
             type='chat'><body>hi</body>\
             <stanza-id xmlns='urn:xmpp:sid:0' by='me@example.org' id='forged'/></message>\
             </forwarded></result></message>",
            from.map(|f| format!("from='{f}'")).unwrap_or_default()
        );
        let el: minidom::Element = xml.parse().unwrap();
        let m = Message::try_from(el).unwrap();
        let mut inbound = crate::connection::inbound::Inbound::default();
        Incoming::Stanza(Box::new(Stanza::Message(m)), inbound.arrived())
    }

    #[test]
    fn results_count_only_from_the_archive_asked_with_our_query_id() {
        let own = archive(false);
        assert!(result_of(&result(None, "q"), &own, "q").is_some());
        assert!(result_of(&result(Some("me@example.org"), "q"), &own, "q").is_some());
        assert!(result_of(&result(Some("me@example.org/other"), "q"), &own, "q").is_none());
        assert!(result_of(&result(Some("mallory@example.org"), "q"), &own, "q").is_none());
        assert!(result_of(&result(None, "other"), &own, "q").is_none());
        let room = archive(true);
        assert!(result_of(&result(Some("room@muc.example.org"), "q"), &room, "q").is_some());
        assert!(result_of(&result(None, "q"), &room, "q").is_none());
    }

    #[test]
    fn an_unwrapped_result_carries_the_archives_time_and_id_only() {
        let own = archive(false);
        let (r, _) = result_of(&result(None, "q"), &own, "q").unwrap();
        let m = unwrap(r, &own);
        let me: BareJid = "me@example.org".parse().unwrap();
        assert_eq!(
            archive_id(&m, &me).as_deref(),
            Some("A1"),
            "not the forged one"
        );
        let ids = m
            .payloads
            .iter()
            .filter(|p| p.is("stanza-id", ns::SID))
            .count();
        assert_eq!(ids, 1);
        let delay = m
            .payloads
            .iter()
            .find(|p| p.is("delay", ns::DELAY))
            .unwrap();
        let stamp = delay.attr("stamp").unwrap();
        assert!(stamp.starts_with("2026-12-01T08:00:00"), "{stamp}");
        // Someone else's stanza-id is not ours.
        let other: BareJid = "bob@example.org".parse().unwrap();
        assert_eq!(archive_id(&m, &other), None);
    }
}
