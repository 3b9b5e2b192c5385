//! Which received stanzas a command has handled, and the XEP-0198 `h`
//! that follows from it. Pure state, unit-tested without a network.
//!
//! Every stanza the session reads gets a [`Ticket`]. Nothing counts as
//! handled when it is read or handed out: only [`Inbound::handled`] with
//! its ticket does. `h` is the number of stanzas handled *in arrival
//! order without a gap* (XEP-0198 counts a prefix, not a set), so a
//! stanza a command did not handle keeps everything after it
//! unacknowledged too: the server keeps them (offline storage, another
//! resource, or a bounce, by its own policy) rather than believing they
//! reached the user. Dropping a ticket is therefore the safe mistake.
//!
//! Tickets carry the epoch of the count they belong to: a ticket from
//! another session, or from before the count restarted (`<enabled/>`,
//! `<resumed/>`), changes nothing.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};

/// Epochs are unique within the process, so a ticket never matches a
/// count it was not issued by.
static EPOCHS: AtomicU64 = AtomicU64::new(1);

/// The receipt for one received stanza: hand it back to
/// `Session::handled` once the stanza was handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ticket {
    epoch: u64,
    seq: u32,
}

/// The inbound count of one session.
#[derive(Debug)]
pub struct Inbound {
    epoch: u64,
    /// Stanzas handled without a gap: the `h` we report.
    h: u32,
    /// For the stanzas after `h` that have arrived, in order: handled yet?
    /// The first entry, when there is one, is always `false`.
    after: VecDeque<bool>,
}

impl Default for Inbound {
    fn default() -> Self {
        Inbound::starting_at(0)
    }
}

impl Inbound {
    /// A new count at `h` (0 after `<enabled/>`, the `h` we resumed with
    /// after `<resumed/>`). Tickets issued before are void.
    pub fn starting_at(h: u32) -> Inbound {
        Inbound {
            epoch: EPOCHS.fetch_add(1, Ordering::Relaxed),
            h,
            after: VecDeque::new(),
        }
    }

    /// One more stanza arrived: its ticket.
    pub fn arrived(&mut self) -> Ticket {
        self.after.push_back(false);
        // Wrapping like every XEP-0198 count; `after` holds at most what
        // arrived in one session, far below 2^32 in practice.
        let seq = self.h.wrapping_add(self.after.len() as u32);
        Ticket {
            epoch: self.epoch,
            seq,
        }
    }

    /// The stanza of `ticket` was handled. Idempotent; a ticket of another
    /// count is ignored. Returns whether `h` moved.
    pub fn handled(&mut self, ticket: Ticket) -> bool {
        if ticket.epoch != self.epoch {
            return false;
        }
        let offset = ticket.seq.wrapping_sub(self.h);
        // 0, or beyond what arrived: already counted, or not ours.
        let Some(index) = (offset as usize).checked_sub(1) else {
            return false;
        };
        let Some(slot) = self.after.get_mut(index) else {
            return false;
        };
        *slot = true;
        let before = self.h;
        while self.after.front() == Some(&true) {
            self.after.pop_front();
            self.h = self.h.wrapping_add(1);
        }
        self.h != before
    }

    /// The `h` to report: stanzas handled in order, without a gap.
    pub fn h(&self) -> u32 {
        self.h
    }

    /// Stanzas that arrived after `h`: not acknowledged when the session
    /// ends (some of them may have been handled after a gap).
    pub fn unacknowledged(&self) -> usize {
        self.after.len()
    }

    /// The position (XEP-0198 count) the next stanza to arrive will have.
    pub fn next_position(&self) -> u32 {
        self.h.wrapping_add(self.after.len() as u32).wrapping_add(1)
    }

    /// A ticket for something already counted (handing it back changes
    /// nothing): for a report about a stanza that was acknowledged
    /// without being read.
    pub fn counted(&self) -> Ticket {
        Ticket {
            epoch: self.epoch,
            seq: self.h,
        }
    }
}

/// A stanza that ended the stream because it could not be read (over the
/// parser's limits, or not XML): where it was in the server's count, and
/// how many sessions in a row it ended there.
///
/// The poison-stanza rule: the server sends again, on resumption, what we
/// did not acknowledge. A stanza that ends the stream at the same position
/// twice would end every resumed session; after the second time, and once
/// everything before it was handled, the next resumption acknowledges it
/// unread (`h` one past it) and the session reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub position: u32,
    pub reason: String,
    pub times: u32,
}

