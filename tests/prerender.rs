//! Native: every route renders to a full HTML document from the components.
#![cfg(not(target_arch = "wasm32"))]

use portfolio::prerender::{empty_root, output_path, render_document};

/// The text of the first `<h1>` in `html`, tags removed.
fn h1_text(html: &str) -> String {
    let start = html.find("<h1").expect("an h1");
    text_of(&html[start..html[start..].find("</h1>").map(|end| start + end).unwrap()])
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

/// Text for comparing copy: entities decoded, typographic quotes made plain,
/// and whitespace and "·" separators dropped (the owner's text is flattened,
/// so tags and figures that sit side by side on the page run together there,
/// and the page draws the separators between a study's context and stack).
fn comparable(text: &str) -> String {
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace(['’', '‘'], "'")
        .replace(['“', '”'], "\"")
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '·')
        .collect()
}

/// The page's visible text in document order (tags removed).
fn text_of(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

#[test]
fn the_home_page_says_everything_in_the_owners_copy() {
    // content/site-copy.txt is the owner's landing page as text, the source of
    // the content files. Each of its lines must be on the home page: in the
    // visible text, or, for picture descriptions, in the markup (alt text).
    let copy = include_str!("../content/site-copy.txt");
    let html = render_document(&template(), "/", "/").unwrap();
    let (text, markup) = (comparable(&text_of(&html)), comparable(&html));
    let missing: Vec<&str> = copy
        .lines()
        .map(|line| line.trim().trim_start_matches('•').trim())
        .filter(|line| !line.is_empty())
        .filter(|line| {
            let line = comparable(line);
            !text.contains(&line) && !markup.contains(&line)
        })
        .collect();
    assert!(missing.is_empty(), "lines of the owner's copy missing from the home page:\n{}", missing.join("\n"));
}

#[test]
fn each_case_study_shows_each_figure_once_and_no_picture_repeating_them() {
    let home = render_document(&template(), "/", "/").unwrap();
    for study in portfolio::content::case_studies() {
        let card_start = home.find(&format!(r#"aria-labelledby="case-{}""#, study.slug)).expect("a card per study");
        let card = &home[card_start..card_start + home[card_start..].find("</article>").unwrap()];
        let page = render_document(&template(), &format!("/case-studies/{}", study.slug), "/").unwrap();
        let article = &page[page.find("<article").unwrap()..page.find("</article>").unwrap()];
        for (name, markup) in [("card", card), ("page", article)] {
            assert!(!markup.contains("<svg"), "{} {name}: no picture", study.slug);
            for metric in &study.metrics {
                let label = format!(r#"<span class="stat__label">{}</span>"#, portfolio::html::escape(&metric.label));
                assert_eq!(markup.matches(&label).count(), 1, "{} {name}: {} once", study.slug, metric.label);
            }
        }
    }
}

#[test]
fn each_case_study_card_title_and_its_page_heading_share_one_transition_name() {
    let home = render_document(&template(), "/", "/").unwrap();
    let mut names = Vec::new();
    for study in portfolio::content::case_studies() {
        let name = portfolio::components::shared::case_study_card::morph_name(&study.slug);
        let attribute = format!("data-morph=\"{name}\"");
        assert_eq!(home.matches(&attribute).count(), 1, "one card title named {name} on the home page");
        let page = render_document(&template(), &format!("/case-studies/{}", study.slug), "/").unwrap();
        let h1 = &page[page.find("<h1").unwrap()..];
        assert!(h1[..h1.find('>').unwrap()].contains(&attribute), "the heading of {} is named {name}", study.slug);
        names.push(name);
    }
    // A view-transition-name must be unique on its page.
    let count = names.len();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), count);
}

#[test]
fn the_release_step_refuses_booking_settings_that_do_not_fit_and_names_the_variable() {
    let dir = std::env::temp_dir().join(format!("prerender-settings-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let run = |vars: &[(&str, &str)]| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_prerender"));
        command.arg(&dir);
        for name in ["BOOKING_PROVIDER", "BOOKING_ENDPOINT", "BOOKING_ACCESS_KEY", "BOOKING_FALLBACK", "CALCOM_EVENT_TYPE_ID"] {
            command.env_remove(name);
        }
        command.envs(vars.iter().copied());
        let output = command.output().expect("the prerender binary runs");
        (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
    };
    for (vars, named) in [
        (&[("BOOKING_PROVIDER", "typeform")][..], "BOOKING_PROVIDER=typeform"),
        (&[("BOOKING_PROVIDER", "formspree")][..], "needs BOOKING_ENDPOINT"),
        (&[("BOOKING_PROVIDER", "web3forms")][..], "needs BOOKING_ACCESS_KEY"),
        (&[("BOOKING_PROVIDER", "calcom")][..], "CALCOM_EVENT_TYPE_ID"),
        (&[("BOOKING_ENDPOINT", "http://bookings.example/api")][..], "BOOKING_ENDPOINT=http://bookings.example/api"),
    ] {
        let (code, stderr) = run(vars);
        assert_eq!(code, Some(1), "{vars:?}: {stderr}");
        assert!(stderr.contains(named), "{vars:?} should name {named}: {stderr}");
    }
    // Settings that fit get past the check (and then stop at the empty folder).
    let (_, stderr) = run(&[("BOOKING_PROVIDER", "netlify")]);
    assert!(!stderr.contains("booking settings"), "{stderr}");
    assert!(stderr.contains("index.html"), "{stderr}");
    std::fs::remove_dir_all(&dir).ok();
}
