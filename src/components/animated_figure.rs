use leptos::html::Span;
use leptos::prelude::*;

/// A stat's figure that counts up from zero the first time it scrolls into view.
///
/// At rest (prerendered, before or without wasm, under reduced motion, after
/// the count) it shows the figure exactly as written. The counting text is
/// hidden from screen readers, which read only the final figure; an invisible
/// copy of the final figure reserves the width, so nothing moves while counting.
/// The markup is static; the count writes the text directly, frame by frame.
#[component]
pub fn AnimatedFigure(
    /// The figure as the content writes it, e.g. "12.5%".
    text: &'static str,
) -> impl IntoView {
    let live = NodeRef::<Span>::new();
    #[cfg(target_arch = "wasm32")]
    if let Some(count) = crate::interaction::count_up::CountUp::for_text(text) {
        Effect::new(move |_| {
            if let Some(element) = live.get() {
                count_up_on_first_view(element, count.clone());
            }
        });
    }
    view! {
        <span class="count-up">
            <span class="count-up__shown" aria-hidden="true">
                <span class="count-up__sizer">{text}</span>
                <span class="count-up__live" node_ref=live>{text}</span>
            </span>
            <span class="count-up__final">{text}</span>
        </span>
    }
}

/// Starts the count when `live` first intersects the viewport, unless the
/// visitor prefers reduced motion. The count then runs to its end even if the
/// stat is scrolled away at once, so it always rests on the final figure.
#[cfg(target_arch = "wasm32")]
fn count_up_on_first_view(live: web_sys::HtmlSpanElement, count: crate::interaction::count_up::CountUp) {
    use std::cell::RefCell;
    use std::rc::Rc;

    use crate::interaction::browser::{Frames, InView, keep_until_cleanup, prefers_reduced_motion};

    if prefers_reduced_motion() {
        return;
    }
    let frames: Rc<RefCell<Option<Frames>>> = Rc::default();
    let running = frames.clone();
    let watcher = InView::new(&live.clone(), move |visible| {
        if !visible {
            return true;
        }
        let (count, live) = (count.clone(), live.clone());
        let mut shown = String::new();
        *running.borrow_mut() = Some(Frames::start(move |elapsed_ms| {
            let frame = count.frame(elapsed_ms);
            // Only touch the DOM when the text changes.
            if frame.text != shown {
                live.set_text_content(Some(&frame.text));
                shown = frame.text;
            }
            !frame.done
        }));
        false
    });
    keep_until_cleanup((watcher, frames));
}
