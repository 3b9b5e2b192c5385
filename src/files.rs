//! Files the user names (a config, a CA bundle, a roster export, the
//! OMEMO state), read with a bound: `/dev/zero`, or a log file named by
//! mistake, is refused at the bound instead of filling the memory.

use std::io::{self, Read};
use std::path::Path;

/// A config file or a sendxmpp file.
pub const CONFIG_MAX: u64 = 1 << 20;
/// A PEM bundle of trusted certificates (the system's is ~200 KiB).
pub const CA_MAX: u64 = 8 << 20;
/// A roster export (JSON; ~100 bytes a contact).
pub const ROSTER_MAX: u64 = 64 << 20;
/// The OMEMO state (bounded itself: well under this).
pub const OMEMO_STATE_MAX: u64 = 64 << 20;

/// The whole of `path`, if it is at most `max` bytes.
pub fn read_bounded(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    std::fs::File::open(path)?
        .take(max.saturating_add(1))
        .read_to_end(&mut buf)?;
    if buf.len() as u64 > max {
        return Err(io::Error::other(format!(
            "it is larger than {} KiB, which no such file is",
            max / 1024
        )));
    }
    Ok(buf)
}

/// Replace `path` with `bytes` atomically and privately: a temporary
/// file (mode 0600) in `dir` (the file's folder), synced, then renamed
/// over the old one, so that a crash leaves the old file or the new one,
/// never half of either.
pub fn replace(dir: &Path, path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let mut tmp = tempfile::Builder::new()
        .prefix(".xmpp-cli-")
        .tempfile_in(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// [`read_bounded`] as UTF-8 text.
pub fn read_text_bounded(path: &Path, max: u64) -> io::Result<String> {
    String::from_utf8(read_bounded(path, max)?)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "it is not UTF-8 text"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endless_file_is_refused_at_the_bound() {
        let e = read_bounded(Path::new("/dev/zero"), 1024).unwrap_err();
        assert!(e.to_string().contains("larger than 1 KiB"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("f");
        std::fs::write(&f, b"abc").unwrap();
        assert_eq!(read_bounded(&f, 3).unwrap(), b"abc");
        assert!(read_bounded(&f, 2).is_err());
        std::fs::write(&f, [0xff, 0xfe]).unwrap();
        assert!(read_text_bounded(&f, 10).is_err());
    }
}
