use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use crate::components::shared::closing_cta::ClosingCta;
use crate::components::shared::term_list::write_term_list;
use crate::content::{self, ArchitectureBlock};
use crate::html::Html;
use crate::pages::not_found::NotFoundPage;
use crate::paths;

/// The building block in full: what it is, patterns, tools, failure modes
/// and where a request goes next.
fn article_markup(block: &ArchitectureBlock) -> String {
    let copy = &content::site().architecture_page;
    let mut html = Html::new();
    html.open_class("div", "container detail__inner")
        .link(&copy.back_link.href, "back-link", &copy.back_link.label)
        .element("p", "eyebrow", &copy.eyebrow)
        .open("h1", &[("id", "page-heading"), ("class", "detail__title")])
        .element("span", "block__letter block__letter--large", &block.letter)
        .text(" ")
        .text(&block.title)
        .close("h1")
        .element("p", "detail__lead", &block.summary)
        .open_class("div", "detail__prose")
        .element("h2", "", &copy.what_heading)
        .paragraphs(&block.what)
        .element("h2", "", &copy.patterns_heading);
    write_term_list(&mut html, &block.patterns);
    html.element("h2", "", &copy.tools_heading);
    write_term_list(&mut html, &block.tools);
    html.element("h2", "", &copy.failure_modes_heading);
    write_term_list(&mut html, &block.failure_modes);
    html.element("h2", "", &copy.flows_heading);
    if block.flows_to.is_empty() {
        html.element("p", "", &copy.no_flows);
    } else {
        html.open_class("ul", "flows");
        for flow in &block.flows_to {
            if let Some(next) = content::architecture_block(&flow.to) {
                let route = paths::architecture_path(&next.slug);
                let href = paths::href(&route);
                let print_url = paths::public_url(&route);
                let mut link = vec![("class", "flows__link"), ("href", href.as_str())];
                // Printed pages follow the link with its full URL (style/main.css).
                if let Some(url) = &print_url {
                    link.push(("data-print-url", url));
                }
                html.open_class("li", "flows__item")
                    .open("a", &link)
                    .element("span", "block__letter", &next.letter)
                    .text(" ")
                    .text(&next.title)
                    .close("a")
                    .element("span", "flows__label", &flow.label)
                    .close("li");
            }
        }
        html.close("ul");
    }
    html.close("div").close("div");
    html.into()
}

/// `/architecture/:slug`: one building block in full, or the 404 page for an unknown slug.
#[component]
pub fn ArchitecturePage() -> impl IntoView {
    let params = use_params_map();
    // Follows the slug, so the "where next" links re-render in place.
    move || match params.with(|p| p.get_str("slug").and_then(content::architecture_block)) {
        Some(block) => Either::Left(view! {
            <Title text=block.title.as_str()/>
            <Meta name="description" content=block.summary.as_str()/>
            <article class="detail" aria-labelledby="page-heading" inner_html=article_markup(block)></article>
            <ClosingCta/>
        }),
        None => Either::Right(view! { <NotFoundPage/> }),
    }
}
