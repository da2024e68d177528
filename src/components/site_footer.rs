use leptos::prelude::*;

use crate::content;

/// The site footer.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let identity = &content::site().identity;
    view! {
        <footer class="site-footer">
            <p>{format!("{} · {}", identity.name, identity.role)}</p>
        </footer>
    }
}
