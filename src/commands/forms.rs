//! XEP-0004 data forms on the command line: a form as JSON (fields with
//! their types, labels, options and required markers) and as text, the
//! answers a user gives (`--field VAR=VALUE`, repeatable for lists, or a
//! JSON object), and the submit form made from them, checked before
//! anything is sent: a required field left empty, a field the form does
//! not have, a value not among a list's options are usage errors naming
//! the field. Pure; unit-tested.

use std::collections::BTreeMap;

use xmpp_parsers::data_forms::{DataForm, DataFormType, Field, FieldType};

use crate::error::{bail, Kind};

/// A field type's name on the wire.
pub fn type_name(t: &FieldType) -> &'static str {
    match t {
        FieldType::Boolean => "boolean",
        FieldType::Fixed => "fixed",
        FieldType::Hidden => "hidden",
        FieldType::JidMulti => "jid-multi",
        FieldType::JidSingle => "jid-single",
        FieldType::ListMulti => "list-multi",
        FieldType::ListSingle => "list-single",
        FieldType::TextMulti => "text-multi",
        FieldType::TextPrivate => "text-private",
        FieldType::TextSingle => "text-single",
    }
}

fn form_type_name(t: &DataFormType) -> &'static str {
    match t {
        DataFormType::Cancel => "cancel",
        DataFormType::Form => "form",
        DataFormType::Result_ => "result",
        DataFormType::Submit => "submit",
    }
}

#[derive(Debug, serde::Serialize)]
pub struct FormJson {
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    pub fields: Vec<FieldJson>,
}

#[derive(Debug, serde::Serialize)]
pub struct FieldJson {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub var: Option<String>,
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub required: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionJson>,
    pub values: Vec<String>,
}

#[derive(Debug, serde::Serialize)]
pub struct OptionJson {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub value: String,
}

/// The form as JSON. A private field's values are left out (`***`).
pub fn to_json(form: &DataForm) -> FormJson {
    FormJson {
        kind: form_type_name(&form.type_),
        title: form.title.clone(),
        instructions: form.instructions.clone(),
        fields: form
            .fields
            .iter()
            .map(|f| FieldJson {
                var: f.var.clone(),
                kind: type_name(&f.type_),
                label: f.label.clone(),
                required: f.required,
                desc: f.desc.clone(),
                options: f
                    .options
                    .iter()
                    .map(|o| OptionJson {
                        label: o.label.clone(),
                        value: o.value.clone(),
                    })
                    .collect(),
                values: if f.type_ == FieldType::TextPrivate && !f.values.is_empty() {
                    vec!["***".into()]
                } else {
                    f.values.clone()
                },
            })
            .collect(),
    }
}

/// The form as lines for people: title, instructions, then one line per
/// field (`label [var] (type, required): values`), hidden ones left out.
pub fn to_text(form: &DataForm) -> Vec<String> {
    let safe = |s: &str| crate::output::terminal_safe(s, " ").into_owned();
    let mut lines = Vec::new();
    if let Some(t) = &form.title {
        lines.push(safe(t));
    }
    if let Some(i) = &form.instructions {
        lines.push(safe(i));
    }
    for f in form.fields.iter().filter(|f| f.type_ != FieldType::Hidden) {
        let values = if f.type_ == FieldType::TextPrivate && !f.values.is_empty() {
            "***".to_string()
        } else {
            f.values.join(", ")
        };
        if f.type_ == FieldType::Fixed {
            lines.push(safe(&values));
            continue;
        }
        let name = f.label.as_deref().or(f.var.as_deref()).unwrap_or("");
        let mut line = safe(name);
        if let (Some(var), Some(_)) = (&f.var, &f.label) {
            line.push_str(&format!(" [{}]", safe(var)));
        }
        let req = if f.required { ", required" } else { "" };
        line.push_str(&format!(
            " ({}{req}): {}",
            type_name(&f.type_),
            safe(&values)
        ));
        if !f.options.is_empty() {
            let opts: Vec<String> = f.options.iter().map(|o| safe(&o.value)).collect();
            line.push_str(&format!("  [options: {}]", opts.join(", ")));
        }
        lines.push(line);
    }
    lines
}

/// The values a user gave, by field name (several for a list).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Answers(BTreeMap<String, Vec<String>>);

impl Answers {
    /// From `--field VAR=VALUE` arguments; a name given twice is a list.
    pub fn from_args(args: &[String]) -> anyhow::Result<Answers> {
        let mut a = Answers::default();
        for arg in args {
            let Some((var, value)) = arg.split_once('=') else {
                return bail(
                    Kind::Usage,
                    format!("--field {}: give VAR=VALUE", crate::error::quoted(arg)),
                );
            };
            a.0.entry(var.to_string())
                .or_default()
                .push(value.to_string());
        }
        Ok(a)
    }

