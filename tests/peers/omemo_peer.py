#!/usr/bin/env python3
"""An OMEMO client that is not ours: slixmpp-omemo (python-omemo, oldmemo)
from PyPI, run from the virtual environment that scripts/test builds.

usage: omemo_peer.py JID PASSWORD HOST PORT CAFILE STORE.json

Prints one JSON line per event on stdout:
  {"ready": FULLJID, "device": ID, "fingerprint": "xxxxxxxx ..."}
  {"message": FROM, "body": TEXT, "device": SID, "encrypted": true}
  {"message": FROM, "body": TEXT, "encrypted": false}
  {"undecryptable": FROM, "error": TEXT}
  {"sent": [ID...]} / {"error": TEXT}      (answers to commands)
and reads one JSON command per line on stdin:
  {"send": JID, "body": TEXT}              encrypt (device lists fetched anew) and send
  {"send": JID, "body": TEXT, "tamper": true}  the same with one payload bit flipped
  {"send": JID, "bodies": [TEXT...], "order": [2, 0, 1]}  encrypted in turn, sent in that order
  {"devices": JID}                         prints {"devices": [ID...]} as cached after a refresh
  {"quit": true}
Trust: blind trust before verification, every device trusted.
"""
import asyncio
import base64
import json
import logging
import os
import sys
import xml.etree.ElementTree as ET

import omemo.storage
import slixmpp
from slixmpp.plugins import register_plugin
from slixmpp_omemo import TrustLevel, XEP_0384


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


class Storage(omemo.storage.Storage):
    def __init__(self, path):
        super().__init__()
        self.path = path
        self.data = {}
        if os.path.exists(path):
            with open(path) as f:
                self.data = json.load(f)

    def _save(self):
        tmp = self.path + ".tmp"
        with open(tmp, "w") as f:
            json.dump(self.data, f)
        os.replace(tmp, self.path)

    async def _load(self, key):
        if key in self.data:
            return omemo.storage.Just(self.data[key])
        return omemo.storage.Nothing()

    async def _store(self, key, value):
        self.data[key] = value
        self._save()

    async def _delete(self, key):
        self.data.pop(key, None)
        self._save()


class Omemo(XEP_0384):
    default_config = {"fallback_message": "This message is OMEMO encrypted.", "store_path": None}

    def plugin_init(self):
        self._store = Storage(self.store_path)
        super().plugin_init()

    @property
    def storage(self):
        return self._store

    @property
    def _btbv_enabled(self):
        return True

    async def _devices_blindly_trusted(self, blindly_trusted, identifier):
        pass

    async def _prompt_manual_trust(self, manually_trusted, identifier):
        sm = await self.get_session_manager()
        for device in manually_trusted:
            await sm.set_trust(device.bare_jid, device.identity_key, TrustLevel.TRUSTED.value)


register_plugin(Omemo)


class Peer(slixmpp.ClientXMPP):
    def __init__(self, jid, password, store):
        super().__init__(jid, password)
        self.enable_direct_tls = False
        for p in ("xep_0030", "xep_0060", "xep_0163", "xep_0184", "xep_0199", "xep_0280", "xep_0334"):
            self.register_plugin(p)
        self.register_plugin("xep_0384", {"store_path": store})
        self.add_event_handler("session_start", self.start)
        self.add_event_handler("message", self.on_message)

    async def start(self, _):
        self.send_presence()
        await self.get_roster()
        plugin = self.plugin["xep_0384"]
        sm = await plugin.get_session_manager()
        info, _ = await sm.get_own_device_information()
        emit({
            "ready": str(self.boundjid),
            "device": info.device_id,
            "fingerprint": " ".join(sm.format_identity_key(info.identity_key)),
        })
        asyncio.ensure_future(self.commands())

    async def on_message(self, msg):
        if msg["type"] not in ("chat", "normal"):
            return
        plugin = self.plugin["xep_0384"]
        sender = msg["from"].bare
        if not plugin.is_encrypted(msg):
            if msg["body"]:
                emit({"message": sender, "body": msg["body"], "encrypted": False})
            return
        try:
            decrypted, device = await plugin.decrypt_message(msg)
        except Exception as e:  # pylint: disable=broad-except
            emit({"undecryptable": sender, "error": f"{type(e).__name__}: {e}"})
            return
        if decrypted["body"]:
            emit({"message": sender, "body": decrypted["body"], "device": device.device_id, "encrypted": True})

    async def commands(self):
        loop = asyncio.get_event_loop()
        reader = asyncio.StreamReader(limit=1 << 24)
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        plugin = self.plugin["xep_0384"]
        while True:
            line = await reader.readline()
            if not line:
                break
            cmd = json.loads(line)
            try:
                if cmd.get("quit"):
                    break
                if "devices" in cmd:
                    to = slixmpp.JID(cmd["devices"])
                    await plugin.refresh_device_lists({to}, force_download=True)
                    sm = await plugin.get_session_manager()
                    infos = await sm.get_device_information(to.bare)
                    emit({"devices": sorted(i.device_id for i in infos)})
                    continue
                to = slixmpp.JID(cmd["send"])
                await plugin.refresh_device_lists({to}, force_download=True)
                bodies = cmd["bodies"] if "bodies" in cmd else [cmd["body"]]
                stanzas = []
                for body in bodies:
                    msg = self.make_message(mto=to, mtype="chat")
                    msg["body"] = body
                    encrypted, errors = await plugin.encrypt_message(msg, to)
                    if encrypted is None:
                        raise RuntimeError(f"nothing to send: {errors}")
                    if cmd.get("tamper"):
                        tamper(encrypted)
                    stanzas.append(encrypted)
                # "order": the encrypted messages sent in another order.
                for i in cmd.get("order", range(len(stanzas))):
                    stanzas[i].send()
                emit({"sent": [s["id"] for s in stanzas]})
            except Exception as e:  # pylint: disable=broad-except
                emit({"error": f"{type(e).__name__}: {e}"})
        self.disconnect()


def tamper(stanza):
    """Flips one bit of the OMEMO payload."""
    ns = "{eu.siacs.conversations.axolotl}"
    for el in stanza.xml.iter(ns + "payload"):
        data = bytearray(base64.b64decode(el.text))
        data[0] ^= 1
        el.text = base64.b64encode(bytes(data)).decode()


def main():
    jid, password, host, port, cafile, store = sys.argv[1:7]
    if password == "-":
        password = os.environ["PEER_PASSWORD"]
    logging.basicConfig(level=logging.ERROR)
    peer = Peer(jid, password, store)
    peer.ca_certs = cafile
    peer.connect(host, int(port))
    asyncio.get_event_loop().run_until_complete(peer.disconnected)


if __name__ == "__main__":
    main()
