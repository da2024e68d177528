//! Native rendering of routes to complete HTML documents, from the same
//! components the browser runs. Used by `src/bin/prerender.rs` after a release
//! build and by native tests.

use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use crate::{App, APP_ROOT_ID};

/// The empty root element that the HTML template must contain once.
pub fn empty_root() -> String {
    format!(r#"<div id="{APP_ROOT_ID}"></div>"#)
}

/// Renders the app at `path` into `template` (Trunk's `index.html` output):
/// the page markup goes into the empty root and the route's title and meta
/// tags into `<head>`.
pub fn render_document(template: &str, path: &str) -> Result<String, String> {
    let root = empty_root();
    if template.matches(&root).count() != 1 {
        return Err(format!("the HTML template must contain `{root}` exactly once"));
    }
    // Needed by leptos_meta's head injection; a second init is harmless.
    let _ = any_spawner::Executor::init_futures_executor();

    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(path));
        let (meta, meta_output) = ServerMetaContext::new();
        provide_context(meta);
        let body = view! { <App/> }.to_html();
        let page = template.replacen(&root, &format!(r#"<div id="{APP_ROOT_ID}">{body}</div>"#), 1);
        let html = futures::executor::block_on(async move {
            meta_output
                .inject_meta_context(futures::stream::iter([page]))
                .await
                .collect::<String>()
                .await
        });
        Ok(html)
    })
}

/// Where a route's HTML lands inside `dist/`: `/` is `index.html`, `/book` is
/// `book/index.html`, so static hosts serve each deep link directly.
pub fn output_path(route: &str) -> String {
    let trimmed = route.trim_matches('/');
    if trimmed.is_empty() { "index.html".to_string() } else { format!("{trimmed}/index.html") }
}
