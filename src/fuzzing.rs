//! Entry points for the fuzz targets in `fuzz/` and their smoke test: each
//! feeds arbitrary bytes to one input parser and panics only when an
//! invariant the commands rely on breaks. An error result is fine; it must
//! be a usage error (exit 2) on one line that names the input.

use crate::commands::{roster, send};
use crate::error::{kind_of, Kind};
use crate::jidtools::{self, Verdict};

fn usage_error(e: &anyhow::Error, starts: &str) {
    let msg = format!("{e:#}");
    assert_eq!(kind_of(e), Kind::Usage, "{msg}");
    assert!(!msg.contains('\n'), "not one line: {msg:?}");
    assert!(msg.starts_with(starts), "{msg:?} does not name {starts}");
}

/// For the `stanzas` fuzz target: limits small enough for short inputs
/// to reach them (the same code paths as the real ones,
/// `connection::limits`). Process-wide: not for the unit tests.
pub fn small_limits() {
    tokio_xmpp::xmlstream::set_limits(1024, 16);
}

/// The stream header and features a server sends before `data`.
const SERVER_PREFIX: &[u8] = b"<?xml version='1.0'?><stream:stream xmlns='jabber:client' \
    xmlns:stream='http://etherx.jabber.org/streams' from='example.org' id='s1' version='1.0'>\
    <stream:features/>";

/// `listen` reading what a server sends (`data`, after the stream
/// header): bytes in, events out. Whatever the nesting, nothing panics
/// or overflows the stack; every stanza read gets one ticket, and once
/// all are handled `h` counts each once; no stanza is invented (each
/// needs a `<`); each event is one JSON line and one human line without
/// control characters; the stream ends only at its end or with a
/// one-line error.
pub fn stanzas(data: &[u8]) {
    let read = read_stream(data);
    let (tickets, h) = read.1;
    let read = read.0;
    assert_eq!(h, tickets, "every stanza handled counts once in h");
    assert!(
        tickets as usize <= data.iter().filter(|&&b| b == b'<').count(),
        "{tickets} stanzas from {data:?}"
    );
    for (json, line) in &read.events {
        assert!(!json.contains('\n'), "{json}");
        let value: serde_json::Value = serde_json::from_str(json).expect("valid JSON");
        assert!(value.get("kind").is_some(), "{json}");
        // Continuation lines are indented; nothing else of control.
        for piece in line.split("\n    ") {
            assert!(!piece.chars().any(char::is_control), "{line:?}");
        }
    }
    if let Some(e) = &read.error {
        let msg = format!("{e:#}");
        assert!(!msg.contains('\n'), "not one line: {msg:?}");
    }
}

/// Read `data` as `listen --all` would; what it gave, and (tickets, h).
fn read_stream(data: &[u8]) -> (crate::commands::listen::fuzz::Read, (u32, u32)) {
    use clap::Parser;
    use tokio::io::AsyncWriteExt;
    let cli = crate::cli::Cli::try_parse_from(["xmpp", "listen", "--all"]).expect("valid");
    let crate::cli::Command::Listen(args) = cli.command else {
        unreachable!("parsed as listen")
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        // Room for everything either side writes, so nobody waits.
        let room = (SERVER_PREFIX.len() + data.len()).max(1 << 16) * 4;
        let (client, mut server) = tokio::io::duplex(room);
        server.write_all(SERVER_PREFIX).await.expect("room");
        server.write_all(data).await.expect("room");
        server.shutdown().await.expect("shut");
        let jid = "user@example.org/res".parse().expect("valid");
        let io = Box::new(tokio::io::BufStream::new(client));
        let mut session = crate::connection::unauthenticated(io, jid)
            .await
            .expect("the header and features are ours");
        let read = crate::commands::listen::fuzz::read_all(&mut session, &args).await;
        let counts = (read.tickets, session.h());
        drop(server);
        (read, counts)
    })
}

/// `send --ndjson`: an accepted batch holds one message per non-blank
/// line, each addressed to a valid JID.
pub fn ndjson(data: &[u8]) {
    match send::ndjson_batch(data) {
        Ok(batch) => {
            let text = std::str::from_utf8(data).expect("accepted input is UTF-8");
            let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
            assert_eq!(batch.len(), lines);
            for m in &batch {
                let to = m.to.as_ref().expect("a recipient");
                assert!(jidtools::parse(to.as_str()).is_ok(), "{to}");
            }
        }
        Err(e) => usage_error(&e, "--ndjson"),
    }
}

