use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::content;
use crate::interaction::accordion::Accordion;

/// The questions as a WAI-ARIA accordion: a button in each heading toggles
/// its answer (`aria-expanded`, `aria-controls`, a region labelled by the
/// button); several can be open at once. Every answer is open in the
/// prerendered page, so it reads without wasm; once the app runs they close,
/// except the one a `#slug` link points at, which opens and comes into view.
#[component]
pub fn QuestionList() -> impl IntoView {
    let questions = content::questions();
    let state = RwSignal::new(Accordion::all_open(questions.iter().map(|q| q.slug.as_str())));
    // Animate only after the first collapse, so the start-up is instant.
    let animated = RwSignal::new(false);
    let hash = use_location().hash;
    Effect::new(move |previous: Option<()>| {
        let fragment = hash.get();
        let target = state.try_update(|s| if previous.is_none() { s.collapse_except(&fragment) } else { s.open_anchor(&fragment) }).flatten();
        #[cfg(target_arch = "wasm32")]
        after_next_paint(move || {
            animated.set(true);
            if let Some(index) = target {
                bring_into_view(index);
            }
        });
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
            let open = move || state.with(|s| s.is_open(index));
            view! {
                <div class="accordion__item" id=question.slug.as_str()>
                    <h3 class="accordion__heading">
                        <button
                            type="button"
                            class="accordion__trigger"
                            id=button_id
                            aria-expanded=move || if open() { "true" } else { "false" }
                            aria-controls=controls
                            on:click=move |_| state.update(|s| s.toggle(index))
                        >
                            <span class="accordion__question">{question.question.as_str()}</span>
                            <span class="accordion__icon" aria-hidden="true"></span>
                        </button>
                    </h3>
                    <div
                        class=move || if open() { "accordion__panel" } else { "accordion__panel accordion__panel--closed" }
                        id=panel_id
                        role="region"
                        aria-labelledby=labelled_by
                    >
                        <div class="accordion__body">
                            <p>{question.answer.as_str()}</p>
                        </div>
                    </div>
                </div>
            }
            .into_any()
        })
        .collect_view();
    view! { <div class=move || if animated.get() { "accordion accordion--animated" } else { "accordion" }>{items}</div> }.into_any()
}

/// Runs `f` after the browser has painted the current state (two frames).
#[cfg(target_arch = "wasm32")]
fn after_next_paint(f: impl FnOnce() + 'static) {
    use leptos::prelude::request_animation_frame;
    request_animation_frame(move || request_animation_frame(f));
}

/// Scrolls question `index` to the top of the view (below the sticky header,
/// via its `scroll-margin-top`).
#[cfg(target_arch = "wasm32")]
fn bring_into_view(index: usize) {
    let slug = &content::questions()[index].slug;
    if let Some(item) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(slug)) {
        item.scroll_into_view();
    }
}
