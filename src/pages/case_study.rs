use leptos::prelude::*;

use crate::paths;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use crate::components::{
    case_study_context::CaseStudyContext, closing_cta::ClosingCta, picture::Picture, stat_list::StatList,
    term_list::TermList,
};
use crate::content::{self, CaseStudy};
use crate::pages::not_found::NotFoundPage;
use crate::pictures;

/// Paragraphs of a write-up.
fn paragraphs(texts: &'static [String]) -> impl IntoView {
    texts.iter().map(|text| view! { <p>{text.as_str()}</p> }).collect_view()
}

/// `/case-studies/:slug`: one case study in full, or the 404 page for an unknown slug.
#[component]
pub fn CaseStudyPage() -> impl IntoView {
    let params = use_params_map();
    move || match params.with(|p| p.get_str("slug").and_then(content::case_study)) {
        Some(study) => view! { <CaseStudyArticle study/> }.into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}

#[component]
fn CaseStudyArticle(study: &'static CaseStudy) -> impl IntoView {
    let site = content::site();
    let copy = &site.case_study_page;
    let card = &site.case_studies;
    view! {
        <Title text=study.title.as_str()/>
        <Meta name="description" content=study.summary.as_str()/>
        <article class="detail" aria-labelledby="page-heading">
            <div class="container detail__inner">
                <a class="back-link" href=paths::href(&copy.back_link.href)>{copy.back_link.label.as_str()}</a>
                <p class="eyebrow">{copy.eyebrow.as_str()}</p>
                <h1 id="page-heading" class="detail__title">{study.title.as_str()}</h1>
                <CaseStudyContext study/>
                <p class="detail__lead">{study.summary.as_str()}</p>
                <div class="detail__overview">
                    <StatList stats=&study.metrics label=card.metrics_label.as_str() class="stats--card"/>
                    <Picture class="detail__picture" svg=pictures::metrics_preview(study)/>
                </div>
                <div class="detail__prose">
                    <h2>{card.highlights_label.as_str()}</h2>
                    <ul class="checklist">{study.highlights.iter().map(|item| view! { <li>{item.as_str()}</li> }).collect_view()}</ul>
                    <h2>{copy.problem_heading.as_str()}</h2>
                    {paragraphs(&study.problem)}
                    <h2>{copy.approach_heading.as_str()}</h2>
                    {paragraphs(&study.approach)}
                    <h2>{copy.results_heading.as_str()}</h2>
                    {paragraphs(&study.results)}
                    <h2>{copy.stack_heading.as_str()}</h2>
                    <TermList terms=&study.stack_notes/>
                </div>
            </div>
        </article>
        <ClosingCta/>
    }
    .into_any()
}
