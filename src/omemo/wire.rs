//! Signal's two message frames as OMEMO 0.3 carries them in a `<key>`:
//! the `SignalMessage` (ratchet key, counters, ciphertext; then an
//! 8-byte MAC) and the `PreKeySignalMessage` that wraps one while a
//! session is being set up. Each frame is a version byte (`0x33`) and a
//! protobuf message; this is a small, checked protobuf reader and writer
//! for exactly these fields (unknown fields are skipped, as protobuf
//! requires). Pure; the fuzz target `omemo` feeds it arbitrary bytes.

use super::keys;

/// Version 3 of the frames, current and previous version in one byte.
pub const VERSION: u8 = 0x33;

/// Length of the truncated HMAC-SHA-256 after a `SignalMessage`.
pub const MAC_LEN: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignalMessage {
    pub ratchet_key: [u8; 32],
    pub counter: u32,
    pub previous_counter: u32,
    pub ciphertext: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreKeyMessage {
    pub registration_id: u32,
    /// Absent when the sender used no one-time prekey.
    pub prekey_id: Option<u32>,
    pub signed_prekey_id: u32,
    pub base_key: [u8; 32],
    pub identity_key: [u8; 32],
    /// The `SignalMessage` inside, with its MAC.
    pub message: Vec<u8>,
}

/// Why bytes are not a frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Malformed {
    Truncated,
    Version(u8),
    Field(&'static str),
}

impl std::fmt::Display for Malformed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Malformed::Truncated => f.write_str("the message is truncated"),
            Malformed::Version(v) => write!(f, "unknown message version 0x{v:02x}"),
            Malformed::Field(name) => write!(f, "the message's {name} is missing or malformed"),
        }
    }
}

impl SignalMessage {
    /// The version byte and the protobuf, without the MAC.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.ciphertext.len() + 48);
        out.push(VERSION);
        put_bytes(&mut out, 1, &keys::serialize(&self.ratchet_key));
        put_uint(&mut out, 2, self.counter);
        put_uint(&mut out, 3, self.previous_counter);
        put_bytes(&mut out, 4, &self.ciphertext);
        out
    }

    /// Reads the frame without its MAC (`bytes` = version and protobuf).
    pub fn decode(bytes: &[u8]) -> Result<SignalMessage, Malformed> {
        let body = version(bytes)?;
        let (mut ratchet_key, mut counter, mut previous_counter, mut ciphertext) =
            (None, 0, 0, None);
        for field in Fields(body) {
            match field? {
                (1, Value::Bytes(b)) => {
                    ratchet_key = Some(keys::parse(b).ok_or(Malformed::Field("ratchet key"))?)
                }
                (2, Value::Varint(v)) => counter = uint32(v, "counter")?,
                (3, Value::Varint(v)) => previous_counter = uint32(v, "previous counter")?,
                (4, Value::Bytes(b)) => ciphertext = Some(b.to_vec()),
                (1 | 4, _) => return Err(Malformed::Field("field type")),
                (2 | 3, _) => return Err(Malformed::Field("counter")),
                _ => {}
            }
        }
        Ok(SignalMessage {
            ratchet_key: ratchet_key.ok_or(Malformed::Field("ratchet key"))?,
            counter,
            previous_counter,
            ciphertext: ciphertext.ok_or(Malformed::Field("ciphertext"))?,
        })
    }
}

impl PreKeyMessage {
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.message.len() + 96);
        out.push(VERSION);
        if let Some(id) = self.prekey_id {
            put_uint(&mut out, 1, id);
        }
        put_bytes(&mut out, 2, &keys::serialize(&self.base_key));
        put_bytes(&mut out, 3, &keys::serialize(&self.identity_key));
        put_bytes(&mut out, 4, &self.message);
        put_uint(&mut out, 5, self.registration_id);
        put_uint(&mut out, 6, self.signed_prekey_id);
        out
    }

    pub fn decode(bytes: &[u8]) -> Result<PreKeyMessage, Malformed> {
        let body = version(bytes)?;
        let mut m = PreKeyMessage {
            registration_id: 0,
            prekey_id: None,
            signed_prekey_id: 0,
            base_key: [0; 32],
            identity_key: [0; 32],
            message: Vec::new(),
        };
        let (mut base, mut identity, mut message) = (false, false, false);
        for field in Fields(body) {
            match field? {
                (1, Value::Varint(v)) => m.prekey_id = Some(uint32(v, "prekey id")?),
                (2, Value::Bytes(b)) => {
                    m.base_key = keys::parse(b).ok_or(Malformed::Field("base key"))?;
                    base = true;
                }
                (3, Value::Bytes(b)) => {
                    m.identity_key = keys::parse(b).ok_or(Malformed::Field("identity key"))?;
                    identity = true;
                }
                (4, Value::Bytes(b)) => {
                    m.message = b.to_vec();
                    message = true;
                }
                (5, Value::Varint(v)) => m.registration_id = uint32(v, "registration id")?,
                (6, Value::Varint(v)) => m.signed_prekey_id = uint32(v, "signed prekey id")?,
                (1..=6, _) => return Err(Malformed::Field("field type")),
                _ => {}
            }
        }
        if !base {
            return Err(Malformed::Field("base key"));
        }
        if !identity {
            return Err(Malformed::Field("identity key"));
        }
        if !message {
            return Err(Malformed::Field("inner message"));
        }
        Ok(m)
    }
}

