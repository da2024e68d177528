use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::content;
use crate::interaction::accordion::Accordion;

/// The questions as a WAI-ARIA accordion: a button in each heading toggles
/// its answer (`aria-expanded`, `aria-controls`, a region labelled by the
/// button); several can be open at once. Every answer is open in the
/// prerendered page, so it reads without wasm; once the app runs they close,
/// except the one a `#slug` link points at, which opens and comes into view.
/// The markup is static; the state (`interaction::accordion`) is applied to it
/// directly, which keeps the wasm small.
#[component]
pub fn QuestionList() -> impl IntoView {
    let questions = content::questions();
    let state = StoredValue::new(Accordion::all_open(questions.iter().map(|q| q.slug.as_str())));
    let hash = use_location().hash;
    Effect::new(move |previous: Option<()>| {
        let fragment = hash.get();
        let target = state
            .try_update_value(|s| if previous.is_none() { s.collapse_except(&fragment) } else { s.open_anchor(&fragment) })
            .flatten();
        #[cfg(target_arch = "wasm32")]
        state.with_value(|s| dom::start(s, target, previous.is_none()));
        #[cfg(not(target_arch = "wasm32"))]
        let _ = target;
    });

    let items = questions
        .iter()
        .enumerate()
        .map(|(index, question)| {
            let button_id = format!("{}-question", question.slug);
            let panel_id = format!("{}-answer", question.slug);
            let (controls, labelled_by) = (panel_id.clone(), button_id.clone());
            view! {
                <div class="accordion__item" id=question.slug.as_str()>
                    <h3 class="accordion__heading">
                        <button
                            type="button"
                            class="accordion__trigger"
                            id=button_id
                            aria-expanded="true"
                            aria-controls=controls
                            on:click=move |_| {
                                state.update_value(|s| s.toggle(index));
                                #[cfg(target_arch = "wasm32")]
                                state.with_value(|s| dom::show(s, index));
                            }
                        >
                            <span class="accordion__question">{question.question.as_str()}</span>
                            <span class="accordion__icon" aria-hidden="true"></span>
                        </button>
                    </h3>
                    <div class="accordion__panel" id=panel_id role="region" aria-labelledby=labelled_by>
                        <div class="accordion__body">
                            <p>{question.answer.as_str()}</p>
                        </div>
                    </div>
                </div>
            }
        })
        .collect_view();
    view! { <div class="accordion" id="questions-accordion">{items}</div> }
}

#[cfg(target_arch = "wasm32")]
mod dom {
    use super::Accordion;
    use crate::content;

    fn by_id(id: &str) -> Option<web_sys::Element> {
        web_sys::window()?.document()?.get_element_by_id(id)
    }

    /// Shows question `index` open or closed as the state says.
    pub fn show(state: &Accordion, index: usize) {
        let slug = &content::questions()[index].slug;
        let open = state.is_open(index);
        if let Some(button) = by_id(&format!("{slug}-question")) {
            let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
        }
        if let Some(panel) = by_id(&format!("{slug}-answer")) {
            let _ = panel.class_list().toggle_with_force("accordion__panel--closed", !open);
        }
    }

    /// Shows every question as the state says and brings `target` into view;
    /// on the first run (start-up, instant) it then turns the animation on.
    pub fn start(state: &Accordion, target: Option<usize>, first: bool) {
        for index in 0..content::questions().len() {
            show(state, index);
        }
        if let Some(item) = target.and_then(|i| by_id(&content::questions()[i].slug)) {
            item.scroll_into_view();
        }
        if first {
            // After the collapsed state has been painted, so start-up is instant.
            leptos::prelude::request_animation_frame(|| {
                leptos::prelude::request_animation_frame(|| {
                    if let Some(list) = by_id("questions-accordion") {
                        let _ = list.class_list().add_1("accordion--animated");
                    }
                })
            });
        }
    }
}
