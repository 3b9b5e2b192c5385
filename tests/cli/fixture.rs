//! Real servers on loopback for the tests: a throwaway Prosody (shared by
//! the tests of one run, started on first use) and ejabberd. Each test makes
//! its own accounts, so tests run in parallel. Servers are stopped and their
//! directories removed when the test binary exits, however it exits.
//!
//! A missing server is a failure, never a skip: the README's test command
//! installs them.

use std::io::{BufRead, BufReader, Read};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

pub use crate::own::OwnProsody;

pub const PASSWORD: &str = "correct horse battery staple";

pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_xmpp")
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind an ephemeral port")
        .local_addr()
        .unwrap()
        .port()
}

pub(crate) fn wait_for_port(port: u16, what: &str, log: &Path) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let log = std::fs::read_to_string(log).unwrap_or_default();
    panic!("{what} did not listen on 127.0.0.1:{port} within 30 s; its log:\n{log}");
}

static NEXT_USER: AtomicUsize = AtomicUsize::new(1);

/// A unique local part for this run.
pub fn unique(prefix: &str) -> String {
    format!(
        "{prefix}{}x{}",
        std::process::id(),
        NEXT_USER.fetch_add(1, Ordering::Relaxed)
    )
}

#[derive(Debug, Clone)]
pub struct Account {
    pub jid: String,
    pub password: String,
}

/// A new account `PREFIX…@domain` made by `script adduser DIR USER DOMAIN
/// PASSWORD` (the server scripts and scripts/testnet take the same form).
pub fn add_account(mut script: Command, dir: &Path, prefix: &str, domain: &str) -> Account {
    let user = unique(prefix);
    let out = script
        .arg("adduser")
        .arg(dir)
        .args([&user, domain, PASSWORD])
        .output()
        .expect("run the adduser script");
    assert!(
        out.status.success(),
        "adding user {user}@{domain} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Account {
        jid: format!("{user}@{domain}"),
        password: PASSWORD.to_string(),
    }
}

/// A throwaway server: Prosody or ejabberd, driven by its script in
/// `scripts/`.
pub struct Server {
    pub dir: PathBuf,
    pub c2s: u16,
    pub direct_tls: u16,
    /// Prosody's HTTPS port (HTTP file upload).
    pub https: u16,
    /// The port for tests that send thousands of stanzas: ejabberd's
    /// second client listener without its stock shaper (3,000 bytes/s);
    /// Prosody's `c2s` (it has no client shaper by default).
    pub bulk: u16,
    pub(crate) script: &'static str,
    pub(crate) _runner: Option<Child>,
}

static PROSODY: OnceLock<Server> = OnceLock::new();
static EJABBERD: OnceLock<Server> = OnceLock::new();

/// The shared Prosody of this test run.
pub fn prosody() -> &'static Server {
    PROSODY.get_or_init(|| Server::start("prosody", "scripts/local-prosody"))
}

/// The shared ejabberd of this test run.
pub fn ejabberd() -> &'static Server {
    EJABBERD.get_or_init(|| Server::start("ejabberd", "scripts/local-ejabberd"))
}

impl Server {
    /// An ejabberd of one test's own (which it may restart, see
    /// [`Server::restart_ejabberd`]); stopped when the test run ends.
    pub fn own_ejabberd() -> Server {
        let dir = std::env::temp_dir().join(unique("xmpp-cli-own-ejabberd-"));
        Server::start_in("ejabberd", "scripts/local-ejabberd", dir)
    }

    /// Restart an ejabberd of [`Server::own_ejabberd`] in its node (every
    /// connection and session lost, accounts and persistent rooms kept)
    /// and wait until it takes clients again.
    pub fn restart_ejabberd(&self) {
        let status = Command::new(repo().join(self.script))
            .arg("restart")
            .arg(&self.dir)
            .status()
            .expect("run the restart script");
        assert!(status.success(), "ejabberd restart failed");
        wait_for_port(self.c2s, "ejabberd", &self.dir.join("logs/ejabberd.log"));
    }

    fn start(name: &str, script: &'static str) -> Server {
        let dir = std::env::temp_dir().join(format!("xmpp-cli-{name}-{}", std::process::id()));
        Server::start_in(name, script, dir)
    }

