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
