//! The IDNA check `jid::DomainPart::new` makes before nameprep (UTS #46
//! ToASCII with the URL deny list, CheckHyphens and VerifyDnsLength), for
//! a Unicode domain, without making its ASCII form when it is not needed.
//!
//! ToASCII maps and validates the domain, Punycode-encodes each label
//! that is not ASCII, and then checks lengths: no label empty or over 63
//! bytes, 253 in all. Encoding is most of its cost, and it matters only
//! for the lengths. [`to_ascii_ok`] runs the same UTS #46 processing (the
//! `idna` crate's `Uts46::process`, which ToASCII itself calls), but
//! writes a non-ASCII label as it is when a bound on its Punycode length
//! ([`punycode_bound`]) fits in 63 bytes, and counts lengths instead of
//! keeping the text. When every length fits with the bounds in place of
//! the encoded labels, the exact lengths fit too; when not, the crate's
//! own `to_ascii` decides, so the answer is always the crate's.

use std::cell::Cell;
use std::fmt;

use idna::uts46::{
    verify_dns_length, AsciiDenyList, DnsLength, ErrorPolicy, Hyphens, ProcessingSuccess, Uts46,
};

/// The longest label and domain VerifyDnsLength allows (bytes of the
/// ASCII form, without a root dot).
const MAX_LABEL: usize = 63;
const MAX_DOMAIN: usize = 253;

/// Whether `Uts46::to_ascii(domain, URL, Check, Verify)` succeeds: the
/// check `DomainPart::new` makes (after taking off a root dot).
pub fn to_ascii_ok(domain: &str) -> bool {
    let bound = Cell::new(0);
    let mut lengths = Lengths {
        bound: &bound,
        done: 0,
        label: 0,
        unicode: false,
        fits: true,
    };
    let processed = Uts46::new().process(
        domain.as_bytes(),
        AsciiDenyList::URL,
        Hyphens::Check,
        ErrorPolicy::FailFast,
        // Written as it is (true) when its encoding surely fits.
        |label, _, _| match punycode_bound(label) {
            Some(b) => {
                bound.set(b);
                true
            }
            None => false,
        },
        &mut lengths,
        None,
    );
    match processed {
        // ToASCII checks the input itself then (it is ASCII).
        Ok(ProcessingSuccess::Passthrough) => verify_dns_length(domain, false),
        Ok(ProcessingSuccess::WroteToSink) => lengths.finish() || exact(domain),
        // A validity error (the sink never fails, and no label of a JID
        // is long enough for Punycode to overflow).
        Err(_) => false,
    }
}

/// ToASCII itself, for the domains whose bounds do not fit.
fn exact(domain: &str) -> bool {
    Uts46::new()
        .to_ascii(
            domain.as_bytes(),
            AsciiDenyList::URL,
            Hyphens::Check,
            DnsLength::Verify,
        )
        .is_ok()
}

/// The lengths of the ASCII form `process` writes: ASCII labels as they
/// are, a non-ASCII label as its bound (set just before it is written).
struct Lengths<'a> {
    bound: &'a Cell<usize>,
    /// Bytes of the finished labels and their dots.
    done: usize,
    /// ASCII bytes of the current label.
    label: usize,
    /// The current label is written as Unicode.
    unicode: bool,
    /// No label so far is empty or too long.
    fits: bool,
}

impl Lengths<'_> {
    fn end_label(&mut self) {
        let len = if self.unicode {
            self.bound.get()
        } else {
            self.label
        };
        self.fits &= (1..=MAX_LABEL).contains(&len);
        self.done += len;
        self.label = 0;
        self.unicode = false;
    }

    /// VerifyDnsLength on the lengths: every label 1–63 bytes (so no
    /// root dot either: its label is empty), 253 in all.
    fn finish(mut self) -> bool {
        self.end_label();
        self.fits && self.done <= MAX_DOMAIN
    }
}

impl fmt::Write for Lengths<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for c in s.chars() {
            self.write_char(c)?;
        }
        Ok(())
    }

    fn write_char(&mut self, c: char) -> fmt::Result {
        match c {
            '.' => {
                self.end_label();
                self.done += 1;
            }
            c if c.is_ascii() => self.label += 1,
            _ => self.unicode = true,
        }
        Ok(())
    }
}

