use leptos::prelude::*;

/// One stat figure, e.g. "12.5%", rendered as its final text (so prerendered
/// HTML and no-JS visitors see the real value); the counter animation hooks in here.
#[component]
pub fn StatFigure(figure: &'static str) -> impl IntoView {
    view! { <span class="stat-figure">{figure}</span> }
}
