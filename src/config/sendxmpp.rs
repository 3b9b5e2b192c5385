//! Reading go-sendxmpp and Perl sendxmpp configuration files, so scripts
//! can switch without rewriting their credentials:
//!
//! - `key: value` lines: `username`, `password`, `eval_password` (a
//!   command whose output is the password), `jserver`, `port`, `alias`;
//! - the legacy one-line form `user@host[;connect-host][:port] password`.
//!
//! Both tools refuse a file that others can read; so do we (in settings).

use super::Profile;

/// Parse either format into a profile. Errors name the line.
pub fn parse(text: &str) -> Result<Profile, String> {
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let is_keyed = lines.iter().any(|(_, l)| {
        l.split_once(':').is_some_and(|(k, _)| {
            matches!(
                k.trim(),
                "username" | "password" | "eval_password" | "jserver" | "port" | "alias"
            )
        })
    });
    if is_keyed {
        keyed(&lines)
    } else {
        legacy(&lines)
    }
}

fn keyed(lines: &[(usize, &str)]) -> Result<Profile, String> {
    let mut p = Profile::default();
    let (mut host, mut port) = (None, None);
    for (n, line) in lines {
        let Some((key, value)) = line.split_once(':') else {
            return Err(format!("line {n}: expected `key: value`"));
        };
        let value = value.trim().to_string();
        match key.trim() {
            "username" => p.jid = Some(value),
            "password" => p.password = Some(value),
            "eval_password" => p.password_command = Some(value),
            "jserver" => host = Some(value),
            "port" => {
                port = Some(
                    value
                        .parse::<u16>()
                        .map_err(|_| format!("line {n}: port '{value}' is not a number"))?,
                )
            }
            "alias" => {} // a MUC nickname; `send --muc` takes --nick
            other => log::debug!("sendxmpp config line {n}: ignoring key {other}"),
        }
    }
    if p.jid.is_none() {
        return Err("no `username:` line".to_string());
    }
    p.server = server(host, port, p.jid.as_deref());
    Ok(p)
}

fn legacy(lines: &[(usize, &str)]) -> Result<Profile, String> {
    let [(n, line)] = lines else {
        return Err(
            "expected one line `user@host[;connect-host][:port] password` or `key: value` lines"
                .into(),
        );
    };
    let Some((account, password)) = line.split_once(char::is_whitespace) else {
        return Err(format!("line {n}: expected `user@host password`"));
    };
    let (jid_part, connect) = match account.split_once(';') {
        Some((j, c)) => (j, Some(c)),
        None => (account, None),
    };
    // A port may follow the connect host, or the JID itself.
    let (host, port, jid) = match connect {
        Some(c) => match c.rsplit_once(':') {
            Some((h, port)) => (Some(h.to_string()), Some(port), jid_part),
            None => (Some(c.to_string()), None, jid_part),
        },
        None => match jid_part.rsplit_once(':') {
            Some((j, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => {
                (None, Some(port), j)
            }
            _ => (None, None, jid_part),
        },
    };
    let port = port
        .map(|p| {
            p.parse::<u16>()
                .map_err(|_| format!("line {n}: port '{p}' is not a number"))
        })
        .transpose()?;
    Ok(Profile {
        jid: Some(jid.to_string()),
        password: Some(password.trim().to_string()),
        server: server(host, port, Some(jid)),
        ..Profile::default()
    })
}

/// `jserver`/`port` into our `server`: a port alone applies to the JID's
/// domain.
fn server(host: Option<String>, port: Option<u16>, jid: Option<&str>) -> Option<String> {
    let domain = || {
        jid.and_then(|j| j.split('@').nth(1))
            .map(|d| d.split('/').next().unwrap_or(d).to_string())
    };
    match (host, port) {
        (Some(h), Some(p)) => Some(format!("{h}:{p}")),
        (Some(h), None) => Some(h),
        (None, Some(p)) => domain().map(|d| format!("{d}:{p}")),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_sendxmpp_format() {
        let p = parse("# comment\nusername: bot@example.org\npassword: s3cr:et\njserver: xmpp.example.org\nport: 5223\nalias: bot\n").unwrap();
        assert_eq!(p.jid.as_deref(), Some("bot@example.org"));
        assert_eq!(p.password.as_deref(), Some("s3cr:et"));
        assert_eq!(p.server.as_deref(), Some("xmpp.example.org:5223"));
        let p = parse("username: bot@example.org\neval_password: pass show xmpp\nport: 5222\n")
            .unwrap();
        assert_eq!(p.password_command.as_deref(), Some("pass show xmpp"));
        assert_eq!(p.server.as_deref(), Some("example.org:5222"));
        assert!(parse("password: x\n").is_err());
    }

    #[test]
    fn legacy_one_line_format() {
        let p = parse("me@example.org secret word\n").unwrap();
        assert_eq!(
            (p.jid.as_deref(), p.password.as_deref(), p.server),
            (Some("me@example.org"), Some("secret word"), None)
        );
        let p = parse("me@example.org;talk.example.org:5223 pw\n").unwrap();
        assert_eq!(p.server.as_deref(), Some("talk.example.org:5223"));
        let p = parse("me@example.org;talk.example.org pw\n").unwrap();
        assert_eq!(p.server.as_deref(), Some("talk.example.org"));
        let p = parse("me@example.org:5333 pw\n").unwrap();
        assert_eq!(
            (p.jid.as_deref(), p.server.as_deref()),
            (Some("me@example.org"), Some("example.org:5333"))
        );
        assert!(parse("a b\nc d\n").is_err());
    }
}
