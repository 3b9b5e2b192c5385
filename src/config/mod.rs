//! The config file: `$XMPP_CONFIG`, XDG, `[accounts.NAME]` profiles in
//! TOML, and the go-sendxmpp / sendxmpp formats read as one profile
//! (`sendxmpp`). Reads files; resolves nothing (that is `settings`).

pub mod sendxmpp;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::Deserialize;

use crate::error::{bail, fail, Kind};

/// The config file: `default = "NAME"` and `[accounts.NAME]` tables.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    pub default: Option<String>,
    #[serde(default)]
    pub accounts: BTreeMap<String, Profile>,
    /// `[relay]`: `xmpp relay`'s settings (flags override them).
    #[serde(default)]
    pub relay: RelayConfig,
}

/// The `[relay]` table; keys are named like `xmpp relay`'s options.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelayConfig {
    pub listen: Option<String>,
    pub socket: Option<PathBuf>,
    pub token_file: Option<PathBuf>,
    pub token_env: Option<String>,
    #[serde(default)]
    pub allow_to: Vec<String>,
    pub deadline: Option<f64>,
    pub keepalive: Option<f64>,
    /// Bytes a second the relay writes at most (0: no pacing).
    pub rate: Option<u64>,
    /// Bytes the relay may write at once (`rate` otherwise).
    pub burst: Option<u64>,
    /// Rooms kept joined for `POST /send` (`"muc"`), besides the routes'.
    #[serde(default)]
    pub rooms: Vec<String>,
    /// Our nick in the routes' rooms (the account's local part otherwise).
    pub nick: Option<String>,
    /// Seconds between two self-pings (XEP-0410) of a joined room.
    pub room_check: Option<f64>,
    /// `[relay.routes.NAME]`: `/alertmanager/NAME` and `/grafana/NAME`.
    #[serde(default)]
    pub routes: BTreeMap<String, RelayRoute>,
}

/// One `[relay.routes.NAME]` table.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelayRoute {
    /// The recipients (JIDs).
    #[serde(default)]
    pub to: Vec<String>,
    /// Rooms, joined at start and kept joined.
    #[serde(default)]
    pub rooms: Vec<String>,
    /// What confirms a message: "remote" (default: for a recipient on
    /// another domain, that domain's answer too, as `send` waits for) or
    /// "server" (our server's acknowledgement only).
    pub confirm: Option<String>,
    /// A minijinja template over the webhook's JSON payload; built-in
    /// ones otherwise.
    pub template: Option<String>,
}

/// One `[accounts.NAME]` table; keys are named like the long options.
#[derive(Debug, Default, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password_command: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password_file: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password_env: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls: Option<TlsMode>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ca_file: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insecure: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout: Option<f64>,
    /// `send` encrypts with OMEMO, as with `--omemo`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub omemo: Option<bool>,
}

/// How TLS starts (`--tls`, `tls =` in a profile).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum TlsMode {
    /// Plain TCP, then STARTTLS (port 5222)
    Starttls,
    /// TLS from the first byte (XEP-0368, port 5223)
    Direct,
}

/// The config file's path: `--config` / `$XMPP_CONFIG`, else
/// `$XDG_CONFIG_HOME/xmpp-cli/config.toml`, else
/// `~/.config/xmpp-cli/config.toml`. The bool is true when the path was
/// named explicitly (then it must exist).
pub fn config_path(
    explicit: Option<&Path>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Option<(PathBuf, bool)> {
    if let Some(p) = explicit {
        return Some((p.to_path_buf(), true));
    }
    if let Some(p) = env("XMPP_CONFIG").filter(|p| !p.is_empty()) {
        return Some((PathBuf::from(p), true));
    }
    let base = crate::xdg::base("XDG_CONFIG_HOME", ".config", env)?;
    Some((base.join("xmpp-cli").join("config.toml"), false))
}

/// Load the config file, if there is one. A `password` key in a file that
/// group or others can read is refused. A go-sendxmpp / sendxmpp file is
/// read as one profile named `sendxmpp` (the default), and refused when
/// others can read it, as those tools do.
pub fn load_config(
    explicit: Option<&Path>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<ConfigFile> {
    let Some((path, explicit)) = config_path(explicit, env) else {
        return Ok(ConfigFile::default());
    };
    let text = match crate::files::read_text_bounded(&path, crate::files::CONFIG_MAX) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => {
            return Ok(ConfigFile::default())
        }
        Err(e) => {
            return bail(
                Kind::Config,
                format!("cannot read config file {}: {e}", path.display()),
            )
        }
    };
    let config = match parse_config(&text) {
        Ok(config) => config,
        // A TOML file with a mistake is reported as TOML, not tried as a
        // sendxmpp file (whose error would then be the one shown).
        Err(toml_error) if looks_like_toml(&text) => {
            return bail(
                Kind::Config,
                format!("config file {}: {toml_error}", path.display()),
            )
        }
        Err(toml_error) => match sendxmpp::parse(&text) {
            Ok(profile) => {
                log::debug!("{} is a sendxmpp config", path.display());
                check_private(&path)?;
                ConfigFile {
                    default: Some("sendxmpp".to_string()),
                    accounts: [("sendxmpp".to_string(), profile)].into(),
                    relay: RelayConfig::default(),
                }
            }
            Err(_) => {
                return bail(
                    Kind::Config,
                    format!("config file {}: {toml_error}", path.display()),
                )
            }
        },
    };
    if config.accounts.values().any(|p| p.password.is_some()) {
        check_private(&path)?;
    }
    Ok(config)
}

/// A `[table]` line, or a `key = value` line with a bare or quoted key:
/// TOML's shapes, which neither sendxmpp format has (`key: value`,
/// `user@host password`).
fn looks_like_toml(text: &str) -> bool {
    text.lines().map(str::trim).any(|l| {
        let table = l.starts_with('[') && l.ends_with(']');
        let key = l.split_once('=').is_some_and(|(k, _)| {
            let k = k.trim();
            !k.is_empty()
                && k.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_-.\"".contains(c))
        });
        table || key
    })
}

