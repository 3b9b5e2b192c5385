//! The reconnect policy `send --reconnect` and `listen --reconnect`
//! share: which failures are worth another try, and how long to wait
//! before it (doubling, capped, ±25 % jitter so that many clients do not
//! reconnect in step).

use std::time::Duration;

pub use crate::error::is_retryable as retryable;

/// Delays between tries.
#[derive(Debug, Clone)]
pub struct Backoff {
    first: Duration,
    next: Duration,
    cap: Duration,
    /// Tries left; `None` for no limit.
    left: Option<u32>,
    attempt: u32,
}

impl Backoff {
    /// Start at `first`, doubling up to `cap`, for at most `tries` tries.
    pub fn new(first: Duration, cap: Duration, tries: Option<u32>) -> Backoff {
        Backoff {
            first,
            next: first,
            cap,
            left: tries,
            attempt: 0,
        }
    }

    /// The delay before the next try (jittered), or `None` when the tries
    /// are used up.
    pub fn next_delay(&mut self) -> Option<Duration> {
        if let Some(left) = &mut self.left {
            if *left == 0 {
                return None;
            }
            *left -= 1;
        }
        self.attempt += 1;
        let d = self.next;
        self.next = (self.next * 2).min(self.cap);
        Some(jitter(d, crate::connection::dial::random_u32()))
    }

    /// Which try the last [`Backoff::next_delay`] was for (1-based).
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// A connection held: start again from the first delay.
    pub fn reset(&mut self) {
        self.next = self.first;
    }
}

/// How long a try waits for the server: `--timeout` at first, doubled
/// after each try that ran out of time with nothing new confirmed, up to
/// [`Patience::MAX_FACTOR`] times; back to `--timeout` once the server
/// confirms something new.
///
/// A server that is slow rather than gone (stock ejabberd reads a client
/// at 3,000 bytes/s, so a 100 KB message takes half a minute to be read)
/// cannot be made faster by a new connection, which only starts the
/// upload again; a longer wait gets the message through. The bytes the
/// server reads cannot be watched from here: its TCP acknowledges them
/// into its receive buffer long before it reads them, and re-opens the
/// window only in large steps (measured: nothing visible for 37 s of a
/// 60 s upload), so the wait itself has to grow.
#[derive(Debug, Clone)]
pub struct Patience {
    base: Duration,
    factor: u32,
}

impl Patience {
    /// The most a wait grows: 16 × `--timeout` (160 s by default).
    pub const MAX_FACTOR: u32 = 16;

    pub fn new(base: Duration) -> Patience {
        Patience { base, factor: 1 }
    }

    /// The wait for the next try, after a try that `timed_out` (or
    /// failed otherwise) and `progressed` (the server confirmed something
    /// new) or not.
    pub fn next(&mut self, timed_out: bool, progressed: bool) -> Duration {
        if progressed {
            self.factor = 1;
        } else if timed_out {
            self.factor = (self.factor * 2).min(Self::MAX_FACTOR);
        }
        self.base * self.factor
    }
}

/// `d` scaled by a factor in 0.75..1.25 chosen by `random`.
fn jitter(d: Duration, random: u32) -> Duration {
    let factor = 0.75 + f64::from(random % 1001) / 2000.0;
    d.mul_f64(factor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_up_to_the_cap_and_counts_tries() {
        let mut b = Backoff::new(Duration::from_secs(1), Duration::from_secs(4), Some(4));
        let ds: Vec<f64> = std::iter::from_fn(|| b.next_delay())
            .map(|d| d.as_secs_f64())
            .collect();
        assert_eq!(ds.len(), 4);
        for (d, base) in ds.iter().zip([1.0, 2.0, 4.0, 4.0]) {
            assert!(*d >= base * 0.75 && *d <= base * 1.25, "{d} vs {base}");
        }
        assert_eq!(b.attempt(), 4);
        b.reset();
        assert!(b.next_delay().is_none());
    }

    #[test]
    fn patience_grows_only_while_nothing_is_confirmed() {
        let mut p = Patience::new(Duration::from_secs(10));
        let secs = |d: Duration| d.as_secs();
        // A lost link (not a timeout) does not make the server slower.
        assert_eq!(secs(p.next(false, false)), 10);
        assert_eq!(secs(p.next(true, false)), 20);
        assert_eq!(secs(p.next(true, false)), 40);
        assert_eq!(secs(p.next(false, false)), 40);
        for _ in 0..10 {
            p.next(true, false);
        }
        assert_eq!(secs(p.next(true, false)), 160);
        // Progress: back to --timeout, even after a timeout.
        assert_eq!(secs(p.next(true, true)), 10);
    }

    #[test]
    fn jitter_stays_within_a_quarter() {
        assert_eq!(jitter(Duration::from_secs(4), 0), Duration::from_secs(3));
        assert_eq!(jitter(Duration::from_secs(4), 1000), Duration::from_secs(5));
    }

    #[test]
    fn unlimited_tries_never_run_out() {
        let mut b = Backoff::new(Duration::from_secs(1), Duration::from_secs(60), None);
        for _ in 0..100 {
            assert!(b.next_delay().unwrap() <= Duration::from_secs(75));
        }
    }
}
