//! `xmpp config`: path, show (with the source of every value), check
//! (connect and report), init (write a profile), import-sendxmpp.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::Serialize;

use crate::cli::{ConfigCommand, ConfigWriteArgs, GlobalArgs, ImportSendxmppArgs};
use crate::commands::query;

use crate::config as file;
use crate::error::{bail, fail, Kind};
use crate::output::{self, Output};
use crate::settings::{self, PasswordSource, Profile};

fn env(k: &str) -> Option<String> {
    std::env::var(k).ok()
}

pub async fn run(cmd: &ConfigCommand, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    match cmd {
        ConfigCommand::Path => path(global, out),
        ConfigCommand::Show => show(global, out),
        ConfigCommand::Check => check(global, out).await,
        ConfigCommand::Init(a) => init(a, global),
        ConfigCommand::ImportSendxmpp(a) => import_sendxmpp(a, global),
    }
}

fn path(global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let Some((path, explicit)) = file::config_path(global.config.as_deref(), &env) else {
        return bail(
            Kind::Config,
            "no config path: set HOME, XDG_CONFIG_HOME or XMPP_CONFIG",
        );
    };
    let exists = path.exists();
    if out.is_json() {
        out.json_line(&serde_json::json!({"path": path, "exists": exists, "explicit": explicit}))?;
    } else {
        out.line(&path.display().to_string())?;
        if !exists {
            output::note("(does not exist)");
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct Row {
    key: &'static str,
    value: Option<String>,
    source: String,
}

/// Every effective setting with its source. Values come from the same
/// resolution a connection uses; the source is the first layer that set it.
fn show(global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let path = file::config_path(global.config.as_deref(), &env);
    let config = file::load_config(global.config.as_deref(), &env)?;
    let (name, profile) = file::select_named_profile(global.account.as_deref(), &config)?;
    let file = match (&path, &name) {
        (Some((p, _)), Some(n)) => format!("file {} [accounts.{n}]", p.display()),
        _ => "file".to_string(),
    };
    let resolved = settings::resolve(&global.overrides(), &profile, &env)?;
    let src = |id: &str, env_name: &str, flag_set: bool, profile_set: bool| -> String {
        if flag_set {
            if global.from_env.iter().any(|e| e == id) {
                format!("env {env_name}")
            } else {
                format!("flag --{}", id.replace('_', "-"))
            }
        } else if profile_set {
            file.clone()
        } else {
            "default".to_string()
        }
    };
    let mut rows = vec![
        Row {
            key: "jid",
            value: Some(resolved.jid.to_string()),
            source: src(
                "jid",
                "XMPP_JID",
                global.jid.is_some(),
                profile.jid.is_some(),
            ),
        },
        Row {
            key: "server",
            value: Some(match &resolved.server {
                Some((h, Some(p))) => format!("{h}:{p}"),
                Some((h, None)) => h.clone(),
                None => "(SRV lookup)".to_string(),
            }),
            source: src(
                "server",
                "XMPP_SERVER",
                global.server.is_some(),
                profile.server.is_some(),
            ),
        },
        Row {
            key: "tls",
            value: Some(match resolved.tls {
                Some(crate::cli::TlsMode::Direct) => "direct".into(),
                Some(crate::cli::TlsMode::Starttls) => "starttls".into(),
                None if resolved.server.is_some() => "starttls".into(),
                None => "(SRV: direct, then starttls)".into(),
            }),
            source: src("tls", "", global.tls.is_some(), profile.tls.is_some()),
        },
        Row {
            key: "ca_file",
            value: resolved.ca_file.as_ref().map(|p| p.display().to_string()),
            source: src(
                "ca_file",
                "XMPP_CA_FILE",
                global.ca_file.is_some(),
                profile.ca_file.is_some(),
            ),
        },
        Row {
            key: "insecure",
            value: Some(resolved.insecure.to_string()),
            source: src("insecure", "", global.insecure, profile.insecure.is_some()),
        },
        Row {
            key: "omemo",
            value: Some(resolved.omemo.to_string()),
            source: src("omemo", "", false, profile.omemo.is_some()),
        },
        Row {
            key: "timeout",
            value: Some(format!("{}", resolved.timeout.as_secs_f64())),
            source: src(
                "timeout",
                "XMPP_TIMEOUT",
                global.timeout.is_some(),
                profile.timeout.is_some(),
            ),
        },
    ];
    let (value, source) = password_row(global, &profile, &resolved.password_source, &file);
    rows.push(Row {
        key: "password",
        value: Some(value),
        source,
    });
    if out.is_json() {
        out.json_line(&serde_json::json!({
            "config_file": path.map(|(p, _)| p),
            "account": name,
            "settings": rows,
        }))?;
    } else {
        for r in rows {
            out.line(&format!(
                "{:<9} {:<40} ({})",
                r.key,
                r.value.as_deref().unwrap_or("-"),
                r.source
            ))?;
        }
    }
    Ok(())
}

/// The password is described, never shown.
fn password_row(
    global: &GlobalArgs,
    profile: &Profile,
    source: &PasswordSource,
    file: &str,
) -> (String, String) {
    let flag = global.password_env.is_some()
        || global.password_file.is_some()
        || global.password_command.is_some();
    let from_profile = profile.password_command.is_some()
        || profile.password_file.is_some()
        || profile.password_env.is_some()
        || profile.password.is_some();
    let value = match source {
        PasswordSource::Env(var) => format!("[set via environment variable {var}]"),
        PasswordSource::File(p) => format!("[set via password_file {}]", p.display()),
        PasswordSource::Command(_) => "[set via password_command]".to_string(),
        PasswordSource::Config => "[set in the config file]".to_string(),
        PasswordSource::Prompt => "[asked on the terminal]".to_string(),
    };
    let origin = if flag {
        "flag".to_string()
    } else if from_profile {
        file.to_string()
    } else {
        match source {
            PasswordSource::Prompt => "default".to_string(),
            PasswordSource::File(_) => "env CREDENTIALS_DIRECTORY".to_string(),
            _ => "env XMPP_PASSWORD".to_string(),
        }
    };
    (value, origin)
}

#[derive(Serialize)]
struct Check {
    jid: String,
    address: String,
    tls: &'static str,
    tls_version: String,
    mechanism: String,
    channel_binding: &'static str,
    stream_management: bool,
    server_software: Option<serde_json::Value>,
    upload: Option<serde_json::Value>,
    rtt_ms: f64,
}

async fn check(global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let mut session = super::connect(global).await?;
    let server = query::server_of(&session);
    let software = query::software_version(&mut session, &server).await?;
    let upload = query::upload_service(&mut session).await?;
    let rtt = query::ping_ms(&mut session, &server).await?;
    let report = Check {
        jid: session.jid.to_string(),
        address: session.info.address.clone(),
        tls: session.info.tls,
        tls_version: session.info.tls_version.clone(),
        mechanism: session.info.mechanism.clone(),
        channel_binding: session.info.channel_binding,
        stream_management: session.info.stream_management,
        server_software: software
            .as_ref()
            .map(|v| serde_json::json!({"name": v.name, "version": v.version, "os": v.os})),
        upload: upload
            .as_ref()
            .map(|(j, max)| serde_json::json!({"jid": j.to_string(), "max_file_size": max})),
        rtt_ms: rtt,
    };
    session.close().await?;
    if out.is_json() {
        out.json_line(&report)?;
        return Ok(());
    }
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    out.line(&format!("account            {}", report.jid))?;
    out.line(&format!(
        "server             {} ({}, {})",
        report.address, report.tls, report.tls_version
    ))?;
    out.line(&format!(
        "authentication     {} (channel binding: {})",
        report.mechanism, report.channel_binding
    ))?;
    out.line(&format!(
        "stream management  {}",
        yes_no(report.stream_management)
    ))?;
    out.line(&format!(
        "server software    {}",
        software
            .map(|v| format!(
                "{} {}{}",
                v.name,
                v.version,
                v.os.map(|o| format!(" ({o})")).unwrap_or_default()
            ))
            .unwrap_or_else(|| "(not disclosed)".into())
    ))?;
    out.line(&format!(
        "file upload        {}",
        upload
            .map(|(j, max)| match max {
                Some(m) => format!("{j} (up to {m} bytes)"),
                None => j.to_string(),
            })
            .unwrap_or_else(|| "none".into())
    ))?;
    out.line(&format!("round trip         {:.1} ms", report.rtt_ms))?;
    Ok(())
}

/// The file to write: the one in use, else the default path.
fn target_path(global: &GlobalArgs) -> Result<PathBuf> {
    file::config_path(global.config.as_deref(), &env)
        .map(|(p, _)| p)
        .ok_or_else(|| {
            fail(
                Kind::Config,
                "no config path: set HOME, XDG_CONFIG_HOME or XMPP_CONFIG",
            )
        })
}

/// Write `text` to `path` readable by its owner only.
/// Write `text` to `path` atomically and privately: a temporary file
/// (mode 0600) in the same folder, synced, then renamed over the old one,
/// so a crash never leaves half a config.
fn write_private(path: &Path, text: &str) -> Result<()> {
    let dir = match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| {
                fail(
                    Kind::Config,
                    format!("cannot create {}: {e}", dir.display()),
                )
            })?;
            dir
        }
        None => Path::new("."),
    };
    crate::files::replace(dir, path, text.as_bytes()).map_err(|e| {
        fail(
            Kind::Config,
            format!("cannot write {}: {e}", path.display()),
        )
    })
}

