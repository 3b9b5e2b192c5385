//! OMEMO's PEP nodes (XEP-0163): the device list
//! (`eu.siacs.conversations.axolotl.devicelist`) and one bundle per device
//! (`...bundles:ID`), fetched from anyone and published for our account
//! with publish-options `access_model=open`, so contacts without a
//! presence subscription can start sessions with us.

use anyhow::Result;
use jid::{BareJid, Jid};
use xmpp_parsers::data_forms::{DataForm, DataFormType, Field};
use xmpp_parsers::iq::Iq;
use xmpp_parsers::legacy_omemo as lo;
use xmpp_parsers::pubsub::pubsub::{Item, Items, Publish, PublishOptions};
use xmpp_parsers::pubsub::{ItemId, NodeName, PubSub};

use crate::connection::{self, Incoming, Session};
use crate::error::{bail, Kind};
use crate::ids::new_id;
use crate::omemo::keys;
use crate::omemo::ratchet::Bundle;
use crate::omemo::state::PublicBundle;

pub const DEVICELIST: &str = "eu.siacs.conversations.axolotl.devicelist";

pub fn bundle_node(device: u32) -> String {
    format!("eu.siacs.conversations.axolotl.bundles:{device}")
}

/// The answer to a pubsub request: the payload of its first item, `None`
/// when the node or the item does not exist.
async fn first_item(
    session: &mut Session,
    owner: &BareJid,
    node: &str,
    early: &mut Vec<Incoming>,
) -> Result<Option<minidom::Element>> {
    let iq =
        Iq::from_get(new_id(), PubSub::Items(Items::new(node))).with_to(Jid::from(owner.clone()));
    let (answer, others) = session.iq(iq).await?;
    early.extend(others);
    match answer {
        Iq::Result {
            payload: Some(p), ..
        } => match PubSub::try_from(p) {
            Ok(PubSub::Items(items)) => Ok(items.items.into_iter().next().and_then(|i| i.payload)),
            _ => Ok(None),
        },
        Iq::Result { payload: None, .. } => Ok(None),
        Iq::Error { error, .. } => {
            use xmpp_parsers::stanza_error::DefinedCondition as C;
            match error.defined_condition {
                // Prosody answers forbidden for the nodes of a user
                // who has none and shares nothing with us.
                C::ItemNotFound
                | C::ServiceUnavailable
                | C::FeatureNotImplemented
                | C::Forbidden
                | C::NotAuthorized => {
                    log::info!(
                        "{owner} has no {node} for us: {}",
                        connection::describe_stanza_error(&error)
                    );
                    Ok(None)
                }
                _ => bail(
                    Kind::Remote,
                    format!(
                        "{owner} refused to give its {node}: {}",
                        connection::describe_stanza_error(&error)
                    ),
                ),
            }
        }
        _ => Ok(None),
    }
}

/// A JID's OMEMO devices; `None` when it publishes no device list.
pub async fn device_list(
    session: &mut Session,
    owner: &BareJid,
    early: &mut Vec<Incoming>,
) -> Result<Option<Vec<u32>>> {
    let Some(el) = first_item(session, owner, DEVICELIST, early).await? else {
        return Ok(None);
    };
    let list = lo::DeviceList::try_from(el).map_err(|e| {
        crate::error::fail(
            Kind::Remote,
            format!("{owner} publishes a malformed OMEMO device list: {e}"),
        )
    })?;
    Ok(Some(list.devices.into_iter().map(|d| d.id).collect()))
}

/// One device's bundle; `Err` names what is wrong with it.
pub async fn bundle(
    session: &mut Session,
    owner: &BareJid,
    device: u32,
    early: &mut Vec<Incoming>,
) -> Result<std::result::Result<Bundle, String>> {
    let Some(el) = first_item(session, owner, &bundle_node(device), early).await? else {
        return Ok(Err("it publishes no bundle".into()));
    };
    Ok(parse_bundle(el))
}

