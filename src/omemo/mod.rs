//! OMEMO 0.3 (`eu.siacs.conversations.axolotl`, XEP-0384 v0.3): the
//! protocol, without any network code. `keys` (X25519, XEdDSA,
//! fingerprints), `wire` (Signal's message frames), `ratchet` (X3DH and
//! the Double Ratchet), `payload` (AES-128-GCM of the message body),
//! `state` (one account's device: keys, prekeys, sessions, trust; what
//! to encrypt to), `store` (that state on disk, locked and written
//! atomically). The XMPP side (PEP, stanzas) is `commands/omemo/`.
//! Unit-tested here; interoperability is tested against slixmpp-omemo.

pub mod keys;
pub mod payload;
pub mod ratchet;
pub mod state;
pub mod store;
pub mod wire;

use base64::Engine as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use zeroize::Zeroize;

/// The OMEMO 0.3 namespace.
pub const NS: &str = "eu.siacs.conversations.axolotl";

/// 32 bytes of key material: base64 in the store, zeroed when dropped,
/// never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Key32(pub [u8; 32]);

impl Drop for Key32 {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl std::fmt::Debug for Key32 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[key]")
    }
}

impl Serialize for Key32 {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(self.0))
    }
}

impl<'de> Deserialize<'de> for Key32 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key32, D::Error> {
        let mut text = String::deserialize(d)?;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(text.as_bytes())
            .map_err(serde::de::Error::custom);
        text.zeroize();
        let mut bytes = bytes?;
        let key = <[u8; 32]>::try_from(bytes.as_slice())
            .map_err(|_| serde::de::Error::custom("a key is not 32 bytes"));
        bytes.zeroize();
        Ok(Key32(key?))
    }
}
