//! The waits of a [`Session`] for answers: IQs (one or pipelined) and
//! the delivery barrier. Each wait ends at an absolute deadline, pushed
//! back only by progress on that same wait.

use std::collections::HashMap;

use anyhow::Result;
use tokio_xmpp::parsers::{iq::Iq, jid::Jid, ping};
use tokio_xmpp::Stanza;

use super::super::replies;
use super::super::Incoming;
use super::Session;
use crate::error::{bail, fail, Kind};
use crate::ids::new_id;

impl Session {
    /// Send an IQ and wait for its answer. Everything else that arrives
    /// meanwhile is returned too, in order.
    pub async fn iq(&mut self, iq: Iq) -> Result<(Iq, Vec<Incoming>)> {
        let (mut answers, others) = self.iqs(vec![iq]).await?;
        Ok((answers.remove(0), others))
    }

    /// Send several IQs at once (pipelined) and wait for every answer;
    /// answers come back in the order of `iqs`. Each answer must come
    /// within `--timeout` of the previous one (or of the start); other
    /// traffic does not extend the wait.
    pub async fn iqs(&mut self, iqs: Vec<Iq>) -> Result<(Vec<Iq>, Vec<Incoming>)> {
        let mut others = Vec::new();
        match self.iqs_into(iqs, &mut others).await {
            Ok(answers) => Ok((answers, others)),
            Err(e) => {
                self.requeue(others);
                Err(e)
            }
        }
    }

    /// [`Session::iqs`], with what else arrives pushed to `others`.
    async fn iqs_into(&mut self, iqs: Vec<Iq>, others: &mut Vec<Incoming>) -> Result<Vec<Iq>> {
        let mut waiting: HashMap<String, (usize, Option<Jid>)> = iqs
            .iter()
            .enumerate()
            .map(|(i, iq)| (iq.id().to_string(), (i, replies::iq_to(iq))))
            .collect();
        let n = iqs.len();
        for iq in iqs {
            self.feed(Stanza::Iq(iq)).await?;
        }
        self.flush().await?;
        let mut answers: Vec<Option<Iq>> = (0..n).map(|_| None).collect();
        let mut deadline = self.deadline();
        while !waiting.is_empty() {
            let Ok(next) = tokio::time::timeout_at(deadline, self.recv()).await else {
                return Err(self.iq_timed_out(waiting.values().map(|(_, to)| to.as_ref())));
            };
            match next? {
                Some(Incoming::Stanza(st, ticket)) => match *st {
                    Stanza::Iq(answer @ (Iq::Result { .. } | Iq::Error { .. }))
                        if waiting.get(answer.id()).is_some_and(|(_, to)| {
                            replies::answers_for(&self.jid, to.as_ref(), replies::iq_from(&answer))
                        }) =>
                    {
                        if let Some((i, _)) = waiting.remove(answer.id()) {
                            answers[i] = Some(answer);
                            self.inbound.handled(ticket);
                        }
                        deadline = self.deadline();
                    }
                    Stanza::Iq(answer @ (Iq::Result { .. } | Iq::Error { .. }))
                        if waiting.contains_key(answer.id()) =>
                    {
                        log::info!(
                            "ignored an answer to IQ {} from {}, which was not asked",
                            answer.id(),
                            replies::iq_from(&answer)
                                .map(|j| j.to_string())
                                .unwrap_or_default()
                        );
                        others.push(Incoming::Stanza(Box::new(Stanza::Iq(answer)), ticket));
                    }
                    other => others.push(Incoming::Stanza(Box::new(other), ticket)),
                },
                Some(Incoming::Invalid {
                    kind,
                    id: Some(got),
                    type_,
                    ..
                }) if kind == "iq" && waiting.contains_key(&got) => {
                    return bail(
                        Kind::Remote,
                        format!(
                            "the answer to IQ {got} does not parse (type {})",
                            type_.unwrap_or_default()
                        ),
                    )
                }
                Some(other) => others.push(other),
                None => {
                    return bail(
                        Kind::Network,
                        "the server closed the stream before answering",
                    )
                }
            }
        }
        Ok(answers.into_iter().flatten().collect())
    }

    /// No answer to an IQ in time: from our own server, or from the
    /// entity asked, whose server took the request and got no answer
    /// (naming "the server" there would blame the wrong one).
    fn iq_timed_out<'a>(&self, to: impl Iterator<Item = Option<&'a Jid>>) -> anyhow::Error {
        let own = self.jid.domain().as_str();
        let mut remote: Vec<String> = to
            .flatten()
            .filter(|j| j.domain().as_str() != own || j.node().is_some())
            .map(|j| j.to_string())
            .collect();
        remote.sort();
        remote.dedup();
        if remote.is_empty() {
            return self.timed_out("waiting for an IQ answer");
        }
        fail(
            Kind::Timeout,
            format!(
                "no answer from {} within {}s (your server passed the request on; the \
                 answer never came)",
                remote.join(", "),
                self.timeout.as_secs_f64()
            ),
        )
    }

    /// Delivery barrier: wait until the server has confirmed every stanza
    /// sent so far (XEP-0198 ack where enabled), then a ping round trip to
    /// the server, which it answers only after handling everything before
    /// it. Returns what arrived meanwhile (bounces among it).
    pub async fn barrier(&mut self) -> Result<Vec<Incoming>> {
        let mut got = Vec::new();
        match self.barrier_into(&mut got).await {
            Ok(()) => Ok(got),
            Err(e) => {
                self.requeue(got);
                Err(e)
            }
        }
    }

    /// Give back what was taken and not handled (what a failed wait had
    /// read, the rest of a batch a caller stopped in), ahead of anything
    /// else pending and with their tickets: `recv` and
    /// [`Session::leftovers`] hand them out again.
    pub fn requeue(&mut self, got: Vec<Incoming>) {
        for item in got.into_iter().rev() {
            self.pending.push_front(item);
        }
    }

    async fn barrier_into(&mut self, got: &mut Vec<Incoming>) -> Result<()> {
        if self.sm.is_some() {
            let outbound = self.counters.outbound;
            self.request_ack().await?;
            // Each ack that confirms more pushes the deadline back.
            let mut deadline = self.deadline();
            while self.sm.is_some() && self.counters.acked != outbound {
                let before = self.counters.acked;
                match self
                    .recv_before(deadline, "waiting for the server to confirm the messages")
                    .await?
                {
                    Some(x) => got.push(x),
                    None => {
                        return bail(
                            Kind::Network,
                            "the server closed the stream before confirming the messages",
                        )
                    }
                }
                if self.counters.acked != before {
                    deadline = self.deadline();
                }
            }
        }
        let domain = self.jid.domain().to_string();
        let ping = Iq::from_get(new_id(), ping::Ping)
            .with_to(Jid::new(&domain).map_err(|e| fail(Kind::Internal, e.to_string()))?);
        self.iqs_into(vec![ping], got).await?;
        Ok(())
    }
}
