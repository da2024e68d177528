use leptos::prelude::*;

/// A picture drawn as SVG markup by `crate::pictures`; the SVG carries its
/// own `role="img"` and text alternative.
#[component]
pub fn Picture(svg: String, #[prop(optional)] class: &'static str) -> impl IntoView {
    view! { <div class=format!("picture-frame {class}") inner_html=svg></div> }
}
