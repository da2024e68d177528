//! Entry point of the behaviours bundle (`portfolio-lite`): every prerendered
//! page but `/book` and `404.html` starts it. Those pages are complete HTML,
//! so it holds no views, router or booking form; it attaches the behaviours
//! their markup names (counters, live panel, explorer, accordion). (Natively
//! there is nothing to start.)

fn main() {
    #[cfg(target_arch = "wasm32")]
    portfolio::enhance();
}
