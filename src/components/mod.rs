//! Reusable components, one public component per file.

pub mod animated_figure;
pub mod block_diagram;
pub mod live_sparkline;
pub mod live_value;
pub mod question_list;
pub mod site_footer;
pub mod site_header;
