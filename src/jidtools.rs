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

/// The longest JID: three parts of at most 1023 bytes and two separators.
pub const MAX_JID_BYTES: usize = 3 * 1023 + 2;

/// The ASCII fast path: for inputs made only of characters whose treatment
/// by nodeprep, nameprep/UTS-46 and resourceprep is a plain ASCII rule,
/// write the normalized JID into `out` and return true. For anything else
/// (non-ASCII, rare punctuation, IP literals, trailing dots, punycode,
/// any invalid input) return false: the caller asks the `jid` crate.
/// It never says "invalid"; a differential test proves it agrees with the
/// crate wherever it says "valid".
pub fn fast_normalize(input: &[u8], out: &mut Vec<u8>) -> bool {
    out.clear();
    // Split as the crate does: the first '@' or '/' decides.
    let mut at = None;
    let mut slash = None;
    for (i, &b) in input.iter().enumerate() {
        if b == b'/' {
            slash = Some(i);
            break;
        }
        if b == b'@' {
            if at.is_some() {
                return false; // a second '@' before any '/': the crate's error
            }
            at = Some(i);
        }
    }
    let domain_start = at.map_or(0, |a| a + 1);
    let domain_end = slash.unwrap_or(input.len());
    if let Some(a) = at {
        let node = &input[..a];
        if node.is_empty() || node.len() > 1023 || !node.iter().all(|&b| NODE_OK[b as usize]) {
            return false;
        }
        out.extend(node.iter().map(u8::to_ascii_lowercase));
        out.push(b'@');
    }
    if domain_end < domain_start {
        return false;
    }
    let domain = &input[domain_start..domain_end];
    if !fast_domain_ok(domain) {
        return false;
    }
    out.extend(domain.iter().map(u8::to_ascii_lowercase));
    if let Some(sl) = slash {
        let resource = &input[sl + 1..];
        if resource.is_empty()
            || resource.len() > 1023
            || !resource.iter().all(|&b| (0x20..0x7f).contains(&b))
        {
            return false;
        }
        out.push(b'/');
        out.extend_from_slice(resource);
    }
    true
}

/// ASCII a local part may hold unchanged but for case: printable, minus
/// space and the characters RFC 7622 / nodeprep forbid (`"&'/:<>@`).
const NODE_OK: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0x21;
    while b < 0x7f {
        t[b] = !matches!(
            b as u8,
            b'"' | b'&' | b'\'' | b'/' | b':' | b'<' | b'>' | b'@'
        );
        b += 1;
    }
    t
};

/// A plain LDH host name: labels of letters, digits and inner hyphens,
/// 1–63 bytes each, 253 in all, no trailing dot, no `xn--`-style label and
/// a last label that is not all digits (IPv4 and its look-alikes go to the
/// crate).
fn fast_domain_ok(domain: &[u8]) -> bool {
    if domain.is_empty() || domain.len() > 253 {
        return false;
    }
    let mut last_all_digits = false;
    for label in domain.split(|&b| b == b'.') {
        if label.is_empty() || label.len() > 63 {
            return false;
        }
        if label[0] == b'-' || label[label.len() - 1] == b'-' {
            return false;
        }
        if label.len() >= 4 && label[2] == b'-' && label[3] == b'-' {
            return false;
        }
        if !label
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return false;
        }
        last_all_digits = label.iter().all(u8::is_ascii_digit);
    }
    !last_all_digits
}

/// The verdict on one input line.
#[derive(Debug)]
pub enum Verdict {
    /// Valid; the normalized form is in the scratch buffer (fast path) or
    /// in the parsed JID.
    Fast,
    Parsed(Jid),
    Invalid(Cow<'static, str>),
}

/// Check one input (without its line ending). `scratch` receives the
/// normalized form on the fast path. `use_fast` false forces the crate path
/// (the differential check of the benchmark uses it).
pub fn check(input: &[u8], uri: bool, use_fast: bool, scratch: &mut Vec<u8>) -> Verdict {
    if input.len() > MAX_JID_BYTES && !uri {
        return Verdict::Invalid("JID longer than 3071 bytes".into());
    }
    let Ok(text) = std::str::from_utf8(input) else {
        return Verdict::Invalid("not valid UTF-8".into());
    };
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
    if use_fast && fast_normalize(text.as_bytes(), scratch) {
        return Verdict::Fast;
    }
    match Jid::new(&text) {
        Ok(jid) => Verdict::Parsed(jid),
        Err(e) => Verdict::Invalid(reason(&text, &e)),
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
        let mut scratch = Vec::new();
        for (input, expected) in &cases {
            for fast in [true, false] {
                let got = match check(input.as_bytes(), false, fast, &mut scratch) {
                    Verdict::Fast => Ok(String::from_utf8(scratch.clone()).unwrap()),
                    Verdict::Parsed(j) => Ok(j.to_string()),
                    Verdict::Invalid(r) => Err(r.into_owned()),
                };
                assert_eq!(&got, expected, "input {input:?} (fast path {fast})");
            }
        }
    }

    #[test]
    fn non_utf8_and_overlong_inputs() {
        let mut scratch = Vec::new();
        assert!(
            matches!(check(b"a@\xff", false, true, &mut scratch), Verdict::Invalid(r) if r == "not valid UTF-8")
        );
        let long = vec![b'a'; MAX_JID_BYTES + 1];
        assert!(
            matches!(check(&long, false, true, &mut scratch), Verdict::Invalid(r) if r == "JID longer than 3071 bytes")
        );
        assert!(matches!(
            check(b"xmpp:a@b.example?join", true, true, &mut scratch),
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

    /// Fuzz the validate path: random inputs never panic, and wherever the
    /// fast path answers, the crate agrees exactly.
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
            let mut fast_hits = 0;
            for _ in 0..60_000 {
                let mut input = String::new();
                for _ in 0..rng.below(12) {
                    input.push_str(PIECES[rng.below(PIECES.len())]);
                }
                if rng.below(50) == 0 {
                    input.push_str(&"x".repeat(1000 + rng.below(100)));
                }
                let _ = check(input.as_bytes(), rng.below(2) == 0, true, &mut scratch);
                if fast_normalize(input.as_bytes(), &mut scratch) {
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
            assert!(fast_normalize(jid.as_bytes(), &mut scratch), "{jid}");
        }
        for jid in [
            "a@127.0.0.1",
            "a@b.",
            "a@xn--p1ai",
            "é@x",
            "a@b@c",
            "a@ex_ample.com",
        ] {
            assert!(!fast_normalize(jid.as_bytes(), &mut scratch), "{jid}");
        }
    }
}
