//! The explorer's markup: the name that marks it and the diagram of the
//! building blocks, the same prerendered and in the app, with every
//! selection's details present but hidden. It is static markup (`crate::html`),
//! which keeps the wasm about 15 KB (brotli) smaller than a view of elements;
//! the behaviour reads the diagram back from it (each block's id and
//! [`FLOWS_TO_ATTR`]) and applies the selection to it.

use super::diagram::Diagram;
use crate::content::{self, ArchitectureBlock};
use crate::html::Html;
use crate::paths;

/// The value of `data-behaviour` on the element that holds the diagram.
pub const NAME: &str = "explorer";
/// Blocks per row where the diagram is drawn with wires (wide screens).
const COLUMNS: usize = 3;
/// The query parameter that holds the selected block's slug.
pub const QUERY_KEY: &str = "block";
/// Attribute of each block listing the slugs it sends requests to, in content
/// order: with the blocks' order it gives the diagram and its wires' numbers.
pub const FLOWS_TO_ATTR: &str = "data-flows-to";

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
        let flows_to = block.flows_to.iter().map(|flow| flow.to.as_str()).collect::<Vec<_>>().join(" ");
        m.open("li", &[("class", "block"), ("id", &card_id), (FLOWS_TO_ATTR, &flows_to)]);
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
