use leptos::prelude::*;

use crate::booking::form::Field;
use crate::booking::messages::field_name;
use crate::booking::text::fill;
use crate::booking::view::state::BookingState;
use crate::content;
use crate::html::Html;

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
    // Written as markup: a list of `view!` items cost the bundle more.
    let items = move || if count() == 0 { String::new() } else { state.errors.with(|errors| summary_items(errors)) };
    // One handler for every link: focus the field itself (not just scroll to it).
    let on_click = move |ev: leptos::ev::MouseEvent| {
        #[cfg(target_arch = "wasm32")]
        {
            use wasm_bindgen::JsCast;
            let link = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest("a[data-field]").ok().flatten());
            if let Some(id) = link.and_then(|a| a.get_attribute("data-field")) {
                ev.prevent_default();
                crate::booking::browser::focus_field(&id);
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = ev;
    };
    view! {
        <div class="booking-summary" role="alert" aria-labelledby="booking-summary-heading" hidden=move || count() == 0>
            <h2 id="booking-summary-heading" class="booking-summary__heading">{heading}</h2>
            <ul class="booking-summary__list" on:click=on_click inner_html=items></ul>
        </div>
    }
}

/// One list item per problem, each a link to its field that says which field
/// and what is wrong with it.
pub fn summary_items(errors: &[(Field, String)]) -> String {
    let copy = content::booking();
    let mut html = Html::new();
    for (field, message) in errors {
        let id = field.dom_id();
        let text = fill(&copy.summary_item, &[("field", &field_name(copy, *field)), ("message", message)]);
        html.open("li", &[]).open("a", &[("href", &format!("#{id}")), ("data-field", &id)]).text(&text).close("a").close("li");
    }
    html.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_problem_links_to_its_field_with_the_message_as_text() {
        let errors = vec![(Field::Email, "Bad <email>".to_string()), (Field::WindowDate(1), "Same as window 1".to_string())];
        let markup = summary_items(&errors);
        assert_eq!(markup.matches("<li>").count(), 2);
        assert!(markup.contains(r##"<a href="#booking-email" data-field="booking-email">"##));
        assert!(markup.contains("Bad &lt;email&gt;"));
        assert!(markup.contains(r##"href="#booking-window-2-date""##));
        assert_eq!(summary_items(&[]), "");
    }
}
