//! IQ queries: `xmpp iq` (any payload), and typed shortcuts on the same
//! plumbing: `ping`, `disco info|items`, `version`, `time`, `vcard`.
//! Arguments and payloads are checked before connecting.

use std::time::Instant;

use anyhow::Result;
use jid::Jid;
use minidom::Element;
use serde::Serialize;
use xmpp_parsers::data_forms::DataForm;
use xmpp_parsers::disco::{
    DiscoInfoQuery, DiscoInfoResult, DiscoItemsQuery, DiscoItemsResult, Identity,
};
use xmpp_parsers::iq::Iq;
use xmpp_parsers::stanza_error::{DefinedCondition, StanzaError};
use xmpp_parsers::{ping, time, vcard, version};

use crate::cli::{
    DiscoCommand, DiscoItemsArgs, DiscoTarget, GlobalArgs, IqArgs, IqKind, PingArgs, TargetArgs,
    VcardArgs,
};
use crate::connection::{self, condition_name, Session};
use crate::error::{bail, fail, Kind};
use crate::ids::new_id;
use crate::output::{self, Output};
use crate::{jidtools, xml};

/// A JID argument, checked before connecting.
fn jid_arg(arg: Option<&str>) -> Result<Option<Jid>> {
    arg.map(|a| jidtools::jid_arg(a, "JID")).transpose()
}

/// The account's server, the default target of most queries.
pub fn server_of(session: &Session) -> Jid {
    Jid::from_parts(None, session.jid.domain(), None)
}

/// The answer to an IQ, or the error it got.
enum Answer {
    Result {
        from: Option<Jid>,
        id: String,
        payload: Option<Element>,
    },
    Error {
        from: Option<Jid>,
        error: StanzaError,
    },
}

async fn ask(session: &mut Session, iq: Iq) -> Result<Answer> {
    let (answer, _others) = session.iq(iq).await?;
    Ok(match answer {
        Iq::Result {
            from, id, payload, ..
        } => Answer::Result { from, id, payload },
        Iq::Error { from, error, .. } => Answer::Error { from, error },
        _ => {
            return bail(
                Kind::Remote,
                "the answer to an IQ was not a result or an error",
            )
        }
    })
}

/// `{"error": {"type", "condition", "text"}}` on stdout in JSON mode, and
/// the classified failure (exit 7) for `main` to print.
fn stanza_error(out: &mut Output, who: &str, error: &StanzaError) -> Result<()> {
    let kind = format!("{:?}", error.type_).to_lowercase();
    let condition = condition_name(&error.defined_condition);
    let text = error.texts.values().next().cloned();
    if out.is_json() {
        out.json_line(&serde_json::json!({
            "error": {"type": kind, "condition": condition, "text": text}
        }))?;
    }
    let text = text.map(|t| format!(" ({t})")).unwrap_or_default();
    // These two our own server says on the remote domain's behalf.
    if matches!(
        error.defined_condition,
        DefinedCondition::RemoteServerNotFound | DefinedCondition::RemoteServerTimeout
    ) {
        let domain = Jid::new(who).map_or_else(|_| who.to_string(), |j| j.domain().to_string());
        return bail(
            Kind::Remote,
            format!("your server could not reach {domain}: {condition}{text}"),
        );
    }
    bail(
        Kind::Remote,
        format!("{who} answered with an error: {kind} {condition}{text}"),
    )
}

fn typed<T: TryFrom<Element>>(payload: Option<Element>, what: &str) -> Result<T>
where
    T::Error: std::fmt::Display,
{
    let el = payload.ok_or_else(|| fail(Kind::Remote, format!("the {what} answer is empty")))?;
    T::try_from(el).map_err(|e| {
        fail(
            Kind::Remote,
            format!("the {what} answer does not parse: {e}"),
        )
    })
}

// ---------------------------------------------------------------------------
// xmpp iq

