//! The OMEMO state of one account on disk:
//! `$XDG_DATA_HOME/xmpp-cli/omemo/BARE-JID/state.json` (directory 0700,
//! file 0600), replaced atomically (a temporary file renamed over it).
//! A `lock` file beside it is held exclusively (`flock`) from load to
//! save, so two `xmpp` processes of one account (overlapping cron jobs)
//! take turns instead of forking the ratchet state.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use tokio::time::Instant;

use super::state::State;
use crate::error::{fail, Kind};

/// The directory of an account's state.
pub fn dir_for(account: &str) -> Option<PathBuf> {
    let base = crate::xdg::base("XDG_DATA_HOME", ".local/share", &crate::xdg::process_env)?;
    Some(base.join("xmpp-cli").join("omemo").join(account))
}

/// A locked store. The lock is released when this is dropped.
pub struct Store {
    dir: PathBuf,
    _lock: File,
}

impl Store {
    /// Opens (creating it) and locks an account's store, waiting for
    /// another process's lock until `deadline`.
    pub async fn lock(dir: &Path, deadline: Instant) -> Result<Store> {
        create_private_dir(dir)?;
        let path = dir.join("lock");
        let mut options = File::options();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options
            .open(&path)
            .map_err(local(format!("cannot open {}", path.display())))?;
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                Err(fs::TryLockError::WouldBlock) => {
                    return Err(fail(
                        Kind::Timeout,
                        format!(
                            "the OMEMO store {} stayed locked by another xmpp process: wait for it, or raise --timeout",
                            dir.display()
                        ),
                    ))
                }
                Err(fs::TryLockError::Error(e)) => {
                    return Err(local(format!("cannot lock {}", path.display()))(e))
                }
            }
        }
        Ok(Store {
            dir: dir.to_path_buf(),
            _lock: file,
        })
    }

    fn state_path(&self) -> PathBuf {
        self.dir.join("state.json")
    }

    /// The saved state, if there is one.
    pub fn load(&self) -> Result<Option<State>> {
        let path = self.state_path();
        // The serialized state holds the private keys: zeroed when dropped.
        let text = match crate::files::read_bounded(&path, crate::files::OMEMO_STATE_MAX) {
            Ok(t) => zeroize::Zeroizing::new(t),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(local(format!("cannot read {}", path.display()))(e)),
        };
        let state = serde_json::from_slice(&text).map_err(|e| {
            fail(
                Kind::Config,
                format!("the OMEMO store {} is damaged: {e}", path.display()),
            )
        })?;
        Ok(Some(state))
    }

    /// The saved state, or a new device (saved at once, so its keys are
    /// never lost after being published).
    pub fn load_or_create(&self) -> Result<(State, bool)> {
        match self.load()? {
            Some(s) => Ok((s, false)),
            None => {
                let s = State::generate();
                self.save(&s)?;
                Ok((s, true))
            }
        }
    }

    /// Writes the state atomically (0600).
    pub fn save(&self, state: &State) -> Result<()> {
        let path = self.state_path();
        let text = zeroize::Zeroizing::new(
            serde_json::to_vec(state).context("cannot serialize the OMEMO state")?,
        );
        crate::files::replace(&self.dir, &path, &text)
            .map_err(local(format!("cannot replace {}", path.display())))?;
        Ok(())
    }
}

/// A local problem with the store (a path that is a file, no space, no
/// permission): SPEC's code for configuration and local problems, 3.
fn local(what: String) -> impl FnOnce(std::io::Error) -> anyhow::Error {
    move |e| {
        fail(
            Kind::Config,
            format!("{what}: {e} (the OMEMO store; XDG_DATA_HOME or HOME places it)"),
        )
    }
}

