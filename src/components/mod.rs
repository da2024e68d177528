//! Reusable components, one public component per file. Static parts are
//! written as markup (`write_*` functions, see `crate::html`); the parts that
//! get behaviour are `view!` components.

pub mod animated_figure;
pub mod architecture_explorer;
pub mod block_diagram;
pub mod booking_confirmation;
pub mod booking_error_summary;
pub mod booking_field;
pub mod booking_form;
pub mod booking_status;
pub mod booking_windows;
pub mod case_studies_section;
pub mod case_study_card;
pub mod closing_cta;
pub mod gateway_panel;
pub mod hero_section;
pub mod live_sparkline;
pub mod live_value;
pub mod pattern_section;
pub mod picture;
pub mod process_section;
pub mod question_list;
pub mod questions_accordion;
pub mod section_header;
pub mod site_footer;
pub mod site_header;
pub mod stat_list;
pub mod term_list;
pub mod theme_choice;