pub async fn iq(args: &IqArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let to = jid_arg(args.to.as_deref())?;
    let text = match &args.payload {
        Some(p) => p.clone(),
        None => {
            crate::error::utf8(&super::read_stdin().await?, "the IQ payload on stdin")?.to_string()
        }
    };
    let payload = parse_payload(&text)?;
    let mut session = super::connect(global).await?;
    let id = new_id();
    let iq = match args.kind {
        IqKind::Get => Iq::Get {
            from: None,
            to: to.clone(),
            id,
            payload,
        },
        IqKind::Set => Iq::Set {
            from: None,
            to: to.clone(),
            id,
            payload,
        },
    };
    let answer = ask(&mut session, iq).await;
    let _ = session.close().await;
    match answer? {
        Answer::Result { from, id, payload } => {
            if out.is_json() {
                out.json_line(&serde_json::json!({
                    "id": id,
                    "type": "result",
                    "from": from.map(|j| j.to_string()),
                    "payload": payload.as_ref().map(String::from),
                }))?;
            } else if let Some(p) = payload {
                out.line(xml::pretty(&p).trim_end())?;
            }
            Ok(())
        }
        Answer::Error { from, error } => {
            let who = from
                .or(to)
                .map(|j| j.to_string())
                .unwrap_or_else(|| "the server".into());
            stanza_error(out, &who, &error)
        }
    }
}

/// One element with a namespace; anything else is a usage error (exit 2).
fn parse_payload(text: &str) -> Result<Element> {
    const WRAP: &str = "urn:xmpp-cli:payload";
    let text = text.trim();
    if text.is_empty() {
        return bail(
            Kind::Usage,
            "no IQ payload: pass one XML element as argument or on stdin",
        );
    }
    if !text.starts_with('<') {
        return bail(
            Kind::Usage,
            "the IQ payload is not XML: it must be one element, e.g. '<query xmlns=\"jabber:iq:version\"/>'",
        );
    }
    // A wrapper makes trailing content an error instead of being ignored.
    let wrapped = xml::parse_wrapped(text, WRAP, "the IQ payload")?;
    if wrapped.texts().any(|t| !t.trim().is_empty()) {
        return bail(Kind::Usage, "the IQ payload has text outside its element");
    }
    let mut children = wrapped.children();
    let (Some(el), None) = (children.next(), children.next()) else {
        return bail(
            Kind::Usage,
            "the IQ payload must be exactly one XML element",
        );
    };
    if el.ns() == WRAP {
        return bail(
            Kind::Usage,
            format!(
                "the IQ payload <{}> has no namespace: add an xmlns attribute",
                el.name()
            ),
        );
    }
    Ok(el.clone())
}

// ---------------------------------------------------------------------------
// xmpp ping

