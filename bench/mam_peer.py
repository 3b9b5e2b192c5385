#!/usr/bin/env python3
"""slixmpp's MAM iterator as the benchmark peer of `xmpp history`: log in,
page through the archive with WITH (XEP-0313 over XEP-0059, pages of 250
asked), print one line per message body, exit.

usage: mam_peer.py JID PORT CAFILE WITH     (password in PEER_PASSWORD)
"""
import asyncio
import os
import ssl
import sys

import slixmpp


class Exporter(slixmpp.ClientXMPP):
    def __init__(self, jid, password, with_jid):
        super().__init__(jid, password)
        self.with_jid = with_jid
        self.count = 0
        for plugin in ("xep_0030", "xep_0059", "xep_0313"):
            self.register_plugin(plugin)
        self.add_event_handler("session_start", self.start)

    async def start(self, _event):
        out = sys.stdout
        async for message in self["xep_0313"].iterate(with_jid=slixmpp.JID(self.with_jid),
                                                      rsm={"max": 250}):
            out.write(message["mam_result"]["forwarded"]["stanza"]["body"].replace("\n", " ") + "\n")
            self.count += 1
        out.flush()
        self.disconnect()


def main():
    jid, port, cafile, with_jid = sys.argv[1:5]
    xmpp = Exporter(jid, os.environ["PEER_PASSWORD"], with_jid)
    xmpp.ssl_context = ssl.create_default_context(cafile=cafile)
    xmpp.connect(("127.0.0.1", int(port)))
    asyncio.get_event_loop().run_until_complete(xmpp.disconnected)


if __name__ == "__main__":
    main()
