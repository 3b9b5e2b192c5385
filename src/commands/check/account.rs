//! The account half of `xmpp check`: log in with the usual credentials,
//! then ask the server (disco#info of the server, of the account, of the
//! services in disco#items) and read the stream features after login, in
//! the spirit of the XMPP Compliance Tester. Each check is passed, failed
//! (a query error) or not offered, with the evidence.

use jid::Jid;
use xmpp_parsers::disco::{DiscoInfoQuery, DiscoInfoResult, DiscoItemsQuery, DiscoItemsResult};
use xmpp_parsers::iq::Iq;
use xmpp_parsers::ping::Ping;

use super::report::{Check, Group, Status};
use crate::cli::GlobalArgs;
use crate::connection::{describe_stanza_error, Session};
use crate::ids::new_id;

fn check(target: &str, name: &str, status: Status, detail: String) -> Check {
    Check {
        group: Group::Account,
        target: target.to_string(),
        name: name.to_string(),
        status,
        detail,
        hint: None,
        ms: None,
    }
}

/// disco#info of `to`: the result, or the error in words.
fn info(answer: &Iq) -> Result<DiscoInfoResult, String> {
    match answer {
        Iq::Result {
            payload: Some(p), ..
        } => {
            DiscoInfoResult::try_from(p.clone()).map_err(|e| format!("unparsable disco#info: {e}"))
        }
        Iq::Result { payload: None, .. } => Err("empty disco#info answer".into()),
        Iq::Error { error, .. } => Err(describe_stanza_error(error)),
        _ => Err("not an answer".into()),
    }
}

fn disco(to: Jid) -> Iq {
    Iq::from_get(new_id(), DiscoInfoQuery { node: None }).with_to(to)
}

/// Every account check; a login failure is one failed check.
pub async fn suite(global: &GlobalArgs) -> Vec<Check> {
    let mut session = match crate::commands::connect(global).await {
        Ok(s) => s,
        Err(e) => {
            let who = global.jid.clone().unwrap_or_else(|| "the account".into());
            return vec![Check {
                hint: Some("check the JID and the password source".into()),
                ..check(&who, "login", Status::Critical, format!("{e:#}"))
            }];
        }
    };
    let checks = run(&mut session).await;
    let _ = session.close().await;
    checks
}

