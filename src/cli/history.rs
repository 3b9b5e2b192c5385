//! `history`.

use clap::{Args, Subcommand, ValueEnum};

/// Read the message archive (XEP-0313), oldest first, as one line per message
///
/// The account's archive, or a room's with --muc. Pages through it
/// (XEP-0059) and prints as it goes: memory stays flat whatever the
/// archive's size. JSON (NDJSON): the `listen` message event plus
/// "archive_id", "archived_at" and "direction" ("in" or "out"); the last
/// line is {"kind": "end", "last": ID|null, "complete": BOOL, "count": N},
/// and `--after LAST` continues from there. Exit 0 when the archive was
/// read to its end (within the filters), 1 when --limit stopped it with
/// more left, 7 when there is no archive (XEP-0313 not offered) or the
/// server no longer has the --after/--before id. Messages encrypted with
/// OMEMO carry "encryption": "omemo" and never their fallback text as the
/// body; --omemo decrypts what was encrypted to this device.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  xmpp history --json alice@example.org > alice.ndjson
  xmpp history --since 7d --limit 100
  xmpp history --muc ops@conference.example.org --since 2026-12-01T00:00:00Z
  last=$(tail -n1 alice.ndjson | jq -r .last)
  xmpp history --json --after \"$last\" alice@example.org >> alice.ndjson
  xmpp history prefs --default roster")]
pub struct HistoryArgs {
    #[command(subcommand)]
    pub command: Option<HistoryCommand>,

    /// Only the conversation with this JID (the same as --with)
    #[arg(value_name = "JID", conflicts_with = "with")]
    pub contact: Option<String>,

    /// Only the conversation with this JID (a bare JID matches all its resources)
    #[arg(long, value_name = "JID")]
    pub with: Option<String>,

    /// The archive of this room instead of the account's (XEP-0313 on the room)
    #[arg(long, value_name = "ROOM")]
    pub muc: Option<String>,

    /// From this time on: RFC 3339, or a span back from now (90s, 15m, 2h, 7d, 2w)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,

    /// Up to this time: RFC 3339, or a span back from now
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,

    /// After this archive id (the "last" of an earlier run's end line)
    #[arg(long, value_name = "ID", conflicts_with = "before")]
    pub after: Option<String>,

    /// The messages just before this archive id (the newest --limit of them)
    #[arg(long, value_name = "ID")]
    pub before: Option<String>,

    /// Decrypt what was encrypted to this account's OMEMO device, from a copy of its state that is never saved (the live ratchet is not moved); the rest is reported with an "error"
    #[arg(long)]
    pub omemo: bool,

    /// At most this many messages (exit 1 when more were left)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,
}

#[derive(Debug, Subcommand)]
pub enum HistoryCommand {
    /// Read or set which messages the server archives (XEP-0313 preferences)
    ///
    /// Human: the default; JSON: {"default", "always": [JID], "never": [JID]}.
    #[command(after_long_help = "\
Examples:
  xmpp history prefs
  xmpp history prefs --default roster")]
    Prefs(HistoryPrefsArgs),
}

#[derive(Debug, Args)]
pub struct HistoryPrefsArgs {
    /// Archive every message (always), none (never), or those with contacts (roster)
    #[arg(long, value_enum, value_name = "WHICH")]
    pub default: Option<ArchiveDefault>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ArchiveDefault {
    Always,
    Never,
    Roster,
}
