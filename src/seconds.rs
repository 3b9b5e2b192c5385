//! One validated type for every duration flag (`--timeout`, `--hold`,
//! `--wait`, `--interval`, `--keepalive`, `--exec-timeout`): a finite,
//! non-negative number of seconds up to [`MAX`], so that no value a user
//! can type reaches `Duration::from_secs_f64` or `Instant + Duration` in a
//! form that panics. Used as clap value parsers; a bad value is exit 2
//! naming the flag.

use std::fmt;
use std::time::Duration;

/// The longest duration any flag takes: about 31.7 years.
pub const MAX: f64 = 1e9;

/// A checked number of seconds.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Seconds(Duration);

impl Seconds {
    pub fn duration(self) -> Duration {
        self.0
    }

    pub fn as_secs_f64(self) -> f64 {
        self.0.as_secs_f64()
    }
}

impl fmt::Display for Seconds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.as_secs_f64())
    }
}

/// Zero or more seconds.
pub fn parse(text: &str) -> Result<Seconds, String> {
    check(text, false)
}

/// More than zero seconds.
pub fn parse_positive(text: &str) -> Result<Seconds, String> {
    check(text, true)
}

/// The shortest positive duration: a millisecond. Less (`1e-300`) would
/// be accepted as positive and end every wait at once.
pub const MIN_POSITIVE: f64 = 0.001;

fn check(text: &str, positive: bool) -> Result<Seconds, String> {
    let v: f64 = text
        .trim()
        .parse()
        .map_err(|_| "not a number of seconds".to_string())?;
    if v == 0.0 && text.trim_start().starts_with('-') {
        return Err("cannot be negative".into());
    }
    of_value(v, positive)
}

/// The same checks for a number that is already one (a config file's
/// `timeout = 2.5`), so that flags and files accept exactly the same.
pub fn of_value(v: f64, positive: bool) -> Result<Seconds, String> {
    if !v.is_finite() {
        return Err("must be a finite number of seconds".into());
    }
    if v < 0.0 {
        return Err("cannot be negative".into());
    }
    if positive && v == 0.0 {
        return Err("must be more than 0 seconds".into());
    }
    if positive && v < MIN_POSITIVE {
        return Err(format!("must be at least {MIN_POSITIVE} seconds"));
    }
    if v > MAX {
        return Err(format!("must be at most {MAX:.0} seconds (about 31 years)"));
    }
    Ok(Seconds(Duration::from_secs_f64(v)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extreme_values_are_refused_not_panicked_on() {
        for bad in [
            "1e300", "1e19", "-1", "-0", "NaN", "nan", "inf", "-inf", "abc", "", "1e9.5",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert!(parse_positive("0").is_err());
        assert!(parse_positive("1e-300").is_err(), "positive, but no time");
        assert!(parse_positive("0.001").is_ok());
        assert!(
            parse_positive("1e9").is_ok(),
            "the flag's maximum is usable"
        );
        assert!(of_value(1e-300, true).is_err());
        assert!(of_value(f64::NAN, true).is_err());
        assert_eq!(
            of_value(2.5, true).unwrap().duration(),
            Duration::from_millis(2500)
        );
        assert_eq!(parse("0").unwrap().duration(), Duration::ZERO);
        assert_eq!(
            parse(" 1.5 ").unwrap().duration(),
            Duration::from_millis(1500)
        );
        assert_eq!(parse("1e9").unwrap().as_secs_f64(), 1e9);
        assert!(parse("1e-300").is_ok());
        // Any accepted value can be added to now.
        let _ = std::time::Instant::now() + parse("1e9").unwrap().duration();
    }
}
