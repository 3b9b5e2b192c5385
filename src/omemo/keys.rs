//! Curve25519 keys as OMEMO 0.3 uses them: X25519 for agreement, XEdDSA
//! (Signal's specification, on curve25519-dalek's group operations) for
//! the signature on the signed prekey, the `0x05`-prefixed wire form and
//! the fingerprint as Conversations shows it. No network, no files.

use curve25519_dalek::edwards::{CompressedEdwardsY, EdwardsPoint};
use curve25519_dalek::montgomery::MontgomeryPoint;
use curve25519_dalek::scalar::{clamp_integer, Scalar};
use sha2::{Digest, Sha512};
use zeroize::Zeroize;

/// The type byte of a Curve25519 public key on the wire (libsignal's
/// `Curve.DJB_TYPE`).
pub const DJB_TYPE: u8 = 0x05;

/// A Curve25519 key pair. The secret is zeroed when dropped and never
/// printed.
#[derive(Clone)]
pub struct KeyPair {
    secret: [u8; 32],
    pub public: [u8; 32],
}

impl Drop for KeyPair {
    fn drop(&mut self) {
        self.secret.zeroize();
    }
}

impl std::fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "KeyPair {{ public: {}, secret: [redacted] }}",
            hex(&self.public)
        )
    }
}

impl KeyPair {
    /// A new key pair from the operating system's random source.
    pub fn generate() -> KeyPair {
        KeyPair::from_secret(random())
    }

    pub fn from_secret(secret: [u8; 32]) -> KeyPair {
        let public = MontgomeryPoint::mul_base_clamped(secret).to_bytes();
        KeyPair { secret, public }
    }

    /// The secret, for the store only.
    pub fn secret(&self) -> &[u8; 32] {
        &self.secret
    }

    /// X25519 with another party's public key. An all-zero result (a
    /// low-order point) is refused: it would make the shared secret public.
    pub fn agree(&self, their_public: &[u8; 32]) -> Option<[u8; 32]> {
        let shared = MontgomeryPoint(*their_public)
            .mul_clamped(self.secret)
            .to_bytes();
        (shared != [0u8; 32]).then_some(shared)
    }

    /// An XEdDSA signature over `message` (64 bytes: R and s).
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        let k = Scalar::from_bytes_mod_order(clamp_integer(self.secret));
        let e = EdwardsPoint::mul_base(&k);
        // The Edwards key with sign bit 0, and the scalar that goes with it.
        let (a_point, a) = if e.compress().to_bytes()[31] & 0x80 != 0 {
            (-e, -k)
        } else {
            (e, k)
        };
        let a_bytes = a_point.compress().to_bytes();
        let mut z: [u8; 64] = [0; 64];
        getrandom::getrandom(&mut z).expect("the operating system's random source failed");
        // hash1(a || M || Z): SHA-512 with the prefix 0xFE, 0xFF x 31.
        let mut prefix = [0xFFu8; 32];
        prefix[0] = 0xFE;
        let mut h = Sha512::new();
        h.update(prefix);
        h.update(a.as_bytes());
        h.update(message);
        h.update(z);
        let r = Scalar::from_bytes_mod_order_wide(&h.finalize().into());
        z.zeroize();
        let r_point = EdwardsPoint::mul_base(&r).compress().to_bytes();
        let h = challenge(&r_point, &a_bytes, message);
        let s = r + h * a;
        let mut sig = [0u8; 64];
        sig[..32].copy_from_slice(&r_point);
        sig[32..].copy_from_slice(s.as_bytes());
        sig
    }
}

/// Checks a signature made by the owner of the Curve25519 key `public`:
/// XEdDSA (the Edwards form with sign bit 0), and libsignal's older
/// `curve25519_sign` form that python-omemo and others still produce,
/// which carries the Edwards sign bit in the signature's top bit
/// (`curve25519_verify`). An XEdDSA signature has that bit clear, so one
/// check serves both.
pub fn verify(public: &[u8; 32], message: &[u8], signature: &[u8]) -> bool {
    let Ok(sig) = <[u8; 64]>::try_from(signature) else {
        return false;
    };
    let mut u = *public;
    u[31] &= 0x7F;
    if u != *public {
        return false;
    }
    let sign = sig[63] >> 7;
    let Some(a_point) = MontgomeryPoint(u).to_edwards(sign) else {
        return false;
    };
    if a_point.is_small_order() {
        return false;
    }
    let r_bytes: [u8; 32] = sig[..32].try_into().expect("32 bytes");
    let mut s_bytes: [u8; 32] = sig[32..].try_into().expect("32 bytes");
    s_bytes[31] &= 0x7F;
    let Some(s) = Option::<Scalar>::from(Scalar::from_canonical_bytes(s_bytes)) else {
        return false;
    };
    if CompressedEdwardsY(r_bytes).decompress().is_none() {
        return false;
    }
    let a_bytes = a_point.compress().to_bytes();
    let h = challenge(&r_bytes, &a_bytes, message);
    // R' = sB - hA
    let check = EdwardsPoint::vartime_double_scalar_mul_basepoint(&(-h), &a_point, &s);
    check.compress().to_bytes() == r_bytes
}

fn challenge(r: &[u8; 32], a: &[u8; 32], message: &[u8]) -> Scalar {
    let mut h = Sha512::new();
    h.update(r);
    h.update(a);
    h.update(message);
    Scalar::from_bytes_mod_order_wide(&h.finalize().into())
}

/// `0x05 || key`: a public key as libsignal serializes it.
pub fn serialize(public: &[u8; 32]) -> [u8; 33] {
    let mut out = [0u8; 33];
    out[0] = DJB_TYPE;
    out[1..].copy_from_slice(public);
    out
}

