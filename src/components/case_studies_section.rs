use leptos::prelude::*;

use crate::components::case_study_card::CaseStudyCard;
use crate::components::section_header::{SectionHeader, heading_id};
use crate::content;

/// The case studies section: its heading and one card per case study.
#[component]
pub fn CaseStudiesSection() -> impl IntoView {
    let intro = &content::site().case_studies.intro;
    view! {
        <section id=intro.anchor.as_str() class="section case-studies" aria-labelledby=heading_id(&intro.anchor)>
            <div class="container">
                <SectionHeader intro/>
                <div class="case-studies__list">
                    {content::case_studies().iter().map(|study| view! { <CaseStudyCard study/> }).collect_view()}
                </div>
            </div>
        </section>
    }
    .into_any()
}
