//! Resolve what was typed (flags, already merged with their environment
//! variables by clap), the config file and built-in defaults into the
//! settings of one connection. Precedence: flag > env > config profile >
//! default. Nothing here touches the network.

use std::io::{BufRead, IsTerminal};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use jid::Jid;

pub use crate::config::{Profile, TlsMode};
use crate::error::{bail, fail, Kind};
use crate::secret::Secret;

pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// The systemd credential read from `$CREDENTIALS_DIRECTORY`.
pub const CREDENTIAL_NAME: &str = "xmpp-password";

/// What was typed (flags merged with their environment variables): a
/// plain struct, so that this module knows nothing of the command line.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub account: Option<String>,
    pub config: Option<PathBuf>,
    pub jid: Option<String>,
    pub password_env: Option<String>,
    pub password_file: Option<PathBuf>,
    pub password_command: Option<String>,
    pub server: Option<String>,
    pub tls: Option<TlsMode>,
    pub ca_file: Option<PathBuf>,
    pub insecure: bool,
    pub allow_plain: bool,
    pub resource: Option<String>,
    pub timeout: Option<f64>,
}

/// Where the password comes from; read only when a connection needs it.
#[derive(Debug, Clone, PartialEq)]
pub enum PasswordSource {
    Env(String),
    File(PathBuf),
    Command(String),
    /// A `password =` key of a config file that only its owner can read.
    Config,
    /// Ask on the terminal, if one is attached.
    Prompt,
}

/// Everything one connection needs.
#[derive(Debug, Clone)]
pub struct ConnectSettings {
    /// The account, with a local part; a resource in it is requested at bind.
    pub jid: Jid,
    pub server: Option<(String, Option<u16>)>,
    pub tls: Option<TlsMode>,
    pub ca_file: Option<PathBuf>,
    pub insecure: bool,
    /// `--allow-plain`: PLAIN even where the certificate was not verified.
    pub allow_plain: bool,
    pub timeout: Duration,
    /// `omemo = true` in the profile: `send` encrypts as with `--omemo`.
    pub omemo: bool,
    pub password_source: PasswordSource,
    config_password: Option<Secret>,
    /// The password once read: a command runs, and a prompt asks, once
    /// per process, not again at every reconnect.
    password: std::sync::Arc<std::sync::OnceLock<Secret>>,
}

impl ConnectSettings {
    /// The password, read from its source the first time (errors are
    /// exit 3 and name the source; the value never appears in a message).
    pub fn password(&self) -> Result<Secret> {
        if let Some(p) = self.password.get() {
            return Ok(p.clone());
        }
        let p = self.read_password()?;
        let _ = self.password.set(p.clone());
        Ok(p)
    }

    /// The same account and server with another password (after a
    /// password change, to log in with the new one).
    pub fn with_password(&self, password: Secret) -> ConnectSettings {
        let lock = std::sync::OnceLock::new();
        let _ = lock.set(password);
        ConnectSettings {
            password: std::sync::Arc::new(lock),
            ..self.clone()
        }
    }

    /// [`ConnectSettings::password`] on a blocking thread: a password
    /// command or a prompt may take a while, and the runtime must go on
    /// meanwhile (signals, other timers).
    pub async fn password_off_thread(&self) -> Result<Secret> {
        if let Some(p) = self.password.get() {
            return Ok(p.clone());
        }
        let me = self.clone();
        let p = tokio::task::spawn_blocking(move || me.read_password())
            .await
            .map_err(|e| fail(Kind::Internal, format!("reading the password: {e}")))??;
        let _ = self.password.set(p.clone());
        Ok(p)
    }

    fn read_password(&self) -> Result<Secret> {
        let password = match &self.password_source {
            PasswordSource::Env(var) => secret_env(var, named_by(var))?,
            PasswordSource::File(path) => {
                let file = std::fs::File::open(path).map_err(|e| {
                    fail(
                        Kind::Config,
                        format!("cannot read password file {}: {e}", path.display()),
                    )
                })?;
                first_line(std::io::BufReader::new(file)).map_err(|e| {
                    fail(
                        Kind::Config,
                        format!("cannot read password file {}: {e}", path.display()),
                    )
                })?
            }
            PasswordSource::Command(cmd) => run_password_command(cmd)?,
            PasswordSource::Config => self
                .config_password
                .as_ref()
                .map(|p| p.expose().to_string())
                .unwrap_or_default(),
            PasswordSource::Prompt => prompt_password(&self.jid)?,
        };
        let password = Secret::new(password);
        if password.is_empty() {
            return bail(
                Kind::Config,
                format!(
                    "the password from {} is empty",
                    self.password_source.describe()
                ),
            );
        }
        Ok(password)
    }
}

