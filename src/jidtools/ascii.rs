//! The ASCII rules of `xmpp jid`: for plain ASCII, nodeprep, nameprep
//! with UTS-46 and resourceprep only lowercase (or keep) the text and
//! never change its length, so these checks give the crate's answer with
//! no allocation. The fast path applies them to a whole line; the part
//! path (`parts.rs`) to one part at a time.

/// The ASCII fast path: for inputs whose local part is 1–1023 bytes of
/// [`node_ascii`], whose domain is an [`ascii_domain`] and whose resource
/// an [`ascii_resource`], write the normalized JID into
/// `out` and return true. For anything else return false (it never says
/// "invalid"). It splits as `Jid::new` does (the part path's `split`).
pub fn fast_normalize<S: Sink>(input: &[u8], out: &mut S) -> bool {
    out.clear();
    let b = input;
    let Some(i) = separator(b) else {
        return false;
    };
    let start = if b.get(i) == Some(&b'@') {
        if i == 0 || i > 1023 {
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

/// Where the first part of `b` ends, at its first byte that is not
/// [`node_ascii`]: an '@' after a local part, a '/' or the end after a
/// domain; `None` when it is another byte, or the part is over 1023
/// bytes (parts the fast path does not take). So a local part is checked
/// by the scan that finds its end.
/// Short lines (most) byte by byte; a long one from byte 64 on with
/// `memchr` and the 32-a-step check.
fn separator(b: &[u8]) -> Option<usize> {
    const SHORT: usize = 64;
    let head = &b[..b.len().min(SHORT)];
    let i = match head.iter().position(|&c| !NODE[c as usize]) {
        Some(i) => i,
        None if b.len() <= SHORT => return Some(b.len()),
        None => {
            let i = SHORT + memchr::memchr2(b'@', b'/', &b[SHORT..]).unwrap_or(b.len() - SHORT);
            // A first part this long is neither a local part nor a domain
            // the fast path takes: no need to look at it.
            return (i <= 1023 && node_ascii(&b[SHORT..i])).then_some(i);
        }
    };
    matches!(b[i], b'@' | b'/').then_some(i)
}

/// The bytes [`node_ascii`] takes, as a table.
const NODE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = !node_bad(b as u8);
        b += 1;
    }
    t
};

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
pub(super) fn node_ascii(s: &[u8]) -> bool {
    none_bad(s, node_bad)
}

/// A byte [`node_ascii`] refuses (without a branch, so the 32-a-step
/// check is made of vector compares).
const fn node_bad(b: u8) -> bool {
    (b.wrapping_sub(0x21) >= 0x5e)
        | (b == b'"')
        | (b == b'&')
        | (b == b'\'')
        | (b == b'/')
        | (b == b':')
        | (b == b'<')
        | (b == b'>')
        | (b == b'@')
}

/// No byte of `s` is `bad`: 32 bytes a step, folded without a branch per
/// byte (so the compiler makes vector compares of it).
pub fn none_bad(s: &[u8], bad: impl Fn(u8) -> bool) -> bool {
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
pub(super) fn ascii_domain(d: &[u8]) -> bool {
    ascii_domain_prefix(d) == Some(d.len())
}

/// The length of the [`ascii_domain`] at the start of `d`, ended by its
/// end or a '/'; `None` if it is not one. A label at a time: a tight
/// scan over letters, digits and hyphens, then the label's rules on its
/// ends.
fn ascii_domain_prefix(d: &[u8]) -> Option<usize> {
    let mut start = 0;
    loop {
        let rest = &d[start..];
        let len = rest
            .iter()
            .position(|&b| !LDH[b as usize])
            .unwrap_or(rest.len());
        let label = &rest[..len];
        if len == 0
            || len > 63
            || label[0] == b'-'
            || label[len - 1] == b'-'
            || label.get(2..4) == Some(b"--".as_slice())
        {
            return None;
        }
        let end = start + len;
        match d.get(end) {
            Some(b'.') => start = end + 1,
            // The last label not all digits (IPv4 and its look-alikes).
            Some(b'/') | None => {
                return (end <= 253 && !label.iter().all(u8::is_ascii_digit)).then_some(end);
            }
            Some(_) => return None,
        }
    }
}

/// Letters, digits and the hyphen: the bytes of a label.
const LDH: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b == b'-' as usize;
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
pub(super) fn resource_ascii(s: &[u8]) -> bool {
    let bad = |b: u8| b.wrapping_sub(0x20) >= 0x5f;
    none_bad(s, bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path finds the end of the first part where the crate's
    /// split does, and takes the local part `node_ascii` takes, for short
    /// and long lines (the scan changes method at byte 64).
    #[test]
    fn the_first_part_ends_where_the_split_says() {
        let mut lines: Vec<Vec<u8>> = Vec::new();
        for pad in [0, 5, 62, 63, 64, 65, 200, 1022, 1023, 1024, 2000] {
            for sep in [b'@', b'/', b' ', b'<', b'\t', 0x80, b'.'] {
                let mut l = vec![b'a'; pad];
                l.push(sep);
                l.extend_from_slice(b"x.org");
                lines.push(l);
            }
        }
        for line in &lines {
            let first = line.iter().position(|&c| c == b'@' || c == b'/');
            let end = first.unwrap_or(line.len());
            let want = (end <= 1023 && node_ascii(&line[..end])).then_some(end);
            assert_eq!(separator(line), want, "{:?}", String::from_utf8_lossy(line));
        }
        for b in 0..=255u8 {
            assert_eq!(NODE[b as usize], node_ascii(&[b]), "{b}");
        }
    }
}
