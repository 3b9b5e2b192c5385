//! `xmpp jid validate | split | normalize`: offline JID tools for
//! pipelines. Input streams through bounded blocks (memory stays flat on
//! any input, however long its lines), worker threads take turns reading
//! a block and check theirs in parallel, and output is written in input
//! order.

mod blocks;

use std::borrow::Cow;
use std::io::{self, Write};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Mutex;

use anyhow::Result;

use crate::cli::{JidCommand, JidInputArgs};
use crate::error::{fail, Kind};
use crate::jidtools::{
    check, check_after_fast, check_str, fast_valid, none_bad, PartCache, Path, Verdict, Want,
};
use crate::output::{self, Output};
#[cfg(test)]
use blocks::KEEP_BYTES;
use blocks::{count_newlines, line_ranges, Blocks};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Validate,
    Split,
    Normalize,
}

#[derive(Clone, Copy)]
struct Opts {
    mode: Mode,
    json: bool,
    quiet: bool,
    uri: bool,
    fast: bool,
}

impl Opts {
    /// A valid line prints nothing (`validate` without `--json`), so the
    /// ASCII fast path's yes is all a line of input needs.
    fn fast_alone(self) -> bool {
        self.mode == Mode::Validate && !self.json && self.fast && !self.uri
    }

    /// The number of lines in a block, when their numbers are printed
    /// (JSON, and the reasons without `--quiet`); else 0, so line numbers
    /// stay 1 and the lines need no count (the totals count them).
    fn lines_in(self, block: &[u8]) -> u64 {
        if self.json || !self.quiet {
            count_newlines(block)
        } else {
            0
        }
    }
}

/// What one worker reuses from line to line.
#[derive(Default)]
struct Work {
    /// The normalized form of the current line.
    scratch: Vec<u8>,
    cache: PartCache,
}

#[derive(Default, Clone, Copy)]
struct Stats {
    total: u64,
    invalid: u64,
}

impl Stats {
    fn add(&mut self, other: Stats) {
        self.total += other.total;
        self.invalid += other.invalid;
    }
}

pub fn run(cmd: &JidCommand, quiet: bool, out: &mut Output) -> Result<()> {
    let (mode, args) = match cmd {
        JidCommand::Validate(a) => (Mode::Validate, a),
        JidCommand::Split(a) => (Mode::Split, a),
        JidCommand::Normalize(a) => (Mode::Normalize, a),
    };
    let opts = Opts {
        mode,
        json: out.is_json(),
        quiet,
        uri: args.uri,
        fast: !args.no_fast_path,
    };
    let jobs = jobs(args)?;
    let stats = if args.jids.is_empty() {
        from_stdin(opts, jobs, out)?
    } else {
        from_args(opts, &args.jids, out)?
    };
    out.flush()?;
    let noun = |n: u64| if n == 1 { "JID" } else { "JIDs" };
    if stats.invalid > 0 {
        let message = if quiet {
            String::new()
        } else {
            format!(
                "{} of {} {} invalid",
                stats.invalid,
                stats.total,
                noun(stats.total)
            )
        };
        return Err(fail(Kind::Negative, message));
    }
    if mode == Mode::Validate && !opts.json {
        output::note(&format!(
            "{} {} checked, all valid",
            stats.total,
            noun(stats.total)
        ));
    }
    Ok(())
}

/// The most worker threads `--jobs` starts: each holds a block of 1 MiB
/// and a thread stack, and more than the machine's cores gain nothing.
pub const MAX_JOBS: usize = 256;

fn jobs(args: &JidInputArgs) -> Result<usize> {
    match args.jobs {
        Some(0) => Err(fail(Kind::Usage, "--jobs must be at least 1")),
        Some(n) if n > MAX_JOBS => {
            crate::output::warn(&format!(
                "--jobs {n} is more than {MAX_JOBS} workers: using {MAX_JOBS}"
            ));
            Ok(MAX_JOBS)
        }
        Some(n) => Ok(n),
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
    }
}

