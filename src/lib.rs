//! The `xmpp` command as a library: the binary (`src/main.rs`) parses the
//! command line and calls into these modules; the fuzz targets (`fuzz/`)
//! call the input parsers through [`fuzzing`]. Not a stable API.

pub mod cli;
pub mod commands;
pub mod config;
pub mod connection;
pub mod error;
pub mod files;
pub mod fuzzing;
pub mod ids;
pub mod jidtools;
pub mod omemo;
pub mod output;
pub mod seconds;
pub mod secret;
pub mod settings;
pub mod signals;
pub mod timespec;
pub mod xdg;
pub mod xml;
