//! Entry point of the booking page's bundle (`portfolio-book`): `/book` starts
//! it. It hydrates the booking form over the prerendered page, keeping what
//! the visitor already typed, without the router or any other page's views.
//! (Natively there is nothing to start.)

fn main() {
    #[cfg(target_arch = "wasm32")]
    portfolio::start_booking();
}