fn from_args(opts: Opts, jids: &[String], out: &mut Output) -> Result<Stats> {
    let mut buf = Vec::new();
    let mut err = Vec::new();
    let mut work = Work::default();
    let mut stats = Stats::default();
    for (i, jid) in jids.iter().enumerate() {
        one(
            opts,
            i as u64 + 1,
            jid.as_bytes(),
            Some(jid),
            &mut work,
            &mut buf,
            &mut err,
            &mut stats,
        );
    }
    out.writer().write_all(&buf)?;
    crate::output::diagnostics(&err)?;
    Ok(stats)
}

fn stdin_blocks() -> Blocks<io::StdinLock<'static>> {
    Blocks::new(io::stdin().lock())
}

fn from_stdin(opts: Opts, jobs: usize, out: &mut Output) -> Result<Stats> {
    if jobs <= 1 {
        let mut reader = stdin_blocks();
        let (mut block, mut buf, mut err) = (Vec::new(), Vec::new(), Vec::new());
        let mut work = Work::default();
        let mut stats = Stats::default();
        let mut first = 1;
        loop {
            let bytes = reader.next_block(&mut block).map_err(stdin_error)?;
            if bytes == 0 {
                return Ok(stats);
            }
            buf.clear();
            err.clear();
            let block = &block[..bytes];
            stats.add(process_block(
                opts, first, block, &mut work, &mut buf, &mut err,
            ));
            first += opts.lines_in(block);
            out.writer().write_all(&buf)?;
            crate::output::diagnostics(&err)?;
        }
    }
    parallel(opts, jobs, out)
}

fn stdin_error(e: io::Error) -> anyhow::Error {
    fail(Kind::Usage, format!("reading stdin: {e}"))
}

/// What the workers share to take the next block: the input, and the
/// number and first line of the next block. Taken under a lock, so
/// blocks are read, numbered and counted in order.
struct Input {
    blocks: Blocks<io::Stdin>,
    seq: u64,
    first: u64,
    /// A read failed: no worker reads again, the error is the command's.
    failed: Option<io::Error>,
}

struct Done {
    seq: u64,
    out: Vec<u8>,
    err: Vec<u8>,
    stats: Stats,
}

