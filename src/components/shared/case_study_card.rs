//! Markup for a case study's card and its context line.

use crate::components::shared::stat_list::write_stat_list;
use crate::content::{CaseStudiesSection, CaseStudy};
use crate::html::Html;
use crate::paths;

/// Writes the context line of a case study: its domain, then its stack.
pub fn write_case_context(html: &mut Html, study: &CaseStudy) {
    html.open_class("p", "case-context").element("span", "case-context__domain", &study.context);
    for tech in &study.stack {
        html.element("span", "case-context__tech", tech);
    }
    html.close("p");
}

/// The name under which a case study's card title and its page heading are
/// one element across a page change (`view-transition-name`, read from the
/// `data-morph` attribute in style/main.css), so the title morphs into the heading.
pub fn morph_name(slug: &str) -> String {
    format!("case-study-{slug}")
}

/// Writes a case study's card on the home page: context, title and summary,
/// its figures (each shown once, as tiles), the bullets and the link to its page.
pub fn write_case_study_card(html: &mut Html, study: &CaseStudy, section: &CaseStudiesSection) {
    let title_id = format!("case-{}", study.slug);
    html.open("article", &[("class", "case-card"), ("aria-labelledby", &title_id)]).open_class("div", "case-card__head");
    write_case_context(html, study);
    html.open("h3", &[("id", &title_id), ("class", "case-card__title"), ("data-morph", &morph_name(&study.slug))])
        .text(&study.title)
        .close("h3")
        .element("p", "case-card__summary", &study.summary)
        .close("div");
    write_stat_list(html, &study.metrics, &section.metrics_label, "stats--card case-card__figures");
    html.open_class("div", "case-card__details")
        .open("ul", &[("class", "case-card__highlights"), ("aria-label", &section.highlights_label)]);
    for item in &study.highlights {
        html.element("li", "", item);
    }
    html.close("ul")
        .open(
            "a",
            &[
                ("class", "arrow-link"),
                ("href", &paths::href(&paths::case_study_path(&study.slug))),
                // Names the study, since every card's link has the same visible text.
                ("aria-label", &format!("{}: {}", section.card_link, study.title)),
            ],
        )
        .text(&section.card_link)
        .close("a")
        .close("div")
        .close("article");
}