impl PasswordSource {
    pub fn describe(&self) -> String {
        match self {
            PasswordSource::Env(var) => format!("environment variable {var}"),
            PasswordSource::File(path) => format!("password file {}", path.display()),
            PasswordSource::Command(_) => "the password command".to_string(),
            PasswordSource::Config => "the config file".to_string(),
            PasswordSource::Prompt => "the terminal prompt".to_string(),
        }
    }
}

/// The most bytes a password source may give before its first line ends
/// (a password file that is `/dev/zero` must not fill the memory).
pub const FIRST_LINE_MAX: usize = 64 * 1024;

/// The first line of `reader`, read at most [`FIRST_LINE_MAX`] bytes far.
fn first_line(reader: impl BufRead) -> std::io::Result<String> {
    let mut line = Vec::new();
    let limit = u64::try_from(FIRST_LINE_MAX).unwrap_or(u64::MAX) + 1;
    reader.take(limit).read_until(b'\n', &mut line)?;
    line_of(&line)
}

/// `bytes` up to its first line end, as text; too long without one is an
/// error.
fn line_of(bytes: &[u8]) -> std::io::Result<String> {
    let end = memchr::memchr(b'\n', bytes);
    if end.is_none() && bytes.len() > FIRST_LINE_MAX {
        return Err(std::io::Error::other(format!(
            "no line end within the first {} KiB",
            FIRST_LINE_MAX / 1024
        )));
    }
    let line = &bytes[..end.unwrap_or(bytes.len())];
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    Ok(String::from_utf8_lossy(line).into_owned())
}

/// How long `--password-command` may take (it may ask for a PIN).
pub const PASSWORD_COMMAND_TIMEOUT: Duration = Duration::from_secs(60);

/// Run the password command in a process group of its own; take the first
/// line of its stdout once `sh` has exited. A child it leaves behind with
/// the pipe open (`echo pw; sleep 600 &`) does not hold us: we stop
/// reading at the first line end. Past the limit the whole group is
/// killed.
fn run_password_command(cmd: &str) -> Result<String> {
    use std::os::unix::process::CommandExt;
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .process_group(0)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::inherit())
        .spawn()
        .map_err(|e| {
            fail(
                Kind::Config,
                format!("cannot run the password command: {e}"),
            )
        })?;
    let mut stdout = child.stdout.take();
    let (tx, rx) = std::sync::mpsc::channel::<Secret>();
    // Chunks as they come; the thread ends at EOF, or with the process.
    std::thread::spawn(move || {
        let Some(s) = stdout.as_mut() else { return };
        let mut buf = zeroize::Zeroizing::new(vec![0u8; 4096]);
        while let Ok(n) = std::io::Read::read(s, &mut buf) {
            let chunk = Secret::new(String::from_utf8_lossy(&buf[..n]).into_owned());
            if n == 0 || tx.send(chunk).is_err() {
                break;
            }
        }
    });
    let deadline = std::time::Instant::now() + PASSWORD_COMMAND_TIMEOUT;
    let give_up = |child: &mut std::process::Child, why: String| {
        if let Some(pid) = rustix::process::Pid::from_raw(child.id() as i32) {
            let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
        }
        let _ = child.kill();
        let _ = child.wait();
        bail(Kind::Config, why)
    };
    let mut out = zeroize::Zeroizing::new(String::new());
    let mut eof = false;
    let mut status = None;
    loop {
        if status.is_none() {
            status = child
                .try_wait()
                .map_err(|e| fail(Kind::Config, format!("the password command: {e}")))?;
        }
        let have_line = out.contains('\n') || eof;
        if status.is_some() && have_line {
            break;
        }
        if out.len() > FIRST_LINE_MAX && !out.contains('\n') {
            return give_up(
                &mut child,
                format!(
                    "the password command printed {} KiB without a line end: check \
                     --password-command",
                    FIRST_LINE_MAX / 1024
                ),
            );
        }
        let now = std::time::Instant::now();
        if now >= deadline {
            return give_up(
                &mut child,
                format!(
                    "the password command did not finish within {}s: check --password-command",
                    PASSWORD_COMMAND_TIMEOUT.as_secs()
                ),
            );
        }
        let wait = (deadline - now).min(Duration::from_millis(10));
        match rx.recv_timeout(wait) {
            Ok(chunk) => out.push_str(chunk.expose()),
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => eof = true,
        }
    }
    let status = status.unwrap_or_default();
    if !status.success() {
        return bail(
            Kind::Config,
            format!("the password command failed ({status}): check --password-command"),
        );
    }
    line_of(out.as_bytes()).map_err(|e| fail(Kind::Config, format!("password command output: {e}")))
}

