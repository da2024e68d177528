//! The site's four behaviours (stat counters, live gateway panel, questions
//! accordion, architecture explorer): their pure logic here, natively tested,
//! the names that mark them in the markup (`behaviour`), and the browser glue
//! they share in `browser` (wasm only, used from effects and event handlers).

pub mod accordion;
pub mod behaviour;
#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod count_up;
pub mod easing;
pub mod explorer;
pub mod explorer_layout;
pub mod fluctuation;
pub mod sparkline;
