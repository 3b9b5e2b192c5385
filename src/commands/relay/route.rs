//! The relay's routes: a name (`/alertmanager/NAME`, `/grafana/NAME`)
//! that decides the recipients and renders the message from the webhook's
//! payload with a template (minijinja; built-in ones for Alertmanager and
//! Grafana). Templates are compiled, and tried on a sample payload, at
//! start (`--check-config`), not at the first alert. Pure; unit-tested.

use std::collections::BTreeMap;

use jid::{BareJid, Jid};
use minijinja::Environment;

use crate::config::RelayRoute;
use crate::error::{bail, fail, Kind};
use crate::jidtools;

/// Which webhook a request came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Alertmanager,
    Grafana,
}

impl Source {
    pub fn name(self) -> &'static str {
        match self {
            Source::Alertmanager => "alertmanager",
            Source::Grafana => "grafana",
        }
    }
}

/// Alertmanager (webhook payload version 4): one line per alert, firing
/// and resolved told apart, with the summary or description when there is
/// one, and where to look.
pub const ALERTMANAGER: &str = "\
{%- for a in alerts -%}
{%- if a.status == 'resolved' %}[RESOLVED] {% else %}[FIRING] {% endif -%}
{{ a.labels.alertname }}
{%- if a.labels.severity %} ({{ a.labels.severity }}){% endif -%}
{%- if a.labels.instance %} on {{ a.labels.instance }}{% endif -%}
{%- if a.annotations.summary %}: {{ a.annotations.summary }}
{%- elif a.annotations.description %}: {{ a.annotations.description }}{% endif %}
{% endfor -%}";

/// Grafana (its webhook contact point): the title and message Grafana
/// rendered, else one line per alert as for Alertmanager.
pub const GRAFANA: &str = "\
{%- if title %}{{ title }}{% if message %}
{{ message }}{% endif %}
{%- else -%}
{%- for a in alerts -%}
{%- if a.status == 'resolved' %}[RESOLVED] {% else %}[FIRING] {% endif -%}
{{ a.labels.alertname }}{% if a.annotations.summary %}: {{ a.annotations.summary }}{% endif %}
{% endfor -%}
{%- endif %}";

/// Where a route's messages go.
#[derive(Debug, Clone)]
pub struct Target {
    /// Recipients of chat messages.
    pub to: Vec<Jid>,
    /// Rooms the relay keeps joined and sends group chat messages to.
    pub rooms: Vec<BareJid>,
    /// Whether a recipient's remote domain must confirm too (`confirm =
    /// "remote"`, the default) or our server's acknowledgement is enough.
    pub remote: bool,
}

/// The routes, their recipients and compiled templates.
pub struct Routes {
    env: Environment<'static>,
    routes: BTreeMap<String, Target>,
}