fn prompt_password(jid: &Jid) -> Result<String> {
    // rpassword reads from /dev/tty; without a controlling terminal there is
    // nobody to ask.
    let has_tty = std::fs::File::open("/dev/tty").is_ok() && std::io::stderr().is_terminal();
    if !has_tty {
        return bail(
            Kind::Config,
            "no password source: pass --password-env VAR, --password-file PATH or \
             --password-command CMD (or set XMPP_PASSWORD)",
        );
    }
    rpassword::prompt_password(format!("Password for {jid}: ")).map_err(|e| {
        fail(
            Kind::Config,
            format!("cannot read the password from the terminal: {e}"),
        )
    })
}

/// A secret from environment variable `var` (a password): exit 3 when it
/// is unset or not UTF-8, saying which; `named_by` tells how `var` was
/// chosen (" (named by --password-env)").
pub fn secret_env(var: &str, named_by: &str) -> Result<String> {
    std::env::var(var).map_err(|e| {
        let state = match e {
            std::env::VarError::NotPresent => "is not set",
            std::env::VarError::NotUnicode(_) => "is not valid UTF-8",
        };
        fail(
            Kind::Config,
            format!("environment variable {var} {state}{named_by}"),
        )
    })
}

/// How a password variable was chosen, for its error message.
fn named_by(var: &str) -> &'static str {
    if var == "XMPP_PASSWORD" {
        ""
    } else {
        " (named by --password-env)"
    }
}

/// A number as a person would write it back: `2.5`, or `1e-300`.
fn shown(t: f64) -> String {
    if t != 0.0 && (t.abs() < 1e-3 || t.abs() >= 1e9) {
        format!("{t:e}")
    } else {
        format!("{t}")
    }
}

