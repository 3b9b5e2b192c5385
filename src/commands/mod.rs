//! One module per subcommand; each exports `run`.

pub mod account;
pub mod adhoc;
pub mod admin;
pub mod archive;
pub mod check;
pub mod config;
pub mod forms;
pub mod generate;
pub mod history;
pub mod jid;
pub mod listen;
pub mod muc;
pub mod mucadmin;
pub mod omemo;
pub mod presence;
pub mod query;
pub mod relay;
pub mod roomkeep;
pub mod roster;
pub mod send;
pub mod upload;

use anyhow::Result;

use crate::cli::GlobalArgs;
use crate::connection::{self, Session};
use crate::error::{fail, Kind};
use crate::settings;

/// All of stdin, for commands that check their whole input before
/// connecting (`send` bodies, `--ndjson`, `--raw`, `iq`, `roster import -`).
/// Read on a blocking thread, so that the runtime stays free to see
/// Ctrl-C while a terminal's stdin waits (main abandons the thread).
pub async fn read_stdin() -> Result<Vec<u8>> {
    log::debug!("reading stdin to its end");
    tokio::task::spawn_blocking(|| {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut buf).map(|_| buf)
    })
    .await
    .map_err(|e| fail(Kind::Internal, format!("reading stdin: {e}")))?
    .map_err(|e| fail(Kind::Usage, format!("reading stdin: {e}")))
}

/// The connection settings from flags, the real environment and the
/// config file (the one place that reads the file for a connection).
pub fn settings(global: &GlobalArgs) -> Result<settings::ConnectSettings> {
    let env = |k: &str| std::env::var(k).ok();
    let overrides = global.overrides();
    let file = crate::config::load_config(overrides.config.as_deref(), &env)?;
    let profile = crate::config::select_profile(overrides.account.as_deref(), &file)?;
    settings::resolve(&overrides, &profile, &env)
}

/// The answers to a form: a JSON object read from `json` (a file, or `-`
/// for stdin) with the `--field VAR=VALUE` arguments over it; `flag`
/// names the JSON option in errors (`adhoc run`, `muc`).
pub async fn form_answers(
    fields: &[String],
    json: Option<&std::path::Path>,
    flag: &str,
) -> Result<forms::Answers> {
    let given = forms::Answers::from_args(fields)?;
    let Some(path) = json else {
        return Ok(given);
    };
    let text = if path == std::path::Path::new("-") {
        String::from_utf8(read_stdin().await?)
            .map_err(|_| fail(Kind::Usage, format!("{flag} -: stdin is not UTF-8")))?
    } else {
        crate::files::read_text_bounded(path, 1 << 20).map_err(|e| {
            fail(
                Kind::Usage,
                format!("cannot read {flag} {}: {e}", path.display()),
            )
        })?
    };
    Ok(forms::Answers::from_json(&text)?.merged(given))
}

/// An IQ get carrying `payload` to `to` (`None`: our server, or the
/// stream's peer before login).
pub fn iq_get(to: Option<::jid::Jid>, payload: minidom::Element) -> xmpp_parsers::iq::Iq {
    xmpp_parsers::iq::Iq::Get {
        from: None,
        to,
        id: crate::ids::new_id(),
        payload,
    }
}

/// An IQ set carrying `payload` to `to` (see [`iq_get`]).
pub fn iq_set(to: Option<::jid::Jid>, payload: minidom::Element) -> xmpp_parsers::iq::Iq {
    xmpp_parsers::iq::Iq::Set {
        from: None,
        to,
        id: crate::ids::new_id(),
        payload,
    }
}

/// Send `iq` and wait for its answer: the result's payload, or the error
/// as exit 7 with `what` and the condition (`account`, `muc`).
pub async fn ask(
    session: &mut Session,
    iq: xmpp_parsers::iq::Iq,
    what: &str,
) -> Result<Option<minidom::Element>> {
    use xmpp_parsers::iq::Iq;
    let (answer, others) = session.iq(iq).await?;
    session.requeue(others);
    match answer {
        Iq::Result { payload, .. } => Ok(payload),
        Iq::Error { error, .. } => crate::error::bail(
            Kind::Remote,
            format!("{what}: {}", connection::describe_stanza_error(&error)),
        ),
        _ => crate::error::bail(Kind::Remote, format!("{what}: an odd answer")),
    }
}

/// Resolve the account from flags, environment and config, and connect.
pub async fn connect(global: &GlobalArgs) -> Result<Session> {
    connection::connect(&settings(global)?).await
}
