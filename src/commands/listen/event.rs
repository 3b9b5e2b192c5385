//! What `listen` prints: a stanza turned into an event (filters,
//! carbons, OMEMO), and the event as a human line.

use std::time::SystemTime;

use anyhow::Result;
use chrono::{DateTime, SecondsFormat, Utc};
use jid::{BareJid, Jid};
use serde::Serialize;
use xmpp_parsers::carbons;
use xmpp_parsers::delay::Delay;
use xmpp_parsers::iq::Iq;
use xmpp_parsers::message::{Message, MessageType};
use xmpp_parsers::ns;
use xmpp_parsers::presence::{Show, Type as PresenceType};
use xmpp_parsers::stanza::Stanza;

use super::Options;
use crate::cli::ListenMessageKind;
use crate::commands::omemo;
use crate::output::terminal_safe;

/// One JSON line: `kind` tells which fields matter.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub(crate) enum Event {
    Message {
        kind: &'static str,
        from: Option<String>,
        to: Option<String>,
        #[serde(rename = "type")]
        type_: &'static str,
        id: Option<String>,
        body: Option<String>,
        subject: Option<String>,
        thread: Option<String>,
        timestamp: String,
        delayed: bool,
        nick: Option<String>,
        carbon: Option<&'static str>,
        /// "omemo" for an OMEMO message (with `--omemo`), else null.
        encryption: Option<&'static str>,
        /// `--omemo`: present only on OMEMO messages.
        #[serde(flatten)]
        omemo: Option<Box<OmemoFields>>,
        /// Where the archive keeps it (XEP-0359 stanza-id by the
        /// archive), when the server archives.
        #[serde(skip_serializing_if = "Option::is_none")]
        archive_id: Option<String>,
    },
    Presence {
        kind: &'static str,
        from: Option<String>,
        #[serde(rename = "type")]
        type_: &'static str,
        show: Option<&'static str>,
        status: Option<String>,
        priority: i8,
    },
    Iq {
        kind: &'static str,
        from: Option<String>,
        #[serde(rename = "type")]
        type_: &'static str,
        id: String,
        payload: String,
    },
}

impl Event {
    /// A message's time: its delay stamp, else when it arrived.
    pub(super) fn time(&self) -> Option<DateTime<Utc>> {
        match self {
            Event::Message { timestamp, .. } => DateTime::parse_from_rfc3339(timestamp)
                .ok()
                .map(|t| t.with_timezone(&Utc)),
            _ => None,
        }
    }

    /// `XMPP_FROM`, `XMPP_BODY` and `XMPP_TYPE` for `--exec`.
    pub(super) fn env_fields(&self) -> (Option<&str>, Option<&str>, &'static str) {
        match self {
            Event::Message {
                from, body, type_, ..
            } => (from.as_deref(), body.as_deref(), type_),
            Event::Presence { from, type_, .. } | Event::Iq { from, type_, .. } => {
                (from.as_deref(), None, type_)
            }
        }
    }
}

