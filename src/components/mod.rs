//! Reusable components, one public component per file.

pub mod booking_confirmation;
pub mod booking_error_summary;
pub mod booking_field;
pub mod booking_form;
pub mod booking_status;
pub mod booking_windows;
pub mod site_footer;
pub mod site_header;