    fn start_in(name: &str, script: &'static str, dir: PathBuf) -> Server {
        let probe = if name == "prosody" {
            "prosody"
        } else {
            "ejabberdctl"
        };
        assert!(
            Command::new("sh")
                .args(["-c", &format!("command -v {probe}")])
                .stdout(Stdio::null())
                .status()
                .map(|s| s.success())
                .unwrap_or(false),
            "{name} is not installed: run the README's test command (it apt-get installs it)"
        );
        let _ = std::fs::remove_dir_all(&dir);
        let (c2s, direct_tls, https) = (free_port(), free_port(), free_port());
        let script_path = repo().join(script);
        let mut setup = Command::new(&script_path);
        setup.arg("setup").arg(&dir).arg(c2s.to_string());
        if name == "prosody" {
            setup.arg(direct_tls.to_string()).arg(https.to_string());
        } else {
            setup.arg(direct_tls.to_string());
        }
        let status = setup
            .stdout(Stdio::null())
            .status()
            .expect("run the setup script");
        assert!(status.success(), "{script} setup failed");
        let runner = Command::new(&script_path)
            .arg("run")
            .arg(&dir)
            .arg(std::process::id().to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the server");
        let log = if name == "prosody" {
            dir.join("prosody.log")
        } else {
            dir.join("logs/ejabberd.log")
        };
        wait_for_port(c2s, name, &log);
        let bulk = if name == "prosody" { c2s } else { direct_tls };
        if name == "prosody" {
            wait_for_port(direct_tls, "prosody (direct TLS)", &log);
        } else {
            // The port opens before the node takes commands (register).
            let deadline = Instant::now() + Duration::from_secs(30);
            while !Command::new(&script_path)
                .arg("status")
                .arg(&dir)
                .status()
                .map(|s| s.success())
                .unwrap_or(false)
            {
                assert!(Instant::now() < deadline, "ejabberd did not come up");
                std::thread::sleep(Duration::from_millis(200));
            }
        }
        Server {
            dir,
            c2s,
            direct_tls,
            https,
            bulk,
            script,
            _runner: Some(runner),
        }
    }

    pub fn ca(&self) -> PathBuf {
        self.dir.join("ca.pem")
    }

    pub fn selfsigned_cert(&self) -> PathBuf {
        self.dir.join("selfsigned.pem")
    }

    /// A new account on `host` (Prosody: localhost, nosm.localhost or
    /// selfsigned.localhost; ejabberd: localhost).
    pub fn account_on(&self, prefix: &str, host: &str) -> Account {
        add_account(
            Command::new(repo().join(self.script)),
            &self.dir,
            prefix,
            host,
        )
    }

    pub fn account(&self, prefix: &str) -> Account {
        self.account_on(prefix, "localhost")
    }

    /// admin@localhost, the account both servers' configs name as their
    /// administrator; made on first use, once per server.
    pub fn admin(&self) -> Account {
        static MADE: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());
        let mut made = MADE.lock().unwrap_or_else(|e| e.into_inner());
        if !made.contains(&self.dir) {
            let out = Command::new(repo().join(self.script))
                .arg("adduser")
                .arg(&self.dir)
                .args(["admin", "localhost", PASSWORD])
                .output()
                .expect("run the adduser script");
            assert!(
                out.status.success(),
                "adding admin@localhost failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            made.push(self.dir.clone());
        }
        Account {
            jid: "admin@localhost".into(),
            password: PASSWORD.into(),
        }
    }

    /// `xmpp` with a clean environment, logged in as `account` through
    /// STARTTLS, trusting the fixture's CA.
    pub fn xmpp(&self, account: &Account) -> Command {
        self.xmpp_at(account, self.c2s)
    }

    /// [`Server::xmpp`] through another port of loopback (a [`Proxy`]).
    pub fn xmpp_at(&self, account: &Account, port: u16) -> Command {
        let mut cmd = xmpp_clean();
        cmd.args(["--server", &format!("127.0.0.1:{port}")]);
        log_in_as(&mut cmd, &self.ca(), account);
        cmd
    }
}

/// The arguments and environment every test's `xmpp` logs in with:
/// trusting `ca`, as `account`, password from the environment, 10 s.
pub fn log_in_as(cmd: &mut Command, ca: &Path, account: &Account) {
    cmd.arg("--ca-file")
        .arg(ca)
        .args(["--jid", &account.jid])
        .env("XMPP_PASSWORD", &account.password)
        .env("XMPP_TIMEOUT", "10");
}

pub(crate) fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout.trim_ascii() == b"0")
        .unwrap_or(false)
}