/// `jobs` workers take turns reading a block of stdin (under a lock,
/// which also numbers it) and check it while the others read or check
/// theirs; this thread writes the results back in block order. A block
/// is checked by the thread that read it, while it is still in that
/// core's cache. The results channel is bounded, so a slow consumer
/// slows the workers instead of buffering; output buffers go round
/// (this thread hands them back): a fresh megabyte costs page faults,
/// which virtual machines make dear.
fn parallel(opts: Opts, jobs: usize, out: &mut Output) -> Result<Stats> {
    let input = Mutex::new(Input {
        blocks: Blocks::new(io::stdin()),
        seq: 0,
        first: 1,
        failed: None,
    });
    let (done_tx, done_rx) = sync_channel::<Done>(jobs * 2);
    let (spare_out_tx, spare_out_rx) = sync_channel::<Vec<u8>>(jobs * 4);
    let spare_out_rx = Mutex::new(spare_out_rx);
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let (input, spare_out_rx) = (&input, &spare_out_rx);
            scope.spawn(move || {
                let mut work = Work::default();
                let mut block = Vec::new();
                while let Some((seq, first, bytes)) = next_block(input, opts, &mut block) {
                    let spare = spare_out_rx.lock().ok().and_then(|rx| rx.try_recv().ok());
                    let (mut out, mut err) = (spare.unwrap_or_default(), Vec::new());
                    out.clear();
                    let stats =
                        process_block(opts, first, &block[..bytes], &mut work, &mut out, &mut err);
                    let done = Done {
                        seq,
                        out,
                        err,
                        stats,
                    };
                    if done_tx.send(done).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        let stats = write_in_order(done_rx, &spare_out_tx, out);
        // A failed write ends the workers (their sends fail) and the scope
        // joins them; a read error is the command's own.
        let failed = input.lock().ok().and_then(|mut i| i.failed.take());
        let stats = stats?;
        if let Some(e) = failed {
            return Err(stdin_error(e));
        }
        Ok(stats)
    })
}

/// Read the next block into `block` under the input's lock: its number,
/// first line and length; `None` at the end of input, after a read error
/// (kept for the command), or when another worker's read failed.
fn next_block(input: &Mutex<Input>, opts: Opts, block: &mut Vec<u8>) -> Option<(u64, u64, usize)> {
    let mut input = input.lock().ok()?;
    if input.failed.is_some() {
        return None;
    }
    let bytes = match input.blocks.next_block(block) {
        Ok(0) => return None,
        Ok(bytes) => bytes,
        Err(e) => {
            input.failed = Some(e);
            return None;
        }
    };
    let (seq, first) = (input.seq, input.first);
    input.seq += 1;
    input.first += opts.lines_in(&block[..bytes]);
    Some((seq, first, bytes))
}

fn write_in_order(
    done_rx: Receiver<Done>,
    spare: &SyncSender<Vec<u8>>,
    out: &mut Output,
) -> Result<Stats> {
    let mut next = 0;
    let mut waiting = std::collections::BTreeMap::new();
    let mut stats = Stats::default();
    for done in done_rx {
        waiting.insert(done.seq, done);
        while let Some(done) = waiting.remove(&next) {
            out.writer().write_all(&done.out)?;
            if !done.err.is_empty() {
                crate::output::diagnostics(&done.err)?;
            }
            let _ = spare.try_send(done.out);
            stats.add(done.stats);
            next += 1;
        }
    }
    Ok(stats)
}

fn process_block(
    opts: Opts,
    first: u64,
    block: &[u8],
    work: &mut Work,
    out: &mut Vec<u8>,
    err: &mut Vec<u8>,
) -> Stats {
    let mut stats = Stats::default();
    // Most blocks are UTF-8 through and through: checked at once (SIMD),
    // each line is then known to be UTF-8 (unless cut inside a
    // character), and plain ASCII lines (most) need no check of their own.
    let text = simdutf8::basic::from_utf8(block).ok();
    for (line_no, range) in (first..).zip(line_ranges(block)) {
        let input = &block[range.clone()];
        let input_text = text.and_then(|t| t.get(range));
        one(opts, line_no, input, input_text, work, out, err, &mut stats);
    }
    stats
}

/// Check and render one input; `text` is the same input when it is known
/// to be UTF-8. Where a valid input prints nothing, the ASCII fast path's
/// yes is all most inputs need: that much is inlined in the caller's loop.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn one(
    opts: Opts,
    line: u64,
    input: &[u8],
    text: Option<&str>,
    work: &mut Work,
    out: &mut Vec<u8>,
    err: &mut Vec<u8>,
    stats: &mut Stats,
) {
    stats.total += 1;
    if opts.fast_alone() && fast_valid(input) {
        return;
    }
    checked(opts, line, input, text, work, out, err, stats);
}

