//! `xmpp send`: one message to several recipients, a line-per-message
//! stream, an NDJSON batch or raw stanzas, over one delivery-aware
//! connection.

use std::collections::HashMap;
use std::io::Read;

use anyhow::Result;
use jid::Jid;
use minidom::Element;
use serde::{Deserialize, Serialize};
use tokio::io::AsyncBufReadExt;
use xmpp_parsers::message::{Lang, Message, MessageType, Thread};
use xmpp_parsers::stanza::Stanza;
use xmpp_parsers::stanza_error::StanzaError;

use crate::cli::{GlobalArgs, MessageKind, SendArgs};
use crate::connection::{self, Incoming, Session};
use crate::error::{bail, fail, Kind};
use crate::ids::new_id;
use crate::output::{self, Output};
use crate::{jidtools, settings, xml};

/// One message to send, fully validated.
#[derive(Debug)]
struct Outgoing {
    id: String,
    to: Option<Jid>,
    kind: &'static str,
    stanza: Stanza,
}

/// One `--ndjson` input line.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NdjsonMessage {
    to: String,
    body: String,
    #[serde(rename = "type")]
    kind: Option<MessageKind>,
    subject: Option<String>,
    thread: Option<String>,
    id: Option<String>,
}

/// One JSON status line.
#[derive(Debug, Serialize)]
struct Status<'a> {
    id: &'a str,
    to: Option<String>,
    #[serde(rename = "type")]
    kind: &'a str,
    status: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

pub async fn run(args: &SendArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let (source, streaming) = if args.lines {
        (lines_source(args)?, true)
    } else {
        (batch_source(batch(args)?), false)
    };
    if args.dry_run {
        return dry_run(source, out).await;
    }
    if streaming {
        out.streaming();
    }
    let settings = settings::from_environment(global)?;
    let session = connection::connect(&settings).await?;
    pump(session, source, out, streaming).await
}

/// Messages to send, in order; an `Err` ends the run (e.g. stdin failed).
type Source = tokio::sync::mpsc::Receiver<Result<Outgoing>>;

/// The whole batch (one body to many, `--ndjson` or `--raw`), validated
/// before anything connects.
fn batch(args: &SendArgs) -> Result<Vec<Outgoing>> {
    let batch = if args.ndjson {
        if !args.to.is_empty() {
            return bail(
                Kind::Usage,
                "--ndjson takes recipients from its input, not as arguments",
            );
        }
        ndjson_batch(&read_stdin()?)?
    } else if args.raw {
        if !args.to.is_empty() {
            return bail(
                Kind::Usage,
                "--raw takes its stanzas from stdin, not recipients as arguments",
            );
        }
        raw_batch(&read_stdin()?)?
    } else {
        let recipients = recipients(&args.to)?;
        let body = match &args.message {
            Some(m) => m.clone(),
            None => String::from_utf8(read_stdin()?).map_err(|_| {
                fail(
                    Kind::Usage,
                    "stdin is not UTF-8 text: convert it first (iconv) or pass -m",
                )
            })?,
        };
        let body = body.trim_end_matches(['\n', '\r']).to_string();
        if body.is_empty() {
            return bail(
                Kind::Usage,
                "nothing to send: pass -m TEXT or pipe a body on stdin",
            );
        }
        recipients
            .iter()
            .map(|to| {
                message(
                    to.clone(),
                    args.message_kind(),
                    &body,
                    args.subject.as_deref(),
                    args.thread.as_deref(),
                    None,
                )
            })
            .collect()
    };
    if batch.is_empty() {
        return bail(Kind::Usage, "nothing to send: the input holds no message");
    }
    Ok(batch)
}

fn batch_source(batch: Vec<Outgoing>) -> Source {
    let (tx, rx) = tokio::sync::mpsc::channel(256);
    tokio::spawn(async move {
        for m in batch {
            if tx.send(Ok(m)).await.is_err() {
                break;
            }
        }
    });
    rx
}

