//! One account's OMEMO device: its identity, signed prekey and one-time
//! prekeys, its sessions with other devices, what it knows of their
//! device lists, and the trust it gives their identity keys. Decides what
//! a message is encrypted to (trust), builds and reads the per-device key
//! material. Pure: the caller fetches bundles and device lists, and
//! the store writes this state to disk.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::keys::{self, KeyPair};
use super::payload;
use super::ratchet::{self, Bundle, Session};
use super::wire::PreKeyMessage;
use super::Key32;

/// One-time prekeys kept published.
pub const PREKEYS: usize = 100;
/// Replenish when fewer than this are left.
pub const PREKEYS_LOW: usize = 80;

/// What we think of another device's identity key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Trust {
    /// Checked by the user (`xmpp omemo trust`).
    Verified,
    /// Trusted without a check, as blind trust before verification does
    /// while no key of that contact has been verified.
    Blind,
    /// Seen after a key of that contact was verified: not used until
    /// the user decides.
    Undecided,
    /// Refused by the user (`xmpp omemo distrust`).
    Distrusted,
}

impl Trust {
    pub fn name(self) -> &'static str {
        match self {
            Trust::Verified => "verified",
            Trust::Blind => "blind",
            Trust::Undecided => "undecided",
            Trust::Distrusted => "distrusted",
        }
    }

    /// Whether messages are encrypted to it (under `policy`).
    pub fn usable(self, policy: Policy) -> bool {
        match policy {
            Policy::Blind => matches!(self, Trust::Verified | Trust::Blind),
            Policy::Strict => self == Trust::Verified,
        }
    }
}

/// `--omemo-trust`: blind trust before verification, or verified only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Policy {
    #[default]
    Blind,
    Strict,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignedPreKey {
    pub id: u32,
    pub secret: Key32,
    pub signature: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PreKey {
    pub id: u32,
    pub secret: Key32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub device_id: u32,
    identity: Key32,
    signed_prekey: SignedPreKey,
    prekeys: Vec<PreKey>,
    next_prekey_id: u32,
    /// Sessions by bare JID, then device id.
    #[serde(default)]
    sessions: BTreeMap<String, BTreeMap<u32, Session>>,
    /// Trust by bare JID, then the identity key's hex.
    #[serde(default)]
    trust: BTreeMap<String, BTreeMap<String, Trust>>,
    /// Whether the published bundle is this state's (false after prekeys
    /// were used or replenished).
    #[serde(default)]
    pub published: bool,
}

/// The public bundle to publish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicBundle {
    pub identity: [u8; 33],
    pub signed_prekey_id: u32,
    pub signed_prekey: [u8; 33],
    pub signature: Vec<u8>,
    pub prekeys: Vec<(u32, [u8; 33])>,
}

/// One device a message is encrypted to.
#[derive(Debug, Clone)]
pub struct Target {
    pub jid: String,
    pub device: u32,
}

/// The header and payload of one encrypted message.
pub struct Encrypted {
    pub sid: u32,
    pub iv: [u8; 12],
    /// (recipient JID, device id, key bytes, prekey message)
    pub keys: Vec<(String, u32, Vec<u8>, bool)>,
    pub payload: Option<Vec<u8>>,
}

/// What came out of one message addressed to us.
#[derive(Debug)]
pub struct Decrypted {
    /// `None` for a key transport or an empty message (session upkeep).
    pub body: Option<Vec<u8>>,
    pub identity: [u8; 32],
    pub trust: Trust,
    /// A one-time prekey was used up: republish the bundle.
    pub used_prekey: bool,
}

/// Why a message addressed to us could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Undecryptable {
    NotForUs,
    NoSession,
    UnknownPreKey(u32),
    UnknownSignedPreKey(u32),
    Ratchet(ratchet::Error),
    Payload,
    /// Keeping it would pass one of the store's bounds (a flood).
    Limit(&'static str),
}

/// At most this many sessions (devices) per contact: a client has a
/// handful; a stranger inventing device ids gets no more than this.
pub const MAX_DEVICES_PER_CONTACT: usize = 32;
/// At most this many sessions in all.
pub const MAX_SESSIONS: usize = 1_024;
/// At most this many identity keys remembered per contact.
pub const MAX_KEYS_PER_CONTACT: usize = 64;
/// At most this many skipped message keys kept over all sessions (one
/// session keeps at most 2,000).
pub const MAX_SKIPPED_TOTAL: usize = 5_000;