/// [`one`] past the fast path alone.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn checked(
    opts: Opts,
    line: u64,
    input: &[u8],
    text: Option<&str>,
    work: &mut Work,
    out: &mut Vec<u8>,
    err: &mut Vec<u8>,
    stats: &mut Stats,
) {
    let path = match (opts.fast, opts.mode) {
        (false, _) => Path::Crate,
        // `split` reads the parts off the crate's JID.
        (true, Mode::Split) => Path::Ascii,
        (true, _) => Path::Parts(&mut work.cache),
    };
    let scratch = &mut work.scratch;
    // `validate` prints no normalized form but in JSON; `--quiet` prints
    // no reason but in JSON.
    let keep = opts.mode != Mode::Validate || opts.json;
    let want = Want {
        normalized: keep,
        reason: opts.json || !opts.quiet,
    };
    let verdict = match text {
        _ if opts.fast_alone() => check_after_fast(input, text, path, want, scratch),
        Some(text) => check_str(text, opts.uri, path, want, scratch),
        None => check(input, opts.uri, path, want, scratch),
    };
    // UTF-8: written from `str`s only.
    let normalized: Option<&[u8]> = match &verdict {
        _ if !keep => None, // not printed
        Verdict::Fast => Some(scratch),
        Verdict::Parsed(jid) => Some(jid.as_str().as_bytes()),
        Verdict::Invalid(_) => None,
    };
    let input_text = || text.map_or_else(|| String::from_utf8_lossy(input), Cow::Borrowed);
    // A valid input was UTF-8 (the fast path takes ASCII only; anything
    // else was checked), so it needs no second look.
    let input_json = |out: &mut Vec<u8>| match verdict {
        Verdict::Invalid(_) => json_str(out, input_text().as_bytes()),
        _ => json_str(out, input),
    };
    let reason = match &verdict {
        Verdict::Invalid(r) => {
            stats.invalid += 1;
            Some(r.as_ref())
        }
        _ => None,
    };
    match (opts.mode, opts.json) {
        (Mode::Validate | Mode::Normalize, true) => {
            out.extend_from_slice(b"{\"line\":");
            out.extend_from_slice(itoa::Buffer::new().format(line).as_bytes());
            out.extend_from_slice(b",\"input\":");
            input_json(out);
            out.extend_from_slice(if reason.is_none() {
                b",\"valid\":true,\"normalized\":"
            } else {
                b",\"valid\":false,\"normalized\":"
            });
            json_opt(out, normalized);
            out.extend_from_slice(b",\"error\":");
            json_opt(out, reason);
            out.extend_from_slice(b"}\n");
        }
        (Mode::Validate, false) => {
            if let (Some(reason), false) = (reason, opts.quiet) {
                out.extend_from_slice(itoa::Buffer::new().format(line).as_bytes());
                out.extend_from_slice(b": ");
                human_input(out, input);
                out.extend_from_slice(b": ");
                out.extend_from_slice(reason.as_bytes());
                out.push(b'\n');
            }
        }
        (Mode::Normalize, false) => match (normalized, reason) {
            (Some(n), _) => {
                out.extend_from_slice(n);
                out.push(b'\n');
            }
            (None, reason) => error_line(err, opts, line, input, reason.unwrap_or_default()),
        },
        (Mode::Split, json) => {
            let parts = match &verdict {
                Verdict::Invalid(_) => None,
                Verdict::Fast => {
                    jid::Jid::new(std::str::from_utf8(scratch).unwrap_or_default()).ok()
                }
                Verdict::Parsed(j) => Some(j.clone()),
            };
            if json {
                let local = parts.as_ref().and_then(|j| j.node().map(|n| n.to_string()));
                let domain = parts.as_ref().map(|j| j.domain().to_string());
                let resource = parts
                    .as_ref()
                    .and_then(|j| j.resource().map(|r| r.to_string()));
                let bare = parts.as_ref().map(|j| j.to_bare().to_string());
                let full = parts
                    .as_ref()
                    .filter(|j| j.resource().is_some())
                    .map(|j| j.to_string());
                out.extend_from_slice(b"{\"input\":");
                input_json(out);
                for (key, value) in [
                    ("local", local.as_deref()),
                    ("domain", domain.as_deref()),
                    ("resource", resource.as_deref()),
                    ("bare", bare.as_deref()),
                    ("full", full.as_deref()),
                    ("error", reason),
                ] {
                    out.extend_from_slice(b",\"");
                    out.extend_from_slice(key.as_bytes());
                    out.extend_from_slice(b"\":");
                    json_opt(out, value);
                }
                out.extend_from_slice(b"}\n");
            } else if let Some(j) = parts {
                human_input(out, input);
                for value in [
                    j.node().map(|n| n.to_string()).unwrap_or_default(),
                    j.domain().to_string(),
                    j.resource().map(|r| r.to_string()).unwrap_or_default(),
                    j.to_bare().to_string(),
                    if j.resource().is_some() {
                        j.to_string()
                    } else {
                        String::new()
                    },
                ] {
                    out.push(b'\t');
                    out.extend_from_slice(value.as_bytes());
                }
                out.push(b'\n');
            } else {
                error_line(err, opts, line, input, reason.unwrap_or_default());
            }
        }
    }
}

