//! The one integration-test binary: the CLI as a user runs it, against real
//! servers on loopback (see `fixture.rs`).

mod account;
mod admin;
mod badinput;
mod check;
mod config;
mod dialling;
mod ejabberd;
mod federation;
mod fixture;
mod generated;
mod handled;
mod history;
mod hostile;
mod jid;
mod listen;
mod localinput;
mod mucadmin;
mod offline;
mod omemo;
mod own;
mod peers;
mod query;
mod readme;
mod relay;
mod resilience;
mod rooms;
mod roster;
mod secrets;
mod send;
mod stranger;
mod sweep;
mod testnet;
