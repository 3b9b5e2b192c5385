//! `xmpp adhoc` and `xmpp admin`: thin layers over `adhoc` (the
//! command sessions) and `forms` (the forms). `admin` maps each shortcut
//! to its XEP-0133 node and fields, takes passwords from a file, the
//! environment, a generator or a prompt (never argv), and prints a status
//! line per account.

use anyhow::Result;
use jid::Jid;

use super::adhoc::{self, Stage};
use super::forms::{self, Answers};
use crate::cli::{AdhocArgs, AdhocCommand, AdminArgs, AdminCommand, AdminUserArgs, GlobalArgs};
use crate::connection::Session;
use crate::error::{bail, fail, kind_of, Kind};
use crate::jidtools;
use crate::output::{self, Output};

const ADMIN: &str = "http://jabber.org/protocol/admin#";

/// `fut`, or exit 130 at SIGINT/SIGTERM. These commands watch the
/// signals themselves (a command session is canceled on the server
/// before exiting, `adhoc::execute`); everything else just stops.
async fn stoppable<T>(fut: impl std::future::Future<Output = Result<T>>) -> Result<T> {
    tokio::select! {
        r = fut => r,
        _ = crate::signals::stopped() => bail(Kind::Interrupted, "interrupted"),
    }
}

#[derive(serde::Serialize)]
struct StageJson<'a> {
    node: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    sessionid: Option<&'a str>,
    status: &'a str,
    actions: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    form: Option<forms::FormJson>,
    notes: &'a [adhoc::Note],
}

fn print_stage(stage: &Stage, out: &mut Output) -> Result<()> {
    if out.is_json() {
        out.json_line(&StageJson {
            node: &stage.node,
            sessionid: stage.sessionid.as_deref(),
            status: &stage.status,
            actions: &stage.actions,
            form: stage.form.as_ref().map(forms::to_json),
            notes: &stage.notes,
        })?;
        return Ok(());
    }
    for n in &stage.notes {
        out.line(&format!(
            "{}: {}",
            n.kind,
            output::terminal_safe(n.text.trim(), " ")
        ))?;
    }
    if let Some(f) = &stage.form {
        for l in forms::to_text(f) {
            out.line(&l)?;
        }
    }
    Ok(())
}

pub async fn adhoc(args: &AdhocArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    match &args.command {
        AdhocCommand::List { target } => {
            let mut session = stoppable(super::connect(global)).await?;
            let to = match target {
                Some(j) => jidtools::jid_arg(j, "JID")?,
                None => super::query::server_of(&session),
            };
            let listed = stoppable(adhoc::list(&mut session, &to)).await?;
            let _ = session.close().await;
            if out.is_json() {
                out.json_line(&listed)?;
            } else {
                for l in &listed {
                    out.line(&format!(
                        "{}  {}",
                        output::terminal_safe(&l.node, " "),
                        output::terminal_safe(l.name.as_deref().unwrap_or(""), " ")
                    ))?;
                }
            }
            Ok(())
        }
        AdhocCommand::Run(run) => {
            let to = jidtools::jid_arg(&run.target, "JID")?;
            let answers = stoppable(super::form_answers(
                &run.fields,
                run.form_json.as_deref(),
                "--form-json",
            ))
            .await?;
            let mut session = stoppable(super::connect(global)).await?;
            let result = if run.forms_only {
                adhoc::first_form(&mut session, &to, &run.node).await
            } else {
                let mut stages = Vec::new();
                let json = out.is_json();
                adhoc::execute_adapting(
                    &mut session,
                    &to,
                    &run.node,
                    &answers,
                    |_, _| {},
                    &run.actions,
                    &mut |s| stages.push(s.clone()),
                )
                .await
                .map(|last| {
                    // Under --json every stage, as it came; for people,
                    // the last one (the result).
                    if json {
                        stages
                    } else {
                        vec![last]
                    }
                })
            };
            let outcome = match result {
                Ok(stages) => {
                    for s in &stages {
                        print_stage(s, out)?;
                    }
                    Ok(())
                }
                Err(e) => Err(unsupported(&mut session, &to, &run.node, e).await),
            };
            let _ = session.close().await;
            outcome
        }
    }
}

