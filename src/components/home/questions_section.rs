use leptos::prelude::*;

use crate::components::shared::section_header::{SectionHeader, heading_id};
use crate::content;
use crate::interaction::accordion::markup::questions_markup;
use crate::interaction::behaviour::{Behaviour, attach_on_mount};

/// The questions section: its header and the questions as a WAI-ARIA
/// accordion (`crate::interaction::accordion`).
#[component]
pub fn QuestionsSection() -> impl IntoView {
    let intro = &content::site().questions.intro;
    let list = NodeRef::new();
    attach_on_mount(Behaviour::Accordion, list);
    view! {
        <section id=intro.anchor.as_str() class="section questions" aria-labelledby=heading_id(&intro.anchor)>
            <div class="container questions__layout">
                <SectionHeader intro/>
                <div class="accordion" id="questions-accordion" data-behaviour=Behaviour::Accordion.name() node_ref=list inner_html=questions_markup()></div>
            </div>
        </section>
    }
}
