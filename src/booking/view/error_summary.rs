use leptos::prelude::*;

use crate::booking::messages::field_name;
use crate::booking::text::fill;
use crate::booking::view::state::BookingState;
use crate::content;

/// The list of problems at the top of the form after a submit, each linking
/// to its field.
#[component]
pub fn BookingErrorSummary() -> impl IntoView {
    let state = expect_context::<BookingState>();
    let copy = content::booking();
    let count = move || if state.submitted.get() { state.errors.with(Vec::len) } else { 0 };
    let heading = move || match count() {
        1 => copy.summary_one.clone(),
        n => fill(&copy.summary_other, &[("count", &n.to_string())]),
    };
    let items = move || {
        if count() == 0 {
            return Vec::new();
        }
        state
            .errors
            .get()
            .into_iter()
            .map(|(field, message)| {
                let id = field.dom_id();
                let text = fill(&copy.summary_item, &[("field", &field_name(copy, field)), ("message", &message)]);
                view! { <li><a href=format!("#{id}") data-field=id>{text}</a></li> }
            })
            .collect_view()
    };
    // One handler for every link: focus the field itself (not just scroll to it).
    let on_click = move |ev: leptos::ev::MouseEvent| {
        #[cfg(target_arch = "wasm32")]
        {
            use wasm_bindgen::JsCast;
            let link = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest("a[data-field]").ok().flatten());
            if let Some(id) = link.and_then(|a| a.get_attribute("data-field")) {
                ev.prevent_default();
                crate::booking::browser::focus(&id);
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = ev;
    };
    view! {
        <div class="booking-summary" role="alert" aria-labelledby="booking-summary-heading" hidden=move || count() == 0>
            <h2 id="booking-summary-heading" class="booking-summary__heading">{heading}</h2>
            <ul class="booking-summary__list" on:click=on_click>{items}</ul>
        </div>
    }
}
