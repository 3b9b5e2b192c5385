//! Interop with ejabberd: SCRAM login (never PLAIN) and delivery.
