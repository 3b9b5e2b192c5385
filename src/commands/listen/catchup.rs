//! `listen --catch-up FILE`: where the listener stands in each archive
//! (the account's, and each room's), kept in FILE, and which archive ids
//! it has handled in this run, so that nothing is printed twice across
//! the seam between the archive and live messages. Pure apart from
//! reading and replacing FILE; unit-tested.
//!
//! FILE is JSON: `{"account": ID|null, "rooms": {"ROOM": ID}}`. It is
//! replaced atomically, after stdout was flushed: a kill between a print
//! and the save prints that event again next time (at least once); when
//! the last save completed, nothing is printed twice.

use std::collections::{BTreeMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};

use anyhow::Result;
use jid::BareJid;
use serde::{Deserialize, Serialize};

use crate::error::{fail, Kind};

/// The archive ids remembered for deduplication: far more than can
/// arrive twice (the messages that arrived while catching up).
const SEEN_MAX: usize = 100_000;

/// FILE's content.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Positions {
    pub account: Option<String>,
    #[serde(default)]
    pub rooms: BTreeMap<String, String>,
}

/// The positions, what changed since the last save, and the ids seen.
#[derive(Debug)]
pub struct Tracker {
    path: PathBuf,
    positions: Positions,
    dirty: bool,
    seen: HashSet<String>,
    order: VecDeque<String>,
}

impl Tracker {
    /// FILE's positions; none when it does not exist yet.
    pub fn load(path: &Path) -> Result<Tracker> {
        let positions = match crate::files::read_bounded(path, crate::files::CONFIG_MAX) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                fail(
                    Kind::Config,
                    format!(
                        "--catch-up {}: not a position file of xmpp listen ({e})",
                        path.display()
                    ),
                )
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Positions::default(),
            Err(e) => {
                return Err(fail(
                    Kind::Config,
                    format!("--catch-up {}: cannot read it: {e}", path.display()),
                ))
            }
        };
        Ok(Tracker {
            path: path.to_path_buf(),
            positions,
            dirty: false,
            seen: HashSet::new(),
            order: VecDeque::new(),
        })
    }

    /// Where the account's archive (`room` None) or a room's stands.
    pub fn position(&self, room: Option<&BareJid>) -> Option<&str> {
        match room {
            None => self.positions.account.as_deref(),
            Some(r) => self.positions.rooms.get(r.as_str()).map(String::as_str),
        }
    }

    /// This archive id was handled in this run already.
    pub fn seen(&self, id: &str) -> bool {
        self.seen.contains(id)
    }

    /// The event with archive id `id` (in the account's archive, or
    /// `room`'s) was handled: the position moves there.
    pub fn handled(&mut self, room: Option<&BareJid>, id: &str) {
        if self.seen.insert(id.to_string()) {
            self.order.push_back(id.to_string());
            if self.order.len() > SEEN_MAX {
                if let Some(old) = self.order.pop_front() {
                    self.seen.remove(&old);
                }
            }
        }
        let slot = match room {
            None => &mut self.positions.account,
            Some(r) => {
                let id = id.to_string();
                if self.positions.rooms.get(r.as_str()) != Some(&id) {
                    self.positions.rooms.insert(r.to_string(), id);
                    self.dirty = true;
                }
                return;
            }
        };
        if slot.as_deref() != Some(id) {
            *slot = Some(id.to_string());
            self.dirty = true;
        }
    }

    /// Replace FILE if a position moved.
    pub fn save(&mut self) -> Result<()> {
        if !self.dirty {
            return Ok(());
        }
        let dir = match self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            Some(d) => d,
            None => Path::new("."),
        };
        let mut text = serde_json::to_vec(&self.positions)?;
        text.push(b'\n');
        std::fs::create_dir_all(dir)
            .and_then(|_| crate::files::replace(dir, &self.path, &text))
            .map_err(|e| {
                fail(
                    Kind::Config,
                    format!("--catch-up {}: cannot replace it: {e}", self.path.display()),
                )
            })?;
        self.dirty = false;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_move_save_and_load_back() {
        let dir = tempfile::tempdir().unwrap();
        // A folder that does not exist yet is made.
        let path = dir.path().join("state/pos.json");
        let mut t = Tracker::load(&path).unwrap();
        assert_eq!(t.position(None), None);
        let room: BareJid = "ops@muc.example.org".parse().unwrap();
        t.handled(None, "a1");
        t.handled(Some(&room), "r1");
        t.handled(None, "a2");
        assert!(t.seen("a1") && t.seen("r1") && !t.seen("zz"));
        t.save().unwrap();
        let back = Tracker::load(&path).unwrap();
        assert_eq!(back.position(None), Some("a2"));
        assert_eq!(back.position(Some(&room)), Some("r1"));
        assert!(!back.seen("a1"), "seen is this run's only");
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text,
            "{\"account\":\"a2\",\"rooms\":{\"ops@muc.example.org\":\"r1\"}}\n"
        );
    }

    #[test]
    fn the_seen_set_is_bounded_and_a_bad_file_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pos.json");
        let mut t = Tracker::load(&path).unwrap();
        for i in 0..SEEN_MAX + 10 {
            t.handled(None, &i.to_string());
        }
        assert_eq!(t.seen.len(), SEEN_MAX);
        assert!(!t.seen("0") && t.seen(&(SEEN_MAX + 9).to_string()));
        std::fs::write(&path, "{\"acount\": 1}").unwrap();
        let e = Tracker::load(&path).unwrap_err();
        assert_eq!(crate::error::kind_of(&e), Kind::Config);
        assert!(e.to_string().contains("not a position file"), "{e}");
    }
}
