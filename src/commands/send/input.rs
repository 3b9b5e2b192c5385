//! What `send` sends: the batch (one body to many, `--ndjson`, `--raw`),
//! the `--lines` stream, recipients and rooms, the message stanza, and
//! `--dry-run`. Everything is validated before a connection opens.

use anyhow::Result;
use jid::{BareJid, Jid};
use minidom::Element;
use serde::Deserialize;
use tokio::io::AsyncBufReadExt;
use xmpp_parsers::message::{Lang, Message, MessageType, Thread};
use xmpp_parsers::stanza::Stanza;

use super::{Outgoing, Source};
use crate::cli::{MessageKind, SendArgs};
use crate::commands::read_stdin;
use crate::error::{bail, fail, Kind};
use crate::ids::new_id;
use crate::output::Output;
use crate::{jidtools, xml};

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

/// The whole batch (one body to many, `--ndjson` or `--raw`), validated
/// before anything connects.
pub(super) async fn batch(args: &SendArgs) -> Result<Vec<Outgoing>> {
    let batch = if args.ndjson {
        if !args.to.is_empty() {
            return bail(
                Kind::Usage,
                "--ndjson takes recipients from its input, not as arguments",
            );
        }
        ndjson_batch(&read_stdin().await?)?
    } else if args.raw {
        if !args.to.is_empty() {
            return bail(
                Kind::Usage,
                "--raw takes its stanzas from stdin, not recipients as arguments",
            );
        }
        raw_batch(&read_stdin().await?)?
    } else {
        let targets = targets(args)?;
        let body = match &args.message {
            Some(m) => m.clone(),
            None => crate::error::utf8(&read_stdin().await?, "stdin")?.to_string(),
        };
        let body = body.trim_end_matches(['\n', '\r']).to_string();
        if body.is_empty() {
            return bail(
                Kind::Usage,
                "nothing to send: pass -m TEXT or pipe a body on stdin",
            );
        }
        targets
            .iter()
            .map(|(to, kind)| {
                message(
                    to.clone(),
                    *kind,
                    &body,
                    args.subject.as_deref(),
                    args.thread.as_deref(),
                    None,
                    args.receipt,
                )
            })
            .collect()
    };
    if batch.is_empty() {
        return bail(Kind::Usage, "nothing to send: the input holds no message");
    }
    Ok(batch)
}

