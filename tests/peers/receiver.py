#!/usr/bin/env python3
"""An XMPP client that is not ours (slixmpp): logs in, prints "ready FULLJID"
once online, then one JSON line per received message (it also answers
disco#info, ping and version IQs, and never answers an IQ whose payload is
<query xmlns='urn:xmpp-cli:test:silent'/>), and exits after --count
messages or --idle seconds without one.

usage: receiver.py JID PASSWORD HOST PORT CAFILE [--count N] [--idle SECS] [--presence]
                   [--room ROOM NICK [--moderate]] [--spoof-receipt ID]
A mediated invitation prints {"invited_to", "by", "reason"}.
With --room, a new subject prints {"subject_changed", "from"}, and a destroyed room prints {"destroyed", "alternate", "reason"}.
With --moderate (a moderator of ROOM) a chat message "kick NICK" makes it
kick NICK from ROOM (role none), printing {"kicked": NICK}.
With --spoof-receipt it answers every message with a receipt for ID too.
With --room it joins ROOM as NICK first and prints its messages too.
With --presence it also prints {"presence": TYPE, "from", "status"} lines
and accepts (and returns) subscription requests.
The password comes from the RECEIVER_PASSWORD environment variable when
PASSWORD is "-".
"""
import asyncio
import json
import logging
import os
import sys

import slixmpp

from muc import join_room


def main():
    args = sys.argv[1:]
    count = None
    presence = "--presence" in args
    if presence:
        args.remove("--presence")
    moderate = "--moderate" in args
    if moderate:
        args.remove("--moderate")
    room = None
    if "--room" in args:
        i = args.index("--room")
        room = (args[i + 1], args[i + 2])
        del args[i:i + 3]
    spoof = None
    if "--spoof-receipt" in args:
        i = args.index("--spoof-receipt")
        spoof = args[i + 1]
        del args[i:i + 2]
    idle = 10.0
    if "--count" in args:
        i = args.index("--count")
        count = int(args[i + 1])
        del args[i:i + 2]
    if "--idle" in args:
        i = args.index("--idle")
        idle = float(args[i + 1])
        del args[i:i + 2]
    jid, password, host, port, cafile = args
    if password == "-":
        password = os.environ["RECEIVER_PASSWORD"]
    logging.basicConfig(level=logging.ERROR)

    xmpp = slixmpp.ClientXMPP(jid, password)
    xmpp.ca_certs = cafile
    # Answer disco, ping, version and receipt requests like a real client.
    for plugin in ("xep_0030", "xep_0045", "xep_0066", "xep_0092", "xep_0184", "xep_0199"):
        xmpp.register_plugin(plugin)
    # A query nobody answers, ever: IQs in this namespace are swallowed,
    # so a test can watch a wait for an answer that never comes.
    from slixmpp.xmlstream.handler import Callback
    from slixmpp.xmlstream.matcher import MatchXPath
    xmpp.register_handler(Callback(
        "silent", MatchXPath("{jabber:client}iq/{urn:xmpp-cli:test:silent}query"),
        lambda iq: None))
    loop = asyncio.get_event_loop()
    done = loop.create_future()
    state = {"n": 0, "last": loop.time()}

    async def on_start(_):
        xmpp.send_presence()
        xmpp.get_roster()
        if room:
            await join_room(xmpp, room[0], room[1])
        state["ready"] = True
        print("ready", xmpp.boundjid.full, flush=True)

    def on_message(msg):
        if msg["type"] == "groupchat" and room and msg["mucnick"] == room[1]:
            return  # our own reflection
        if not msg["body"]:
            return  # receipts and chat states
        if moderate and room and msg["type"] == "chat" and msg["body"].startswith("kick "):
            nick = msg["body"][len("kick "):]
            loop.create_task(kick(nick))
            return
        if spoof:
            # A hostile contact: confirm a message that went to someone else.
            from xml.sax.saxutils import quoteattr
            xmpp.send_raw(f"<message to={quoteattr(str(msg['from']))}><received xmlns='urn:xmpp:receipts' id={quoteattr(spoof)}/></message>")
        state["n"] += 1
        state["last"] = loop.time()
        print(json.dumps({
            "from": str(msg["from"]),
            "type": msg["type"],
            "body": msg["body"],
            "subject": msg["subject"],
            "thread": msg["thread"],
            "id": msg["id"],
            "oob": msg["oob"]["url"],
        }), flush=True)
        if count is not None and state["n"] >= count and not done.done():
            done.set_result(None)

    async def kick(nick):
        await xmpp.plugin["xep_0045"].set_role(room[0], nick, "none", reason="kicked by the test")
        print(json.dumps({"kicked": nick}), flush=True)

    def on_failed(_):
        print("auth failed", file=sys.stderr, flush=True)
        if not done.done():
            done.set_result(None)

    def on_presence(p):
        if p["type"] in ("error", "probe"):
            return
        print(json.dumps({
            "presence": p["type"],
            "from": str(p["from"]),
            "status": p["status"],
        }), flush=True)

    def on_subscribe(p):
        # Accept subscription requests, so a test can watch presence.
        xmpp.send_presence(pto=p["from"].bare, ptype="subscribed")
        xmpp.send_presence(pto=p["from"].bare, ptype="subscribe")

    told = set()

    def on_unavailable(p):
        # A room destroyed under us (XEP-0045 §10.9): say where to go.
        ns = "{http://jabber.org/protocol/muc#user}"
        destroy = p.xml.find(f"{ns}x/{ns}destroy")
        if room and destroy is not None and p["id"] not in told:
            told.add(p["id"])
            reason = destroy.find(f"{ns}reason")
            print(json.dumps({
                "destroyed": str(p["from"].bare),
                "alternate": destroy.get("jid", ""),
                "reason": reason.text if reason is not None else "",
            }), flush=True)

    def on_subject(msg):
        # The subject a join brings comes before "ready": not a change.
        if room and not msg["body"] and state.get("ready"):
            print(json.dumps({"subject_changed": msg["subject"], "from": str(msg["from"])}),
                  flush=True)

    def on_invite(msg):
        # A mediated invitation (XEP-0045 §7.8.2), through the room.
        ns = "{http://jabber.org/protocol/muc#user}"
        invite = msg.xml.find(f"{ns}x/{ns}invite")
        if invite is None:
            return
        reason = invite.find(f"{ns}reason")
        print(json.dumps({
            "invited_to": str(msg["from"].bare),
            "by": invite.get("from", ""),
            "reason": reason.text if reason is not None else "",
        }), flush=True)

    xmpp.add_event_handler("groupchat_invite", on_invite)
    xmpp.add_event_handler("groupchat_subject", on_subject)
    xmpp.add_event_handler("presence_unavailable", on_unavailable)
    xmpp.add_event_handler("groupchat_presence", on_unavailable)
    if presence:
        xmpp.add_event_handler("presence", on_presence)
        xmpp.add_event_handler("presence_subscribe", on_subscribe)
    xmpp.add_event_handler("session_start", on_start)
    xmpp.add_event_handler("message", on_message)
    xmpp.add_event_handler("failed_auth", on_failed)

    async def watchdog():
        while not done.done():
            await asyncio.sleep(0.1)
            if loop.time() - state["last"] > idle:
                done.set_result(None)

    xmpp.connect(address=(host, int(port)))
    loop.create_task(watchdog())
    loop.run_until_complete(done)
    xmpp.disconnect()
    loop.run_until_complete(asyncio.sleep(0.2))


if __name__ == "__main__":
    main()
