use leptos::prelude::*;

use crate::components::home::gateway_panel::GatewayPanel;
use crate::components::shared::section_header::{SectionHeader, heading_id};
use crate::content;
use crate::interaction::behaviour::{Behaviour, attach_on_mount};
use crate::interaction::explorer::markup::{diagram_of, explorer_markup};

/// The architecture section: the gateway panel and the building blocks A to F
/// as an interactive diagram (the explorer, `crate::interaction::explorer`),
/// each with "Read more" to its page.
#[component]
pub fn ArchitectureSection() -> impl IntoView {
    let section = &content::site().architecture;
    let explorer = NodeRef::new();
    attach_on_mount(Behaviour::Explorer, explorer);
    view! {
        <section id=section.intro.anchor.as_str() class="section architecture" aria-labelledby=heading_id(&section.intro.anchor)>
            <div class="container">
                <SectionHeader intro=&section.intro/>
                <div class="architecture__layout">
                    <GatewayPanel/>
                    <div class="explorer" data-behaviour=Behaviour::Explorer.name() node_ref=explorer inner_html=explorer_markup(&diagram_of(content::architecture()))></div>
                </div>
            </div>
        </section>
    }
}
