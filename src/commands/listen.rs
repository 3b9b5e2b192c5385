//! `xmpp listen`: stay online and turn every incoming stanza into one line
//! (human or JSON), optionally in rooms, with carbons, a per-event command
//! and reconnection.

use std::time::{Duration, SystemTime};

use anyhow::Result;
use chrono::{DateTime, SecondsFormat, Utc};
use jid::{BareJid, Jid};
use serde::Serialize;
use xmpp_parsers::carbons;
use xmpp_parsers::delay::Delay;
use xmpp_parsers::iq::Iq;
use xmpp_parsers::message::{Message, MessageType};
use xmpp_parsers::ns;
use xmpp_parsers::presence::{Presence, Show, Type as PresenceType};
use xmpp_parsers::stanza::Stanza;

use crate::cli::{GlobalArgs, ListenArgs, ListenMessageKind};
use crate::commands::{muc, omemo};
use crate::connection::backoff::{retryable, Backoff};
use crate::connection::{self, Incoming, ResumeToken, Resumption, Session};
use crate::error::{bail, Kind};
use crate::ids::new_id;
use crate::jidtools;
use crate::output::{self, terminal_safe, Output};
use crate::settings::{self, ConnectSettings};
use crate::signals;

const BACKOFF_CAP: Duration = Duration::from_secs(60);