/// `send --raw`: accepted input yields exactly its top-level stanzas, in
/// order (none invented, none lost), each of the kind written, with the
/// id written (or a new one where none was) and the recipient written.
pub fn raw(data: &[u8]) {
    match send::raw_batch(data) {
        Ok(batch) => {
            assert!(!batch.is_empty());
            let text = std::str::from_utf8(data).expect("accepted input is UTF-8");
            let root = crate::xml::parse_wrapped(text, "jabber:client", "--raw input")
                .expect("accepted input parses");
            let written: Vec<&minidom::Element> = root.children().collect();
            assert_eq!(batch.len(), written.len(), "a stanza invented or lost");
            for (m, el) in batch.iter().zip(written) {
                assert_eq!(m.kind, el.name(), "the kind written");
                match el.attr("id").filter(|id| !id.is_empty()) {
                    Some(id) => assert_eq!(m.id, id, "the id written"),
                    None => assert!(!m.id.is_empty(), "an id where none was"),
                }
                let to = el
                    .attr("to")
                    .map(|t| jid::Jid::new(t).expect("an accepted recipient"));
                assert_eq!(m.to, to, "the recipient written");
            }
        }
        Err(e) => {
            let msg = format!("{e:#}");
            assert!(
                msg.starts_with("--raw") || msg.starts_with("nothing to send"),
                "{msg}"
            );
            usage_error(&e, "");
        }
    }
}

/// `roster import`: accepted files hold distinct bare JIDs.
pub fn roster_import(data: &[u8]) {
    match roster::parse_import(data, "FILE") {
        Ok(items) => {
            let mut seen = std::collections::HashSet::new();
            for (jid, _) in &items {
                assert!(seen.insert(jid.clone()), "{jid} twice");
            }
        }
        Err(e) => {
            let msg = format!("{e:#}");
            assert!(
                msg.starts_with("FILE") || msg.starts_with("invalid JID"),
                "{msg}"
            );
            usage_error(&e, "");
        }
    }
}

/// The JID path of `jid validate|normalize`: the fast paths (the ASCII
/// one, and the part path, asked twice so that the second answer comes
/// from its cache) and the jid crate agree on every input (valid or not,
/// and on the normalized form); on the ASCII fast path a normalized JID is
/// valid and parses again to itself.
pub fn jid(data: &[u8]) {
    let mut fast = Vec::new();
    let mut slow = Vec::new();
    let mut cache = jidtools::PartCache::default();
    let ways = [
        (false, false),
        (true, false),
        (false, true),
        (false, true),
        (true, true),
    ];
    for (uri, parts) in ways {
        let path = if parts {
            jidtools::Path::Parts(&mut cache)
        } else {
            jidtools::Path::Ascii
        };
        let a = jidtools::check(data, uri, path, jidtools::Want::ALL, &mut fast);
        let b = jidtools::check(
            data,
            uri,
            jidtools::Path::Crate,
            jidtools::Want::ALL,
            &mut slow,
        );
        match (&a, &b) {
            (Verdict::Invalid(x), Verdict::Invalid(y)) => assert_eq!(x, y),
            (Verdict::Invalid(_), _) | (_, Verdict::Invalid(_)) => {
                panic!("fast path and crate disagree on {data:?}: {a:?} / {b:?}")
            }
            _ => {
                let x = verdict_text(&a, &fast);
                let y = verdict_text(&b, &slow);
                assert_eq!(x, y, "normalized forms differ for {data:?}");
                // Valid again and idempotent on the ASCII fast path. Not
                // always through stringprep: it knows Unicode 3.2 only (U+03F9
                // folds to a capital sigma that a second pass lowers), and
                // nameprep can lengthen a domain (ß → ss) past the IDN
                // limits, so the crate refuses its own output (README).
                if !parts && matches!(a, Verdict::Fast) {
                    let again = jidtools::parse(&y).expect("a normalized JID is valid");
                    assert_eq!(again.as_str(), y, "normalizing is idempotent");
                }
            }
        }
        // Validity alone (`validate --quiet`), where any error will do.
        let quiet = jidtools::Want {
            normalized: false,
            reason: false,
        };
        let path = jidtools::Path::Parts(&mut cache);
        let alone = jidtools::check(data, uri, path, quiet, &mut fast);
        assert_eq!(
            matches!(alone, Verdict::Invalid(_)),
            matches!(b, Verdict::Invalid(_)),
            "validity alone and the crate disagree on {data:?}"
        );
    }
}

