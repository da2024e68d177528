use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::content::{self, ArchitectureBlock};
use crate::interaction::explorer::{Diagram, Move};
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
#[component]
pub fn BlockDiagram() -> impl IntoView {
    let section = &content::site().architecture;
    let blocks = content::architecture();
    let diagram = StoredValue::new(diagram_of(blocks));

    // The prerendered page has no selection; the app starts from that same
    // state (so hydration matches) and applies the URL's once it runs.
    let started = RwSignal::new(false);
    Effect::new(move |_| started.set(true));
    let query = use_query_map();
    let selected = Memo::new(move |_| {
        if !started.get() {
            return None;
        }
        query.with(|query| diagram.with_value(|d| d.selection(query.get_str(QUERY_KEY))))
    });
    // The one select link in the tab order (roving tabindex).
    let focused = RwSignal::new(0usize);
    Effect::new(move |_| {
        if let Some(index) = selected.get() {
            focused.set(index);
        }
    });

    let wires = diagram.with_value(|d| {
        (0..d.connections().len())
            .filter_map(|i| d.wire_path(i, COLUMNS).map(|path| (i, path)))
            .map(|(i, path)| {
                let class = move || {
                    if diagram.with_value(|d| d.is_connection_highlighted(i, selected.get())) { "wire wire--lit" } else { "wire" }
                };
                view! { <path class=class d=path vector-effect="non-scaling-stroke"/> }.into_any()
            })
            .collect_view()
    });

    let cards = blocks
        .iter()
        .enumerate()
        .map(|(index, block)| {
            let class = move || {
                let selection = selected.get();
                if selection == Some(index) {
                    "block block--selected"
                } else if diagram.with_value(|d| d.is_neighbour(index, selection)) {
                    "block block--linked"
                } else {
                    "block"
                }
            };
            let on_keydown = move |ev: KeyboardEvent| {
                let Some(step) = Move::for_key(&ev.key()) else { return };
                ev.prevent_default();
                let next = diagram.with_value(|d| d.moved(index, step));
                focused.set(next);
                #[cfg(target_arch = "wasm32")]
                focus_select_link(next);
            };
            view! {
                <li class=class id=format!("block-{}", block.slug)>
                    <span class="block__letter" aria-hidden="true">{block.letter.as_str()}</span>
                    <h3 class="block__title">
                        <a
                            class="block__select"
                            id=select_link_id(index)
                            href=paths::href(&format!("/?{QUERY_KEY}={}", block.slug))
                            data-noscroll=""
                            aria-current=move || (selected.get() == Some(index)).then_some("true")
                            tabindex=move || if focused.get() == index { "0" } else { "-1" }
                            on:keydown=on_keydown
                        >
                            <span class="visually-hidden">{block.letter.as_str()} ": "</span>
                            {block.title.as_str()}
                        </a>
                    </h3>
                    <p class="block__summary">{block.summary.as_str()}</p>
                    <p class="block__flows">{move || flows_touching(selected.get(), index).into_any()}</p>
                    <a class="arrow-link block__link" href=paths::href(&pages::architecture_path(&block.slug))>
                        {section.read_more.as_str()}
                        <span class="visually-hidden">": " {block.title.as_str()}</span>
                    </a>
                </li>
            }
            .into_any()
        })
        .collect_view();

    view! {
        <div class="explorer">
            <p class="explorer__hint" id="explorer-hint">{section.explorer_hint.as_str()}</p>
            <div class="explorer__diagram">
                <svg
                    class="explorer__wires"
                    viewBox=diagram.with_value(|d| d.wires_view_box(COLUMNS))
                    preserveAspectRatio="none"
                    aria-hidden="true"
                    focusable="false"
                >
                    {wires}
                </svg>
                <ol class="blocks" aria-label=section.explorer_label.as_str() aria-describedby="explorer-hint">
                    {cards}
                </ol>
            </div>
            <div class="explorer__detail" aria-live="polite">
                {move || selected.get().map(|index| view! { <SelectedBlock block=&blocks[index]/> }.into_any())}
            </div>
        </div>
    }
    .into_any()
}

/// The selected block in words: what it is, where a request goes next, and its page.
#[component]
fn SelectedBlock(block: &'static ArchitectureBlock) -> impl IntoView {
    let section = &content::site().architecture;
    let page = &content::site().architecture_page;
    let flows = if block.flows_to.is_empty() {
        view! { <p class="explorer__no-flows">{page.no_flows.as_str()}</p> }.into_any()
    } else {
        let items = block
            .flows_to
            .iter()
            .filter_map(|flow| content::architecture_block(&flow.to).map(|to| (flow, to)))
            .map(|(flow, to)| {
                view! {
                    <li>
                        <a href=paths::href(&format!("/?{QUERY_KEY}={}", to.slug)) data-noscroll="">
                            {to.letter.as_str()} " · " {to.title.as_str()}
                        </a>
                        ": " {flow.label.as_str()}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="explorer__flows">{items}</ul> }.into_any()
    };
    view! {
        <div class="explorer__selected">
            <p class="explorer__selected-title">
                <span class="block__letter" aria-hidden="true">{block.letter.as_str()}</span>
                {block.title.as_str()}
            </p>
            <p>{block.summary.as_str()}</p>
            <p class="explorer__flows-heading">{page.flows_heading.as_str()}</p>
            {flows}
            <a class="arrow-link" href=paths::href(&pages::architecture_path(&block.slug))>
                {section.read_more.as_str()}
                <span class="visually-hidden">": " {block.title.as_str()}</span>
            </a>
        </div>
    }
    .into_any()
}

/// The flows between the selected block and block `index`, either way, as
/// "A → B: label" lines; nothing when they are not connected.
fn flows_touching(selected: Option<usize>, index: usize) -> impl IntoView {
    let blocks = content::architecture();
    let lines: Vec<String> = match selected {
        Some(s) if s != index => [(s, index), (index, s)]
            .into_iter()
            .flat_map(|(from, to)| {
                let (from, to) = (&blocks[from], &blocks[to]);
                from.flows_to
                    .iter()
                    .filter(move |flow| flow.to == to.slug)
                    .map(move |flow| format!("{} → {}: {}", from.letter, to.letter, flow.label))
            })
            .collect(),
        _ => Vec::new(),
    };
    lines.into_iter().map(|line| view! { <span class="block__flow">{line}</span> }).collect_view()
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

#[cfg(target_arch = "wasm32")]
fn focus_select_link(index: usize) {
    use wasm_bindgen::JsCast;
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&select_link_id(index)));
    if let Some(link) = link {
        let _ = link.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}
