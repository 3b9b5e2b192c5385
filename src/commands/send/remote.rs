//! Delivery across federation: after the messages, ask every remote
//! domain among the recipients for a ping (XEP-0199). The remote server
//! handles our messages before the ping and its answers travel back on the
//! same server-to-server stream in order, so once the ping is answered
//! (a pong or any error) every bounce for those messages has arrived.
//! Our own server's answer proves nothing about the remote one.
//!
//! `remote_domains` is pure; `confirm` drives the session.

use std::collections::BTreeSet;

use anyhow::Result;
use jid::Jid;
use xmpp_parsers::iq::Iq;
use xmpp_parsers::ping::Ping;
use xmpp_parsers::stanza::Stanza;

use super::tracker::{State, Tracker};
use crate::connection::{Incoming, Session};
use crate::error::{bail, Kind};
use crate::ids::new_id;

/// The domain of a recipient written as `to`, when it is not `own`.
pub(crate) fn remote_domain(to: &str, own: &str) -> Option<String> {
    let domain = Jid::new(to).ok()?.domain().to_string();
    (domain != own).then_some(domain)
}

/// The remote domains of every message the server took and nothing else
/// confirms (no receipt wait, not a joined room's reflection), in order.
pub(super) fn remote_domains(tracker: &Tracker, own: &str) -> Vec<String> {
    let set: BTreeSet<String> = tracker
        .msgs
        .iter()
        .filter(|m| m.state == State::Sent && !tracker.awaits_confirmation(m))
        .filter_map(|m| m.to.as_deref().and_then(|to| remote_domain(to, own)))
        .collect();
    set.into_iter().collect()
}

