use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::A;

use crate::{content, paths};

/// Any unknown path: says so and links home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let copy = &content::site().not_found;
    view! {
        <Title text=copy.title.clone()/>
        <Meta name="description" content=copy.description.clone()/>
        <Meta name="robots" content="noindex"/>
        <section class="not-found">
            <h1>{copy.heading.clone()}</h1>
            <p>{copy.body.clone()}</p>
            <p><A href=paths::href("/")>{copy.home_link.clone()}</A></p>
        </section>
    }
}
