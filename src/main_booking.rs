//! Entry point of the booking page's bundle (`portfolio-book`): `/book` starts
//! it. It hydrates the booking form over the prerendered page, keeping what
//! the visitor already typed, without the router or any other page's views.
//! (Natively there is nothing to start.)

fn main() {
    // In a task after the one that instantiated the module: each stays shorter.
    #[cfg(target_arch = "wasm32")]
    leptos::prelude::set_timeout(portfolio::start_booking, std::time::Duration::ZERO);
}
