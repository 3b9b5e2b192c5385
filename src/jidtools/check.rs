//! One input line of `xmpp jid validate | normalize | split`, checked: the
//! answer of `jid::Jid::new`, found faster. Three paths give the same
//! answer, valid or not, and the same normalized form; the unit tests, the
//! `jid` fuzz target and the benchmark's whole-corpus diff compare them.
//!
//! - The ASCII fast path: a line whose parts are plain ASCII (the rules
//!   nodeprep, nameprep/UTS-46 and resourceprep apply to such text are
//!   lowercasing and nothing else) is checked and lowercased with no
//!   allocation.
//! - The part path: any other line is split as the crate splits it; each
//!   part takes the ASCII rules where they apply, else comes from a bounded
//!   cache of parts prepared before (address lists repeat their domains),
//!   else from the crate's own check of that part (`NodePart::new` and its
//!   siblings, the functions `Jid::new` calls), whose answer is cached.
//! - The crate alone (`--no-fast-path`): the reference.

use std::borrow::Cow;
use std::collections::HashMap;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::str::FromStr;

use jid::{DomainPart, Jid, NodePart, ResourcePart};

use super::{reason, uri_to_jid};

/// The longest JID: three parts of at most 1023 bytes and two separators.
pub const MAX_JID_BYTES: usize = 3 * 1023 + 2;

/// The verdict on one input line.
#[derive(Debug)]
pub enum Verdict {
    /// Valid; the normalized form (UTF-8) is in the scratch buffer.
    Fast,
    /// Valid, parsed by the crate.
    Parsed(Jid),
    Invalid(Cow<'static, str>),
}

/// Which way [`check`] goes.
pub enum Path<'a> {
    /// The jid crate alone: the reference.
    Crate,
    /// The ASCII fast path, else the crate (`split` wants the crate's JID).
    Ascii,
    /// The ASCII fast path, else the part path with this cache.
    Parts(&'a mut PartCache),
}

/// Check one input (without its line ending). `scratch` receives the
/// normalized form when the verdict is [`Verdict::Fast`], but when `keep`
/// is false and the ASCII fast path answered (then it holds nothing).
pub fn check(
    input: &[u8],
    uri: bool,
    path: Path<'_>,
    keep: bool,
    scratch: &mut Vec<u8>,
) -> Verdict {
    if input.len() > MAX_JID_BYTES && !uri {
        return Verdict::Invalid("JID longer than 3071 bytes".into());
    }
    match std::str::from_utf8(input) {
        Ok(text) => check_str(text, uri, path, keep, scratch),
        Err(_) => Verdict::Invalid("not valid UTF-8".into()),
    }
}

/// [`check`] for an input already known to be UTF-8.
pub fn check_str(
    text: &str,
    uri: bool,
    path: Path<'_>,
    keep: bool,
    scratch: &mut Vec<u8>,
) -> Verdict {
    if text.len() > MAX_JID_BYTES && !uri {
        return Verdict::Invalid("JID longer than 3071 bytes".into());
    }
    let text: Cow<'_, str> = if uri {
        match uri_to_jid(text) {
            Ok(t) => t,
            Err(reason) => return Verdict::Invalid(reason),
        }
    } else {
        Cow::Borrowed(text)
    };
    if text.len() > MAX_JID_BYTES {
        return Verdict::Invalid("JID longer than 3071 bytes".into());
    }
    let fast = |scratch: &mut Vec<u8>| {
        scratch.clear();
        if keep {
            fast_normalize(&text, scratch)
        } else {
            fast_normalize(&text, &mut Discard)
        }
    };
    match path {
        Path::Crate => {}
        Path::Ascii => {
            if fast(scratch) {
                return Verdict::Fast;
            }
        }
        Path::Parts(cache) => {
            if fast(scratch) {
                return Verdict::Fast;
            }
            return match cache.normalize(&text, scratch) {
                Ok(()) => Verdict::Fast,
                Err(e) => Verdict::Invalid(reason(&text, &e)),
            };
        }
    }
    match Jid::new(&text) {
        Ok(jid) => Verdict::Parsed(jid),
        Err(e) => Verdict::Invalid(reason(&text, &e)),
    }
}

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

