use leptos::prelude::*;

use crate::components::shared::section_header::{heading_id, write_section_header};
use crate::content::{self, PatternSection as Pattern};
use crate::html::Html;

fn pattern_markup(pattern: &Pattern) -> String {
    let mut html = Html::new();
    write_section_header(&mut html, &pattern.intro);
    html.open_class("ul", "pattern__list");
    for mode in &pattern.failure_modes {
        html.open_class("li", "pattern__item")
            .element("p", "pattern__problem", &mode.problem)
            .open_class("p", "pattern__impact")
            .element("span", "pattern__impact-label", &pattern.impact_label)
            .text(" ")
            .element("span", "pattern__impact-text", &mode.impact)
            .close("p")
            .close("li");
    }
    html.close("ul");
    html.into()
}

/// "The pattern": the failure modes that show up first in production, each with its impact.
#[component]
pub fn PatternSection() -> impl IntoView {
    let pattern = &content::site().pattern;
    view! {
        <section id=pattern.intro.anchor.as_str() class="section pattern" aria-labelledby=heading_id(&pattern.intro.anchor)>
            <div class="container" inner_html=pattern_markup(pattern)></div>
        </section>
    }
}
