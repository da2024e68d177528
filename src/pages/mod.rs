//! One module per route.

pub mod architecture;
pub mod book;
pub mod case_study;
pub mod home;
pub mod not_found;

use crate::{content, paths};

/// Every route that exists, for prerendering and the sitemap.
pub fn routes() -> Vec<String> {
    let case_studies = content::case_studies().iter().map(|study| study.slug.as_str());
    paths::routes_for(case_studies, content::architecture().iter().map(|block| block.slug.as_str()))
}
