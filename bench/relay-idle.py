#!/usr/bin/env python3
"""`xmpp relay` at rest: its resident memory and CPU over a span with no
requests (default 10 minutes), on a throwaway Prosody; the keepalive
pings its server once a minute meanwhile.

usage: bench/relay-idle.py [--seconds N]
"""
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Prosody, free_port, proc_cpu, xmpp_binary  # noqa: E402


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main():
    seconds = 600
    if "--seconds" in sys.argv:
        seconds = int(sys.argv[sys.argv.index("--seconds") + 1])
    xmpp = xmpp_binary()
    server = Prosody("relay-idle", [("alice", "pw")])
    work = tempfile.mkdtemp(prefix="xmpp-cli-relay-idle-")
    os.chmod(work, 0o700)
    env = dict(os.environ, XMPP_PASSWORD="pw", RELAY_TOKEN="idle-token-0123456789abcdef")
    relay = subprocess.Popen(
        [xmpp, "--server", f"127.0.0.1:{server.c2s}", "--ca-file", server.ca, "--jid", "alice@localhost",
         "relay", "--token-env", "RELAY_TOKEN", "--socket", os.path.join(work, "relay.sock"),
         "--listen", f"127.0.0.1:{free_port()}"],
        env=env, stderr=subprocess.DEVNULL)
    time.sleep(2)
    cpu0, rss0, peak = proc_cpu(relay.pid), rss_kib(relay.pid), 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        peak = max(peak, rss_kib(relay.pid))
        time.sleep(1)
    cpu, rss1 = proc_cpu(relay.pid) - cpu0, rss_kib(relay.pid)
    alive = relay.poll() is None
    relay.terminate()
    relay.wait()
    server.stop()
    print(f"{seconds} s at rest after start, keepalive 60 s; still running at the end: {alive}.")
    print()
    print("| RSS after start | peak RSS | RSS at the end | CPU in all | CPU share |")
    print("|---|---|---|---|---|")
    print(f"| {rss0 / 1024:.1f} MiB | {peak / 1024:.1f} MiB | {rss1 / 1024:.1f} MiB | "
          f"{cpu:.2f} s | {cpu / seconds * 100:.3f} % |")


if __name__ == "__main__":
    main()
