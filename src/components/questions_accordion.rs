use leptos::prelude::*;

use crate::components::section_header::{SectionHeader, heading_id};
use crate::content;

/// The questions, as a WAI-ARIA accordion (heading > button controlling a
/// region). Every answer starts expanded, so the content reads without
/// JavaScript; the open/close behaviour hooks in here.
#[component]
pub fn QuestionsAccordion() -> impl IntoView {
    let intro = &content::site().questions.intro;
    view! {
        <section id=intro.anchor.as_str() class="section questions" aria-labelledby=heading_id(&intro.anchor)>
            <div class="container questions__layout">
                <SectionHeader intro/>
                <div class="accordion">
                    {content::questions()
                        .iter()
                        .map(|question| {
                            let button_id = format!("{}-question", question.slug);
                            let panel_id = format!("{}-answer", question.slug);
                            let (controls, labelled_by) = (panel_id.clone(), button_id.clone());
                            view! {
                                <div class="accordion__item" id=question.slug.as_str()>
                                    <h3 class="accordion__heading">
                                        <button
                                            type="button"
                                            class="accordion__trigger"
                                            id=button_id
                                            aria-expanded="true"
                                            aria-controls=controls
                                        >
                                            <span class="accordion__question">{question.question.as_str()}</span>
                                            <span class="accordion__icon" aria-hidden="true"></span>
                                        </button>
                                    </h3>
                                    <div class="accordion__panel" id=panel_id role="region" aria-labelledby=labelled_by>
                                        <p>{question.answer.as_str()}</p>
                                    </div>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </div>
        </section>
    }
}
