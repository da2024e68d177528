//! The explorer in the browser: reads the diagram from the markup, applies
//! the selection to it, follows the URL and moves focus by keyboard.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::diagram::{Diagram, Move, query_value};
use super::markup::{FLOWS_TO_ATTR, QUERY_KEY, detail_id, select_link_id};
use crate::interaction::browser::{Listener, Running, by_id_below, elements_below, window};

fn set_class(el: &Element, class: &str, on: bool) {
    let _ = el.class_list().toggle_with_force(class, on);
}

/// The explorer's diagram and the markup it is shown on.
struct Explorer {
    root: Element,
    diagram: Diagram,
}

impl Explorer {
    /// The blocks in the markup's order, each with the slugs it flows to.
    fn read(root: &Element) -> Option<Explorer> {
        let blocks: Vec<(String, String)> = elements_below(root, "li.block")
            .iter()
            .filter_map(|block| Some((block.id().strip_prefix("block-")?.to_string(), block.get_attribute(FLOWS_TO_ATTR)?)))
            .collect();
        let lists: Vec<(&str, &str)> = blocks.iter().map(|(slug, to)| (slug.as_str(), to.as_str())).collect();
        Some(Explorer { root: root.clone(), diagram: Diagram::from_flow_lists(&lists).ok()? })
    }

    fn by_id(&self, id: &str) -> Option<Element> {
        by_id_below(&self.root, id)
    }

    /// Shows the selection the current URL names.
    fn follow_location(&self) {
        let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
        self.show(self.diagram.selection(query_value(&search, QUERY_KEY)));
    }

    /// Highlights the selected block, its neighbours and their wires, shows
    /// its details and the flow lines that involve it, and makes its link
    /// the diagram's tab stop.
    fn show(&self, selected: Option<usize>) {
        let diagram = &self.diagram;
        for index in 0..diagram.len() {
            let is_selected = selected == Some(index);
            let slug = diagram.slug(index).unwrap_or_default();
            if let Some(card) = self.by_id(&format!("block-{slug}")) {
                set_class(&card, "block--selected", is_selected);
                set_class(&card, "block--linked", diagram.is_neighbour(index, selected));
                for line in elements_below(&card, ".block__flow") {
                    let with = line.get_attribute("data-with").and_then(|w| w.parse().ok());
                    let _ = line.toggle_attribute_with_force("hidden", selected.is_none() || with != selected);
                }
            }
            if let Some(link) = self.by_id(&select_link_id(index)) {
                let _ = if is_selected { link.set_attribute("aria-current", "true") } else { link.remove_attribute("aria-current") };
                let tab_stop = selected.unwrap_or(0) == index;
                let _ = link.set_attribute("tabindex", if tab_stop { "0" } else { "-1" });
            }
            if let Some(detail) = self.by_id(&detail_id(index)) {
                let _ = detail.toggle_attribute_with_force("hidden", !is_selected);
            }
        }
        for i in 0..diagram.connections().len() {
            if let Some(wire) = self.by_id(&format!("wire-{i}")) {
                set_class(&wire, "wire--lit", diagram.is_connection_highlighted(i, selected));
            }
        }
    }

    /// A plain click on a link that selects a block (the blocks' own and
    /// those in a selection's details) selects it in place, with a
    /// history entry, instead of loading the page again.
    fn select_on_click(&self, ev: &web_sys::MouseEvent) {
        if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.ctrl_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        let link = ev.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|el| el.closest("a[href]").ok().flatten());
        let Some(href) = link.and_then(|link| link.get_attribute("href")) else { return };
        let Some(selected) = self.diagram.selection(query_value(&href, QUERY_KEY)) else { return };
        ev.prevent_default();
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
        }
        self.show(Some(selected));
    }

    /// Arrow keys, Home and End move focus between the blocks' select
    /// links (a roving tab stop); Enter then follows the focused link.
    fn move_focus(&self, ev: &web_sys::KeyboardEvent) {
        let Some(step) = Move::for_key(&ev.key()) else { return };
        let current = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.id().strip_prefix("block-select-").and_then(|i| i.parse::<usize>().ok()));
        let Some(current) = current else { return };
        ev.prevent_default();
        let next = self.diagram.moved(current, step);
        for index in [current, next] {
            if let Some(link) = self.by_id(&select_link_id(index)) {
                let _ = link.set_attribute("tabindex", if index == next { "0" } else { "-1" });
                if index == next {
                    let _ = link.unchecked_into::<HtmlElement>().focus();
                }
            }
        }
    }
}

/// The explorer's behaviour on the markup below `root` (written by
/// [`explorer_markup`](super::markup::explorer_markup)): applies the URL's
/// `?block=` selection, selects a block when one of its links is followed
/// (adding a history entry, without a page load or scroll), restores the
/// selection on back and forward, and moves focus between blocks with arrow
/// keys, Home and End. It reads the diagram from the markup, so it needs no
/// content of its own, and stops when the returned value is dropped.
pub fn attach(root: &Element) -> Running {
    let Some(explorer) = Explorer::read(root) else { return Box::new(()) };
    let explorer = Rc::new(explorer);
    explorer.follow_location();
    let on_click = explorer.clone();
    let clicks = Listener::new(root.clone().into(), "click", move |ev| {
        if let Some(ev) = ev.dyn_ref::<web_sys::MouseEvent>() {
            on_click.select_on_click(ev);
        }
    });
    let on_key = explorer.clone();
    let keys = Listener::new(root.clone().into(), "keydown", move |ev| {
        if let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() {
            on_key.move_focus(ev);
        }
    });
    let on_history = explorer.clone();
    let history = Listener::new(window().into(), "popstate", move |_| on_history.follow_location());
    Box::new((explorer, clicks, keys, history))
}
