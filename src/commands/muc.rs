//! Multi-user chat (XEP-0045) pieces shared by `listen` and `send`:
//! joining a room (checking that it is one, unlocking a room we created,
//! following the nick the service gives us, telling its errors apart) and
//! leaving it.

use anyhow::Result;
use jid::{BareJid, Jid};
use xmpp_parsers::data_forms::{DataForm, DataFormType, Field, FieldType};
use xmpp_parsers::disco::{DiscoInfoQuery, DiscoInfoResult};
use xmpp_parsers::iq::Iq;
use xmpp_parsers::muc::muc::{History, Muc};
use xmpp_parsers::muc::user::{MucUser, Status};
use xmpp_parsers::ns;
use xmpp_parsers::presence::{Presence, Type as PresenceType};
use xmpp_parsers::stanza::Stanza;
use xmpp_parsers::stanza_error::{DefinedCondition, StanzaError};

use crate::connection::{self, Incoming, Session};
use crate::error::{bail, fail, fail_marked, Kind};
use crate::ids::new_id;

pub(crate) const MUC_OWNER: &str = "http://jabber.org/protocol/muc#owner";
const MUC_ROOMCONFIG: &str = "http://jabber.org/protocol/muc#roomconfig";

/// Marks a join refused because the nick is taken (`conflict`), read
/// from the error condition.
#[derive(Debug)]
pub struct NickConflict;

impl std::fmt::Display for NickConflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the nick is taken (conflict)")
    }
}

impl std::error::Error for NickConflict {}

/// Marks a join that found no room (`Create::Refuse`).
#[derive(Debug)]
pub struct NoSuchRoom;

impl std::fmt::Display for NoSuchRoom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("no such room")
    }
}

impl std::error::Error for NoSuchRoom {}

/// Whether `e` is a join that found no room.
pub fn is_no_such_room(e: &anyhow::Error) -> bool {
    e.downcast_ref::<NoSuchRoom>().is_some()
}

/// The MUC status codes among a presence's payloads (XEP-0045 §15.6).
pub fn statuses(payloads: &[minidom::Element]) -> Vec<Status> {
    payloads
        .iter()
        .filter(|e| e.is("x", ns::MUC_USER))
        .filter_map(|e| MucUser::try_from(e.clone()).ok())
        .flat_map(|u| u.status)
        .collect()
}

/// Whether `e` is a join refused for a nick in use.
pub fn is_conflict(e: &anyhow::Error) -> bool {
    e.downcast_ref::<NickConflict>().is_some()
}

/// What a join does when the room did not exist (the service created it
/// for us: status 201).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Create {
    /// Keep it as an instant room with the default configuration
    /// (`listen --muc`: the room is there while we are).
    Instant,
    /// Keep it, configured persistent, for others (`send --create-room`).
    Persistent,
    /// It was not meant to be made (a mistyped name): destroy it again
    /// and fail with "no such room" (`send --muc`).
    Refuse,
    /// Leave it locked: the caller configures it, which unlocks it
    /// (`muc create`: nobody gets in before its configuration holds).
    Locked,
}

/// The room history a join asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backlog {
    /// What the room sends by default.
    Default,
    /// None (`--no-history`, and `send`).
    None,
    /// What came after this time (XEP-0045 §7.2.15): a rejoin on a new
    /// session after the last message handled.
    Since(chrono::DateTime<chrono::Utc>),
}

/// What a join established.
#[derive(Debug, Clone, PartialEq)]
pub struct Joined {
    /// The nick the room gave us (it may rewrite ours: status 210).
    pub nick: String,
    /// We created the room (status 201); it was unlocked as an instant room.
    pub created: bool,
}

