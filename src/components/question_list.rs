use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::content;
use crate::html::Html;
use crate::interaction::accordion::Accordion;

/// The questions as a WAI-ARIA accordion: a button in each heading toggles
/// its answer (`aria-expanded`, `aria-controls`, a region labelled by the
/// button); several can be open at once. Every answer is open in the
/// prerendered page, so it reads without wasm; once the app runs they close,
/// except the one a `#slug` link points at, which opens and comes into view.
/// The markup is static (`crate::html`); the state (`interaction::accordion`)
/// is applied to it directly, which keeps the wasm small.
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

    view! {
        <div
            class="accordion"
            id="questions-accordion"
            on:click=move |ev| {
                // One listener for every question: the button that was pressed
                // (Enter and Space press a button too) names its question.
                #[cfg(target_arch = "wasm32")]
                if let Some(index) = dom::pressed_question(&ev) {
                    state.update_value(|s| s.toggle(index));
                    state.with_value(|s| dom::show(s, index));
                }
                #[cfg(not(target_arch = "wasm32"))]
                let _ = ev;
            }
            inner_html=questions_markup()
        ></div>
    }
}

/// Every question open, as the page reads before the app runs: a heading
/// with its button, and the answer in a region labelled by that button.
fn questions_markup() -> String {
    let mut html = Html::new();
    for question in content::questions() {
        let (button_id, panel_id) = (format!("{}-question", question.slug), format!("{}-answer", question.slug));
        html.open("div", &[("class", "accordion__item"), ("id", &question.slug)]).open_class("h3", "accordion__heading");
        let button = [("type", "button"), ("class", "accordion__trigger"), ("id", &button_id), ("aria-expanded", "true"), ("aria-controls", &panel_id)];
        html.open("button", &button).element("span", "accordion__question", &question.question);
        html.open("span", &[("class", "accordion__icon"), ("aria-hidden", "true")]).close("span").close("button").close("h3");
        let panel = [("class", "accordion__panel"), ("id", &panel_id), ("role", "region"), ("aria-labelledby", &button_id)];
        html.open("div", &panel).open_class("div", "accordion__body").element("p", "", &question.answer);
        html.close("div").close("div").close("div");
    }
    html.into()
}

#[cfg(target_arch = "wasm32")]
mod dom {
    use super::Accordion;
    use crate::content;

    /// The index of the question whose button was pressed, if the click was on one.
    pub fn pressed_question(ev: &web_sys::MouseEvent) -> Option<usize> {
        use wasm_bindgen::JsCast;
        let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
        let button = target.closest(".accordion__trigger").ok()??;
        let slug = button.id();
        let slug = slug.strip_suffix("-question")?;
        content::questions().iter().position(|q| q.slug == slug)
    }

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
