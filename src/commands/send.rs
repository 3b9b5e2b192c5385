//! `xmpp send`: one message to several recipients, a line-per-message
//! stream, an NDJSON batch or raw stanzas, over one delivery-aware
//! connection.

use std::collections::HashMap;
use std::time::Duration;

use anyhow::Result;
use jid::{BareJid, Jid};
use minidom::Element;
use serde::{Deserialize, Serialize};
use tokio::io::AsyncBufReadExt;
use xmpp_parsers::message::{Lang, Message, MessageType, Thread};
use xmpp_parsers::stanza::Stanza;

use crate::cli::{GlobalArgs, MessageKind, SendArgs};
use crate::commands::{muc, read_stdin, upload};
use crate::connection::backoff::{retryable, Backoff};
use crate::connection::{self, Incoming, Resumption, Session};
use crate::error::{bail, fail, Kind};
use crate::ids::new_id;
use crate::output::{self, Output};
use crate::{jidtools, settings, xml};

/// One message to send, fully validated.
#[derive(Debug)]
pub(crate) struct Outgoing {
    pub(crate) id: String,
    pub(crate) to: Option<Jid>,
    pub(crate) kind: &'static str,
    pub(crate) stanza: Stanza,
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
    /// Sent again on a new session after the old one was lost before the
    /// server confirmed it: it may arrive twice.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    resent: bool,
}

pub async fn run(args: &SendArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let files = upload::check_files(&args.files)?;
    // With --file, a text body is sent only when -m gives one.
    let text = if args.lines || (!files.is_empty() && args.message.is_none()) {
        targets(args)?;
        Vec::new()
    } else {
        batch(args).await?
    };
    if args.dry_run {
        for f in &files {
            output::note(&format!(
                "would upload {} ({} bytes, {}) and send its URL",
                f.path.display(),
                f.size,
                f.content_type
            ));
        }
        let source = if args.lines {
            lines_source(args)?
        } else {
            batch_source(text)
        };
        return dry_run(source, out).await;
    }
    let streaming = args.lines;
    if streaming {
        out.streaming();
    }
    let room_password = match &args.muc_password_env {
        Some(var) => Some(std::env::var(var).map_err(|_| {
            fail(
                Kind::Config,
                format!("environment variable {var} is not set (named by --muc-password-env)"),
            )
        })?),
        None => None,
    };
    let settings = super::settings(global)?;
    let mut session = if args.reconnect {
        connection::connect_resumable(&settings).await?
    } else {
        connection::connect(&settings).await?
    };
    let mut tracker = Tracker {
        receipt: args.receipt,
        keep_stanzas: args.reconnect,
        ..Tracker::default()
    };
    let nick = args
        .nick
        .clone()
        .or_else(|| settings.jid.node().map(|n| n.to_string()))
        .unwrap_or_else(|| "xmpp-cli".to_string());
    for room in rooms(args)? {
        let joined = join_room(
            &mut session,
            &room,
            &nick,
            args.nick_fallback,
            room_password.as_deref(),
        )
        .await?;
        tracker.rooms.push((room, joined));
    }
    let source = if args.lines {
        lines_source(args)?
    } else {
        // Uploaded files first: their URL (and an OOB element) to every target.
        let mut all = Vec::new();
        for url in upload::upload_all(&mut session, &settings, &files).await? {
            for (to, kind) in targets(args)? {
                let mut m = message(
                    to,
                    kind,
                    &url,
                    args.subject.as_deref(),
                    args.thread.as_deref(),
                    None,
                    args.receipt,
                );
                if let Stanza::Message(msg) = &mut m.stanza {
                    msg.payloads.push(
                        xmpp_parsers::oob::Oob {
                            url: url.clone(),
                            desc: None,
                        }
                        .into(),
                    );
                }
                all.push(m);
            }
        }
        all.extend(text);
        batch_source(all)
    };
    let recovery = args.reconnect.then_some(Recovery {
        settings: &settings,
        room_password: room_password.as_deref(),
    });
    pump(session, tracker, source, out, streaming, recovery).await
}

/// What `--reconnect` needs to bring a lost session back.
struct Recovery<'a> {
    settings: &'a settings::ConnectSettings,
    room_password: Option<&'a str>,
}

