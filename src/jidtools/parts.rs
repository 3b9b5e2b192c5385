//! The part path of `xmpp jid`: a line split as `Jid::new` splits it,
//! each part taken by the ASCII rules where they apply, else from a
//! bounded cache of parts the crate prepared before, else from the
//! crate's own check of that part (`NodePart::new` and its siblings, the
//! functions `Jid::new` calls), whose answer is cached. A Unicode part
//! whose stringprep result is proven without the crate (`prepared.rs`:
//! already prepared, or only case-folded or stripped of soft hyphens) is
//! written before the cache is asked: real address lists rarely repeat
//! such parts.

use std::borrow::Cow;
use std::collections::HashMap;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::str::FromStr;

use jid::{DomainPart, NodePart, ResourcePart};

use super::ascii::{ascii_domain, node_ascii, resource_ascii, Sink};
use super::prepared::{self, Profile};

type Parts<'a> = (Option<&'a str>, &'a str, Option<&'a str>);

/// Split as `Jid::new` does: the first '@' or '/' decides; a second '@'
/// before any '/' is the crate's `TooManyAts`.
fn split(input: &str) -> Result<Parts<'_>, jid::Error> {
    let bytes = input.as_bytes();
    let mut seps = memchr::memchr2_iter(b'@', b'/', bytes);
    Ok(match seps.next() {
        None => (None, input, None),
        Some(i) if bytes[i] == b'/' => (None, &input[..i], Some(&input[i + 1..])),
        Some(i) => match seps.next() {
            None => (Some(&input[..i]), &input[i + 1..], None),
            Some(j) if bytes[j] == b'/' => {
                (Some(&input[..i]), &input[i + 1..j], Some(&input[j + 1..]))
            }
            Some(_) => return Err(jid::Error::TooManyAts),
        },
    })
}

/// The crate's length rule for a local part or resource.
fn length_ok(s: &[u8], empty: jid::Error, too_long: jid::Error) -> Result<(), jid::Error> {
    match s.len() {
        0 => Err(empty),
        1..=1023 => Ok(()),
        _ => Err(too_long),
    }
}

/// An IP literal as `Jid::new` tests for one, before any other domain rule.
fn ip_literal(domain: &str) -> bool {
    Ipv4Addr::from_str(domain).is_ok()
        || (domain.starts_with('[')
            && domain.ends_with(']')
            && Ipv6Addr::from_str(&domain[1..domain.len() - 1]).is_ok())
}

#[derive(Clone, Copy)]
enum Kind {
    Node = 0,
    Domain = 1,
    Resource = 2,
}

/// A prepared part: its normalized form, and whether the crate's check
/// returned it borrowed (see [`PartCache::normalize`]); or the crate's
/// error for it.
type Prepared = Result<(Box<str>, bool), jid::Error>;

/// Parts per kind the cache holds; when full it starts again, so memory
/// stays bounded on any input and a list with many distinct domains costs
/// no more than the crate would.
const CACHE_ENTRIES: usize = 4096;
/// Longer parts are never cached (long resources rarely repeat).
const CACHE_KEY_BYTES: usize = 256;

/// Parts prepared by the crate, per kind. One per worker thread.
#[derive(Default)]
pub struct PartCache {
    parts: [HashMap<Box<str>, Prepared>; 3],
}

impl PartCache {
    /// The part path: what `Jid::new(input)` would give, normalized form
    /// into `out`, or the crate's error (the same one: parts are checked
    /// in the crate's order, node, domain, resource).
    pub fn normalize(&mut self, input: &str, out: &mut Vec<u8>) -> Result<(), jid::Error> {
        out.clear();
        let (node, domain, resource) = split(input)?;
        let mut borrowed = true;
        if let Some(node) = node {
            borrowed &= self.part(Kind::Node, node, out)?;
            out.push(b'@');
        }
        borrowed &= self.part(Kind::Domain, domain, out)?;
        if let Some(resource) = resource {
            out.push(b'/');
            borrowed &= self.part(Kind::Resource, resource, out)?;
        }
        // `Jid::new` returns a JID of two or three parts as it came when
        // every part check returned its input borrowed, and only then
        // keeps a domain's root dot (`a@b./r`).
        if borrowed && (node.is_some() || resource.is_some()) {
            out.clear();
            out.extend_from_slice(input.as_bytes());
        }
        Ok(())
    }

