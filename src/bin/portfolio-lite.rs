//! Browser entry point of every prerendered page but `/book` and `404.html`:
//! those pages are complete HTML, so this bundle holds no views, router or
//! booking form, only the behaviours their markup names. (Natively there is
//! nothing to start.)

fn main() {
    #[cfg(target_arch = "wasm32")]
    portfolio::enhance();
}
