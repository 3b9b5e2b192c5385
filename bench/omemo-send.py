#!/usr/bin/env python3
"""The one-shot cost of `xmpp send --omemo` against plain `xmpp send`, on a
throwaway Prosody (with PEP, as Debian ships it), alternating in one run:

  plain        send -m bench bob                    (no encryption)
  omemo        send --omemo, the session with bob's device already there
  omemo-fresh  send --omemo, our device published but no session yet
               (fetch bob's device list and bundle, X3DH, then send)
  omemo-first  send --omemo from a new store of a new account (make our
               keys, publish the device list and the bundle, then as
               omemo-fresh)

Each fresh/first run starts from its own copy of a store made once.

usage: bench/omemo-send.py [--runs N]
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Prosody, xmpp_binary  # noqa: E402


def main():
    runs = 21
    if "--runs" in sys.argv:
        runs = int(sys.argv[sys.argv.index("--runs") + 1])
    xmpp = xmpp_binary()
    # omemo-first needs an account whose device list is empty: one each.
    firsts = [f"first{i}" for i in range(runs)]
    server = Prosody("omemo-bench", [("alice", "pw"), ("bob", "pw")] + [(f, "pw") for f in firsts])
    work = tempfile.mkdtemp(prefix="xmpp-cli-omemo-bench-")
    env = dict(os.environ, XMPP_PASSWORD="pw")

    def cmd(user, data, *args):
        return [xmpp, "--server", f"127.0.0.1:{server.c2s}", "--ca-file", server.ca,
                "--jid", f"{user}@localhost", *args], dict(env, XDG_DATA_HOME=data)

    def run(user, data, *args, check=True):
        c, e = cmd(user, data, *args)
        return subprocess.run(c, env=e, check=check, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    alice, bob = os.path.join(work, "alice"), os.path.join(work, "bob")
    # Alice's device is published (bob has none yet: exit 7), then bob's.
    run("alice", alice, "send", "--omemo", "-m", "x", "bob@localhost", check=False)
    run("bob", bob, "send", "--omemo", "-m", "x", "alice@localhost")
    published = os.path.join(work, "published")
    shutil.copytree(alice, published)
    empty = os.path.join(work, "empty")
    os.makedirs(empty)
    run("alice", alice, "send", "--omemo", "-m", "warm-up", "bob@localhost")

    def fresh_copy(template):
        d = tempfile.mkdtemp(dir=work)
        shutil.rmtree(d)
        shutil.copytree(template, d)
        return d

    cases = {
        "plain": lambda: (alice, ["send", "-m", "bench", "bob@localhost"]),
        "omemo": lambda: (alice, ["send", "--omemo", "-m", "bench", "bob@localhost"]),
        "omemo-fresh": lambda: (fresh_copy(published), ["send", "--omemo", "-m", "bench", "bob@localhost"]),
        "omemo-first": lambda: (fresh_copy(empty), ["send", "--omemo", "-m", "bench", "bob@localhost"]),
    }
    times = {k: [] for k in cases}
    for i in range(runs):
        for name, make in cases.items():
            data, args = make()
            c, e = cmd(firsts[i] if name == "omemo-first" else "alice", data, *args)
            t = time.perf_counter()
            r = subprocess.run(c, env=e, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            elapsed = (time.perf_counter() - t) * 1000
            if r.returncode == 0:
                times[name].append(elapsed)
    server.stop()
    shutil.rmtree(work, ignore_errors=True)
    plain = statistics.median(times["plain"])
    print("| case | median wall ms | ok / runs | vs plain |")
    print("|---|---|---|---|")
    for name, ts in times.items():
        if not ts:
            print(f"| {name} | - | 0 / {runs} | - |")
            continue
        m = statistics.median(ts)
        print(f"| {name} | {m:.1f} | {len(ts)} / {runs} | {m / plain:.2f} |")


if __name__ == "__main__":
    main()