/// `--lines`: each stdin line becomes a message to every recipient as it
/// arrives. EOF is a normal end.
fn lines_source(args: &SendArgs) -> Result<Source> {
    let recipients = recipients(&args.to)?;
    let (kind, subject, thread) = (
        args.message_kind(),
        args.subject.clone(),
        args.thread.clone(),
    );
    let (tx, rx) = tokio::sync::mpsc::channel(1024);
    tokio::spawn(async move {
        let mut stdin = tokio::io::BufReader::with_capacity(64 * 1024, tokio::io::stdin());
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match stdin.read_until(b'\n', &mut buf).await {
                Ok(0) => break,
                Ok(_) => {
                    let text = String::from_utf8_lossy(&buf);
                    let body = text.trim_end_matches(['\n', '\r']);
                    if body.is_empty() {
                        continue;
                    }
                    for to in &recipients {
                        let m = message(
                            to.clone(),
                            kind,
                            body,
                            subject.as_deref(),
                            thread.as_deref(),
                            None,
                        );
                        if tx.send(Ok(m)).await.is_err() {
                            return;
                        }
                    }
                }
                Err(e) => {
                    let _ = tx
                        .send(Err(fail(Kind::Usage, format!("reading stdin: {e}"))))
                        .await;
                    break;
                }
            }
        }
    });
    Ok(rx)
}

async fn dry_run(mut source: Source, out: &mut Output) -> Result<()> {
    while let Some(m) = source.recv().await {
        print_dry_run(out, m?)?;
    }
    Ok(())
}

/// Send everything from `source` over one session while reading what the
/// server sends back (acks, bounces), so neither side blocks the other.
/// `streaming` prints each status as soon as it is known.
async fn pump(
    mut session: Session,
    mut source: Source,
    out: &mut Output,
    streaming: bool,
) -> Result<()> {
    let mut tracker = Tracker::default();
    enum Event {
        Next(Option<Result<Box<Outgoing>>>),
        In(Result<Option<Incoming>>),
    }
    let sent: Result<()> = async {
        loop {
            let event = tokio::select! {
                m = source.recv() => Event::Next(m.map(|r| r.map(Box::new))),
                incoming = session.recv() => Event::In(incoming),
            };
            match event {
                Event::Next(None) => break,
                Event::Next(Some(m)) => {
                    tracker.send(&mut session, *m?).await?;
                    if source.is_empty() {
                        session.flush().await?;
                        session.request_ack().await?;
                    }
                }
                Event::In(incoming) => match incoming? {
                    Some(incoming) => {
                        tracker.observe(incoming);
                        if streaming {
                            tracker.report(out)?;
                        }
                    }
                    None => return bail(Kind::Network, "the server closed the stream"),
                },
            }
        }
        session.flush().await
    }
    .await;
    if let Err(e) = sent {
        tracker.fail_pending(&e);
        tracker.report(out)?;
        return Err(e);
    }
    finish(session, tracker, out).await
}

/// Barrier, clean close, status lines, exit status.
/// If the connection fails before the server confirmed everything, the
/// messages it did not confirm are reported as errors ("not confirmed") and
/// the failure's own exit code wins.
async fn finish(mut session: Session, mut tracker: Tracker, out: &mut Output) -> Result<()> {
    match session.barrier().await {
        Ok(got) => tracker.observe_all(got),
        Err(e) => {
            tracker.fail_pending(&e);
            tracker.report(out)?;
            return Err(e);
        }
    }
    // Everything not bounced by now was taken by the server.
    let got = session.close().await?;
    tracker.observe_all(got);
    tracker.confirm_all();
    tracker.report(out)?;
    out.flush()?;
    tracker.outcome()
}

#[derive(Debug, PartialEq)]
enum State {
    Pending,
    Sent,
    Error(String),
}

struct Tracked {
    id: String,
    to: Option<String>,
    kind: &'static str,
    seq: u32,
    state: State,
    reported: bool,
}

