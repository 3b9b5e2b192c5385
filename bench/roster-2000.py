#!/usr/bin/env python3
"""Time a 2,000-item roster import and list over one connection each.

usage: /usr/bin/python3 bench/roster-2000.py [--items N]

Starts its own Prosody (scripts/local-prosody), imports N items (names and
groups) with `xmpp roster import`, lists them back with `xmpp roster list
--json`, prunes to half with `import --prune`, and checks every result.
Release build. Prints a Markdown table.
"""
import json
import os
import socket
import subprocess
import sys
import time

from common import Prosody, proc_cpu, xmpp_binary


def main():
    n = 2000
    if "--items" in sys.argv:
        n = int(sys.argv[sys.argv.index("--items") + 1])
    XMPP = xmpp_binary()
    prosody = Prosody("roster-bench", [("alice", "bench-pw")])
    d, c2s = prosody.dir, prosody.c2s
    env = dict(os.environ, XMPP_PASSWORD="bench-pw")
    base = [XMPP, "--server", f"127.0.0.1:{c2s}", "--ca-file", os.path.join(d, "ca.pem"), "-j", "alice@localhost"]

    items = [{"jid": f"contact{i:05d}@example.org", "name": f"Contact {i}", "subscription": "none",
              "ask": None, "groups": [f"group{i % 10}"]} for i in range(n)]
    path = os.path.join(d, "roster.json")
    with open(path, "w") as f:
        json.dump(items, f)

    rows = []

    prosody_pid = prosody.pid
    cpu_of = proc_cpu

    def timed(label, args, check):
        import resource
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        server_before = cpu_of(prosody_pid) if prosody_pid else 0.0
        t0 = time.perf_counter()
        p = subprocess.run(base + args, env=env, capture_output=True, text=True)
        t = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        server_cpu = (cpu_of(prosody_pid) if prosody_pid else 0.0) - server_before
        ok = p.returncode == 0 and check(p)
        rows.append((label, t, cpu, server_cpu, p.returncode, ok))
        return p

    timed(f"import {n} items (all new)", ["roster", "import", path], lambda p: True)
    timed(f"list --json ({n} items)", ["--json", "roster", "list"],
          lambda p: sorted(i["jid"] for i in json.loads(p.stdout)) == [i["jid"] for i in items])
    timed("import again (no change)", ["roster", "import", path], lambda p: "added 0, updated 0" in p.stderr)
    half = items[: n // 2]
    with open(path, "w") as f:
        json.dump(half, f)
    timed(f"import --prune to {n // 2} items", ["roster", "import", "--prune", path],
          lambda p: f"removed {n - n // 2}" in p.stderr)
    timed(f"list --json ({n // 2} items)", ["--json", "roster", "list"],
          lambda p: len(json.loads(p.stdout)) == n // 2)

    print("| step | wall s | xmpp CPU s | Prosody CPU s | exit | checked |")
    print("|---|---|---|---|---|---|")
    for label, t, cpu, scpu, rc, ok in rows:
        print(f"| {label} | {t:.2f} | {cpu:.2f} | {scpu:.2f} | {rc} | {'ok' if ok else 'MISMATCH'} |")
    prosody.stop()
    if not all(r[5] for r in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