/// Add (or with `force`, replace) a profile in the config file, keeping the
/// rest; it becomes the default when there is none.
/// Add `[accounts.NAME]` to the config file, keeping everything else in
/// it as the user wrote it (comments, order, formatting: `toml_edit`).
fn put_profile(path: &Path, name: &str, profile: &Profile, force: bool) -> Result<()> {
    let text = match crate::files::read_text_bounded(path, crate::files::CONFIG_MAX) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return bail(Kind::Config, format!("cannot read {}: {e}", path.display())),
    };
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .map_err(|e| fail(Kind::Config, format!("config file {}: {e}", path.display())))?;
    let accounts = doc
        .entry("accounts")
        .or_insert(toml_edit::table())
        .as_table_mut()
        .ok_or_else(|| {
            fail(
                Kind::Config,
                format!("{}: `accounts` is not a table", path.display()),
            )
        })?;
    accounts.set_implicit(true);
    if accounts.contains_key(name) && !force {
        return bail(
            Kind::Config,
            format!(
                "{} already has [accounts.{name}]: pass --force to replace it",
                path.display()
            ),
        );
    }
    let rendered = toml::to_string(profile).map_err(|e| fail(Kind::Internal, e.to_string()))?;
    let table: toml_edit::DocumentMut = rendered
        .parse()
        .map_err(|e| fail(Kind::Internal, format!("{e}")))?;
    accounts.insert(name, toml_edit::Item::Table(table.as_table().clone()));
    if !doc.contains_key("default") {
        doc.insert("default", toml_edit::value(name));
    }
    write_private(path, &doc.to_string())
}

