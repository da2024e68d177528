//! The flows' markup hooks. The picture frames carry them
//! (`components::shared::picture`).

/// The value of `data-behaviour` on a picture frame whose flows move.
pub const NAME: &str = "flow";

/// Set on the element while its flows move; the CSS animates
/// `.picture__flow` only below it.
pub const FLOWING_ATTR: &str = "data-flowing";
