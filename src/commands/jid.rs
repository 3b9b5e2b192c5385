//! `xmpp jid validate | split | normalize` (placeholder until issue 3 lands).

use anyhow::Result;

use crate::cli::JidArgs;
use crate::error::bail;
use crate::error::Kind;
use crate::output::Output;

pub fn run(_args: &JidArgs, _out: &mut Output) -> Result<()> {
    bail(Kind::Usage, "not yet")
}
