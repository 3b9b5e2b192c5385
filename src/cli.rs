//! What was typed: the clap definitions, and nothing else. Resolving these
//! into connection settings happens in `settings.rs`.

use std::path::PathBuf;

use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};

use crate::output::Format;
use crate::seconds::Seconds;

const AFTER_HELP: &str = "\
Exit status:
  0 success · 1 negative answer · 2 usage · 3 configuration or credentials
  4 network or TLS · 5 authentication · 6 timeout · 7 error from server or peer
  130 interrupted

Environment:
  XMPP_ACCOUNT, XMPP_JID, XMPP_PASSWORD, XMPP_SERVER, XMPP_CA_FILE,
  XMPP_TIMEOUT, XMPP_OUTPUT, XMPP_CONFIG, XDG_CONFIG_HOME

Files:
  $XMPP_CONFIG, else $XDG_CONFIG_HOME/xmpp-cli/config.toml
  (~/.config/xmpp-cli/config.toml)";

/// Scriptable XMPP: send messages, check JIDs, with honest exit codes and JSON
#[derive(Debug, Parser)]
#[command(name = "xmpp", version, after_long_help = AFTER_HELP, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Options shared by every subcommand that connects. Accepted before or
/// after the subcommand name.
#[derive(Debug, Args, Default, Clone)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Use this profile from the config file [env: XMPP_ACCOUNT]
    #[arg(
        short = 'a',
        long,
        global = true,
        value_name = "NAME",
        env = "XMPP_ACCOUNT",
        hide_env = true
    )]
    pub account: Option<String>,

    /// Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]
    #[arg(
        long,
        global = true,
        value_name = "PATH",
        env = "XMPP_CONFIG",
        hide_env = true
    )]
    pub config: Option<PathBuf>,

    /// The account's address; a resource in it is used as the resource [env: XMPP_JID]
    #[arg(
        short = 'j',
        long,
        global = true,
        value_name = "JID",
        env = "XMPP_JID",
        hide_env = true
    )]
    pub jid: Option<String>,

    /// Read the password from environment variable VAR (without any option: XMPP_PASSWORD)
    #[arg(long, global = true, value_name = "VAR", group = "password_source")]
    pub password_env: Option<String>,

    /// Read the password from the first line of PATH
    #[arg(long, global = true, value_name = "PATH", group = "password_source")]
    pub password_file: Option<PathBuf>,

    /// Run CMD through `sh -c` and use the first line of its output as the password
    #[arg(long, global = true, value_name = "CMD", group = "password_source")]
    pub password_command: Option<String>,

    /// Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]
    #[arg(
        long,
        global = true,
        value_name = "HOST[:PORT]",
        env = "XMPP_SERVER",
        hide_env = true
    )]
    pub server: Option<String>,

    /// TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]
    #[arg(long, global = true, value_enum, value_name = "MODE")]
    pub tls: Option<TlsMode>,

    /// Also trust the certificates in this PEM file [env: XMPP_CA_FILE]
    #[arg(
        long,
        global = true,
        value_name = "PATH",
        env = "XMPP_CA_FILE",
        hide_env = true
    )]
    pub ca_file: Option<PathBuf>,

    /// Skip certificate verification (prints a warning every time)
    #[arg(long, global = true)]
    pub insecure: bool,

    /// Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers
    #[arg(long, global = true)]
    pub allow_plain: bool,

    /// Resource to bind [default: assigned by the server]
    #[arg(long, global = true, value_name = "RES")]
    pub resource: Option<String>,

    /// Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]
    #[arg(
        long,
        global = true,
        value_name = "SECS",
        env = "XMPP_TIMEOUT",
        hide_env = true,
        value_parser = crate::seconds::parse_positive
    )]
    pub timeout: Option<Seconds>,

    /// Output format [default: human] [env: XMPP_OUTPUT]
    #[arg(
        short = 'o',
        long,
        global = true,
        value_enum,
        value_name = "FORMAT",
        env = "XMPP_OUTPUT",
        hide_env = true
    )]
    pub output: Option<Format>,

    /// Shorthand for --output json
    #[arg(long, global = true)]
    pub json: bool,

    /// Log more on stderr (can be repeated)
    #[arg(short = 'v', long, global = true, action = ArgAction::Count)]
    pub verbose: u8,

    /// Print less: no warnings or summaries, only errors
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,

    /// Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted
    #[arg(long, global = true)]
    pub trace_xml: bool,

    /// Ids of the options above whose value came from an environment
    /// variable (filled in by main, for `config show`).
    #[arg(skip)]
    pub from_env: Vec<String>,
}

