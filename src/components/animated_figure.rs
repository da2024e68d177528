use leptos::prelude::*;
use leptos::tachys::html::element::ElementType;

use crate::html::Html;

/// A stat's figure that counts up from zero the first time it scrolls into
/// view (started by [`count_up_within`] on a container of figures).
///
/// At rest (prerendered, before or without wasm, under reduced motion, after
/// the count) it shows the figure exactly as written. The counting text is
/// hidden from screen readers, which read only the final figure; an invisible
/// copy of the final figure reserves the width, so nothing moves while counting.
#[component]
pub fn AnimatedFigure(
    /// The figure as the content writes it, e.g. "12.5%".
    text: &'static str,
) -> impl IntoView {
    view! {
        <span class="count-up">
            <span class="count-up__shown" aria-hidden="true">
                <span class="count-up__sizer">{text}</span>
                <span class="count-up__live">{text}</span>
            </span>
            <span class="count-up__final">{text}</span>
        </span>
    }
}

/// [`AnimatedFigure`]'s markup, for sections written as static HTML.
pub fn write_animated_figure(html: &mut Html, text: &str) {
    html.open_class("span", "count-up").open("span", &[("class", "count-up__shown"), ("aria-hidden", "true")]);
    html.element("span", "count-up__sizer", text).element("span", "count-up__live", text).close("span");
    html.element("span", "count-up__final", text).close("span");
}

/// Counts up every animated figure inside `container` the first time each
/// scrolls into view, unless the visitor prefers reduced motion. A count runs
/// to its end even if the figure is scrolled away at once, so it always rests
/// on the final figure; the text is written directly, frame by frame.
pub fn count_up_within<E>(container: NodeRef<E>)
where
    E: ElementType,
    E::Output: Clone + AsRef<leptos::web_sys::Element> + 'static,
    NodeRef<E>: Get<Value = Option<E::Output>>,
{
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| {
        if let Some(root) = container.get() {
            dom::count_up_all(root.as_ref());
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = container;
}

#[cfg(target_arch = "wasm32")]
mod dom {
    use std::cell::RefCell;
    use std::rc::Rc;

    use wasm_bindgen::JsCast;
    use web_sys::Element;

    use crate::interaction::browser::{Frames, InView, keep_until_cleanup, prefers_reduced_motion};
    use crate::interaction::count_up::CountUp;

    pub fn count_up_all(root: &Element) {
        if prefers_reduced_motion() {
            return;
        }
        let Ok(figures) = root.query_selector_all(".count-up__live") else { return };
        for i in 0..figures.length() {
            let Some(live) = figures.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
            if let Some(count) = CountUp::for_text(&live.text_content().unwrap_or_default()) {
                count_up_on_first_view(live, count);
            }
        }
    }

    fn count_up_on_first_view(live: Element, count: CountUp) {
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
}
