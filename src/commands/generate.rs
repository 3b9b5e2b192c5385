//! `xmpp completions SHELL` and `xmpp man`: files generated from the clap
//! definitions. The same files are committed under `completions/` and
//! `man/`; a test fails when they are stale.

use std::path::Path;

use anyhow::Result;
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs, ManArgs};
use crate::error::{fail, Kind};
use crate::output::Output;

pub fn completions(args: &CompletionsArgs, out: &mut Output) -> Result<()> {
    let mut cmd = Cli::command();
    // clap_complete panics when its writer fails (a closed pipe, a full
    // disk): generate into memory, then write it as everything else is.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "xmpp", &mut script);
    std::io::Write::write_all(out.writer(), &script)?;
    out.flush()?;
    Ok(())
}

pub fn man(args: &ManArgs, out: &mut Output) -> Result<()> {
    let mut cmd = Cli::command();
    cmd.build();
    match &args.dir {
        None => {
            render_page(&cmd, out.writer())?;
            out.flush()?;
        }
        Some(dir) => write_pages(&cmd, dir)?,
    }
    Ok(())
}

/// clap_mangen's sections, then EXAMPLES (from the help's "Examples:"),
/// EXIT STATUS, ENVIRONMENT and FILES, which every page carries.
fn render_page(cmd: &clap::Command, w: &mut dyn std::io::Write) -> Result<()> {
    let man = clap_mangen::Man::new(cmd.clone());
    man.render_title(w)?;
    man.render_name_section(w)?;
    man.render_synopsis_section(w)?;
    man.render_description_section(w)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(w)?;
    }
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        man.render_subcommands_section(w)?;
    }
    let examples: Vec<String> = cmd
        .get_after_long_help()
        .map(|h| h.to_string())
        .and_then(|h| h.split_once("Examples:\n").map(|(_, e)| e.to_string()))
        .map(|e| {
            e.lines()
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty())
                .collect()
        })
        .unwrap_or_default();
    if !examples.is_empty() {
        writeln!(w, ".SH EXAMPLES")?;
        for e in examples {
            writeln!(w, ".PP\n.nf\n{}\n.fi", roff_escape(&e))?;
        }
    }
    w.write_all(COMMON_SECTIONS.as_bytes())?;
    if cmd.get_version().is_some() {
        man.render_version_section(w)?;
    }
    Ok(())
}

/// Text for a roff line: backslashes escaped, no leading control character.
fn roff_escape(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with('.') || escaped.starts_with('\'') {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

const COMMON_SECTIONS: &str = r#".SH "EXIT STATUS"
.TP
0
success
.TP
1
a negative answer (an invalid JID, no pong)
.TP
2
usage: bad flags, an argument that is not a JID, input that is not XML or JSON
.TP
3
configuration or credentials: no password source, an unreadable or unsafe config
.TP
4
network: cannot resolve or connect, TLS or certificate failure, connection lost
.TP
5
authentication failed
.TP
6
timeout: no progress within \-\-timeout, a missing receipt
.TP
7
the server or a peer answered with an error
.TP
130
interrupted
.SH ENVIRONMENT
.TP
XMPP_ACCOUNT, XMPP_JID, XMPP_SERVER, XMPP_CA_FILE, XMPP_TIMEOUT, XMPP_OUTPUT, XMPP_CONFIG
the options of the same name
.TP
XMPP_PASSWORD
the password when no other source is given
.TP
CREDENTIALS_DIRECTORY
systemd credentials; the file xmpp\-password in it is a password source
.TP
XDG_CONFIG_HOME, HOME
where the config file is looked for
.SH FILES
.TP
$XMPP_CONFIG, else $XDG_CONFIG_HOME/xmpp\-cli/config.toml (~/.config/xmpp\-cli/config.toml)
TOML: default = "NAME" and [accounts.NAME] tables with jid, password_command, password_file, password_env, password (mode 600 only), server, tls, ca_file, resource, timeout; a go\-sendxmpp or sendxmpp file is read too
"#;

/// `xmpp.1`, then `xmpp-send.1`, `xmpp-jid-validate.1`, ... for every
/// subcommand, recursively.
fn write_pages(cmd: &clap::Command, dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| {
        fail(
            Kind::Config,
            format!("cannot create {}: {e}", dir.display()),
        )
    })?;
    let mut cmd = cmd.clone();
    cmd.build();
    render_tree(&cmd, "xmpp", dir)
}

fn render_tree(cmd: &clap::Command, name: &str, dir: &Path) -> Result<()> {
    let page = cmd
        .clone()
        .name(name.to_string())
        .bin_name(name.replace('-', " "));
    let mut buf = Vec::new();
    render_page(&page, &mut buf)?;
    let path = dir.join(format!("{name}.1"));
    std::fs::write(&path, buf).map_err(|e| {
        fail(
            Kind::Config,
            format!("cannot write {}: {e}", path.display()),
        )
    })?;
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        render_tree(sub, &format!("{name}-{}", sub.get_name()), dir)?;
    }
    Ok(())
}