/// Check that `room`'s domain is a group chat service (disco#info has
/// the MUC feature), so that a plain user or server address fails at once
/// instead of at `--timeout`.
async fn check_service(
    session: &mut Session,
    room: &BareJid,
    early: &mut Vec<Incoming>,
) -> Result<()> {
    let service = Jid::from(room.domain().to_owned());
    let query = Iq::from_get(new_id(), DiscoInfoQuery { node: None }).with_to(service.clone());
    let (answer, others) = session.iq(query).await?;
    early.extend(others);
    match answer {
        Iq::Result {
            payload: Some(el), ..
        } => {
            let info = DiscoInfoResult::try_from(el).map_err(|e| {
                fail(
                    Kind::Remote,
                    format!("{service} sent an invalid disco#info: {e}"),
                )
            })?;
            if info.features.iter().any(|f| f == ns::MUC) {
                return Ok(());
            }
            bail(
                Kind::Remote,
                format!(
                    "cannot join {room}: {service} is not a group chat service (its disco#info \
                     has no {}): check the room's address",
                    ns::MUC
                ),
            )
        }
        Iq::Error { error, .. } => bail(
            Kind::Remote,
            format!(
                "cannot join {room}: {service} is not a group chat service we can reach ({})",
                connection::describe_stanza_error(&error)
            ),
        ),
        _ => bail(
            Kind::Remote,
            format!("cannot join {room}: {service} answered disco#info with nothing"),
        ),
    }
}

/// Join `room` as `nick` and wait for our own presence (status 110) or the
/// room's error (exit 7 with its condition: `registration-required` for a
/// members-only room, `conflict` for a nick in use, `not-authorized` for a
/// wrong password...). A room this join created (status 201) is, as
/// `create` says, unlocked as an instant room (XEP-0045 §10.1.2) so
/// others can join it, made persistent too, or destroyed again (exit 7,
/// no such room). Stanzas that arrive meanwhile go to `early`.
pub async fn join(
    session: &mut Session,
    room: &BareJid,
    nick: &str,
    history: Backlog,
    password: Option<&str>,
    create: Create,
    early: &mut Vec<Incoming>,
) -> Result<Joined> {
    let occupant = Jid::new(&format!("{room}/{nick}"))
        .map_err(|e| fail(Kind::Usage, format!("nick '{nick}' is invalid: {e}")))?;
    check_service(session, room, early).await?;
    let mut muc = Muc::new();
    match history {
        Backlog::Default => {}
        Backlog::None => muc = muc.with_history(History::new().with_maxstanzas(0)),
        Backlog::Since(at) => {
            let at = xmpp_parsers::date::DateTime(at.fixed_offset());
            muc = muc.with_history(History::new().with_since(at));
        }
    }
    if let Some(pw) = password {
        muc = muc.with_password(pw.to_string());
    }
    let mut p = Presence::available().with_to(occupant).with_payload(muc);
    p.id = Some(new_id());
    session.send(Stanza::Presence(p)).await?;
    // One deadline for the join: room chatter does not extend it.
    let deadline = session.deadline();
    let joined = loop {
        let incoming = session
            .recv_before(deadline, &format!("joining {room}"))
            .await?
            .ok_or_else(|| fail(Kind::Network, "the server closed the stream"))?;
        if let Incoming::Stanza(st, ticket) = &incoming {
            if let Stanza::Presence(p) = st.as_ref() {
                let from_room = p.from.as_ref().is_some_and(|f| f.to_bare() == *room);
                if from_room && p.type_ == PresenceType::Error {
                    session.handled(*ticket);
                    return Err(join_error(room, &p.payloads));
                }
                let status = statuses(&p.payloads);
                if from_room && status.contains(&Status::SelfPresence) {
                    let given = p
                        .from
                        .as_ref()
                        .and_then(|f| f.resource().map(|r| r.to_string()))
                        .unwrap_or_else(|| nick.to_string());
                    if given != nick {
                        log::info!("{room} gave us the nick {given} instead of {nick}");
                    }
                    session.handled(*ticket);
                    break Joined {
                        nick: given,
                        created: status.contains(&Status::RoomHasBeenCreated),
                    };
                }
            }
        }
        early.push(incoming);
    };
    if joined.created {
        match create {
            Create::Refuse => {
                destroy(session, room, early).await?;
                return Err(fail_marked(
                    Kind::Remote,
                    format!(
                        "no such room {room} (item-not-found): check its name, or pass \
                         --create-room to make it"
                    ),
                    NoSuchRoom,
                ));
            }
            Create::Locked => {}
            Create::Instant => {
                configure(session, room, vec![], early).await?;
                log::info!("created {room} as an instant room (default configuration)");
            }
            Create::Persistent => {
                let keep =
                    Field::new("muc#roomconfig_persistentroom", FieldType::Boolean).with_value("1");
                configure(session, room, vec![keep], early).await?;
                log::info!("created {room} as a persistent room");
            }
        }
    }
    log::info!("joined {room} as {}", joined.nick);
    Ok(joined)
}

