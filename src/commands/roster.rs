//! `xmpp roster`: list, add, set, remove, export, import (RFC 6121 roster
//! management). Every change waits for the server's answer.

use std::collections::BTreeMap;

use anyhow::Result;
use jid::BareJid;
use serde::{Deserialize, Serialize};
use xmpp_parsers::iq::Iq;
use xmpp_parsers::roster::{Ask, Group, Item, Roster, Subscription};

use crate::cli::{GlobalArgs, RosterCommand, RosterImportArgs, RosterItemArgs, RosterSetArgs};
use crate::connection::{self, Session};
use crate::error::{bail, fail, Kind};
use crate::ids::new_id;
use crate::jidtools;
use crate::output::{self, Output};

/// One roster item as scripts see it (list, export, import).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemView {
    pub jid: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default = "default_subscription")]
    pub subscription: String,
    #[serde(default)]
    pub ask: Option<String>,
    #[serde(default)]
    pub groups: Vec<String>,
}

fn default_subscription() -> String {
    "none".to_string()
}

fn subscription_name(s: &Subscription) -> &'static str {
    match s {
        Subscription::None => "none",
        Subscription::From => "from",
        Subscription::To => "to",
        Subscription::Both => "both",
        Subscription::Remove => "remove",
    }
}

impl From<&Item> for ItemView {
    fn from(item: &Item) -> Self {
        let mut groups: Vec<String> = item.groups.iter().map(|g| g.0.clone()).collect();
        groups.sort();
        ItemView {
            jid: item.jid.to_string(),
            name: item.name.clone(),
            subscription: subscription_name(&item.subscription).to_string(),
            ask: matches!(item.ask, Ask::Subscribe).then(|| "subscribe".to_string()),
            groups,
        }
    }
}

fn contact(arg: &str) -> Result<BareJid> {
    let jid = jidtools::jid_arg(arg, "JID")?;
    if jid.resource().is_some() {
        return bail(
            Kind::Usage,
            format!(
                "{} has a resource: roster items are bare JIDs",
                crate::error::quoted(arg)
            ),
        );
    }
    Ok(jid.to_bare())
}

fn roster_set(jid: BareJid, name: Option<String>, groups: Vec<String>, remove: bool) -> Iq {
    let item = Item {
        jid,
        name,
        subscription: if remove {
            Subscription::Remove
        } else {
            Subscription::None
        },
        ask: Ask::None,
        groups: groups.into_iter().map(Group).collect(),
        approved: None,
    };
    Iq::from_set(
        new_id(),
        Roster {
            ver: None,
            items: vec![item],
        },
    )
}

/// The whole roster; a refusal is exit 7.
pub async fn fetch(session: &mut Session) -> Result<Vec<Item>> {
    let (answer, _) = session
        .iq(Iq::from_get(
            new_id(),
            Roster {
                ver: None,
                items: vec![],
            },
        ))
        .await?;
    match answer {
        Iq::Result {
            payload: Some(el), ..
        } => Ok(Roster::try_from(el)
            .map_err(|e| fail(Kind::Remote, format!("the roster does not parse: {e}")))?
            .items),
        Iq::Result { payload: None, .. } => Ok(Vec::new()),
        Iq::Error { error, .. } => bail(
            Kind::Remote,
            format!(
                "the server refused the roster: {}",
                connection::describe_stanza_error(&error)
            ),
        ),
        _ => bail(Kind::Remote, "unexpected answer to the roster request"),
    }
}

/// The error of a roster set, if it got one.
fn check(answer: &Iq, jid: &str) -> Result<()> {
    match answer {
        Iq::Error { error, .. } => bail(
            Kind::Remote,
            format!(
                "roster change for {jid} refused: {}",
                connection::describe_stanza_error(error)
            ),
        ),
        _ => Ok(()),
    }
}

