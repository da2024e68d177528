//! Parts that several pages use.

pub mod case_study_card;
pub mod closing_cta;
pub mod picture;
pub mod section_header;
pub mod stat_list;
pub mod term_list;
