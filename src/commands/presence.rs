//! `xmpp presence`: set (stay online), subscribe/unsubscribe/approve/deny,
//! list (who is online).

use std::collections::BTreeMap;

use anyhow::Result;
use serde::Serialize;
use xmpp_parsers::presence::{Presence, Show, Type};
use xmpp_parsers::stanza::Stanza;

use crate::cli::{
    AvailabilityArgs, GlobalArgs, PresenceCommand, PresenceListArgs, PresenceSetArgs, RosterJidArg,
    ShowKind,
};
use crate::commands::roster::table;
use crate::connection::{self, Incoming};
use crate::error::{bail, Kind};
use crate::ids::new_id;
use crate::jidtools;
use crate::output::Output;

pub async fn run(cmd: &PresenceCommand, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    match cmd {
        PresenceCommand::Set(a) => set(a, global).await,
        PresenceCommand::Subscribe(a) => subscription(a, Type::Subscribe, global).await,
        PresenceCommand::Unsubscribe(a) => subscription(a, Type::Unsubscribe, global).await,
        PresenceCommand::Approve(a) => subscription(a, Type::Subscribed, global).await,
        PresenceCommand::Deny(a) => subscription(a, Type::Unsubscribed, global).await,
        PresenceCommand::List(a) => list(a, global, out).await,
    }
}

fn show(kind: ShowKind) -> Show {
    match kind {
        ShowKind::Chat => Show::Chat,
        ShowKind::Away => Show::Away,
        ShowKind::Xa => Show::Xa,
        ShowKind::Dnd => Show::Dnd,
    }
}

/// The available presence `--show`, `--status` and `--priority` describe
/// (`priority` where no `--priority` was given).
pub fn announce(a: &AvailabilityArgs, priority: i8) -> Presence {
    let mut p = Presence::available().with_priority(a.priority.unwrap_or(priority));
    p.id = Some(new_id());
    if let Some(s) = a.show {
        p = p.with_show(show(s));
    }
    if let Some(text) = &a.status {
        p.set_status("", text.as_str());
    }
    p
}

fn show_name(show: &Option<Show>) -> &'static str {
    match show {
        None => "available",
        Some(Show::Chat) => "chat",
        Some(Show::Away) => "away",
        Some(Show::Xa) => "xa",
        Some(Show::Dnd) => "dnd",
    }
}

