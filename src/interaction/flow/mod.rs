//! The pictures' flows: the dashed lines between a picture's parts move
//! while the picture is on screen. CSS draws the motion; this only says when.
//! Moving dashes repaint on the main thread every frame (SVG strokes have no
//! compositor animation), which on a 4x throttled phone took about half of
//! the home page's main thread during load, so they move only once the page
//! has started, while the picture is seen, the page is visible and motion is welcome.
//!
//! - `markup`: the value of `data-behaviour` and the attribute CSS animates under;
//! - `dom` (wasm only): sets that attribute while the picture is watched.

pub mod markup;

#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
pub use dom::attach;
