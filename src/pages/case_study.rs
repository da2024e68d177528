use leptos::prelude::*;

use crate::pages::not_found::NotFoundPage;

/// `/case-studies/:slug`: one case study in full.
#[component]
pub fn CaseStudyPage() -> impl IntoView {
    view! { <NotFoundPage/> }
}
