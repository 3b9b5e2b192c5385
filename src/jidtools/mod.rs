//! JID checks shared by every command: parse with the `jid` crate, turn its
//! error kinds into specific, stable reasons, accept `xmpp:` URIs. Never
//! opens a socket.

use std::borrow::Cow;

use jid::Jid;

/// Why a JID is invalid. The strings are part of the interface: scripts
/// match on them.
pub fn reason(input: &str, err: &jid::Error) -> Cow<'static, str> {
    use jid::Error as E;
    // The crate reports several distinct problems as `Idna`; look closer.
    let (local, domain, _resource) = rough_split(input);
    match err {
        E::NodeEmpty => "empty local part".into(),
        E::ResourceEmpty => "empty resource".into(),
        E::NodeTooLong => "local part longer than 1023 bytes".into(),
        E::ResourceTooLong => "resource longer than 1023 bytes".into(),
        E::NodePrep => match local.and_then(forbidden_local_char) {
            Some(c) => format!("forbidden character {} in local part", show_char(c)).into(),
            None => "local part fails nodeprep".into(),
        },
        E::NamePrep => "domain fails nameprep".into(),
        E::ResourcePrep => match _resource.and_then(|r| r.chars().find(|c| c.is_control())) {
            Some(c) => format!("forbidden character {} in resource", show_char(c)).into(),
            None => "resource fails resourceprep".into(),
        },
        E::ResourceMissingInFullJid => "resource missing in full JID".into(),
        E::ResourceInBareJid => "resource in bare JID".into(),
        E::TooManyAts => "forbidden character '@' in local part".into(),
        E::Idna => {
            if input.is_empty() {
                "empty JID".into()
            } else if domain.is_empty() {
                "empty domain".into()
            } else if domain.len() > 1023 {
                "domain longer than 1023 bytes".into()
            } else if domain.contains(':') && !domain.starts_with('[') {
                "IPv6 domain must be bracketed".into()
            } else if let Some(c) = domain.chars().find(|c| c.is_whitespace() || c.is_control()) {
                format!("forbidden character {} in domain", show_char(c)).into()
            } else {
                "domain is not a valid IDN".into()
            }
        }
    }
}

fn show_char(c: char) -> String {
    if c.is_control() || c.is_whitespace() {
        format!("U+{:04X}", c as u32)
    } else {
        format!("'{c}'")
    }
}

/// Characters RFC 7622 forbids in a local part.
fn forbidden_local_char(local: &str) -> Option<char> {
    local.chars().find(|c| {
        matches!(c, '"' | '&' | '\'' | '/' | ':' | '<' | '>' | '@')
            || c.is_whitespace()
            || c.is_control()
    })
}

/// Split as RFC 7622 §3.1 does: resource after the first '/', local part
/// before the first '@' of what remains.
pub fn rough_split(input: &str) -> (Option<&str>, &str, Option<&str>) {
    let (rest, resource) = match input.split_once('/') {
        Some((r, res)) => (r, Some(res)),
        None => (input, None),
    };
    match rest.split_once('@') {
        Some((l, d)) => (Some(l), d, resource),
        None => (None, rest, resource),
    }
}

/// Parse a JID, with a specific reason on failure.
pub fn parse(input: &str) -> Result<Jid, Cow<'static, str>> {
    Jid::new(input).map_err(|e| reason(input, &e))
}

/// An `xmpp:` URI (RFC 5122) to the JID it names: `xmpp:user@host`,
/// `xmpp://auth@host/user@host`, with `?query` and `#fragment` dropped and
/// percent-escapes decoded. Anything else is returned as is.
pub fn uri_to_jid(input: &str) -> Result<Cow<'_, str>, Cow<'static, str>> {
    let Some(rest) = input.strip_prefix("xmpp:") else {
        return Ok(Cow::Borrowed(input));
    };
    let rest = match rest.strip_prefix("//") {
        Some(auth) => match auth.split_once('/') {
            Some((_, path)) => path,
            None => return Err("xmpp: URI has an authority but no JID".into()),
        },
        None => rest,
    };
    let path = rest.split(['?', '#']).next().unwrap_or("");
    percent_decode(path).map_err(Cow::Borrowed)
}

/// RFC 3986 percent-decoding (the `percent-encoding` crate), after
/// checking that every `%` starts an escape of two hex digits (the crate
/// would pass `%zz` through, and a hand parse took `%+a`).
fn percent_decode(s: &str) -> Result<Cow<'_, str>, &'static str> {
    let bytes = s.as_bytes();
    let well_formed = bytes.iter().enumerate().all(|(i, &b)| {
        b != b'%'
            || bytes
                .get(i + 1..i + 3)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit))
    });
    if !well_formed {
        return Err("bad percent-escape in xmpp: URI");
    }
    percent_encoding::percent_decode_str(s)
        .decode_utf8()
        .map_err(|_| "xmpp: URI decodes to invalid UTF-8")
}

/// A message recipient: a JID or an `xmpp:` URI.
pub fn parse_recipient(input: &str) -> Result<Jid, Cow<'static, str>> {
    let jid = uri_to_jid(input)?;
    parse(&jid)
}

/// A JID (or `xmpp:` URI) given on the command line; an invalid one is a
/// usage error `invalid WHAT 'INPUT': REASON` (exit 2).
pub fn jid_arg(input: &str, what: &str) -> anyhow::Result<Jid> {
    parse_recipient(input).map_err(|reason| {
        crate::error::fail(
            crate::error::Kind::Usage,
            format!("invalid {what} {}: {reason}", crate::error::quoted(input)),
        )
    })
}

mod ascii;
mod check;
mod idna_check;
mod parts;
mod prepared;

pub use ascii::none_bad;
pub use check::{
    check, check_after_fast, check_str, fast_valid, Path, Verdict, Want, MAX_JID_BYTES,
};
pub use parts::PartCache;

/// A small deterministic generator (xorshift) for the JID tests' seeded
/// loops: no crate, and failures repeat.
#[cfg(test)]
pub(crate) struct Rng(pub u64);

#[cfg(test)]
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recipients_accept_uris() {
        assert_eq!(
            parse_recipient("xmpp:a@b.example").unwrap().to_string(),
            "a@b.example"
        );
        assert_eq!(
            parse_recipient("xmpp:a@b.example?message;body=hi")
                .unwrap()
                .to_string(),
            "a@b.example"
        );
        assert_eq!(
            parse_recipient("xmpp://me@x.example/a%40b@c.example").unwrap_err(),
            "forbidden character '@' in local part"
        );
        assert_eq!(
            parse_recipient("xmpp:caf%C3%A9@x.example")
                .unwrap()
                .to_string(),
            "café@x.example"
        );
        assert_eq!(
            parse_recipient("a@@b").unwrap_err(),
            "forbidden character '@' in local part"
        );
        assert_eq!(parse_recipient("").unwrap_err(), "empty JID");
        assert_eq!(parse_recipient("a@").unwrap_err(), "empty domain");
        // A percent sign must start two hex digits (`%+a` was read as 0x0a).
        for bad in [
            "xmpp:a%+a@x.example",
            "xmpp:a%zz@x.example",
            "xmpp:a%4@x.example",
            "xmpp:a%",
        ] {
            assert!(parse_recipient(bad).is_err(), "{bad}");
        }
    }
}