/// Merge flags (already merged with env by clap), the profile and defaults.
/// `env` reads `XMPP_PASSWORD` for the default password source.
pub fn resolve(
    args: &Overrides,
    profile: &Profile,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<ConnectSettings> {
    let jid_text = args
        .jid
        .clone()
        .or_else(|| profile.jid.clone())
        .ok_or_else(|| {
            fail(
            Kind::Config,
            "no account: pass --jid JID, set XMPP_JID, or add a default profile to the config file",
        )
        })?;
    let mut jid = Jid::new(jid_text.trim()).map_err(|e| {
        fail(
            Kind::Usage,
            format!("account JID '{jid_text}' is invalid: {e}"),
        )
    })?;
    if jid.node().is_none() {
        return bail(
            Kind::Usage,
            format!("account JID '{jid_text}' has no local part: use user@{jid_text}"),
        );
    }
    if let Some(res) = args.resource.as_ref().or(if jid.resource().is_none() {
        profile.resource.as_ref()
    } else {
        None
    }) {
        let res = jid::ResourcePart::new(res)
            .map_err(|e| fail(Kind::Usage, format!("resource '{res}' is invalid: {e}")))?;
        jid = Jid::from_parts(jid.node(), jid.domain(), Some(&res));
    }

    let server = match args.server.as_ref().or(profile.server.as_ref()) {
        Some(s) => Some(parse_server(s)?),
        None => None,
    };

    // Flag and file go through the one check of every duration flag; the
    // message names where the value came from.
    let timeout = match (args.timeout, profile.timeout) {
        (None, None) => DEFAULT_TIMEOUT,
        (Some(t), _) => crate::seconds::of_value(t, true)
            .map_err(|why| fail(Kind::Usage, format!("--timeout {}: {why}", shown(t))))?
            .duration(),
        (None, Some(t)) => crate::seconds::of_value(t, true)
            .map_err(|why| {
                fail(
                    Kind::Config,
                    format!("timeout = {} in the config file's profile: {why}", shown(t)),
                )
            })?
            .duration(),
    };

    let (password_source, config_password) = if let Some(var) = &args.password_env {
        (PasswordSource::Env(var.clone()), None)
    } else if let Some(path) = &args.password_file {
        (PasswordSource::File(path.clone()), None)
    } else if let Some(cmd) = &args.password_command {
        (PasswordSource::Command(cmd.clone()), None)
    } else if let Some(cmd) = &profile.password_command {
        (PasswordSource::Command(cmd.clone()), None)
    } else if let Some(path) = &profile.password_file {
        (PasswordSource::File(path.clone()), None)
    } else if let Some(var) = &profile.password_env {
        (PasswordSource::Env(var.clone()), None)
    } else if let Some(pw) = &profile.password {
        (PasswordSource::Config, Some(Secret::new(pw.clone())))
    } else if let Some(file) = env("CREDENTIALS_DIRECTORY")
        .map(|d| Path::new(&d).join(CREDENTIAL_NAME))
        .filter(|f| f.is_file())
    {
        // systemd LoadCredential=xmpp-password:/path/to/secret
        (PasswordSource::File(file), None)
    } else if env("XMPP_PASSWORD").is_some() || std::env::var_os("XMPP_PASSWORD").is_some() {
        // Set but not UTF-8 counts as set: reading it then says so.
        (PasswordSource::Env("XMPP_PASSWORD".to_string()), None)
    } else {
        (PasswordSource::Prompt, None)
    };

    Ok(ConnectSettings {
        jid,
        server,
        tls: args.tls.or(profile.tls),
        ca_file: args.ca_file.clone().or_else(|| profile.ca_file.clone()),
        insecure: args.insecure || profile.insecure.unwrap_or(false),
        allow_plain: args.allow_plain,
        timeout,
        omemo: profile.omemo.unwrap_or(false),
        password_source,
        config_password,
        password: Default::default(),
    })
}

/// `HOST`, `HOST:PORT`, `[IPV6]:PORT` or a bare IPv6 address.
pub fn parse_server(s: &str) -> Result<(String, Option<u16>)> {
    let bad = || fail(Kind::Usage, format!("--server '{s}' is not HOST[:PORT]"));
    if s.is_empty() {
        return Err(bad());
    }
    if let Some(rest) = s.strip_prefix('[') {
        let (host, after) = rest.split_once(']').ok_or_else(bad)?;
        let port = match after {
            "" => None,
            p => Some(
                p.strip_prefix(':')
                    .and_then(|p| p.parse().ok())
                    .ok_or_else(bad)?,
            ),
        };
        return Ok((host.to_string(), port));
    }
    if s.matches(':').count() > 1 {
        return Ok((s.to_string(), None)); // bare IPv6
    }
    match s.split_once(':') {
        Some((host, port)) if !host.is_empty() => {
            let port: u16 = port.parse().map_err(|_| bad())?;
            if port == 0 {
                return Err(bad());
            }
            Ok((host.to_string(), Some(port)))
        }
        Some(_) => Err(bad()),
        None => Ok((s.to_string(), None)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    const CONFIG: &str = r#"
default = "work"
[accounts.work]
jid = "bot@work.example"
server = "xmpp.work.example:5223"
tls = "direct"
timeout = 3
password_command = "pass show work"
[accounts.home]
jid = "me@home.example/laptop"
password_file = "/home/me/.xmpp-pass"
"#;

    #[test]
    fn profile_fills_what_flags_leave_open() {
        let config = crate::config::parse_config(CONFIG).unwrap();
        let args = Overrides::default();
        let profile = crate::config::select_profile(args.account.as_deref(), &config).unwrap();
        let s = resolve(&args, &profile, &no_env).unwrap();
        assert_eq!(s.jid.to_string(), "bot@work.example");
        assert_eq!(
            s.server,
            Some(("xmpp.work.example".to_string(), Some(5223)))
        );
        assert_eq!(s.tls, Some(TlsMode::Direct));
        assert_eq!(s.timeout, Duration::from_secs(3));
        assert_eq!(
            s.password_source,
            PasswordSource::Command("pass show work".into())
        );
    }

    #[test]
    fn flags_and_env_beat_the_profile() {
        let config = crate::config::parse_config(CONFIG).unwrap();
        // clap has already merged env into these fields: a value here is a
        // flag or its environment variable.
        let args = Overrides {
            jid: Some("other@x.example".into()),
            server: Some("127.0.0.1:15222".into()),
            tls: Some(TlsMode::Starttls),
            timeout: Some(1.5),
            password_file: Some("/tmp/pw".into()),
            ..Default::default()
        };
        let profile = crate::config::select_profile(args.account.as_deref(), &config).unwrap();
        let s = resolve(&args, &profile, &no_env).unwrap();
        assert_eq!(s.jid.to_string(), "other@x.example");
        assert_eq!(s.server, Some(("127.0.0.1".to_string(), Some(15222))));
        assert_eq!(s.tls, Some(TlsMode::Starttls));
        assert_eq!(s.timeout, Duration::from_millis(1500));
        assert_eq!(s.password_source, PasswordSource::File("/tmp/pw".into()));
    }

    #[test]
    fn account_flag_selects_profile_and_defaults_apply() {
        let config = crate::config::parse_config(CONFIG).unwrap();
        let args = Overrides {
            account: Some("home".into()),
            ..Default::default()
        };
        let profile = crate::config::select_profile(args.account.as_deref(), &config).unwrap();
        let s = resolve(&args, &profile, &no_env).unwrap();
        assert_eq!(s.jid.to_string(), "me@home.example/laptop");
        assert_eq!(s.server, None);
        assert_eq!(s.tls, None);
        assert_eq!(s.timeout, DEFAULT_TIMEOUT);
        assert_eq!(
            s.password_source,
            PasswordSource::File("/home/me/.xmpp-pass".into())
        );
    }

    #[test]
    fn xmpp_password_is_the_fallback_then_the_prompt() {
        let args = Overrides {
            jid: Some("a@b.example".into()),
            ..Default::default()
        };
        let env = |k: &str| (k == "XMPP_PASSWORD").then(|| "pw".to_string());
        let s = resolve(&args, &Profile::default(), &env).unwrap();
        assert_eq!(
            s.password_source,
            PasswordSource::Env("XMPP_PASSWORD".into())
        );
        let s = resolve(&args, &Profile::default(), &no_env).unwrap();
        assert_eq!(s.password_source, PasswordSource::Prompt);
    }

    #[test]
    fn the_password_is_read_once_and_never_printed() {
        let dir = tempfile::tempdir().unwrap();
        let counter = dir.path().join("runs");
        let secret = dir.path().join("pw");
        std::fs::write(&secret, "s3cret-pw\n").unwrap();
        let args = Overrides {
            jid: Some("a@b.example".into()),
            password_command: Some(format!(
                "echo run >> {}; cat {}",
                counter.display(),
                secret.display()
            )),
            ..Default::default()
        };
        let s = resolve(&args, &Profile::default(), &no_env).unwrap();
        let copy = s.clone();
        assert_eq!(s.password().unwrap().expose(), "s3cret-pw");
        assert_eq!(copy.password().unwrap().expose(), "s3cret-pw");
        assert_eq!(s.password().unwrap().expose(), "s3cret-pw");
        let runs = std::fs::read_to_string(&counter).unwrap();
        assert_eq!(runs.lines().count(), 1, "the command ran more than once");
        assert!(!format!("{s:?}").contains("s3cret-pw"));
        let profile = Profile {
            password: Some("in-the-file".into()),
            ..Profile::default()
        };
        let s = resolve(
            &Overrides {
                jid: args.jid.clone(),
                ..Default::default()
            },
            &profile,
            &no_env,
        )
        .unwrap();
        assert!(!format!("{s:?}").contains("in-the-file"), "{s:?}");
    }

    #[test]
    fn bad_values_are_classified() {
        let args = Overrides {
            jid: Some("example.org".into()),
            ..Default::default()
        };
        let err = resolve(&args, &Profile::default(), &no_env).unwrap_err();
        assert_eq!(crate::error::kind_of(&err), Kind::Usage);

        let err = resolve(&Overrides::default(), &Profile::default(), &no_env).unwrap_err();
        assert_eq!(crate::error::kind_of(&err), Kind::Config);
    }

    #[test]
    fn resource_flag_overrides_jid_resource() {
        let args = Overrides {
            jid: Some("a@b.example/one".into()),
            resource: Some("two".into()),
            ..Default::default()
        };
        let s = resolve(&args, &Profile::default(), &no_env).unwrap();
        assert_eq!(s.jid.to_string(), "a@b.example/two");
    }

    #[test]
    fn server_forms() {
        assert_eq!(parse_server("h").unwrap(), ("h".into(), None));
        assert_eq!(parse_server("h:5223").unwrap(), ("h".into(), Some(5223)));
        assert_eq!(
            parse_server("[::1]:5222").unwrap(),
            ("::1".into(), Some(5222))
        );
        assert_eq!(parse_server("::1").unwrap(), ("::1".into(), None));
        assert!(parse_server("h:x").is_err());
        assert!(parse_server("h:0").is_err());
        assert!(parse_server(":5222").is_err());
    }
}
