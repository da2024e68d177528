//! One module per route.

pub mod architecture;
pub mod book;
pub mod case_study;
pub mod home;
pub mod not_found;

/// Every route that exists, for prerendering and the sitemap.
pub fn routes() -> Vec<String> {
    vec!["/".to_string(), "/book".to_string()]
}