/// A refusal that says the server lacks the command is told with the
/// server's software (`version`), so the reader knows which server.
async fn unsupported(
    session: &mut Session,
    to: &Jid,
    node: &str,
    e: anyhow::Error,
) -> anyhow::Error {
    if kind_of(&e) != Kind::Remote || !e.to_string().contains("does not offer") {
        return e;
    }
    let software = match super::query::software_version(session, to).await {
        Ok(Some(v)) => format!("{} {}", v.name, v.version),
        _ => "its software did not say which it is".to_string(),
    };
    fail(
        Kind::Remote,
        format!("{to} ({software}) does not offer the command {node}: {e:#}"),
    )
}

/// One account's outcome, as a status line.
#[derive(serde::Serialize)]
struct Done<'a> {
    jid: &'a str,
    status: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    password: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// One account's status line (`admin`, `account`): JSON, or `JID:
/// STATUS` with a generated password shown once (an error's words go
/// to stderr, not here).
pub(crate) fn account_status(
    out: &mut Output,
    jid: &str,
    status: &str,
    password: Option<&str>,
    error: Option<String>,
) -> Result<()> {
    if out.is_json() {
        out.json_line(&Done {
            jid,
            status,
            password,
            error,
        })?;
    } else {
        match password {
            Some(p) => out.line(&format!("{jid}: {status} (password {p})"))?,
            None => out.line(&format!("{jid}: {status}"))?,
        }
    }
    Ok(())
}

