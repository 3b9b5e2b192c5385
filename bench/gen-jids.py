#!/usr/bin/env python3
"""Generate a mixed JID corpus, one per line, deterministic for a seed.

usage: gen-jids.py [--count N] [--seed S] > corpus.txt

Mix: ~55% plain ASCII (random case, some resources), ~15% Unicode local
parts and IDN domains, ~8% long resources, ~5% IPv4/IPv6 literals, ~17%
invalid (doubled '@', spaces, empty parts, forbidden characters, bad
labels, overlong parts).
"""
import random
import sys


def main():
    args = sys.argv[1:]
    count, seed = 1_000_000, 1
    if "--count" in args:
        count = int(args[args.index("--count") + 1])
    if "--seed" in args:
        seed = int(args[args.index("--seed") + 1])
    rnd = random.Random(seed)
    lower = "abcdefghijklmnopqrstuvwxyz"
    alnum = lower + lower.upper() + "0123456789"
    words = ["alice", "bob", "Carol", "dave", "ops", "alerts", "noc", "Juliet", "romeo", "admin", "build-bot"]
    tlds = ["org", "com", "net", "de", "IM", "example", "co.uk", "chat"]
    hosts = ["example", "jabber", "xmpp", "conference.example", "Mail", "chat-server", "a1"]
    uni_local = ["jürgen", "fußball", "π", "Σίσυφος", "ĳssel", "müller", "ñandú", "дмитрий", "张伟", "さくら",
                 "henry\u2163", "\u265a", "ǅemal", "İstanbul", "ﬀoo", "o\u0308la", "العربية"]
    uni_domain = ["münchen.de", "пример.рф", "例え.テスト", "exämple.com", "bücher.example", "xn--mnchen-3ya.de"]
    resources = ["phone", "laptop", "Gajim", "conversations.x7Yz", "work pc", "res/with/slashes", "a@b", "♚"]
    out = sys.stdout
    buf = []

    def rand_str(alpha, lo, hi):
        return "".join(rnd.choice(alpha) for _ in range(rnd.randint(lo, hi)))

    for _ in range(count):
        r = rnd.random()
        if r < 0.55:
            local = rnd.choice(words) + (rand_str("0123456789", 0, 3) if rnd.random() < 0.5 else "")
            if rnd.random() < 0.2:
                local = rand_str(alnum + "._-+", 1, 20)
            dom = rnd.choice(hosts) + "." + rnd.choice(tlds)
            jid = local + "@" + dom
            if rnd.random() < 0.3:
                jid += "/" + rnd.choice(resources)
            if rnd.random() < 0.05:
                jid = dom  # domain-only JID
        elif r < 0.70:
            local = rnd.choice(uni_local)
            dom = rnd.choice(uni_domain) if rnd.random() < 0.4 else rnd.choice(hosts) + "." + rnd.choice(tlds)
            jid = local + "@" + dom
            if rnd.random() < 0.3:
                jid += "/" + rnd.choice(resources + ["Телефон", "téléphone"])
        elif r < 0.78:
            jid = rnd.choice(words) + "@" + rnd.choice(hosts) + ".org/" + rand_str(alnum + " -_.", 200, 1023)
        elif r < 0.83:
            if rnd.random() < 0.5:
                ip = ":".join("%x" % rnd.randint(0, 0xffff) for _ in range(8))
                if rnd.random() < 0.3:
                    ip = "2001:db8::%x" % rnd.randint(1, 0xffff)
                jid = rnd.choice(words) + "@[" + ip + "]"
            else:
                jid = rnd.choice(words) + "@" + ".".join(str(rnd.randint(0, 255)) for _ in range(4))
            if rnd.random() < 0.3:
                jid += "/" + rnd.choice(resources)
        else:
            kind = rnd.randint(0, 9)
            w, d = rnd.choice(words), rnd.choice(hosts) + "." + rnd.choice(tlds)
            jid = [
                w + "@@" + d,
                w + " x@" + d,
                "@" + d,
                w + "@",
                w + "@" + d + "/",
                w + "<x>@" + d,
                w + "@-" + d,
                w + "@" + d.replace(".", ".."),
                "a" * 1024 + "@" + d,
                w + "@" + "l" * 64 + ".com",
            ][kind]
        buf.append(jid)
        if len(buf) >= 10000:
            out.write("\n".join(buf) + "\n")
            buf = []
    if buf:
        out.write("\n".join(buf) + "\n")


if __name__ == "__main__":
    main()
