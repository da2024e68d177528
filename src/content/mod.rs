//! The site's copy and figures, bundled at compile time from `content/*.json`
//! into typed structs. Components read from here and never hard-code copy.
//!
//! `build.rs` turns each JSON file into Rust code that constructs its value,
//! so the app carries no JSON parser for its content; `check` (native) parses
//! the same files with serde to report problems precisely.

mod booking;
mod model;
#[cfg(not(target_arch = "wasm32"))]
mod seo;
#[cfg(not(target_arch = "wasm32"))]
pub mod check;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod schema;

pub use booking::*;
pub use model::*;
#[cfg(not(target_arch = "wasm32"))]
pub use seo::*;

use std::sync::LazyLock;

/// Parses a bundled content file at run time, for files that `build.rs` does
/// not compile in. Content is checked by native tests (`content::check`, run
/// by `cargo test` and before prerendering), so a failure is a build defect.
#[allow(dead_code)]
fn parse<T: serde::de::DeserializeOwned>(file: &str, json: &str) -> T {
    serde_json::from_str(json).unwrap_or_else(|err| panic!("content/{file}: {err}"))
}

// The raw text of each content file, for parsing and for the content checks.
pub const SITE_JSON: &str = include_str!("../../content/site.json");
pub const CASE_STUDIES_JSON: &str = include_str!("../../content/case-studies.json");
pub const ARCHITECTURE_JSON: &str = include_str!("../../content/architecture.json");
pub const QUESTIONS_JSON: &str = include_str!("../../content/questions.json");
#[cfg(not(target_arch = "wasm32"))]
pub const SEO_JSON: &str = include_str!("../../content/seo.json");
pub const BOOKING_JSON: &str = include_str!("../../content/booking.json");

/// The content files as Rust, written by `build.rs`.
mod compiled {
    use super::*;

    fn s(text: &str) -> String {
        text.to_owned()
    }

    include!(concat!(env!("CARGO_MANIFEST_DIR"), "/target/generated/content_data.rs"));

    const fn same(a: &str, b: &str) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        true
    }

    // Fails the build rather than ship content other than the bundled files
    // (possible if cargo skipped rerunning build.rs, e.g. when checkouts share
    // a target directory); `touch build.rs` reruns it.
    const _: () = assert!(
        same(SOURCES[0], SITE_JSON)
            && same(SOURCES[1], CASE_STUDIES_JSON)
            && same(SOURCES[2], ARCHITECTURE_JSON)
            && same(SOURCES[3], QUESTIONS_JSON),
        "the compiled content is not from these content/*.json files: run `touch build.rs` and build again"
    );
}

static SITE: LazyLock<Site> = LazyLock::new(compiled::site);
static CASE_STUDIES: LazyLock<CaseStudies> = LazyLock::new(compiled::case_studies);
static ARCHITECTURE: LazyLock<Architecture> = LazyLock::new(compiled::architecture);
static QUESTIONS: LazyLock<Questions> = LazyLock::new(compiled::questions);
static BOOKING: LazyLock<BookingCopy> = LazyLock::new(compiled::booking);

/// Identity, navigation, every home page section's own copy and the detail
/// pages' headings.
pub fn site() -> &'static Site {
    &SITE
}

/// The case studies, in the order the home page shows them.
pub fn case_studies() -> &'static [CaseStudy] {
    &CASE_STUDIES.case_studies
}

/// The case study at `/case-studies/<slug>`.
pub fn case_study(slug: &str) -> Option<&'static CaseStudy> {
    case_studies().iter().find(|study| study.slug == slug)
}

/// The architecture building blocks, A to F.
pub fn architecture() -> &'static [ArchitectureBlock] {
    &ARCHITECTURE.blocks
}

/// The building block at `/architecture/<slug>`.
pub fn architecture_block(slug: &str) -> Option<&'static ArchitectureBlock> {
    architecture().iter().find(|block| block.slug == slug)
}

/// The questions of the questions section.
pub fn questions() -> &'static [Question] {
    &QUESTIONS.questions
}

/// Search and social metadata; only the native release step needs it, so it
/// never reaches the wasm.
#[cfg(not(target_arch = "wasm32"))]
pub fn seo() -> &'static Seo {
    static SEO: LazyLock<Seo> = LazyLock::new(|| parse("seo.json", SEO_JSON));
    &SEO
}

/// The booking page's copy and settings.
pub fn booking() -> &'static BookingCopy {
    &BOOKING
}

/// The booking form's help topics: each building block's slug and title,
/// compiled on their own so the booking page's bundle carries no other
/// architecture copy (`architecture()` has the same blocks; a test checks).
pub fn booking_topics() -> &'static [TopicChoice] {
    static TOPICS: LazyLock<Vec<TopicChoice>> = LazyLock::new(compiled::booking_topics);
    &TOPICS
}

/// The owner's name as the booking form writes it (in the calendar entry),
/// compiled on its own for the same reason (`site().identity.name`).
pub fn booking_owner() -> &'static str {
    static OWNER: LazyLock<String> = LazyLock::new(compiled::booking_owner);
    &OWNER
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_booking_forms_own_copies_match_the_site_content() {
        let blocks: Vec<(&str, &str)> = architecture().iter().map(|b| (b.slug.as_str(), b.title.as_str())).collect();
        let topics: Vec<(&str, &str)> = booking_topics().iter().map(|t| (t.id.as_str(), t.label.as_str())).collect();
        assert_eq!(topics, blocks);
        assert_eq!(booking_owner(), site().identity.name);
    }
}
