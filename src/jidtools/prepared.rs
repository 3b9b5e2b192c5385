//! Stringprep of a Unicode part (nodeprep, resourceprep or nameprep)
//! without the crate and without allocating: first a cheap proof that the
//! part is already its own result, or that its result is just its
//! mapping (upper case folded, soft hyphens dropped), with no
//! normalization; else the crate's steps, made with the crate's own
//! tables and normalization ([`prep`]), valid or refused.
//!
//! A part is its own result when none of its characters is mapped (RFC
//! 3454 B.1, and B.2 for the profiles that fold case), none is prohibited
//! by the profile or unassigned in Unicode 3.2, every one is a starter
//! whose NFKC quick check is Yes (then the string is in NFKC), and the
//! string passes the bidi rule. Its result is just its mapping when the
//! same holds for the mapped characters ([`prepare`]). The character
//! facts come from the same tables the crate uses (the `stringprep`
//! crate's RFC 3454 tables, the `unicode-normalization` quick check and
//! combining classes), found for a code point the first time it is met
//! and kept. Only a resource with code points unassigned in Unicode 3.2
//! that the proof does not take is left to the (patched) crate, whose
//! rule for those is its own (vendor/jid/PATCH.md).

use std::sync::atomic::{AtomicU16, Ordering};

use stringprep::tables as t;
use unicode_normalization::{char::canonical_combining_class, is_nfkc_quick, IsNormalized};

/// The stringprep profiles of a JID's parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Profile {
    /// Nodeprep (RFC 6122 appendix A): local parts.
    Node = 0,
    /// Resourceprep (RFC 6122 appendix B): resources.
    Resource = 1,
    /// Nameprep (RFC 3491): domains, after the IDNA check.
    Name = 2,
}

/// Per code point: bit n set when profile n prohibits it (RFC 3454
/// tables C.*, as the `stringprep` crate lists them per profile).
const PROHIBITED: [u16; 3] = [1, 2, 4];
/// Per code point: unassigned in Unicode 3.2 (A.1).
const UNASSIGNED: u16 = 8;
/// Per code point: not a starter whose NFKC quick check is Yes (NFKC
/// could change it or what is around it).
const UNSTABLE: u16 = 16;
/// Per code point: bidi class R or AL (RFC 3454 D.1), and L (D.2).
const RAND_AL: u16 = 32;
const L: u16 = 64;
/// Per code point: mapped to nothing (B.1), and changed by B.2.
const TO_NOTHING: u16 = 128;
const FOLDS: u16 = 256;

impl Profile {
    /// Whether the profile maps with B.2 (case folding).
    fn folds(self) -> bool {
        !matches!(self, Profile::Resource)
    }

    /// What keeps a mapped character from being its own result.
    fn refused(self) -> u16 {
        PROHIBITED[self as usize] | UNASSIGNED | UNSTABLE
    }

    /// What keeps a string from being its own result, found in one pass
    /// ([`unchanged`]): the refusals, and any mapping. A resource keeps
    /// code points unassigned in Unicode 3.2 as they are (the patched
    /// crate's rule, vendor/jid/PATCH.md: the text between them is
    /// normalized run by run, and a run of NFKC-stable starters is its
    /// own NFKC).
    fn changed(self) -> u16 {
        match self {
            Profile::Resource => PROHIBITED[self as usize] | UNSTABLE | TO_NOTHING,
            _ => self.refused() | TO_NOTHING | FOLDS,
        }
    }
}

/// What [`prep`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prep {
    /// The profile's result is appended to `out`.
    Done,
    /// The profile refuses the string (the crate's `*Prep` error).
    Refused,
    /// Not decided here (`out` unchanged): the crate must decide.
    Crate,
}

/// The facts of every code point met so far, with `KNOWN` set. Zeroed
/// (so it takes no room in the binary, and memory only for the pages of
/// the scripts met). Relaxed atomics suffice: two threads that meet a new
/// code point at once find the same facts, and a reader sees either
/// nothing yet (and finds them) or the facts.
static TABLE: [AtomicU16; 0x11_0000] = [const { AtomicU16::new(0) }; 0x11_0000];
/// Set in a `TABLE` slot whose facts are found.
const KNOWN: u16 = 0x8000;