impl GlobalArgs {
    /// The connection-related options as the settings resolver takes them.
    pub fn overrides(&self) -> crate::settings::Overrides {
        crate::settings::Overrides {
            account: self.account.clone(),
            config: self.config.clone(),
            jid: self.jid.clone(),
            password_env: self.password_env.clone(),
            password_file: self.password_file.clone(),
            password_command: self.password_command.clone(),
            server: self.server.clone(),
            tls: self.tls,
            ca_file: self.ca_file.clone(),
            insecure: self.insecure,
            allow_plain: self.allow_plain,
            resource: self.resource.clone(),
            timeout: self.timeout.map(Seconds::as_secs_f64),
        }
    }

    pub fn format(&self) -> Format {
        if self.json {
            Format::Json
        } else {
            self.output.unwrap_or(Format::Human)
        }
    }
}

pub use crate::settings::TlsMode;

#[derive(Debug, Subcommand)]
pub enum Command {
    Send(SendArgs),
    Listen(ListenArgs),
    Roster(RosterArgs),
    Presence(PresenceArgs),
    Iq(IqArgs),
    Ping(PingArgs),
    Disco(DiscoArgs),
    /// Query an entity's software version (XEP-0092)
    ///
    /// Human: "NAME VERSION (OS)"; JSON: {"jid", "name", "version", "os"}.
    #[command(after_long_help = "\
Examples:
  xmpp version                  # the own server
  xmpp version --json alice@example.org/phone")]
    Version(TargetArgs),
    /// Query an entity's time (XEP-0202)
    ///
    /// Human: "UTC-TIME (offset +HH:MM)"; JSON: {"jid", "utc", "tzo",
    /// "local"}, times in RFC 3339.
    #[command(after_long_help = "\
Examples:
  xmpp time example.org
  xmpp time --json alice@example.org/phone")]
    Time(TargetArgs),
    Vcard(VcardArgs),
    Jid(JidArgs),
    Config(ConfigArgs),
    Completions(CompletionsArgs),
    Man(ManArgs),
}

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

    /// Read the password of protected rooms from environment variable VAR
    #[arg(long, value_name = "VAR")]
    pub muc_password_env: Option<String>,

    /// Request a delivery receipt (XEP-0184) per message and wait for it; exit 6 if any is missing at --timeout
    #[arg(long)]
    pub receipt: bool,

    /// Upload PATH (XEP-0363) and send its URL with an OOB element (can be repeated); a body is sent only with -m
    #[arg(long = "file", value_name = "PATH", conflicts_with_all = ["ndjson", "raw", "lines"])]
    pub files: Vec<PathBuf>,

    /// On a dropped connection, reconnect (5 tries, backoff 1-16 s), resume the session where the server kept it and send again only what it had not confirmed
    ///
    /// Resumed sessions (XEP-0198) deliver every message exactly once. When
    /// the server lost the session, the unconfirmed messages go out again on
    /// a new one and may arrive twice; their JSON status lines carry
    /// "resent": true.
    #[arg(long)]
    pub reconnect: bool,
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
/// "subject", "thread", "timestamp", "delayed", "nick", "carbon"},
/// {"kind": "presence", "from", "type", "show", "status", "priority"} and
/// {"kind": "iq", "from", "type", "id", "payload"}. timestamp is RFC 3339
/// UTC: the XEP-0203 delay stamp where present (delayed: true, e.g.
/// offline messages), else the time of arrival. Every line is flushed.
/// Runs until SIGINT/SIGTERM or --count events (then unavailable presence,
/// clean close, exit 0). Pings, disco#info and version queries are
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

    /// Run CMD (sh -c) per printed event, the event's JSON on stdin, XMPP_FROM, XMPP_BODY, XMPP_TYPE set; its output goes to stderr
    #[arg(long, value_name = "CMD")]
    pub exec: Option<String>,

    /// Seconds an --exec command may run before it is killed
    #[arg(long, default_value = "30", value_name = "SECS", value_parser = crate::seconds::parse_positive)]
    pub exec_timeout: Seconds,

    /// On a dropped connection, reconnect with backoff (up to 60 s) and go on; where the server kept the session (XEP-0198), resume it and miss nothing
    #[arg(long)]
    pub reconnect: bool,

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

