use leptos::prelude::*;

use crate::components::shared::picture::write_picture;
use crate::components::shared::stat_list::StatList;
use crate::content::{self, Site};
use crate::interaction::behaviour::{Behaviour, attach_on_mount};
use crate::html::Html;
use crate::pictures;

/// The hero's copy, calls to action and architecture picture.
fn hero_markup(site: &Site) -> String {
    let hero = &site.hero;
    let headline = site.home.headline.as_str();
    // The content checks guarantee the highlight occurs in the headline.
    let (before, highlight, after) = match headline.split_once(hero.headline_highlight.as_str()) {
        Some((before, after)) => (before, hero.headline_highlight.as_str(), after),
        None => (headline, "", ""),
    };
    let mut html = Html::new();
    html.open_class("div", "hero__copy")
        .element("p", "eyebrow", &hero.eyebrow)
        .open("h1", &[("id", "hero-heading"), ("class", "hero__headline")])
        .text(before)
        .element("span", "hero__highlight", highlight)
        .text(after)
        .close("h1")
        .element("p", "hero__lead", &hero.lead)
        .open_class("div", "hero__actions")
        .link(&hero.primary_cta.href, "button button--primary", &hero.primary_cta.label)
        .link(&hero.secondary_cta.href, "button button--secondary", &hero.secondary_cta.label)
        .close("div")
        .close("div");
    write_picture(&mut html, &pictures::architecture_map(content::architecture(), &hero.picture_alt), "hero__picture");
    html.into()
}

/// The hero: headline with its highlighted word, lead, calls to action, the
/// architecture picture and the headline numbers.
#[component]
pub fn HeroSection() -> impl IntoView {
    let site = content::site();
    // The picture's frame is static markup inside; its flows move while seen.
    let inner = NodeRef::<leptos::html::Div>::new();
    attach_on_mount(Behaviour::Flow, inner);
    view! {
        <section class="hero" aria-labelledby="hero-heading">
            <div class="container hero__inner" node_ref=inner inner_html=hero_markup(site)></div>
            <div class="container">
                <StatList stats=&site.stats label=site.hero.stats_label.as_str() class="stats--hero"/>
            </div>
        </section>
    }
}
