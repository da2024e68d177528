use leptos::prelude::*;

use crate::components::stat_figure::StatFigure;
use crate::content::Stat;
use crate::html::Html;

/// A list of stats: each figure with its label and optional note (for the
/// counters that animate: hero and process).
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
}

/// The same list as static markup, for stats that never animate (case study metrics).
pub fn write_stat_list(html: &mut Html, stats: &[Stat], label: &str, class: &str) {
    html.open("ul", &[("class", &format!("stats {class}")), ("aria-label", label)]);
    for stat in stats {
        html.open_class("li", "stat").element("span", "stat-figure", &stat.figure).element("span", "stat__label", &stat.label);
        if let Some(note) = &stat.note {
            html.element("span", "stat__note", note);
        }
        html.close("li");
    }
    html.close("ul");
}
