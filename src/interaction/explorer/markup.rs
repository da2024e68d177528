//! The explorer's markup: the name that marks it and the diagram of the
//! building blocks, the same prerendered and in the app, with every
//! selection's details present but hidden. It is static markup (`crate::html`),
//! which keeps the wasm about 15 KB (brotli) smaller than a view of elements;
//! the behaviour reads the diagram back from it (each block's id and
//! [`FLOWS_TO_ATTR`]) and applies the selection to it.

use super::diagram::Diagram;
use super::layout::{self, Heading, Layout};
use crate::content::{self, ArchitectureBlock};
use crate::html::Html;
use crate::paths;

/// The value of `data-behaviour` on the element that holds the diagram.
pub const NAME: &str = "explorer";
/// The query parameter that holds the selected block's slug.
pub const QUERY_KEY: &str = "block";
/// Attribute of each block listing the slugs it sends requests to, in content
/// order: with the blocks' order it gives the diagram and its wires' numbers.
pub const FLOWS_TO_ATTR: &str = "data-flows-to";

/// The explorer's markup: the hint, the arrows, the blocks with their select
/// links, the flow lines each block shows while a neighbour is selected, and
/// every block's details (hidden until it is selected).
pub fn explorer_markup(diagram: &Diagram) -> String {
    let section = &content::site().architecture;
    let page = &content::site().architecture_page;
    let blocks = content::architecture();
    let mut m = Html::new();
    m.open("p", &[("class", "explorer__hint"), ("id", "explorer-hint")]).text(&section.explorer_hint).close("p");
    m.open_class("div", "explorer__diagram");
    let layout = layout::layout(diagram);
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
    let href = paths::href(&paths::architecture_path(&block.slug));
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

/// Id of block `index`'s select link.
pub fn select_link_id(index: usize) -> String {
    format!("block-select-{index}")
}

/// Id of block `index`'s details.
pub fn detail_id(index: usize) -> String {
    format!("block-detail-{index}")
}