#[derive(Default)]
struct Tracker {
    msgs: Vec<Tracked>,
    by_id: HashMap<String, usize>,
}

impl Tracker {
    /// Queue one message on the session and start tracking it.
    async fn send(&mut self, session: &mut Session, m: Outgoing) -> Result<()> {
        let seq = session.feed(m.stanza).await?;
        self.by_id.insert(m.id.clone(), self.msgs.len());
        self.msgs.push(Tracked {
            id: m.id,
            to: m.to.map(|j| j.to_string()),
            kind: m.kind,
            seq,
            state: State::Pending,
            reported: false,
        });
        Ok(())
    }

    fn observe_all(&mut self, all: Vec<Incoming>) {
        for x in all {
            self.observe(x);
        }
    }

    fn observe(&mut self, incoming: Incoming) {
        match incoming {
            Incoming::Stanza(st) => {
                let (id, error) = match *st {
                    Stanza::Message(m) if m.type_ == MessageType::Error => {
                        let err = m
                            .payloads
                            .iter()
                            .find(|p| p.name() == "error")
                            .and_then(|p| StanzaError::try_from(p.clone()).ok())
                            .map(|e| connection::describe_stanza_error(&e))
                            .unwrap_or_else(|| "undefined-condition".to_string());
                        (m.id.map(|i| i.0), err)
                    }
                    Stanza::Presence(_) | Stanza::Message(_) | Stanza::Iq(_) => return,
                };
                if let Some(&i) = id.as_ref().and_then(|id| self.by_id.get(id)) {
                    self.msgs[i].state = State::Error(error);
                    self.msgs[i].reported = false;
                }
            }
            Incoming::Invalid {
                kind, id, type_, ..
            } => {
                if kind == "message" && type_.as_deref() == Some("error") {
                    if let Some(&i) = id.as_ref().and_then(|id| self.by_id.get(id)) {
                        self.msgs[i].state =
                            State::Error("undefined-condition (unparsable bounce)".into());
                        self.msgs[i].reported = false;
                    }
                }
            }
            Incoming::Acked(h) => {
                for m in &mut self.msgs {
                    if m.state == State::Pending && m.seq != 0 && m.seq <= h {
                        m.state = State::Sent;
                    }
                }
            }
        }
    }

    fn fail_pending(&mut self, err: &anyhow::Error) {
        for m in &mut self.msgs {
            if m.state == State::Pending {
                m.state = State::Error(format!("not confirmed by the server: {err}"));
            }
        }
    }

    fn confirm_all(&mut self) {
        for m in &mut self.msgs {
            if m.state == State::Pending {
                m.state = State::Sent;
            }
        }
    }

    /// Print the status of every message whose fate is known and not yet
    /// printed. Errors go to stderr in human mode.
    fn report(&mut self, out: &mut Output) -> Result<()> {
        // With one message the final error says it all.
        let several = self.msgs.len() > 1;
        for m in &mut self.msgs {
            if m.reported || m.state == State::Pending {
                continue;
            }
            m.reported = true;
            let (status, error) = match &m.state {
                State::Sent => ("sent", None),
                State::Error(e) => ("error", Some(e.as_str())),
                State::Pending => unreachable!(),
            };
            if out.is_json() {
                out.json_line(&Status {
                    id: &m.id,
                    to: m.to.clone(),
                    kind: m.kind,
                    status,
                    error,
                })?;
            } else if let (Some(e), true) = (error, several) {
                output::note(&format!(
                    "message {} to {} bounced: {e}",
                    m.id,
                    m.to.as_deref().unwrap_or("(no recipient)")
                ));
            } else {
                log::info!(
                    "message {} to {} sent",
                    m.id,
                    m.to.as_deref().unwrap_or("(no recipient)")
                );
            }
        }
        Ok(())
    }

