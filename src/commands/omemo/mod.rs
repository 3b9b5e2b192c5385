//! OMEMO over XMPP: our device announced (device list and bundle by
//! PEP), sessions built from recipients' bundles, messages encrypted for
//! `send --omemo` and decrypted for `listen --omemo`, and the `xmpp omemo`
//! subcommands (fingerprint, devices, trust, distrust). The protocol is
//! `crate::omemo` (no network); the PEP nodes are `pep.rs`, the
//! `<encrypted>` element `stanza.rs`.

pub mod pep;
pub mod stanza;

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Result;
use jid::BareJid;
use serde::Serialize;
use tokio::time::Instant;

use crate::cli::{GlobalArgs, OmemoCommand, OmemoTrustArgs};
use crate::connection::{Incoming, Session};
use crate::error::{bail, fail, Kind};
use crate::jidtools;
use crate::omemo::keys;
use crate::omemo::state::{Policy, State, Target, Trust, Undecryptable};
use crate::omemo::store::{self, Store};
use crate::output::{self, Output};
use crate::settings::ConnectSettings;

/// Where an account's OMEMO state lives, and how long to wait for its lock.
#[derive(Debug, Clone)]
pub struct Account {
    pub jid: BareJid,
    pub dir: PathBuf,
    pub timeout: std::time::Duration,
}

impl Account {
    pub fn of(settings: &ConnectSettings) -> Result<Account> {
        let jid = settings.jid.to_bare();
        let dir = store::dir_for(jid.as_str()).ok_or_else(|| {
            fail(
                Kind::Config,
                "cannot place the OMEMO store: neither XDG_DATA_HOME nor HOME is an absolute \
                 path (set one; the keys are not written to the working directory)",
            )
        })?;
        Ok(Account {
            jid,
            dir,
            timeout: settings.timeout,
        })
    }

    pub async fn lock(&self) -> Result<Store> {
        Store::lock(&self.dir, Instant::now() + self.timeout).await
    }

    /// Our device from the locked store, made (and said so) on first use.
    fn device(&self, store: &Store) -> Result<State> {
        let (state, created) = store.load_or_create()?;
        if created {
            output::note(&format!(
                "created OMEMO device {} for {} (fingerprint {})",
                state.device_id,
                self.jid,
                state.fingerprint()
            ));
        }
        Ok(state)
    }
}

/// Makes our device known: in our published device list, with a current
/// bundle. Returns our account's other devices.
pub async fn announce(
    session: &mut Session,
    state: &mut State,
    own: &BareJid,
    early: &mut Vec<Incoming>,
) -> Result<Vec<u32>> {
    let mut list = pep::device_list(session, own, early)
        .await?
        .unwrap_or_default();
    if !list.contains(&state.device_id) {
        list.push(state.device_id);
        pep::publish_devices(session, &list, early).await?;
        log::info!("published OMEMO device {} for {own}", state.device_id);
    }
    if !state.published {
        pep::publish_bundle(session, state.device_id, &state.bundle(), early).await?;
        state.published = true;
        log::info!("published the OMEMO bundle of device {}", state.device_id);
    }
    Ok(list.into_iter().filter(|d| *d != state.device_id).collect())
}

/// The devices each message is encrypted to, per recipient (bare JID),
/// plus our own other devices.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    pub recipients: BTreeMap<BareJid, Vec<Target>>,
    pub own: Vec<Target>,
    /// `--omemo-trust`, checked again at every encryption.
    pub policy: Policy,
}

impl Prepared {
    /// The recipient's devices and our own other devices, each once (a
    /// message to our own account goes to our other devices).
    pub fn targets_for(&self, to: &BareJid) -> Vec<Target> {
        let mut t = self.recipients.get(to).cloned().unwrap_or_default();
        for own in &self.own {
            if !t.iter().any(|d| d.jid == own.jid && d.device == own.device) {
                t.push(own.clone());
            }
        }
        t
    }
}

