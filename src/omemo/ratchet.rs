//! X3DH and the Double Ratchet with OMEMO 0.3's (libsignal's) choices:
//! HKDF-SHA-256 with the infos `WhisperText`, `WhisperRatchet` and
//! `WhisperMessageKeys`, HMAC chain steps `0x01`/`0x02`, AES-256-CBC
//! with PKCS#7 inside each `SignalMessage`, an 8-byte HMAC over
//! sender identity || receiver identity || frame. Pure and synchronous:
//! a failed decryption leaves the session exactly as it was.

use aes::cipher::{block_padding::Pkcs7, BlockDecryptMut, BlockEncryptMut, KeyIvInit};
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use super::keys::{self, KeyPair};
use super::wire::{Malformed, PreKeyMessage, SignalMessage, MAC_LEN};
use super::Key32;

type HmacSha256 = Hmac<Sha256>;

/// At most this many message keys skipped by one message, and kept per
/// session (the oldest are forgotten first).
pub const MAX_SKIP: u32 = 1000;
const MAX_KEPT: usize = 2000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The bundle's signed prekey is not signed by its identity key.
    BadSignature,
    /// The bundle's keys are malformed or low-order.
    BadKey,
    Malformed(Malformed),
    /// The message's MAC does not match: altered, or not for this session.
    Mac,
    /// This message number was already read (or its key was forgotten).
    Duplicate,
    /// The message would skip more than `MAX_SKIP` keys.
    TooFarAhead,
    /// The message cannot be read before the other side has sent one.
    NotReady,
    /// The content did not decrypt (bad padding).
    Decrypt,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::BadSignature => {
                f.write_str("the bundle's signed prekey signature does not verify")
            }
            Error::BadKey => f.write_str("the bundle holds a malformed key"),
            Error::Malformed(m) => m.fmt(f),
            Error::Mac => {
                f.write_str("the message's MAC does not match (altered, or another session's)")
            }
            Error::Duplicate => f.write_str("the message was already decrypted, or is too old"),
            Error::TooFarAhead => write!(f, "the message skips more than {MAX_SKIP} messages"),
            Error::NotReady => {
                f.write_str("no sending chain yet (the session was not set up by us)")
            }
            Error::Decrypt => f.write_str("the message's content does not decrypt"),
        }
    }
}

impl From<Malformed> for Error {
    fn from(m: Malformed) -> Error {
        Error::Malformed(m)
    }
}

/// The public part of another device, as its bundle publishes it.
#[derive(Debug, Clone)]
pub struct Bundle {
    pub identity: [u8; 32],
    pub signed_prekey_id: u32,
    pub signed_prekey: [u8; 32],
    pub signature: Vec<u8>,
    pub prekeys: Vec<(u32, [u8; 32])>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Chain {
    key: Key32,
    n: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Skipped {
    ratchet: Key32,
    n: u32,
    key: Key32,
}

/// What a session started by us sends with every message until the other
/// side answers: the keys it was built from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Pending {
    prekey_id: Option<u32>,
    signed_prekey_id: u32,
    base_key: Key32,
}

/// One Double Ratchet session with one device of another party.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    our_identity: Key32,
    their_identity: Key32,
    root: Key32,
    /// Our current ratchet key pair (its secret).
    ratchet: Key32,
    sending: Option<Chain>,
    previous_counter: u32,
    their_ratchet: Option<Key32>,
    receiving: Option<Chain>,
    skipped: Vec<Skipped>,
    pending: Option<Pending>,
    /// For a session the other side started: the base key it used, so a
    /// repeated prekey message is read with this session.
    their_base_key: Option<Key32>,
}

/// A message for one device: the bytes of its `<key>` and whether it is a
/// prekey message.
#[derive(Debug, Clone)]
pub struct Sealed {
    pub bytes: Vec<u8>,
    pub prekey: bool,
}

