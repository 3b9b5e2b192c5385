//! `adhoc`, `admin`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

/// Ad-hoc commands (XEP-0050): list an entity's commands, run one
///
/// `run` drives a command through its stages: each form is filled from
/// --field VAR=VALUE (repeat a name for a list) and --form-json (an
/// object: {"VAR": VALUE or [VALUE, ...]}), and moved on with "next"
/// while the command offers it, then "complete". A required field left
/// empty, a field no form has, a value that is not among a list's options
/// are usage errors (exit 2) before anything is sent; whatever stops a
/// command before its end (an error, an interrupt) cancels its session on
/// the server. JSON: each stage as {"node", "sessionid", "status",
/// "actions", "form": {...}, "notes": [...]}; --forms-only prints the
/// first stage's form without submitting it (and cancels). An error note
/// is exit 7.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  xmpp adhoc list                   # the own server's commands
  xmpp adhoc run example.org http://jabber.org/protocol/admin#get-online-users-list
  xmpp adhoc run --forms-only example.org http://jabber.org/protocol/admin#add-user
  xmpp adhoc run example.org http://jabber.org/protocol/admin#announce --field body='Down at 22:00'")]
pub struct AdhocArgs {
    #[command(subcommand)]
    pub command: AdhocCommand,
}

#[derive(Debug, Subcommand)]
pub enum AdhocCommand {
    /// List the commands an entity offers (the own server by default)
    List {
        /// The entity (a server, a component, a client's full JID)
        #[arg(value_name = "JID")]
        target: Option<String>,
    },
    /// Run a command to its end, its forms filled from --field and --form-json
    Run(AdhocRunArgs),
}

#[derive(Debug, Args)]
pub struct AdhocRunArgs {
    /// The entity that offers the command
    #[arg(value_name = "JID")]
    pub target: String,

    /// The command's node (from `adhoc list`)
    #[arg(value_name = "NODE")]
    pub node: String,

    /// A field's value, VAR=VALUE (repeat a VAR for several values)
    #[arg(long = "field", value_name = "VAR=VALUE")]
    pub fields: Vec<String>,

    /// Field values as a JSON object from FILE, or - for stdin
    #[arg(long, value_name = "FILE")]
    pub form_json: Option<PathBuf>,

    /// Print the first form and cancel, submitting nothing
    #[arg(long)]
    pub forms_only: bool,

    /// The action for the next stage, in order (repeatable): next, prev,
    /// complete or cancel; stages past the list go next while offered,
    /// then complete
    #[arg(long = "action", value_name = "ACTION", value_parser = ["next", "prev", "complete", "cancel"])]
    pub actions: Vec<String>,
}

/// Server administration (XEP-0133) over ad-hoc commands, on the account's server
///
/// Shortcuts for `adhoc run` with the standard admin commands: the
/// account must be an admin of its server. A command the server does not
/// offer is exit 7 naming the command node and the server's software.
/// Passwords never come from the command line: --new-password-file,
/// --new-password-env, --generate-password (printed once), else a
/// prompt. JSON: one status line per JID ({"jid", "status", "error"?}),
/// lists as JSON arrays. --ndjson (add-user, delete-user, disable-user,
/// change-password, end-sessions): one request per line of stdin
/// ({"jid", "password"?}), a status line each, exit 7 if any failed.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  xmpp admin add-user --generate-password new.colleague@example.org
  xmpp admin change-password --new-password-file /run/secret alice@example.org
  xmpp admin end-sessions mallory@example.org && xmpp admin disable-user mallory@example.org
  xmpp admin online-users --json | jq -r '.[]'
  echo 'Maintenance at 22:00' | xmpp admin announce
  xmpp admin add-user --ndjson --generate-password < people.ndjson")]