    fn outcome(&self) -> Result<()> {
        let failed: Vec<&Tracked> = self
            .msgs
            .iter()
            .filter(|m| matches!(m.state, State::Error(_)))
            .collect();
        match failed.first() {
            None => Ok(()),
            Some(first) => {
                let State::Error(e) = &first.state else {
                    unreachable!()
                };
                let to = first.to.as_deref().unwrap_or("(no recipient)");
                let msg = if failed.len() == 1 {
                    format!("message to {to} bounced: {e}")
                } else {
                    format!(
                        "{} of {} messages bounced; first: to {to}: {e}",
                        failed.len(),
                        self.msgs.len()
                    )
                };
                bail(Kind::Remote, msg)
            }
        }
    }
}

fn read_stdin() -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    std::io::stdin()
        .lock()
        .read_to_end(&mut buf)
        .map_err(|e| fail(Kind::Usage, format!("reading stdin: {e}")))?;
    Ok(buf)
}

/// Validate recipients (JIDs or `xmpp:` URIs) before anything connects.
fn recipients(args: &[String]) -> Result<Vec<Jid>> {
    if args.is_empty() {
        return bail(
            Kind::Usage,
            "no recipient: name at least one JID, e.g. xmpp send alice@example.org",
        );
    }
    args.iter()
        .map(|a| {
            jidtools::parse_recipient(a)
                .map_err(|reason| fail(Kind::Usage, format!("invalid recipient '{a}': {reason}")))
        })
        .collect()
}

fn kind_name(kind: MessageKind) -> (&'static str, MessageType) {
    match kind {
        MessageKind::Chat => ("chat", MessageType::Chat),
        MessageKind::Normal => ("normal", MessageType::Normal),
        MessageKind::Headline => ("headline", MessageType::Headline),
        MessageKind::Groupchat => ("groupchat", MessageType::Groupchat),
    }
}

/// Replace characters XML 1.0 cannot carry (most C0 controls) with U+FFFD.
fn xml_safe(text: &str) -> String {
    let bad = |c: char| matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}');
    if text.chars().any(bad) {
        log::warn!("replaced control characters XML cannot carry with U+FFFD");
        text.chars()
            .map(|c| if bad(c) { '\u{FFFD}' } else { c })
            .collect()
    } else {
        text.to_string()
    }
}

fn message(
    to: Jid,
    kind: MessageKind,
    body: &str,
    subject: Option<&str>,
    thread: Option<&str>,
    id: Option<String>,
) -> Outgoing {
    let (name, type_) = kind_name(kind);
    let id = id.unwrap_or_else(new_id);
    let mut m = Message::new_with_type(type_, Some(to.clone()));
    m.id = Some(xmpp_parsers::message::Id(id.clone()));
    m.bodies.insert(Lang::new(), xml_safe(body));
    if let Some(s) = subject {
        m.subjects.insert(Lang::new(), xml_safe(s));
    }
    if let Some(t) = thread {
        m.thread = Some(Thread {
            parent: None,
            id: xml_safe(t),
        });
    }
    Outgoing {
        id,
        to: Some(to),
        kind: name,
        stanza: Stanza::Message(m),
    }
}

fn ndjson_batch(input: &[u8]) -> Result<Vec<Outgoing>> {
    let text =
        std::str::from_utf8(input).map_err(|_| fail(Kind::Usage, "--ndjson input is not UTF-8"))?;
    let mut batch = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        if line.trim().is_empty() {
            continue;
        }
        let m: NdjsonMessage = serde_json::from_str(line)
            .map_err(|e| fail(Kind::Usage, format!("--ndjson line {n}: {e}")))?;
        let to = jidtools::parse_recipient(&m.to).map_err(|reason| {
            fail(
                Kind::Usage,
                format!("--ndjson line {n}: invalid recipient '{}': {reason}", m.to),
            )
        })?;
        if m.body.is_empty() {
            return bail(Kind::Usage, format!("--ndjson line {n}: empty body"));
        }
        batch.push(message(
            to,
            m.kind.unwrap_or(MessageKind::Chat),
            &m.body,
            m.subject.as_deref(),
            m.thread.as_deref(),
            m.id,
        ));
    }
    Ok(batch)
}