impl Session {
    /// X3DH as the initiator, from the other device's bundle. Uses one of
    /// its one-time prekeys, if it has any (`pick` chooses the index).
    pub fn initiate(identity: &KeyPair, bundle: &Bundle, pick: usize) -> Result<Session, Error> {
        if !keys::verify(
            &bundle.identity,
            &keys::serialize(&bundle.signed_prekey),
            &bundle.signature,
        ) {
            return Err(Error::BadSignature);
        }
        let base = KeyPair::generate();
        let prekey =
            (!bundle.prekeys.is_empty()).then(|| bundle.prekeys[pick % bundle.prekeys.len()]);
        let mut secret = Vec::with_capacity(160);
        secret.extend_from_slice(&[0xFF; 32]);
        for dh in [
            identity.agree(&bundle.signed_prekey),
            base.agree(&bundle.identity),
            base.agree(&bundle.signed_prekey),
        ] {
            secret.extend_from_slice(&dh.ok_or(Error::BadKey)?);
        }
        if let Some((_, pk)) = prekey {
            secret.extend_from_slice(&base.agree(&pk).ok_or(Error::BadKey)?);
        }
        let root = x3dh_root(&secret);
        zeroize::Zeroize::zeroize(&mut secret);
        let ratchet = KeyPair::generate();
        let (root, chain) = kdf_root(
            &root,
            &ratchet.agree(&bundle.signed_prekey).ok_or(Error::BadKey)?,
        );
        Ok(Session {
            our_identity: Key32(identity.public),
            their_identity: Key32(bundle.identity),
            root: Key32(root),
            ratchet: Key32(*ratchet.secret()),
            sending: Some(Chain {
                key: Key32(chain),
                n: 0,
            }),
            previous_counter: 0,
            their_ratchet: Some(Key32(bundle.signed_prekey)),
            receiving: None,
            skipped: Vec::new(),
            pending: Some(Pending {
                prekey_id: prekey.map(|(id, _)| id),
                signed_prekey_id: bundle.signed_prekey_id,
                base_key: Key32(base.public),
            }),
            their_base_key: None,
        })
    }

    /// X3DH as the responder, from a prekey message and our own keys. The
    /// inner message is not read yet: call [`Session::decrypt`] with it.
    pub fn respond(
        identity: &KeyPair,
        signed_prekey: &KeyPair,
        one_time: Option<&KeyPair>,
        message: &PreKeyMessage,
    ) -> Result<Session, Error> {
        let mut secret = Vec::with_capacity(160);
        secret.extend_from_slice(&[0xFF; 32]);
        for dh in [
            signed_prekey.agree(&message.identity_key),
            identity.agree(&message.base_key),
            signed_prekey.agree(&message.base_key),
        ] {
            secret.extend_from_slice(&dh.ok_or(Error::BadKey)?);
        }
        if let Some(pk) = one_time {
            secret.extend_from_slice(&pk.agree(&message.base_key).ok_or(Error::BadKey)?);
        }
        let root = x3dh_root(&secret);
        zeroize::Zeroize::zeroize(&mut secret);
        Ok(Session {
            our_identity: Key32(identity.public),
            their_identity: Key32(message.identity_key),
            root: Key32(root),
            ratchet: Key32(*signed_prekey.secret()),
            sending: None,
            previous_counter: 0,
            their_ratchet: None,
            receiving: None,
            skipped: Vec::new(),
            pending: None,
            their_base_key: Some(Key32(message.base_key)),
        })
    }

    /// The other device's identity key.
    pub fn their_identity(&self) -> [u8; 32] {
        self.their_identity.0
    }

    /// Whether this session was built from the prekey message's base key.
    pub fn built_from(&self, base_key: &[u8; 32]) -> bool {
        self.their_base_key
            .as_ref()
            .is_some_and(|k| k.0 == *base_key)
    }

    /// Whether the other side has answered (no prekey message needed).
    pub fn confirmed(&self) -> bool {
        self.pending.is_none()
    }

