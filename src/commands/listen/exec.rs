//! `listen --exec`: one child per printed event, the event's JSON on its
//! stdin, a few bounded environment variables. A hook that cannot start,
//! exits non-zero or outlives `--exec-timeout` is a failure of its event:
//! `listen` stops (exit 1) without acknowledging it, so the server keeps
//! the message and the next `listen` gets it again.

use anyhow::Result;

use super::event::Event;
use crate::error::{bail, Kind};
use crate::seconds::Seconds;

/// The most bytes of the body put in `XMPP_BODY`. Linux refuses a single
/// environment string over 128 KiB (`MAX_ARG_STRLEN`), and the whole
/// environment shares the argument space; the full body is on stdin.
pub const BODY_ENV_MAX: usize = 32 * 1024;

/// `body` cut to at most `max` bytes at a character boundary, and
/// whether it was cut.
fn bounded(body: &str, max: usize) -> (&str, bool) {
    if body.len() <= max {
        return (body, false);
    }
    let mut end = max;
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    (&body[..end], true)
}

/// Where an `--exec` child writes its output: our stderr (a duplicate of
/// the descriptor), so it never mixes into the events on stdout.
fn child_stdout() -> std::process::Stdio {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = std::io::stderr().as_fd().try_clone_to_owned() {
            return std::process::Stdio::from(fd);
        }
    }
    std::process::Stdio::null()
}

/// Run the `--exec` command for one event, bounded by `timeout`. `Ok`
/// only when it ran and exited 0.
pub async fn exec(cmd: &str, event: &Event, timeout: Seconds, secret_env: &[String]) -> Result<()> {
    let json = serde_json::to_string(event).unwrap_or_default();
    let (from, body, type_) = event.env_fields();
    let (body, cut) = bounded(body.unwrap_or_default(), BODY_ENV_MAX);
    let mut command = tokio::process::Command::new("sh");
    for var in secret_env {
        command.env_remove(var);
    }
    command
        .arg("-c")
        .arg(cmd)
        .env("XMPP_FROM", from.unwrap_or_default())
        .env("XMPP_BODY", body)
        .env("XMPP_BODY_TRUNCATED", if cut { "1" } else { "0" })
        .env("XMPP_TYPE", type_)
        .stdin(std::process::Stdio::piped())
        // Not our stdout: that is the event stream (`listen --json`).
        .stdout(child_stdout())
        .kill_on_drop(true);
    let mut child = match command.spawn() {
        Ok(c) => c,
        Err(e) => {
            return bail(
                Kind::Negative,
                format!("--exec: cannot start the command: {e}; the event was not acknowledged"),
            )
        }
    };
    // Feeding stdin counts against the same timeout: a child that never
    // reads a large body cannot hold listen up.
    let stdin = child.stdin.take();
    let run = async {
        if let Some(mut stdin) = stdin {
            use tokio::io::AsyncWriteExt;
            // A hook that does not read its stdin is not a failure.
            let _ = stdin.write_all(json.as_bytes()).await;
            let _ = stdin.write_all(b"\n").await;
        }
        child.wait().await
    };
    let outcome = tokio::time::timeout(timeout.duration(), run).await;
    let why = match outcome {
        Ok(Ok(status)) if status.success() => return Ok(()),
        Ok(Ok(status)) => format!("the command failed ({status})"),
        Ok(Err(e)) => format!("waiting for the command: {e}"),
        Err(_) => {
            let _ = child.kill().await;
            format!("the command was killed after {timeout}s (--exec-timeout)")
        }
    };
    bail(
        Kind::Negative,
        format!("--exec: {why}; the event was not acknowledged, the server keeps it"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_body_in_the_environment_is_cut_at_a_character() {
        assert_eq!(bounded("hello", 5), ("hello", false));
        assert_eq!(bounded("hello", 4), ("hell", true));
        // "é" is two bytes: a cut inside it moves before it.
        assert_eq!(bounded("aé", 2), ("a", true));
        assert_eq!(bounded("", 0), ("", false));
        let big = "€".repeat(20_000);
        let (cut, was) = bounded(&big, BODY_ENV_MAX);
        assert!(was && cut.len() <= BODY_ENV_MAX && cut.len() > BODY_ENV_MAX - 3);
    }
}
