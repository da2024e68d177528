use leptos::prelude::*;

use crate::components::shared::picture::Picture;
use crate::components::shared::section_header::{SectionHeader, heading_id};
use crate::components::shared::stat_list::StatList;
use crate::content::{self, ProcessStep};
use crate::html::Html;
use crate::pictures;

fn steps_markup(steps: &[ProcessStep]) -> String {
    let mut html = Html::new();
    for step in steps {
        html.open_class("li", "process__step")
            .element("span", "process__number", &step.number)
            .element("h3", "process__title", &step.title)
            .element("p", "process__body", &step.body)
            .open_class("ul", "tags");
        for tag in &step.tags {
            html.element("li", "tag", tag);
        }
        html.close("ul").close("li");
    }
    html.into()
}

/// The process: three numbered steps with their tags, the workflow picture and its numbers.
#[component]
pub fn ProcessSection() -> impl IntoView {
    let process = &content::site().process;
    view! {
        <section id=process.intro.anchor.as_str() class="section process" aria-labelledby=heading_id(&process.intro.anchor)>
            <div class="container">
                <SectionHeader intro=&process.intro/>
                <div class="process__layout">
                    <ol class="process__steps" inner_html=steps_markup(&process.steps)></ol>
                    <div class="process__aside">
                        <Picture class="process__picture" svg=pictures::workflow(&process.steps, &process.picture_alt)/>
                        <StatList stats=&process.stats class="stats--process"/>
                    </div>
                </div>
            </div>
        </section>
    }
}