    /// Encrypts one message (in OMEMO, the payload key and tag).
    pub fn encrypt(&mut self, plaintext: &[u8]) -> Result<Sealed, Error> {
        let chain = self.sending.as_mut().ok_or(Error::NotReady)?;
        let (next, seed) = step(&chain.key.0);
        let n = chain.n;
        chain.key = Key32(next);
        chain.n = n.checked_add(1).ok_or(Error::TooFarAhead)?;
        let (cipher_key, mac_key, iv) = message_keys(&seed);
        let mut ciphertext = plaintext.to_vec();
        ciphertext.resize(plaintext.len() + 16, 0);
        let len = cbc::Encryptor::<aes::Aes256>::new(&cipher_key.into(), &iv.into())
            .encrypt_padded_mut::<Pkcs7>(&mut ciphertext, plaintext.len())
            .expect("16 bytes of room for the padding")
            .len();
        ciphertext.truncate(len);
        let ratchet = KeyPair::from_secret(self.ratchet.0);
        let mut frame = SignalMessage {
            ratchet_key: ratchet.public,
            counter: n,
            previous_counter: self.previous_counter,
            ciphertext,
        }
        .encode();
        let mac = mac(
            &mac_key,
            &self.our_identity.0,
            &self.their_identity.0,
            &frame,
        );
        frame.extend_from_slice(&mac[..MAC_LEN]);
        Ok(match &self.pending {
            Some(p) => Sealed {
                bytes: PreKeyMessage {
                    registration_id: 0,
                    prekey_id: p.prekey_id,
                    signed_prekey_id: p.signed_prekey_id,
                    base_key: p.base_key.0,
                    identity_key: self.our_identity.0,
                    message: frame,
                }
                .encode(),
                prekey: true,
            },
            None => Sealed {
                bytes: frame,
                prekey: false,
            },
        })
    }

    /// Decrypts one `SignalMessage` (with its MAC). On any error the
    /// session is unchanged.
    pub fn decrypt(&mut self, bytes: &[u8]) -> Result<Vec<u8>, Error> {
        if bytes.len() < 1 + MAC_LEN {
            return Err(Error::Malformed(Malformed::Truncated));
        }
        let (frame, tag) = bytes.split_at(bytes.len() - MAC_LEN);
        let message = SignalMessage::decode(frame)?;
        let mut s = self.clone();
        let seed = s.message_key(&message)?;
        let (cipher_key, mac_key, iv) = message_keys(&seed);
        let mut m = HmacSha256::new_from_slice(&mac_key).expect("any key length");
        m.update(&keys::serialize(&s.their_identity.0));
        m.update(&keys::serialize(&s.our_identity.0));
        m.update(frame);
        m.verify_truncated_left(tag).map_err(|_| Error::Mac)?;
        let mut plain = message.ciphertext.clone();
        let len = cbc::Decryptor::<aes::Aes256>::new(&cipher_key.into(), &iv.into())
            .decrypt_padded_mut::<Pkcs7>(&mut plain)
            .map_err(|_| Error::Decrypt)?
            .len();
        plain.truncate(len);
        s.pending = None;
        *self = s;
        Ok(plain)
    }

    /// How many skipped message keys this session keeps.
    pub fn skipped_len(&self) -> usize {
        self.skipped.len()
    }

    /// The key of a received message: a skipped one, or from the chain
    /// (after a Diffie-Hellman step when its ratchet key is new).
    fn message_key(&mut self, m: &SignalMessage) -> Result<[u8; 32], Error> {
        if let Some(i) = self
            .skipped
            .iter()
            .position(|k| k.ratchet.0 == m.ratchet_key && k.n == m.counter)
        {
            return Ok(self.skipped.remove(i).key.0);
        }
        if self.their_ratchet.as_ref().map(|k| k.0) != Some(m.ratchet_key) {
            if self.receiving.is_some() {
                self.skip_to(m.previous_counter)?;
            }
            let ours = KeyPair::from_secret(self.ratchet.0);
            let (root, recv) = kdf_root(
                &self.root.0,
                &ours.agree(&m.ratchet_key).ok_or(Error::BadKey)?,
            );
            let next = KeyPair::generate();
            let (root, send) = kdf_root(&root, &next.agree(&m.ratchet_key).ok_or(Error::BadKey)?);
            self.previous_counter = self.sending.as_ref().map_or(0, |c| c.n);
            self.root = Key32(root);
            self.ratchet = Key32(*next.secret());
            self.sending = Some(Chain {
                key: Key32(send),
                n: 0,
            });
            self.their_ratchet = Some(Key32(m.ratchet_key));
            self.receiving = Some(Chain {
                key: Key32(recv),
                n: 0,
            });
        }
        let n = self.receiving.as_ref().map_or(0, |c| c.n);
        if m.counter < n {
            return Err(Error::Duplicate);
        }
        self.skip_to(m.counter)?;
        let chain = self.receiving.as_mut().ok_or(Error::NotReady)?;
        let (next, seed) = step(&chain.key.0);
        chain.key = Key32(next);
        chain.n = chain.n.checked_add(1).ok_or(Error::TooFarAhead)?;
        Ok(seed)
    }

