use crate::html::Html;

/// How many values the sparkline shows.
pub const POINTS: usize = 24;
/// The sparkline's viewBox, in whole units (see `interaction::sparkline`).
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 240;

/// A small decorative line of the recent values of the live value at
/// `follows` (its position in the panel), hidden from assistive technology.
/// Flat at rest; `live_value::animate_live_values` draws it while live.
pub fn write_live_sparkline(html: &mut Html, follows: usize) {
    let middle = HEIGHT / 2;
    let (view_box, points, follows) = (format!("0 -8 {WIDTH} {}", HEIGHT + 16), format!("0,{middle} {WIDTH},{middle}"), follows.to_string());
    html.open(
        "svg",
        &[("class", "sparkline"), ("viewBox", &view_box), ("preserveAspectRatio", "none"), ("aria-hidden", "true"), ("focusable", "false")],
    );
    let line = [("class", "sparkline__line"), ("data-follows", &follows), ("points", &points), ("vector-effect", "non-scaling-stroke")];
    html.open("polyline", &line).close("polyline").close("svg");
}