impl Routes {
    /// Check every route (valid recipients and rooms, templates that
    /// compile and render a sample payload).
    pub fn build(config: &BTreeMap<String, RelayRoute>) -> anyhow::Result<Routes> {
        let mut env = Environment::new();
        // Payloads vary (a Grafana alert without annotations, an
        // Alertmanager one without a severity): a lookup into something
        // missing is empty, not an error.
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
        let mut routes = BTreeMap::new();
        for (name, route) in config {
            let what = format!("[relay.routes.{name}]");
            if name.is_empty()
                || !name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                return bail(
                    Kind::Config,
                    format!(
                        "{what}: a route name is letters, digits, - and _ (it is part of the URL)"
                    ),
                );
            }
            if route.to.is_empty() && route.rooms.is_empty() {
                return bail(
                    Kind::Config,
                    format!(
                        "{what}: no recipient (\"to\" = [JID, ...] or \"rooms\" = [ROOM@SERVICE, ...])"
                    ),
                );
            }
            let to = route
                .to
                .iter()
                .map(|j| jidtools::jid_arg(j, &format!("{what} recipient")))
                .collect::<anyhow::Result<Vec<_>>>()?;
            let rooms = route
                .rooms
                .iter()
                .map(|r| {
                    let jid = jidtools::jid_arg(r, &format!("{what} room"))?;
                    if jid.node().is_none() || jid.resource().is_some() {
                        return bail(
                            Kind::Config,
                            format!(
                                "{what}: room {} is not ROOM@SERVICE (the nick is [relay] nick)",
                                crate::error::quoted(r)
                            ),
                        );
                    }
                    Ok(jid.to_bare())
                })
                .collect::<anyhow::Result<Vec<_>>>()?;
            let remote = match route.confirm.as_deref() {
                None | Some("remote") => true,
                Some("server") => false,
                Some(other) => {
                    return bail(
                        Kind::Config,
                        format!(
                            "{what}: confirm = {}: \"remote\" (the default) or \"server\"",
                            crate::error::quoted(other)
                        ),
                    )
                }
            };
            for source in [Source::Alertmanager, Source::Grafana] {
                let text = route.template.clone().unwrap_or_else(|| match source {
                    Source::Alertmanager => ALERTMANAGER.to_string(),
                    Source::Grafana => GRAFANA.to_string(),
                });
                env.add_template_owned(key(name, source), text)
                    .map_err(|e| {
                        fail(
                            Kind::Config,
                            format!("{what}: the template does not compile: {e:#}"),
                        )
                    })?;
            }
            routes.insert(name.clone(), Target { to, rooms, remote });
        }
        let built = Routes { env, routes };
        for name in built.routes.keys() {
            for source in [Source::Alertmanager, Source::Grafana] {
                built.render(name, source, &sample(source)).map_err(|e| {
                    fail(
                        Kind::Config,
                        format!(
                            "[relay.routes.{name}]: the template fails on a sample {} payload: {e}",
                            source.name()
                        ),
                    )
                })?;
            }
        }
        Ok(built)
    }

    pub fn names(&self) -> impl Iterator<Item = &String> {
        self.routes.keys()
    }

    /// Where a route sends, if there is one by that name.
    pub fn target(&self, name: &str) -> Option<&Target> {
        self.routes.get(name)
    }

    /// Every room a route sends to, once each.
    pub fn rooms(&self) -> Vec<BareJid> {
        let mut all: Vec<BareJid> = Vec::new();
        for r in self.routes.values().flat_map(|t| &t.rooms) {
            if !all.contains(r) {
                all.push(r.clone());
            }
        }
        all
    }

    /// The message for a payload: the template's output, trimmed; an
    /// error when it fails or renders nothing.
    pub fn render(
        &self,
        name: &str,
        source: Source,
        payload: &serde_json::Value,
    ) -> Result<String, String> {
        let template = self
            .env
            .get_template(&key(name, source))
            .map_err(|e| e.to_string())?;
        let text = template
            .render(minijinja::Value::from(minijinja::value::Serde(payload)))
            .map_err(|e| format!("{e:#}"))?;
        let text = text.trim();
        if text.is_empty() {
            return Err("the template rendered nothing for this payload".into());
        }
        Ok(text.to_string())
    }
}

fn key(name: &str, source: Source) -> String {
    format!("{}/{name}", source.name())
}