impl std::fmt::Display for Undecryptable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Undecryptable::NotForUs => f.write_str("not encrypted for this device"),
            Undecryptable::NoSession => f.write_str("no session with the sending device"),
            Undecryptable::UnknownPreKey(id) => write!(
                f,
                "it uses prekey {id}, which this device does not have (used already?)"
            ),
            Undecryptable::UnknownSignedPreKey(id) => write!(
                f,
                "it uses signed prekey {id}, which this device does not have"
            ),
            Undecryptable::Ratchet(e) => e.fmt(f),
            Undecryptable::Payload => f.write_str("the payload does not decrypt (altered?)"),
            Undecryptable::Limit(what) => write!(
                f,
                "refused: keeping it would pass the OMEMO store's bound on {what}"
            ),
        }
    }
}

impl State {
    /// A new device: identity, signed prekey, `PREKEYS` one-time prekeys.
    pub fn generate() -> State {
        let identity = KeyPair::generate();
        let signed = KeyPair::generate();
        let signature = identity.sign(&keys::serialize(&signed.public)).to_vec();
        let mut id = [0u8; 4];
        getrandom::getrandom(&mut id).expect("the operating system's random source failed");
        // 1 ..= 2^31 - 1, as XEP-0384 asks.
        let device_id = (u32::from_le_bytes(id) & 0x7FFF_FFFF).max(1);
        let mut s = State {
            device_id,
            identity: Key32(*identity.secret()),
            signed_prekey: SignedPreKey {
                id: 1,
                secret: Key32(*signed.secret()),
                signature,
            },
            prekeys: Vec::new(),
            next_prekey_id: 1,
            sessions: BTreeMap::new(),
            trust: BTreeMap::new(),
            published: false,
        };
        s.replenish();
        s
    }

    pub fn identity(&self) -> KeyPair {
        KeyPair::from_secret(self.identity.0)
    }

    /// Our identity key's fingerprint.
    pub fn fingerprint(&self) -> String {
        keys::fingerprint(&self.identity().public)
    }

    pub fn prekey_count(&self) -> usize {
        self.prekeys.len()
    }

    /// Tops the one-time prekeys up to `PREKEYS` when they run low.
    /// Returns whether any were added.
    pub fn replenish(&mut self) -> bool {
        if self.prekeys.len() >= PREKEYS_LOW {
            return false;
        }
        while self.prekeys.len() < PREKEYS {
            let k = KeyPair::generate();
            self.prekeys.push(PreKey {
                id: self.next_prekey_id,
                secret: Key32(*k.secret()),
            });
            self.next_prekey_id = self.next_prekey_id.wrapping_add(1).max(1);
        }
        self.published = false;
        true
    }

    pub fn bundle(&self) -> PublicBundle {
        let signed = KeyPair::from_secret(self.signed_prekey.secret.0);
        PublicBundle {
            identity: keys::serialize(&self.identity().public),
            signed_prekey_id: self.signed_prekey.id,
            signed_prekey: keys::serialize(&signed.public),
            signature: self.signed_prekey.signature.clone(),
            prekeys: self
                .prekeys
                .iter()
                .map(|p| {
                    (
                        p.id,
                        keys::serialize(&KeyPair::from_secret(p.secret.0).public),
                    )
                })
                .collect(),
        }
    }

    pub fn has_session(&self, jid: &str, device: u32) -> bool {
        self.sessions
            .get(jid)
            .is_some_and(|d| d.contains_key(&device))
    }

    /// The trust of an identity key, recording it as new when unseen:
    /// blind while none of the contact's keys is verified, else undecided.
    pub fn trust_of(&mut self, jid: &str, identity: &[u8; 32]) -> Trust {
        let keys = self.trust.entry(jid.to_string()).or_default();
        let hex = keys::hex(identity);
        if let Some(t) = keys.get(&hex) {
            return *t;
        }
        let t = if keys.values().any(|t| *t == Trust::Verified) {
            Trust::Undecided
        } else {
            Trust::Blind
        };
        // Past the bound a new key is judged but not remembered.
        if keys.len() < MAX_KEYS_PER_CONTACT {
            keys.insert(hex, t);
        }
        t
    }

    /// Sets the trust of a fingerprint (the canonical hex). Once one key
    /// of a contact is verified, keys seen later start undecided (see
    /// `trust_of`); those already blindly trusted stay as they are, as in
    /// Conversations.
    pub fn set_trust(&mut self, jid: &str, hex: &str, trust: Trust) {
        self.trust
            .entry(jid.to_string())
            .or_default()
            .insert(hex.to_string(), trust);
    }

