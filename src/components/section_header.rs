use leptos::prelude::*;

use crate::content::SectionIntro;

/// The id of a home page section's heading, for `aria-labelledby`.
pub fn heading_id(anchor: &str) -> String {
    format!("{anchor}-heading")
}

/// The opening of a home page section: code-comment eyebrow, heading, lead.
#[component]
pub fn SectionHeader(intro: &'static SectionIntro) -> impl IntoView {
    view! {
        <header class="section-header">
            <p class="eyebrow">{intro.eyebrow.as_str()}</p>
            <h2 id=heading_id(&intro.anchor) class="section-header__heading">{intro.heading.as_str()}</h2>
            <p class="section-header__lead">{intro.lead.as_str()}</p>
        </header>
    }
    .into_any()
}
