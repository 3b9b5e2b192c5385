//! What a correct client answers by itself, and whose answers it
//! believes: replies to pings, disco#info, version and roster pushes
//! (`service-unavailable` to any other get or set), and the rule for which
//! sender may answer an IQ. Pure functions, unit-tested here.

use tokio_xmpp::parsers::{
    disco,
    iq::Iq,
    jid::Jid,
    ns,
    stanza_error::{DefinedCondition, ErrorType, StanzaError},
    version,
};
use tokio_xmpp::Stanza;

/// A correct client never leaves an IQ unanswered: pong to pings, an
/// empty result to roster pushes from our own account (RFC 6121), our
/// identity and features to disco#info, our version, and
/// `service-unavailable` to any other get or set.
pub fn auto_reply(me: &Jid, stanza: &Stanza) -> Option<Stanza> {
    let Stanza::Iq(iq) = stanza else { return None };
    let (from, id, payload) = match iq {
        Iq::Get {
            from, id, payload, ..
        }
        | Iq::Set {
            from, id, payload, ..
        } => (from, id, payload),
        _ => return None,
    };
    let own = from.as_ref().is_none_or(|f| f.to_bare() == me.to_bare());
    let roster_push = matches!(iq, Iq::Set { .. }) && payload.is("query", ns::ROSTER) && own;
    let get = matches!(iq, Iq::Get { .. });
    let reply = if roster_push || (get && payload.is("ping", ns::PING)) {
        Iq::Result {
            from: None,
            to: None,
            id: id.clone(),
            payload: None,
        }
    } else if get && payload.is("query", ns::DISCO_INFO) && payload.attr("node").is_none() {
        Iq::from_result(id.clone(), Some(disco_info()))
    } else if get && payload.is("query", ns::VERSION) {
        Iq::from_result(
            id.clone(),
            Some(version::VersionResult {
                name: "xmpp-cli".to_string(),
                version: env!("CARGO_PKG_VERSION").to_string(),
                os: None,
            }),
        )
    } else {
        Iq::from_error(
            id.clone(),
            StanzaError::new(
                ErrorType::Cancel,
                DefinedCondition::ServiceUnavailable,
                "en",
                "",
            ),
        )
    };
    let reply = match from {
        Some(f) => reply.with_to(f.clone()),
        None => reply,
    };
    Some(Stanza::Iq(reply))
}

/// Whether an IQ answer from `from` answers a request sent to `to`
/// (RFC 6120 §10.1, §8.1.2.1): from the entity asked; for a request to
/// our own account or server (no `to`, our bare JID, our domain), from
/// our account, our server, or without `from` (the server itself).
pub fn answers_for(me: &Jid, to: Option<&Jid>, from: Option<&Jid>) -> bool {
    let own_bare = Jid::from(me.to_bare());
    let domain = Jid::from(me.domain().to_owned());
    let ours = |j: &Jid| *j == own_bare || *j == domain || *j == *me;
    match (to, from) {
        (Some(to), Some(from)) if to == from => true,
        (None, None) => true,
        (Some(to), None) => ours(to),
        (None, Some(from)) => ours(from),
        (Some(to), Some(from)) => ours(to) && ours(from),
    }
}

pub fn iq_to(iq: &Iq) -> Option<Jid> {
    match iq {
        Iq::Get { to, .. } | Iq::Set { to, .. } | Iq::Result { to, .. } | Iq::Error { to, .. } => {
            to.clone()
        }
    }
}

pub fn iq_from(iq: &Iq) -> Option<&Jid> {
    match iq {
        Iq::Get { from, .. }
        | Iq::Set { from, .. }
        | Iq::Result { from, .. }
        | Iq::Error { from, .. } => from.as_ref(),
    }
}

/// What we answer to disco#info: a bot client with the features this
/// session really handles.
fn disco_info() -> disco::DiscoInfoResult {
    disco::DiscoInfoResult {
        node: None,
        identities: vec![disco::Identity::new("client", "bot", "en", "xmpp-cli")],
        features: [ns::DISCO_INFO, ns::PING, ns::VERSION]
            .into_iter()
            .map(|f| f.to_string())
            .collect(),
        extensions: vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn j(s: &str) -> Jid {
        Jid::new(s).unwrap()
    }

    #[test]
    fn answers_come_from_the_entity_asked() {
        let me = j("user@example.org/res");
        assert!(answers_for(
            &me,
            Some(&j("bob@example.org/x")),
            Some(&j("bob@example.org/x"))
        ));
        assert!(!answers_for(
            &me,
            Some(&j("bob@example.org/x")),
            Some(&j("mallory@example.org/x"))
        ));
        assert!(!answers_for(
            &me,
            Some(&j("bob@example.org/x")),
            Some(&j("bob@example.org"))
        ));
        // Our own account and server answer for us, with or without from.
        assert!(answers_for(&me, None, None));
        assert!(answers_for(&me, Some(&j("example.org")), None));
        assert!(answers_for(&me, None, Some(&j("user@example.org"))));
        assert!(answers_for(
            &me,
            Some(&j("user@example.org")),
            Some(&j("example.org"))
        ));
        assert!(!answers_for(&me, None, Some(&j("mallory@example.org"))));
        assert!(!answers_for(&me, Some(&j("bob@example.org")), None));
    }

    #[test]
    fn every_get_and_set_gets_an_answer() {
        let me = j("user@example.org/res");
        let ping = Stanza::Iq(
            Iq::from_get("p", tokio_xmpp::parsers::ping::Ping).with_from(j("example.org")),
        );
        let Some(Stanza::Iq(Iq::Result { id, to, .. })) = auto_reply(&me, &ping) else {
            panic!("no pong");
        };
        assert_eq!((id.as_str(), to), ("p", Some(j("example.org"))));
        let other = Stanza::Iq(Iq::from_get(
            "q",
            tokio_xmpp::parsers::disco::DiscoItemsQuery {
                node: None,
                rsm: None,
            },
        ));
        assert!(matches!(
            auto_reply(&me, &other),
            Some(Stanza::Iq(Iq::Error { .. }))
        ));
        let result = Stanza::Iq(Iq::Result {
            from: None,
            to: None,
            id: "r".into(),
            payload: None,
        });
        assert!(auto_reply(&me, &result).is_none());
    }
}
