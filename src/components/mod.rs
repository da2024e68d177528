//! Reusable components, one public component per file.

pub mod site_footer;
pub mod site_header;
pub mod animated_figure;