/// `listen --omemo`: the bytes of a `<key>` from a stranger's device.
/// The frame parsers never panic, what they accept re-encodes to itself,
/// and the device refuses the message without changing its state.
pub fn omemo(data: &[u8]) {
    use crate::omemo::state::State;
    use crate::omemo::wire::{PreKeyMessage, SignalMessage};
    use std::sync::OnceLock;
    if let Ok(m) = SignalMessage::decode(data) {
        assert_eq!(SignalMessage::decode(&m.encode()), Ok(m));
    }
    if let Ok(m) = PreKeyMessage::decode(data) {
        assert_eq!(PreKeyMessage::decode(&m.encode()), Ok(m));
    }
    static DEVICE: OnceLock<String> = OnceLock::new();
    let saved = DEVICE
        .get_or_init(|| serde_json::to_string(&State::generate()).expect("a state serializes"));
    let mut state: State = serde_json::from_str(saved).expect("a saved state loads");
    let prekey = data.first().is_some_and(|b| b & 1 == 1);
    let iv = &data[..data.len().min(12)];
    let got = state.decrypt("fuzz@example.org", 7, data, prekey, iv, Some(data));
    assert!(got.is_err(), "a stranger's random bytes decrypted");
    assert_eq!(
        &serde_json::to_string(&state).expect("serializes"),
        saved,
        "a refused message changed the state"
    );
}

/// `xmpp check`: a certificate as a server may present it. Any bytes are
/// read without a panic. What parses has both times within what DER can
/// write (years 0 to 9999; UTCTime 1950 to 2049), and every name comes
/// from the input: never more characters than the input has bytes (a
/// name's invalid UTF-8 is shown as U+FFFD, one character for one or more
/// bytes, so a name may be longer in bytes than the input, never in
/// characters).
pub fn certificate(data: &[u8]) {
    // 0000-01-01T00:00:00Z and 9999-12-31T23:59:60Z.
    const EARLIEST: i64 = -62_167_219_200;
    const LATEST: i64 = 253_402_300_800;
    if let Some(info) = crate::commands::check::parse_certificate(data) {
        for t in [info.not_before, info.not_after] {
            assert!(
                (EARLIEST..=LATEST).contains(&t),
                "a time DER cannot write: {t}"
            );
        }
        for name in info
            .dns_names
            .iter()
            .chain(&info.xmpp_addrs)
            .chain(&info.srv_names)
            .chain(&info.subject_cn)
        {
            assert!(
                name.chars().count() <= data.len(),
                "a name with more characters than the input has bytes"
            );
        }
    }
}

fn verdict_text(v: &Verdict, scratch: &[u8]) -> String {
    match v {
        Verdict::Fast => String::from_utf8(scratch.to_vec()).expect("fast path writes ASCII"),
        Verdict::Parsed(j) => j.to_string(),
        Verdict::Invalid(_) => unreachable!("handled by the caller"),
    }
}

#[cfg(test)]
mod tests {
    /// The fuzz targets' entry points hold on a few hand-made inputs; CI
    /// runs the real fuzzers (scripts/fuzz).
    fn message(id: &str, body: &str) -> String {
        format!(
            "<message from='alice@example.org/x' to='user@example.org/res' type='chat' \
             id='{id}'><body>{body}</body></message>"
        )
    }

