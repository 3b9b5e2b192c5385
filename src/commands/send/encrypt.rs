//! `send --omemo`: the messages of the source encrypted on their way to
//! the pump. Sessions are prepared first (`omemo::prepare`, which refuses
//! a recipient without a usable device); then every message that is
//! ready is encrypted in one turn of the store's lock (load, encrypt,
//! save), so the ratchet state on disk is always that of what was sent.

use anyhow::Result;
use jid::BareJid;
use xmpp_parsers::stanza::Stanza;

use super::{Outgoing, Source};
use crate::commands::omemo::{stanza, Account, Prepared};
use crate::error::{bail, Kind};

/// The recipients of a batch (bare JIDs, in order, once each).
pub(super) fn recipients<'a>(tos: impl Iterator<Item = &'a jid::Jid>) -> Vec<BareJid> {
    let mut out: Vec<BareJid> = Vec::new();
    for to in tos {
        let bare = to.to_bare();
        if !out.contains(&bare) {
            out.push(bare);
        }
    }
    out
}

/// A source whose messages come out encrypted.
pub(super) fn encrypting(mut source: Source, account: Account, prepared: Prepared) -> Source {
    let (tx, rx) = tokio::sync::mpsc::channel(256);
    tokio::spawn(async move {
        while let Some(first) = source.recv().await {
            let mut batch = vec![first];
            while batch.len() < 1000 {
                match source.try_recv() {
                    Ok(m) => batch.push(m),
                    Err(_) => break,
                }
            }
            match encrypt_batch(&account, &prepared, batch).await {
                Ok(done) => {
                    for m in done {
                        if tx.send(m).await.is_err() {
                            return;
                        }
                    }
                }
                Err(e) => {
                    let _ = tx.send(Err(e)).await;
                    return;
                }
            }
        }
    });
    rx
}

async fn encrypt_batch(
    account: &Account,
    prepared: &Prepared,
    batch: Vec<Result<Outgoing>>,
) -> Result<Vec<Result<Outgoing>>> {
    let store = account.lock().await?;
    let Some(mut state) = store.load()? else {
        return bail(Kind::Internal, "the OMEMO store disappeared while sending");
    };
    let mut out = Vec::with_capacity(batch.len());
    for item in batch {
        let Ok(mut m) = item else {
            out.push(item);
            continue;
        };
        if let (Stanza::Message(msg), Some(to)) = (&mut m.stanza, &m.to) {
            if let Some(body) = msg
                .bodies
                .get("")
                .or_else(|| msg.bodies.values().next())
                .cloned()
            {
                let targets = prepared.targets_for(&to.to_bare());
                if prepared
                    .recipients
                    .get(&to.to_bare())
                    .is_none_or(|t| t.is_empty())
                {
                    return bail(
                        Kind::Remote,
                        format!("no OMEMO device to encrypt to for {to}: nothing more was sent"),
                    );
                }
                if let Some((t, trust)) = state.untrusted(&targets, prepared.policy) {
                    store.save(&state)?;
                    return bail(
                        Kind::Remote,
                        format!(
                            "the OMEMO key of device {} of {} changed while sending and is {} \
                             (check it with xmpp omemo devices): nothing more was sent",
                            t.device,
                            t.jid,
                            trust.name()
                        ),
                    );
                }
                let enc = state
                    .encrypt(Some(body.as_bytes()), &targets)
                    .map_err(|e| {
                        crate::error::fail(
                            Kind::Internal,
                            format!("OMEMO encryption for {to} failed: {e}"),
                        )
                    })?;
                let plain = std::mem::replace(msg, xmpp_parsers::message::Message::new(None));
                *msg = stanza::seal(plain, enc);
            }
        }
        out.push(Ok(m));
    }
    store.save(&state)?;
    Ok(out)
}
