//! The home page's sections, in the order the page shows them.

pub mod hero_section;
pub mod pattern_section;
pub mod process_section;
pub mod case_studies_section;
pub mod architecture_section;
pub mod gateway_panel;
pub mod questions_section;
