use leptos::prelude::*;

/// How many values the sparkline shows.
pub const POINTS: usize = 24;
/// The sparkline's viewBox, in whole units (see `interaction::sparkline`).
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 240;

/// A small decorative line of the recent values of the live value at
/// `follows` (its position in the panel), hidden from assistive technology.
/// Flat at rest; `live_value::animate_live_values` draws it while live.
#[component]
pub fn LiveSparkline(follows: usize) -> impl IntoView {
    let middle = HEIGHT / 2;
    view! {
        <svg class="sparkline" viewBox=format!("0 -8 {WIDTH} {}", HEIGHT + 16) preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <polyline
                class="sparkline__line"
                data-follows=follows.to_string()
                points=format!("0,{middle} {WIDTH},{middle}")
                vector-effect="non-scaling-stroke"
            />
        </svg>
    }
}
