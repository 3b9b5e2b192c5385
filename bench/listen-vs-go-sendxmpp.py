#!/usr/bin/env python3
"""Benchmark `xmpp listen --json` against `go-sendxmpp -l`.

usage: /usr/bin/python3 bench/listen-vs-go-sendxmpp.py [--count N]

A slixmpp sender (tests/peers/sender.py) pushes N messages (default 5,000)
to a listening account on a throwaway Prosody; measured per listener: time
from the sender's start until the listener printed the last message, the
gap between the sender finishing and that last line, listener CPU and peak
RSS. Release build. Prints a Markdown table.
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
XMPP = os.environ.get("XMPP_BIN") or os.path.join(REPO, "target", "release", "xmpp")
PW = "bench-password"


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def proc_cpu(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def proc_rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def main():
    count = 5000
    if "--count" in sys.argv:
        count = int(sys.argv[sys.argv.index("--count") + 1])
    for tool in ("prosody", "go-sendxmpp"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is not installed")
    if not os.path.exists(XMPP):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
    d = f"/tmp/xmpp-cli-listen-bench-{os.getpid()}"
    c2s, tls = free_port(), free_port()
    script = os.path.join(REPO, "scripts/local-prosody")
    subprocess.run([script, "setup", d, str(c2s), str(tls)], check=True, stdout=subprocess.DEVNULL)
    server = subprocess.Popen([script, "run", d, str(os.getpid())])
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", c2s)).close()
            break
        except OSError:
            time.sleep(0.05)
    for user in ("alice", "bob"):
        subprocess.run([script, "adduser", d, user, "localhost", PW], check=True)
    ca = os.path.join(d, "ca.pem")
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
        cpu = proc_cpu(p.pid)
        rss = proc_rss_kb(p.pid)
        p.terminate()
        p.wait()
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
    print(f"{count} messages from a slixmpp sender (tests/peers/sender.py) to a listening account")
    print()
    print("| listener | received | sender done s | last line s | gap after sender s | listener CPU ms | peak RSS MB |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['name']} | {r['received']} | {r['sender']:.2f} | {r['total']:.2f} | {r['gap']:.3f} | "
              f"{r['cpu_ms']:.0f} | {r['rss_mb']:.1f} |")
    server.terminate()


if __name__ == "__main__":
    main()
