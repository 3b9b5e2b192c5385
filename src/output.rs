//! The one place that writes to stdout and stderr: data lines (human or
//! JSON), warnings, errors, logs and the `--trace-xml` stream.
//!
//! stdout carries data only. Everything else goes to stderr, prefixed
//! `xmpp: `. Secrets never reach either: SASL payloads in the XML trace are
//! replaced by `[redacted]`.

use std::borrow::Cow;
use std::io::{self, BufWriter, StdoutLock, Write};

use serde::Serialize;

use crate::error;

/// The output format, chosen explicitly (never guessed from a terminal).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Text for people
    Human,
    /// JSON: one document, or one object per line for streams
    Json,
}

/// Buffered stdout. Streams (`send --lines`, `query`) flush every line so
/// a pipe sees each event at once (`listen` flushes each burst itself);
/// batch commands flush at the end.
pub struct Output {
    pub format: Format,
    out: BufWriter<StdoutLock<'static>>,
    flush_each_line: bool,
}

impl Output {
    pub fn new(format: Format) -> Self {
        Output {
            format,
            out: BufWriter::with_capacity(64 * 1024, io::stdout().lock()),
            flush_each_line: false,
        }
    }

    pub fn is_json(&self) -> bool {
        self.format == Format::Json
    }

    /// Flush after every line from now on.
    pub fn streaming(&mut self) {
        self.flush_each_line = true;
    }

    /// One JSON value on its own line.
    pub fn json_line<T: Serialize + ?Sized>(&mut self, value: &T) -> io::Result<()> {
        serde_json::to_writer(&mut self.out, value).map_err(io::Error::from)?;
        self.end_line()
    }

    /// One line of text.
    pub fn line(&mut self, text: &str) -> io::Result<()> {
        self.out.write_all(text.as_bytes())?;
        self.end_line()
    }

    fn end_line(&mut self) -> io::Result<()> {
        self.out.write_all(b"\n")?;
        if self.flush_each_line {
            self.out.flush()?;
        }
        Ok(())
    }

    /// The raw buffered writer, for hot loops that format their own lines.
    pub fn writer(&mut self) -> &mut impl Write {
        &mut self.out
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// A warning on stderr (`xmpp: warning: ...`); always shown, even with `-q`.
/// Diagnostics already formatted by a command (the `jid` tools' per-line
/// reports), written to stderr as they are.
pub fn diagnostics(bytes: &[u8]) -> io::Result<()> {
    io::stderr().lock().write_all(bytes)
}

/// A question on stderr, waiting on the same line for the answer.
pub fn prompt(question: &str) {
    // Answers piped in need no question, and a question left without its
    // newline would run into the error line that may follow.
    if !std::io::IsTerminal::is_terminal(&io::stdin()) {
        return;
    }
    let mut err = io::stderr().lock();
    let _ = write!(err, "{question}: ");
    let _ = err.flush();
}

pub fn warn(message: &str) {
    let _ = writeln!(io::stderr().lock(), "xmpp: warning: {message}");
}

/// A note for people on stderr (`xmpp: ...`), suppressed by `-q`.
pub fn note(message: &str) {
    if log::log_enabled!(target: "xmpp", log::Level::Warn) {
        let _ = writeln!(io::stderr().lock(), "xmpp: {message}");
    }
}

/// Print the final error: one line, `xmpp: ...`, or in JSON mode one object
/// `{"error": {"code", "kind", "message"}}`, on stderr.
pub fn print_error(format: Format, err: &anyhow::Error) -> i32 {
    let kind = error::kind_of(err);
    let message = one_line(err);
    let code = kind.exit_code();
    if message.is_empty() {
        return code; // a failure that was already reported (e.g. `-q`)
    }
    let mut stderr = io::stderr().lock();
    let _ = match format {
        Format::Json => {
            let obj = serde_json::json!({
                "error": {"code": code, "kind": kind.name(), "message": message}
            });
            writeln!(stderr, "{obj}")
        }
        Format::Human => writeln!(stderr, "xmpp: {message}"),
    };
    code
}

/// The whole cause chain on one line, without repeating a cause that the
/// message already contains.
fn one_line(err: &anyhow::Error) -> String {
    let mut message = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if text.is_empty() || message.contains(&text) {
            continue;
        }
        if !message.is_empty() {
            message.push_str(": ");
        }
        message.push_str(&text);
    }
    message.replace('\n', " ")
}

// ---------------------------------------------------------------------------
// Logging: `-v` (repeatable), `-q`, `--trace-xml`, all on stderr.

const CAPTURE_TARGET: &str = "tokio_xmpp::xmlstream::capture";

struct Logger {
    level: log::LevelFilter,
    trace_xml: bool,
}

impl log::Log for Logger {
    fn enabled(&self, meta: &log::Metadata) -> bool {
        if meta.target().starts_with(CAPTURE_TARGET) {
            return self.trace_xml;
        }
        // Other crates' trace records dump XML parser events, element text
        // (SASL payloads) included: --trace-xml is the redacted way to see
        // the stream.
        let ours = meta.target() == "xmpp" || meta.target().starts_with("xmpp_cli");
        if meta.level() == log::Level::Trace && !ours {
            return false;
        }
        meta.level() <= self.level
    }

