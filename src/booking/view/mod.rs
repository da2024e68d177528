//! The booking form's views: the form and its parts, sharing one
//! [`state::BookingState`] through context. The page (`pages::book`) and the
//! booking page's own bundle (`src/main_booking.rs`) both render
//! [`form::BookingForm`].

#[cfg(target_arch = "wasm32")]
pub mod calcom;
pub mod confirmation;
pub mod error_summary;
pub mod field;
pub mod form;
pub mod later;
pub mod slots;
pub mod state;
pub mod status;
pub mod windows;

/// Id of the element that holds the form on `/book`; the booking page's bundle
/// hydrates the form inside it and nothing else of the page.
pub const ROOT_ID: &str = "booking-app";
