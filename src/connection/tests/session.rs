//! The session once logged in, against the scripted server: what counts
//! as handled (XEP-0198), acks and their wrap-around, resumption,
//! cancellation, `recv_now`, deadlines while a contact chatters, and who
//! may answer an IQ.

use super::*;

fn body(i: &Incoming) -> Option<String> {
    match i {
        Incoming::Stanza(st, _) => match st.as_ref() {
            Stanza::Message(m) => m.id.as_ref().map(|i| i.0.clone()),
            Stanza::Iq(iq) => Some(iq.id().to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// Read until the client's footer; the `h` of its last `<a/>`.
async fn final_ack(s: &mut ServerStream) -> Option<u32> {
    let mut h = None;
    while let Some(el) = next(s).await {
        if let XmppStreamElement::SM(xsm::Nonza::Ack(a)) = el {
            h = Some(a.h);
        }
    }
    h
}

/// Take the next stanza and mark it handled.
async fn handle_next(session: &mut Session) -> Incoming {
    let x = session.recv().await.unwrap().unwrap();
    session.handled(x.ticket().expect("a stanza"));
    x
}

#[tokio::test]
async fn close_tells_the_server_what_was_handled() {
    let (mut session, mut s) = login_ok(Script::default()).await;
    for n in 0..4 {
        s.send(&message(n)).await.unwrap();
    }
    let server = tokio::spawn(async move { final_ack(&mut s).await });
    // Four taken; the first handled, the second not (taking is not
    // handling), the third handled after that gap, the fourth never
    // taken. h is 1: the server keeps the other three.
    let first = session.recv().await.unwrap().unwrap();
    let _second = session.recv().await.unwrap().unwrap();
    let third = session.recv().await.unwrap().unwrap();
    session.handled(third.ticket().unwrap());
    session.handled(first.ticket().unwrap());
    session.close().await.unwrap();
    assert_eq!(server.await.unwrap(), Some(1));
}

#[tokio::test]
async fn a_request_for_an_ack_is_answered_with_what_was_handled() {
    let (mut session, mut s) = login_ok(Script::default()).await;
    let r = || XmppStreamElement::SM(xsm::Nonza::Req(xsm::R));
    s.send(&message(0)).await.unwrap();
    // A ping the session answers by itself counts without the caller.
    s.send(&ping_to_us(1)).await.unwrap();
    s.send(&r()).await.unwrap();
    s.send(&message(2)).await.unwrap();
    s.send(&r()).await.unwrap();
    let first = session.recv().await.unwrap().unwrap();
    session.handled(first.ticket().unwrap());
    let ping = session.recv().await.unwrap().unwrap();
    assert_eq!(body(&ping).as_deref(), Some("p1"));
    // The second message is taken and dropped: unhandled.
    let second = session.recv().await.unwrap().unwrap();
    assert_eq!(body(&second).as_deref(), Some("m2"));
    assert!(session.recv_now().is_none(), "the last <r/> is read");
    let server = tokio::spawn(async move {
        let mut acks = Vec::new();
        while let Some(el) = next(&mut s).await {
            if let XmppStreamElement::SM(xsm::Nonza::Ack(a)) = el {
                acks.push(a.h);
            }
        }
        acks
    });
    session.close().await.unwrap();
    // Both <r/> and the close: the message and the ping, not the
    // dropped message.
    assert_eq!(server.await.unwrap(), [2, 2, 2]);
}

#[tokio::test(start_paused = true)]
async fn what_a_failed_wait_gives_back_keeps_its_tickets() {
    let (mut session, mut s) = login_ok(Script::default()).await;
    let server = tokio::spawn(async move {
        // The IQ is never answered; a message arrives meanwhile.
        let _ = next(&mut s).await;
        s.send(&message(7)).await.unwrap();
        final_ack(&mut s).await
    });
    let iq = Iq::from_get("q1", ping::Ping).with_to(Jid::new("localhost").unwrap());
    let r = tokio::time::timeout(Duration::from_secs(60), session.iq(iq)).await;
    let e = r.expect("the wait never ended").unwrap_err();
    assert_eq!(kind_of(&e), Kind::Timeout);
    let left = session.leftovers();
    assert_eq!(left.iter().filter_map(body).collect::<Vec<_>>(), ["m7"]);
    session.handled(left[0].ticket().unwrap());
    session.close().await.unwrap();
    assert_eq!(server.await.unwrap(), Some(1));
}

#[tokio::test]
async fn a_stanza_before_enabled_is_not_counted() {
    // Seen in CI against Prosody: a contact's message to the bound
    // resource arrived before <enabled/>; counting it made the final <a/>
    // claim more than the server sent, and Prosody closed the stream.
    let script = Script {
        message_before_enabled: true,
        ..Script::default()
    };
    let (mut session, mut s) = login_ok(script).await;
    s.send(&message(1)).await.unwrap();
    let server = tokio::spawn(async move { final_ack(&mut s).await });
    let mut got = Vec::new();
    for _ in 0..2 {
        got.push(body(&handle_next(&mut session).await).unwrap());
    }
    assert_eq!(got, ["m100", "m1"]);
    session.close().await.unwrap();
    assert_eq!(server.await.unwrap(), Some(1));
}

#[tokio::test]
async fn acks_and_h_wrap_around() {
    let (mut session, mut s) = login_ok(Script::default()).await;
    session.counters = crate::connection::sm::Counters::starting_at(u32::MAX - 1);
    session.inbound = crate::connection::inbound::Inbound::starting_at(u32::MAX);
    for _ in 0..3 {
        session
            .feed(Stanza::Message(Message::chat(Some(jid()))))
            .await
            .unwrap();
    }
    session.flush().await.unwrap();
    s.send(&XmppStreamElement::SM(xsm::Nonza::Ack(xsm::A { h: 1 })))
        .await
        .unwrap();
    s.send(&message(0)).await.unwrap();
    let server = tokio::spawn(async move { final_ack(&mut s).await });
    match session.recv().await.unwrap().unwrap() {
        Incoming::Acked(1) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(session.counters.unacked(), 0);
    handle_next(&mut session).await;
    session.close().await.unwrap();
    // u32::MAX handled before, one more wraps to 0.
    assert_eq!(server.await.unwrap(), Some(0));
}

#[tokio::test]
async fn an_ack_for_more_than_we_sent_is_an_error() {
    let (mut session, mut s) = login_ok(Script::default()).await;
    s.send(&XmppStreamElement::SM(xsm::Nonza::Ack(xsm::A { h: 5 })))
        .await
        .unwrap();
    let e = session.recv().await.unwrap_err();
    assert!(e.to_string().contains("handled-count-too-high"), "{e}");
}

#[tokio::test]
async fn resumption_with_and_without_the_session() {
    let (session, _s) = login_ok(Script::default()).await;
    let mut token = session.resume_token().expect("resumable");
    token.outbound = 4;
    token.acked = 1;
    token.handled = 7;
    // Resumed: the server had 3 of our stanzas.
    let (r, server) = login_with(
        Script {
            resumed: Some(3),
            ..Script::default()
        },
        tls(true),
        false,
        Some(&token),
        1 << 16,
    )
    .await;
    let (resumed, how) = r.unwrap();
    assert_eq!(how, Resumption::Resumed { handled: 3 });
    assert_eq!(resumed.counters.outbound, 3);
    assert_eq!(resumed.inbound.h(), 7);
    drop(server);
    // Resumed with an h beyond what we ever sent: refused.
    let (r, _) = login_with(
        Script {
            resumed: Some(9),
            ..Script::default()
        },
        tls(true),
        false,
        Some(&token),
        1 << 16,
    )
    .await;
    assert!(r.is_err());
    // Failed: a new session, with what the server knew of the old one.
    let (r, _) = login_with(Script::default(), tls(true), false, Some(&token), 1 << 16).await;
    let (_, how) = r.unwrap();
    assert_eq!(how, Resumption::Fresh { handled: Some(1) });
}

// --- Cancellation and deadlines -------------------------------------------

fn ping_to_us(n: usize) -> XmppStreamElement {
    let iq = Iq::from_get(format!("p{n}"), ping::Ping)
        .with_from(Jid::new("example.org").unwrap())
        .with_to(Jid::new("user@example.org/res").unwrap());
    XmppStreamElement::Stanza(Stanza::Iq(iq))
}

#[tokio::test]
async fn a_cancelled_recv_loses_nothing_and_acks_only_what_it_gave() {
    // A small pipe, so that our pongs block while the server is not
    // reading; recv is dropped after every poll that does not finish.
    let (r, server) = login_with(Script::default(), tls(true), false, None, 256).await;
    let (mut session, _) = r.unwrap();
    let mut s = server.await.unwrap().unwrap();
    const N: usize = 40;
    let sender = tokio::spawn(async move {
        for n in 0..N {
            let el = if n % 2 == 0 {
                ping_to_us(n)
            } else {
                message(n)
            };
            s.send(&el).await.unwrap();
        }
        // Only now read: pongs and the final ack.
        let mut pongs = 0;
        let mut h = None;
        while let Some(el) = next(&mut s).await {
            match el {
                XmppStreamElement::Stanza(Stanza::Iq(Iq::Result { .. })) => pongs += 1,
                XmppStreamElement::SM(xsm::Nonza::Ack(a)) => h = Some(a.h),
                _ => {}
            }
        }
        (pongs, h)
    });
    let mut got = Vec::new();
    let mut cancelled = 0;
    while got.len() < N {
        let mut f = Box::pin(session.recv());
        match futures::poll!(f.as_mut()) {
            std::task::Poll::Ready(x) => {
                let x = x.unwrap().unwrap();
                got.push(body(&x).unwrap());
                drop(f);
                session.handled(x.ticket().unwrap());
                tokio::task::yield_now().await;
                continue;
            }
            std::task::Poll::Pending => cancelled += 1,
        }
        drop(f);
        tokio::task::yield_now().await;
    }
    assert!(cancelled > 0, "the test never cancelled a recv");
    let want: Vec<String> = (0..N)
        .map(|n| {
            if n % 2 == 0 {
                format!("p{n}")
            } else {
                format!("m{n}")
            }
        })
        .collect();
    assert_eq!(got, want, "each stanza exactly once, in order");
    session.close().await.unwrap();
    let (pongs, h) = sender.await.unwrap();
    assert_eq!(pongs, N / 2, "every ping answered");
    assert_eq!(h, Some(N as u32));
}

#[tokio::test]
async fn recv_now_hands_out_what_is_here_and_writes_nothing() {
    let (mut session, mut s) = login_ok(Script::default()).await;
    s.send(&message(0)).await.unwrap();
    s.send(&XmppStreamElement::SM(xsm::Nonza::Req(xsm::R)))
        .await
        .unwrap();
    s.send(&message(1)).await.unwrap();
    s.send(&ping_to_us(2)).await.unwrap();
    let (mut got, mut tickets) = (Vec::new(), Vec::new());
    while let Some(x) = session.recv_now() {
        let x = x.unwrap().unwrap();
        got.push(body(&x).unwrap());
        tickets.push(x.ticket().unwrap());
    }
    assert_eq!(got, ["m0", "m1", "p2"]);
    // The `<a/>` and the pong wait in the outbox: what `listen` printed is
    // flushed before anything it took is acknowledged.
    assert!(
        futures::FutureExt::now_or_never(next(&mut s)).is_none(),
        "recv_now wrote to the server"
    );
    let server = tokio::spawn(async move {
        let (mut acks, mut pongs) = (Vec::new(), 0);
        while let Some(el) = next(&mut s).await {
            match el {
                XmppStreamElement::SM(xsm::Nonza::Ack(a)) => acks.push(a.h),
                XmppStreamElement::Stanza(Stanza::Iq(Iq::Result { .. })) => pongs += 1,
                _ => {}
            }
        }
        (acks, pongs)
    });
    // As `listen` does: handled only once the burst is printed.
    for t in tickets {
        session.handled(t);
    }
    session.close().await.unwrap();
    // The request came while the burst was being taken: it acknowledges
    // nothing; the close all three.
    assert_eq!(server.await.unwrap(), (vec![0, 3], 1));
}

/// A server that answers nothing but sends a message every 200 ms.
pub(crate) fn chatter(mut s: ServerStream) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut n = 0;
        loop {
            tokio::time::sleep(Duration::from_millis(200)).await;
            if s.send(&message(n)).await.is_err() {
                return;
            }
            n += 1;
            // Drain what the client wrote without answering.
            while let Ok(Some(_)) =
                tokio::time::timeout(Duration::from_millis(1), next(&mut s)).await
            {}
        }
    })
}

#[tokio::test(start_paused = true)]
async fn an_unanswered_iq_times_out_while_a_contact_chatters() {
    let (mut session, s) = login_ok(Script::default()).await;
    let _chatter = chatter(s);
    let iq = Iq::from_get("q1", ping::Ping).with_to(Jid::new("bob@example.org/x").unwrap());
    let r = tokio::time::timeout(Duration::from_secs(60), session.iq(iq)).await;
    let e = r.expect("the wait never ended").unwrap_err();
    assert_eq!(kind_of(&e), Kind::Timeout);
}

#[tokio::test(start_paused = true)]
async fn an_unconfirmed_barrier_times_out_while_a_contact_chatters() {
    let (mut session, s) = login_ok(Script::default()).await;
    let _chatter = chatter(s);
    session
        .send(Stanza::Message(Message::chat(Some(jid()))))
        .await
        .unwrap();
    let r = tokio::time::timeout(Duration::from_secs(60), session.barrier()).await;
    let e = r.expect("the wait never ended").unwrap_err();
    assert_eq!(kind_of(&e), Kind::Timeout);
    // What arrived meanwhile is not lost.
    assert!(!session.leftovers().is_empty());
}

#[tokio::test(start_paused = true)]
async fn close_ends_within_the_timeout_when_the_server_never_closes() {
    let (session, s) = login_ok(Script::default()).await;
    let _chatter = chatter(s);
    let r = tokio::time::timeout(Duration::from_secs(60), session.close()).await;
    r.expect("close did not end").unwrap();
}

#[tokio::test]
async fn an_iq_answer_counts_only_from_the_entity_asked() {
    let (mut session, mut s) = login_ok(Script::default()).await;
    let server = tokio::spawn(async move {
        let Some(XmppStreamElement::Stanza(Stanza::Iq(q))) = next(&mut s).await else {
            panic!("no IQ");
        };
        let id = q.id().to_string();
        // Same id, wrong sender first; then the entity asked.
        for from in ["mallory@example.org/x", "bob@example.org/x"] {
            let answer = Iq::Result {
                from: None,
                to: None,
                id: id.clone(),
                payload: None,
            }
            .with_from(Jid::new(from).unwrap())
            .with_to(Jid::new("user@example.org/res").unwrap());
            s.send(&XmppStreamElement::Stanza(Stanza::Iq(answer)))
                .await
                .unwrap();
        }
        s
    });
    let iq = Iq::from_get("q1", ping::Ping).with_to(Jid::new("bob@example.org/x").unwrap());
    let (answer, others) = session.iq(iq).await.unwrap();
    let Iq::Result { from, .. } = answer else {
        panic!("{answer:?}")
    };
    assert_eq!(from.unwrap().to_string(), "bob@example.org/x");
    assert_eq!(others.len(), 1, "the forged answer is just another stanza");
    drop(server.await.unwrap());
}

// --- The poison-stanza rule ------------------------------------------------

/// A message whose attribute is longer than any token the parser takes.
fn poison() -> Vec<u8> {
    let long = "A".repeat(crate::connection::limits::MAX_TOKEN_LENGTH + 1);
    format!("<message to='user@example.org/res' id='poison' x='{long}'><body>hi</body></message>")
        .into_bytes()
}

/// The server sends message `n` (when given) and then the poison; the
/// client takes what it can and fails on the poison. Its resume token.
async fn poisoned(mut session: Session, mut s: ServerStream, n: Option<usize>) -> ResumeToken {
    use tokio::io::AsyncWriteExt;
    if let Some(n) = n {
        s.send(&message(n)).await.unwrap();
    }
    let mut io = s.into_inner();
    let writer = tokio::spawn(async move {
        // The client stops reading half-way: a failed write is expected.
        let _ = io.write_all(&poison()).await;
        let _ = io.flush().await;
    });
    if n.is_some() {
        assert_eq!(
            body(&handle_next(&mut session).await).as_deref(),
            Some("m1")
        );
    }
    let e = session
        .recv()
        .await
        .expect_err("the poison ends the stream");
    assert_eq!(kind_of(&e), Kind::Network, "{e}");
    drop(writer);
    session.resume_token().expect("resumable")
}

#[tokio::test]
async fn a_stanza_that_ends_the_stream_twice_is_acknowledged_unread() {
    crate::connection::limits::apply();
    let script = Script {
        resumed: Some(0),
        ..Script::default()
    };
    let resume = |token: ResumeToken| {
        let script = script.clone();
        async move {
            let (r, server) = login_with(script, tls(true), false, Some(&token), 1 << 16).await;
            let (session, how) = r.unwrap();
            assert!(matches!(how, Resumption::Resumed { .. }));
            (session, server.await.unwrap().unwrap())
        }
    };
    // One message handled, then the poison at position 2.
    let (session, s) = login_ok(script.clone()).await;
    let token = poisoned(session, s, Some(1)).await;
    let u = token.unreadable.clone().expect("recorded");
    assert_eq!((u.position, u.times), (2, 1));
    // Resumed at 1: the server sends it again, and it ends the stream
    // again at the same place.
    let (session, s) = resume(token).await;
    assert_eq!(*script.resume_h.lock().unwrap(), Some(1));
    let token = poisoned(session, s, None).await;
    let u = token.unreadable.clone().expect("recorded");
    assert_eq!((u.position, u.times), (2, 2));
    // The third resumption acknowledges it unread and reports it; what
    // comes next is position 3.
    let (mut session, mut s) = resume(token).await;
    assert_eq!(*script.resume_h.lock().unwrap(), Some(2));
    match session.recv().await.unwrap().unwrap() {
        Incoming::Invalid { kind, ticket, .. } => {
            assert!(kind.contains("position 2"), "{kind}");
            assert!(kind.contains("long"), "{kind}");
            session.handled(ticket);
        }
        other => panic!("expected the report, got {other:?}"),
    }
    s.send(&message(3)).await.unwrap();
    assert_eq!(
        body(&handle_next(&mut session).await).as_deref(),
        Some("m3")
    );
    assert_eq!(session.inbound.h(), 3);
    assert!(session.resume_token().unwrap().unreadable.is_none());
}

#[tokio::test]
async fn the_servers_advertised_stanza_limit_is_read() {
    // Below ours, so that the process-wide limit stays as it is for the
    // other tests (`limits::token_length_for` is tested on its own).
    let (session, _s) = login_ok(Script {
        max_bytes: Some(262_144),
        ..Script::default()
    })
    .await;
    assert_eq!(session.info.features.max_bytes, Some(262_144));
    let (session, _s) = login_ok(Script::default()).await;
    assert_eq!(session.info.features.max_bytes, None);
}