    /// Append one normalized part; true when the crate's check would have
    /// returned it borrowed.
    fn part(&mut self, kind: Kind, s: &str, out: &mut Vec<u8>) -> Result<bool, jid::Error> {
        let b = s.as_bytes();
        // The crate's answers for ASCII, without the crate: its length
        // checks come after a preparation that keeps this text's length.
        match kind {
            Kind::Node if node_ascii(b) => {
                length_ok(b, jid::Error::NodeEmpty, jid::Error::NodeTooLong)?;
                out.put_lowercase(b);
                // Borrowed exactly when stringprep's own shortcut holds.
                return Ok(b
                    .iter()
                    .all(|&c| matches!(c, b'['..=b'~' | b'0'..=b'9' | b'('..=b'.' | b'#'..=b'%')));
            }
            Kind::Domain if ascii_domain(b) => {
                out.put_lowercase(b);
                return Ok(!b.iter().any(u8::is_ascii_uppercase));
            }
            Kind::Domain if ip_literal(s) => {
                out.extend_from_slice(b);
                return Ok(true);
            }
            Kind::Resource if resource_ascii(b) => {
                length_ok(b, jid::Error::ResourceEmpty, jid::Error::ResourceTooLong)?;
                out.extend_from_slice(b);
                return Ok(true);
            }
            _ => {}
        }
        if proven(kind, s, out) {
            // The crate's stringprep returns a part its ASCII shortcut
            // did not take as a new string, and this one has non-ASCII.
            return Ok(false);
        }
        if s.len() > CACHE_KEY_BYTES {
            return emit(&prepare(kind, s), out);
        }
        let map = &mut self.parts[kind as usize];
        if let Some(prepared) = map.get(s) {
            return emit(prepared, out);
        }
        let prepared = prepare(kind, s);
        let result = emit(&prepared, out);
        if map.len() >= CACHE_ENTRIES {
            map.clear();
        }
        map.insert(s.into(), prepared);
        result
    }
}

/// Append the part as the crate would return it, when that is proven
/// without the crate (`prepared::prepare`): a local part or resource, or
/// a domain (without its root dot) that also passes the crate's IDNA
/// check. False, with `out` unchanged, when the crate must decide.
fn proven(kind: Kind, s: &str, out: &mut Vec<u8>) -> bool {
    if s.is_ascii() || s.len() > 1023 {
        return false;
    }
    match kind {
        Kind::Node => prepared::prepare(Profile::Node, s, out),
        Kind::Resource => prepared::prepare(Profile::Resource, s, out),
        Kind::Domain => {
            let d = s.strip_suffix('.').unwrap_or(s);
            let start = out.len();
            if !prepared::prepare(Profile::Name, d, out) {
                return false;
            }
            if !idna_ok(d) {
                out.truncate(start);
                return false;
            }
            true
        }
    }
}

/// The IDNA check `DomainPart::new` makes before nameprep.
fn idna_ok(domain: &str) -> bool {
    use idna::uts46::{AsciiDenyList, DnsLength, Hyphens, Uts46};
    Uts46::new()
        .to_ascii(
            domain.as_bytes(),
            AsciiDenyList::URL,
            Hyphens::Check,
            DnsLength::Verify,
        )
        .is_ok()
}

/// The crate's own check of one part.
fn prepare(kind: Kind, s: &str) -> Prepared {
    fn keep<B: ?Sized + ToOwned + AsRef<str>>(part: Cow<'_, B>) -> (Box<str>, bool) {
        let borrowed = matches!(part, Cow::Borrowed(_));
        ((*part).as_ref().into(), borrowed)
    }
    match kind {
        Kind::Node => NodePart::new(s).map(keep),
        Kind::Domain => DomainPart::new(s).map(keep),
        Kind::Resource => ResourcePart::new(s).map(keep),
    }
}

fn emit(prepared: &Prepared, out: &mut Vec<u8>) -> Result<bool, jid::Error> {
    match prepared {
        Ok((part, borrowed)) => {
            out.extend_from_slice(part.as_bytes());
            Ok(*borrowed)
        }
        Err(e) => Err(copy_error(e)),
    }
}

/// `jid::Error` is neither `Clone` nor `Copy`; its variants carry nothing.
fn copy_error(e: &jid::Error) -> jid::Error {
    use jid::Error as E;
    match e {
        E::NodeEmpty => E::NodeEmpty,
        E::ResourceEmpty => E::ResourceEmpty,
        E::NodeTooLong => E::NodeTooLong,
        E::ResourceTooLong => E::ResourceTooLong,
        E::NodePrep => E::NodePrep,
        E::NamePrep => E::NamePrep,
        E::ResourcePrep => E::ResourcePrep,
        E::ResourceMissingInFullJid => E::ResourceMissingInFullJid,
        E::ResourceInBareJid => E::ResourceInBareJid,
        E::TooManyAts => E::TooManyAts,
        E::Idna => E::Idna,
    }
}
