#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| xmpp_cli::fuzzing::roster_import(data));
