use leptos::prelude::*;

use crate::interaction::behaviour::{ATTR, Behaviour, attach_on_mount};
use crate::interaction::flow;

/// A picture drawn as SVG markup by `crate::pictures`; the SVG carries its
/// own `role="img"` and text alternative. Its flows move while it is seen
/// (`interaction::flow`).
#[component]
pub fn Picture(svg: String, #[prop(optional)] class: &'static str) -> impl IntoView {
    let frame = NodeRef::<leptos::html::Div>::new();
    attach_on_mount(Behaviour::Flow, frame);
    view! { <div class=format!("picture-frame {class}") data-behaviour=flow::markup::NAME node_ref=frame inner_html=svg></div> }
}

/// The same frame as markup, for pictures inside static sections (whose
/// component attaches [`Behaviour::Flow`] itself in the app).
pub fn write_picture(html: &mut crate::html::Html, svg: &str, class: &str) {
    html.open("div", &[("class", &format!("picture-frame {class}")), (ATTR, flow::markup::NAME)]).raw(svg).close("div");
}