    pub fn known_trust(&self, jid: &str, hex: &str) -> Option<Trust> {
        self.trust.get(jid).and_then(|k| k.get(hex)).copied()
    }

    /// The identity key of our session with a device.
    pub fn session_identity(&self, jid: &str, device: u32) -> Option<[u8; 32]> {
        self.sessions
            .get(jid)?
            .get(&device)
            .map(|s| s.their_identity())
    }

    /// Starts a session with a device from its bundle.
    pub fn start_session(
        &mut self,
        jid: &str,
        device: u32,
        bundle: &Bundle,
    ) -> Result<(), ratchet::Error> {
        let pick = usize::from(keys::random()[0]);
        let session = Session::initiate(&self.identity(), bundle, pick)?;
        self.sessions
            .entry(jid.to_string())
            .or_default()
            .insert(device, session);
        Ok(())
    }

    /// Encrypts a body (or, with `None`, key material for an empty
    /// message) to each target with a session.
    pub fn encrypt(
        &mut self,
        body: Option<&[u8]>,
        targets: &[Target],
    ) -> Result<Encrypted, ratchet::Error> {
        let (key_material, iv, payload) = match body {
            Some(b) => {
                let s = payload::seal(b);
                (s.key_and_tag, s.iv, Some(s.ciphertext))
            }
            None => {
                let mut iv = [0u8; 12];
                iv.copy_from_slice(&keys::random()[..12]);
                (payload::key_transport(), iv, None)
            }
        };
        let mut out = Vec::with_capacity(targets.len());
        for t in targets {
            let session = self
                .sessions
                .get_mut(&t.jid)
                .and_then(|d| d.get_mut(&t.device))
                .ok_or(ratchet::Error::NotReady)?;
            let sealed = session.encrypt(&key_material)?;
            out.push((t.jid.clone(), t.device, sealed.bytes, sealed.prekey));
        }
        Ok(Encrypted {
            sid: self.device_id,
            iv,
            keys: out,
            payload,
        })
    }

    /// The first of `targets` whose session's identity key is not usable
    /// under `policy` now: checked at every encryption, since another
    /// process (a `listen --omemo` on this account) may have replaced a
    /// session meanwhile with one for a key nobody decided on. Records a
    /// key seen for the first time, as `trust_of` does.
    pub fn untrusted(&mut self, targets: &[Target], policy: Policy) -> Option<(Target, Trust)> {
        for t in targets {
            let Some(identity) = self
                .sessions
                .get(&t.jid)
                .and_then(|d| d.get(&t.device))
                .map(|s| s.their_identity())
            else {
                continue;
            };
            let trust = self.trust_of(&t.jid, &identity);
            if !trust.usable(policy) {
                return Some((t.clone(), trust));
            }
        }
        None
    }

    /// Reads one message: our `<key>` (its bytes, whether it is marked
    /// as a prekey message), the IV and the payload. On an error nothing
    /// changes.
    pub fn decrypt(
        &mut self,
        jid: &str,
        sid: u32,
        key: &[u8],
        prekey: bool,
        iv: &[u8],
        payload: Option<&[u8]>,
    ) -> Result<Decrypted, Undecryptable> {
        // A prekey message may be marked or not (some clients forget);
        // its frame tells.
        let as_prekey = PreKeyMessage::decode(key)
            .ok()
            .filter(|_| prekey || self.session_of(jid, sid).is_none());
        let (material, one_time, session) = match as_prekey {
            Some(m) => self.open_prekey_message(jid, sid, &m)?,
            None => {
                let mut session = self
                    .session_of(jid, sid)
                    .cloned()
                    .ok_or(Undecryptable::NoSession)?;
                let material = session.decrypt(key).map_err(Undecryptable::Ratchet)?;
                (material, None, session)
            }
        };
        let body = match payload {
            Some(p) => Some(payload::open(&material, iv, p).ok_or(Undecryptable::Payload)?),
            None => None,
        };
        self.check_bounds(jid, sid, &session)?;
        // Only now, with everything checked, does the state change.
        let used_prekey = one_time.is_some();
        if let Some(id) = one_time {
            self.prekeys.retain(|p| p.id != id);
            self.published = false;
        }
        let identity = session.their_identity();
        self.sessions
            .entry(jid.to_string())
            .or_default()
            .insert(sid, session);
        let trust = self.trust_of(jid, &identity);
        if used_prekey {
            self.replenish();
        }
        Ok(Decrypted {
            body,
            identity,
            trust,
            used_prekey,
        })
    }

