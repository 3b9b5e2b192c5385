//! `send` and `listen`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::seconds::Seconds;

use super::AvailabilityArgs;

/// Send a message to one or more JIDs, and wait until the server has taken it
///
/// The body comes from -m, else all of stdin. Exit 0 only after the server
/// has confirmed every message (stream-management ack where offered, then a
/// round trip and a clean close) with no error bounce; a bounce exits 7 and
/// names the recipient and condition, while the other recipients are still
/// served.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  df -h | xmpp send ops@example.org
  xmpp send -m 'deploy done' alice@example.org bob@example.org
  tail -f /var/log/app.log | xmpp send --lines ops@example.org
  printf '%s\\n' '{\"to\":\"a@example.org\",\"body\":\"hi\"}' | xmpp send --ndjson --json
  xmpp send --dry-run -m test xmpp:alice@example.org
  xmpp send --muc ops@conference.example.org --nick alertbot -m 'disk full'
  xmpp send --receipt -m 'are you there?' alice@example.org
  xmpp send --file /var/log/app.log --file screenshot.png ops@example.org
  journalctl -f -o cat | xmpp send --lines --reconnect ops@example.org")]
pub struct SendArgs {
    /// Recipients (JIDs or xmpp: URIs); with --ndjson and --raw they come from stdin
    #[arg(value_name = "TO")]
    pub to: Vec<String>,

    /// The message body [default: all of stdin]
    #[arg(short = 'm', long, value_name = "TEXT")]
    pub message: Option<String>,

    /// Message type
    #[arg(long = "type", value_enum, default_value_t = MessageKind::Chat, value_name = "TYPE")]
    pub kind: MessageKind,

    /// Same as --type headline (go-sendxmpp's spelling)
    #[arg(long, conflicts_with = "kind")]
    pub headline: bool,

    /// Subject line
    #[arg(short = 's', long, value_name = "TEXT", value_parser = crate::xml::stanza_text)]
    pub subject: Option<String>,

    /// Thread identifier
    #[arg(long, value_name = "ID", value_parser = crate::xml::stanza_text)]
    pub thread: Option<String>,

    /// Send every stdin line as its own message, as it arrives, over one connection
    #[arg(long, conflicts_with_all = ["ndjson", "raw", "message"])]
    pub lines: bool,

    /// Read JSON objects {"to", "body", "type"?, "subject"?, "thread"?, "id"?}, one per line
    #[arg(long, conflicts_with_all = ["raw", "message"])]
    pub ndjson: bool,

    /// Read raw stanzas from stdin (checked as XML before connecting) and send them as they are
    #[arg(long, conflicts_with_all = ["message"])]
    pub raw: bool,

    /// Print the stanzas that would be sent; connect to nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Also send to this room as groupchat: join, send, wait for the room to reflect it, leave (can be repeated)
    #[arg(long = "muc", value_name = "ROOM", conflicts_with_all = ["ndjson", "raw"])]
    pub rooms: Vec<String>,

    /// Nickname in rooms [default: the account's local part]
    #[arg(long, value_name = "NICK", value_parser = crate::xml::stanza_text)]
    pub nick: Option<String>,

    /// When the nick is taken, try NICK_2, NICK_3... instead of failing
    #[arg(long)]
    pub nick_fallback: bool,

    /// Create a --muc room that does not exist yet (persistent, kept for others); without it such a room is "no such room", exit 7
    #[arg(long, requires = "rooms")]
    pub create_room: bool,

    /// Read the password of protected rooms from environment variable VAR
    #[arg(long, value_name = "VAR")]
    pub muc_password_env: Option<String>,

    /// Request a delivery receipt (XEP-0184) per message and wait for it; exit 6 if any is missing at --timeout
    #[arg(long)]
    pub receipt: bool,

    /// Do not wait for remote domains to confirm: exit once our own server has every message
    ///
    /// By default, for every recipient on another domain, send pings that
    /// domain after the messages and waits for its answer, which comes
    /// only after every bounce for them: a bounce from the remote server
    /// exits 7, no answer within --timeout exits 6 (the message may still
    /// be delivered later).
    #[arg(long)]
    pub no_remote_confirm: bool,

