use leptos::prelude::*;

use crate::content::{self, Site};
use crate::paths;
use crate::html::Html;
use crate::components::site::theme_choice::write_theme_choice;

fn header_markup(site: &Site) -> String {
    let nav = &site.nav;
    let mut html = Html::new();
    html.open_class("div", "container site-header__inner")
        .open("a", &[("href", &paths::href("/")), ("class", "site-header__brand")])
        .element("span", "site-header__name", &site.identity.name)
        .element("span", "site-header__role", &site.identity.role)
        .close("a")
        .open("nav", &[("class", "site-nav"), ("aria-label", &nav.label)])
        .open_class("ul", "site-nav__list");
    for link in &nav.links {
        html.open("li", &[]).link(&link.href, "site-nav__link", &link.label).close("li");
    }
    html.close("ul").close("nav");
    write_theme_choice(&mut html, &nav.theme);
    html.link(&nav.cta.href, "button button--primary button--small site-header__cta", &nav.cta.label)
        .close("div");
    html.into()
}

/// The site header: skip link, name and role linking home, the section
/// navigation, the colour theme choice and the booking call to action.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = content::site();
    // Where the app rendered the header itself, the inline script's check has passed.
    #[cfg(target_arch = "wasm32")]
    Effect::new(|_| crate::components::site::theme_choice::check_current_choice());
    view! {
        // rel="external" leaves the skip link to the browser, which moves focus to <main>.
        <a class="skip-link" href="#main" rel="external">{site.nav.skip_link.as_str()}</a>
        <header class="site-header" inner_html=header_markup(site)></header>
    }
}