    /// Whether keeping `session` for (`jid`, `sid`) stays within the
    /// store's bounds, so that no sender can grow it (and the cost of
    /// every later save) without limit.
    fn check_bounds(&self, jid: &str, sid: u32, session: &Session) -> Result<(), Undecryptable> {
        let contact = self.sessions.get(jid);
        let replaces = contact.and_then(|d| d.get(&sid));
        if replaces.is_none() {
            if contact.map_or(0, |d| d.len()) >= MAX_DEVICES_PER_CONTACT {
                return Err(Undecryptable::Limit("devices per contact"));
            }
            if self.sessions.values().map(|d| d.len()).sum::<usize>() >= MAX_SESSIONS {
                return Err(Undecryptable::Limit("sessions"));
            }
        }
        let others: usize = self
            .sessions
            .iter()
            .flat_map(|(j, d)| d.iter().filter(move |(s, _)| !(j == jid && **s == sid)))
            .map(|(_, s)| s.skipped_len())
            .sum();
        if others + session.skipped_len() > MAX_SKIPPED_TOTAL {
            return Err(Undecryptable::Limit("skipped message keys"));
        }
        Ok(())
    }

    /// How many sessions (devices) we keep with `jid`.
    pub fn sessions_of(&self, jid: &str) -> usize {
        self.sessions.get(jid).map_or(0, |d| d.len())
    }

    fn session_of(&self, jid: &str, sid: u32) -> Option<&Session> {
        self.sessions.get(jid)?.get(&sid)
    }

