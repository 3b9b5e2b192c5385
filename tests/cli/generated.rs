//! Completions and man pages are generated from the clap definitions and
//! committed; this fails when the committed copies are stale. Refresh with
//! `scripts/regenerate`.

use std::path::Path;
use std::process::Command;

use crate::fixture::*;

const SHELLS: [(&str, &str); 5] = [
    ("bash", "xmpp.bash"),
    ("zsh", "_xmpp"),
    ("fish", "xmpp.fish"),
    ("elvish", "xmpp.elv"),
    ("powershell", "_xmpp.ps1"),
];

#[test]
fn completions_are_current_and_parse() {
    for (shell, file) in SHELLS {
        let out = run(xmpp_clean().args(["completions", shell]));
        assert_eq!(code(&out), 0);
        let committed = std::fs::read(repo().join("completions").join(file))
            .unwrap_or_else(|e| panic!("completions/{file}: {e}; run scripts/regenerate"));
        assert!(
            committed == out.stdout,
            "completions/{file} is stale: run scripts/regenerate"
        );
    }
    let check = |prog: &str, args: &[&str], file: &str| {
        let path = repo().join("completions").join(file);
        let status = Command::new(prog)
            .args(args)
            .arg(&path)
            .status()
            .unwrap_or_else(|e| {
                panic!("{prog} is not installed ({e}): run the README's test command")
            });
        assert!(status.success(), "{prog} rejects completions/{file}");
    };
    check("bash", &["-n"], "xmpp.bash");
    check("zsh", &["-n"], "_xmpp");
    check("fish", &["--no-execute"], "xmpp.fish");
}

#[test]
fn man_pages_are_current_and_lint_clean() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(xmpp_clean().arg("man").arg("--dir").arg(dir.path()));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let committed = repo().join("man");
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    let mut have: Vec<String> = std::fs::read_dir(&committed)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().into_string().unwrap())
                .collect()
        })
        .unwrap_or_default();
    have.sort();
    assert_eq!(names, have, "man/ is stale: run scripts/regenerate");
    assert!(names.contains(&"xmpp.1".to_string()) && names.contains(&"xmpp-send.1".to_string()));
    // Pages of commands with examples in their help carry them.
    for name in ["xmpp-send.1", "xmpp-listen.1", "xmpp-iq.1", "xmpp-roster.1"] {
        let text = std::fs::read_to_string(committed.join(name)).unwrap();
        assert!(text.contains(".SH EXAMPLES"), "{name} lacks EXAMPLES");
    }
    for name in &names {
        let fresh = std::fs::read(dir.path().join(name)).unwrap();
        let old = std::fs::read(committed.join(name)).unwrap();
        assert!(fresh == old, "man/{name} is stale: run scripts/regenerate");
        lint_man(&committed.join(name));
        let text = String::from_utf8_lossy(&fresh);
        for section in [".SH \"EXIT STATUS\"", ".SH ENVIRONMENT", ".SH FILES"] {
            assert!(text.contains(section), "man/{name} lacks {section}");
        }
    }
    // `xmpp man` prints the top page.
    let out = run(xmpp_clean().arg("man"));
    assert_eq!(out.stdout, std::fs::read(committed.join("xmpp.1")).unwrap());
}

fn lint_man(page: &Path) {
    let out = Command::new("mandoc")
        .args(["-Tlint", "-Werror"])
        .arg(page)
        .output()
        .unwrap_or_else(|e| panic!("mandoc is not installed ({e}): run the README's test command"));
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "mandoc -Tlint {}: {text}",
        page.display()
    );
}