    /// Upload PATH (XEP-0363) and send its URL with an OOB element (can be repeated); a body is sent only with -m
    #[arg(long = "file", value_name = "PATH", conflicts_with_all = ["ndjson", "raw", "lines"])]
    pub files: Vec<PathBuf>,

    /// Hand the message to a running `xmpp relay` on its local socket instead of logging in: the same output and exit codes; XMPP_RELAY names the socket too (then options the relay cannot do send directly)
    ///
    /// The relay answers once our server confirmed (a bounce is exit 7,
    /// no confirmation exit 6). Not with --lines, --ndjson, --raw, --muc,
    /// --file, --receipt, --reconnect, --omemo or --dry-run (exit 2), and
    /// a remote recipient's server is not asked (as with
    /// --no-remote-confirm).
    #[arg(long, value_name = "SOCKET")]
    pub via: Option<PathBuf>,

    /// On a dropped connection, reconnect (5 tries, backoff 1-16 s), resume the session where the server kept it and send again only what it had not confirmed
    ///
    /// Resumed sessions (XEP-0198) deliver every message exactly once. When
    /// the server lost the session, the unconfirmed messages go out again on
    /// a new one and may arrive twice; their JSON status lines carry
    /// "resent": true. A try that ran out of time with nothing confirmed
    /// makes the next wait twice as long (up to 16 × --timeout): a slow
    /// server, such as ejabberd's stock 3,000 bytes/s, is not a lost one.
    #[arg(long)]
    pub reconnect: bool,

    /// Encrypt with OMEMO (0.3, as Conversations, Dino, Gajim, Monal): to every device of each recipient and our own other devices; when a recipient has no usable device nothing is sent (exit 7), never plain text
    ///
    /// The body is encrypted; the recipients, the times, the subject and
    /// the thread are not. Keys live in $XDG_DATA_HOME/xmpp-cli/omemo/.
    /// `omemo = true` in a profile does the same.
    #[arg(long, conflicts_with = "no_omemo")]
    pub omemo: bool,

    /// Send in clear although the profile says omemo = true
    #[arg(long)]
    pub no_omemo: bool,

