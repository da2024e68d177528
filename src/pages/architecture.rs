use leptos::prelude::*;

use crate::paths;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use crate::components::{closing_cta::ClosingCta, term_list::TermList};
use crate::content::{self, ArchitectureBlock};
use crate::pages::{self, not_found::NotFoundPage};

/// `/architecture/:slug`: one building block in full, or the 404 page for an unknown slug.
#[component]
pub fn ArchitecturePage() -> impl IntoView {
    let params = use_params_map();
    move || match params.with(|p| p.get_str("slug").and_then(content::architecture_block)) {
        Some(block) => view! { <BlockArticle block/> }.into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}

#[component]
fn BlockArticle(block: &'static ArchitectureBlock) -> impl IntoView {
    let copy = &content::site().architecture_page;
    let flows = if block.flows_to.is_empty() {
        view! { <p>{copy.no_flows.as_str()}</p> }.into_any()
    } else {
        view! {
            <ul class="flows">
                {block
                    .flows_to
                    .iter()
                    .filter_map(|flow| content::architecture_block(&flow.to).map(|next| (flow, next)))
                    .map(|(flow, next)| {
                        view! {
                            <li class="flows__item">
                                <a class="flows__link" href=paths::href(&pages::architecture_path(&next.slug))>
                                    <span class="block__letter">{next.letter.as_str()}</span>
                                    {next.title.as_str()}
                                </a>
                                <span class="flows__label">{flow.label.as_str()}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <Title text=block.title.as_str()/>
        <Meta name="description" content=block.summary.as_str()/>
        <article class="detail" aria-labelledby="page-heading">
            <div class="container detail__inner">
                <a class="back-link" href=paths::href(&copy.back_link.href)>{copy.back_link.label.as_str()}</a>
                <p class="eyebrow">{copy.eyebrow.as_str()}</p>
                <h1 id="page-heading" class="detail__title">
                    <span class="block__letter block__letter--large">{block.letter.as_str()}</span>
                    " "
                    {block.title.as_str()}
                </h1>
                <p class="detail__lead">{block.summary.as_str()}</p>
                <div class="detail__prose">
                    <h2>{copy.what_heading.as_str()}</h2>
                    {block.what.iter().map(|text| view! { <p>{text.as_str()}</p> }).collect_view()}
                    <h2>{copy.patterns_heading.as_str()}</h2>
                    <TermList terms=&block.patterns/>
                    <h2>{copy.tools_heading.as_str()}</h2>
                    <TermList terms=&block.tools/>
                    <h2>{copy.failure_modes_heading.as_str()}</h2>
                    <TermList terms=&block.failure_modes/>
                    <h2>{copy.flows_heading.as_str()}</h2>
                    {flows}
                </div>
            </div>
        </article>
        <ClosingCta/>
    }
    .into_any()
}
