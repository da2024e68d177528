use leptos::prelude::*;

use crate::components::section_header::{SectionHeader, heading_id};
use crate::content;

/// "The pattern": the failure modes that show up first in production, each with its impact.
#[component]
pub fn PatternSection() -> impl IntoView {
    let pattern = &content::site().pattern;
    view! {
        <section id=pattern.intro.anchor.as_str() class="section pattern" aria-labelledby=heading_id(&pattern.intro.anchor)>
            <div class="container">
                <SectionHeader intro=&pattern.intro/>
                <ul class="pattern__list">
                    {pattern
                        .failure_modes
                        .iter()
                        .map(|mode| {
                            view! {
                                <li class="pattern__item">
                                    <p class="pattern__problem">{mode.problem.as_str()}</p>
                                    <p class="pattern__impact">
                                        <span class="pattern__impact-label">{pattern.impact_label.as_str()}</span>
                                        " "
                                        <span class="pattern__impact-text">{mode.impact.as_str()}</span>
                                    </p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        </section>
    }
    .into_any()
}