/// Append `profile`'s result for `s` to `out` and return true, when the
/// result is proven without normalizing: after the mapping (B.1, and B.2
/// where the profile folds), every character is kept by the profile and
/// is an NFKC-quick-check-Yes starter (so NFKC changes nothing), and the
/// result passes the bidi rule. Otherwise `out` is left as it was. (The
/// lengths the crate checks after stringprep are the caller's.)
pub fn prepare(profile: Profile, s: &str, out: &mut Vec<u8>) -> bool {
    if unchanged(profile, s) {
        out.extend_from_slice(s.as_bytes());
        return true;
    }
    let start = out.len();
    let refused = profile.refused();
    let mut bidi = Bidi::default();
    for c in s.chars() {
        let f = facts(c);
        if f & TO_NOTHING != 0 {
            continue;
        }
        if f & FOLDS != 0 && profile.folds() {
            for m in t::case_fold_for_nfkc(c) {
                let g = facts(m);
                if g & refused != 0 {
                    out.truncate(start);
                    return false;
                }
                bidi.push(g);
                push_char(out, m);
            }
            continue;
        }
        if f & refused != 0 {
            out.truncate(start);
            return false;
        }
        bidi.push(f);
        push_char(out, c);
    }
    if !bidi.ok() {
        out.truncate(start);
    }
    bidi.ok()
}

/// Whether `s` is its own result under `profile`: no character is
/// mapped or refused (see [`Profile::changed`]) and the bidi rule holds.
/// The common case, so one pass with no branch per character but the
/// decoding, and no writing.
fn unchanged(profile: Profile, s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return true;
    };
    let first = facts(first);
    let (mut seen, mut last) = (first, first);
    for c in chars {
        last = facts(c);
        seen |= last;
    }
    seen & profile.changed() == 0 && bidi_ok(first, last, seen)
}

/// `profile`'s result for `s`, as the crate's stringprep makes it (RFC
/// 3454: map with B.1 and, where the profile folds, B.2; NFKC; refuse
/// prohibited characters, bidi text against the rule, and unassigned
/// code points), into `out`. The cheap proof ([`prepare`]) first; else
/// the same steps with the same functions the crate calls (the
/// `stringprep` tables through the per-code-point facts, and
/// `unicode-normalization`'s NFKC), written straight into `out` with no
/// allocation. A resource with code points unassigned in Unicode 3.2 is
/// left to the crate (they are kept, and the text between them is
/// normalized run by run: vendor/jid/PATCH.md).
pub fn prep(profile: Profile, s: &str, out: &mut Vec<u8>) -> Prep {
    if prepare(profile, s, out) {
        return Prep::Done;
    }
    if profile == Profile::Resource && s.chars().any(|c| facts(c) & UNASSIGNED != 0) {
        return Prep::Crate;
    }
    let kept = s.chars().filter(|&c| facts(c) & TO_NOTHING == 0);
    if profile.folds() {
        normalized(profile, kept.flat_map(fold), out)
    } else {
        normalized(profile, kept, out)
    }
}

/// B.2 for one character: the table is searched only for characters the
/// facts say it maps.
fn fold(c: char) -> Folded {
    if facts(c) & FOLDS != 0 {
        Folded::Mapped(t::case_fold_for_nfkc(c))
    } else {
        Folded::Same(Some(c))
    }
}

enum Folded {
    Same(Option<char>),
    Mapped(t::CaseFoldForNfkc),
}

impl Iterator for Folded {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        match self {
            Folded::Same(c) => c.take(),
            Folded::Mapped(m) => m.next(),
        }
    }
}

/// NFKC of the mapped characters into `out`, then the profile's checks
/// on the result.
fn normalized(profile: Profile, mapped: impl Iterator<Item = char>, out: &mut Vec<u8>) -> Prep {
    use unicode_normalization::UnicodeNormalization;
    let start = out.len();
    let mut bidi = Bidi::default();
    for c in mapped.nfkc() {
        bidi.push(facts(c));
        push_char(out, c);
    }
    let seen = bidi.seen;
    if seen & (PROHIBITED[profile as usize] | UNASSIGNED) == 0 && bidi.ok() {
        return Prep::Done;
    }
    out.truncate(start);
    if profile == Profile::Resource && seen & UNASSIGNED != 0 {
        return Prep::Crate;
    }
    Prep::Refused
}

/// Append a character's UTF-8 bytes (byte by byte: no call for a few
/// bytes).
fn push_char(out: &mut Vec<u8>, c: char) {
    let mut buf = [0u8; 4];
    for &b in c.encode_utf8(&mut buf).as_bytes() {
        out.push(b);
    }
}

/// The facts of a string's characters as they come: the first, the last
/// and all of them OR-ed, what the bidi rule ([`bidi_ok`]) needs.
#[derive(Default)]
struct Bidi {
    any: bool,
    first: u16,
    last: u16,
    seen: u16,
}

