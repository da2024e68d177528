use leptos::prelude::*;

use crate::pages::not_found::NotFoundPage;

/// `/architecture/:slug`: one building block in full.
#[component]
pub fn ArchitecturePage() -> impl IntoView {
    view! { <NotFoundPage/> }
}