/// Sessions with every usable device of every recipient and of our own
/// account; exit 7 naming each recipient that has none (nothing is sent).
///
/// The store's lock is held only around local steps, never across a wait
/// for the server (a `listen --omemo` on the same account must not wait
/// for our network): our device is announced, the device lists read and
/// the bundles of devices we have no session with fetched first; then,
/// under the lock, the state is read again as it is now, sessions are
/// started from those bundles where there is still none, and the state
/// is saved if that changed it.
pub async fn prepare(
    session: &mut Session,
    account: &Account,
    recipients: &[BareJid],
    policy: Policy,
) -> Result<Prepared> {
    let mut early = Vec::new();
    let own_devices = announce_stored(session, account, &mut early).await?;
    let known = {
        let store = account.lock().await?;
        account.device(&store)?
    };
    let mut lists = Vec::new();
    for to in recipients {
        let mut devices = pep::device_list(session, to, &mut early)
            .await?
            .unwrap_or_default();
        // Writing to our own account: never to this very device.
        devices.retain(|d| *d != known.device_id);
        lists.push((to.clone(), devices));
    }
    let own: Vec<u32> = own_devices
        .into_iter()
        .filter(|d| *d != known.device_id)
        .collect();
    let mut bundles = Bundles::new();
    for (jid, devices) in lists
        .iter()
        .chain(std::iter::once(&(account.jid.clone(), own.clone())))
    {
        for &device in devices {
            let key = (jid.to_string(), device);
            if !known.has_session(jid.as_str(), device) && !bundles.contains_key(&key) {
                let got = pep::bundle(session, jid, device, &mut early).await?;
                bundles.insert(key, got);
            }
        }
    }

    let store = account.lock().await?;
    let mut state = account.device(&store)?;
    // Written back only when something changed (a session started): each
    // write is an fsync.
    let loaded = state.clone();
    let mut prepared = Prepared {
        policy,
        ..Prepared::default()
    };
    let mut problems = Vec::new();
    for (to, devices) in &lists {
        if *to == account.jid && devices.is_empty() {
            problems.push(format!("{to} (this account has no other OMEMO device)"));
            prepared.recipients.insert(to.clone(), Vec::new());
            continue;
        }
        let (usable, why) = usable_devices(&mut state, to, devices, policy, &bundles);
        if usable.is_empty() {
            problems.push(format!("{to} ({why})"));
        }
        prepared.recipients.insert(to.clone(), usable);
    }
    prepared.own = usable_devices(&mut state, &account.jid, &own, policy, &bundles).0;
    if state != loaded {
        store.save(&state)?;
    }
    drop(store);
    if !problems.is_empty() {
        return bail(
            Kind::Remote,
            format!(
                "no OMEMO device to encrypt to for {}: nothing was sent (without --omemo it would go in clear)",
                problems.join(", ")
            ),
        );
    }
    Ok(prepared)
}

/// The bundles fetched for devices without a session: each device's, or
/// why it has none.
type Bundles = std::collections::HashMap<
    (String, u32),
    std::result::Result<crate::omemo::ratchet::Bundle, String>,
>;

/// A JID's devices we can encrypt to, starting sessions from `bundles`
/// where needed (local steps only); and why there are none, when there
/// are none.
fn usable_devices(
    state: &mut State,
    jid: &BareJid,
    devices: &[u32],
    policy: Policy,
    bundles: &Bundles,
) -> (Vec<Target>, String) {
    if devices.is_empty() {
        return (Vec::new(), "it publishes no OMEMO device".into());
    }
    let mut usable = Vec::new();
    let mut reasons = Vec::new();
    for &device in devices {
        if !state.has_session(jid.as_str(), device) {
            match bundles.get(&(jid.to_string(), device)) {
                Some(Ok(bundle)) => {
                    if let Err(e) = state.start_session(jid.as_str(), device, bundle) {
                        output::warn(&format!("skipping OMEMO device {device} of {jid}: {e}"));
                        reasons.push(format!("device {device}: {e}"));
                        continue;
                    }
                }
                Some(Err(why)) => {
                    log::info!("skipping OMEMO device {device} of {jid}: {why}");
                    reasons.push(format!("device {device}: {why}"));
                    continue;
                }
                // Its session went away while we were fetching (another
                // process replaced the store): not fetched this time.
                None => {
                    reasons.push(format!("device {device}: its session changed meanwhile"));
                    continue;
                }
            }
        }
        let Some(identity) = state.session_identity(jid.as_str(), device) else {
            reasons.push(format!("device {device}: no session"));
            continue;
        };
        let trust = state.trust_of(jid.as_str(), &identity);
        if trust.usable(policy) {
            usable.push(Target {
                jid: jid.to_string(),
                device,
            });
        } else {
            reasons.push(format!("device {device} is {}", trust.name()));
        }
    }
    (usable, reasons.join("; "))
}

