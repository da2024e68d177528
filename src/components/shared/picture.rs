use leptos::prelude::*;

/// A picture drawn as SVG markup by `crate::pictures`; the SVG carries its
/// own `role="img"` and text alternative.
#[component]
pub fn Picture(svg: String, #[prop(optional)] class: &'static str) -> impl IntoView {
    view! { <div class=format!("picture-frame {class}") inner_html=svg></div> }
}

/// The same frame as markup, for pictures inside static sections.
pub fn write_picture(html: &mut crate::html::Html, svg: &str, class: &str) {
    html.open_class("div", &format!("picture-frame {class}")).raw(svg).close("div");
}