/// A payload of the kind each source sends, to try templates on.
fn sample(source: Source) -> serde_json::Value {
    let alert = serde_json::json!({
        "status": "firing",
        "labels": {"alertname": "Sample", "severity": "warning", "instance": "host:9100"},
        "annotations": {"summary": "a sample alert", "description": "checking the template"},
        "startsAt": "2026-01-01T00:00:00Z",
        "endsAt": "0001-01-01T00:00:00Z",
        "generatorURL": "http://prometheus/graph",
        "fingerprint": "0123456789abcdef"
    });
    let mut p = serde_json::json!({
        "version": "4",
        "groupKey": "{}:{alertname=\"Sample\"}",
        "truncatedAlerts": 0,
        "status": "firing",
        "receiver": "xmpp",
        "groupLabels": {"alertname": "Sample"},
        "commonLabels": {"alertname": "Sample"},
        "commonAnnotations": {},
        "externalURL": "http://alertmanager:9093",
        "alerts": [alert]
    });
    if source == Source::Grafana {
        p["title"] = "[FIRING:1] Sample".into();
        p["message"] = "a sample alert".into();
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(to: &[&str], template: Option<&str>) -> RelayRoute {
        RelayRoute {
            to: to.iter().map(|s| s.to_string()).collect(),
            rooms: vec![],
            confirm: None,
            template: template.map(str::to_string),
        }
    }

    fn routes(r: RelayRoute) -> anyhow::Result<Routes> {
        Routes::build(&[("ops".to_string(), r)].into())
    }

    #[test]
    fn the_built_in_templates_tell_firing_from_resolved() {
        let r = routes(route(&["ops@example.org"], None)).unwrap();
        let mut p = sample(Source::Alertmanager);
        let mut resolved = p["alerts"][0].clone();
        resolved["status"] = "resolved".into();
        resolved["labels"]["alertname"] = "DiskFull".into();
        resolved["annotations"] = serde_json::json!({"description": "back under 90 %"});
        p["alerts"].as_array_mut().unwrap().push(resolved);
        assert_eq!(
            r.render("ops", Source::Alertmanager, &p).unwrap(),
            "[FIRING] Sample (warning) on host:9100: a sample alert\n\
             [RESOLVED] DiskFull (warning) on host:9100: back under 90 %"
        );
        assert_eq!(
            r.render("ops", Source::Grafana, &sample(Source::Grafana))
                .unwrap(),
            "[FIRING:1] Sample\na sample alert"
        );
        assert_eq!(r.target("ops").unwrap().to.len(), 1);
        assert!(r.target("ops").unwrap().remote);
        assert!(r.target("dev").is_none());
    }

    #[test]
    fn a_route_template_sees_the_whole_payload() {
        let r = routes(route(
            &["ops@example.org"],
            Some("{{ status | upper }} {{ commonLabels.alertname }} x{{ alerts | length }}"),
        ))
        .unwrap();
        assert_eq!(
            r.render("ops", Source::Alertmanager, &sample(Source::Alertmanager))
                .unwrap(),
            "FIRING Sample x1"
        );
        // What the payload lacks renders empty, even looked into.
        let bare = serde_json::json!({"alerts": []});
        assert_eq!(r.render("ops", Source::Alertmanager, &bare).unwrap(), "x0");
        // A template that fails on some payload says why (a 422 names it);
        // one that renders nothing is an error too.
        let r = routes(route(
            &["a@b"],
            Some("{{ (alerts | length) // (alerts | length) }}"),
        ))
        .unwrap();
        assert!(r.render("ops", Source::Alertmanager, &bare).is_err());
        let r = routes(route(&["a@b"], Some("{% if alerts %}x{% endif %}"))).unwrap();
        let nothing = r.render("ops", Source::Alertmanager, &bare).unwrap_err();
        assert!(nothing.contains("nothing"), "{nothing}");
    }

    #[test]
    fn mistakes_are_found_at_start() {
        let err = |r: RelayRoute| routes(r).err().unwrap().to_string();
        assert!(err(route(&[], None)).contains("no recipient"));
        assert!(err(route(&["not a jid@@"], None)).contains("recipient"));
        assert!(err(route(&["a@b"], Some("{% for %}"))).contains("does not compile"));
        assert!(err(route(&["a@b"], Some("{{ alerts | nosuchfilter }}"))).contains("sample"));
        let mut only_rooms = route(&[], None);
        only_rooms.rooms = vec!["ops@muc.example.org".into(), "ops@muc.example.org".into()];
        only_rooms.confirm = Some("server".into());
        let r = routes(only_rooms.clone()).unwrap();
        assert_eq!(r.rooms().len(), 1, "each room once");
        assert!(!r.target("ops").unwrap().remote);
        only_rooms.rooms = vec!["muc.example.org".into()];
        assert!(err(only_rooms.clone()).contains("ROOM@SERVICE"));
        only_rooms.rooms = vec!["ops@muc.example.org/nick".into()];
        assert!(err(only_rooms.clone()).contains("ROOM@SERVICE"));
        only_rooms.rooms = vec![];
        only_rooms.confirm = Some("never".into());
        assert!(err(only_rooms).contains("no recipient"));
        let mut bad_confirm = route(&["a@b"], None);
        bad_confirm.confirm = Some("never".into());
        assert!(err(bad_confirm).contains("confirm"));
        let bad_name = Routes::build(&[("a/b".to_string(), route(&["a@b"], None))].into());
        assert!(bad_name.err().unwrap().to_string().contains("route name"));
    }
}
