//! Search and social metadata: `content/seo.json`.

use serde::Deserialize;

/// The site's public address and what search engines and link previews show.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Seo {
    #[serde(rename = "$schema", default, skip_serializing)]
    #[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(skip))]
    pub schema: Option<String>,
    /// The public URL of the site root, e.g. `https://kavyagaur.dev` (the
    /// `SITE_URL` variable of a release build overrides it).
    pub site_url: String,
    /// Open Graph locale, e.g. `en_US`.
    pub locale: String,
    /// The 1200×630 link preview picture, from the site root.
    pub og_image: String,
    pub og_image_alt: String,
    /// Where the no-JavaScript booking link and the fallback mail go.
    pub contact_email: String,
    pub person: PersonSeo,
    pub service: ServiceSeo,
}

/// Structured data for the owner (schema.org `Person`).
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PersonSeo {
    pub knows_about: Vec<String>,
}

/// Structured data for her service (schema.org `ProfessionalService`).
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ServiceSeo {
    pub name: String,
    pub service_type: String,
    pub area_served: String,
}