pub(super) fn batch_source(batch: Vec<Outgoing>) -> Source {
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
pub(super) fn lines_source(args: &SendArgs) -> Result<Source> {
    let targets = targets(args)?;
    let (subject, thread, receipt) = (args.subject.clone(), args.thread.clone(), args.receipt);
    let (tx, rx) = tokio::sync::mpsc::channel(1024);
    tokio::spawn(async move {
        let mut stdin = tokio::io::BufReader::with_capacity(64 * 1024, tokio::io::stdin());
        let mut buf = Vec::new();
        let mut line = 0u64;
        loop {
            buf.clear();
            match stdin.read_until(b'\n', &mut buf).await {
                Ok(0) => break,
                Ok(_) => {
                    line += 1;
                    // A stream goes on past one bad line (plain send, which
                    // has all its input, refuses it: exit 2), but not
                    // silently.
                    let text = String::from_utf8_lossy(&buf);
                    if let std::borrow::Cow::Owned(_) = text {
                        crate::output::warn(&format!(
                            "stdin line {line} is not UTF-8: its invalid bytes are sent as U+FFFD"
                        ));
                    }
                    let body = text.trim_end_matches(['\n', '\r']);
                    if body.is_empty() {
                        continue;
                    }
                    for (to, kind) in &targets {
                        let m = message(
                            to.clone(),
                            *kind,
                            body,
                            subject.as_deref(),
                            thread.as_deref(),
                            None,
                            receipt,
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

pub(super) async fn dry_run(mut source: Source, out: &mut Output) -> Result<()> {
    while let Some(m) = source.recv().await {
        print_dry_run(out, m?)?;
    }
    Ok(())
}

/// Validate recipients (JIDs or `xmpp:` URIs) and rooms before anything
/// connects; rooms get groupchat messages.
pub(super) fn targets(args: &SendArgs) -> Result<Vec<(Jid, MessageKind)>> {
    let mut out = Vec::new();
    for a in &args.to {
        let jid = jidtools::jid_arg(a, "recipient")?;
        out.push((jid, args.message_kind()));
    }
    for room in rooms(args)? {
        out.push((Jid::from(room), MessageKind::Groupchat));
    }
    if out.is_empty() {
        return bail(
            Kind::Usage,
            "no recipient: name at least one JID, e.g. xmpp send alice@example.org",
        );
    }
    Ok(out)
}

/// `--muc` rooms: bare JIDs with a local part.
pub(super) fn rooms(args: &SendArgs) -> Result<Vec<BareJid>> {
    args.rooms
        .iter()
        .map(|r| {
            let jid = jidtools::jid_arg(r, "--muc")?;
            if jid.node().is_none() || jid.resource().is_some() {
                return bail(
                    Kind::Usage,
                    format!("--muc {} must be ROOM@SERVICE", crate::error::quoted(r)),
                );
            }
            Ok(jid.to_bare())
        })
        .collect()
}

pub(super) fn kind_name(kind: MessageKind) -> (&'static str, MessageType) {
    match kind {
        MessageKind::Chat => ("chat", MessageType::Chat),
        MessageKind::Normal => ("normal", MessageType::Normal),
        MessageKind::Headline => ("headline", MessageType::Headline),
        MessageKind::Groupchat => ("groupchat", MessageType::Groupchat),
    }
}

/// One message stanza as `send` writes it (an id, XEP-0359 origin-id,
/// characters XML cannot carry replaced). Pure; `relay` builds its
/// messages with it too.
pub(crate) fn message(
    to: Jid,
    kind: MessageKind,
    body: &str,
    subject: Option<&str>,
    thread: Option<&str>,
    id: Option<String>,
    receipt: bool,
) -> Outgoing {
    let (name, type_) = kind_name(kind);
    let id = id.unwrap_or_else(new_id);
    let mut m = Message::new_with_type(type_, Some(to.clone()));
    m.id = Some(xmpp_parsers::message::Id(id.clone()));
    if receipt {
        m.payloads.push(xmpp_parsers::receipts::Request.into());
    }
    // XEP-0359: lets a room's reflection and a receipt be matched even
    // where the id is rewritten.
    m.payloads
        .push(xmpp_parsers::stanza_id::OriginId { id: id.clone() }.into());
    m.bodies.insert(Lang::new(), xml::replace_forbidden(body));
    if let Some(s) = subject {
        m.subjects.insert(Lang::new(), xml::replace_forbidden(s));
    }
    if let Some(t) = thread {
        m.thread = Some(Thread {
            parent: None,
            id: t.to_string(),
        });
    }
    Outgoing {
        id,
        to: Some(to),
        kind: name,
        stanza: Stanza::Message(m),
    }
}

pub(crate) fn ndjson_batch(input: &[u8]) -> Result<Vec<Outgoing>> {
    let text = crate::error::utf8(input, "--ndjson input")?;
    let mut batch = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        if line.trim().is_empty() {
            continue;
        }
        let m: NdjsonMessage = serde_json::from_str(line)
            .map_err(|e| fail(Kind::Usage, format!("--ndjson line {n}: {e}")))?;
        let to = jidtools::jid_arg(&m.to, "recipient")
            .map_err(|e| fail(Kind::Usage, format!("--ndjson line {n}: {e}")))?;
        if m.body.is_empty() {
            return bail(Kind::Usage, format!("--ndjson line {n}: empty body"));
        }
        for (field, value) in [("id", &m.id), ("thread", &m.thread)] {
            if let Some(v) = value {
                xml::check_text(&format!("--ndjson line {n}: \"{field}\""), v)?;
            }
        }
        batch.push(message(
            to,
            m.kind.unwrap_or(MessageKind::Chat),
            &m.body,
            m.subject.as_deref(),
            m.thread.as_deref(),
            m.id,
            false,
        ));
    }
    Ok(batch)
}

/// Parse raw stanzas: message, presence or iq elements in the jabber:client
/// namespace (declared or not). Ids are added where missing.
pub(crate) fn raw_batch(input: &[u8]) -> Result<Vec<Outgoing>> {
    let text = crate::error::utf8(input, "--raw input")?;
    let root = xml::parse_wrapped(text, "jabber:client", "--raw input")?;
    if let Some(stray) = root.texts().map(str::trim).find(|t| !t.is_empty()) {
        return bail(
            Kind::Usage,
            format!(
                "--raw input has text outside any stanza: {}",
                crate::error::quoted(stray)
            ),
        );
    }
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
            // An empty id is none: the stanza could not be told apart.
            Stanza::Message(m) => {
                m.id = m.id.take().filter(|i| !i.0.is_empty());
                let id =
                    m.id.get_or_insert_with(|| xmpp_parsers::message::Id(new_id()))
                        .0
                        .clone();
                (id, m.to.clone(), "message")
            }
            Stanza::Presence(p) => {
                p.id = p.id.take().filter(|i| !i.is_empty());
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

pub(super) fn print_dry_run(out: &mut Output, m: Outgoing) -> Result<()> {
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
        assert_eq!(xml::replace_forbidden("a\u{1}b\tc"), "a\u{FFFD}b\tc");
    }
}
