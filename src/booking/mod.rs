//! The booking form's logic: validation, the payload, retries, the outbox
//! and the calendar file are pure and tested natively; `browser` and `io`
//! hold the browser-only parts (storage, timers, fetch) and exist only in wasm.

pub mod calcom;
pub mod calendar;
pub mod endpoint;
pub mod form;
pub mod hosted;
pub mod ics;
pub mod json;
pub mod outbox;
pub mod payload;
pub mod provider;
pub mod response_body;
pub mod retry;
pub mod text;
pub mod validate;
pub mod view;
pub mod messages;
pub mod status;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod calcom_io;
#[cfg(target_arch = "wasm32")]
pub mod delivery;
#[cfg(target_arch = "wasm32")]
pub mod io;
