use leptos::prelude::*;

use crate::components::animated_figure::AnimatedFigure;

/// One stat figure, e.g. "12.5%": its final text at rest (so prerendered
/// HTML and no-JS visitors see the real value), counting up from zero the
/// first time it scrolls into view.
#[component]
pub fn StatFigure(figure: &'static str) -> impl IntoView {
    view! { <span class="stat-figure"><AnimatedFigure text=figure/></span> }
}
