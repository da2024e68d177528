use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::{content, paths};

/// Any unknown path: says so and links home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let copy = &content::site().not_found;
    view! {
        <Title text=copy.title.as_str()/>
        <Meta name="description" content=copy.description.as_str()/>
        <Meta name="robots" content="noindex"/>
        <section class="not-found" aria-labelledby="page-heading">
            <div class="container not-found__inner">
                <p class="eyebrow">{copy.eyebrow.as_str()}</p>
                <h1 id="page-heading">{copy.heading.as_str()}</h1>
                <p>{copy.body.as_str()}</p>
                <p><a class="button button--primary" href=paths::href("/")>{copy.home_link.as_str()}</a></p>
            </div>
        </section>
    }
}