    /// Keeps the keys of the receiving chain's messages before `until`.
    fn skip_to(&mut self, until: u32) -> Result<(), Error> {
        let (Some(chain), Some(ratchet)) = (self.receiving.as_mut(), self.their_ratchet.as_ref())
        else {
            return Ok(());
        };
        if until.saturating_sub(chain.n) > MAX_SKIP {
            return Err(Error::TooFarAhead);
        }
        while chain.n < until {
            let (next, seed) = step(&chain.key.0);
            self.skipped.push(Skipped {
                ratchet: ratchet.clone(),
                n: chain.n,
                key: Key32(seed),
            });
            chain.key = Key32(next);
            chain.n += 1;
        }
        if self.skipped.len() > MAX_KEPT {
            let extra = self.skipped.len() - MAX_KEPT;
            self.skipped.drain(..extra);
        }
        Ok(())
    }
}

fn x3dh_root(secret: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    Hkdf::<Sha256>::new(Some(&[0u8; 32]), secret)
        .expand(b"WhisperText", &mut out)
        .expect("32 bytes is a valid HKDF length");
    out
}

/// The root chain step: a new root key and a new chain key.
fn kdf_root(root: &[u8; 32], dh: &[u8; 32]) -> ([u8; 32], [u8; 32]) {
    let mut out = [0u8; 64];
    Hkdf::<Sha256>::new(Some(root), dh)
        .expand(b"WhisperRatchet", &mut out)
        .expect("64 bytes is a valid HKDF length");
    let (a, b) = out.split_at(32);
    (a.try_into().expect("32"), b.try_into().expect("32"))
}

/// The message chain step: (next chain key, message key seed).
fn step(chain: &[u8; 32]) -> ([u8; 32], [u8; 32]) {
    let h = |b: u8| -> [u8; 32] {
        let mut m = HmacSha256::new_from_slice(chain).expect("any key length");
        m.update(&[b]);
        m.finalize().into_bytes().into()
    };
    (h(0x02), h(0x01))
}

/// Cipher key, MAC key and IV of one message.
fn message_keys(seed: &[u8; 32]) -> ([u8; 32], [u8; 32], [u8; 16]) {
    let mut out = [0u8; 80];
    Hkdf::<Sha256>::new(Some(&[0u8; 32]), seed)
        .expand(b"WhisperMessageKeys", &mut out)
        .expect("80 bytes is a valid HKDF length");
    (
        out[..32].try_into().expect("32"),
        out[32..64].try_into().expect("32"),
        out[64..].try_into().expect("16"),
    )
}

