//! One module per subcommand; each exports `run`.

pub mod generate;
pub mod jid;
pub mod query;
pub mod send;
