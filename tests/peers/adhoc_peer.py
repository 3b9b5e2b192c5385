#!/usr/bin/env python3
"""An XMPP client that is not ours (slixmpp) offering one multi-stage
ad-hoc command (XEP-0050), node "wizard": stage 1 asks for "name"
(required; next), stage 2 for "color" (list-single red|blue; prev,
complete); completing answers the note "NAME likes COLOR". Prints "ready
FULLJID", then one JSON line per step ("slow" is the same command whose
second stage comes 30 s late, printing {"waiting": true} first): {"stage": N, "via": ACTION},
{"completed": {"name", "color"}}, {"canceled": true}.

usage: adhoc_peer.py JID HOST PORT CAFILE   (password: RECEIVER_PASSWORD)
"""
import asyncio
import json
import logging
import os
import sys

import slixmpp


def emit(obj):
    print(json.dumps(obj), flush=True)


def main():
    jid, host, port, cafile = sys.argv[1:5]
    logging.basicConfig(level=logging.ERROR)
    xmpp = slixmpp.ClientXMPP(jid, os.environ["RECEIVER_PASSWORD"])
    xmpp.ca_certs = cafile
    for plugin in ("xep_0004", "xep_0030", "xep_0050", "xep_0199"):
        xmpp.register_plugin(plugin)

    def canceled(_iq, session):
        emit({"canceled": True})

    def stage1(session, via):
        form = xmpp["xep_0004"].make_form("form", "Wizard: who")
        form.add_field(var="name", ftype="text-single", label="Your name", required=True)
        session.update(payload=form, next=stage2, has_next=True, allow_prev=False,
                       allow_complete=False, prev=None, cancel=canceled)
        emit({"stage": 1, "via": via})
        return session

    def start(_iq, session):
        return stage1(session, "execute")

    def stage2(payload, session):
        session["name"] = payload.get_values().get("name", "")
        form = xmpp["xep_0004"].make_form("form", "Wizard: colour")
        form.add_field(var="color", ftype="list-single", label="Colour", required=True,
                       options=[{"label": "Red", "value": "red"}, {"label": "Blue", "value": "blue"}])
        # slixmpp offers prev only beside next: "next" here finishes too.
        session.update(payload=form, next=finish, has_next=True, allow_prev=True,
                       allow_complete=True, prev=back, cancel=canceled)
        emit({"stage": 2, "via": "next", "name": session["name"]})
        return session

    async def slow_next(payload, session):
        # The second stage comes late: long enough for a test to
        # interrupt the caller while it waits.
        emit({"waiting": True})
        await asyncio.sleep(30)
        return stage2(payload, session)

    def slow(_iq, session):
        session = stage1(session, "execute")
        session["next"] = slow_next
        return session

    def back(_payload, session):
        return stage1(session, "prev")

    def finish(payload, session):
        color = payload.get_values().get("color", "")
        session["payload"] = None
        session["next"] = None
        session["notes"] = [("info", f"{session['name']} likes {color}")]
        emit({"completed": {"name": session["name"], "color": color}})
        return session

    async def on_start(_):
        xmpp.send_presence()
        xmpp["xep_0050"].add_command(node="wizard", name="Wizard", handler=start)
        xmpp["xep_0050"].add_command(node="slow", name="Slow wizard", handler=slow)
        print("ready", xmpp.boundjid.full, flush=True)

    xmpp.add_event_handler("session_start", on_start)
    xmpp.connect(address=(host, int(port)))
    asyncio.get_event_loop().run_until_complete(asyncio.sleep(120))


if __name__ == "__main__":
    main()
