//! Where bookings go: `BOOKING_ENDPOINT` from the environment of the build
//! (see `build.rs`), else the content's `endpoint`, else nowhere, which the
//! page says plainly.

/// `BOOKING_ENDPOINT` as it was when this crate was compiled.
pub const BUILD_ENDPOINT: Option<&str> = option_env!("BOOKING_ENDPOINT");

/// The endpoint to POST to, if one is configured and is an http(s) URL.
pub fn resolve(build: Option<&str>, content: &str) -> Option<String> {
    [build.unwrap_or(""), content]
        .into_iter()
        .map(str::trim)
        .find(|url| !url.is_empty())
        .filter(|url| is_http_url(url))
        .map(str::to_string)
}

/// The endpoint of this build.
pub fn configured() -> Option<String> {
    resolve(BUILD_ENDPOINT, &crate::content::booking().endpoint)
}

/// The owner's contact address, from `content/seo.json` where it is written
/// once (`build.rs` passes it in); the `mailto:` fallback writes to it.
pub fn contact_email() -> &'static str {
    env!("CONTACT_EMAIL")
}

fn is_http_url(url: &str) -> bool {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !rest.contains(char::is_whitespace)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_variable_wins_over_the_content() {
        assert_eq!(resolve(Some("https://a.example/book"), "https://b.example/"), Some("https://a.example/book".into()));
        assert_eq!(resolve(Some("  "), "https://b.example/"), Some("https://b.example/".into()));
        assert_eq!(resolve(None, " http://127.0.0.1:4302/bookings "), Some("http://127.0.0.1:4302/bookings".into()));
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_contact_address_comes_from_the_seo_content() {
        assert_eq!(contact_email(), crate::content::seo().contact_email);
        assert!(contact_email().contains('@'));
    }

    #[test]
    fn nothing_or_something_unusable_means_not_configured() {
        assert_eq!(resolve(None, ""), None);
        for bad in ["ftp://x.example", "example.com/book", "https://", "https:// a.example", "javascript:alert(1)"] {
            assert_eq!(resolve(Some(bad), ""), None, "{bad}");
        }
    }
}
