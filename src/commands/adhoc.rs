//! `xmpp adhoc` and the engine under `xmpp admin`: ad-hoc commands
//! (XEP-0050) with data forms (`forms`). `list` asks an entity for its
//! commands; `execute` drives one through its stages, filling each form
//! from the user's answers (`next` while the command offers it, then
//! `complete`), and cancels the session on the server whenever it does
//! not finish: an error, a form the answers cannot fill, an interrupt.
//! Reading a `<command/>` answer is pure and unit-tested.

use anyhow::Result;
use jid::Jid;
use minidom::Element;
use xmpp_parsers::data_forms::DataForm;
use xmpp_parsers::disco::{DiscoItemsQuery, DiscoItemsResult};
use xmpp_parsers::iq::Iq;

use super::forms::{self, Answers};
use crate::connection::{self, Session};
use crate::error::{bail, fail, Kind};
use crate::ids::new_id;
use crate::signals;

pub const NS: &str = "http://jabber.org/protocol/commands";

/// One command an entity offers.
#[derive(Debug, serde::Serialize)]
pub struct Listed {
    pub jid: String,
    pub node: String,
    pub name: Option<String>,
}

/// A note of a stage (info, warn, error).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Note {
    #[serde(rename = "type")]
    pub kind: String,
    pub text: String,
}

/// A command's answer at one stage.
#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    pub node: String,
    pub sessionid: Option<String>,
    /// executing, completed or canceled.
    pub status: String,
    /// The actions the command offers now (next, prev, complete).
    pub actions: Vec<String>,
    pub form: Option<DataForm>,
    pub notes: Vec<Note>,
}

/// Read a `<command/>` answer.
pub fn parse(el: &Element) -> Result<Stage> {
    if !el.is("command", NS) {
        return bail(Kind::Remote, "the answer holds no <command/>");
    }
    let mut actions = Vec::new();
    let mut form = None;
    let mut notes = Vec::new();
    for child in el.children() {
        if child.is("actions", NS) {
            actions.extend(child.children().map(|a| a.name().to_string()));
        } else if child.is("x", xmpp_parsers::ns::DATA_FORMS) {
            form = Some(DataForm::try_from(child.clone()).map_err(|e| {
                fail(
                    Kind::Remote,
                    format!("the command sent an invalid form: {e}"),
                )
            })?);
        } else if child.is("note", NS) {
            notes.push(Note {
                kind: child.attr("type").unwrap_or("info").to_string(),
                text: child.text(),
            });
        }
    }
    Ok(Stage {
        node: el.attr("node").unwrap_or_default().to_string(),
        sessionid: el.attr("sessionid").map(str::to_string),
        status: el.attr("status").unwrap_or("completed").to_string(),
        actions,
        form,
        notes,
    })
}

/// A `<command/>` request.
pub fn request(
    node: &str,
    sessionid: Option<&str>,
    action: &str,
    form: Option<DataForm>,
) -> Result<Element> {
    let mut b = Element::builder("command", NS)
        .attr(crate::xml::name("node")?, node)
        .attr(crate::xml::name("action")?, action);
    if let Some(s) = sessionid {
        b = b.attr(crate::xml::name("sessionid")?, s);
    }
    if let Some(f) = form {
        b = b.append(Element::from(f));
    }
    Ok(b.build())
}

/// The action that moves a stage on: `next` while the command offers
/// it, else `complete` (a command that lists no actions completes).
pub fn forward(stage: &Stage) -> &'static str {
    if stage.actions.iter().any(|a| a == "next") {
        "next"
    } else {
        "complete"
    }
}

/// The commands `to` offers (disco#items on the commands node).
pub async fn list(session: &mut Session, to: &Jid) -> Result<Vec<Listed>> {
    let q = Iq::from_get(
        new_id(),
        DiscoItemsQuery {
            node: Some(NS.to_string()),
            rsm: None,
        },
    )
    .with_to(to.clone());
    let (answer, others) = session.iq(q).await?;
    session.requeue(others);
    match answer {
        Iq::Result {
            payload: Some(el), ..
        } => {
            let items = DiscoItemsResult::try_from(el)
                .map_err(|e| fail(Kind::Remote, format!("{to} sent invalid disco#items: {e}")))?;
            Ok(items
                .items
                .into_iter()
                .map(|i| Listed {
                    jid: i.jid.to_string(),
                    node: i.node.unwrap_or_default(),
                    name: i.name,
                })
                .collect())
        }
        Iq::Error { error, .. } => bail(
            Kind::Remote,
            format!(
                "{to} does not list its commands: {}",
                connection::describe_stanza_error(&error)
            ),
        ),
        _ => Ok(Vec::new()),
    }
}

/// Why a command could not be run: the node, and what the server said.
fn refused(to: &Jid, node: &str, error: &xmpp_parsers::stanza_error::StanzaError) -> anyhow::Error {
    let cond = connection::condition_name(&error.defined_condition);
    let hint = match cond.as_str() {
        "forbidden" | "not-authorized" => ": the account is not an admin of this server",
        "item-not-found" | "feature-not-implemented" | "service-unavailable" => {
            ": this server does not offer that command (xmpp adhoc list shows what it has)"
        }
        _ => "",
    };
    fail(
        Kind::Remote,
        format!(
            "{to} refused command {node}: {}{hint}",
            connection::describe_stanza_error(error)
        ),
    )
}

