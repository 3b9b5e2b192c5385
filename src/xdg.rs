//! Base directories as the XDG Base Directory specification has them:
//! `$XDG_CONFIG_HOME` or `$XDG_DATA_HOME` when it is an absolute path (a
//! relative one is to be ignored, the spec says), else a directory under
//! `$HOME` when that is an absolute path. Never the working directory: an
//! empty or relative `HOME` would put private keys wherever the command
//! happened to run. Pure: the environment is passed in.

use std::path::{Path, PathBuf};

/// `$var`, else `$HOME/under_home`, each only when absolute.
pub fn base(var: &str, under_home: &str, env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let absolute = |v: String| Some(PathBuf::from(v)).filter(|p| p.is_absolute());
    env(var)
        .and_then(absolute)
        .or_else(|| env("HOME").and_then(absolute).map(|h| h.join(under_home)))
}

/// `$HOME` when it is an absolute path.
pub fn home(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    env("HOME")
        .map(PathBuf::from)
        .filter(|p| Path::is_absolute(p))
}

/// The process's environment, for [`base`] (a value that is not UTF-8
/// counts as unset here: no path of ours can be built from it).
pub fn process_env(k: &str) -> Option<String> {
    std::env::var(k).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_absolute_paths_count() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        let e = env(&[("XDG_DATA_HOME", "/xdg"), ("HOME", "/home/u")]);
        assert_eq!(
            base("XDG_DATA_HOME", ".local/share", &e),
            Some("/xdg".into())
        );
        let e = env(&[("XDG_DATA_HOME", "rel/dir"), ("HOME", "/home/u")]);
        assert_eq!(
            base("XDG_DATA_HOME", ".local/share", &e),
            Some("/home/u/.local/share".into()),
            "a relative XDG_* is ignored"
        );
        for home in ["", ".", "relative"] {
            let pairs: &'static [(&str, &str)] =
                Box::leak(Box::new([("HOME", home), ("XDG_DATA_HOME", "")]));
            let e = env(pairs);
            assert_eq!(base("XDG_DATA_HOME", ".local/share", &e), None, "{home:?}");
            assert_eq!(home_of(&e), None);
        }
        fn home_of(e: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
            home(e)
        }
    }
}
