use leptos::prelude::*;

use crate::content::CaseStudy;

/// The context line of a case study: its domain, then its stack.
#[component]
pub fn CaseStudyContext(study: &'static CaseStudy) -> impl IntoView {
    view! {
        <p class="case-context">
            <span class="case-context__domain">{study.context.as_str()}</span>
            {study.stack.iter().map(|tech| view! { <span class="case-context__tech">{tech.as_str()}</span> }).collect_view()}
        </p>
    }
}
