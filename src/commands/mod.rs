//! One module per subcommand; each exports `run`.

pub mod config;
pub mod generate;
pub mod jid;
pub mod listen;
pub mod muc;
pub mod presence;
pub mod query;
pub mod roster;
pub mod send;
pub mod upload;

use anyhow::Result;

use crate::cli::GlobalArgs;
use crate::connection::{self, Session};
use crate::settings;

/// Resolve the account from flags, environment and config, and connect.
pub async fn connect(global: &GlobalArgs) -> Result<Session> {
    let settings = settings::from_environment(global)?;
    connection::connect(&settings).await
}
