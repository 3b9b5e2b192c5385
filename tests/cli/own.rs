//! A Prosody of one test's own (the shared one is `fixture`'s): started
//! on loopback with the fixture's scripts, stopped, killed and started
//! again by the test, removed at the end.

use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::fixture::*;

/// A Prosody of one test's own, which the test may kill and restart.
/// Stopped and removed on drop.
pub struct OwnProsody {
    pub server: Server,
    pattern: String,
    children: std::sync::Mutex<Vec<Child>>,
}

impl OwnProsody {
    pub fn start() -> OwnProsody {
        Self::start_with(&[])
    }

    /// A Prosody whose rooms keep an archive (mod_muc_mam), as on a
    /// production server: a persistent room's history survives a restart,
    /// and the room answers XEP-0313 queries.
    pub fn start_with_room_archive() -> OwnProsody {
        let own = Self::start();
        own.stop();
        let cfg = own.server.dir.join("prosody.cfg.lua");
        let text = std::fs::read_to_string(&cfg).unwrap();
        let component = "Component \"conference.localhost\" \"muc\"";
        assert!(text.contains(component));
        let archived = format!("{component}\n    modules_enabled = {{ \"muc_mam\" }}");
        std::fs::write(&cfg, text.replace(component, &archived)).unwrap();
        own.up();
        own
    }

    /// A Prosody with the rate limit its stock configuration (Debian's
    /// prosody.cfg.lua) turns on: mod_limits, clients 10 kB/s.
    pub fn start_with_stock_limits() -> OwnProsody {
        let own = Self::start();
        own.stop();
        let cfg = own.server.dir.join("prosody.cfg.lua");
        let text = std::fs::read_to_string(&cfg).unwrap();
        let disabled = "modules_disabled = { \"s2s\"; }";
        assert!(text.contains(disabled) && text.contains("\"mam\";"));
        let text = text.replace("\"mam\";", "\"mam\"; \"limits\";").replace(
            disabled,
            &format!(
                "{disabled}\nlimits = {{ c2s = {{ rate = \"10kb/s\"; }}; s2sin = {{ rate = \"30kb/s\"; }}; }}"
            ),
        );
        std::fs::write(&cfg, text).unwrap();
        own.up();
        own
    }

    /// A Prosody without the message archive (mod_mam), as Prosody 0.12's
    /// example configuration ships: a stanza its archive cannot store is
    /// still delivered.
    pub fn start_without_archive() -> OwnProsody {
        let own = Self::start();
        own.stop();
        let cfg = own.server.dir.join("prosody.cfg.lua");
        let text = std::fs::read_to_string(&cfg).unwrap();
        assert!(text.contains("\"mam\";"));
        std::fs::write(&cfg, text.replace("\"mam\";", "")).unwrap();
        own.up();
        own
    }

    /// A Prosody whose upload slots are plain `http://` URLs (on a port of
    /// its own): what `send --file` must refuse.
    pub fn start_with_http_uploads() -> OwnProsody {
        let (https, http) = (free_port(), free_port());
        Self::start_with(&[https.to_string(), http.to_string()])
    }

    fn start_with(extra: &[String]) -> OwnProsody {
        let dir = std::env::temp_dir().join(format!("xmpp-cli-own-{}", unique("p")));
        let (c2s, direct_tls) = (free_port(), free_port());
        let script = repo().join("scripts/local-prosody");
        let status = Command::new(&script)
            .arg("setup")
            .arg(&dir)
            .args([c2s.to_string(), direct_tls.to_string()])
            .args(extra)
            .stdout(Stdio::null())
            .status()
            .expect("run scripts/local-prosody setup");
        assert!(status.success());
        let pattern = format!("prosody --config {}/prosody.cfg.lua", dir.display());
        let own = OwnProsody {
            server: Server {
                dir,
                c2s,
                direct_tls,
                https: 0,
                bulk: c2s,
                script: "scripts/local-prosody",
                _runner: None,
            },
            pattern,
            children: std::sync::Mutex::new(Vec::new()),
        };
        own.up();
        own
    }

    /// Start the server (again) and wait until it listens.
    pub fn up(&self) {
        let cfg = self.server.dir.join("prosody.cfg.lua");
        let mut cmd = if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "prosody", "--", "prosody", "--config"]);
            c
        } else {
            let mut c = Command::new("prosody");
            c.arg("--config");
            c
        };
        cmd.arg(&cfg)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        self.children
            .lock()
            .unwrap()
            .push(cmd.spawn().expect("start prosody"));
        wait_for_port(
            self.server.c2s,
            "prosody",
            &self.server.dir.join("prosody.log"),
        );
    }

    /// Stop the server as an admin would (SIGTERM: it closes its
    /// sessions and saves what it holds), and wait until it is gone.
    pub fn stop(&self) {
        let _ = Command::new("pkill")
            .args(["-TERM", "-f", &self.pattern])
            .status();
        let deadline = Instant::now() + Duration::from_secs(30);
        while Command::new("pgrep")
            .args(["-f", &self.pattern])
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
        {
            assert!(Instant::now() < deadline, "prosody did not stop");
            std::thread::sleep(Duration::from_millis(50));
        }
        for child in self.children.lock().unwrap().iter_mut() {
            let _ = child.try_wait();
        }
    }

    /// kill -9 the server.
    pub fn kill(&self) {
        let _ = Command::new("pkill")
            .args(["-9", "-f", &self.pattern])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(("127.0.0.1", self.server.c2s)).is_ok() {
            assert!(Instant::now() < deadline, "prosody did not die");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for OwnProsody {
    fn drop(&mut self) {
        let _ = Command::new("pkill")
            .args(["-9", "-f", &self.pattern])
            .status();
        // KEEP_PROSODY=1 keeps its directory (and log) for a post-mortem.
        if std::env::var_os("KEEP_PROSODY").is_none() {
            let _ = std::fs::remove_dir_all(&self.server.dir);
        }
    }
}