/// Read and change the contact list (roster, RFC 6121)
///
/// Without a subcommand: list. Changes wait for the server's answer; an
/// error answer exits 7 naming the condition. JSON (list, export): an array
/// of {"jid", "name", "subscription", "ask", "groups"}.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  xmpp roster
  xmpp roster add bob@example.org --name Bob --group Friends --group Work
  xmpp roster set bob@example.org --group Family      # name kept
  xmpp roster export > roster.json
  xmpp roster import --prune --dry-run roster.json")]
pub struct RosterArgs {
    #[command(subcommand)]
    pub command: Option<RosterCommand>,
}

#[derive(Debug, Subcommand)]
pub enum RosterCommand {
    /// List every contact: JID, name, subscription, pending ask, groups
    List,
    /// Add a contact (an existing one is updated to exactly this)
    Add(RosterItemArgs),
    /// Change a contact's name or groups; what is not given is kept
    Set(RosterSetArgs),
    /// Remove a contact (and cancel subscriptions both ways)
    Remove(RosterJidArg),
    /// Print the roster as JSON (the shape `import` reads)
    Export,
    /// Make the roster match a JSON file: add and update, and with --prune remove the rest
    Import(RosterImportArgs),
}

#[derive(Debug, Args)]
pub struct RosterJidArg {
    /// The contact's bare JID
    #[arg(id = "contact", value_name = "JID")]
    pub contact: String,
}

#[derive(Debug, Args)]
pub struct RosterItemArgs {
    /// The contact's bare JID
    #[arg(id = "contact", value_name = "JID")]
    pub contact: String,

    /// Display name
    #[arg(long, value_name = "NAME", value_parser = crate::xml::stanza_text)]
    pub name: Option<String>,

    /// Group (can be repeated)
    #[arg(long = "group", value_name = "GROUP", value_parser = crate::xml::stanza_text)]
    pub groups: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RosterSetArgs {
    #[command(flatten)]
    pub item: RosterItemArgs,

    /// Remove the contact from every group
    #[arg(long, conflicts_with = "groups")]
    pub no_groups: bool,

    /// Remove the display name
    #[arg(long, conflicts_with = "name")]
    pub no_name: bool,
}

#[derive(Debug, Args)]
pub struct RosterImportArgs {
    /// JSON file (an array like `export` prints), or - for stdin
    #[arg(value_name = "FILE")]
    pub file: String,

    /// Also remove contacts that are not in FILE
    #[arg(long)]
    pub prune: bool,

