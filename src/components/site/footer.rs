use leptos::prelude::*;

use crate::content::{self, Site};
use crate::html::Html;

fn footer_markup(site: &Site) -> String {
    let footer = &site.footer;
    let mut html = Html::new();
    html.open_class("div", "container site-footer__inner")
        .open_class("div", "site-footer__about")
        .element("p", "site-footer__name", &format!("{} · {}", site.identity.name, site.identity.role))
        .element("p", "site-footer__tagline", &footer.tagline)
        .close("div")
        .open("nav", &[("class", "site-footer__nav"), ("aria-label", &footer.links_label)])
        .open("ul", &[]);
    for link in &footer.links {
        html.open("li", &[]).link(&link.href, "", &link.label).close("li");
    }
    html.close("ul").close("nav").element("p", "site-footer__colophon", &footer.colophon).close("div");
    html.into()
}

/// The site footer: name and role, tagline, links and colophon.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! { <footer class="site-footer" inner_html=footer_markup(content::site())></footer> }
}
