//! `xmpp account register|password|delete` (XEP-0077): in-band
//! registration on an encrypted stream before logging in, a password
//! change proven by logging in again, and removal. The form of the
//! server's registration query is read as `forms` reads any form; a
//! CAPTCHA or a web page the server asks for is reported, not faked.

use anyhow::Result;
use jid::Jid;
use minidom::Element;
use xmpp_parsers::data_forms::DataForm;

use super::ask;
use super::forms::{self, Answers};
use crate::cli::{AccountArgs, AccountCommand, GlobalArgs, NewPasswordArgs};
use crate::connection;
use crate::error::{bail, fail, Kind};
use crate::output::Output;
use crate::secret::Secret;

const REGISTER: &str = "jabber:iq:register";

/// What a server's registration query asks for.
#[derive(Debug, Default)]
pub struct Asked {
    pub instructions: Option<String>,
    /// The legacy fields it names (username, password, email...).
    pub legacy: Vec<String>,
    pub form: Option<DataForm>,
    /// A web page to register on instead (XEP-0066 out-of-band data).
    pub url: Option<String>,
    /// The form is a CAPTCHA (XEP-0158).
    pub captcha: bool,
}

/// Read a registration query (pure).
pub fn read(query: &Element) -> Asked {
    let mut asked = Asked::default();
    for child in query.children() {
        if child.is("x", xmpp_parsers::ns::DATA_FORMS) {
            if let Ok(form) = DataForm::try_from(child.clone()) {
                asked.captcha = forms::value(&form, "FORM_TYPE") == Some("urn:xmpp:captcha")
                    || form
                        .fields
                        .iter()
                        .any(|f| matches!(f.var.as_deref(), Some("ocr" | "qa" | "picture_q")));
                asked.form = Some(form);
            }
        } else if child.is("x", "jabber:x:oob") {
            asked.url = child.get_child("url", "jabber:x:oob").map(|u| u.text());
        } else if child.is("instructions", REGISTER) {
            asked.instructions = Some(child.text());
        } else if child.ns() == REGISTER && child.name() != "registered" {
            asked.legacy.push(child.name().to_string());
        }
    }
    asked
}

fn text_child(name: &str, text: &str) -> Element {
    Element::builder(name, REGISTER)
        .append(minidom::Node::Text(text.to_string()))
        .build()
}

/// The new password `--new-password-file` or `--new-password-env` gives,
/// if either does (`account password`, `admin`).
pub fn given_password(args: &NewPasswordArgs) -> Result<Option<Secret>> {
    if let Some(path) = &args.new_password_file {
        let text = crate::files::read_text_bounded(path, 4096).map_err(|e| {
            fail(
                Kind::Config,
                format!("cannot read --new-password-file {}: {e}", path.display()),
            )
        })?;
        let first = text.lines().next().unwrap_or_default().to_string();
        if first.is_empty() {
            return bail(
                Kind::Config,
                format!(
                    "--new-password-file {}: the first line is empty",
                    path.display()
                ),
            );
        }
        return Ok(Some(Secret::new(first)));
    }
    if let Some(var) = &args.new_password_env {
        return match std::env::var(var) {
            Ok(v) if !v.is_empty() => Ok(Some(Secret::new(v))),
            _ => bail(
                Kind::Config,
                format!("--new-password-env {var}: the variable is not set"),
            ),
        };
    }
    Ok(None)
}

/// The new password of `account password`, and whether it was generated
/// (to be shown once).
async fn new_password(args: &NewPasswordArgs) -> Result<(Secret, bool)> {
    if let Some(given) = given_password(args)? {
        return Ok((given, false));
    }
    if args.generate_password {
        return Ok((Secret::new(super::admin::generated()?), true));
    }
    let p = tokio::task::spawn_blocking(|| rpassword::prompt_password("New password: "))
        .await
        .map_err(|e| fail(Kind::Internal, e.to_string()))?
        .map_err(|e| {
            fail(
                Kind::Usage,
                format!(
                    "no terminal to ask for the new password ({e}): give --new-password-file, \
                     --new-password-env or --generate-password"
                ),
            )
        })?;
    if p.is_empty() {
        return bail(Kind::Usage, "the new password is empty");
    }
    Ok((Secret::new(p), false))
}

