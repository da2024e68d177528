use leptos::prelude::*;

use crate::booking::messages::field_name;
use crate::booking::text::fill;
use crate::components::booking_form::BookingState;
use crate::content;

/// The list of problems at the top of the form after a submit, each linking
/// to its field.
#[component]
pub fn BookingErrorSummary() -> impl IntoView {
    let state = expect_context::<BookingState>();
    let copy = content::booking();
    move || {
        let errors = state.errors.get();
        if !state.submitted.get() || errors.is_empty() {
            return None;
        }
        let heading = if errors.len() == 1 { copy.summary_one.clone() } else { fill(&copy.summary_other, &[("count", &errors.len().to_string())]) };
        let items = errors
            .into_iter()
            .map(|(field, message)| {
                let id = field.dom_id();
                let href = format!("#{id}");
                let on_click = move |ev: leptos::ev::MouseEvent| {
                    ev.prevent_default();
                    #[cfg(target_arch = "wasm32")]
                    crate::booking::browser::focus(&id);
                    #[cfg(not(target_arch = "wasm32"))]
                    let _ = &id;
                };
                view! { <li><a href=href on:click=on_click>{fill(&copy.summary_item, &[("field", &field_name(copy, field)), ("message", &message)])}</a></li> }
            })
            .collect_view();
        Some(view! {
            <div class="booking-summary" role="alert" aria-labelledby="booking-summary-heading">
                <h2 id="booking-summary-heading" class="booking-summary__heading">{heading}</h2>
                <ul class="booking-summary__list">{items}</ul>
            </div>
        })
    }
}
