//! Resourceprep (RFC 6122 appendix B) for a "query" (RFC 3454 §7): code
//! points unassigned in Unicode 3.2 are allowed and kept as they are, as
//! Prosody and libidn's stringprep without STRINGPREP_NO_UNASSIGNED do.
//! Added for xmpp-cli (vendor/jid/PATCH.md): RFC 7622's FreeformClass
//! allows symbols such as emoji in a resourcepart, and clients use them.
//!
//! Otherwise this is `stringprep::resourceprep` (mapping B.1, NFKC, the
//! prohibited tables, the bidi rule), with the same tables. Unassigned
//! code points have no mapping and no decomposition in Unicode 3.2 and
//! are starters, so the text between them is normalized on its own and
//! they are copied unchanged (a newer NFKC would change some, such as
//! U+1F12A, which libidn keeps).

use alloc::borrow::Cow;
use alloc::string::String;

use stringprep::tables;
use unicode_normalization::UnicodeNormalization;

/// Prepare a resourcepart; `Err(())` when it is refused.
pub(crate) fn resourceprep(s: &str) -> Result<Cow<'_, str>, ()> {
    if !s.chars().any(tables::unassigned_code_point) {
        return stringprep::resourceprep(s).map_err(|_| ());
    }
    let mut normalized = String::with_capacity(s.len());
    let mut run = String::new();
    for c in s.chars().filter(|&c| !tables::commonly_mapped_to_nothing(c)) {
        if tables::unassigned_code_point(c) {
            normalized.extend(run.nfkc());
            run.clear();
            normalized.push(c);
        } else {
            run.push(c);
        }
    }
    normalized.extend(run.nfkc());

    let prohibited = normalized.chars().any(|c| {
        tables::non_ascii_space_character(c) /* C.1.2 */
            || tables::ascii_control_character(c) /* C.2.1 */
            || tables::non_ascii_control_character(c) /* C.2.2 */
            || tables::private_use(c) /* C.3 */
            || tables::non_character_code_point(c) /* C.4 */
            || tables::surrogate_code(c) /* C.5 */
            || tables::inappropriate_for_plain_text(c) /* C.6 */
            || tables::inappropriate_for_canonical_representation(c) /* C.7 */
            || tables::change_display_properties_or_deprecated(c) /* C.8 */
            || tables::tagging_character(c) /* C.9 */
    });
    // The bidi rule (RFC 3454 §6).
    let bidi_refused = normalized.contains(tables::bidi_r_or_al)
        && (normalized.contains(tables::bidi_l)
            || !normalized.starts_with(tables::bidi_r_or_al)
            || !normalized.ends_with(tables::bidi_r_or_al));
    if prohibited || bidi_refused {
        return Err(());
    }
    Ok(Cow::Owned(normalized))
}

#[cfg(test)]
mod tests {
    use super::resourceprep;

    #[test]
    fn unassigned_code_points_are_kept() {
        assert_eq!(resourceprep("🚀 phone").unwrap(), "🚀 phone");
        assert_eq!(resourceprep("\u{1F12A}ﬀ").unwrap(), "\u{1F12A}ff");
        assert_eq!(resourceprep("a\u{ad}🚀").unwrap(), "a🚀");
        assert!(resourceprep("🚀\u{0}").is_err());
        assert!(resourceprep("🚀\u{e000}").is_err());
        assert!(resourceprep("עב🚀a").is_err());
        // Without unassigned code points, exactly stringprep's resourceprep.
        assert_eq!(resourceprep("téléphone").unwrap(), "téléphone");
        assert!(resourceprep("a\u{202e}").is_err());
    }
}
