//! Stanza ids: 64 random bits each (`xc-` and 16 hex digits), from the
//! operating system's generator, so that no recipient can guess the id of
//! another stanza (ids must be unguessable: a receipt or IQ answer is
//! matched by id, and by sender). Randomness is fetched in blocks, not one
//! system call per id.

use std::cell::RefCell;

const BLOCK: usize = 512;

thread_local! {
    static POOL: RefCell<(Vec<u8>, usize)> = const { RefCell::new((Vec::new(), 0)) };
}

/// A new id such as `xc-3f9a1c0e7b2d4e11`.
pub fn new_id() -> String {
    let bits = POOL.with(|pool| {
        let mut pool = pool.borrow_mut();
        let (buf, at) = &mut *pool;
        if *at + 8 > buf.len() {
            buf.resize(BLOCK, 0);
            if getrandom::getrandom(buf).is_err() {
                // No OS randomness: fall back to a hash seeded per
                // process and time (unique, but guessable).
                fallback(buf);
            }
            *at = 0;
        }
        let mut b = [0u8; 8];
        b.copy_from_slice(&buf[*at..*at + 8]);
        *at += 8;
        u64::from_le_bytes(b)
    });
    format!("xc-{bits:016x}")
}

fn fallback(buf: &mut [u8]) {
    use std::hash::{BuildHasher, Hasher};
    let state = std::collections::hash_map::RandomState::new();
    for (i, chunk) in buf.chunks_mut(8).enumerate() {
        let mut h = state.build_hasher();
        h.write_usize(i);
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0),
        );
        let v = h.finish().to_le_bytes();
        chunk.copy_from_slice(&v[..chunk.len()]);
    }
}

#[cfg(test)]
mod tests {
    use super::new_id;

    #[test]
    fn ids_are_random_and_unique() {
        let ids: std::collections::HashSet<String> = (0..10_000).map(|_| new_id()).collect();
        assert_eq!(ids.len(), 10_000);
        let a = new_id();
        let b = new_id();
        assert_eq!(a.len(), 19);
        assert!(a.starts_with("xc-"));
        // No shared prefix beyond chance: consecutive ids differ early.
        let common = a
            .bytes()
            .zip(b.bytes())
            .skip(3)
            .take_while(|(x, y)| x == y)
            .count();
        assert!(common < 8, "{a} {b}");
    }
}
