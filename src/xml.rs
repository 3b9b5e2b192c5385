//! XML helpers shared by the commands: parsing user input with a located
//! error, and indenting elements for people.

use anyhow::Result;
use minidom::{Element, Node};

use crate::error::{fail, Kind};

/// Parse `text` (zero or more elements) inside a wrapper element in
/// namespace `ns`, so trailing content is an error and elements without an
/// `xmlns` inherit `ns`. A syntax error is a usage error naming the line
/// and column.
/// An attribute name for minidom's builder (callers pass constant,
/// valid names; an invalid one is an internal error, not a panic).
pub fn name(n: &'static str) -> Result<minidom::rxml::NcName> {
    minidom::rxml::NcName::try_from(n).map_err(|e| fail(Kind::Internal, format!("{n}: {e}")))
}

pub fn parse_wrapped(text: &str, ns: &str, what: &str) -> Result<Element> {
    let head = format!("<wrapper xmlns='{ns}'>");
    parse(&format!("{head}{text}</wrapper>")).map_err(|e| {
        let (line, col) = error_position(&head, text);
        let at = format!(" at line {line}, column {col}");
        fail(
            Kind::Usage,
            format!("{what} is not well-formed XML{at}: {e}"),
        )
    })
}

/// minidom's `FromStr` hands the parser the whole input as one buffer,
/// which makes long text nodes cost quadratic time; small reads keep it
/// linear.
fn parse(text: &str) -> minidom::Result<Element> {
    Element::from_reader(std::io::BufReader::with_capacity(
        16 * 1024,
        text.as_bytes(),
    ))
}

/// Where parsing goes wrong, as 1-based line and column: the shortest
/// prefix of `text` whose parse fails for a reason other than "the input
/// ended early" (minidom's errors carry no position of their own).
pub fn error_position(head: &str, text: &str) -> (usize, usize) {
    let fails_early = |end: usize| match parse(&format!("{head}{}", &text[..end])) {
        Err(e) => !format!("{e:?}").contains("InvalidEof"),
        Ok(_) => false,
    };
    let ends: Vec<usize> = text.char_indices().map(|(i, c)| i + c.len_utf8()).collect();
    // The first prefix end whose parse fails early (a monotone predicate);
    // none: the input ends before its elements do, so the end is the place.
    let idx = ends.partition_point(|&end| !fails_early(end));
    let offset = ends.get(idx).or(ends.last()).copied().unwrap_or(0);
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (line, col)
}

/// Indent an element for people: one element per line, text inline,
/// `xmlns` where the namespace changes.
pub fn pretty(el: &Element) -> String {
    let mut out = String::new();
    write_pretty(&mut out, el, None, 0);
    out
}

fn write_pretty(out: &mut String, el: &Element, parent_ns: Option<&str>, depth: usize) {
    let pad = "  ".repeat(depth);
    let ns = el.ns();
    out.push_str(&pad);
    out.push('<');
    out.push_str(el.name());
    if parent_ns != Some(ns.as_str()) {
        out.push_str(&format!(" xmlns='{}'", escape(&ns)));
    }
    for ((attr_ns, name), value) in el.attrs() {
        let prefix = if attr_ns.as_str() == "http://www.w3.org/XML/1998/namespace" {
            "xml:"
        } else {
            ""
        };
        out.push_str(&format!(" {prefix}{}='{}'", name.as_str(), escape(value)));
    }
    let children: Vec<&Node> = el
        .nodes()
        .filter(|n| match n {
            Node::Text(t) => !t.trim().is_empty(),
            Node::Element(_) => true,
        })
        .collect();
    match children.as_slice() {
        [] => out.push_str("/>\n"),
        [Node::Text(t)] => {
            out.push('>');
            out.push_str(&escape(t));
            out.push_str(&format!("</{}>\n", el.name()));
        }
        nodes => {
            out.push_str(">\n");
            for n in nodes {
                match n {
                    Node::Element(child) => write_pretty(out, child, Some(ns.as_str()), depth + 1),
                    Node::Text(t) => {
                        out.push_str(&"  ".repeat(depth + 1));
                        out.push_str(&escape(t.trim()));
                        out.push('\n');
                    }
                }
            }
            out.push_str(&pad);
            out.push_str(&format!("</{}>\n", el.name()));
        }
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&apos;")
}

/// Characters XML 1.0 cannot carry (RFC 6120 §11.1: the Char production):
/// C0 controls other than tab, newline and carriage return, U+FFFE, U+FFFF.
pub fn forbidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// The first such character and its 1-based position.
fn first_forbidden(text: &str) -> Option<(usize, char)> {
    text.chars()
        .enumerate()
        .find(|(_, c)| forbidden(*c))
        .map(|(i, c)| (i + 1, c))
}

/// A clap value parser for text flags that go into a stanza: a value XML
/// cannot carry is refused (exit 2, naming the flag) before connecting.
pub fn stanza_text(text: &str) -> Result<String, String> {
    match first_forbidden(text) {
        Some((at, c)) => Err(format!(
            "holds U+{:04X} at character {at}, which XML cannot carry: remove it",
            c as u32
        )),
        None => Ok(text.to_string()),
    }
}

/// [`stanza_text`] for a value read from input: `what` names the field.
pub fn check_text(what: &str, text: &str) -> Result<()> {
    stanza_text(text)
        .map(|_| ())
        .map_err(|why| fail(Kind::Usage, format!("{what} {why}")))
}

/// Free text (message bodies) with the characters XML cannot carry
/// replaced by U+FFFD, with a warning.
pub fn replace_forbidden(text: &str) -> String {
    if text.chars().any(forbidden) {
        log::warn!("replaced control characters XML cannot carry with U+FFFD");
        text.chars()
            .map(|c| if forbidden(c) { '\u{FFFD}' } else { c })
            .collect()
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pretty_printing_indents_and_declares_namespaces() {
        let el: Element = "<query xmlns='jabber:iq:version'><name>Prosody</name><version>0.12</version><x xmlns='urn:x' a='1'><y/></x></query>"
            .parse()
            .unwrap();
        assert_eq!(
            pretty(&el),
            "<query xmlns='jabber:iq:version'>\n  <name>Prosody</name>\n  <version>0.12</version>\n  <x xmlns='urn:x' a='1'>\n    <y/>\n  </x>\n</query>\n"
        );
    }

    #[test]
    fn bad_xml_is_located() {
        let err = parse_wrapped("<query xmlns='x'>\n  <a></b>\n</query>", "w", "it").unwrap_err();
        assert!(
            err.to_string()
                .contains("it is not well-formed XML at line 2, column 9"),
            "{err}"
        );
    }
}
