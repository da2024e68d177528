//! The dispatcher: the page's behaviours, named in the markup
//! (`data-behaviour`), so that a prerendered page can be brought to life
//! without rendering it again. It depends on the behaviours only (each
//! behaviour's module gives its name and `attach`); none depends on it.
//!
//! Each behaviour works on static markup it finds below one element. In the
//! app, the component that renders that element attaches it once mounted
//! ([`attach_on_mount`]); on every prerendered page but `/book`, the small
//! bundle (`src/main_behaviours.rs`) finds the named elements and attaches
//! the same behaviours ([`enhance_page`]), with no router and no hydration.

use leptos::prelude::*;
use leptos::tachys::html::element::ElementType;

use crate::interaction::{accordion, count_up, explorer, flow, live_panel};

/// The attribute that names an element's behaviour.
pub const ATTR: &str = "data-behaviour";

/// What a marked element does once the page runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Behaviour {
    /// Stat figures inside count up the first time each is seen.
    CountUp,
    /// The gateway panel's values wander while it is on screen.
    LivePanel,
    /// The questions open and close (WAI-ARIA accordion).
    Accordion,
    /// The building blocks can be selected, by pointer or keyboard.
    Explorer,
    /// A picture's flows move while it is on screen.
    Flow,
}

impl Behaviour {
    pub const ALL: [Behaviour; 5] =
        [Behaviour::CountUp, Behaviour::LivePanel, Behaviour::Accordion, Behaviour::Explorer, Behaviour::Flow];

    /// The value of [`ATTR`] that names this behaviour.
    pub fn name(self) -> &'static str {
        match self {
            Behaviour::CountUp => count_up::markup::NAME,
            Behaviour::LivePanel => live_panel::markup::NAME,
            Behaviour::Accordion => accordion::markup::NAME,
            Behaviour::Explorer => explorer::markup::NAME,
            Behaviour::Flow => flow::markup::NAME,
        }
    }

    /// The behaviour an [`ATTR`] value names, if any.
    pub fn named(name: &str) -> Option<Behaviour> {
        Behaviour::ALL.into_iter().find(|behaviour| behaviour.name() == name)
    }
}

#[cfg(target_arch = "wasm32")]
impl Behaviour {
    /// Starts this behaviour on the markup below `root`.
    pub fn attach(self, root: &web_sys::Element) -> crate::interaction::browser::Running {
        match self {
            Behaviour::CountUp => count_up::attach(root),
            Behaviour::LivePanel => live_panel::attach(root),
            Behaviour::Accordion => accordion::attach(root),
            Behaviour::Explorer => explorer::attach(root),
            Behaviour::Flow => flow::attach(root),
        }
    }
}

/// In the app: attaches `behaviour` to the element of `node` once it is
/// mounted, and stops it when the component goes. (Natively nothing runs.)
pub fn attach_on_mount<E>(behaviour: Behaviour, node: NodeRef<E>)
where
    E: ElementType,
    E::Output: Clone + AsRef<leptos::web_sys::Element> + 'static,
    NodeRef<E>: Get<Value = Option<E::Output>>,
{
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| {
        if let Some(root) = node.get() {
            crate::interaction::browser::keep_until_cleanup(behaviour.attach(root.as_ref()));
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (behaviour, node);
}

/// On a prerendered page: attaches every behaviour the markup below `root`
/// names, for the life of the page, and returns how many it found. Each is
/// attached in a task of its own, after the bundle has started, so starting
/// the page never blocks the main thread for long (Total Blocking Time).
#[cfg(target_arch = "wasm32")]
pub fn enhance_page(root: &web_sys::Element) -> usize {
    let mut found: Vec<(Behaviour, web_sys::Element)> = crate::interaction::browser::elements_below(root, &format!("[{ATTR}]"))
        .into_iter()
        .filter_map(|element| Some((element.get_attribute(ATTR).as_deref().and_then(Behaviour::named)?, element)))
        .collect();
    let count = found.len();
    found.reverse();
    attach_later(found);
    count
}

/// Attaches the last of `pending` in a new task, then the rest in turn.
#[cfg(target_arch = "wasm32")]
fn attach_later(mut pending: Vec<(Behaviour, web_sys::Element)>) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;

    let Some((behaviour, element)) = pending.pop() else { return };
    let next = Closure::once_into_js(move || {
        // The page never unmounts, so neither does the behaviour.
        std::mem::forget(behaviour.attach(&element));
        attach_later(pending);
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback(next.unchecked_ref());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_behaviour_is_found_by_its_name_and_names_are_distinct() {
        for behaviour in Behaviour::ALL {
            assert_eq!(Behaviour::named(behaviour.name()), Some(behaviour));
        }
        let mut names: Vec<_> = Behaviour::ALL.iter().map(|b| b.name()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Behaviour::ALL.len());
    }

    #[test]
    fn unknown_names_start_nothing() {
        assert_eq!(Behaviour::named(""), None);
        assert_eq!(Behaviour::named("Count-Up"), None);
        assert_eq!(Behaviour::named("booking"), None);
    }
}
