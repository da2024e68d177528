//! The site: the `App` component, its router and the browser start-up.
//!
//! The same components render natively (`ssr`), where `src/main_prerender.rs`
//! writes each route to static HTML, and in the browser. There `/book` and
//! `404.html` start the app, which hydrates the HTML (or renders from scratch
//! when there is none for the URL); every other page only attaches its
//! behaviours to the HTML ([`enhance`]), from a much smaller bundle.

// The home page's view type nests deeply; erasing it with `into_any()` would
// cost far more wasm than a higher limit costs compile time.
#![recursion_limit = "256"]

pub mod booking;
pub mod components;
pub mod content;
pub mod figure;
pub mod html;
pub mod interaction;
pub mod pages;
pub mod paths;
pub mod pictures;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
#[cfg(not(target_arch = "wasm32"))]
pub mod release;

/// The wasm bundles' allocator: Talc, smaller than Rust's default dlmalloc
/// (README, "What the bundle costs").
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use components::site::footer::SiteFooter;
use components::site::header::SiteHeader;
use pages::{
    architecture::ArchitecturePage, book::BookPage, case_study::CaseStudyPage, home::HomePage, not_found::NotFoundPage,
};

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
        <Router base=paths::router_base()>
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

/// Browser start-up. When the page holds the prerendered HTML of this very
/// route, the app hydrates it: the nodes the visitor already sees stay in place
/// (no flash, no layout shift, no new largest paint). Otherwise (a host served
/// `404.html` for a path, or `trunk serve` without prerendering) it renders
/// from scratch into the root.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use wasm_bindgen::JsCast;

    let window = web_sys::window().expect("a window");
    let document = window.document().expect("a document");
    let html = document.document_element().expect("an <html> element");
    paths::set_base(&html.get_attribute("data-base").unwrap_or_default());
    if let Some(settings) = booking::browser::page_settings() {
        booking::provider::set_current(settings);
    }

    let root = match document.get_element_by_id(APP_ROOT_ID) {
        Some(root) => root,
        None => {
            let root = document.create_element("div").expect("create root");
            root.set_id(APP_ROOT_ID);
            document.body().expect("a body").append_child(&root).expect("append root");
            root
        }
    };
    let pathname = window.location().pathname().unwrap_or_default();
    let prerendered = root.get_attribute(PRERENDERED_ROUTE_ATTR);
    if prerendered.is_some() && prerendered == paths::route_of(&pathname) {
        leptos::mount::hydrate_from(root.unchecked_into(), App).forget();
    } else {
        // The page's HTML was made for another route (e.g. a host's 404.html):
        // drop its meta tags, the app sets this route's own on mount.
        while let Ok(Some(meta)) = document.query_selector(r#"head meta[name="description"], head meta[name="robots"]"#) {
            meta.remove();
        }
        root.set_inner_html("");
        leptos::mount::mount_to(root.unchecked_into(), App).forget();
    }
    // Tells tests (and CSS, if it wants) that the live app owns the page now.
    let _ = html.set_attribute("data-app", "ready");
}

/// Browser start-up of every prerendered page but `/book` and `404.html`
/// (`src/main_behaviours.rs`): the page is complete as it arrived, so
/// nothing is rendered or hydrated; the behaviours its markup names
/// (`interaction::behaviour`) are attached to it, and links load pages.
#[cfg(target_arch = "wasm32")]
pub fn enhance() {
    let document = web_sys::window().and_then(|window| window.document()).expect("a document");
    let html = document.document_element().expect("an <html> element");
    interaction::behaviour::enhance_page(&html);
    // Tells tests (and CSS, if it wants) that the page's script runs it now.
    let _ = html.set_attribute("data-app", "ready");
}

/// Browser start-up of `/book` (`src/main_booking.rs`): the page is
/// prerendered, and only its booking form comes to life. The form hydrates
/// inside its own root, starting from whatever the visitor has already typed;
/// header, footer and links stay plain HTML, so moving on is a page load.
#[cfg(target_arch = "wasm32")]
pub fn start_booking() {
    use booking::view::form::BookingForm;
    use wasm_bindgen::JsCast;

    let document = web_sys::window().and_then(|window| window.document()).expect("a document");
    let html = document.document_element().expect("an <html> element");
    paths::set_base(&html.get_attribute("data-base").unwrap_or_default());
    let Some(root) = document.get_element_by_id(booking::view::ROOT_ID) else {
        return;
    };
    if let Some(settings) = booking::browser::page_settings() {
        booking::provider::set_current(settings);
    }
    // Hydration in a task of its own: together with the settings it was one
    // task of 100 ms and more on a 4x throttled phone (bench/booking.mjs).
    // What was typed is read at the last moment, so no keystroke is missed.
    set_timeout(
        move || {
            let typed = booking::browser::typed_in_page();
            // The fields, the time windows (or open times) and the status in tasks of their own.
            let parts = booking::view::later::InTurn;
            leptos::mount::hydrate_from(root.unchecked_into(), move || view! { <BookingForm parts typed/> })
            .forget();
            // The form says when it is live (`booking::browser::mark_ready`):
            // its parts are hydrated in tasks of their own, after this one.
        },
        std::time::Duration::ZERO,
    );
}

/// Attribute of the root naming the route its prerendered HTML was made for.
pub const PRERENDERED_ROUTE_ATTR: &str = "data-route";
