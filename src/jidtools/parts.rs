//! The part path of `xmpp jid`: a line split as `Jid::new` splits it,
//! each part taken by the ASCII rules where they apply, else from a
//! bounded cache of parts the crate prepared before, else from the
//! crate's own check of that part (`NodePart::new` and its siblings, the
//! functions `Jid::new` calls), whose answer is cached. A Unicode part
//! is prepared without the crate (`prepared.rs`), valid or refused,
//! before the cache is asked: real address lists rarely repeat such
//! parts. A cache that does not hit rests.

use std::borrow::Cow;
use std::collections::HashMap;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::str::FromStr;

use jid::{DomainPart, NodePart, ResourcePart};

use super::ascii::{ascii_domain, node_ascii, resource_ascii, Sink};
use super::idna_check::to_ascii_ok;
use super::prepared::{self, Prep, Profile};

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
fn length_ok(len: usize, empty: jid::Error, too_long: jid::Error) -> Result<(), jid::Error> {
    match len {
        0 => Err(empty),
        1..=1023 => Ok(()),
        _ => Err(too_long),
    }
}

/// An IP literal as `Jid::new` tests for one, before any other domain rule.
fn ip_literal(domain: &str) -> bool {
    // An IPv4 address starts with a digit (most domains do not).
    (domain.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && Ipv4Addr::from_str(domain).is_ok())
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
/// stays bounded on any input.
const CACHE_ENTRIES: usize = 4096;
/// Longer parts are never cached (long resources rarely repeat).
const CACHE_KEY_BYTES: usize = 256;
/// The cache of a kind is judged every `WINDOW` lookups: if fewer than
/// one in `MIN_HIT_RATE` hit, it is not asked (nor filled) for the next
/// `REST` parts of that kind, then judged again. A list of distinct names
/// then pays for hashing and copying only one part in 17, and a list that
/// repeats its names keeps its cache.
const WINDOW: u32 = 1024;
const MIN_HIT_RATE: u32 = 8;
const REST: u32 = 16 * 1024;

/// Parts prepared by the crate, per kind. One per worker thread.
#[derive(Default)]
pub struct PartCache {
    parts: [KindCache; 3],
}

#[derive(Default)]
struct KindCache {
    map: HashMap<Box<str>, Prepared>,
    lookups: u32,
    hits: u32,
    /// Parts still to go past the cache.
    resting: u32,
}

impl KindCache {
    /// The crate's answer for `s`, from the cache or the crate.
    fn answer(&mut self, kind: Kind, s: &str, out: &mut Vec<u8>) -> Result<bool, jid::Error> {
        if self.resting > 0 || s.len() > CACHE_KEY_BYTES {
            self.resting = self.resting.saturating_sub(1);
            return emit(&prepare(kind, s), out);
        }
        if self.lookups == WINDOW {
            let rest = self.hits * MIN_HIT_RATE < self.lookups;
            self.lookups = 0;
            self.hits = 0;
            if rest {
                self.resting = REST;
                self.map = HashMap::new();
                return emit(&prepare(kind, s), out);
            }
        }
        self.lookups += 1;
        if let Some(prepared) = self.map.get(s) {
            self.hits += 1;
            return emit(prepared, out);
        }
        let prepared = prepare(kind, s);
        let result = emit(&prepared, out);
        if self.map.len() >= CACHE_ENTRIES {
            self.map.clear();
        }
        self.map.insert(s.into(), prepared);
        result
    }
}

impl PartCache {
    /// The part path: what `Jid::new(input)` would give, normalized form
    /// into `out`, or the crate's error (the same one: parts are checked
    /// in the crate's order, node, domain, resource).
    pub fn normalize(&mut self, input: &str, out: &mut Vec<u8>) -> Result<(), jid::Error> {
        self.run(input, true, out)
    }

    /// [`PartCache::normalize`] where only validity matters: an invalid
    /// input gets an error, not always the crate's (a domain nameprep
    /// refuses is not also given the IDNA check that comes first).
    pub fn validate(&mut self, input: &str, out: &mut Vec<u8>) -> Result<(), jid::Error> {
        self.run(input, false, out)
    }

    /// The part path; `exact`: the crate's own error.
    fn run(&mut self, input: &str, exact: bool, out: &mut Vec<u8>) -> Result<(), jid::Error> {
        out.clear();
        let (node, domain, resource) = split(input)?;
        let mut borrowed = true;
        if let Some(node) = node {
            borrowed &= self.part(Kind::Node, node, exact, out)?;
            out.push(b'@');
        }
        borrowed &= self.part(Kind::Domain, domain, exact, out)?;
        if let Some(resource) = resource {
            out.push(b'/');
            borrowed &= self.part(Kind::Resource, resource, exact, out)?;
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
    fn part(
        &mut self,
        kind: Kind,
        s: &str,
        exact: bool,
        out: &mut Vec<u8>,
    ) -> Result<bool, jid::Error> {
        let b = s.as_bytes();
        // The crate's answers for ASCII, without the crate: its length
        // checks come after a preparation that keeps this text's length.
        match kind {
            // Longer than the crate allows once nodeprep has lowercased
            // it (ASCII keeps its length): refused, whatever else it holds.
            Kind::Node if !exact && b.len() > 1023 && b.is_ascii() => {
                return Err(jid::Error::NodeTooLong)
            }
            Kind::Node if node_ascii(b) => {
                length_ok(b.len(), jid::Error::NodeEmpty, jid::Error::NodeTooLong)?;
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
                length_ok(
                    b.len(),
                    jid::Error::ResourceEmpty,
                    jid::Error::ResourceTooLong,
                )?;
                out.extend_from_slice(b);
                return Ok(true);
            }
            _ => {}
        }
        if let Some(answer) = unicode(kind, s, exact, out) {
            // The crate's stringprep returns a part its ASCII shortcut
            // did not take as a new string, and this one has non-ASCII.
            return answer.map(|()| false);
        }
        self.parts[kind as usize].answer(kind, s, out)
    }
}

/// The crate's answer for a Unicode part, made as the crate makes it
/// (`prepared::prep`, then the checks the crate makes after
/// stringprep, in its order), the part appended to `out` when valid.
/// `None`, with `out` unchanged, when the crate must decide. Without
/// `exact`, a domain nameprep refuses is refused without the IDNA check
/// that would decide which error is the crate's.
fn unicode(kind: Kind, s: &str, exact: bool, out: &mut Vec<u8>) -> Option<Result<(), jid::Error>> {
    if s.is_ascii() || s.len() > 1023 {
        return None;
    }
    let start = out.len();
    let (profile, text) = match kind {
        Kind::Node => (Profile::Node, s),
        Kind::Resource => (Profile::Resource, s),
        // `DomainPart::new`: the root dot goes before IDNA and nameprep.
        Kind::Domain => (Profile::Name, s.strip_suffix('.').unwrap_or(s)),
    };
    let prep = prepared::prep(profile, text, out);
    let len = out.len() - start;
    Some(match (kind, prep) {
        (_, Prep::Crate) => return None,
        (Kind::Node, Prep::Refused) => Err(jid::Error::NodePrep),
        (Kind::Node, Prep::Done) => length_ok(len, jid::Error::NodeEmpty, jid::Error::NodeTooLong),
        (Kind::Resource, Prep::Refused) => Err(jid::Error::ResourcePrep),
        (Kind::Resource, Prep::Done) => {
            length_ok(len, jid::Error::ResourceEmpty, jid::Error::ResourceTooLong)
        }
        // The crate's IDNA check comes first, and it checks no length
        // after nameprep: such a domain is left to it.
        (Kind::Domain, Prep::Done) if !(1..=1023).contains(&len) => {
            out.truncate(start);
            return None;
        }
        (Kind::Domain, Prep::Refused) if !exact => Err(jid::Error::NamePrep),
        (Kind::Domain, prep) if !to_ascii_ok(text) => {
            if prep == Prep::Done {
                out.truncate(start);
            }
            Err(jid::Error::Idna)
        }
        (Kind::Domain, Prep::Done) => Ok(()),
        (Kind::Domain, Prep::Refused) => Err(jid::Error::NamePrep),
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A kind's cache that never hits rests (and holds nothing), one that
    /// hits keeps its parts; the answers are the crate's either way.
    #[test]
    fn a_cache_that_never_hits_rests_and_one_that_hits_does_not() {
        let mut out = Vec::new();
        for (distinct, rests) in [(u32::MAX, true), (10, false)] {
            let mut cache = PartCache::default();
            for i in 0..WINDOW * 3 {
                // Resources with an emoji: the crate (or the cache) answers.
                let n = i % distinct;
                cache
                    .normalize(&format!("a@x/ju\u{308}rgen🚀{n}"), &mut out)
                    .unwrap();
                assert_eq!(out, format!("a@x/jürgen🚀{n}").as_bytes());
                let err = cache.normalize(&format!("a@x/🚀\u{0}{n}"), &mut out);
                assert!(matches!(err, Err(jid::Error::ResourcePrep)), "{err:?}");
            }
            let resources = &cache.parts[Kind::Resource as usize];
            assert_eq!(resources.resting > 0, rests);
            assert_eq!(resources.map.is_empty(), rests);
            if !rests {
                assert_eq!(resources.map.len(), 20);
            }
        }
    }
}