/// `xmpp omemo ...`
pub async fn run(cmd: &OmemoCommand, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let settings = super::settings(global)?;
    let account = Account::of(&settings)?;
    match cmd {
        OmemoCommand::Fingerprint => fingerprint(&account, out).await,
        OmemoCommand::Devices(args) => devices(&settings, &account, &args.contact, out).await,
        OmemoCommand::Trust(args) => set_trust(&account, args, Trust::Verified, out).await,
        OmemoCommand::Distrust(args) => set_trust(&account, args, Trust::Distrusted, out).await,
    }
}

#[derive(Serialize)]
struct Own {
    jid: String,
    device: u32,
    fingerprint: String,
    published: bool,
    prekeys: usize,
    store: String,
}

async fn fingerprint(account: &Account, out: &mut Output) -> Result<()> {
    let store = account.lock().await?;
    let (state, created) = store.load_or_create()?;
    if created {
        output::note("created a new OMEMO device; it is published on the next `send --omemo` or `listen --omemo`");
    }
    let own = Own {
        jid: account.jid.to_string(),
        device: state.device_id,
        fingerprint: state.fingerprint(),
        published: state.published,
        prekeys: state.prekey_count(),
        store: account.dir.display().to_string(),
    };
    let human = format!("{}  device {}  {}", own.fingerprint, own.device, own.jid);
    print(out, &own, &human)
}

/// One result: its JSON object, or the human line.
fn print(out: &mut Output, value: &impl Serialize, human: &str) -> Result<()> {
    if out.is_json() {
        out.json_line(value)?;
    } else {
        out.line(human)?;
    }
    Ok(())
}

#[derive(Serialize)]
struct DeviceLine {
    jid: String,
    device: u32,
    fingerprint: Option<String>,
    trust: Option<&'static str>,
    session: bool,
    problem: Option<String>,
}

async fn devices(
    settings: &ConnectSettings,
    account: &Account,
    jid: &str,
    out: &mut Output,
) -> Result<()> {
    let jid = jidtools::jid_arg(jid, "JID")?.to_bare();
    let mut session = crate::connection::connect(settings).await?;
    let mut early = Vec::new();
    let Some(list) = pep::device_list(&mut session, &jid, &mut early).await? else {
        let _ = session.close().await;
        return bail(
            Kind::Negative,
            format!("{jid} publishes no OMEMO device list"),
        );
    };
    let mut lines = Vec::new();
    let state = account.lock().await?.load()?;
    for device in list {
        let (fp, problem) = match pep::bundle(&mut session, &jid, device, &mut early).await? {
            Ok(b)
                if keys::verify(
                    &b.identity,
                    &keys::serialize(&b.signed_prekey),
                    &b.signature,
                ) =>
            {
                (Some(b.identity), None)
            }
            Ok(b) => (
                Some(b.identity),
                Some("its signed prekey signature does not verify".to_string()),
            ),
            Err(why) => (None, Some(why)),
        };
        let trust = fp.and_then(|k| {
            state
                .as_ref()
                .and_then(|s| s.known_trust(jid.as_str(), &keys::hex(&k)))
        });
        lines.push(DeviceLine {
            jid: jid.to_string(),
            device,
            fingerprint: fp.map(|k| keys::fingerprint(&k)),
            // A key never seen is trusted blindly on first use (unless
            // another key of this contact is verified).
            trust: trust.map(Trust::name).or(fp.map(|_| "new")),
            session: state
                .as_ref()
                .is_some_and(|s| s.has_session(jid.as_str(), device)),
            problem,
        });
    }
    let _ = session.close().await;
    for l in &lines {
        let human = format!(
            "{:>10}  {}  {}{}",
            l.device,
            l.fingerprint.as_deref().unwrap_or("(no bundle)"),
            l.trust.unwrap_or("-"),
            l.problem
                .as_ref()
                .map(|p| format!("  ({p})"))
                .unwrap_or_default()
        );
        print(out, l, &human)?;
    }
    Ok(())
}

