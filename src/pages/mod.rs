//! One module per route.

pub mod architecture;
pub mod book;
pub mod case_study;
pub mod home;
pub mod not_found;

use crate::content::{self, ArchitectureBlock, CaseStudy};

/// Every route that exists, for prerendering and the sitemap.
pub fn routes() -> Vec<String> {
    routes_for(content::case_studies(), content::architecture())
}

/// The routes that exist for the given content (the content checks use this
/// to resolve links in content that is not bundled yet).
pub fn routes_for(case_studies: &[CaseStudy], blocks: &[ArchitectureBlock]) -> Vec<String> {
    let mut routes = vec!["/".to_string(), "/book".to_string()];
    routes.extend(case_studies.iter().map(|study| case_study_path(&study.slug)));
    routes.extend(blocks.iter().map(|block| architecture_path(&block.slug)));
    routes
}

/// The address of a case study's page.
pub fn case_study_path(slug: &str) -> String {
    format!("/case-studies/{slug}")
}

/// The address of a building block's page.
pub fn architecture_path(slug: &str) -> String {
    format!("/architecture/{slug}")
}