async fn run(session: &mut Session) -> Vec<Check> {
    let me = session.jid.clone();
    let who = me.to_bare().to_string();
    let server = Jid::from(me.domain().to_owned());
    let mut out = vec![check(
        &who,
        "login",
        Status::Ok,
        format!(
            "{} via {} ({} {}, {}, channel binding: {})",
            me,
            session.info.address,
            session.info.tls,
            session.info.tls_version,
            session.info.mechanism,
            session.info.channel_binding
        ),
    )];
    let f = session.info.features.clone();
    let feature = |ok: bool, name: &str, xep: &str, var: &str| {
        check(
            &who,
            &format!("{xep} {name}"),
            if ok { Status::Ok } else { Status::NotOffered },
            if ok {
                format!("stream feature {var}")
            } else {
                format!("no stream feature {var}")
            },
        )
    };
    out.push(feature(
        session.info.stream_management || f.stream_management,
        "stream management",
        "XEP-0198",
        "urn:xmpp:sm:3",
    ));
    out.push(feature(
        f.has("urn:xmpp:csi:0"),
        "client state indication",
        "XEP-0352",
        "urn:xmpp:csi:0",
    ));
    out.push(feature(
        f.has("urn:xmpp:features:rosterver"),
        "roster versioning",
        "RFC 6121",
        "urn:xmpp:features:rosterver",
    ));
    out.push(feature(
        f.has("http://jabber.org/protocol/caps"),
        "entity capabilities",
        "XEP-0115",
        "http://jabber.org/protocol/caps",
    ));

    let queries = vec![
        disco(server.clone()),
        disco(Jid::from(me.to_bare())),
        Iq::from_get(
            new_id(),
            DiscoItemsQuery {
                node: None,
                rsm: None,
            },
        )
        .with_to(server.clone()),
        Iq::from_get(new_id(), Ping).with_to(server.clone()),
    ];
    let answers = match session.iqs(queries).await {
        Ok((a, _)) => a,
        Err(e) => {
            out.push(check(
                &who,
                "service discovery",
                Status::Critical,
                format!("{e:#}"),
            ));
            return out;
        }
    };
    let server_info = info(&answers[0]);
    let own_info = info(&answers[1]);
    let by =
        |res: &Result<DiscoInfoResult, String>, var: &str, xep_name: &str, whose: &str| match res {
            Ok(i) if i.features.contains(var) => {
                check(&who, xep_name, Status::Ok, format!("{whose} has {var}"))
            }
            Ok(_) => check(
                &who,
                xep_name,
                Status::NotOffered,
                format!("{whose} has no {var}"),
            ),
            Err(e) => check(
                &who,
                xep_name,
                Status::Critical,
                format!("disco#info of {whose}: {e}"),
            ),
        };
    out.push(by(
        &server_info,
        "urn:xmpp:carbons:2",
        "XEP-0280 message carbons",
        "the server",
    ));
    out.push(by(
        &server_info,
        "urn:xmpp:blocking",
        "XEP-0191 blocking",
        "the server",
    ));
    // XEP-0398 §3: advertised on the account (bare JID), not the server.
    out.push(by(
        &own_info,
        "urn:xmpp:pep-vcard-conversion:0",
        "XEP-0398 avatar conversion",
        "the account",
    ));
    out.push(by(
        &own_info,
        "urn:xmpp:mam:2",
        "XEP-0313 message archive",
        "the account",
    ));
    out.push(by(
        &own_info,
        "urn:xmpp:push:0",
        "XEP-0357 push",
        "the account",
    ));
    let pep = own_info
        .as_ref()
        .map(|i| {
            i.identities
                .iter()
                .any(|id| id.category == "pubsub" && id.type_ == "pep")
        })
        .unwrap_or(false);
    out.push(check(
        &who,
        "XEP-0163 PEP",
        if pep { Status::Ok } else { Status::NotOffered },
        if pep {
            "the account is a pubsub/pep entity".into()
        } else {
            "no pubsub/pep identity on the account".into()
        },
    ));
    out.push(by(
        &own_info,
        "http://jabber.org/protocol/pubsub#publish-options",
        "XEP-0163 publish-options",
        "the account",
    ));
    // OMEMO publishes its bundle with publish-options access_model=open;
    // Prosody supports that model without advertising pubsub#access-open.
    let has = |var: &str| own_info.as_ref().is_ok_and(|i| i.features.contains(var));
    let omemo = pep && has("http://jabber.org/protocol/pubsub#publish-options");
    let open = if has("http://jabber.org/protocol/pubsub#access-open") {
        "pubsub#access-open advertised"
    } else {
        "pubsub#access-open not advertised"
    };
    out.push(check(
        &who,
        "XEP-0384 OMEMO prerequisites",
        if omemo {
            Status::Ok
        } else {
            Status::NotOffered
        },
        if omemo {
            format!("PEP with publish-options ({open})")
        } else {
            "needs PEP with publish-options".into()
        },
    ));
    out.push(match &answers[3] {
        Iq::Result { .. } => check(
            &who,
            "XEP-0199 ping",
            Status::Ok,
            "the server answered a ping".into(),
        ),
        Iq::Error { error, .. } => check(
            &who,
            "XEP-0199 ping",
            Status::Critical,
            describe_stanza_error(error),
        ),
        _ => check(
            &who,
            "XEP-0199 ping",
            Status::Critical,
            "not an answer".into(),
        ),
    });

    // The services: an upload service and a room service among the items.
    let items: Vec<Jid> = match &answers[2] {
        Iq::Result {
            payload: Some(p), ..
        } => DiscoItemsResult::try_from(p.clone())
            .map(|r| r.items.into_iter().map(|i| i.jid).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let infos = if items.is_empty() {
        Vec::new()
    } else {
        match session
            .iqs(items.iter().cloned().map(disco).collect())
            .await
        {
            Ok((a, _)) => a,
            Err(_) => Vec::new(),
        }
    };
    let mut upload = None;
    let mut muc = None;
    for (jid, answer) in items.iter().zip(&infos) {
        let Ok(i) = info(answer) else { continue };
        if upload.is_none() && i.features.contains("urn:xmpp:http:upload:0") {
            upload = Some((jid.clone(), size_limit(&i)));
        }
        if muc.is_none() && i.features.contains("http://jabber.org/protocol/muc") {
            muc = Some(jid.clone());
        }
    }
    out.push(match upload {
        Some((jid, Some(max))) => check(
            &who,
            "XEP-0363 HTTP upload",
            Status::Ok,
            format!("{jid}, up to {max} bytes"),
        ),
        Some((jid, None)) => check(
            &who,
            "XEP-0363 HTTP upload",
            Status::Ok,
            format!("{jid}, no size limit given"),
        ),
        None => check(
            &who,
            "XEP-0363 HTTP upload",
            Status::NotOffered,
            "no upload service among the server's items".into(),
        ),
    });
    out.push(match muc {
        Some(jid) => check(&who, "XEP-0045 group chat", Status::Ok, format!("{jid}")),
        None => check(
            &who,
            "XEP-0045 group chat",
            Status::NotOffered,
            "no room service among the server's items".into(),
        ),
    });
    out
}

/// The `max-file-size` of an upload service's form (XEP-0363 §2).
fn size_limit(i: &DiscoInfoResult) -> Option<u64> {
    i.extensions
        .iter()
        .flat_map(|f| f.fields.iter())
        .find(|f| f.var.as_deref() == Some("max-file-size"))
        .and_then(|f| f.values.first())
        .and_then(|v| v.parse().ok())
}