fn parse_bundle(el: minidom::Element) -> std::result::Result<Bundle, String> {
    let b = lo::Bundle::try_from(el).map_err(|e| format!("its bundle is malformed: {e}"))?;
    let spk = b
        .signed_pre_key_public
        .ok_or("its bundle has no signed prekey")?;
    let sig = b
        .signed_pre_key_signature
        .ok_or("its bundle has no signature")?;
    let ik = b.identity_key.ok_or("its bundle has no identity key")?;
    let prekeys = b
        .prekeys
        .map(|p| {
            p.keys
                .into_iter()
                .filter_map(|k| keys::parse(&k.data).map(|pk| (k.pre_key_id, pk)))
                .collect()
        })
        .unwrap_or_default();
    Ok(Bundle {
        identity: keys::parse(&ik.data).ok_or("its identity key is malformed")?,
        signed_prekey_id: spk.signed_pre_key_id.unwrap_or(0),
        signed_prekey: keys::parse(&spk.data).ok_or("its signed prekey is malformed")?,
        signature: sig.data,
        prekeys,
    })
}

fn open_access() -> PublishOptions {
    PublishOptions {
        form: Some(DataForm::new(
            DataFormType::Submit,
            "http://jabber.org/protocol/pubsub#publish-options",
            vec![Field::text_single("pubsub#access_model", "open")],
        )),
    }
}

async fn publish(
    session: &mut Session,
    node: String,
    payload: minidom::Element,
    early: &mut Vec<Incoming>,
) -> Result<()> {
    let what = node.clone();
    let publish = PubSub::Publish {
        publish: Publish {
            node: NodeName(node),
            items: vec![Item {
                id: Some(ItemId("current".into())),
                publisher: None,
                payload: Some(payload),
            }],
        },
        publish_options: Some(open_access()),
    };
    let (answer, others) = session.iq(Iq::from_set(new_id(), publish)).await?;
    early.extend(others);
    if let Iq::Error { error, .. } = answer {
        return bail(
            Kind::Remote,
            format!(
                "the server refused to publish {what} (OMEMO needs PEP with publish-options): {}",
                connection::describe_stanza_error(&error)
            ),
        );
    }
    Ok(())
}

pub async fn publish_devices(
    session: &mut Session,
    devices: &[u32],
    early: &mut Vec<Incoming>,
) -> Result<()> {
    let list = lo::DeviceList {
        devices: devices.iter().map(|&id| lo::Device { id }).collect(),
    };
    publish(session, DEVICELIST.to_string(), list.into(), early).await
}

pub async fn publish_bundle(
    session: &mut Session,
    device: u32,
    b: &PublicBundle,
    early: &mut Vec<Incoming>,
) -> Result<()> {
    let bundle = lo::Bundle {
        signed_pre_key_public: Some(lo::SignedPreKeyPublic {
            signed_pre_key_id: Some(b.signed_prekey_id),
            data: b.signed_prekey.to_vec(),
        }),
        signed_pre_key_signature: Some(lo::SignedPreKeySignature {
            data: b.signature.clone(),
        }),
        identity_key: Some(lo::IdentityKey {
            data: b.identity.to_vec(),
        }),
        prekeys: Some(lo::Prekeys {
            keys: b
                .prekeys
                .iter()
                .map(|(id, k)| lo::PreKeyPublic {
                    pre_key_id: *id,
                    data: k.to_vec(),
                })
                .collect(),
        }),
    };
    publish(session, bundle_node(device), bundle.into(), early).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bundle_from_the_xep_parses() {
        // XEP-0384 v0.3's example shape, with our own keys.
        let id = keys::KeyPair::generate();
        let spk = keys::KeyPair::generate();
        let sig = id.sign(&keys::serialize(&spk.public));
        let b64 = |b: &[u8]| {
            use base64::Engine as _;
            base64::engine::general_purpose::STANDARD.encode(b)
        };
        let xml = format!(
            "<bundle xmlns='eu.siacs.conversations.axolotl'>\
             <signedPreKeyPublic signedPreKeyId='1'>{}</signedPreKeyPublic>\
             <signedPreKeySignature>{}</signedPreKeySignature>\
             <identityKey>{}</identityKey>\
             <prekeys><preKeyPublic preKeyId='7'>{}</preKeyPublic></prekeys></bundle>",
            b64(&keys::serialize(&spk.public)),
            b64(&sig),
            b64(&keys::serialize(&id.public)),
            b64(&keys::serialize(&spk.public)),
        );
        let b = parse_bundle(xml.parse().unwrap()).unwrap();
        assert_eq!(b.identity, id.public);
        assert_eq!(b.prekeys, vec![(7, spk.public)]);
        assert!(keys::verify(
            &b.identity,
            &keys::serialize(&b.signed_prekey),
            &b.signature
        ));
        let missing = "<bundle xmlns='eu.siacs.conversations.axolotl'/>";
        assert!(parse_bundle(missing.parse().unwrap()).is_err());
    }
}
