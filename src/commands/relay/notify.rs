//! systemd's notification protocol (sd_notify) for `Type=notify`:
//! `READY=1` once the session is up the first time, `WATCHDOG=1` every
//! half `WATCHDOG_USEC` while the relay's runtime runs, `STOPPING=1` on
//! the way out. One datagram each to `$NOTIFY_SOCKET` (a path, or an
//! abstract name written `@name`); nothing when it is not set.

use std::os::unix::net::UnixDatagram;
use std::time::Duration;

pub struct Notifier {
    target: Option<(UnixDatagram, String)>,
}

impl Notifier {
    pub fn from_env(env: impl Fn(&str) -> Option<String>) -> Notifier {
        let target = env("NOTIFY_SOCKET")
            .filter(|s| s.starts_with('/') || s.starts_with('@'))
            .and_then(|s| UnixDatagram::unbound().ok().map(|d| (d, s)));
        Notifier { target }
    }

    /// Send one state line; a failure is logged, never fatal.
    pub fn send(&self, state: &str) {
        let Some((sock, to)) = &self.target else {
            return;
        };
        let sent = match to.strip_prefix('@') {
            Some(name) => abstract_addr(name).and_then(|a| sock.send_to_addr(state.as_bytes(), &a)),
            None => sock.send_to(state.as_bytes(), to),
        };
        if let Err(e) = sent {
            log::warn!("sd_notify {state:?} to {to}: {e}");
        }
    }

    /// How often to send `WATCHDOG=1`: half of `WATCHDOG_USEC`, when it
    /// is set for this process (`WATCHDOG_PID` absent or ours).
    pub fn watchdog(env: impl Fn(&str) -> Option<String>) -> Option<Duration> {
        if env("WATCHDOG_PID").is_some_and(|p| p.parse() != Ok(std::process::id())) {
            return None;
        }
        let usec: u64 = env("WATCHDOG_USEC")?.parse().ok().filter(|u| *u > 0)?;
        Some(Duration::from_micros(usec / 2))
    }
}

#[cfg(target_os = "linux")]
fn abstract_addr(name: &str) -> std::io::Result<std::os::unix::net::SocketAddr> {
    use std::os::linux::net::SocketAddrExt;
    std::os::unix::net::SocketAddr::from_abstract_name(name.as_bytes())
}

#[cfg(not(target_os = "linux"))]
fn abstract_addr(_: &str) -> std::io::Result<std::os::unix::net::SocketAddr> {
    Err(std::io::Error::new(
        std::io::ErrorKind::Unsupported,
        "abstract sockets are Linux only",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_reach_the_socket_by_path_and_by_abstract_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notify");
        let listen = UnixDatagram::bind(&path).unwrap();
        let p = path.to_str().unwrap().to_string();
        Notifier::from_env(|k: &str| (k == "NOTIFY_SOCKET").then(|| p.clone())).send("READY=1");
        let mut buf = [0u8; 64];
        let n = listen.recv(&mut buf).unwrap();
        assert_eq!(&buf[..n], b"READY=1");

        let name = format!("xmpp-cli-test-{}", std::process::id());
        let listen = UnixDatagram::bind_addr(&abstract_addr(&name).unwrap()).unwrap();
        let at = format!("@{name}");
        Notifier::from_env(|k: &str| (k == "NOTIFY_SOCKET").then(|| at.clone())).send("WATCHDOG=1");
        let n = listen.recv(&mut buf).unwrap();
        assert_eq!(&buf[..n], b"WATCHDOG=1");

        // Not set, or not a socket address: nothing, and no error.
        Notifier::from_env(|_| None).send("READY=1");
        Notifier::from_env(|_| Some("relative".into())).send("READY=1");
    }

    #[test]
    fn the_watchdog_is_half_its_interval_and_only_ours() {
        let me = std::process::id().to_string();
        let env = |pid: Option<String>| {
            move |k: &str| match k {
                "WATCHDOG_USEC" => Some("30000000".to_string()),
                "WATCHDOG_PID" => pid.clone(),
                _ => None,
            }
        };
        assert_eq!(Notifier::watchdog(env(None)), Some(Duration::from_secs(15)));
        assert_eq!(
            Notifier::watchdog(env(Some(me))),
            Some(Duration::from_secs(15))
        );
        assert_eq!(Notifier::watchdog(env(Some("1".into()))), None);
        assert_eq!(Notifier::watchdog(|_| None), None);
    }
}
