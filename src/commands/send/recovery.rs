//! `--reconnect`: bring a lost session back (resumed, or new with the
//! rooms rejoined) and write again what the server had not confirmed.

use std::cell::{Cell, RefCell};
use std::time::Duration;

use anyhow::Result;

use super::pump::take_all;
use super::tracker::Tracker;
use crate::commands::muc;
use crate::connection::backoff::{retryable, Backoff, Patience};
use crate::connection::{self, Incoming, Resumption, Session};
use crate::error::{kind_of, Kind};
use crate::output;
use crate::settings;

/// What `--reconnect` needs to bring a lost session back.
pub(super) struct Recovery<'a> {
    settings: &'a settings::ConnectSettings,
    room_password: Option<&'a str>,
    create: muc::Create,
    /// The tries since the server last confirmed something new: a
    /// reconnect (even a resumed session) after which nothing more was
    /// confirmed does not start the count again, so a server too slow to
    /// ever confirm ends the run instead of looping for ever.
    backoff: RefCell<Backoff>,
    /// How many messages were confirmed when the last stretch began.
    confirmed: Cell<usize>,
    /// How long the next session waits for the server: longer after a
    /// wait that ran out with nothing confirmed (a slow server).
    patience: RefCell<Patience>,
}

fn fresh_backoff() -> Backoff {
    Backoff::new(
        Duration::from_secs(1),
        Duration::from_secs(16),
        Some(RECONNECT_TRIES),
    )
}

/// How many times `--reconnect` tries before giving up (waiting 1, 2, 4,
/// 8 and 16 s before the tries).
pub(super) const RECONNECT_TRIES: u32 = 5;

impl<'a> Recovery<'a> {
    pub(super) fn new(
        settings: &'a settings::ConnectSettings,
        room_password: Option<&'a str>,
        create: muc::Create,
    ) -> Recovery<'a> {
        Recovery {
            settings,
            room_password,
            create,
            backoff: RefCell::new(fresh_backoff()),
            confirmed: Cell::new(0),
            patience: RefCell::new(Patience::new(settings.timeout)),
        }
    }

    /// Reconnect after `err`, resuming the old session where the server
    /// kept it, rejoin rooms on a new session, and send again what the
    /// server had not confirmed.
    pub(super) async fn recover(
        &self,
        mut old: Session,
        err: anyhow::Error,
        tracker: &mut Tracker,
    ) -> Result<Session, anyhow::Error> {
        let left = old.leftovers();
        take_all(&mut old, tracker, left);
        let mut token = old.resume_token();
        drop(old);
        let mut err = err;
        let progressed = tracker.confirmed() > self.confirmed.get();
        if progressed {
            self.confirmed.set(tracker.confirmed());
            *self.backoff.borrow_mut() = fresh_backoff();
        }
        let timed_out = kind_of(&err) == Kind::Timeout;
        let wait = self.patience.borrow_mut().next(timed_out, progressed);
        if timed_out && !progressed && wait > self.settings.timeout {
            output::note(&format!(
                "the server confirmed nothing new in time; it may be reading slowly (a large \
                 message on a rate-limited server) rather than gone: the next try waits up to {}s",
                wait.as_secs_f64()
            ));
        }
        loop {
            let Some(delay) = self.backoff.borrow_mut().next_delay() else {
                break;
            };
            output::warn(&format!(
                "{err:#}; reconnecting in {:.1}s (try {} of {RECONNECT_TRIES} since the server \
                 last confirmed a message)",
                delay.as_secs_f64(),
                self.backoff.borrow().attempt()
            ));
            tokio::time::sleep(delay).await;
            let (mut session, how) =
                match connection::reconnect(self.settings, token.as_ref()).await {
                    Ok(x) => x,
                    Err(e) if retryable(&e) => {
                        err = e;
                        continue;
                    }
                    Err(e) => return Err(e),
                };
            session.set_timeout(wait);
            let resent = match how {
                Resumption::Resumed { handled } => {
                    tracker.observe(Incoming::Acked(handled));
                    let n = tracker.resend(&mut session, false).await;
                    n.map(|n| {
                        output::note(&format!(
                            "reconnected and resumed the session; {n} unconfirmed message(s) sent again"
                        ));
                    })
                }
                Resumption::Fresh { handled } => {
                    if let Some(h) = handled {
                        tracker.observe(Incoming::Acked(h));
                    }
                    let rejoined = self.rejoin(&mut session, tracker).await;
                    match rejoined {
                        Ok(()) => tracker.resend(&mut session, true).await.map(|n| {
                            output::note(&format!(
                                "reconnected on a new session (the server did not keep the old one); \
                                 {n} unconfirmed message(s) sent again and may arrive twice"
                            ));
                        }),
                        Err(e) => Err(e),
                    }
                }
            };
            match resent {
                Ok(()) => return Ok(session),
                // Lost again while catching up: this session is the one
                // to resume now.
                Err(e) if retryable(&e) => {
                    let left = session.leftovers();
                    take_all(&mut session, tracker, left);
                    token = session.resume_token().or(token);
                    err = e;
                }
                Err(e) => return Err(e),
            }
        }
        Err(err)
    }

    pub(super) async fn rejoin(&self, session: &mut Session, tracker: &mut Tracker) -> Result<()> {
        let mut early = Vec::new();
        for (room, nick) in tracker.rooms.clone() {
            muc::join(
                session,
                &room,
                &nick,
                muc::Backlog::None,
                self.room_password,
                self.create,
                &mut early,
            )
            .await?;
        }
        take_all(session, tracker, early);
        Ok(())
    }
}
