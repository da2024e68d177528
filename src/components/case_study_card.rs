use leptos::prelude::*;

use crate::paths;

use crate::components::case_study_context::CaseStudyContext;
use crate::components::picture::Picture;
use crate::components::stat_list::StatList;
use crate::content::{self, CaseStudy};
use crate::{pages, pictures};

/// A case study's card on the home page: context, title, summary, metrics,
/// bullets, preview picture and the link to its page.
#[component]
pub fn CaseStudyCard(study: &'static CaseStudy) -> impl IntoView {
    let section = &content::site().case_studies;
    let title_id = format!("case-{}", study.slug);
    let labelled_by = title_id.clone();
    view! {
        <article class="case-card" aria-labelledby=labelled_by>
            <div class="case-card__body">
                <CaseStudyContext study/>
                <h3 id=title_id class="case-card__title">{study.title.as_str()}</h3>
                <p class="case-card__summary">{study.summary.as_str()}</p>
                <StatList stats=&study.metrics label=section.metrics_label.as_str() class="stats--card"/>
                <ul class="case-card__highlights" aria-label=section.highlights_label.as_str()>
                    {study.highlights.iter().map(|item| view! { <li>{item.as_str()}</li> }).collect_view()}
                </ul>
                <a class="arrow-link" href=paths::href(&pages::case_study_path(&study.slug))>
                    {section.card_link.as_str()}
                    <span class="visually-hidden">": " {study.title.as_str()}</span>
                </a>
            </div>
            <Picture class="case-card__preview" svg=pictures::metrics_preview(study)/>
        </article>
    }
    .into_any()
}
