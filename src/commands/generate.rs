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
    clap_complete::generate(args.shell, &mut cmd, "xmpp", out.writer());
    out.flush()?;
    Ok(())
}

pub fn man(args: &ManArgs, out: &mut Output) -> Result<()> {
    let cmd = Cli::command();
    match &args.dir {
        None => {
            clap_mangen::Man::new(cmd).render(out.writer())?;
            out.flush()?;
        }
        Some(dir) => write_pages(&cmd, dir)?,
    }
    Ok(())
}

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
    clap_mangen::Man::new(page).render(&mut buf)?;
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