    /// Which OMEMO devices to encrypt to: blind (trust new keys until one of the contact's keys is verified, as Conversations) or strict (only keys verified with `xmpp omemo trust`)
    #[arg(long, value_enum, value_name = "POLICY", default_value_t = OmemoTrustPolicy::Blind)]
    pub omemo_trust: OmemoTrustPolicy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OmemoTrustPolicy {
    /// Blind trust before verification
    Blind,
    /// Verified keys only
    Strict,
}

impl SendArgs {
    /// `--type`, or headline for `--headline`.
    pub fn message_kind(&self) -> MessageKind {
        if self.headline {
            MessageKind::Headline
        } else {
            self.kind
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MessageKind {
    Chat,
    Normal,
    Headline,
    Groupchat,
}

/// Stay online and print what arrives, one line per event
///
/// Default: messages with a body. Human lines are "TIMESTAMP FROM: BODY"
/// with continuation lines of a multi-line body indented by four spaces;
/// JSON lines are {"kind": "message", "from", "to", "type", "id", "body",
/// "subject", "thread", "timestamp", "delayed", "nick", "carbon",
/// "encryption"} (with --omemo, OMEMO messages add "sender_device",
/// "fingerprint", "trust", "trusted" and, when not decrypted, "error"),
/// {"kind": "presence", "from", "type", "show", "status", "priority"} and
/// {"kind": "iq", "from", "type", "id", "payload"}. timestamp is RFC 3339
/// UTC: the XEP-0203 delay stamp where present (delayed: true, e.g.
/// offline messages), else the time of arrival. Lines are written out
/// before listen waits for more (events that arrive together go out in one
/// write). Runs until SIGINT/SIGTERM or --count events (then unavailable
/// presence, clean close, exit 0). Pings, disco#info and version queries are
/// answered; other IQs get service-unavailable.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  xmpp listen
  xmpp listen --json --count 1 --from alice@example.org
  xmpp listen --muc ops@conference.example.org --nick bot --no-history
  xmpp listen --reconnect --exec 'jq -r .body >> /var/log/xmpp-inbox'")]
pub struct ListenArgs {
    /// Stop after N printed events
    #[arg(short = 'c', long, value_name = "N")]
    pub count: Option<u64>,

    /// Also print presence stanzas
    #[arg(long)]
    pub presence: bool,

    /// Also print incoming IQ requests (they are answered either way)
    #[arg(long)]
    pub iq: bool,

    /// Print everything: messages without a body, presence and IQs
    #[arg(long)]
    pub all: bool,

    /// Only events from this JID, bare or full (can be repeated)
    #[arg(long = "from", value_name = "JID")]
    pub from: Vec<String>,

    /// Only messages of this type (can be repeated)
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub kinds: Vec<ListenMessageKind>,

    #[command(flatten)]
    pub availability: AvailabilityArgs,

    /// Join this room and print its messages; ROOM@SERVICE or ROOM@SERVICE/NICK (can be repeated)
    #[arg(long = "muc", value_name = "ROOM")]
    pub rooms: Vec<String>,

    /// Nickname in rooms [default: the account's local part]
    #[arg(long, value_name = "NICK", value_parser = crate::xml::stanza_text)]
    pub nick: Option<String>,

    /// Do not print the rooms' backlog
    #[arg(long)]
    pub no_history: bool,

    /// Also print copies of what the account's other clients send and receive (XEP-0280)
    #[arg(long)]
    pub carbons: bool,

    /// Decrypt OMEMO messages to this account's OMEMO device (published at start): JSON events get "encryption": "omemo", "device", "fingerprint", "trust"; one that cannot be decrypted is printed with "error", not dropped. `omemo = true` in a profile does the same. Without it an OMEMO message is printed with "encryption": "omemo", no body and an "error" naming --omemo
    #[arg(long, conflicts_with = "no_omemo")]
    pub omemo: bool,

    /// Do not decrypt although the profile says omemo = true
    #[arg(long)]
    pub no_omemo: bool,

    /// Run CMD (sh -c) per printed event, the event's JSON on stdin, XMPP_FROM, XMPP_BODY (the first 32 KiB; XMPP_BODY_TRUNCATED=1 when cut), XMPP_TYPE set; its output goes to stderr. A command that cannot start, exits non-zero or times out stops listen with exit 1, and its event is not acknowledged: the server keeps it
    #[arg(long, value_name = "CMD")]
    pub exec: Option<String>,

    /// Seconds an --exec command may run before it is killed
    #[arg(long, default_value = "30", value_name = "SECS", value_parser = crate::seconds::parse_positive)]
    pub exec_timeout: Seconds,

    /// On a dropped connection, reconnect with backoff (up to 60 s) and go on; where the server kept the session (XEP-0198), resume it and miss nothing
    #[arg(long)]
    pub reconnect: bool,

    /// Before going live, print what the archive (XEP-0313) holds after the position saved in FILE, then go live; FILE is replaced (atomically) after each burst of handled events, so a restarted listener goes on where the last one stopped: at least once, exactly once when the last save completed. Rooms (--muc) are caught up from their own archives, without the rooms' own backlog
    #[arg(long, value_name = "FILE")]
    pub catch_up: Option<PathBuf>,

    /// With --catch-up and no position saved yet: start from this time (RFC 3339, or a span back from now: 2h, 7d); without it the first run starts live
    #[arg(long, value_name = "TIME", requires = "catch_up")]
    pub since: Option<String>,

    /// After SECS without traffic, ping the server to check that the link is alive (a dead one is found within SECS + --timeout)
    #[arg(long, default_value = "60", value_name = "SECS", value_parser = crate::seconds::parse_positive)]
    pub keepalive: Seconds,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListenMessageKind {
    Chat,
    Groupchat,
    Headline,
    Normal,
    Error,
}
