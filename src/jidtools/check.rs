//! One input line of `xmpp jid validate | normalize | split`, checked: the
//! answer of `jid::Jid::new`, found faster. Three paths give the same
//! answer, valid or not, and the same normalized form; the unit tests, the
//! `jid` fuzz target and the benchmark's whole-corpus diff compare them.
//!
//! - The ASCII fast path (`ascii.rs`): a line whose parts are plain ASCII
//!   is checked and lowercased with no allocation.
//! - The part path (`parts.rs`): any other line, part by part, with a
//!   bounded cache of parts the crate prepared before (address lists
//!   repeat their domains).
//! - The crate alone (`--no-fast-path`): the reference.

use std::borrow::Cow;

use jid::Jid;

use super::ascii::{fast_normalize, Discard};
use super::parts::PartCache;
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

/// What the caller makes of a verdict; what it does not want is not
/// made (`validate --quiet` prints neither, and a reason costs a scan and
/// often an allocation per invalid line).
#[derive(Clone, Copy, Debug)]
pub struct Want {
    /// The normalized form, in the scratch buffer.
    pub normalized: bool,
    /// Why an input is invalid; without it an invalid verdict carries an
    /// empty reason.
    pub reason: bool,
}

impl Want {
    /// Everything: the normalized form and the reason.
    pub const ALL: Want = Want {
        normalized: true,
        reason: true,
    };
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
/// normalized form when the verdict is [`Verdict::Fast`], but when
/// `want.normalized` is false and the ASCII fast path answered (then it
/// holds nothing).
pub fn check(
    input: &[u8],
    uri: bool,
    path: Path<'_>,
    want: Want,
    scratch: &mut Vec<u8>,
) -> Verdict {
    // The fast path takes plain ASCII only (and no JID over 3071 bytes),
    // so it needs no UTF-8 check.
    let fast_first = !uri && !matches!(path, Path::Crate);
    if fast_first && fast(input, want, scratch) {
        return Verdict::Fast;
    }
    check_utf8(input, uri, path, want, scratch, !fast_first)
}

/// Whether the ASCII fast path takes `input` (a JID, not a URI) as valid,
/// making nothing: all `validate` without `--json` needs of most lines.
/// When it does not, [`check_after_fast`] gives the verdict.
pub fn fast_valid(input: &[u8]) -> bool {
    fast_normalize(input, &mut Discard)
}

/// [`check`] of a JID (not a URI) that [`fast_valid`] did not take;
/// `text` is the same input when it is known to be UTF-8.
pub fn check_after_fast(
    input: &[u8],
    text: Option<&str>,
    path: Path<'_>,
    want: Want,
    scratch: &mut Vec<u8>,
) -> Verdict {
    match text {
        Some(text) => check_text(text, false, path, want, scratch, false),
        None => check_utf8(input, false, path, want, scratch, false),
    }
}

fn check_utf8(
    input: &[u8],
    uri: bool,
    path: Path<'_>,
    want: Want,
    scratch: &mut Vec<u8>,
    try_fast: bool,
) -> Verdict {
    // Too long says more than a broken character somewhere in it.
    if input.len() > MAX_JID_BYTES && !uri {
        return too_long();
    }
    match std::str::from_utf8(input) {
        Ok(text) => check_text(text, uri, path, want, scratch, try_fast),
        Err(_) => Verdict::Invalid("not valid UTF-8".into()),
    }
}

/// The verdict on an input over [`MAX_JID_BYTES`].
fn too_long() -> Verdict {
    Verdict::Invalid("JID longer than 3071 bytes".into())
}

/// The ASCII fast path into `scratch` (or nowhere, when the normalized
/// form is not wanted).
fn fast(input: &[u8], want: Want, scratch: &mut Vec<u8>) -> bool {
    scratch.clear();
    if want.normalized {
        fast_normalize(input, scratch)
    } else {
        fast_normalize(input, &mut Discard)
    }
}

/// [`check`] for an input already known to be UTF-8.
pub fn check_str(
    text: &str,
    uri: bool,
    path: Path<'_>,
    want: Want,
    scratch: &mut Vec<u8>,
) -> Verdict {
    check_text(text, uri, path, want, scratch, true)
}

/// [`check_str`]; `try_fast` is false when the fast path already said no
/// to this very text.
fn check_text(
    text: &str,
    uri: bool,
    path: Path<'_>,
    want: Want,
    scratch: &mut Vec<u8>,
    try_fast: bool,
) -> Verdict {
    if text.len() > MAX_JID_BYTES && !uri {
        return too_long();
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
        return too_long();
    }
    if try_fast && !matches!(path, Path::Crate) && fast(text.as_bytes(), want, scratch) {
        return Verdict::Fast;
    }
    let invalid = |e: jid::Error| {
        Verdict::Invalid(if want.reason {
            reason(&text, &e)
        } else {
            Cow::Borrowed("")
        })
    };
    if let Path::Parts(cache) = path {
        // Without a reason, any error will do.
        let answer = if want.reason {
            cache.normalize(&text, scratch)
        } else {
            cache.validate(&text, scratch)
        };
        return match answer {
            Ok(()) => Verdict::Fast,
            Err(e) => invalid(e),
        };
    }
    match Jid::new(&text) {
        Ok(jid) => Verdict::Parsed(jid),
        Err(e) => invalid(e),
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
        match check(input, uri, path, Want::ALL, &mut scratch) {
            Verdict::Fast => Ok(String::from_utf8(scratch).expect("UTF-8")),
            Verdict::Parsed(j) => Ok(j.to_string()),
            Verdict::Invalid(r) => Err(r.into_owned()),
        }
    }

    #[test]
    fn non_utf8_and_overlong_inputs() {
        let mut scratch = Vec::new();
        assert!(
            matches!(check(b"a@\xff", false, Path::Ascii, Want::ALL, &mut scratch), Verdict::Invalid(r) if r == "not valid UTF-8")
        );
        let long = vec![b'a'; MAX_JID_BYTES + 1];
        assert!(
            matches!(check(&long, false, Path::Ascii, Want::ALL, &mut scratch), Verdict::Invalid(r) if r == "JID longer than 3071 bytes")
        );
        assert!(matches!(
            check(
                b"xmpp:a@b.example?join",
                true,
                Path::Ascii,
                Want::ALL,
                &mut scratch
            ),
            Verdict::Fast
        ));
        assert_eq!(scratch, b"a@b.example");
    }

    // The fuzz loop's generator needs no crate, and every CI run checks
    // the same inputs plus a few new ones.
    use crate::jidtools::Rng;

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
                // Validity alone (`--quiet`): the same verdict.
                let quiet = Want {
                    normalized: false,
                    reason: false,
                };
                let alone = check(
                    input.as_bytes(),
                    uri,
                    Path::Parts(&mut cache),
                    quiet,
                    &mut scratch,
                );
                assert_eq!(
                    matches!(alone, Verdict::Invalid(_)),
                    reference.is_err(),
                    "validity alone on {input:?}, uri {uri} (seed {start})"
                );
                valid += usize::from(parts.is_ok());
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
