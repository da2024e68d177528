use leptos::prelude::*;

use crate::content::Stat;
use crate::html::Html;
use crate::interaction::behaviour::{Behaviour, attach_on_mount};
use crate::interaction::count_up::markup::write_figure;

/// A list of stats: each figure with its label and optional note, the
/// figures counting up when first seen (hero and process). Static markup,
/// hydrated as one block, with the count-up behaviour.
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
    let list = NodeRef::new();
    attach_on_mount(Behaviour::CountUp, list);
    let mut items = Html::new();
    write_stat_items(&mut items, stats);
    view! {
        <ul class=format!("stats {class}") aria-label=label data-behaviour=Behaviour::CountUp.name() node_ref=list inner_html=String::from(items)></ul>
    }
}

/// The same list as static markup (case study metrics); its figures count up
/// when a container above it has the count-up behaviour.
pub fn write_stat_list(html: &mut Html, stats: &[Stat], label: &str, class: &str) {
    html.open("ul", &[("class", &format!("stats {class}")), ("aria-label", label)]);
    write_stat_items(html, stats);
    html.close("ul");
}

/// One `<li>` per stat: its counting figure, label and note.
fn write_stat_items(html: &mut Html, stats: &[Stat]) {
    for stat in stats {
        html.open_class("li", "stat").open_class("span", "stat-figure");
        write_figure(html, &stat.figure);
        html.close("span").element("span", "stat__label", &stat.label);
        if let Some(note) = &stat.note {
            html.element("span", "stat__note", note);
        }
        html.close("li");
    }
}
