#![no_main]

static LIMITS: std::sync::Once = std::sync::Once::new();

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    LIMITS.call_once(xmpp_cli::fuzzing::small_limits);
    xmpp_cli::fuzzing::stanzas(data)
});
