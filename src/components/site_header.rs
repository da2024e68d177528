use leptos::prelude::*;

use crate::{content, paths};

/// The site header: skip link, name and role linking home, the section
/// navigation and the booking call to action.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = content::site();
    let nav = &site.nav;
    view! {
        // rel="external" leaves the skip link to the browser, which moves focus to <main>.
        <a class="skip-link" href="#main" rel="external">{nav.skip_link.as_str()}</a>
        <header class="site-header">
            <div class="container site-header__inner">
                <a href=paths::href("/") class="site-header__brand">
                    <span class="site-header__name">{site.identity.name.as_str()}</span>
                    <span class="site-header__role">{site.identity.role.as_str()}</span>
                </a>
                <nav class="site-nav" aria-label=nav.label.as_str()>
                    <ul class="site-nav__list">
                        {nav
                            .links
                            .iter()
                            .map(|link| view! { <li><a class="site-nav__link" href=paths::href(&link.href)>{link.label.as_str()}</a></li> })
                            .collect_view()}
                    </ul>
                </nav>
                <a class="button button--primary button--small site-header__cta" href=paths::href(&nav.cta.href)>{nav.cta.label.as_str()}</a>
            </div>
        </header>
    }
    .into_any()
}
