use leptos::prelude::*;

use crate::pages::not_found::NotFoundPage;

/// `/book`: the booking page (built by the booking work; unknown until then).
#[component]
pub fn BookPage() -> impl IntoView {
    view! { <NotFoundPage/> }
}
