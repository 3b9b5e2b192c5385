//! Points in time given on the command line: RFC 3339 (`2026-12-01T08:00:00Z`)
//! or a span back from now (`90s`, `15m`, `2h`, `7d`, `2w`). Pure,
//! unit-tested.

use chrono::{DateTime, Duration, Utc};

/// The longest span back: 100 years, far beyond any archive.
const MAX_DAYS: i64 = 36_525;

/// `text` as a point in time, `now` for the relative form. The error is
/// a phrase for the caller to put after the option's name.
pub fn parse(text: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, String> {
    let t = text.trim();
    if let Ok(at) = DateTime::parse_from_rfc3339(t) {
        return Ok(at.with_timezone(&Utc));
    }
    let Some(unit) = t.chars().last() else {
        return Err(hint("is empty"));
    };
    let digits = &t[..t.len() - unit.len_utf8()];
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(hint("is neither"));
    }
    let n: i64 = digits.parse().map_err(|_| hint("is too large for"))?;
    let seconds = match unit {
        's' => 1,
        'm' => 60,
        'h' => 3_600,
        'd' => 86_400,
        'w' => 604_800,
        _ => return Err(hint("is neither")),
    };
    let span = n
        .checked_mul(seconds)
        .filter(|s| *s <= MAX_DAYS * 86_400)
        .ok_or_else(|| hint("reaches back further than 100 years in"))?;
    Ok(now - Duration::seconds(span))
}

fn hint(what: &str) -> String {
    format!(
        "{what} an RFC 3339 time (2026-12-01T08:00:00Z) or a span back from now \
         (90s, 15m, 2h, 7d, 2w)"
    )
}

/// A time as XEP-0082 wants it (UTC, `Z`).
pub fn xep0082(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-12-04T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn absolute_and_relative_times() {
        let p = |s| parse(s, now()).map(xep0082);
        assert_eq!(
            p("2026-12-01T08:00:00+01:00").unwrap(),
            "2026-12-01T07:00:00Z"
        );
        assert_eq!(p("90s").unwrap(), "2026-12-04T11:58:30Z");
        assert_eq!(p("2h").unwrap(), "2026-12-04T10:00:00Z");
        assert_eq!(p("7d").unwrap(), "2026-11-27T12:00:00Z");
        assert_eq!(p("1w").unwrap(), "2026-11-27T12:00:00Z");
        assert_eq!(p(" 0m ").unwrap(), "2026-12-04T12:00:00Z");
    }

    #[test]
    fn what_is_refused_says_what_is_taken() {
        for bad in ["", "h", "-2h", "2y", "2 h", "1e3s", "yesterday", "٣d"] {
            let e = parse(bad, now()).unwrap_err();
            assert!(e.contains("RFC 3339"), "{bad}: {e}");
        }
        assert!(parse("99999999999999999999d", now()).is_err());
        assert!(parse("36526d", now()).unwrap_err().contains("100 years"));
        assert!(parse("36525d", now()).is_ok());
    }
}