/// `xmpp: line N: INPUT: REASON` on stderr (split, normalize).
fn error_line(err: &mut Vec<u8>, opts: Opts, line: u64, input: &[u8], reason: &str) {
    if opts.quiet {
        return;
    }
    err.extend_from_slice(b"xmpp: line ");
    err.extend_from_slice(itoa::Buffer::new().format(line).as_bytes());
    err.extend_from_slice(b": ");
    human_input(err, input);
    err.extend_from_slice(b": ");
    err.extend_from_slice(reason.as_bytes());
    err.push(b'\n');
}

/// The input as text on one line: invalid UTF-8 as U+FFFD, control
/// characters escaped (`\t`, `\u{0}`), so one input stays one line.
fn human_input(out: &mut Vec<u8>, input: &[u8]) {
    let text = String::from_utf8_lossy(input);
    if !text.chars().any(char::is_control) {
        out.extend_from_slice(text.as_bytes());
        return;
    }
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_debug().to_string().bytes());
        } else {
            let mut b = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
        }
    }
}

fn json_opt<S: AsRef<[u8]>>(out: &mut Vec<u8>, value: Option<S>) {
    match value {
        Some(v) => json_str(out, v),
        None => out.extend_from_slice(b"null"),
    }
}

/// A JSON string literal of UTF-8 text. Most JIDs need no escaping: then
/// one scan (`none_bad`, the JID checks' byte scan) and one copy; else
/// serde_json's escaping (which escapes nothing else: `"`, `\` and
/// control characters below U+0020).
fn json_str(out: &mut Vec<u8>, s: impl AsRef<[u8]>) {
    let s = s.as_ref();
    if none_bad(s, |b| (b < 0x20) | (b == b'"') | (b == b'\\')) {
        out.push(b'"');
        out.extend_from_slice(s);
        out.push(b'"');
        return;
    }
    // Writing a str into a Vec cannot fail; the text is UTF-8 (callers
    // pass `str`s), the lossy form only keeps the JSON valid if not.
    let _ = serde_json::to_writer(&mut *out, &String::from_utf8_lossy(s));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_round_trip() {
        for s in [
            "plain",
            "quo\"te",
            "back\\slash",
            "nl\ncr\rtab\t",
            "nul\0bel\u{7}del\u{7f}",
            "ünï 🚀",
        ] {
            let mut out = Vec::new();
            json_str(&mut out, s);
            let back: String = serde_json::from_slice(&out).unwrap();
            assert_eq!(back, s);
        }
    }

    #[test]
    fn blocks_cut_overlong_lines_and_keep_line_numbers() {
        let mut input = Vec::new();
        input.extend_from_slice(b"a@b\r\n");
        input.extend(std::iter::repeat_n(b'x', 1 << 20));
        input.extend_from_slice(b"\nlast@b"); // no final newline
        let mut r = Blocks::new(io::Cursor::new(input));
        let (mut block, mut all, mut lines) = (Vec::new(), Vec::new(), 0);
        loop {
            let bytes = r.next_block(&mut block).unwrap();
            if bytes == 0 {
                break;
            }
            all.extend_from_slice(&block[..bytes]);
            lines += count_newlines(&block[..bytes]);
        }
        assert_eq!(lines, 3);
        let block = &all[..];
        let opts = Opts {
            mode: Mode::Validate,
            json: true,
            quiet: false,
            uri: false,
            fast: true,
        };
        let (mut out, mut err, mut work) = (Vec::new(), Vec::new(), Work::default());
        let stats = process_block(opts, 1, block, &mut work, &mut out, &mut err);
        assert_eq!((stats.total, stats.invalid), (3, 1));
        let lines: Vec<serde_json::Value> = out
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_slice(l).unwrap())
            .collect();
        assert_eq!(lines[0]["input"], "a@b");
        assert_eq!(lines[1]["line"], 2);
        assert_eq!(lines[1]["error"], "JID longer than 3071 bytes");
        assert_eq!(lines[1]["input"].as_str().map(str::len), Some(KEEP_BYTES));
        assert_eq!(lines[2]["normalized"], "last@b");
    }
}
