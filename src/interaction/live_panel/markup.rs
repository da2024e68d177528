//! The live panel's markup: the name that marks it, its figures and the
//! sparkline. The panel around them is a home section's part
//! (`components::home::gateway_panel`).

use crate::html::Html;

/// The value of `data-behaviour` on the panel whose figures wander.
pub const NAME: &str = "live-panel";

/// How many values the sparkline shows.
pub const POINTS: usize = 24;
/// The sparkline's viewBox, in whole units (see `super::sparkline`).
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 240;

/// A figure of the live panel: exactly as written at rest and when
/// prerendered; with a `wander` (e.g. "8%"), the behaviour moves it gently
/// around its value while the panel is live. `position` (its place in the
/// panel) seeds its wandering.
pub fn write_live_value(html: &mut Html, figure: &str, wander: Option<&str>, position: usize) {
    let position = position.to_string();
    match wander {
        Some(wander) => html.open("span", &[("class", "live-value"), ("data-wander", wander), ("data-position", &position)]),
        None => html.open_class("span", "live-value"),
    };
    html.text(figure).close("span");
}

/// A small decorative line of the recent values of the live value at
/// `follows` (its position in the panel), hidden from assistive technology.
/// Flat at rest; the behaviour draws it while live.
pub fn write_sparkline(html: &mut Html, follows: usize) {
    let middle = HEIGHT / 2;
    let (view_box, points, follows) = (format!("0 -8 {WIDTH} {}", HEIGHT + 16), format!("0,{middle} {WIDTH},{middle}"), follows.to_string());
    html.open(
        "svg",
        &[("class", "sparkline"), ("viewBox", &view_box), ("preserveAspectRatio", "none"), ("aria-hidden", "true"), ("focusable", "false")],
    );
    let line = [("class", "sparkline__line"), ("data-follows", &follows), ("points", &points), ("vector-effect", "non-scaling-stroke")];
    html.open("polyline", &line).close("polyline").close("svg");
}