/// What to do, with every argument and file checked before connecting.
enum Plan<'a> {
    List { export: bool },
    Add(BareJid, &'a RosterItemArgs),
    Set(BareJid, &'a RosterSetArgs),
    Remove(BareJid),
    Import(Vec<(BareJid, ItemView)>, &'a RosterImportArgs),
}

pub async fn run(cmd: Option<&RosterCommand>, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let plan = match cmd {
        None | Some(RosterCommand::List) => Plan::List { export: false },
        Some(RosterCommand::Export) => Plan::List { export: true },
        Some(RosterCommand::Add(a)) => Plan::Add(contact(&a.contact)?, a),
        Some(RosterCommand::Set(a)) => Plan::Set(contact(&a.item.contact)?, a),
        Some(RosterCommand::Remove(a)) => Plan::Remove(contact(&a.contact)?),
        Some(RosterCommand::Import(a)) => Plan::Import(read_import(a).await?, a),
    };
    let mut session = super::connect(global).await?;
    let result = match plan {
        Plan::List { export } => list(&mut session, out, export).await,
        Plan::Add(jid, a) => add(&mut session, jid, a).await,
        Plan::Set(jid, a) => set(&mut session, jid, a).await,
        Plan::Remove(jid) => {
            let (answer, _) = session
                .iq(roster_set(jid.clone(), None, vec![], true))
                .await?;
            check(&answer, jid.as_str())
        }
        Plan::Import(wanted, a) => apply_import(&mut session, wanted, a, out).await,
    };
    session.close().await?;
    result
}

async fn list(session: &mut Session, out: &mut Output, always_json: bool) -> Result<()> {
    let mut items: Vec<ItemView> = fetch(session).await?.iter().map(ItemView::from).collect();
    items.sort_by(|a, b| a.jid.cmp(&b.jid));
    if always_json || out.is_json() {
        out.json_line(&items)?;
        return Ok(());
    }
    let rows: Vec<[String; 5]> = items
        .iter()
        .map(|i| {
            [
                i.jid.clone(),
                i.name.clone().unwrap_or_default(),
                i.subscription.clone(),
                i.ask.clone().unwrap_or_default(),
                i.groups.join(","),
            ]
        })
        .collect();
    table(out, ["JID", "NAME", "SUBSCRIPTION", "ASK", "GROUPS"], &rows)
}

/// An aligned table with a header, columns separated by two spaces.
pub fn table<const N: usize>(
    out: &mut Output,
    header: [&str; N],
    rows: &[[String; N]],
) -> Result<()> {
    let mut widths = header.map(|h| h.chars().count());
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let mut s = String::new();
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            if i + 1 == N {
                s.push_str(cell);
            } else {
                s.push_str(&format!("{cell:<w$}  "));
            }
        }
        s.trim_end().to_string()
    };
    out.line(&line(header.to_vec()))?;
    for row in rows {
        out.line(&line(row.iter().map(String::as_str).collect()))?;
    }
    Ok(())
}

async fn add(session: &mut Session, jid: BareJid, a: &RosterItemArgs) -> Result<()> {
    let (answer, _) = session
        .iq(roster_set(
            jid.clone(),
            a.name.clone(),
            a.groups.clone(),
            false,
        ))
        .await?;
    check(&answer, jid.as_str())
}

async fn set(session: &mut Session, jid: BareJid, a: &RosterSetArgs) -> Result<()> {
    let items = fetch(session).await?;
    let Some(current) = items.iter().find(|i| i.jid == jid) else {
        return bail(
            Kind::Remote,
            format!("{jid} is not in the roster (item-not-found): use `roster add`"),
        );
    };
    let name = if a.no_name {
        None
    } else {
        a.item.name.clone().or_else(|| current.name.clone())
    };
    let groups = if a.no_groups {
        Vec::new()
    } else if a.item.groups.is_empty() {
        current.groups.iter().map(|g| g.0.clone()).collect()
    } else {
        a.item.groups.clone()
    };
    let (answer, _) = session
        .iq(roster_set(jid.clone(), name, groups, false))
        .await?;
    check(&answer, jid.as_str())
}

/// Read and check the import file before connecting.
async fn read_import(a: &RosterImportArgs) -> Result<Vec<(BareJid, ItemView)>> {
    let bytes = if a.file == "-" {
        super::read_stdin().await?
    } else {
        crate::files::read_bounded(std::path::Path::new(&a.file), crate::files::ROSTER_MAX)
            .map_err(|e| fail(Kind::Usage, format!("cannot read {}: {e}", a.file)))?
    };
    parse_import(&bytes, &a.file)
}

