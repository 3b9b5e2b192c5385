//! The relay's counters and their Prometheus text format (version 0.0.4).
//! Pure; unit-tested.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};
use std::sync::Mutex;
use std::time::Duration;

/// Upper bounds of the confirmation latency buckets, in seconds.
const BUCKETS: [f64; 10] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0];

#[derive(Default)]
pub struct Metrics {
    /// Messages taken from valid, authorized requests.
    pub accepted: AtomicU64,
    /// Messages the server confirmed.
    pub confirmed: AtomicU64,
    /// Messages answered 503: not confirmed (session down, deadline).
    pub unconfirmed: AtomicU64,
    /// Messages written and not yet confirmed, bounced or given up.
    pub in_flight: AtomicU64,
    /// New sessions after the first.
    pub reconnects: AtomicU64,
    pub session_up: AtomicBool,
    /// Requests answered 503 unwritten: paced to the server's rate, they
    /// could not have been confirmed within their deadline.
    pub paced: AtomicU64,
    /// Joins of a kept room after its first one on a session (a kick, a
    /// lost room, a self-ping that found us gone).
    pub rejoins: AtomicU64,
    /// Each kept room: `None` while joined, why not otherwise.
    rooms: Mutex<Vec<(String, Option<String>)>>,
    bounced: Mutex<BTreeMap<String, u64>>,
    latency: Mutex<Latency>,
}

#[derive(Default)]
struct Latency {
    /// Per bucket, not cumulative (made cumulative when rendered).
    counts: [u64; BUCKETS.len()],
    sum: f64,
    count: u64,
}

impl Metrics {
    /// Where the kept rooms stand now.
    pub fn set_rooms(&self, rooms: Vec<(String, Option<String>)>) {
        if let Ok(mut r) = self.rooms.lock() {
            *r = rooms;
        }
    }