impl Bidi {
    fn push(&mut self, f: u16) {
        if !self.any {
            self.first = f;
            self.any = true;
        }
        self.last = f;
        self.seen |= f;
    }

    fn ok(&self) -> bool {
        bidi_ok(self.first, self.last, self.seen)
    }
}

/// The bidi rule (RFC 3454 §6) on a string's facts (`seen`: all of them
/// OR-ed): with any R or AL, no L, and R or AL first and last.
fn bidi_ok(first: u16, last: u16, seen: u16) -> bool {
    seen & RAND_AL == 0 || (seen & L == 0 && first & last & RAND_AL != 0)
}

/// The facts of `c` (with `KNOWN` set, which no test asks for).
#[inline]
fn facts(c: char) -> u16 {
    let slot = &TABLE[c as usize];
    let known = slot.load(Ordering::Relaxed);
    if known & KNOWN != 0 {
        return known;
    }
    let found = char_facts(c) | KNOWN;
    slot.store(found, Ordering::Relaxed);
    found
}

/// The facts of one code point, from the crate's own tables.
fn char_facts(c: char) -> u16 {
    // Prohibited by nameprep, and so by all three profiles.
    let all = t::non_ascii_space_character(c) // C.1.2
        || t::non_ascii_control_character(c) // C.2.2
        || t::private_use(c) // C.3
        || t::non_character_code_point(c) // C.4
        || t::surrogate_code(c) // C.5
        || t::inappropriate_for_plain_text(c) // C.6
        || t::inappropriate_for_canonical_representation(c) // C.7
        || t::change_display_properties_or_deprecated(c) // C.8
        || t::tagging_character(c); // C.9
    let control = t::ascii_control_character(c); // C.2.1: not in nameprep
    let node = t::ascii_space_character(c) // C.1.1
        || matches!(c, '"' | '&' | '\'' | '/' | ':' | '<' | '>' | '@');
    let mut fold = t::case_fold_for_nfkc(c); // B.2
    let mut f = 0;
    if all || control || node {
        f |= PROHIBITED[Profile::Node as usize];
    }
    if all || control {
        f |= PROHIBITED[Profile::Resource as usize];
    }
    if all {
        f |= PROHIBITED[Profile::Name as usize];
    }
    if t::unassigned_code_point(c) {
        f |= UNASSIGNED; // A.1
    }
    if canonical_combining_class(c) != 0 || is_nfkc_quick(std::iter::once(c)) != IsNormalized::Yes {
        f |= UNSTABLE;
    }
    if t::commonly_mapped_to_nothing(c) {
        f |= TO_NOTHING;
    }
    if !(fold.next() == Some(c) && fold.next().is_none()) {
        f |= FOLDS;
    }
    if t::bidi_r_or_al(c) {
        f |= RAND_AL;
    }
    if t::bidi_l(c) {
        f |= L;
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    /// True when `profile` maps `s` to itself and accepts it: what
    /// [`prepare`] proves, with nothing mapped.
    fn is_prepared(profile: Profile, s: &str) -> bool {
        let mut out = Vec::new();
        prepare(profile, s, &mut out) && out == s.as_bytes()
    }

    /// The crate's answer: stringprep's profiles, but for a resource with
    /// code points unassigned in Unicode 3.2, the patched jid crate's rule
    /// (vendor/jid/PATCH.md; such a resource is never empty).
    fn crate_prep(profile: Profile, s: &str) -> Result<String, ()> {
        let unassigned = s.chars().any(t::unassigned_code_point);
        let prepared: Result<Cow<'_, str>, _> = match profile {
            Profile::Node => stringprep::nodeprep(s),
            Profile::Resource if unassigned => {
                return jid::ResourcePart::new(s)
                    .map(|r| r.to_string())
                    .map_err(|_| ());
            }
            Profile::Resource => stringprep::resourceprep(s),
            Profile::Name => stringprep::nameprep(s),
        };
        prepared.map(Cow::into_owned).map_err(|_| ())
    }

    const PROFILES: [Profile; 3] = [Profile::Node, Profile::Resource, Profile::Name];

    /// Every code point (the tables' ranges and all the rest): where the
    /// proof says prepared, the crate gives the character back unchanged;
    /// where `prepare` answers, the crate gives the same answer; where
    /// `prep` answers, valid or not, so does the crate, with the same
    /// result. Each alone, after a prepared letter (so that a mapping to
    /// nothing leaves something), and before a combining mark (which NFKC
    /// may compose with it).
    #[test]
    fn every_code_point_the_proof_takes_is_the_crates_result() {
        let mut taken = [0usize; 3];
        let mut mapped = [0usize; 3];
        let mut answers = [[0usize; 3]; 3];
        let mut out = Vec::new();
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            for s in [c.to_string(), format!("é{c}"), format!("{c}\u{301}")] {
                for p in PROFILES {
                    out.clear();
                    let answer = prep(p, &s, &mut out);
                    answers[p as usize][answer as usize] += 1;
                    let want = crate_prep(p, &s);
                    match answer {
                        Prep::Done => assert_eq!(
                            want.as_deref().ok().map(str::as_bytes),
                            Some(&out[..]),
                            "{p:?} {s:?}"
                        ),
                        Prep::Refused => assert!(want.is_err(), "{p:?} {s:?}"),
                        // Unassigned code points in a resource: the
                        // vendored jid crate's own rule decides.
                        Prep::Crate => {
                            assert_eq!(p, Profile::Resource);
                            assert!(s.chars().any(t::unassigned_code_point));
                        }
                    }
                    if is_prepared(p, &s) {
                        taken[p as usize] += 1;
                        assert_eq!(crate_prep(p, &s).ok().as_deref(), Some(&*s), "{p:?} {s:?}");
                    }
                    out.clear();
                    if prepare(p, &s, &mut out) {
                        mapped[p as usize] += usize::from(out != s.as_bytes());
                        let want = crate_prep(p, &s);
                        assert_eq!(
                            want.ok().as_deref().map(str::as_bytes),
                            Some(&out[..]),
                            "{p:?} {s:?}"
                        );
                    } else {
                        assert!(out.is_empty());
                    }
                }
            }
        }
        // The proof takes most assigned letters, not nothing, and maps
        // case (not in resources) and the characters mapped to nothing;
        // `prep` answers both ways for every profile.
        assert!(taken.iter().all(|&n| n > 100_000), "{taken:?}");
        assert!(
            answers
                .iter()
                .all(|a| a[Prep::Done as usize] > 200_000 && a[Prep::Refused as usize] > 100_000),
            "{answers:?}"
        );
        assert!(
            mapped[0] > 1_000 && mapped[2] > 1_000 && mapped[1] > 20,
            "{mapped:?}"
        );
    }

    /// Strings: mapped, unnormalized, prohibited and bidi cases are not
    /// proven prepared; what the proof takes, the crate returns
    /// unchanged.
    #[test]
    fn strings_the_proof_takes_are_unchanged_and_the_rest_are_left() {
        let cases: &[(&str, [bool; 3])] = &[
            ("jürgen", [true, true, true]),
            ("Jürgen", [false, true, false]),
            ("ju\u{308}rgen", [false, false, false]), // NFD
            ("ﬀoo", [false, false, false]),           // compatibility
            ("a\u{ad}b", [false, false, false]),      // mapped to nothing
            ("дмитрий", [true, true, true]),
            ("张伟", [true, true, true]),
            ("العربية", [true, true, true]),
            ("עברית", [true, true, true]),
            ("עבa", [false, false, false]),        // R and L
            ("1עב", [false, false, false]),        // R not first
            ("עב1", [false, false, false]),        // R not last
            ("phone 🚀", [false, true, false]),    // unassigned in 3.2: kept in a resource
            ("🚀\u{0}", [false, false, false]),    // ... but not a control character
            ("🚀ﬀ", [false, false, false]),        // ... nor a compatibility one
            ("a b", [false, true, true]),          // ASCII space
            ("a@b", [false, true, true]),          // nodeprep's specials
            ("a\u{200e}b", [false, false, false]), // C.8
            ("a\u{e000}", [false, false, false]),  // C.3
            ("a\u{1}", [false, false, true]),      // C.2.1: not in nameprep
            ("ß", [false, true, false]),           // B.2 folds it to "ss"
            ("ς", [false, true, false]),           // B.2 folds final sigma
            ("♚", [true, true, true]),
            ("ि", [true, true, true]), // a spacing mark, a starter
        ];
        let mut out = Vec::new();
        for (s, want) in cases {
            for p in PROFILES {
                out.clear();
                if prepare(p, s, &mut out) {
                    let crate_says = crate_prep(p, s).ok();
                    assert_eq!(crate_says.as_deref().map(str::as_bytes), Some(&out[..]));
                }
                let got = is_prepared(p, s);
                assert_eq!(got, want[p as usize], "{p:?} {s:?}");
                if got {
                    assert_eq!(crate_prep(p, s).ok().as_deref(), Some(*s), "{p:?} {s:?}");
                }
            }
        }
    }
}
