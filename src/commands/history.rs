//! `xmpp history`: the message archive (XEP-0313) paged through with
//! XEP-0059 and printed as it arrives, oldest first, in `listen`'s event
//! shape; `history prefs`.
//!
//! One page is in memory at a time (the server's page size, which it
//! clamps to its own maximum). The results of a page arrive as messages
//! before the answer to the query; each is checked to come from the
//! archive asked (the account, or the room) and to carry our query id,
//! so that nobody else's message passes for an archived one. Archived
//! results are handled (acknowledged) once printed and flushed; anything
//! else that arrives meanwhile is left to the server.

use anyhow::Result;
use chrono::Utc;
use jid::{BareJid, Jid};
use serde::Serialize;
use xmpp_parsers::data_forms::{DataForm, DataFormType, Field};
use xmpp_parsers::disco::{DiscoInfoQuery, DiscoInfoResult};
use xmpp_parsers::iq::Iq;
use xmpp_parsers::mam::{self, QueryId};
use xmpp_parsers::mam_prefs::{DefaultPrefs, Prefs};
use xmpp_parsers::message::Message;
use xmpp_parsers::ns;
use xmpp_parsers::rsm::SetQuery;
use xmpp_parsers::stanza::Stanza;
use xmpp_parsers::stanza_error::DefinedCondition;

use crate::cli::{ArchiveDefault, GlobalArgs, HistoryArgs, HistoryCommand, HistoryPrefsArgs};
use crate::commands::listen::event::{human, message_event, Event};
use crate::commands::omemo;
use crate::connection::{condition_name, describe_stanza_error, Incoming, Session, Ticket};
use crate::error::{bail, fail, Kind};
use crate::ids::new_id;
use crate::jidtools;
use crate::output::{self, Output};
use crate::timespec;

/// The page we ask for; servers clamp it to their own maximum (Prosody
/// 50 by default, ejabberd 250).
const PAGE: u64 = 250;

/// What to ask the archive.
struct Plan {
    /// The archive: the account's (None) or a room's.
    room: Option<BareJid>,
    with: Option<Jid>,
    since: Option<String>,
    until: Option<String>,
    after: Option<String>,
    before: Option<String>,
    limit: Option<u64>,
}

pub async fn run(args: &HistoryArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    if let Some(HistoryCommand::Prefs(p)) = &args.command {
        return prefs(p, global, out).await;
    }
    let plan = plan(args)?;
    let mut session = super::connect(global).await?;
    let result = export(&mut session, &plan, out).await;
    session.close().await?;
    result
}

/// Everything checked before connecting.
fn plan(args: &HistoryArgs) -> Result<Plan> {
    let now = chrono::DateTime::<Utc>::from(std::time::SystemTime::now());
    let time = |value: &Option<String>, flag: &str| -> Result<Option<String>> {
        value
            .as_deref()
            .map(|v| {
                timespec::parse(v, now).map(timespec::xep0082).map_err(|e| {
                    fail(
                        Kind::Usage,
                        format!("{flag} {}: {e}", crate::error::quoted(v)),
                    )
                })
            })
            .transpose()
    };
    let with = args.with.as_deref().or(args.contact.as_deref());
    let plan = Plan {
        room: args
            .muc
            .as_deref()
            .map(|r| jidtools::jid_arg(r, "--muc").map(|j| j.to_bare()))
            .transpose()?,
        with: with.map(|w| jidtools::jid_arg(w, "--with")).transpose()?,
        since: time(&args.since, "--since")?,
        until: time(&args.until, "--until")?,
        after: archive_id(args.after.as_deref(), "--after")?,
        before: archive_id(args.before.as_deref(), "--before")?,
        limit: args.limit,
    };
    if let (Some(s), Some(u)) = (&plan.since, &plan.until) {
        if s > u {
            return bail(
                Kind::Usage,
                format!("--since {s} is after --until {u}: nothing can match"),
            );
        }
    }
    Ok(plan)
}