/// Submit the configuration of a room we created, which unlocks it: no
/// fields accepts the defaults (an instant room, XEP-0045 §10.1.2).
async fn configure(
    session: &mut Session,
    room: &BareJid,
    fields: Vec<Field>,
    early: &mut Vec<Incoming>,
) -> Result<()> {
    let form = DataForm::new(DataFormType::Submit, MUC_ROOMCONFIG, fields);
    let query = minidom::Element::builder("query", MUC_OWNER)
        .append(minidom::Element::from(form))
        .build();
    match owner_set(session, room, query, early).await? {
        Some(error) => bail(
            Kind::Remote,
            format!("created {room}, but it refused its configuration ({error}): others cannot join it yet"),
        ),
        None => Ok(()),
    }
}

/// Destroy a room we own (XEP-0045 §10.9): one this join made by mistake.
async fn destroy(session: &mut Session, room: &BareJid, early: &mut Vec<Incoming>) -> Result<()> {
    let query = minidom::Element::builder("query", MUC_OWNER)
        .append(minidom::Element::builder("destroy", MUC_OWNER).build())
        .build();
    if let Some(error) = owner_set(session, room, query, early).await? {
        log::warn!("{room} was created by mistake and could not be destroyed: {error}");
    }
    Ok(())
}

/// An owner request to `room`: the error it got, if any.
pub(crate) async fn owner_set(
    session: &mut Session,
    room: &BareJid,
    query: minidom::Element,
    early: &mut Vec<Incoming>,
) -> Result<Option<String>> {
    let iq = super::iq_set(Some(Jid::from(room.clone())), query);
    let (answer, others) = session.iq(iq).await?;
    early.extend(others);
    Ok(match answer {
        Iq::Error { error, .. } => Some(connection::describe_stanza_error(&error)),
        _ => None,
    })
}

/// A join refused by the room: exit 7 with its condition; a taken nick is
/// also marked [`NickConflict`].
fn join_error(room: &BareJid, payloads: &[minidom::Element]) -> anyhow::Error {
    let err = payloads
        .iter()
        .find(|e| e.name() == "error")
        .and_then(|e| StanzaError::try_from(e.clone()).ok());
    let described = err
        .as_ref()
        .map(connection::describe_stanza_error)
        .unwrap_or_else(|| "undefined-condition".into());
    let message = format!("cannot join {room}: {described}");
    match err.map(|e| e.defined_condition) {
        Some(DefinedCondition::Conflict) => fail_marked(Kind::Remote, message, NickConflict),
        _ => fail(Kind::Remote, message),
    }
}

