//! `roster` and `presence`.

use clap::{Args, Subcommand, ValueEnum};

use crate::seconds::Seconds;

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

    /// Priority, -128 to 127 [default: 0; `presence set`: -1, so that no
    /// message is routed to a session that cannot show it]
    #[arg(long, allow_negative_numbers = true, value_name = "N")]
    pub priority: Option<i8>,
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
