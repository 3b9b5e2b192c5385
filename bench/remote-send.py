#!/usr/bin/env python3
"""One-shot `xmpp send` to a remote domain (with the remote confirmation)
against a local recipient, on the federated test network
(scripts/testnet; needs root). All in one run, alternating:

  local        alice@a.test -> dave@a.test            (our server confirms)
  remote       alice@a.test -> bob@b.test             (b.test answers the ping)
  remote-off   alice@a.test -> bob@b.test --no-remote-confirm
  ejabberd     alice@a.test -> carol@c.test           (c.test answers the ping)

The s2s streams are warmed up first (first contact costs a TLS handshake
between the servers, not what a sender pays on every message).

usage: sudo bench/remote-send.py [--runs N]
"""
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import REPO, xmpp_binary  # noqa: E402

NET = os.path.join(REPO, "scripts", "testnet")


def main():
    runs = 21
    if "--runs" in sys.argv:
        runs = int(sys.argv[sys.argv.index("--runs") + 1])
    xmpp = xmpp_binary()
    d = f"/tmp/xmpp-cli-bench-net-{os.getpid()}"
    subprocess.run([NET, "up", d, str(os.getpid())], check=True, stdout=subprocess.DEVNULL)
    for user, domain in [("alice", "a.test"), ("dave", "a.test"), ("bob", "b.test"), ("carol", "c.test")]:
        subprocess.run([NET, "adduser", d, user, domain, "pw"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = dict(os.environ, XMPP_PASSWORD="pw")
    base = [NET, "exec", d, "client", xmpp, "--ca-file", f"{d}/ca.pem", "--jid", "alice@a.test"]
    cases = {
        "local": ["send", "-m", "bench", "dave@a.test"],
        "remote": ["send", "-m", "bench", "bob@b.test"],
        "remote-off": ["send", "--no-remote-confirm", "-m", "bench", "bob@b.test"],
        "ejabberd": ["send", "-m", "bench", "carol@c.test"],
    }
    for args in cases.values():  # warm-up: s2s streams up, caches warm
        subprocess.run(base + args, env=env, check=True)
    times = {k: [] for k in cases}
    for _ in range(runs):
        for name, args in cases.items():
            t = time.perf_counter()
            r = subprocess.run(base + args, env=env)
            elapsed = (time.perf_counter() - t) * 1000
            if r.returncode == 0:
                times[name].append(elapsed)
    subprocess.run([NET, "down", d])
    local = statistics.median(times["local"])
    print("| case | median wall ms | ok / runs | vs local |")
    print("|---|---|---|---|")
    for name, ts in times.items():
        m = statistics.median(ts)
        print(f"| {name} | {m:.1f} | {len(ts)} / {runs} | {m / local:.2f} |")


if __name__ == "__main__":
    main()
