use leptos::prelude::*;

use crate::components::shared::section_header::heading_id;
use crate::content::{self, ClosingCta as Cta};
use crate::html::Html;

fn cta_markup(cta: &Cta) -> String {
    let mut html = Html::new();
    html.open_class("div", "cta__panel")
        .open("h2", &[("id", &heading_id(&cta.anchor)), ("class", "cta__heading")])
        .text(&cta.heading)
        .close("h2")
        .element("p", "cta__body", &cta.body)
        .link(&cta.button.href, "button button--primary button--large", &cta.button.label)
        .close("div");
    html.into()
}

/// The closing call to action to book a call; ends the home and detail pages.
#[component]
pub fn ClosingCta() -> impl IntoView {
    let cta = &content::site().closing_cta;
    view! {
        <section id=cta.anchor.as_str() class="section cta" aria-labelledby=heading_id(&cta.anchor)>
            <div class="container" inner_html=cta_markup(cta)></div>
        </section>
    }
}
