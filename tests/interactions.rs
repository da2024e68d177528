//! Native checks of the behaviours against the real content, and of what the
//! prerendered home page holds before any wasm runs.
#![cfg(not(target_arch = "wasm32"))]

use portfolio::content;
use portfolio::figure::Figure;
use portfolio::interaction::count_up::count::{COUNT_UP_MS, CountUp};
use portfolio::interaction::explorer::diagram::Diagram;
use portfolio::interaction::explorer::markup::{diagram_of, explorer_markup};
use portfolio::interaction::live_panel::fluctuation::{Fluctuation, seed_for, wander_share};
use portfolio::prerender::{empty_root, render_document};

/// Every stat the site counts up: headline, process and case-study numbers.
fn counted_figures() -> Vec<&'static str> {
    let site = content::site();
    let studies = content::case_studies().iter().flat_map(|s| s.metrics.iter());
    site.stats.iter().chain(&site.process.stats).chain(studies).map(|s| s.figure.as_str()).collect()
}

fn home_html() -> String {
    let template = format!("<!doctype html><html><head><!--HEAD--></head><body>{}</body></html>", empty_root());
    render_document(&template, "/", "/").expect("the home page renders")
}

#[test]
fn every_counted_figure_counts_from_zero_to_exactly_its_copy() {
    let figures = counted_figures();
    assert!(figures.len() >= 10);
    for text in figures {
        let figure = Figure::parse(text).unwrap_or_else(|e| panic!("{text:?} {e}"));
        match CountUp::for_text(text) {
            Some(count) => {
                assert_eq!(count.frame(COUNT_UP_MS).text, text);
                assert_eq!(Figure::parse(&count.frame(0.0).text).unwrap().value, 0.0);
            }
            None => assert_eq!(figure.value, 0.0, "{text:?} is only left still when it is zero"),
        }
    }
}

/// The gateway panel's figures in panel order (stats, then lines with a figure)
/// with their wander and position, as the app seeds them.
fn live_figures() -> Vec<(&'static str, Option<&'static str>, usize)> {
    let gateway = &content::site().gateway;
    let stats = gateway.stats.iter().map(|s| (s.figure.as_str(), s.wander.as_deref()));
    let count = gateway.stats.len();
    let lines = gateway.lines.iter().enumerate().filter_map(|(i, l)| Some((l.figure.as_deref()?, l.wander.as_deref(), count + i)));
    stats.enumerate().map(|(i, (f, w))| (f, w, i)).chain(lines).collect()
}

#[test]
fn the_live_panel_wanders_plausibly_and_visibly_from_its_content() {
    let gateway = &content::site().gateway;
    assert!(!gateway.note.trim().is_empty(), "the panel says its values are illustrative");
    let live: Vec<_> = live_figures().into_iter().filter(|(_, wander, _)| wander.is_some()).collect();
    assert!(!live.is_empty(), "at least one figure wanders");
    assert!(gateway.lines.iter().any(|l| l.figure.is_some() && l.wander.is_some()), "a line wanders, for the sparkline");
    for (text, wander, position) in live {
        let wander = wander.unwrap();
        let share = wander_share(wander).unwrap_or_else(|| panic!("{text:?}: wander {wander:?} is not a percentage up to 50%"));
        let figure = Figure::parse(text).unwrap();
        let mut fluctuation = Fluctuation::new(figure.clone(), share, seed_for(text, position));
        let (low, high) = fluctuation.band();
        let mut texts = std::collections::BTreeSet::new();
        for tick in 0..200 {
            fluctuation.step();
            let shown = fluctuation.text();
            let parsed = Figure::parse(&shown).unwrap();
            assert_eq!((&parsed.prefix, parsed.decimals, &parsed.suffix), (&figure.prefix, figure.decimals, &figure.suffix));
            assert!((low..=high).contains(&fluctuation.value()), "{text}: {shown}");
            if tick < 8 {
                texts.insert(shown);
            }
        }
        assert!(texts.len() >= 2, "{text} moves within the first eight ticks (12 s): {texts:?}");
    }
}

#[test]
fn the_explorer_diagram_comes_from_the_content_and_every_block_is_connected() {
    let blocks = content::architecture();
    let diagram = diagram_of(blocks);
    assert_eq!(diagram.len(), blocks.len());
    for (index, block) in blocks.iter().enumerate() {
        assert!(
            (0..diagram.connections().len()).any(|c| diagram.is_connection_highlighted(c, Some(index))),
            "{} has a connection",
            block.slug
        );
    }
    let markup = explorer_markup(&diagram);
    for (index, block) in blocks.iter().enumerate() {
        assert!(markup.contains(&format!("href=\"/?block={}\"", block.slug)), "{} has a select link", block.slug);
        assert!(markup.contains(&format!("id=\"block-detail-{index}\" hidden")), "details hidden until selected");
    }
    assert_eq!(markup.matches("<g class=\"wire\"").count(), diagram.connections().len());
    assert_eq!(markup.matches("class=\"wire__head\"").count(), diagram.connections().len(), "every arrow has a head");
    assert_eq!(markup.matches("tabindex=\"0\"").count(), 1, "one tab stop");
}

#[test]
fn the_explorer_markup_carries_the_content_diagram_for_the_small_bundle() {
    // The small bundle has no content: it reads the diagram back from each
    // block's id and data-flows-to, and must get the same one, wire numbers too.
    let diagram = diagram_of(content::architecture());
    let markup = explorer_markup(&diagram);
    let mut lists = Vec::new();
    for item in markup.split("<li class=\"block\" id=\"block-").skip(1) {
        let (slug, rest) = item.split_once('"').expect("the id's end");
        let flows = rest.strip_prefix(" data-flows-to=\"").and_then(|r| r.split_once('"')).expect("data-flows-to").0;
        lists.push((slug, flows));
    }
    assert_eq!(lists.len(), diagram.len());
    assert_eq!(Diagram::from_flow_lists(&lists), Ok(diagram));
}

#[test]
fn the_prerendered_home_page_shows_final_values_and_open_answers() {
    let html = home_html();
    for text in counted_figures().into_iter().take(5) {
        let escaped = text.replace('<', "&lt;");
        assert!(html.contains(&format!("<span class=\"count-up__final\">{escaped}</span>")), "{text} for screen readers");
        assert!(html.contains(&format!("<span class=\"count-up__live\">{escaped}</span>")), "{text} shown at rest");
    }
    let questions = content::questions();
    assert_eq!(html.matches("aria-expanded=\"true\"").count(), questions.len(), "answers open without wasm");
    assert!(!html.contains("accordion__panel--closed"));
    assert!(html.contains(&content::site().gateway.note));
    assert!(!html.contains("block--selected"), "no selection before the app reads the URL");
}
