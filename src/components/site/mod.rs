//! The frame of every page: the header with the navigation and the colour
//! theme choice, and the footer.

pub mod footer;
pub mod header;
pub mod theme_choice;
