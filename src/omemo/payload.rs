//! The message body in OMEMO 0.3: AES-128-GCM under a fresh key and a
//! 12-byte IV; the key and the 16-byte tag (32 bytes) are what each
//! device's session encrypts. Pure.

use aes_gcm::aead::consts::U16;
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes128Gcm, AesGcm, Nonce};

/// AES-128-GCM with the 16-byte IV that Conversations used before 2019
/// (messages from then are still in archives).
type Aes128Gcm16 = AesGcm<aes::Aes128, U16>;
use zeroize::Zeroize;

/// An encrypted body: the key material for the sessions, the IV and the
/// ciphertext (without its tag, which travels in the key material).
pub struct Sealed {
    pub key_and_tag: [u8; 32],
    pub iv: [u8; 12],
    pub ciphertext: Vec<u8>,
}

pub fn seal(plaintext: &[u8]) -> Sealed {
    let random = super::keys::random();
    let mut key = [0u8; 16];
    key.copy_from_slice(&random[..16]);
    let mut iv = [0u8; 12];
    iv.copy_from_slice(&random[16..28]);
    let mut out = Aes128Gcm::new(&key.into())
        .encrypt(Nonce::from_slice(&iv), plaintext)
        .expect("AES-GCM encrypts any length a message can have");
    let tag = out.split_off(out.len() - 16);
    let mut key_and_tag = [0u8; 32];
    key_and_tag[..16].copy_from_slice(&key);
    key_and_tag[16..].copy_from_slice(&tag);
    key.zeroize();
    Sealed {
        key_and_tag,
        iv,
        ciphertext: out,
    }
}

/// A key transport element (no payload) carries random key material.
pub fn key_transport() -> [u8; 32] {
    super::keys::random()
}

/// Decrypts a payload. The key material is the 16-byte key and the tag;
/// some old clients send 16 bytes of key and append the tag to the
/// payload, which is accepted too.
pub fn open(key_material: &[u8], iv: &[u8], ciphertext: &[u8]) -> Option<Vec<u8>> {
    let (key, data) = match key_material.len() {
        32 => {
            let mut d = ciphertext.to_vec();
            d.extend_from_slice(&key_material[16..]);
            (&key_material[..16], d)
        }
        16 => (key_material, ciphertext.to_vec()),
        _ => return None,
    };
    let key: [u8; 16] = key.try_into().ok()?;
    match iv.len() {
        12 => Aes128Gcm::new(&key.into())
            .decrypt(Nonce::from_slice(iv), data.as_slice())
            .ok(),
        16 => Aes128Gcm16::new(&key.into())
            .decrypt(Nonce::from_slice(iv), data.as_slice())
            .ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_round_trips_and_a_flipped_bit_does_not() {
        let body = "Grüße\nzweite Zeile".repeat(100);
        let s = seal(body.as_bytes());
        assert_eq!(s.ciphertext.len(), body.len());
        assert_eq!(
            open(&s.key_and_tag, &s.iv, &s.ciphertext).unwrap(),
            body.as_bytes()
        );
        let mut bad = s.ciphertext.clone();
        bad[7] ^= 1;
        assert_eq!(open(&s.key_and_tag, &s.iv, &bad), None);
        let mut tag = s.key_and_tag;
        tag[31] ^= 1;
        assert_eq!(open(&tag, &s.iv, &s.ciphertext), None);
        // The old layout: the tag after the ciphertext.
        let mut appended = s.ciphertext.clone();
        appended.extend_from_slice(&s.key_and_tag[16..]);
        assert_eq!(
            open(&s.key_and_tag[..16], &s.iv, &appended).unwrap(),
            body.as_bytes()
        );
        assert_eq!(open(&s.key_and_tag[..5], &s.iv, &s.ciphertext), None);
        assert_eq!(open(&s.key_and_tag, &s.iv[..8], &s.ciphertext), None);
    }

    #[test]
    fn a_sixteen_byte_iv_from_older_clients_decrypts() {
        let key = [9u8; 16];
        let iv = [3u8; 16];
        let mut sealed = Aes128Gcm16::new(&key.into())
            .encrypt(Nonce::from_slice(&iv), &b"old conversations"[..])
            .unwrap();
        let tag = sealed.split_off(sealed.len() - 16);
        let mut material = key.to_vec();
        material.extend_from_slice(&tag);
        assert_eq!(open(&material, &iv, &sealed).unwrap(), b"old conversations");
        assert_eq!(open(&material, &iv[..12], &sealed), None);
    }
}
