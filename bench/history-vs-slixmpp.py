#!/usr/bin/env python3
"""Export an archive of 1,000 and of 10,000 messages: `xmpp history --json`
against slixmpp's MAM iterator (bench/mam_peer.py), side by side in one
run: wall time and peak RSS of each process, every message checked.

usage: /usr/bin/python3 bench/history-vs-slixmpp.py [--runs N]

Starts its own Prosody (scripts/local-prosody, mod_mam on; Prosody hands
out at most 50 results a page whatever is asked), fills two archives with
`xmpp send --lines` and exports each N times (median). Release build.
"""
import json
import os
import statistics
import subprocess
import sys
import threading
import time

from common import Prosody, xmpp_binary

HERE = os.path.dirname(os.path.abspath(__file__))
PW = "bench-pw"


def measured(argv, env):
    """Wall seconds, peak RSS (MiB) and stdout of one process. The peak is
    the process's VmHWM, read every 20 ms until it exits: not wait4's
    ru_maxrss, which counts the forking Python's pages from before exec."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = [0]

    def sample():
        while p.poll() is None:
            try:
                with open(f"/proc/{p.pid}/status") as f:
                    for line in f:
                        if line.startswith("VmHWM:"):
                            peak[0] = max(peak[0], int(line.split()[1]))
            except OSError:
                break
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    out, err = p.communicate()
    wall = time.perf_counter() - t0
    sampler.join()
    if p.returncode != 0:
        sys.exit(f"{argv[0]} exited {p.returncode}: {err.decode(errors='replace')[-500:]}")
    return wall, peak[0] / 1024, out.decode()


def main():
    runs = 3
    if "--runs" in sys.argv:
        runs = int(sys.argv[sys.argv.index("--runs") + 1])
    XMPP = xmpp_binary()
    sizes = [1000, 10000]
    users = [("alice", PW)] + [(f"bob{n}", PW) for n in sizes]
    prosody = Prosody("history-bench", users)
    env = dict(os.environ, XMPP_PASSWORD=PW, PEER_PASSWORD=PW)
    base = [XMPP, "--server", f"127.0.0.1:{prosody.c2s}", "--ca-file", prosody.ca]
    for n in sizes:
        lines = "\n".join(f"archived message {i:05d}" for i in range(n)) + "\n"
        subprocess.run(base + ["-j", "alice@localhost", "send", "--lines", f"bob{n}@localhost"],
                       env=env, input=lines.encode(), check=True, capture_output=True)
    rows = []
    for n in sizes:
        want = [f"archived message {i:05d}" for i in range(n)]
        xmpp_runs, peer_runs = [], []
        for _ in range(runs):
            wall, rss, out = measured(base + ["-j", f"bob{n}@localhost", "--json", "history",
                                              "--with", "alice@localhost"], env)
            events = [json.loads(line) for line in out.splitlines()]
            end = events.pop()
            assert [e["body"] for e in events] == want and end["count"] == n, "xmpp: wrong export"
            xmpp_runs.append((wall, rss))
            wall, rss, out = measured(["/usr/bin/python3", os.path.join(HERE, "mam_peer.py"),
                                       f"bob{n}@localhost", str(prosody.c2s), prosody.ca,
                                       "alice@localhost"], env)
            assert out.splitlines() == want, "slixmpp: wrong export"
            peer_runs.append((wall, rss))
        for tool, r in (("xmpp history --json", xmpp_runs), ("slixmpp xep_0313.iterate", peer_runs)):
            rows.append((n, tool, statistics.median(w for w, _ in r), statistics.median(m for _, m in r)))
    prosody.stop()
    print("| messages | tool | median wall s | median peak RSS MiB |")
    print("|---|---|---|---|")
    for n, tool, wall, rss in rows:
        print(f"| {n:,} | {tool} | {wall:.2f} | {rss:.1f} |")
    print()
    by = {(n, t): (w, m) for n, t, w, m in rows}
    for n in sizes:
        x, s = by[(n, "xmpp history --json")], by[(n, "slixmpp xep_0313.iterate")]
        print(f"{n:,} messages: xmpp / slixmpp wall time **{x[0] / s[0]:.2f}**, "
              f"peak RSS **{x[1] / s[1]:.2f}**.")
    x1, x10 = by[(1000, "xmpp history --json")][1], by[(10000, "xmpp history --json")][1]
    print(f"xmpp's peak RSS from 1,000 to 10,000 messages: {x1:.1f} → {x10:.1f} MiB "
          f"(**{x10 / x1:.2f}×**; flat is 1×).")


if __name__ == "__main__":
    main()