/// Parse raw stanzas: message, presence or iq elements in the jabber:client
/// namespace (declared or not). Ids are added where missing.
fn raw_batch(input: &[u8]) -> Result<Vec<Outgoing>> {
    let text =
        std::str::from_utf8(input).map_err(|_| fail(Kind::Usage, "--raw input is not UTF-8"))?;
    let root = xml::parse_wrapped(text, "jabber:client", "--raw input")?;
    let mut batch = Vec::new();
    for (n, el) in root.children().enumerate() {
        let n = n + 1;
        let mut stanza = Stanza::try_from(el.clone()).map_err(|e| {
            fail(
                Kind::Usage,
                format!(
                    "--raw stanza {n} (<{}>) is not a valid message, presence or iq: {e}",
                    el.name()
                ),
            )
        })?;
        let (id, to, kind) = match &mut stanza {
            Stanza::Message(m) => {
                let id =
                    m.id.get_or_insert_with(|| xmpp_parsers::message::Id(new_id()))
                        .0
                        .clone();
                (id, m.to.clone(), "message")
            }
            Stanza::Presence(p) => {
                let id = p.id.get_or_insert_with(new_id).clone();
                (id, p.to.clone(), "presence")
            }
            Stanza::Iq(iq) => {
                if iq.id().is_empty() {
                    *iq.id_mut() = new_id();
                }
                (iq.id().to_string(), iq.to().cloned(), "iq")
            }
        };
        batch.push(Outgoing {
            id,
            to,
            kind,
            stanza,
        });
    }
    if batch.is_empty() {
        return bail(Kind::Usage, "nothing to send: --raw input holds no stanza");
    }
    Ok(batch)
}

fn print_dry_run(out: &mut Output, m: Outgoing) -> Result<()> {
    let el: Element = m.stanza.into();
    let xml = String::from(&el);
    if out.is_json() {
        out.json_line(&serde_json::json!({
            "id": m.id,
            "to": m.to.as_ref().map(|j| j.to_string()),
            "type": m.kind,
            "status": "dry-run",
            "stanza": xml,
        }))?;
    } else {
        out.line(&xml)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_input_is_checked_before_connecting() {
        let ok =
            raw_batch(b"<message to='a@b.example'><body>x</body></message><presence/>").unwrap();
        assert_eq!(ok.len(), 2);
        assert_eq!(ok[0].kind, "message");
        assert!(!ok[0].id.is_empty());
        assert!(raw_batch(b"<message><body>x</message>").is_err());
        assert!(raw_batch(b"<foo/>").is_err());
        assert!(raw_batch(b"  ").is_err());
    }

    #[test]
    fn ndjson_lines_are_validated_with_their_line_number() {
        let ok = ndjson_batch(b"{\"to\":\"a@b.example\",\"body\":\"x\",\"type\":\"headline\"}\n\n{\"to\":\"xmpp:c@d.example\",\"body\":\"y\",\"id\":\"m2\"}\n").unwrap();
        assert_eq!(ok.len(), 2);
        assert_eq!(ok[0].kind, "headline");
        assert_eq!(ok[1].id, "m2");
        assert_eq!(ok[1].to.as_ref().unwrap().to_string(), "c@d.example");
        let err = ndjson_batch(
            b"{\"to\":\"a@b.example\",\"body\":\"x\"}\n{\"to\":\"a@@b\",\"body\":\"x\"}\n",
        )
        .unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
        assert!(ndjson_batch(b"{\"to\":\"a@b.example\",\"body\":\"x\",\"extra\":1}").is_err());
    }

    #[test]
    fn control_characters_are_replaced() {
        assert_eq!(xml_safe("a\u{1}b\tc"), "a\u{FFFD}b\tc");
    }
}
