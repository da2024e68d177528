use leptos::prelude::*;

use super::book::booking_page;

/// `/book` inside the bundle without the form: shows the page's heading and
/// loads the page afresh, which starts the booking bundle. Links to `/book`
/// already do that; this covers history navigation within one document.
#[component]
pub fn BookElsewherePage() -> impl IntoView {
    Effect::new(move |_| {
        #[cfg(target_arch = "wasm32")]
        reload_once();
    });
    booking_page(())
}

/// Reloads the page, unless this tab did so in the last few seconds: a host
/// that answered `/book` with another page's HTML would otherwise reload it
/// forever.
#[cfg(target_arch = "wasm32")]
fn reload_once() {
    const KEY: &str = "book-page-reloaded-at";
    const QUIET_MS: f64 = 10_000.0;
    let Some(window) = web_sys::window() else {
        return;
    };
    let now = js_sys::Date::now();
    let storage = window.session_storage().ok().flatten();
    let last = storage.as_ref().and_then(|s| s.get_item(KEY).ok().flatten()).and_then(|at| at.parse::<f64>().ok());
    if last.is_some_and(|at| now - at < QUIET_MS) {
        return;
    }
    if let Some(storage) = &storage {
        let _ = storage.set_item(KEY, &now.to_string());
    }
    let _ = window.location().reload();
}