    /// Print the plan (add/update/remove per JID) and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// Set your availability, manage subscriptions, see who is online
#[derive(Debug, Args)]
pub struct PresenceArgs {
    #[command(subcommand)]
    pub command: PresenceCommand,
}

#[derive(Debug, Subcommand)]
pub enum PresenceCommand {
    /// Go online with this presence and stay until --hold runs out or SIGINT/SIGTERM
    ///
    /// On the way out, unavailable presence is sent and the stream closed
    /// cleanly (exit 0). While online, IQs are answered (ping, and
    /// service-unavailable for anything else).
    #[command(after_long_help = "\
Examples:
  xmpp presence set --show away --status 'in a meeting' --hold 3600
  xmpp presence set --show dnd --priority -1 &      # until killed")]
    Set(PresenceSetArgs),
    /// Ask to see a contact's presence (type subscribe)
    Subscribe(RosterJidArg),
    /// Stop seeing a contact's presence (type unsubscribe)
    Unsubscribe(RosterJidArg),
    /// Let a contact see your presence (type subscribed)
    Approve(RosterJidArg),
    /// Refuse or revoke a contact's subscription (type unsubscribed)
    Deny(RosterJidArg),
    /// Go online with priority -1, collect contacts' presence, print each online resource
    ///
    /// Human: an aligned table; JSON: an array of {"jid", "show", "status",
    /// "priority"} with full JIDs. show is available, chat, away, xa, dnd
    /// (or offline with --all).
    #[command(after_long_help = "\
Examples:
  xmpp presence list
  xmpp presence list --all --wait 5 --json | jq -r '.[] | select(.show == \"offline\") | .jid'")]
    List(PresenceListArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowKind {
    Chat,
    Away,
    Xa,
    Dnd,
}

/// The presence to announce (`presence set`, `listen`).
#[derive(Debug, Args)]
pub struct AvailabilityArgs {
    /// Availability sub-state [default: plain available]
    #[arg(long, value_enum, value_name = "SHOW")]
    pub show: Option<ShowKind>,

    /// Status text
    #[arg(long, value_name = "TEXT", value_parser = crate::xml::stanza_text)]
    pub status: Option<String>,

    /// Priority, -128 to 127
    #[arg(
        long,
        default_value_t = 0,
        allow_negative_numbers = true,
        value_name = "N"
    )]
    pub priority: i8,
}

#[derive(Debug, Args)]
pub struct PresenceSetArgs {
    #[command(flatten)]
    pub availability: AvailabilityArgs,

    /// Stay online this many seconds [default: until SIGINT/SIGTERM]
    #[arg(long, value_name = "SECS", value_parser = crate::seconds::parse)]
    pub hold: Option<Seconds>,
}

#[derive(Debug, Args)]
pub struct PresenceListArgs {
    /// Seconds to collect presence
    #[arg(long, default_value = "2", value_name = "SECS", value_parser = crate::seconds::parse)]
    pub wait: Seconds,

    /// Also list contacts with no online resource, as offline
    #[arg(long)]
    pub all: bool,
}

/// Send any IQ and print the answer's payload
///
/// The payload is one XML element with a namespace, from the argument or
/// stdin, checked before connecting (exit 2 with the parser's position).
/// Human output is the answer's payload, indented; an empty result prints
/// nothing. JSON: {"id", "type", "from", "payload"} with the payload as an
/// XML string. An error answer exits 7 and prints {"error": {"type",
/// "condition", "text"}}; no answer within --timeout exits 6.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  xmpp iq --to example.org '<query xmlns=\"jabber:iq:version\"/>'
  echo '<query xmlns=\"jabber:iq:roster\"/>' | xmpp iq --json
  xmpp iq --type set '<block xmlns=\"urn:xmpp:blocking\"><item jid=\"spam@example.net\"/></block>'")]
pub struct IqArgs {
    /// IQ type
    #[arg(long = "type", value_enum, default_value_t = IqKind::Get, value_name = "TYPE")]
    pub kind: IqKind,

    /// Addressee [default: the account itself, i.e. the server on its behalf]
    #[arg(long, value_name = "JID")]
    pub to: Option<String>,

    /// The payload element [default: stdin]
    #[arg(value_name = "PAYLOAD")]
    pub payload: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum IqKind {
    Get,
    Set,
}

/// Ping a JID (XEP-0199) and print the round-trip time
///
/// Default target: the account's server. Like ping(8): --count N pings,
/// --interval SECS apart, then a summary (min/avg/max, lost) on stderr.
/// Exit 1 if every ping got an error or no answer. JSON: one object per
/// ping, {"jid", "rtt_ms"} (with "error" when it failed).
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  xmpp ping
  xmpp ping --count 5 --interval 0.5 example.org
  xmpp ping --json alice@example.org/phone")]
pub struct PingArgs {
    /// Whom to ping [default: the account's server]
    #[arg(id = "target", value_name = "JID")]
    pub target: Option<String>,

    /// Number of pings
    #[arg(short = 'c', long, default_value_t = 1, value_name = "N")]
    pub count: u32,