fn version(bytes: &[u8]) -> Result<&[u8], Malformed> {
    match bytes.split_first() {
        None => Err(Malformed::Truncated),
        Some((&VERSION, rest)) => Ok(rest),
        Some((&v, _)) => Err(Malformed::Version(v)),
    }
}

fn uint32(v: u64, name: &'static str) -> Result<u32, Malformed> {
    u32::try_from(v).map_err(|_| Malformed::Field(name))
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn put_uint(out: &mut Vec<u8>, field: u32, v: u32) {
    put_varint(out, u64::from(field) << 3);
    put_varint(out, u64::from(v));
}

fn put_bytes(out: &mut Vec<u8>, field: u32, b: &[u8]) {
    put_varint(out, (u64::from(field) << 3) | 2);
    put_varint(out, b.len() as u64);
    out.extend_from_slice(b);
}

enum Value<'a> {
    Varint(u64),
    Bytes(&'a [u8]),
    Fixed,
}

/// The fields of a protobuf message, in order.
struct Fields<'a>(&'a [u8]);

impl<'a> Fields<'a> {
    fn varint(&mut self) -> Result<u64, Malformed> {
        let mut v: u64 = 0;
        for i in 0..10 {
            let (&b, rest) = self.0.split_first().ok_or(Malformed::Truncated)?;
            self.0 = rest;
            if i == 9 && b > 1 {
                return Err(Malformed::Field("varint"));
            }
            v |= u64::from(b & 0x7F) << (7 * i);
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(Malformed::Field("varint"))
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], Malformed> {
        if self.0.len() < n {
            return Err(Malformed::Truncated);
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }
}

impl<'a> Iterator for Fields<'a> {
    type Item = Result<(u64, Value<'a>), Malformed>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.0.is_empty() {
            return None;
        }
        let item = (|| {
            let key = self.varint()?;
            let value = match key & 7 {
                0 => Value::Varint(self.varint()?),
                1 => {
                    self.take(8)?;
                    Value::Fixed
                }
                2 => {
                    let n = usize::try_from(self.varint()?).map_err(|_| Malformed::Truncated)?;
                    Value::Bytes(self.take(n)?)
                }
                5 => {
                    self.take(4)?;
                    Value::Fixed
                }
                _ => return Err(Malformed::Field("wire type")),
            };
            Ok((key >> 3, value))
        })();
        if item.is_err() {
            // Stop after the first error.
            self.0 = &[];
        }
        Some(item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_round_trip() {
        let m = SignalMessage {
            ratchet_key: [7; 32],
            counter: 300,
            previous_counter: 0,
            ciphertext: vec![1, 2, 3],
        };
        let bytes = m.encode();
        assert_eq!(bytes[0], 0x33);
        // The ratchet key, field 1, length 33, 0x05 prefix.
        assert_eq!(&bytes[1..4], &[0x0a, 33, 0x05]);
        assert_eq!(SignalMessage::decode(&bytes), Ok(m));
        let p = PreKeyMessage {
            registration_id: 0,
            prekey_id: Some(42),
            signed_prekey_id: 1,
            base_key: [8; 32],
            identity_key: [9; 32],
            message: vec![0x33, 1, 2],
        };
        assert_eq!(PreKeyMessage::decode(&p.encode()), Ok(p.clone()));
        let none = PreKeyMessage {
            prekey_id: None,
            ..p
        };
        assert_eq!(PreKeyMessage::decode(&none.encode()), Ok(none));
    }

    #[test]
    fn bad_frames_are_named_not_panicked_on() {
        assert_eq!(SignalMessage::decode(&[]), Err(Malformed::Truncated));
        assert_eq!(
            SignalMessage::decode(&[0x22, 0]),
            Err(Malformed::Version(0x22))
        );
        assert_eq!(
            SignalMessage::decode(&[0x33]),
            Err(Malformed::Field("ratchet key"))
        );
        // A length that runs past the end.
        assert_eq!(
            SignalMessage::decode(&[0x33, 0x0a, 100, 1]),
            Err(Malformed::Truncated)
        );
        // A varint that never ends.
        assert!(PreKeyMessage::decode(&[
            0x33, 0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01
        ])
        .is_err());
        // A counter beyond 32 bits.
        let mut b = vec![0x33, 0x10];
        put_varint(&mut b, 1 << 40);
        assert_eq!(SignalMessage::decode(&b), Err(Malformed::Field("counter")));
        // Unknown fields (here a fixed64 field 9) are skipped.
        let m = SignalMessage {
            ratchet_key: [1; 32],
            counter: 1,
            previous_counter: 2,
            ciphertext: vec![],
        };
        let mut b = m.encode();
        b.extend_from_slice(&[0x49, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(SignalMessage::decode(&b), Ok(m));
    }
}
