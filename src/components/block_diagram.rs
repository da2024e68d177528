use leptos::prelude::*;

use crate::content::{self, ArchitectureBlock};
use crate::interaction::explorer::Diagram;
use crate::interaction::explorer_layout::{self, Heading, Layout};
use crate::html::Html;
use crate::interaction::behaviour::{Behaviour, attach_on_mount};
use crate::{pages, paths};

/// The query parameter that holds the selected block's slug.
const QUERY_KEY: &str = "block";
/// Attribute of each block listing the slugs it sends requests to, in content
/// order: with the blocks' order it gives the diagram and its wires' numbers.
const FLOWS_TO_ATTR: &str = "data-flows-to";

/// The building blocks A to F as an interactive diagram of how a request
/// travels: select a block (pointer, or arrow keys then Enter) to highlight it,
/// its connections and the blocks it talks to, and to see where a request goes
/// next. The selection lives in the URL (`/?block=<slug>`), so back, forward
/// and shared links restore it; each block's select control is a real link.
///
/// The markup is static (the same prerendered and in the app, with every
/// selection's details present but hidden) and hydrates as one block
/// (`crate::html`); its behaviour ([`run_explorer`]) applies the selection to
/// it. That keeps the wasm about 15 KB (brotli) smaller than a view of elements.
#[component]
pub fn BlockDiagram() -> impl IntoView {
    let explorer = NodeRef::new();
    attach_on_mount(Behaviour::Explorer, explorer);
    view! {
        <div class="explorer" data-behaviour=Behaviour::Explorer.name() node_ref=explorer inner_html=explorer_markup(&diagram_of(content::architecture()))></div>
    }
}

/// The explorer's behaviour on the markup below `root`
/// ([`Behaviour::Explorer`]): applies the URL's `?block=` selection, selects
/// a block when one of its links is followed (adding a history entry, without
/// a page load or scroll), restores the selection on back and forward, and
/// moves focus between blocks with arrow keys, Home and End. It reads the
/// diagram from the markup, so it needs no content of its own, and stops
/// when the returned value is dropped.
#[cfg(target_arch = "wasm32")]
pub fn run_explorer(root: &leptos::web_sys::Element) -> crate::interaction::behaviour::Running {
    dom::run(root)
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
    let layout = explorer_layout::layout(diagram);
    if let Some(layout) = &layout {
        write_arrows(&mut m, layout);
    }
    let (columns, rows) = layout.as_ref().map_or((0, 0), |l| (l.columns, l.rows));
    let (columns, rows) = (columns.to_string(), rows.to_string());
    let list = [("class", "blocks"), ("aria-label", &section.explorer_label), ("aria-describedby", "explorer-hint"), ("data-columns", &columns), ("data-rows", &rows)];
    m.open("ol", &list);
    for (index, block) in blocks.iter().enumerate() {
        let (card_id, link_id) = (format!("block-{}", block.slug), select_link_id(index));
        let select = paths::href(&format!("/?{QUERY_KEY}={}", block.slug));
        let tabindex = if index == 0 { "0" } else { "-1" };
        let flows_to = block.flows_to.iter().map(|flow| flow.to.as_str()).collect::<Vec<_>>().join(" ");
        // Its place in the wide diagram's grid (style/interactions.css).
        let (row, column, column_end) = layout.as_ref().map_or((0, 0, 0), |l| l.cells[index].grid_lines());
        let (row, column, column_end) = (row.to_string(), column.to_string(), column_end.to_string());
        let item = [("class", "block"), ("id", &card_id), (FLOWS_TO_ATTR, &flows_to), ("data-row", &row), ("data-column", &column), ("data-column-end", &column_end)];
        m.open("li", &item);
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

/// The arrows of the wide diagram: one group per connection (`wire-<n>`, the
/// behaviour lights it), its stretches as lines placed in percentages of the
/// diagram and its head drawn in pixels at the end, so neither stretches
/// with the diagram's shape.
fn write_arrows(m: &mut Html, layout: &Layout) {
    m.open("svg", &[("class", "explorer__wires"), ("aria-hidden", "true"), ("focusable", "false")]);
    for (i, route) in layout.routes.iter().enumerate() {
        m.open("g", &[("class", "wire"), ("id", &format!("wire-{i}"))]);
        for pair in route.points.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let (x1, y1, x2, y2) = (layout.percent_x(a.x), layout.percent_y(a.y), layout.percent_x(b.x), layout.percent_y(b.y));
            m.open("line", &[("x1", &x1), ("y1", &y1), ("x2", &x2), ("y2", &y2)]).close("line");
        }
        if let Some(end) = route.points.last() {
            let head = match route.heading {
                Heading::Down => "M-5 -10L0 0L5 -10z",
                Heading::Up => "M-5 10L0 0L5 10z",
            };
            let (x, y) = (layout.percent_x(end.x), layout.percent_y(end.y));
            m.open("svg", &[("class", "wire__head"), ("x", &x), ("y", &y), ("overflow", "visible")]);
            m.open("path", &[("d", head)]).close("path").close("svg");
        }
        m.close("g");
    }
    m.close("svg");
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

/// Reads the diagram from the markup, applies the selection to it, follows
/// the URL and moves focus by keyboard.
#[cfg(target_arch = "wasm32")]
mod dom {
    use std::rc::Rc;

    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlElement};

    use super::{Diagram, FLOWS_TO_ATTR, QUERY_KEY, detail_id, select_link_id};
    use crate::interaction::behaviour::Running;
    use crate::interaction::browser::{Listener, by_id_below, elements_below};
    use crate::interaction::explorer::{Move, query_value};

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

    pub fn run(root: &Element) -> Running {
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
        let window = web_sys::window().expect("a window");
        let history = Listener::new(window.into(), "popstate", move |_| on_history.follow_location());
        Box::new((explorer, clicks, keys, history))
    }
}
