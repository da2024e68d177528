//! Reusable components, one public component per file.

pub mod animated_figure;
pub mod live_sparkline;
pub mod live_value;
pub mod site_footer;
pub mod site_header;
