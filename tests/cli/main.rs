//! The one integration-test binary: the CLI as a user runs it, against real
//! servers on loopback (see `fixture.rs`).

mod badinput;
mod config;
mod ejabberd;
mod fixture;
mod generated;
mod hostile;
mod jid;
mod listen;
mod offline;
mod query;
mod readme;
mod roster;
mod secrets;
mod send;
