#!/usr/bin/env python3
"""Benchmark `xmpp jid validate` against slixmpp's JID class.

usage: /usr/bin/python3 bench/jid-vs-slixmpp.py [--count N] [--corpus repeated|distinct|both]

Generates the mixed corpus with bench/gen-jids.py (default 1,000,000 lines;
"repeated": Unicode parts drawn from short lists, "distinct": with
--distinct-unicode, every Unicode part different; default both), times
`xmpp jid validate --quiet` and `--json` (release build, median of 11;
stdin is the corpus file, output goes to /dev/null), and slixmpp
validating the same lines in one pass. Also checks, over the whole
corpus, that the fast paths and the jid crate alone give byte-identical
JSON output, and runs the differential against Prosody's util.jid
(bench/jid-vs-prosody.py). Prints Markdown tables.
"""
import hashlib
import os
import statistics
import subprocess
import sys
import time

from common import REPO, xmpp_binary


XMPP = None
RUNS = 11


def run_timed(args, corpus, out=subprocess.DEVNULL):
    with open(corpus, "rb") as f:
        t0 = time.perf_counter()
        p = subprocess.run(args, stdin=f, stdout=out, stderr=subprocess.DEVNULL)
        return time.perf_counter() - t0, p


def main():
    count = 1_000_000
    if "--count" in sys.argv:
        count = int(sys.argv[sys.argv.index("--count") + 1])
    which = sys.argv[sys.argv.index("--corpus") + 1] if "--corpus" in sys.argv else "both"
    global XMPP
    XMPP = xmpp_binary()
    failed = False
    for distinct in {"repeated": [False], "distinct": [True], "both": [False, True]}[which]:
        failed |= one_corpus(count, distinct)
    sys.exit(1 if failed else 0)


def one_corpus(count, distinct):
    flags = ["--count", str(count)] + (["--distinct-unicode"] if distinct else [])
    corpus = f"/tmp/xmpp-cli-jid-corpus-{count}{'-distinct' if distinct else ''}.txt"
    if not os.path.exists(corpus):
        with open(corpus, "w") as f:
            subprocess.run(["/usr/bin/python3", os.path.join(REPO, "bench/gen-jids.py"), *flags],
                           stdout=f, check=True)
    size = os.path.getsize(corpus)

    rows = []
    for label, args in [
        ("xmpp jid validate --quiet", [XMPP, "-q", "jid", "validate"]),
        ("xmpp jid validate --json", [XMPP, "--json", "jid", "validate"]),
        ("xmpp jid validate --quiet --jobs 1", [XMPP, "-q", "jid", "validate", "--jobs", "1"]),
        ("xmpp jid validate --quiet --no-fast-path", [XMPP, "-q", "jid", "validate", "--no-fast-path"]),
    ]:
        times = [run_timed(args, corpus)[0] for _ in range(RUNS)]
        rows.append((label, statistics.median(times)))

    # The Python peer: slixmpp's JID class, one pass.
    peer = (
        "import sys, time\n"
        "from slixmpp.jid import JID, InvalidJID\n"
        "lines = open(sys.argv[1], encoding='utf-8', errors='replace').read().split('\\n')[:-1]\n"
        "t0 = time.perf_counter(); bad = 0\n"
        "for l in lines:\n"
        "    try: JID(l)\n"
        "    except InvalidJID: bad += 1\n"
        "print(time.perf_counter() - t0, bad)\n"
    )
    out = subprocess.run(["/usr/bin/python3", "-c", peer, corpus], capture_output=True, text=True, check=True)
    peer_time, peer_bad = out.stdout.split()
    rows.append(("slixmpp JID() (Python, one core)", float(peer_time)))

    # Differential check over the whole corpus.
    digests = []
    for extra in ([], ["--no-fast-path"]):
        p = subprocess.run([XMPP, "--json", "jid", "validate", *extra], stdin=open(corpus, "rb"),
                           capture_output=True)
        digests.append(hashlib.sha256(p.stdout).hexdigest())
    invalid = subprocess.run([XMPP, "--json", "jid", "validate"], stdin=open(corpus, "rb"),
                             capture_output=True).stdout.count(b'"valid":false')

    unicode = sum(1 for l in open(corpus, "rb") if not l.isascii())
    print(f"### Corpus: bench/gen-jids.py {' '.join(flags)}")
    print()
    print(f"{count} lines, {size / 1e6:.1f} MB, {unicode} with non-ASCII characters, {invalid} invalid "
          f"per xmpp ({peer_bad} per slixmpp)")
    print(f"Machine: {os.cpu_count()} cores; "
          f"{subprocess.run([XMPP, '--version'], capture_output=True, text=True).stdout.strip()}")
    print()
    print(f"| command | seconds (median of {RUNS}) | lines/s |")
    print("|---|---|---|")
    for label, t in rows:
        print(f"| {label} | {t:.3f} | {count / t / 1e6:.2f} M |")
    print()
    for (label, t), floor in zip(rows, (10, 5)):
        rate = count / t / 1e6
        print(f"Target `{label}` ≥ {floor} M lines/s: {'met' if rate >= floor else 'NOT met'} ({rate:.2f} M)")
    print()
    same = digests[0] == digests[1]
    print(f"Differential check (fast path vs jid crate alone, --json over the whole corpus): "
          f"{'identical' if same else 'DIFFERENT'} (sha256 {digests[0][:16]})")
    print()
    print("Differential against Prosody's util.jid (bench/jid-vs-prosody.py):")
    print()
    prosody = subprocess.run(["/usr/bin/python3", os.path.join(REPO, "bench/jid-vs-prosody.py"), XMPP, corpus],
                             capture_output=True, text=True)
    print(prosody.stdout.rstrip())
    print()
    return not same or prosody.returncode != 0


if __name__ == "__main__":
    main()