/// An account to act on, with its new password where one is needed.
struct Item {
    jid: Jid,
    password: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemLine {
    jid: String,
    password: Option<String>,
}

/// A random password: 24 characters of URL-safe base64 (18 bytes from
/// the operating system's generator).
pub(crate) fn generated() -> Result<String> {
    use base64::Engine;
    let mut bytes = [0u8; 18];
    getrandom::getrandom(&mut bytes)
        .map_err(|e| fail(Kind::Internal, format!("no randomness for a password: {e}")))?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

/// The accounts and their passwords, all checked before connecting.
async fn items(args: &AdminUserArgs, needs_password: bool) -> Result<(Vec<Item>, bool)> {
    let mut list = Vec::new();
    if args.ndjson {
        if !args.jids.is_empty() {
            return bail(
                Kind::Usage,
                "--ndjson takes the accounts from stdin, not as arguments",
            );
        }
        let input = stoppable(super::read_stdin()).await?;
        let text = String::from_utf8(input).map_err(|_| fail(Kind::Usage, "stdin is not UTF-8"))?;
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let item: ItemLine = serde_json::from_str(line).map_err(|e| {
                fail(
                    Kind::Usage,
                    format!(
                        "stdin line {}: {e} (want {{\"jid\", \"password\"?}})",
                        n + 1
                    ),
                )
            })?;
            let jid = jidtools::jid_arg(&item.jid, &format!("stdin line {}", n + 1))?;
            list.push(Item {
                jid,
                password: item.password,
            });
        }
    } else {
        for j in &args.jids {
            list.push(Item {
                jid: jidtools::jid_arg(j, "JID")?,
                password: None,
            });
        }
    }
    if list.is_empty() {
        return bail(
            Kind::Usage,
            "no account: give JID arguments, or --ndjson with lines on stdin",
        );
    }
    if let Some(bare) = list
        .iter()
        .find(|i| i.jid.node().is_none() || i.jid.resource().is_some())
    {
        return bail(
            Kind::Usage,
            format!("{} is not an account (USER@DOMAIN)", bare.jid),
        );
    }
    if !needs_password {
        return Ok((list, false));
    }
    let shared = super::account::given_password(&args.password)?.map(|s| s.expose().to_string());
    let mut generated_any = false;
    let missing = list.iter().filter(|i| i.password.is_none()).count();
    let prompt = shared.is_none() && !args.password.generate_password && missing > 0;
    if prompt && (missing > 1 || args.dry_run) {
        return bail(
            Kind::Usage,
            "no new password for some accounts: give --new-password-file, --new-password-env, \
             --generate-password, or \"password\" in each NDJSON line",
        );
    }
    for item in list.iter_mut().filter(|i| i.password.is_none()) {
        item.password = Some(match &shared {
            Some(p) => p.clone(),
            None if args.password.generate_password => {
                generated_any = true;
                generated()?
            }
            None => {
                let jid = item.jid.to_string();
                tokio::task::spawn_blocking(move || {
                    rpassword::prompt_password(format!("New password for {jid}: "))
                })
                .await
                .map_err(|e| fail(Kind::Internal, e.to_string()))?
                .map_err(|e| {
                    fail(
                        Kind::Usage,
                        format!("no terminal to ask for the new password ({e}): give --new-password-file, --new-password-env or --generate-password"),
                    )
                })?
            }
        });
    }
    if let Some(empty) = list.iter().find(|i| i.password.as_deref() == Some("")) {
        return bail(
            Kind::Usage,
            format!("the new password for {} is empty", empty.jid),
        );
    }
    Ok((list, generated_any))
}

/// Fields the servers name differently for the same thing (Prosody's
/// `accountjids` is ejabberd's `accountjid` in end-user-session, its
/// `announcement` ejabberd's `body`): the answers follow the form.
fn aliases(form: &xmpp_parsers::data_forms::DataForm, a: &mut Answers) {
    let has = |var: &str| form.fields.iter().any(|f| f.var.as_deref() == Some(var));
    for (x, y) in [("accountjids", "accountjid"), ("announcement", "body")] {
        for (from, to) in [(x, y), (y, x)] {
            if has(to) && !has(from) {
                if let Some(v) = a.take(from) {
                    a.set(to, v);
                }
            }
        }
    }
}

/// [`adhoc::execute`] with the [`aliases`].
async fn run_command(session: &mut Session, to: &Jid, node: &str, a: &Answers) -> Result<Stage> {
    adhoc::execute_adapting(session, to, node, a, aliases, &[], &mut |_| {}).await
}

/// The node and the answers of a shortcut for one account.
fn shortcut(cmd: &AdminCommand, item: &Item) -> (String, Answers) {
    let jid = item.jid.to_string();
    let password = item.password.clone().unwrap_or_default();
    let mut a = Answers::default();
    let node = match cmd {
        AdminCommand::AddUser(_) => {
            a.set("accountjid", vec![jid]);
            a.set("password", vec![password.clone()]);
            a.set("password-verify", vec![password]);
            "add-user"
        }
        AdminCommand::ChangePassword(_) => {
            a.set("accountjid", vec![jid]);
            a.set("password", vec![password]);
            "change-user-password"
        }
        AdminCommand::DeleteUser(_) => {
            a.set("accountjids", vec![jid]);
            "delete-user"
        }
        AdminCommand::DisableUser(_) => {
            a.set("accountjids", vec![jid]);
            "disable-user"
        }
        _ => {
            a.set("accountjids", vec![jid]);
            "end-user-session"
        }
    };
    (format!("{ADMIN}{node}"), a)
}

pub async fn admin(args: &AdminArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    match &args.command {
        AdminCommand::OnlineUsers => {
            list_users(global, out, "get-online-users-list", "onlineuserjids").await
        }
        AdminCommand::RegisteredUsers => {
            list_users(
                global,
                out,
                "get-registered-users-list",
                "registereduserjids",
            )
            .await
        }
        AdminCommand::Announce { message, subject } => {
            let body = match message {
                Some(m) => m.clone(),
                None => String::from_utf8(stoppable(super::read_stdin()).await?)
                    .map_err(|_| fail(Kind::Usage, "the announcement on stdin is not UTF-8"))?,
            };
            let body = body.trim_end_matches('\n').to_string();
            if body.trim().is_empty() {
                return bail(
                    Kind::Usage,
                    "an empty announcement: give -m TEXT or text on stdin",
                );
            }
            let mut a = Answers::default();
            a.set("announcement", body.lines().map(str::to_string).collect());
            if let Some(s) = subject {
                a.set("subject", vec![s.clone()]);
            }
            let mut session = stoppable(super::connect(global)).await?;
            let server = super::query::server_of(&session);
            let node = format!("{ADMIN}announce");
            let done = run_command(&mut session, &server, &node, &a).await;
            let done = match done {
                Ok(s) => s,
                Err(e) => return Err(unsupported(&mut session, &server, &node, e).await),
            };
            let _ = session.close().await;
            print_stage(&done, out)
        }
        AdminCommand::AddUser(u)
        | AdminCommand::DeleteUser(u)
        | AdminCommand::DisableUser(u)
        | AdminCommand::ChangePassword(u)
        | AdminCommand::EndSessions(u) => {
            let needs = matches!(
                args.command,
                AdminCommand::AddUser(_) | AdminCommand::ChangePassword(_)
            );
            let (list, generated) = items(u, needs).await?;
            if u.dry_run {
                for item in &list {
                    let (node, mut a) = shortcut(&args.command, item);
                    for secret in ["password", "password-verify"] {
                        if needs {
                            a.set(secret, vec!["***".into()]);
                        }
                    }
                    let form = forms::answers_form(&a);
                    let el = adhoc::request(&node, Some("SESSION"), "complete", Some(form))?;
                    out.line(&String::from(&el))?;
                }
                return Ok(());
            }
            let mut session = stoppable(super::connect(global)).await?;
            let server = super::query::server_of(&session);
            let mut failed = 0;
            for item in &list {
                let (node, a) = shortcut(&args.command, item);
                let done = run_command(&mut session, &server, &node, &a).await;
                let jid = item.jid.to_string();
                let shown = generated.then_some(item.password.as_deref()).flatten();
                match done {
                    Ok(_) => account_status(out, &jid, "done", shown, None)?,
                    Err(e) if matches!(kind_of(&e), Kind::Remote | Kind::Usage) => {
                        let e = unsupported(&mut session, &server, &node, e).await;
                        failed += 1;
                        account_status(out, &jid, "error", None, Some(format!("{e:#}")))?;
                        if list.len() == 1 {
                            let _ = session.close().await;
                            return Err(e);
                        }
                        output::warn(&format!("{e:#}"));
                    }
                    Err(e) => return Err(e),
                }
            }
            let _ = session.close().await;
            if failed > 0 {
                return bail(Kind::Remote, format!("{failed} of {} failed", list.len()));
            }
            Ok(())
        }
    }
}

/// `online-users`, `registered-users`: the JIDs the command's result
/// lists under `field`, one a line or as a JSON array.
async fn list_users(global: &GlobalArgs, out: &mut Output, node: &str, field: &str) -> Result<()> {
    let mut session = stoppable(super::connect(global)).await?;
    let server = super::query::server_of(&session);
    let node = format!("{ADMIN}{node}");
    // As many as the server lists (its options say which counts it takes).
    let done = adhoc::execute_adapting(
        &mut session,
        &server,
        &node,
        &Answers::default(),
        |form, a| adhoc::widest(form, a, "max_items"),
        &[],
        &mut |_| {},
    )
    .await;
    let done = match done {
        Ok(s) => s,
        Err(e) => return Err(unsupported(&mut session, &server, &node, e).await),
    };
    let _ = session.close().await;
    let jids: Vec<String> = done
        .form
        .as_ref()
        .map(|f| {
            forms::values(f, field)
                .iter()
                .flat_map(|v| v.lines())
                .map(|l| l.split_whitespace().next().unwrap_or_default().to_string())
                .filter(|l| !l.is_empty())
                .collect()
        })
        .unwrap_or_default();
    if out.is_json() {
        out.json_line(&jids)?;
    } else {
        for j in &jids {
            out.line(&output::terminal_safe(j, " "))?;
        }
    }
    Ok(())
}