/// How many times `--reconnect` tries before giving up (waiting 1, 2, 4,
/// 8 and 16 s before the tries).
const RECONNECT_TRIES: u32 = 5;

impl Recovery<'_> {
    /// Reconnect after `err`, resuming the old session where the server
    /// kept it, rejoin rooms on a new session, and send again what the
    /// server had not confirmed.
    async fn recover(
        &self,
        mut old: Session,
        err: anyhow::Error,
        tracker: &mut Tracker,
    ) -> Result<Session, anyhow::Error> {
        tracker.observe_all(old.leftovers());
        let mut token = old.resume_token();
        drop(old);
        let mut err = err;
        let mut backoff = Backoff::new(
            Duration::from_secs(1),
            Duration::from_secs(16),
            Some(RECONNECT_TRIES),
        );
        while let Some(delay) = backoff.next_delay() {
            output::warn(&format!(
                "{err:#}; reconnecting in {:.1}s (try {} of {RECONNECT_TRIES})",
                delay.as_secs_f64(),
                backoff.attempt()
            ));
            tokio::time::sleep(delay).await;
            let (mut session, how) =
                match connection::reconnect(self.settings, token.as_ref()).await {
                    Ok(x) => x,
                    Err(e) if retryable(&e) => {
                        err = e;
                        continue;
                    }
                    Err(e) => return Err(e),
                };
            let resent = match how {
                Resumption::Resumed { handled } => {
                    tracker.observe(Incoming::Acked(handled));
                    let n = tracker.resend(&mut session, false).await;
                    n.map(|n| {
                        output::note(&format!(
                            "reconnected and resumed the session; {n} unconfirmed message(s) sent again"
                        ));
                    })
                }
                Resumption::Fresh { handled } => {
                    if let Some(h) = handled {
                        tracker.observe(Incoming::Acked(h));
                    }
                    let rejoined = self.rejoin(&mut session, tracker).await;
                    match rejoined {
                        Ok(()) => tracker.resend(&mut session, true).await.map(|n| {
                            output::note(&format!(
                                "reconnected on a new session (the server did not keep the old one); \
                                 {n} unconfirmed message(s) sent again and may arrive twice"
                            ));
                        }),
                        Err(e) => Err(e),
                    }
                }
            };
            match resent {
                Ok(()) => return Ok(session),
                // Lost again while catching up: this session is the one
                // to resume now.
                Err(e) if retryable(&e) => {
                    tracker.observe_all(session.leftovers());
                    token = session.resume_token().or(token);
                    err = e;
                }
                Err(e) => return Err(e),
            }
        }
        Err(err)
    }

    async fn rejoin(&self, session: &mut Session, tracker: &mut Tracker) -> Result<()> {
        let mut early = Vec::new();
        for (room, nick) in tracker.rooms.clone() {
            muc::join(session, &room, &nick, true, self.room_password, &mut early).await?;
        }
        tracker.observe_all(early);
        Ok(())
    }
}

/// Join, and with `fallback` try NICK_2, NICK_3... while the nick is taken.
async fn join_room(
    session: &mut Session,
    room: &BareJid,
    nick: &str,
    fallback: bool,
    password: Option<&str>,
) -> Result<String> {
    let mut early = Vec::new();
    let mut n = 1;
    loop {
        let candidate = if n == 1 {
            nick.to_string()
        } else {
            format!("{nick}_{n}")
        };
        match muc::join(session, room, &candidate, true, password, &mut early).await {
            Ok(joined) => return Ok(joined.nick),
            Err(e) if fallback && n < 5 && muc::is_conflict(&e) => {
                log::info!("nick {candidate} is taken in {room}; trying another");
                n += 1;
            }
            Err(e) => return Err(e),
        }
    }
}

/// During a flood, request a stream-management ack this often.
const ACK_EVERY: usize = 100;

/// At most this many messages sent and not yet confirmed by the server.
const MAX_IN_FLIGHT: usize = 10 * ACK_EVERY;

/// Messages to send, in order; an `Err` ends the run (e.g. stdin failed).
type Source = tokio::sync::mpsc::Receiver<Result<Outgoing>>;

