#!/usr/bin/env python3
"""1,000 Alertmanager notifications, from the POST to the message at bob,
through `xmpp relay` and through prometheus-xmpp-alerts (PyPI, in
target/pxa-venv), both logged in to one throwaway Prosody (on port 5222:
prometheus-xmpp-alerts cannot be told another), in one run. Each
notification (webhook payload version 4) carries one alert with a unique
summary; 4 senders post at once, as Alertmanager's workers do. Reports
the throughput (notifications delivered per second, POST of the first to
arrival of the last) and the latency from each POST to its arrival at
the slixmpp receiver (p50, p99). prometheus-xmpp-alerts answers before
anything was sent; the relay after our server confirmed.

usage: bench/relay-vs-pxa.py [--count N]
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import REPO, Prosody, Receiver, free_port, xmpp_binary  # noqa: E402

TOKEN = "bench-token-0123456789abcdef"
SENDERS = 4


def venv():
    """target/pxa-venv with prometheus-xmpp-alerts, made once."""
    path = os.path.join(REPO, "target", "pxa-venv")
    python = os.path.join(path, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", path], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "prometheus-xmpp-alerts==0.6.0"], check=True)
    return python


def payload(tag):
    alert = {"status": "firing", "labels": {"alertname": "Bench", "instance": tag},
             "annotations": {"summary": tag}, "startsAt": "2026-01-01T00:00:00Z",
             "endsAt": "0001-01-01T00:00:00Z", "generatorURL": "", "fingerprint": tag}
    return json.dumps({"version": "4", "groupKey": tag, "truncatedAlerts": 0, "status": "firing",
                       "receiver": "xmpp", "groupLabels": {}, "commonLabels": alert["labels"],
                       "commonAnnotations": {}, "externalURL": "", "alerts": [alert]}).encode()


def wait_http(url, headers):
    for _ in range(600):
        try:
            req = urllib.request.Request(url, headers=headers)
            if urllib.request.urlopen(req, timeout=2).status == 200:
                return
        except Exception:
            pass
        time.sleep(0.1)
    raise SystemExit(f"{url} never answered 200")


def run(name, url, headers, count, rx):
    tags = [f"{name}-{i:05d}" for i in range(count)]
    posted = {}
    todo = list(tags)
    lock = threading.Lock()

    def sender():
        while True:
            with lock:
                if not todo:
                    return
                tag = todo.pop(0)
            req = urllib.request.Request(url, data=payload(tag), method="POST",
                                         headers=dict(headers, **{"Content-Type": "application/json"}))
            posted[tag] = time.perf_counter()
            urllib.request.urlopen(req, timeout=60).read()

    t0 = time.perf_counter()
    threads = [threading.Thread(target=sender) for _ in range(SENDERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    deadline = time.perf_counter() + 120
    arrived = {}
    while time.perf_counter() < deadline and len(arrived) < count:
        with rx.cond:
            for body, at in rx.bodies.items():
                for tag in tags:
                    if tag not in arrived and tag in body:
                        arrived[tag] = at
            rx.cond.wait(0.5)
    assert len(arrived) == count, f"{name}: {len(arrived)} of {count} arrived"
    lat = sorted((arrived[t] - posted[t]) * 1000 for t in tags)
    span = max(arrived.values()) - t0
    return count / span, statistics.median(lat), lat[int(len(lat) * 0.99) - 1]


def main():
    count = 1000
    if "--count" in sys.argv:
        count = int(sys.argv[sys.argv.index("--count") + 1])
    xmpp = xmpp_binary()
    python = venv()
    server = Prosody("pxa-bench", [("alice", "pw"), ("bob", "pw"), ("carol", "pw")], c2s_port=5222)
    rx = Receiver(server.c2s, server.ca, "pw")
    work = tempfile.mkdtemp(prefix="xmpp-cli-pxa-bench-")
    with open(os.path.join(work, "relay.toml"), "w") as f:
        f.write('[relay]\ntoken_env = "RELAY_TOKEN"\n\n[relay.routes.ops]\nto = ["bob@localhost"]\n')
    relay_port, pxa_port = free_port(), free_port()
    relay = subprocess.Popen(
        [xmpp, "--server", f"127.0.0.1:{server.c2s}", "--ca-file", server.ca, "--jid", "alice@localhost",
         # No mod_limits on the bench's Prosody: no pacing (--rate 0).
         "--config", os.path.join(work, "relay.toml"), "relay", "--rate", "0",
         "--listen", f"127.0.0.1:{relay_port}"],
        env=dict(os.environ, XMPP_PASSWORD="pw", RELAY_TOKEN=TOKEN), stderr=subprocess.DEVNULL)
    with open(os.path.join(work, "pxa.yml"), "w") as f:
        f.write(f"jid: carol@localhost\npassword: pw\nto_jid: bob@localhost\n"
                f"listen_address: 127.0.0.1\nlisten_port: {pxa_port}\n")
    pxa = subprocess.Popen([python, "-m", "prometheus_xmpp", "--config", os.path.join(work, "pxa.yml")],
                           env=dict(os.environ, SSL_CERT_FILE=server.ca),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    wait_http(f"http://127.0.0.1:{relay_port}/healthz", {})
    wait_http(f"http://127.0.0.1:{pxa_port}/health", {})
    results = {
        "xmpp relay": run("relay", f"http://127.0.0.1:{relay_port}/alertmanager/ops", auth, count, rx),
        "prometheus-xmpp-alerts": run("pxa", f"http://127.0.0.1:{pxa_port}/alert", {}, count, rx),
    }
    for p in (relay, pxa):
        p.terminate()
        p.wait()
    rx.stop()
    server.stop()
    print(f"{count} notifications each, {SENDERS} senders at once; every one arrived at the slixmpp receiver.")
    print()
    print("| | delivered per second | p50 POST → arrival | p99 POST → arrival |")
    print("|---|---|---|---|")
    for name, (rate, p50, p99) in results.items():
        print(f"| {name} | {rate:.0f} | {p50:.1f} ms | {p99:.1f} ms |")
    print()
    r, x = results["xmpp relay"], results["prometheus-xmpp-alerts"]
    print(f"relay / prometheus-xmpp-alerts: throughput {r[0] / x[0]:.2f}x, p50 latency {r[1] / x[1]:.2f}x, "
          f"p99 latency {r[2] / x[2]:.2f}x")


if __name__ == "__main__":
    main()
