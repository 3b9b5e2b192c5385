//! What a relay request asks for, checked before anything is sent: the
//! bearer token (compared in constant time), the recipients (valid JIDs,
//! within the allow-list), the body. Pure; unit-tested without a network.

use std::path::Path;

use jid::{BareJid, Jid};
use serde::Deserialize;
use subtle::ConstantTimeEq;

use crate::cli::MessageKind;
use crate::error::{bail, fail, Kind};
use crate::jidtools;

/// The largest request body read (413 beyond it).
pub const MAX_BODY: usize = 64 * 1024;

/// The most recipients one request may name.
pub const MAX_RECIPIENTS: usize = 100;

/// The systemd credential (`LoadCredential=`) the tokens come from when
/// no option names them.
pub const CREDENTIAL: &str = "xmpp-relay-token";

/// The bearer tokens a request may present.
pub struct Tokens(Vec<String>);

impl Tokens {
    /// From the token file (one per line; blank lines and `#` comments
    /// ignored) and the variable `env_var` names; when neither is given,
    /// from systemd's credential `xmpp-relay-token`
    /// (`$CREDENTIALS_DIRECTORY`). At least one token, or an error naming
    /// the sources: the relay never serves without one.
    pub fn load(
        file: Option<&Path>,
        env_var: Option<&str>,
        env: impl Fn(&str) -> Option<String>,
    ) -> anyhow::Result<Tokens> {
        let mut tokens = Vec::new();
        let credential = env("CREDENTIALS_DIRECTORY")
            .map(|d| Path::new(&d).join(CREDENTIAL))
            .filter(|f| f.is_file());
        let file = match (file, env_var) {
            (None, None) => credential.as_deref(),
            _ => file,
        };
        if let Some(path) = file {
            let text = crate::files::read_text_bounded(path, 1 << 20).map_err(|e| {
                fail(
                    Kind::Config,
                    format!("cannot read the token file {}: {e}", path.display()),
                )
            })?;
            tokens.extend(
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .map(str::to_string),
            );
        }
        if let Some(var) = env_var {
            match env(var) {
                Some(t) if !t.trim().is_empty() => tokens.push(t.trim().to_string()),
                _ => {
                    return bail(
                        Kind::Config,
                        format!("--token-env {var}: the variable is not set"),
                    )
                }
            }
        }
        if let Some(short) = tokens.iter().find(|t| t.len() < 16) {
            return bail(
                Kind::Config,
                format!(
                    "a bearer token of {} characters is too short to guard the relay (16 at least; \
                     e.g. `head -c 24 /dev/urandom | base64`)",
                    short.chars().count()
                ),
            );
        }
        if tokens.is_empty() {
            return bail(
                Kind::Config,
                "no bearer token: give --token-file FILE or --token-env VAR, or the systemd \
                 credential xmpp-relay-token (every route but /healthz needs one)",
            );
        }
        Ok(Tokens(tokens))
    }

    /// Whether an `Authorization` header value carries one of the tokens.
    /// Each comparison takes the same time whatever the bytes.
    pub fn allow(&self, authorization: Option<&[u8]>) -> bool {
        let Some(given) = authorization.and_then(|h| h.strip_prefix(b"Bearer ")) else {
            return false;
        };
        let mut ok = subtle::Choice::from(0u8);
        for t in &self.0 {
            ok |= t.as_bytes().ct_eq(given);
        }
        ok.into()
    }
}

/// The recipients `POST /send` may name; empty for any.
pub struct AllowList(Vec<Jid>);

impl AllowList {
    pub fn parse(list: &[String]) -> anyhow::Result<AllowList> {
        list.iter()
            .map(|j| jidtools::jid_arg(j, "--allow-to JID"))
            .collect::<anyhow::Result<Vec<_>>>()
            .map(AllowList)
    }

    /// A bare JID on the list allows each of its resources.
    pub fn permits(&self, to: &Jid) -> bool {
        self.0.is_empty()
            || self
                .0
                .iter()
                .any(|a| a == to || (a.resource().is_none() && a.to_bare() == to.to_bare()))
    }
}

