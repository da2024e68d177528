use leptos::prelude::*;

use crate::components::shared::case_study_card::write_case_study_card;
use crate::components::shared::section_header::{heading_id, write_section_header};
use crate::content;
use crate::html::Html;
use crate::interaction::behaviour::{Behaviour, attach_on_mount};

fn case_studies_markup() -> String {
    let section = &content::site().case_studies;
    let mut html = Html::new();
    write_section_header(&mut html, &section.intro);
    html.open_class("div", "case-studies__list");
    for study in content::case_studies() {
        write_case_study_card(&mut html, study, section);
    }
    html.close("div");
    html.into()
}

/// The case studies section: its heading and one card per case study.
#[component]
pub fn CaseStudiesSection() -> impl IntoView {
    let intro = &content::site().case_studies.intro;
    let cards = NodeRef::new();
    attach_on_mount(Behaviour::CountUp, cards);
    view! {
        <section id=intro.anchor.as_str() class="section case-studies" aria-labelledby=heading_id(&intro.anchor)>
            <div class="container" data-behaviour=Behaviour::CountUp.name() node_ref=cards inner_html=case_studies_markup()></div>
        </section>
    }
}
