//! Entry point of the whole app (bundle `portfolio`): `404.html` starts it,
//! and `trunk serve` (`make serve`) for every page. It hydrates the page when
//! the HTML was prerendered for this URL, else renders it, and routes every
//! URL client-side from there. (Natively there is nothing to start; the
//! pages are rendered by `src/main_prerender.rs`.)

fn main() {
    #[cfg(target_arch = "wasm32")]
    portfolio::start();
}
