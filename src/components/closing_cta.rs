use leptos::prelude::*;

use crate::paths;

use crate::components::section_header::heading_id;
use crate::content;

/// The closing call to action to book a call; ends the home and detail pages.
#[component]
pub fn ClosingCta() -> impl IntoView {
    let cta = &content::site().closing_cta;
    view! {
        <section id=cta.anchor.as_str() class="section cta" aria-labelledby=heading_id(&cta.anchor)>
            <div class="container">
                <div class="cta__panel">
                    <h2 id=heading_id(&cta.anchor) class="cta__heading">{cta.heading.as_str()}</h2>
                    <p class="cta__body">{cta.body.as_str()}</p>
                    <a class="button button--primary button--large" href=paths::href(&cta.button.href)>{cta.button.label.as_str()}</a>
                </div>
            </div>
        </section>
    }
    .into_any()
}
