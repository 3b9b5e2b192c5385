#!/usr/bin/env python3
"""Generate a mixed JID corpus, one per line, deterministic for a seed.

usage: gen-jids.py [--count N] [--seed S] [--distinct-unicode] > corpus.txt

Mix: ~55% plain ASCII (random case, some resources), ~15% Unicode local
parts and IDN domains, ~8% long resources, ~5% IPv4/IPv6 literals, ~17%
invalid (doubled '@', spaces, empty parts, forbidden characters, bad
labels, overlong parts).

With --distinct-unicode the ~15% Unicode lines are not drawn from a short
list: every non-ASCII local part, domain label and resource is made up
afresh (and is different from every other, by a counter written in the
script's own letters), from Latin, Greek, Cyrillic, Arabic, Hebrew,
Devanagari, Han and Kana. Most are already prepared (lower case, NFC), as
real names are; the rest carry upper case, decomposed accents (NFD),
compatibility characters, soft hyphens and other mapped-to-nothing
characters, bidi text (right-to-left names, mixed with left-to-right ones,
which stringprep refuses), emoji and symbols (Unicode after 3.2) and
prohibited characters (controls, private use, bidi controls).
"""
import random
import sys

# Letters of each script: lower case (prepared), upper case where the
# script has it. Code point ranges, all assigned in Unicode 3.2.
SCRIPTS = {
    "latin": ("abcdefghijklmnopqrstuvwxyzßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿāăąćčďđēęěğīıłńňőœřśşšťūůűźżž",
              "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÖØÙÚÛÜÝĀĂĄĆČĎĐĒĘĚĞĪŁŃŇŐŒŘŚŞŠŤŪŮŰŹŻŽ"),
    "greek": ("αβγδεζηθικλμνξοπρστυφχψωάέήίόύώς", "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΆΈΉΊΌΎΏ"),
    "cyrillic": ("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ", "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐ"),
    "arabic": ("ابتثجحخدذرزسشصضطظعغفقكلمنهوي", ""),
    "hebrew": ("אבגדהוזחטיכלמנסעפצקרשת", ""),
    "devanagari": ("अआइईउऊऋएऐओऔकखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह", ""),
    "han": ("张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾韦夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文", ""),
    "kana": ("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエオカキクケコサシスセソタチツテト", ""),
}
RTL = ("arabic", "hebrew")
# Compatibility characters (NFKC changes them), mapped-to-nothing ones
# (RFC 3454 B.1), post-3.2 symbols (unassigned in stringprep's tables),
# and characters every profile prohibits (C.2, C.3, C.8).
COMPAT = "ﬀﬁﬂ①②ⅣⅫＡＢｃｄ０１２㎏㎞ｶﾅ¼½ſ"
TO_NOTHING = "\u00ad\u200b\u2060\ufe0f\u180b"
EMOJI = "🚀📱💻🎉😀🔥✅🦀🌍🐍"
PROHIBITED = "\u0001\u007f\u0085\ue000\U000f0000\u200e\u202e\u2028\ufeff"


def in_script(rnd, letters, n):
    """n (a counter) in the script's letters, then 0-4 random letters."""
    digits = []
    while True:
        digits.append(letters[n % len(letters)])
        n //= len(letters)
        if n == 0:
            break
    return "".join(digits) + "".join(rnd.choice(letters) for _ in range(rnd.randint(0, 4)))


class Distinct:
    """Unicode parts that never repeat: a counter spelled in a script."""

    def __init__(self, rnd):
        self.rnd = rnd
        self.n = 0

    def word(self, script=None):
        rnd = self.rnd
        self.n += 1
        script = script or rnd.choice(list(SCRIPTS))
        lower, upper = SCRIPTS[script]
        w = in_script(rnd, lower, self.n)
        r = rnd.random()
        if r < 0.10 and upper:  # upper case somewhere (mapped by nodeprep)
            i = rnd.randrange(len(w))
            w = w[:i] + rnd.choice(upper) + w[i + 1:]
        elif r < 0.16:  # decomposed (not NFC)
            w = w + rnd.choice("\u0301\u0308\u0327\u030c")
        elif r < 0.20:  # a compatibility character
            w = w + rnd.choice(COMPAT)
        elif r < 0.22:  # mapped to nothing
            i = rnd.randrange(len(w) + 1)
            w = w[:i] + rnd.choice(TO_NOTHING) + w[i:]
        return w, script

    def local(self):
        rnd = self.rnd
        w, script = self.word()
        r = rnd.random()
        if r < 0.03:  # RTL and LTR mixed: refused by the bidi rule
            w = w + self.word("latin" if script in RTL else "hebrew")[0]
        elif r < 0.05:  # a prohibited character
            i = rnd.randrange(len(w) + 1)
            w = w[:i] + rnd.choice(PROHIBITED) + w[i:]
        elif r < 0.07:  # an emoji (unassigned in Unicode 3.2)
            w = w + rnd.choice(EMOJI)
        elif r < 0.10 and script not in RTL:  # a dot or digits inside, still prepared
            w = w + rnd.choice([".", "-", "_", "2"]) + self.word(script)[0]
        return w

    def domain(self, tlds):
        rnd = self.rnd
        script = rnd.choice(["latin", "greek", "cyrillic", "han", "kana", "arabic", "hebrew", "devanagari"])
        label = self.word(script)[0]
        if script in RTL:
            tld = rnd.choice(["xn--mgbab2bd", "xn--4dbrk0ce"])  # an RTL label
        else:
            tld = rnd.choice(tlds)
        return label + "." + tld

    def resource(self):
        rnd = self.rnd
        w, _ = self.word()
        r = rnd.random()
        if r < 0.25:
            w = rnd.choice(EMOJI) + " " + w  # user@example.org/🚀 phone
        elif r < 0.35:
            w = w + " " + self.word()[0]
        elif r < 0.38:
            w = w + rnd.choice(PROHIBITED)
        return w


def main():
    args = sys.argv[1:]
    count, seed = 1_000_000, 1
    if "--count" in args:
        count = int(args[args.index("--count") + 1])
    if "--seed" in args:
        seed = int(args[args.index("--seed") + 1])
    distinct = "--distinct-unicode" in args
    rnd = random.Random(seed)
    fresh = Distinct(random.Random(seed + 1))
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

    def resource():
        # The one non-ASCII resource of the list repeats; not so with --distinct-unicode.
        pick = rnd.choice(resources)
        return fresh.resource() if distinct and not pick.isascii() else pick

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
                jid += "/" + resource()
            if rnd.random() < 0.05:
                jid = dom  # domain-only JID
        elif r < 0.70 and distinct:
            local = fresh.local()
            dom = fresh.domain(tlds) if rnd.random() < 0.4 else rnd.choice(hosts) + "." + rnd.choice(tlds)
            jid = local + "@" + dom
            if rnd.random() < 0.3:
                jid += "/" + fresh.resource()
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
                jid += "/" + resource()
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