    /// From a JSON object: a string, number or boolean is one value, an
    /// array of them several.
    pub fn from_json(text: &str) -> anyhow::Result<Answers> {
        let v: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            crate::error::fail(Kind::Usage, format!("the form JSON does not parse: {e}"))
        })?;
        let serde_json::Value::Object(map) = v else {
            return bail(
                Kind::Usage,
                "the form JSON must be an object: {\"VAR\": VALUE or [VALUE, ...]}",
            );
        };
        let one = |var: &str, v: &serde_json::Value| -> anyhow::Result<String> {
            Ok(match v {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Bool(b) => if *b { "1" } else { "0" }.to_string(),
                serde_json::Value::Number(n) => n.to_string(),
                _ => {
                    return bail(
                        Kind::Usage,
                        format!("the form JSON: {var:?} must be a string, number, boolean or a list of them"),
                    )
                }
            })
        };
        let mut a = Answers::default();
        for (var, v) in map {
            let values = match &v {
                serde_json::Value::Array(items) => items
                    .iter()
                    .map(|i| one(&var, i))
                    .collect::<anyhow::Result<Vec<_>>>()?,
                other => vec![one(&var, other)?],
            };
            a.0.insert(var, values);
        }
        Ok(a)
    }

    /// These answers, with `other`'s over them.
    pub fn merged(mut self, other: Answers) -> Answers {
        self.0.extend(other.0);
        self
    }

    /// The first value given for a field.
    pub fn first(&self, var: &str) -> Option<String> {
        self.0.get(var).and_then(|v| v.first().cloned())
    }

    /// Take a field's values out.
    pub fn take(&mut self, var: &str) -> Option<Vec<String>> {
        self.0.remove(var)
    }

    pub fn set(&mut self, var: &str, values: Vec<String>) {
        self.0.insert(var.to_string(), values);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The submit form for `form` with `answers`: given fields take their
/// values, the others keep the form's; fixed fields are not sent back.
/// `unused` collects the answers this form had no field for (a later
/// stage may have them).
pub fn submit(
    form: &DataForm,
    answers: &Answers,
    unused: &mut Vec<String>,
) -> anyhow::Result<DataForm> {
    let mut fields = Vec::new();
    for f in &form.fields {
        if f.type_ == FieldType::Fixed {
            continue;
        }
        let Some(var) = &f.var else { continue };
        let mut values = answers
            .0
            .get(var)
            .cloned()
            .unwrap_or_else(|| f.values.clone());
        let label = f.label.as_deref().unwrap_or(var);
        if f.type_ == FieldType::Boolean {
            for v in &mut values {
                *v = match v.to_ascii_lowercase().as_str() {
                    "1" | "true" | "yes" | "on" => "1".into(),
                    "0" | "false" | "no" | "off" => "0".into(),
                    _ => {
                        return bail(
                            Kind::Usage,
                            format!("field {var} ({label}) is a boolean: 1 or 0, not {v:?}"),
                        )
                    }
                };
            }
        }
        let single = matches!(
            f.type_,
            FieldType::Boolean
                | FieldType::JidSingle
                | FieldType::ListSingle
                | FieldType::TextPrivate
                | FieldType::TextSingle
                | FieldType::Hidden
        );
        if single && values.len() > 1 {
            return bail(
                Kind::Usage,
                format!(
                    "field {var} ({label}) takes one value, not {}",
                    values.len()
                ),
            );
        }
        if matches!(f.type_, FieldType::ListSingle | FieldType::ListMulti) && !f.options.is_empty()
        {
            if let Some(bad) = values
                .iter()
                .find(|v| !f.options.iter().any(|o| &o.value == *v))
            {
                let opts: Vec<&str> = f.options.iter().map(|o| o.value.as_str()).collect();
                return bail(
                    Kind::Usage,
                    format!(
                        "field {var} ({label}): {bad:?} is not one of its options: {}",
                        opts.join(", ")
                    ),
                );
            }
        }
        if matches!(f.type_, FieldType::JidSingle | FieldType::JidMulti) {
            for v in &values {
                crate::jidtools::jid_arg(v, &format!("field {var}"))?;
            }
        }
        if f.required && values.iter().all(|v| v.is_empty()) {
            return bail(
                Kind::Usage,
                format!("field {var} ({label}) is required: give --field {var}=VALUE"),
            );
        }
        for v in &values {
            crate::xml::check_text(&format!("field {var}"), v)?;
        }
        let mut out = Field::new(var, f.type_.clone());
        out.values = values;
        fields.push(out);
    }
    for var in answers.0.keys() {
        if !form.fields.iter().any(|f| f.var.as_deref() == Some(var)) {
            unused.push(var.clone());
        }
    }
    Ok(DataForm {
        type_: DataFormType::Submit,
        title: None,
        instructions: None,
        fields,
    })
}

/// A submit form of the answers alone (`--dry-run` shows what would be
/// sent without the server's form).
pub fn answers_form(answers: &Answers) -> DataForm {
    DataForm {
        type_: DataFormType::Submit,
        title: None,
        instructions: None,
        fields: answers
            .0
            .iter()
            .map(|(var, values)| {
                let mut f = Field::new(var, FieldType::TextSingle);
                f.values = values.clone();
                f
            })
            .collect(),
    }
}

/// The first value of `var` in a (result) form.
pub fn value<'a>(form: &'a DataForm, var: &str) -> Option<&'a str> {
    form.fields
        .iter()
        .find(|f| f.var.as_deref() == Some(var))
        .and_then(|f| f.values.first())
        .map(String::as_str)
}

