use leptos::prelude::*;

use crate::content::SectionIntro;
use crate::html::Html;

/// The id of a home page section's heading, for `aria-labelledby`.
pub fn heading_id(anchor: &str) -> String {
    format!("{anchor}-heading")
}

/// Writes a section's opening: code-comment eyebrow, `h2`, lead.
pub fn write_section_header(html: &mut Html, intro: &SectionIntro) {
    html.open_class("header", "section-header")
        .element("p", "eyebrow", &intro.eyebrow)
        .open("h2", &[("id", &heading_id(&intro.anchor)), ("class", "section-header__heading")])
        .text(&intro.heading)
        .close("h2")
        .element("p", "section-header__lead", &intro.lead)
        .close("header");
}

/// The opening of a home page section: code-comment eyebrow, heading, lead.
#[component]
pub fn SectionHeader(intro: &'static SectionIntro) -> impl IntoView {
    let mut html = Html::new();
    write_section_header(&mut html, intro);
    view! { <div class="section-header-wrap" inner_html=String::from(html)></div> }
}
