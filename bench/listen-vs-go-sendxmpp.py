#!/usr/bin/env python3
"""Benchmark `xmpp listen --json` against `go-sendxmpp -l` and xmppc.

usage: /usr/bin/python3 bench/listen-vs-go-sendxmpp.py [--count N]

A slixmpp sender (tests/peers/sender.py) pushes N messages (default 5,000)
to a listening account on a throwaway Prosody; measured per listener: time
from the sender's start until the listener printed the last message, the
gap between the sender finishing and that last line, listener CPU (user +
system from the kernel's accounting of the exited process, wait4) and peak
RSS. Release build. Prints a Markdown table.

xmppc (C, libstrophe) has no option for a server address: it connects to
the JID's domain, so this Prosody listens on 127.0.0.1:5222, which must be
free. It runs under `stdbuf -oL` (line-buffered, as on a terminal): fully
buffered, the last messages would sit in its stdio buffer.
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time

from common import REPO, Prosody, xmpp_binary
PW = "bench-password"


def main():
    count = 5000
    if "--count" in sys.argv:
        count = int(sys.argv[sys.argv.index("--count") + 1])
    for tool in ("prosody", "go-sendxmpp", "xmppc", "stdbuf"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is not installed")
    XMPP = xmpp_binary()
    try:
        socket.create_connection(("127.0.0.1", 5222), timeout=1).close()
        sys.exit("127.0.0.1:5222 is in use; xmppc can only connect there")
    except OSError:
        pass
    prosody = Prosody("listen-bench", [("alice", PW), ("bob", PW)], c2s_port=5222)
    c2s, ca = prosody.c2s, prosody.ca
    marker = re.compile(r"message (\d+): emoji")

    def send():
        env = dict(os.environ, SENDER_PASSWORD=PW)
        t0 = time.perf_counter()
        subprocess.run(["/usr/bin/python3", os.path.join(REPO, "tests/peers/sender.py"), "alice@localhost", "-",
                        "127.0.0.1", str(c2s), ca, "bob@localhost", "--count", str(count)],
                       env=env, check=True, stdout=subprocess.DEVNULL)
        return t0, time.perf_counter()

    def run_listener(name, cmd, env, ready):
        p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if ready:
            for line in p.stderr:
                if ready in line:
                    break
        else:
            time.sleep(2)  # go-sendxmpp says nothing when it is online
        seen = set()
        last = [0.0]
        all_seen = threading.Event()

        def reader():
            for line in p.stdout:
                for m in marker.finditer(line):
                    seen.add(int(m.group(1)))
                    last[0] = time.perf_counter()
                if len(seen) >= count:
                    all_seen.set()
        threading.Thread(target=reader, daemon=True).start()
        threading.Thread(target=lambda: [None for _ in p.stderr], daemon=True).start()
        t0, t_sent = send()
        all_seen.wait(120)
        p.terminate()
        # The kernel's own count for the whole process (all its threads),
        # not 10 ms ticks.
        _, _, usage = os.wait4(p.pid, 0)
        p.returncode = 0
        cpu = usage.ru_utime + usage.ru_stime
        rss = usage.ru_maxrss
        return {
            "name": name, "received": len(seen), "total": last[0] - t0, "gap": last[0] - t_sent,
            "sender": t_sent - t0, "cpu_ms": cpu * 1000, "rss_mb": rss / 1024,
        }

    rows = []
    xmpp_env = dict(os.environ, XMPP_PASSWORD=PW)
    rows.append(run_listener("xmpp listen --json", [XMPP, "-v", "--server", f"127.0.0.1:{c2s}", "--ca-file", ca,
                                                    "-j", "bob@localhost", "--json", "listen"], xmpp_env,
                             "listening as"))
    go_env = dict(os.environ, SSL_CERT_FILE=ca)
    rows.append(run_listener("go-sendxmpp -l", ["go-sendxmpp", "-l", "-u", "bob@localhost", "-p", PW,
                                                "-j", f"127.0.0.1:{c2s}"], go_env, None))
    home = os.path.join(prosody.dir, "xmppc-home")
    os.makedirs(os.path.join(home, ".config"), exist_ok=True)
    open(os.path.join(home, ".config", "xmppc.conf"), "w").close()
    xmppc_env = dict(os.environ, HOME=home, SSL_CERT_FILE=ca)
    rows.append(run_listener("xmppc -m monitor stanza", ["stdbuf", "-oL", "xmppc", "-j", "bob@localhost", "-p", PW,
                                                          "-m", "monitor", "stanza"], xmppc_env, None))
    print(f"{count} messages from a slixmpp sender (tests/peers/sender.py) to a listening account")
    print()
    print("| listener | received | sender done s | last line s | gap after sender s | listener CPU ms | peak RSS MB |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['name']} | {r['received']} | {r['sender']:.2f} | {r['total']:.2f} | {r['gap']:.3f} | "
              f"{r['cpu_ms']:.1f} | {r['rss_mb']:.1f} |")
    xmpp, xmppc = rows[0], rows[-1]
    if xmppc["cpu_ms"]:
        print()
        print(f"xmpp / xmppc listener CPU: **{xmpp['cpu_ms'] / xmppc['cpu_ms']:.2f}**")
    prosody.stop()


if __name__ == "__main__":
    main()
