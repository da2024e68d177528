//! The site's base path and the links under it.
//!
//! The site can live at the root of a host (`/`) or under a sub-path such as a
//! GitHub Pages project site (`/portfolio/`). Content and components write
//! links from the root ("/book", "/#case-studies"); [`href`] puts the base in
//! front. The base is set once at start-up: natively by the prerenderer (from
//! Trunk's public URL), in the browser from `<html data-base>`, which the
//! prerendered HTML carries.

use std::cell::Cell;

thread_local! {
    static BASE: Cell<&'static str> = const { Cell::new("/") };
    static ORIGIN: Cell<&'static str> = const { Cell::new("") };
}

/// `""`, `/x`, `x/` and `/x/` all become `/x/`; empty becomes `/`.
pub fn normalize_base(base: &str) -> String {
    let trimmed = base.trim().trim_matches('/');
    if trimmed.is_empty() { "/".to_string() } else { format!("/{trimmed}/") }
}

/// Sets the base path for this thread (the browser has one thread).
pub fn set_base(base: &str) {
    let normalized = normalize_base(base);
    if BASE.get() != normalized {
        BASE.set(Box::leak(normalized.into_boxed_str()));
    }
}

/// The base path, always with a leading and a trailing slash.
pub fn base() -> &'static str {
    BASE.get()
}

/// The base as leptos_router wants it: `""` at the root, else `/portfolio`.
pub fn router_base() -> &'static str {
    base().trim_end_matches('/')
}

/// A site-internal link from the root (`/book`, `/#faq`) under the base.
/// External links (`https:`, `mailto:`) and bare fragments pass through.
pub fn href(path: &str) -> String {
    match path.strip_prefix('/') {
        Some(rest) if !rest.starts_with('/') => format!("{}{rest}", base()),
        _ => path.to_string(),
    }
}

/// Sets the site's public origin (`https://kavyagaur.dev`), which only the
/// prerenderer knows (from `SITE_URL` or `content/seo.json`); empty unsets it.
pub fn set_public_origin(origin: &str) {
    let trimmed = origin.trim().trim_end_matches('/');
    if ORIGIN.get() != trimmed {
        ORIGIN.set(Box::leak(trimmed.to_string().into_boxed_str()));
    }
}

/// The absolute public URL of a site link from the root, for printed pages
/// (`https://kavyagaur.dev/portfolio/architecture/x`); `None` while the
/// origin is unknown (in the browser).
pub fn public_url(path: &str) -> Option<String> {
    let origin = ORIGIN.get();
    (!origin.is_empty() && path.starts_with('/')).then(|| format!("{origin}{}", href(path)))
}

/// The booking page ships in its own, larger wasm bundle (the form, its
/// outbox and delivery), so every other page starts without those bytes.
pub const BOOKING_ROUTE: &str = "/book";

/// Whether a site link leads to a page that starts its own bundle: such links
/// are full page loads (`rel="external"`), not client-side navigations.
pub fn loads_own_bundle(path: &str) -> bool {
    let route = path.split(['?', '#']).next().unwrap_or_default();
    route.trim_end_matches('/') == BOOKING_ROUTE
}

/// The address of a case study's page.
pub fn case_study_path(slug: &str) -> String {
    format!("/case-studies/{slug}")
}

/// The address of a building block's page.
pub fn architecture_path(slug: &str) -> String {
    format!("/architecture/{slug}")
}

/// Every route for these case studies and building blocks (by slug): the
/// home page, the booking page and one page each. Takes slugs, not content,
/// so that the content checks can use it on content that is not bundled yet.
pub fn routes_for<'a>(case_studies: impl IntoIterator<Item = &'a str>, blocks: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut routes = vec!["/".to_string(), BOOKING_ROUTE.to_string()];
    routes.extend(case_studies.into_iter().map(case_study_path));
    routes.extend(blocks.into_iter().map(architecture_path));
    routes
}

/// The route of a browser path: the path without the base, without a
/// trailing slash, starting with `/`. `None` when outside the base.
pub fn route_of(pathname: &str) -> Option<String> {
    let base = base();
    let inside = if pathname == router_base() { "" } else { pathname.strip_prefix(base)? };
    let trimmed = inside.trim_end_matches('/');
    Some(format!("/{trimmed}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_booking_page_loads_its_own_bundle() {
        assert!(loads_own_bundle("/book"));
        assert!(loads_own_bundle("/book/"));
        assert!(loads_own_bundle("/book?topic=x#form"));
        assert!(!loads_own_bundle("/"));
        assert!(!loads_own_bundle("/#book"));
        assert!(!loads_own_bundle("/booking-notes"));
        assert!(!loads_own_bundle("/case-studies/book"));
    }

    #[test]
    fn routes_are_home_booking_and_one_page_per_slug() {
        assert_eq!(routes_for(["a"], ["b", "c"]), ["/", "/book", "/case-studies/a", "/architecture/b", "/architecture/c"]);
        assert_eq!(routes_for([], []), ["/", "/book"]);
    }

    #[test]
    fn normalizes_any_spelling_of_a_base() {
        for spelling in ["portfolio", "/portfolio", "portfolio/", "/portfolio/", " /portfolio// "] {
            assert_eq!(normalize_base(spelling), "/portfolio/");
        }
        assert_eq!(normalize_base(""), "/");
        assert_eq!(normalize_base("/"), "/");
    }

    #[test]
    fn links_at_the_root() {
        set_base("/");
        assert_eq!(href("/"), "/");
        assert_eq!(href("/book"), "/book");
        assert_eq!(href("/#faq"), "/#faq");
        assert_eq!(router_base(), "");
        assert_eq!(route_of("/case-studies/x/").as_deref(), Some("/case-studies/x"));
        assert_eq!(route_of("/").as_deref(), Some("/"));
    }

    #[test]
    fn links_under_a_sub_path() {
        set_base("/portfolio/");
        assert_eq!(href("/"), "/portfolio/");
        assert_eq!(href("/book"), "/portfolio/book");
        assert_eq!(href("/#faq"), "/portfolio/#faq");
        assert_eq!(router_base(), "/portfolio");
        assert_eq!(route_of("/portfolio").as_deref(), Some("/"));
        assert_eq!(route_of("/portfolio/").as_deref(), Some("/"));
        assert_eq!(route_of("/portfolio/book/").as_deref(), Some("/book"));
        assert_eq!(route_of("/elsewhere"), None);
        set_base("/");
    }

    #[test]
    fn public_urls_once_the_origin_is_known() {
        set_public_origin("");
        assert_eq!(public_url("/book"), None);
        set_base("/portfolio/");
        set_public_origin("https://example.com/");
        assert_eq!(public_url("/architecture/x").as_deref(), Some("https://example.com/portfolio/architecture/x"));
        assert_eq!(public_url("https://elsewhere.example/"), None);
        set_public_origin("");
        set_base("/");
    }

    #[test]
    fn external_links_and_fragments_pass_through() {
        set_base("/portfolio/");
        assert_eq!(href("https://example.com/x"), "https://example.com/x");
        assert_eq!(href("mailto:someone@example.com"), "mailto:someone@example.com");
        assert_eq!(href("#faq"), "#faq");
        assert_eq!(href("//cdn.example.com/x"), "//cdn.example.com/x");
        set_base("/");
    }
}