/// The slixmpp sender: `count` messages from `from` to `to` (see
/// `tests/peers/sender.py` for the bodies, rebuilt by `sent_body`).
pub fn slixmpp_send(
    server: &Server,
    from: &Account,
    to: &str,
    count: usize,
    extra: &[&str],
) -> String {
    let out = Command::new("/usr/bin/python3")
        .arg(repo().join("tests/peers/sender.py"))
        .args([&from.jid, "-", "127.0.0.1", &server.c2s.to_string()])
        .arg(server.ca())
        .args([to, "--count", &count.to_string()])
        .args(extra)
        .env("SENDER_PASSWORD", &from.password)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the slixmpp sender");
    let out = wait_output(out, Duration::from_secs(120));
    assert!(
        out.status.success(),
        "slixmpp sender failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The body of message `i` (1-based) from `tests/peers/sender.py`.
pub fn sent_body(i: usize) -> String {
    format!("message {i}: emoji \u{1F680}, <tag> & ampersand\nsecond line {i}")
}

/// A running `xmpp` whose stdout lines and stderr are collected.
pub struct Running {
    pub child: Child,
    pub lines: mpsc::Receiver<String>,
    pub stderr: std::sync::Arc<std::sync::Mutex<String>>,
}

impl Running {
    /// Spawn and wait until stderr shows `ready` (e.g. "listening as").
    pub fn start(cmd: &mut Command, ready: &str) -> Running {
        cmd.stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .stdin(Stdio::null());
        let mut child = cmd.spawn().expect("spawn xmpp");
        let (tx, lines) = mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let stderr = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let (ready_tx, ready_rx) = mpsc::channel();
        let err = child.stderr.take().unwrap();
        let collected = stderr.clone();
        let wanted = ready.to_string();
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines() {
                let Ok(line) = line else { break };
                collected.lock().unwrap().push_str(&format!("{line}\n"));
                if line.contains(&wanted) {
                    let _ = ready_tx.send(line);
                }
            }
        });
        match ready_rx.recv_timeout(Duration::from_secs(30)) {
            Ok(_) => {}
            Err(_) => {
                let _ = child.kill();
                panic!(
                    "xmpp never said {ready:?}; stderr: {}",
                    stderr.lock().unwrap()
                );
            }
        }
        Running {
            child,
            lines,
            stderr,
        }
    }

    /// Wait (at most 60 s) until stderr shows `what`, e.g. "reconnected".
    pub fn wait_stderr(&self, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while !self.stderr.lock().unwrap().contains(what) {
            assert!(
                Instant::now() < deadline,
                "xmpp never said {what:?}: {}",
                self.stderr.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The stderr line containing `what` (already seen).
    pub fn stderr_line(&self, what: &str) -> String {
        self.stderr
            .lock()
            .unwrap()
            .lines()
            .find(|l| l.contains(what))
            .unwrap_or_default()
            .to_string()
    }

    pub fn take(&self, n: usize) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut got = Vec::new();
        while got.len() < n {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(l) => got.push(l),
                Err(_) => panic!(
                    "got {} of {n} lines: {got:?}; stderr: {}",
                    got.len(),
                    self.stderr.lock().unwrap()
                ),
            }
        }
        got
    }

    /// Wait for exit (bounded) and return the status code.
    pub fn wait(&mut self) -> i32 {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                return s.code().unwrap_or(-1);
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("xmpp did not exit; stderr: {}", self.stderr.lock().unwrap());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn terminate(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `xmpp` with an empty environment (but PATH) and a HOME without a
/// config file.
pub fn xmpp_clean() -> Command {
    let mut cmd = Command::new(bin());
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", "/nonexistent/xmpp-cli-test-home")
        .env("COLUMNS", "100")
        .stdin(Stdio::null());
    cmd
}

/// Run with `input` on stdin.
pub fn run_with_input(cmd: &mut Command, input: &[u8]) -> Output {
    run_with_input_for(cmd, input, Duration::from_secs(60))
}

/// [`run_with_input`] for a run that may take up to `limit`.
pub fn run_with_input_for(cmd: &mut Command, input: &[u8], limit: Duration) -> Output {
    use std::io::Write;
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn xmpp");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = wait_output(child, limit);
    writer.join().unwrap();
    out
}

/// Run to completion, but never longer than `limit` (a hang is a failure).
pub fn run(cmd: &mut Command) -> Output {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let child = cmd.spawn().expect("spawn xmpp");
    wait_output(child, Duration::from_secs(60))
}

pub fn wait_output(mut child: Child, limit: Duration) -> Output {
    // Streams the caller took already read as empty.
    let stdout = child.stdout.take();
    let stderr = child.stderr.take();
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(mut s) = stdout {
            let _ = s.read_to_end(&mut v);
        }
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(mut s) = stderr {
            let _ = s.read_to_end(&mut v);
        }
        v
    });
    let deadline = Instant::now() + limit;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("command hung for {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Output {
        status,
        stdout: out_t.join().unwrap(),
        stderr: err_t.join().unwrap(),
    }
}

pub use crate::peers::{Received, Receiver};

/// Parse JSON lines.
/// The `body` of one `listen --json` line ("" when it has none).
pub fn body_of(line: &str) -> String {
    let v: serde_json::Value =
        serde_json::from_str(line).unwrap_or_else(|e| panic!("not a JSON line: {line:?}: {e}"));
    v["body"].as_str().unwrap_or_default().to_string()
}

/// The bodies of the message events among `lines` (other output, JSON
/// or not, is passed over).
pub fn message_bodies(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| v["kind"] == "message")
        .filter_map(|v| v["body"].as_str().map(str::to_string))
        .collect()
}

pub fn json_lines(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l:?}: {e}")))
        .collect()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

/// A TCP relay to a server on loopback that a test can break: `mute`
/// silently drops everything the server sends on the connections open so
/// far (a half-dead link: the client's stanzas still arrive whole, its
/// acks never come back), while the server lives on and keeps its
/// sessions. New connections are relayed normally.
pub struct Proxy {
    pub port: u16,
    live: std::sync::Arc<std::sync::Mutex<Vec<std::sync::Arc<std::sync::atomic::AtomicBool>>>>,
}

impl Proxy {
    pub fn to(target: u16) -> Proxy {
        use std::io::Write;
        use std::sync::atomic::AtomicBool;
        use std::sync::Arc;
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the proxy");
        let port = listener.local_addr().unwrap().port();
        let live = Arc::new(std::sync::Mutex::new(Vec::<Arc<AtomicBool>>::new()));
        let conns = live.clone();
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { break };
                let Ok(server) = TcpStream::connect(("127.0.0.1", target)) else {
                    continue;
                };
                let _ = client.set_nodelay(true);
                let _ = server.set_nodelay(true);
                let muted = Arc::new(AtomicBool::new(false));
                conns.lock().unwrap().push(muted.clone());
                let never = Arc::new(AtomicBool::new(false));
                for (mut from, mut to, muted) in [
                    (
                        client.try_clone().unwrap(),
                        server.try_clone().unwrap(),
                        never,
                    ),
                    (server, client, muted),
                ] {
                    std::thread::spawn(move || {
                        let mut buf = [0u8; 16384];
                        loop {
                            match from.read(&mut buf) {
                                Ok(0) | Err(_) => break,
                                Ok(n) => {
                                    if !muted.load(Ordering::SeqCst)
                                        && to.write_all(&buf[..n]).is_err()
                                    {
                                        break;
                                    }
                                }
                            }
                        }
                        let _ = to.shutdown(std::net::Shutdown::Both);
                        let _ = from.shutdown(std::net::Shutdown::Both);
                    });
                }
            }
        });
        Proxy { port, live }
    }

    /// From now on, drop what the server sends on every open connection.
    pub fn mute(&self) {
        for m in self.live.lock().unwrap().drain(..) {
            m.store(true, Ordering::SeqCst);
        }
    }
}