/// Stay online until --hold runs out, SIGINT or SIGTERM; then unavailable
/// presence and a clean close (exit 0). IQs are answered meanwhile.
///
/// `presence set` shows no message, so it takes none: by default it
/// announces priority -1, and the server routes no message for the bare
/// JID here, offline ones included (RFC 6121 §8.5.2.1.1). With an explicit
/// `--priority` messages may come; they are not handled, so with stream
/// management the final `<a h/>` leaves them unacknowledged and the server
/// keeps them (offline storage, another resource). Without stream
/// management that cannot be promised, and `-v` says so.
async fn set(a: &PresenceSetArgs, global: &GlobalArgs) -> Result<()> {
    let hold = a.hold.map(|h| h.duration());
    let mut session = super::connect(global).await?;
    match a.availability.priority {
        None => log::info!(
            "announcing priority -1, so that no message is routed to this session, which \
             cannot show it (pass --priority to choose)"
        ),
        Some(p) if p >= 0 && !session.stream_management() => log::warn!(
            "the server has no stream management: messages routed to this session (priority \
             {p}) are taken and not shown; leave out --priority to avoid them"
        ),
        Some(_) => {}
    }
    session
        .send(Stanza::Presence(announce(&a.availability, -1)))
        .await?;
    log::info!("online as {}", session.jid);
    let deadline = hold.map(|h| tokio::time::Instant::now() + h);
    loop {
        let until_hold = async {
            match deadline {
                Some(d) => tokio::time::sleep_until(d).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            _ = until_hold => break,
            _ = crate::signals::stopped() => break,
            incoming = session.recv() => match incoming? {
                // IQs are answered inside the session; messages are left
                // for the server to keep.
                Some(x) => session.handled_unless_message(&x),
                None => return bail(Kind::Network, "the server closed the stream"),
            },
        }
    }
    let mut bye = Presence::unavailable();
    bye.id = Some(new_id());
    session.send(Stanza::Presence(bye)).await?;
    session.close().await?;
    Ok(())
}

/// Send a subscription presence to a bare JID and wait until the server
/// handled it; a bounce exits 7.
async fn subscription(a: &RosterJidArg, kind: Type, global: &GlobalArgs) -> Result<()> {
    let jid = jidtools::jid_arg(&a.contact, "JID")?.to_bare();
    let mut session = super::connect(global).await?;
    let id = new_id();
    let mut p = Presence::new(kind).with_to(jid.clone());
    p.id = Some(id.clone());
    session.send(Stanza::Presence(p)).await?;
    let mut got = session.barrier().await?;
    got.extend(session.leftovers());
    for x in &got {
        session.handled_unless_message(x);
    }
    got.extend(session.close().await?);
    for incoming in got {
        if let Incoming::Stanza(st, _) = incoming {
            if let Stanza::Presence(p) = *st {
                if p.type_ == Type::Error && p.id.as_deref() == Some(id.as_str()) {
                    let cond = connection::error_condition(&p.payloads);
                    return bail(
                        Kind::Remote,
                        format!("{jid} bounced the subscription request: {cond}"),
                    );
                }
            }
        }
    }
    Ok(())
}

#[derive(Debug, Serialize)]
struct Online {
    jid: String,
    show: String,
    status: Option<String>,
    priority: i8,
}

/// Go online with priority -1 (so no messages are routed here), collect
/// presence for --wait seconds, print each available resource.
async fn list(a: &PresenceListArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let mut session = super::connect(global).await?;
    let contacts: Vec<String> = if a.all {
        super::roster::fetch(&mut session)
            .await?
            .iter()
            .map(|i| i.jid.to_string())
            .collect()
    } else {
        Vec::new()
    };
    let mut p = Presence::available().with_priority(-1);
    p.id = Some(new_id());
    session.send(Stanza::Presence(p)).await?;
    let mut online: BTreeMap<String, Online> = BTreeMap::new();
    let me = session.jid.to_string();
    let deadline = tokio::time::Instant::now() + a.wait.duration();
    loop {
        let incoming = match tokio::time::timeout_at(deadline, session.recv()).await {
            Err(_) => break,
            Ok(r) => r?,
        };
        let Some(incoming) = incoming else {
            return bail(Kind::Network, "the server closed the stream");
        };
        // Presence is what `list` is for; messages stay with the server.
        session.handled_unless_message(&incoming);
        let Incoming::Stanza(st, _) = incoming else {
            continue;
        };
        let Stanza::Presence(p) = *st else { continue };
        let Some(from) = p.from.as_ref().map(|f| f.to_string()) else {
            continue;
        };
        if from == me {
            continue;
        }
        match p.type_ {
            Type::None => {
                let status = p.statuses.values().next().cloned();
                online.insert(
                    from.clone(),
                    Online {
                        jid: from,
                        show: show_name(&p.show).to_string(),
                        status,
                        priority: p.priority.0,
                    },
                );
            }
            Type::Unavailable => {
                online.remove(&from);
            }
            _ => {}
        }
    }
    let mut bye = Presence::unavailable();
    bye.id = Some(new_id());
    session.send(Stanza::Presence(bye)).await?;
    session.close().await?;

    let mut rows: Vec<Online> = online.into_values().collect();
    for contact in contacts {
        let prefix = format!("{contact}/");
        if !rows
            .iter()
            .any(|r| r.jid == contact || r.jid.starts_with(&prefix))
        {
            rows.push(Online {
                jid: contact,
                show: "offline".into(),
                status: None,
                priority: 0,
            });
        }
    }
    rows.sort_by(|a, b| a.jid.cmp(&b.jid));
    if out.is_json() {
        out.json_line(&rows)?;
        return Ok(());
    }
    let cells: Vec<[String; 4]> = rows
        .iter()
        .map(|r| {
            [
                r.jid.clone(),
                r.show.clone(),
                r.priority.to_string(),
                r.status.clone().unwrap_or_default(),
            ]
        })
        .collect();
    table(out, ["JID", "SHOW", "PRIORITY", "STATUS"], &cells)
}