fn init(a: &ConfigWriteArgs, global: &GlobalArgs) -> Result<()> {
    let path = target_path(global)?;
    if path.exists() && !a.force {
        return bail(
            Kind::Config,
            format!("{} exists: pass --force to overwrite it", path.display()),
        );
    }
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut ask = |question: &str| -> Result<String> {
        crate::output::prompt(question);
        match lines.next() {
            Some(Ok(l)) => Ok(l.trim().to_string()),
            _ => bail(Kind::Usage, format!("no answer to \"{question}\" on stdin")),
        }
    };
    let jid = ask("Account JID (user@example.org)")?;
    crate::jidtools::parse(&jid)
        .map_err(|r| fail(Kind::Usage, format!("'{jid}' is not a JID: {r}")))?;
    let mut profile = Profile {
        jid: Some(jid),
        ..Profile::default()
    };
    match ask("Password source: command, file or env [command]")?.as_str() {
        "" | "command" => profile.password_command = Some(ask("Command that prints the password")?),
        "file" => {
            profile.password_file =
                Some(PathBuf::from(ask("File whose first line is the password")?))
        }
        "env" => profile.password_env = Some(ask("Environment variable")?),
        other => {
            return bail(
                Kind::Usage,
                format!("unknown password source '{other}': command, file or env"),
            )
        }
    }
    let server = ask("Server HOST[:PORT] (empty: SRV lookup)")?;
    if !server.is_empty() {
        settings::parse_server(&server)?;
        profile.server = Some(server);
    }
    let mut table = toml::Table::new();
    table.insert("default".into(), toml::Value::String(a.name.clone()));
    let mut accounts = toml::Table::new();
    accounts.insert(
        a.name.clone(),
        toml::Value::try_from(&profile).map_err(|e| fail(Kind::Internal, e.to_string()))?,
    );
    table.insert("accounts".into(), toml::Value::Table(accounts));
    write_private(
        &path,
        &toml::to_string(&table).map_err(|e| fail(Kind::Internal, e.to_string()))?,
    )?;
    output::note(&format!(
        "wrote {} (mode 600); try: xmpp config check",
        path.display()
    ));
    Ok(())
}

fn import_sendxmpp(a: &ImportSendxmppArgs, global: &GlobalArgs) -> Result<()> {
    let source = match &a.file {
        Some(f) => f.clone(),
        None => {
            let Some(home) = crate::xdg::home(&env) else {
                return bail(
                    Kind::Config,
                    "HOME is not an absolute path: name the file to import",
                );
            };
            let go = home.join(".config/go-sendxmpp/sendxmpprc");
            if go.exists() {
                go
            } else {
                home.join(".sendxmpprc")
            }
        }
    };
    let text = crate::files::read_text_bounded(&source, crate::files::CONFIG_MAX).map_err(|e| {
        fail(
            Kind::Config,
            format!("cannot read {}: {e}", source.display()),
        )
    })?;
    file::check_private(&source)?;
    let profile = file::sendxmpp::parse(&text).map_err(|e| {
        fail(
            Kind::Config,
            format!("{} is not a sendxmpp config: {e}", source.display()),
        )
    })?;
    // An account that could never log in is not imported.
    if let Some(jid) = &profile.jid {
        crate::jidtools::parse(jid).map_err(|e| {
            fail(
                Kind::Config,
                format!(
                    "{} names the account {}, which is not a valid JID ({e}): nothing imported",
                    source.display(),
                    crate::error::quoted(jid)
                ),
            )
        })?;
    }
    let path = target_path(global)?;
    put_profile(&path, &a.name, &profile, a.force)?;
    output::note(&format!(
        "added [accounts.{}] to {} from {}",
        a.name,
        path.display(),
        source.display()
    ));
    Ok(())
}
