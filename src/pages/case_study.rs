use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use crate::components::shared::case_study_card::{morph_name, write_case_context};
use crate::components::shared::closing_cta::ClosingCta;
use crate::components::shared::stat_list::write_stat_list;
use crate::components::shared::term_list::write_term_list;
use crate::content::{self, CaseStudy};
use crate::html::Html;
use crate::interaction::behaviour::{Behaviour, attach_on_mount};
use crate::pages::not_found::NotFoundPage;

/// The full case study: the card's content and the long write-up.
fn article_markup(study: &CaseStudy) -> String {
    let site = content::site();
    let copy = &site.case_study_page;
    let card = &site.case_studies;
    let mut html = Html::new();
    html.open_class("div", "container detail__inner")
        .link(&copy.back_link.href, "back-link", &copy.back_link.label)
        .element("p", "eyebrow", &copy.eyebrow)
        .open("h1", &[("id", "page-heading"), ("class", "detail__title"), ("data-morph", &morph_name(&study.slug))])
        .text(&study.title)
        .close("h1");
    write_case_context(&mut html, study);
    html.element("p", "detail__lead", &study.summary);
    write_stat_list(&mut html, &study.metrics, &card.metrics_label, "stats--card detail__figures");
    html.open_class("div", "detail__prose").element("h2", "", &card.highlights_label).open_class("ul", "checklist");
    for item in &study.highlights {
        html.element("li", "", item);
    }
    html.close("ul")
        .element("h2", "", &copy.problem_heading)
        .paragraphs(&study.problem)
        .element("h2", "", &copy.approach_heading)
        .paragraphs(&study.approach)
        .element("h2", "", &copy.results_heading)
        .paragraphs(&study.results)
        .element("h2", "", &copy.stack_heading);
    write_term_list(&mut html, &study.stack_notes);
    html.close("div").close("div");
    html.into()
}

/// `/case-studies/:slug`: one case study in full, or the 404 page for an unknown slug.
#[component]
pub fn CaseStudyPage() -> impl IntoView {
    let params = use_params_map();
    let article = NodeRef::new();
    attach_on_mount(Behaviour::CountUp, article);
    // Follows the slug, so links between case studies re-render in place.
    move || match params.with(|p| p.get_str("slug").and_then(content::case_study)) {
        Some(study) => Either::Left(view! {
            <Title text=study.title.as_str()/>
            <Meta name="description" content=study.summary.as_str()/>
            <article class="detail" aria-labelledby="page-heading" data-behaviour=Behaviour::CountUp.name() node_ref=article inner_html=article_markup(study)></article>
            <ClosingCta/>
        }),
        None => Either::Right(view! { <NotFoundPage/> }),
    }
}
