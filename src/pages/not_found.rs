use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::content;
use crate::html::Html;

/// Any unknown path: says so and links home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let copy = &content::site().not_found;
    view! {
        <Title text=copy.title.as_str()/>
        <Meta name="description" content=copy.description.as_str()/>
        <Meta name="robots" content="noindex"/>
        <section class="not-found" aria-labelledby="page-heading" inner_html=not_found_markup()></section>
    }
}

/// The page's text and its link home, as markup (static: see `crate::html`).
fn not_found_markup() -> String {
    let copy = &content::site().not_found;
    let mut html = Html::new();
    html.open_class("div", "container not-found__inner").element("p", "eyebrow", &copy.eyebrow);
    html.open("h1", &[("id", "page-heading")]).text(&copy.heading).close("h1");
    html.element("p", "", &copy.body);
    html.open("p", &[]).link("/", "button button--primary", &copy.home_link).close("p");
    html.close("div");
    html.into()
}
