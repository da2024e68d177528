use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::components::home::{
    architecture_section::ArchitectureSection, case_studies_section::CaseStudiesSection, hero_section::HeroSection,
    pattern_section::PatternSection, process_section::ProcessSection, questions_section::QuestionsSection,
};
use crate::components::shared::closing_cta::ClosingCta;
use crate::content;

/// `/`: the landing page, its sections in the order of the owner's copy.
#[component]
pub fn HomePage() -> impl IntoView {
    let home = &content::site().home;
    view! {
        <Title text=home.title.as_str()/>
        <Meta name="description" content=home.description.as_str()/>
        <HeroSection/>
        <PatternSection/>
        <ProcessSection/>
        <CaseStudiesSection/>
        <ArchitectureSection/>
        <QuestionsSection/>
        <ClosingCta/>
    }
}
