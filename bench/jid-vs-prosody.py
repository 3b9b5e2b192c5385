#!/usr/bin/env python3
"""Differential: `xmpp jid validate --json` against Prosody's util.jid.

usage: jid-vs-prosody.py XMPP CORPUS

Runs both over CORPUS (one JID per line; Prosody through
bench/prosody-jid.lua and lua5.4) and sorts every line where they
disagree into the kinds README documents ("Which JIDs are valid"):

- domain-syntax: xmpp refuses a domain that is not a host name (IDNA
  UTS #46 with hyphen and DNS length checks, or an IP literal); Prosody
  applies nameprep only, so it takes `a@-x.org`, `a@x..org`, `a@x y.org`.
- unassigned-local-or-domain: xmpp refuses a local part or domain with a
  code point unassigned in Unicode 3.2 (an emoji, say): RFC 6122's stored
  strings, RFC 7622's IdentifierClass and IDNA2008 refuse it; Prosody
  prepares with unassigned code points allowed. (In a resource both
  allow them.)

Any other disagreement, or a line valid for both but prepared
differently, is unexplained: printed, and the exit code is 1. Prints a
Markdown table of the counts.
"""
import json
import os
import stringprep
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOMAIN_SYNTAX = (
    "domain is not a valid IDN",
    "IPv6 domain must be bracketed",
    "domain longer than 1023 bytes",
)


def split(jid):
    """RFC 7622 §3.1: resource after the first '/', local part before the first '@'."""
    rest, _, resource = jid.partition("/")
    local, at, domain = rest.partition("@")
    return (local, domain) if at else ("", rest)


def kind(line, ours, theirs):
    if ours["valid"] and theirs is not None:
        return None if ours["normalized"] == theirs else "prepared differently"
    if not ours["valid"] and theirs is None:
        return None
    if ours["valid"]:
        return "xmpp accepts, Prosody refuses"
    error = ours["error"]
    local, domain = split(line)
    if error in DOMAIN_SYNTAX or error.startswith("forbidden character U+") and error.endswith(" in domain"):
        return "domain-syntax"
    part = {"local part fails nodeprep": local, "domain fails nameprep": domain}.get(error)
    if part is not None and any(stringprep.in_table_a1(c) for c in part):
        return "unassigned-local-or-domain"
    return "xmpp refuses (" + error + "), Prosody accepts"


def main():
    xmpp, corpus = sys.argv[1], sys.argv[2]
    with open(corpus, "rb") as f:
        ours = subprocess.run([xmpp, "--json", "jid", "validate"], stdin=f, capture_output=True).stdout
    with open(corpus, "rb") as f:
        theirs = subprocess.run(["lua5.4", os.path.join(HERE, "prosody-jid.lua")], stdin=f,
                                capture_output=True, check=True).stdout
    ours = [json.loads(l) for l in ours.decode().split("\n") if l.startswith('{"line"')]
    theirs = theirs.decode("utf-8", "surrogateescape").split("\n")[:-1]
    lines = open(corpus, encoding="utf-8", errors="surrogateescape").read().split("\n")[:-1]
    if not (len(ours) == len(theirs) == len(lines)):
        sys.exit(f"line counts differ: corpus {len(lines)}, xmpp {len(ours)}, Prosody {len(theirs)}")
    counts, unexplained = Counter(), []
    for line, o, t in zip(lines, ours, theirs):
        k = kind(line, o, None if t == "\0" else t)
        counts["lines"] += 1
        counts["valid (xmpp)"] += o["valid"]
        counts["valid (Prosody)"] += t != "\0"
        if k:
            counts[k] += 1
            if k not in ("domain-syntax", "unassigned-local-or-domain"):
                unexplained.append((k, line, o, t))
    print("| lines | valid (xmpp) | valid (Prosody) | domain-syntax | unassigned-local-or-domain | unexplained |")
    print("|---|---|---|---|---|---|")
    print(f"| {counts['lines']} | {counts['valid (xmpp)']} | {counts['valid (Prosody)']} | "
          f"{counts['domain-syntax']} | {counts['unassigned-local-or-domain']} | {len(unexplained)} |")
    for k, line, o, t in unexplained[:20]:
        print(f"unexplained: {k}: {line!r}: xmpp {o['normalized'] or o['error']!r}, Prosody {t!r}")
    sys.exit(1 if unexplained else 0)


if __name__ == "__main__":
    main()
