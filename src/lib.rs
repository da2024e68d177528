//! Kavya's site: the `App` component, its router and the browser start-up.
//!
//! The same components render in the browser (client-side, `csr`) and natively
//! (`ssr`), where `src/bin/prerender.rs` writes each route to static HTML.

pub mod booking;
pub mod components;
pub mod content;
pub mod figure;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use components::site_footer::SiteFooter;
use components::site_header::SiteHeader;
use pages::{architecture::ArchitecturePage, book::BookPage, case_study::CaseStudyPage, home::HomePage, not_found::NotFoundPage};

/// The whole site: header, the routed page and footer.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let identity = &content::site().identity;
    let suffix = format!("{} · {}", identity.name, identity.role);

    view! {
        <Title formatter=move |page: String| {
            if page.is_empty() || page == suffix { suffix.clone() } else { format!("{page} — {suffix}") }
        }/>
        <Router>
            <SiteHeader/>
            <main id="main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/case-studies/:slug") view=CaseStudyPage/>
                    <Route path=path!("/architecture/:slug") view=ArchitecturePage/>
                    <Route path=path!("/book") view=BookPage/>
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
}

/// Id of the element the app renders into; the prerendered HTML fills it too.
pub const APP_ROOT_ID: &str = "app";

/// Browser start-up: replaces the prerendered markup with the live app in one
/// synchronous step, so the browser never paints an empty root in between.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use wasm_bindgen::JsCast;

    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let root = match document.get_element_by_id(APP_ROOT_ID) {
        Some(root) => root,
        None => {
            let root = document.create_element("div").expect("create root");
            root.set_id(APP_ROOT_ID);
            document.body().expect("a body").append_child(&root).expect("append root");
            root
        }
    };
    root.set_inner_html("");
    leptos::mount::mount_to(root.unchecked_into(), App).forget();
    // Tells tests (and CSS, if it wants) that the live app owns the page now.
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-app", "ready");
    }
}
