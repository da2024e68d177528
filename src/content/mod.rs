//! The site's copy and figures, bundled at compile time from `content/*.json`
//! and parsed once into typed structs. Components read from here and never
//! hard-code copy.

mod booking;
mod model;

pub use booking::*;
pub use model::*;

use std::sync::LazyLock;

/// Parses one bundled content file. The files are checked by native tests
/// (`tests/content.rs`) before they ship, so a failure here is a build defect.
fn parse<T: serde::de::DeserializeOwned>(file: &str, json: &str) -> T {
    serde_json::from_str(json).unwrap_or_else(|err| panic!("content/{file}: {err}"))
}

static SITE: LazyLock<Site> = LazyLock::new(|| parse("site.json", SITE_JSON));
static BOOKING: LazyLock<BookingCopy> = LazyLock::new(|| parse("booking.json", BOOKING_JSON));

/// The raw text of each content file, by file name, for the content checks.
pub const SITE_JSON: &str = include_str!("../../content/site.json");
pub const BOOKING_JSON: &str = include_str!("../../content/booking.json");

/// The whole site's content.
pub fn site() -> &'static Site {
    &SITE
}

/// The booking page's copy and settings.
pub fn booking() -> &'static BookingCopy {
    &BOOKING
}
