use leptos::prelude::*;

use crate::components::stat_figure::StatFigure;
use crate::content::Stat;

/// A list of stats: each figure with its label and optional note.
#[component]
pub fn StatList(
    stats: &'static [Stat],
    /// Accessible name of the list, where the context does not give one.
    #[prop(optional)]
    label: Option<&'static str>,
    /// Extra class for the layout of this list, e.g. `stats--hero`.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    view! {
        <ul class=format!("stats {class}") aria-label=label>
            {stats
                .iter()
                .map(|stat| {
                    view! {
                        <li class="stat">
                            <StatFigure figure=stat.figure.as_str()/>
                            <span class="stat__label">{stat.label.as_str()}</span>
                            {stat.note.as_deref().map(|note| view! { <span class="stat__note">{note}</span> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
