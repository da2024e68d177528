//! One typed schema per kind of content.

use serde::Deserialize;

/// Everything in `content/site.json`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub identity: Identity,
    pub home: HomeCopy,
    pub not_found: NotFoundCopy,
}

/// Who the site is for: shown in the header and in titles.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Identity {
    pub name: String,
    pub role: String,
}

/// The home page's metadata and headline.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HomeCopy {
    pub title: String,
    pub description: String,
    pub headline: String,
}

/// The 404 page.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotFoundCopy {
    pub title: String,
    pub description: String,
    pub heading: String,
    pub body: String,
    pub home_link: String,
}
