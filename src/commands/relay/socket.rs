//! The relay's local socket, for `xmpp send --via`: mode 0600 in a
//! directory only its owner can enter (made 0700 when missing, refused
//! when others can enter it); a stale socket of an earlier relay is
//! replaced, a live one is not. Removed when the relay ends.

use std::os::unix::fs::{DirBuilderExt, FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::error::{bail, fail, Kind};

/// `$XDG_RUNTIME_DIR/xmpp-cli/relay.sock`, when that variable holds an
/// absolute path.
pub fn default_path(env: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    env("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .map(|p| p.join("xmpp-cli").join("relay.sock"))
}

/// A bound socket, and the guard that removes its file.
pub struct Bound {
    pub listener: tokio::net::UnixListener,
    pub removal: Removal,
}

/// Removes the socket's file when dropped.
pub struct Removal(PathBuf);

impl Drop for Removal {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

pub fn bind(path: &Path) -> Result<Bound> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .ok_or_else(|| {
            fail(
                Kind::Usage,
                format!("--socket {}: not a path to a file", path.display()),
            )
        })?;
    let config = |what: String| fail(Kind::Config, format!("--socket {}: {what}", path.display()));
    match std::fs::metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .map_err(|e| config(format!("cannot make {}: {e}", dir.display())))?;
        }
        Err(e) => return Err(config(format!("{}: {e}", dir.display()))),
        Ok(m) if !m.is_dir() => {
            return Err(config(format!("{} is not a directory", dir.display())))
        }
        Ok(m) if m.mode() & 0o077 != 0 || m.uid() != rustix::process::geteuid().as_raw() => {
            return Err(config(format!(
                "{} can be entered by others (mode {:o}): the socket needs a directory of \
                 its own with mode 0700",
                dir.display(),
                m.mode() & 0o7777
            )))
        }
        Ok(_) => {}
    }
    if let Ok(m) = std::fs::symlink_metadata(path) {
        if !m.file_type().is_socket() {
            return Err(config("exists and is not a socket".into()));
        }
        if std::os::unix::net::UnixStream::connect(path).is_ok() {
            return bail(
                Kind::Config,
                format!(
                    "--socket {}: another relay is listening there",
                    path.display()
                ),
            );
        }
        std::fs::remove_file(path)
            .map_err(|e| config(format!("cannot replace a stale socket: {e}")))?;
    }
    let listener = tokio::net::UnixListener::bind(path).map_err(|e| config(e.to_string()))?;
    let bound = Bound {
        listener,
        removal: Removal(path.to_path_buf()),
    };
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
        .map_err(|e| config(format!("cannot make it private: {e}")))?;
    Ok(bound)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_private_socket_in_a_private_directory() {
        let base = tempfile::tempdir().unwrap();
        let path = base.path().join("run/xmpp-cli/relay.sock");
        let bound = bind(&path).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().mode() & 0o777;
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        assert_eq!(mode(&path), 0o600);
        // A live relay is not replaced; a stale socket is.
        let again = bind(&path).err().unwrap().to_string();
        assert!(again.contains("another relay"), "{again}");
        drop(bound);
        assert!(!path.exists(), "removed at the end");
        // A socket file nobody listens on any more.
        drop(std::os::unix::net::UnixListener::bind(&path).unwrap());
        assert!(path.exists());
        let bound = bind(&path).unwrap();
        assert_eq!(mode(&path), 0o600);
        drop(bound);
    }

    #[test]
    fn a_directory_others_can_enter_is_refused() {
        let base = tempfile::tempdir().unwrap();
        let dir = base.path().join("shared");
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        let e = bind(&dir.join("relay.sock")).err().unwrap().to_string();
        assert!(e.contains("mode 755"), "{e}");
        let file = base.path().join("file");
        std::fs::write(&file, "").unwrap();
        std::fs::set_permissions(base.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
        let e = bind(&file).err().unwrap().to_string();
        assert!(e.contains("not a socket"), "{e}");
    }

    #[test]
    fn the_default_is_under_the_runtime_directory() {
        let env = |v: &'static str| move |k: &str| (k == "XDG_RUNTIME_DIR").then(|| v.to_string());
        assert_eq!(
            default_path(env("/run/user/1000")),
            Some(PathBuf::from("/run/user/1000/xmpp-cli/relay.sock"))
        );
        assert_eq!(default_path(env("relative")), None);
        assert_eq!(default_path(|_| None), None);
    }
}
