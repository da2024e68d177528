//! The questions accordion (WAI-ARIA accordion pattern): a button in each
//! question's heading toggles its answer; several can be open at once. Every
//! answer is open in the prerendered page, so it reads without wasm; once the
//! behaviour runs they close, except the one a `#slug` link points at, which
//! opens and comes into view.
//!
//! - `markup`: the value of `data-behaviour` and the questions' markup;
//! - `state`: which answers are open, natively tested;
//! - `dom` (wasm only): applies the state to the markup and answers presses.

pub mod markup;
pub mod state;

#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
pub use dom::attach;
