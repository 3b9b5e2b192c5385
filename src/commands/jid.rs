//! `xmpp jid validate | split | normalize`: offline JID tools for
//! pipelines. Input streams through bounded blocks (memory stays flat on
//! any input, however long its lines), worker threads check blocks in
//! parallel, and output is written in input order.

use std::io::{self, BufRead, Write};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex};

use anyhow::Result;

use crate::cli::{JidCommand, JidInputArgs};
use crate::error::{fail, Kind};
use crate::jidtools::{check, Verdict, MAX_JID_BYTES};
use crate::output::{self, Output};

/// Lines of a block go to one worker; a block holds at least this much.
const BLOCK_BYTES: usize = 128 * 1024;
/// How much of an overlong line is kept: enough to know it is too long.
const KEEP_BYTES: usize = MAX_JID_BYTES + 1;

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

fn jobs(args: &JidInputArgs) -> Result<usize> {
    match args.jobs {
        Some(0) => Err(fail(Kind::Usage, "--jobs must be at least 1")),
        Some(n) => Ok(n),
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
    }
}

fn from_args(opts: Opts, jids: &[String], out: &mut Output) -> Result<Stats> {
    let mut buf = Vec::new();
    let mut err = Vec::new();
    let mut scratch = Vec::new();
    let mut stats = Stats::default();
    for (i, jid) in jids.iter().enumerate() {
        one(
            opts,
            i as u64 + 1,
            jid.as_bytes(),
            &mut scratch,
            &mut buf,
            &mut err,
            &mut stats,
        );
    }
    out.writer().write_all(&buf)?;
    crate::output::diagnostics(&err)?;
    Ok(stats)
}

fn stdin_reader() -> impl BufRead {
    io::BufReader::with_capacity(256 * 1024, io::stdin().lock())
}

fn from_stdin(opts: Opts, jobs: usize, out: &mut Output) -> Result<Stats> {
    if jobs <= 1 {
        let mut reader = stdin_reader();
        let mut block = Vec::with_capacity(BLOCK_BYTES + KEEP_BYTES);
        let (mut buf, mut err, mut scratch) = (Vec::new(), Vec::new(), Vec::new());
        let mut stats = Stats::default();
        let mut first = 1;
        loop {
            let lines = read_block(&mut reader, &mut block).map_err(stdin_error)?;
            if lines == 0 {
                return Ok(stats);
            }
            buf.clear();
            err.clear();
            stats.add(process_block(
                opts,
                first,
                &block,
                &mut scratch,
                &mut buf,
                &mut err,
            ));
            first += lines;
            out.writer().write_all(&buf)?;
            crate::output::diagnostics(&err)?;
        }
    }
    parallel(opts, jobs, out)
}

fn stdin_error(e: io::Error) -> anyhow::Error {
    fail(Kind::Usage, format!("reading stdin: {e}"))
}

struct Done {
    seq: u64,
    out: Vec<u8>,
    err: Vec<u8>,
    stats: Stats,
}

/// A reader thread cuts stdin into blocks, `jobs` workers check them, and
/// this thread writes the results back in block order. Channels are
/// bounded, so a slow consumer slows the reader instead of buffering.
fn parallel(opts: Opts, jobs: usize, out: &mut Output) -> Result<Stats> {
    let (work_tx, work_rx) = sync_channel::<(u64, u64, Vec<u8>)>(jobs * 2);
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = sync_channel::<Done>(jobs * 2);
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let work_rx = Arc::clone(&work_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || {
                let mut scratch = Vec::new();
                loop {
                    let job = work_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok((seq, first, block))) = job else {
                        break;
                    };
                    let (mut out, mut err) = (Vec::with_capacity(block.len()), Vec::new());
                    let stats =
                        process_block(opts, first, &block, &mut scratch, &mut out, &mut err);
                    if done_tx
                        .send(Done {
                            seq,
                            out,
                            err,
                            stats,
                        })
                        .is_err()
                    {
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        drop(work_rx);
        let reader = scope.spawn(move || -> io::Result<()> {
            let mut reader = stdin_reader();
            let mut first = 1;
            for seq in 0.. {
                let mut block = Vec::with_capacity(BLOCK_BYTES + KEEP_BYTES);
                let lines = read_block(&mut reader, &mut block)?;
                if lines == 0 {
                    break;
                }
                if work_tx.send((seq, first, block)).is_err() {
                    break;
                }
                first += lines;
            }
            Ok(())
        });
        let written = write_in_order(done_rx, out);
        let read = reader
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("reader thread panicked")));
        let stats = written?;
        read.map_err(stdin_error)?;
        Ok(stats)
    })
}