fn mac(key: &[u8; 32], sender: &[u8; 32], receiver: &[u8; 32], frame: &[u8]) -> [u8; 32] {
    let mut m = HmacSha256::new_from_slice(key).expect("any key length");
    m.update(&keys::serialize(sender));
    m.update(&keys::serialize(receiver));
    m.update(frame);
    m.finalize().into_bytes().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Device {
        identity: KeyPair,
        signed: KeyPair,
        prekeys: Vec<KeyPair>,
    }

    fn device() -> Device {
        Device {
            identity: KeyPair::generate(),
            signed: KeyPair::generate(),
            prekeys: (0..3).map(|_| KeyPair::generate()).collect(),
        }
    }

    fn bundle(d: &Device) -> Bundle {
        Bundle {
            identity: d.identity.public,
            signed_prekey_id: 1,
            signed_prekey: d.signed.public,
            signature: d.identity.sign(&keys::serialize(&d.signed.public)).to_vec(),
            prekeys: d
                .prekeys
                .iter()
                .enumerate()
                .map(|(i, k)| (i as u32 + 1, k.public))
                .collect(),
        }
    }

    /// Alice starts, Bob answers the prekey message.
    fn pair() -> (Session, Session) {
        let (a, b) = (device(), device());
        let mut alice = Session::initiate(&a.identity, &bundle(&b), 1).unwrap();
        let first = alice.encrypt(b"hello").unwrap();
        assert!(first.prekey);
        let pk = PreKeyMessage::decode(&first.bytes).unwrap();
        assert_eq!(pk.prekey_id, Some(2));
        assert_eq!(pk.identity_key, a.identity.public);
        let mut bob = Session::respond(&b.identity, &b.signed, Some(&b.prekeys[1]), &pk).unwrap();
        assert!(bob.built_from(&pk.base_key));
        assert_eq!(bob.decrypt(&pk.message).unwrap(), b"hello");
        (alice, bob)
    }

    #[test]
    fn both_sides_take_turns() {
        let (mut alice, mut bob) = pair();
        for round in 0..50 {
            for i in 0..(round % 3 + 1) {
                let text = format!("b{round}.{i}");
                let m = bob.encrypt(text.as_bytes()).unwrap();
                assert!(!m.prekey);
                assert_eq!(alice.decrypt(&m.bytes).unwrap(), text.as_bytes());
            }
            assert!(alice.confirmed());
            let text = format!("a{round}");
            let m = alice.encrypt(text.as_bytes()).unwrap();
            assert!(!m.prekey, "after Bob's answer Alice sends plain messages");
            assert_eq!(bob.decrypt(&m.bytes).unwrap(), text.as_bytes());
        }
    }

    #[test]
    fn out_of_order_and_replayed_messages() {
        let (mut alice, mut bob) = pair();
        let reply = bob.encrypt(b"r").unwrap();
        alice.decrypt(&reply.bytes).unwrap();
        let sealed: Vec<_> = (0..10).map(|i| alice.encrypt(&[i]).unwrap()).collect();
        for i in [3, 0, 9, 1, 2, 8, 4, 7, 6, 5] {
            assert_eq!(bob.decrypt(&sealed[i].bytes).unwrap(), vec![i as u8]);
        }
        assert_eq!(bob.decrypt(&sealed[4].bytes), Err(Error::Duplicate));
        // Messages of an old chain after a Diffie-Hellman step.
        let old = alice.encrypt(b"old").unwrap();
        let r = bob.encrypt(b"turn").unwrap();
        alice.decrypt(&r.bytes).unwrap();
        let new = alice.encrypt(b"new").unwrap();
        assert_eq!(bob.decrypt(&new.bytes).unwrap(), b"new");
        assert_eq!(bob.decrypt(&old.bytes).unwrap(), b"old");
    }

    #[test]
    fn a_flipped_bit_is_refused_and_the_session_survives() {
        let (mut alice, mut bob) = pair();
        alice.decrypt(&bob.encrypt(b"ok").unwrap().bytes).unwrap();
        let m = alice.encrypt(b"secret").unwrap();
        for i in 0..m.bytes.len() {
            let mut bad = m.bytes.clone();
            bad[i] ^= 0x04;
            assert!(bob.decrypt(&bad).is_err(), "byte {i}");
        }
        assert_eq!(bob.decrypt(&m.bytes).unwrap(), b"secret");
    }

    #[test]
    fn a_forged_bundle_and_too_many_skips_are_refused() {
        let (a, b) = (device(), device());
        let mut forged = bundle(&b);
        forged.signed_prekey = KeyPair::generate().public;
        assert_eq!(
            Session::initiate(&a.identity, &forged, 0).unwrap_err(),
            Error::BadSignature
        );
        let (mut alice, mut bob) = pair();
        let first = alice.encrypt(b"0").unwrap();
        for _ in 0..MAX_SKIP + 1 {
            alice.encrypt(b"x").unwrap();
        }
        let far = alice.encrypt(b"far").unwrap();
        let inner = |s: &Sealed| PreKeyMessage::decode(&s.bytes).unwrap().message;
        assert_eq!(bob.decrypt(&inner(&far)), Err(Error::TooFarAhead));
        assert_eq!(bob.decrypt(&inner(&first)).unwrap(), b"0");
    }

    #[test]
    fn sessions_survive_the_store() {
        let (alice, mut bob) = pair();
        let mut alice: Session =
            serde_json::from_str(&serde_json::to_string(&alice).unwrap()).unwrap();
        let m = alice.encrypt(b"after reload").unwrap();
        let inner = PreKeyMessage::decode(&m.bytes).unwrap().message;
        assert_eq!(bob.decrypt(&inner).unwrap(), b"after reload");
    }
}
