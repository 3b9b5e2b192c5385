//! Input cut into blocks of whole lines for `xmpp jid`: large reads
//! straight into the block (no copy through a line buffer, no work per
//! line, few system calls), memory bounded on any input however long its
//! lines, and a block handed on as soon as input pauses, so a slow
//! producer's lines are not held back.

use std::io::{self, Read};
use std::ops::Range;

/// A block holds at least this much, unless input pauses or ends. Large:
/// on a virtualised machine a system call costs more than the copy.
pub const BLOCK_BYTES: usize = 1024 * 1024;
/// How much of a line is looked at: enough to know it is too long (the
/// longest JID is 3071 bytes; a URI can escape it to three times that).
pub const KEEP_BYTES: usize = 16 * 1024;

/// Cuts a reader into blocks of whole lines.
pub struct Blocks<R> {
    input: R,
    /// The start of a line read past the end of the last block.
    carry: Vec<u8>,
    /// The last line is longer than `KEEP_BYTES`: the rest of it is being
    /// skipped.
    skipping: bool,
    eof: bool,
}

impl<R: Read> Blocks<R> {
    pub fn new(input: R) -> Self {
        Blocks {
            input,
            carry: Vec::new(),
            skipping: false,
            eof: false,
        }
    }

    /// Fill `block` with whole lines, each ending in '\n' (one is added to
    /// a last line without it), until they fill at least `BLOCK_BYTES`, the
    /// input pauses (a short read) with a whole line in, or the input ends.
    /// A line longer than `KEEP_BYTES` is kept to its first `KEEP_BYTES`
    /// when it does not fit in one read; callers cut every line there
    /// ([`line_ranges`]), so where reads fall never shows. The lines are
    /// `block[..bytes]`; returns `bytes`, 0 at the end of input (the
    /// lines are not counted here: [`count_newlines`] when their numbers
    /// are wanted). `block` keeps its length from call to call (its tail is
    /// scratch), so reusing it costs no zeroing and no page faults.
    pub fn next_block(&mut self, block: &mut Vec<u8>) -> io::Result<usize> {
        const CAPACITY: usize = BLOCK_BYTES + KEEP_BYTES + 1;
        if block.len() < CAPACITY {
            // Zeroed pages from the allocator (calloc): not written twice.
            *block = vec![0; CAPACITY];
        }
        let mut len = self.carry.len();
        block[..len].copy_from_slice(&self.carry);
        self.carry.clear();
        // Where the last (unfinished) line starts.
        let mut partial = 0;
        while !self.eof && len < BLOCK_BYTES {
            let old = len;
            let want = BLOCK_BYTES + KEEP_BYTES - old;
            let n = loop {
                match self.input.read(&mut block[old..old + want]) {
                    Ok(n) => break n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(e),
                }
            };
            len = old + n;
            if n == 0 {
                self.eof = true;
                break;
            }
            let mut fresh = old;
            if self.skipping {
                match memchr::memchr(b'\n', &block[old..len]) {
                    Some(i) => {
                        // Drop the rest of the long line, keep its '\n'.
                        block.copy_within(old + i..len, old);
                        len -= i;
                        self.skipping = false;
                        partial = old + 1;
                    }
                    None => {
                        len = old;
                        continue;
                    }
                }
                fresh = old + 1;
            }
            if let Some(i) = memchr::memrchr(b'\n', &block[fresh..len]) {
                partial = fresh + i + 1;
            }
            if len - partial > KEEP_BYTES {
                len = partial + KEEP_BYTES;
                self.skipping = true;
            }
            if n < want && partial > 0 {
                break; // the input paused: hand on what is here
            }
        }
        if self.eof {
            self.skipping = false;
            if len > 0 && block[len - 1] != b'\n' {
                block[len] = b'\n';
                len += 1;
            }
        } else {
            self.carry.extend_from_slice(&block[partial..len]);
            len = partial;
        }
        Ok(len)
    }
}

/// The number of '\n' in `b` (memchr finds them 32 bytes a step): the
/// number of lines in a block.
pub fn count_newlines(b: &[u8]) -> u64 {
    memchr::memchr_iter(b'\n', b).count() as u64
}

