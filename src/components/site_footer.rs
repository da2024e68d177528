use leptos::prelude::*;

use crate::paths;

use crate::content;

/// The site footer: name and role, tagline, links and colophon.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let site = content::site();
    let footer = &site.footer;
    view! {
        <footer class="site-footer">
            <div class="container site-footer__inner">
                <div class="site-footer__about">
                    <p class="site-footer__name">{site.identity.name.as_str()} " · " {site.identity.role.as_str()}</p>
                    <p class="site-footer__tagline">{footer.tagline.as_str()}</p>
                </div>
                <nav class="site-footer__nav" aria-label=footer.links_label.as_str()>
                    <ul>
                        {footer.links.iter().map(|link| view! { <li><a href=paths::href(&link.href)>{link.label.as_str()}</a></li> }).collect_view()}
                    </ul>
                </nav>
                <p class="site-footer__colophon">{footer.colophon.as_str()}</p>
            </div>
        </footer>
    }
    .into_any()
}
