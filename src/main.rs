//! Browser entry point: mounts the app over the prerendered page.
//! (Natively there is nothing to start; see `src/bin/prerender.rs`.)

fn main() {
    #[cfg(target_arch = "wasm32")]
    portfolio::start();
}