async fn set_trust(
    account: &Account,
    args: &OmemoTrustArgs,
    trust: Trust,
    out: &mut Output,
) -> Result<()> {
    let jid = jidtools::jid_arg(&args.contact, "JID")?.to_bare();
    let Some(hex) = keys::normalize_fingerprint(&args.fingerprint) else {
        return bail(
            Kind::Usage,
            format!(
                "{} is not a fingerprint: 64 hex digits, spaces allowed (as `xmpp omemo devices {jid}` shows)",
                crate::error::quoted(&args.fingerprint)
            ),
        );
    };
    let store = account.lock().await?;
    let (mut state, _) = store.load_or_create()?;
    state.set_trust(jid.as_str(), &hex, trust);
    store.save(&state)?;
    #[derive(Serialize)]
    struct Done<'a> {
        jid: String,
        fingerprint: String,
        trust: &'a str,
    }
    let done = Done {
        jid: jid.to_string(),
        fingerprint: keys::fingerprint(&keys::from_hex(&hex).expect("a normalized fingerprint")),
        trust: trust.name(),
    };
    let human = format!("{} {} for {}", done.fingerprint, done.trust, done.jid);
    print(out, &done, &human)
}

/// An OMEMO message as `listen --omemo` reports it.
#[derive(Debug)]
pub struct Received {
    pub body: Option<String>,
    pub device: u32,
    pub fingerprint: Option<String>,
    pub trust: Option<&'static str>,
    pub trusted: bool,
    /// Why it could not be decrypted.
    pub error: Option<String>,
    /// A one-time prekey was used: the bundle must be published again.
    pub republish: bool,
}

impl Received {
    pub fn failed(device: u32, error: String) -> Received {
        Received {
            body: None,
            device,
            fingerprint: None,
            trust: None,
            trusted: false,
            error: Some(error),
            republish: false,
        }
    }
}

/// Decrypts a message's OMEMO element addressed to our device. `None`
/// for session upkeep (an empty message or a key transport): nothing for
/// a user to see.
pub async fn receive(
    account: &Account,
    from: &BareJid,
    element: Result<xmpp_parsers::legacy_omemo::Encrypted, String>,
) -> Result<Option<Received>> {
    let store = account.lock().await?;
    let Some(mut state) = store.load()? else {
        let sid = element.as_ref().map(|e| e.header.sid).unwrap_or(0);
        return Ok(Some(Received::failed(
            sid,
            "this account has no OMEMO device".into(),
        )));
    };
    Ok(match open(&mut state, from, element) {
        Opened::Ignored => None,
        Opened::Upkeep => {
            store.save(&state)?;
            None
        }
        Opened::Message(r) => {
            store.save(&state)?;
            Some(r)
        }
        Opened::Failed(r) => Some(r),
    })
}

/// The account's OMEMO state as it is now, to read archived messages
/// with (`history --omemo`): a copy, never saved back.
pub async fn snapshot(account: &Account) -> Result<Option<State>> {
    let store = account.lock().await?;
    store.load()
}