    #[test]
    fn listen_reads_past_a_deep_stanza_and_stops_at_an_overlong_token() {
        crate::connection::limits::apply();
        let depth = crate::connection::limits::MAX_DEPTH + 72;
        let deep = format!(
            "<message from='mallory@example.org/m' to='user@example.org/res' id='deep'>{}{}\
             </message>{}{}</stream:stream>",
            "<a>".repeat(depth),
            "</a>".repeat(depth),
            message("next", "after"),
            "<iq type='get' id='p1' from='example.org'><ping xmlns='urn:xmpp:ping'/></iq>",
        );
        super::stanzas(deep.as_bytes());
        let (read, (tickets, h)) = super::read_stream(deep.as_bytes());
        assert!(read.error.is_none(), "{:?}", read.error);
        assert_eq!(read.skipped.len(), 1, "{:?}", read.skipped);
        assert!(read.skipped[0].contains("deeper"), "{:?}", read.skipped);
        assert_eq!((tickets, h), (3, 3));
        assert!(
            read.events[0].0.contains("\"body\":\"after\""),
            "{:?}",
            read.events
        );
        assert!(
            read.events[1].0.contains("\"kind\":\"iq\""),
            "{:?}",
            read.events
        );
        // One token over the limit: the stream ends there, after what
        // came before it was read.
        let long = crate::connection::limits::MAX_TOKEN_LENGTH + 1;
        let long = format!(
            "{}<message x='{}'><body>hi</body></message>",
            message("before", "first"),
            "A".repeat(long)
        );
        super::stanzas(long.as_bytes());
        let (read, (tickets, h)) = super::read_stream(long.as_bytes());
        assert_eq!((tickets, h, read.events.len()), (1, 1, 1));
        let e = read.error.expect("the stream ends");
        assert!(
            format!("{e}").contains("connection to the server lost"),
            "{e}"
        );
        // Control characters and bidi overrides reach no terminal.
        // (C0 controls are not XML; U+009B is the C1 control sequence
        // introducer.)
        let odd = message("odd", "a&#x9b;31mred&#x202e;\nnext line");
        let (read, _) = super::read_stream(odd.as_bytes());
        assert_eq!(read.events.len(), 1);
        assert!(
            !read.events[0].1.contains('\u{9b}'),
            "{:?}",
            read.events[0].1
        );
        assert!(
            !read.events[0].1.contains('\u{202e}'),
            "{:?}",
            read.events[0].1
        );
        // A line break in a body is a continuation line, indented.
        assert!(read.events[0].1.contains("\n    next line"));
        super::stanzas(odd.as_bytes());
    }

    #[test]
    fn entry_points_hold_on_samples() {
        for s in [
            &b"{\"to\":\"a@b\",\"body\":\"x\"}\n\n"[..],
            b"{\"to\":\"a\\n@b\",\"body\":\"x\"}",
            b"\xff",
            b"",
        ] {
            super::ndjson(s);
        }
        for s in [
            &b"<message to='a@b'/>"[..],
            b"<message id='' to='a@b'/><presence id=''/><iq type='get' id=''><x xmlns='y'/></iq>",
            b"<presence id='p1' to='c@d/r'/><message id='m1'/>",
            b"<foo/>",
            b"text",
            b"<a",
        ] {
            super::raw(s);
        }
        for s in [&b"[{\"jid\":\"a@b\"}]"[..], b"[{\"jid\":\"a@b/r\"}]", b"{"] {
            super::roster_import(s);
        }
        for s in [
            &b""[..],
            b"<",
            b"</stream:stream>",
            b"<message><body>x</body></message><message",
            b"<stream:error><not-authorized xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>",
            b"<iq type='result' id=''/><presence from='a@b/c'/>\xff",
            b"&amp;",
        ] {
            super::stanzas(s);
        }
        for s in [
            &b"A@B/C"[..],
            b"xmpp:a@b",
            b"@",
            b"a@b.",
            b"\xc3",
            b"\"\xcf\xb9Al0ic",
        ] {
            super::jid(s);
        }
        for seed in [
            &include_bytes!("../fuzz/seeds/omemo/signal-message")[..],
            &include_bytes!("../fuzz/seeds/omemo/prekey-message")[..],
        ] {
            for cut in 0..seed.len() {
                super::omemo(&seed[..cut]);
            }
        }
        let der = include_bytes!("../fuzz/seeds/certificate/a.test.der");
        assert!(crate::commands::check::parse_certificate(der).is_some());
        for cut in 0..der.len() {
            super::certificate(&der[..cut]);
        }
    }
}