/// One JSON line: `kind` tells which fields matter.
#[derive(Debug, Serialize)]
#[serde(untagged)]
enum Event {
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

/// What an OMEMO message's event adds.
#[derive(Debug, Serialize)]
struct OmemoFields {
    sender_device: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    fingerprint: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    trust: Option<&'static str>,
    trusted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

struct Options<'a> {
    args: &'a ListenArgs,
    from: Vec<Jid>,
    rooms: Vec<(BareJid, String)>,
    /// Environment variables that hold our password: `--exec` children
    /// do not get them.
    secret_env: Vec<String>,
    /// Our account: the only sender of genuine carbons.
    own: BareJid,
    /// This session's full JID: its own presence, reflected by the server,
    /// is not a contact's and is not printed.
    me: std::cell::RefCell<Option<Jid>>,
    /// `--omemo`: our account's OMEMO store, and whether our bundle must
    /// be published again (a prekey was used).
    omemo: Option<omemo::Account>,
    republish: std::cell::Cell<bool>,
}

enum Stop {
    Signal,
    Count,
}

pub async fn run(args: &ListenArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let from = args
        .from
        .iter()
        .map(|f| jidtools::jid_arg(f, "--from"))
        .collect::<Result<Vec<_>>>()?;
    let settings = super::settings(global)?;
    let default_nick = args
        .nick
        .clone()
        .or_else(|| settings.jid.node().map(|n| n.to_string()))
        .unwrap_or_else(|| "xmpp-cli".to_string());
    let rooms = args
        .rooms
        .iter()
        .map(|r| {
            let jid = jidtools::jid_arg(r, "--muc")?;
            if jid.node().is_none() {
                return bail(
                    Kind::Usage,
                    format!("--muc {} needs ROOM@SERVICE", crate::error::quoted(r)),
                );
            }
            let nick = jid
                .resource()
                .map(|n| n.to_string())
                .unwrap_or_else(|| default_nick.clone());
            Ok((jid.to_bare(), nick))
        })
        .collect::<Result<Vec<_>>>()?;
    let mut secret_env = vec!["XMPP_PASSWORD".to_string()];
    if let settings::PasswordSource::Env(var) = &settings.password_source {
        secret_env.push(var.clone());
    }
    let opts = Options {
        args,
        from,
        rooms,
        secret_env,
        own: settings.jid.to_bare(),
        me: std::cell::RefCell::new(None),
        omemo: args
            .omemo
            .then(|| omemo::Account::of(&settings))
            .transpose()?,
        republish: std::cell::Cell::new(false),
    };
    // Not `out.streaming()`: `listen` flushes each burst of events itself.

    let mut printed = 0u64;
    let mut backoff = Backoff::new(Duration::from_secs(1), BACKOFF_CAP, None);
    let mut reconnected = false;
    // With --reconnect: the lost session, for the server to resume.
    let mut token = None;
    loop {
        // A failed try keeps the token: the server may still hold the
        // session when the network comes back.
        let connected = connect_and_join(&settings, &opts, token.as_ref()).await;
        let (mut session, early) = match connected {
            Ok(x) => {
                backoff.reset();
                x
            }
            Err(e) if args.reconnect && retryable(&e) => {
                let delay = backoff.next_delay().unwrap_or(BACKOFF_CAP);
                output::warn(&format!(
                    "{e:#}; retrying in {:.1}s (attempt {})",
                    delay.as_secs_f64(),
                    backoff.attempt()
                ));
                if wait_or_signal(delay).await {
                    return Ok(());
                }
                reconnected = true;
                continue;
            }
            Err(e) => return Err(e),
        };
        if reconnected {
            output::note("reconnected");
        }
        log::info!("listening as {}", session.jid);
        *opts.me.borrow_mut() = Some(session.jid.clone());
        let outcome = listen(&mut session, early, &opts, out, &mut printed).await;
        match outcome {
            Ok(_stop) => {
                // Printed before `close` acknowledges it.
                out.flush()?;
                let mut bye = Presence::unavailable();
                bye.id = Some(new_id());
                session.send(Stanza::Presence(bye)).await?;
                // What was not printed is not acknowledged: the server
                // keeps it for the next session.
                session.close().await?;
                return Ok(());
            }
            Err(e) if args.reconnect && retryable(&e) => {
                // What arrived before the loss is printed; the rest the
                // server sends again if it resumes the session.
                for incoming in session.leftovers() {
                    if let Some(_stop) = handle(incoming, &opts, out, &mut printed).await? {
                        return Ok(());
                    }
                }
                out.flush()?;
                token = session.resume_token();
                let delay = backoff.next_delay().unwrap_or(BACKOFF_CAP);
                output::warn(&format!(
                    "{e:#}; reconnecting in {:.1}s",
                    delay.as_secs_f64()
                ));
                if wait_or_signal(delay).await {
                    return Ok(());
                }
                reconnected = true;
            }
            Err(e) => return Err(e),
        }
    }
}

/// Sleep; true when a signal asked us to stop meanwhile.
async fn wait_or_signal(d: Duration) -> bool {
    tokio::select! {
        _ = tokio::time::sleep(d) => false,
        _ = signals::stopped() => true,
    }
}

/// Connect, enable carbons, announce presence, join rooms. Returns what
/// arrived during setup (room backlog, offline messages) for printing.
/// With --reconnect the session is resumable, and a `token` of a lost one
/// resumes it: the server keeps carbons, presence and rooms, and sends
/// what we had not received.
async fn connect_and_join(
    settings: &ConnectSettings,
    opts: &Options<'_>,
    token: Option<&ResumeToken>,
) -> Result<(Session, Vec<Incoming>)> {
    let mut session = if let Some(token) = token {
        let (session, how) = connection::reconnect(settings, Some(token)).await?;
        if let Resumption::Resumed { .. } = how {
            output::note("resumed the session; nothing was missed");
            return Ok((session, Vec::new()));
        }
        session
    } else if opts.args.reconnect {
        connection::connect_resumable(settings).await?
    } else {
        connection::connect(settings).await?
    };
    let mut early = Vec::new();
    if opts.args.carbons {
        let (answer, others) = session.iq(Iq::from_set(new_id(), carbons::Enable)).await?;
        early.extend(others);
        if let Iq::Error { error, .. } = answer {
            return bail(
                Kind::Remote,
                format!(
                    "the server refused carbons: {}",
                    connection::describe_stanza_error(&error)
                ),
            );
        }
    }
    if let Some(account) = &opts.omemo {
        omemo::announce_stored(&mut session, account, &mut early).await?;
    }
    let p = crate::commands::presence::announce(&opts.args.availability);
    session.send(Stanza::Presence(p)).await?;
    for (room, nick) in &opts.rooms {
        muc::join(
            &mut session,
            room,
            nick,
            opts.args.no_history,
            None,
            &mut early,
        )
        .await?;
    }
    Ok((session, early))
}

/// Events handled in one go before stdout is flushed and signals are
/// looked at.
const MAX_BURST: usize = 256;

async fn listen(
    session: &mut Session,
    early: Vec<Incoming>,
    opts: &Options<'_>,
    out: &mut Output,
    printed: &mut u64,
) -> Result<Stop> {
    for incoming in early {
        if let Some(stop) = handle_in(session, incoming, opts, out, printed).await? {
            return Ok(stop);
        }
    }
    // Created once: a timer per event would cost more than the event.
    let interrupt = signals::stopped();
    tokio::pin!(interrupt);
    // A silent connection is probed with a ping after this long.
    let keepalive = opts.args.keepalive.duration();
    let idle = tokio::time::sleep(keepalive);
    tokio::pin!(idle);
    let mut burst = 0;
    loop {
        // Events are printed in bursts: what has already arrived is handled
        // first, and stdout is flushed once, before waiting for more and
        // before anything printed can be acknowledged to the server (the
        // `<a/>` goes out with the next `recv`). A line never waits in the
        // buffer while we wait for the network. A burst is bounded, so that
        // a flood cannot keep a signal waiting.
        if let Some(ready) = (burst < MAX_BURST).then(|| session.recv_now()).flatten() {
            burst += 1;
            let Some(incoming) = ready? else {
                return bail(Kind::Network, "the server closed the stream");
            };
            idle.as_mut().reset(tokio::time::Instant::now() + keepalive);
            if let Some(stop) = handle_in(session, incoming, opts, out, printed).await? {
                return Ok(stop);
            }
            continue;
        }
        burst = 0;
        out.flush()?;
        let incoming = tokio::select! {
            r = session.recv() => r?,
            _ = &mut interrupt => return Ok(Stop::Signal),
            _ = &mut idle => {
                // Silence: make sure the connection is still there.
                let ping = Iq::from_get(new_id(), xmpp_parsers::ping::Ping)
                    .with_to(Jid::from_parts(None, session.jid.domain(), None));
                let (_, others) = session.iq(ping).await?;
                idle.as_mut().reset(tokio::time::Instant::now() + keepalive);
                for incoming in others {
                    if let Some(stop) = handle_in(session, incoming, opts, out, printed).await? {
                        return Ok(stop);
                    }
                }
                continue;
            }
        };
        idle.as_mut().reset(tokio::time::Instant::now() + keepalive);
        let Some(incoming) = incoming else {
            return bail(Kind::Network, "the server closed the stream");
        };
        if let Some(stop) = handle_in(session, incoming, opts, out, printed).await? {
            return Ok(stop);
        }
    }
}

/// [`handle`], then the OMEMO upkeep it asked for: our bundle published
/// again after a prekey was used (before a `--count` stop, too).
async fn handle_in(
    session: &mut Session,
    incoming: Incoming,
    opts: &Options<'_>,
    out: &mut Output,
    printed: &mut u64,
) -> Result<Option<Stop>> {
    let mut stop = handle(incoming, opts, out, printed).await?;
    if let (true, Some(account)) = (opts.republish.replace(false), &opts.omemo) {
        // Publishing writes, and a write may acknowledge what was printed.
        out.flush()?;
        let mut others = Vec::new();
        omemo::announce_stored(session, account, &mut others).await?;
        for incoming in others {
            if stop.is_none() {
                stop = handle(incoming, opts, out, printed).await?;
            }
        }
    }
    Ok(stop)
}

/// Print (and --exec) one event if it passes the filters.
async fn handle(
    incoming: Incoming,
    opts: &Options<'_>,
    out: &mut Output,
    printed: &mut u64,
) -> Result<Option<Stop>> {
    let Incoming::Stanza(st) = incoming else {
        return Ok(None);
    };
    let Some(event) = to_event(*st, opts).await? else {
        return Ok(None);
    };
    if out.is_json() {
        out.json_line(&event)?;
    } else {
        out.line(&human(&event))?;
    }
    if let Some(cmd) = &opts.args.exec {
        // The command runs after its event is out.
        out.flush()?;
        exec(cmd, &event, opts.args.exec_timeout, &opts.secret_env).await;
    }
    *printed += 1;
    Ok(match opts.args.count {
        Some(n) if *printed >= n => Some(Stop::Count),
        _ => None,
    })
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

async fn to_event(stanza: Stanza, opts: &Options<'_>) -> Result<Option<Event>> {
    let args = opts.args;
    Ok(match stanza {
        Stanza::Message(m) => {
            let Some((m, carbon)) = unwrap_carbon(m, &opts.own) else {
                return Ok(None);
            };
            let (type_, kind) = message_kind(&m.type_);
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
            if let (Some(account), Some(element)) = (&opts.omemo, omemo::stanza::find(&m)) {
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
            if body.is_none() && !args.all && omemo_info.is_none() {
                return Ok(None);
            }
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
            Some(Event::Message {
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
            })
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
fn human(event: &Event) -> String {
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

/// Run the --exec command for one event, bounded by `timeout`. Failures
/// are logged; listening goes on.
/// Where an `--exec` child writes its output: our stderr (a duplicate of
/// the descriptor), so it never mixes into the events on stdout.
fn child_stdout() -> std::process::Stdio {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = std::io::stderr().as_fd().try_clone_to_owned() {
            return std::process::Stdio::from(fd);
        }
    }
    std::process::Stdio::null()
}

async fn exec(cmd: &str, event: &Event, timeout: crate::seconds::Seconds, secret_env: &[String]) {
    let json = serde_json::to_string(event).unwrap_or_default();
    let (from, body, type_) = match event {
        Event::Message {
            from, body, type_, ..
        } => (from.clone(), body.clone(), *type_),
        Event::Presence { from, type_, .. } => (from.clone(), None, *type_),
        Event::Iq { from, type_, .. } => (from.clone(), None, *type_),
    };
    let mut command = tokio::process::Command::new("sh");
    for var in secret_env {
        command.env_remove(var);
    }
    command
        .arg("-c")
        .arg(cmd)
        .env("XMPP_FROM", from.unwrap_or_default())
        .env("XMPP_BODY", body.unwrap_or_default())
        .env("XMPP_TYPE", type_)
        .stdin(std::process::Stdio::piped())
        // Not our stdout: that is the event stream (`listen --json`).
        .stdout(child_stdout())
        .kill_on_drop(true);
    let mut child = match command.spawn() {
        Ok(c) => c,
        Err(e) => {
            output::warn(&format!("--exec: cannot run `{cmd}`: {e}"));
            return;
        }
    };
    // Feeding stdin counts against the same timeout: a child that never
    // reads a large body cannot hold listen up.
    let stdin = child.stdin.take();
    let run = async {
        if let Some(mut stdin) = stdin {
            use tokio::io::AsyncWriteExt;
            let _ = stdin.write_all(json.as_bytes()).await;
            let _ = stdin.write_all(b"\n").await;
        }
        child.wait().await
    };
    let outcome = tokio::time::timeout(timeout.duration(), run).await;
    match outcome {
        Ok(Ok(status)) if status.success() => {}
        Ok(Ok(status)) => output::warn(&format!("--exec command failed ({status})")),
        Ok(Err(e)) => output::warn(&format!("--exec command: {e}")),
        Err(_) => {
            let _ = child.kill().await;
            output::warn(&format!("--exec command killed after {timeout}s"));
        }
    }
}
