//! The federated test network (`scripts/testnet`): DNS, two Prosody
//! servers (a.test, b.test), ejabberd (c.test), a dead host and the hosts
//! `xmpp` runs on, each in its own network namespace. Built on first use,
//! shared by the tests of one run, torn down when the test binary exits,
//! however it exits. Needs root, as CI has; a missing part is a failure.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use crate::fixture::{add_account, bin, log_in_as, repo, Account, Receiver};

pub struct Net {
    pub dir: PathBuf,
}

static NET: OnceLock<Net> = OnceLock::new();

/// The test network of this run.
pub fn net() -> &'static Net {
    NET.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("xmpp-cli-testnet-{}", std::process::id()));
        let status = Command::new(repo().join("scripts/testnet"))
            .arg("up")
            .arg(&dir)
            .arg(std::process::id().to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .status()
            .expect("run scripts/testnet");
        assert!(
            status.success(),
            "scripts/testnet up failed (it needs root, iproute2, iptables, dnsmasq, prosody and \
             ejabberd: run the README's test command)"
        );
        Net { dir }
    })
}

impl Net {
    fn script(&self) -> Command {
        let mut cmd = Command::new(repo().join("scripts/testnet"));
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .stdin(Stdio::null());
        cmd
    }

    pub fn ca(&self) -> PathBuf {
        self.dir.join("ca.pem")
    }

    /// A new account on `domain` (a.test and the dialling domains on
    /// Prosody a, b.test on Prosody b, c.test on ejabberd).
    pub fn account(&self, prefix: &str, domain: &str) -> Account {
        add_account(self.script(), &self.dir, prefix, domain)
    }

    /// `xmpp` on `host` with a clean environment, no `--server`: it finds
    /// its server through the network's DNS, trusting the test CA.
    pub fn xmpp_on(&self, host: &str, account: &Account) -> Command {
        let mut cmd = self.script();
        cmd.arg("exec")
            .arg(&self.dir)
            .arg(host)
            .arg(bin())
            .env("HOME", "/nonexistent/xmpp-cli-test-home")
            .env("COLUMNS", "100");
        log_in_as(&mut cmd, &self.ca(), account);
        cmd
    }

    /// `xmpp` on the client host.
    pub fn xmpp(&self, account: &Account) -> Command {
        self.xmpp_on("client", account)
    }

    /// A slixmpp client of `account` on the client host, through DNS
    /// names like a user's client.
    pub fn receiver(&self, account: &Account, extra: &[&str]) -> Receiver {
        let domain = account.jid.rsplit_once('@').map(|(_, d)| d).unwrap();
        let prefix: Vec<OsString> = vec![
            repo().join("scripts/testnet").into(),
            "exec".into(),
            self.dir.clone().into(),
            "client".into(),
        ];
        Receiver::spawn_via(prefix, account, domain, 5222, &self.ca(), 1_000, extra)
    }
}
