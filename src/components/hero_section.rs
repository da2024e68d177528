use leptos::prelude::*;

use crate::paths;

use crate::components::picture::Picture;
use crate::components::stat_list::StatList;
use crate::{content, pictures};

/// The hero: headline with its highlighted word, lead, calls to action, the
/// architecture picture and the headline numbers.
#[component]
pub fn HeroSection() -> impl IntoView {
    let site = content::site();
    let hero = &site.hero;
    let headline = site.home.headline.as_str();
    let highlight = hero.headline_highlight.as_str();
    let headline = match headline.split_once(highlight) {
        Some((before, after)) => view! { {before}<span class="hero__highlight">{highlight}</span>{after} }.into_any(),
        None => headline.into_any(),
    };
    view! {
        <section class="hero" aria-labelledby="hero-heading">
            <div class="container hero__inner">
                <div class="hero__copy">
                    <p class="eyebrow">{hero.eyebrow.as_str()}</p>
                    <h1 id="hero-heading" class="hero__headline">{headline}</h1>
                    <p class="hero__lead">{hero.lead.as_str()}</p>
                    <div class="hero__actions">
                        <a class="button button--primary" href=paths::href(&hero.primary_cta.href)>{hero.primary_cta.label.as_str()}</a>
                        <a class="button button--secondary" href=paths::href(&hero.secondary_cta.href)>{hero.secondary_cta.label.as_str()}</a>
                    </div>
                </div>
                <Picture class="hero__picture" svg=pictures::architecture_map(content::architecture(), &hero.picture_alt)/>
            </div>
            <div class="container">
                <StatList stats=&site.stats label=hero.stats_label.as_str() class="stats--hero"/>
            </div>
        </section>
    }
    .into_any()
}
