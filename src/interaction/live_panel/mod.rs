//! The live gateway panel: figures with a `wander` move gently around their
//! value, with a sparkline of one of them, while the panel is on screen.
//!
//! - `markup`: the value of `data-behaviour`, a live figure and the sparkline;
//! - `fluctuation` and `sparkline`: the seeded walk and the line's points,
//!   natively tested;
//! - `dom` (wasm only): reads the figures back from the markup and moves them.

pub mod fluctuation;
pub mod markup;
pub mod sparkline;

#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
pub use dom::attach;
