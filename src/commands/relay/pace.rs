//! Pacing the relay's writes to the server's limits: a token bucket of
//! bytes (Prosody's stock `mod_limits` reads 10 kB/s from a client, TLS
//! bytes, with no burst; ejabberd's shapers are of the same kind). A server over
//! its limit stops reading: what the relay wrote then is confirmed late,
//! answered 503 and retried, and may arrive twice. Paced, the relay
//! knows when a request could be written and refuses at once, writing
//! nothing, the one that could not be confirmed within its deadline.
//! Pure; unit-tested.

use std::time::Duration;

use tokio::time::Instant;
use xmpp_parsers::stanza::Stanza;

/// What a request costs beyond its stanzas: the confirmation ping and
/// the stream management request that follow a burst, and the TLS
/// records around them.
pub const PER_REQUEST: u64 = 220;

/// The bytes a stanza takes on the stream (as minidom writes it: the
/// namespace declaration the stream spares is counted, a few bytes over).
pub fn size(stanza: &Stanza) -> u64 {
    let el: minidom::Element = match stanza {
        Stanza::Message(m) => m.clone().into(),
        Stanza::Presence(p) => p.clone().into(),
        Stanza::Iq(iq) => iq.clone().into(),
    };
    String::from(&el).len() as u64
}

/// A token bucket of bytes: `rate` a second, at most `burst` at once.
#[derive(Debug)]
pub struct Bucket {
    rate: f64,
    burst: f64,
    /// Bytes that may be written now; below zero, what was booked ahead.
    level: f64,
    at: Instant,
}

impl Bucket {
    /// Full at `now`; `None` for a rate of 0 (no pacing).
    pub fn new(rate: u64, burst: u64, now: Instant) -> Option<Bucket> {
        (rate > 0).then(|| Bucket {
            rate: rate as f64,
            burst: burst.max(1) as f64,
            level: burst.max(1) as f64,
            at: now,
        })
    }

    /// Bytes a second.
    pub fn rate(&self) -> u64 {
        self.rate as u64
    }

    fn refill(&mut self, now: Instant) {
        let elapsed = now.saturating_duration_since(self.at).as_secs_f64();
        self.level = (self.level + elapsed * self.rate).min(self.burst);
        self.at = now;
    }

    /// How long from `now` until `bytes` may be written after everything
    /// booked before them.
    pub fn wait(&mut self, bytes: u64, now: Instant) -> Duration {
        self.refill(now);
        let short = bytes as f64 - self.level;
        if short <= 0.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64(short / self.rate)
        }
    }

    /// Book `bytes` (written now or at the time [`Bucket::wait`] said).
    pub fn book(&mut self, bytes: u64, now: Instant) {
        self.refill(now);
        self.level -= bytes as f64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_goes_at_once_then_the_rate_decides() {
        let now = Instant::now();
        let mut b = Bucket::new(10_000, 20_000, now).unwrap();
        assert_eq!(b.wait(20_000, now), Duration::ZERO);
        b.book(20_000, now);
        // Empty: 5,000 bytes take half a second.
        assert_eq!(b.wait(5_000, now), Duration::from_millis(500));
        b.book(5_000, now);
        // Booked ahead: the next 10,000 wait behind them, 1.5 s.
        assert_eq!(b.wait(10_000, now), Duration::from_millis(1_500));
        // Time refills it, never beyond the burst.
        let later = now + Duration::from_secs(60);
        assert_eq!(b.wait(20_000, later), Duration::ZERO);
        assert!(b.wait(20_001, later) > Duration::ZERO);
        assert!(Bucket::new(0, 20_000, now).is_none(), "0 is no pacing");
    }

    #[test]
    fn a_message_costs_what_it_writes() {
        let m = crate::commands::send::message(
            jid::Jid::new("bob@example.org").unwrap(),
            crate::cli::MessageKind::Chat,
            &"x".repeat(1_000),
            None,
            None,
            None,
            false,
        );
        let n = size(&m.stanza);
        assert!((1_000..1_300).contains(&n), "{n}");
    }
}
