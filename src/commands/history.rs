//! `xmpp history`: the message archive (`commands/archive`) printed as
//! it arrives, oldest first, in `listen`'s event shape; `history prefs`.
//!
//! One page is in memory at a time. Archived results are handled
//! (acknowledged) once printed and flushed; anything else that arrives
//! meanwhile is left to the server.

use anyhow::Result;
use chrono::Utc;
use jid::BareJid;
use serde::Serialize;
use xmpp_parsers::iq::Iq;
use xmpp_parsers::mam_prefs::{DefaultPrefs, Prefs};
use xmpp_parsers::stanza_error::DefinedCondition;

use crate::cli::{ArchiveDefault, GlobalArgs, HistoryArgs, HistoryCommand, HistoryPrefsArgs};
use crate::commands::archive::{self, Archive, Filter, PAGE};
use crate::commands::listen::event::{human, message_event, Event};
use crate::commands::omemo;
use crate::connection::{condition_name, describe_stanza_error, Session, Ticket};
use crate::error::{bail, fail, Kind};
use crate::ids::new_id;
use crate::jidtools;
use crate::omemo::state as omemo_state;
use crate::output::{self, Output};
use crate::timespec;

/// What to ask the archive.
struct Plan {
    /// The archive: the account's (None) or a room's.
    room: Option<BareJid>,
    filter: Filter,
    after: Option<String>,
    limit: Option<u64>,
}

pub async fn run(args: &HistoryArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    if let Some(HistoryCommand::Prefs(p)) = &args.command {
        return prefs(p, global, out).await;
    }
    let plan = plan(args)?;
    let settings = super::settings(global)?;
    let mut state = match args.omemo {
        true => Some(omemo::snapshot(&omemo::Account::of(&settings)?).await?),
        false => None,
    };
    let mut session = crate::connection::connect(&settings).await?;
    let result = export(&mut session, &plan, state.as_mut(), out).await;
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
        filter: Filter {
            with: with.map(|w| jidtools::jid_arg(w, "--with")).transpose()?,
            start: time(&args.since, "--since")?,
            end: time(&args.until, "--until")?,
            before_id: archive_id(args.before.as_deref(), "--before")?,
        },
        after: archive_id(args.after.as_deref(), "--after")?,
        limit: args.limit,
    };
    if let (Some(s), Some(u)) = (&plan.filter.start, &plan.filter.end) {
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

/// One line of the export: `listen`'s message event and where the
/// archive keeps it.
#[derive(Serialize)]
struct Archived<'a> {
    /// With its "archive_id".
    #[serde(flatten)]
    event: &'a Event,
    archived_at: Option<&'a str>,
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

/// `omemo`: with `--omemo`, the copy of the account's OMEMO state (None
/// inside when the account has no device).
async fn export(
    session: &mut Session,
    plan: &Plan,
    mut omemo: Option<&mut Option<omemo_state::State>>,
    out: &mut Output,
) -> Result<()> {
    let archive = archive::open(session, plan.room.as_ref()).await?;
    if plan.filter.before_id.is_some() && !archive.extended {
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
        let page = archive::page(session, &archive, &plan.filter, cursor.as_deref(), max).await?;
        let mut tickets: Vec<Ticket> = Vec::new();
        let mut cut = false;
        for (result, ticket) in page.results {
            // Handled either way: printed, or (beyond --limit, when a
            // server sends more than asked) left in the archive.
            tickets.push(ticket);
            if plan.limit.is_some_and(|l| count >= l) {
                cut = true;
                continue;
            }
            cursor = Some(result.id.clone());
            let m = archive::unwrap(result, &archive);
            if let Some(line) = line(m, &own, &archive, omemo.as_deref_mut()) {
                print(out, &line)?;
                count += 1;
            }
        }
        out.flush()?;
        for t in tickets {
            session.handled(t);
        }
        if cut {
            break false;
        }
        if page.complete || page.last.is_none() {
            break true;
        }
        // The page's last id moves the cursor even when its results did
        // not reach us: the server said where it is.
        cursor = page.last.or(cursor);
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

/// The line for one archived message, `None` for one without a body, a
/// subject or OMEMO (chat states and receipts that a server archived).
fn line(
    m: xmpp_parsers::message::Message,
    own: &BareJid,
    archive: &Archive,
    omemo: Option<&mut Option<omemo_state::State>>,
) -> Option<Line> {
    let archived_at = m
        .payloads
        .iter()
        .find(|p| p.is("delay", xmpp_parsers::ns::DELAY))
        .and_then(|p| p.attr("stamp"))
        .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
        .map(|t| timespec::xep0082(t.with_timezone(&Utc)));
    let out = !archive.room && m.from.as_ref().is_some_and(|f| f.to_bare() == *own);
    let (body, omemo_info) = match omemo::stanza::find(&m) {
        Some(element) => {
            let device = element.as_ref().map(|e| e.header.sid).unwrap_or(0);
            let failed = |why: &str| Some(omemo::Received::failed(device, why.into()));
            let from = m
                .from
                .as_ref()
                .map(|f| f.to_bare())
                .unwrap_or_else(|| own.clone());
            match omemo {
                None => (
                    None,
                    failed("encrypted with OMEMO: history --omemo decrypts it"),
                ),
                Some(None) => (None, failed("this account has no OMEMO device")),
                Some(Some(state)) => match omemo::open(state, &from, element) {
                    // Session upkeep, not a message.
                    omemo::Opened::Ignored | omemo::Opened::Upkeep => return None,
                    omemo::Opened::Message(r) => (r.body.clone(), Some(r)),
                    omemo::Opened::Failed(r) => (None, Some(r)),
                },
            }
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
    Some(Line {
        event: message_event(m, own, body, None, omemo_info),
        archived_at,
        direction: if out { "out" } else { "in" },
    })
}

struct Line {
    event: Event,
    archived_at: Option<String>,
    direction: &'static str,
}

fn print(out: &mut Output, line: &Line) -> Result<()> {
    if out.is_json() {
        out.json_line(&Archived {
            event: &line.event,
            archived_at: line.archived_at.as_deref(),
            direction: line.direction,
        })?;
    } else {
        out.line(&human(&line.event))?;
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
