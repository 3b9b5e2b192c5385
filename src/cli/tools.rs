//! Queries, the JID tools, config, completions and man pages.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use crate::seconds::Seconds;

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
    #[arg(long, value_name = "NODE", value_parser = crate::xml::stanza_text)]
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

    /// Worker threads for large inputs, at most 256; output stays in input order [default: all cores]
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

/// Probe an XMPP service: DNS, every client and server endpoint, and with
/// --jid a compliance suite for the account
///
/// Without an account: the _xmpp-client, _xmpps-client, _xmpp-server and
/// _xmpps-server SRV records, the addresses of every target, then each
/// endpoint (every address, at once): TCP connect time, STARTTLS offered
/// and required (or direct TLS), TLS version and cipher suite, the
/// certificate as presented (trusted for the domain, its names including
/// xmppAddr and SRV-ID, days to the earliest expiry in the chain), SASL
/// mechanisms (PLAIN before TLS is a failure), channel-binding types and
/// the other stream features; for server endpoints SASL EXTERNAL and
/// dialback. With --jid (or --account) and the usual password sources: log
/// in and check XEP-0198, 0352, roster versioning, 0115, 0280, 0191, 0398,
/// 0313, 0357, 0163 with publish-options, 0384's prerequisites, 0199, 0363
/// (with its size limit) and 0045. Nothing is sent to an endpoint but
/// stream headers and STARTTLS: its certificate is reported, never trusted
/// with a secret.
///
/// Exit 0 when every check passed, 1 when one failed or warned, 4 when no
/// client endpoint could be reached; with --format nagios the
/// monitoring-plugins codes instead (0 OK, 1 WARNING, 2 CRITICAL, 3
/// UNKNOWN). Not offered is not a failure.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  xmpp check example.org
  xmpp check --json example.org | jq '.checks[] | select(.status != \"ok\")'
  xmpp check --format nagios --warn-days 30 example.org
  xmpp check --format prometheus example.org > /var/lib/node_exporter/xmpp.prom
  xmpp check --jid admin@example.org example.org")]
pub struct CheckArgs {
    /// The domain to check (the part after @ of its users' JIDs)
    #[arg(value_name = "DOMAIN")]
    pub domain: String,

    /// Report format [default: human, or json with --json]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<CheckFormat>,

    /// A certificate expiring within this many days is a warning
    #[arg(long, default_value_t = 21, value_name = "DAYS")]
    pub warn_days: i64,

    /// A certificate expiring within this many days is critical
    #[arg(long, default_value_t = 7, value_name = "DAYS")]
    pub crit_days: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Human,
    Json,
    Nagios,
    Prometheus,
}