    /// Seconds between pings
    #[arg(short = 'i', long, default_value = "1", value_name = "SECS", value_parser = crate::seconds::parse)]
    pub interval: Seconds,
}

/// Service discovery (XEP-0030): what an entity is and what it offers
#[derive(Debug, Args)]
pub struct DiscoArgs {
    #[command(subcommand)]
    pub command: DiscoCommand,
}

#[derive(Debug, Subcommand)]
pub enum DiscoCommand {
    /// Identities, features (sorted) and extended-info forms (XEP-0128)
    ///
    /// JSON: {"jid", "node", "identities": [{"category", "type", "name",
    /// "lang"}], "features": [...], "forms": [{"form_type", "fields":
    /// {VAR: [VALUES]}}]}.
    #[command(after_long_help = "\
Examples:
  xmpp disco info                      # the own server
  xmpp disco info --json conference.example.org | jq .features")]
    Info(DiscoTarget),
    /// Items: JID, node, name; --recursive adds each item's identities
    ///
    /// JSON: an array of {"jid", "node", "name"} (with "identities" when
    /// --recursive).
    #[command(after_long_help = "\
Examples:
  xmpp disco items --recursive         # which services does my server run?
  xmpp disco items --json pubsub.example.org --node princely_musings")]
    Items(DiscoItemsArgs),
}

#[derive(Debug, Args)]
pub struct DiscoTarget {
    /// Entity to query [default: the account's server]
    #[arg(id = "target", value_name = "JID")]
    pub target: Option<String>,

    /// Node to query
    #[arg(long, value_name = "NODE")]
    pub node: Option<String>,
}

#[derive(Debug, Args)]
pub struct DiscoItemsArgs {
    #[command(flatten)]
    pub target: DiscoTarget,

    /// Also query each item's identities (one level)
    #[arg(short = 'r', long)]
    pub recursive: bool,
}

/// The entity a query goes to
#[derive(Debug, Args)]
pub struct TargetArgs {
    /// Entity to query [default: the account's server]
    #[arg(id = "target", value_name = "JID")]
    pub target: Option<String>,
}

/// Fetch a vCard (vcard-temp, XEP-0054), text fields only
///
/// Human: one "FIELD: value" line each; JSON: {"jid", "fields": {FIELD:
/// value}} with nested fields joined by '/' (e.g. "ORG/ORGNAME").
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  xmpp vcard
  xmpp vcard --json alice@example.org | jq -r .fields.FN")]
pub struct VcardArgs {
    /// Whose vCard [default: the account's own]
    #[arg(id = "target", value_name = "JID")]
    pub target: Option<String>,
}

/// Check, split and normalize JIDs offline (no account, no network)
///
/// Normalization is the jid crate's: stringprep (RFC 6122 nodeprep,
/// nameprep, resourceprep), with UTS-46 checks on the domain. See the
/// README for where this differs from PRECIS (RFC 7622).
#[derive(Debug, Args)]
pub struct JidArgs {
    #[command(subcommand)]
    pub command: JidCommand,
}

#[derive(Debug, Subcommand)]
pub enum JidCommand {
    /// Check JIDs; print the invalid ones as LINE: INPUT: REASON
    ///
    /// Reads the arguments, else stdin one per line (LF or CRLF). Human
    /// output lists only invalid inputs, on stdout, with a count summary on
    /// stderr; -q prints nothing. JSON prints one object per input:
    /// {"line", "input", "valid", "normalized", "error"}. Exit 0 when all
    /// are valid, 1 when any is invalid. A bad line (not UTF-8, a NUL, a
    /// 1 MiB line) never stops the run.
    #[command(after_long_help = "\
Examples:
  xmpp jid validate alice@example.org 'bad@@jid'
  xmpp jid validate --quiet < addresses.txt && echo all good
  xmpp jid validate --json < addresses.txt | jq -r 'select(.valid|not).input'
  xmpp jid validate --uri 'xmpp:alice@example.org?message'")]
    Validate(JidInputArgs),
    /// Split JIDs into local part, domain and resource
    ///
    /// Human: tab-separated INPUT LOCAL DOMAIN RESOURCE BARE FULL (empty
    /// for an absent part). JSON: {"input", "local", "domain", "resource",
    /// "bare", "full", "error"} with null for an absent part. An invalid
    /// input prints its error (stderr in human mode) and makes the exit
    /// status 1; the rest go on.
    #[command(after_long_help = "\
Examples:
  xmpp jid split Alice@Example.ORG/phone
  xmpp jid split --json < roster.txt | jq -r .domain | sort -u")]
    Split(JidInputArgs),
    /// Print the canonical form of each JID (case-folded local part and domain)
    ///
    /// Invalid inputs print LINE: INPUT: REASON on stderr and make the exit
    /// status 1. JSON output is the same as `validate --json`.
    #[command(after_long_help = "\
Examples:
  xmpp jid normalize Alice@Example.ORG/Phone    # alice@example.org/Phone
  sort -u addresses.txt | xmpp jid normalize > clean.txt")]
    Normalize(JidInputArgs),
}

/// Input options shared by the jid subcommands
#[derive(Debug, Args)]
pub struct JidInputArgs {
    /// JIDs to check [default: stdin, one per line]
    #[arg(value_name = "JID")]
    pub jids: Vec<String>,