/// One request of a command session; the stage it led to.
async fn step(
    session: &mut Session,
    to: &Jid,
    node: &str,
    sessionid: Option<&str>,
    action: &str,
    form: Option<DataForm>,
) -> Result<Stage> {
    let iq = super::iq_set(Some(to.clone()), request(node, sessionid, action, form)?);
    let (answer, others) = session.iq(iq).await?;
    session.requeue(others);
    match answer {
        Iq::Result {
            payload: Some(el), ..
        } => parse(&el),
        Iq::Result { payload: None, .. } => Ok(Stage {
            node: node.to_string(),
            sessionid: sessionid.map(str::to_string),
            status: "completed".into(),
            actions: vec![],
            form: None,
            notes: vec![],
        }),
        Iq::Error { error, .. } => Err(refused(to, node, &error)),
        _ => bail(Kind::Remote, format!("{to} answered command {node} oddly")),
    }
}

/// Cancel a command session left open (best effort: the session may be
/// gone with the connection).
async fn cancel(session: &mut Session, to: &Jid, node: &str, sessionid: &str) {
    let Ok(req) = request(node, Some(sessionid), "cancel", None) else {
        return;
    };
    let iq = super::iq_set(Some(to.clone()), req);
    match tokio::time::timeout(session.timeout(), session.iq(iq)).await {
        Ok(Ok((_, others))) => {
            session.requeue(others);
            log::info!("canceled the command session {sessionid} on {to}");
        }
        _ => log::info!("could not cancel the command session {sessionid} on {to}"),
    }
}

/// The first stage of `node` on `to`, its session canceled at once
/// (`--forms-only`: the form is shown, nothing is submitted).
pub async fn first_form(session: &mut Session, to: &Jid, node: &str) -> Result<Vec<Stage>> {
    let first = step(session, to, node, None, "execute", None).await?;
    if let (Some(id), "executing") = (first.sessionid.as_deref(), first.status.as_str()) {
        cancel(session, to, node, id).await;
    }
    Ok(vec![first])
}

/// For a list-single field the user left alone whose options include
/// "all" (or "none"), that; else its largest number: `online-users`
/// wants every account, whatever page sizes the server offers.
pub fn widest(form: &DataForm, answers: &mut Answers, var: &str) {
    let Some(f) = form.fields.iter().find(|f| f.var.as_deref() == Some(var)) else {
        return;
    };
    let all = f
        .options
        .iter()
        .map(|o| o.value.as_str())
        .find(|v| *v == "all" || *v == "none")
        .map(str::to_string)
        .or_else(|| {
            f.options
                .iter()
                .filter_map(|o| o.value.parse::<u64>().ok().map(|n| (n, o.value.clone())))
                .max()
                .map(|(_, v)| v)
        });
    if let Some(v) = all {
        answers.set(var, vec![v]);
    }
}

/// Run `node` on `to` to its end with `answers` (each stage's form may
/// `adapt` them first); anything that fails or interrupts it cancels it.
/// `seen` gets every stage (the forms shown).
pub async fn execute(
    session: &mut Session,
    to: &Jid,
    node: &str,
    answers: &Answers,
    mut seen: impl FnMut(&Stage),
) -> Result<Stage> {
    execute_adapting(session, to, node, answers, |_, _| {}, &[], &mut seen).await
}

/// The action for a stage: the next one the user planned (`--action`),
/// else [`forward`]; a planned one the stage does not offer is a usage
/// error naming what it offers (cancel is always possible).
pub fn choose(stage: &Stage, planned: Option<&str>) -> Result<String> {
    let Some(action) = planned else {
        return Ok(forward(stage).to_string());
    };
    let offered = stage.actions.is_empty() && action == "complete";
    if action == "cancel" || offered || stage.actions.iter().any(|a| a == action) {
        return Ok(action.to_string());
    }
    bail(
        Kind::Usage,
        format!(
            "--action {action}: this stage of {} offers {}",
            stage.node,
            if stage.actions.is_empty() {
                "only complete (and cancel)".to_string()
            } else {
                format!("{} (and cancel)", stage.actions.join(", "))
            }
        ),
    )
}

