"""Shared by the benchmark scripts: the release binary, a throwaway Prosody
on loopback (scripts/local-prosody), and per-process CPU readings."""
import json
import os
import socket
import subprocess
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPT = os.path.join(REPO, "scripts", "local-prosody")


def xmpp_binary():
    """$XMPP_BIN, else target/release/xmpp (built if missing)."""
    path = os.environ.get("XMPP_BIN") or os.path.join(REPO, "target", "release", "xmpp")
    if not os.path.exists(path):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
    return path


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Prosody:
    """A Prosody in /tmp, stopped and removed when this process exits."""

    def __init__(self, tag, users, c2s_rate=None, c2s_port=None):
        """c2s_rate: enable mod_limits with this client read rate (e.g.
        "100kb/s"), so Prosody throttles what it reads from clients.
        c2s_port: this port instead of a free one (5222 for a peer that
        cannot be told another)."""
        self.dir = f"/tmp/xmpp-cli-{tag}-{os.getpid()}"
        self.c2s, tls = c2s_port or free_port(), free_port()
        subprocess.run([SCRIPT, "setup", self.dir, str(self.c2s), str(tls)], check=True,
                       stdout=subprocess.DEVNULL)
        if c2s_rate:
            cfg = os.path.join(self.dir, "prosody.cfg.lua")
            with open(cfg) as f:
                text = f.read()
            text = text.replace('"blocklist";', '"blocklist"; "limits";', 1)
            text = text.replace("\nmodules_enabled", f'\nlimits = {{ c2s = {{ rate = "{c2s_rate}"; burst = "1s" }} }}\nmodules_enabled', 1)
            with open(cfg, "w") as f:
                f.write(text)
        self.proc = subprocess.Popen([SCRIPT, "run", self.dir, str(os.getpid())])
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", self.c2s)).close()
                break
            except OSError:
                time.sleep(0.05)
        for user, password in users:
            subprocess.run([SCRIPT, "adduser", self.dir, user, "localhost", password], check=True)
        self.ca = os.path.join(self.dir, "ca.pem")
        found = subprocess.run(["pgrep", "-n", "-f", f"lua.*prosody --config {self.dir}/prosody.cfg.lua"],
                               capture_output=True, text=True).stdout.split()
        self.pid = int(found[0]) if found else None

    def stop(self):
        self.proc.terminate()


def proc_cpu(pid):
    """User+system CPU seconds of a running process."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, TypeError):
        return 0.0


class Receiver:
    """The slixmpp receiver (tests/peers/receiver.py) as bob@localhost:
    when each body arrived."""
    def __init__(self, port, ca, password):
        env = dict(os.environ, RECEIVER_PASSWORD=password)
        self.proc = subprocess.Popen(
            ["/usr/bin/python3", os.path.join(REPO, "tests/peers/receiver.py"), "bob@localhost", "-",
             "127.0.0.1", str(port), ca, "--idle", "3600"],
            stdout=subprocess.PIPE, env=env, text=True)
        self.bodies = {}
        self.cond = threading.Condition()
        first = self.proc.stdout.readline().strip()
        assert first.startswith("ready"), first
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            msg = json.loads(line)
            with self.cond:
                # go-sendxmpp -i keeps the line's newline in the body.
                self.bodies[msg["body"].rstrip("\n")] = time.perf_counter()
                self.cond.notify_all()

    def wait_for(self, bodies, timeout):
        deadline = time.perf_counter() + timeout
        with self.cond:
            while not all(b in self.bodies for b in bodies):
                left = deadline - time.perf_counter()
                if left <= 0:
                    return False
                self.cond.wait(left)
        return True

    def count(self, bodies):
        with self.cond:
            return sum(1 for b in bodies if b in self.bodies)

    def stop(self):
        """End the receiver: it shares our stderr, so one left behind keeps
        `bench/run`'s output pipe open (it waits an hour for messages)."""
        self.proc.kill()
        self.proc.wait()
