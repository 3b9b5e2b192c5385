//! `xmpp muc create|config|affiliations|destroy|subject|invite`: room
//! ownership (XEP-0045 §10) as thin layers over `muc` (joining) and
//! `forms` (the owner form). Affiliation changes go in one request and
//! are read back; what the room did not take is exit 7.

use anyhow::Result;
use jid::{BareJid, Jid};
use minidom::Element;
use xmpp_parsers::data_forms::DataForm;
use xmpp_parsers::iq::Iq;
use xmpp_parsers::message::{Lang, Message, MessageType};
use xmpp_parsers::stanza::Stanza;

use super::ask;
use super::forms::{self, Answers};
use super::muc;
use crate::cli::{GlobalArgs, MucArgs, MucCommand};
use crate::connection::{self, Session};
use crate::error::{bail, fail, Kind};
use crate::ids::new_id;
use crate::jidtools;
use crate::output::{self, Output};

const MUC_ADMIN: &str = "http://jabber.org/protocol/muc#admin";
const MUC_USER: &str = "http://jabber.org/protocol/muc#user";
const AFFILIATIONS: [&str; 4] = ["owner", "admin", "member", "outcast"];

fn room_arg(r: &str) -> Result<BareJid> {
    let jid = jidtools::jid_arg(r, "ROOM")?;
    if jid.node().is_none() || jid.resource().is_some() {
        return bail(
            Kind::Usage,
            format!("{} is not a room (ROOM@SERVICE)", crate::error::quoted(r)),
        );
    }
    Ok(jid.to_bare())
}

fn get(room: &BareJid, payload: Element) -> Iq {
    super::iq_get(Some(Jid::from(room.clone())), payload)
}

fn set(room: &BareJid, payload: Element) -> Iq {
    super::iq_set(Some(Jid::from(room.clone())), payload)
}

/// The room's owner form.
async fn owner_form(session: &mut Session, room: &BareJid) -> Result<DataForm> {
    let q = Element::builder("query", muc::MUC_OWNER).build();
    let answer = ask(
        session,
        get(room, q),
        &format!("{room} did not give its configuration"),
    )
    .await?;
    answer
        .and_then(|q| {
            q.get_child("x", xmpp_parsers::ns::DATA_FORMS)
                .and_then(|x| DataForm::try_from(x.clone()).ok())
        })
        .ok_or_else(|| fail(Kind::Remote, format!("{room} sent no configuration form")))
}

/// Submit `answers` over the owner form.
async fn configure(
    session: &mut Session,
    room: &BareJid,
    form: &DataForm,
    answers: &Answers,
) -> Result<()> {
    let mut unused = Vec::new();
    let filled = forms::submit(form, answers, &mut unused)?;
    if !unused.is_empty() {
        return bail(
            Kind::Usage,
            format!(
                "{room}'s configuration has no field {} (xmpp muc config {room} lists them)",
                unused.join(", ")
            ),
        );
    }
    let q = Element::builder("query", muc::MUC_OWNER)
        .append(Element::from(filled))
        .build();
    ask(
        session,
        set(room, q),
        &format!("{room} refused the configuration"),
    )
    .await?;
    Ok(())
}

/// One affiliation of a room.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Affiliation {
    pub jid: String,
    pub affiliation: String,
}

/// Every owner, admin, member and outcast (each list the room gives us).
async fn affiliations(session: &mut Session, room: &BareJid) -> Result<Vec<Affiliation>> {
    let mut all = Vec::new();
    for aff in AFFILIATIONS {
        let item = Element::builder("item", MUC_ADMIN)
            .attr(crate::xml::name("affiliation")?, aff)
            .build();
        let q = Element::builder("query", MUC_ADMIN).append(item).build();
        let answer = ask(
            session,
            get(room, q),
            &format!("{room} did not list its {aff}s"),
        )
        .await?;
        all.extend(read_items(answer.as_ref()));
    }
    Ok(all)
}

