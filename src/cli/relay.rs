//! `relay`.

use std::path::PathBuf;

use clap::Args;

use crate::seconds::Seconds;

/// Serve an HTTP endpoint that sends over one warm, confirmed session
///
/// For monitoring systems and scripts: one login, then every request is a
/// message out. HTTP on --listen (loopback by default):
///
///   POST /send                JSON {"to": JID or [JID, ...], "muc": ROOM or [ROOM, ...],
///                             "body", "type"?, "subject"?, "thread"?} (rooms: those the
///                             relay keeps), or text/plain with ?to=JID (repeatable)
///   POST /alertmanager/ROUTE  an Alertmanager webhook (payload version 4)
///   POST /grafana/ROUTE       a Grafana webhook contact point
///   GET  /healthz             200 while the session is up and every room joined (no token)
///   GET  /metrics             Prometheus text format
///
/// Routes are [relay.routes.NAME] tables of the config file: "to" (the
/// recipients; callers cannot choose others), "rooms" (joined at start and
/// kept joined: self-pings, rejoined after a kick or a restart; [relay]
/// nick and room_check), "confirm" ("remote", the default: a recipient on
/// another domain is confirmed by that domain, as `send` does; or
/// "server") and an optional "template" (minijinja, over the webhook's
/// JSON; built-in ones tell firing from resolved). Other [relay] keys are
/// named like the options below, which override them. Templates are
/// checked at start (--check-config: only that).
///
/// Every route but /healthz needs `Authorization: Bearer TOKEN`, one of the
/// tokens from --token-file (one per line) or the variable --token-env
/// names (without either: systemd's credential xmpp-relay-token). A 200
/// comes only after the server confirmed every message of the request
/// (it answered a ping sent after them, so it had handled them), with
/// the status lines `send --json` prints, as NDJSON. A bounce is 422
/// naming the recipient and the condition. When the session is down, or
/// the confirmation does not come within --deadline, the answer is 503
/// with Retry-After, and the caller retries: a message answered 503 may
/// still have arrived (at least once, never a 200 for what did not).
/// Request bodies over 64 KiB are 413. Writes are paced to --rate (the
/// server reads no faster); a request that could not be confirmed in time
/// at that rate is 503 at once, unwritten. A dropped connection is
/// resumed (XEP-0198) or started again, with backoff, and what was in
/// flight is carried over and confirmed on it. The relay sends no
/// presence, so messages to the account go to its other clients or
/// offline storage. The local socket
/// (--socket; mode 0600 in a 0700 directory) serves the same routes
/// without a token, for `xmpp send --via`. Under systemd (Type=notify):
/// READY=1 once the session is up, WATCHDOG=1, STOPPING=1. SIGTERM or
/// Ctrl-C: stop taking requests, answer those in flight, close the
/// session.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  xmpp relay --token-file /etc/xmpp-cli/relay.token
  xmpp relay --check-config
  # Alertmanager: webhook_configs: [{url: http://127.0.0.1:9280/alertmanager/ops, send_resolved: true,
  #   http_config: {authorization: {credentials_file: /etc/alertmanager/relay.token}}}]
  curl -H \"Authorization: Bearer $TOKEN\" --data-binary 'disk full' \\
       'http://127.0.0.1:9280/send?to=ops@example.org'
  curl -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\
       -d '{\"to\": [\"ops@example.org\"], \"body\": \"deploy done\"}' http://127.0.0.1:9280/send")]
pub struct RelayArgs {
    /// Address and port to serve HTTP on [default: 127.0.0.1:9280]
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<String>,

    /// The local socket for `xmpp send --via` [default: $XDG_RUNTIME_DIR/xmpp-cli/relay.sock]
    #[arg(long, value_name = "PATH")]
    pub socket: Option<PathBuf>,

    /// File of bearer tokens, one per line (blank lines and # comments ignored)
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,

    /// Environment variable that holds a bearer token
    #[arg(long, value_name = "VAR")]
    pub token_env: Option<String>,

    /// Only these recipients for POST /send (repeatable; bare JIDs match every resource)
    #[arg(long = "allow-to", value_name = "JID")]
    pub allow_to: Vec<String>,

    /// How long a request waits for the server's confirmation before it is answered 503 [default: 30]
    #[arg(long, value_name = "SECS", value_parser = crate::seconds::parse_positive)]
    pub deadline: Option<Seconds>,

    /// After SECS with nothing from the server, ping it; nothing at all for --deadline after that, and the session is started again [default: 60]
    #[arg(long, value_name = "SECS", value_parser = crate::seconds::parse_positive)]
    pub keepalive: Option<Seconds>,

    /// Write at most BYTES a second to the server (0: no pacing) [default: 9000, under Prosody's stock c2s limit]
    #[arg(long, value_name = "BYTES")]
    pub rate: Option<u64>,

    /// Check the [relay] settings, routes and templates, print the routes, and exit (no connection)
    #[arg(long)]
    pub check_config: bool,
}
