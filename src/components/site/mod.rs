//! The frame of every page: the header with the navigation, and the footer.

pub mod footer;
pub mod header;
