//! `xmpp omemo`: the OMEMO device of the account and the trust in others.

use clap::{Args, Subcommand};

/// OMEMO keys: our fingerprint, others' devices, trust
///
/// The store is $XDG_DATA_HOME/xmpp-cli/omemo/ACCOUNT/ (default
/// ~/.local/share/...), created on first use. Trust is blind before
/// verification: new keys are used until one key of that contact is
/// verified with `xmpp omemo trust`; from then on its new keys wait for a
/// decision (`send --omemo-trust strict` uses verified keys only).
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  xmpp omemo fingerprint
  xmpp omemo devices alice@example.org
  xmpp omemo trust alice@example.org '1a2b3c4d 5e6f7a8b ...'
  xmpp send --omemo --omemo-trust strict alice@example.org -m 'for verified keys only'")]
pub struct OmemoArgs {
    #[command(subcommand)]
    pub command: OmemoCommand,
}

#[derive(Debug, Subcommand)]
pub enum OmemoCommand {
    /// Print our device id and our identity key's fingerprint (as Conversations shows it)
    ///
    /// JSON: {"jid", "device", "fingerprint", "published", "prekeys", "store"}.
    /// Needs no connection; a new device is published by the next
    /// `send --omemo` or `listen --omemo`.
    Fingerprint,
    /// List a JID's OMEMO devices with their fingerprints and our trust in them
    ///
    /// JSON lines: {"jid", "device", "fingerprint", "trust", "session",
    /// "problem"}; trust is verified, blind, undecided, distrusted, or new
    /// (never seen). Exit 1 when the JID publishes no device list.
    Devices(OmemoJidArgs),
    /// Mark a fingerprint as verified (compare it with the one the contact's client shows)
    Trust(OmemoTrustArgs),
    /// Refuse a fingerprint: never encrypt to it; its messages are marked untrusted
    Distrust(OmemoTrustArgs),
}

#[derive(Debug, Args)]
pub struct OmemoJidArgs {
    /// The contact (bare JID)
    #[arg(value_name = "JID")]
    pub contact: String,
}

#[derive(Debug, Args)]
pub struct OmemoTrustArgs {
    /// The contact (bare JID); not named `jid`, which is the global --jid
    #[arg(value_name = "JID")]
    pub contact: String,
    /// The fingerprint: 64 hex digits, spaces allowed (quote it)
    pub fingerprint: String,
}
