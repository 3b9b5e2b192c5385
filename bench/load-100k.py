#!/usr/bin/env python3
"""Load: `xmpp send --lines` of N messages into `xmpp listen --json --count N`.

usage: /usr/bin/python3 bench/load-100k.py [--limit RATE] [--count N ...]

--limit RATE turns on Prosody's mod_limits for clients (e.g. 100kb/s):
the server then reads slowly, and the sender must slow down, not drop.

For each N (default 10,000 and 100,000): a throwaway Prosody (no rate
limits, no archive), bob listening, alice sending N lines over one
connection. Checks that the listener printed all N distinct messages and
that the sender reported N "sent" statuses and exited 0; records wall time
and peak RSS of both processes (RSS flat = the same peak for 10x the
messages). Prints a Markdown table.
"""
import json
import os
import subprocess
import sys
import threading
import time

from common import Prosody, xmpp_binary

PW = "load-password"


def main():
    counts = [10_000, 100_000]
    args = sys.argv[1:]
    rate = None
    if "--limit" in args:
        i = args.index("--limit")
        rate = args[i + 1]
        del args[i:i + 2]
    if "--count" in args:
        counts = [int(a) for a in args[args.index("--count") + 1:]]
    xmpp = xmpp_binary()
    rows = []
    for n in counts:
        prosody = Prosody(f"load{n}", [("alice", PW), ("bob", PW)], c2s_rate=rate)
        base = [xmpp, "--server", f"127.0.0.1:{prosody.c2s}", "--ca-file", prosody.ca, "--timeout", "30"]
        env = dict(os.environ, XMPP_PASSWORD=PW)
        listener = subprocess.Popen(base + ["-j", "bob@localhost", "-v", "--json", "listen", "--count", str(n)],
                                    env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for line in listener.stderr:
            if "listening as" in line:
                break
        threading.Thread(target=lambda: [None for _ in listener.stderr], daemon=True).start()
        bodies = set()

        def read():
            for line in listener.stdout:
                bodies.add(json.loads(line)["body"])
        reader = threading.Thread(target=read, daemon=True)
        reader.start()

        t0 = time.perf_counter()
        sender = subprocess.Popen(base + ["-j", "alice@localhost", "--json", "send", "--lines", "bob@localhost"],
                                  env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        statuses = []
        out_reader = threading.Thread(target=lambda: statuses.extend(json.loads(l)["status"] for l in sender.stdout),
                                      daemon=True)
        out_reader.start()
        for i in range(n):
            sender.stdin.write(f"load message {i}\n")
        sender.stdin.close()
        _, s_status, s_usage = os.wait4(sender.pid, 0)
        t_sent = time.perf_counter() - t0
        _, l_status, l_usage = os.wait4(listener.pid, 0)
        t_all = time.perf_counter() - t0
        reader.join(10)
        out_reader.join(10)
        rows.append({
            "n": n, "sender_exit": os.waitstatus_to_exitcode(s_status),
            "listener_exit": os.waitstatus_to_exitcode(l_status),
            "sent": statuses.count("sent"), "printed": len(bodies), "t_sent": t_sent, "t_all": t_all,
            "s_rss": s_usage.ru_maxrss / 1024, "l_rss": l_usage.ru_maxrss / 1024,
            "s_cpu": s_usage.ru_utime + s_usage.ru_stime, "l_cpu": l_usage.ru_utime + l_usage.ru_stime,
        })
        prosody.stop()
    print("| messages | sender exit | reported sent | listener exit | printed (distinct) | sender done s | all printed s | msg/s | sender CPU s | listener CPU s | sender peak RSS MB | listener peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['n']} | {r['sender_exit']} | {r['sent']} | {r['listener_exit']} | {r['printed']} | {r['t_sent']:.2f} | "
              f"{r['t_all']:.2f} | {r['n'] / r['t_all']:.0f} | {r['s_cpu']:.2f} | {r['l_cpu']:.2f} | {r['s_rss']:.1f} | {r['l_rss']:.1f} |")
    if any(r["printed"] != r["n"] or r["sent"] != r["n"] or r["sender_exit"] != 0 for r in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
