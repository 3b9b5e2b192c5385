//! What the XML parser accepts from the server (through our patch of
//! tokio-xmpp, `vendor/tokio-xmpp/PATCH.md`). A server delivers what its
//! own limits allow (Prosody: stanzas up to 256 KiB; ejabberd's
//! `max_stanza_size`, 256 KiB in its stock configuration); we take at
//! least as much, so that no stanza a server delivers can end our stream:
//! one token (attribute value, name, text chunk) may fill a whole stanza,
//! and a stanza nested deeper than [`MAX_DEPTH`] is read, dropped and
//! reported (it never reaches the recursive builders, whose time and stack
//! grow with the depth).
//!
//! A server that advertises a larger stanza limit (XEP-0478 `max-bytes`)
//! relays stanzas that large: the token limit rises to it, up to
//! [`MAX_ADVERTISED`], for every stream opened after the advertisement
//! (the post-authentication stream when the server says it before
//! authentication, as XEP-0478 recommends, and every reconnection).

use std::sync::atomic::{AtomicUsize, Ordering};

/// The longest token: four times the largest stanza a stock server
/// relays.
pub const MAX_TOKEN_LENGTH: usize = 1 << 20;

/// The deepest nesting of a stanza we build. Real stanzas stay far below
/// (a MAM result holding a carbon holding a message with XHTML is ~15).
pub const MAX_DEPTH: usize = 128;

/// The most an advertisement can raise the token limit to.
pub const MAX_ADVERTISED: usize = 16 << 20;

/// The token limit in force: [`MAX_TOKEN_LENGTH`] or an advertised
/// larger one.
static TOKEN_LENGTH: AtomicUsize = AtomicUsize::new(MAX_TOKEN_LENGTH);

/// Set the limits for every stream opened from now on (idempotent).
pub fn apply() {
    tokio_xmpp::xmlstream::set_limits(TOKEN_LENGTH.load(Ordering::Relaxed), MAX_DEPTH);
}

/// The token limit for a server that advertises `max_bytes` (XEP-0478):
/// never below ours, never above [`MAX_ADVERTISED`].
pub fn token_length_for(max_bytes: Option<u32>) -> usize {
    let advertised = max_bytes.map_or(0, |b| b as usize).min(MAX_ADVERTISED);
    advertised.max(MAX_TOKEN_LENGTH)
}

/// The server's advertised stanza limit (XEP-0478), if any.
pub fn max_bytes(f: &tokio_xmpp::parsers::stream_features::StreamFeatures) -> Option<u32> {
    f.limits.as_ref()?.max_bytes.map(|b| b.get())
}

/// The server advertised its stanza limit: take stanzas that large on
/// every stream opened from now on.
pub fn adopt(max_bytes: Option<u32>) {
    let length = token_length_for(max_bytes);
    if TOKEN_LENGTH.fetch_max(length, Ordering::Relaxed) < length {
        log::debug!("the server relays stanzas up to {length} bytes (XEP-0478)");
        apply();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_advertised_limit_only_raises_ours_and_within_bounds() {
        assert_eq!(token_length_for(None), MAX_TOKEN_LENGTH);
        assert_eq!(token_length_for(Some(262_144)), MAX_TOKEN_LENGTH);
        assert_eq!(token_length_for(Some(4 << 20)), 4 << 20);
        assert_eq!(token_length_for(Some(u32::MAX)), MAX_ADVERTISED);
    }
}