fn archive_id(id: Option<&str>, flag: &str) -> Result<Option<String>> {
    let Some(id) = id else { return Ok(None) };
    if id.is_empty() || id.len() > 1024 || id.chars().any(char::is_control) {
        return bail(
            Kind::Usage,
            format!(
                "{flag} {}: not an archive id (the \"last\" of an end line)",
                crate::error::quoted(id)
            ),
        );
    }
    Ok(Some(id.to_string()))
}

/// The archive's address, and what it offers.
struct Archive {
    at: Jid,
    extended: bool,
}

async fn archive(session: &mut Session, plan: &Plan) -> Result<Archive> {
    let at = match &plan.room {
        Some(r) => Jid::from(r.clone()),
        None => Jid::from(session.jid.to_bare()),
    };
    let query = Iq::from_get(new_id(), DiscoInfoQuery { node: None }).with_to(at.clone());
    let (answer, others) = session.iq(query).await?;
    session.requeue(others);
    let info = match answer {
        Iq::Result {
            payload: Some(p), ..
        } => DiscoInfoResult::try_from(p).ok(),
        Iq::Error { error, .. } => {
            let what = match &plan.room {
                Some(r) => format!("room {r}"),
                None => "your account".into(),
            };
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
        let message = match &plan.room {
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
        extended: has("urn:xmpp:mam:2#extended"),
    })
}

/// The query for one page after `cursor`.
fn query(plan: &Plan, archive: &Archive, queryid: &str, cursor: Option<&str>, max: u64) -> Iq {
    let mut fields = Vec::new();
    if let Some(w) = &plan.with {
        fields.push(Field::text_single("with", &w.to_string()));
    }
    if let Some(s) = &plan.since {
        fields.push(Field::text_single("start", s));
    }
    if let Some(u) = &plan.until {
        fields.push(Field::text_single("end", u));
    }
    if let Some(b) = &plan.before {
        fields.push(Field::text_single("before-id", b));
    }
    let q = mam::Query {
        queryid: Some(QueryId(queryid.to_string())),
        node: None,
        form: Some(DataForm::new(DataFormType::Submit, ns::MAM, fields)),
        set: Some(SetQuery {
            max: Some(max as usize),
            after: cursor.map(str::to_string),
            before: None,
            index: None,
        }),
        flip_page: false,
    };
    let iq = Iq::from_set(new_id(), q);
    match &plan.room {
        Some(_) => iq.with_to(archive.at.clone()),
        None => iq,
    }
}

/// One line of the export: `listen`'s message event and where the
/// archive keeps it.
#[derive(Serialize)]
struct Archived<'a> {
    #[serde(flatten)]
    event: &'a Event,
    archive_id: &'a str,
    archived_at: Option<String>,
    direction: &'static str,
}

/// The last line.
#[derive(Serialize)]
struct End<'a> {
    kind: &'static str,
    last: Option<&'a str>,
    complete: bool,
    count: u64,
}

