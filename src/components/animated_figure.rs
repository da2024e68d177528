use leptos::html::Span;
use leptos::prelude::*;

#[cfg(target_arch = "wasm32")]
use crate::interaction::count_up::CountUp;

/// A stat's figure that counts up from zero the first time it scrolls into view.
///
/// At rest (prerendered, before or without wasm, under reduced motion, after
/// the count) it shows the figure exactly as written. The counting text is
/// hidden from screen readers, which read only the final figure; an invisible
/// copy of the final figure reserves the width, so nothing moves while counting.
#[component]
pub fn AnimatedFigure(
    /// The figure as the content writes it, e.g. "99.9%".
    text: &'static str,
) -> impl IntoView {
    let shown = RwSignal::new(text.to_string());
    let node = NodeRef::<Span>::new();
    #[cfg(target_arch = "wasm32")]
    if let Some(count) = CountUp::for_text(text) {
        Effect::new(move |_| {
            if let Some(element) = node.get() {
                count_up_on_first_view(&element, count.clone(), shown);
            }
        });
    }
    view! {
        <span class="count-up">
            <span class="count-up__shown" aria-hidden="true" node_ref=node>
                <span class="count-up__sizer">{text}</span>
                <span class="count-up__live">{move || shown.get()}</span>
            </span>
            <span class="count-up__final">{text}</span>
        </span>
    }
    .into_any()
}

/// Starts the count when `element` first intersects the viewport, unless the
/// visitor prefers reduced motion. The count then runs to its end even if the
/// stat is scrolled away at once, so it always rests on the final figure.
#[cfg(target_arch = "wasm32")]
fn count_up_on_first_view(element: &web_sys::HtmlSpanElement, count: CountUp, shown: RwSignal<String>) {
    use std::cell::RefCell;
    use std::rc::Rc;

    use crate::interaction::browser::{Frames, InView, keep_until_cleanup, prefers_reduced_motion};

    if prefers_reduced_motion() {
        return;
    }
    let frames: Rc<RefCell<Option<Frames>>> = Rc::default();
    let running = frames.clone();
    let watcher = InView::new(element, move |visible| {
        if !visible {
            return true;
        }
        let count = count.clone();
        shown.set(count.frame(0.0).text);
        *running.borrow_mut() = Some(Frames::start(move |elapsed_ms| {
            let frame = count.frame(elapsed_ms);
            // Only touch the DOM when the text changes.
            if shown.with_untracked(|text| *text != frame.text) {
                shown.set(frame.text);
            }
            !frame.done
        }));
        false
    });
    keep_until_cleanup((watcher, frames));
}
