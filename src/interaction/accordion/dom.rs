//! The accordion in the browser: applies the state to the markup, toggles a
//! question on a press and opens the one a later `#slug` points at.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::state::Accordion;
use crate::interaction::browser::{Listener, Running, after_next_paint, by_id_below, elements_below, window};

/// The questions' state and the markup it is shown on. The slugs come
/// from the markup (each item's id), so the behaviour needs no content.
struct Questions {
    root: Element,
    state: Accordion,
}

impl Questions {
    /// Question `index`'s item (`suffix` ""), button ("-question") or answer ("-answer").
    fn part(&self, index: usize, suffix: &str) -> Option<Element> {
        by_id_below(&self.root, &format!("{}{suffix}", self.state.slug(index)?))
    }

    /// Shows question `index` open or closed as the state says.
    fn show(&self, index: usize) {
        let open = self.state.is_open(index);
        if let Some(button) = self.part(index, "-question") {
            let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
        }
        if let Some(panel) = self.part(index, "-answer") {
            let _ = panel.class_list().toggle_with_force("accordion__panel--closed", !open);
        }
    }

    /// Shows every question as the state says and brings `target` into view.
    fn show_all(&self, target: Option<usize>) {
        for index in 0..self.state.len() {
            self.show(index);
        }
        if let Some(item) = target.and_then(|index| self.part(index, "")) {
            item.scroll_into_view();
        }
    }

    /// The question whose button an event came from, if any.
    fn pressed(&self, ev: &web_sys::Event) -> Option<usize> {
        let target = ev.target()?.dyn_into::<Element>().ok()?;
        let button = target.closest(".accordion__trigger").ok()??;
        let slug = button.id();
        self.state.index_of(slug.strip_suffix("-question")?)
    }
}

fn location_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The accordion's behaviour on the markup below `root` (written by
/// [`questions_markup`](super::markup::questions_markup)): the questions
/// close, except the one the URL's `#slug` points at; a button (pointer,
/// Enter or Space) toggles its answer; a later `#slug` opens its question and
/// brings it into view. It stops when the returned value is dropped.
pub fn attach(root: &Element) -> Running {
    let slugs = elements_below(root, ".accordion__item").iter().map(Element::id).collect::<Vec<_>>();
    let mut questions = Questions { root: root.clone(), state: Accordion::all_open(slugs) };
    // Start-up is instant: the collapsed state is painted before the
    // animation is turned on.
    let target = questions.state.collapse_except(&location_hash());
    questions.show_all(target);
    let animated = root.clone();
    after_next_paint(move || {
        let _ = animated.class_list().add_1("accordion--animated");
    });

    let questions = Rc::new(RefCell::new(questions));
    let on_click = questions.clone();
    let clicks = Listener::new(root.clone().into(), "click", move |ev| {
        // One listener for every question: the pressed button names its question.
        let mut questions = on_click.borrow_mut();
        if let Some(index) = questions.pressed(&ev) {
            questions.state.toggle(index);
            questions.show(index);
        }
    });
    let on_hash = questions.clone();
    let hashes = Listener::new(window().into(), "hashchange", move |_| {
        let mut questions = on_hash.borrow_mut();
        let target = questions.state.open_anchor(&location_hash());
        questions.show_all(target);
    });
    Box::new((questions, clicks, hashes))
}
