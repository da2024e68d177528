//! Native: every route renders to a full HTML document from the components.
#![cfg(not(target_arch = "wasm32"))]

use portfolio::prerender::{empty_root, output_path, render_document};

/// The text of the first `<h1>` in `html`, tags removed.
fn h1_text(html: &str) -> String {
    let start = html.find("<h1").expect("an h1");
    let inner = &html[start..html[start..].find("</h1>").map(|end| start + end).unwrap()];
    let mut text = String::new();
    let mut in_tag = false;
    for c in inner.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

fn template() -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><!--HEAD--></head><body>{}</body></html>",
        empty_root()
    )
}

#[test]
fn home_renders_headline_title_and_description() {
    let site = portfolio::content::site();
    let html = render_document(&template(), "/", "/").unwrap();
    assert!(html.contains(&format!("<title>{}</title>", site.home.title)), "{html}");
    assert_eq!(h1_text(&html), site.home.headline);
    assert!(html.contains("name=\"description\""));
    let head_end = html.find("</head>").unwrap();
    assert!(html.find("<title>").unwrap() < head_end, "title is inside <head>");
}

#[test]
fn unknown_path_renders_the_not_found_page() {
    let site = portfolio::content::site();
    let html = render_document(&template(), "/no/such/page", "/").unwrap();
    assert!(html.contains(&site.not_found.heading));
    assert!(html.contains("noindex"));
}

#[test]
fn template_without_root_is_rejected() {
    let err = render_document("<html><head><!--HEAD--></head><body></body></html>", "/", "/").unwrap_err();
    assert!(err.contains("id=\"app\""), "{err}");
}

#[test]
fn routes_map_to_folder_index_files() {
    assert_eq!(output_path("/"), "index.html");
    assert_eq!(output_path("/book"), "book/index.html");
    assert_eq!(output_path("/case-studies/x/"), "case-studies/x/index.html");
}

#[test]
fn every_route_prerenders() {
    for route in portfolio::pages::routes() {
        let html = render_document(&template(), &route, "/").unwrap();
        assert_eq!(html.matches("<h1").count(), 1, "{route} has exactly one h1");
    }
}

#[test]
fn prerendered_root_names_its_route_and_the_html_its_base() {
    let html = render_document(&template(), "/book", "/").unwrap();
    assert!(html.contains(r#"<div id="app" data-route="/book">"#), "{html}");
    assert!(html.contains(r#"<html data-base="/" lang="en""#), "{html}");
}

#[test]
fn under_a_sub_path_links_carry_the_base() {
    let html = render_document(&template(), "/", "/portfolio/").unwrap();
    assert!(html.contains(r#"data-base="/portfolio/""#));
    assert!(html.contains(r#"href="/portfolio/""#), "home link carries the base: {html}");
    assert!(!html.contains(r#"href="/""#), "no link escapes the base: {html}");
    portfolio::paths::set_base("/");
}

#[test]
fn template_without_head_marker_is_rejected() {
    let err = render_document(&format!("<html><head></head><body>{}</body></html>", empty_root()), "/", "/").unwrap_err();
    assert!(err.contains("<!--HEAD-->"), "{err}");
}
