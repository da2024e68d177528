use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::components::{
    architecture_explorer::ArchitectureExplorer, case_studies_section::CaseStudiesSection, closing_cta::ClosingCta,
    hero_section::HeroSection, pattern_section::PatternSection, process_section::ProcessSection,
    questions_accordion::QuestionsAccordion,
};
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
        <ArchitectureExplorer/>
        <QuestionsAccordion/>
        <ClosingCta/>
    }
}
