//! Browser entry point of every page but `/book`: the site without the
//! booking form, so those pages download and start a smaller bundle.
//! (Natively there is nothing to start.)

fn main() {
    #[cfg(target_arch = "wasm32")]
    portfolio::start(portfolio::AppWithoutBooking);
}