/// Check an import file's bytes (`name` for messages): UTF-8, a JSON
/// array of contacts, valid and distinct JIDs.
pub(crate) fn parse_import(bytes: &[u8], name: &str) -> Result<Vec<(BareJid, ItemView)>> {
    let text = crate::error::utf8(bytes, if name == "-" { "stdin" } else { name })?;
    let items: Vec<ItemView> = serde_json::from_str(text).map_err(|e| {
        fail(
            Kind::Usage,
            format!("{name} is not a roster export (JSON array): {e}"),
        )
    })?;
    let mut seen = BTreeMap::new();
    let mut out = Vec::new();
    for (n, item) in items.into_iter().enumerate() {
        let jid = contact(&item.jid)
            .map_err(|e| fail(Kind::Usage, format!("{name} item {}: {e:#}", n + 1)))?;
        if seen.insert(jid.clone(), n).is_some() {
            return bail(
                Kind::Usage,
                format!("{name} item {}: {jid} appears twice", n + 1),
            );
        }
        // Names and groups go into the stanza: what XML cannot carry is
        // refused here, not by the server after the connection.
        let at = format!("{name} item {}:", n + 1);
        if let Some(item_name) = &item.name {
            crate::xml::check_text(&format!("{at} the name"), item_name)?;
        }
        for g in &item.groups {
            crate::xml::check_text(&format!("{at} a group"), g)?;
        }
        out.push((jid, item));
    }
    Ok(out)
}

#[derive(Serialize)]
struct PlanLine<'a> {
    action: &'a str,
    jid: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

async fn apply_import(
    session: &mut Session,
    wanted: Vec<(BareJid, ItemView)>,
    a: &RosterImportArgs,
    out: &mut Output,
) -> Result<()> {
    let current: BTreeMap<BareJid, ItemView> = fetch(session)
        .await?
        .iter()
        .map(|i| (i.jid.clone(), ItemView::from(i)))
        .collect();
    let mut plan: Vec<(&str, BareJid, Iq)> = Vec::new();
    let mut wanted_set = std::collections::BTreeSet::new();
    for (jid, item) in &wanted {
        wanted_set.insert(jid.clone());
        let mut groups = item.groups.clone();
        groups.sort();
        groups.dedup();
        let action = match current.get(jid) {
            None => "add",
            Some(cur) if cur.name != item.name || cur.groups != groups => "update",
            Some(_) => continue,
        };
        plan.push((
            action,
            jid.clone(),
            roster_set(jid.clone(), item.name.clone(), groups, false),
        ));
    }
    if a.prune {
        for jid in current.keys().filter(|j| !wanted_set.contains(*j)) {
            plan.push((
                "remove",
                jid.clone(),
                roster_set(jid.clone(), None, vec![], true),
            ));
        }
    }
    if a.dry_run {
        for (action, jid, _) in &plan {
            if out.is_json() {
                out.json_line(&PlanLine {
                    action,
                    jid: jid.to_string(),
                    status: None,
                    error: None,
                })?;
            } else {
                out.line(&format!("{action} {jid}"))?;
            }
        }
        output::note(&format!(
            "dry run: {} changes planned, none made",
            plan.len()
        ));
        return Ok(());
    }
    let (actions, iqs): (Vec<(&str, BareJid)>, Vec<Iq>) =
        plan.into_iter().map(|(a, j, iq)| ((a, j), iq)).unzip();
    let (answers, _) = session.iqs(iqs).await?;
    let mut failed = 0;
    let mut counts = BTreeMap::new();
    for ((action, jid), answer) in actions.iter().zip(&answers) {
        let error = match answer {
            Iq::Error { error, .. } => Some(connection::describe_stanza_error(error)),
            _ => None,
        };
        if error.is_some() {
            failed += 1;
        } else {
            *counts.entry(*action).or_insert(0) += 1;
        }
        if out.is_json() {
            out.json_line(&PlanLine {
                action,
                jid: jid.to_string(),
                status: Some(if error.is_some() { "error" } else { "done" }),
                error: error.clone(),
            })?;
        } else if let Some(e) = &error {
            output::note(&format!("{action} {jid} failed: {e}"));
        }
    }
    output::note(&format!(
        "added {}, updated {}, removed {}, failed {failed}",
        counts.get("add").unwrap_or(&0),
        counts.get("update").unwrap_or(&0),
        counts.get("remove").unwrap_or(&0)
    ));
    if failed > 0 {
        return bail(
            Kind::Remote,
            format!("{failed} of {} roster changes were refused", actions.len()),
        );
    }
    Ok(())
}
