use leptos::prelude::*;

use crate::components::picture::Picture;
use crate::components::section_header::{SectionHeader, heading_id};
use crate::components::stat_list::StatList;
use crate::{content, pictures};

/// The process: three numbered steps with their tags, the workflow picture and its numbers.
#[component]
pub fn ProcessSection() -> impl IntoView {
    let process = &content::site().process;
    view! {
        <section id=process.intro.anchor.as_str() class="section process" aria-labelledby=heading_id(&process.intro.anchor)>
            <div class="container">
                <SectionHeader intro=&process.intro/>
                <div class="process__layout">
                    <ol class="process__steps">
                        {process
                            .steps
                            .iter()
                            .map(|step| {
                                view! {
                                    <li class="process__step">
                                        <span class="process__number">{step.number.as_str()}</span>
                                        <h3 class="process__title">{step.title.as_str()}</h3>
                                        <p class="process__body">{step.body.as_str()}</p>
                                        <ul class="tags">
                                            {step.tags.iter().map(|tag| view! { <li class="tag">{tag.as_str()}</li> }).collect_view()}
                                        </ul>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                    <div class="process__aside">
                        <Picture class="process__picture" svg=pictures::workflow(&process.steps, &process.picture_alt)/>
                        <StatList stats=&process.stats class="stats--process"/>
                    </div>
                </div>
            </div>
        </section>
    }
    .into_any()
}