fn create_private_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(local(format!("cannot create {}", dir.display())))
    }
    #[cfg(not(unix))]
    {
        fs::create_dir_all(dir).map_err(local(format!("cannot create {}", dir.display())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn state_survives_and_the_lock_excludes() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("omemo/a@example.org");
        let store = Store::lock(&dir, Instant::now()).await.unwrap();
        let (state, created) = store.load_or_create().unwrap();
        assert!(created);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dir.join("state.json"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
            let mode = fs::metadata(&dir).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700);
            let mode = fs::metadata(dir.join("lock")).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // A second lock waits, then gives up at its deadline.
        let second = Store::lock(&dir, Instant::now() + Duration::from_millis(50)).await;
        assert!(second.is_err());
        drop(store);
        let store = Store::lock(&dir, Instant::now()).await.unwrap();
        let (again, created) = store.load_or_create().unwrap();
        assert!(!created);
        assert_eq!(again.device_id, state.device_id);
        assert_eq!(again.fingerprint(), state.fingerprint());
        fs::write(dir.join("state.json"), b"{not json").unwrap();
        let err = store.load().unwrap_err().to_string();
        assert!(err.contains("damaged"), "{err}");
    }

    /// `bench/omemo-flood`: a stranger floods 500 device ids, each with a
    /// prekey message, at a listener's store (decrypt and save, as
    /// `listen --omemo` does per message). Prints the sessions kept, the
    /// state's size and the time per message, and a known contact's
    /// message at each point: all flat once the bounds are reached.
    /// Asserts only the bounds; the times are figures.
    #[tokio::test]
    #[ignore = "a benchmark: bench/omemo-flood runs it in release"]
    async fn omemo_flood_bench() {
        use crate::omemo::state::tests::{first_message, read, to};
        use crate::omemo::state::MAX_DEVICES_PER_CONTACT;
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::lock(&tmp.path().join("omemo/bob@b"), Instant::now())
            .await
            .unwrap();
        let (mut bob, _) = store.load_or_create().unwrap();
        // A contact with a session, whose messages are timed throughout.
        let (mut alice, e) = first_message(&bob, 1);
        read(&mut bob, "alice@a", 1, &e).unwrap();
        store.save(&bob).unwrap();
        let to_bob = to(&bob);
        // The table goes to stderr through output, like everything else.
        let mut table = String::from(
            "| flood messages | refused | mallory's sessions | state bytes | µs per flood message (decrypt + save) | µs per contact message |\n|---|---|---|---|---|---|\n",
        );
        let (mut refused, mut spent) = (0u32, std::time::Duration::ZERO);
        let mut window = 0u32;
        for sid in 1..=500u32 {
            let (_, e) = first_message(&bob, sid);
            let started = std::time::Instant::now();
            match read(&mut bob, "mallory@m", sid, &e) {
                Ok(_) => store.save(&bob).unwrap(),
                Err(_) => refused += 1,
            }
            spent += started.elapsed();
            window += 1;
            if [1, 10, 32, 50, 100, 250, 500].contains(&sid) {
                let m = alice.encrypt(Some(b"still here"), &to_bob).unwrap();
                let started = std::time::Instant::now();
                read(&mut bob, "alice@a", 1, &m).unwrap();
                store.save(&bob).unwrap();
                let contact = started.elapsed();
                let bytes = serde_json::to_vec(&bob).unwrap().len();
                table.push_str(&format!(
                    "| {sid} | {refused} | {} | {bytes} | {:.0} | {:.0} |\n",
                    bob.sessions_of("mallory@m"),
                    spent.as_secs_f64() * 1e6 / f64::from(window),
                    contact.as_secs_f64() * 1e6
                ));
                spent = std::time::Duration::ZERO;
                window = 0;
            }
        }
        crate::output::diagnostics(table.as_bytes()).unwrap();
        assert_eq!(bob.sessions_of("mallory@m"), MAX_DEVICES_PER_CONTACT);
        assert_eq!(refused as usize, 500 - MAX_DEVICES_PER_CONTACT);
    }
}