pub fn parse_config(text: &str) -> Result<ConfigFile, String> {
    toml::from_str(text).map_err(|e| e.message().to_string() + &location(text, e.span()))
}

fn location(text: &str, span: Option<std::ops::Range<usize>>) -> String {
    match span {
        Some(span) => {
            let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
            format!(" (line {line})")
        }
        None => String::new(),
    }
}

#[cfg(unix)]
pub fn check_private(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .map_err(|e| fail(Kind::Config, format!("{}: {e}", path.display())))?
        .permissions()
        .mode();
    if mode & 0o077 != 0 {
        return bail(
            Kind::Config,
            format!(
                "config file {} holds credentials but is readable by others (mode {:o}): \
                 chmod 600 it, or use password_command",
                path.display(),
                mode & 0o777
            ),
        );
    }
    Ok(())
}

#[cfg(not(unix))]
pub fn check_private(_path: &Path) -> Result<()> {
    Ok(())
}

/// Pick the profile: `--account` (which must exist), else the file's
/// `default` (which must exist), else none.
pub fn select_profile(account: Option<&str>, config: &ConfigFile) -> Result<Profile> {
    select_named_profile(account, config).map(|(_, p)| p)
}

/// `select_profile`, with the profile's name.
pub fn select_named_profile(
    account: Option<&str>,
    config: &ConfigFile,
) -> Result<(Option<String>, Profile)> {
    let name = match (account, config.default.as_deref()) {
        (Some(name), _) => name,
        (None, Some(name)) => name,
        (None, None) => return Ok((None, Profile::default())),
    };
    match config.accounts.get(name) {
        Some(profile) => Ok((Some(name.to_string()), profile.clone())),
        None => {
            let known: Vec<&str> = config.accounts.keys().map(String::as_str).collect();
            bail(
                Kind::Config,
                format!(
                    "no account named '{name}' in the config file (known: {})",
                    if known.is_empty() {
                        "none".to_string()
                    } else {
                        known.join(", ")
                    }
                ),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONFIG: &str = "default = \"work\"\n[accounts.work]\njid = \"bot@work.example\"\n[accounts.home]\njid = \"me@home.example\"\n";

    #[test]
    fn unknown_account_names_the_known_ones() {
        let config = parse_config(CONFIG).unwrap();
        let err = select_profile(Some("nope"), &config).unwrap_err();
        assert_eq!(crate::error::kind_of(&err), Kind::Config);
        assert!(err.to_string().contains("home, work"));
        let p = select_profile(None, &config).unwrap();
        assert_eq!(p.jid.as_deref(), Some("bot@work.example"));
        assert!(parse_config("[accounts.x]\nbogus = 1\n").is_err());
    }

    #[test]
    fn a_toml_mistake_is_reported_as_toml_not_read_as_sendxmpp() {
        // Unquoted, this line is a legacy sendxmpp line ("jid" as the
        // account, "= a@localhost" as the password).
        let text = "jid = a@localhost\n";
        assert!(sendxmpp::parse(text).is_ok(), "the hazard");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        let env = |_: &str| None;
        let e = load_config(Some(&path), &env).unwrap_err().to_string();
        assert!(e.contains("config file") && e.contains("line 1"), "{e}");
        // A real sendxmpp file is still read.
        std::fs::write(&path, "username: a@localhost\npassword: pw\n").unwrap();
        let mut perms = std::fs::metadata(&path).unwrap().permissions();
        std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o600);
        std::fs::set_permissions(&path, perms).unwrap();
        assert!(load_config(Some(&path), &env).is_ok());
    }

    #[test]
    fn config_path_order() {
        let env = |k: &str| match k {
            "XDG_CONFIG_HOME" => Some("/xdg".to_string()),
            "HOME" => Some("/home/u".to_string()),
            _ => None,
        };
        assert_eq!(
            config_path(None, &env),
            Some((PathBuf::from("/xdg/xmpp-cli/config.toml"), false))
        );
        let env2 = |k: &str| (k == "HOME").then(|| "/home/u".to_string());
        assert_eq!(
            config_path(None, &env2),
            Some((PathBuf::from("/home/u/.config/xmpp-cli/config.toml"), false))
        );
        let env3 = |k: &str| (k == "XMPP_CONFIG").then(|| "/etc/x.toml".to_string());
        assert_eq!(
            config_path(None, &env3),
            Some((PathBuf::from("/etc/x.toml"), true))
        );
        assert_eq!(
            config_path(Some(Path::new("/flag.toml")), &env3),
            Some((PathBuf::from("/flag.toml"), true))
        );
    }
}
