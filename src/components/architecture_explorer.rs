use leptos::prelude::*;

use crate::components::block_diagram::BlockDiagram;
use crate::components::gateway_panel::GatewayPanel;
use crate::components::section_header::{SectionHeader, heading_id};
use crate::content;

/// The architecture section: the gateway panel and the building blocks A to F
/// as an interactive diagram ([`BlockDiagram`]), each with "Read more" to its page.
#[component]
pub fn ArchitectureExplorer() -> impl IntoView {
    let section = &content::site().architecture;
    view! {
        <section id=section.intro.anchor.as_str() class="section architecture" aria-labelledby=heading_id(&section.intro.anchor)>
            <div class="container">
                <SectionHeader intro=&section.intro/>
                <div class="architecture__layout">
                    <GatewayPanel/>
                    <BlockDiagram/>
                </div>
            </div>
        </section>
    }
}
