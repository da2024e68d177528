//! Who the bookings reach when nothing online takes them: the owner's address.
//! (Which service takes them online is `provider`.)

/// The owner's contact address, from `content/seo.json` where it is written
/// once (`build.rs` passes it in); the `mailto:` fallback writes to it.
pub fn contact_email() -> &'static str {
    env!("CONTACT_EMAIL")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_contact_address_comes_from_the_seo_content() {
        assert_eq!(contact_email(), crate::content::seo().contact_email);
        assert!(contact_email().contains('@'));
    }
}