/// One `POST /send`: messages to send, all checked.
#[derive(Debug, PartialEq)]
pub struct Wanted {
    pub to: Vec<Jid>,
    /// Rooms the relay keeps, for group chat messages (`"muc"`).
    pub rooms: Vec<BareJid>,
    pub body: String,
    pub kind: MessageKind,
    pub subject: Option<String>,
    pub thread: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonSend {
    #[serde(default)]
    to: Option<OneOrMany>,
    #[serde(default)]
    muc: Option<OneOrMany>,
    body: String,
    #[serde(rename = "type")]
    kind: Option<MessageKind>,
    subject: Option<String>,
    thread: Option<String>,
}

/// Why a request is refused before anything is sent: its HTTP status and
/// a one-line reason.
#[derive(Debug, PartialEq)]
pub struct Refusal {
    pub status: u16,
    pub reason: String,
}

fn bad(reason: impl Into<String>) -> Refusal {
    Refusal {
        status: 400,
        reason: reason.into(),
    }
}

fn list(v: Option<OneOrMany>) -> Vec<String> {
    match v {
        None => vec![],
        Some(OneOrMany::One(t)) => vec![t],
        Some(OneOrMany::Many(ts)) => ts,
    }
}

/// A JSON body: `{"to": JID | [JID, ...], "muc": ROOM | [ROOM, ...],
/// "body", "type"?, "subject"?, "thread"?}`. A room must be one the
/// relay keeps (`kept`: a route's rooms and `[relay] rooms`).
pub fn from_json(body: &[u8], allow: &AllowList, kept: &[BareJid]) -> Result<Wanted, Refusal> {
    let req: JsonSend =
        serde_json::from_slice(body).map_err(|e| bad(format!("invalid JSON body: {e}")))?;
    let to = list(req.to);
    let kind = req.kind.unwrap_or(MessageKind::Chat);
    if kind == MessageKind::Groupchat {
        return Err(bad(
            "\"type\": \"groupchat\" is for rooms: name them in \"muc\" instead of \"to\"",
        ));
    }
    let mut rooms: Vec<BareJid> = Vec::new();
    for r in list(req.muc) {
        let jid = jidtools::jid_arg(&r, "room").map_err(|e| bad(e.to_string()))?;
        let room = jid.to_bare();
        if jid.resource().is_some() || !kept.contains(&room) {
            return Err(Refusal {
                status: 403,
                reason: format!(
                    "the relay keeps no room {r}: name it in [relay] rooms (or a route's rooms)"
                ),
            });
        }
        if !rooms.contains(&room) {
            rooms.push(room);
        }
    }
    if to.is_empty() && rooms.is_empty() {
        return Err(bad("no recipient: \"to\" (JIDs) or \"muc\" (rooms)"));
    }
    for (field, value) in [("subject", &req.subject), ("thread", &req.thread)] {
        if let Some(v) = value {
            crate::xml::check_text(&format!("\"{field}\""), v).map_err(|e| bad(e.to_string()))?;
        }
    }
    let mut w = wanted(&to, req.body, kind, req.subject, allow, !rooms.is_empty())?;
    w.thread = req.thread;
    w.rooms = rooms;
    Ok(w)
}

/// A text body, the recipients in the query: `?to=JID&to=JID`.
pub fn from_text(query: Option<&str>, body: &[u8], allow: &AllowList) -> Result<Wanted, Refusal> {
    let text = std::str::from_utf8(body).map_err(|_| bad("the body is not UTF-8"))?;
    let mut to = Vec::new();
    for pair in query
        .unwrap_or_default()
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_encoding::percent_decode_str(value)
            .decode_utf8()
            .map_err(|_| bad("a query value is not UTF-8"))?;
        match key {
            "to" => to.push(value.into_owned()),
            other => {
                return Err(bad(format!(
                    "unknown query parameter {other:?} (only to=JID)"
                )))
            }
        }
    }
    let body = text.strip_suffix('\n').unwrap_or(text).to_string();
    wanted(&to, body, MessageKind::Chat, None, allow, false)
}