/// The ASCII fast path: for inputs whose local part is 1–1023 bytes of
/// [`node_ascii`], whose domain is an [`ascii_domain`] and whose resource
/// an [`ascii_resource`], write the normalized JID into
/// `out` and return true. For anything else return false (it never says
/// "invalid"). It splits as [`split`] does, in the same pass that checks
/// the local part.
pub fn fast_normalize<S: Sink>(input: &str, out: &mut S) -> bool {
    out.clear();
    let b = input.as_bytes();
    let i = memchr::memchr2(b'@', b'/', b).unwrap_or(b.len());
    let start = if b.get(i) == Some(&b'@') {
        if i == 0 || i > 1023 || !node_ascii(&b[..i]) {
            return false;
        }
        out.put_lowercase(&b[..i]);
        out.put(b"@");
        i + 1
    } else {
        0 // no local part: what was scanned is the domain
    };
    // The domain, up to a '/' (a second '@' is the crate's `TooManyAts`).
    let Some(len) = ascii_domain_prefix(&b[start..]) else {
        return false;
    };
    let (domain, rest) = b[start..].split_at(len);
    match rest.strip_prefix(b"/") {
        None => out.put_lowercase(domain),
        Some(resource) if ascii_resource(resource) => {
            out.put_lowercase(domain);
            out.put(b"/");
            out.put(resource);
        }
        Some(_) => return false,
    }
    true
}

/// Where the fast path writes a normalized JID: a buffer, or [`Discard`]
/// when only validity matters (`validate` without `--json` prints no
/// normalized form, and resources are long).
pub trait Sink {
    fn clear(&mut self);
    fn put(&mut self, s: &[u8]);
    fn put_lowercase(&mut self, s: &[u8]);
}

impl Sink for Vec<u8> {
    fn clear(&mut self) {
        Vec::clear(self);
    }
    fn put(&mut self, s: &[u8]) {
        self.extend_from_slice(s);
    }
    fn put_lowercase(&mut self, s: &[u8]) {
        let start = self.len();
        self.extend_from_slice(s);
        self[start..].make_ascii_lowercase();
    }
}

/// A [`Sink`] that keeps nothing.
pub struct Discard;

impl Sink for Discard {
    fn clear(&mut self) {}
    fn put(&mut self, _: &[u8]) {}
    fn put_lowercase(&mut self, _: &[u8]) {}
}

/// Printable ASCII minus space and the characters RFC 7622 forbids in a
/// local part (`"&'/:<>@`): nodeprep changes nothing of it but case, nor
/// its length. Checked 32 bytes at a time without a branch per byte (the
/// longest local parts are the invalid ones).
fn node_ascii(s: &[u8]) -> bool {
    let bad = |b: u8| {
        (b.wrapping_sub(0x21) >= 0x5e)
            | (b == b'"')
            | (b == b'&')
            | (b == b'\'')
            | (b == b'/')
            | (b == b':')
            | (b == b'<')
            | (b == b'>')
            | (b == b'@')
    };
    let mut chunks = s.chunks_exact(32);
    for chunk in &mut chunks {
        if chunk.iter().fold(false, |any, &b| any | bad(b)) {
            return false;
        }
    }
    !chunks.remainder().iter().any(|&b| bad(b))
}

/// A plain LDH host name: labels of letters, digits and inner hyphens,
/// 1–63 bytes each, 253 in all, no trailing dot, no `xn--`-style label
/// (hyphens third and fourth) and a last label that is not all digits
/// (IPv4 and its look-alikes go to the crate).
fn ascii_domain(d: &[u8]) -> bool {
    ascii_domain_prefix(d) == Some(d.len())
}

/// The length of the [`ascii_domain`] at the start of `d`, ended by its
/// end or a '/'; `None` if it is not one. One pass, no allocation.
fn ascii_domain_prefix(d: &[u8]) -> Option<usize> {
    let (mut label, mut digits, mut prev) = (0usize, true, b'.');
    let mut end = d.len();
    for (i, &b) in d.iter().enumerate() {
        match DOMAIN_CLASS[b as usize] {
            DIGIT => label += 1,
            LETTER => {
                label += 1;
                digits = false;
            }
            HYPHEN if label > 0 && !(label == 3 && prev == b'-') => {
                label += 1;
                digits = false;
            }
            DOT if label > 0 && prev != b'-' => {
                label = 0;
                digits = true;
            }
            SLASH => {
                end = i;
                break;
            }
            _ => return None,
        }
        if label > 63 {
            return None;
        }
        prev = b;
    }
    (end > 0 && end <= 253 && label > 0 && prev != b'-' && !digits).then_some(end)
}

const OTHER: u8 = 0;
const DIGIT: u8 = 1;
const LETTER: u8 = 2;
const HYPHEN: u8 = 3;
const DOT: u8 = 4;
const SLASH: u8 = 5;

/// What each byte is to [`ascii_domain_prefix`].
const DOMAIN_CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'0'..=b'9' => DIGIT,
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            b'-' => HYPHEN,
            b'.' => DOT,
            b'/' => SLASH,
            _ => OTHER,
        };
        b += 1;
    }
    t
};

