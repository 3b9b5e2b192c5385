//! What `xmpp check` reports about a certificate, read from its DER:
//! the subject's common name, the names it is for (DNS names, and the
//! XMPP ones of RFC 6120 §13.7.1.4: `xmppAddr` and `SRV-ID`), and the
//! validity period. Reading only: whether the chain is trusted is
//! rustls-webpki's verdict, never this module's.

/// A certificate, as far as the report needs it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CertInfo {
    pub subject_cn: Option<String>,
    pub dns_names: Vec<String>,
    /// id-on-xmppAddr (1.3.6.1.5.5.7.8.5) other names.
    pub xmpp_addrs: Vec<String>,
    /// id-on-dnsSRV (1.3.6.1.5.5.7.8.7) other names, e.g. `_xmpp-client.example.org`.
    pub srv_names: Vec<String>,
    /// Seconds since the Unix epoch.
    pub not_before: i64,
    pub not_after: i64,
}

/// One DER element: tag, contents, and what follows it.
fn element(input: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = input.split_first()?;
    let (&first, mut rest) = rest.split_first()?;
    let len = if first < 0x80 {
        usize::from(first)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let mut len = 0usize;
        for &b in &rest[..n] {
            len = (len << 8) | usize::from(b);
        }
        rest = &rest[n..];
        len
    };
    if rest.len() < len {
        return None;
    }
    Some((tag, &rest[..len], &rest[len..]))
}

/// The elements of a constructed value, in order.
fn children(mut input: &[u8]) -> Vec<(u8, &[u8])> {
    let mut out = Vec::new();
    while let Some((tag, value, rest)) = element(input) {
        out.push((tag, value));
        input = rest;
    }
    out
}

const SEQUENCE: u8 = 0x30;
const OID_CN: &[u8] = &[0x55, 0x04, 0x03];
const OID_SAN: &[u8] = &[0x55, 0x1d, 0x11];
const OID_XMPP_ADDR: &[u8] = &[0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x08, 0x05];
const OID_DNS_SRV: &[u8] = &[0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x08, 0x07];

/// Read a certificate; `None` when it is not the DER shape of one.
pub fn parse(der: &[u8]) -> Option<CertInfo> {
    let (SEQUENCE, cert, _) = element(der)? else {
        return None;
    };
    let (SEQUENCE, tbs, _) = element(cert)? else {
        return None;
    };
    let mut fields = children(tbs).into_iter().peekable();
    if fields.peek().is_some_and(|(t, _)| *t == 0xa0) {
        fields.next(); // version
    }
    let _serial = fields.next()?;
    let _signature = fields.next()?;
    let _issuer = fields.next()?;
    let (SEQUENCE, validity) = fields.next()? else {
        return None;
    };
    let (SEQUENCE, subject) = fields.next()? else {
        return None;
    };
    let _spki = fields.next()?;
    let times = children(validity);
    let [(t1, v1), (t2, v2)] = times.as_slice() else {
        return None;
    };
    let mut info = CertInfo {
        subject_cn: common_name(subject),
        not_before: time(*t1, v1)?,
        not_after: time(*t2, v2)?,
        ..CertInfo::default()
    };
    for (tag, value) in fields {
        if tag != 0xa3 {
            continue;
        }
        let (SEQUENCE, exts, _) = element(value)? else {
            return None;
        };
        for (_, ext) in children(exts) {
            let parts = children(ext);
            let Some((0x06, oid)) = parts.first().copied() else {
                continue;
            };
            let Some((0x04, inner)) = parts.last().copied() else {
                continue;
            };
            if oid == OID_SAN {
                names(inner, &mut info);
            }
        }
    }
    Some(info)
}

fn common_name(name: &[u8]) -> Option<String> {
    for (_, set) in children(name) {
        for (_, atv) in children(set) {
            let parts = children(atv);
            if let [(0x06, oid), (_, value)] = parts.as_slice() {
                if *oid == OID_CN {
                    return Some(String::from_utf8_lossy(value).into_owned());
                }
            }
        }
    }
    None
}