#[derive(Serialize)]
struct PingLine {
    jid: String,
    rtt_ms: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

pub async fn ping(args: &PingArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let target = jid_arg(args.target.as_deref())?;
    if args.count == 0 {
        return bail(Kind::Usage, "--count must be at least 1");
    }
    out.streaming();
    let mut session = super::connect(global).await?;
    let target = target.unwrap_or_else(|| server_of(&session));
    let mut rtts = Vec::new();
    for n in 0..args.count {
        if n > 0 {
            tokio::time::sleep(args.interval.duration()).await;
        }
        let started = Instant::now();
        let iq = Iq::from_get(new_id(), ping::Ping).with_to(target.clone());
        let result = ask(&mut session, iq).await;
        let rtt = started.elapsed().as_secs_f64() * 1000.0;
        let (rtt_ms, error) = match result {
            Ok(Answer::Result { .. }) => (Some(rtt), None),
            Ok(Answer::Error { error, .. }) => {
                (None, Some(connection::describe_stanza_error(&error)))
            }
            Err(e) if crate::error::kind_of(&e) == Kind::Timeout => {
                (None, Some("no answer (timeout)".to_string()))
            }
            Err(e) => return Err(e),
        };
        if let Some(r) = rtt_ms {
            rtts.push(r);
        }
        if out.is_json() {
            out.json_line(&PingLine {
                jid: target.to_string(),
                rtt_ms,
                error: error.clone(),
            })?;
        } else {
            match (&rtt_ms, &error) {
                (Some(r), _) => {
                    out.line(&format!("pong from {target}: seq={} time={r:.1} ms", n + 1))?
                }
                (None, Some(e)) => {
                    out.line(&format!("no pong from {target}: seq={} {e}", n + 1))?
                }
                _ => {}
            }
        }
    }
    let _ = session.close().await;
    let lost = args.count as usize - rtts.len();
    if args.count > 1 && !out.is_json() {
        let summary = if rtts.is_empty() {
            format!("{} sent, {lost} lost", args.count)
        } else {
            let min = rtts.iter().cloned().fold(f64::INFINITY, f64::min);
            let max = rtts.iter().cloned().fold(0.0, f64::max);
            let avg = rtts.iter().sum::<f64>() / rtts.len() as f64;
            format!(
                "{} sent, {lost} lost; rtt min/avg/max = {min:.1}/{avg:.1}/{max:.1} ms",
                args.count
            )
        };
        output::note(&summary);
    }
    if rtts.is_empty() {
        return Err(fail(Kind::Negative, format!("no pong from {target}")));
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// xmpp disco info | items

#[derive(Serialize)]
struct IdentityView {
    category: String,
    #[serde(rename = "type")]
    kind: String,
    name: Option<String>,
    lang: Option<String>,
}

impl From<&Identity> for IdentityView {
    fn from(i: &Identity) -> Self {
        IdentityView {
            category: i.category.clone(),
            kind: i.type_.clone(),
            name: i.name.clone(),
            lang: i.lang.clone(),
        }
    }
}

#[derive(Serialize)]
struct FormView {
    form_type: Option<String>,
    fields: std::collections::BTreeMap<String, Vec<String>>,
}

impl From<&DataForm> for FormView {
    fn from(f: &DataForm) -> Self {
        FormView {
            form_type: f.form_type().map(str::to_string),
            fields: f
                .fields
                .iter()
                .filter(|field| field.var.as_deref() != Some("FORM_TYPE"))
                .filter_map(|field| Some((field.var.clone()?, field.values.clone())))
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct InfoView {
    jid: String,
    node: Option<String>,
    identities: Vec<IdentityView>,
    features: Vec<String>,
    forms: Vec<FormView>,
}

#[derive(Serialize)]
struct ItemView {
    jid: String,
    node: Option<String>,
    name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    identities: Option<Vec<IdentityView>>,
}

pub async fn disco(cmd: &DiscoCommand, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    match cmd {
        DiscoCommand::Info(t) => disco_info(t, global, out).await,
        DiscoCommand::Items(a) => disco_items(a, global, out).await,
    }
}

async fn query_info(
    session: &mut Session,
    to: &Jid,
    node: Option<String>,
) -> Result<Result<DiscoInfoResult, StanzaError>> {
    let iq = Iq::from_get(new_id(), DiscoInfoQuery { node }).with_to(to.clone());
    Ok(match ask(session, iq).await? {
        Answer::Result { payload, .. } => Ok(typed(payload, "disco#info")?),
        Answer::Error { error, .. } => Err(error),
    })
}

async fn disco_info(t: &DiscoTarget, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let to = jid_arg(t.target.as_deref())?;
    let mut session = super::connect(global).await?;
    let to = to.unwrap_or_else(|| server_of(&session));
    let info = query_info(&mut session, &to, t.node.clone()).await;
    let _ = session.close().await;
    let info = match info? {
        Ok(info) => info,
        Err(error) => return stanza_error(out, &to.to_string(), &error),
    };
    let view = InfoView {
        jid: to.to_string(),
        node: info.node.clone(),
        identities: info.identities.iter().map(IdentityView::from).collect(),
        features: info.features.iter().cloned().collect(), // BTreeSet: sorted
        forms: info.extensions.iter().map(FormView::from).collect(),
    };
    if out.is_json() {
        out.json_line(&view)?;
        return Ok(());
    }
    for i in &view.identities {
        let name = i
            .name
            .as_deref()
            .map(|n| format!(" \"{n}\""))
            .unwrap_or_default();
        out.line(&format!("identity: {}/{}{name}", i.category, i.kind))?;
    }
    for f in &view.features {
        out.line(&format!("feature: {f}"))?;
    }
    for form in &view.forms {
        out.line(&format!(
            "form: {}",
            form.form_type.as_deref().unwrap_or("(no FORM_TYPE)")
        ))?;
        for (var, values) in &form.fields {
            out.line(&format!("  {var}: {}", values.join(", ")))?;
        }
    }
    Ok(())
}

async fn disco_items(a: &DiscoItemsArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let to = jid_arg(a.target.target.as_deref())?;
    let mut session = super::connect(global).await?;
    let to = to.unwrap_or_else(|| server_of(&session));
    let iq = Iq::from_get(
        new_id(),
        DiscoItemsQuery {
            node: a.target.node.clone(),
            rsm: None,
        },
    )
    .with_to(to.clone());
    let items: DiscoItemsResult = match ask(&mut session, iq).await? {
        Answer::Result { payload, .. } => typed(payload, "disco#items")?,
        Answer::Error { error, .. } => {
            let _ = session.close().await;
            return stanza_error(out, &to.to_string(), &error);
        }
    };
    let mut views = Vec::new();
    for item in &items.items {
        let identities = if a.recursive {
            match query_info(&mut session, &item.jid, item.node.clone()).await? {
                Ok(info) => Some(info.identities.iter().map(IdentityView::from).collect()),
                Err(e) => {
                    log::warn!(
                        "disco#info of {} failed: {}",
                        item.jid,
                        connection::describe_stanza_error(&e)
                    );
                    Some(Vec::new())
                }
            }
        } else {
            None
        };
        views.push(ItemView {
            jid: item.jid.to_string(),
            node: item.node.clone(),
            name: item.name.clone(),
            identities,
        });
    }
    let _ = session.close().await;
    if out.is_json() {
        out.json_line(&views)?;
        return Ok(());
    }
    for v in &views {
        let mut line = v.jid.clone();
        line.push('\t');
        line.push_str(v.node.as_deref().unwrap_or(""));
        line.push('\t');
        line.push_str(v.name.as_deref().unwrap_or(""));
        if let Some(ids) = &v.identities {
            let ids: Vec<String> = ids
                .iter()
                .map(|i| format!("{}/{}", i.category, i.kind))
                .collect();
            line.push('\t');
            line.push_str(&ids.join(","));
        }
        out.line(&line)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// xmpp version | time | vcard

pub async fn version(args: &TargetArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let to = jid_arg(args.target.as_deref())?;
    let mut session = super::connect(global).await?;
    let to = to.unwrap_or_else(|| server_of(&session));
    let answer = ask(
        &mut session,
        Iq::from_get(new_id(), version::VersionQuery).with_to(to.clone()),
    )
    .await;
    let _ = session.close().await;
    let v: version::VersionResult = match answer? {
        Answer::Result { payload, .. } => typed(payload, "version")?,
        Answer::Error { error, .. } => return stanza_error(out, &to.to_string(), &error),
    };
    if out.is_json() {
        out.json_line(&serde_json::json!({"jid": to.to_string(), "name": v.name, "version": v.version, "os": v.os}))?;
    } else {
        let os = v.os.map(|o| format!(" ({o})")).unwrap_or_default();
        out.line(&format!("{} {}{os}", v.name, v.version))?;
    }
    Ok(())
}

pub async fn time(args: &TargetArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let to = jid_arg(args.target.as_deref())?;
    let mut session = super::connect(global).await?;
    let to = to.unwrap_or_else(|| server_of(&session));
    let answer = ask(
        &mut session,
        Iq::from_get(new_id(), time::TimeQuery).with_to(to.clone()),
    )
    .await;
    let _ = session.close().await;
    let t: time::TimeResult = match answer? {
        Answer::Result { payload, .. } => typed(payload, "time")?,
        Answer::Error { error, .. } => return stanza_error(out, &to.to_string(), &error),
    };
    let utc = t.utc.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true);
    let local = t
        .utc
        .with_timezone(&t.tz_offset)
        .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true);
    let tzo = t.tz_offset.to_string();
    if out.is_json() {
        out.json_line(
            &serde_json::json!({"jid": to.to_string(), "utc": utc, "tzo": tzo, "local": local}),
        )?;
    } else {
        out.line(&format!("{local} (UTC {utc}, offset {tzo})"))?;
    }
    Ok(())
}

pub async fn vcard(args: &VcardArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let to = jid_arg(args.target.as_deref())?;
    let mut session = super::connect(global).await?;
    let who = to
        .clone()
        .unwrap_or_else(|| Jid::from(session.jid.to_bare()));
    let mut iq = Iq::from_get(new_id(), vcard::VCardQuery);
    if let Some(to) = &to {
        iq = iq.with_to(to.clone());
    }
    let answer = ask(&mut session, iq).await;
    let _ = session.close().await;
    let mut fields = Vec::new();
    match answer? {
        Answer::Result { payload: None, .. } => {}
        Answer::Result {
            payload: Some(el), ..
        } => {
            // The typed parse is strict (a PHOTO without TYPE fails it);
            // the text fields are read from the element either way.
            if let Err(e) = vcard::VCard::try_from(el.clone()) {
                log::debug!("vCard of {who} is not strictly valid: {e}");
            }
            for p in el.children() {
                text_fields(p, "", &mut fields);
            }
        }
        Answer::Error { error, .. } => return stanza_error(out, &who.to_string(), &error),
    }
    if out.is_json() {
        let map: serde_json::Map<String, serde_json::Value> = fields
            .into_iter()
            .map(|(k, v)| (k, serde_json::Value::String(v)))
            .collect();
        out.json_line(&serde_json::json!({"jid": who.to_string(), "fields": map}))?;
    } else {
        for (k, v) in fields {
            out.line(&format!("{k}: {v}"))?;
        }
    }
    Ok(())
}

/// Leaf text fields, nested names joined by '/'; binary (PHOTO/BINVAL)
/// is skipped.
fn text_fields(el: &Element, prefix: &str, out: &mut Vec<(String, String)>) {
    let name = format!("{prefix}{}", el.name());
    if el.name() == "BINVAL" || el.name() == "PHOTO" {
        return;
    }
    if el.children().next().is_none() {
        let text = el.text();
        if !text.trim().is_empty() {
            out.push((name, text.trim().to_string()));
        }
        return;
    }
    for child in el.children() {
        text_fields(child, &format!("{name}/"), out);
    }
}

// ---------------------------------------------------------------------------
// Building blocks for `config check`

/// The entity's software version, if it answers.
pub async fn software_version(
    session: &mut Session,
    to: &Jid,
) -> Result<Option<version::VersionResult>> {
    match ask(
        session,
        Iq::from_get(new_id(), version::VersionQuery).with_to(to.clone()),
    )
    .await?
    {
        Answer::Result { payload, .. } => Ok(typed(payload, "version").ok()),
        Answer::Error { .. } => Ok(None),
    }
}

/// Round trip of a ping to `to`, in milliseconds.
pub async fn ping_ms(session: &mut Session, to: &Jid) -> Result<f64> {
    let started = Instant::now();
    ask(
        session,
        Iq::from_get(new_id(), ping::Ping).with_to(to.clone()),
    )
    .await?;
    Ok(started.elapsed().as_secs_f64() * 1000.0)
}

/// The server's HTTP upload service (XEP-0363) and its size limit.
pub async fn upload_service(session: &mut Session) -> Result<Option<(Jid, Option<u64>)>> {
    let server = server_of(session);
    let iq = Iq::from_get(
        new_id(),
        DiscoItemsQuery {
            node: None,
            rsm: None,
        },
    )
    .with_to(server.clone());
    let items: DiscoItemsResult = match ask(session, iq).await? {
        Answer::Result { payload, .. } => typed(payload, "disco#items")?,
        Answer::Error { .. } => return Ok(None),
    };
    let mut candidates = vec![server];
    candidates.extend(items.items.into_iter().map(|i| i.jid));
    for jid in candidates {
        if let Ok(info) = query_info(session, &jid, None).await? {
            if info.features.contains("urn:xmpp:http:upload:0") {
                let max = info
                    .extensions
                    .iter()
                    .filter(|f| f.form_type() == Some("urn:xmpp:http:upload:0"))
                    .flat_map(|f| f.fields.iter())
                    .find(|f| f.var.as_deref() == Some("max-file-size"))
                    .and_then(|f| f.values.first())
                    .and_then(|v| v.parse().ok());
                return Ok(Some((jid, max)));
            }
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_are_checked() {
        assert!(parse_payload("<query xmlns='jabber:iq:version'/>").is_ok());
        for bad in [
            "",
            "hello",
            "<query>",
            "<a xmlns='x'/><b xmlns='x'/>",
            "<query/>",
        ] {
            let err = parse_payload(bad).unwrap_err();
            assert_eq!(crate::error::kind_of(&err), Kind::Usage, "{bad}: {err}");
        }
    }
}