fn write_in_order(done_rx: Receiver<Done>, out: &mut Output) -> Result<Stats> {
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
            stats.add(done.stats);
            next += 1;
        }
    }
    Ok(stats)
}

/// Append whole lines to `block` (each ending in '\n') until it holds at
/// least `BLOCK_BYTES`. A line longer than `KEEP_BYTES` is cut there (it is
/// invalid either way) and the rest of it skipped, so memory stays bounded.
/// Returns the number of lines read; 0 at end of input.
fn read_block(r: &mut impl BufRead, block: &mut Vec<u8>) -> io::Result<u64> {
    block.clear();
    let mut lines = 0;
    while block.len() < BLOCK_BYTES {
        let start = block.len();
        let mut any = false;
        loop {
            let buf = match r.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                break;
            }
            any = true;
            let room = KEEP_BYTES.saturating_sub(block.len() - start);
            match memchr::memchr(b'\n', buf) {
                Some(i) => {
                    block.extend_from_slice(&buf[..i.min(room)]);
                    r.consume(i + 1);
                    break;
                }
                None => {
                    let n = buf.len();
                    block.extend_from_slice(&buf[..n.min(room)]);
                    r.consume(n);
                }
            }
        }
        if !any {
            break;
        }
        block.push(b'\n');
        lines += 1;
    }
    Ok(lines)
}

fn process_block(
    opts: Opts,
    first: u64,
    block: &[u8],
    scratch: &mut Vec<u8>,
    out: &mut Vec<u8>,
    err: &mut Vec<u8>,
) -> Stats {
    let mut stats = Stats::default();
    let mut start = 0;
    for (line_no, end) in (first..).zip(memchr::memchr_iter(b'\n', block)) {
        let mut line = &block[start..end];
        if let [rest @ .., b'\r'] = line {
            line = rest;
        }
        one(opts, line_no, line, scratch, out, err, &mut stats);
        start = end + 1;
    }
    stats
}

/// Check and render one input.
fn one(
    opts: Opts,
    line: u64,
    input: &[u8],
    scratch: &mut Vec<u8>,
    out: &mut Vec<u8>,
    err: &mut Vec<u8>,
    stats: &mut Stats,
) {
    stats.total += 1;
    let verdict = check(input, opts.uri, opts.fast, scratch);
    let normalized: Option<&str> = match &verdict {
        // The fast path only writes ASCII.
        Verdict::Fast => std::str::from_utf8(scratch).ok(),
        Verdict::Parsed(jid) => Some(jid.as_str()),
        Verdict::Invalid(_) => None,
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
            json_str(out, &String::from_utf8_lossy(input));
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
                out.extend_from_slice(n.as_bytes());
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
                json_str(out, &String::from_utf8_lossy(input));
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

fn json_opt(out: &mut Vec<u8>, value: Option<&str>) {
    match value {
        Some(v) => json_str(out, v),
        None => out.extend_from_slice(b"null"),
    }
}

/// A JSON string literal (serde_json's escaping, which copies runs that
/// need none in one go).
fn json_str(out: &mut Vec<u8>, s: &str) {
    // Writing a str into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, s);
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
        let mut r = io::Cursor::new(input);
        let mut block = Vec::new();
        let lines = read_block(&mut r, &mut block).unwrap();
        assert_eq!(lines, 3);
        assert!(block.len() < 2 * KEEP_BYTES);
        let opts = Opts {
            mode: Mode::Validate,
            json: true,
            quiet: false,
            uri: false,
            fast: true,
        };
        let (mut out, mut err, mut scratch) = (Vec::new(), Vec::new(), Vec::new());
        let stats = process_block(opts, 1, &block, &mut scratch, &mut out, &mut err);
        assert_eq!((stats.total, stats.invalid), (3, 1));
        let lines: Vec<serde_json::Value> = out
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_slice(l).unwrap())
            .collect();
        assert_eq!(lines[0]["input"], "a@b");
        assert_eq!(lines[1]["line"], 2);
        assert_eq!(lines[1]["error"], "JID longer than 3071 bytes");
        assert_eq!(lines[2]["normalized"], "last@b");
        assert_eq!(read_block(&mut r, &mut block).unwrap(), 0);
    }
}
