//! Stanza ids: a random per-process prefix and a counter, so ids are unique
//! across runs without a random-number crate (std's `RandomState` is seeded
//! randomly per process).

use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

static PREFIX: OnceLock<String> = OnceLock::new();
static COUNTER: AtomicU64 = AtomicU64::new(1);

/// A new id such as `xc-3f9a1c0e7b2d4e11-1`.
pub fn new_id() -> String {
    let prefix = PREFIX.get_or_init(|| {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0),
        );
        h.write_u32(std::process::id());
        format!("xc-{:016x}", h.finish())
    });
    format!("{prefix}-{}", COUNTER.fetch_add(1, Ordering::Relaxed))
}