    /// The kept rooms that are not joined, with why.
    pub fn rooms_out(&self) -> Vec<(String, String)> {
        self.rooms
            .lock()
            .map(|r| {
                r.iter()
                    .filter_map(|(room, why)| why.clone().map(|w| (room.clone(), w)))
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn bounced(&self, condition: &str) {
        if let Ok(mut b) = self.bounced.lock() {
            *b.entry(condition.to_string()).or_default() += 1;
        }
    }

    /// One message confirmed `took` after it was accepted.
    pub fn confirmed_after(&self, took: Duration) {
        self.confirmed.fetch_add(1, Relaxed);
        let secs = took.as_secs_f64();
        if let Ok(mut l) = self.latency.lock() {
            if let Some(i) = BUCKETS.iter().position(|b| secs <= *b) {
                l.counts[i] += 1;
            }
            l.sum += secs;
            l.count += 1;
        }
    }

    pub fn render(&self) -> String {
        let mut s = String::new();
        let mut counter = |name: &str, help: &str, v: u64| {
            let _ = write!(
                s,
                "# HELP xmpp_relay_{name} {help}\n# TYPE xmpp_relay_{name} counter\nxmpp_relay_{name} {v}\n"
            );
        };
        counter(
            "accepted_total",
            "Messages taken from valid, authorized requests.",
            self.accepted.load(Relaxed),
        );
        counter(
            "confirmed_total",
            "Messages the XMPP server confirmed (answered 200).",
            self.confirmed.load(Relaxed),
        );
        counter(
            "unconfirmed_total",
            "Messages answered 503: the session was down or the confirmation late.",
            self.unconfirmed.load(Relaxed),
        );
        counter(
            "reconnects_total",
            "Sessions started again after the first.",
            self.reconnects.load(Relaxed),
        );
        counter(
            "paced_refusals_total",
            "Requests answered 503 unwritten: at the server's rate (--rate) they could not be confirmed in time.",
            self.paced.load(Relaxed),
        );
        counter(
            "room_rejoins_total",
            "Kept rooms joined again (after a kick, a restart, a failed self-ping).",
            self.rejoins.load(Relaxed),
        );
        s.push_str(
            "# HELP xmpp_relay_room_joined 1 while the relay is an occupant of the room.\n\
             # TYPE xmpp_relay_room_joined gauge\n",
        );
        if let Ok(r) = self.rooms.lock() {
            for (room, why) in r.iter() {
                let _ = writeln!(
                    s,
                    "xmpp_relay_room_joined{{room=\"{}\"}} {}",
                    label(room),
                    u8::from(why.is_none())
                );
            }
        }
        s.push_str(
            "# HELP xmpp_relay_bounced_total Messages the server bounced, by condition.\n\
             # TYPE xmpp_relay_bounced_total counter\n",
        );
        if let Ok(b) = self.bounced.lock() {
            for (cond, n) in b.iter() {
                let _ = writeln!(
                    s,
                    "xmpp_relay_bounced_total{{condition=\"{}\"}} {n}",
                    label(cond)
                );
            }
        }
        let _ = write!(
            s,
            "# HELP xmpp_relay_in_flight Messages written and not yet answered.\n\
             # TYPE xmpp_relay_in_flight gauge\nxmpp_relay_in_flight {}\n\
             # HELP xmpp_relay_session_up 1 while the XMPP session is up.\n\
             # TYPE xmpp_relay_session_up gauge\nxmpp_relay_session_up {}\n",
            self.in_flight.load(Relaxed),
            u8::from(self.session_up.load(Relaxed))
        );
        s.push_str(
            "# HELP xmpp_relay_confirmation_seconds From a message accepted to the server's confirmation.\n\
             # TYPE xmpp_relay_confirmation_seconds histogram\n",
        );
        if let Ok(l) = self.latency.lock() {
            let mut cumulative = 0;
            for (b, n) in BUCKETS.iter().zip(l.counts) {
                cumulative += n;
                let _ = writeln!(
                    s,
                    "xmpp_relay_confirmation_seconds_bucket{{le=\"{b}\"}} {cumulative}"
                );
            }
            let _ = write!(
                s,
                "xmpp_relay_confirmation_seconds_bucket{{le=\"+Inf\"}} {}\n\
                 xmpp_relay_confirmation_seconds_sum {}\n\
                 xmpp_relay_confirmation_seconds_count {}\n",
                l.count, l.sum, l.count
            );
        }
        s
    }
}

/// A label value as the text format wants it escaped.
fn label(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_format_counts_what_happened() {
        let m = Metrics::default();
        m.accepted.fetch_add(3, Relaxed);
        m.confirmed_after(Duration::from_millis(7));
        m.confirmed_after(Duration::from_secs(20));
        m.bounced("item-not-found");
        m.bounced("service-unavailable");
        m.bounced("item-not-found");
        m.session_up.store(true, Relaxed);
        m.set_rooms(vec![
            ("a@muc.example".into(), None),
            ("b@muc.example".into(), Some("kicked".into())),
        ]);
        assert_eq!(
            m.rooms_out(),
            [("b@muc.example".to_string(), "kicked".to_string())]
        );
        let text = m.render();
        for line in [
            "xmpp_relay_accepted_total 3",
            "xmpp_relay_confirmed_total 2",
            "xmpp_relay_bounced_total{condition=\"item-not-found\"} 2",
            "xmpp_relay_bounced_total{condition=\"service-unavailable\"} 1",
            "xmpp_relay_session_up 1",
            "xmpp_relay_room_joined{room=\"a@muc.example\"} 1",
            "xmpp_relay_room_joined{room=\"b@muc.example\"} 0",
            "xmpp_relay_confirmation_seconds_bucket{le=\"0.005\"} 0",
            "xmpp_relay_confirmation_seconds_bucket{le=\"0.01\"} 1",
            "xmpp_relay_confirmation_seconds_bucket{le=\"10\"} 1",
            "xmpp_relay_confirmation_seconds_bucket{le=\"+Inf\"} 2",
            "xmpp_relay_confirmation_seconds_count 2",
        ] {
            assert!(text.lines().any(|l| l == line), "{line} missing in\n{text}");
        }
        // Every sample line is NAME{labels}? VALUE, each family typed once.
        for l in text.lines().filter(|l| !l.starts_with('#')) {
            let (_, value) = l.rsplit_once(' ').unwrap();
            assert!(value.parse::<f64>().is_ok(), "{l}");
        }
        assert_eq!(label("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