/// A bound on the length of `xn--` and the Punycode (RFC 3492) of
/// `label`, when it is at most 63; `None` when the bound is larger.
///
/// Punycode writes the b ASCII characters, a '-' if b > 0, and one
/// variable-length integer per other character. Each integer is a delta
/// of at most (max + 1)(n + 1), for n characters of which the largest is
/// `max`: the code point steps (at most max - 128 in all) times at most
/// n, plus at most n per distinct code point and one per step. An
/// integer q takes one digit when q < t, else writes a digit and goes on
/// with (q - t) / (36 - t), where 1 <= t <= 26: so each digit divides q
/// by at least 10, and q < 10^k takes at most k + 1 digits.
pub fn punycode_bound(label: &[char]) -> Option<usize> {
    let n = label.len();
    if n > MAX_LABEL {
        return None; // every character takes a byte at least
    }
    let basic = label.iter().filter(|c| c.is_ascii()).count();
    let max = label.iter().map(|&c| u64::from(c)).max().unwrap_or(0);
    let delta = (max + 1) * (n as u64 + 1);
    let digits = delta.ilog10() as usize + 2;
    let bound = 4 + basic + usize::from(basic > 0) + (n - basic) * digits;
    (bound <= MAX_LABEL).then_some(bound)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::jidtools::Rng;

    /// Ranges to draw characters from: ASCII letters and digits, Latin,
    /// Greek, Cyrillic, Hebrew, Arabic, Devanagari, CJK, Hangul, emoji,
    /// the last planes, and the characters UTS #46 maps or refuses.
    const RANGES: &[(u32, u32)] = &[
        (0x61, 0x7a),
        (0x30, 0x39),
        (0x2d, 0x2d),
        (0x41, 0x5a),
        (0xc0, 0x24f),
        (0x370, 0x3ff),
        (0x400, 0x4ff),
        (0x5d0, 0x5ea),
        (0x620, 0x64a),
        (0x900, 0x97f),
        (0x300, 0x36f),
        (0x200b, 0x200d),
        (0x2160, 0x217f),
        (0x3000, 0x303f),
        (0x4e00, 0x9fff),
        (0xac00, 0xd7a3),
        (0xfb00, 0xfb4f),
        (0xff00, 0xffef),
        (0x1f300, 0x1f6ff),
        (0x20000, 0x2a6df),
        (0xe0000, 0xe01ef),
        (0x10_fff0, 0x10_ffff),
    ];

    /// Letters of one script each: labels UTS #46 mostly accepts.
    const SCRIPTS: &[(u32, u32)] = &[
        (0x61, 0x7a),
        (0xe0, 0xf6),
        (0x3b1, 0x3c9),
        (0x430, 0x44f),
        (0x5d0, 0x5ea),
        (0x915, 0x939),
        (0x4e00, 0x9fff),
        (0xac00, 0xd7a3),
    ];

    /// `len` characters from `RANGES` (each from any), or of one script.
    fn label(rng: &mut Rng, len: usize) -> String {
        let one = (rng.below(2) == 0).then(|| SCRIPTS[rng.below(SCRIPTS.len())]);
        (0..len)
            .filter_map(|_| {
                let (lo, hi) = one.unwrap_or_else(|| RANGES[rng.below(RANGES.len())]);
                char::from_u32(lo + rng.below((hi - lo + 1) as usize) as u32)
            })
            .collect()
    }

    /// The bound is never below the real length, for labels of every
    /// size and script, and takes most short labels.
    #[test]
    fn the_bound_is_never_below_the_encoded_length() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut bounded = 0;
        for i in 0..200_000 {
            let s = label(&mut rng, 1 + i % 40);
            let chars: Vec<char> = s.chars().collect();
            let Some(bound) = punycode_bound(&chars) else {
                continue;
            };
            bounded += 1;
            let encoded = idna::punycode::encode_str(&s).map(|e| e.len() + 4);
            assert!(
                encoded.is_some_and(|e| e <= bound),
                "{s:?} {encoded:?} > {bound}"
            );
        }
        assert!(bounded > 30_000, "{bounded}");
        // The worst cases: the largest code points, as many as fit.
        for len in 1..=12 {
            for c in ['\u{10ffff}', '\u{80}', '\u{4e00}'] {
                let chars = vec![c; len];
                let s: String = chars.iter().collect();
                if let Some(bound) = punycode_bound(&chars) {
                    let encoded = idna::punycode::encode_str(&s).unwrap().len() + 4;
                    assert!(encoded <= bound, "{len} {c:?}");
                }
            }
        }
    }

    /// The same answer as ToASCII itself on domains of one to many
    /// labels, near the length limits, with ASCII, Punycode, empty and
    /// root labels, hyphens, and characters UTS #46 maps or refuses.
    #[test]
    fn the_check_is_to_ascii() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let mut answers = [0; 2];
        let fixed = [
            "",
            ".",
            "ü.",
            "ü..de",
            "-ü.de",
            "ü-.de",
            "üb--er.de",
            "xn--tda.de",
            "xn--ü.de",
            "ü.xn--zz",
            "a.ü",
            "Ü.DE",
            "ü\u{200d}.de",
            "ü\u{0}.de",
            "ü de",
            "1.ü",
            "ü.123",
        ];
        let long = |c: char, n: usize| c.to_string().repeat(n);
        let mut domains: Vec<String> = fixed.iter().map(|s| s.to_string()).collect();
        for n in [10, 15, 16, 20, 30, 31, 32, 60, 62, 63, 64] {
            domains.push(format!("{}.de", long('ü', n)));
            domains.push(format!("a{}.de", long('中', n / 3)));
            domains.push(format!("{}.{}", long('a', 250 - n), long('é', n / 4)));
        }
        for i in 0..100_000 {
            let labels = 1 + i % 5;
            let mut d: Vec<String> = (0..labels)
                .map(|_| {
                    let len = 1 + rng.below(14);
                    label(&mut rng, len)
                })
                .collect();
            match rng.below(8) {
                0 => d.push(String::new()),
                1 => d.push("xn--".to_string() + &label(&mut rng, 4)),
                2 => d.insert(0, long('x', 60 + rng.below(6))),
                3 => d.insert(0, long('y', 200 + rng.below(40))),
                _ => {}
            }
            domains.push(d.join("."));
        }
        for d in &domains {
            let want = exact(d);
            assert_eq!(to_ascii_ok(d), want, "{d:?}");
            answers[usize::from(want)] += 1;
        }
        assert!(answers.iter().all(|&n| n > 10_000), "{answers:?}");
    }
}