    /// A prekey message: with the session it built before (a repeat), or
    /// a new session built on the one-time prekey whose id it returns
    /// (the caller removes it once the whole message checked out).
    fn open_prekey_message(
        &self,
        jid: &str,
        sid: u32,
        m: &PreKeyMessage,
    ) -> Result<(Vec<u8>, Option<u32>, Session), Undecryptable> {
        if let Some(existing) = self
            .session_of(jid, sid)
            .filter(|s| s.built_from(&m.base_key))
        {
            let mut s = existing.clone();
            let material = s.decrypt(&m.message).map_err(Undecryptable::Ratchet)?;
            return Ok((material, None, s));
        }
        if m.signed_prekey_id != self.signed_prekey.id {
            return Err(Undecryptable::UnknownSignedPreKey(m.signed_prekey_id));
        }
        let one_time = match m.prekey_id {
            Some(id) => Some(
                self.prekeys
                    .iter()
                    .position(|p| p.id == id)
                    .ok_or(Undecryptable::UnknownPreKey(id))?,
            ),
            None => None,
        };
        let signed = KeyPair::from_secret(self.signed_prekey.secret.0);
        let pk = one_time.map(|i| KeyPair::from_secret(self.prekeys[i].secret.0));
        let mut s = Session::respond(&self.identity(), &signed, pk.as_ref(), m)
            .map_err(Undecryptable::Ratchet)?;
        let material = s.decrypt(&m.message).map_err(Undecryptable::Ratchet)?;
        Ok((material, m.prekey_id.filter(|_| one_time.is_some()), s))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// `to` reads the first key of `e`, sent by device `sid` of `from`,
    /// as the stanza marks it.
    pub(crate) fn read(
        to: &mut State,
        from: &str,
        sid: u32,
        e: &Encrypted,
    ) -> Result<Decrypted, Undecryptable> {
        let (_, _, key, prekey) = &e.keys[0];
        to.decrypt(from, sid, key, *prekey, &e.iv, e.payload.as_deref())
    }

    /// The one device of `bob@b` a test writes to.
    pub(crate) fn to(bob: &State) -> [Target; 1] {
        [Target {
            jid: "bob@b".into(),
            device: bob.device_id,
        }]
    }

    pub(crate) fn bundle_of(s: &State) -> Bundle {
        let b = s.bundle();
        Bundle {
            identity: keys::parse(&b.identity).unwrap(),
            signed_prekey_id: b.signed_prekey_id,
            signed_prekey: keys::parse(&b.signed_prekey).unwrap(),
            signature: b.signature,
            prekeys: b
                .prekeys
                .iter()
                .map(|(id, k)| (*id, keys::parse(k).unwrap()))
                .collect(),
        }
    }

    #[test]
    fn two_devices_talk_and_prekeys_are_used_up_and_replenished() {
        let mut alice = State::generate();
        let mut bob = State::generate();
        assert_eq!(bob.prekey_count(), PREKEYS);
        alice
            .start_session("bob@b", bob.device_id, &bundle_of(&bob))
            .unwrap();
        let to_bob = to(&bob);
        let e = alice.encrypt(Some("héllo".as_bytes()), &to_bob).unwrap();
        assert!(e.keys[0].3, "a prekey message");
        let d = read(&mut bob, "alice@a", alice.device_id, &e).unwrap();
        assert_eq!(d.body.as_deref(), Some("héllo".as_bytes()));
        assert_eq!(d.trust, Trust::Blind);
        assert_eq!(d.identity, alice.identity().public);
        assert_eq!(bob.prekey_count(), PREKEYS - 1);
        // The same prekey message again reads with the session it built.
        let again = read(&mut bob, "alice@a", alice.device_id, &e);
        assert!(matches!(
            again,
            Err(Undecryptable::Ratchet(ratchet::Error::Duplicate))
        ));
        // Bob answers (an empty message completes the session).
        let to_alice = [Target {
            jid: "alice@a".into(),
            device: alice.device_id,
        }];
        let r = bob.encrypt(None, &to_alice).unwrap();
        assert!(!r.keys[0].3);
        let d = read(&mut alice, "bob@b", bob.device_id, &r).unwrap();
        assert_eq!(d.body, None);
        let e = alice.encrypt(Some(b"second"), &to_bob).unwrap();
        assert!(!e.keys[0].3, "confirmed: no prekey message");
        // Twenty more sessions use Bob's prekeys below the mark.
        for _ in 0..20 {
            let mut other = State::generate();
            other
                .start_session("bob@b", bob.device_id, &bundle_of(&bob))
                .unwrap();
            let e = other.encrypt(Some(b"x"), &to_bob).unwrap();
            let d = read(&mut bob, "c@c", other.device_id, &e).unwrap();
            assert!(d.used_prekey);
        }
        assert_eq!(
            bob.prekey_count(),
            PREKEYS,
            "replenished below {PREKEYS_LOW}"
        );
        assert!(!bob.published);
    }

    /// A prekey message from a new device `sid` (of whoever) to `bob`.
    pub(crate) fn first_message(bob: &State, sid: u32) -> (State, Encrypted) {
        let mut sender = State::generate();
        sender.device_id = sid;
        sender
            .start_session("bob@b", bob.device_id, &bundle_of(bob))
            .unwrap();
        let to_bob = to(bob);
        let e = sender.encrypt(Some(b"hi"), &to_bob).unwrap();
        (sender, e)
    }

    #[test]
    fn a_flood_of_device_ids_is_bounded() {
        let mut bob = State::generate();
        let mut refused = 0;
        let mut prekeys_at_the_bound = None;
        for sid in 1..=100u32 {
            let (_, e) = first_message(&bob, sid);
            match read(&mut bob, "mallory@m", sid, &e) {
                Ok(_) => {}
                Err(Undecryptable::Limit(what)) => {
                    assert_eq!(what, "devices per contact");
                    prekeys_at_the_bound.get_or_insert(bob.prekey_count());
                    refused += 1;
                }
                Err(other) => panic!("{other}"),
            }
        }
        assert_eq!(refused, 100 - MAX_DEVICES_PER_CONTACT);
        assert_eq!(bob.sessions["mallory@m"].len(), MAX_DEVICES_PER_CONTACT);
        assert!(bob.trust["mallory@m"].len() <= MAX_KEYS_PER_CONTACT);
        // Refused messages used up no prekey.
        assert_eq!(Some(bob.prekey_count()), prekeys_at_the_bound);
        // Other contacts are not affected by one contact's flood.
        let (_, e) = first_message(&bob, 7);
        assert!(read(&mut bob, "alice@a", 7, &e).is_ok());
    }

    #[test]
    fn skipped_keys_are_bounded_over_all_sessions() {
        let mut bob = State::generate();
        let to_bob = to(&bob);
        let per = ratchet::MAX_SKIP as usize;
        let fits = MAX_SKIPPED_TOTAL / per;
        let mut kept = 0;
        for n in 0..=fits {
            let jid = format!("c{n}@c");
            let (mut sender, first) = first_message(&bob, 1);
            read(&mut bob, &jid, 1, &first).unwrap();
            // Skip MAX_SKIP messages, then one that bob reads.
            for _ in 0..per {
                sender.encrypt(Some(b"x"), &to_bob).unwrap();
            }
            let far = sender.encrypt(Some(b"far"), &to_bob).unwrap();
            match read(&mut bob, &jid, 1, &far) {
                Ok(_) => kept += 1,
                Err(Undecryptable::Limit(what)) => assert_eq!(what, "skipped message keys"),
                Err(other) => panic!("{other}"),
            }
        }
        assert_eq!(kept, fits);
        let total: usize = bob
            .sessions
            .values()
            .flat_map(|d| d.values())
            .map(|s| s.skipped_len())
            .sum();
        assert!(total <= MAX_SKIPPED_TOTAL, "{total}");
    }

    #[test]
    fn trust_is_checked_again_for_the_session_at_encryption() {
        let mut alice = State::generate();
        let bob = State::generate();
        alice
            .start_session("bob@b", bob.device_id, &bundle_of(&bob))
            .unwrap();
        let to_bob = to(&bob);
        assert!(alice.untrusted(&to_bob, Policy::Blind).is_none());
        let strict = alice.untrusted(&to_bob, Policy::Strict);
        assert!(matches!(strict, Some((_, Trust::Blind))));
        // Bob's key is verified; then a new key turns up for the same
        // device id (as a prekey message read by `listen` would install).
        let first = keys::hex(&bundle_of(&bob).identity);
        alice.set_trust("bob@b", &first, Trust::Verified);
        assert!(alice.untrusted(&to_bob, Policy::Strict).is_none());
        let mut impostor = State::generate();
        impostor.device_id = bob.device_id;
        alice
            .start_session("bob@b", bob.device_id, &bundle_of(&impostor))
            .unwrap();
        let found = alice.untrusted(&to_bob, Policy::Blind);
        assert!(matches!(found, Some((_, Trust::Undecided))), "{found:?}");
    }

    #[test]
    fn a_prekey_message_whose_payload_fails_changes_nothing() {
        let mut alice = State::generate();
        let mut bob = State::generate();
        alice
            .start_session("bob@b", bob.device_id, &bundle_of(&bob))
            .unwrap();
        let to_bob = to(&bob);
        let mut e = alice.encrypt(Some(b"hello"), &to_bob).unwrap();
        let good = e.payload.clone();
        if let Some(p) = e.payload.as_mut() {
            p[0] ^= 1;
        }
        let before = serde_json::to_string(&bob).unwrap();
        let err = read(&mut bob, "alice@a", alice.device_id, &e).unwrap_err();
        assert_eq!(err, Undecryptable::Payload);
        assert_eq!(
            serde_json::to_string(&bob).unwrap(),
            before,
            "no prekey used up, no session kept"
        );
        // The genuine message still opens afterwards.
        e.payload = good;
        let d = read(&mut bob, "alice@a", alice.device_id, &e).unwrap();
        assert_eq!(d.body.as_deref(), Some(&b"hello"[..]));
        assert!(d.used_prekey);
    }

    #[test]
    fn an_unknown_prekey_and_a_stranger_are_reported() {
        let mut alice = State::generate();
        let mut bob = State::generate();
        let stale = bundle_of(&bob);
        alice.start_session("bob@b", bob.device_id, &stale).unwrap();
        bob.prekeys.clear();
        let to_bob = to(&bob);
        let e = alice.encrypt(Some(b"x"), &to_bob).unwrap();
        let err = read(&mut bob, "alice@a", alice.device_id, &e).unwrap_err();
        assert!(matches!(err, Undecryptable::UnknownPreKey(_)), "{err}");
        let err = bob.decrypt(
            "eve@e",
            7,
            &[0x33, 1, 2, 3, 4, 5, 6, 7, 8, 9],
            false,
            &e.iv,
            None,
        );
        assert_eq!(err.unwrap_err(), Undecryptable::NoSession);
    }

    #[test]
    fn verifying_one_key_ends_blind_trust_for_new_ones() {
        let mut s = State::generate();
        assert_eq!(s.trust_of("a@a", &[1; 32]), Trust::Blind);
        s.set_trust("a@a", &keys::hex(&[2; 32]), Trust::Verified);
        assert_eq!(
            s.trust_of("a@a", &[1; 32]),
            Trust::Blind,
            "seen before: unchanged"
        );
        assert_eq!(s.trust_of("a@a", &[3; 32]), Trust::Undecided);
        assert_eq!(s.trust_of("b@b", &[3; 32]), Trust::Blind);
        assert!(Trust::Blind.usable(Policy::Blind));
        assert!(!Trust::Blind.usable(Policy::Strict));
        assert!(Trust::Verified.usable(Policy::Strict));
        assert!(!Trust::Distrusted.usable(Policy::Blind));
    }
}