pub async fn run(args: &AccountArgs, global: &GlobalArgs, out: &mut Output) -> Result<()> {
    let settings = super::settings(global)?;
    let user = settings
        .jid
        .node()
        .map(|n| n.to_string())
        .ok_or_else(|| fail(Kind::Usage, "--jid needs a local part (USER@DOMAIN)"))?;
    let server = Jid::new(settings.jid.domain().as_str())
        .map_err(|e| fail(Kind::Internal, e.to_string()))?;
    match &args.command {
        AccountCommand::Register { fields } => {
            let extra = Answers::from_args(fields)?;
            let password = settings.password_off_thread().await?;
            let mut session = connection::connect_to_register(&settings).await?;
            let query = Element::builder("query", REGISTER).build();
            let asked = ask(
                &mut session,
                super::iq_get(None, query),
                "the server refused to say how to register",
            )
            .await?
            .map(|q| read(&q))
            .unwrap_or_default();
            if asked.captcha
                || (asked.url.is_some() && asked.form.is_none() && asked.legacy.is_empty())
            {
                let how = asked
                    .url
                    .as_deref()
                    .map(|u| format!(": register on {u}"))
                    .unwrap_or_default();
                return bail(
                    Kind::Remote,
                    format!(
                        "{server} wants a person to register (a CAPTCHA or a web page){how}; \
                         this command does not fill those"
                    ),
                );
            }
            let submit = match &asked.form {
                Some(form) => {
                    let mut answers = extra;
                    answers.set("username", vec![user.clone()]);
                    answers.set("password", vec![password.expose().to_string()]);
                    let filled = forms::submit(form, &answers, &mut Vec::new())?;
                    Element::builder("query", REGISTER)
                        .append(Element::from(filled))
                        .build()
                }
                None => {
                    let mut q = Element::builder("query", REGISTER)
                        .append(text_child("username", &user))
                        .append(text_child("password", password.expose()));
                    let extra_names: Vec<String> = asked
                        .legacy
                        .iter()
                        .filter(|f| *f != "username" && *f != "password")
                        .cloned()
                        .collect();
                    for name in extra_names {
                        let Some(v) = extra.first(&name) else {
                            return bail(
                                Kind::Usage,
                                format!("{server} asks for {name} too: give --field {name}=VALUE"),
                            );
                        };
                        q = q.append(text_child(&name, &v));
                    }
                    q.build()
                }
            };
            ask(
                &mut session,
                super::iq_set(None, submit),
                &format!("{server} refused to register {}", settings.jid.to_bare()),
            )
            .await?;
            let _ = session.close().await;
            // Proof: the new account logs in.
            let proof = connection::connect(&settings).await.map_err(|e| {
                fail(
                    Kind::Remote,
                    format!("registered, but logging in as the new account failed: {e:#}"),
                )
            })?;
            let _ = proof.close().await;
            done(out, &settings.jid.to_bare().to_string(), "registered", None)
        }
        AccountCommand::Password(np) => {
            let (new, generated) = new_password(np).await?;
            let mut session = connection::connect(&settings).await?;
            let q = Element::builder("query", REGISTER)
                .append(text_child("username", &user))
                .append(text_child("password", new.expose()))
                .build();
            ask(
                &mut session,
                super::iq_set(Some(server.clone()), q),
                &format!("{server} refused the password change"),
            )
            .await?;
            let _ = session.close().await;
            let proof = connection::connect(&settings.with_password(new.clone()))
                .await
                .map_err(|e| {
                    fail(
                        Kind::Remote,
                        format!(
                            "the server took the new password, but logging in with it failed: \
                             {e:#}"
                        ),
                    )
                })?;
            let _ = proof.close().await;
            let shown = generated.then(|| new.expose().to_string());
            done(
                out,
                &settings.jid.to_bare().to_string(),
                "changed",
                shown.as_deref(),
            )
        }
        AccountCommand::Delete { yes } => {
            if !yes {
                return bail(
                    Kind::Usage,
                    format!(
                        "deleting {} removes it and everything its server keeps for it: \
                         add --yes",
                        settings.jid.to_bare()
                    ),
                );
            }
            let mut session = connection::connect(&settings).await?;
            let q = Element::builder("query", REGISTER)
                .append(Element::builder("remove", REGISTER).build())
                .build();
            // The server may close the stream at once after the answer.
            match ask(
                &mut session,
                super::iq_set(Some(server.clone()), q),
                &format!("{server} refused to delete the account"),
            )
            .await
            {
                Ok(_) => {}
                Err(e) if crate::error::kind_of(&e) == Kind::Network => {
                    log::info!("the server closed the stream after the removal: {e:#}");
                }
                Err(e) => return Err(e),
            }
            let _ = session.close().await;
            done(out, &settings.jid.to_bare().to_string(), "deleted", None)
        }
    }
}

fn done(out: &mut Output, jid: &str, status: &str, password: Option<&str>) -> Result<()> {
    super::admin::account_status(out, jid, status, password, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_registration_query_says_what_it_wants() {
        let q: Element = "<query xmlns='jabber:iq:register'><instructions>Choose</instructions>\
             <username/><password/><email/></query>"
            .parse()
            .unwrap();
        let a = read(&q);
        assert_eq!(a.legacy, ["username", "password", "email"]);
        assert_eq!(a.instructions.as_deref(), Some("Choose"));
        assert!(!a.captcha && a.form.is_none());
        let q: Element = "<query xmlns='jabber:iq:register'>\
             <x xmlns='jabber:x:data' type='form'>\
             <field type='hidden' var='FORM_TYPE'><value>urn:xmpp:captcha</value></field>\
             <field var='ocr' type='text-single'><required/></field></x>\
             <x xmlns='jabber:x:oob'><url>https://example.org/captcha</url></x></query>"
            .parse()
            .unwrap();
        let a = read(&q);
        assert!(a.captcha);
        assert_eq!(a.url.as_deref(), Some("https://example.org/captcha"));
    }
}
