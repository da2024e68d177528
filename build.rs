//! Rebuilds the crate when `BOOKING_ENDPOINT` changes: the booking endpoint is
//! read at compile time (`option_env!` in `src/booking/endpoint.rs`).
fn main() {
    println!("cargo:rerun-if-env-changed=BOOKING_ENDPOINT");
    println!("cargo:rerun-if-changed=build.rs");
}