/// Leave a room (unavailable presence to our occupant JID).
pub async fn leave(session: &mut Session, room: &BareJid, nick: &str) -> Result<()> {
    let occupant =
        Jid::new(&format!("{room}/{nick}")).map_err(|e| fail(Kind::Usage, e.to_string()))?;
    let mut p = Presence::unavailable().with_to(occupant);
    p.id = Some(new_id());
    session.send(Stanza::Presence(p)).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use futures::SinkExt;
    use tokio_xmpp::xmlstream::XmppStreamElement;
    use xmpp_parsers::disco::DiscoInfoResult;
    use xmpp_parsers::iq::Iq;
    use xmpp_parsers::stanza::Stanza;

    use crate::connection::tests::{chatter, login_ok, next, Script};
    use crate::error::{kind_of, Kind};

    /// The scripted server answers the client's disco#info as a MUC service.
    async fn answer_disco_as_muc(s: &mut crate::connection::tests::ServerStream) {
        let Some(XmppStreamElement::Stanza(Stanza::Iq(q))) = next(s).await else {
            panic!("no disco query");
        };
        let info = DiscoInfoResult {
            node: None,
            identities: vec![],
            features: [xmpp_parsers::ns::MUC.to_string()].into(),
            extensions: vec![],
        };
        let answer = Iq::from_result(q.id().to_string(), Some(info))
            .with_from(jid::Jid::new("conference.example.org").unwrap());
        s.send(&XmppStreamElement::Stanza(Stanza::Iq(answer)))
            .await
            .unwrap();
    }

    #[tokio::test(start_paused = true)]
    async fn a_join_times_out_while_the_room_service_chatters() {
        let (mut session, mut s) = login_ok(Script::default()).await;
        let server = tokio::spawn(async move {
            // disco#info: a MUC service; then the join is never answered.
            answer_disco_as_muc(&mut s).await;
            chatter(s).await.unwrap();
        });
        let room: jid::BareJid = "room@conference.example.org".parse().unwrap();
        let mut early = Vec::new();
        let r = tokio::time::timeout(
            Duration::from_secs(60),
            super::join(
                &mut session,
                &room,
                "me",
                super::Backlog::None,
                None,
                super::Create::Instant,
                &mut early,
            ),
        )
        .await;
        let e = r.expect("the join never ended").unwrap_err();
        assert_eq!(kind_of(&e), Kind::Timeout);
        assert!(e.to_string().contains("joining room@"), "{e}");
        assert!(!early.is_empty() || !session.leftovers().is_empty());
        server.abort();
    }

    #[tokio::test]
    async fn the_nick_the_room_gives_is_tracked_and_a_new_room_is_unlocked() {
        let (mut session, mut s) = login_ok(Script::default()).await;
        let server = tokio::spawn(async move {
            answer_disco_as_muc(&mut s).await;
            // The join: our presence comes back under another nick, with
            // 110 (self), 201 (created) and 210 (nick changed).
            let Some(XmppStreamElement::Stanza(Stanza::Presence(_))) = next(&mut s).await else {
                panic!("no join");
            };
            let own: minidom::Element = "<presence xmlns='jabber:client' from='new@conference.example.org/me-2' to='user@example.org/res'><x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='owner' role='moderator'/><status code='110'/><status code='201'/><status code='210'/></x></presence>".parse().unwrap();
            s.send(&XmppStreamElement::Stanza(Stanza::try_from(own).unwrap()))
                .await
                .unwrap();
            // The instant-room configuration.
            let Some(XmppStreamElement::Stanza(Stanza::Iq(set))) = next(&mut s).await else {
                panic!("no room configuration");
            };
            let Iq::Set { payload, to, .. } = &set else {
                panic!("{set:?}")
            };
            assert!(payload.is("query", "http://jabber.org/protocol/muc#owner"));
            assert_eq!(
                to.as_ref().unwrap().to_string(),
                "new@conference.example.org"
            );
            s.send(&XmppStreamElement::Stanza(Stanza::Iq(Iq::Result {
                from: to.clone(),
                to: None,
                id: set.id().to_string(),
                payload: None,
            })))
            .await
            .unwrap();
            s
        });
        let room: jid::BareJid = "new@conference.example.org".parse().unwrap();
        let mut early = Vec::new();
        let joined = super::join(
            &mut session,
            &room,
            "me",
            super::Backlog::None,
            None,
            super::Create::Instant,
            &mut early,
        )
        .await
        .unwrap();
        assert_eq!(
            joined,
            super::Joined {
                nick: "me-2".into(),
                created: true
            }
        );
        drop(server.await.unwrap());
    }
}
