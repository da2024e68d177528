//! The pictures' flows: the dashed lines between a picture's parts move
//! while the picture is on screen. CSS draws the motion; this only says when.
//! Moving dashes repaint on the main thread every frame (SVG strokes have no
//! compositor animation): on a 4x throttled phone each frame can be a long
//! task. So they never move during a load nobody touches: only once the
//! visitor has moved a pointer, pressed a key or scrolled, and then only while
//! the picture is seen, the page is visible and motion is welcome.
//!
//! - `markup`: the value of `data-behaviour` and the attribute CSS animates under;
//! - `dom` (wasm only): sets that attribute while the picture is watched.

pub mod markup;

#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
pub use dom::attach;