/// [`execute`], with `adapt` to change the answers for each form.
pub async fn execute_adapting(
    session: &mut Session,
    to: &Jid,
    node: &str,
    answers: &Answers,
    mut adapt: impl FnMut(&DataForm, &mut Answers),
    plan: &[String],
    seen: &mut impl FnMut(&Stage),
) -> Result<Stage> {
    let first = step(session, to, node, None, "execute", None).await?;
    let mut stage = first;
    let mut unused_everywhere: Option<Vec<String>> = None;
    let mut plan = plan.iter();
    let mut canceled_by_us = false;
    loop {
        seen(&stage);
        if stage.status != "executing" {
            if !(canceled_by_us && stage.status == "canceled") {
                check_notes(&stage, to)?;
            }
            if let Some(unused) = unused_everywhere.filter(|u| !u.is_empty()) {
                log::info!("fields no stage asked for: {}", unused.join(", "));
            }
            return Ok(stage);
        }
        let Some(sessionid) = stage.sessionid.clone() else {
            return bail(
                Kind::Remote,
                format!("{to} runs command {node} without a session id"),
            );
        };
        let action = match choose(&stage, plan.next().map(String::as_str)) {
            Ok(a) => a,
            Err(e) => {
                cancel(session, to, node, &sessionid).await;
                return Err(e);
            }
        };
        canceled_by_us = action == "cancel";
        let filled = match &stage.form {
            // Going back or away submits nothing.
            _ if action == "prev" || action == "cancel" => Ok(None),
            Some(form) => {
                let mut unused = Vec::new();
                let mut answers = answers.clone();
                adapt(form, &mut answers);
                let filled = forms::submit(form, &answers, &mut unused);
                // A field unused at every stage is reported once, at the end.
                unused_everywhere = Some(match unused_everywhere {
                    None => unused,
                    Some(before) => before.into_iter().filter(|u| unused.contains(u)).collect(),
                });
                filled.map(Some)
            }
            None => Ok(None),
        };
        let filled = match filled {
            Ok(f) => f,
            Err(e) => {
                cancel(session, to, node, &sessionid).await;
                return Err(e);
            }
        };
        let next = tokio::select! {
            s = step(session, to, node, Some(&sessionid), &action, filled) => s,
            _ = signals::stopped() => {
                cancel(session, to, node, &sessionid).await;
                return bail(Kind::Interrupted, format!("interrupted: command {node} canceled"));
            }
        };
        stage = match next {
            Ok(s) => s,
            Err(e) => {
                cancel(session, to, node, &sessionid).await;
                return Err(e);
            }
        };
    }
}

/// A completed stage's error note is a refusal (exit 7).
fn check_notes(stage: &Stage, to: &Jid) -> Result<()> {
    if let Some(n) = stage.notes.iter().find(|n| n.kind == "error") {
        return bail(
            Kind::Remote,
            format!("{to}: command {}: {}", stage.node, n.text.trim()),
        );
    }
    if stage.status == "canceled" {
        return bail(
            Kind::Remote,
            format!("{to} canceled command {}", stage.node),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn el(xml: &str) -> Element {
        xml.parse().unwrap()
    }

    #[test]
    fn a_stage_is_read_with_its_actions_form_and_notes() {
        let s = parse(&el(
            "<command xmlns='http://jabber.org/protocol/commands' node='n' sessionid='s1' \
             status='executing'><actions execute='next'><prev/><next/><complete/></actions>\
             <x xmlns='jabber:x:data' type='form'><field var='a' type='text-single'/></x>\
             <note type='warn'>careful</note></command>",
        ))
        .unwrap();
        assert_eq!(
            (s.node.as_str(), s.sessionid.as_deref(), s.status.as_str()),
            ("n", Some("s1"), "executing")
        );
        assert_eq!(s.actions, ["prev", "next", "complete"]);
        assert_eq!(forward(&s), "next");
        assert!(s.form.is_some());
        assert_eq!(
            s.notes,
            [Note {
                kind: "warn".into(),
                text: "careful".into()
            }]
        );
        let done = parse(&el(
            "<command xmlns='http://jabber.org/protocol/commands' node='n' status='completed'>\
             <note type='error'>no such user</note></command>",
        ))
        .unwrap();
        assert_eq!(forward(&done), "complete");
        let to = Jid::new("example.org").unwrap();
        let e = check_notes(&done, &to).unwrap_err();
        assert!(e.to_string().contains("no such user"));
        assert!(parse(&el("<query xmlns='jabber:iq:version'/>")).is_err());
    }

    #[test]
    fn a_planned_action_must_be_offered() {
        let mut s = parse(&el(
            "<command xmlns='http://jabber.org/protocol/commands' node='n' sessionid='s' \
             status='executing'><actions><next/></actions></command>",
        ))
        .unwrap();
        assert_eq!(choose(&s, None).unwrap(), "next");
        assert_eq!(choose(&s, Some("cancel")).unwrap(), "cancel");
        let e = choose(&s, Some("prev")).unwrap_err().to_string();
        assert!(e.contains("offers next"), "{e}");
        s.actions.clear();
        assert_eq!(choose(&s, None).unwrap(), "complete");
        assert_eq!(choose(&s, Some("complete")).unwrap(), "complete");
        assert!(choose(&s, Some("next")).is_err());
    }

    #[test]
    fn requests_carry_the_session_action_and_form() {
        let r = request("n", Some("s1"), "cancel", None).unwrap();
        assert_eq!(
            (r.attr("node"), r.attr("sessionid"), r.attr("action")),
            (Some("n"), Some("s1"), Some("cancel"))
        );
        let r = request("n", None, "execute", None).unwrap();
        assert_eq!(r.attr("sessionid"), None);
    }
}
