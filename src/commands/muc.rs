//! Multi-user chat (XEP-0045) pieces shared by `listen` and `send`:
//! joining a room (and telling its errors apart) and leaving it.

use anyhow::Result;
use jid::{BareJid, Jid};
use xmpp_parsers::muc::muc::{History, Muc};
use xmpp_parsers::muc::user::{MucUser, Status};
use xmpp_parsers::ns;
use xmpp_parsers::presence::{Presence, Type as PresenceType};
use xmpp_parsers::stanza::Stanza;

use crate::connection::{self, Incoming, Session};
use crate::error::{bail, fail, Kind};
use crate::ids::new_id;

/// Join `room` as `nick` and wait for our own presence (status 110) or the
/// room's error (exit 7 with its condition: `registration-required` for a
/// members-only room, `conflict` for a nick in use, `not-authorized` for a
/// wrong password...). Stanzas that arrive meanwhile go to `early`.
pub async fn join(
    session: &mut Session,
    room: &BareJid,
    nick: &str,
    no_history: bool,
    password: Option<&str>,
    early: &mut Vec<Incoming>,
) -> Result<()> {
    let occupant = Jid::new(&format!("{room}/{nick}"))
        .map_err(|e| fail(Kind::Usage, format!("nick '{nick}' is invalid: {e}")))?;
    let mut muc = Muc::new();
    if no_history {
        muc = muc.with_history(History::new().with_maxstanzas(0));
    }
    if let Some(pw) = password {
        muc = muc.with_password(pw.to_string());
    }
    let mut p = Presence::available().with_to(occupant).with_payload(muc);
    p.id = Some(new_id());
    session.send(Stanza::Presence(p)).await?;
    // One deadline for the join: room chatter does not extend it.
    let deadline = session.deadline();
    loop {
        let incoming = session
            .recv_before(deadline, &format!("joining {room}"))
            .await?
            .ok_or_else(|| fail(Kind::Network, "the server closed the stream"))?;
        if let Incoming::Stanza(st) = &incoming {
            if let Stanza::Presence(p) = st.as_ref() {
                let from_room = p.from.as_ref().is_some_and(|f| f.to_bare() == *room);
                if from_room && p.type_ == PresenceType::Error {
                    let cond = connection::error_condition(&p.payloads);
                    return bail(Kind::Remote, format!("cannot join {room}: {cond}"));
                }
                let own = p
                    .payloads
                    .iter()
                    .filter(|e| e.is("x", ns::MUC_USER))
                    .filter_map(|e| MucUser::try_from(e.clone()).ok())
                    .any(|u| u.status.contains(&Status::SelfPresence));
                if from_room && own {
                    log::info!("joined {room} as {nick}");
                    return Ok(());
                }
            }
        }
        early.push(incoming);
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