/// Where each line of a block is: its bytes without the line ending ("\n"
/// or "\r\n"), cut to `KEEP_BYTES` first.
pub fn line_ranges(block: &[u8]) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    memchr::memchr_iter(b'\n', block).map(move |end| {
        let line = start..end.min(start + KEEP_BYTES);
        start = end + 1;
        match block[line.clone()] {
            [.., b'\r'] => line.start..line.end - 1,
            _ => line,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every block of `input` read through `Blocks` over a reader that
    /// gives at most `chunk` bytes a call.
    fn all_lines(input: &[u8], chunk: usize) -> (Vec<Vec<u8>>, usize) {
        struct Trickle<'a>(&'a [u8], usize);
        impl Read for Trickle<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                let n = buf.len().min(self.1).min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut blocks = Blocks::new(Trickle(input, chunk));
        let mut block = Vec::new();
        let (mut out, mut biggest) = (Vec::new(), 0);
        loop {
            let bytes = blocks.next_block(&mut block).unwrap();
            let n = count_newlines(&block[..bytes]);
            if bytes == 0 {
                return (out, biggest);
            }
            let lines = &block[..bytes];
            assert_eq!(lines.last(), Some(&b'\n'));
            biggest = biggest.max(block.len());
            let before = out.len();
            out.extend(line_ranges(lines).map(|r| lines[r].to_vec()));
            assert_eq!(out.len() - before, n as usize);
        }
    }

    #[test]
    fn lines_are_the_same_wherever_reads_fall() {
        let mut input = Vec::new();
        input.extend_from_slice(b"a@b\r\n\n");
        input.extend(std::iter::repeat_n(b'x', 5 << 20)); // one line of 5 MiB
        input.extend_from_slice(b"\n");
        input.extend(std::iter::repeat_n(b'y', KEEP_BYTES + 1));
        input.extend_from_slice(b"\n");
        input.extend(std::iter::repeat_n(b'z', KEEP_BYTES));
        input.extend_from_slice(b"\n");
        for i in 0..20_000 {
            input.extend_from_slice(format!("user{i}@example.org/r\n").as_bytes());
        }
        input.extend_from_slice(b"last@b"); // no final newline
        let want: Vec<Vec<u8>> = input
            .split(|&b| b == b'\n')
            .map(|l| &l[..l.len().min(KEEP_BYTES)])
            .map(|l| l.strip_suffix(b"\r").unwrap_or(l).to_vec())
            .collect();
        assert_eq!(want.len(), 20_006);
        for chunk in [1, 7, 4096, 1 << 20] {
            let (got, biggest) = all_lines(&input, chunk);
            assert_eq!(got.len(), want.len(), "chunk {chunk}");
            assert!(got == want, "chunk {chunk}");
            // Memory stays bounded whatever the lines are.
            assert!(biggest <= BLOCK_BYTES + 2 * KEEP_BYTES, "{biggest}");
        }
    }

    #[test]
    fn a_paused_input_is_handed_on_at_once() {
        // A reader that has one line now and would block for the next.
        let mut blocks = Blocks::new(&b"a@b\nc@"[..]);
        let mut block = Vec::new();
        let bytes = blocks.next_block(&mut block).unwrap();
        assert_eq!(&block[..bytes], &b"a@b\n"[..]);
    }

    #[test]
    fn newlines_are_counted_in_every_position() {
        let mut b = vec![b'x'; 32 * 255 * 2 + 77];
        for i in (0..b.len()).step_by(3) {
            b[i] = b'\n';
        }
        for end in [0, 1, 31, 32, 33, 8160, 8161, b.len()] {
            let want = b[..end].iter().filter(|&&c| c == b'\n').count() as u64;
            assert_eq!(count_newlines(&b[..end]), want, "{end}");
        }
    }

    #[test]
    fn empty_input_has_no_lines() {
        assert!(all_lines(b"", 1).0.is_empty());
        assert_eq!(all_lines(b"\n", 1).0, vec![Vec::<u8>::new()]);
    }
}
