use leptos::prelude::*;

use crate::components::gateway_panel::GatewayPanel;
use crate::components::section_header::{SectionHeader, heading_id};
use crate::{content, pages, paths};

/// The architecture section: the gateway panel and the building blocks A to F,
/// each with "Read more" to its page (the interactive explorer hooks in here).
#[component]
pub fn ArchitectureExplorer() -> impl IntoView {
    let section = &content::site().architecture;
    view! {
        <section id=section.intro.anchor.as_str() class="section architecture" aria-labelledby=heading_id(&section.intro.anchor)>
            <div class="container">
                <SectionHeader intro=&section.intro/>
                <div class="architecture__layout">
                    <GatewayPanel/>
                    <ol class="blocks">
                        {content::architecture()
                            .iter()
                            .map(|block| {
                                view! {
                                    <li class="block" id=format!("block-{}", block.slug)>
                                        <span class="block__letter">{block.letter.as_str()}</span>
                                        <h3 class="block__title">{block.title.as_str()}</h3>
                                        <p class="block__summary">{block.summary.as_str()}</p>
                                        // Names the block, since every "Read more" has the same visible text.
                                        <a
                                            class="arrow-link block__link"
                                            href=paths::href(&pages::architecture_path(&block.slug))
                                            aria-label=format!("{}: {}", section.read_more, block.title)
                                        >
                                            {section.read_more.as_str()}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                </div>
            </div>
        </section>
    }
}
