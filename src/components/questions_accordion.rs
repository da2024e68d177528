use leptos::prelude::*;

use crate::components::question_list::QuestionList;
use crate::components::section_header::{SectionHeader, heading_id};
use crate::content;

/// The questions section: its header and the questions as a WAI-ARIA
/// accordion ([`QuestionList`]).
#[component]
pub fn QuestionsAccordion() -> impl IntoView {
    let intro = &content::site().questions.intro;
    view! {
        <section id=intro.anchor.as_str() class="section questions" aria-labelledby=heading_id(&intro.anchor)>
            <div class="container questions__layout">
                <SectionHeader intro/>
                <QuestionList/>
            </div>
        </section>
    }
}