    fn log(&self, record: &log::Record) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let mut stderr = io::stderr().lock();
        if record.target().starts_with(CAPTURE_TARGET) {
            let text = record.args().to_string();
            let (dir, xml) = if let Some(rest) = text.strip_prefix("SEND ") {
                (">>", rest)
            } else if let Some(rest) = text.strip_prefix("RECV (ok) ") {
                ("<<", rest)
            } else if let Some(rest) = text.strip_prefix("RECV ") {
                ("<<", rest)
            } else {
                ("--", text.as_str())
            };
            let _ = writeln!(stderr, "{dir} {}", redact_secrets(xml));
        } else {
            let level = record.level().as_str().to_ascii_lowercase();
            let _ = writeln!(stderr, "xmpp: {level}: {}", record.args());
        }
    }

    fn flush(&self) {}
}

/// Text from others made safe for a terminal line: control characters
/// other than newline and tab (`\r` could rewrite the start of the line, escapes
/// could recolour or move the cursor) and the bidirectional overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069, which could reorder what looks
/// like the sender) are shown escaped (`\r`, `\u{202e}`). A newline
/// becomes `newline` (an indented continuation, or a space). JSON output
/// needs none of this: serde_json escapes control characters itself.
pub fn terminal_safe<'a>(text: &'a str, newline: &str) -> Cow<'a, str> {
    let unsafe_char = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    };
    if !text.chars().any(|c| unsafe_char(c) || c == '\n') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c == '\n' {
            out.push_str(newline);
        } else if c == '\r' {
            out.push_str("\\r");
        } else if unsafe_char(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Install the stderr logger. `verbose` counts `-v`; `quiet` drops warnings.
pub fn init_logging(verbose: u8, quiet: bool, trace_xml: bool) {
    let level = match (quiet, verbose) {
        (true, _) => log::LevelFilter::Error,
        (false, 0) => log::LevelFilter::Warn,
        (false, 1) => log::LevelFilter::Info,
        (false, 2) => log::LevelFilter::Debug,
        _ => log::LevelFilter::Trace,
    };
    let max = if trace_xml {
        log::LevelFilter::Trace
    } else {
        level
    };
    if log::set_boxed_logger(Box::new(Logger { level, trace_xml })).is_ok() {
        log::set_max_level(max);
    }
}

/// The text of every element that carries a secret, replaced by
/// `[redacted]`: SASL payloads (`<auth>`, `<challenge>`, `<response>`,
/// `<success>`), `<password>` (MUC joins, in-band registration), and the
/// `<value>` of a data-form field that is `text-private` or whose `var`
/// names a secret or password (a room's `muc#roomconfig_roomsecret`).
pub fn redact_secrets(xml: &str) -> Cow<'_, str> {
    const TAGS: [&str; 5] = ["auth", "challenge", "response", "success", "password"];
    let mut out = String::new();
    let mut rest = xml;
    let mut changed = false;
    // Inside a <field> whose value is secret.
    let mut secret_field = false;
    while let Some(lt) = rest.find('<') {
        let after = &rest[lt + 1..];
        let starts = |tag: &str| {
            after.starts_with(tag)
                && matches!(after.as_bytes().get(tag.len()), Some(b' ' | b'>' | b'/'))
        };
        let Some(gt) = after.find('>') else { break };
        let tag = &after[..gt];
        if starts("field") {
            secret_field =
                tag.contains("text-private") || tag.contains("secret") || tag.contains("password");
        } else if tag.starts_with("/field") {
            secret_field = false;
        }
        let is_secret = TAGS.iter().any(|t| starts(t)) || (secret_field && starts("value"));
        let tag_end = lt + 1 + gt + 1; // just past '>'
        out.push_str(&rest[..tag_end]);
        let self_closing = tag.ends_with('/');
        rest = &rest[tag_end..];
        if is_secret && !self_closing {
            let content_end = rest.find('<').unwrap_or(rest.len());
            if content_end > 0 {
                out.push_str("[redacted]");
                changed = true;
            }
            rest = &rest[content_end..];
        }
    }
    if !changed {
        return Cow::Borrowed(xml);
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::terminal_safe;

    #[test]
    fn text_from_others_cannot_rewrite_the_line() {
        assert_eq!(terminal_safe("plain", " "), "plain");
        assert_eq!(terminal_safe("a\nb", "\n    "), "a\n    b");
        assert_eq!(terminal_safe("ok\rboss@x: pay", "\n"), "ok\\rboss@x: pay");
        assert_eq!(terminal_safe("\u{1b}[2K", " "), "\\u{1b}[2K");
        assert_eq!(
            terminal_safe("evil\u{202e}gro.elpmaxe@ecila", " "),
            "evil\\u{202e}gro.elpmaxe@ecila"
        );
        assert_eq!(
            terminal_safe("x\u{2066}y\u{2069}", " "),
            "x\\u{2066}y\\u{2069}"
        );
        assert_eq!(terminal_safe("tab\tkept, é kept", " "), "tab\tkept, é kept");
    }

    use super::redact_secrets;

    #[test]
    fn redacts_sasl_payloads_only() {
        let auth = "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>AGFsaWNlAHNlY3JldA==</auth>";
        assert_eq!(
            redact_secrets(auth),
            "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>[redacted]</auth>"
        );
        let resp = "<response xmlns=\"x\">Yz1iaXdz</response><success xmlns=\"x\">dj1x</success>";
        assert_eq!(
            redact_secrets(resp),
            "<response xmlns=\"x\">[redacted]</response><success xmlns=\"x\">[redacted]</success>"
        );
        let msg = "<message to='a@b'><body>authority</body></message>";
        assert_eq!(redact_secrets(msg), msg);
        let join = "<presence to='r@c/n'><x xmlns='http://jabber.org/protocol/muc'><password>sesame</password></x></presence>";
        assert!(!redact_secrets(join).contains("sesame"));
        let form = "<x xmlns='jabber:x:data'><field var='muc#roomconfig_roomsecret'><value>sesame</value></field><field var='muc#roomconfig_roomname'><value>Ops</value></field><field type='text-private' var='x'><value>pin</value></field></x>";
        let r = redact_secrets(form);
        assert!(!r.contains("sesame") && !r.contains(">pin<"), "{r}");
        assert!(r.contains(">Ops<"), "{r}");
        assert_eq!(
            redact_secrets("<success xmlns='x'/>"),
            "<success xmlns='x'/>"
        );
        assert_eq!(
            redact_secrets("<authzid>ok</authzid>"),
            "<authzid>ok</authzid>"
        );
    }
}