/// What [`open`] made of an OMEMO element.
pub enum Opened {
    /// Key transport for other devices: nothing for us, nothing changed.
    Ignored,
    /// Session upkeep (no payload) decrypted: the state changed.
    Upkeep,
    /// A message decrypted: the state changed.
    Message(Received),
    /// Not decrypted: the state is as it was.
    Failed(Received),
}

/// Decrypt with `state` in memory only: [`receive`] saves what changed,
/// `history --omemo` never does (an archived message is read from a copy,
/// so that the live ratchet neither advances nor rewinds).
pub fn open(
    state: &mut State,
    from: &BareJid,
    element: Result<xmpp_parsers::legacy_omemo::Encrypted, String>,
) -> Opened {
    let enc = match element {
        Ok(e) => e,
        Err(e) => {
            return Opened::Failed(Received::failed(0, format!("malformed OMEMO element: {e}")))
        }
    };
    let sid = enc.header.sid;
    let Some(key) = enc.header.keys.iter().find(|k| k.rid == state.device_id) else {
        if enc.payload.is_none() {
            return Opened::Ignored;
        }
        return Opened::Failed(Received::failed(sid, Undecryptable::NotForUs.to_string()));
    };
    let payload = enc.payload.as_ref().map(|p| p.data.as_slice());
    match state.decrypt(
        from.as_str(),
        sid,
        &key.data,
        key.prekey,
        &enc.header.iv.data,
        payload,
    ) {
        Ok(d) => {
            let Some(body) = d.body else {
                return Opened::Upkeep;
            };
            Opened::Message(Received {
                body: Some(String::from_utf8_lossy(&body).into_owned()),
                device: sid,
                fingerprint: Some(keys::fingerprint(&d.identity)),
                trust: Some(d.trust.name()),
                trusted: d.trust.usable(Policy::Blind),
                error: None,
                republish: d.used_prekey,
            })
        }
        Err(e) => {
            log::info!("OMEMO message from {from} device {sid} not decrypted: {e}");
            Opened::Failed(Received::failed(sid, e.to_string()))
        }
    }
}

/// Loads (or creates) our device and makes it known; for `listen --omemo`
/// at start and after a prekey was used.
///
/// The store's lock is held only around the local steps, never across
/// the network: a `send --omemo` or another listener of this account
/// waits for a load or a save, not for our server. So the state is read
/// under the lock, published without it, and marked published under the
/// lock again only if its bundle is still the one that went out (another
/// process may have used a prekey meanwhile; then the next announce
/// publishes again).
pub async fn announce_stored(
    session: &mut Session,
    account: &Account,
    early: &mut Vec<Incoming>,
) -> Result<Vec<u32>> {
    let mut state = {
        let store = account.lock().await?;
        account.device(&store)?
    };
    let bundle = state.bundle();
    let was_published = state.published;
    let devices = announce(session, &mut state, &account.jid, early).await?;
    if state.published && !was_published {
        let store = account.lock().await?;
        if let Some(mut now) = store.load()? {
            if now.device_id == state.device_id && now.bundle() == bundle && !now.published {
                now.published = true;
                store.save(&now)?;
            }
        }
    }
    Ok(devices)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_gets_one_key_even_when_we_write_to_ourselves() {
        let me: BareJid = "me@example.org".parse().unwrap();
        let other: BareJid = "you@example.org".parse().unwrap();
        let t = |jid: &BareJid, device| Target {
            jid: jid.to_string(),
            device,
        };
        let mut p = Prepared {
            own: vec![t(&me, 2)],
            ..Prepared::default()
        };
        p.recipients.insert(me.clone(), vec![t(&me, 2)]);
        p.recipients.insert(other.clone(), vec![t(&other, 7)]);
        let devices = |to: &BareJid| -> Vec<(String, u32)> {
            p.targets_for(to)
                .into_iter()
                .map(|t| (t.jid, t.device))
                .collect()
        };
        assert_eq!(devices(&me), [(me.to_string(), 2)]);
        assert_eq!(
            devices(&other),
            [(other.to_string(), 7), (me.to_string(), 2)]
        );
    }
}
