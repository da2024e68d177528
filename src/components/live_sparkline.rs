use leptos::prelude::*;

use crate::components::live_value::{LiveTicks, live_figure};
use crate::interaction::sparkline::History;

/// How many values the sparkline shows.
const POINTS: usize = 24;
/// The sparkline's viewBox, in whole units (see `History::points`).
const WIDTH: u32 = 1200;
const HEIGHT: u32 = 240;

/// A small decorative line of a live figure's recent values. It moves with
/// the figure's [`super::live_value::LiveValue`] (same figure, wander and
/// position give the same sequence) and is hidden from assistive technology.
#[component]
pub fn LiveSparkline(figure: &'static str, wander: &'static str, position: usize) -> impl IntoView {
    let Some(mut live) = live_figure(figure, Some(wander), position) else {
        return ().into_any();
    };
    let band = live.band();
    let mut history = History::filled(live.value(), POINTS);
    let points = RwSignal::new(history.points(WIDTH, HEIGHT, band));
    if let Some(LiveTicks(ticks)) = use_context::<LiveTicks>() {
        Effect::new(move |_| {
            if ticks.get() > 0 {
                history.push(live.step());
                points.set(history.points(WIDTH, HEIGHT, band));
            }
        });
    }
    view! {
        <svg class="sparkline" viewBox=format!("0 -8 {WIDTH} {}", HEIGHT + 16) preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <polyline class="sparkline__line" points=move || points.get() vector-effect="non-scaling-stroke"/>
        </svg>
    }
    .into_any()
}