/// A contact that writes to `to` every 200 ms (for at most 40 s) with
/// `xmpp send --lines`, until stopped.
pub struct Chatter {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    chatting: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: std::thread::JoinHandle<()>,
}

impl Chatter {
    pub fn start(server: &Server, from: &Account, to: &str) -> Chatter {
        use std::sync::atomic::AtomicBool;
        use std::sync::Arc;
        let stop = Arc::new(AtomicBool::new(false));
        let chatting = Arc::new(AtomicBool::new(true));
        let mut cmd = server.xmpp(from);
        cmd.args(["send", "--lines", to])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let mut child = cmd.spawn().expect("start the chatter");
        let (s, c) = (stop.clone(), chatting.clone());
        let thread = std::thread::spawn(move || {
            let mut stdin = child.stdin.take().unwrap();
            let until = Instant::now() + Duration::from_secs(40);
            while !s.load(Ordering::SeqCst) && Instant::now() < until {
                use std::io::Write;
                if writeln!(stdin, "tick").is_err() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(200));
            }
            c.store(false, Ordering::SeqCst);
            drop(stdin);
            let _ = child.wait();
        });
        Chatter {
            stop,
            chatting,
            thread,
        }
    }

    /// Stop; whether it was still chatting until now.
    pub fn stop(self) -> bool {
        let was = self.chatting.load(Ordering::SeqCst);
        self.stop.store(true, Ordering::SeqCst);
        let _ = self.thread.join();
        was
    }
}
