#!/usr/bin/env python3
"""1,000 one-line alerts through `xmpp send --via` (a running `xmpp relay`,
no login per message) against 1,000 plain one-shot `xmpp send` (a login
each), sequentially as a script or a monitoring hook sends them, on one
throwaway Prosody, in one run. Every message must reach the slixmpp
receiver. Reports the wall time in all, per send, and the CPU per send:
the client processes' (from getrusage of the children) and, for --via,
the relay's share (from /proc). The floor, measured in the same run: a
process of the same binary that does nothing (`xmpp --version`).

usage: bench/relay-via.py [--count N]
"""
import os
import resource
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Prosody, Receiver, free_port, proc_cpu, xmpp_binary  # noqa: E402

TOKEN = "bench-token-0123456789abcdef"


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main():
    count = 1000
    if "--count" in sys.argv:
        count = int(sys.argv[sys.argv.index("--count") + 1])
    xmpp = xmpp_binary()
    server = Prosody("relay-bench", [("alice", "pw"), ("bob", "pw")])
    rx = Receiver(server.c2s, server.ca, "pw")
    work = tempfile.mkdtemp(prefix="xmpp-cli-relay-bench-")
    os.chmod(work, 0o700)
    sock = os.path.join(work, "relay.sock")
    base = [xmpp, "--server", f"127.0.0.1:{server.c2s}", "--ca-file", server.ca, "--jid", "alice@localhost"]
    env = dict(os.environ, XMPP_PASSWORD="pw", RELAY_TOKEN=TOKEN)
    # The bench's Prosody runs without mod_limits: the relay is told so
    # (--rate 0, no pacing), as its README says for such a server.
    relay = subprocess.Popen(base + ["relay", "--rate", "0", "--token-env", "RELAY_TOKEN", "--socket", sock,
                                     "--listen", f"127.0.0.1:{free_port()}"],
                             env=env, stderr=subprocess.DEVNULL)
    for _ in range(200):
        if os.path.exists(sock):
            break
        time.sleep(0.05)
    # The relay answers once its session is up; the first send waits for it.
    subprocess.run([xmpp, "send", "--via", sock, "-m", "warm-up", "bob@localhost"], check=True)

    results = {}
    cpu0, t0 = children_cpu(), time.perf_counter()
    for _ in range(count):
        subprocess.run([xmpp, "--version"], stdout=subprocess.DEVNULL, check=True)
    results["floor"] = (time.perf_counter() - t0, children_cpu() - cpu0, 0.0)
    for name in ("via", "direct"):
        bodies = [f"{name} alert {i}" for i in range(count)]
        cpu0, relay0, t0 = children_cpu(), proc_cpu(relay.pid), time.perf_counter()
        for b in bodies:
            if name == "via":
                cmd = [xmpp, "send", "--via", sock, "-m", b, "bob@localhost"]
            else:
                cmd = base + ["send", "-m", b, "bob@localhost"]
            subprocess.run(cmd, env=env, check=True)
        wall = time.perf_counter() - t0
        cpu = children_cpu() - cpu0
        relay_cpu = proc_cpu(relay.pid) - relay0 if name == "via" else 0.0
        assert rx.wait_for(bodies, 60), f"{name}: {rx.count(bodies)} of {count} arrived"
        results[name] = (wall, cpu, relay_cpu)
    relay.terminate()
    relay.wait()
    rx.stop()
    server.stop()

    print(f"{count} sends each, sequential; every message arrived at the slixmpp receiver.")
    print()
    print("| | total wall | wall per send | client CPU per send | relay CPU per send |")
    print("|---|---|---|---|---|")
    rows = (("floor", "floor: `xmpp --version`"), ("via", "`send --via` (relay)"),
            ("direct", "one-shot `send`"))
    for name, label in rows:
        wall, cpu, relay_cpu = results[name]
        relay_col = f"{relay_cpu / count * 1000:.2f} ms" if name == "via" else "—"
        print(f"| {label} | {wall:.2f} s | {wall / count * 1000:.2f} ms | "
              f"{cpu / count * 1000:.2f} ms | {relay_col} |")
    print()
    (fw, _, _), (vw, vc, vr), (dw, dc, _) = results["floor"], results["via"], results["direct"]
    print(f"one-shot / via: {dw / vw:.1f}x the wall time, "
          f"{dc / (vc + vr):.1f}x the CPU (client and relay together); "
          f"above the floor: {(dw - fw) / (vw - fw):.1f}x the wall time")


if __name__ == "__main__":
    main()
