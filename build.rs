//! Link options for the release build of the `xmpp` binary (issue 27,
//! sizes in bench/RESULTS.md), for x86_64 GNU/Linux, where Rust links
//! with its own lld:
//!
//! - `--icf=all`: identical functions and constants are kept once. Rust
//!   promises no unique address for a function, and rustc already asks
//!   the MSVC linker for the same folding (`/OPT:ICF`) on Windows.
//! - `-z pack-relative-relocs` (DT_RELR): the relocations that a
//!   position-independent executable needs, packed. Only when the C
//!   library linked against supports them (glibc 2.36 and later say so
//!   with the symbol version `GLIBC_ABI_DT_RELR`); an older one would
//!   refuse to start the binary.
//!
//! - `--no-eh-frame-hdr`: no search table for the unwinder. The release
//!   build aborts on a panic (nothing unwinds) and is stripped (a
//!   backtrace would name no function), so only an address-only panic
//!   backtrace (`RUST_BACKTRACE=1`) is lost.
//!
//! Nothing is added when the flags cargo passes to rustc (`RUSTFLAGS`
//! and the like) mention a linker or link arguments, or a
//! `CARGO_TARGET_*_LINKER` variable is set, nor for other targets and
//! profiles.

use std::env;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=CARGO_ENCODED_RUSTFLAGS");
    let var = |name: &str| env::var(name).unwrap_or_default();
    let target = var("TARGET");
    let own_linker = var("CARGO_ENCODED_RUSTFLAGS").contains("link")
        || env::vars().any(|(k, _)| k.starts_with("CARGO_TARGET_") && k.ends_with("_LINKER"));
    if var("PROFILE") != "release" || target != "x86_64-unknown-linux-gnu" || own_linker {
        return;
    }
    println!("cargo:rustc-link-arg-bins=-Wl,--icf=all");
    println!("cargo:rustc-link-arg-bins=-Wl,--no-eh-frame-hdr");
    if var("HOST") == target && glibc_has_relr() {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}

/// Whether this machine's glibc understands packed relative relocations.
fn glibc_has_relr() -> bool {
    const LIBC: [&str; 4] = [
        "/lib/x86_64-linux-gnu/libc.so.6",
        "/usr/lib/x86_64-linux-gnu/libc.so.6",
        "/lib64/libc.so.6",
        "/usr/lib64/libc.so.6",
    ];
    let needle = b"GLIBC_ABI_DT_RELR";
    LIBC.iter()
        .find_map(|path| std::fs::read(path).ok())
        .is_some_and(|libc| libc.windows(needle.len()).any(|w| w == needle))
}