/// What an OMEMO message's event adds.
#[derive(Debug, Serialize)]
pub(crate) struct OmemoFields {
    sender_device: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    fingerprint: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    trust: Option<&'static str>,
    trusted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

fn passes_from(opts: &Options<'_>, from: Option<&Jid>) -> bool {
    if opts.from.is_empty() {
        return true;
    }
    let Some(from) = from else { return false };
    opts.from.iter().any(|f| match f.resource() {
        Some(_) => f == from,
        None => f.to_bare() == from.to_bare(),
    })
}

fn message_kind(t: &MessageType) -> (&'static str, ListenMessageKind) {
    match t {
        MessageType::Chat => ("chat", ListenMessageKind::Chat),
        MessageType::Groupchat => ("groupchat", ListenMessageKind::Groupchat),
        MessageType::Headline => ("headline", ListenMessageKind::Headline),
        MessageType::Normal => ("normal", ListenMessageKind::Normal),
        MessageType::Error => ("error", ListenMessageKind::Error),
    }
}

fn now() -> String {
    DateTime::<Utc>::from(SystemTime::now()).to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub(super) async fn to_event(stanza: Stanza, opts: &Options<'_>) -> Result<Option<Event>> {
    let args = opts.args;
    Ok(match stanza {
        Stanza::Message(m) => {
            let Some((m, carbon)) = unwrap_carbon(m, &opts.own) else {
                return Ok(None);
            };
            let (_, kind) = message_kind(&m.type_);
            if !args.kinds.is_empty() && !args.kinds.contains(&kind) {
                return Ok(None);
            }
            if !passes_from(opts, m.from.as_ref()) {
                return Ok(None);
            }
            let mut body = m
                .bodies
                .get("")
                .or_else(|| m.bodies.values().next())
                .cloned();
            let mut omemo_info = None;
            match (&opts.omemo, omemo::stanza::find(&m)) {
                (Some(account), Some(element)) => {
                    let from = m
                        .from
                        .as_ref()
                        .map(|f| f.to_bare())
                        .unwrap_or_else(|| opts.own.clone());
                    match omemo::receive(account, &from, element).await? {
                        // Session upkeep, not a message.
                        None => return Ok(None),
                        Some(r) => {
                            body = r.body.clone();
                            if r.republish {
                                opts.republish.set(true);
                            }
                            omemo_info = Some(r);
                        }
                    }
                }
                // Not decrypting: the fallback text is not the message.
                (None, Some(element)) => {
                    let device = element.as_ref().map(|e| e.header.sid).unwrap_or(0);
                    body = None;
                    omemo_info = Some(omemo::Received::failed(
                        device,
                        "encrypted with OMEMO: listen --omemo decrypts it".into(),
                    ));
                }
                (_, None) => {}
            }
            if body.is_none() && !args.all && omemo_info.is_none() {
                return Ok(None);
            }
            Some(message_event(m, &opts.own, body, carbon, omemo_info))
        }
        Stanza::Presence(p)
            if (args.presence || args.all)
                && !(p.from.is_some() && *opts.me.borrow() == p.from) =>
        {
            if !passes_from(opts, p.from.as_ref()) {
                return Ok(None);
            }
            let type_ = match p.type_ {
                PresenceType::None => "available",
                PresenceType::Unavailable => "unavailable",
                PresenceType::Subscribe => "subscribe",
                PresenceType::Subscribed => "subscribed",
                PresenceType::Unsubscribe => "unsubscribe",
                PresenceType::Unsubscribed => "unsubscribed",
                PresenceType::Probe => "probe",
                PresenceType::Error => "error",
            };
            let show = p.show.as_ref().map(|s| match s {
                Show::Chat => "chat",
                Show::Away => "away",
                Show::Xa => "xa",
                Show::Dnd => "dnd",
            });
            Some(Event::Presence {
                kind: "presence",
                from: p.from.as_ref().map(|j| j.to_string()),
                type_,
                show,
                status: p.statuses.values().next().cloned(),
                priority: p.priority.0,
            })
        }
        Stanza::Iq(iq) if args.iq || args.all => {
            let (from, type_, id, payload) = match iq {
                Iq::Get {
                    from, id, payload, ..
                } => (from, "get", id, payload),
                Iq::Set {
                    from, id, payload, ..
                } => (from, "set", id, payload),
                _ => return Ok(None), // answers to our own requests
            };
            if !passes_from(opts, from.as_ref()) {
                return Ok(None);
            }
            Some(Event::Iq {
                kind: "iq",
                from: from.map(|j| j.to_string()),
                type_,
                id,
                payload: String::from(&payload),
            })
        }
        _ => None,
    })
}

/// The event of a message whose body (or its absence) and OMEMO outcome
/// are decided: its time is its delay stamp, else now.
pub(crate) fn message_event(
    m: Message,
    own: &BareJid,
    body: Option<String>,
    carbon: Option<&'static str>,
    omemo_info: Option<omemo::Received>,
) -> Event {
    let (type_, _) = message_kind(&m.type_);
    let archive_id = crate::commands::archive::archive_id(&m, own);
    let delay = m
        .payloads
        .iter()
        .filter(|p| p.is("delay", ns::DELAY))
        .find_map(|p| Delay::try_from(p.clone()).ok());
    let timestamp = delay
        .as_ref()
        .map(|d| {
            d.stamp
                .0
                .with_timezone(&Utc)
                .to_rfc3339_opts(SecondsFormat::AutoSi, true)
        })
        .unwrap_or_else(now);
    let nick = (m.type_ == MessageType::Groupchat)
        .then(|| {
            m.from
                .as_ref()
                .and_then(|f| f.resource().map(|r| r.to_string()))
        })
        .flatten();
    Event::Message {
        kind: "message",
        from: m.from.as_ref().map(|j| j.to_string()),
        to: m.to.as_ref().map(|j| j.to_string()),
        type_,
        id: m.id.map(|i| i.0),
        body,
        subject: m
            .subjects
            .get("")
            .or_else(|| m.subjects.values().next())
            .cloned(),
        thread: m.thread.map(|t| t.id),
        timestamp,
        delayed: delay.is_some(),
        nick,
        carbon,
        encryption: omemo_info.as_ref().map(|_| "omemo"),
        omemo: omemo_info.map(|r| {
            Box::new(OmemoFields {
                sender_device: r.device,
                fingerprint: r.fingerprint,
                trust: r.trust,
                trusted: r.trusted,
                error: r.error,
            })
        }),
        archive_id,
    }
}

/// XEP-0280: a carbon copy carries the real message inside. Only our own
/// account sends carbons (§11): a "carbon" from anyone else is a forgery
/// that would show their words as someone else's, and is dropped (`None`).
fn unwrap_carbon(m: Message, own: &BareJid) -> Option<(Message, Option<&'static str>)> {
    let carbon = m
        .payloads
        .iter()
        .any(|p| p.is("received", ns::CARBONS) || p.is("sent", ns::CARBONS));
    if !carbon {
        return Some((m, None));
    }
    let genuine = m.from.as_ref().is_none_or(|f| f.to_bare() == *own);
    if !genuine {
        log::info!(
            "dropped a forged carbon from {} (carbons come only from {own})",
            m.from.as_ref().map(|f| f.to_string()).unwrap_or_default()
        );
        return None;
    }
    Some(unwrap_genuine(m))
}

fn unwrap_genuine(m: Message) -> (Message, Option<&'static str>) {
    for p in &m.payloads {
        if p.is("received", ns::CARBONS) {
            if let Ok(r) = carbons::Received::try_from(p.clone()) {
                return (
                    with_delay(r.forwarded.message, r.forwarded.delay),
                    Some("received"),
                );
            }
        } else if p.is("sent", ns::CARBONS) {
            if let Ok(s) = carbons::Sent::try_from(p.clone()) {
                return (
                    with_delay(s.forwarded.message, s.forwarded.delay),
                    Some("sent"),
                );
            }
        }
    }
    (m, None)
}

fn with_delay(mut m: Message, delay: Option<Delay>) -> Message {
    if let Some(d) = delay {
        m.payloads.push(d.into());
    }
    m
}

/// `TIMESTAMP FROM: BODY`, continuation lines indented by four spaces.
pub(crate) fn human(event: &Event) -> String {
    match event {
        Event::Message {
            from,
            body,
            subject,
            timestamp,
            carbon,
            to,
            omemo,
            ..
        } => {
            let error = omemo.as_ref().and_then(|o| o.error.as_deref());
            let trust = omemo.as_ref().and_then(|o| o.trust);
            let who = match carbon {
                Some("sent") => format!("(sent to {})", to.as_deref().unwrap_or("?")),
                _ => from.clone().unwrap_or_else(|| "(server)".into()),
            };
            let text = match (body, subject) {
                _ if error.is_some() => format!(
                    "[OMEMO message not decrypted: {}]",
                    error.unwrap_or_default()
                ),
                (Some(b), _) if trust == Some("distrusted") || trust == Some("undecided") => {
                    format!("[OMEMO, {} key] {b}", trust.unwrap_or_default())
                }
                (Some(b), _) => b.clone(),
                (None, Some(s)) => format!("[subject] {s}"),
                (None, None) => "(no body)".to_string(),
            };
            format!(
                "{timestamp} {}: {}",
                terminal_safe(&who, " "),
                terminal_safe(&text, "\n    ")
            )
        }
        Event::Presence {
            from,
            type_,
            show,
            status,
            ..
        } => {
            let mut s = format!(
                "{} {} presence {type_}",
                now(),
                terminal_safe(from.as_deref().unwrap_or("(server)"), " ")
            );
            if let Some(show) = show {
                s.push_str(&format!(" {show}"));
            }
            if let Some(status) = status {
                s.push_str(&format!(" ({})", terminal_safe(status, " ")));
            }
            s
        }
        Event::Iq {
            from,
            type_,
            payload,
            ..
        } => {
            format!(
                "{} {} iq {type_} {}",
                now(),
                terminal_safe(from.as_deref().unwrap_or("(server)"), " "),
                terminal_safe(payload, " ")
            )
        }
    }
}
