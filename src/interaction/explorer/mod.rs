//! The architecture explorer: the building blocks A to F as an interactive
//! diagram of how a request travels. Select a block (pointer, or arrow keys
//! then Enter) to highlight it, its connections and the blocks it talks to,
//! and to see where a request goes next. The selection lives in the URL
//! (`/?block=<slug>`), so back, forward and shared links restore it; each
//! block's select control is a real link.
//!
//! - `markup`: the value of `data-behaviour` and the diagram's markup;
//! - `diagram`: blocks, connections, selection and keyboard moves, natively tested;
//! - `layout`: where the wide diagram draws each block and arrow, natively tested;
//! - `dom` (wasm only): reads the diagram from the markup and applies the selection.

pub mod diagram;
pub mod layout;
pub mod markup;

#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
pub use dom::attach;
