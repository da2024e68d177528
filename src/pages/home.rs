use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::content;

/// `/`: the landing page.
#[component]
pub fn HomePage() -> impl IntoView {
    let home = &content::site().home;
    view! {
        <Title text=home.title.clone()/>
        <Meta name="description" content=home.description.clone()/>
        <section class="hero">
            <h1>{home.headline.clone()}</h1>
        </section>
    }
}