/// The whole batch (one body to many, `--ndjson` or `--raw`), validated
/// before anything connects.
async fn batch(args: &SendArgs) -> Result<Vec<Outgoing>> {
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
    let targets = targets(args)?;
    let (subject, thread, receipt) = (args.subject.clone(), args.thread.clone(), args.receipt);
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

async fn dry_run(mut source: Source, out: &mut Output) -> Result<()> {
    while let Some(m) = source.recv().await {
        print_dry_run(out, m?)?;
    }
    Ok(())
}

/// Send everything from `source` over one session while reading what the
/// server sends back (acks, bounces), so neither side blocks the other,
/// then wait for the delivery barrier. `streaming` prints each status as
/// soon as it is known. With `recovery`, a lost connection is brought back
/// and the run goes on.
async fn pump(
    mut session: Session,
    mut tracker: Tracker,
    mut source: Source,
    out: &mut Output,
    streaming: bool,
    recovery: Option<Recovery<'_>>,
) -> Result<()> {
    loop {
        let sent = async {
            send_all(&mut session, &mut tracker, &mut source, out, streaming).await?;
            let got = session.barrier().await?;
            tracker.observe_all(got);
            Ok(())
        }
        .await;
        let e = match sent {
            Ok(()) => break,
            Err(e) => e,
        };
        if let Some(recovery) = recovery.as_ref().filter(|_| retryable(&e)) {
            tracker.report(out)?;
            match recovery.recover(session, e, &mut tracker).await {
                Ok(s) => {
                    session = s;
                    continue;
                }
                Err(e) => return give_up(e, tracker, source, out).await,
            }
        }
        return give_up(e, tracker, source, out).await;
    }
    finish(session, tracker, out).await
}

/// Read the source until it ends, sending each message; read what arrives
/// meanwhile. Holds back input while too much is unconfirmed, so a slow or
/// rate-limiting server slows the sender down instead of piling up memory.
async fn send_all(
    session: &mut Session,
    tracker: &mut Tracker,
    source: &mut Source,
    out: &mut Output,
    streaming: bool,
) -> Result<()> {
    enum Event {
        Next(Option<Result<Box<Outgoing>>>),
        In(Result<Option<Incoming>>),
    }
    let mut unacked = 0usize;
    let timeout = session.timeout();
    // Once full, wait until half the window is confirmed: sending in
    // bursts costs less than a message per ack.
    let mut full = false;
    // While full: the deadline for the next confirmation, pushed back
    // only when the server confirms something.
    let mut stall: Option<(tokio::time::Instant, usize)> = None;
    loop {
        let in_flight = tracker.in_flight();
        full = in_flight >= MAX_IN_FLIGHT || (full && in_flight > MAX_IN_FLIGHT / 2);
        let room = !full;
        stall = match stall {
            _ if room => None,
            Some((at, n)) if in_flight >= n => Some((at, n)),
            _ => Some((session.deadline(), in_flight)),
        };
        let stall_at = stall.map(|(at, _)| at);
        let event = tokio::select! {
            m = source.recv(), if room => Event::Next(m.map(|r| r.map(Box::new))),
            // Cancel-safe: nothing is lost when another branch wins.
            incoming = session.recv() => Event::In(incoming),
            // Made only when polled: no timer per message while there is room.
            _ = async { tokio::time::sleep_until(stall_at.unwrap_or_else(tokio::time::Instant::now)).await }, if !room => {
                return bail(
                    Kind::Timeout,
                    format!(
                        "the server confirmed nothing for {}s with {MAX_IN_FLIGHT} messages waiting",
                        timeout.as_secs_f64()
                    ),
                );
            }
        };
        match event {
            Event::Next(None) => break,
            Event::Next(Some(m)) => {
                tracker.send(session, *m?).await?;
                unacked += 1;
                // Ask for an ack when the input pauses, and every
                // ACK_EVERY messages of a flood, so confirmations keep
                // up with what was sent.
                if source.is_empty() || unacked >= ACK_EVERY {
                    session.flush().await?;
                    session.request_ack().await?;
                    unacked = 0;
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

/// The run failed for good: every message gets its status, including
/// those read from the input but never written.
async fn give_up(
    e: anyhow::Error,
    mut tracker: Tracker,
    mut source: Source,
    out: &mut Output,
) -> Result<()> {
    while let Ok(Some(Ok(m))) =
        tokio::time::timeout(Duration::from_millis(200), source.recv()).await
    {
        tracker.track(
            m.id,
            m.to,
            m.kind,
            State::Error(format!("not sent: {e}")),
            None,
        );
    }
    tracker.fail_pending(&e);
    tracker.report(out)?;
    Err(e)
}

/// After the barrier: receipts and reflections, leaving rooms, a clean
/// close, status lines, exit status.
async fn finish(mut session: Session, mut tracker: Tracker, out: &mut Output) -> Result<()> {
    // Everything not bounced by now was taken by the server.
    tracker.confirm_all();
    // Rooms reflect our messages; recipients' clients send receipts.
    let waited = wait_for_confirmations(&mut session, &mut tracker).await;
    for (room, nick) in tracker.rooms.clone() {
        muc::leave(&mut session, &room, &nick).await?;
    }
    tracker.observe_all(session.leftovers());
    let got = session.close().await?;
    tracker.observe_all(got);
    tracker.report(out)?;
    out.flush()?;
    waited?;
    tracker.outcome()
}

/// Wait until every message that needs a confirmation has it; name the
/// ones that did not get one. Each confirmation must come within
/// --timeout of the previous one: other traffic does not extend the wait.
async fn wait_for_confirmations(session: &mut Session, tracker: &mut Tracker) -> Result<()> {
    let mut deadline = session.deadline();
    while tracker.unconfirmed().next().is_some() {
        let before = tracker.unconfirmed().count();
        match tokio::time::timeout_at(deadline, session.recv()).await {
            Ok(Ok(Some(incoming))) => {
                tracker.observe(incoming);
                if tracker.unconfirmed().count() < before {
                    deadline = session.deadline();
                }
            }
            Ok(Ok(None)) => return bail(Kind::Network, "the server closed the stream"),
            Ok(Err(e)) => return Err(e),
            Err(_) => {
                let missing: Vec<String> = tracker
                    .unconfirmed()
                    .map(|m| m.to.clone().unwrap_or_default())
                    .collect();
                let what = if tracker.receipt {
                    "no delivery receipt from"
                } else {
                    "no reflection from"
                };
                return bail(
                    Kind::Timeout,
                    format!(
                        "{what} {} within {}s",
                        missing.join(", "),
                        session.timeout().as_secs_f64()
                    ),
                );
            }
        }
    }
    Ok(())
}

#[derive(Debug, PartialEq)]
enum State {
    Pending,
    Sent,
    /// Reflected by the room, or confirmed by a receipt.
    Delivered,
    Error(String),
}

struct Tracked {
    id: String,
    to: Option<String>,
    kind: &'static str,
    /// Sequence number on the session that last wrote it; 0: never written.
    seq: u32,
    state: State,
    reported: bool,
    /// Kept until the server confirms it, for `--reconnect`.
    stanza: Option<Box<Stanza>>,
    resent: bool,
}

/// How many finished messages a long `--lines` run keeps for late bounces;
/// older ones are forgotten, so memory stays flat however long it runs.
const KEEP_FINISHED: usize = 10_000;

/// The fate of every message. Indices are absolute (the n-th message
/// tracked); the oldest finished ones may be dropped (`prune`).
#[derive(Default)]
struct Tracker {
    msgs: std::collections::VecDeque<Tracked>,
    /// Absolute index of `msgs[0]`.
    base: usize,
    by_id: HashMap<String, usize>,
    /// Changed since the last report, in order of change.
    dirty: Vec<usize>,
    /// Messages before this one are past stream-management acks.
    ack_cursor: usize,
    failures: usize,
    first_failure: Option<(String, String)>,
    /// `--receipt`: every message waits for a XEP-0184 receipt.
    receipt: bool,
    /// Joined rooms and our nick in each: messages to them wait for the
    /// room to reflect them.
    rooms: Vec<(BareJid, String)>,
    /// `--reconnect`: keep each stanza until the server confirms it.
    keep_stanzas: bool,
}

impl Tracker {
    /// Queue one message on the session and start tracking it.
    /// Tracked before it is written, so a failed write is still reported.
    async fn send(&mut self, session: &mut Session, m: Outgoing) -> Result<()> {
        let kept = self.keep_stanzas.then(|| Box::new(copy(&m.stanza)));
        let i = self.track(m.id, m.to, m.kind, State::Pending, kept);
        let seq = session.feed(m.stanza).await?;
        if let Some(t) = self.get_mut(i) {
            t.seq = seq;
        }
        Ok(())
    }

    /// Messages sent (or about to be) that the server has not confirmed.
    fn in_flight(&self) -> usize {
        self.total() - self.ack_cursor.max(self.base)
    }

    /// After a reconnect: write again every message the server has not
    /// confirmed, in order. `duplicate_risk`: the old session is gone, so
    /// anything it had written may have been delivered already. Returns
    /// how many were sent again.
    async fn resend(&mut self, session: &mut Session, duplicate_risk: bool) -> Result<usize> {
        let start = self.ack_cursor.max(self.base);
        let mut n = 0;
        for i in start..self.total() {
            let Some(t) = self.get_mut(i) else { continue };
            if t.state != State::Pending {
                continue;
            }
            let Some(stanza) = t.stanza.as_deref().map(copy) else {
                continue;
            };
            if duplicate_risk && t.seq != 0 {
                t.resent = true;
            }
            t.seq = 0;
            let seq = session.feed(stanza).await?;
            if let Some(t) = self.get_mut(i) {
                t.seq = seq;
            }
            n += 1;
            if n % ACK_EVERY == 0 {
                session.flush().await?;
                session.request_ack().await?;
            }
        }
        session.flush().await?;
        session.request_ack().await?;
        Ok(n)
    }

    fn track(
        &mut self,
        id: String,
        to: Option<Jid>,
        kind: &'static str,
        state: State,
        stanza: Option<Box<Stanza>>,
    ) -> usize {
        let i = self.base + self.msgs.len();
        self.by_id.insert(id.clone(), i);
        if state != State::Pending {
            self.dirty.push(i);
        }
        self.msgs.push_back(Tracked {
            id,
            to: to.map(|j| j.to_string()),
            kind,
            seq: 0,
            state,
            reported: false,
            stanza,
            resent: false,
        });
        i
    }

    fn total(&self) -> usize {
        self.base + self.msgs.len()
    }

    fn get_mut(&mut self, i: usize) -> Option<&mut Tracked> {
        i.checked_sub(self.base).and_then(|j| self.msgs.get_mut(j))
    }

    fn set_state(&mut self, i: usize, state: State) {
        if let Some(m) = self.get_mut(i) {
            if state != State::Pending {
                m.stanza = None;
            }
            m.state = state;
            m.reported = false;
            self.dirty.push(i);
        }
    }

    fn observe_all(&mut self, all: Vec<Incoming>) {
        for x in all {
            self.observe(x);
        }
    }

    /// Messages still waiting for a reflection or a receipt.
    fn unconfirmed(&self) -> impl Iterator<Item = &Tracked> {
        self.msgs
            .iter()
            .filter(move |m| self.awaits_confirmation(m))
    }

    /// Sent, and to be confirmed by a receipt or the room's reflection.
    fn awaits_confirmation(&self, m: &Tracked) -> bool {
        m.state == State::Sent
            && (self.receipt
                || (m.kind == "groupchat"
                    && self
                        .rooms
                        .iter()
                        .any(|(r, _)| m.to.as_deref() == Some(r.as_str()))))
    }

    /// A reflection of our groupchat message, or a receipt: the id it
    /// confirms, and for a receipt who sent it.
    fn confirmation(&self, m: &Message) -> Option<(String, Option<Jid>)> {
        let from = m.from.as_ref()?;
        if m.type_ == MessageType::Groupchat {
            let own = self.rooms.iter().any(|(room, nick)| {
                from.to_bare() == *room && from.resource().is_some_and(|r| r.as_str() == nick)
            });
            if own {
                let origin = m
                    .payloads
                    .iter()
                    .find(|p| p.is("origin-id", xmpp_parsers::ns::SID))
                    .and_then(|p| p.attr("id").map(str::to_string));
                return origin
                    .or_else(|| m.id.as_ref().map(|i| i.0.clone()))
                    .map(|id| (id, None));
            }
        }
        m.payloads
            .iter()
            .find(|p| p.is("received", xmpp_parsers::ns::RECEIPTS))
            .and_then(|p| p.attr("id").map(str::to_string))
            .map(|id| (id, Some(from.clone())))
    }

    /// A receipt counts only from the message's recipient: the same bare
    /// JID, or the same full JID where we wrote to one (XEP-0184 §8).
    fn from_recipient(to: Option<&str>, from: &Jid) -> bool {
        let Some(to) = to.and_then(|t| Jid::new(t).ok()) else {
            return false;
        };
        if to.resource().is_some() {
            *from == to
        } else {
            from.to_bare() == to.to_bare()
        }
    }

    fn observe(&mut self, incoming: Incoming) {
        if let Incoming::Stanza(st) = &incoming {
            if let Stanza::Message(m) = st.as_ref() {
                if m.type_ != MessageType::Error {
                    if let Some((id, receipt_from)) = self.confirmation(m) {
                        if let Some(&i) = self.by_id.get(&id) {
                            let open = self.get_mut(i).is_some_and(|t| {
                                matches!(t.state, State::Pending | State::Sent)
                                    && receipt_from.as_ref().is_none_or(|f| {
                                        let ok = Self::from_recipient(t.to.as_deref(), f);
                                        if !ok {
                                            log::info!(
                                                "ignored a receipt for {id} from {f}, who is not its recipient"
                                            );
                                        }
                                        ok
                                    })
                            });
                            if open {
                                // A streamed "sent" line is followed by this one.
                                self.set_state(i, State::Delivered);
                            }
                        }
                        return;
                    }
                }
            }
        }
        match incoming {
            Incoming::Stanza(st) => {
                let (id, error) = match *st {
                    Stanza::Message(m) if m.type_ == MessageType::Error => {
                        let err = connection::error_condition(&m.payloads);
                        (m.id.map(|i| i.0), err)
                    }
                    Stanza::Presence(_) | Stanza::Message(_) | Stanza::Iq(_) => return,
                };
                if let Some(&i) = id.as_ref().and_then(|id| self.by_id.get(id)) {
                    self.set_state(i, State::Error(error));
                }
            }
            Incoming::Invalid {
                kind, id, type_, ..
            } => {
                if kind == "message" && type_.as_deref() == Some("error") {
                    if let Some(&i) = id.as_ref().and_then(|id| self.by_id.get(id)) {
                        self.set_state(
                            i,
                            State::Error("undefined-condition (unparsable bounce)".into()),
                        );
                    }
                }
            }
            Incoming::Acked(h) => {
                // Sequence numbers grow with the order of sending.
                self.ack_cursor = self.ack_cursor.max(self.base);
                while let Some(m) = self.msgs.get(self.ack_cursor - self.base) {
                    // Settled ones (bounced) need no ack; never-written
                    // ones (seq 0) and later ones wait.
                    if m.state == State::Pending {
                        if m.seq == 0 || m.seq > h {
                            break;
                        }
                        self.set_state(self.ack_cursor, State::Sent);
                    }
                    self.ack_cursor += 1;
                }
            }
        }
    }

    fn settle_pending(&mut self, state: impl Fn() -> State) {
        let pending: Vec<usize> = (self.base..self.total())
            .filter(|&i| self.msgs[i - self.base].state == State::Pending)
            .collect();
        for i in pending {
            self.set_state(i, state());
        }
    }

    fn fail_pending(&mut self, err: &anyhow::Error) {
        self.settle_pending(|| State::Error(format!("not confirmed by the server: {err}")));
    }

    fn confirm_all(&mut self) {
        self.settle_pending(|| State::Sent);
    }

    /// Print the status of every message whose fate changed and was not
    /// printed yet. Errors go to stderr in human mode.
    fn report(&mut self, out: &mut Output) -> Result<()> {
        // With one message the final error says it all.
        let several = self.total() > 1;
        let mut dirty = std::mem::take(&mut self.dirty);
        dirty.sort_unstable();
        dirty.dedup();
        for i in dirty {
            let Some(m) = i.checked_sub(self.base).and_then(|j| self.msgs.get_mut(j)) else {
                continue;
            };
            if m.reported || m.state == State::Pending {
                continue;
            }
            m.reported = true;
            let (status, error) = match &m.state {
                State::Sent => ("sent", None),
                State::Delivered => ("delivered", None),
                State::Error(e) => ("error", Some(e.as_str())),
                State::Pending => unreachable!(),
            };
            if let Some(e) = error {
                self.failures += 1;
                if self.first_failure.is_none() {
                    self.first_failure = Some((
                        m.to.clone().unwrap_or_else(|| "(no recipient)".into()),
                        e.to_string(),
                    ));
                }
            }
            if out.is_json() {
                out.json_line(&Status {
                    id: &m.id,
                    to: m.to.clone(),
                    kind: m.kind,
                    status,
                    error,
                    resent: m.resent,
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
        self.prune();
        Ok(())
    }

    /// Forget the oldest finished messages beyond `KEEP_FINISHED`: reported,
    /// and neither pending nor still awaiting a receipt or reflection. So a
    /// `--lines` run into a room stays flat as reflections come back.
    fn prune(&mut self) {
        while self.msgs.len() > KEEP_FINISHED {
            let Some(front) = self.msgs.front() else {
                break;
            };
            if !front.reported || front.state == State::Pending || self.awaits_confirmation(front) {
                break;
            }
            if let Some(old) = self.msgs.pop_front() {
                self.by_id.remove(&old.id);
            }
            self.base += 1;
        }
    }

    fn outcome(&self) -> Result<()> {
        match &self.first_failure {
            None => Ok(()),
            Some((to, e)) => {
                let msg = if self.failures == 1 {
                    format!("message to {to} bounced: {e}")
                } else {
                    format!(
                        "{} of {} messages bounced; first: to {to}: {e}",
                        self.failures,
                        self.total()
                    )
                };
                bail(Kind::Remote, msg)
            }
        }
    }
}

/// `Stanza` is not `Clone`; its three kinds are.
fn copy(stanza: &Stanza) -> Stanza {
    match stanza {
        Stanza::Message(m) => Stanza::Message(m.clone()),
        Stanza::Presence(p) => Stanza::Presence(p.clone()),
        Stanza::Iq(iq) => Stanza::Iq(iq.clone()),
    }
}

/// Validate recipients (JIDs or `xmpp:` URIs) and rooms before anything
/// connects; rooms get groupchat messages.
fn targets(args: &SendArgs) -> Result<Vec<(Jid, MessageKind)>> {
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
fn rooms(args: &SendArgs) -> Result<Vec<BareJid>> {
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

fn kind_name(kind: MessageKind) -> (&'static str, MessageType) {
    match kind {
        MessageKind::Chat => ("chat", MessageType::Chat),
        MessageKind::Normal => ("normal", MessageType::Normal),
        MessageKind::Headline => ("headline", MessageType::Headline),
        MessageKind::Groupchat => ("groupchat", MessageType::Groupchat),
    }
}

fn message(
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
    fn the_tracker_stays_bounded_with_rooms_and_receipts() {
        let room: BareJid = "r@muc.example".parse().unwrap();
        for receipt in [false, true] {
            let mut t = Tracker {
                receipt,
                rooms: vec![(room.clone(), "me".into())],
                ..Tracker::default()
            };
            for n in 0..(3 * KEEP_FINISHED) {
                let i = t.track(
                    format!("id{n}"),
                    Some(Jid::from(room.clone())),
                    "groupchat",
                    State::Sent,
                    None,
                );
                t.set_state(i, State::Delivered);
                if let Some(m) = t.get_mut(i) {
                    m.reported = true;
                }
                t.prune();
            }
            assert!(t.msgs.len() <= KEEP_FINISHED + 1, "{}", t.msgs.len());
            // One still waiting holds what comes after it, not before.
            let i = t.track(
                "w".into(),
                Some(Jid::from(room.clone())),
                "groupchat",
                State::Sent,
                None,
            );
            if let Some(m) = t.get_mut(i) {
                m.reported = true;
            }
            t.prune();
            assert!(t.by_id.contains_key("w"));
        }
    }

    #[test]
    fn control_characters_are_replaced() {
        assert_eq!(xml::replace_forbidden("a\u{1}b\tc"), "a\u{FFFD}b\tc");
    }
}
