//! What was typed: the clap definitions, and nothing else. Resolving these
//! into connection settings happens in `settings.rs`. The global options
//! and the command list are here; each group of subcommands has a file:
//! `messaging.rs` (send, listen), `account.rs` (roster, presence),
//! `tools.rs` (iq, ping, disco, version, time, vcard, jid, config,
//! completions, man).

mod account;
mod admin;
mod history;
mod messaging;
mod omemo;
mod relay;
mod tools;

pub use account::*;
pub use admin::*;
pub use history::*;
pub use messaging::*;
pub use omemo::*;
pub use relay::*;
pub use tools::*;

use std::path::PathBuf;

use clap::{ArgAction, Args, Parser, Subcommand};

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
    History(HistoryArgs),
    Relay(RelayArgs),
    Adhoc(AdhocArgs),
    Admin(AdminArgs),
    Account(AccountArgs),
    Muc(MucArgs),
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
    Check(CheckArgs),
    Omemo(OmemoArgs),
    Jid(JidArgs),
    Config(ConfigArgs),
    Completions(CompletionsArgs),
    Man(ManArgs),
}