/// The items of an admin query's answer (pure).
pub fn read_items(query: Option<&Element>) -> Vec<Affiliation> {
    query
        .map(|q| {
            q.children()
                .filter(|c| c.is("item", MUC_ADMIN))
                .filter_map(|c| {
                    Some(Affiliation {
                        jid: c.attr("jid")?.to_string(),
                        affiliation: c.attr("affiliation")?.to_string(),
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Change affiliations in one request.
async fn set_affiliations(
    session: &mut Session,
    room: &BareJid,
    wanted: &[Affiliation],
) -> Result<()> {
    let mut q = Element::builder("query", MUC_ADMIN);
    for w in wanted {
        q = q.append(
            Element::builder("item", MUC_ADMIN)
                .attr(crate::xml::name("jid")?, w.jid.as_str())
                .attr(crate::xml::name("affiliation")?, w.affiliation.as_str())
                .build(),
        );
    }
    ask(
        session,
        set(room, q.build()),
        &format!("{room} refused the affiliation changes"),
    )
    .await?;
    Ok(())
}

/// `--set JID=AFFILIATION` arguments, checked (pure).
pub fn changes(set: &[String]) -> Result<Vec<Affiliation>> {
    set.iter()
        .map(|s| {
            let (jid, aff) = s.split_once('=').ok_or_else(|| {
                fail(
                    Kind::Usage,
                    format!("--set {}: give JID=AFFILIATION", crate::error::quoted(s)),
                )
            })?;
            let jid = jidtools::jid_arg(jid, "--set JID")?.to_bare();
            if !AFFILIATIONS.contains(&aff) && aff != "none" {
                return bail(
                    Kind::Usage,
                    format!("--set {s}: the affiliation is owner, admin, member, outcast or none"),
                );
            }
            Ok(Affiliation {
                jid: jid.to_string(),
                affiliation: aff.to_string(),
            })
        })
        .collect()
}

/// What of `wanted` the room's lists do not show (pure).
pub fn not_taken(wanted: &[Affiliation], now: &[Affiliation]) -> Vec<Affiliation> {
    wanted
        .iter()
        .filter(|w| {
            let held = now
                .iter()
                .find(|a| a.jid == w.jid)
                .map(|a| a.affiliation.as_str())
                .unwrap_or("none");
            held != w.affiliation
        })
        .cloned()
        .collect()
}

fn nick_of(nick: &Option<String>, session: &Session) -> String {
    nick.clone()
        .or_else(|| session.jid.node().map(|n| n.to_string()))
        .unwrap_or_else(|| "xmpp-cli".into())
}

pub async fn run(args: &MucArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    match &args.command {
        MucCommand::Create {
            room,
            config_json,
            set: fields,
            nick,
        } => {
            let room = room_arg(room)?;
            let mut answers =
                super::form_answers(fields, config_json.as_deref(), "--config-json").await?;
            if answers.first("muc#roomconfig_persistentroom").is_none() {
                answers.set("muc#roomconfig_persistentroom", vec!["1".into()]);
            }
            let mut session = super::connect(global).await?;
            let nick = nick_of(nick, &session);
            let mut early = Vec::new();
            let joined = muc::join(
                &mut session,
                &room,
                &nick,
                muc::Backlog::None,
                None,
                muc::Create::Locked,
                &mut early,
            )
            .await?;
            if !joined.created {
                let _ = muc::leave(&mut session, &room, &joined.nick).await;
                let _ = session.close().await;
                return bail(
                    Kind::Remote,
                    format!("{room} exists already: change it with xmpp muc config {room}"),
                );
            }
            let form = owner_form(&mut session, &room).await?;
            let configured = configure(&mut session, &room, &form, &answers).await;
            if configured.is_err() {
                // A room left locked helps nobody: take it away again.
                let q = Element::builder("query", muc::MUC_OWNER)
                    .append(Element::builder("destroy", muc::MUC_OWNER).build())
                    .build();
                let _ = ask(&mut session, set(&room, q), "destroying it again").await;
            }
            configured?;
            muc::leave(&mut session, &room, &joined.nick).await?;
            let _ = session.close().await;
            status(out, &room, "created")
        }
        MucCommand::Config { room, set: fields } => {
            let room = room_arg(room)?;
            let answers = Answers::from_args(fields)?;
            let mut session = super::connect(global).await?;
            let form = owner_form(&mut session, &room).await?;
            if answers.is_empty() {
                let _ = session.close().await;
                if out.is_json() {
                    out.json_line(&forms::to_json(&form))?;
                } else {
                    for l in forms::to_text(&form) {
                        out.line(&l)?;
                    }
                }
                return Ok(());
            }
            configure(&mut session, &room, &form, &answers).await?;
            let _ = session.close().await;
            status(out, &room, "configured")
        }
        MucCommand::Affiliations { room, set: sets } => {
            let room = room_arg(room)?;
            let wanted = changes(sets)?;
            let mut session = super::connect(global).await?;
            if !wanted.is_empty() {
                set_affiliations(&mut session, &room, &wanted).await?;
            }
            let mut now = affiliations(&mut session, &room).await?;
            let mut missing = not_taken(&wanted, &now);
            if !missing.is_empty() && wanted.len() > 1 {
                // Prosody 0.12 applies only the first item of a request
                // and answers yes: the rest go one request each.
                log::info!(
                    "{room} took only part of the changes in one request; sending the other {} one by one",
                    missing.len()
                );
                for m in &missing {
                    set_affiliations(&mut session, &room, std::slice::from_ref(m)).await?;
                }
                now = affiliations(&mut session, &room).await?;
                missing = not_taken(&wanted, &now);
            }
            let _ = session.close().await;
            if out.is_json() {
                out.json_line(&now)?;
            } else {
                for a in &now {
                    out.line(&format!(
                        "{} {}",
                        a.affiliation,
                        output::terminal_safe(&a.jid, " ")
                    ))?;
                }
            }
            if !missing.is_empty() {
                let list: Vec<String> = missing
                    .iter()
                    .map(|m| format!("{}={}", m.jid, m.affiliation))
                    .collect();
                return bail(
                    Kind::Remote,
                    format!(
                        "{room} answered yes but its lists do not show {}",
                        list.join(", ")
                    ),
                );
            }
            Ok(())
        }
        MucCommand::Destroy {
            room,
            reason,
            alternate,
        } => {
            let room = room_arg(room)?;
            let mut destroy = Element::builder("destroy", muc::MUC_OWNER);
            if let Some(alt) = alternate {
                destroy = destroy.attr(crate::xml::name("jid")?, room_arg(alt)?.to_string());
            }
            if let Some(r) = reason {
                crate::xml::check_text("--reason", r)?;
                destroy = destroy.append(
                    Element::builder("reason", muc::MUC_OWNER)
                        .append(minidom::Node::Text(r.clone()))
                        .build(),
                );
            }
            let q = Element::builder("query", muc::MUC_OWNER)
                .append(destroy.build())
                .build();
            let mut session = super::connect(global).await?;
            ask(
                &mut session,
                set(&room, q),
                &format!("{room} refused to be destroyed"),
            )
            .await?;
            let _ = session.close().await;
            status(out, &room, "destroyed")
        }
        MucCommand::Subject { room, text, nick } => {
            let room = room_arg(room)?;
            crate::xml::check_text("the subject", text)?;
            let mut m =
                Message::new_with_type(MessageType::Groupchat, Some(Jid::from(room.clone())));
            m.id = Some(xmpp_parsers::message::Id(new_id()));
            m.subjects.insert(Lang::new(), text.clone());
            in_room(global, &room, nick, Stanza::Message(m), "subject").await?;
            status(out, &room, "subject set")
        }
        MucCommand::Invite {
            room,
            invitee,
            reason,
            nick,
        } => {
            let room = room_arg(room)?;
            let to = jidtools::jid_arg(invitee, "JID")?;
            let mut invite =
                Element::builder("invite", MUC_USER).attr(crate::xml::name("to")?, to.to_string());
            if let Some(r) = reason {
                crate::xml::check_text("--reason", r)?;
                invite = invite.append(
                    Element::builder("reason", MUC_USER)
                        .append(minidom::Node::Text(r.clone()))
                        .build(),
                );
            }
            // A mediated invitation is a normal message to the room.
            let mut m = Message::new_with_type(MessageType::Normal, Some(Jid::from(room.clone())));
            m.id = Some(xmpp_parsers::message::Id(new_id()));
            m.payloads.push(
                Element::builder("x", MUC_USER)
                    .append(invite.build())
                    .build(),
            );
            in_room(global, &room, nick, Stanza::Message(m), "invitation").await?;
            status(out, &room, "invited")
        }
    }
}

/// Join `room`, send `stanza` there, wait for the room to have handled
/// it (a ping to the room answered after it; an error bounce before),
/// leave.
async fn in_room(
    global: &GlobalArgs,
    room: &BareJid,
    nick: &Option<String>,
    stanza: Stanza,
    what: &str,
) -> Result<()> {
    let mut session = super::connect(global).await?;
    let nick = nick_of(nick, &session);
    let mut early = Vec::new();
    let joined = muc::join(
        &mut session,
        room,
        &nick,
        muc::Backlog::None,
        None,
        muc::Create::Refuse,
        &mut early,
    )
    .await?;
    let id = match &stanza {
        Stanza::Message(m) => m.id.as_ref().map(|i| i.0.clone()),
        _ => None,
    };
    session.send(stanza).await?;
    let ping = Iq::from_get(new_id(), xmpp_parsers::ping::Ping).with_to(Jid::from(room.clone()));
    let (_, others) = session.iq(ping).await?;
    let bounce = others.iter().find_map(|x| match x {
        connection::Incoming::Stanza(st, _) => match st.as_ref() {
            Stanza::Message(m)
                if m.type_ == MessageType::Error && m.id.as_ref().map(|i| &i.0) == id.as_ref() =>
            {
                Some(connection::error_condition(&m.payloads))
            }
            _ => None,
        },
        _ => None,
    });
    let _ = muc::leave(&mut session, room, &joined.nick).await;
    let _ = session.close().await;
    match bounce {
        Some(cond) => bail(Kind::Remote, format!("{room} refused the {what}: {cond}")),
        None => Ok(()),
    }
}

#[derive(serde::Serialize)]
struct Status<'a> {
    room: &'a str,
    status: &'a str,
}

fn status(out: &mut Output, room: &BareJid, what: &str) -> Result<()> {
    if out.is_json() {
        out.json_line(&Status {
            room: room.as_str(),
            status: what,
        })?;
    } else {
        out.line(&format!("{room}: {what}"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(jid: &str, aff: &str) -> Affiliation {
        Affiliation {
            jid: jid.into(),
            affiliation: aff.into(),
        }
    }

    #[test]
    fn affiliation_changes_are_checked_and_verified() {
        let c = changes(&[
            "bob@example.org/phone=member".into(),
            "eve@example.org=none".into(),
        ])
        .unwrap();
        assert_eq!(
            c,
            [a("bob@example.org", "member"), a("eve@example.org", "none")]
        );
        assert!(changes(&["bob@example.org=king".into()]).is_err());
        assert!(changes(&["bob@example.org".into()]).is_err());
        let now = [a("bob@example.org", "member"), a("al@example.org", "owner")];
        assert!(not_taken(&c, &now).is_empty(), "none is not being listed");
        let missing = not_taken(&[a("bob@example.org", "admin")], &now);
        assert_eq!(missing, [a("bob@example.org", "admin")]);
        let q: Element = "<query xmlns='http://jabber.org/protocol/muc#admin'>\
             <item affiliation='member' jid='bob@example.org' nick='b'/>\
             <item affiliation='member'/></query>"
            .parse()
            .unwrap();
        assert_eq!(read_items(Some(&q)), [a("bob@example.org", "member")]);
    }
}