fn wanted(
    to: &[String],
    body: String,
    kind: MessageKind,
    subject: Option<String>,
    allow: &AllowList,
    rooms: bool,
) -> Result<Wanted, Refusal> {
    if to.is_empty() && !rooms {
        return Err(bad("no recipient: \"to\" in the JSON body, or ?to=JID"));
    }
    if to.len() > MAX_RECIPIENTS {
        return Err(bad(format!(
            "{} recipients; at most {MAX_RECIPIENTS} per request",
            to.len()
        )));
    }
    if body.trim().is_empty() {
        return Err(bad("empty body"));
    }
    let mut jids = Vec::with_capacity(to.len());
    for t in to {
        let jid = jidtools::jid_arg(t, "recipient").map_err(|e| bad(e.to_string()))?;
        if !allow.permits(&jid) {
            return Err(Refusal {
                status: 403,
                reason: format!("{jid} is not among the recipients --allow-to permits"),
            });
        }
        if !jids.contains(&jid) {
            jids.push(jid);
        }
    }
    Ok(Wanted {
        to: jids,
        rooms: vec![],
        body,
        kind,
        subject,
        thread: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens() -> Tokens {
        Tokens(vec![
            "0123456789abcdef".into(),
            "another-token-of-24-chars".into(),
        ])
    }

    #[test]
    fn only_a_listed_bearer_token_passes() {
        let t = tokens();
        assert!(t.allow(Some(b"Bearer 0123456789abcdef")));
        assert!(t.allow(Some(b"Bearer another-token-of-24-chars")));
        for wrong in [
            &b"Bearer 0123456789abcdeF"[..],
            b"Bearer 0123456789abcde",
            b"Bearer 0123456789abcdef ",
            b"bearer 0123456789abcdef",
            b"Basic 0123456789abcdef",
            b"0123456789abcdef",
            b"Bearer ",
            b"",
        ] {
            assert!(
                !t.allow(Some(wrong)),
                "{:?}",
                String::from_utf8_lossy(wrong)
            );
        }
        assert!(!t.allow(None));
    }

    #[test]
    fn tokens_come_from_a_file_and_the_environment_and_must_be_long() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("tokens");
        std::fs::write(
            &file,
            "# ops\n\n0123456789abcdef\n  another-token-of-24-chars  \n",
        )
        .unwrap();
        let env = |k: &str| (k == "TOK").then(|| "from-the-environment-123".to_string());
        let t = Tokens::load(Some(&file), Some("TOK"), env).unwrap();
        assert!(t.allow(Some(b"Bearer another-token-of-24-chars")));
        assert!(t.allow(Some(b"Bearer from-the-environment-123")));
        assert!(!t.allow(Some(b"Bearer # ops")));
        let none = Tokens::load(None, None, |_| None).err().unwrap();
        assert!(none.to_string().contains("--token-file"), "{none}");
        // systemd's credential, when nothing else is named.
        let creds = tempfile::tempdir().unwrap();
        std::fs::write(creds.path().join(CREDENTIAL), "from-systemd-credential\n").unwrap();
        let dir = creds.path().to_str().unwrap().to_string();
        let systemd = |k: &str| (k == "CREDENTIALS_DIRECTORY").then(|| dir.clone());
        let t = Tokens::load(None, None, systemd).unwrap();
        assert!(t.allow(Some(b"Bearer from-systemd-credential")));
        let unset = Tokens::load(None, Some("NOPE"), |_| None).err().unwrap();
        assert!(unset.to_string().contains("NOPE"), "{unset}");
        std::fs::write(&file, "short\n").unwrap();
        let short = Tokens::load(Some(&file), None, |_| None).err().unwrap();
        assert!(short.to_string().contains("too short"), "{short}");
    }

    #[test]
    fn json_and_text_requests() {
        let any = AllowList(vec![]);
        let w = from_json(
            br#"{"to": "ops@example.org", "body": "disk full"}"#,
            &any,
            &[],
        )
        .unwrap();
        assert_eq!(w.to, vec!["ops@example.org".parse::<Jid>().unwrap()]);
        assert_eq!((w.body.as_str(), w.kind), ("disk full", MessageKind::Chat));
        let w = from_json(
            br#"{"to": ["a@example.org", "b@example.org", "a@example.org"], "body": "x", "type": "headline", "subject": "s"}"#,
            &any,
            &[],
        )
        .unwrap();
        assert_eq!(w.to.len(), 2, "a recipient named twice gets one message");
        assert_eq!(
            (w.kind, w.subject.as_deref()),
            (MessageKind::Headline, Some("s"))
        );
        let w = from_text(
            Some("to=ops%40example.org&to=b@example.org"),
            b"line\n",
            &any,
        )
        .unwrap();
        assert_eq!((w.to.len(), w.body.as_str()), (2, "line"));
    }

    #[test]
    fn refusals_name_the_problem() {
        let any = AllowList(vec![]);
        let status = |r: Result<Wanted, Refusal>| r.unwrap_err().status;
        assert_eq!(status(from_json(b"{", &any, &[])), 400);
        assert_eq!(
            status(from_json(br#"{"to": "x@y", "body": " "}"#, &any, &[])),
            400
        );
        assert_eq!(
            status(from_json(br#"{"to": [], "body": "b"}"#, &any, &[])),
            400
        );
        assert_eq!(
            status(from_json(
                br#"{"to": "not a jid@@", "body": "b"}"#,
                &any,
                &[]
            )),
            400
        );
        assert_eq!(
            status(from_json(
                br#"{"to": "x@y", "body": "b", "mystery": 1}"#,
                &any,
                &[]
            )),
            400
        );
        assert_eq!(
            status(from_json(
                br#"{"to": "r@muc", "body": "b", "type": "groupchat"}"#,
                &any,
                &[]
            )),
            400
        );
        assert_eq!(status(from_text(None, b"hi", &any)), 400);
        assert_eq!(status(from_text(Some("cc=x@y"), b"hi", &any)), 400);
        assert_eq!(status(from_text(Some("to=x@y"), &[0xff, 0xfe], &any)), 400);
        let many: Vec<String> = (0..=MAX_RECIPIENTS)
            .map(|i| format!("u{i}@example.org"))
            .collect();
        let body = serde_json::json!({"to": many, "body": "b"}).to_string();
        assert_eq!(status(from_json(body.as_bytes(), &any, &[])), 400);
    }

    #[test]
    fn rooms_are_those_the_relay_keeps() {
        let any = AllowList(vec![]);
        let kept: Vec<BareJid> = vec!["ops@muc.example.org".parse().unwrap()];
        let w = from_json(
            br#"{"muc": "ops@muc.example.org", "to": "a@example.org", "body": "b"}"#,
            &any,
            &kept,
        )
        .unwrap();
        assert_eq!((w.rooms.len(), w.to.len()), (1, 1));
        let w = from_json(
            br#"{"muc": ["ops@muc.example.org"], "body": "b"}"#,
            &any,
            &kept,
        )
        .unwrap();
        assert!(w.to.is_empty());
        let other = from_json(
            br#"{"muc": "dev@muc.example.org", "body": "b"}"#,
            &any,
            &kept,
        );
        let refused = other.unwrap_err();
        assert_eq!(refused.status, 403);
        assert!(
            refused.reason.contains("[relay] rooms"),
            "{}",
            refused.reason
        );
        let nick = from_json(
            br#"{"muc": "ops@muc.example.org/nick", "body": "b"}"#,
            &any,
            &kept,
        );
        assert_eq!(nick.unwrap_err().status, 403);
        let none = from_json(br#"{"body": "b"}"#, &any, &kept).unwrap_err();
        assert!(none.reason.contains("muc"), "{}", none.reason);
    }

    #[test]
    fn the_allow_list_decides_recipients() {
        let allow = AllowList::parse(&["ops@example.org".into(), "pager@example.org/phone".into()])
            .unwrap();
        let ok = |to: &str| from_text(Some(&format!("to={to}")), b"x", &allow).map(|_| ());
        assert!(ok("ops@example.org").is_ok());
        assert!(
            ok("ops@example.org/laptop").is_ok(),
            "a bare entry allows every resource"
        );
        assert!(ok("pager@example.org/phone").is_ok());
        let refused = ok("pager@example.org").unwrap_err();
        assert_eq!(refused.status, 403);
        assert!(refused.reason.contains("--allow-to"), "{}", refused.reason);
        assert_eq!(ok("mallory@example.org").unwrap_err().status, 403);
    }
}
