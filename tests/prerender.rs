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
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"></head><body>{}</body></html>",
        empty_root()
    )
}

#[test]
fn home_renders_headline_title_and_description() {
    let site = portfolio::content::site();
    let html = render_document(&template(), "/").unwrap();
    assert!(html.contains(&format!("<title>{}</title>", site.home.title)), "{html}");
    assert_eq!(h1_text(&html), site.home.headline);
    assert!(html.contains("name=\"description\""));
    let head_end = html.find("</head>").unwrap();
    assert!(html.find("<title>").unwrap() < head_end, "title is inside <head>");
}

#[test]
fn unknown_path_renders_the_not_found_page() {
    let site = portfolio::content::site();
    let html = render_document(&template(), "/no/such/page").unwrap();
    assert!(html.contains(&site.not_found.heading));
    assert!(html.contains("noindex"));
}

#[test]
fn template_without_root_is_rejected() {
    let err = render_document("<html><head></head><body></body></html>", "/").unwrap_err();
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
        let html = render_document(&template(), &route).unwrap();
        assert_eq!(html.matches("<h1").count(), 1, "{route} has exactly one h1");
    }
}
