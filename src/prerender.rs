//! Native rendering of routes to complete HTML documents, from the same
//! components the browser runs. Used by `src/main_prerender.rs` after a release
//! build and by native tests.

use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use crate::{App, APP_ROOT_ID, PRERENDERED_ROUTE_ATTR, paths};

/// The empty root element that the HTML template must contain once.
pub fn empty_root() -> String {
    format!(r#"<div id="{APP_ROOT_ID}"></div>"#)
}

/// Renders the app at `route` (a path from the site root, such as `/book`)
/// for a site served under `base` (`/` or a sub-path such as `/portfolio/`)
/// into `template` (Trunk's `index.html` output): the page markup goes into
/// the empty root, marked with its route so the browser knows it may hydrate
/// it; the route's title and meta tags go into `<head>`; `<html>` carries the
/// base path for the browser.
pub fn render_document(template: &str, route: &str, base: &str) -> Result<String, String> {
    let root = empty_root();
    if template.matches(&root).count() != 1 {
        return Err(format!("the HTML template must contain `{root}` exactly once"));
    }
    if !template.contains("<!--HEAD-->") {
        return Err("the HTML template must contain a `<!--HEAD-->` marker in <head> for leptos_meta".into());
    }
    if !template.contains("<html") {
        return Err("the HTML template has no <html> element".into());
    }
    // Needed by leptos_meta's head injection; a second init is harmless.
    let _ = any_spawner::Executor::init_futures_executor();
    paths::set_base(base);
    let url = paths::href(route);

    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(RequestUrl::new(&url));
        let (meta, meta_output) = ServerMetaContext::new();
        provide_context(meta);
        let body = view! { <App/> }.to_html();
        let page = template
            .replacen(
                &root,
                &format!(r#"<div id="{APP_ROOT_ID}" {PRERENDERED_ROUTE_ATTR}="{}">{body}</div>"#, escape_attr(route)),
                1,
            )
            .replacen("<html", &format!(r#"<html data-base="{}""#, escape_attr(paths::base())), 1);
        futures::executor::block_on(async move {
            meta_output
                .inject_meta_context(futures::stream::iter([page]))
                .await
                .collect::<String>()
                .await
        })
    });
    Ok(html)
}

/// Escapes text for a double-quoted HTML attribute.
pub fn escape_attr(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Where a route's HTML lands inside `dist/`: `/` is `index.html`, `/book` is
/// `book/index.html`, so static hosts serve each deep link directly.
pub fn output_path(route: &str) -> String {
    let trimmed = route.trim_matches('/');
    if trimmed.is_empty() { "index.html".to_string() } else { format!("{trimmed}/index.html") }
}
