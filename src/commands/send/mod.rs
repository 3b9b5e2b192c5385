//! `xmpp send`: one message to several recipients, a line-per-message
//! stream, an NDJSON batch or raw stanzas, over one delivery-aware
//! connection. The parts: `input` (what to send, validated before
//! connecting), `tracker` (the fate of every message: pure, unit-tested),
//! `pump` (writing, reading, the barrier, confirmations), `recovery`
//! (`--reconnect`), `via` (through a running `xmpp relay` instead).

mod encrypt;
mod input;
mod pump;
mod recovery;
pub(crate) mod remote;
mod tracker;
pub(crate) use tracker::copy;
mod via;

use anyhow::Result;
use jid::{BareJid, Jid};
use xmpp_parsers::stanza::Stanza;

use crate::cli::{GlobalArgs, SendArgs};
use crate::commands::{muc, upload};
use crate::connection::{self, Session};
use crate::error::{fail, Kind};
use crate::output::{self, Output};

use input::{batch, batch_source, dry_run, lines_source, rooms, targets};
pub(crate) use input::{message, ndjson_batch, raw_batch};
use pump::pump;
use recovery::Recovery;
pub(crate) use tracker::Status;
use tracker::Tracker;

/// One message to send, fully validated.
#[derive(Debug)]
pub(crate) struct Outgoing {
    pub(crate) id: String,
    pub(crate) to: Option<Jid>,
    pub(crate) kind: &'static str,
    pub(crate) stanza: Stanza,
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
    if args.via.is_some() || std::env::var_os("XMPP_RELAY").is_some() {
        // No account is needed to go through a relay; a profile that
        // encrypts must not be sent through one in clear.
        let profile_omemo = super::settings(global).is_ok_and(|s| s.omemo);
        let omemo = args.omemo || (profile_omemo && !args.no_omemo);
        if let Some(socket) = via::choose(args, omemo)? {
            return via::run(&socket, text, out).await;
        }
    }
    if args.dry_run {
        for f in &files {
            output::note(&format!(
                "would upload {} ({} bytes, {}) and send its URL",
                f.path.display(),
                f.size,
                f.content_type
            ));
        }
        if args.omemo {
            output::note(
                "--dry-run shows the messages as written; --omemo would encrypt their bodies",
            );
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
        Some(var) => {
            let pw = crate::settings::secret_env(var, " (named by --muc-password-env)")?;
            crate::xml::check_text(&format!("the room password in {var}"), &pw)?;
            Some(pw)
        }
        None => None,
    };
    let settings = super::settings(global)?;
    let omemo = args.omemo || (settings.omemo && !args.no_omemo);
    if omemo {
        omemo_usage(args)?;
    }
    let recipients = if !omemo {
        Vec::new()
    } else if args.lines {
        encrypt::recipients(targets(args)?.iter().map(|(to, _)| to))
    } else {
        encrypt::recipients(text.iter().filter_map(|m| m.to.as_ref()))
    };
    let mut session = if args.reconnect {
        connection::connect_resumable(&settings).await?
    } else {
        connection::connect(&settings).await?
    };
    let mut tracker = Tracker {
        receipt: args.receipt,
        keep_stanzas: args.reconnect,
        remote_confirm: !args.no_remote_confirm,
        ..Tracker::default()
    };
    let nick = args
        .nick
        .clone()
        .or_else(|| settings.jid.node().map(|n| n.to_string()))
        .unwrap_or_else(|| "xmpp-cli".to_string());
    let create = if args.create_room {
        muc::Create::Persistent
    } else {
        muc::Create::Refuse
    };
    for room in rooms(args)? {
        let joined = join_room(
            &mut session,
            &room,
            &nick,
            args.nick_fallback,
            room_password.as_deref(),
            create,
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
    let source = if omemo {
        let account = crate::commands::omemo::Account::of(&settings)?;
        let policy = match args.omemo_trust {
            crate::cli::OmemoTrustPolicy::Blind => crate::omemo::state::Policy::Blind,
            crate::cli::OmemoTrustPolicy::Strict => crate::omemo::state::Policy::Strict,
        };
        let prepared =
            crate::commands::omemo::prepare(&mut session, &account, &recipients, policy).await?;
        encrypt::encrypting(source, account, prepared)
    } else {
        source
    };
    let recovery = args
        .reconnect
        .then(|| Recovery::new(&settings, room_password.as_deref(), create));
    pump(session, tracker, source, out, streaming, recovery).await
}

/// What `--omemo` cannot encrypt is refused before connecting.
fn omemo_usage(args: &SendArgs) -> Result<()> {
    let refuse = |what: &str| {
        Err(fail(
            Kind::Usage,
            if args.omemo {
                format!(
                    "--omemo cannot encrypt {what} yet: send it without --omemo, or leave it out"
                )
            } else {
                format!(
                    "the profile's omemo = true cannot encrypt {what} yet: add --no-omemo to send it in clear"
                )
            },
        ))
    };
    if !args.rooms.is_empty() {
        return refuse("messages to rooms (--muc)");
    }
    if args.raw {
        return refuse("raw stanzas (--raw)");
    }
    if !args.files.is_empty() {
        return refuse("uploaded files (--file)");
    }
    Ok(())
}

/// Join, and with `fallback` try NICK_2, NICK_3... while the nick is taken.
async fn join_room(
    session: &mut Session,
    room: &BareJid,
    nick: &str,
    fallback: bool,
    password: Option<&str>,
    create: muc::Create,
) -> Result<String> {
    let mut early = Vec::new();
    let mut n = 1;
    loop {
        let candidate = if n == 1 {
            nick.to_string()
        } else {
            format!("{nick}_{n}")
        };
        match muc::join(
            session,
            room,
            &candidate,
            muc::Backlog::None,
            password,
            create,
            &mut early,
        )
        .await
        {
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
pub(super) const ACK_EVERY: usize = 100;

/// At most this many messages sent and not yet confirmed by the server.
pub(super) const MAX_IN_FLIGHT: usize = 10 * ACK_EVERY;

/// Messages to send, in order; an `Err` ends the run (e.g. stdin failed).
pub(super) type Source = tokio::sync::mpsc::Receiver<Result<Outgoing>>;
