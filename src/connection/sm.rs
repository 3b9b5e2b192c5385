//! XEP-0198 stream management counters, as pure state: what we wrote and
//! what the server acknowledged (what we handled is `inbound`). Every
//! count wraps at 2^32 (XEP-0198 §4); comparisons are done in wrapping
//! arithmetic.

use anyhow::Result;

use crate::error::{bail, Kind};

/// The outbound counters of one session. Without stream management
/// `outbound` still counts (ack pings confirm up to a count).
#[derive(Debug, Default, Clone)]
pub struct Counters {
    /// Stanzas written on this session (wrapping).
    pub outbound: u32,
    /// The last `h` the server acknowledged.
    pub acked: u32,
}

impl Counters {
    /// Start counting at `outbound` (0 after `<enabled/>`, the server's
    /// `h` after `<resumed/>`).
    pub fn starting_at(outbound: u32) -> Counters {
        Counters {
            outbound,
            acked: outbound,
        }
    }

    /// One more stanza written; its sequence number.
    pub fn wrote(&mut self) -> u32 {
        self.outbound = self.outbound.wrapping_add(1);
        self.outbound
    }

    /// How many of our stanzas the server has not acknowledged.
    pub fn unacked(&self) -> u32 {
        self.outbound.wrapping_sub(self.acked)
    }

    /// The server says it handled `h` stanzas: returns how many that newly
    /// confirms. An `h` that goes backwards (a stale, reordered ack) is
    /// ignored; one beyond what we wrote is a protocol violation
    /// (`handled-count-too-high`).
    pub fn ack(&mut self, h: u32) -> Result<u32> {
        let new = h.wrapping_sub(self.acked);
        if new > self.unacked() {
            // Either beyond what we sent, or behind the last ack.
            let behind = self.acked.wrapping_sub(h);
            if behind <= u32::MAX / 2 {
                return Ok(0);
            }
            return bail(
                Kind::Remote,
                format!(
                    "the server acknowledged {h} stanzas, but we sent only {} (handled-count-too-high)",
                    self.outbound
                ),
            );
        }
        self.acked = h;
        Ok(new)
    }
}

/// Check the `h` of `<resumed/>` or `<failed h/>` against what the old
/// session wrote: the server cannot have handled more than that.
pub fn check_resumed(h: u32, old_outbound: u32, old_acked: u32) -> Result<()> {
    let mut c = Counters {
        outbound: old_outbound,
        acked: old_acked,
    };
    c.ack(h).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_wrap_at_two_to_the_32() {
        let mut c = Counters::starting_at(u32::MAX - 1);
        assert_eq!(c.wrote(), u32::MAX);
        assert_eq!(c.wrote(), 0);
        assert_eq!(c.wrote(), 1);
        assert_eq!(c.unacked(), 3);
        assert_eq!(c.ack(0).unwrap(), 2);
        assert_eq!(c.unacked(), 1);
        assert_eq!(c.ack(1).unwrap(), 1);
        assert_eq!(c.unacked(), 0);
    }

    #[test]
    fn an_ack_beyond_what_was_sent_is_refused() {
        let mut c = Counters::starting_at(0);
        c.wrote();
        c.wrote();
        let e = c.ack(3).unwrap_err();
        assert!(e.to_string().contains("handled-count-too-high"), "{e}");
        // Across the wrap too.
        let mut c = Counters::starting_at(u32::MAX);
        c.wrote(); // 0
        assert!(c.ack(1).is_err());
        assert_eq!(c.ack(0).unwrap(), 1);
    }

    #[test]
    fn a_stale_ack_is_ignored() {
        let mut c = Counters::starting_at(10);
        for _ in 0..5 {
            c.wrote();
        }
        assert_eq!(c.ack(14).unwrap(), 4);
        assert_eq!(c.ack(12).unwrap(), 0);
        assert_eq!(c.acked, 14);
        assert_eq!(c.ack(15).unwrap(), 1);
    }

    #[test]
    fn resumed_h_is_checked_against_the_old_session() {
        assert!(check_resumed(5, 5, 2).is_ok());
        assert!(check_resumed(2, 5, 2).is_ok());
        assert!(check_resumed(6, 5, 2).is_err());
        assert!(check_resumed(1, u32::MAX, u32::MAX - 3).is_err());
        assert!(check_resumed(u32::MAX, 1, u32::MAX - 3).is_ok());
    }
}
