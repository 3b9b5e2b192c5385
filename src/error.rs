//! Failure kinds and their exit codes. Code below `main` returns
//! `anyhow::Error`; a [`Failure`] somewhere in the chain tells `main` which
//! exit code and JSON `kind` to use. Anything unclassified is an internal
//! error (exit 1).

use std::fmt;

/// The classes of failure SPEC.md assigns exit codes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A negative answer (`jid validate` found an invalid JID, no pong).
    Negative,
    /// Bad flags, an argument that is not a JID, a payload that is not XML.
    Usage,
    /// Configuration or credentials.
    Config,
    /// Cannot resolve, connect, or complete TLS.
    Network,
    /// Authentication failed.
    Auth,
    /// No progress within `--timeout`.
    Timeout,
    /// The server or a peer answered with an error.
    Remote,
    /// SIGINT / SIGTERM.
    Interrupted,
    /// A bug or an unexpected local failure.
    Internal,
}

impl Kind {
    pub fn exit_code(self) -> i32 {
        match self {
            Kind::Negative | Kind::Internal => 1,
            Kind::Usage => 2,
            Kind::Config => 3,
            Kind::Network => 4,
            Kind::Auth => 5,
            Kind::Timeout => 6,
            Kind::Remote => 7,
            Kind::Interrupted => 130,
        }
    }

    /// The `kind` string of the JSON error object.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Negative => "negative",
            Kind::Usage => "usage",
            Kind::Config => "config",
            Kind::Network => "network",
            Kind::Auth => "auth",
            Kind::Timeout => "timeout",
            Kind::Remote => "remote",
            Kind::Interrupted => "interrupted",
            Kind::Internal => "internal",
        }
    }
}

/// A classified failure: a one-line message that names what failed and,
/// where there is one, what to try.
#[derive(Debug)]
pub struct Failure {
    pub kind: Kind,
    pub message: String,
    /// Worth trying again later (a dropped connection, a server that
    /// could not check credentials right now): `--reconnect` retries it.
    pub transient: bool,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

/// Build a classified error. Control characters in the message (which
/// may quote input, or a parser's report of it) are escaped, so it stays
/// one line.
pub fn fail(kind: Kind, message: impl Into<String>) -> anyhow::Error {
    failure(
        kind,
        message.into(),
        matches!(kind, Kind::Network | Kind::Timeout),
    )
}

/// [`fail`] for a failure of any kind that may go away by itself
/// (`temporary-auth-failure`): retried where the user asked for retries.
pub fn transient(kind: Kind, message: impl Into<String>) -> anyhow::Error {
    failure(kind, message.into(), true)
}

fn failure(kind: Kind, mut message: String, transient: bool) -> anyhow::Error {
    if message.contains(needs_escape) {
        let mut escaped = String::with_capacity(message.len() + 8);
        push_escaped(&mut escaped, &message);
        message = escaped;
    }
    anyhow::Error::new(Failure {
        kind,
        message,
        transient,
    })
}

/// Whether `--reconnect` should try again after this error: network
/// failures and timeouts, and failures marked [`transient`].
pub fn is_retryable(err: &anyhow::Error) -> bool {
    failure_of(err).is_some_and(|f| f.transient)
}

/// Shorthand for `Err(fail(..))`.
pub fn bail<T>(kind: Kind, message: impl Into<String>) -> anyhow::Result<T> {
    Err(fail(kind, message))
}

/// User input quoted for a one-line message: `'…'` with control
/// characters escaped (`\n`, `\u{1b}`) and long input cut at 100
/// characters.
pub fn quoted(input: &str) -> String {
    let mut out = String::from("'");
    match input.char_indices().nth(100) {
        Some((cut, _)) => {
            push_escaped(&mut out, &input[..cut]);
            out.push('…');
        }
        None => push_escaped(&mut out, input),
    }
    out.push('\'');
    out
}

/// Characters a message must not carry as they are: control characters
/// (one line, no terminal escapes) and the bidirectional overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069), which would make quoted input
/// read backwards on a terminal.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Append `text` with those characters escaped as Rust does (`\n`,
/// `\u{202e}`).
fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else if needs_escape(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
}

/// `input` as text, or a usage error naming `what` and where the first
/// byte that is not UTF-8 sits (1-based line and byte column).
pub fn utf8<'a>(input: &'a [u8], what: &str) -> anyhow::Result<&'a str> {
    std::str::from_utf8(input).map_err(|e| {
        let good = &input[..e.valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let col = good.len() - good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1) + 1;
        fail(
            Kind::Usage,
            format!(
                "{what} is not UTF-8 (byte 0x{:02x} at line {line}, column {col}): convert it first, e.g. with iconv",
                input[e.valid_up_to()]
            ),
        )
    })
}

