//! The count-up's markup: the name that marks it and a counting figure.

use crate::html::Html;

/// The value of `data-behaviour` on an element whose figures count up.
pub const NAME: &str = "count-up";

/// Markup of a stat's figure that counts up from zero the first time it
/// scrolls into view, when an element above it is marked [`NAME`].
///
/// At rest (prerendered, before or without wasm, under reduced motion, after
/// the count) it shows the figure exactly as written. The counting text is
/// hidden from screen readers, which read only the final figure; an invisible
/// copy of the final figure reserves the width, so nothing moves while counting.
/// The behaviour draws into `.count-up__live`.
pub fn write_figure(html: &mut Html, text: &str) {
    html.open_class("span", "count-up").open("span", &[("class", "count-up__shown"), ("aria-hidden", "true")]);
    html.element("span", "count-up__sizer", text).element("span", "count-up__live", text).close("span");
    html.element("span", "count-up__final", text).close("span");
}
