//! `xmpp`: parse, dispatch, and turn the outcome into an exit code. Nothing
//! below `main` exits the process.

use clap::{CommandFactory, FromArgMatches};
use xmpp_cli::{cli, commands, error, output};

use cli::{Cli, Command};
use output::Output;

fn main() {
    let matches = match Cli::command().try_get_matches() {
        Ok(m) => m,
        Err(e) => usage_error(e),
    };
    let mut cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    cli.global.from_env = from_env(&matches);
    let format = cli.global.format();
    output::init_logging(cli.global.verbose, cli.global.quiet, cli.global.trace_xml);
    let mut out = Output::new(format);
    let result = run(&cli, &mut out).and_then(|()| out.flush().map_err(Into::into));
    let code = match result {
        Ok(()) => 0,
        Err(e) if error::is_broken_pipe(&e) => 0,
        Err(e) if e.downcast_ref::<error::Exit>().is_some() => {
            e.downcast_ref::<error::Exit>().map_or(1, |x| x.0)
        }
        Err(e) => output::print_error(format, &error::classify_output(e)),
    };
    drop(out);
    std::process::exit(code);
}

/// A usage error from clap as SPEC has every error: one line on stderr,
/// `xmpp: …` (with clap's tip and a pointer to `--help`), or under
/// `--json` the one JSON object; exit 2. Help and version go out as clap
/// prints them.
fn usage_error(e: clap::Error) -> ! {
    use clap::error::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        e.exit()
    }
    let text = e.render().to_string();
    let first = text
        .lines()
        .next()
        .unwrap_or_default()
        .trim_start_matches("error: ")
        .trim()
        .to_string();
    let tip = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("tip: "))
        .map(|t| format!("; {t}"))
        .unwrap_or_default();
    let message = format!("{first}{tip} (see 'xmpp --help')");
    let format = if wants_json() {
        output::Format::Json
    } else {
        output::Format::Human
    };
    let code = output::print_error(format, &error::fail(error::Kind::Usage, message));
    std::process::exit(code)
}

/// Whether the command line (or `XMPP_OUTPUT`) asked for JSON, read from
/// the raw arguments since they did not parse.
fn wants_json() -> bool {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let named = args.iter().enumerate().any(|(i, a)| {
        a == "--json"
            || a == "--output=json"
            || a == "-ojson"
            || ((a == "-o" || a == "--output") && args.get(i + 1).is_some_and(|v| v == "json"))
    });
    named || std::env::var("XMPP_OUTPUT").is_ok_and(|v| v == "json")
}

/// Ids of the global options whose value came from an environment
/// variable (they may be set at any level of subcommands).
fn from_env(matches: &clap::ArgMatches) -> Vec<String> {
    let mut found = Vec::new();
    let mut level = Some(matches);
    while let Some(m) = level {
        for id in m.ids() {
            if m.value_source(id.as_str()) == Some(clap::parser::ValueSource::EnvVariable) {
                found.push(id.to_string());
            }
        }
        level = m.subcommand().map(|(_, sub)| sub);
    }
    found
}

fn run(cli: &Cli, out: &mut Output) -> anyhow::Result<()> {
    match &cli.command {
        Command::Jid(args) => commands::jid::run(&args.command, cli.global.quiet, out),
        Command::Config(args) => block_on(
            commands::config::run(&args.command, &cli.global, out),
            false,
        ),
        Command::Completions(args) => commands::generate::completions(args, out),
        Command::Man(args) => commands::generate::man(args, out),
        Command::Send(args) => block_on(commands::send::run(args, &cli.global, out), false),
        Command::Listen(args) => block_on(commands::listen::run(args, &cli.global, out), true),
        Command::History(args) => block_on(commands::history::run(args, &cli.global, out), false),
        Command::Relay(args) => block_on(commands::relay::run(args, &cli.global, out), true),
        Command::Adhoc(args) => block_on(commands::admin::adhoc(args, &cli.global, out), true),
        Command::Admin(args) => block_on(commands::admin::admin(args, &cli.global, out), true),
        Command::Account(args) => block_on(commands::account::run(args, &cli.global, out), false),
        Command::Muc(args) => block_on(commands::mucadmin::run(args, &cli.global, out), false),
        Command::Roster(args) => block_on(
            commands::roster::run(args.command.as_ref(), &cli.global, out),
            false,
        ),
        Command::Presence(args) => block_on(
            commands::presence::run(&args.command, &cli.global, out),
            matches!(args.command, cli::PresenceCommand::Set(_)),
        ),
        Command::Iq(args) => block_on(commands::query::iq(args, &cli.global, out), false),
        Command::Ping(args) => block_on(commands::query::ping(args, &cli.global, out), false),
        Command::Disco(args) => block_on(
            commands::query::disco(&args.command, &cli.global, out),
            false,
        ),
        Command::Version(args) => block_on(commands::query::version(args, &cli.global, out), false),
        Command::Time(args) => block_on(commands::query::time(args, &cli.global, out), false),
        Command::Vcard(args) => block_on(commands::query::vcard(args, &cli.global, out), false),
        Command::Check(args) => block_on(commands::check::run(args, &cli.global, out), false),
        Command::Omemo(args) => {
            block_on(commands::omemo::run(&args.command, &cli.global, out), false)
        }
    }
}

/// Networked commands run on a single-threaded runtime: one connection,
/// no work to spread, and the cheapest start-up. SIGINT ends a command
/// with exit 130, except where the command handles it to end cleanly
/// (`own_signals`: `presence set`).
fn block_on<F: std::future::Future<Output = anyhow::Result<()>>>(
    fut: F,
    own_signals: bool,
) -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| {
            error::fail(
                error::Kind::Internal,
                format!("cannot start the runtime: {e}"),
            )
        })?;
    let result = rt.block_on(async {
        xmpp_cli::signals::watch(own_signals).map_err(|e| {
            error::fail(error::Kind::Internal, format!("cannot watch signals: {e}"))
        })?;
        tokio::select! {
            r = fut => r,
            _ = xmpp_cli::signals::stopped(), if !own_signals => {
                Err(error::fail(error::Kind::Interrupted, "interrupted"))
            }
        }
    });
    // Do not wait for blocking work still running (a read of a terminal's
    // stdin after Ctrl-C, a PBKDF2 past --timeout): the process exits now.
    rt.shutdown_background();
    result
}