async fn export(session: &mut Session, plan: &Plan, out: &mut Output) -> Result<()> {
    let archive = archive(session, plan).await?;
    if plan.before.is_some() && !archive.extended {
        return bail(
            Kind::Remote,
            format!(
                "--before needs the archive to take ids in its query (urn:xmpp:mam:2#extended), \
                 which {} does not offer; use --until TIME instead",
                archive.at
            ),
        );
    }
    let own = session.jid.to_bare();
    let mut cursor = plan.after.clone();
    let mut count: u64 = 0;
    let complete = loop {
        let max = plan.limit.map_or(PAGE, |l| (l - count).min(PAGE));
        let queryid = new_id();
        let iq = query(plan, &archive, &queryid, cursor.as_deref(), max);
        let (answer, others) = session.iq(iq).await?;
        let mut page = Vec::new();
        let mut not_ours = Vec::new();
        for incoming in others {
            match result_of(&incoming, &archive, &queryid) {
                Some(r) => page.push((r, incoming.ticket())),
                None => not_ours.push(incoming),
            }
        }
        session.requeue(not_ours);
        let fin = fin(answer, plan, &archive)?;
        let mut tickets: Vec<Ticket> = Vec::new();
        let mut cut = false;
        for (result, ticket) in page {
            if plan.limit.is_some_and(|l| count >= l) {
                // More than we asked for: the rest stays unread.
                cut = true;
                break;
            }
            cursor = Some(result.id.clone());
            if let Some(line) = line(result, &own, plan.room.is_some()) {
                print(out, &line)?;
                count += 1;
            }
            tickets.extend(ticket);
        }
        out.flush()?;
        for t in tickets {
            session.handled(t);
        }
        let last = fin.set.last.clone();
        if cut {
            break false;
        }
        if fin.complete || last.is_none() {
            break true;
        }
        // The page's last id moves the cursor even when its results did
        // not reach us (none with a body): the server said where it is.
        cursor = last.or(cursor);
        if plan.limit.is_some_and(|l| count >= l) {
            break false;
        }
    };
    let end = End {
        kind: "end",
        last: cursor.as_deref(),
        complete,
        count,
    };
    if out.is_json() {
        out.json_line(&end)?;
        out.flush()?;
    } else {
        output::note(&format!(
            "{count} message{} from the archive{}",
            if count == 1 { "" } else { "s" },
            if complete { "; that is all" } else { "" }
        ));
    }
    if complete {
        return Ok(());
    }
    bail(
        Kind::Negative,
        format!(
            "stopped by --limit with more left: continue with --after {}",
            cursor.as_deref().unwrap_or("")
        ),
    )
}