/// A resource resourceprep leaves as it is: 1–1023 bytes of
/// [`resource_ascii`].
fn ascii_resource(s: &[u8]) -> bool {
    !s.is_empty() && s.len() <= 1023 && resource_ascii(s)
}

/// Printable ASCII, space included: resourceprep keeps it as it is.
/// Checked 32 bytes at a time without a branch per byte, since resources
/// are the long part of most lines.
fn resource_ascii(s: &[u8]) -> bool {
    let bad = |b: u8| b.wrapping_sub(0x20) >= 0x5f;
    let mut chunks = s.chunks_exact(32);
    for chunk in &mut chunks {
        if chunk.iter().fold(false, |any, &b| any | bad(b)) {
            return false;
        }
    }
    !chunks.remainder().iter().any(|&b| bad(b))
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

    /// RFC 7622 §3 examples and the crate's edge cases: input, then the
    /// normalized form (valid) or the reason (invalid). Normalization is
    /// stringprep (RFC 6122), which the README compares with PRECIS.
    const TABLE: &[(&str, Result<&str, &str>)] = &[
        // RFC 7622 §3.5, valid examples
        ("juliet@example.com", Ok("juliet@example.com")),
        ("juliet@example.com/foo", Ok("juliet@example.com/foo")),
        (
            "juliet@example.com/foo bar",
            Ok("juliet@example.com/foo bar"),
        ),
        (
            "juliet@example.com/foo@bar",
            Ok("juliet@example.com/foo@bar"),
        ),
        ("foo\\20bar@example.com", Ok("foo\\20bar@example.com")),
        ("fussball@example.com", Ok("fussball@example.com")),
        ("π@example.com", Ok("π@example.com")),
        ("Σ@example.com/foo", Ok("σ@example.com/foo")),
        ("σ@example.com/foo", Ok("σ@example.com/foo")),
        ("king@example.com/♚", Ok("king@example.com/♚")),
        ("example.com", Ok("example.com")),
        ("example.com/foobar", Ok("example.com/foobar")),
        (
            "a.example.com/b@example.net",
            Ok("a.example.com/b@example.net"),
        ),
        // stringprep, not PRECIS: these differ under RFC 7622
        ("fußball@example.com", Ok("fussball@example.com")),
        ("ς@example.com/foo", Ok("σ@example.com/foo")),
        ("henry\u{2163}@example.com", Ok("henryiv@example.com")),
        ("\u{265a}@example.com", Ok("\u{265a}@example.com")),
        ("ﬀ@x", Ok("ff@x")),
        ("a@x/ﬀ", Ok("a@x/ff")),
        ("ǅ@x", Ok("dž@x")),
        ("a\u{ad}b@x", Ok("ab@x")),
        ("a@x/\u{ad}b", Ok("a@x/b")),
        ("a@x/\u{3000}", Ok("a@x/ ")),
        // RFC 7622 §3.5, invalid examples
        (
            "\"juliet\"@example.com",
            Err("forbidden character '\"' in local part"),
        ),
        (
            "foo bar@example.com",
            Err("forbidden character U+0020 in local part"),
        ),
        ("@example.com/", Err("empty local part")),
        ("juliet@", Err("empty domain")),
        ("/foobar", Err("empty domain")),
        // '@' and '/' placement
        ("", Err("empty JID")),
        ("@", Err("empty local part")),
        ("a@b@c", Err("forbidden character '@' in local part")),
        ("a@b/c@d", Ok("a@b/c@d")),
        ("a/b@c", Ok("a/b@c")),
        ("a@b/", Err("empty resource")),
        ("a@x/\u{200b}", Err("empty resource")),
        ("\u{200b}@x", Err("empty local part")),
        // case folding: local part and domain, never the resource
        (
            "Juliet@Example.COM/Balcony",
            Ok("juliet@example.com/Balcony"),
        ),
        ("JULIET@EXAMPLE.COM", Ok("juliet@example.com")),
        ("İ@x", Ok("i\u{307}@x")),
        // trailing dot: stripped, except when a resource follows (crate quirk)
        ("juliet@EXAMPLE.com.", Ok("juliet@example.com")),
        ("juliet@example.com./r", Ok("juliet@example.com./r")),
        // IP literals
        ("a@127.0.0.1", Ok("a@127.0.0.1")),
        ("a@[::1]", Ok("a@[::1]")),
        ("user@[2001:db8::1]/res", Ok("user@[2001:db8::1]/res")),
        ("a@[::ffff:1.2.3.4]", Ok("a@[::ffff:1.2.3.4]")),
        ("a@::1", Err("IPv6 domain must be bracketed")),
        ("a@[::1", Err("domain is not a valid IDN")),
        ("a@[fe80::1%eth0]", Err("domain is not a valid IDN")),
        // IDN domains and labels
        ("a@münchen.de", Ok("a@münchen.de")),
        ("a@MÜNCHEN.de", Ok("a@münchen.de")),
        ("a@xn--mnchen-3ya.de", Ok("a@xn--mnchen-3ya.de")),
        ("a@ドメイン.テスト", Ok("a@ドメイン.テスト")),
        ("a@xn--bad.de", Err("domain is not a valid IDN")),
        ("a@-example.com", Err("domain is not a valid IDN")),
        ("a@example-.com", Err("domain is not a valid IDN")),
        ("a@ex--ample.com", Err("domain is not a valid IDN")),
        ("a@a..b", Err("domain is not a valid IDN")),
        ("a@.example.com", Err("domain is not a valid IDN")),
        ("a@ex_ample.com", Ok("a@ex_ample.com")),
        (
            "a@ex ample.com",
            Err("forbidden character U+0020 in domain"),
        ),
        (
            "a@ex\tample.com",
            Err("forbidden character U+0009 in domain"),
        ),
        // forbidden local-part characters (RFC 7622 §3.3.1)
        ("a:b@x", Err("forbidden character ':' in local part")),
        ("a<b@x", Err("forbidden character '<' in local part")),
        ("a>b@x", Err("forbidden character '>' in local part")),
        ("a&b@x", Err("forbidden character '&' in local part")),
        ("a'b@x", Err("forbidden character ''' in local part")),
        ("a!#$%*+=?^_`{|}~@x", Ok("a!#$%*+=?^_`{|}~@x")),
        ("a\u{0}b@x", Err("forbidden character U+0000 in local part")),
        ("a@x/r\u{0}", Err("forbidden character U+0000 in resource")),
        ("\u{627}1@x", Err("local part fails nodeprep")),
        ("a@x/\u{5d0}a", Err("resource fails resourceprep")),
        ("\u{5d0}@x", Ok("\u{5d0}@x")),
    ];

    #[test]
    fn table_of_rfc7622_and_crate_edge_cases() {
        let long = |n: usize, c: char| -> String { std::iter::repeat_n(c, n).collect() };
        let mut cases: Vec<(String, Result<String, String>)> = TABLE
            .iter()
            .map(|(i, r)| (i.to_string(), r.map(str::to_string).map_err(str::to_string)))
            .collect();
        // 1023/1024-byte parts, counted in bytes ('é' is two).
        let l63 = long(63, 'l');
        cases.push((format!("a@{l63}.com"), Ok(format!("a@{l63}.com"))));
        cases.push((
            format!("a@{}.com", long(64, 'l')),
            Err("domain is not a valid IDN".into()),
        ));
        cases.push((
            format!("{}@x", long(1023, 'a')),
            Ok(format!("{}@x", long(1023, 'a'))),
        ));
        cases.push((
            format!("{}@x", long(1024, 'a')),
            Err("local part longer than 1023 bytes".into()),
        ));
        cases.push((
            format!("{}@x", long(511, 'é')),
            Ok(format!("{}@x", long(511, 'é'))),
        ));
        cases.push((
            format!("{}@x", long(512, 'é')),
            Err("local part longer than 1023 bytes".into()),
        ));
        cases.push((
            format!("a@x/{}", long(1023, 'r')),
            Ok(format!("a@x/{}", long(1023, 'r'))),
        ));
        cases.push((
            format!("a@x/{}", long(1024, 'r')),
            Err("resource longer than 1023 bytes".into()),
        ));
        assert!(cases.len() >= 60, "{} cases", cases.len());
        // Twice through one cache: the second round answers from it.
        let mut cache = PartCache::default();
        for _ in 0..2 {
            for (input, expected) in &cases {
                for path in ["crate", "ascii", "parts"] {
                    let got = answer(input.as_bytes(), false, path, &mut cache);
                    assert_eq!(&got, expected, "input {input:?} ({path} path)");
                }
            }
        }
    }

    /// What `check` says on one path: the normalized form or the reason.
    fn answer(
        input: &[u8],
        uri: bool,
        path: &str,
        cache: &mut PartCache,
    ) -> Result<String, String> {
        let mut scratch = Vec::new();
        let path = match path {
            "crate" => Path::Crate,
            "ascii" => Path::Ascii,
            _ => Path::Parts(cache),
        };
        match check(input, uri, path, true, &mut scratch) {
            Verdict::Fast => Ok(String::from_utf8(scratch).expect("UTF-8")),
            Verdict::Parsed(j) => Ok(j.to_string()),
            Verdict::Invalid(r) => Err(r.into_owned()),
        }
    }

    #[test]
    fn non_utf8_and_overlong_inputs() {
        let mut scratch = Vec::new();
        assert!(
            matches!(check(b"a@\xff", false, Path::Ascii, true, &mut scratch), Verdict::Invalid(r) if r == "not valid UTF-8")
        );
        let long = vec![b'a'; MAX_JID_BYTES + 1];
        assert!(
            matches!(check(&long, false, Path::Ascii, true, &mut scratch), Verdict::Invalid(r) if r == "JID longer than 3071 bytes")
        );
        assert!(matches!(
            check(
                b"xmpp:a@b.example?join",
                true,
                Path::Ascii,
                true,
                &mut scratch
            ),
            Verdict::Fast
        ));
        assert_eq!(scratch, b"a@b.example");
    }

    /// A small deterministic generator (xorshift), so the fuzz loop needs no
    /// crate and every CI run checks the same inputs plus a few new ones.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    const PIECES: &[&str] = &[
        "a",
        "Z",
        "0",
        "9",
        ".",
        "-",
        "_",
        "@",
        "/",
        "[",
        "]",
        ":",
        " ",
        "\t",
        "\0",
        "\u{7f}",
        "\"",
        "'",
        "&",
        "<",
        ">",
        "!",
        "~",
        "xn--",
        "é",
        "ß",
        "İ",
        "Σ",
        "ς",
        "\u{200b}",
        "\u{ad}",
        "\u{301}",
        "ﬀ",
        "\u{2163}",
        "\u{5d0}",
        "\u{627}",
        "\u{3000}",
        "\u{fffd}",
        "🚀",
        "::1",
        "127.0.0.1",
        "example",
        "com",
        "..",
        "\u{e000}",
        "\u{1f}",
        "%",
        "xmpp:",
        "?",
        "#",
    ];

    /// Fuzz the validate path: random inputs never panic; the part path
    /// (through a cache small inputs keep hitting) gives the crate's answer
    /// on every input, valid or not; wherever the ASCII fast path answers,
    /// the crate agrees.
    #[test]
    fn fuzz_validate_path_matches_the_crate_and_never_panics() {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(1)
            | 1;
        for start in [0x9e3779b97f4a7c15, seed] {
            let mut rng = Rng(start);
            let mut scratch = Vec::new();
            let mut cache = PartCache::default();
            let (mut fast_hits, mut valid) = (0, 0);
            for _ in 0..60_000 {
                let mut input = String::new();
                for _ in 0..rng.below(12) {
                    input.push_str(PIECES[rng.below(PIECES.len())]);
                }
                if rng.below(50) == 0 {
                    input.push_str(&"x".repeat(1000 + rng.below(100)));
                }
                let uri = rng.below(2) == 0;
                let parts = answer(input.as_bytes(), uri, "parts", &mut cache);
                let reference = answer(input.as_bytes(), uri, "crate", &mut cache);
                assert_eq!(
                    parts, reference,
                    "part path on {input:?}, uri {uri} (seed {start})"
                );
                valid += usize::from(parts.is_ok());
                if fast_normalize(&input, &mut scratch) {
                    fast_hits += 1;
                    let crate_says = Jid::new(&input).map(|j| j.to_string());
                    assert_eq!(
                        crate_says.as_deref(),
                        Ok(std::str::from_utf8(&scratch).unwrap()),
                        "fast path disagrees with the crate on {input:?} (seed {start})"
                    );
                }
            }
            assert!(fast_hits > 100, "the fast path never ran ({fast_hits})");
            assert!(
                valid > fast_hits + 100,
                "the part path never found a valid non-ASCII JID"
            );
        }
    }

    /// Plain ASCII JIDs must take the fast path (else the speed is gone).
    #[test]
    fn common_ascii_jids_take_the_fast_path() {
        let mut scratch = Vec::new();
        for jid in [
            "alice@example.org",
            "Build-Bot.7@chat.example.co.uk/Laptop 2",
            "example.org",
            "a+c@x1.de/r",
        ] {
            assert!(fast_normalize(jid, &mut scratch), "{jid}");
        }
        for jid in [
            "a@127.0.0.1",
            "a@b.",
            "a@xn--p1ai",
            "é@x",
            "a@b@c",
            "a@ex_ample.com",
        ] {
            assert!(!fast_normalize(jid, &mut scratch), "{jid}");
        }
    }
}