/// The kind of an error chain: the outermost [`Failure`] in it, else
/// `Internal`.
pub fn kind_of(err: &anyhow::Error) -> Kind {
    failure_of(err).map(|f| f.kind).unwrap_or(Kind::Internal)
}

/// The outermost [`Failure`] of an error (also one attached as context
/// to a marker, see [`fail_marked`]).
fn failure_of(err: &anyhow::Error) -> Option<&Failure> {
    err.downcast_ref::<Failure>()
        .or_else(|| err.chain().find_map(|e| e.downcast_ref::<Failure>()))
}

/// [`fail`], carrying `marker` as its source, so that callers can tell
/// this failure apart by type (`err.downcast_ref::<M>()`) instead of by
/// its words.
pub fn fail_marked<M>(kind: Kind, message: impl Into<String>, marker: M) -> anyhow::Error
where
    M: std::error::Error + Send + Sync + 'static,
{
    let f = fail(kind, message);
    let failure = f.downcast::<Failure>().unwrap_or_else(|e| Failure {
        kind,
        message: e.to_string(),
        transient: false,
    });
    anyhow::Error::new(marker).context(failure)
}

/// The command has printed its whole answer; end with this exit code and
/// print nothing more (`xmpp check`, whose report is the message).
#[derive(Debug)]
pub struct Exit(pub i32);

impl fmt::Display for Exit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "exit {}", self.0)
    }
}

impl std::error::Error for Exit {}

/// An I/O error no command classified: every read of ours names its
/// input, so what is left is writing our output (a full disk, a closed
/// terminal): a local problem, SPEC's exit 3, saying what failed.
pub fn classify_output(err: anyhow::Error) -> anyhow::Error {
    if failure_of(&err).is_some() {
        return err;
    }
    match err.downcast_ref::<std::io::Error>() {
        Some(io) => fail(Kind::Config, format!("cannot write the output: {io}")),
        None => err,
    }
}

/// True when the error is a write to a closed pipe (`xmpp ... | head -1`),
/// which ends the program quietly and successfully.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_marked_failure_keeps_its_kind_and_message() {
        #[derive(Debug)]
        struct Marker;
        impl std::fmt::Display for Marker {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("marker")
            }
        }
        impl std::error::Error for Marker {}
        let e = super::fail_marked(super::Kind::Remote, "cannot join r: conflict", Marker);
        assert_eq!(super::kind_of(&e), super::Kind::Remote);
        assert_eq!(e.to_string(), "cannot join r: conflict");
        assert!(e.downcast_ref::<Marker>().is_some());
    }

    #[test]
    fn bidi_overrides_in_quoted_input_are_escaped() {
        assert_eq!(super::quoted("a\u{202e}b"), "'a\\u{202e}b'");
        let e = super::fail(super::Kind::Usage, "x \u{2066}y\u{2069} z");
        assert_eq!(e.to_string(), "x \\u{2066}y\\u{2069} z");
    }

    #[test]
    fn failures_are_one_line() {
        let e = super::fail(super::Kind::Usage, "unknown field `a\nb\t`");
        assert_eq!(e.to_string(), "unknown field `a\\nb\\t`");
    }

    #[test]
    fn quoted_input_stays_on_one_line_and_short() {
        assert_eq!(super::quoted("a@b"), "'a@b'");
        assert_eq!(super::quoted("a\nb\u{1b}"), "'a\\nb\\u{1b}'");
        let long = "x".repeat(500);
        assert_eq!(super::quoted(&long).chars().count(), 103);
    }

    #[test]
    fn utf8_errors_name_line_and_column() {
        assert_eq!(super::utf8(b"ok", "x").unwrap(), "ok");
        let e = super::utf8(b"ab\ncd\xffe", "stdin").unwrap_err();
        assert_eq!(
            e.to_string(),
            "stdin is not UTF-8 (byte 0xff at line 2, column 3): convert it first, e.g. with iconv"
        );
        let e = super::utf8(b"\xc3", "f").unwrap_err();
        assert!(e.to_string().contains("line 1, column 1"), "{e}");
    }
}