/// A page's end: the answer to the query, or the failure it names.
fn fin(answer: Iq, plan: &Plan, archive: &Archive) -> Result<mam::Fin> {
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
            let id = plan
                .after
                .as_deref()
                .or(plan.before.as_deref())
                .unwrap_or("");
            bail(
                Kind::Remote,
                format!(
                    "{} no longer has the archive id {} (item-not-found): start again without \
                     --after/--before, or with --since",
                    archive.at,
                    crate::error::quoted(id)
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

/// The archived result in `incoming`, if it is one of ours: from the
/// archive asked (the account's results come from its bare JID or without
/// `from`) and with our query id.
fn result_of(incoming: &Incoming, archive: &Archive, queryid: &str) -> Option<mam::Result_> {
    let Incoming::Stanza(st, _) = incoming else {
        return None;
    };
    let Stanza::Message(m) = st.as_ref() else {
        return None;
    };
    let from_archive = match &m.from {
        None => archive.at.node().is_some() && archive.at.resource().is_none(),
        Some(f) => *f == archive.at,
    };
    if !from_archive {
        return None;
    }
    let el = m.payloads.iter().find(|p| p.is("result", ns::MAM))?;
    let r = mam::Result_::try_from(el.clone()).ok()?;
    (r.queryid.as_ref().map(|q| q.0.as_str()) == Some(queryid)).then_some(r)
}

/// The line for one archived message, `None` for one without a body, a
/// subject or OMEMO (chat states and receipts that a server archived).
fn line(
    result: mam::Result_,
    own: &BareJid,
    in_room: bool,
) -> Option<(Event, String, Option<String>, &'static str)> {
    let mut m: Message = result.forwarded.message;
    let archived_at = result.forwarded.delay.as_ref().map(|d| {
        d.stamp
            .0
            .with_timezone(&Utc)
            .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
    });
    if let Some(d) = result.forwarded.delay {
        // The archive's time is the message's time.
        m.payloads.retain(|p| !p.is("delay", ns::DELAY));
        m.payloads.push(d.into());
    }
    let out = !in_room && m.from.as_ref().is_some_and(|f| f.to_bare() == *own);
    let (body, omemo_info) = match omemo::stanza::find(&m) {
        Some(element) => {
            let device = element.as_ref().map(|e| e.header.sid).unwrap_or(0);
            (
                None,
                Some(omemo::Received::failed(
                    device,
                    "encrypted with OMEMO: history does not decrypt".into(),
                )),
            )
        }
        None => (
            m.bodies
                .get("")
                .or_else(|| m.bodies.values().next())
                .cloned(),
            None,
        ),
    };
    if body.is_none() && omemo_info.is_none() && m.subjects.is_empty() {
        return None;
    }
    let event = message_event(m, body, None, omemo_info);
    Some((
        event,
        result.id,
        archived_at,
        if out { "out" } else { "in" },
    ))
}

fn print(out: &mut Output, line: &(Event, String, Option<String>, &'static str)) -> Result<()> {
    let (event, id, archived_at, direction) = line;
    if out.is_json() {
        out.json_line(&Archived {
            event,
            archive_id: id,
            archived_at: archived_at.clone(),
            direction,
        })?;
    } else {
        out.line(&human(event))?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// xmpp history prefs

#[derive(Serialize)]
struct PrefsView {
    default: &'static str,
    always: Vec<String>,
    never: Vec<String>,
}

async fn prefs(args: &HistoryPrefsArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let mut session = super::connect(global).await?;
    let result = prefs_on(&mut session, args, out).await;
    session.close().await?;
    result
}

async fn prefs_on(session: &mut Session, args: &HistoryPrefsArgs, out: &mut Output) -> Result<()> {
    // A get, then (to change the default) a set that keeps the lists.
    let get = Iq::from_get(
        new_id(),
        Prefs {
            default_: DefaultPrefs::Always,
            always: vec![],
            never: vec![],
        },
    );
    let Some(mut current) = prefs_answer(session, get).await? else {
        return bail(
            Kind::Remote,
            "the server answered the archiving preferences with nothing",
        );
    };
    if let Some(d) = args.default {
        current.default_ = match d {
            ArchiveDefault::Always => DefaultPrefs::Always,
            ArchiveDefault::Never => DefaultPrefs::Never,
            ArchiveDefault::Roster => DefaultPrefs::Roster,
        };
        let set = Iq::from_set(new_id(), current.clone());
        // XEP-0313 has the server answer with what it set; an empty
        // answer is taken as "set as asked".
        current = prefs_answer(session, set).await?.unwrap_or(current);
    }
    let view = PrefsView {
        default: match current.default_ {
            DefaultPrefs::Always => "always",
            DefaultPrefs::Never => "never",
            DefaultPrefs::Roster => "roster",
        },
        always: current.always.iter().map(|j| j.to_string()).collect(),
        never: current.never.iter().map(|j| j.to_string()).collect(),
    };
    if out.is_json() {
        out.json_line(&view)?;
    } else {
        out.line(&format!("default: {}", view.default))?;
        for (what, list) in [("always", &view.always), ("never", &view.never)] {
            for j in list {
                out.line(&format!("{what}: {}", output::terminal_safe(j, " ")))?;
            }
        }
    }
    Ok(())
}

async fn prefs_answer(session: &mut Session, iq: Iq) -> Result<Option<Prefs>> {
    let (answer, others) = session.iq(iq).await?;
    session.requeue(others);
    match answer {
        Iq::Result {
            payload: Some(p), ..
        } => Prefs::try_from(p).map(Some).map_err(|e| {
            fail(
                Kind::Remote,
                format!("the archiving preferences do not parse: {e}"),
            )
        }),
        Iq::Result { payload: None, .. } => Ok(None),
        Iq::Error { error, .. }
            if error.defined_condition == DefinedCondition::ServiceUnavailable
                || error.defined_condition == DefinedCondition::FeatureNotImplemented =>
        {
            bail(
                Kind::Remote,
                format!(
                    "your server keeps no message archive (XEP-0313 preferences: {})",
                    condition_name(&error.defined_condition)
                ),
            )
        }
        Iq::Error { error, .. } => bail(
            Kind::Remote,
            format!("archiving preferences: {}", describe_stanza_error(&error)),
        ),
        _ => bail(
            Kind::Remote,
            "an unexpected answer to the archiving preferences",
        ),
    }
}
