//! Browser entry point of `/book`: hydrates the booking form over the
//! prerendered page, without the router or any other page's views.
//! (Natively there is nothing to start.)

fn main() {
    #[cfg(target_arch = "wasm32")]
    portfolio::start_booking();
}
