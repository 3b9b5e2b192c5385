#!/usr/bin/env python3
"""1,000 messages: `xmpp send --lines` against a raw-socket floor, on one
throwaway Prosody, alternating in one run (issue #18, target 4).

usage: /usr/bin/python3 bench/batch-vs-rawpush.py [--runs N]

  xmpp     `xmpp send --lines bob` with 1,000 lines on stdin, timed from
           the process start until the slixmpp receiver has all 1,000.
  rawpush  the floor: in this process (no interpreter start counted), a
           socket that does STARTTLS, SASL PLAIN and bind with no checks
           beyond what the server says (TCP_QUICKACK re-armed before each
           read, as xmpp does), then writes the 1,000 messages, serialized
           beforehand (the same stanzas xmpp writes, id and origin-id
           included), in one write; timed from its connect until the
           receiver has all 1,000.

Both verify the server certificate; both wait for nothing but the
receiver. Prints a Markdown table with the ratio.
"""
import base64
import os
import socket
import ssl
import statistics
import subprocess
import sys
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Prosody, Receiver, xmpp_binary  # noqa: E402

PW_A, PW_B = "bench-password-alice", "bench-password-bob"
N = 1000
HEADER = (b"<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
          b"xmlns:stream='http://etherx.jabber.org/streams' to='localhost' version='1.0'>")


def read_until(sock, token, buf=b""):
    while token not in buf:
        # As xmpp does while logging in: ACK at once, so the server's
        # Nagle-held second write does not wait for our delayed ACK.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
        chunk = sock.recv(65536)
        if not chunk:
            raise RuntimeError(f"closed before {token!r}: {buf[-200:]!r}")
        buf += chunk
    return buf.split(token, 1)[1]


def rawpush(port, ca, payload):
    sock = socket.create_connection(("127.0.0.1", port))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.sendall(HEADER)
    read_until(sock, b"</stream:features>")
    sock.sendall(b"<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>")
    read_until(sock, b"<proceed")
    ctx = ssl.create_default_context(cafile=ca)
    tls = ctx.wrap_socket(sock, server_hostname="localhost")
    tls.sendall(HEADER)
    read_until(tls, b"</stream:features>")
    auth = base64.b64encode(b"\0alice\0" + PW_A.encode())
    tls.sendall(b"<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>" + auth + b"</auth>")
    read_until(tls, b"<success")
    tls.sendall(HEADER)
    read_until(tls, b"</stream:features>")
    tls.sendall(b"<iq type='set' id='b'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/></iq>")
    read_until(tls, b"</iq>")
    tls.sendall(payload)
    return tls


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;")


def main():
    runs = 11
    if "--runs" in sys.argv:
        runs = int(sys.argv[sys.argv.index("--runs") + 1])
    xmpp = xmpp_binary()
    prosody = Prosody("rawpush", [("alice", PW_A), ("bob", PW_B)])
    rx = Receiver(prosody.c2s, prosody.ca, PW_B)
    env = dict(os.environ, XMPP_PASSWORD=PW_A)
    cmd = [xmpp, "--server", f"127.0.0.1:{prosody.c2s}", "--ca-file", prosody.ca,
           "-j", "alice@localhost", "send", "--lines", "bob@localhost"]

    def first_arrival(bodies):
        with rx.cond:
            return min(rx.bodies[b] for b in bodies)

    def run_xmpp():
        bodies = [f"x{uuid.uuid4().hex[:8]}-{k}" for k in range(N)]
        data = ("\n".join(bodies) + "\n").encode()
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, env=env)
        p.stdin.write(data)
        p.stdin.close()
        ok = rx.wait_for(bodies, 60)
        elapsed = time.perf_counter() - t0
        return (elapsed, first_arrival(bodies) - t0) if ok and p.wait() == 0 else None

    def run_raw():
        bodies = [f"r{uuid.uuid4().hex[:8]}-{k}" for k in range(N)]
        # The very stanzas xmpp writes (its id and origin-id included),
        # so the two differ in how they are sent, not in what.
        payload = "".join(
            f"<message xmlns='jabber:client' id='xc-{k:016x}' to='bob@localhost' type='chat'>"
            f"<body>{escape(b)}</body><origin-id xmlns='urn:xmpp:sid:0' id='xc-{k:016x}'/></message>"
            for k, b in enumerate(bodies)).encode()
        t0 = time.perf_counter()
        tls = rawpush(prosody.c2s, prosody.ca, payload)
        ok = rx.wait_for(bodies, 60)
        elapsed = time.perf_counter() - t0
        tls.sendall(b"</stream:stream>")
        tls.close()
        return (elapsed, first_arrival(bodies) - t0) if ok else None

    run_xmpp(), run_raw()  # warm-up
    times = {"xmpp": [], "rawpush": []}
    for _ in range(runs):
        for name, f in (("xmpp", run_xmpp), ("rawpush", run_raw)):
            t = f()
            if t is not None:
                times[name].append(t)
    rx.stop()
    prosody.stop()
    floor = statistics.median(t for t, _ in times["rawpush"])
    print(f"| sender | median s until the receiver has all {N} | first message s | ok / runs | vs floor |")
    print("|---|---|---|---|---|")
    for name, ts in times.items():
        m = statistics.median(t for t, _ in ts)
        first = statistics.median(f for _, f in ts)
        print(f"| {name} | {m:.3f} | {first:.3f} | {len(ts)} / {runs} | {m / floor:.2f} |")


if __name__ == "__main__":
    main()