/// What became of a domain's ping.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Answer<'a> {
    /// The domain answered (a pong, or an error of its own).
    Answered,
    /// Our server could not reach it (`remote-server-not-found`,
    /// `remote-server-timeout`, or federation off: `not-allowed`): what
    /// was sent there did not arrive, bounced or not (a presence is not
    /// always bounced).
    Unreachable(&'a str),
    /// No answer within the timeout: why.
    Silent(&'a str),
}

/// The conditions of a ping error that say the domain was not reached.
pub(crate) fn unreachable(iq: &Iq) -> Option<String> {
    let Iq::Error { error, .. } = iq else {
        return None;
    };
    let condition = crate::connection::condition_name(&error.defined_condition);
    [
        "remote-server-not-found",
        "remote-server-timeout",
        "not-allowed",
    ]
    .contains(&condition.as_str())
    .then(|| crate::connection::describe_stanza_error(error))
}

/// What the domains' answers settle: stanzas to `domain` that are still
/// only "sent" are confirmed by it, bounced when it was unreachable, or,
/// when it did not answer, marked unconfirmed.
pub(super) fn settle(tracker: &mut Tracker, own: &str, domain: &str, answer: Answer<'_>) {
    let hits: Vec<usize> = tracker
        .msgs
        .iter()
        .enumerate()
        .filter(|(_, m)| m.state == State::Sent && !tracker.awaits_confirmation(m))
        .filter(|(_, m)| {
            m.to.as_deref()
                .and_then(|to| remote_domain(to, own))
                .as_deref()
                == Some(domain)
        })
        .map(|(j, _)| tracker.base + j)
        .collect();
    for i in hits {
        match answer {
            Answer::Answered => {
                if let Some(m) = tracker.get_mut(i) {
                    m.confirmed_by = Some("remote-domain");
                }
            }
            Answer::Unreachable(why) => tracker.set_state(i, State::Error(why.to_string())),
            Answer::Silent(why) => tracker.set_state(i, State::Unconfirmed(why.to_string())),
        }
    }
}

/// Ping every remote domain of what was sent and wait for the answers,
/// feeding everything else that arrives (bounces) to the tracker. A
/// domain that does not answer within `--timeout` of the last answer
/// leaves its messages unconfirmed and ends in exit 6.
pub(super) async fn confirm(session: &mut Session, tracker: &mut Tracker) -> Result<()> {
    let own = session.jid.domain().to_string();
    let domains = remote_domains(tracker, &own);
    if domains.is_empty() {
        return Ok(());
    }
    let mut waiting: Vec<(String, String)> = Vec::with_capacity(domains.len());
    for domain in domains {
        let Ok(to) = Jid::new(&domain) else { continue };
        let id = new_id();
        log::info!("asking {domain} to confirm what it was sent (ping)");
        session
            .feed(Stanza::Iq(Iq::from_get(id.clone(), Ping).with_to(to)))
            .await?;
        waiting.push((id, domain));
    }
    session.flush().await?;
    let mut deadline = session.deadline();
    while !waiting.is_empty() {
        let incoming = match tokio::time::timeout_at(deadline, session.recv()).await {
            Ok(Ok(Some(incoming))) => incoming,
            Ok(Ok(None)) => return bail(Kind::Network, "the server closed the stream"),
            Ok(Err(e)) => return Err(e),
            Err(_) => break,
        };
        if let Incoming::Stanza(st, ticket) = &incoming {
            if let Stanza::Iq(iq @ (Iq::Result { .. } | Iq::Error { .. })) = st.as_ref() {
                let at = waiting
                    .iter()
                    .position(|(id, domain)| id == iq.id() && from_domain(iq, domain));
                if let Some(at) = at {
                    let (_, domain) = waiting.remove(at);
                    session.handled(*ticket);
                    match unreachable(iq) {
                        Some(why) => {
                            log::info!("{domain} cannot be reached: {why}");
                            settle(tracker, &own, &domain, Answer::Unreachable(&why));
                        }
                        None => {
                            log::info!(
                                "{domain} answered: everything sent to it before has bounced or not"
                            );
                            settle(tracker, &own, &domain, Answer::Answered);
                        }
                    }
                    deadline = session.deadline();
                    continue;
                }
            }
        }
        super::pump::take(session, tracker, incoming);
    }
    if waiting.is_empty() {
        return Ok(());
    }
    let secs = session.timeout().as_secs_f64();
    let names: Vec<&str> = waiting.iter().map(|(_, d)| d.as_str()).collect();
    for domain in &names {
        let why = format!(
            "the remote domain {domain} did not confirm within {secs}s (the message may still be \
             delivered later)"
        );
        settle(tracker, &own, domain, Answer::Silent(&why));
    }
    bail(
        Kind::Timeout,
        format!(
            "the remote domain {} did not confirm within {secs}s: the message may still be \
             delivered later, or bounce unseen (is {} reachable from your server?)",
            names.join(", "),
            if names.len() == 1 { names[0] } else { "each" }
        ),
    )
}

/// An answer to a ping sent to `domain` comes from `domain` itself, or
/// (an error on its behalf) from our server, which has no `from`.
pub(crate) fn from_domain(iq: &Iq, domain: &str) -> bool {
    let from = match iq {
        Iq::Result { from, .. } | Iq::Error { from, .. } => from.as_ref(),
        _ => None,
    };
    from.is_none_or(|f| f.to_bare().as_str() == domain)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tracker_with(tos: &[&str]) -> Tracker {
        let mut t = Tracker::default();
        for (n, to) in tos.iter().enumerate() {
            t.track(
                format!("m{n}"),
                Some(Jid::new(to).unwrap()),
                "chat",
                State::Sent,
                None,
            );
        }
        t
    }

    #[test]
    fn only_remote_domains_that_nothing_else_confirms() {
        let t = tracker_with(&["bob@b.test", "me@a.test", "carol@c.test/x", "dan@b.test"]);
        assert_eq!(remote_domains(&t, "a.test"), ["b.test", "c.test"]);
        let mut t = tracker_with(&["bob@b.test"]);
        t.receipt = true;
        assert!(
            remote_domains(&t, "a.test").is_empty(),
            "receipts confirm it"
        );
        let mut t = tracker_with(&["bob@b.test", "x@c.test"]);
        t.set_state(0, State::Error("service-unavailable".into()));
        assert_eq!(
            remote_domains(&t, "a.test"),
            ["c.test"],
            "a bounce is settled"
        );
    }

    #[test]
    fn answers_confirm_and_silence_does_not() {
        let mut t = tracker_with(&["bob@b.test", "me@a.test", "carol@c.test"]);
        settle(&mut t, "a.test", "b.test", Answer::Answered);
        settle(&mut t, "a.test", "c.test", Answer::Silent("no answer"));
        assert_eq!(t.msgs[0].confirmed_by, Some("remote-domain"));
        assert_eq!(t.msgs[0].state, State::Sent);
        assert_eq!(t.msgs[1].confirmed_by, None);
        assert_eq!(t.msgs[2].state, State::Unconfirmed("no answer".into()));
        let mut t = tracker_with(&["x@gone.test"]);
        settle(
            &mut t,
            "a.test",
            "gone.test",
            Answer::Unreachable("remote-server-not-found"),
        );
        assert_eq!(
            t.msgs[0].state,
            State::Error("remote-server-not-found".into())
        );
    }

    #[test]
    fn a_ping_error_says_whether_the_domain_was_reached() {
        let error = |cond: &str| -> Iq {
            format!(
                "<iq xmlns='jabber:client' type='error' id='p' from='b.test'><error type='cancel'>\
                 <{cond} xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"
            )
            .parse::<minidom::Element>()
            .unwrap()
            .try_into()
            .unwrap()
        };
        assert!(unreachable(&error("remote-server-not-found")).is_some());
        assert!(unreachable(&error("remote-server-timeout")).is_some());
        // The domain itself answered, without ping support: reached.
        assert!(unreachable(&error("service-unavailable")).is_none());
        assert!(unreachable(&error("feature-not-implemented")).is_none());
    }

    #[test]
    fn a_ping_answer_counts_from_the_domain_or_our_server() {
        let pong = |from: Option<&str>| Iq::Result {
            from: from.map(|f| Jid::new(f).unwrap()),
            to: None,
            id: "p".into(),
            payload: None,
        };
        assert!(from_domain(&pong(Some("b.test")), "b.test"));
        assert!(from_domain(&pong(None), "b.test"));
        assert!(!from_domain(&pong(Some("mallory@b.test")), "b.test"));
        assert!(!from_domain(&pong(Some("c.test")), "b.test"));
    }
}