    /// Accept xmpp: URIs (RFC 5122) and report them as their JID
    #[arg(long)]
    pub uri: bool,

    /// Worker threads for large inputs; output stays in input order [default: all cores]
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Check every input with the jid crate alone (for differential checks)
    #[arg(long, hide = true)]
    pub no_fast_path: bool,
}

/// Find, show, check and write the configuration
#[derive(Debug, Args)]
pub struct ConfigArgs {
    #[command(subcommand)]
    pub command: ConfigCommand,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print which config file is used, and whether it exists
    Path,
    /// Print the effective settings and where each came from (flag, env, file, default)
    ///
    /// The password is never printed, only its source (e.g. "[set via
    /// password_command]").
    #[command(after_long_help = "\
Examples:
  xmpp config show
  xmpp -a work config show --json")]
    Show,
    /// Connect and log in; report server software, TLS, SASL mechanism, stream management, upload and round trip
    ///
    /// Exit codes as everywhere: 3 configuration, 4 network/TLS, 5
    /// authentication, 6 timeout.
    #[command(after_long_help = "\
Examples:
  xmpp config check
  xmpp -a work config check --json | jq .server_software")]
    Check,
    /// Ask for a JID and a password source and write a config file (mode 0600)
    ///
    /// Questions go to stderr, answers are read from stdin, one per line.
    /// Never stores a password itself: choose a command, a file or an
    /// environment variable.
    #[command(after_long_help = "\
Examples:
  xmpp config init
  printf 'bot@example.org\\ncommand\\npass show xmpp/bot\\n\\n' | xmpp config init --name alerts")]
    Init(ConfigWriteArgs),
    /// Turn a go-sendxmpp or sendxmpp config file into a profile of ours
    ///
    /// FILE defaults to ~/.config/go-sendxmpp/sendxmpprc, else
    /// ~/.sendxmpprc. The profile is added to the config file (created
    /// with mode 0600) and becomes the default if there is none.
    #[command(after_long_help = "\
Examples:
  xmpp config import-sendxmpp
  xmpp config import-sendxmpp ~/.sendxmpprc --name legacy")]
    ImportSendxmpp(ImportSendxmppArgs),
}

#[derive(Debug, Args)]
pub struct ConfigWriteArgs {
    /// Profile name
    #[arg(long, default_value = "default", value_name = "NAME")]
    pub name: String,

    /// Overwrite an existing file (init) or profile (import-sendxmpp)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ImportSendxmppArgs {
    /// The sendxmpp config file
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// Profile name
    #[arg(long, default_value = "sendxmpp", value_name = "NAME")]
    pub name: String,

    /// Replace an existing profile of that name
    #[arg(long)]
    pub force: bool,
}

/// Print a shell completion script
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  xmpp completions bash > /etc/bash_completion.d/xmpp
  xmpp completions zsh > ~/.zfunc/_xmpp")]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Print the man page, or write one page per subcommand into a directory
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  xmpp man | man -l -
  xmpp man --dir man/")]
pub struct ManArgs {
    /// Write xmpp.1 and one page per subcommand into DIR
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}
