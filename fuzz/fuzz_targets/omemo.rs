#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| xmpp_cli::fuzzing::omemo(data));