fn names(san: &[u8], info: &mut CertInfo) {
    let Some((SEQUENCE, general, _)) = element(san) else {
        return;
    };
    for (tag, value) in children(general) {
        match tag {
            0x82 => info
                .dns_names
                .push(String::from_utf8_lossy(value).into_owned()),
            0xa0 => {
                let parts = children(value);
                let [(0x06, oid), (0xa0, wrapped)] = parts.as_slice() else {
                    continue;
                };
                let Some((_, text, _)) = element(wrapped) else {
                    continue;
                };
                let text = String::from_utf8_lossy(text).into_owned();
                if *oid == OID_XMPP_ADDR {
                    info.xmpp_addrs.push(text);
                } else if *oid == OID_DNS_SRV {
                    info.srv_names.push(text);
                }
            }
            _ => {}
        }
    }
}

/// UTCTime (YYMMDDHHMMSSZ) or GeneralizedTime (YYYYMMDDHHMMSSZ) to
/// seconds since the epoch.
fn time(tag: u8, value: &[u8]) -> Option<i64> {
    let text = std::str::from_utf8(value).ok()?.strip_suffix('Z')?;
    // Digits only before any slicing (a multi-byte character would make
    // a byte index fall inside it).
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (year, rest) = match tag {
        0x17 if text.len() == 12 => {
            let yy: i64 = text[..2].parse().ok()?;
            (if yy < 50 { 2000 + yy } else { 1900 + yy }, &text[2..])
        }
        0x18 if text.len() == 14 => (text[..4].parse().ok()?, &text[4..]),
        _ => return None,
    };
    let n = |i: usize| rest[i..i + 2].parse::<i64>().ok();
    let (month, day, h, m, s) = (n(0)?, n(2)?, n(4)?, n(6)?, n(8)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || h > 23 || m > 59 || s > 60 {
        return None;
    }
    Some(days_from_civil(year, month, day) * 86_400 + h * 3600 + m * 60 + s)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    /// openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes
    ///   -days 30 -subj /CN=a.test -addext "subjectAltName=DNS:a.test,
    ///   DNS:*.b.test,otherName:1.3.6.1.5.5.7.8.5;UTF8:a.test,
    ///   otherName:1.3.6.1.5.5.7.8.7;IA5:_xmpp-client.a.test"
    const PEM: &str = include_str!("testdata/a.test.pem");

    fn der() -> Vec<u8> {
        use base64::Engine;
        let body: String = PEM.lines().filter(|l| !l.starts_with("-----")).collect();
        base64::engine::general_purpose::STANDARD
            .decode(body)
            .unwrap()
    }

    #[test]
    fn names_and_validity_are_read() {
        let info = parse(&der()).expect("a certificate");
        assert_eq!(info.subject_cn.as_deref(), Some("a.test"));
        assert_eq!(info.dns_names, ["a.test", "*.b.test"]);
        assert_eq!(info.xmpp_addrs, ["a.test"]);
        assert_eq!(info.srv_names, ["_xmpp-client.a.test"]);
        assert_eq!(info.not_after - info.not_before, 30 * 86_400);
    }

    #[test]
    fn times_and_garbage() {
        assert_eq!(time(0x17, b"700101000000Z"), Some(0));
        assert_eq!(time(0x18, b"20000301000000Z"), Some(951_868_800));
        assert_eq!(time(0x17, b"491231235959Z"), Some(2_524_607_999));
        assert_eq!(time(0x17, b"701301000000Z"), None);
        assert_eq!(time(0x18, b"2000030100000Z"), None);
        assert_eq!(time(0x17, "7é0101000000Z".as_bytes()), None);
        assert_eq!(time(0x17, "\u{e9}\u{e9}0101000Z".as_bytes()), None);
        let d = der();
        for cut in [0, 1, 2, 10, d.len() / 2, d.len() - 1] {
            let _ = parse(&d[..cut]);
        }
        assert_eq!(parse(b"\x30\x84\xff\xff\xff\xff"), None);
        assert_eq!(parse(b""), None);
    }
}
