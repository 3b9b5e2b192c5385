#!/usr/bin/env python3
"""An XMPP client that is not ours (slixmpp) that sends messages.

usage: sender.py JID PASSWORD HOST PORT CAFILE TO --count N [--room NICK] [--query] [--body TEXT] [--raw XML] [--raw-file PATH]
The password comes from SENDER_PASSWORD when PASSWORD is "-". Message i
(1-based) has the body returned by body(i) below; the tests rebuild it.
With --room NICK, TO is a room: join it as NICK first and send groupchat.
Before disconnecting it pings the server, so everything sent was handled.
Prints "sent N" at the end. With --query, TO is a full JID to ping and
ask for disco#info instead; prints {"ping": true, "features": [...]}.
"""
import json
import asyncio
import logging
import os
import sys

import slixmpp

from muc import join_room


def body(i):
    return f"message {i}: emoji \U0001F680, <tag> & ampersand\nsecond line {i}"


def main():
    args = sys.argv[1:]
    count = int(args[args.index("--count") + 1])
    del args[args.index("--count"):args.index("--count") + 2]
    room_nick = None
    if "--room" in args:
        room_nick = args[args.index("--room") + 1]
        del args[args.index("--room"):args.index("--room") + 2]
    query = "--query" in args
    if query:
        args.remove("--query")
    raw = None
    if "--raw" in args:
        raw = args[args.index("--raw") + 1]
        del args[args.index("--raw"):args.index("--raw") + 2]
    if "--raw-file" in args:
        # Too large for an argument (a stanza nested 30,000 deep).
        with open(args[args.index("--raw-file") + 1], encoding="utf-8") as f:
            raw = f.read()
        del args[args.index("--raw-file"):args.index("--raw-file") + 2]
    fixed_body = None
    if "--body" in args:
        fixed_body = args[args.index("--body") + 1]
        del args[args.index("--body"):args.index("--body") + 2]
    jid, password, host, port, cafile, to = args
    if password == "-":
        password = os.environ["SENDER_PASSWORD"]
    logging.basicConfig(level=logging.ERROR)
    xmpp = slixmpp.ClientXMPP(jid, password)
    xmpp.ca_certs = cafile
    for plugin in ("xep_0030", "xep_0045", "xep_0199"):
        xmpp.register_plugin(plugin)
    loop = asyncio.get_event_loop()
    done = loop.create_future()

    async def on_start(_):
        xmpp.send_presence()
        if query:
            await xmpp.plugin["xep_0199"].ping(jid=to, timeout=10)
            info = await xmpp.plugin["xep_0030"].get_info(jid=to, timeout=10)
            features = sorted(info["disco_info"]["features"])
            print(json.dumps({"ping": True, "features": features}), flush=True)
            done.set_result(None)
            return
        if raw:
            # A hostile stanza, written as it is, before the messages.
            xmpp.send_raw(raw)
        mtype = "chat"
        if room_nick:
            await join_room(xmpp, to, room_nick)
            mtype = "groupchat"
        for i in range(1, count + 1):
            if fixed_body and "\r" in fixed_body:
                # A carriage return survives XML only as a character
                # reference (a raw one is read as a newline).
                from xml.sax.saxutils import escape, quoteattr
                text = escape(fixed_body).replace("\r", "&#13;")
                xmpp.send_raw(f"<message to={quoteattr(to)} type='{mtype}'><body>{text}</body></message>")
            else:
                xmpp.send_message(mto=to, mbody=fixed_body or body(i), mtype=mtype)
            if i % 100 == 0:
                await asyncio.sleep(0)
        await xmpp.plugin["xep_0199"].ping(jid=xmpp.boundjid.domain, timeout=30)
        print(f"sent {count}", flush=True)
        done.set_result(None)

    xmpp.add_event_handler("session_start", on_start)
    xmpp.add_event_handler("failed_auth", lambda _: done.set_exception(SystemExit("auth failed")))
    xmpp.connect(address=(host, int(port)))
    loop.run_until_complete(done)
    xmpp.disconnect()
    loop.run_until_complete(asyncio.sleep(0.3))


if __name__ == "__main__":
    main()
