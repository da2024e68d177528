use leptos::html::Div;
use leptos::prelude::*;

use crate::figure::Figure;
use crate::interaction::fluctuation::{Fluctuation, seed_for, wander_share};

/// How often the live panel's values move, in milliseconds.
pub const LIVE_TICK_MS: i32 = 1500;

/// The live panel's clock: how many times its values have moved. Provided by
/// [`provide_live_ticks`]; it only advances while the panel is watched.
#[derive(Clone, Copy)]
pub struct LiveTicks(pub ReadSignal<u32>);

/// Provides [`LiveTicks`] to the live values inside `panel` and, in the
/// browser, advances them every [`LIVE_TICK_MS`] while the panel is on
/// screen, the page is visible and motion is welcome. No timer runs otherwise.
pub fn provide_live_ticks(panel: NodeRef<Div>) {
    let (ticks, set_ticks) = signal(0u32);
    provide_context(LiveTicks(ticks));
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| {
        use crate::interaction::browser::{WhileWatched, keep_until_cleanup};
        if let Some(panel) = panel.get() {
            keep_until_cleanup(WhileWatched::start(&panel, LIVE_TICK_MS, move || set_ticks.update(|n| *n += 1)));
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (panel, set_ticks);
}

/// The live version of `figure`, if it has a valid `wander`.
pub fn live_figure(figure: &str, wander: Option<&str>, position: usize) -> Option<Fluctuation> {
    let share = wander_share(wander?)?;
    let parsed = Figure::parse(figure).ok()?;
    Some(Fluctuation::new(parsed, share, seed_for(figure, position)))
}

/// A figure of the live panel that wanders gently around its content value
/// on each tick of [`LiveTicks`]; at rest and when prerendered it shows the
/// figure exactly as written.
#[component]
pub fn LiveValue(
    figure: &'static str,
    /// How far it wanders, e.g. "8%"; without it the figure stays fixed.
    wander: Option<&'static str>,
    /// Its position in the panel, which seeds its wandering.
    position: usize,
) -> impl IntoView {
    let text = RwSignal::new(figure.to_string());
    if let (Some(mut live), Some(LiveTicks(ticks))) = (live_figure(figure, wander, position), use_context::<LiveTicks>()) {
        Effect::new(move |_| {
            if ticks.get() > 0 {
                live.step();
                text.set(live.text());
            }
        });
    }
    view! { <span class="live-value">{move || text.get()}</span> }.into_any()
}