pub struct AdminArgs {
    #[command(subcommand)]
    pub command: AdminCommand,
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an account
    AddUser(AdminUserArgs),
    /// Delete an account
    DeleteUser(AdminUserArgs),
    /// Disable an account (its sessions end; it cannot log in)
    DisableUser(AdminUserArgs),
    /// Set an account's password
    ChangePassword(AdminUserArgs),
    /// End every session of an account
    EndSessions(AdminUserArgs),
    /// The accounts online now
    OnlineUsers,
    /// Every registered account
    RegisteredUsers,
    /// A message to every online user (body from -m or stdin)
    Announce {
        /// The message [default: stdin]
        #[arg(short = 'm', long = "message", value_name = "TEXT")]
        message: Option<String>,
        /// A subject line
        #[arg(long, value_name = "TEXT")]
        subject: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct AdminUserArgs {
    /// The accounts (with --ndjson: none, they come from stdin)
    #[arg(value_name = "JID")]
    pub jids: Vec<String>,

    /// Read the accounts from stdin, one JSON object a line: {"jid", "password"?}
    #[arg(long)]
    pub ndjson: bool,

    #[command(flatten)]
    pub password: NewPasswordArgs,

    /// Print the commands' stanzas instead of sending them (nothing is logged in)
    #[arg(long)]
    pub dry_run: bool,
}

/// The account itself (XEP-0077): register it, change its password, delete it
///
/// `register` creates the --jid account on its server with its password
/// (the usual --password-* options), in-band, before logging in: the
/// server must offer registration; a CAPTCHA or a web page it asks for
/// is reported (exit 7 with the URL), never faked. Extra fields of the
/// server's form come from --field VAR=VALUE. It exits 0 only after
/// logging in with the new account. `password` changes the own password
/// (the new one from --new-password-file, --new-password-env,
/// --generate-password or a prompt) and proves it by logging in again
/// with it. `delete` removes the account from the server; it needs --yes.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  XMPP_PASSWORD_FILE=... xmpp --jid new@example.org account register
  xmpp account password --new-password-file ~/.config/xmpp-cli/new-password
  xmpp account delete --yes")]
pub struct AccountArgs {
    #[command(subcommand)]
    pub command: AccountCommand,
}

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Register the --jid account on its server (in-band registration)
    Register {
        /// A further field of the server's registration form, VAR=VALUE
        #[arg(long = "field", value_name = "VAR=VALUE")]
        fields: Vec<String>,
    },
    /// Change the account's password, then log in with the new one
    Password(NewPasswordArgs),
    /// Delete the account from its server
    Delete {
        /// Yes, delete it: everything the server keeps for it goes
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Args)]
pub struct NewPasswordArgs {
    /// The new password from the first line of FILE
    #[arg(long, value_name = "FILE", group = "new_password")]
    pub new_password_file: Option<PathBuf>,

    /// The new password from this environment variable
    #[arg(long, value_name = "VAR", group = "new_password")]
    pub new_password_env: Option<String>,

    /// Make a random password (24 characters) and print it once
    #[arg(long, group = "new_password")]
    pub generate_password: bool,
}

/// Room administration (XEP-0045 §10): create, configure, affiliations, destroy, subject, invite
///
/// `create` makes a room and configures it before anyone else can enter
/// (it stays locked until then): the owner form filled from
/// --config-json and --set VAR=VALUE, persistent unless told otherwise.
/// `config` prints the owner form (JSON: fields with types, labels,
/// options) or changes fields with --set. `affiliations` lists owners,
/// admins, members and outcasts, or changes them with --set JID=AFFILIATION
/// (one request for the lot), then reads them back and fails (exit 7) if
/// the room did not take every change. `destroy` with a reason and an
/// alternate venue the occupants are told. `subject` and `invite` join
/// the room as --nick for the moment they need.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  xmpp muc create team@conference.example.org --set muc#roomconfig_membersonly=1
  xmpp muc config --json team@conference.example.org | jq '.fields[] | {var, values}'
  xmpp muc affiliations team@conference.example.org --set bob@example.org=member
  xmpp muc destroy old@conference.example.org --reason 'moved' --alternate team@conference.example.org")]
pub struct MucArgs {
    #[command(subcommand)]
    pub command: MucCommand,
}

#[derive(Debug, Subcommand)]
pub enum MucCommand {
    /// Create a room, configured before anyone can enter
    Create {
        #[arg(value_name = "ROOM")]
        room: String,
        /// Configuration fields as a JSON object from FILE, or - for stdin
        #[arg(long, value_name = "FILE")]
        config_json: Option<PathBuf>,
        /// A configuration field, VAR=VALUE (repeatable)
        #[arg(long = "set", value_name = "VAR=VALUE")]
        set: Vec<String>,
        /// Our nick while creating it [default: the account's name]
        #[arg(long, value_name = "NICK")]
        nick: Option<String>,
    },
    /// Print the room's configuration, or change fields with --set
    Config {
        #[arg(value_name = "ROOM")]
        room: String,
        /// A configuration field, VAR=VALUE (repeatable)
        #[arg(long = "set", value_name = "VAR=VALUE")]
        set: Vec<String>,
    },
    /// List owners, admins, members and outcasts, or change them with --set
    Affiliations {
        #[arg(value_name = "ROOM")]
        room: String,
        /// JID=owner|admin|member|outcast|none (repeatable; one request)
        #[arg(long = "set", value_name = "JID=AFFILIATION")]
        set: Vec<String>,
    },
    /// Destroy the room, telling its occupants why and where to go
    Destroy {
        #[arg(value_name = "ROOM")]
        room: String,
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
        /// The room the occupants should go to instead
        #[arg(long, value_name = "ROOM")]
        alternate: Option<String>,
    },
    /// Set the room's subject
    Subject {
        #[arg(value_name = "ROOM")]
        room: String,
        #[arg(value_name = "TEXT")]
        text: String,
        #[arg(long, value_name = "NICK")]
        nick: Option<String>,
    },
    /// Invite someone to the room (mediated: through the room)
    Invite {
        #[arg(value_name = "ROOM")]
        room: String,
        #[arg(value_name = "JID")]
        invitee: String,
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
        #[arg(long, value_name = "NICK")]
        nick: Option<String>,
    },
}