/// A public key from the wire: `0x05 || key`, or (as some bundles carry
/// it) the bare 32 bytes.
pub fn parse(bytes: &[u8]) -> Option<[u8; 32]> {
    match bytes.len() {
        33 if bytes[0] == DJB_TYPE => bytes[1..].try_into().ok(),
        32 => bytes.try_into().ok(),
        _ => None,
    }
}

/// The fingerprint of an identity key as Conversations, Dino and Gajim
/// show it: the key's 64 hex digits in groups of eight.
pub fn fingerprint(public: &[u8; 32]) -> String {
    let h = hex(public);
    let groups: Vec<&str> = (0..8).map(|i| &h[i * 8..i * 8 + 8]).collect();
    groups.join(" ")
}

/// A fingerprint as typed by a user (spaces, colons, case, an optional
/// `05` prefix) in the canonical 64-digit lower-case form.
pub fn normalize_fingerprint(typed: &str) -> Option<String> {
    let digits: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ':' && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let digits = match digits.len() {
        66 if digits.starts_with("05") => digits[2..].to_string(),
        _ => digits,
    };
    (digits.len() == 64 && digits.bytes().all(|b| b.is_ascii_hexdigit())).then_some(digits)
}

pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// 32 bytes from 64 hex digits (a normalized fingerprint).
pub fn from_hex(hex: &str) -> Option<[u8; 32]> {
    if hex.len() != 64 || !hex.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(&hex[i * 2..i * 2 + 2], 16).ok()?;
    }
    Some(out)
}

/// 32 random bytes from the operating system.
pub fn random() -> [u8; 32] {
    let mut b = [0u8; 32];
    getrandom::getrandom(&mut b).expect("the operating system's random source failed");
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn x25519_matches_rfc7748() {
        // RFC 7748 section 6.1.
        let alice = KeyPair::from_secret(unhex(
            "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a",
        ));
        let bob = KeyPair::from_secret(unhex(
            "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb",
        ));
        assert_eq!(
            hex(&alice.public),
            "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"
        );
        let shared = alice.agree(&bob.public).unwrap();
        assert_eq!(
            hex(&shared),
            "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"
        );
        assert_eq!(bob.agree(&alice.public).unwrap(), shared);
        assert_eq!(alice.agree(&[0; 32]), None, "a low-order point is refused");
    }

    #[test]
    fn a_signature_verifies_and_nothing_else_does() {
        for _ in 0..20 {
            let id = KeyPair::generate();
            let spk = KeyPair::generate();
            let msg = serialize(&spk.public);
            let sig = id.sign(&msg);
            assert!(verify(&id.public, &msg, &sig));
            let mut bad = sig;
            bad[5] ^= 1;
            assert!(!verify(&id.public, &msg, &bad));
            let mut bad = sig;
            bad[40] ^= 1;
            assert!(!verify(&id.public, &msg, &bad));
            assert!(!verify(&id.public, &msg[1..], &sig));
            assert!(!verify(&spk.public, &msg, &sig));
            assert!(!verify(&id.public, &msg, &sig[..63]));
        }
    }

    /// A signature as an Ed25519 identity signs (python-omemo): the
    /// Edwards key as it is, its sign bit in the signature's top bit.
    fn sign_as_ed25519(k: &KeyPair, message: &[u8]) -> [u8; 64] {
        let a = Scalar::from_bytes_mod_order(clamp_integer(*k.secret()));
        let a_point = EdwardsPoint::mul_base(&a);
        let a_bytes = a_point.compress().to_bytes();
        let r = Scalar::from_bytes_mod_order_wide(&[7u8; 64]);
        let r_point = EdwardsPoint::mul_base(&r).compress().to_bytes();
        let s = r + challenge(&r_point, &a_bytes, message) * a;
        let mut sig = [0u8; 64];
        sig[..32].copy_from_slice(&r_point);
        sig[32..].copy_from_slice(s.as_bytes());
        sig[63] |= a_bytes[31] & 0x80;
        sig
    }

    #[test]
    fn a_signature_with_the_sign_bit_in_it_verifies() {
        let mut seen = [false; 2];
        while seen != [true, true] {
            let id = KeyPair::generate();
            let sig = sign_as_ed25519(&id, b"spk");
            seen[usize::from(sig[63] >> 7)] = true;
            assert!(verify(&id.public, b"spk", &sig));
            let mut flipped = sig;
            flipped[63] ^= 0x80;
            assert!(!verify(&id.public, b"spk", &flipped));
        }
    }

    #[test]
    fn fingerprints_read_as_typed() {
        let key = unhex("0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20");
        let fp = fingerprint(&key);
        assert_eq!(
            fp,
            "01020304 05060708 090a0b0c 0d0e0f10 11121314 15161718 191a1b1c 1d1e1f20"
        );
        let canonical = hex(&key);
        assert_eq!(normalize_fingerprint(&fp).as_deref(), Some(&*canonical));
        assert_eq!(
            normalize_fingerprint(&format!("05{}", fp.to_uppercase())).as_deref(),
            Some(&*canonical)
        );
        assert_eq!(normalize_fingerprint("0102"), None);
        assert_eq!(normalize_fingerprint(&"zz".repeat(32)), None);
        assert_eq!(parse(&serialize(&key)), Some(key));
        assert_eq!(parse(&key), Some(key));
        assert_eq!(parse(&[6; 33]), None);
    }

    fn unhex(s: &str) -> [u8; 32] {
        from_hex(s).unwrap()
    }
}
