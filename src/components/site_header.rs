use leptos::prelude::*;
use leptos_router::components::A;

use crate::{content, paths};

/// The site header: the owner's name and role, linking home.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let identity = &content::site().identity;
    view! {
        <header class="site-header">
            <A href=paths::href("/") attr:class="site-header__brand">
                <span class="site-header__name">{identity.name.clone()}</span>
                <span class="site-header__role">{identity.role.clone()}</span>
            </A>
        </header>
    }
}
