//! The stat counters: every numeric stat counts up from zero, eased, the
//! first time it scrolls into view.
//!
//! - `markup`: the value of `data-behaviour` and the figure's markup;
//! - `count` (with `easing`): which text a count shows when, natively tested;
//! - `dom` (wasm only): finds the figures, watches them and draws the counts.

pub mod count;
mod easing;
pub mod markup;

#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
pub use dom::attach;
