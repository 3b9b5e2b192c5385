"""What both slixmpp peers do with rooms."""


async def join_room(xmpp, room, nick):
    """Join a room; a room this join created is unlocked as an instant
    room (XEP-0045 §10.1.2), as real clients do: a stock Prosody or
    ejabberd keeps a new room locked to everyone else until its owner
    configures it."""
    presence, _subject, _occupants, _history = await xmpp.plugin["xep_0045"].join_muc_wait(
        room, nick, maxstanzas=0)
    if 201 in presence["muc"]["status_codes"]:
        form = xmpp.plugin["xep_0004"].make_form(ftype="submit")
        await xmpp.plugin["xep_0045"].set_room_config(room, form)
