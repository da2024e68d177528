//! The site's five behaviours, each in one place with its markup hooks (the
//! name that marks it, `data-behaviour`, and the markup it works on), its
//! pure logic (natively tested) and its DOM glue (wasm only): stat counters
//! (`count_up`), live gateway panel (`live_panel`), questions accordion
//! (`accordion`), architecture explorer (`explorer`) and the pictures'
//! moving flows (`flow`).
//!
//! The sections that use a behaviour depend on it, never the reverse. The
//! dispatcher (`behaviour`) starts a behaviour by name and depends on the
//! behaviours only; `browser` is the glue they share (observers, frames,
//! timers, listeners).

pub mod accordion;
pub mod behaviour;
#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod count_up;
pub mod explorer;
pub mod flow;
pub mod live_panel;
