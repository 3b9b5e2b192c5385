//! What the XML parser accepts from the server (through our patch of
//! tokio-xmpp, `vendor/tokio-xmpp/PATCH.md`). A server delivers what its
//! own limits allow (Prosody: stanzas up to 256 KiB; ejabberd's
//! `max_stanza_size`, 256 KiB in its stock configuration); we take at
//! least as much, so that no stanza a server delivers can end our stream:
//! one token (attribute value, name, text chunk) may fill a whole stanza,
//! and a stanza nested deeper than [`MAX_DEPTH`] is read, dropped and
//! reported (it never reaches the recursive builders, whose time and stack
//! grow with the depth).

/// The longest token: four times the largest stanza a stock server
/// relays.
pub const MAX_TOKEN_LENGTH: usize = 1 << 20;

/// The deepest nesting of a stanza we build. Real stanzas stay far below
/// (a MAM result holding a carbon holding a message with XHTML is ~15).
pub const MAX_DEPTH: usize = 128;

/// Set the limits for every stream opened from now on (idempotent).
pub fn apply() {
    tokio_xmpp::xmlstream::set_limits(MAX_TOKEN_LENGTH, MAX_DEPTH);
}
