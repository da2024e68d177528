use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::content::{self, ArchitectureBlock};
use crate::interaction::explorer::Diagram;
use crate::html::Html;
use crate::{pages, paths};

/// Blocks per row where the diagram is drawn with wires (wide screens).
const COLUMNS: usize = 3;
/// The query parameter that holds the selected block's slug.
const QUERY_KEY: &str = "block";

/// The building blocks A to F as an interactive diagram of how a request
/// travels: select a block (pointer, or arrow keys then Enter) to highlight it,
/// its connections and the blocks it talks to, and to see where a request goes
/// next. The selection lives in the URL (`/?block=<slug>`), so back, forward
/// and shared links restore it; each block's select control is a real link.
///
/// The markup is static (the same prerendered and in the app, with every
/// selection's details present but hidden) and hydrates as one block
/// (`crate::html`); one effect applies the selection to it. That
/// keeps the wasm about 15 KB (brotli) smaller than a view of elements.
#[component]
pub fn BlockDiagram() -> impl IntoView {
    let blocks = content::architecture();
    let diagram = diagram_of(blocks);

    // The prerendered page has no selection; the app starts from that same
    // state (so hydration matches) and applies the URL's once it runs.
    let started = RwSignal::new(false);
    Effect::new(move |_| started.set(true));
    let query = use_query_map();
    let slugs = diagram.clone();
    let selected = Memo::new(move |_| started.get().then(|| query.with(|q| slugs.selection(q.get_str(QUERY_KEY)))).flatten());
    #[cfg(target_arch = "wasm32")]
    {
        let diagram = diagram.clone();
        Effect::new(move |_| dom::show_selection(&diagram, selected.get()));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = selected;

    let keys = diagram.clone();
    view! {
        <div
            class="explorer"
            on:keydown=move |ev| {
                #[cfg(target_arch = "wasm32")]
                dom::move_focus(&ev, &keys);
                #[cfg(not(target_arch = "wasm32"))]
                let _ = (ev, &keys);
            }
            inner_html=explorer_markup(&diagram)
        ></div>
    }
}

/// The explorer's markup: the hint, the wires, the blocks with their select
/// links, the flow lines each block shows while a neighbour is selected, and
/// every block's details (hidden until it is selected).
pub fn explorer_markup(diagram: &Diagram) -> String {
    let section = &content::site().architecture;
    let page = &content::site().architecture_page;
    let blocks = content::architecture();
    let mut m = Html::new();
    m.open("p", &[("class", "explorer__hint"), ("id", "explorer-hint")]).text(&section.explorer_hint).close("p");
    m.open_class("div", "explorer__diagram");
    let view_box = diagram.wires_view_box(COLUMNS);
    let svg = [("class", "explorer__wires"), ("viewBox", view_box.as_str()), ("preserveAspectRatio", "none"), ("aria-hidden", "true"), ("focusable", "false")];
    m.open("svg", &svg);
    for i in 0..diagram.connections().len() {
        let (id, path) = (format!("wire-{i}"), diagram.wire_path(i, COLUMNS).unwrap_or_default());
        m.open("path", &[("class", "wire"), ("id", &id), ("d", &path), ("vector-effect", "non-scaling-stroke")]).close("path");
    }
    m.close("svg");
    m.open("ol", &[("class", "blocks"), ("aria-label", &section.explorer_label), ("aria-describedby", "explorer-hint")]);
    for (index, block) in blocks.iter().enumerate() {
        let (card_id, link_id) = (format!("block-{}", block.slug), select_link_id(index));
        let select = paths::href(&format!("/?{QUERY_KEY}={}", block.slug));
        let tabindex = if index == 0 { "0" } else { "-1" };
        m.open("li", &[("class", "block"), ("id", &card_id)]);
        m.open("span", &[("class", "block__letter"), ("aria-hidden", "true")]).text(&block.letter).close("span");
        m.open_class("h3", "block__title");
        let link = [("class", "block__select"), ("id", &link_id), ("href", &select), ("data-noscroll", ""), ("tabindex", tabindex)];
        m.open("a", &link).text(&block.title);
        m.close("a").close("h3");
        m.element("p", "block__summary", &block.summary);
        m.open_class("p", "block__flows");
        for (from, to, label, other) in flows_touching(blocks, index) {
            let (other, line) = (other.to_string(), format!("{} → {}: {}", from.letter, to.letter, label));
            m.open("span", &[("class", "block__flow"), ("data-with", &other), ("hidden", "")]).text(&line).close("span");
        }
        m.close("p");
        read_more(&mut m, "arrow-link block__link", block);
        m.close("li");
    }
    m.close("ol").close("div");

    m.open("div", &[("class", "explorer__detail"), ("aria-live", "polite")]);
    for (index, block) in blocks.iter().enumerate() {
        m.open("div", &[("class", "explorer__selected"), ("id", &detail_id(index)), ("hidden", "")]);
        m.open_class("p", "explorer__selected-title");
        m.open("span", &[("class", "block__letter"), ("aria-hidden", "true")]).text(&block.letter).close("span");
        m.text(&block.title).close("p");
        m.element("p", "", &block.summary);
        m.element("p", "explorer__flows-heading", &page.flows_heading);
        if block.flows_to.is_empty() {
            m.element("p", "explorer__no-flows", &page.no_flows);
        } else {
            m.open_class("ul", "explorer__flows");
            for flow in &block.flows_to {
                let Some(to) = content::architecture_block(&flow.to) else { continue };
                let href = paths::href(&format!("/?{QUERY_KEY}={}", to.slug));
                m.open("li", &[]).open("a", &[("href", &href), ("data-noscroll", "")]);
                m.text(&format!("{} · {}", to.letter, to.title)).close("a").text(": ").text(&flow.label).close("li");
            }
            m.close("ul");
        }
        read_more(&mut m, "arrow-link", block);
        m.close("div");
    }
    m.close("div");
    m.into()
}

/// "Read more" to a block's page. Every such link has the same visible text,
/// so its text for screen readers and search engines (a visually hidden copy)
/// names the block too.
fn read_more(m: &mut Html, class: &str, block: &ArchitectureBlock) {
    let section = &content::site().architecture;
    let href = paths::href(&pages::architecture_path(&block.slug));
    m.open("a", &[("class", class), ("href", &href)]);
    m.open("span", &[("aria-hidden", "true")]).text(&section.read_more).close("span");
    m.element("span", "visually-hidden", &format!("{}: {}", section.read_more, block.title)).close("a");
}

/// Every flow between block `index` and another block, either way:
/// `(from, to, label, the other block's index)`.
fn flows_touching(
    blocks: &'static [ArchitectureBlock],
    index: usize,
) -> impl Iterator<Item = (&'static ArchitectureBlock, &'static ArchitectureBlock, &'static str, usize)> {
    let this = &blocks[index];
    let position = move |slug: &str| blocks.iter().position(|b| b.slug == slug);
    let outgoing = this.flows_to.iter().filter_map(move |flow| {
        let other = position(&flow.to)?;
        Some((this, &blocks[other], flow.label.as_str(), other))
    });
    let incoming = blocks.iter().enumerate().flat_map(move |(other, from)| {
        from.flows_to.iter().filter(move |flow| flow.to == this.slug).map(move |flow| (from, this, flow.label.as_str(), other))
    });
    outgoing.chain(incoming)
}

/// The diagram of the content's blocks and their flows. The content checks
/// (`tests/interactions.rs`) make sure every flow names a block.
pub fn diagram_of(blocks: &[ArchitectureBlock]) -> Diagram {
    let connections = blocks.iter().flat_map(|b| b.flows_to.iter().map(move |f| (b.slug.as_str(), f.to.as_str())));
    Diagram::new(blocks.iter().map(|b| b.slug.as_str()), connections).unwrap_or_else(|err| panic!("content/architecture.json: {err}"))
}

fn select_link_id(index: usize) -> String {
    format!("block-select-{index}")
}

fn detail_id(index: usize) -> String {
    format!("block-detail-{index}")
}

/// Applies the selection to the static markup, and moves focus by keyboard.
#[cfg(target_arch = "wasm32")]
mod dom {
    use wasm_bindgen::JsCast;
    use web_sys::{Document, Element, HtmlElement};

    use super::{Diagram, detail_id, select_link_id};
    use crate::content;
    use crate::interaction::explorer::Move;

    fn document() -> Option<Document> {
        web_sys::window()?.document()
    }

    fn set_class(el: &Element, class: &str, on: bool) {
        let _ = el.class_list().toggle_with_force(class, on);
    }

    /// Highlights the selected block, its neighbours and their wires, shows its
    /// details and the flow lines that involve it, and makes its link the
    /// diagram's tab stop.
    pub fn show_selection(diagram: &Diagram, selected: Option<usize>) {
        let Some(doc) = document() else { return };
        let by_id = |id: &str| doc.get_element_by_id(id);
        for (index, block) in content::architecture().iter().enumerate() {
            let is_selected = selected == Some(index);
            if let Some(card) = by_id(&format!("block-{}", block.slug)) {
                set_class(&card, "block--selected", is_selected);
                set_class(&card, "block--linked", diagram.is_neighbour(index, selected));
                if let Ok(lines) = card.query_selector_all(".block__flow") {
                    for i in 0..lines.length() {
                        let Some(line) = lines.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
                        let with = line.get_attribute("data-with").and_then(|w| w.parse().ok());
                        let _ = line.toggle_attribute_with_force("hidden", selected.is_none() || with != selected);
                    }
                }
            }
            if let Some(link) = by_id(&select_link_id(index)) {
                let _ = if is_selected { link.set_attribute("aria-current", "true") } else { link.remove_attribute("aria-current") };
                let tab_stop = selected.unwrap_or(0) == index;
                let _ = link.set_attribute("tabindex", if tab_stop { "0" } else { "-1" });
            }
            if let Some(detail) = by_id(&detail_id(index)) {
                let _ = detail.toggle_attribute_with_force("hidden", !is_selected);
            }
        }
        for i in 0..diagram.connections().len() {
            if let Some(wire) = by_id(&format!("wire-{i}")) {
                set_class(&wire, "wire--lit", diagram.is_connection_highlighted(i, selected));
            }
        }
    }

    /// Arrow keys, Home and End move focus between the blocks' select links
    /// (a roving tab stop); Enter then follows the focused link as usual.
    pub fn move_focus(ev: &web_sys::KeyboardEvent, diagram: &Diagram) {
        let Some(step) = Move::for_key(&ev.key()) else { return };
        let current = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.id().strip_prefix("block-select-").and_then(|i| i.parse::<usize>().ok()));
        let Some(current) = current else { return };
        ev.prevent_default();
        let next = diagram.moved(current, step);
        let Some(doc) = document() else { return };
        for index in [current, next] {
            if let Some(link) = doc.get_element_by_id(&select_link_id(index)) {
                let _ = link.set_attribute("tabindex", if index == next { "0" } else { "-1" });
                if index == next {
                    let _ = link.unchecked_into::<HtmlElement>().focus();
                }
            }
        }
    }
}