/// Every value of `var` in a (result) form.
pub fn values<'a>(form: &'a DataForm, var: &str) -> Vec<&'a str> {
    form.fields
        .iter()
        .filter(|f| f.var.as_deref() == Some(var))
        .flat_map(|f| f.values.iter().map(String::as_str))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> DataForm {
        let el: minidom::Element = "<x xmlns='jabber:x:data' type='form'><title>Add User</title>\
             <field type='hidden' var='FORM_TYPE'><value>http://jabber.org/protocol/admin</value></field>\
             <field type='fixed'><value>Fill in</value></field>\
             <field type='jid-single' var='accountjid' label='The Jabber ID'><required/></field>\
             <field type='text-private' var='password' label='Password'><required/></field>\
             <field type='boolean' var='notify'><value>0</value></field>\
             <field type='list-single' var='level'><option label='Low'><value>low</value></option>\
             <option><value>high</value></option><value>low</value></field>\
             <field type='jid-multi' var='cc'/></x>"
            .parse()
            .unwrap();
        DataForm::try_from(el).unwrap()
    }

    fn args(a: &[&str]) -> Answers {
        Answers::from_args(&a.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn answers_fill_the_form_and_the_rest_keeps_its_values() {
        let a = args(&[
            "accountjid=new@example.org",
            "password=pw",
            "notify=true",
            "cc=a@example.org",
            "cc=b@example.org",
            "later=x",
        ]);
        let mut unused = Vec::new();
        let s = submit(&form(), &a, &mut unused).unwrap();
        assert_eq!(s.type_, DataFormType::Submit);
        assert_eq!(
            value(&s, "FORM_TYPE"),
            Some("http://jabber.org/protocol/admin")
        );
        assert_eq!(value(&s, "notify"), Some("1"));
        assert_eq!(value(&s, "level"), Some("low"), "the default stays");
        assert_eq!(values(&s, "cc"), ["a@example.org", "b@example.org"]);
        assert!(s.fields.iter().all(|f| f.type_ != FieldType::Fixed));
        assert_eq!(unused, ["later"]);
    }

    #[test]
    fn mistakes_are_caught_before_sending() {
        let err = |a: &[&str]| {
            submit(&form(), &args(a), &mut Vec::new())
                .unwrap_err()
                .to_string()
        };
        let missing = err(&["accountjid=new@example.org"]);
        assert!(
            missing.contains("password") && missing.contains("required"),
            "{missing}"
        );
        let e = err(&["accountjid=new@example.org", "password=p", "level=mid"]);
        assert!(e.contains("low, high"), "{e}");
        let e = err(&["accountjid=new@example.org", "password=p", "notify=maybe"]);
        assert!(e.contains("boolean"), "{e}");
        let e = err(&["accountjid=a@@b", "password=p"]);
        assert!(e.contains("accountjid"), "{e}");
        let e = err(&["accountjid=a@b", "accountjid=c@d", "password=p"]);
        assert!(e.contains("one value"), "{e}");
        assert!(Answers::from_args(&["novalue".into()]).is_err());
    }

    #[test]
    fn json_answers_and_the_printed_form() {
        let a = Answers::from_json(
            r#"{"accountjid": "n@example.org", "password": "pw", "notify": false, "cc": ["x@y"]}"#,
        )
        .unwrap();
        let s = submit(&form(), &a, &mut Vec::new()).unwrap();
        assert_eq!(value(&s, "notify"), Some("0"));
        assert!(Answers::from_json("[1]").is_err());
        assert!(Answers::from_json(r#"{"a": {"b": 1}}"#).is_err());
        let j = serde_json::to_value(to_json(&form())).unwrap();
        assert_eq!(j["type"], "form");
        assert_eq!(j["fields"][2]["required"], true);
        assert_eq!(j["fields"][5]["options"][0]["label"], "Low");
        let text = to_text(&form());
        assert_eq!(text[0], "Add User");
        assert!(text
            .iter()
            .any(|l| l == "The Jabber ID [accountjid] (jid-single, required): "));
        assert!(!text.iter().any(|l| l.contains("FORM_TYPE")));
        // A private value is never printed.
        let mut f = form();
        f.fields[3].values = vec!["secret".into()];
        assert!(!serde_json::to_string(&to_json(&f))
            .unwrap()
            .contains("secret"));
        assert!(!to_text(&f).concat().contains("secret"));
    }
}