impl Unreadable {
    /// A stream ended at `position` for `reason`; `before` is what the
    /// session it resumed had recorded.
    pub fn after(before: Option<&Unreadable>, position: u32, reason: &str) -> Unreadable {
        let times = match before {
            Some(b) if b.position == position => b.times.saturating_add(1),
            _ => 1,
        };
        Unreadable {
            position,
            reason: reason.to_string(),
            times,
        }
    }

    /// Resume past it: it ended two sessions at the same position, and
    /// everything before it was handled (`handled` is the `h` we would
    /// resume with; XEP-0198 acknowledges a prefix only).
    pub fn to_skip(&self, handled: u32) -> bool {
        self.times >= 2 && self.position == handled.wrapping_add(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn h_counts_only_what_was_handled_without_a_gap() {
        let mut c = Inbound::starting_at(0);
        let t: Vec<Ticket> = (0..4).map(|_| c.arrived()).collect();
        assert_eq!(c.h(), 0, "arriving is not handling");
        assert!(!c.handled(t[1]), "a gap before it holds h back");
        assert_eq!(c.h(), 0);
        assert!(c.handled(t[0]));
        assert_eq!(c.h(), 2, "the gap closed: both count");
        assert!(!c.handled(t[3]));
        assert_eq!((c.h(), c.unacknowledged()), (2, 2));
        assert!(c.handled(t[2]));
        assert_eq!((c.h(), c.unacknowledged()), (4, 0));
    }

    #[test]
    fn handling_twice_or_a_stale_ticket_changes_nothing() {
        let mut c = Inbound::starting_at(0);
        let a = c.arrived();
        assert!(c.handled(a));
        assert!(!c.handled(a));
        assert_eq!(c.h(), 1);
        let mut other = Inbound::starting_at(0);
        let foreign = other.arrived();
        let _ = c.arrived();
        assert!(!c.handled(foreign), "another count's ticket");
        assert_eq!(c.h(), 1);
        // A restart of the count (resumed) voids the old tickets.
        let pending = c.arrived();
        let mut c = Inbound::starting_at(c.h());
        assert!(!c.handled(pending));
        assert_eq!(c.h(), 1);
    }

    #[test]
    fn a_ticket_beyond_what_arrived_is_ignored() {
        let mut c = Inbound::starting_at(5);
        let t = c.arrived();
        let forged = Ticket {
            epoch: t.epoch,
            seq: 9,
        };
        assert!(!c.handled(forged));
        assert_eq!(c.h(), 5);
        assert!(c.handled(t));
        assert_eq!(c.h(), 6);
    }

    #[test]
    fn an_unreadable_stanza_is_skipped_after_the_second_time_at_one_place() {
        let mut c = Inbound::starting_at(3);
        let t = c.arrived();
        assert_eq!(c.next_position(), 5);
        let first = Unreadable::after(None, c.next_position(), "too long");
        assert_eq!(first.times, 1);
        assert!(!first.to_skip(4), "once may be the network");
        let again = Unreadable::after(Some(&first), 5, "too long");
        assert_eq!(again.times, 2);
        assert!(!again.to_skip(3), "the one before it was not handled");
        assert!(c.handled(t));
        assert!(again.to_skip(c.h()));
        // Elsewhere: a new count.
        let other = Unreadable::after(Some(&again), 9, "too long");
        assert_eq!(other.times, 1);
        // The report's ticket is already counted.
        let mut c = Inbound::starting_at(5);
        assert!(!c.handled(c.counted()));
        assert_eq!(c.h(), 5);
    }

    #[test]
    fn the_count_wraps_at_2_pow_32() {
        let mut c = Inbound::starting_at(u32::MAX - 1);
        let t: Vec<Ticket> = (0..3).map(|_| c.arrived()).collect();
        assert!(!c.handled(t[2]), "behind a gap");
        assert_eq!(c.h(), u32::MAX - 1);
        assert!(c.handled(t[0]));
        assert!(c.handled(t[1]));
        assert_eq!(c.h(), 1, "u32::MAX - 1 + 3 wraps to 1");
    }
}
