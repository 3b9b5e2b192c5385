//! The `<encrypted xmlns='eu.siacs.conversations.axolotl'>` element in a
//! message: built from what `State::encrypt` returns (with the EME hint
//! of XEP-0380, a store hint and a short plain fallback body), and read
//! back for `State::decrypt`.

use xmpp_parsers::eme::ExplicitMessageEncryption;
use xmpp_parsers::legacy_omemo as lo;
use xmpp_parsers::message::Message;

use crate::omemo::state::Encrypted;
use crate::omemo::NS;

/// The body a client without OMEMO shows instead.
pub const FALLBACK: &str =
    "This message is encrypted with OMEMO; your client does not support it or cannot decrypt it.";

/// Replaces a message's body (and nothing else) by its encryption.
pub fn seal(mut msg: Message, enc: Encrypted) -> Message {
    msg.bodies.clear();
    msg.bodies.insert(
        xmpp_parsers::message::Lang(String::new()),
        FALLBACK.to_string(),
    );
    let header = lo::Header {
        sid: enc.sid,
        keys: enc
            .keys
            .into_iter()
            .map(|(_, rid, data, prekey)| lo::Key { rid, prekey, data })
            .collect(),
        iv: lo::IV {
            data: enc.iv.to_vec(),
        },
    };
    msg.payloads.push(
        lo::Encrypted {
            header,
            payload: enc.payload.map(|data| lo::Payload { data }),
        }
        .into(),
    );
    msg.payloads.push(
        ExplicitMessageEncryption {
            namespace: NS.to_string(),
            name: Some("OMEMO".to_string()),
        }
        .into(),
    );
    msg.payloads
        .push(minidom::Element::builder("store", "urn:xmpp:hints").build());
    msg
}

/// The OMEMO element of a message, if it has one. `Err` for an element
/// in the OMEMO namespace that does not parse.
pub fn find(msg: &Message) -> Option<Result<lo::Encrypted, String>> {
    let el = msg.payloads.iter().find(|p| p.is("encrypted", NS))?;
    Some(lo::Encrypted::try_from(el.clone()).map_err(|e| e.to_string()))
}
