//! Bad input for every subcommand: malformed flags, JIDs, XML payloads,
//! NDJSON lines, import files, huge inputs and bytes that are not UTF-8.
//! Each ends with exit 2 (1 for the jid tools' own verdicts, 3 for a
//! missing password source), one message naming the input and where in it
//! the problem is, and never a panic, a backtrace or a connection attempt
//! (the server given is a closed port).

use crate::fixture::*;

struct Case {
    args: Vec<String>,
    stdin: Vec<u8>,
    code: i32,
    /// Must appear in stderr (or stdout for the jid tools' reports).
    says: Vec<String>,
}

fn case(args: &[&str], stdin: impl Into<Vec<u8>>, code: i32, says: &[&str]) -> Case {
    Case {
        args: args.iter().map(|a| a.to_string()).collect(),
        stdin: stdin.into(),
        code,
        says: says.iter().map(|s| s.to_string()).collect(),
    }
}

fn huge(prefix: &str, fill: char, n: usize, suffix: &str) -> Vec<u8> {
    let mut s = String::with_capacity(n + prefix.len() + suffix.len());
    s.push_str(prefix);
    s.extend(std::iter::repeat_n(fill, n));
    s.push_str(suffix);
    s.into_bytes()
}

#[test]
fn bad_input_exits_2_naming_the_input_and_place_without_panicking() {
    const BIG: usize = 2_000_000;
    let roster_bad = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        roster_bad.path(),
        "[{\"jid\": \"ok@b\"},\n {\"jid\": \"@b\"}]",
    )
    .unwrap();
    let roster_path = roster_bad.path().to_str().unwrap().to_string();
    let cases = vec![
        // Flags.
        case(
            &["send", "--type", "bogus", "a@b"],
            "",
            2,
            &["'bogus'", "--type"],
        ),
        case(
            &["--timeout", "abc", "ping"],
            "",
            2,
            &["'abc'", "--timeout"],
        ),
        case(&["--timeout", "-1", "ping"], "", 2, &["'-1'"]),
        case(
            &["--timeout", "1e400", "ping"],
            "",
            2,
            &["--timeout", "finite"],
        ),
        case(&["--server", "h:99999", "ping"], "", 2, &["'h:99999'"]),
        case(&["--tls", "bogus", "ping"], "", 2, &["'bogus'", "--tls"]),
        case(
            &["presence", "set", "--priority", "1000"],
            "",
            2,
            &["'1000'", "--priority"],
        ),
        case(
            &["listen", "--keepalive", "0"],
            "",
            2,
            &["--keepalive", "more than 0"],
        ),
        case(
            &["listen", "--exec-timeout", "nan"],
            "",
            2,
            &["--exec-timeout", "finite"],
        ),
        case(&["jid", "validate", "--jobs", "0"], "", 2, &["--jobs"]),
        case(&["frobnicate"], "", 2, &["'frobnicate'"]),
        case(&["send", "--frob", "a@b"], "", 2, &["'--frob'"]),
        case(&["completions", "zzz"], "", 2, &["'zzz'"]),
        case(
            &["--password-file", "/nonexistent", "ping"],
            "",
            3,
            &["/nonexistent"],
        ),
        // JIDs.
        case(
            &["send", "-m", "x", "a@@b"],
            "",
            2,
            &["'a@@b'", "local part"],
        ),
        case(&["send", "-m", "x", ""], "", 2, &["''", "empty"]),
        case(
            &["send", "-m", "x", "xmpp:a%zz@b"],
            "",
            2,
            &["'xmpp:a%zz@b'", "percent"],
        ),
        case(&["-j", "@x", "ping"], "", 2, &["'@x'"]),
        case(&["ping", "a@b/"], "", 2, &["'a@b/'", "resource"]),
        case(&["vcard", "a@@b"], "", 2, &["'a@@b'"]),
        case(&["disco", "info", ""], "", 2, &["''"]),
        case(&["roster", "add", "@bad"], "", 2, &["'@bad'"]),
        case(&["presence", "subscribe", "a@b/"], "", 2, &["'a@b/'"]),
        case(&["listen", "--from", "@x"], "", 2, &["'@x'", "--from"]),
        // XML payloads.
        case(&["iq", "<ping"], "", 2, &["IQ payload", "line 1, column 5"]),
        case(&["iq", "<a/><b/>"], "", 2, &["exactly one"]),
        case(&["iq"], "", 2, &["no IQ payload"]),
        case(
            &["iq"],
            b"<a>\n\xff</a>".to_vec(),
            2,
            &["payload on stdin", "line 2, column 1"],
        ),
        case(
            &["send", "--raw"],
            "<message>\n<body>x</bod></message>",
            2,
            &["--raw input", "line 2, column 13"],
        ),
        case(
            &["send", "--raw"],
            "<foo/>",
            2,
            &["--raw stanza 1", "<foo>"],
        ),
        case(
            &["send", "--raw"],
            "text only",
            2,
            &["outside any stanza", "'text only'"],
        ),
        case(&["send", "--raw"], "", 2, &["no stanza"]),
        case(
            &["send", "--raw"],
            b"<message/>\n\xfe".to_vec(),
            2,
            &["--raw input", "0xfe", "line 2, column 1"],
        ),
        // NDJSON lines.
        case(
            &["send", "--ndjson"],
            "{\"to\":\"a@b\",\"body\":\"x\"}\n{\"to\":\"a@b\"}",
            2,
            &["line 2", "body"],
        ),
        case(
            &["send", "--ndjson"],
            "{\"to\":\"a@b\",\"body\":\"\"}",
            2,
            &["line 1", "empty body"],
        ),
        case(&["send", "--ndjson"], "hello", 2, &["line 1", "column 1"]),
        case(&["send", "--ndjson"], "[1]", 2, &["line 1"]),
        case(
            &["send", "--ndjson"],
            "{\"to\":\"a@b\",\"body\":\"x\",\"extra\":1}",
            2,
            &["line 1", "`extra`"],
        ),
        case(
            &["send", "--ndjson"],
            "{\"to\":\"a@b\",\"body\":\"x\",\"type\":\"bogus\"}",
            2,
            &["line 1", "`bogus`"],
        ),
        case(
            &["send", "--ndjson"],
            "\n\n{\"to\":\"@b\",\"body\":\"x\"}",
            2,
            &["line 3", "'@b'"],
        ),
        case(
            &["send", "--ndjson"],
            b"{\"to\":\"a@b\",\"body\":\"x\"}\n\xff".to_vec(),
            2,
            &["--ndjson input", "line 2, column 1"],
        ),
        // Import files.
        case(
            &["roster", "import", "/nonexistent"],
            "",
            2,
            &["/nonexistent"],
        ),
        case(&["roster", "import", "/tmp"], "", 2, &["/tmp"]),
        case(
            &["roster", "import", "-"],
            "{\"jid\":\"a@b\"}",
            2,
            &["not a roster export", "line 1"],
        ),
        case(
            &["roster", "import", "-"],
            "[{\"jid\":\"a@b\",\"groups\":\"x\"}]",
            2,
            &["column 26"],
        ),
        case(
            &["roster", "import", "-"],
            "[{\"jid\":\"a@b\"},{\"jid\":\"A@b\"}]",
            2,
            &["item 2", "twice"],
        ),
        case(
            &["roster", "import", &roster_path],
            "",
            2,
            &[&roster_path, "item 2", "'@b'"],
        ),
        case(
            &["roster", "import", "-"],
            b"[\n\xff]".to_vec(),
            2,
            &["stdin", "line 2, column 1"],
        ),
        case(
            &["config", "import-sendxmpp", "/nonexistent"],
            "",
            3,
            &["/nonexistent"],
        ),
        // Not UTF-8.
        case(
            &["send", "a@b"],
            b"ok\n\xffno".to_vec(),
            2,
            &["stdin", "line 2, column 1"],
        ),
        case(
            &["jid", "validate"],
            b"a@b\n\xff@c\n".to_vec(),
            1,
            &["2:", "UTF-8"],
        ),
        case(
            &["jid", "split"],
            b"a@b\n\xff@c\n".to_vec(),
            1,
            &["line 2", "UTF-8"],
        ),
        case(
            &["jid", "normalize"],
            b"a@b\n\xff@c\n".to_vec(),
            1,
            &["line 2", "UTF-8"],
        ),
        // Huge inputs.
        case(
            &["send", "--raw"],
            huge("<message><body>", 'x', BIG, "</body></messag>"),
            2,
            &["--raw input", "line 1, column 2000031"],
        ),
        case(
            &["send", "--ndjson"],
            huge("{\"to\":\"a@b\",\"body\":\"", 'x', BIG, ""),
            2,
            &["line 1", "EOF"],
        ),
        case(
            &["iq"],
            huge("<a>", 'x', BIG, ""),
            2,
            &["IQ payload", "line 1, column 2000003"],
        ),
        case(
            &["roster", "import", "-"],
            huge("[", '[', BIG, ""),
            2,
            &["not a roster export"],
        ),
        case(&["jid", "validate"], huge("", 'a', BIG, "@b\n"), 1, &["1:"]),
        case(
            &["send", "a@b"],
            huge("", '\n', BIG, ""),
            2,
            &["nothing to send"],
        ),
        // Control characters XML cannot carry, in every user string that
        // goes into a stanza: refused before connecting, naming the field.
        case(
            &["send", "--ndjson"],
            "{\"to\": \"a@b\", \"body\": \"x\", \"id\": \"a\\u0001\"}\n",
            2,
            &["line 1", "\"id\"", "U+0001"],
        ),
        case(
            &["send", "--ndjson"],
            "{\"to\": \"a@b\", \"body\": \"x\", \"thread\": \"\\u001b\"}\n",
            2,
            &["line 1", "\"thread\"", "U+001B"],
        ),
        case(
            &["send", "--subject", "a\u{1}", "-m", "x", "a@b"],
            "",
            2,
            &["--subject", "U+0001"],
        ),
        case(
            &["send", "--thread", "t\u{2}", "-m", "x", "a@b"],
            "",
            2,
            &["--thread", "U+0002"],
        ),
        case(
            &["send", "--nick", "n\u{1b}", "--muc", "r@c", "-m", "x"],
            "",
            2,
            &["--nick", "U+001B"],
        ),
        case(
            &["listen", "--nick", "n\u{1b}"],
            "",
            2,
            &["--nick", "U+001B"],
        ),
        case(
            &["presence", "set", "--status", "s\u{7}"],
            "",
            2,
            &["--status", "U+0007"],
        ),
        case(
            &["listen", "--status", "s\u{7}"],
            "",
            2,
            &["--status", "U+0007"],
        ),
        case(
            &["roster", "add", "a@b", "--name", "\u{8}"],
            "",
            2,
            &["--name", "U+0008"],
        ),
        case(
            &["roster", "set", "a@b", "--group", "g\u{1f}"],
            "",
            2,
            &["--group", "U+001F"],
        ),
    ];
    let mut failures = Vec::new();
    for c in cases {
        let mut cmd = xmpp_clean();
        cmd.env("XMPP_SERVER", format!("127.0.0.1:{}", free_port()))
            .env("XMPP_JID", "a@localhost")
            .env("XMPP_PASSWORD", "x")
            .env("RUST_BACKTRACE", "1")
            .args(&c.args);
        let out = run_with_input(&mut cmd, &c.stdin);
        let err = stderr(&out);
        let text = format!("{err}{}", String::from_utf8_lossy(&out.stdout));
        let what = format!("xmpp {}", c.args.join(" "));
        let mut wrong = Vec::new();
        if code(&out) != c.code {
            wrong.push(format!("exit {} instead of {}", code(&out), c.code));
        }
        for s in &c.says {
            if !text.contains(s.as_str()) {
                wrong.push(format!("{s:?} not said"));
            }
        }
        if text.contains("panicked") || text.contains("backtrace") {
            wrong.push("a panic".into());
        }
        if c.code == 2 && !out.stdout.is_empty() {
            wrong.push("data on stdout".into());
        }
        if c.code == 2 && err.trim_end().lines().count() > 8 {
            wrong.push("not a short message".into());
        }
        if !wrong.is_empty() {
            let shown: String = err.chars().take(300).collect();
            failures.push(format!("{what}: {}: {shown}", wrong.join(", ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every numeric flag of every subcommand, with the values that used to
/// panic (`--hold 1e300` exited 101 with a backtrace) and other extremes.
const NUMERIC_FLAGS: &[(&[&str], &str)] = &[
    (&["ping"], "--timeout"),
    (&["listen"], "--exec-timeout"),
    (&["listen"], "--keepalive"),
    (&["listen"], "--count"),
    (&["presence", "set"], "--hold"),
    (&["presence", "set"], "--priority"),
    (&["presence", "list"], "--wait"),
    (&["ping"], "--interval"),
    (&["ping"], "--count"),
    (&["jid", "validate"], "--jobs"),
    (&["history"], "--limit"),
    (&["relay"], "--deadline"),
    (&["relay"], "--keepalive"),
];

#[test]
fn every_numeric_flag_refuses_extreme_values_without_panicking() {
    // A new numeric flag must join the table.
    let cli: String = std::fs::read_dir(repo().join("src/cli"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    let numeric =
        cli.matches("value_name = \"SECS\"").count() + cli.matches("value_name = \"N\"").count();
    assert_eq!(
        numeric,
        NUMERIC_FLAGS.len(),
        "NUMERIC_FLAGS misses a flag of src/cli/"
    );
    for (sub, flag) in NUMERIC_FLAGS {
        for value in [
            "1e300",
            "1e19",
            "-1",
            "NaN",
            "inf",
            "-inf",
            "1e999",
            "99999999999999999999999",
            "x",
        ] {
            if *flag == "--priority" && value == "-1" {
                continue; // a valid priority
            }
            let mut cmd = xmpp_clean();
            cmd.env("XMPP_SERVER", format!("127.0.0.1:{}", free_port()))
                .env("XMPP_JID", "a@localhost")
                .env("XMPP_PASSWORD", "x")
                .env("RUST_BACKTRACE", "1")
                .args(*sub)
                .arg(format!("{flag}={value}"));
            let out = run_with_input(&mut cmd, b"");
            let err = stderr(&out);
            let what = format!("xmpp {} {flag}={value}", sub.join(" "));
            assert!(!err.contains("panicked"), "{what}: {err}");
            assert_eq!(code(&out), 2, "{what}: {err}");
            assert!(err.contains(flag), "{what} does not name the flag: {err}");
        }
    }
    // The environment's timeout is checked the same way.
    let out = run(xmpp_clean()
        .env("XMPP_TIMEOUT", "1e300")
        .args(["ping", "-j", "a@localhost"]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"));
}
