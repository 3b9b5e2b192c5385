#!/usr/bin/env python3
"""Benchmark `xmpp send` against go-sendxmpp on one throwaway Prosody.

usage: /usr/bin/python3 bench/send-vs-go-sendxmpp.py [--runs N]

Needs: prosody, go-sendxmpp, python3-slixmpp (Debian packages) and a release
build (`cargo build --release`). Measures, side by side in one run:
 (a) one-shot connect+auth+send+exit, wall time and user CPU per process,
     median of N runs each, counted only when the receiver got the message;
 (b) 1,000 messages: `xmpp send --lines` with stdin closed at EOF, against
     `go-sendxmpp -i` with stdin held open, and with stdin closed, timed
     until the receiver (slixmpp) has all 1,000.
Prints a Markdown table. Everything runs on 127.0.0.1.
"""
import json
import os
import pty
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid

from common import REPO, Prosody, Receiver, xmpp_binary
PW_A, PW_B = "bench-password-alice", "bench-password-bob"


def _drain(fd):
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass


def timed(cmd, stdin_data, env):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(cmd, input=stdin_data, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return p.returncode, wall, after.ru_utime - before.ru_utime, p.stderr


def main():
    runs = 21
    if "--runs" in sys.argv:
        runs = int(sys.argv[sys.argv.index("--runs") + 1])
    for tool in ("prosody", "go-sendxmpp"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is not installed (apt-get install {tool})")
    XMPP = xmpp_binary()

    prosody = Prosody("bench", [("alice", PW_A), ("bob", PW_B)])
    c2s, ca = prosody.c2s, prosody.ca
    rx = Receiver(c2s, ca, PW_B)

    xmpp_env = dict(os.environ, XMPP_PASSWORD=PW_A)
    go_env = dict(os.environ, SSL_CERT_FILE=ca)
    xmpp_cmd = [XMPP, "--server", f"127.0.0.1:{c2s}", "--ca-file", ca, "-j", "alice@localhost", "send"]
    go_cmd = ["go-sendxmpp", "-u", "alice@localhost", "-p", PW_A, "-j", f"127.0.0.1:{c2s}"]

    # (a) one-shot
    results = {"xmpp": [], "go-sendxmpp": []}
    lost = {"xmpp": 0, "go-sendxmpp": 0}
    for i in range(runs):
        for name in ("xmpp", "go-sendxmpp"):
            body = f"{name}-oneshot-{i}-{uuid.uuid4().hex}"
            if name == "xmpp":
                rc, wall, cpu, err = timed(xmpp_cmd + ["bob@localhost"], body, xmpp_env)
            else:
                rc, wall, cpu, err = timed(go_cmd + ["bob@localhost"], body, go_env)
            if rc == 0 and rx.wait_for([body], 10):
                results[name].append((wall, cpu))
            else:
                lost[name] += 1
                print(f"{name} run {i}: exit {rc}, not counted: {err.strip()[:200]}", file=sys.stderr)

    def med(name, k):
        vals = [r[k] for r in results[name]]
        return statistics.median(vals) * 1000 if vals else float("nan")

    # (b) batches of 1,000
    def batch_xmpp(tag):
        bodies = [f"{tag}-{k}" for k in range(1000)]
        t0 = time.perf_counter()
        p = subprocess.Popen(xmpp_cmd + ["--lines", "bob@localhost"], stdin=subprocess.PIPE,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=xmpp_env, text=True)
        p.stdin.write("\n".join(bodies) + "\n")
        p.stdin.close()
        rc = p.wait()
        ok = rx.wait_for(bodies, 60)
        return time.perf_counter() - t0, rc, rx.count(bodies), ok

    def batch_go(tag, hold_open):
        bodies = [f"{tag}-{k}" for k in range(1000)]
        t0 = time.perf_counter()
        if hold_open:
            # go-sendxmpp 0.5.6 -i reads only from a terminal (on a pipe it
            # exits 1 at once), so it gets a pty that stays open.
            pid, fd = pty.fork()
            if pid == 0:
                os.environ.update(go_env)
                os.execvp(go_cmd[0], go_cmd + ["-i", "bob@localhost"])
            drain = threading.Thread(target=lambda: _drain(fd), daemon=True)
            drain.start()
            for b in bodies:
                os.write(fd, (b + "\n").encode())
            ok = rx.wait_for(bodies, 60)
            elapsed = time.perf_counter() - t0
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            rc = "killed after delivery" if ok else "killed (timeout)"
            return elapsed, rc, rx.count(bodies), ok
        p = subprocess.Popen(go_cmd + ["-i", "bob@localhost"], stdin=subprocess.PIPE,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=go_env, text=True)
        try:
            p.stdin.write("\n".join(bodies) + "\n")
            p.stdin.close()
        except BrokenPipeError:
            pass
        rc = p.wait()
        rx.wait_for(bodies, 5)
        ok = rx.count(bodies) == 1000
        elapsed = time.perf_counter() - t0
        return elapsed, rc, rx.count(bodies), ok

    batch = {"xmpp": [], "go-open": [], "go-closed": []}
    for r in range(3):
        batch["xmpp"].append(batch_xmpp(f"xb{r}-{uuid.uuid4().hex[:6]}"))
        batch["go-open"].append(batch_go(f"gbo{r}-{uuid.uuid4().hex[:6]}", True))
        batch["go-closed"].append(batch_go(f"gbc{r}-{uuid.uuid4().hex[:6]}", False))

    versions = {
        "prosody": subprocess.run(["dpkg-query", "-W", "-f=${Version}", "prosody"], capture_output=True, text=True).stdout,
        "go-sendxmpp": subprocess.run(["dpkg-query", "-W", "-f=${Version}", "go-sendxmpp"], capture_output=True, text=True).stdout,
        "xmpp": subprocess.run([XMPP, "--version"], capture_output=True, text=True).stdout.strip(),
    }
    print(f"Versions: {versions}")
    print()
    print(f"(a) one-shot connect+auth+send+exit, median of {runs} runs (counted only when delivered)")
    print()
    print("| tool | median wall ms | median user CPU ms | counted / runs |")
    print("|---|---|---|---|")
    for name in ("xmpp", "go-sendxmpp"):
        print(f"| {name} | {med(name, 0):.1f} | {med(name, 1):.1f} | {len(results[name])} / {runs} |")
    ratio = med("xmpp", 0) / med("go-sendxmpp", 0)
    print(f"\nxmpp / go-sendxmpp wall-time ratio: {ratio:.2f} (target <= 0.5)\n")
    print("(b) 1,000 messages until the receiver has them all (3 runs each; median time)")
    print()
    print("| mode | median s | exit codes | delivered per run |")
    print("|---|---|---|---|")
    labels = {"xmpp": "xmpp send --lines, stdin closed at EOF",
              "go-open": "go-sendxmpp -i, stdin a terminal held open",
              "go-closed": "go-sendxmpp -i, stdin a pipe closed at EOF"}
    for k, rows in batch.items():
        t = statistics.median(r[0] for r in rows)
        print(f"| {labels[k]} | {t:.3f} | {', '.join(str(r[1]) for r in rows)} | {', '.join(str(r[2]) for r in rows)} |")
    rx.stop()
    prosody.stop()


if __name__ == "__main__":
    main()
